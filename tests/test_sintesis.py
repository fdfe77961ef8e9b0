"""pot:sintesis_modelo_actual against an independent geopandas/shapely computation.

The oracle is geopandas ``overlay(how="union")`` chained layer after layer, after ``make_valid`` and
after giving overlaps inside a layer to its first feature (the rule the synthesis documents).
"""
import hashlib
import importlib.util
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsPointXY,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from pot_cartografia.core import compat

REPO = Path(__file__).resolve().parents[1]
UTM = "EPSG:32718"
REL_COMBINACION = 1e-4  # 0.01 % per attribute combination
ABS_COMBINACION = 1.0  # m²: geopandas leaves micro-slivers (< 1 m²) the synthesis folds into neighbours


def _generador():
    spec = importlib.util.spec_from_file_location("generar_capas", REPO / "benchmarks" / "generar_capas.py")
    modulo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(modulo)
    return modulo


class Registro(QgsProcessingFeedback):
    """Feedback that keeps what the algorithm said."""

    def __init__(self):
        super().__init__()
        self.mensajes = []

    def pushInfo(self, info):  # noqa: N802
        self.mensajes.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.mensajes.append(warning)

    def texto(self):
        return "\n".join(self.mensajes)


def sintetizar(capas, tmp_path, nombre="unidades.gpkg", **extra):
    import processing

    feedback = Registro()
    salida = tmp_path / nombre
    parametros = {"LAYERS": capas, "OUTPUT": str(salida), **extra}
    resultado = processing.run("pot:sintesis_modelo_actual", parametros, feedback=feedback)
    return resultado, gpd.read_file(salida), feedback


# -- oracle ----------------------------------------------------------------------------------------
def poligonos(geometria):
    """Polygonal part of a geometry (what keep_geom_type keeps), or None."""
    partes = [p for p in shapely.get_parts(geometria) if p.geom_type in ("Polygon", "MultiPolygon") and p.area > 0]
    if not partes:
        return None
    return shapely.union_all(partes) if len(partes) > 1 else partes[0]


def preparar(gdf):
    """make_valid, polygon parts only, and overlaps within the layer given to the first feature."""
    gdf = gdf.copy()
    gdf["geometry"] = [poligonos(shapely.make_valid(g)) if g is not None and not g.is_empty else None for g in gdf.geometry]
    gdf = gdf[gdf.geometry.notna()].reset_index(drop=True)
    tomado = []
    arbol = shapely.STRtree(gdf.geometry.values)
    for i, g in enumerate(gdf.geometry.values):
        anteriores = [j for j in arbol.query(g) if j < i]
        if anteriores:
            resta = shapely.union_all([gdf.geometry.values[j] for j in anteriores])
            if shapely.intersection(g, resta).area > 0:
                g = poligonos(shapely.difference(g, resta))
        tomado.append(g)
    gdf["geometry"] = tomado
    return gdf[gdf.geometry.notna()].reset_index(drop=True)


def oraculo(capas, claves, ambito=None):
    """Area per key combination of the geopandas union chain (key columns already prefixed)."""
    capas = [preparar(c[[k, "geometry"]]) for c, k in zip(capas, claves)]
    union = capas[0]
    for capa in capas[1:]:
        union = gpd.overlay(union, capa, how="union", keep_geom_type=True)
    if ambito is not None:
        union = gpd.overlay(union, ambito[["geometry"]], how="intersection", keep_geom_type=True)
    return areas_por_combinacion(union, claves)


def _texto(columna):
    """Key values as text, the same whether a column came back as int, float (NULLs) or str."""
    if pd.api.types.is_numeric_dtype(columna):
        return columna.map(lambda v: "<NULL>" if pd.isna(v) else f"{v:.12g}")
    return columna.astype("string").fillna("<NULL>")


def areas_por_combinacion(gdf, claves):
    tabla = pd.DataFrame({k: _texto(gdf[k]).values for k in claves})
    tabla["area"] = gdf.geometry.area.values
    return tabla.groupby(claves)["area"].sum()


def comparar(unidades, referencia, claves):
    """Total area within 1e-6, each combination within 0.01 % (or 1 m² for micro-slivers)."""
    nuestras = areas_por_combinacion(unidades, claves)
    total = referencia.sum()
    assert abs(nuestras.sum() - total) <= 1e-6 * total
    juntas = pd.concat([nuestras.rename("nuestra"), referencia.rename("oraculo")], axis=1).fillna(0.0)
    diferencia = (juntas.nuestra - juntas.oraculo).abs()
    malas = juntas[diferencia > np.maximum(REL_COMBINACION * juntas.oraculo, ABS_COMBINACION)]
    assert malas.empty, f"{len(malas)} combinations differ:\n{malas.head(10)}"
    return juntas


def comprobar_geometria(unidades):
    """Valid, single-part, no overlaps (sum of areas = area of the union)."""
    assert unidades.is_valid.all()
    assert set(unidades.geom_type) == {"Polygon"}
    suma = unidades.area.sum()
    assert abs(shapely.union_all(unidades.geometry.values).area - suma) <= 1e-9 * suma
    assert np.allclose(unidades["area_ha"], unidades.area / 10000.0, rtol=1e-9, atol=1e-6)


def huella(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# -- data ------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def capas_generadas(tmp_path_factory, pot_provider):
    """4 offset Voronoi tessellations of 60 cells (same field names in every layer)."""
    folder = tmp_path_factory.mktemp("capas")
    ruta = _generador().generar_capas(folder, 60)
    return ruta, _generador().layer_uris(ruta)


@pytest.fixture(scope="session")
def capas_con_contorno(tmp_path_factory, pot_provider):
    """4 Voronoi tessellations of 120 cells cut to one shared irregular outline (layer ``ambito``),
    as ZEE submodels are cut to the same ámbito."""
    ruta = _generador().generar_capas(tmp_path_factory.mktemp("contorno"), 120, contorno=True)
    return ruta, _generador().layer_uris(ruta)


def capa_gpkg(path, nombre, wkb_type, geometrias, crs=UTM, campos=(("cod", "texto"),)):
    """Write a layer with QGIS (so QGIS's GDAL reads it back without surprises)."""
    fields = QgsFields()
    for nombre_campo, tipo in campos:
        fields.append(compat.campo(nombre_campo, tipo))
    opciones = QgsVectorFileWriter.SaveVectorOptions()
    opciones.driverName = "GPKG"
    opciones.layerName = nombre
    opciones.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteLayer if Path(path).exists() else QgsVectorFileWriter.CreateOrOverwriteFile
    )
    writer = QgsVectorFileWriter.create(
        str(path), fields, wkb_type, QgsCoordinateReferenceSystem(crs), QgsCoordinateTransformContext(), opciones
    )
    for i, wkt in enumerate(geometrias):
        entidad = QgsFeature(fields)
        if wkt is not None:
            entidad.setGeometry(QgsGeometry.fromWkt(wkt))
        entidad.setAttributes([f"{nombre}-{i}"][: len(campos)])
        assert writer.addFeature(entidad), writer.errorMessage()
    del writer
    return f"{path}|layername={nombre}"


def cuadrado(x, y, lado):
    return f"POLYGON(({x} {y},{x + lado} {y},{x + lado} {y + lado},{x} {y + lado},{x} {y}))"


X0, Y0 = 540000, 9060000


# -- generated layers ------------------------------------------------------------------------------
def test_units_match_geopandas_union(capas_generadas, tmp_path):
    ruta, uris = capas_generadas
    antes = huella(ruta)
    resultado, unidades, feedback = sintetizar(uris, tmp_path)

    comprobar_geometria(unidades)
    assert resultado["UNIT_COUNT"] == len(unidades)
    assert resultado["MERGED_COUNT"] == 0
    # Same field names in every layer, kept apart by the layer prefix; NULL where a layer is absent.
    for k in range(1, 5):
        assert {f"l{k}_id", f"l{k}_clase", f"l{k}_nombre", f"l{k}_valor"} <= set(unidades.columns)
    assert "l1_fid" not in unidades.columns
    assert unidades["l4_id"].isna().any() and unidades["l1_id"].isna().any()
    assert not unidades[[f"l{k}_id" for k in range(1, 5)]].isna().all(axis=1).any()

    claves = [f"l{k}_id" for k in range(1, 5)]
    fuentes = [gpd.read_file(ruta, layer=f"capa_{k}").rename(columns={"id": f"l{k}_id"}) for k in range(1, 5)]
    comparar(unidades, oraculo(fuentes, claves), claves)
    assert huella(ruta) == antes
    assert "prefixed “l1_”" in feedback.texto()


@pytest.mark.parametrize("con_ambito", [False, True])
def test_shared_outline_loses_no_face(capas_con_contorno, tmp_path, con_ambito):
    """Layers cut to one outline carry it split at their own floating-point points: every input
    hectare still lands in exactly one unit (GEOS's fallback noding once dropped whole faces here)."""
    ruta, uris = capas_con_contorno
    extra = {"AMBITO": f"{ruta}|layername=ambito"} if con_ambito else {}
    resultado, unidades, _ = sintetizar(uris, tmp_path, **extra)
    comprobar_geometria(unidades)
    fuentes = [gpd.read_file(ruta, layer=f"capa_{k}").rename(columns={"id": f"l{k}_id"}) for k in range(1, 5)]
    union = shapely.union_all([g for f in fuentes for g in f.geometry]).area
    assert abs(unidades.area.sum() - union) <= 1e-9 * union
    claves = [f"l{k}_id" for k in range(1, 5)]
    juntas = comparar(unidades, oraculo(fuentes, claves), claves)
    grandes = juntas[juntas.oraculo >= 10000]
    assert ((grandes.nuestra - grandes.oraculo).abs() <= 1e-4 * grandes.oraculo).all()
    assert len(grandes) > 300


def test_tiles_do_not_change_the_units(capas_generadas):
    """Tiny tiles (many seams) give the same units as one tile: seams are glued back exactly."""
    from pot_cartografia.modelo_actual.sintesis_superposicion import Superposicion

    _, uris = capas_generadas
    capas = [[f.geometry() for f in QgsVectorLayer(u, "c", "ogr").getFeatures()] for u in uris]
    enteras = Superposicion(capas, vertices_por_tesela=10**9).caras()
    teselas = Superposicion(capas, vertices_por_tesela=800)
    partidas = teselas.caras(hilos=2)
    assert teselas.teselas > 20

    def por_clave(unidades):
        serie = pd.Series([g.area() for g, _ in unidades], index=[k for _, k in unidades])
        return serie.groupby(level=0).sum()

    a, b = por_clave(enteras), por_clave(partidas)
    assert sorted(k for _, k in enteras) == sorted(k for _, k in partidas)
    assert np.allclose(a.sort_index().values, b.sort_index().values, rtol=1e-9, atol=1e-6)
    assert all(g.isGeosValid() and not g.isMultipart() for g, _ in partidas)


def test_polygons_spanning_every_half_do_not_multiply_tiles():
    """Overlapping polygons as wide as the domain keep their weight in both halves: one tile, not 2^40."""
    from pot_cartografia.modelo_actual.sintesis_superposicion import Superposicion

    circulos = [QgsGeometry.fromPointXY(QgsPointXY(X0 + 10 * i, Y0)).buffer(1000, 450) for i in range(12)]
    assert all(1500 < c.constGet().nCoordinates() < 2000 for c in circulos)
    cuadros = [QgsGeometry.fromWkt(cuadrado(X0 - 500 + 300 * i, Y0 - 500, 250)) for i in range(4)]
    superposicion = Superposicion([circulos, cuadros], vertices_por_tesela=5000)
    unidades = superposicion.caras()
    assert superposicion.teselas <= 4
    esperada = QgsGeometry.unaryUnion(circulos + cuadros).area()
    assert sum(g.area() for g, _ in unidades) == pytest.approx(esperada, rel=1e-9)
    # First feature wins inside a layer: the circle 0 owns the whole area it covers.
    assert sum(g.area() for g, k in unidades if k[0] == 0) == pytest.approx(circulos[0].area(), rel=1e-9)


def test_ambito_in_geographic_crs_clips_and_picks_utm(capas_generadas, tmp_path):
    ruta, uris = capas_generadas
    # An irregular ámbito in EPSG:4326 over part of the layers.
    anillo = [(X0 + 2000, Y0 + 1500), (X0 + 7000, Y0 + 2500), (X0 + 8500, Y0 + 8000), (X0 + 3000, Y0 + 7000), (X0 + 2000, Y0 + 1500)]
    utm = QgsGeometry.fromWkt("POLYGON((" + ",".join(f"{x} {y}" for x, y in anillo) + "))")
    a_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    utm.transform(a_wgs84)
    ambito = capa_gpkg(tmp_path / "ambito.gpkg", "ambito", QgsWkbTypes.Polygon, [utm.asWkt(12)], crs="EPSG:4326")

    resultado, unidades, feedback = sintetizar(uris, tmp_path, AMBITO=ambito)
    assert unidades.crs.to_epsg() == 32718
    assert "EPSG:32718" in feedback.texto() and "UTM" in feedback.texto()
    comprobar_geometria(unidades)
    claves = [f"l{k}_id" for k in range(1, 5)]
    fuentes = [gpd.read_file(ruta, layer=f"capa_{k}").rename(columns={"id": f"l{k}_id"}) for k in range(1, 5)]
    referencia = oraculo(fuentes, claves, gpd.read_file(tmp_path / "ambito.gpkg").to_crs(32718))
    juntas = comparar(unidades, referencia, claves)
    # The ámbito area itself (all layers cover it here).
    assert abs(juntas.nuestra.sum() - gpd.read_file(tmp_path / "ambito.gpkg").to_crs(32718).area.sum()) < 1e-6 * juntas.nuestra.sum()


def test_geographic_first_layer_is_projected_to_utm(capas_generadas, tmp_path):
    ruta, uris = capas_generadas
    geograficas = tmp_path / "wgs84.gpkg"
    fuente = gpd.read_file(ruta, layer="capa_1")
    a_wgs84 = QgsCoordinateTransform(QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    wkts = []
    for g in fuente.geometry:
        q = QgsGeometry.fromWkt(g.wkt)
        q.transform(a_wgs84)
        wkts.append(q.asWkt(12))
    capa = capa_gpkg(geograficas, "capa_1", QgsWkbTypes.Polygon, wkts, crs="EPSG:4326")
    resultado, unidades, feedback = sintetizar([capa, uris[1]], tmp_path)
    assert unidades.crs.to_epsg() == 32718
    assert "geographic" in feedback.texto()
    comprobar_geometria(unidades)
    otra = gpd.read_file(ruta, layer="capa_2")
    union = shapely.union_all([*gpd.read_file(geograficas).to_crs(32718).geometry, *otra.geometry])
    assert abs(unidades.area.sum() - union.area) < 1e-6 * union.area


# -- minimum area ----------------------------------------------------------------------------------
def test_small_unit_joins_its_only_neighbour(tmp_path):
    # Layer a: two 100 m squares side by side. Layer b: a 10 x 50 m strip (0.05 ha) on top of the
    # first square, sharing 10 m of its top edge and only a corner point with the second.
    a = capa_gpkg(tmp_path / "m.gpkg", "a", QgsWkbTypes.Polygon, [cuadrado(X0, Y0, 100), cuadrado(X0 + 100, Y0, 100)])
    b = capa_gpkg(
        tmp_path / "m.gpkg",
        "b",
        QgsWkbTypes.Polygon,
        [f"POLYGON(({X0 + 90} {Y0 + 100},{X0 + 100} {Y0 + 100},{X0 + 100} {Y0 + 150},{X0 + 90} {Y0 + 150},{X0 + 90} {Y0 + 100}))"],
    )
    resultado, unidades, _ = sintetizar([a, b], tmp_path, "sin.gpkg")
    assert resultado["UNIT_COUNT"] == 3
    resultado, unidades, feedback = sintetizar([a, b], tmp_path, "con.gpkg", MIN_AREA_HA=0.1)
    assert resultado["MERGED_COUNT"] == 1
    assert resultado["MERGED_AREA_HA"] == pytest.approx(0.05)
    assert resultado["UNIT_COUNT"] == 2
    comprobar_geometria(unidades)
    crecida = unidades[unidades.area > 10000]
    assert list(crecida["l1_cod"]) == ["a-0"] and crecida["l2_cod"].isna().all()
    assert crecida.area.iloc[0] == pytest.approx(10000 + 500)
    assert "merged" in feedback.texto()


def test_longest_border_wins_over_the_bigger_neighbour(tmp_path):
    # S (1 x 100 m) shares 40 m with the big A on its left and 60 m with the smaller C on its right.
    capa = capa_gpkg(
        tmp_path / "l.gpkg",
        "t",
        QgsWkbTypes.Polygon,
        [
            f"POLYGON(({X0} {Y0 - 160},{X0 + 200} {Y0 - 160},{X0 + 200} {Y0 + 40},{X0} {Y0 + 40},{X0} {Y0 - 160}))",  # A
            f"POLYGON(({X0 + 200} {Y0},{X0 + 201} {Y0},{X0 + 201} {Y0 + 100},{X0 + 200} {Y0 + 100},{X0 + 200} {Y0}))",  # S
            f"POLYGON(({X0 + 201} {Y0 - 100},{X0 + 400} {Y0 - 100},{X0 + 400} {Y0 + 60},{X0 + 201} {Y0 + 60},{X0 + 201} {Y0 - 100}))",  # C
        ],
    )
    resultado, unidades, _ = sintetizar([capa], tmp_path, "l_out.gpkg", MIN_AREA_HA=0.05)
    assert resultado["MERGED_COUNT"] == 1
    assert sorted(unidades["l1_cod"]) == ["t-0", "t-2"]
    assert unidades[unidades["l1_cod"] == "t-2"].area.iloc[0] == pytest.approx(199 * 160 + 100)
    assert unidades[unidades["l1_cod"] == "t-0"].area.iloc[0] == pytest.approx(200 * 200)


def test_min_area_merge_conserves_area(capas_generadas, tmp_path):
    _, uris = capas_generadas
    r0, sin, _ = sintetizar(uris, tmp_path, "sin.gpkg")
    pequenas = sin[sin.area < 5 * 10000]
    r1, con, feedback = sintetizar(uris, tmp_path, "con.gpkg", MIN_AREA_HA=5.0)
    comprobar_geometria(con)
    assert 0 < r1["MERGED_COUNT"] <= len(pequenas)
    assert r1["UNIT_COUNT"] == len(con) == r0["UNIT_COUNT"] - r1["MERGED_COUNT"]
    assert abs(con.area.sum() - sin.area.sum()) < 1e-9 * sin.area.sum()
    # Only units under the minimum move; those that grew big enough by absorbing others stay.
    assert 0 < r1["MERGED_AREA_HA"] <= pequenas.area.sum() / 10000.0 + 1e-9
    assert (con.area >= 5 * 10000 - 1e-6).all()
    assert "merged into their neighbour" in feedback.texto()


# -- bad inputs ------------------------------------------------------------------------------------
def test_repairs_and_skips_bad_geometries(tmp_path):
    ruta = tmp_path / "malas.gpkg"
    lado = 100
    base = capa_gpkg(ruta, "base", QgsWkbTypes.Polygon, [cuadrado(X0, Y0, 4 * lado)])
    malas = capa_gpkg(
        ruta,
        "malas",
        QgsWkbTypes.MultiPolygon,
        [
            # bow-tie (self-intersection) → two triangles
            f"MULTIPOLYGON((({X0} {Y0},{X0 + lado} {Y0 + lado},{X0 + lado} {Y0},{X0} {Y0 + lado},{X0} {Y0})))",
            None,  # null geometry
            "MULTIPOLYGON EMPTY",
            # multipart with a hole
            f"MULTIPOLYGON((({X0 + 200} {Y0},{X0 + 300} {Y0},{X0 + 300} {Y0 + 100},{X0 + 200} {Y0 + 100},{X0 + 200} {Y0}),"
            f"({X0 + 225} {Y0 + 25},{X0 + 275} {Y0 + 25},{X0 + 275} {Y0 + 75},{X0 + 225} {Y0 + 75},{X0 + 225} {Y0 + 25})),"
            f"(({X0 + 350} {Y0 + 350},{X0 + 450} {Y0 + 350},{X0 + 450} {Y0 + 450},{X0 + 350} {Y0 + 450},{X0 + 350} {Y0 + 350})))",
            # ring that crosses itself while overlapping the first square
            f"MULTIPOLYGON((({X0 + 50} {Y0 + 150},{X0 + 150} {Y0 + 250},{X0 + 150} {Y0 + 150},{X0 + 50} {Y0 + 250},{X0 + 50} {Y0 + 150})))",
        ],
    )
    capa_gpkg(
        ruta,
        "zm",
        QgsWkbTypes.PolygonZM,
        [f"POLYGON ZM(({X0 + 300} {Y0 + 300} 5 1,{X0 + 380} {Y0 + 300} 5 1,{X0 + 380} {Y0 + 380} 5 1,{X0 + 300} {Y0 + 300} 5 1))"],
    )
    capa_gpkg(
        ruta,
        "curva",
        QgsWkbTypes.CurvePolygon,
        [f"CURVEPOLYGON(CIRCULARSTRING({X0 + 100} {Y0 + 300},{X0 + 200} {Y0 + 300},{X0 + 100} {Y0 + 300}))"],
    )
    antes = huella(ruta)
    resultado, unidades, feedback = sintetizar([base, malas, f"{ruta}|layername=zm", f"{ruta}|layername=curva"], tmp_path)
    comprobar_geometria(unidades)
    texto = feedback.texto()
    assert "2 features without geometry skipped" in texto
    assert "invalid geometries repaired" in texto
    assert huella(ruta) == antes

    # Oracle: shapely make_valid of the WKTs; the circle as QGIS segmentizes it.
    fuentes = gpd.read_file(ruta, layer="malas")
    reparadas = [poligonos(shapely.make_valid(g)) for g in fuentes.geometry if g is not None and not g.is_empty]
    circulo = QgsGeometry.fromWkt(f"CURVEPOLYGON(CIRCULARSTRING({X0 + 100} {Y0 + 300},{X0 + 200} {Y0 + 300},{X0 + 100} {Y0 + 300}))")
    circulo = shapely.from_wkt(QgsGeometry(circulo.constGet().segmentize()).asWkt())
    triangulo = shapely.from_wkt(f"POLYGON(({X0 + 300} {Y0 + 300},{X0 + 380} {Y0 + 300},{X0 + 380} {Y0 + 380},{X0 + 300} {Y0 + 300}))")
    union = shapely.union_all([shapely.from_wkt(cuadrado(X0, Y0, 4 * lado)), *reparadas, triangulo, circulo])
    assert abs(unidades.area.sum() - union.area) < 1e-6 * union.area
    # The bow-tie became two triangles of 2,500 m² each, both with the bow-tie's attributes.
    lazo = unidades[unidades["l2_cod"] == "malas-0"]
    assert lazo.area.sum() == pytest.approx(lado * lado / 2)
    # Hole of the multipart feature: covered by the base layer only.
    hueco = unidades[unidades.contains(shapely.Point(X0 + 250, Y0 + 50))]
    assert len(hueco) == 1 and hueco["l2_cod"].isna().all()
    # Z/M dropped, curve segmentized.
    assert not unidades.has_z.any()
    assert unidades[unidades["l4_cod"].notna()].area.sum() == pytest.approx(circulo.area, rel=1e-9)


def test_geometry_collection_keeps_polygon_parts(tmp_path):
    from pot_cartografia.modelo_actual.sintesis import limpiar_geometria

    g, reparada = limpiar_geometria(
        QgsGeometry.fromWkt(f"GEOMETRYCOLLECTION({cuadrado(X0, Y0, 10)}, LINESTRING(0 0, 1 1), POINT(3 3))")
    )
    assert g.wkbType() == QgsWkbTypes.Polygon and g.area() == 100 and not reparada
    # A spike: makeValid gives polygon + line; the line must go, or the polygon's edges are never noded.
    g, reparada = limpiar_geometria(QgsGeometry.fromWkt("POLYGON((0 0, 10 0, 10 10, 0 10, 0 0, -5 -5, 0 0))"))
    assert reparada and g.wkbType() == QgsWkbTypes.Polygon and g.area() == 100
    memoria = QgsVectorLayer("GeometryCollection?crs=EPSG:32718&field=cod:string", "colecciones", "memory")
    entidad = QgsFeature(memoria.fields())
    entidad.setGeometry(QgsGeometry.fromWkt(f"GEOMETRYCOLLECTION({cuadrado(X0, Y0, 10)}, LINESTRING({X0} {Y0}, {X0 + 50} {Y0 + 50}))"))
    entidad.setAttributes(["gc"])
    memoria.dataProvider().addFeatures([entidad])
    base = capa_gpkg(tmp_path / "b.gpkg", "base", QgsWkbTypes.Polygon, [cuadrado(X0 + 5, Y0 + 5, 10)])
    resultado, unidades, _ = sintetizar([base, memoria], tmp_path)
    assert unidades.area.sum() == pytest.approx(175.0)
    assert resultado["UNIT_COUNT"] == 3


def test_non_polygon_layer_is_refused_by_name(tmp_path):
    import processing

    lineas = capa_gpkg(tmp_path / "l.gpkg", "caminos", QgsWkbTypes.LineString, [f"LINESTRING({X0} {Y0},{X0 + 10} {Y0 + 10})"])
    base = capa_gpkg(tmp_path / "b.gpkg", "base", QgsWkbTypes.Polygon, [cuadrado(X0, Y0, 10)])
    with pytest.raises(QgsProcessingException, match="caminos.*polygon"):
        processing.run("pot:sintesis_modelo_actual", {"LAYERS": [base, lineas], "OUTPUT": "memory:"})


def test_empty_layer_and_layer_outside_the_ambito_warn(tmp_path):
    ruta = tmp_path / "e.gpkg"
    base = capa_gpkg(ruta, "base", QgsWkbTypes.Polygon, [cuadrado(X0, Y0, 100)])
    vacia = capa_gpkg(ruta, "vacia", QgsWkbTypes.Polygon, [])
    lejos = capa_gpkg(ruta, "lejos", QgsWkbTypes.Polygon, [cuadrado(X0 + 5000, Y0, 100)])
    ambito = capa_gpkg(ruta, "ambito", QgsWkbTypes.Polygon, [cuadrado(X0 - 10, Y0 - 10, 60)])
    resultado, unidades, feedback = sintetizar([base, vacia, lejos], tmp_path, AMBITO=ambito)
    texto = feedback.texto()
    assert "“vacia” has no polygons" in texto
    assert "“lejos” lies entirely outside the ámbito" in texto
    assert resultado["UNIT_COUNT"] == 1
    assert unidades.area.sum() == pytest.approx(50 * 50)
    assert unidades["l2_cod"].isna().all() and unidades["l3_cod"].isna().all()


def test_nothing_to_synthesize_is_a_clear_error(tmp_path):
    import processing

    vacia = capa_gpkg(tmp_path / "v.gpkg", "vacia", QgsWkbTypes.Polygon, [])
    with pytest.raises(QgsProcessingException, match="nothing to synthesize"):
        processing.run("pot:sintesis_modelo_actual", {"LAYERS": [vacia], "OUTPUT": "memory:"})


def test_memory_and_temporary_outputs(capas_generadas):
    import processing

    _, uris = capas_generadas
    for salida in ("memory:", "TEMPORARY_OUTPUT"):
        resultado = processing.run("pot:sintesis_modelo_actual", {"LAYERS": uris[:2], "OUTPUT": salida})
        capa = resultado["OUTPUT"]
        capa = capa if isinstance(capa, QgsVectorLayer) else QgsVectorLayer(capa)
        assert capa.featureCount() == resultado["UNIT_COUNT"] > 0


def test_cancel_stops_with_a_message(capas_generadas):
    from pot_cartografia.core.errors import PotError
    from pot_cartografia.modelo_actual.sintesis import sintetizar as nucleo

    _, uris = capas_generadas
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(PotError, match="cancelled"):
        nucleo([QgsVectorLayer(u, "c", "ogr") for u in uris], feedback=feedback)


def test_field_names_are_unique_and_short():
    from pot_cartografia.modelo_actual.sintesis import nombre_campo

    usados = set()
    assert nombre_campo("l1", "Cob", usados) == "l1_Cob"
    assert nombre_campo("l1", "COB", usados) == "l1_COB_2"
    largo = nombre_campo("l12", "x" * 100, usados)
    assert len(largo) == 63 and nombre_campo("l12", "x" * 100, usados).endswith("_2")


# -- real data -------------------------------------------------------------------------------------
CAPAS_UCAYALI = [
    ("10_anp_nacional_ucayali", "anp_codi"),
    ("10_reservas_comunales_ucayali", "ANP_CODI"),
    ("20_comunidades_nativas_ucayali", "CODIGO"),
    ("02_limites_distritos_ucayali", "UBIGEO"),
]


@pytest.mark.parametrize("con_ambito", [False, True])
def test_real_ucayali_layers(shared_data, tmp_path, con_ambito):
    """Real DIT layers: invalid rings, overlapping comunidades, boundaries of different vintages."""
    gpkg = shared_data / "ucayali_dit_epsg32718.gpkg"
    if not gpkg.exists():
        pytest.skip(f"{gpkg} not found")
    antes = huella(gpkg)
    uris = [f"{gpkg}|layername={n}" for n, _ in CAPAS_UCAYALI]
    extra = {"AMBITO": f"{gpkg}|layername=00_limite_departamental_ucayali"} if con_ambito else {}
    resultado, unidades, feedback = sintetizar(uris, tmp_path, **extra)
    comprobar_geometria(unidades)
    assert "invalid geometries repaired" in feedback.texto()

    claves = [f"l{k}_{campo}" for k, (_, campo) in enumerate(CAPAS_UCAYALI, start=1)]
    fuentes = [gpd.read_file(gpkg, layer=n).rename(columns={c: clave}) for (n, c), clave in zip(CAPAS_UCAYALI, claves)]
    ambito = gpd.read_file(gpkg, layer="00_limite_departamental_ucayali") if con_ambito else None
    if ambito is not None:
        ambito["geometry"] = ambito.geometry.make_valid()
    comparar(unidades, oraculo(fuentes, claves, ambito), claves)
    assert huella(gpkg) == antes


# -- rasters ---------------------------------------------------------------------------------------
def raster(path, datos, origen, pixel, sin_dato, crs=UTM):
    from osgeo import gdal, osr

    tipo = gdal.GDT_Byte if datos.dtype == np.uint8 else gdal.GDT_Float32
    conjunto = gdal.GetDriverByName("GTiff").Create(str(path), datos.shape[1], datos.shape[0], 1, tipo)
    conjunto.SetGeoTransform((origen[0], pixel, 0, origen[1], 0, -pixel))
    srs = osr.SpatialReference()
    srs.SetFromUserInput(crs)
    conjunto.SetProjection(srs.ExportToWkt())
    banda = conjunto.GetRasterBand(1)
    banda.SetNoDataValue(sin_dato)
    banda.WriteArray(datos)
    conjunto = None
    return str(path)


@pytest.mark.parametrize("bloque", [4_000_000, 1000])
def test_zonal_statistics_match_rasterio(capas_generadas, tmp_path, monkeypatch, bloque):
    """Against rasterio's rasterize + pandas; 1,000-pixel blocks make the block sums matter."""
    import rasterio
    import rasterio.features

    from pot_cartografia.modelo_actual import sintesis_raster

    monkeypatch.setattr(sintesis_raster, "PIXELES_POR_BLOQUE", bloque)
    _, uris = capas_generadas
    rng = np.random.default_rng(7)
    # 70 m pixels over part of the layers; class 0 = NoData, NaN = NoData in the float raster.
    clases = rng.integers(0, 6, size=(90, 120)).astype(np.uint8)
    continuo = rng.normal(100, 20, size=(90, 120)).astype(np.float32)
    continuo[:10, :] = np.nan
    origen = (X0 + 1000, Y0 + 7000)
    r_clases = raster(tmp_path / "clases.tif", clases, origen, 70.0, 0)
    r_continuo = raster(tmp_path / "continuo.tif", continuo, origen, 70.0, float("nan"))

    resultado, unidades, feedback = sintetizar(uris[:2], tmp_path, RASTERS=[r_clases, r_continuo])
    assert {"r1_mayoria", "r1_media", "r1_min", "r1_max", "r2_media", "r2_min", "r2_max"} <= set(unidades.columns)
    assert "r2_mayoria" not in unidades.columns
    assert "Raster 1" in feedback.texto()

    for ruta, prefijo, entero in ((r_clases, "r1", True), (r_continuo, "r2", False)):
        with rasterio.open(ruta) as fuente:
            valores = fuente.read(1).astype(float)
            sin_dato = fuente.nodata
            ids = rasterio.features.rasterize(
                ((g, i) for i, g in enumerate(unidades.geometry)),
                out_shape=valores.shape,
                transform=fuente.transform,
                fill=-1,
                dtype="int32",
            )
        validos = (ids >= 0) & np.isfinite(valores) & (valores != sin_dato if not np.isnan(sin_dato) else True)
        tabla = pd.DataFrame({"u": ids[validos], "v": valores[validos]})
        esperado = tabla.groupby("u")["v"].agg(["mean", "min", "max", "size"]).reindex(range(len(unidades)))
        assert esperado["size"].notna().sum() > 100  # many units really have pixels
        for campo, columna in (("media", "mean"), ("min", "min"), ("max", "max")):
            nuestro = unidades[f"{prefijo}_{campo}"].to_numpy(dtype=float)
            assert np.allclose(nuestro, esperado[columna].to_numpy(), rtol=1e-6, equal_nan=True), campo
        if entero:
            cuenta = tabla.groupby(["u", "v"]).size().reset_index(name="n")
            cuenta = cuenta.sort_values(["u", "n", "v"], ascending=[True, False, True]).drop_duplicates("u")
            mayoria = cuenta.set_index("u")["v"].reindex(range(len(unidades)))
            assert np.array_equal(unidades["r1_mayoria"].to_numpy(dtype=float), mayoria.to_numpy(), equal_nan=True)


def test_zonal_statistics_of_a_raster_in_another_crs(capas_generadas, tmp_path):
    """Units go to the raster's CRS (EPSG:4326 here), not the raster to theirs."""
    import rasterio
    import rasterio.features

    _, uris = capas_generadas
    rng = np.random.default_rng(3)
    valores = rng.integers(1, 4, size=(60, 60)).astype(np.uint8)
    # About 0.0007° pixels around the generated layers (they start near 75.36°W, 8.5°S).
    origen = QgsGeometry.fromWkt(f"POINT({X0 + 1500} {Y0 + 8000})")
    origen.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()))
    punto = origen.asPoint()
    ruta = raster(tmp_path / "wgs84.tif", valores, (punto.x(), punto.y()), 0.0007, 0, crs="EPSG:4326")
    resultado, unidades, _ = sintetizar(uris[:1], tmp_path, RASTERS=[ruta])
    en_4326 = unidades.to_crs(4326)
    with rasterio.open(ruta) as fuente:
        ids = rasterio.features.rasterize(
            ((g, i) for i, g in enumerate(en_4326.geometry)), out_shape=valores.shape, transform=fuente.transform, fill=-1, dtype="int32"
        )
    tabla = pd.DataFrame({"u": ids[ids >= 0], "v": valores[ids >= 0].astype(float)})
    esperado = tabla.groupby("u")["v"].mean().reindex(range(len(unidades)))
    assert esperado.notna().sum() > 5
    assert np.allclose(unidades["r1_media"].to_numpy(dtype=float), esperado.to_numpy(), rtol=1e-6, equal_nan=True)
