#!/usr/bin/env bash
# A production-like Passerelles on one machine: a throwaway PostgreSQL, N instances of the app (default 2) on loopback
# ports, each with a data folder of its own, and HAProxy in front of them on one port, sending requests only to the
# instances whose /health/ready answers 200. Prints the address, and stops everything on Ctrl-C.
#
#   ops/cluster.sh [instances] [port]        e.g. ops/cluster.sh 2 8080
#
# Everything listens on 127.0.0.1 only. Settings of the instances can be added as environment variables
# (Email__Smtp__Host=..., Email__Smtp__Port=...). CLUSTER_DIR names the folder holding the cluster's state (default: a
# new temporary folder, removed on exit); there, for scripts and tests:
#   cluster.env          PG_PORT, PORT, INSTANCES, INSTANCE_PORTS, CONNECTION
#   instance-N.sh        starts instance N again with the same settings (instance-N.pid, instance-N.log)
#   postgres.sh          stop | start | restart the cluster's PostgreSQL
#   haproxy.cfg          the load balancer's configuration; haproxy.log its log; haproxy.sock its runtime API
#                        (e.g. "disable server instances/app2")
# CLUSTER_WATCH_PID names a process (a test) whose end stops the cluster too.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
instances=${1:-${CLUSTER_INSTANCES:-2}}
port=${2:-${CLUSTER_PORT:-8080}}

free_port() { # a port nothing listens on; without Python, a random one that refuses a connection
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()' 2>/dev/null && return
  local p; while :; do p=$((20000 + RANDOM % 40000)); (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done
}
haproxy=$(command -v haproxy || echo /usr/sbin/haproxy)
[ -x "$haproxy" ] || { echo "HAProxy is missing: apt-get install haproxy"; exit 1; }
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pg_bin" ] || { echo "PostgreSQL is missing: apt-get install postgresql"; exit 1; }

app=${PASSERELLES_APP:-$root/src/Passerelles.Web/bin/Release/net10.0/Passerelles.Web.dll}
if [ ! -f "$app" ]; then
  echo "Building the app (Release)…"
  dotnet build "$root/src/Passerelles.Web" -c Release -nologo -v:q >/dev/null
fi

if [ -n "${CLUSTER_DIR:-}" ]; then dir=$CLUSTER_DIR; keep=1; mkdir -p "$dir"; else dir=$(mktemp -d /tmp/passerelles-cluster.XXXXXX); keep=0; fi
as_pg() { if [ "$(id -u)" = 0 ]; then (cd / && su postgres -s /bin/sh -c "$*"); else sh -c "$*"; fi; }
if [ "$(id -u)" = 0 ]; then id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; fi

stop_all() {
  trap - EXIT INT TERM
  echo; echo "Stopping the cluster…"
  [ -f "$dir/haproxy.pid" ] && kill "$(cat "$dir/haproxy.pid")" 2>/dev/null || true
  for f in "$dir"/instance-*.pid; do [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true; done
  # Instances drain for a few seconds on SIGTERM; past that they are killed.
  for _ in $(seq 40); do
    alive=0
    for f in "$dir"/instance-*.pid; do [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && alive=1; done
    [ $alive = 0 ] && break; sleep 0.5
  done
  for f in "$dir"/instance-*.pid; do [ -f "$f" ] && kill -9 "$(cat "$f")" 2>/dev/null || true; done
  [ -x "$dir/postgres.sh" ] && "$dir/postgres.sh" stop >/dev/null 2>&1 || true
  if [ $keep = 0 ]; then rm -rf "$dir"; else rm -rf "$dir/pg"; fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

# 1. PostgreSQL, on its own port and socket folder.
pg_port=$(free_port)
mkdir -p "$dir/pg"
# As root, PostgreSQL runs as the postgres user, who must reach its folder.
if [ "$(id -u)" = 0 ]; then chmod o+x "$dir"; chown postgres "$dir/pg"; fi
as_pg "'$pg_bin/initdb' -D '$dir/pg/data' -A trust -U postgres -E UTF8 --locale=C.UTF-8" >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
cat >"$dir/postgres.sh" <<SH
#!/usr/bin/env bash
# stop | start | restart the cluster's PostgreSQL.
as_pg() { if [ "\$(id -u)" = 0 ]; then (cd / && su postgres -s /bin/sh -c "\$*"); else sh -c "\$*"; fi; }
case "\$1" in
  stop) as_pg "'$pg_bin/pg_ctl' -D '$dir/pg/data' -m fast -w stop" ;;
  *) as_pg "'$pg_bin/pg_ctl' -D '$dir/pg/data' -l '$dir/pg/server.log' -w -o \"-p $pg_port -c listen_addresses=127.0.0.1 -k '$dir/pg' -c max_connections=200\" \$1" ;;
esac
SH
chmod +x "$dir/postgres.sh"
"$dir/postgres.sh" start >/dev/null || { cat "$dir/pg/server.log"; exit 1; }
as_pg "'$pg_bin/psql' -h 127.0.0.1 -p $pg_port -U postgres -qc 'CREATE DATABASE passerelles'" >/dev/null
connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=passerelles"

# 2. The instances. Each has its own data folder: what they share goes through PostgreSQL.
instance_ports=()
for i in $(seq "$instances"); do
  p=$(free_port); instance_ports+=("$p")
  mkdir -p "$dir/instance-$i"
  cat >"$dir/instance-$i.sh" <<SH
#!/usr/bin/env bash
# Starts instance $i in the background, on 127.0.0.1:$p. The content root is the app's source folder (settings
# files, wwwroot).
cd '$root/src/Passerelles.Web'
ASPNETCORE_ENVIRONMENT=\${ASPNETCORE_ENVIRONMENT:-Production} ASPNETCORE_URLS=http://127.0.0.1:$p \\
Database__Provider=Postgres ConnectionStrings__Passerelles='$connection' \\
Passerelles__DataPath='$dir/instance-$i' Passerelles__PublicBaseUrl=\${Passerelles__PublicBaseUrl:-http://127.0.0.1:$port} \\
Passerelles__ShutdownDelay=\${Passerelles__ShutdownDelay:-00:00:03} ForwardedHeaders__KnownProxies__0=127.0.0.1 \\
Logging__LogLevel__Default=\${Logging__LogLevel__Default:-Warning} \\
  nohup dotnet '$app' >>'$dir/instance-$i.log' 2>&1 </dev/null &
echo \$! >'$dir/instance-$i.pid'
SH
  chmod +x "$dir/instance-$i.sh"
  "$dir/instance-$i.sh"
done

# 3. HAProxy. Health checks on /health/ready every second (every half-second while a server changes state); a
#    connection refused marks a server down at once. A request whose connection failed is sent again, to another
#    instance (nothing reached the dead one); a GET or HEAD also when the instance closed without answering or took too
#    long (safe to repeat); a POST is not, since the dead instance may or may not have saved it. When no instance is
#    ready, HAProxy answers its own 503 page. The X-Passerelles-Instance header sends a request to one instance, for
#    tests that must reach "the other one".
servers=""; pins=""
for i in $(seq "$instances"); do
  servers+="    server app$i 127.0.0.1:${instance_ports[$((i-1))]} check"$'\n'
  pins+="    use-server app$i if { req.hdr(X-Passerelles-Instance) -m str $i }"$'\n'
done
cat >"$dir/haproxy.cfg" <<CFG
global
    maxconn 2000
    stats socket $dir/haproxy.sock mode 600 level admin

defaults
    mode http
    log stdout format raw local0
    option httplog
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    timeout http-request 10s
    timeout queue 10s
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
    errorfile 503 $root/ops/unavailable.http

frontend passerelles
    bind 127.0.0.1:$port
    option forwardfor
    default_backend instances

backend instances
    balance roundrobin
    option httpchk GET /health/ready
    http-check expect status 200
    http-request disable-l7-retry unless METH_GET || METH_HEAD
    default-server inter 1s fastinter 500ms downinter 1s fall 2 rise 2 observe layer4 error-limit 1 on-error mark-down
$pins$servers
CFG
"$haproxy" -c -q -f "$dir/haproxy.cfg"
"$haproxy" -db -f "$dir/haproxy.cfg" >"$dir/haproxy.log" 2>&1 &
echo $! >"$dir/haproxy.pid"

cat >"$dir/cluster.env" <<ENV
PG_PORT=$pg_port
PORT=$port
INSTANCES=$instances
INSTANCE_PORTS="${instance_ports[*]}"
CONNECTION="$connection"
ENV

echo "Starting $instances instances (PostgreSQL on 127.0.0.1:$pg_port, state in $dir)…"
for _ in $(seq 240); do
  ready=0
  for p in "${instance_ports[@]}"; do curl -fs -o /dev/null "http://127.0.0.1:$p/health/ready" && ready=$((ready + 1)); done
  [ $ready = "$instances" ] && break
  sleep 0.5
done
[ $ready = "$instances" ] || { echo "Only $ready of $instances instances became ready; see $dir/instance-*.log"; tail -n 20 "$dir"/instance-*.log; exit 1; }
echo "Passerelles: http://127.0.0.1:$port/   ($instances instances behind HAProxy; Ctrl-C stops everything)"
# CLUSTER_WATCH_PID: a process (a test) whose end stops the cluster too, even if it could not say so.
while :; do
  sleep 1 & wait $!
  if [ -n "${CLUSTER_WATCH_PID:-}" ] && ! kill -0 "$CLUSTER_WATCH_PID" 2>/dev/null; then exit 0; fi
done
