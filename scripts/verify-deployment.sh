#!/usr/bin/env bash
# CI check of the deployment (docs/deployment.md): the release, the installer and the unit files.
#
#   scripts/verify-deployment.sh                       publish linux-arm64 with the profile, then check it
#   scripts/verify-deployment.sh --publish-dir DIR     check an existing publish output / unpacked release
#
# (a) publish (or reuse DIR); (b) stage deploy/install.sh into a temporary root; (c) run it again and require that
# nothing changed (file list with size, mode, owner, mtime, link target); (d) systemd-analyze verify on the staged
# units inside a private mount namespace where the staged /opt/cryoweb is /opt/cryoweb: exit 0 and no output;
# (e) systemd-analyze security --offline=true: the overall exposure must not be worse than MAX_EXPOSURE.
# Self-tests prove each check can fail: a broken unit must fail (d), a weakened unit must fail (e), a changed file
# must fail (c). Also: shellcheck of deploy/ (when installed), and the cryoweb wrapper's systemd-run properties
# must match the unit's. Needs root or sudo for unshare. Takes ~1.5 min with a publish, ~15 s with --publish-dir.
set -euo pipefail
cd "$(dirname "$0")/.."

# The documented score (docs/deployment.md, "Hardening"). Lower is better; raise it only with a reason in the docs.
MAX_EXPOSURE=1.9

publish_dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --publish-dir) publish_dir="${2:?--publish-dir needs a directory}"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "verify-deployment: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done

start=$SECONDS
failures=0
pass() { echo "verify-deployment: ok   $*"; }
fail() { echo "verify-deployment: FAIL $*" >&2; failures=$((failures + 1)); }
as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi

work="$(mktemp -d)"
cleanup() { "${as_root[@]}" rm -rf "$work"; }
trap cleanup EXIT

# --- (a) the release ------------------------------------------------------------------------------------------------
if [ -z "$publish_dir" ]; then
  t0=$SECONDS
  dotnet publish src/WebUI -c Release -p:PublishProfile=linux-arm64 -nologo -v:q >"$work/publish.log" 2>&1 \
    || { cat "$work/publish.log" >&2; echo "verify-deployment: FAIL dotnet publish" >&2; exit 1; }
  publish_dir=artifacts/publish/linux-arm64
  pass "(a) dotnet publish -p:PublishProfile=linux-arm64 ($((SECONDS - t0)) s)"
fi
publish_dir="$(cd "$publish_dir" && pwd)"
for f in CryoWeb.WebUI CryoWeb.WebUI.dll docs/deployment.md deploy/install.sh deploy/cryoweb systemd/cryoweb.service systemd/cryoweb-kiosk.service; do
  [ -e "$publish_dir/$f" ] || fail "(a) the release has no $f ($publish_dir)"
done
if grep -q '"System.Private.CoreLib' "$publish_dir/CryoWeb.WebUI.deps.json" 2>/dev/null || [ -f "$publish_dir/System.Private.CoreLib.dll" ]; then
  pass "(a) self-contained release in $publish_dir"
else
  fail "(a) $publish_dir is not self-contained"
fi
[ "$failures" -eq 0 ] || exit 1

# --- (b) stage, (c) idempotent --------------------------------------------------------------------------------------
root="$work/root"
listing() { find "$1" -printf '%P %s %m %u %T@ %l\n' | sort; }
bash "$publish_dir/deploy/install.sh" --root "$root" >"$work/install1.log" 2>&1 \
  || { cat "$work/install1.log" >&2; fail "(b) install.sh --root failed"; exit 1; }
if [ -x "$root/opt/cryoweb/current/CryoWeb.WebUI" ] && [ -f "$root/etc/systemd/system/cryoweb.service" ] \
   && [ -f "$root/etc/cryoweb/credentials/cryoweb-db-key" ] && [ -f "$root/etc/cryoweb/credentials/cryoweb-tls.key" ] \
   && [ "$(stat -c %a "$root/etc/cryoweb/credentials")" = 700 ]; then
  pass "(b) staged install under $root"
else
  fail "(b) staged install is incomplete"
fi
listing "$root" >"$work/before"
key_before="$(sha256sum "$root/etc/cryoweb/credentials/cryoweb-db-key")"
bash "$publish_dir/deploy/install.sh" --root "$root" >"$work/install2.log" 2>&1 \
  || { cat "$work/install2.log" >&2; fail "(c) second install.sh --root failed"; }
listing "$root" >"$work/after"
if diff -u "$work/before" "$work/after" >"$work/diff" && grep -q "nothing changed" "$work/install2.log" \
   && [ "$key_before" = "$(sha256sum "$root/etc/cryoweb/credentials/cryoweb-db-key")" ]; then
  pass "(c) a second run changes nothing"
else
  cat "$work/diff" "$work/install2.log" >&2; fail "(c) the second run changed something"
fi
# self-test: the comparison sees a changed file
touch -d '2001-01-01' "$root/etc/systemd/system/cryoweb.service"
listing "$root" >"$work/tampered"
if diff -q "$work/after" "$work/tampered" >/dev/null; then fail "(c) self-test: a changed mtime went unnoticed"; else pass "(c) self-test: a changed file is noticed"; fi
bash "$publish_dir/deploy/install.sh" --root "$root" >/dev/null 2>&1   # put it back (content is equal: kept)

# --- upgrade, rollback, pruning (small fake releases: the real deploy/ and systemd/, a stub console) -----------------
up="$work/upgrade"
for v in r1 r2 r3 r4 r5; do
  mkdir -p "$up/$v"; cp -R "$publish_dir/deploy" "$publish_dir/systemd" "$up/$v/"
  printf '#!/bin/sh\n' >"$up/$v/CryoWeb.WebUI"; chmod 755 "$up/$v/CryoWeb.WebUI"; echo "$v" >"$up/$v/RELEASE"
done
mkdir -p "$up/root/var/lib/cryoweb"; echo records >"$up/root/var/lib/cryoweb/cryoweb.db"
ok=1
for v in r1 r2 r3 r4 r5; do bash "$up/$v/deploy/install.sh" --root "$up/root" >"$up/$v.log" 2>&1 || ok=0; sleep 0.01; done
[ "$(readlink "$up/root/opt/cryoweb/current")" = releases/r5 ] && [ "$(readlink "$up/root/opt/cryoweb/previous")" = releases/r4 ] || ok=0
[ "$(find "$up/root/opt/cryoweb/releases" -mindepth 1 -maxdepth 1 -printf "%f\n" | sort | tr "\n" " ")" = "r3 r4 r5 " ] || ok=0
[ "$(find "$up/root/var/backups/cryoweb" -name 'cryoweb-*-before-r5.db' | wc -l)" = 1 ] || ok=0
bash "$up/root/opt/cryoweb/current/deploy/install.sh" --root "$up/root" --rollback >"$up/rollback.log" 2>&1 || ok=0
[ "$(readlink "$up/root/opt/cryoweb/current")" = releases/r4 ] && [ "$(readlink "$up/root/opt/cryoweb/previous")" = releases/r5 ] || ok=0
if [ "$ok" -eq 1 ]; then
  pass "upgrades r1..r5 keep r3 r4 r5, back up the database before each switch; --rollback returns to r4"
else
  cat "$up"/*.log >&2; ls -l "$up/root/opt/cryoweb" "$up/root/opt/cryoweb/releases" "$up/root/var/backups/cryoweb" >&2
  fail "upgrade/rollback/pruning"
fi

# --- (d) systemd-analyze verify in a private mount namespace --------------------------------------------------------
# Inside: a tmpfs over /opt (so nothing is created on the host), the staged /opt/cryoweb bind-mounted on /opt/cryoweb.
verify_units() { # verify_units STAGED_ROOT UNIT_FILE...: prints what systemd-analyze said; fails unless rc 0 and silent
  local staged="$1"; shift
  local out rc=0
  # shellcheck disable=SC2016 # the inner script expands its own arguments
  out="$("${as_root[@]}" unshare --mount --propagation private bash -c '
      set -e; staged="$1"; shift
      mount -t tmpfs -o mode=0755 tmpfs /opt; mkdir /opt/cryoweb; mount --bind "$staged/opt/cryoweb" /opt/cryoweb
      exec systemd-analyze verify "$@"' verify "$staged" "$@" 2>&1)" || rc=$?
  printf '%s' "$out"
  [ "$rc" -eq 0 ] && [ -z "$out" ]
}
units=("$root/etc/systemd/system/cryoweb.service" "$root/etc/systemd/system/cryoweb-kiosk.service")
if out="$(verify_units "$root" "${units[@]}")"; then
  pass "(d) systemd-analyze verify: both units clean"
else
  echo "$out" >&2; fail "(d) systemd-analyze verify"
fi
# self-test: a broken copy must fail
mkdir -p "$work/broken"
sed -e 's/^Type=notify$/Type=notifyy/' -e 's#^ExecStart=.*#ExecStart=/opt/cryoweb/current/no-such-binary#' \
  "$root/etc/systemd/system/cryoweb.service" >"$work/broken/cryoweb.service"
if out="$(verify_units "$root" "$work/broken/cryoweb.service")"; then
  fail "(d) self-test: a broken unit passed systemd-analyze verify"
else
  pass "(d) self-test: a broken unit fails ($(echo "$out" | head -n 1))"
fi

# --- (e) security score ---------------------------------------------------------------------------------------------
exposure() { systemd-analyze security --offline=true --no-pager "$1" 2>&1 | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p'; }
worse() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }
score="$(exposure "$root/etc/systemd/system/cryoweb.service")"
if [ -z "$score" ]; then
  fail "(e) no score from systemd-analyze security"
elif worse "$score" "$MAX_EXPOSURE"; then
  fail "(e) security exposure $score is worse than the documented $MAX_EXPOSURE"
else
  pass "(e) security exposure $score (documented: $MAX_EXPOSURE)"
fi
# self-test: a weakened copy must score worse than the threshold
grep -v -E '^(ProtectSystem|ProtectKernel[A-Za-z]*|SystemCallFilter|RestrictAddressFamilies|CapabilityBoundingSet|PrivateTmp)=' \
  "$root/etc/systemd/system/cryoweb.service" >"$work/broken/weak.service"
weak="$(exposure "$work/broken/weak.service")"
if [ -n "$weak" ] && worse "$weak" "$MAX_EXPOSURE"; then pass "(e) self-test: a weakened unit scores $weak and fails"; else fail "(e) self-test: a weakened unit scored '$weak'"; fi

# --- the wrapper runs commands with the service's identity ----------------------------------------------------------
unit="$root/etc/systemd/system/cryoweb.service"
missing=""
while IFS= read -r line; do
  grep -qF -- "-p $line" "$publish_dir/deploy/cryoweb" || grep -qF -- "-p ${line%%=*}=\"${line#*=}\"" "$publish_dir/deploy/cryoweb" || missing="$missing $line"
done < <(grep -E '^(User|Group|StateDirectory|LoadCredential|Environment=CRYOWEB_SETTINGS|SupplementaryGroups)=' "$unit")
if [ -z "$missing" ]; then pass "deploy/cryoweb passes the unit's user, groups, state directory, credentials and settings"; else fail "deploy/cryoweb lacks:$missing"; fi

# --- shellcheck -----------------------------------------------------------------------------------------------------
if command -v shellcheck >/dev/null 2>&1; then
  if shellcheck deploy/install.sh deploy/cryoweb deploy/cryoweb-backup deploy/cryoweb-restore deploy/cryoweb-kiosk deploy/package.sh scripts/verify-deployment.sh scripts/systemd-boot-check.sh; then
    pass "shellcheck"
  else
    fail "shellcheck"
  fi
else
  fail "shellcheck is not installed (apt-get install shellcheck; scripts/test.sh installs it)"
fi

echo "verify-deployment: $([ "$failures" -eq 0 ] && echo passed || echo "$failures FAILED") in $((SECONDS - start)) s"
[ "$failures" -eq 0 ]
