# Sourced by the load and page benchmarks: starts the Release build of the app on 127.0.0.1:$port against
# $provider/$connection (Production settings, warnings-only logging), sets $pid and $data, stops it on exit.
data=$(mktemp -d)
app=src/Passerelles.Web/bin/Release/net10.0/Passerelles.Web.dll
[ -f "$app" ] || dotnet build src/Passerelles.Web -c Release -nologo -v:q

ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$port \
Database__Provider=$([ "$provider" = postgres ] && echo Postgres || echo Sqlite) \
ConnectionStrings__Passerelles="$connection" Passerelles__DataPath="$data" Logging__LogLevel__Default=${LOGLEVEL:-Warning} \
  env Logging__LogLevel__Passerelles.Web.Features.Directory.DirectoryIndex=Information dotnet "$app" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 180); do curl -fs "http://127.0.0.1:$port/health" >/dev/null && break; sleep 1; done
# Until the directory's index is built, searches go to the database: wait for it, so that the benchmark measures it.
for _ in $(seq 900); do grep -q "Directory index built" "$data/app.log" && break; sleep 1; done
grep -oh "Directory index built[^\"]*" "$data/app.log"
