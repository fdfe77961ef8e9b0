"""Base class of every POT algorithm: translation, instance creation, help, icon."""
from pathlib import Path

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException, QgsProcessingParameterFile
from qgis.PyQt.QtGui import QIcon

from ..__about__ import PLUGIN_DIR
from ..core import pasos
from ..core.guia import url_guia
from ..core.errors import PotError
from ..core.i18n import idioma_de_documentos, idioma_de_store, tr


class PotAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define NAME, display_name(), group_id/group_name(), help() and the two hooks.

    ``initAlgorithm`` and ``processAlgorithm`` stay QGIS's; ``run`` wraps PotError into
    QgsProcessingException so that every caller (dock, model, batch, qgis_process) gets the same
    clear message.
    """

    NAME = ""
    GROUP_ID = ""
    PROJECT = "PROJECT"  # every algorithm that works on a POT names its GeoPackage so

    def createInstance(self):  # noqa: N802
        return type(self)()

    def name(self):
        return self.NAME

    def displayName(self):  # noqa: N802
        return self.display_name()

    def group(self):
        return self.group_name()

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self):  # noqa: N802
        return self.help()

    def helpUrl(self):  # noqa: N802
        """The page of the user guide for the algorithm's group, at the algorithm's own anchor."""
        guia = next((g.guia for g in pasos.grupos_algoritmos() if g.id == self.GROUP_ID), "index.html")
        return url_guia(guia, "alg-" + self.NAME)

    def icon(self):
        return icono_pot()

    # -- the POT parameter, declared one way everywhere -------------------------------------------
    def agregar_parametro_pot(self, descripcion: str = "", opcional: bool = False) -> None:
        self.addParameter(QgsProcessingParameterFile(self.PROJECT, descripcion or tr("POT GeoPackage"), extension="gpkg",
                                                     optional=opcional))

    def ruta_pot(self, parameters, context) -> str:
        return self.parameterAsFile(parameters, self.PROJECT, context)

    def abrir_pot(self, parameters, context):
        """The PotStore named by the PROJECT parameter (opened, migrated if older); PotError otherwise."""
        from ..store.pot_store import PotStore

        return PotStore.open(self.ruta_pot(parameters, context))

    def capa_de_trabajo(self, parameters, nombre: str, context):
        """The vector layer of parameter ``nombre``, safe to read later from a task's thread. Call it in
        ``prepare``: a layer of the open project is reopened from its source (a memory layer is copied),
        so the worker never touches the object the map canvas draws. None when the parameter is empty."""
        from qgis.core import QgsFeatureRequest, QgsVectorLayer

        layer = self.parameterAsVectorLayer(parameters, nombre, context) if parameters.get(nombre) not in (None, "") else None
        proyecto = context.project()
        if layer is None or proyecto is None or proyecto.mapLayer(layer.id()) is not layer:
            return layer
        if layer.providerType() == "memory":
            copia = layer.materialize(QgsFeatureRequest())
            copia.setName(layer.name())
            return copia
        return QgsVectorLayer(layer.source(), layer.name(), layer.providerType())

    def abrir_pot_opcional(self, parameters, context):
        """The PotStore of an optional PROJECT parameter, or None when it was left empty."""
        return self.abrir_pot(parameters, context) if self.ruta_pot(parameters, context) else None

    # -- to override ------------------------------------------------------------------------
    def display_name(self) -> str:
        raise NotImplementedError

    def group_name(self) -> str:
        return group_names().get(self.GROUP_ID, "")

    def help(self) -> str:
        return ""

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        return self.prepare(parameters, context, feedback)

    def prepare(self, parameters, context, feedback) -> bool:
        """Runs in the main thread even when the algorithm runs in a task: read project layers here.

        Only read: Processing reports an error raised here as a bare "errors executing the
        algorithm", so checks that explain a problem to the user belong in ``process``.
        """
        return True

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # What an algorithm writes into documents or stores as names is in the POT's language.
        from ..store.conexion import avisando_esperas

        with idioma_de_documentos(self._idioma_del_pot(parameters, context)), avisando_esperas(feedback.pushInfo if feedback is not None else None):
            try:
                return self.process(parameters, context, feedback)
            except PotError as error:
                raise QgsProcessingException(str(error)) from error

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        with idioma_de_documentos(getattr(self, "_idioma", None)):
            return self.post_process(context, feedback)

    def post_process(self, context, feedback) -> dict:
        """Main-thread work after ``process`` (e.g. showing new layers in the open project)."""
        return {}

    def _idioma_del_pot(self, parameters, context):
        """The document language of the POT named by the PROJECT parameter (None: Spanish)."""
        self._idioma = None
        if self.parameterDefinition(self.PROJECT) is None:
            return None
        ruta = self.ruta_pot(parameters, context)
        if ruta and Path(ruta).is_file():
            from ..store.pot_store import PotStore

            self._idioma = idioma_de_store(PotStore(ruta))
        return self._idioma

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError


def icono_pot():
    return QIcon(str(PLUGIN_DIR / "icons" / "pot.svg"))


def group_names():
    """Group ids and their (translated) names, in the order of the Pautas (from the registry)."""
    return {grupo.id: grupo.titulo for grupo in pasos.grupos_algoritmos()}
