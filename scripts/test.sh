#!/usr/bin/env bash
# Runs the whole CryoWeb test suite (unit, simulator, integration and headless-browser tests) in Release.
# Installs what it needs first: Debian's chromium for the Playwright tests (no browser download is used).
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian's chromium for the browser tests; shellcheck, systemd-analyze (package systemd) and openssl (the staged
# install makes a self-signed certificate) for the deployment check; promtool (package prometheus) checks /metrics.
# (The OpenAPI lint test fetches @redocly/cli through npx, as the WebUI build fetches its browser libraries.)
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "test.sh: installing ${missing[*]} from Debian"
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mkdir -p artifacts
log=artifacts/test-output.log
set +e
dotnet test CryoWeb.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The deployment: the linux-arm64 release publishes, installs (twice, idempotent) into a staging root, and its
# units pass systemd-analyze verify and the security score (scripts/verify-deployment.sh says how).
set +e
./scripts/verify-deployment.sh 2>&1 | tee -a "$log"
deployment=${PIPESTATUS[0]}
set -e
if [ "$deployment" -ne 0 ]; then status=1; fi

# One closing line for the whole suite, summed over the test projects.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, +Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1) }
     } END { printf "%d passed, %d failed\n", p, f }' "$log"
if [ "$deployment" -ne 0 ]; then echo "deployment check FAILED (scripts/verify-deployment.sh, above)"; else echo "deployment check passed"; fi
exit "$status"
