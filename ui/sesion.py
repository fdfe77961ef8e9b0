"""Which POT is open in this QGIS session.

The QGIS project and the POT go together: reading a project stored in a POT GeoPackage (or a project
carrying the custom property ``pot/gpkg``) opens that POT; clearing the project closes it. Docks
listen to ``changed``, which is also emitted by ``notify()`` after a dock has modified the POT.
"""
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..core.errors import PotError
from ..core.log import get_logger

PROPERTY_SCOPE = "pot"
PROPERTY_KEY = "gpkg"


def gpkg_del_proyecto(project: QgsProject) -> str:
    """The POT GeoPackage a QGIS project belongs to, or "" (a file path, not checked)."""
    uri = project.fileName() or ""
    if uri.startswith("geopackage:"):
        storage = QgsApplication.projectStorageRegistry().projectStorageFromUri(uri)
        if storage is not None and hasattr(storage, "filePath"):
            path = storage.filePath(uri)
            if path:
                return path
        return uri[len("geopackage:"):].split("?", 1)[0]
    value, ok = project.readEntry(PROPERTY_SCOPE, PROPERTY_KEY, "")
    if ok and value:
        path = Path(value)
        if not path.is_absolute() and project.absolutePath():
            path = Path(project.absolutePath()) / path
        return str(path)
    return ""


class PotSession(QObject):
    """The open POT (``store``, a PotStore or None). One per plugin instance."""

    changed = pyqtSignal()
    # A POT project was read but the POT could not be opened: the message names the file.
    error = pyqtSignal(str)

    def __init__(self, project: QgsProject = None, parent=None):
        super().__init__(parent)
        self.project = project or QgsProject.instance()
        self.store = None
        self._fusionando = False
        self.project.readProject.connect(self._al_leer_proyecto)
        self.project.cleared.connect(self._al_limpiar_proyecto)
        self.project.projectSaved.connect(self._al_guardar_proyecto)
        self._detectar()

    # -- public ---------------------------------------------------------------------------------
    @property
    def abierto(self) -> bool:
        return self.store is not None

    def abrir(self, path, leer=None):
        """Open the POT at ``path``: its QGIS project replaces the current one. Raises PotError.
        ``leer(uri) -> bool``: how to read the project (default ``QgsProject.read``)."""
        from ..store.proyecto_qgis import abrir_proyecto

        store = abrir_proyecto(path, leer)
        self.store = store
        self.changed.emit()
        return store

    def cerrar(self):
        self._poner(None)

    def notify(self):
        """Tell the docks that the POT's contents changed (variables, layers, statuses)."""
        self.changed.emit()

    def desconectar(self):
        """Stop following the QGIS project (plugin unload)."""
        for signal, slot in (
            (self.project.readProject, self._al_leer_proyecto),
            (self.project.cleared, self._al_limpiar_proyecto),
            (self.project.projectSaved, self._al_guardar_proyecto),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass

    # -- following the QGIS project --------------------------------------------------------------
    def _al_leer_proyecto(self, *_document):
        self._detectar()

    def _al_limpiar_proyecto(self):
        self._poner(None)

    def _al_guardar_proyecto(self):
        if self.store is not None and not self._fusionando:
            QTimer.singleShot(0, self._fusionar_registro)

    def _fusionar_registro(self):
        """After the user saved the POT's project: layers another program (qgis_process, another QGIS)
        added to the POT meanwhile were missing from this copy. They are added, and saved again, so
        the stored project never loses a layer to a stale save."""
        from ..store.proyecto_qgis import capas_guardadas, completar_desde_registro, contenido_guardado, escribir_proyecto

        store = self.store
        if store is None:
            return
        try:
            anadidas = completar_desde_registro(self.project, store)
            with store.connect(readonly=True) as conn:
                guardadas = capas_guardadas(contenido_guardado(conn))
            registradas = {f["capa"] for f in store.registered_layers()} & set(store.spatial_layers())
            if anadidas or not registradas <= guardadas:
                self._fusionando = True
                escribir_proyecto(self.project, store)
        except PotError as problem:
            get_logger().warning(str(problem))
            self.error.emit(str(problem))
        finally:
            self._fusionando = False

    def _detectar(self):
        path = gpkg_del_proyecto(self.project)
        if not path:
            self._poner(None)
            return
        from ..store.pot_store import PotStore, read_schema_version

        try:
            if read_schema_version(path) == 0:  # an ordinary GeoPackage holding a QGIS project
                self._poner(None)
                return
            store = PotStore.open(path)
        except PotError as problem:
            get_logger().warning(str(problem))
            self._poner(None)
            self.error.emit(str(problem))
            return
        self._poner(store)

    def _poner(self, store):
        if store is not None:
            from ..store.conexion import avisar_si_dos_sqlite

            avisar_si_dos_sqlite()
        anterior = self.store.path if self.store is not None else None
        nuevo = store.path if store is not None else None
        self.store = store
        if anterior != nuevo:
            self.changed.emit()
