"""Base class of every POT algorithm: translation, instance creation, help, icon."""
from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from ..core.errors import PotError
from ..core.i18n import tr


class PotAlgorithm(QgsProcessingAlgorithm):
    """Subclasses define NAME, display_name(), group_id/group_name(), help() and the two hooks.

    ``initAlgorithm`` and ``processAlgorithm`` stay QGIS's; ``run`` wraps PotError into
    QgsProcessingException so that every caller (dock, model, batch, qgis_process) gets the same
    clear message.
    """

    NAME = ""
    GROUP_ID = ""

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

    def icon(self):
        from .provider import provider_icon

        return provider_icon()

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
        try:
            return self.process(parameters, context, feedback)
        except PotError as error:
            raise QgsProcessingException(str(error)) from error

    def process(self, parameters, context, feedback) -> dict:
        raise NotImplementedError


def group_names():
    """Group ids and their (translated) names, in the order of the Pautas."""
    return {
        "proyecto": tr("POT project"),
        "diccionario": tr("Variables dictionary"),
        "modelo_actual": tr("Phase I – Current territorial model"),
        "prospectiva": tr("Phase I – Prospective analysis"),
        "modelo_ot": tr("Phase II – Territorial planning model"),
        "alternativas": tr("Phase III – Specific proposal"),
        "salidas": tr("Cartographic output"),
    }
