#!/usr/bin/env bash
# A throwaway QGIS profile in $1 with pot_cartografia installed and enabled, QGIS in $3 (default es).
#   $2: the plugin zip (default dist/pot_cartografia.zip), or "source" to install by copying the
#       source folder as users do from a clone (every file git tracks, tests included).
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILE="$1"
ORIGEN="${2:-dist/pot_cartografia.zip}"
IDIOMA="${3:-es}"
PLUGINS="$PROFILE/profiles/default/python/plugins"
mkdir -p "$PLUGINS" "$PROFILE/profiles/default/QGIS"
rm -rf "$PLUGINS/pot_cartografia"
if [ "$ORIGEN" = "source" ]; then
  mkdir -p "$PLUGINS/pot_cartografia"
  git -c safe.directory='*' ls-files -z | xargs -0 cp --parents -t "$PLUGINS/pot_cartografia"
else
  python3 -m zipfile -e "$ORIGEN" "$PLUGINS"
fi
cat > "$PROFILE/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
pot_cartografia=true

[locale]
overrideFlag=true
userLocale=$IDIOMA

[qgis]
showTips=false
checkVersion=false

[UI]
UI\\showWelcomePage=false
INI
