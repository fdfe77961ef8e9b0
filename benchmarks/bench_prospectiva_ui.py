"""Responsiveness of the "Prospective" dock: the longest main-thread stall of each action on the sample
territory's POT with its prospective analysis done (``demo/prospectiva.py``: 8 variables, 3 scenarios with
layers over 1,000+ units, judgements, scores, ejes), measured as ``bench_ui.py`` does (a 10 ms timer in the
main thread; goal under 0.3 s). The docks are the real ones, driven in code.

Peer in the same run: the navigator's refresh of the same POT (the step statuses), the cheapest dock
refresh there is; each row prints its stall and the ratio to that peer.

Usage: .venv/bin/python benchmarks/bench_prospectiva_ui.py
Numbers taken on a shared 2-core machine are noisy: compare ratios and orders of magnitude.
"""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ui import OBJETIVO_S, Medidor, preparar_qgis  # noqa: E402


def pot_de_ejemplo(carpeta: Path) -> Path:
    import processing

    from pot_cartografia.demo import prospectiva
    from pot_cartografia.diccionario import vinculos
    from pot_cartografia.store.capas import importar_capa
    from pot_cartografia.store.pot_store import PotStore
    from qgis.core import QgsVectorLayer

    dit = processing.run("pot:territorio_demo", {"OUTPUT_FOLDER": str(carpeta / "dit")})["GPKG"]
    pot = carpeta / "pot.gpkg"
    processing.run("pot:crear_proyecto", {"NAME": "POT demo", "LEVEL": 1, "AMBITO": f"{dit}|layername=ambito", "HORIZON": 2040,
                                          "OUTPUT": str(pot)})
    store = PotStore.open(pot)
    unidades = importar_capa(store, QgsVectorLayer(f"{dit}|layername=cobertura", "cobertura", "ogr"), "modelo_actual_unidades",
                             "fase1", "Unidades territoriales")
    vinculos.vincular_campo(store, unidades, "modelo_actual_unidades", "cob", "COB")
    prospectiva.ejecutar(pot, carpeta / "prospectiva", store.layer_uri("modelo_actual_unidades"), informar=lambda *_: None)
    return pot


def main() -> int:
    app, _proveedor = preparar_qgis()
    from pot_cartografia.ui.navegador_dock import NavegadorDock
    from pot_cartografia.ui.prospectiva_dock import ProspectivaDock
    from pot_cartografia.ui.sesion import PotSession
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtWidgets import QMessageBox

    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    carpeta = Path(tempfile.mkdtemp(prefix="pot_bench_prosp_"))
    try:
        pot = pot_de_ejemplo(carpeta)
        unidades = QgsVectorLayer(f"{pot}|layername=modelo_actual_unidades", "u", "ogr").featureCount()
        print(f"POT of the sample territory: {unidades} territorial units, 3 scenario layers")
        sesion = PotSession()
        sesion.abrir(pot)
        navegador = NavegadorDock(sesion)
        dock = ProspectivaDock(sesion)
        dock.resize(400, 640)
        dock.show()
        medidor = Medidor(app)
        libre = lambda: not dock.ocupado  # noqa: E731
        par = medidor.medir("navigator refresh (peer)", navegador.mostrar)
        medidor.medir("whole dock refresh (six sections)", sesion.notify)
        for indice in range(dock.ui.selector.count()):
            medidor.medir(f"show section {indice + 1}", lambda i=indice: dock.ir_a(i))
        medidor.medir("structural analysis (task) and its refresh", dock.estructural.analizar, libre)
        dock.escenarios.seleccionar("deseable")
        medidor.medir("layer of scenario deseable (task)", dock.escenarios.capa, libre)
        medidor.medir("consistency of the scenarios (task)", dock.evaluacion.consistencia, libre)
        medidor.medir("comparison of the scenarios (dialog)", dock.escenarios.comparar)
        medidor.medir("all charts (dialog)", dock.estructural.ver_graficos)
        print(f"\n{'action':<50} {'total s':>8} {'stall s':>8} {'× peer':>8}")
        for nombre, total, atasco in medidor.filas:
            print(f"{nombre:<50} {total:8.2f} {atasco:8.3f} {atasco / max(par, 1e-3):8.1f}")
        peor = max(a for _n, _t, a in medidor.filas)
        print(f"longest stall {peor:.3f} s (goal < {OBJETIVO_S} s)")
        dock.desconectar()
        navegador.desconectar()
        sesion.desconectar()
    finally:
        shutil.rmtree(carpeta, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
