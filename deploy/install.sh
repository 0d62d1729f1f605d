#!/bin/bash
# CryoWeb installer: run as root on the controller from an unpacked release (see docs/deployment.md):
#
#   sudo ./deploy/install.sh                 first install, or upgrade to this release
#   sudo ./deploy/install.sh --kiosk         ... and the touch-screen kiosk (cage + Chromium on tty1)
#   sudo /opt/cryoweb/current/deploy/install.sh --rollback      back to the previous release
#   ./deploy/install.sh --root DIR           staging (CI): everything under DIR; no apt, users, systemctl
#
# Idempotent: a second run with the same release changes nothing. An upgrade stops the console (never during a
# procedure, unless --force), backs up the database with the old release, then switches /opt/cryoweb/current
# atomically; the previous release stays for --rollback; releases beyond the newest 3 are removed.
#
# Options: --kiosk  --rollback  --force  --new-certificate  --root DIR  --no-apt  --no-users  --no-systemctl
set -euo pipefail
umask 022

root=""
do_apt=1 do_users=1 do_systemctl=1 kiosk=0 rollback=0 force=0 new_cert=0
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root="${2:?--root needs a directory}"; shift ;;
    --no-apt) do_apt=0 ;;
    --no-users) do_users=0 ;;
    --no-systemctl) do_systemctl=0 ;;
    --kiosk) kiosk=1 ;;
    --rollback) rollback=1 ;;
    --force) force=1 ;;
    --new-certificate) new_cert=1 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "install.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -n "$root" ]; then
  # Staging: the host's package database, users and systemd are not the staged system's.
  mkdir -p "$root"
  root="$(cd "$root" && pwd)"
  do_apt=0 do_users=0 do_systemctl=0
elif [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: run as root (sudo), or stage with --root DIR" >&2
  exit 1
fi

say() { echo "install.sh: $*"; }
changed=0
note_change() { changed=1; say "$*"; }
restart=0   # something the running console reads has changed

# The console is never stopped or restarted under a running procedure: /healthz, asked over loopback (which gets the details), must say
# "procedureRunning": false (or --force). -k: a local request for one boolean; a hospital certificate need not
# name "localhost", and only a privileged process can listen on 443 here.
check_no_procedure() {
  local body
  body="$(curl -fsS -k --max-time 5 https://localhost/healthz 2>/dev/null || true)"
  if [[ ! "$body" =~ \"procedureRunning\"[[:space:]]*:[[:space:]]*false ]] && [ "$force" -eq 0 ]; then
    echo "install.sh: the console may be running a procedure (https://localhost/healthz does not say procedureRunning false); not stopping it: $1. Use --force if none is running." >&2
    exit 1
  fi
}

opt="$root/opt/cryoweb"
etc="$root/etc/cryoweb"
creds="$etc/credentials"
unitdir="$root/etc/systemd/system"
backups="$root/var/backups/cryoweb"
state="$root/var/lib/cryoweb"
kiosk_home="$root/var/lib/cryoweb-kiosk"

# --- which release --------------------------------------------------------------------------------------------------
if [ "$rollback" -eq 1 ]; then
  prev="$(readlink "$opt/previous" 2>/dev/null || true)"
  if [ -z "$prev" ] || [ ! -d "$opt/$prev" ]; then echo "install.sh: no previous release to roll back to" >&2; exit 1; fi
  src="$opt/$prev"
else
  # -P: run as /opt/cryoweb/current/deploy/install.sh (e.g. --new-certificate, --kiosk), the release is the directory
  # `current` points at; with the logical path it would be compared with itself through the link and refused.
  src="$(cd "$(dirname "$0")/.." && pwd -P)"
fi
if [ ! -x "$src/CryoWeb.WebUI" ] || [ ! -f "$src/systemd/cryoweb.service" ]; then
  echo "install.sh: $src is not a CryoWeb release (no CryoWeb.WebUI or systemd/cryoweb.service)" >&2; exit 1
fi
if [ -f "$src/RELEASE" ]; then
  version="$(head -n 1 "$src/RELEASE")"
else
  # A plain `dotnet publish` output has no RELEASE file (deploy/package.sh writes one): name it by its content.
  version="build-$(sha256sum "$src/CryoWeb.WebUI.dll" | cut -c1-12)"
fi
[[ "$version" =~ ^[A-Za-z0-9][A-Za-z0-9._+-]*$ ]] || { echo "install.sh: bad release name '$version'" >&2; exit 1; }
target="releases/$version"

# --- packages -------------------------------------------------------------------------------------------------------
# libgpiod2: System.Device.Gpio's libgpiod driver; openssl: the certificate; curl: the procedure check below.
packages=(libgpiod2 openssl curl)
if [ "$kiosk" -eq 1 ]; then packages+=(cage chromium libnss3-tools); fi
if [ "$do_apt" -eq 1 ]; then
  missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    note_change "apt-get install ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# --- users and groups -----------------------------------------------------------------------------------------------
if [ "$do_users" -eq 1 ]; then
  for g in gpio spi i2c; do
    getent group "$g" >/dev/null || { groupadd --system "$g"; note_change "created group $g"; }
  done
  if ! getent passwd cryoweb >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/cryoweb --no-create-home --shell /usr/sbin/nologin \
      --comment "CryoWeb console" --groups gpio,spi,i2c cryoweb
    note_change "created system user cryoweb"
  fi
  for g in gpio spi i2c; do
    id -nG cryoweb | tr ' ' '\n' | grep -qx "$g" || { usermod -a -G "$g" cryoweb; note_change "added cryoweb to $g"; }
  done
  if [ "$kiosk" -eq 1 ] && ! getent passwd cryoweb-kiosk >/dev/null; then
    useradd --system --user-group --home-dir /var/lib/cryoweb-kiosk --create-home --shell /usr/sbin/nologin \
      --comment "CryoWeb kiosk" cryoweb-kiosk
    chmod 0700 /var/lib/cryoweb-kiosk
    note_change "created system user cryoweb-kiosk"
  fi
fi
owner() { if [ "$do_users" -eq 1 ]; then chown "$@"; fi; }

# --- /etc/cryoweb: credentials and settings (never overwritten) -----------------------------------------------------
if [ ! -d "$creds" ]; then install -d -m 0755 "$etc"; install -d -m 0700 "$creds"; note_change "created $creds"; fi

if [ ! -f "$creds/cryoweb-db-key" ]; then
  (umask 077; openssl rand -base64 48 | tr -d '\n' > "$creds/cryoweb-db-key.new"; echo >> "$creds/cryoweb-db-key.new")
  mv -f "$creds/cryoweb-db-key.new" "$creds/cryoweb-db-key"
  note_change "created the database key $creds/cryoweb-db-key"
  restart=1
  cat <<'WARN'
  ************************************************************************************************************
  *  NEW DATABASE KEY: /etc/cryoweb/credentials/cryoweb-db-key encrypts every patient record on this console. *
  *  It is never regenerated. If it is lost, the records AND every backup of them are lost for good.         *
  *  Copy it now to the hospital's secret store (not next to the backups):  sudo cat <that file>             *
  ************************************************************************************************************
WARN
fi

crt="$creds/cryoweb-tls.crt" key="$creds/cryoweb-tls.key"
if [ "$new_cert" -eq 1 ] && [ -f "$crt" ]; then
  stamp="$(date -u +%Y%m%dT%H%M%SZ)"
  mv -f "$crt" "$crt.replaced-$stamp"; mv -f "$key" "$key.replaced-$stamp" 2>/dev/null || true
fi
if { [ -f "$crt" ] && [ ! -f "$key" ]; } || { [ ! -f "$crt" ] && [ -f "$key" ]; }; then
  echo "install.sh: only one of $crt and $key exists; put both (PEM) or neither (a self-signed one is made)" >&2
  exit 1
fi
if [ ! -f "$crt" ]; then
  host="$(hostname -s 2>/dev/null || hostname)"
  san="DNS:$host,DNS:$host.local,DNS:localhost,IP:127.0.0.1"
  fqdn="$(hostname -f 2>/dev/null || true)"
  if [[ "$fqdn" == *.* ]] && [ "$fqdn" != "$host.local" ]; then san="$san,DNS:$fqdn"; fi
  for ip in $(ip -4 -o addr show scope global 2>/dev/null | awk '{sub(/\/.*/, "", $4); print $4}'); do san="$san,IP:$ip"; done
  # EC P-256, 825 days (the longest iPadOS/macOS accept for a TLS server certificate), serverAuth, names in the SAN.
  (umask 077; openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -sha256 -days 825 \
     -subj "/CN=$host/O=CryoWeb console" -addext "subjectAltName=$san" \
     -addext "basicConstraints=critical,CA:FALSE" -addext "keyUsage=critical,digitalSignature" \
     -addext "extendedKeyUsage=serverAuth" -keyout "$key.new" -out "$crt.new" 2>/dev/null)
  chmod 0600 "$key.new" "$crt.new"
  mv -f "$key.new" "$key"; mv -f "$crt.new" "$crt"
  note_change "created a self-signed certificate for $san"
  restart=1
  say "certificate SHA-256 fingerprint (check it on each tablet when trusting it):"
  say "  $(openssl x509 -in "$crt" -noout -fingerprint -sha256 | cut -d= -f2)"
fi

if [ ! -f "$etc/cryoweb.json" ]; then
  if [ -f "$src/deploy/cryoweb.json" ]; then
    install -m 0644 "$src/deploy/cryoweb.json" "$etc/cryoweb.json"
    note_change "installed the site settings template as $etc/cryoweb.json (edit it: pin map, ...)"
    restart=1
  else
    say "note: this release has no deploy/cryoweb.json template; $etc/cryoweb.json not created"
  fi
fi

# --- the release ----------------------------------------------------------------------------------------------------
install -d -m 0755 "$opt" "$opt/releases"
if [ "$src" != "$opt/$target" ]; then
  if [ -d "$opt/$target" ] && ! diff -r -q --no-dereference "$src" "$opt/$target" >/dev/null 2>&1; then
    if [ "$force" -eq 0 ]; then
      echo "install.sh: release $version is already installed with other content; rename the release or use --force" >&2
      exit 1
    fi
    [ "$(readlink "$opt/current" 2>/dev/null)" != "$target" ] || { echo "install.sh: $version is the running release; install another name" >&2; exit 1; }
    rm -rf "${opt:?}/$target"
  fi
  if [ ! -d "$opt/$target" ]; then
    incoming="$opt/releases/.incoming-$version"
    rm -rf "$incoming"
    cp -R --preserve=mode,timestamps "$src" "$incoming"
    owner -R root:root "$incoming"
    chmod -R go-w "$incoming"
    mv -T "$incoming" "$opt/$target"
    touch "$opt/$target"    # pruning keeps the most recently installed releases
    note_change "installed release $version in $opt/$target"
  fi
fi

# --- stop, back up, switch ------------------------------------------------------------------------------------------
current="$(readlink "$opt/current" 2>/dev/null || true)"
was_active=0
if [ "$current" != "$target" ]; then
  if [ "$do_systemctl" -eq 1 ] && systemctl is-active --quiet cryoweb.service; then
    check_no_procedure "nothing was switched"
    was_active=1
    note_change "stopping cryoweb for the switch from ${current:-nothing} to $target"
    systemctl stop cryoweb.service
  fi
  # The old release backs up its own database (it knows its format); a plain copy with the console stopped is the
  # fallback (e.g. a release without the backup command). An upgrade never proceeds without a copy.
  if [ -n "$current" ] && [ -f "$state/cryoweb.db" ]; then
    install -d -m 0700 "$backups"; owner cryoweb:cryoweb "$backups"
    file="$backups/cryoweb-$(date -u +%Y%m%dT%H%M%SZ)-before-$version.db"
    if [ "$do_systemctl" -eq 1 ] && [ -x "$opt/current/deploy/cryoweb" ] && "$opt/current/deploy/cryoweb" backup "$file"; then
      note_change "database backed up to $file"
    elif cp --preserve=mode,ownership,timestamps "$state/cryoweb.db" "$file"; then
      note_change "database copied to $file (plain copy, console stopped)"
    else
      echo "install.sh: could not back up $state/cryoweb.db; nothing switched" >&2
      if [ "$was_active" -eq 1 ]; then systemctl start cryoweb.service || true; fi
      exit 1
    fi
  fi
  ln -sfn "$target" "$opt/current.new" && mv -T "$opt/current.new" "$opt/current"
  if [ -n "$current" ]; then ln -sfn "$current" "$opt/previous.new" && mv -T "$opt/previous.new" "$opt/previous"; fi
  note_change "current release is now $version (previous: ${current:-none})"
  restart=1
fi

# --- files outside /opt, taken from the current release (a rollback brings back its own units) ------------------------
units_changed=0
put() { # put SRC DEST MODE: replace DEST only when its content or mode differs
  local from="$1" to="$2" mode="$3"
  if [ -f "$to" ] && cmp -s "$from" "$to" && [ "$(stat -c %a "$to")" = "${mode#0}" ]; then return 1; fi
  install -d -m 0755 "$(dirname "$to")"
  install -m "$mode" "$from" "$to.new" && mv -f "$to.new" "$to"
  note_change "installed $to"
}
link() { # link TARGET NAME
  [ "$(readlink "$2" 2>/dev/null)" = "$1" ] && return 0
  install -d -m 0755 "$(dirname "$2")"
  ln -sfn "$1" "$2.new" && mv -T "$2.new" "$2"
  note_change "linked $2 -> $1"
}
rel="$opt/current"
if put "$rel/systemd/cryoweb.service" "$unitdir/cryoweb.service" 0644; then units_changed=1 restart=1; fi
if put "$rel/systemd/cryoweb-kiosk.service" "$unitdir/cryoweb-kiosk.service" 0644; then units_changed=1; fi
# No udevadm (a container, a system without udev): the rule applies when udev next starts.
if put "$rel/deploy/60-cryoweb-devices.rules" "$root/etc/udev/rules.d/60-cryoweb-devices.rules" 0644 && [ "$do_systemctl" -eq 1 ] \
   && command -v udevadm >/dev/null; then
  udevadm control --reload-rules || true
  udevadm trigger --action=change --subsystem-match=gpio --subsystem-match=spidev --subsystem-match=i2c-dev \
    --subsystem-match=bcm2835-gpiomem --subsystem-match=rpi-gpiomem || true
fi
# Links, so the commands always belong to the current release.
link /opt/cryoweb/current/deploy/cryoweb "$root/usr/local/bin/cryoweb"
link /opt/cryoweb/current/deploy/cryoweb-backup "$root/usr/local/sbin/cryoweb-backup"
link /opt/cryoweb/current/deploy/cryoweb-restore "$root/usr/local/sbin/cryoweb-restore"
if [ ! -d "$backups" ]; then install -d -m 0700 "$backups"; owner cryoweb:cryoweb "$backups"; note_change "created $backups"; fi

# --- kiosk: make its Chromium trust the console's certificate ------------------------------------------------------
# Through the kiosk user's NSS database (what Chromium on Linux uses), as a trusted peer certificate for exactly this
# certificate: Chromium still checks name and expiry, and no error-ignoring flag is ever on its command line.
if [ "$kiosk" -eq 1 ] && [ "$do_users" -eq 1 ]; then
  db="$kiosk_home/.pki/nssdb"
  if [ ! -f "$db/cert9.db" ]; then
    install -d -m 0700 -o cryoweb-kiosk -g cryoweb-kiosk "$kiosk_home/.pki" "$db"
    runuser -u cryoweb-kiosk -- certutil -N -d "sql:$db" --empty-password
    note_change "created the kiosk's NSS database"
  fi
  want="$(openssl x509 -in "$crt" -noout -fingerprint -sha256 | cut -d= -f2)"
  have="$(runuser -u cryoweb-kiosk -- certutil -L -d "sql:$db" -n cryoweb-console -a 2>/dev/null \
          | openssl x509 -noout -fingerprint -sha256 2>/dev/null | cut -d= -f2 || true)"
  if [ "$want" != "$have" ]; then
    runuser -u cryoweb-kiosk -- certutil -D -d "sql:$db" -n cryoweb-console 2>/dev/null || true
    runuser -u cryoweb-kiosk -- certutil -A -d "sql:$db" -n cryoweb-console -t "P,," -i /dev/stdin < "$crt"
    note_change "the kiosk now trusts the console certificate $want"
  fi
fi

# --- systemd --------------------------------------------------------------------------------------------------------
if [ "$do_systemctl" -eq 1 ]; then
  if [ "$units_changed" -eq 1 ]; then systemctl daemon-reload; fi
  systemctl is-enabled --quiet cryoweb.service || { systemctl enable --quiet cryoweb.service; note_change "enabled cryoweb"; }
  if [ "$kiosk" -eq 1 ] && ! systemctl is-enabled --quiet cryoweb-kiosk.service; then
    systemctl enable --quiet cryoweb-kiosk.service; note_change "enabled cryoweb-kiosk (takes tty1)"
  fi
  if systemctl is-active --quiet cryoweb.service; then
    if [ "$restart" -eq 1 ]; then
      check_no_procedure "installed, but not restarted; run this again after the procedure"
      systemctl restart cryoweb.service
      say "cryoweb restarted: journalctl -u cryoweb -f"
    fi
  else
    systemctl reset-failed cryoweb.service 2>/dev/null || true
    systemctl start cryoweb.service
    say "cryoweb started: journalctl -u cryoweb -f"
  fi
  if [ "$kiosk" -eq 1 ] && ! systemctl is-active --quiet cryoweb-kiosk.service; then systemctl start cryoweb-kiosk.service; fi
fi

# --- keep the current, the previous and the newest 3 releases -------------------------------------------------------
keep_prev="$(readlink "$opt/previous" 2>/dev/null || true)"
n=0
while IFS= read -r dir; do
  n=$((n + 1))
  name="releases/$(basename "$dir")"
  if [ "$n" -gt 3 ] && [ "$name" != "$target" ] && [ "$name" != "$keep_prev" ]; then
    rm -rf "$dir"
    note_change "removed old release $name"
  fi
done < <(find "$opt/releases" -mindepth 1 -maxdepth 1 -type d ! -name '.*' -printf '%T@ %p\n' | sort -rn | cut -d' ' -f2-)

if [ "$changed" -eq 0 ]; then say "release $version already installed; nothing changed"; fi
