"""Run inside QGIS desktop (--code): open the POT named by $POT_ABRIR with the plugin and show its docks.

$POT_PANELES lists the panels to show (default "navegador,diccionario"). With $POT_CAPTURA set, save a screenshot of the main window there and quit (used under Xvfb); with
$POT_INFORME set, also write a JSON report (plugin loaded, its load time, docks shown, errors logged,
layers and whether each is valid, and every modal dialog that popped up, e.g. QGIS's "Handle
Unavailable Layers": recorded and closed so that the run goes on).
"""
import json
import os

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDockWidget
from qgis.utils import active_plugins, iface, plugin_times, plugins

errores = []
dialogos = []


def _vigilar_dialogos():
    modal = QApplication.activeModalWidget()
    if modal is not None:
        dialogos.append(f"{type(modal).__name__}: {modal.windowTitle()}")
        modal.close()
    QTimer.singleShot(200, _vigilar_dialogos)


def _registrar(mensaje, etiqueta, nivel):
    if nivel == Qgis.Critical or etiqueta.startswith("Python"):
        errores.append(f"[{etiqueta}] {mensaje}")


QgsApplication.messageLog().messageReceived.connect(_registrar)


def _abrir():
    plugin = plugins["pot_cartografia"]
    plugin.abrir_pot(os.environ["POT_ABRIR"])
    for panel in os.environ.get("POT_PANELES", "navegador,diccionario").split(","):
        plugin.abrir_panel(panel)
    iface.mapCanvas().zoomToFullExtent()
    if os.environ.get("POT_CAPTURA"):
        QTimer.singleShot(4000, _capturar)


def _capturar():
    iface.mainWindow().grab().save(os.environ["POT_CAPTURA"])
    if os.environ.get("POT_INFORME"):
        docks = [d.objectName() for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName().startswith("Pot") and d.isVisible()]
        informe = {
            "activo": "pot_cartografia" in active_plugins,
            "tiempo_carga": plugin_times.get("pot_cartografia", ""),
            "docks": docks,
            "capas": sorted(layer.name() for layer in QgsProject.instance().mapLayers().values()),
            "capas_invalidas": sorted(layer.name() for layer in QgsProject.instance().mapLayers().values() if not layer.isValid()),
            "dialogos": dialogos,
            "menu": [a.text() for a in iface.mainWindow().menuBar().actions()],
            "acciones_pot": [a.text() for a in plugins["pot_cartografia"].menu.actions() if a.text()],
            "errores": errores,
        }
        with open(os.environ["POT_INFORME"], "w", encoding="utf-8") as handle:
            json.dump(informe, handle, ensure_ascii=False, indent=1)
    QgsProject.instance().setDirty(False)  # no "save changes?" prompt on the way out
    iface.actionExit().trigger()


QTimer.singleShot(1500, _abrir)
QTimer.singleShot(200, _vigilar_dialogos)
