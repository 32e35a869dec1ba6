#!/usr/bin/env bash
# The one test command: provisions Chromium and PostgreSQL when missing, builds with warnings as errors, runs every
# suite on SQLite and on PostgreSQL, and prints "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

log() { printf '\n== %s\n' "$*"; }

# 1. What the suites need from the machine: Chromium, PostgreSQL, fonts for the PDFs, qpdf and Java for the
#    reference validators (qpdf checks the PDFs, the Nu HTML Checker runs on Java), Node.js and npm for the test
#    projects (they restore the validators and axe-core from npm when they build, and run the validators with node),
#    HAProxy for the cluster suite (ops/cluster.sh).
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ] || missing+=(postgresql)
fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
command -v qpdf >/dev/null || missing+=(qpdf)
command -v java >/dev/null || missing+=(default-jre-headless)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || missing+=(haproxy)
if ((${#missing[@]})); then
  if [ "$(id -u)" = 0 ]; then
    log "Installing ${missing[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null || { echo "apt-get install failed"; exit 1; }
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  else
    echo "Missing: ${missing[*]}. Run ./test.sh as root to install them with apt, or install them yourself."
    exit 1
  fi
fi

# 2. A throwaway PostgreSQL cluster on 127.0.0.1.
pg_dir=$(mktemp -d /tmp/passerelles-pg.XXXXXX)
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null || echo 55432)
as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && su postgres -s /bin/sh -c "$*"); else sh -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$pg_dir"
fi
stop_pg() { as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m immediate stop" >/dev/null 2>&1; rm -rf "$pg_dir"; }
trap stop_pg EXIT
log "Starting PostgreSQL on 127.0.0.1:$pg_port"
as_pg "'$pg_bin/initdb' -D '$pg_dir/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$pg_dir.initdb.log" 2>&1 || { cat "$pg_dir.initdb.log"; exit 1; }
as_pg "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/server.log' -w -o \"-p $pg_port -c listen_addresses=127.0.0.1 -k '$pg_dir' -c fsync=off -c max_connections=300\" start" >/dev/null || { cat "$pg_dir/server.log"; exit 1; }
rm -f "$pg_dir.initdb.log"
export PASSERELLES_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
export PASSERELLES_REQUIRE_ALL=1

# 3. Build once, warnings as errors.
log "Building"
dotnet build Passerelles.slnx -c Release -warnaserror -nologo -v:q || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }

# 4. Every suite on both providers.
passed=0; failed=0; skipped=0; status=0
# The cluster suite runs the app as processes behind HAProxy on a PostgreSQL of its own: on PostgreSQL only.
export PASSERELLES_CLUSTER_FIGURES="$pg_dir.cluster-figures.txt"
for provider in Sqlite Postgres; do
  suites=(tests/Passerelles.Tests tests/Passerelles.BrowserTests)
  [ "$provider" = Postgres ] && suites+=(tests/Passerelles.ClusterTests)
  for suite in "${suites[@]}"; do
    log "$(basename "$suite") on $provider"
    out=$(mktemp)
    PASSERELLES_TEST_PROVIDER=$provider dotnet test "$suite" -c Release --no-build -nologo 2>&1 | tee "$out"
    code=${PIPESTATUS[0]}
    line=$(grep -E '^(Passed|Failed)!' "$out" | tail -n 1)
    if [ -z "$line" ]; then
      echo "No result line from $suite on $provider (exit $code): counted as one failure."
      failed=$((failed + 1)); status=1
    else
      p=$(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line")
      f=$(sed -E 's/.*Failed: *([0-9]+).*/\1/' <<<"$line")
      s=$(sed -E 's/.*Skipped: *([0-9]+).*/\1/' <<<"$line")
      passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
      [ "$code" = 0 ] || status=1
    fi
    rm -f "$out"
    if [ -s "$PASSERELLES_CLUSTER_FIGURES" ]; then log "Cluster figures"; cat "$PASSERELLES_CLUSTER_FIGURES"; rm -f "$PASSERELLES_CLUSTER_FIGURES"; fi
  done
done

# Under this script nothing may be skipped.
[ "$skipped" = 0 ] || status=1
echo
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
