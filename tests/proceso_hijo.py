"""One POT algorithm (or a short piece of Python) in a process of its own, as qgis_process runs it:
the concurrency and crash-safety tests start several of these and race or kill them.

    python tests/proceso_hijo.py '<json order>'

The order is {"alg": "pot:…", "params": {…}} or {"codigo": "python source"}; with "barrera": a file
path, the child waits for that file before starting (so two children start together). The child
prints ``LISTO`` once QGIS is up, right before the work starts, then ``RESULTADO <json>`` or
``ERROR <message>``, and exits 0 or 1.
"""
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
_enlace = Path(tempfile.mkdtemp(prefix="pot_hijo_"))
(_enlace / "pot_cartografia").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(_enlace))
sys.path.append("/usr/share/qgis/python/plugins")


def main() -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    # QGIS's own log (e.g. why a zip or a layer failed) goes to stderr, which the parent reports.
    QgsApplication.messageLog().messageReceived.connect(
        lambda mensaje, etiqueta, nivel: print(f"[{etiqueta}] {mensaje}", file=sys.stderr, flush=True))
    from processing.core.Processing import Processing

    Processing.initialize()
    from pot_cartografia.processing_provider.provider import PotProvider

    proveedor = PotProvider()
    QgsApplication.processingRegistry().addProvider(proveedor)
    import processing

    orden = json.loads(sys.argv[1])
    print("LISTO", flush=True)
    barrera = orden.get("barrera")
    while barrera and not Path(barrera).exists():
        time.sleep(0.005)
    try:
        if "codigo" in orden:
            espacio = {"resultado": None}
            exec(orden["codigo"], espacio)  # noqa: S102 (test helper: the tests' own code)
            resultado = espacio["resultado"]
        else:
            resultado = processing.run(orden["alg"], orden["params"])
    except Exception as error:  # noqa: BLE001 (reported to the parent, which decides)
        traceback.print_exc()
        print("ERROR " + json.dumps(str(error) or traceback.format_exc(), ensure_ascii=False), flush=True)
        return 1
    print("RESULTADO " + json.dumps(resultado, default=str, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    codigo = 1
    try:
        codigo = main()
    finally:
        shutil.rmtree(_enlace, ignore_errors=True)
        sys.stdout.flush()
        os._exit(codigo)  # exitQgis segfaults on 3.22 after some algorithms; nothing is left to do
