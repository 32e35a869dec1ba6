#!/usr/bin/env bash
# Server time of the staff dashboard, project pages and project timelines, measured through HTTP on loopback.
# Usage: bench/staff-pages.sh sqlite|postgres "<connection string>" [runs per page]
# The database must have been filled by `generate-projects` first. Sends traffic to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."
provider=$1; connection=$2; runs=${3:-10}
port=5091
source bench/start-app.sh
bench=bench/Passerelles.Bench/bin/Release/net10.0/Passerelles.Bench.dll
[ -f "$bench" ] || dotnet build bench/Passerelles.Bench -c Release -nologo -v:q
echo "$provider: sequential requests as a signed-in coach"
dotnet "$bench" pages "$provider" "$connection" "http://127.0.0.1:$port" "$runs"
echo "RSS of the app: now $(awk '/VmRSS/ {print $2/1024 " MB"}' /proc/$pid/status), peak $(awk '/VmHWM/ {print $2/1024 " MB"}' /proc/$pid/status)"
