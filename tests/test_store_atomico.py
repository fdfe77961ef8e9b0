"""Every write all or nothing: a replaced layer is built beside the old one and swapped in one
transaction with its registry row, bindings, links, style and stored-project entry; failures (a
fault at the last moment, a full or read-only disk, a bad layer) leave the previous state whole."""
import shutil
import sqlite3
import subprocess
import uuid

import processing
import pytest
from ayudas import desmontar, montar, punto_de_montaje
from procesos import lanzar
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from pot_cartografia.store import escritura, proyecto_qgis
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.store.proyecto_qgis import abrir_proyecto, capas_guardadas, contenido_guardado
from pot_cartografia.store.revision import revisar


def celda(x, y, lado=10000):
    return f"POLYGON(({x} {y}, {x + lado} {y}, {x + lado} {y + lado}, {x} {y + lado}, {x} {y}))"


def capa_memoria(filas, campos="cob:string&field=dens:double", tipo="Polygon", nombre="cobertura externa", crs="EPSG:32718"):
    layer = QgsVectorLayer(f"{tipo}?crs={crs}&field={campos}", nombre, "memory")
    entidades = []
    for wkt, *valores in filas:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(valores)
        entidades.append(f)
    assert layer.dataProvider().addFeatures(entidades)
    return layer


def anadir(pot, fuente, nombre="cobertura", reemplazar=False, feedback=None, **extra):
    # Not clipped: the test cells lie outside the demo ámbito, and these tests are about whole writes.
    return processing.run("pot:anadir_capa", dict({"PROJECT": str(pot), "INPUT": fuente, "NAME": nombre, "TITLE": "Cobertura",
                                                   "PHASE": 1, "REPLACE": reemplazar, "CLIP": False}, **extra), feedback=feedback)


@pytest.fixture
def pot_con_capa(pot_demo):
    """A POT whose layer "cobertura" (4 cells) has "cob" linked to COB and "dens" to DENS_POB."""
    filas = [(celda(500000 + 10000 * i, 9000000), c, d) for i, (c, d) in enumerate([("1", 3.0), ("6", 40.0), ("1", 700.0), ("6", 2.0)])]
    salida = anadir(pot_demo, capa_memoria(filas))["OUTPUT"]
    layer = QgsVectorLayer(salida, "Cobertura", "ogr")
    processing.run("pot:vincular_variable", {"INPUT": layer, "FIELD": "cob", "VARIABLE": "COB"})
    processing.run("pot:vincular_variable", {"INPUT": layer, "FIELD": "dens", "VARIABLE": "DENS_POB"})
    return pot_demo


def estado(pot):
    """Everything a replace may touch, to compare before and after."""
    with sqlite3.connect(pot) as conn:
        return {
            "filas": sorted(conn.execute("SELECT pot_uid, cob FROM cobertura").fetchall()),
            "registro": conn.execute("SELECT capa, titulo, fase FROM pot_capas ORDER BY capa").fetchall(),
            "campos": sorted(conn.execute("SELECT capa, campo, variable FROM pot_campos").fetchall()),
            "vinculos": sorted(conn.execute("SELECT capa, entidad, variable, valor FROM pot_vinculos").fetchall()),
            "estilos": conn.execute("SELECT f_table_name, styleQML FROM layer_styles ORDER BY id").fetchall(),
            "proyecto": conn.execute("SELECT content FROM qgis_projects").fetchall(),
            "tablas": sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master")),
        }


def restos(carpeta):
    return sorted(p.name for p in carpeta.iterdir() if ".escritura-" in p.name)


def test_replace_failing_at_the_last_moment_leaves_the_previous_layer_whole(pot_con_capa, monkeypatch):
    antes = estado(pot_con_capa)
    assert len(antes["vinculos"]) == 8

    def falla(*_args, **_kwargs):
        raise RuntimeError("simulated crash while the project is written")

    monkeypatch.setattr(proyecto_qgis, "guardar_contenido", falla)
    nueva = capa_memoria([(celda(600000, 9000000), "6", 1.0)])
    with pytest.raises(QgsProcessingException, match="simulated crash"):
        anadir(pot_con_capa, nueva, reemplazar=True)
    assert estado(pot_con_capa) == antes
    assert restos(pot_con_capa.parent) == []
    assert revisar(pot_con_capa) == []


def test_replace_swaps_data_registry_links_and_project_together(pot_con_capa):
    antes = estado(pot_con_capa)
    feedback = Avisos()
    nueva = capa_memoria([(celda(600000, 9000000), "6"), (celda(610000, 9000000), "1")], campos="cob:string", nombre="nueva")
    anadir(pot_con_capa, nueva, reemplazar=True, feedback=feedback)
    despues = estado(pot_con_capa)
    assert len(despues["filas"]) == 2 and all(len(uid) == 36 for uid, *_ in despues["filas"])
    # "dens" is gone: its binding and links go with it (they broke the memoria before), said in a warning
    assert despues["campos"] == [("cobertura", "cob", "COB")]
    assert sorted((e, v) for _, e, _, v in despues["vinculos"]) == sorted(despues["filas"])
    assert any("dens" in a for a in feedback.avisos), feedback.avisos
    assert [r for r in despues["registro"] if r[0] == "cobertura"] == [("cobertura", "Cobertura", "fase1")]
    assert despues["proyecto"] != antes["proyecto"] or "cobertura" in _guardadas(pot_con_capa)
    assert "cobertura" in _guardadas(pot_con_capa)
    assert restos(pot_con_capa.parent) == []
    assert revisar(pot_con_capa) == []
    # a layer GDAL can read and edit: the moved spatial index and triggers work
    layer = QgsVectorLayer(f"{pot_con_capa}|layername=cobertura", "c", "ogr")
    assert layer.featureCount() == 2 and layer.crs().authid() == "EPSG:32718"
    assert layer.startEditing()
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromWkt(celda(700000, 9000000)))
    assert layer.addFeature(f) and layer.commitChanges(), layer.commitErrors()
    rect = QgsGeometry.fromWkt(celda(700000, 9000000)).boundingBox()
    assert len(list(layer.getFeatures(rect))) == 1


def _guardadas(pot):
    with PotStore(pot).connect(readonly=True) as conn:
        return capas_guardadas(contenido_guardado(conn))


class Avisos(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.avisos = []

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.avisos.append(warning)
        super().pushWarning(warning)


def test_a_replaced_layer_open_in_qgis_shows_the_new_data(pot_con_capa):
    abrir_proyecto(pot_con_capa)
    try:
        abierta = next(lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source().endswith("layername=cobertura"))
        assert abierta.featureCount() == 4
        nueva = capa_memoria([(celda(600000, 9000000), "6", 1.0, "x")], campos="cob:string&field=dens:double&field=extra:string")
        anadir(pot_con_capa, nueva, reemplazar=True)
        assert abierta.featureCount() == 1
        assert "extra" in abierta.fields().names()
        assert [f["cob"] for f in abierta.getFeatures()] == ["6"]
    finally:
        QgsProject.instance().clear()


def test_integer_pot_uid_is_replaced_by_the_plugins_own(pot_demo):
    fuente = capa_memoria([(celda(500000 + 10000 * i, 9000000), uid, "1") for i, uid in enumerate([7, 0, 0])],
                          campos="pot_uid:integer&field=cob:string")
    feedback = Avisos()
    salida = anadir(pot_demo, fuente, feedback=feedback)["OUTPUT"]
    layer = QgsVectorLayer(salida, "c", "ogr")
    uids = [f["pot_uid"] for f in layer.getFeatures()]
    assert len(set(uids)) == 3 and all(str(uuid.UUID(u)) == u for u in uids)
    assert any("pot_uid" in a for a in feedback.avisos)
    assert processing.run("pot:vincular_variable", {"INPUT": layer, "FIELD": "cob", "VARIABLE": "COB"})["LINKS"] == 3


def test_text_pot_uid_that_is_not_a_uuid_is_replaced(pot_demo):
    fuente = capa_memoria([(celda(500000 + 10000 * i, 9000000), uid) for i, uid in enumerate(["7", "0", "0"])],
                          campos="pot_uid:string")
    layer = QgsVectorLayer(anadir(pot_demo, fuente)["OUTPUT"], "c", "ogr")
    uids = [f["pot_uid"] for f in layer.getFeatures()]
    assert len(set(uids)) == 3 and all(len(u) == 36 for u in uids)


def test_layer_declared_polygon_holding_points_and_lines_is_refused(pot_demo, tmp_path):
    from osgeo import ogr, osr

    ruta = tmp_path / "mezcla.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(ruta))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    capa = ds.CreateLayer("mezcla", srs, ogr.wkbPolygon)
    for wkt in (celda(500000, 9000000), "POINT(500000 9000000)", "LINESTRING(500000 9000000, 510000 9010000)"):
        f = ogr.Feature(capa.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        capa.CreateFeature(f)
    ds = None
    antes = estado_tablas(pot_demo)
    with pytest.raises(QgsProcessingException, match=r"“mezcla” is a polygon layer but holds other geometries \(1 line, 1 point\)"):
        anadir(pot_demo, f"{ruta}|layername=mezcla", nombre="mezcla")
    assert estado_tablas(pot_demo) == antes


def estado_tablas(pot):
    with sqlite3.connect(pot) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM sqlite_master")), conn.execute("SELECT * FROM pot_capas").fetchall()


def test_layer_written_without_the_pot_crs_is_refused_by_name(pot_demo, monkeypatch):
    original = escritura.Escritura._escribir

    def sin_transformar(self, layer, provisional, crs, contexto):
        # a writer that reprojected to the wrong CRS (the source's): the layer is checked after writing
        return original(self, layer, provisional, QgsCoordinateReferenceSystem("EPSG:4326"), contexto)

    monkeypatch.setattr(escritura.Escritura, "_escribir", sin_transformar)
    fuente = capa_memoria([("POLYGON((-74.9 -8.9, -74.8 -8.9, -74.8 -8.8, -74.9 -8.9))", "1", 1.0)], crs="EPSG:4326",
                          nombre="en grados")
    with pytest.raises(QgsProcessingException, match="“en grados” was written without the POT's CRS \\(EPSG:4326 instead of EPSG:32718\\)"):
        anadir(pot_demo, fuente, nombre="grados")
    assert "grados" not in PotStore(pot_demo).table_names()


def _shapefile(carpeta, nombre, texto: bytes):
    """A shapefile whose DBF holds ``texto`` as raw bytes and declares no encoding (no .cpg, LDID 0)."""
    from osgeo import ogr, osr

    ruta = carpeta / f"{nombre}.shp"
    ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(ruta))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    capa = ds.CreateLayer(nombre, srs, ogr.wkbPolygon, options=["ENCODING="])
    capa.CreateField(ogr.FieldDefn("nombre", ogr.OFTString))
    f = ogr.Feature(capa.GetLayerDefn())
    f.SetField("nombre", "X" * len(texto))
    f.SetGeometry(ogr.CreateGeometryFromWkt(celda(500000, 9000000)))
    capa.CreateFeature(f)
    ds = None
    (carpeta / f"{nombre}.cpg").unlink(missing_ok=True)
    dbf = bytearray((carpeta / f"{nombre}.dbf").read_bytes())
    dbf[29] = 0
    (carpeta / f"{nombre}.dbf").write_bytes(bytes(dbf).replace(b"X" * len(texto), texto))
    return ruta


def test_latin1_shapefile_without_cpg_keeps_its_accents(pot_demo, tmp_path):
    ruta = _shapefile(tmp_path, "distritos", "Añaños".encode("latin-1"))
    assert "\ufffd" in next(QgsVectorLayer(str(ruta), "d", "ogr").getFeatures())["nombre"]  # what QGIS reads by itself
    feedback = Avisos()
    layer = QgsVectorLayer(anadir(pot_demo, str(ruta), nombre="distritos", feedback=feedback)["OUTPUT"], "d", "ogr")
    assert [f["nombre"] for f in layer.getFeatures()] == ["Añaños"]
    assert any("Latin-1" in a and "distritos" in a for a in feedback.avisos), feedback.avisos
    # the user's choice wins
    otra = QgsVectorLayer(anadir(pot_demo, str(ruta), nombre="distritos_1252", ENCODING=3)["OUTPUT"], "d", "ogr")
    assert [f["nombre"] for f in otra.getFeatures()] == ["Añaños"]
    forzada = QgsVectorLayer(anadir(pot_demo, str(ruta), nombre="distritos_utf8", ENCODING=1)["OUTPUT"], "d", "ogr")
    assert "\ufffd" in next(forzada.getFeatures())["nombre"]


def test_a_utf8_shapefile_without_cpg_is_read_as_utf8(pot_demo, tmp_path):
    ruta = _shapefile(tmp_path, "utf8", "Añaños".encode())
    feedback = Avisos()
    layer = QgsVectorLayer(anadir(pot_demo, str(ruta), nombre="utf8", feedback=feedback)["OUTPUT"], "d", "ogr")
    assert [f["nombre"] for f in layer.getFeatures()] == ["Añaños"] and feedback.avisos == []


def test_new_pot_failing_late_leaves_nothing_and_a_retry_works(demo_folder, tmp_path, monkeypatch):
    from ayudas import capa_demo

    destino = tmp_path / "nuevo.gpkg"
    parametros = {"NAME": "POT", "LEVEL": 1, "AMBITO": capa_demo(demo_folder, "ambito"), "HORIZON": 2040, "OUTPUT": str(destino)}
    with monkeypatch.context() as parche:
        def falla(*_args, **_kwargs):
            raise RuntimeError("simulated crash while the project is written")

        parche.setattr(proyecto_qgis, "guardar_contenido", falla)
        with pytest.raises(QgsProcessingException, match="simulated crash"):
            processing.run("pot:crear_proyecto", parametros)
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    processing.run("pot:crear_proyecto", parametros)
    assert PotStore.open(destino).metadata()["nombre"] == "POT" and "ambito" in _guardadas(destino)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nuevo.gpkg"]


def test_leftovers_of_a_killed_write_are_removed_on_open_and_live_ones_kept(pot_demo):
    hijo = lanzar({"codigo": f"""
import time
from pot_cartografia.store.escritura import Escritura
from pot_cartografia.store.pot_store import PotStore
with Escritura(PotStore({str(pot_demo)!r})) as e:
    print("DENTRO", flush=True)
    time.sleep(60)
"""})
    hijo.esperar_listo()
    import time

    fin = time.monotonic() + 30
    while "DENTRO" not in hijo.lineas and time.monotonic() < fin:
        time.sleep(0.05)
    muerto = ids(pot_demo.parent)
    assert len(muerto) == 1, "the working files exist while the write lives"
    PotStore.open(pot_demo)
    assert ids(pot_demo.parent) == muerto, "a live write is never cleaned"
    hijo.matar()
    with escritura.Escritura(PotStore(pot_demo)):
        vivo = ids(pot_demo.parent) - muerto
        PotStore.open(pot_demo)
        assert ids(pot_demo.parent) == vivo  # the killed write's files are gone, this live one's stay
    assert restos(pot_demo.parent) == []


def ids(carpeta):
    return {n.split(".escritura-")[1][:12] for n in restos(carpeta)}


# -- full and read-only disks ---------------------------------------------------------------------------
def _montar(destino, *opciones):
    if not montar(destino, *opciones):
        pytest.skip("cannot mount a small or read-only filesystem here: needs root")
    return destino


@pytest.fixture
def disco_pequeno(tmp_path):
    """A 3 MB filesystem (tmpfs), unmounted afterwards."""
    punto = _montar(punto_de_montaje("pequeno"), "-t", "tmpfs", "-o", "size=3m", "tmpfs")
    yield punto
    desmontar(punto)


def _capa_grande(n=4000):
    filas = [(celda(500000 + 1000 * (i % 80), 9000000 + 1000 * (i // 80), 900), "x" * 200, float(i)) for i in range(n)]
    return capa_memoria(filas)


def test_full_disk_during_replace_keeps_the_old_layer_and_says_so(pot_con_capa, disco_pequeno):
    pot = disco_pequeno / "pot.gpkg"
    shutil.copy2(pot_con_capa, pot)
    antes = estado(pot)
    with pytest.raises(QgsProcessingException, match="The disk holding .* is full"):
        anadir(pot, _capa_grande(), reemplazar=True)
    assert estado(pot) == antes
    assert revisar(pot) == []
    assert restos(disco_pequeno) == []


def test_full_disk_when_creating_a_pot_says_so(demo_folder, disco_pequeno):
    from ayudas import capa_demo

    relleno = disco_pequeno / "relleno"
    relleno.write_bytes(b"\0" * (2900 * 1024))  # leave about 100 kB
    with pytest.raises(QgsProcessingException, match="The disk holding .* is full") as error:
        processing.run("pot:crear_proyecto", {"NAME": "POT", "LEVEL": 1, "AMBITO": capa_demo(demo_folder, "ambito"),
                                              "HORIZON": 2040, "OUTPUT": str(disco_pequeno / "pot.gpkg")})
    assert "gpkg_contents" not in str(error.value)
    assert sorted(p.name for p in disco_pequeno.iterdir()) == ["relleno"]


def test_read_only_pot_opens_and_a_write_says_read_only(pot_con_capa, tmp_path):
    carpeta = punto_de_montaje("ro")
    shutil.copy2(pot_con_capa, carpeta / "pot.gpkg")
    _montar(carpeta, "--bind", str(carpeta))
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(carpeta)], check=True)
        store = PotStore.open(carpeta / "pot.gpkg")
        assert "cobertura" in store.spatial_layers()
        with pytest.raises(QgsProcessingException, match="read-only"):
            anadir(store.path, capa_memoria([(celda(600000, 9000000), "6", 1.0)]), reemplazar=True)
    finally:
        desmontar(carpeta)
