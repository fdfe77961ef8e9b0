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


def punto_de_montaje(nombre: str):
    """An empty folder for a test mount, outside pytest's own temporary folders: another pytest
    session sharing /tmp (the Debian 13 root is shared) may rename or delete those, and a mount
    inside them could then not be unmounted by its path."""
    import tempfile
    from pathlib import Path

    return Path(tempfile.mkdtemp(prefix=f"pot_{nombre}_"))


def montar(destino, *opciones) -> bool:
    """``mount <opciones> <destino>`` (tests of full and read-only disks); False when this machine
    does not allow it (not root)."""
    import subprocess

    destino.mkdir(parents=True, exist_ok=True)
    return subprocess.run(["mount", *opciones, str(destino)], capture_output=True, text=True).returncode == 0


def desmontar(destino) -> None:
    """Unmount what a test mounted, and say so if it stays mounted (never leave a mount behind).
    ``mountpoint`` reads the kernel's mount table: ``os.path.ismount`` misses a folder bound onto itself."""
    import subprocess

    def montado():
        return subprocess.run(["mountpoint", "-q", str(destino)]).returncode == 0

    for _ in range(3):
        if not montado():
            break
        subprocess.run(["umount", "-l", str(destino)], capture_output=True, text=True)
    assert not montado(), f"{destino} is still mounted"
    import shutil

    shutil.rmtree(destino, ignore_errors=True)


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


def fabrica_de_docks(clase, iface):
    """For a fixture: yields make(session) → a dock of ``clase`` on iface's main window; every dock
    made is disconnected and deleted afterwards, so the window is left as it was."""
    from qgis.PyQt.QtCore import QEvent

    docks = []

    def make(session):
        dock = clase(session, iface)
        docks.append(dock)
        return dock

    yield make
    for dock in docks:
        dock.desconectar()
        dock.setParent(None)
        dock.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def terminar(dock):
    """The dock's action runs in a task: the form waits (disabled, progress and Cancel shown) until it ends."""
    assert dock.ocupado and not dock.ui.isEnabled() and not dock.pie.isHidden()
    esperar(lambda: not dock.ocupado, timeout=120)
    assert dock.ui.isEnabled() and dock.pie.isHidden()
