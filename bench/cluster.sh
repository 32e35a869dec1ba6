#!/usr/bin/env bash
# Requests per second of a signed-in page mix through HAProxy, with one instance and with two, in one run on the same
# cluster (ops/cluster.sh: PostgreSQL, two instances, HAProxy), and the p99 while one of two instances is killed.
# Usage: bench/cluster.sh [seconds per measure]
# The database is filled with the demo network first (an instance started once in Development with demo data), then
# the instances run in Production. "One instance": the second is disabled in HAProxy (it stays up, idle). Signed in as
# the demo's coach of Le Tube à ESS'ai; THREADS (2) and CONNECTIONS (16) as in the other benchmarks; FIRST=two measures
# two instances before one.
# Sends traffic to 127.0.0.1 only, for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
threads=${THREADS:-2}; connections=${CONNECTIONS:-16}
coach=coach.tube@demo.passerelles.org; password=Passerelles-demo-2023
app=src/Passerelles.Web/bin/Release/net10.0/Passerelles.Web.dll
[ -f "$app" ] || dotnet build src/Passerelles.Web -c Release -nologo -v:q
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
dir=$(mktemp -d /tmp/passerelles-bench-cluster.XXXXXX)
chmod 755 "$dir"  # PostgreSQL, run as its own user by cluster.sh, keeps its files below
cluster=
trap '[ -n "$cluster" ] && kill $cluster 2>/dev/null && wait $cluster 2>/dev/null; rm -rf "$dir"' EXIT

CLUSTER_DIR="$dir/cluster" RateLimits__SignInPermitsPerMinute=100000 ops/cluster.sh 2 "$port" >"$dir/cluster.log" 2>&1 &
cluster=$!
for _ in $(seq 360); do grep -q "^Passerelles: http" "$dir/cluster.log" && break; kill -0 $cluster 2>/dev/null || { cat "$dir/cluster.log"; exit 1; }; sleep 0.5; done
grep -q "^Passerelles: http" "$dir/cluster.log" || { echo "the cluster did not start"; cat "$dir/cluster.log"; exit 1; }
source "$dir/cluster/cluster.env"

haproxy_api() { python3 -c 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall((sys.argv[2]+"\n").encode()); print(s.recv(65536).decode(), end="")' "$dir/cluster/haproxy.sock" "$1"; }

# The demo network, written once by an instance in Development (it fills an empty database), then stopped.
seed_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
(cd src/Passerelles.Web && ASPNETCORE_ENVIRONMENT=Development DemoData__Enabled=true ASPNETCORE_URLS=http://127.0.0.1:$seed_port \
  Database__Provider=Postgres ConnectionStrings__Passerelles="$CONNECTION" Passerelles__DataPath="$dir/seed" Logging__LogLevel__Default=Warning \
  exec dotnet "bin/Release/net10.0/Passerelles.Web.dll") >"$dir/seed.log" 2>&1 &
seed=$!
for _ in $(seq 600); do curl -fs -o /dev/null "http://127.0.0.1:$seed_port/health" && break; sleep 0.5; done
kill $seed; wait $seed 2>/dev/null || true

sign_in() { # prints the Cookie header of a fresh session
  local jar="$dir/jar.$RANDOM" token
  token=$(curl -fs -c "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -b "$jar" -c "$jar" -o /dev/null "$base/account/login" --data-urlencode "Input.Email=$coach" \
    --data-urlencode "Input.Password=$password" --data-urlencode "__RequestVerificationToken=$token"
  awk '$6 ~ /^passerelles\.auth/ {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$jar"
  rm -f "$jar"
}
cookies() { for _ in $(seq "$threads"); do sign_in; echo; done >"$dir/cookies"; }
cookies
guid='[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
circle=$(curl -fs -H "Cookie: $(head -1 "$dir/cookies")" "$base/circles" | grep -oE "href=\"/circles/$guid\"" | head -1 | sed 's/^href="//; s/"$//')
project=$(curl -fs -H "Cookie: $(head -1 "$dir/cookies")" "$base/projects" | grep -oE "href=\"/projects/$guid\"" | head -1 | sed 's/^href="//; s/"$//')
pages=(/ /circles "${circle:-/circles}" /projects "${project:-/projects}" /agreements)
for p in "${pages[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(head -1 "$dir/cookies")" "$base$p")
  [ "$status" = 200 ] || { echo "$p answers $status as the coach"; exit 1; }
done

measure() { # label: the mix for $seconds, after as long again of warm-up
  wrk -t"$threads" -c"$connections" -d"${seconds}s" -s bench/cluster-mix.lua "$base" -- "$dir/cookies" "${pages[@]}" >/dev/null
  cookies
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s bench/cluster-mix.lua "$base" -- "$dir/cookies" "${pages[@]}" >"$dir/$1.txt"
  awk -v label="$1" '/Requests\/sec/ {rps = $2} / 50%/ {p50 = $2} / 99%/ {p99 = $2} /Non-2xx/ {errors = $NF} /Socket errors/ {socket = $0}
    END {printf "%-28s %8s req/s   p50 %-8s p99 %-8s non-2xx %d %s\n", label, rps, p50, p99, errors + 0, socket}' "$dir/$1.txt"
}

echo "Signed-in page mix (${pages[*]}) through HAProxy, wrk -t$threads -c$connections -d${seconds}s, load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
one_instance() { haproxy_api "disable server instances/app2" >/dev/null; sleep 2; measure "one instance"; }
two_instances() {
  haproxy_api "enable server instances/app2" >/dev/null
  for _ in $(seq 60); do haproxy_api "show servers state instances" | awk '$4=="app2" && $6==2 {found=1} END {exit !found}' && break; sleep 0.5; done
  measure "two instances"
}
# FIRST=two measures two instances first, to see how much the order (a warmer app, a machine whose load moves) weighs.
if [ "${FIRST:-one}" = two ]; then two_instances; one_instance; haproxy_api "enable server instances/app2" >/dev/null; else one_instance; two_instances; fi
one=$(awk '/Requests\/sec/ {print $2}' "$dir/one instance.txt"); two=$(awk '/Requests\/sec/ {print $2}' "$dir/two instances.txt")
awk -v one="$one" -v two="$two" 'BEGIN {printf "two instances / one: %.2f\n", two / one}'

# The kill: two instances under the same load; instance 1 gets kill -9 a third of the way in.
cookies
wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s bench/cluster-mix.lua "$base" -- "$dir/cookies" "${pages[@]}" >"$dir/kill.txt" &
load=$!
sleep $((seconds / 3))
kill -9 "$(cat "$dir/cluster/instance-1.pid")"
wait $load
awk '/Requests\/sec/ {rps = $2} / 50%/ {p50 = $2} / 99%/ {p99 = $2} /Non-2xx/ {errors = $NF} /Socket errors/ {socket = $0}
  END {printf "%-28s %8s req/s   p50 %-8s p99 %-8s non-2xx %d %s\n", "kill -9 of one of two", rps, p50, p99, errors + 0, socket}' "$dir/kill.txt"
