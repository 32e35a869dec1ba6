#!/usr/bin/env bash
# Backs up a Passerelles installation into one file.
set -euo pipefail

usage() {
  cat <<'HELP'
Usage: ops/backup.sh [options] OUTPUT

Backs up Passerelles while it runs, reading the settings the app reads.

  PostgreSQL  pg_dump's custom format (-Fc) into OUTPUT. Uploaded files and the data-protection keys are tables of
              the database, so the dump holds everything.
  SQLite      a tar.gz in OUTPUT holding a copy of the database made with SQLite's online backup API (through
              python3, or the sqlite3 tool when python3 is missing) and the folders of the data path: uploaded files
              (circle-resources/, documents/, ...) and the data-protection keys (keys/).

Options (each defaults to the environment variable the app reads):
  --provider Sqlite|Postgres   Database__Provider (default Sqlite)
  --connection STRING          ConnectionStrings__Passerelles (Npgsql or SQLite connection string)
  --data-path FOLDER           Passerelles__DataPath (default ./App_Data); on SQLite, the folder to back up
  -h, --help                   this help

Restore with ops/restore.sh.
HELP
}

source "$(dirname "$0")/settings.sh"
output=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --provider) provider="$2"; shift 2 ;;
    --connection) connection="$2"; shift 2 ;;
    --data-path) data_path="$2"; shift 2 ;;
    -*) usage >&2; exit 2 ;;
    *) output="$1"; shift ;;
  esac
done
[[ -n "$output" ]] || { usage >&2; exit 2; }

if provider_is postgres; then
  [[ -n "$connection" ]] || fail "Postgres needs a connection string (--connection or ConnectionStrings__Passerelles)."
  pg_environment "$connection"
  pg_dump --format=custom --no-owner --no-privileges --file="$output"
  echo "Backed up PostgreSQL database $PGDATABASE to $output."
elif provider_is sqlite; then
  database="$(sqlite_file)"
  [[ -f "$database" ]] || fail "no SQLite database at $database."
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  # The online backup API copies a consistent snapshot while the app goes on writing.
  if command -v python3 > /dev/null; then
    python3 - "$database" "$work/passerelles.db" <<'PY'
import sqlite3, sys
source = sqlite3.connect(sys.argv[1])
target = sqlite3.connect(sys.argv[2])
with target:
    source.backup(target)
target.close()
source.close()
PY
  elif command -v sqlite3 > /dev/null; then
    sqlite3 "$database" ".backup '$work/passerelles.db'"
  else
    fail "needs python3 or sqlite3 for SQLite's online backup."
  fi
  # The data path's folders: uploaded files and keys. Its database files are the snapshot above.
  tar --create --gzip --file="$output" \
    --exclude='./passerelles.db' --exclude='./passerelles.db-*' --exclude='*.partial' \
    -C "$data_path" . \
    -C "$work" passerelles.db
  echo "Backed up SQLite database $database and the folders of $data_path to $output."
else
  fail "unknown provider '$provider': it must be Sqlite or Postgres."
fi
