"""Units of the modelo actual (modelo_actual/unidades.py): one field per variable whatever the
number of layers that map it, with the documented precedence and the conflict reported; points and
lines counted and measured per unit, against shapely."""
import json

import geopandas as gpd
import processing
import pytest
import shapely
from pot_cartografia.store.pot_store import PotStore
from test_modelo_actual import memory_layer, register, theme_index, write_gpkg

X0, Y0 = 560000, 9060000  # inside the sample territory's ámbito (UTM 18S)


@pytest.fixture
def pot(pot_demo):
    return pot_demo


def cuadro(x, y, lado):
    return f"POLYGON(({x} {y},{x + lado} {y},{x + lado} {y + lado},{x} {y + lado},{x} {y}))"


def test_one_field_per_variable_first_layer_wins_conflict_reported(pot, tmp_path):
    from qgis.core import QgsProcessingFeedback

    # Two protected-area layers mapped to ANP that overlap on a 1 km × 2 km strip with different
    # classes (national park vs regional area); a third one agrees with the first where it overlaps.
    parques = memory_layer("Polygon?crs=EPSG:32718&field=cat:string", [(cuadro(X0, Y0, 4000), ["Parque Nacional"])])
    regionales = memory_layer("Polygon?crs=EPSG:32718&field=tipo:string", [(cuadro(X0 + 3000, Y0, 2000), ["ACR"])])
    iguales = memory_layer("Polygon?crs=EPSG:32718&field=c:string", [(cuadro(X0 - 1000, Y0, 2000), ["PN"])])
    alertas = memory_layer("Point?crs=EPSG:32718&field=id:integer",
                           [(f"POINT({X0 + 100 + 250 * i} {Y0 + 1500})", [i]) for i in range(24)])
    vias = memory_layer("LineString?crs=EPSG:32718&field=clase:string",
                        [(f"LINESTRING({X0 - 2000} {Y0 + 500},{X0 + 6000} {Y0 + 500})", ["DEP"]),
                         (f"LINESTRING({X0 + 1000} {Y0 - 500},{X0 + 1000} {Y0 + 3500})", ["VEC"])])
    capas = {n: write_gpkg(layer, tmp_path / f"{n}.gpkg") for n, layer in
             (("parques", parques), ("regionales", regionales), ("iguales", iguales), ("alertas", alertas), ("vias", vias))}
    register(pot, str(capas["parques"]), theme_index("zee_bioecologico"), "cat", "ANP", "Parque Nacional=PN", name="parques")
    register(pot, str(capas["regionales"]), theme_index("zee_bioecologico"), "tipo", "ANP", name="regionales")
    register(pot, str(capas["iguales"]), theme_index("zee_bioecologico"), "c", "ANP", name="iguales")
    register(pot, str(capas["alertas"]), theme_index("ee_cambio_cobertura"), name="alertas")
    register(pot, str(capas["vias"]), theme_index("base"), "clase", "RED_VIAL", name="vias")

    mensajes = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, info):  # noqa: N802
            mensajes.append(info)

        def pushWarning(self, warning):  # noqa: N802
            mensajes.append(warning)

    salida = processing.run("pot:modelo_actual_unidades", {"PROJECT": str(pot)}, feedback=Feedback())
    assert json.loads(salida["FIELDS"]) == {"anp": "ANP"}  # one field, not anp, anp_2, anp_3
    unidades = gpd.read_file(pot, layer="modelo_actual_unidades")
    areas = unidades.groupby("anp").geometry.apply(lambda g: g.area.sum())
    assert areas["PN"] == pytest.approx(4000 * 4000 + 1000 * 2000, rel=1e-9)  # the park wins the overlap
    assert areas["ACR"] == pytest.approx(1000 * 2000, rel=1e-9)  # only where the park is not
    texto = "\n".join(mensajes)
    assert "parques, regionales" in texto and "200.0 ha" in texto  # the disagreement, by area
    assert "iguales" not in texto.split("different classes")[0].split("\n")[-1]  # agreeing layers are no conflict

    # Points and lines per unit, against shapely on the same units.
    puntos = gpd.read_file(capas["alertas"])
    lineas = gpd.read_file(capas["vias"])
    for _, unidad in unidades.iterrows():
        esperado = int(puntos.geometry.within(unidad.geometry).sum())
        assert unidad["alertas_n"] == esperado
        dep = shapely.intersection(lineas[lineas.clase == "DEP"].geometry, unidad.geometry).length.sum() / 1000
        assert unidad["red_vial_dep_km"] == pytest.approx(dep, abs=1e-9)
        assert unidad["alertas_dens"] == pytest.approx(esperado / (unidad["area_ha"] / 100), abs=1e-6)  # 6 decimals stored
    assert unidades["alertas_n"].sum() == 20  # the 4 points east of x0 + 5 km fall in no unit
    # The VEC road runs 2 km along the border of two units: counted once, the total is what lies inside.
    dentro = shapely.intersection(shapely.union_all(lineas.geometry), shapely.union_all(unidades.geometry)).length / 1000
    assert unidades["vias_km"].sum() == pytest.approx(dentro, rel=1e-9) and dentro == pytest.approx(9.5)
    assert PotStore(pot).count("pot_campos", "capa = 'modelo_actual_unidades'") == 1
