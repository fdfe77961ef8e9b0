"""GEOS and OGR in the user's words: a Spanish sentence naming the layer and the feature, GEOS's own text
kept once for whoever searches it; geometry types named in Spanish."""
import pytest
from pot_cartografia.core import geos, i18n
from qgis.core import QgsWkbTypes


@pytest.fixture
def espanol():
    assert i18n.install_translator("es")
    yield
    i18n.install_translator("en")


def test_an_english_geos_reason_becomes_a_spanish_sentence(espanol):
    assert geos.geometria_invalida("comunidades", 15, "Self-intersection") == (
        "Entidad 15 de «comunidades»: el borde se cruza a sí mismo (GEOS: Self-intersection)")
    assert geos.razon("Ring self-intersection[551116.85 9104616.48]") == "un anillo se toca a sí mismo"


def test_a_reason_qgis_already_translated_is_said_once(espanol):
    texto = geos.geometria_invalida("anp", 4, "Auto intersección.")
    assert texto == "Entidad 4 de «anp»: geometría no válida (Auto intersección)"


def test_geometry_types_are_named_in_spanish(espanol):
    assert geos.tipo_geometria(QgsWkbTypes.LineGeometry) == "líneas"
    assert geos.tipo_geometria(QgsWkbTypes.PolygonGeometry) == "polígonos"
