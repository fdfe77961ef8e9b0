"""Plain helpers shared by the tests (fixtures live in conftest.py)."""
from __future__ import annotations

import time

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication


def esperar(condicion, timeout=60):
    """Run the Qt event loop until ``condicion()`` holds (tasks finishing, signals arriving)."""
    fin = time.monotonic() + timeout
    while not condicion():
        assert time.monotonic() < fin, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)


def capa_demo(demo_folder, nombre) -> QgsVectorLayer:
    """A layer of the generated sample territory."""
    layer = QgsVectorLayer(f"{demo_folder / 'territorio_demo.gpkg'}|layername={nombre}", nombre, "ogr")
    assert layer.isValid(), nombre
    return layer


def sesion_de(store):
    """A minimal stand-in for ui.sesion.PotSession holding one open POT (for docks under test)."""
    from qgis.PyQt.QtCore import QObject, pyqtSignal

    class Sesion(QObject):
        changed = pyqtSignal()

        def __init__(self):
            super().__init__()
            self.store = store

        def notify(self):
            self.changed.emit()

    return Sesion()
