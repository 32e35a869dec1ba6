#!/usr/bin/env bash
# Requests per second of the directory search against a light page of the same app, in the same run, and the app's
# memory. Usage: bench/load.sh sqlite|postgres "<connection string>" [seconds]
# The database must have been filled by `generate` first. Sends traffic to 127.0.0.1 only, for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=$1; connection=$2; seconds=${3:-20}
port=5090
source bench/start-app.sh

run() { # name url [wrk script]
  curl -fs -o /dev/null "http://127.0.0.1:$port$2" || { echo "$2 does not answer 200"; exit 1; }
  local rps
  rps=$(wrk -t2 -c16 -d"${seconds}s" --latency ${3:+-s "$3"} "http://127.0.0.1:$port$2" | tee "$data/$1.txt" | awk '/Requests\/sec/ {print $2}')
  echo "$1 $rps" >>"$data/rps"
  printf '%-40s %10s req/s   p99 %s\n' "$2" "$rps" "$(awk '/ 99%/ {print $2}' "$data/$1.txt")"
}

echo "$provider, wrk -t2 -c16 -d${seconds}s, anonymous visitor (public organisations only)"
# Warm-up, not measured: the JIT optimises the hot code over the first minute or so, and a cold app would understate
# both pages. The warm-up draws other searches than the measured run (seed 1), and the results cache keeps a search
# 30 s: the varied searches are measured against a cache that holds none of the warm-up's. The app indexes the
# directory in memory when it starts (about 10 s at 250,000 organisations); the warm-up covers that too.
wrk -t2 -c16 -d"${seconds}s" "http://127.0.0.1:$port/account/login" >/dev/null
wrk -t2 -c16 -d"${seconds}s" -s bench/varied-searches.lua "http://127.0.0.1:$port/directory" -- 1 >/dev/null
run baseline /account/login
run search "/directory?q=habitat+jeunes"
run search2 "/directory?q=cooperative+solidarite+joliette"
run browse "/directory?side=France&kind=Cooperative"
run varied "/directory" bench/varied-searches.lua
base=$(awk '$1=="baseline" {print $2}' "$data/rps")
awk -v base="$base" '$1!="baseline" {printf "%-10s %5.1f %% of the baseline (/account/login)\n", $1, 100*$2/base}' "$data/rps"
echo "RSS of the app: now $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status), peak $(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/$pid/status)"
