#!/usr/bin/env bash
# Time to build a large report's exports (XLSX, PDF in one language and bilingual, CSV) from its snapshot, in process.
# Usage: bench/report-export.sh [runs of each]
# No database and no network: an export is made from the report's snapshot alone.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
bench=bench/Passerelles.Bench/bin/Release/net10.0/Passerelles.Bench.dll
[ -f "$bench" ] || dotnet build bench/Passerelles.Bench -c Release -nologo -v:q
dotnet "$bench" report-export "$runs"
