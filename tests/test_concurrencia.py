"""Two processes on one POT at the same moment (as two qgis_process runs, or the desktop and
qgis_process): numbers and merges are decided inside the write, the stored project is never
overwritten with a stale copy, a writer that must wait says so. Each race runs ``RONDAS`` times."""
import os
from collections import Counter

import processing
import pytest
from ayudas import capa_demo
from procesos import RESUMEN, carrera, lanzar

from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.intercambio import exportar
from pot_cartografia.diccionario.modelo import Clase, Variable
from pot_cartografia.modelo_actual import versiones
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.store.proyecto_qgis import capas_guardadas, contenido_guardado
from pot_cartografia.store.revision import revisar

RONDAS = int(os.environ.get("POT_RONDAS_CONCURRENCIA", "2"))
_superadas = Counter()


@pytest.fixture(scope="module", autouse=True)
def resumen():
    yield
    for prueba, n in _superadas.items():
        RESUMEN.append(f"concurrency {prueba}: {n} races survived")


@pytest.fixture
def pot_con_unidades(pot_demo, demo_folder):
    processing.run("pot:anadir_capa", {"PROJECT": str(pot_demo), "INPUT": capa_demo(demo_folder, "zee"), "NAME": "unidades",
                                       "PHASE": 1})
    return pot_demo


def _capas_del_proyecto_guardado(path):
    with PotStore(path).connect(readonly=True) as conn:
        return capas_guardadas(contenido_guardado(conn))


@pytest.mark.parametrize("ronda", range(RONDAS))
def test_two_version_saves_get_two_numbers(pot_con_unidades, tmp_path, ronda):
    orden = {"alg": "pot:guardar_version_modelo",
             "params": {"PROJECT": str(pot_con_unidades), "INPUT": f"{pot_con_unidades}|layername=unidades"}}
    informes = carrera([orden, orden], tmp_path / "ya")
    assert all(i["ok"] for i in informes), informes
    assert sorted(i["resultado"]["VERSION"] for i in informes) == [1, 2]
    store = PotStore.open(pot_con_unidades)
    filas = versiones.listar(store)
    assert [(f["version"], f["capa"]) for f in filas] == [(1, "modelo_actual_v1"), (2, "modelo_actual_v2")]
    assert all(f["unidades"] == 53 for f in filas)
    assert revisar(store.path) == []
    assert {"modelo_actual_v1", "modelo_actual_v2"} <= _capas_del_proyecto_guardado(store.path)
    _superadas["two guardar_version_modelo"] += 1


def _diccionario(path, codigo):
    variable = Variable(codigo=codigo, nombre=f"Variable {codigo}", tipo="categorica",
                        clases=[Clase(etiqueta="Uno", color="#112233", codigo="1")])
    exportar([variable], path)
    return path


@pytest.mark.parametrize("ronda", range(RONDAS))
def test_two_merge_imports_keep_both_variables(pot_demo, tmp_path, ronda):
    antes = {v.codigo for v in repositorio.cargar(PotStore.open(pot_demo))}
    ordenes = [{"alg": "pot:importar_diccionario",
                "params": {"PROJECT": str(pot_demo), "INPUT": str(_diccionario(tmp_path / f"{c}.csv", c)), "MODE": 1}}
               for c in ("NUEVA_A", "NUEVA_B")]
    informes = carrera(ordenes, tmp_path / "ya")
    assert all(i["ok"] for i in informes), informes
    despues = {v.codigo for v in repositorio.cargar(PotStore.open(pot_demo))}
    assert despues == antes | {"NUEVA_A", "NUEVA_B"}
    _superadas["two importar_diccionario (merge)"] += 1


@pytest.mark.parametrize("ronda", range(RONDAS))
def test_two_layers_added_at_once_are_both_in_the_stored_project(pot_demo, demo_folder, tmp_path, ronda):
    fuente = demo_folder / "territorio_demo.gpkg"
    ordenes = [{"alg": "pot:anadir_capa", "params": {"PROJECT": str(pot_demo), "INPUT": f"{fuente}|layername={capa}",
                                                     "NAME": capa, "PHASE": 1}}
               for capa in ("cobertura", "vias")]
    informes = carrera(ordenes, tmp_path / "ya")
    assert all(i["ok"] for i in informes), informes
    assert {"cobertura", "vias"} <= _capas_del_proyecto_guardado(pot_demo)
    assert revisar(pot_demo) == []
    _superadas["two anadir_capa"] += 1


@pytest.mark.parametrize("ronda", range(RONDAS))
def test_desktop_save_while_another_process_adds_a_layer(pot_demo, demo_folder, tmp_path, ronda):
    """The desktop holds the POT's project (read before the layer existed) and the user saves it
    while qgis_process adds a layer: the session merges the registry back, nothing is lost."""
    escritorio = {"codigo": f"""
from pathlib import Path
import time
from qgis.core import QgsApplication, QgsProject
from pot_cartografia.ui.sesion import PotSession
sesion = PotSession(QgsProject.instance())
sesion.abrir({str(pot_demo)!r})
while not Path({str(tmp_path / 'listo_para_guardar')!r}).exists():
    time.sleep(0.01)
guardado = QgsProject.instance().write()
for _ in range(50):
    QgsApplication.processEvents()
    time.sleep(0.01)
resultado = {{"guardado": guardado, "capas": sorted(l.name() for l in QgsProject.instance().mapLayers().values())}}
"""}
    desktop = lanzar(dict(escritorio, barrera=str(tmp_path / "ya")))
    fuente = demo_folder / "territorio_demo.gpkg"
    otro = lanzar({"alg": "pot:anadir_capa", "barrera": str(tmp_path / "ya"),
                   "params": {"PROJECT": str(pot_demo), "INPUT": f"{fuente}|layername=vias", "NAME": "vias", "PHASE": 1}})
    desktop.esperar_listo()
    otro.esperar_listo()
    (tmp_path / "ya").write_text("ya")
    # the desktop has read its project by now or very soon: the save lands before, during or after the add
    import random
    import time

    time.sleep(random.Random(ronda).uniform(0.5, 2.5))
    (tmp_path / "listo_para_guardar").write_text("ya")
    informes = [desktop.terminar(), otro.terminar()]
    assert all(i["ok"] for i in informes), informes
    assert "vias" in _capas_del_proyecto_guardado(pot_demo)
    assert revisar(pot_demo) == []
    _superadas["desktop save while anadir_capa"] += 1


def test_a_writer_that_must_wait_says_so_and_one_that_cannot_fails_clearly(pot_demo, tmp_path, monkeypatch):
    """Another program holds the write lock: the algorithm says it waits; past the limit it fails
    naming the file, and the POT is unchanged."""
    bloqueo = lanzar({"codigo": f"""
import sqlite3, time
from pathlib import Path
c = sqlite3.connect({str(pot_demo)!r}, isolation_level=None)
c.execute("BEGIN IMMEDIATE")
Path({str(tmp_path / 'bloqueado')!r}).write_text("ya")
time.sleep(4)
c.execute("ROLLBACK")
resultado = "ok"
"""})
    bloqueo.esperar_listo()
    import time

    while not (tmp_path / "bloqueado").exists():
        time.sleep(0.01)
    mensajes = []
    from qgis.core import QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802 (QGIS API)
            mensajes.append(info)

    _diccionario(tmp_path / "d.csv", "ESPERA")
    from pot_cartografia.store import conexion
    from qgis.core import QgsProcessingException

    with monkeypatch.context() as parche:
        parche.setattr(conexion, "ESPERA_MAXIMA", 0.5)
        with pytest.raises(QgsProcessingException, match="being written by another program.*Nothing was changed"):
            processing.run("pot:importar_diccionario", {"PROJECT": str(pot_demo), "INPUT": str(tmp_path / "d.csv"), "MODE": 1})
    assert "ESPERA" not in {v.codigo for v in repositorio.cargar(PotStore(pot_demo))}
    processing.run("pot:importar_diccionario", {"PROJECT": str(pot_demo), "INPUT": str(tmp_path / "d.csv"), "MODE": 1},
                   feedback=Feedback())
    assert any("Waiting for another program" in m for m in mensajes), mensajes
    assert "ESPERA" in {v.codigo for v in repositorio.cargar(PotStore(pot_demo))}
    assert bloqueo.terminar()["ok"]
