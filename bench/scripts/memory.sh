#!/usr/bin/env bash
# Resident memory over a long procedure (issue 5): 16 channels x 10 Hz, every probe cycling, 10 telemetry viewers,
# read once a minute from the console's /metrics. Usage: bench/scripts/memory.sh [minutes=120] [viewers=10] [out-file]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
MINUTES=${1:-120}
VIEWERS=${2:-10}
OUT=${3:-$ROOT/bench/results/memory-$(date -u +%Y-%m-%d).txt}
cd "$ROOT"
mkdir -p "$(dirname "$OUT")"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    dotnet build src/WebUI -c Release -v q -nologo >/dev/null
    dotnet build bench/CryoWeb.Bench -c Release -v q -nologo >/dev/null
fi
dotnet bench/CryoWeb.Bench/bin/Release/net10.0/CryoWeb.Bench.dll memory "$MINUTES" "$VIEWERS" 2>&1 | tee "$OUT"
