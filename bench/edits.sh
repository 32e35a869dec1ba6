#!/usr/bin/env bash
# Searches while an organisation is edited through the app every second, on two instances of the app sharing one
# database. Usage: bench/edits.sh sqlite|postgres "<connection string>" [seconds]
# The database must have been filled by `generate` first. Sends traffic to 127.0.0.1 only, for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=$1; connection=$2; seconds=${3:-60}
B=bench/Passerelles.Bench/bin/Release/net10.0/Passerelles.Bench.dll
app=src/Passerelles.Web/bin/Release/net10.0/Passerelles.Web.dll
password="Bench-$RANDOM-$RANDOM-edits"
organisation=$(dotnet "$B" editor "$provider" "$connection" "$password")
data=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$data"' EXIT
for port in 5090 5091; do
  # Both instances share the data folder, as two servers would share their keys; the second starts once the first
  # has brought the database up to date.
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$port \
  Database__Provider=$([ "$provider" = postgres ] && echo Postgres || echo Sqlite) \
  ConnectionStrings__Passerelles="$connection" Passerelles__DataPath="$data" Logging__LogLevel__Default=Warning \
    env Logging__LogLevel__Passerelles.Web.Features.Directory.DirectoryIndex=Information dotnet "$app" >"$data/app-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 180); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
done
# Both indexes built before anything is measured (searches go to the database until then).
for port in 5090 5091; do
  for _ in $(seq 900); do grep -q "Directory index built" "$data/app-$port.log" && break; sleep 1; done
  echo "instance $port: $(grep -oh "Directory index built[^\"]*" "$data/app-$port.log")"
done
varied() { # seconds seed: requests/s and p99 of the varied searches on the first instance
  wrk -t2 -c16 -d"$1s" --latency -s bench/varied-searches.lua "http://127.0.0.1:5090/directory" -- "$2" >"$data/wrk.txt"
  echo "$(awk '/Requests\/sec/ {print $2}' "$data/wrk.txt") req/s, p99 $(awk '/ 99%/ {print $2}' "$data/wrk.txt")"
}
echo "$provider, two instances, wrk -t2 -c16 -d${seconds}s on the first, anonymous visitor"
# Warm-up, not measured: both indexes built, the JIT done (see load.sh).
varied "$seconds" 1 >/dev/null
wrk -t1 -c4 -d20s -s bench/varied-searches.lua "http://127.0.0.1:5091/directory" -- 3 >/dev/null
without=$(varied "$seconds" 2023)
python3 bench/edits.py "$seconds" "$organisation" "$password" http://127.0.0.1:5090 http://127.0.0.1:5091 >"$data/edits.txt" &
editor=$!
with=$(varied "$seconds" 2024)
wait $editor && found=yes || found=no
echo "varied searches without edits: $without"
echo "varied searches with an edit a second: $with"
awk -v a="${without%% *}" -v b="${with%% *}" 'BEGIN {printf "with edits: %.1f %% of the throughput without\n", 100*b/a}'
cat "$data/edits.txt"
echo "every edit found on both instances within 10 s: $found"
for i in 0 1; do echo "RSS of instance $((i+1)): peak $(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/${pids[$i]}/status)"; done
