#!/usr/bin/env bash
# A QGIS profile in $1 with pot_cartografia unpacked from dist/ and enabled, QGIS in Spanish.
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILE="$1"
PLUGINS="$PROFILE/profiles/default/python/plugins"
mkdir -p "$PLUGINS" "$PROFILE/profiles/default/QGIS"
rm -rf "$PLUGINS/pot_cartografia"
python3 -m zipfile -e dist/pot_cartografia.zip "$PLUGINS"
cat > "$PROFILE/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
pot_cartografia=true

[locale]
overrideFlag=true
userLocale=es

[qgis]
showTips=false
checkVersion=false

[UI]
UI\\showWelcomePage=false
INI
