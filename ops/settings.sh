# Sourced by backup.sh and restore.sh: reads the settings the app reads, from the command line or the environment.
#   --provider         Database:Provider               (environment: Database__Provider; Sqlite by default)
#   --connection       ConnectionStrings:Passerelles   (environment: ConnectionStrings__Passerelles)
#   --data-path        Passerelles:DataPath            (environment: Passerelles__DataPath; ./App_Data by default)

provider="${Database__Provider:-Sqlite}"
connection="${ConnectionStrings__Passerelles:-}"
data_path="${Passerelles__DataPath:-App_Data}"

fail() { echo "$(basename "$0"): $*" >&2; exit 1; }

# Sets PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE from an Npgsql connection string
# ("Host=db;Port=5432;Username=passerelles;Password=...;Database=passerelles"), for pg_dump, pg_restore and psql.
pg_environment() {
  local pair key value
  IFS=';' read -ra pairs <<< "$1"
  for pair in "${pairs[@]}"; do
    [[ "$pair" == *=* ]] || continue
    key="$(echo "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')"
    value="${pair#*=}"
    case "$key" in
      host|server) export PGHOST="$value" ;;
      port) export PGPORT="$value" ;;
      username|userid|user) export PGUSER="$value" ;;
      password) export PGPASSWORD="$value" ;;
      database) export PGDATABASE="$value" ;;
      sslmode) export PGSSLMODE="$(echo "$value" | tr '[:upper:]' '[:lower:]')" ;;
    esac
  done
  [[ -n "${PGDATABASE:-}" ]] || fail "the connection string names no Database."
}

# The SQLite database file: the connection string's Data Source, or passerelles.db in the data path (as the app does).
sqlite_file() {
  local pair
  IFS=';' read -ra pairs <<< "$connection"
  for pair in "${pairs[@]}"; do
    case "$(echo "${pair%%=*}" | tr -d ' ' | tr '[:upper:]' '[:lower:]')" in
      datasource|filename) echo "${pair#*=}"; return ;;
    esac
  done
  echo "$data_path/passerelles.db"
}

provider_is() { [[ "$(echo "$provider" | tr '[:upper:]' '[:lower:]')" == "$1" ]]; }
