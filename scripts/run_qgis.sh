#!/usr/bin/env bash
# `make run`: QGIS desktop in a throwaway profile, in Spanish, with the plugin installed from
# dist/pot_cartografia.zip and the given POT open. Without a display it runs under Xvfb, saves a
# screenshot beside the POT and exits.
set -euo pipefail
cd "$(dirname "$0")/.."
POT="$(realpath "${1:?usage: run_qgis.sh POT.gpkg}")"
PROFILE="$(mktemp -d /tmp/pot_qgis_profile.XXXXXX)"
scripts/prepare_profile.sh "$PROFILE"
export POT_ABRIR="$POT"
if [ -n "${DISPLAY:-}" ]; then
  exec qgis --profiles-path "$PROFILE" --nologo --noversioncheck --code scripts/qgis_abrir_pot.py
fi
export POT_CAPTURA="${POT%.gpkg}_captura.png"
rm -f "$POT_CAPTURA"
unset QT_QPA_PLATFORM
# QGIS may linger on exit under Xvfb: wait for the screenshot, then stop it.
setsid xvfb-run -a -s "-screen 0 1600x1000x24" qgis --profiles-path "$PROFILE" --nologo --noversioncheck \
  --code scripts/qgis_abrir_pot.py >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  [ -s "$POT_CAPTURA" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
sleep 1
kill -TERM -- "-$pid" 2>/dev/null || true
if [ -s "$POT_CAPTURA" ]; then
  echo "No display: QGIS ran under Xvfb; screenshot at $POT_CAPTURA"
else
  echo "QGIS did not produce a screenshot" >&2
  exit 1
fi
