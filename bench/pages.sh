#!/usr/bin/env bash
# The pages of issue 22's table under load, in one run: each page's requests per second as a share of /health's, its
# p50 and p99, then the app's memory after the load. Several builds or settings can be measured one after the other in
# the same run, on the same database.
# Usage: bench/pages.sh sqlite|postgres "<connection string>" [seconds per page] [label=Passerelles.Web.dll [VAR=value ...]] ...
#   without a build: this tree's Release build, labelled "now". VAR=value are environment variables of that app
#   (e.g. DOTNET_GCConserveMemory=5). Signed-in pages as COACH (default the demo's coach of Le Tube à ESS'ai),
#   an organisation's edit form as EDITOR (default the demo's network administrator); PASSWORD and EDITOR_PASSWORD
#   default to the demo password. THREADS (2), CONNECTIONS (16), WARMUP seconds per page (3).
# Sends traffic to 127.0.0.1 only, for a bounded time.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=$1; connection=$2; seconds=${3:-10}
shift $(( $# < 3 ? $# : 3 ))
builds=("$@")
[ ${#builds[@]} -gt 0 ] || builds=("now=src/Passerelles.Web/bin/Release/net10.0/Passerelles.Web.dll")
coach=${COACH:-coach.tube@demo.passerelles.org}; password=${PASSWORD:-Passerelles-demo-2023}
editor=${EDITOR:-admin@demo.passerelles.org}; editor_password=${EDITOR_PASSWORD:-$password}
threads=${THREADS:-2}; connections=${CONNECTIONS:-16}; warmup=${WARMUP:-3}
port=5092; base="http://127.0.0.1:$port"
counters=$(command -v dotnet-counters || true)
data=$(mktemp -d); pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$data"' EXIT

start() { # dll [VAR=value ...]
  local dll=$1; shift
  [ -f "$dll" ] || { echo "$dll: no such build (dotnet build src/Passerelles.Web -c Release)"; exit 1; }
  rm -rf "$data/app"; mkdir -p "$data/app"
  env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=$base \
    Database__Provider=$([ "$provider" = postgres ] && echo Postgres || echo Sqlite) \
    ConnectionStrings__Passerelles="$connection" Passerelles__DataPath="$data/app" Logging__LogLevel__Default=Warning \
    RateLimits__SignInPermitsPerMinute=100000 "$@" dotnet "$dll" >"$data/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 180); do curl -fs "$base/health" >/dev/null && return; sleep 1; done
  echo "the app did not start:"; tail -20 "$data/app.log"; exit 1
}

stop() { kill $pid; wait $pid 2>/dev/null || true; pid=; }

sign_in() { # email password: prints the Cookie header of a fresh session
  local jar="$data/jar.$RANDOM" token
  token=$(curl -fs -c "$jar" "$base/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -fs -b "$jar" -c "$jar" -o /dev/null "$base/account/login" --data-urlencode "Input.Email=$1" \
    --data-urlencode "Input.Password=$2" --data-urlencode "__RequestVerificationToken=$token"
  awk '$6 ~ /^passerelles\.auth/ {printf "%s%s=%s", (n++ ? "; " : ""), $6, $7}' "$jar"
  rm -f "$jar"
}

cookies() { # who: one Cookie header per wrk thread, each signed in just now
  for _ in $(seq "$threads"); do
    case $1 in anonymous) echo ;; coach) sign_in "$coach" "$password"; echo ;; editor) sign_in "$editor" "$editor_password"; echo ;; esac
  done >"$data/cookies"
}

first_link() { # who path pattern: the first link on the page matching the pattern
  cookies "$1"
  curl -fs -H "Cookie: $(head -1 "$data/cookies")" "$base$2" | grep -oE "href=\"$3\"" | head -1 | sed 's/^href="//; s/"$//' || true
}

discover() { # the pages of the table, as "who path" lines
  local circle session poll agreement project organisation guid='[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'
  circle=$(first_link coach /circles "/circles/$guid")
  session=$(first_link coach "$circle" "/circles/sessions/$guid")
  poll=$(first_link coach "$circle" "/circles/polls/$guid")
  agreement=$(first_link coach /agreements "/agreements/$guid")
  project=$(first_link coach /projects "/projects/$guid")
  organisation=$(curl -fs "$base/api/v1/organisations?q=tube" | jq -r '.items[0].id // .[0].id // empty' 2>/dev/null || true)
  printf '%s\n' "anonymous /health" "anonymous /account/login" "anonymous /api/v1/organisations?q=tube" \
    "coach /circles" "coach /agreements" "coach ${session:-/circles (no session found)}" "coach ${poll:-/circles (no poll found)}" \
    "coach /" "coach /projects" "coach /projects?status=Active&side=France" "coach ${project:-/projects}" "coach ${agreement:-/agreements}" \
    "editor /organisations/${organisation:-none}/edit"
}

measure() { # label who path [warm-up seconds]
  local status
  cookies "$2"
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(head -1 "$data/cookies")" "$base$3")
  [ "$status" = 200 ] || { printf '%-8s %-58s answers %s, not measured\n' "$1" "$3" "$status"; return; }
  [ "${4:-0}" -gt 0 ] && wrk -t"$threads" -c"$connections" -d"${4}s" -s bench/fresh-cookies.lua "$base$3" -- "$data/cookies" >/dev/null
  cookies "$2"
  wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency -s bench/fresh-cookies.lua "$base$3" -- "$data/cookies" >"$data/wrk.txt"
  awk -v label="$1" -v path="$3" '
    /Requests\/sec/ {rps = $2} / 50%/ {p50 = $2} / 99%/ {p99 = $2} /Non-2xx/ {errors = $NF}
    END {print label, path, rps, p50, p99, errors + 0}' "$data/wrk.txt" >>"$data/results"
}

memory() { # label: the app's resident memory after the load, and what the runtime says of it
  local rss
  rss=$(awk '/VmRSS/ {printf "%.0f", $2/1024}' /proc/$pid/status)
  echo "$1 RSS after the load $rss MB, peak $(awk '/VmHWM/ {printf "%.0f", $2/1024}' /proc/$pid/status) MB" >>"$data/memory"
  awk -v label="$1" '/^(Rss|Anonymous|Shared_Clean|Private_Clean|Private_Dirty):/ {printf "%s %s %.0f MB\n", label, $1, $2/1024}' /proc/$pid/smaps_rollup >>"$data/memory"
  if [ -n "$counters" ]; then
    "$counters" collect -p $pid --counters System.Runtime --format csv -o "$data/counters.csv" --duration 00:00:00:05 >/dev/null 2>&1 || true
    awk -F, -v label="$1" '
      $3 ~ /^dotnet.gc.last_collection.heap.size/ {heap[$3] = $NF}
      $3 ~ /^dotnet.gc.last_collection.heap.fragmentation/ {free[$3] = $NF}
      $3 ~ /^dotnet.gc.last_collection.memory.committed_size/ {committed = $NF}
      END {
        for (g in heap) h += heap[g]; for (g in free) f += free[g]
        if (committed) printf "%s GC heap %.0f MB (of which free %.0f MB), committed by the GC %.0f MB\n", label, h/1048576, f/1048576, committed/1048576
      }' "$data/counters.csv" >>"$data/memory" 2>/dev/null || true
  fi
  # The mappings holding the most resident memory: the JIT's code and stubs (/memfd:doublemapper), the GC's heap and
  # native allocations ([anon], [heap]), the framework's files.
  awk -v label="$1" '/^[0-9a-f]+-[0-9a-f]+ / {name = ($6 == "" ? "[anon]" : $6)} /^Rss:/ {rss[name] += $2}
    END {for (n in rss) if (rss[n] >= 4096) printf "%s   %5.0f MB %s\n", label, rss[n]/1024, n}' /proc/$pid/smaps | sort -k2 -rn >>"$data/memory"
  if [ "${GCDUMP:-0}" = 1 ] && command -v dotnet-gcdump >/dev/null; then
    dotnet-gcdump collect -p $pid -o "$data/heap.gcdump" >/dev/null 2>&1 &&
      dotnet-gcdump report "$data/heap.gcdump" 2>/dev/null | head -25 | sed "s/^/$1   /" >>"$data/memory" || true
  fi
}

echo "$provider, wrk -t$threads -c$connections -d${seconds}s per page (after ${warmup}s of warm-up), load average $(cut -d' ' -f1-3 /proc/loadavg)"
pages=
for build in "${builds[@]}"; do
  label=${build%%=*}; read -ra parts <<<"${build#*=}"
  start "${parts[@]}"
  [ -n "$pages" ] || { discover >"$data/pages"; pages=1; }
  while read -r -u 3 who path; do measure "$label" "$who" "$path" "$warmup"; done 3<"$data/pages"
  memory "$label"
  stop
done

printf '\n%-8s %-58s %10s %8s %9s %9s\n' build page req/s share p50 p99
awk '
  $2 == "/health" {health[$1] = $3}
  {rows[NR] = $0}
  END {
    for (i = 1; i <= NR; i++) {
      split(rows[i], f, " ")
      printf "%-8s %-58s %10.0f %7.1f%% %9s %9s%s\n", f[1], f[2], f[3], 100 * f[3] / health[f[1]], f[4], f[5], (f[6] > 0 ? "  (" f[6] " answers not 2xx/3xx)" : "")
    }
  }' "$data/results"
echo
cat "$data/memory"
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
