#!/usr/bin/env bash
# Server time of the network's indicator page and of the indicators API for one Québec fiscal year, through HTTP on loopback.
# Usage: bench/indicators.sh sqlite|postgres "<connection string>" [runs of each]
# The database must have been filled by `generate-projects` first. Sends traffic to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=$1; connection=$2; runs=${3:-100}
port=5095
bench=bench/Passerelles.Bench/bin/Release/net10.0/Passerelles.Bench.dll
[ -f "$bench" ] || dotnet build bench/Passerelles.Bench -c Release -nologo -v:q
# The network administrator's password first (the schema brought up to date), then the app.
dotnet "$bench" indicators "$provider" "$connection"
source bench/start-app.sh
echo "$provider: sequential requests as a network administrator"
dotnet "$bench" indicators "$provider" "$connection" "http://127.0.0.1:$port" "$runs"
echo "RSS of the app: now $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status), peak $(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/$pid/status)"
