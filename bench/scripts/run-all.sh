#!/usr/bin/env bash
# Every console benchmark of issue 5, one after the other on a quiet machine, into one report file
# (default bench/results/<date>.txt). About 90 minutes; the 2-hour memory run is separate (bench/scripts/memory.sh).
#   storage  4-hour procedure at 16 channels x 10 Hz: database size, CSV export, review first paint
#   ticks    tick lateness, 10 min idle then 10 min under load (50 viewers, 5 live pages, CSV export loop)
#   fanout   viewers in steps 0..200, 2 min each: lateness, console CPU, bytes per viewer per second
#   latency  sample-to-screen and emergency-stop latency in headless Chromium, page opened 11 min into the procedure
#   soak     50 viewers for 30 min with 5 dropped and reconnected every 10 s
# Needs: dotnet, /usr/bin/chromium (./scripts/test.sh installs it). SKIP_BUILD=1 reuses an existing Release build.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$ROOT/bench/results/$(date -u +%Y-%m-%d).txt}
cd "$ROOT"
mkdir -p "$(dirname "$OUT")"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
    dotnet build src/WebUI -c Release -v q -nologo >/dev/null
    dotnet build bench/CryoWeb.Bench -c Release -v q -nologo >/dev/null
fi
bench() { dotnet bench/CryoWeb.Bench/bin/Release/net10.0/CryoWeb.Bench.dll "$@"; }
{
    echo "# CryoWeb console benchmarks, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD), $(nproc) cores, $(dotnet --version) SDK"
    for scenario in "ticks 10" "fanout 120 0 25 50 100 150 200" "storage 4 5" "latency 120 100 11" "soak 30 50"; do
        echo
        echo "## bench $scenario  (started $(date -u +%H:%M:%S))"
        # shellcheck disable=SC2086
        bench $scenario
    done
} 2>&1 | tee "$OUT"
