"""What the plugin adds to QGIS start-up, measured in the real desktop under Xvfb.

QGIS itself times each plugin's import + classFactory + initGui (``qgis.utils.plugin_times``); this runs
QGIS N times with the plugin installed from dist/pot_cartografia.zip and prints those times and the
whole start-up with and without the plugin. Target: under 0.3 s.

Usage: .venv/bin/python benchmarks/bench_arranque.py [N]   (after `make zip`)
"""
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OBJETIVO_S = 0.3


def arrancar(con_plugin: bool) -> dict:
    carpeta = Path(tempfile.mkdtemp(prefix="pot_bench_"))
    subprocess.run([str(ROOT / "scripts" / "prepare_profile.sh"), str(carpeta / "perfil")], check=True)
    if not con_plugin:
        ini = carpeta / "perfil" / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        ini.write_text(ini.read_text().replace("pot_cartografia=true", "pot_cartografia=false"))
    informe = carpeta / "informe.json"
    script = carpeta / "medir.py"
    script.write_text(
        "import json, os\nfrom qgis.utils import plugin_times\n"
        f"json.dump({{'plugin': plugin_times.get('pot_cartografia', '')}}, open({str(informe)!r} + '.tmp', 'w'))\n"
        f"os.replace({str(informe)!r} + '.tmp', {str(informe)!r})\n"
    )
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)
    inicio = time.perf_counter()
    proc = subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profiles-path", str(carpeta / "perfil"),
         "--nologo", "--noversioncheck", "--code", str(script)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    while not informe.exists() and time.perf_counter() - inicio < 120:
        time.sleep(0.05)
    total = time.perf_counter() - inicio
    os.killpg(proc.pid, signal.SIGTERM)
    proc.wait(timeout=30)
    datos = json.loads(informe.read_text())
    plugin = float(datos["plugin"].rstrip("s")) if datos["plugin"] else 0.0
    return {"total": total, "plugin": plugin}


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    if not (ROOT / "dist" / "pot_cartografia.zip").exists():
        sys.exit("run `make zip` first")
    con = [arrancar(True) for _ in range(n)]
    sin = [arrancar(False) for _ in range(n)]
    plugin = statistics.median(r["plugin"] for r in con)
    total_con = statistics.median(r["total"] for r in con)
    total_sin = statistics.median(r["total"] for r in sin)
    print(f"plugin load (QGIS plugin_times, median of {n}): {plugin:.3f} s  (target < {OBJETIVO_S} s)")
    print(f"QGIS start to first script, with plugin: {total_con:.2f} s; without: {total_sin:.2f} s; "
          f"difference {total_con - total_sin:+.2f} s (noisy: includes Xvfb start)")
    return 0 if plugin < OBJETIVO_S else 1


if __name__ == "__main__":
    sys.exit(main())
