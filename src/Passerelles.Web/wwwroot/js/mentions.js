// Completion of @mentions in a post: after "@", the circle's members whose name holds what follows are offered below
// the field; arrows choose, Enter or Tab writes "@[Name]", Escape closes. Without this file, people type "@[Name]".
document.querySelectorAll("textarea[data-mentions]").forEach((field, fieldIndex) => {
  const list = document.createElement("ul");
  list.id = `mention-options-${fieldIndex}`;
  list.className = "mention-options";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", field.dataset.mentionsLabel || "");
  list.hidden = true;
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  field.after(list, status);
  field.setAttribute("aria-autocomplete", "list");
  field.setAttribute("aria-controls", list.id);

  let names = [];
  let active = -1;
  let pending = null;
  let timer = 0;

  // The mention being typed: "@" at the start or after a space, then an optional "[", then the start of a name.
  const typed = () => {
    const before = field.value.slice(0, field.selectionStart);
    const match = /(^|\s)@\[?([^\[\]@\n]{0,60})$/.exec(before);
    return match ? { start: before.length - match[0].length + match[1].length, text: match[2] } : null;
  };

  const close = () => {
    names = [];
    active = -1;
    list.hidden = true;
    list.replaceChildren();
    field.removeAttribute("aria-activedescendant");
  };

  const highlight = (index) => {
    active = index;
    list.querySelectorAll("li").forEach((item, i) => item.setAttribute("aria-selected", i === index ? "true" : "false"));
    if (index >= 0) field.setAttribute("aria-activedescendant", `${list.id}-${index}`);
  };

  const choose = (index) => {
    const mention = typed();
    if (!mention || !names[index]) return close();
    const inserted = `@[${names[index]}] `;
    const after = field.value.slice(field.selectionStart);
    field.value = field.value.slice(0, mention.start) + inserted + after;
    const caret = mention.start + inserted.length;
    field.setSelectionRange(caret, caret);
    field.focus();
    close();
  };

  const show = (found) => {
    names = found;
    list.replaceChildren(...found.map((name, i) => {
      const item = document.createElement("li");
      item.id = `${list.id}-${i}`;
      item.setAttribute("role", "option");
      item.textContent = name;
      item.addEventListener("mousedown", (event) => {
        event.preventDefault();
        choose(i);
      });
      return item;
    }));
    list.hidden = found.length === 0;
    status.textContent = (field.dataset.mentionsCount || "{0}").replace("{0}", String(found.length));
    highlight(found.length > 0 ? 0 : -1);
  };

  const suggest = () => {
    const mention = typed();
    if (!mention) return close();
    if (pending) pending.abort();
    pending = new AbortController();
    fetch(`${field.dataset.mentions}?q=${encodeURIComponent(mention.text.trim())}`,
      { headers: { Accept: "application/json" }, credentials: "same-origin", signal: pending.signal })
      .then((response) => (response.ok ? response.json() : []))
      .then((members) => show(members.map((m) => m.name)))
      .catch(() => {});
  };

  field.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 150);
  });
  field.addEventListener("blur", () => window.setTimeout(close, 100));
  field.addEventListener("keydown", (event) => {
    if (list.hidden || names.length === 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + names.length) % names.length);
    } else if (event.key === "Enter" || event.key === "Tab") {
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
});
