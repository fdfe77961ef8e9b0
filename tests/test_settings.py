"""core.settings: every key of the plugin in one typed object over QgsSettings."""
from pot_cartografia.core.settings import PREFIJO, Ajustes, ajustes
from qgis.core import QgsSettings


def test_settings_are_typed_have_defaults_and_live_under_the_plugins_prefix():
    claves = ajustes.claves()
    assert {"ultima_carpeta", "paneles_abiertos", "autor_aportes", "area_minima_ha", "tamano_taller"} <= set(claves)
    anterior = (ajustes.area_minima_ha, ajustes.paneles_abiertos, ajustes.tamano_taller)
    try:
        Ajustes.area_minima_ha.borrar()
        assert ajustes.area_minima_ha == 0.0 and isinstance(ajustes.area_minima_ha, float)
        ajustes.area_minima_ha = 2.5
        assert ajustes.area_minima_ha == 2.5
        assert QgsSettings().value(PREFIJO + "modelo_actual/area_minima_ha", type=float) == 2.5
        ajustes.paneles_abiertos = ["navegador"]
        assert ajustes.paneles_abiertos == ["navegador"], "a one-item list stays a list"
        ajustes.paneles_abiertos = []
        assert ajustes.paneles_abiertos == []
        ajustes.tamano_taller = "A0"
        assert ajustes.tamano_taller == "A0"
    finally:
        ajustes.area_minima_ha, ajustes.paneles_abiertos, ajustes.tamano_taller = anterior
