#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a new database (PostgreSQL) or a new data path (SQLite).
set -euo pipefail

usage() {
  cat <<'HELP'
Usage: ops/restore.sh [options] INPUT

Restores a backup made by ops/backup.sh, reading the settings the app reads, into a place that holds nothing yet:
the app is then started on those settings.

  PostgreSQL  pg_restore of INPUT into the database named by the connection string. The database is created when it
              does not exist; one that already has tables is refused.
  SQLite      INPUT is unpacked into the data path: the database (at the connection string's Data Source when one is
              given, passerelles.db in the data path otherwise), the uploaded files' folders and the keys. A data path
              that already holds a database is refused.

Options (each defaults to the environment variable the app reads):
  --provider Sqlite|Postgres   Database__Provider (default Sqlite)
  --connection STRING          ConnectionStrings__Passerelles (Npgsql or SQLite connection string)
  --data-path FOLDER           Passerelles__DataPath (default ./App_Data)
  -h, --help                   this help
HELP
}

source "$(dirname "$0")/settings.sh"
input=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --provider) provider="$2"; shift 2 ;;
    --connection) connection="$2"; shift 2 ;;
    --data-path) data_path="$2"; shift 2 ;;
    -*) usage >&2; exit 2 ;;
    *) input="$1"; shift ;;
  esac
done
[[ -n "$input" ]] || { usage >&2; exit 2; }
[[ -f "$input" ]] || fail "no backup at $input."

if provider_is postgres; then
  [[ -n "$connection" ]] || fail "Postgres needs a connection string (--connection or ConnectionStrings__Passerelles)."
  pg_environment "$connection"
  target="$PGDATABASE"
  # psql quotes the name itself (:'name', :"name"), which it does only for commands read from its input.
  exists="$(echo "SELECT 1 FROM pg_database WHERE datname = :'name';" | PGDATABASE=postgres psql -XAtq -v ON_ERROR_STOP=1 -v name="$target")"
  if [[ -z "$exists" ]]; then
    echo 'CREATE DATABASE :"name";' | PGDATABASE=postgres psql -Xq -v ON_ERROR_STOP=1 -v name="$target"
  elif [[ "$(psql -XAtq -c "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")" != "0" ]]; then
    fail "database $target already has tables: restore into a new one."
  fi
  pg_restore --no-owner --no-privileges --exit-on-error --dbname="$target" "$input"
  echo "Restored $input into PostgreSQL database $target."
elif provider_is sqlite; then
  database="$(sqlite_file)"
  [[ ! -e "$database" ]] || fail "$database already exists: restore into a new data path."
  mkdir -p "$data_path" "$(dirname "$database")"
  tar --extract --gzip --file="$input" -C "$data_path"
  [[ "$(realpath -m "$database")" == "$(realpath -m "$data_path/passerelles.db")" ]] || mv "$data_path/passerelles.db" "$database"
  echo "Restored $input into $data_path (database $database)."
else
  fail "unknown provider '$provider': it must be Sqlite or Postgres."
fi
