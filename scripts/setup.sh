#!/usr/bin/env bash
# One-time set-up on Debian 12/13 or Ubuntu 24.04: QGIS and tools from apt (only what is missing),
# then the test venv ($VENV, default .venv). Idempotent and quiet when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"

APT_PACKAGES="python3-qgis qgis-providers qgis xvfb xauth python3-venv qttools5-dev-tools poppler-utils zip git"
missing=""
for pkg in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  echo ">> Installing from apt:$missing"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
fi

# PyQGIS is importable only from the system's python3, hence /usr/bin/python3 and --system-site-packages.
if [ ! -x "$VENV/bin/python" ]; then
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
# The venv keeps the numpy that the system's QGIS, scipy and matplotlib were built with (1.24 on
# Debian 12, 2.2 on Debian 13): read it here, never pin it, or pip pulls in another one that breaks them.
system_numpy="$(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)')"
echo "numpy==$system_numpy" > "$VENV/constraints-system.txt"
stamp="$VENV/.requirements-installed"
want="$(cat requirements-dev.txt "$VENV/constraints-system.txt" | sha1sum)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo ">> Installing test tools into $VENV (numpy $system_numpy from the system)"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt -c "$VENV/constraints-system.txt"
  echo "$want" > "$stamp"
fi
