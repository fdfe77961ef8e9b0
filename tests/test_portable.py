"""Portable POTs: a copied or moved POT refers only to itself and to the files beside it. The DIT
registry keeps sources relative to the POT (or, inside the POT, by table name); a missing source is
reported by name, never replaced by the original's file."""
import shutil
import sqlite3

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProject

from pot_cartografia.modelo_actual import registro
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.store.proyecto_qgis import abrir_proyecto, leer_proyecto


@pytest.fixture
def equipo(pot_demo, demo_folder):
    """A team folder: the POT, its DIT files in ./dit, one layer registered from there and one
    corrected copy registered inside the POT."""
    carpeta = pot_demo.parent
    (carpeta / "dit").mkdir()
    shutil.copy2(demo_folder / "territorio_demo.gpkg", carpeta / "dit" / "dit.gpkg")
    for capa, campo, variable in (("zee", "zee", "ZEE"), ("cobertura", "cob", "COB")):
        processing.run("pot:registrar_capa_dit", {"PROJECT": str(pot_demo), "INPUT": f"{carpeta / 'dit' / 'dit.gpkg'}|layername={capa}",
                                                  "THEME": 0, "FIELD": campo, "VARIABLE": variable, "NAME": capa})
    processing.run("pot:corregir_capa_dit", {"PROJECT": str(pot_demo), "LAYER": "cobertura", "NAME": "cobertura_corregida"})
    return carpeta


def _guardadas(pot):
    with sqlite3.connect(pot) as conn:
        return dict(conn.execute("SELECT nombre, fuente FROM pot_dit_capas").fetchall())


def test_sources_are_stored_relative_or_by_table_name(equipo):
    assert _guardadas(equipo / "pot.gpkg") == {"zee": "./dit/dit.gpkg|layername=zee",
                                              "cobertura": "{POT}|layername=cobertura_corregida"}
    entradas = {c.nombre: c for c in registro.listar(PotStore(equipo / "pot.gpkg"))}
    assert entradas["zee"].fuente == f"{equipo / 'dit' / 'dit.gpkg'}|layername=zee"
    assert entradas["cobertura"].fuente == f"{equipo / 'pot.gpkg'}|layername=cobertura_corregida"
    assert entradas["cobertura"].origen == f"{equipo / 'dit' / 'dit.gpkg'}|layername=cobertura"


def test_a_copied_team_folder_reads_only_its_own_files(equipo, tmp_path_factory):
    copia = tmp_path_factory.mktemp("otra_oficina") / "equipo"
    shutil.copytree(equipo, copia)
    shutil.rmtree(equipo)  # the original is gone: the copy must not need it
    store = PotStore.open(copia / "pot.gpkg")
    assert registro.faltantes(store) == []
    salida = processing.run("pot:modelo_actual_unidades", {"PROJECT": str(store.path)})
    assert salida["UNIT_COUNT"] > 0
    assert all(str(copia) in c.fuente for c in registro.listar(store))


def test_a_pot_copied_without_its_files_names_what_is_missing_and_never_reads_the_original(equipo, tmp_path):
    otra = tmp_path / "solo_el_pot"
    otra.mkdir()
    shutil.copy2(equipo / "pot.gpkg", otra / "copia.gpkg")
    store = PotStore.open(otra / "copia.gpkg")
    assert [c.nombre for c in registro.faltantes(store)] == ["zee"]  # the corrected copy travels inside the POT
    with pytest.raises(QgsProcessingException, match=r"cannot be found: zee \(.*solo_el_pot/dit/dit.gpkg\)"):
        processing.run("pot:modelo_actual_unidades", {"PROJECT": str(store.path)})
    cobertura = registro.obtener(store, "cobertura")
    assert cobertura.fuente.startswith(str(otra / "copia.gpkg"))  # its own table, not the original's


def test_a_renamed_copy_opens_with_every_layer_valid_and_pointing_at_itself(equipo, tmp_path):
    original = equipo / "pot.gpkg"
    copia = tmp_path / "otro_nombre.gpkg"
    shutil.copy2(original, copia)
    proyecto = QgsProject()
    malas = []
    proyecto.readProject.connect(lambda *_: malas.extend(c.name() for c in proyecto.mapLayers().values() if not c.isValid()))
    leer_proyecto(proyecto, PotStore.open(copia))
    capas = list(proyecto.mapLayers().values())
    assert capas and malas == [] and all(c.isValid() for c in capas)
    assert all(c.source().startswith(str(copia)) for c in capas), [c.source() for c in capas]
    proyecto.clear()
    # and in the running QGIS, whose project the desktop shows
    abrir_proyecto(copia)
    try:
        assert all(c.isValid() and c.source().startswith(str(copia)) for c in QgsProject.instance().mapLayers().values())
    finally:
        QgsProject.instance().clear()
