#!/usr/bin/env bash
# Server time of a residence's capacity calendar for a year (page and API) and of the coordinators' board (500 active placements among 5,000), through HTTP on loopback.
# Usage: bench/mobility.sh sqlite|postgres "<connection string>" [runs of the page]
# The data are written the first time (the schema brought up to date first). Sends traffic to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=$1; connection=$2; runs=${3:-200}
port=5094
bench=bench/Passerelles.Bench/bin/Release/net10.0/Passerelles.Bench.dll
[ -f "$bench" ] || dotnet build bench/Passerelles.Bench -c Release -nologo -v:q
# The schema and the data first: the app would otherwise start on an empty database and lead to the first setup.
dotnet "$bench" mobility "$provider" "$connection"
source bench/start-app.sh
echo "$provider: sequential requests as the coordinator"
dotnet "$bench" mobility "$provider" "$connection" "http://127.0.0.1:$port" "$runs"
echo "RSS of the app: now $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status), peak $(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/$pid/status)"
