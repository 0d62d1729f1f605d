#!/usr/bin/env bash
# Builds a release archive for the controller:  deploy/package.sh [RID]   (RID: linux-arm64, the default, or linux-x64)
#   -> artifacts/cryoweb-<version>-<RID>.tar.gz, one folder cryoweb-<version>/ holding the publish output (the console,
#      deploy/, systemd/) and RELEASE (the version install.sh names /opt/cryoweb/releases/<version> after).
# <version>: UTC date and commit, e.g. 20261125-1742aa5 (with -dirty when the tree has uncommitted changes).
set -euo pipefail
cd "$(dirname "$0")/.."
rid="${1:-linux-arm64}"
case "$rid" in linux-arm64|linux-x64) ;; *) echo "package.sh: RID must be linux-arm64 or linux-x64" >&2; exit 2 ;; esac

version="$(date -u +%Y%m%d)-$(git rev-parse --short=7 HEAD)"
if [ -n "$(git status --porcelain --untracked-files=no)" ]; then version="$version-dirty"; fi

publish="artifacts/publish/$rid"
rm -rf "$publish"   # no stale files from an older build in a release
dotnet publish src/WebUI -c Release -p:PublishProfile="$rid" -nologo
echo "$version" >"$publish/RELEASE"

name="cryoweb-$version"
tar --create --gzip --file "artifacts/$name-$rid.tar.gz" --owner=0 --group=0 --numeric-owner \
  --transform "s,^\\.,$name," -C "$publish" .
echo "package.sh: artifacts/$name-$rid.tar.gz"
echo "  on the controller: tar xzf $name-$rid.tar.gz && sudo ./$name/deploy/install.sh"
