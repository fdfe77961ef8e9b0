"""The connection policy between the plugin's sqlite3 writes and QGIS's own (OGR) connections to the
same POT (docs/ARCHITECTURE.md): a layer held in an edit session in QGIS, with uncommitted changes,
while the plugin (and another process) write; then the edits are committed. Nothing is lost, the
files QGIS holds (-wal, -shm) stay, and a layer being edited is never replaced under its editor."""
import os
import sqlite3
from pathlib import Path

import processing
import pytest
from procesos import lanzar
from qgis.core import QgsProcessingException, QgsProject

from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.intercambio import exportar
from pot_cartografia.diccionario.modelo import Clase, Variable
from pot_cartografia.store import conexion, escritura
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.store.proyecto_qgis import abrir_proyecto
from pot_cartografia.store.revision import revisar


@pytest.fixture
def escritorio(pot_demo, demo_folder):
    """The POT open in this QGIS (as in the desktop) with a layer "zee" being edited: one attribute
    changed in the edit buffer, not committed."""
    processing.run("pot:anadir_capa", {"PROJECT": str(pot_demo), "INPUT": f"{demo_folder / 'territorio_demo.gpkg'}|layername=zee",
                                       "NAME": "zee", "PHASE": 1})
    abrir_proyecto(pot_demo)
    capa = next(c for c in QgsProject.instance().mapLayers().values() if c.source().endswith("layername=zee"))
    assert capa.startEditing()
    primera = next(capa.getFeatures())
    assert capa.changeAttributeValue(primera.id(), capa.fields().indexOf("zee"), "EDITADO")
    yield pot_demo, capa, primera["pot_uid"]
    if capa.isEditable():
        capa.rollBack()
    QgsProject.instance().clear()


def _inodos(pot):
    return {s: os.stat(f"{pot}{s}").st_ino for s in ("-wal", "-shm") if Path(f"{pot}{s}").exists()}


def _diccionario(path, codigo):
    exportar([Variable(codigo=codigo, nombre=codigo, clases=[Clase(etiqueta="Uno", color="#112233", codigo="1")])], path)
    return path


def test_plugin_and_another_process_write_while_a_layer_is_edited_then_the_edits_commit(escritorio, demo_folder, tmp_path):
    pot, capa, uid = escritorio
    antes = _inodos(pot)
    assert set(antes) == {"-wal", "-shm"}, "QGIS edits a GeoPackage in WAL mode"
    demo = demo_folder / "territorio_demo.gpkg"
    # the plugin, in this process (the desktop): a layer, a dictionary import, a version
    processing.run("pot:anadir_capa", {"PROJECT": str(pot), "INPUT": f"{demo}|layername=vias", "NAME": "vias", "PHASE": 1})
    processing.run("pot:importar_diccionario", {"PROJECT": str(pot), "INPUT": str(_diccionario(tmp_path / "a.csv", "DESDE_QGIS")),
                                                "MODE": 1})
    processing.run("pot:guardar_version_modelo", {"PROJECT": str(pot), "INPUT": f"{pot}|layername=zee"})
    # and another process (qgis_process) at the same time
    otro = lanzar({"alg": "pot:anadir_capa", "params": {"PROJECT": str(pot), "INPUT": f"{demo}|layername=rios", "NAME": "rios",
                                                        "PHASE": 1}})
    otro.esperar_listo()
    assert otro.terminar()["ok"]
    assert _inodos(pot) == antes, "the -wal and -shm files QGIS holds were never removed or replaced"
    assert capa.isModified() and capa.isEditable()
    assert capa.commitChanges(), capa.commitErrors()
    with sqlite3.connect(pot) as conn:
        assert conn.execute("SELECT zee FROM zee WHERE pot_uid = ?", (uid,)).fetchone()[0] == "EDITADO"
    store = PotStore(pot)
    assert {"vias", "rios", "modelo_actual_v1"} <= set(store.spatial_layers())
    assert "DESDE_QGIS" in {v.codigo for v in repositorio.cargar(store)}
    assert revisar(pot) == []


def test_a_layer_being_edited_is_never_replaced_under_its_editor(escritorio, demo_folder):
    pot, capa, _ = escritorio
    with pytest.raises(QgsProcessingException, match="“zee” is being edited in QGIS .*Nothing was changed"):
        processing.run("pot:anadir_capa", {"PROJECT": str(pot), "INPUT": f"{demo_folder / 'territorio_demo.gpkg'}|layername=anp",
                                           "NAME": "zee", "PHASE": 1, "REPLACE": True})
    assert capa.isModified() and capa.commitChanges(), capa.commitErrors()
    processing.run("pot:anadir_capa", {"PROJECT": str(pot), "INPUT": f"{demo_folder / 'territorio_demo.gpkg'}|layername=anp",
                                       "NAME": "zee", "PHASE": 1, "REPLACE": True})
    assert capa.featureCount() == QgsProject.instance().mapLayer(capa.id()).featureCount()  # reloaded: the new data


def test_a_layer_written_without_any_crs_is_refused_by_name(pot_demo, monkeypatch):
    from osgeo import ogr
    from qgis.core import QgsVectorLayer

    def sin_crs(self, layer, provisional, crs, contexto):  # a writer that lost the CRS on the way: srs_id -1
        ds = ogr.Open(str(self.ruta), 1)
        capa = ds.CreateLayer(provisional, None, ogr.wkbPolygon)
        f = ogr.Feature(capa.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((0 0, 1 0, 1 1, 0 0))"))
        capa.CreateFeature(f)
        ds = None

    monkeypatch.setattr(escritura.Escritura, "_escribir", sin_crs)
    with pytest.raises(QgsProcessingException, match="“capa sin crs” was written without the POT's CRS \\(none instead of EPSG:32718\\)"):
        processing.run("pot:anadir_capa", {"PROJECT": str(pot_demo), "INPUT": QgsVectorLayer("Polygon?crs=EPSG:32718", "capa sin crs",
                                                                                           "memory"), "NAME": "sin_crs"})
    assert "sin_crs" not in PotStore(pot_demo).table_names()


def test_python_and_qgis_share_one_sqlite_library_here():
    python, gdal_sqlite = conexion.versiones_sqlite()
    assert python and gdal_sqlite
    assert conexion.avisar_si_dos_sqlite() == (python == gdal_sqlite)
