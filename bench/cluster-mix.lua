-- A signed-in page mix for wrk: each thread its own session (the first file after `--` holds one Cookie header per
-- thread, as in fresh-cookies.lua), and each request the next of the paths given after it, in turn.
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
  paths = {}
  for i = 2, #args do paths[#paths + 1] = args[i] end
  n = number
end

function request()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
