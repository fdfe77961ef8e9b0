"""Run inside QGIS desktop (--code): open the POT named by $POT_ABRIR with the plugin, show its docks.

With $POT_CAPTURA set, save a screenshot of the main window there and quit (used under Xvfb).
"""
import os

from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface, plugins


def _abrir():
    plugin = plugins["pot_cartografia"]
    plugin.abrir_pot(os.environ["POT_ABRIR"])
    plugin.abrir_panel("navegador")
    plugin.abrir_panel("diccionario")
    iface.mapCanvas().zoomToFullExtent()
    if os.environ.get("POT_CAPTURA"):
        QTimer.singleShot(4000, _capturar)


def _capturar():
    iface.mainWindow().grab().save(os.environ["POT_CAPTURA"])
    iface.actionExit().trigger()


QTimer.singleShot(1500, _abrir)
