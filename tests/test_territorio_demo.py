"""The sample territory: valid, deterministic, coherent with the default dictionary.

shapely (pip stack, tests only) is the independent oracle for the partition and containment checks.
"""
import time

import pytest
import shapely
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsVectorLayer

from pot_cartografia.core.errors import PotError
from pot_cartografia.demo.territorio import CAPAS, CRS, NOMBRE_ARCHIVO, VINCULOS, generar_territorio
from pot_cartografia.diccionario.predeterminado import variable_predeterminada


def leer(gpkg, capa):
    """[(QgsGeometry, {field: value})] of one layer."""
    layer = QgsVectorLayer(f"{gpkg}|layername={capa}", capa, "ogr")
    assert layer.isValid(), f"{capa} missing from {gpkg}"
    return [(f.geometry(), dict(zip(layer.fields().names(), f.attributes()))) for f in layer.getFeatures()]


def formas(gpkg, capa):
    return [shapely.from_wkb(bytes(g.asWkb())) for g, _ in leer(gpkg, capa)]


@pytest.fixture(scope="module")
def gpkg(demo_folder):
    return demo_folder / NOMBRE_ARCHIVO


@pytest.fixture(scope="module")
def ambito(gpkg):
    (forma,) = formas(gpkg, "ambito")
    return forma


def test_layers_and_crs(gpkg, demo_folder):
    fuente = ogr.Open(str(gpkg))
    nombres = [fuente.GetLayer(i).GetName() for i in range(fuente.GetLayerCount())]
    assert sorted(nombres) == sorted(CAPAS)
    for capa in CAPAS:
        layer = QgsVectorLayer(f"{gpkg}|layername={capa}", capa, "ogr")
        assert layer.crs().authid() == CRS == "EPSG:32718"
        assert layer.featureCount() > 0, capa
    assert [p.name for p in demo_folder.iterdir()] == [NOMBRE_ARCHIVO], "no temporary file left behind"


def test_every_geometry_is_valid(gpkg):
    for capa in CAPAS:
        for geometria, _ in leer(gpkg, capa):
            assert not geometria.isEmpty() and geometria.isGeosValid(), f"{capa}: {geometria.lastError()}"


def test_province_size_and_place(ambito):
    xmin, ymin, xmax, ymax = ambito.bounds
    assert 75_000 < xmax - xmin < 100_000 and 55_000 < ymax - ymin < 80_000
    assert abs(ambito.centroid.x - 540_000) < 5_000 and abs(ambito.centroid.y - 9_060_000) < 5_000
    assert 3_000e6 < ambito.area < 6_000e6  # a province of a few thousand km²


@pytest.mark.parametrize("capa", ["distritos", "cobertura", "zee"])
def test_polygon_layers_partition_the_ambito(gpkg, ambito, capa):
    partes = formas(gpkg, capa)
    union = shapely.union_all(partes)
    assert shapely.symmetric_difference(union, ambito).area / ambito.area < 1e-6  # no gaps, nothing outside
    assert abs(sum(p.area for p in partes) - ambito.area) / ambito.area < 1e-6  # no overlaps


def test_distritos(gpkg):
    distritos = leer(gpkg, "distritos")
    assert 3 <= len(distritos) <= 5
    nombres = [a["nombre"] for _, a in distritos]
    assert len(set(nombres)) == len(nombres) and all(nombres)
    for geometria, a in distritos:
        assert a["area_km2"] == pytest.approx(geometria.area() / 1e6, abs=0.01)
        assert a["dens_pob"] == pytest.approx(a["poblacion"] / a["area_km2"], rel=1e-3)


@pytest.mark.parametrize("capa", ["peligro_inundacion", "centros_poblados", "vias", "rios"])
def test_layers_lie_inside_the_ambito(gpkg, ambito, capa):
    holgura = ambito.buffer(0.01)
    assert all(holgura.contains(f) for f in formas(gpkg, capa))


def test_protected_area_partly_inside(gpkg, ambito):
    anp = {a["categoria"]: shapely.from_wkb(bytes(g.asWkb())) for g, a in leer(gpkg, "anp")}
    bosque = anp["BP"]
    dentro = bosque.intersection(ambito).area / bosque.area
    assert 0.2 < dentro < 0.8
    assert all(a["nombre"].startswith(("Bosque", "Área")) for _, a in leer(gpkg, "anp"))


@pytest.mark.parametrize("capa", sorted(VINCULOS))
def test_values_belong_to_the_default_dictionary(gpkg, capa):
    campo, codigo = VINCULOS[capa]
    variable = variable_predeterminada(codigo)
    valores = [a[campo] for _, a in leer(gpkg, capa)]
    assert valores
    fuera = [v for v in valores if variable.clase_de(v) is None]
    assert not fuera, f"{capa}.{campo} values outside {codigo}: {fuera}"


def test_the_map_uses_the_classes(gpkg):
    def usados(capa, campo):
        return {a[campo] for _, a in leer(gpkg, capa)}

    assert len(usados("cobertura", "cob")) >= 7
    assert usados("zee", "zee") == {"ZP", "ZPC", "ZTE", "ZR", "ZUI"}
    assert usados("peligro_inundacion", "nivel") == {"MA", "A", "M", "B"}
    assert usados("vias", "clase") == {"NAC", "DEP", "VEC"}
    assert usados("rios", "clase") >= {"RP", "RS"}
    assert usados("centros_poblados", "jerarquia") >= {"1", "3", "5"}
    assert len(leer(gpkg, "cobertura")) >= 200


def test_spatial_coherence(gpkg):
    centros = leer(gpkg, "centros_poblados")
    capital, atributos = next((g, a) for g, a in centros if a["jerarquia"] == "1")
    assert atributos["poblacion"] == max(a["poblacion"] for _, a in centros)
    nombres = [a["nombre"] for _, a in centros]
    assert len(set(nombres)) == len(nombres)
    # the capital sits in urban land cover and in urban ZEE
    assert any(g.contains(capital) for g, a in leer(gpkg, "cobertura") if a["cob"] == "7")
    assert any(g.contains(capital) for g, a in leer(gpkg, "zee") if a["zee"] == "ZUI")
    # the main river runs inside the highest flood-hazard band
    rio = next(g for g, a in leer(gpkg, "rios") if a["clase"] == "RP")
    muy_alto = next(g for g, a in leer(gpkg, "peligro_inundacion") if a["nivel"] == "MA")
    assert muy_alto.buffer(0.01, 4).contains(rio)


def test_deterministic_and_fast(tmp_path):
    inicio = time.perf_counter()
    primero = generar_territorio(tmp_path / "a")
    assert time.perf_counter() - inicio < 10
    segundo = generar_territorio(tmp_path / "b")  # the folder is created
    for capa in CAPAS:
        a = [(bytes(g.asWkb()), atributos) for g, atributos in leer(primero, capa)]
        b = [(bytes(g.asWkb()), atributos) for g, atributos in leer(segundo, capa)]
        assert a == b, capa
    # writing again over an existing sample replaces it
    assert generar_territorio(tmp_path / "a") == primero and len(leer(primero, "distritos")) == 4


def test_algorithm_outputs(tmp_path):
    import processing

    carpeta = tmp_path / "nueva" / "demo"
    resultado = processing.run("pot:territorio_demo", {"OUTPUT_FOLDER": str(carpeta)})
    assert resultado["OUTPUT_FOLDER"] == str(carpeta)
    assert resultado["GPKG"] == str(carpeta / NOMBRE_ARCHIVO)
    assert len(leer(resultado["GPKG"], "ambito")) == 1


def test_unwritable_folder_is_a_clear_error(tmp_path):
    import processing

    archivo = tmp_path / "no_es_carpeta.txt"
    archivo.write_text("x")
    destino = archivo / "demo"
    with pytest.raises(PotError, match="no_es_carpeta"):
        generar_territorio(destino)
    with pytest.raises(QgsProcessingException, match="cannot be created"):
        processing.run("pot:territorio_demo", {"OUTPUT_FOLDER": str(destino)})
