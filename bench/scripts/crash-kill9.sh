#!/usr/bin/env bash
# Kill -9 reliability run (issue 5): the real console (`dotnet run`, simulator) on one database, N times:
# sign in as an Operator, create and start a procedure, freeze probe 1, wait a random 2-6 s, SIGKILL the whole
# process group, start again on the same database and check:
#   db       the console comes back healthy (/healthz 200: the database opened)
#   interr   the procedure is Interrupted, with samples
#   gap      kill time minus its last stored sample (endedAt): target <= 1000 ms (issue 5); design bound
#            <= 1100 ms (a commit every second whose newest sample may be one 100 ms control period old).
#            Wall-clock times: the console's steady clock does not follow a step of the system clock during a
#            procedure, so a step during a run shows in the gap (the suite's KillNineTests compares durations instead).
#   valves   at start-up every probe is Off with its freeze and thaw valves closed (GET /api/status)
# Prints one line per kill, then the median and max gap. Exit 1 if a check failed or a gap broke the design bound.
# Usage: bench/scripts/crash-kill9.sh [kills=20]   (SKIP_BUILD=1 to reuse an existing Release build)
# Needs: dotnet, curl, jq, python3 (free port), GNU date.
set -euo pipefail

KILLS=${1:-20}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d /tmp/cryoweb-kill9.XXXXXX)
DB="$WORK/cryoweb.db"
JAR="$WORK/cookies"
USER_NAME=olivia
PASSWORD='kill nine correct horse'
PID=""

cleanup() {
    local status=$?
    if (( status != 0 )) && [[ -f "$WORK/console.log" ]]; then cp "$WORK/console.log" /tmp/cryoweb-kill9-console.log; echo "console output kept in /tmp/cryoweb-kill9-console.log" >&2; fi
    if [[ -n "$PID" ]] && kill -0 "$PID" 2>/dev/null; then { kill -9 -- "-$PID"; wait "$PID"; } 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

cd "$ROOT"
if [[ "${SKIP_BUILD:-0}" != 1 ]]; then dotnet build src/WebUI -c Release -v q -nologo >/dev/null; fi
console() { dotnet run --no-build -c Release --project src/WebUI -- "$@"; }
now_ms() { date +%s%3N; }

echo "$PASSWORD" | console users add "$USER_NAME" --role Operator --password-stdin --Storage:DatabasePath "$DB" >/dev/null

# Starts the console in its own process group (PID = group id) and waits until /healthz answers 200.
start_console() {
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    BASE="http://127.0.0.1:$PORT"
    setsid bash -c 'exec dotnet run --no-build -c Release --project src/WebUI -- --urls "$0" --Storage:DatabasePath "$1"' "$BASE" "$DB" >>"$WORK/console.log" 2>&1 &
    PID=$!
    local deadline=$(( $(date +%s) + 60 ))
    until curl -sf -o /dev/null "$BASE/healthz"; do
        if (( $(date +%s) > deadline )) || ! kill -0 "$PID" 2>/dev/null; then return 1; fi
        sleep 0.1
    done
}

api() { # METHOD PATH [JSON]; prints the body, or says on stderr what answered what and fails
    local out code
    out=$(curl -s -b "$JAR" -c "$JAR" -X "$1" -H 'Content-Type: application/json' ${3:+--data "$3"} -w '\n%{http_code}' "$BASE$2")
    code=${out##*$'\n'}
    out=${out%$'\n'*}
    if [[ $code != 2* ]]; then echo "$1 $2 answered $code: $out" >&2; return 1; fi
    printf '%s' "$out"
}

sign_in() { rm -f "$JAR"; api POST /api/signin "{\"userName\":\"$USER_NAME\",\"password\":\"$PASSWORD\"}" >/dev/null; }

start_console
gaps=()
failed=0
over_target=0
for (( k = 1; k <= KILLS; k++ )); do
    sign_in
    id=$(api POST /api/procedures "{\"label\":\"kill-9 run $k\",\"organ\":\"Liver\",\"probesInUse\":[1],\"sensors\":[]}" | jq -r .procedureId)
    api POST "/api/procedures/$id/start" >/dev/null
    api POST /api/probes/1/mode '{"mode":"Freeze","powerPercent":100}' >/dev/null
    freeze_ms=$(( 2000 + RANDOM % 4001 ))
    sleep "$(printf '%d.%03d' $((freeze_ms / 1000)) $((freeze_ms % 1000)))"
    killed_ms=$(now_ms)
    kill -9 -- "-$PID"
    wait "$PID" 2>/dev/null || true

    db=ok; start_console || { db=FAIL; }
    interr=FAIL; valves=FAIL; gap=NaN; gapcheck=FAIL; samples=0
    if [[ $db == ok ]]; then
        sign_in
        for _ in $(seq 100); do
            status=$(api GET /api/status)
            [[ $(jq .live.sequence <<<"$status") != 0 ]] && break
            sleep 0.05
        done
        [[ $(jq '(.live.probes | length) > 0 and ([.live.probes[] | select(.mode != "Off" or .freezeValveOpen or .thawValveOpen)] | length) == 0' <<<"$status") == true ]] && valves=ok
        detail=$(api GET "/api/procedures/$id")
        samples=$(jq .sampleCount <<<"$detail")
        [[ $(jq -r .procedure.state <<<"$detail") == Interrupted && $samples -gt 0 ]] && interr=ok
        ended=$(jq -r .procedure.endedAt <<<"$detail")
        if [[ $ended != null ]]; then
            gap=$(( killed_ms - $(date -d "$ended" +%s%3N) ))
            if (( gap >= -50 && gap <= 1000 )); then gapcheck=ok
            elif (( gap > 1000 && gap <= 1100 )); then gapcheck=over-1s; over_target=$((over_target + 1)); fi
            gaps+=("$gap")
        fi
    fi
    printf 'kill %2d: froze %4d ms  gap %5s ms (%s)  db %s  interrupted %s (%s samples)  valves-closed %s\n' \
        "$k" "$freeze_ms" "$gap" "$gapcheck" "$db" "$interr" "$samples" "$valves"
    [[ $db == ok && $interr == ok && $valves == ok && $gapcheck != FAIL ]] || failed=$((failed + 1))
    [[ $db == ok ]] || start_console
done

sorted=$(printf '%s\n' "${gaps[@]}" | sort -n)
n=${#gaps[@]}
if (( n > 0 )); then
    median=$(awk -v n="$n" '{ a[NR] = $1 } END { print (n % 2) ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }' <<<"$sorted")
    echo "gap over $n kills: median $median ms, max $(tail -1 <<<"$sorted") ms, min $(head -1 <<<"$sorted") ms"
fi
echo "kills with a gap over the 1 s target (within the 1.1 s design bound): $over_target of $KILLS"
echo "kills with a failed check: $failed of $KILLS"
(( failed == 0 ))
