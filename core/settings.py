"""The plugin's settings: one typed object over ``QgsSettings``, every key declared once here.

    from ..core.settings import ajustes
    carpeta = ajustes.ultima_carpeta          # read (typed, with its default)
    ajustes.ultima_carpeta = "/datos/pot"     # write

Keys live under ``pot_cartografia/`` in the user's QGIS profile. Choices remembered per dock (the
last minimum area, the workshop sheet size…) are declared here too, so one list says what the
plugin stores about the user.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from qgis.core import QgsSettings

PREFIJO = "pot_cartografia/"


@dataclass(frozen=True)
class Ajuste:
    """A typed setting: a descriptor reading and writing ``QgsSettings``."""

    clave: str
    tipo: type
    defecto: Any

    def __get__(self, instancia, owner=None):
        if instancia is None:
            return self
        settings = QgsSettings()
        if self.tipo is list:
            valor = settings.value(PREFIJO + self.clave, self.defecto)
            if valor in (None, ""):
                return []
            return [str(v) for v in valor] if isinstance(valor, (list, tuple)) else [str(valor)]
        return settings.value(PREFIJO + self.clave, self.defecto, type=self.tipo)

    def __set__(self, instancia, valor):
        if self.tipo is list:
            valor = [str(v) for v in valor]
        QgsSettings().setValue(PREFIJO + self.clave, self.tipo(valor) if self.tipo is not list else valor)

    def borrar(self):
        QgsSettings().remove(PREFIJO + self.clave)


class Ajustes:
    """Every setting of the plugin."""

    ultima_carpeta = Ajuste("ultima_carpeta", str, "")  # folder of the last POT opened or created
    paneles_abiertos = Ajuste("paneles_abiertos", list, [])  # docks to show again at start-up
    autor_aportes = Ajuste("aportes/autor", str, "")  # who records contributions on this computer
    institucion_aportes = Ajuste("aportes/institucion", str, "")
    taller_aportes = Ajuste("aportes/taller", str, "")
    area_minima_ha = Ajuste("modelo_actual/area_minima_ha", float, 0.0)  # synthesis: smallest unit kept
    tamano_taller = Ajuste("salidas/tamano_taller", str, "A1")  # sheet size of the workshop pack

    def claves(self):
        return {nombre: getattr(type(self), nombre).clave for nombre, valor in vars(type(self)).items() if isinstance(valor, Ajuste)}


ajustes = Ajustes()
