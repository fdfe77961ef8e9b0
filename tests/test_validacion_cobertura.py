"""Coverage of the ámbito by a DIT layer, on the real Ucayali layers: the fast clip-then-union gives the
area shapely computes (union ∩ ámbito), for a layer in EPSG:4326 and its UTM copy alike."""
import processing
import pytest
from pot_cartografia.modelo_actual import validacion
from pot_cartografia.store.pot_store import PotStore


@pytest.fixture
def pot_coronel_portillo(shared_data, tmp_path):
    pot = tmp_path / "pot.gpkg"
    processing.run("pot:crear_proyecto", {
        "NAME": "POT Coronel Portillo", "LEVEL": 1, "AMBITO": str(shared_data / "ucayali" / "01_limites_provincias_ucayali.gpkg"),
        "FILTER": "\"PROVINCIA\" = 'CORONEL PORTILLO'", "HORIZON": 2040, "OUTPUT": str(pot)})
    return pot


def _oraculo(shared_data, pot):
    """Share of the ámbito covered by the communities, by shapely/geopandas in the POT's CRS."""
    gpd = pytest.importorskip("geopandas")
    from shapely import make_valid, union_all

    ambito = gpd.read_file(pot, layer="ambito").to_crs(32718)
    comunidades = gpd.read_file(shared_data / "ucayali" / "20_comunidades_nativas_ucayali.gpkg").to_crs(32718)
    area_ambito = union_all(ambito.geometry.values).area
    cubierta = union_all(make_valid(comunidades.geometry.values)).intersection(union_all(ambito.geometry.values)).area
    return 100.0 * cubierta / area_ambito


@pytest.mark.parametrize("fuente", ["4326", "utm"])
def test_coverage_of_the_real_communities_matches_shapely(fuente, shared_data, pot_coronel_portillo):
    ruta = (str(shared_data / "ucayali" / "20_comunidades_nativas_ucayali.gpkg") if fuente == "4326" else
            str(shared_data / "ucayali_dit_epsg32718.gpkg") + "|layername=20_comunidades_nativas_ucayali")
    processing.run("pot:registrar_capa_dit", {"PROJECT": str(pot_coronel_portillo), "INPUT": ruta, "NAME": "comunidades",
                                              "THEME": 0})
    informes, _ = validacion.validar(PotStore.open(pot_coronel_portillo))
    esperado = _oraculo(shared_data, pot_coronel_portillo)
    assert 10 < esperado < 90  # the communities cover part of the province, not all of it
    assert informes[0]["cobertura_pct"] == pytest.approx(esperado, abs=0.02)
