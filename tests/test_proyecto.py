"""Creating, reopening and migrating a POT GeoPackage; bad input to pot:crear_proyecto."""
import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap

import processing
import pytest
from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from pot_cartografia.core.errors import PotError
from pot_cartografia.diccionario import repositorio
from pot_cartografia.store import schema
from pot_cartografia.store.pot_store import PotStore, apply_migrations, connect
from pot_cartografia.store.proyecto_qgis import abrir_proyecto

from pathlib import Path

import pot_cartografia

REPO = Path(__file__).resolve().parents[1]
PACKAGE_PARENT = Path(pot_cartografia.__file__).parent.parent  # the folder holding the pot_cartografia link


def sha(path):
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def memory_layer(wkt_list, crs="EPSG:32718", kind="Polygon", fields="nombre:string"):
    layer = QgsVectorLayer(f"{kind}?crs={crs}&field={fields}", "ambito_prueba", "memory")
    feats = []
    for i, wkt in enumerate(wkt_list):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry())
        f.setAttributes([f"P{i}"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


SQUARE = "POLYGON((500000 9000000, 560000 9000000, 560000 9050000, 500000 9050000, 500000 9000000))"


def crear(tmp_path, ambito, name="pot.gpkg", **extra):
    params = {"NAME": "POT Demo", "LEVEL": 1, "AMBITO": ambito, "HORIZON": 2040, "OUTPUT": str(tmp_path / name)}
    params.update(extra)
    return processing.run("pot:crear_proyecto", params)


def test_create_writes_complete_pot(tmp_path):
    result = crear(tmp_path, memory_layer([SQUARE]), TEAM="Equipo técnico", ENTITY="Gobierno Regional de Ucayali")
    path = tmp_path / "pot.gpkg"
    assert result["OUTPUT"] == str(path) and result["CRS"] == "EPSG:32718"
    store = PotStore.open(path)
    assert store.schema_version() == schema.LATEST
    meta = store.metadata()
    assert meta["nombre"] == "POT Demo" and meta["nivel"] == "provincial" and meta["horizonte"] == "2040"
    assert meta["zona_utm"] == "18S" and meta["entidad"] == "Gobierno Regional de Ucayali"
    assert store.spatial_layers() == ["ambito"]
    ambito = QgsVectorLayer(store.layer_uri("ambito"), "a", "ogr")
    feature = next(ambito.getFeatures())
    assert feature["area_ha"] == pytest.approx(60_000 * 50_000 / 10_000)
    assert len(repositorio.cargar(store)) >= 8, "default dictionary written"
    with sqlite3.connect(path) as conn:
        styles = conn.execute("SELECT f_table_name, useAsDefault FROM layer_styles").fetchall()
        projects = conn.execute("SELECT name FROM qgis_projects").fetchall()
    assert ("ambito", 1) in styles
    assert projects == [("pot",)]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".pot.")], "no temporary file left behind"


def test_reopen_in_new_process_exactly_as_saved(tmp_path):
    crear(tmp_path, memory_layer([SQUARE]))
    moved = tmp_path / "moved"
    moved.mkdir()
    os.replace(tmp_path / "pot.gpkg", moved / "mi pot ñ.gpkg")  # moved and renamed, accents in the path
    script = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {str(PACKAGE_PARENT)!r})
        from qgis.core import QgsApplication, QgsProject
        app = QgsApplication([], False); app.initQgis()
        from pot_cartografia.store.proyecto_qgis import abrir_proyecto
        store = abrir_proyecto({str(moved / 'mi pot ñ.gpkg')!r})
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        print("GROUPS", [g.name() for g in root.children()])
        print("CRS", project.crs().authid())
        for layer in project.mapLayers().values():
            print("LAYER", layer.name(), layer.isValid(), layer.featureCount(), layer.source().split("|")[0])
            print("RENDERER", layer.renderer().type(), layer.renderer().symbol().symbolLayer(0).properties().get("style"))
        """
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    groups = next(line for line in lines if line.startswith("GROUPS"))
    assert "Fase I" in groups and "Fase IV" in groups  # the POT's language, whatever QGIS's
    assert "CRS EPSG:32718" in lines
    layer_line = next(line for line in lines if line.startswith("LAYER"))
    assert "True 1" in layer_line and str(moved / "mi pot ñ.gpkg") in layer_line
    assert "RENDERER singleSymbol no" in lines


def test_utm_zone_for_geographic_ambito_spanning_two_zones(tmp_path):
    # Mostly in zone 19 (lon -72..-66), a sliver in zone 18 (-73..-72), southern hemisphere.
    wkt = "POLYGON((-73 -10, -67 -10, -67 -9, -73 -9, -73 -10))"
    result = crear(tmp_path, memory_layer([wkt], crs="EPSG:4326"))
    assert result["CRS"] == "EPSG:32719"
    assert any("2 UTM zones" in m and "19S" in m for m in result["MESSAGES"])
    store = PotStore.open(result["OUTPUT"])
    layer = QgsVectorLayer(store.layer_uri("ambito"), "a", "ogr")
    assert layer.crs().authid() == "EPSG:32719"


def test_filter_keeps_one_province(tmp_path):
    west = "POLYGON((500000 9000000, 530000 9000000, 530000 9050000, 500000 9050000, 500000 9000000))"
    east = "POLYGON((530000 9000000, 560000 9000000, 560000 9050000, 530000 9050000, 530000 9000000))"
    result = crear(tmp_path, memory_layer([west, east]), FILTER="\"nombre\" = 'P1'")
    layer = QgsVectorLayer(PotStore(result["OUTPUT"]).layer_uri("ambito"), "a", "ogr")
    assert next(layer.getFeatures()).geometry().boundingBox().xMinimum() == pytest.approx(530000)


def test_explicit_crs_and_geographic_crs_refused(tmp_path):
    result = crear(tmp_path, memory_layer([SQUARE]), CRS=QgsCoordinateReferenceSystem("EPSG:32717"))
    assert result["CRS"] == "EPSG:32717"
    with pytest.raises(QgsProcessingException, match="geographic"):
        crear(tmp_path, memory_layer([SQUARE]), name="b.gpkg", CRS=QgsCoordinateReferenceSystem("EPSG:4326"))
    assert not (tmp_path / "b.gpkg").exists()


@pytest.mark.parametrize(
    "layer, message",
    [
        (lambda: memory_layer([]), "no polygon to use"),
        (lambda: memory_layer([None]), "no polygon to use"),
        (lambda: memory_layer(["LINESTRING(0 0, 1 1)"], kind="LineString"), "must contain polygons; it has lines\\."),
    ],
    ids=["empty", "null-geometry", "lines"],
)
def test_bad_ambito_gives_clear_message(tmp_path, layer, message):
    with pytest.raises(QgsProcessingException, match=message):
        crear(tmp_path, layer())
    assert not (tmp_path / "pot.gpkg").exists()


def test_invalid_ambito_is_repaired_and_said(tmp_path):
    bowtie = "POLYGON((500000 9000000, 560000 9050000, 560000 9000000, 500000 9050000, 500000 9000000))"
    result = crear(tmp_path, memory_layer([bowtie]))
    assert any("repaired" in m for m in result["MESSAGES"])
    layer = QgsVectorLayer(PotStore(result["OUTPUT"]).layer_uri("ambito"), "a", "ogr")
    geometry = next(layer.getFeatures()).geometry()
    assert geometry.isGeosValid() and geometry.area() == pytest.approx(2 * 0.5 * 50_000 * 30_000, rel=1e-9)  # two triangles


def test_existing_pot_never_overwritten(tmp_path):
    crear(tmp_path, memory_layer([SQUARE]))
    before = sha(tmp_path / "pot.gpkg")
    with pytest.raises(QgsProcessingException, match="already holds a POT"):
        crear(tmp_path, memory_layer([SQUARE]))
    assert sha(tmp_path / "pot.gpkg") == before


def test_unwritable_destination(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("x")
    with pytest.raises(QgsProcessingException, match="cannot be created"):
        crear(tmp_path, memory_layer([SQUARE]), name="a_file/sub/pot.gpkg")


def test_locked_pot_gives_clear_message(tmp_path, monkeypatch):
    from pot_cartografia.store import conexion

    monkeypatch.setattr(conexion, "ESPERA_MAXIMA", 1.0)
    crear(tmp_path, memory_layer([SQUARE]))
    path = tmp_path / "pot.gpkg"
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        store = PotStore(path)
        with pytest.raises(PotError, match="being written by another program.*Nothing was changed"):
            store.set_metadata({"nombre": "otro"})
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert PotStore.open(path).metadata()["nombre"] == "POT Demo"


def test_geopackage_that_is_not_a_pot(tmp_path):
    path = tmp_path / "plain.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    before = sha(path)
    with pytest.raises(PotError, match="not a POT"):
        PotStore.open(path)
    text = tmp_path / "notes.gpkg"
    text.write_text("hola")
    with pytest.raises(PotError, match="not a GeoPackage"):
        PotStore.open(text)
    assert sha(path) == before


def _pot_at_version(path, version):
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    with connect(path) as conn:
        apply_migrations(conn, 0, target=version)


def test_migration_v1_to_latest_keeps_data(tmp_path):
    path = tmp_path / "old.gpkg"
    _pot_at_version(path, 1)
    with connect(path) as conn:
        conn.execute("INSERT INTO pot_metadatos (clave, valor) VALUES ('nombre', 'POT antiguo')")
        conn.execute("INSERT INTO pot_variables (codigo, nombre, tipo, orden) VALUES ('COB', 'Cobertura', 'categorica', 0)")
        conn.execute("INSERT INTO pot_clases (variable, codigo, etiqueta, color, orden) VALUES ('COB', '1', 'Bosque', '#00aa00', 0)")
    assert PotStore(path).schema_version() == 1
    store = PotStore.open(path)
    assert store.schema_version() == schema.LATEST
    assert store.metadata() == {"nombre": "POT antiguo"}
    assert [c.etiqueta for c in repositorio.obtener(store, "COB").clases] == ["Bosque"]
    assert {"pot_vinculos", "pot_campos", "pot_capas"} <= store.table_names()
    backups = list(tmp_path.glob("old.v1.bak.gpkg"))
    assert backups and PotStore(backups[0]).schema_version() == 1


def test_newer_schema_refused_untouched(tmp_path):
    path = tmp_path / "future.gpkg"
    _pot_at_version(path, schema.LATEST)
    with connect(path) as conn:
        conn.execute("INSERT INTO pot_esquema (version, aplicado, plugin) VALUES (?, 'x', '9.0')", (schema.LATEST + 1,))
    before = sha(path)
    with pytest.raises(PotError, match="newer version"):
        PotStore.open(path)
    with pytest.raises(PotError, match="newer version"):
        abrir_proyecto(path)
    assert sha(path) == before


def test_open_into_running_qgis(tmp_path):
    crear(tmp_path, memory_layer([SQUARE]))
    store = abrir_proyecto(tmp_path / "pot.gpkg")
    try:
        assert store.path == (tmp_path / "pot.gpkg").resolve()
        names = [layer.name() for layer in QgsProject.instance().mapLayers().values()]
        assert len(names) == 1
    finally:
        QgsProject.instance().clear()


def test_utm_zone_label_of_a_crs():
    from pot_cartografia.store.utm import etiqueta_de_crs

    assert [etiqueta_de_crs(a) for a in ("EPSG:32718", "EPSG:32601", "EPSG:24877", "EPSG:4326", "")] == ["18S", "1N", "17S", "", ""]
