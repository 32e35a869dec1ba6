-- Gives each wrk thread its own session, signed in just before the run: the file named after `--` holds one Cookie
-- header per thread (an empty line for a visitor). wrk would otherwise send one cookie for the whole run, and a cookie
-- older than the security-stamp interval is validated again on every request: the run would measure that, not the page.
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  local line = 0
  for cookie in io.lines(args[1]) do
    line = line + 1
    if line == number and #cookie > 0 then wrk.headers["Cookie"] = cookie end
  end
end
