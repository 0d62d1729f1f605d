#!/usr/bin/env bash
# The real unit under a real systemd (docs/deployment.md, "Checked under a real systemd"):
#
#   sudo scripts/systemd-boot-check.sh                        publish linux-x64, then check
#   sudo scripts/systemd-boot-check.sh --publish-dir DIR      check an existing publish output / unpacked release
#   options: --rebuild-tree (make the cached bookworm tree again), --keep (leave the container's tree afterwards)
#
# Builds once (cached in artifacts/nspawn/bookworm) a minimal Debian bookworm tree with debootstrap, copies it to
# artifacts/nspawn/run, boots it with systemd-nspawn (systemd is the container's PID 1), runs the release's
# deploy/install.sh inside it for real (user, groups, credentials, settings, units, enable, start) and checks the
# service there: Type=notify start, watchdog pings, HTTPS and the HTTP redirect, journal fields, SCHED_FIFO, the
# hardening as applied at run time, the cryoweb and cryoweb-backup commands, a clean stop, a start at boot. No
# GPIO/SPI/I2C in a container: a drop-in sets Hardware__Mode=Simulator. Prints PASS/FAIL per check (INFO: what a container
# cannot show), exits non-zero on any FAIL, and powers the container off on exit.
# Needs root, systemd-container and debootstrap (apt-get installs them if missing), deb.debian.org for the first tree.
# Not in scripts/test.sh: the first run takes minutes and needs the network.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"

publish_dir="" rebuild=0 keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --publish-dir) publish_dir="${2:?--publish-dir needs a directory}"; shift ;;
    --rebuild-tree) rebuild=1 ;;
    --keep) keep=1 ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "systemd-boot-check: unknown argument '$1'" >&2; exit 2 ;;
  esac
  shift
done
[ "$(id -u)" -eq 0 ] || { echo "systemd-boot-check: run as root (debootstrap, systemd-nspawn, nsenter)" >&2; exit 1; }

start=$SECONDS
failures=0
say() { echo "systemd-boot-check: $*"; }
pass() { echo "PASS  $*"; }
fail() { echo "FAIL  $*"; failures=$((failures + 1)); }
info() { echo "INFO  $*"; }
indent() { sed 's/^/      /'; }

base="$repo/artifacts/nspawn/bookworm"     # the cached, pristine tree (never booted)
run="$repo/artifacts/nspawn/run"           # this run's copy (booted, installed into)
logs="$repo/artifacts/nspawn/logs"         # boot messages, install.sh output (kept)
machine=cryoweb-check
# What install.sh would apt-get (libgpiod2 openssl curl), so its apt step finds nothing missing and the container
# needs no network; plus systemd itself, D-Bus (systemd-run --wait), sudo (the wrappers re-run themselves with it),
# iproute2 (install.sh lists addresses for the certificate) and procps (ps, to see the control thread's class).
include=systemd,systemd-sysv,dbus,libgpiod2,openssl,ca-certificates,curl,sudo,iproute2,procps

# --- host tools ---------------------------------------------------------------------------------------------------
need=()
command -v systemd-nspawn >/dev/null || need+=(systemd-container)
command -v debootstrap >/dev/null || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
  say "apt-get install ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# --- (1) the bookworm tree ----------------------------------------------------------------------------------------
if [ "$rebuild" -eq 1 ] || [ ! -f "$base/.cryoweb-tree-complete" ] || [ "$(cat "$base/.cryoweb-tree-complete")" != "$include" ]; then
  t0=$SECONDS
  rm -rf "$base" "$base.tmp"
  mkdir -p "$(dirname "$base")"
  say "debootstrap bookworm (minbase + $include) into $base"
  debootstrap --variant=minbase --include="$include" bookworm "$base.tmp" http://deb.debian.org/debian \
    >"$repo/artifacts/nspawn/debootstrap.log" 2>&1 \
    || { tail -n 20 "$repo/artifacts/nspawn/debootstrap.log" >&2; fail "debootstrap (log: artifacts/nspawn/debootstrap.log)"; exit 1; }
  echo "$include" >"$base.tmp/.cryoweb-tree-complete"
  mv -T "$base.tmp" "$base"
  pass "debootstrap bookworm tree in $base ($((SECONDS - t0)) s)"
else
  info "reusing the bookworm tree in $base (--rebuild-tree makes it again)"
fi

# --- (2) the release ----------------------------------------------------------------------------------------------
if [ -z "$publish_dir" ]; then
  t0=$SECONDS
  dotnet publish src/WebUI -c Release -p:PublishProfile=linux-x64 -nologo -v:q >"$repo/artifacts/nspawn/publish.log" 2>&1 \
    || { tail -n 30 "$repo/artifacts/nspawn/publish.log" >&2; fail "dotnet publish -p:PublishProfile=linux-x64"; exit 1; }
  publish_dir=artifacts/publish/linux-x64
  pass "dotnet publish -p:PublishProfile=linux-x64 ($((SECONDS - t0)) s)"
fi
publish_dir="$(cd "$publish_dir" && pwd)"
if [ ! -x "$publish_dir/CryoWeb.WebUI" ] || [ ! -f "$publish_dir/deploy/install.sh" ] || [ ! -f "$publish_dir/systemd/cryoweb.service" ]; then
  fail "$publish_dir is not a complete release (CryoWeb.WebUI, deploy/, systemd/)"; exit 1
fi

t0=$SECONDS
rm -rf "$run" "$logs"
mkdir -p "$logs"
cp -a "$base" "$run"
rm -f "$run/.cryoweb-tree-complete"
cp -R --preserve=mode,timestamps "$publish_dir" "$run/root/cryoweb-release"
# Simulator instead of the Physical plant of /etc/cryoweb/cryoweb.json: there is no GPIO/SPI/I2C in the container.
# In place before install.sh, so the unit's first start already uses it.
mkdir -p "$run/etc/systemd/system/cryoweb.service.d"
printf '[Service]\nEnvironment=Hardware__Mode=Simulator\n' >"$run/etc/systemd/system/cryoweb.service.d/simulator.conf"
echo "$machine" >"$run/etc/hostname"
info "container tree $run prepared ($((SECONDS - t0)) s)"

# --- (3) boot -----------------------------------------------------------------------------------------------------
# --register=no --keep-unit: without them systemd-nspawn asks the host's systemd over D-Bus for a machine
# registration and a scope unit ("Failed to open system bus") and a host whose PID 1 is not systemd has neither; with
# them it stays in its own cgroup. --private-network: only a loopback device, so the console's 443/80 stay inside.
# Output (the boot messages) goes to a log.
nspawn_pid="" leader=""

# Run a command inside the booted container: all of its namespaces, a clean environment.
in_ct() {
  nsenter -t "$leader" -a -- /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 SYSTEMD_PAGER= SYSTEMD_COLORS=0 HOME=/root "$@"
}

# boot NAME: start the container, find its PID 1, wait until systemd finished booting; exits on failure.
boot() {
  local bootlog="$logs/$1.log" t0=$SECONDS state="" p
  systemd-nspawn -D "$run" --boot --register=no --keep-unit --machine="$machine" --private-network --console=read-only \
    >"$bootlog" 2>&1 &
  nspawn_pid=$! leader=""
  # The container's PID 1 (systemd) as the host sees it: a child of systemd-nspawn whose pid in its namespace is 1.
  for _ in $(seq 1 100); do
    for p in $(pgrep -P "$nspawn_pid" 2>/dev/null); do
      if awk '/^NSpid:/ { exit !($NF == 1 && NF > 2) }' "/proc/$p/status" 2>/dev/null; then leader=$p; break 2; fi
    done
    kill -0 "$nspawn_pid" 2>/dev/null || break
    sleep 0.1
  done
  if [ -z "$leader" ]; then
    cat "$bootlog" >&2
    fail "$1: systemd-nspawn --boot started no container (log above, artifacts/nspawn/logs/$1.log)"
    exit 1
  fi
  while [ $((SECONDS - t0)) -lt 120 ]; do
    # Until systemd has its private socket, systemctl fails with "Failed to connect to bus"; then --wait waits for boot.
    state="$(in_ct timeout 120 systemctl is-system-running --wait 2>&1 || true)"
    case "$state" in *"Failed to connect"*|"") sleep 0.5 ;; *) break ;; esac
  done
  if [ "$(in_ct cat /proc/1/comm 2>/dev/null)" = systemd ] && { [ "$state" = running ] || [ "$state" = degraded ]; }; then
    pass "$1: systemd $(in_ct systemctl --version | head -n 1 | cut -d' ' -f2) is PID 1 in the container, system $state after $((SECONDS - t0)) s"
    if [ "$state" = degraded ]; then in_ct systemctl --failed --no-legend | indent; fi
  else
    tail -n 40 "$bootlog" >&2
    fail "$1: the container's systemd did not come up (is-system-running: '$state')"
    exit 1
  fi
}

# SIGTERM to systemd-nspawn: it asks the container's systemd to power off (a clean shutdown). Returns 1 if it had
# to be killed.
poweroff() {
  [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null || return 0
  kill -TERM "$nspawn_pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$nspawn_pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$nspawn_pid" 2>/dev/null; then
    say "the container did not power off within 30 s; killing it"
    [ -z "$leader" ] || kill -KILL "$leader" 2>/dev/null || true
    kill -KILL "$nspawn_pid" 2>/dev/null || true
    wait "$nspawn_pid" 2>/dev/null || true
    return 1
  fi
  wait "$nspawn_pid" 2>/dev/null || true
}

cleanup() {
  local rc=$?
  poweroff || true
  if [ "$keep" -eq 0 ]; then rm -rf "$run"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

boot boot
show() { in_ct systemctl show cryoweb.service -p "$1" --value; }

# --- install.sh for real ------------------------------------------------------------------------------------------
t0=$SECONDS
if in_ct bash /root/cryoweb-release/deploy/install.sh >"$logs/install1.log" 2>&1; then
  pass "install.sh (first install, $((SECONDS - t0)) s):"
else
  fail "install.sh (first install) exited non-zero:"
fi
indent <"$logs/install1.log"
if in_ct bash /opt/cryoweb/current/deploy/install.sh >"$logs/install2.log" 2>&1 && grep -q "nothing changed" "$logs/install2.log"; then
  pass "install.sh again: $(tail -n 1 "$logs/install2.log")"
else
  fail "install.sh again did not say 'nothing changed':"; indent <"$logs/install2.log"
fi
in_ct bash -c 'id cryoweb; stat -c "%n %U:%G %a" /etc/cryoweb/credentials /etc/cryoweb/credentials/* /etc/cryoweb/cryoweb.json /var/lib/cryoweb; readlink /opt/cryoweb/current; systemctl is-enabled cryoweb' 2>&1 | indent

# --- start (Type=notify: returns only after READY=1) --------------------------------------------------------------
in_ct systemctl stop cryoweb.service
# The journal from here on (a cursor: the app writes to the journal socket itself, so match by unit and position).
cursor() { in_ct journalctl -n 0 --show-cursor | sed -n 's/^-- cursor: //p'; }
since="$(cursor)"
journal() { in_ct journalctl --no-pager -u cryoweb.service --after-cursor="$since" "$@"; }
t0=$(date +%s.%N)
if in_ct systemctl start cryoweb.service; then
  pass "systemctl start cryoweb returned after $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s (READY=1 received)"
else
  fail "systemctl start cryoweb"; in_ct systemctl status --no-pager cryoweb.service | indent
fi

# --- watchdog pings and the unit's state -------------------------------------------------------------------------
sleep 7
wd1="$(show WatchdogTimestampMonotonic)"
sleep 6
wd2="$(show WatchdogTimestampMonotonic)"
props="$(in_ct systemctl show cryoweb.service -p ActiveState,SubState,MainPID,WatchdogTimestamp,WatchdogUSec,NRestarts,Result)"
echo "$props" | indent
mainpid="$(show MainPID)"
if grep -qx ActiveState=active <<<"$props" && grep -qx SubState=running <<<"$props" && grep -qx NRestarts=0 <<<"$props" \
   && [ "$mainpid" -gt 0 ] && [ "${wd1:-0}" -gt 0 ] && [ "${wd2:-0}" -gt "${wd1:-0}" ]; then
  pass "active/running, no restarts, watchdog pings arrive (last ping moved by $(( (wd2 - wd1) / 1000 )) ms in 6 s)"
else
  fail "unit state or watchdog pings (WatchdogTimestampMonotonic $wd1 -> $wd2)"
fi

# --- HTTPS and the redirect ---------------------------------------------------------------------------------------
hz="$(in_ct curl -sk -o /dev/stderr -w '%{http_code} %{content_type}' https://localhost/healthz 2>"$logs/healthz.json" || true)"
if [[ "$hz" == "200 application/json"* ]] && grep -q '"procedureRunning"' "$logs/healthz.json"; then
  pass "https://localhost/healthz: $hz $(cat "$logs/healthz.json")"
else
  fail "https://localhost/healthz: '$hz' $(cat "$logs/healthz.json")"
fi
redirect="$(in_ct curl -s -o /dev/null -w '%{http_code} %{redirect_url}' http://localhost/healthz || true)"
if [[ "$redirect" == "308 https://"* ]]; then pass "http://localhost/healthz: $redirect"; else fail "http://localhost/healthz: '$redirect' (want 308)"; fi

# --- journal ------------------------------------------------------------------------------------------------------
categories="$(journal -o verbose | sed -n 's/^ *CRYOWEB_CATEGORY=//p' | sort | uniq -c | sort -rn)"
if [ -n "$categories" ]; then
  pass "journal entries with CRYOWEB_CATEGORY ($(echo "$categories" | wc -l) categories):"
  echo "$categories" | head -n 8 | indent
else
  fail "no journal entry with a CRYOWEB_CATEGORY field"
fi
journal -o cat | grep -E 'SCHED_FIFO|watchdog|Now listening|certificate|Hardware|[Ss]imulat' | indent || true
if journal -o cat | grep -q "Control thread runs under SCHED_FIFO"; then
  pass "control thread under SCHED_FIFO"
elif journal -o cat | grep -q "Control thread did NOT get real-time scheduling"; then
  info "control thread did NOT get SCHED_FIFO in this container (the warning above gives the reason)"
else
  fail "neither the SCHED_FIFO line nor its warning in the journal"
fi
in_ct ps -L -o tid,cls,rtprio,comm -p "$mainpid" | awk 'NR == 1 || $2 != "TS"' | indent

# --- hardening as applied -----------------------------------------------------------------------------------------
status="$(in_ct cat "/proc/$mainpid/status")"
caps="$(awk '/^CapEff:/ { print $2 }' <<<"$status")"
ok=1
grep -q '^NoNewPrivs:[[:space:]]*1' <<<"$status" || ok=0
grep -q '^Seccomp:[[:space:]]*2' <<<"$status" || ok=0
[ "$caps" = 0000000000800400 ] || ok=0     # CAP_NET_BIND_SERVICE (10) and CAP_SYS_NICE (23) only
[ "$(in_ct stat -c %U "/proc/$mainpid")" = cryoweb ] || ok=0
# shellcheck disable=SC2016 # awk fields, not shell variables
in_ct awk '$5 == "/" && $6 ~ /^ro/ { found = 1 } END { exit !found }' "/proc/$mainpid/mountinfo" || ok=0   # ProtectSystem=strict
if [ "$ok" -eq 1 ]; then
  pass "hardening in effect: user cryoweb, NoNewPrivs 1, Seccomp 2 (filter), CapEff $caps (net_bind_service, sys_nice), / read-only"
else
  fail "hardening not in effect as the unit says:"; grep -E '^(Uid|NoNewPrivs|Seccomp|Cap)' <<<"$status" | indent
fi
oom="$(in_ct cat "/proc/$mainpid/oom_score_adj")"
if [ "$oom" = -900 ]; then pass "OOMScoreAdjust=-900 applied"; else info "OOMScoreAdjust=-900 NOT applied in the container (oom_score_adj $oom)"; fi
# DevicePolicy=/DeviceAllow=: does this systemd enforce a device policy here at all? A transient service with
# DevicePolicy=strict and nothing allowed must not be able to open /dev/null.
if in_ct systemd-run --quiet --wait --collect --pipe -p DevicePolicy=strict -- sh -c ': >/dev/null' 2>/dev/null; then
  info "DevicePolicy=/DeviceAllow= NOT enforced in the container (DevicePolicy=strict still opened /dev/null)"
else
  pass "DevicePolicy= enforced (DevicePolicy=strict denies /dev/null to a transient service)"
fi
cg="$(in_ct systemctl show cryoweb.service -p ControlGroup --value)"
# cgroup v2 (memory.max) or, on a hybrid host like this one, the v1 memory hierarchy (memory.limit_in_bytes).
mem="$(in_ct cat "/sys/fs/cgroup$cg/memory.max" "/sys/fs/cgroup/unified$cg/memory.max" "/sys/fs/cgroup/memory$cg/memory.limit_in_bytes" 2>/dev/null | head -n 1 || true)"
if [ "$mem" = 536870912 ]; then
  pass "MemoryMax=512M applied (memory limit $mem)"
else
  info "MemoryMax=512M NOT applied in the container: no memory limit in the unit's cgroup ($cg: '${mem:-no memory controller there}'); $(in_ct systemctl show cryoweb.service -p MemoryMax,MemoryCurrent | tr '\n' ' ')"
fi
info "$(in_ct systemd-analyze security --no-pager cryoweb.service 2>&1 | tail -n 1) (systemd-analyze security, online, in the container)"
# What systemd (PID 1) said about the unit beyond starting and stopping it: settings it could not apply.
notes="$(in_ct journalctl --no-pager -b -o cat _PID=1 | grep -i 'cryoweb' | grep -viE '^(Start|Stopp)(ing|ed) |Deactivated successfully|Consumed .* CPU time|Finished |^Reloading|cryoweb-cli-' || true)"
if [ -n "$notes" ]; then info "systemd's own messages about cryoweb:"; echo "$notes" | indent; else info "systemd logged nothing about the unit beyond start/stop"; fi
in_ct journalctl --no-pager -b -o cat -p warning _PID=1 | sort | uniq -c | indent || true

# --- the commands: cryoweb (systemd-run) and cryoweb-backup -------------------------------------------------------
# The console holds its database open (the command refuses while it runs: "locked by a running console"), so the
# console is stopped for it, as for a backup.
in_ct systemctl stop cryoweb.service
if out="$(printf 'nspawn-check-Passw0rd!\n' | in_ct cryoweb users add admin --role Admin --password-stdin 2>&1)" \
   && list="$(in_ct cryoweb users list 2>&1)" && grep -q admin <<<"$list"; then
  pass "cryoweb users add admin --role Admin --password-stdin (through systemd-run, console stopped): $(echo "$out" | tail -n 1)"
  echo "$list" | indent
else
  fail "cryoweb users add admin:"; echo "$out" | indent
fi
if in_ct systemctl start cryoweb.service; then pass "systemctl start cryoweb again (with the new user in the database)"; else fail "systemctl start cryoweb again"; fi
if out="$(in_ct cryoweb-backup 2>&1)"; then
  file="$(sed -n 's/^cryoweb-backup: //p' <<<"$out" | tail -n 1)"
  if [ -n "$file" ] && in_ct test -s "$file" && [ "$(show ActiveState)" = active ]; then
    pass "cryoweb-backup: $file ($(in_ct stat -c '%U %a %s bytes' "$file")), console active again"
  else
    fail "cryoweb-backup said it worked but: $out"
  fi
else
  fail "cryoweb-backup:"; echo "$out" | indent
fi
since="$(cursor)"

# --- stop -----------------------------------------------------------------------------------------------------------
if in_ct systemctl stop cryoweb.service; then pass "systemctl stop cryoweb"; else fail "systemctl stop cryoweb"; fi
stopped="$(journal -o cat | grep -E 'Control loop stopped; all [0-9]+ valves closed' || true)"
final="$(in_ct systemctl show cryoweb.service -p ActiveState,SubState,Result,ExecMainStatus | tr '\n' ' ')"
if [ -n "$stopped" ]; then pass "journal: $stopped"; else fail "no 'Control loop stopped; all N valves closed' in the journal"; fi
if [[ "$final" == *"ActiveState=inactive"* ]] && [[ "$final" == *"Result=success"* ]]; then pass "ends $final"; else fail "ends $final (want inactive, success)"; fi

# --- a reboot: the enabled unit starts at boot ---------------------------------------------------------------------
if poweroff; then pass "poweroff: the container shut down cleanly"; else fail "poweroff: the container had to be killed"; fi
boot reboot
props="$(in_ct systemctl show cryoweb.service -p ActiveState,SubState,NRestarts | tr '\n' ' ')"
code="$(in_ct curl -sk -o /dev/null -w '%{http_code}' https://localhost/healthz || true)"
if [[ "$props" == *"ActiveState=active"* ]] && [[ "$props" == *"SubState=running"* ]] && [[ "$props" == *"NRestarts=0"* ]] && [ "$code" = 200 ]; then
  pass "after a reboot cryoweb started by itself (multi-user.target): $props, https://localhost/healthz $code"
else
  fail "after a reboot: $props, https://localhost/healthz '$code'"
fi

echo "systemd-boot-check: $([ "$failures" -eq 0 ] && echo PASSED || echo "$failures FAILED") in $((SECONDS - start)) s"
[ "$failures" -eq 0 ]
