#!/usr/bin/env bash
# The second QGIS of the test matrix: QGIS 3.44 LTR (Debian 13 "trixie" + trixie-backports,
# Python 3.13, numpy 2) in a debootstrap root, since there is no container engine here.
#
#   scripts/qgis_trixie.sh [make target or VAR=value ...]   (default: test)
#   e.g. scripts/qgis_trixie.sh test PYTEST_ARGS="-x tests/test_salidas.py"
#
# The root is built once and cached in $POT_TRIXIE_ROOT (default /var/cache/pot_cartografia/trixie);
# it is rebuilt when the package list below changes. This checkout is bind-mounted inside, with
# ../shared beside it (read-only) when present, and `make <targets>` runs there with a venv that
# lives in the root (/opt/pot-venv), so the host's .venv is never touched. Needs root (or sudo).
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
if [ "$(id -u)" != "0" ]; then exec sudo -E "$0" "$@"; fi

ROOT="${POT_TRIXIE_ROOT:-/var/cache/pot_cartografia/trixie}"
PACKAGES="python3-qgis qgis-providers qgis python3-venv xvfb xauth poppler-utils qttools5-dev-tools zip make git locales"
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(test)

# The Debian mirror this machine's own apt uses (deb.debian.org when none is named).
mirror() {
  local uri
  uri="$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | head -n1 | tr -d ' ')"
  echo "${uri:-http://deb.debian.org/debian}"
}

STAMP="$ROOT/.pot-ready"
WANT="$(echo "trixie-backports $PACKAGES" | sha1sum | cut -c1-12)"

mounts=()
umount_all() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null || true; done
  mounts=()
}
trap umount_all EXIT
mount_once() {  # mount_once <target> <mount args...>
  local target="$1"; shift
  mkdir -p "$target"
  mountpoint -q "$target" || { mount "$@" "$target"; mounts+=("$target"); }
}
mount_system() {
  mount_once "$ROOT/proc" -t proc proc
  mount_once "$ROOT/dev" --bind /dev
  mount_once "$ROOT/dev/pts" -t devpts devpts
  cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  # pip inside must trust what this machine trusts (a proxy's CA, for example).
  if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    mkdir -p "$ROOT/etc/ssl/certs" && cp /etc/ssl/certs/ca-certificates.crt "$ROOT/etc/ssl/certs/ca-certificates.crt"
  fi
}

build_root() {
  command -v debootstrap >/dev/null || {
    echo ">> Installing debootstrap"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap
  }
  echo ">> Building the Debian 13 root in $ROOT (once; about 3 minutes)"
  umount_all
  for sub in dev/pts dev proc; do umount -l "$ROOT/$sub" 2>/dev/null || true; done
  rm -rf "$ROOT"
  mkdir -p "$(dirname "$ROOT")"
  debootstrap --variant=minbase trixie "$ROOT" "$(mirror)" >/dev/null
  echo "deb $(mirror) trixie-backports main" > "$ROOT/etc/apt/sources.list.d/backports.list"
  mount_system
  chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive bash -c "
    set -e
    apt-get update -q
    apt-get install -y -q -t trixie-backports $PACKAGES >/dev/null
    sed -i 's/^# *\(en_US.UTF-8\|es_PE.UTF-8\)/\1/' /etc/locale.gen && locale-gen >/dev/null"
  echo "$WANT" > "$STAMP"
}

if [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT" ]; then build_root; fi
mount_system

# This checkout (and ../shared) inside the root, under a path unique to the checkout, so that two
# checkouts can use the root at the same time.
ID="$(echo "$REPO" | sha1sum | cut -c1-10)"
INSIDE="/srv/pot-$ID"
mount_once "$ROOT$INSIDE/main" --bind "$REPO"
# A git worktree keeps its metadata in the main checkout's .git: mount it at the same path.
COMMON="$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || true)"
if [ -n "$COMMON" ] && [ "$COMMON" != "$REPO/.git" ] && [ -d "$COMMON" ]; then
  mount_once "$ROOT$COMMON" --bind "$COMMON"
fi
if [ -d "$REPO/../shared" ]; then
  mount_once "$ROOT$INSIDE/shared" --bind "$REPO/../shared"
  mount -o remount,bind,ro "$ROOT$INSIDE/shared" 2>/dev/null || true
fi

chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PATH=/usr/sbin:/usr/bin:/sbin:/bin \
  ${PIP_INDEX_URL:+PIP_INDEX_URL="$PIP_INDEX_URL"} PIP_DISABLE_PIP_VERSION_CHECK=1 \
  bash -c "git config --global --add safe.directory '*' && cd '$INSIDE/main' && make --no-print-directory $(printf '%q ' "${TARGETS[@]}") VENV=/opt/pot-venv"
