"""pot:importar_observaciones — the filled comment form of a workshop back into the POT."""
from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFile, QgsProcessingParameterString

from ..core.i18n import tr
from ..salidas import taller
from .base import PotAlgorithm


class ImportarObservaciones(PotAlgorithm):
    NAME = "importar_observaciones"
    GROUP_ID = "salidas"

    INPUT = "INPUT"
    WORKSHOP = "WORKSHOP"
    IMPORTED = "IMPORTED"
    SKIPPED = "SKIPPED"
    APORTES = "APORTES"

    def display_name(self):
        return tr("Import workshop observations")

    def help(self):
        return tr(
            "Reads the comment form of the workshop pack (XLSX or CSV, columns numero, taller, fecha, "
            "institucion, autor, hoja, celda, texto) into the POT's log of observations. When the POT has an "
            "“aportes” point layer, each observation with a grid cell also becomes a point at the cell's "
            "centre. A row with an unknown sheet or cell stops the import and is named; rows already "
            "imported are skipped."
        )

    def initAlgorithm(self, config=None):
        self.agregar_parametro_pot()
        self.addParameter(
            QgsProcessingParameterFile(self.INPUT, tr("Filled comment form (XLSX or CSV)"),
                                       fileFilter="XLSX (*.xlsx);;CSV (*.csv)")
        )
        self.addParameter(QgsProcessingParameterString(self.WORKSHOP, tr("Workshop name (when the form has none)"), optional=True))
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, tr("Observations imported")))
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, tr("Observations already in the POT")))
        self.addOutput(QgsProcessingOutputNumber(self.APORTES, tr("Aportes points added")))

    def process(self, parameters, context, feedback):
        resultado = taller.importar_observaciones(
            self.ruta_pot(parameters, context),
            self.parameterAsFile(parameters, self.INPUT, context),
            self.parameterAsString(parameters, self.WORKSHOP, context) or "",
        )
        feedback.pushInfo(tr("{count} observations imported.").format(count=resultado["importadas"]))
        return {self.IMPORTED: resultado["importadas"], self.SKIPPED: resultado["omitidas"], self.APORTES: resultado["aportes"]}
