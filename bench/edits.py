"""Edits one organisation through the app every second, signed in, alternately through each instance, and measures how
long each edit takes to be found by a search on every instance. Usage: edits.py <seconds> <organisation id> <password>
<base URL>... Prints one line per edit and the maximum delay; exits 1 if an edit was not found within 10 s."""
import html.parser, http.cookiejar, random, string, sys, threading, time, urllib.parse, urllib.request

seconds, organisation, password, bases = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]


class Form(html.parser.HTMLParser):
    """The fields of the page's main form (method post, class "stacked"), as a browser would send them."""

    def __init__(self, text):
        super().__init__()
        self.fields, self._select, self._textarea, self._in_form = [], None, None, False
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("method") == "post" and "stacked" in a.get("class", "").split():
            self._in_form = True
        if not self._in_form or "name" not in a and tag != "option":
            return
        if tag == "input":
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append((a["name"], a.get("value", "on" if a.get("type") == "checkbox" else "")))
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self.fields.append((self._select, a.get("value", "")))
        elif tag == "textarea":
            self._textarea = [a["name"], ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append(tuple(self._textarea))
            self._textarea = None
        elif tag == "form":
            self._in_form = False


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def session(base):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect())

    def send(path, fields=None):
        data = urllib.parse.urlencode(fields).encode() if fields is not None else None
        try:
            with opener.open(base + path, data, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    status, page = send("/account/login")
    fields = dict(Form(page).fields)
    fields.update({"Input.Email": "bench@passerelles.test", "Input.Password": password})
    status, _ = send("/account/login", list(fields.items()))
    if status != 302:
        sys.exit(f"{base}: signing in answered {status}")
    return send


def word():
    # Letters only: the index cuts words at digits.
    return "".join(random.choice(string.ascii_lowercase) for _ in range(12))


sessions = [session(base) for base in bases]
searchers = [session(base) for base in bases]
delays, failures, lock = [], [], threading.Lock()


def watch(number, token, saved_at):
    def on(i):
        while True:
            try:
                status, page = searchers[i]("/directory?q=" + token)
            except OSError:
                page = ""
            if f"/directory/{organisation}" in page:
                with lock:
                    delays.append((number, i, time.monotonic() - saved_at))
                return
            if time.monotonic() - saved_at > 10:
                with lock:
                    failures.append((number, i))
                return
            time.sleep(0.02)
    threads = [threading.Thread(target=on, args=(i,)) for i in range(len(bases))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


watchers, start = [], time.monotonic()
for number in range(seconds):
    time.sleep(max(0, start + number - time.monotonic()))
    send = sessions[number % len(sessions)]
    path = f"/organisations/{organisation}/edit"
    status, page = send(path)
    token = word()
    fields = [(k, f"Bench {token}" if k == "Input.Name" else v) for k, v in Form(page).fields]
    status, _ = send(path, fields)
    saved_at = time.monotonic()
    if status != 302:
        sys.exit(f"edit {number} answered {status}")
    watcher = threading.Thread(target=watch, args=(number, token, saved_at))
    watcher.start()
    watchers.append(watcher)
for watcher in watchers:
    watcher.join()

for i, base in enumerate(bases):
    mine = [d for _, j, d in delays if j == i]
    if mine:
        print(f"{base}: {len(mine)} edits found, delay max {max(mine) * 1000:.0f} ms, mean {sum(mine) / len(mine) * 1000:.0f} ms")
print(f"edits: {seconds}, found {len(delays)} times on {len(bases)} instances, not found within 10 s: {len(failures)}")
sys.exit(1 if failures else 0)
