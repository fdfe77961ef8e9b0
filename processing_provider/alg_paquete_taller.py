"""pot:paquete_taller — the workshop pack: large sheets, a comparison sheet and the comment form."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingOutputFile,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from ..salidas import taller
from .base import PotAlgorithm


class PaqueteTaller(PotAlgorithm):
    NAME = "paquete_taller"
    GROUP_ID = "salidas"

    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    SHEETS = "SHEETS"
    SIZE = "SIZE"
    COMPARE = "COMPARE"
    WORKSHOP = "WORKSHOP"
    DPI = "DPI"
    MAPS = "MAPS"
    COMPARISON = "COMPARISON"
    FORM_PDF = "FORM_PDF"
    FORM_XLSX = "FORM_XLSX"

    def display_name(self):
        return tr("Workshop pack")

    def help(self):
        return tr(
            "Prepares a participatory workshop: the chosen sheets at A0 or A1 (folder “mapas”), a sheet "
            "comparing two layers side by side (the first two alternatives or scenarios, or the two layers "
            "given) with a lettered grid, and a comment form (PDF to print, XLSX to fill in) where each "
            "observation names a sheet and a grid cell such as C4. Bring the filled form back with "
            "“Import workshop observations”."
        )

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addParameter(
            QgsProcessingParameterString(self.SHEETS, tr("Sheets (map numbers separated by commas; empty = all)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterEnum(self.SIZE, tr("Sheet size"), options=list(taller.TAMANOS_TALLER), defaultValue=1))
        self.addParameter(
            QgsProcessingParameterString(
                self.COMPARE, tr("Two POT layers to compare (names separated by commas; empty = alternatives or scenarios)"),
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterString(self.WORKSHOP, tr("Workshop name"), optional=True))
        self.addParameter(
            QgsProcessingParameterNumber(self.DPI, tr("Resolution (dpi)"), QgsProcessingParameterNumber.Integer,
                                         defaultValue=150, minValue=50, maxValue=600)
        )
        self.addOutput(QgsProcessingOutputMultipleLayers(self.MAPS, tr("PDF of each sheet")))
        self.addOutput(QgsProcessingOutputFile(self.COMPARISON, tr("Comparison sheet")))
        self.addOutput(QgsProcessingOutputFile(self.FORM_PDF, tr("Comment form (PDF)")))
        self.addOutput(QgsProcessingOutputFile(self.FORM_XLSX, tr("Comment form (XLSX)")))

    def process(self, parameters, context, feedback):
        comparar = [c.strip() for c in (self.parameterAsString(parameters, self.COMPARE, context) or "").split(",") if c.strip()]
        if comparar and len(comparar) != 2:
            from ..core.errors import PotError

            raise PotError(tr("Give exactly two layers to compare, not {count}.").format(count=len(comparar)))
        salida = taller.paquete_taller(
            self.ruta_pot(parameters, context),
            self.parameterAsString(parameters, self.OUTPUT_FOLDER, context),
            numeros=(self.parameterAsString(parameters, self.SHEETS, context) or "").split(","),
            tamano=taller.TAMANOS_TALLER[self.parameterAsEnum(parameters, self.SIZE, context)],
            capas=comparar or None,
            taller=self.parameterAsString(parameters, self.WORKSHOP, context) or "",
            dpi=self.parameterAsInt(parameters, self.DPI, context),
            feedback=feedback,
        )
        for aviso in salida["avisos"]:
            feedback.pushWarning(aviso)
        return {
            self.OUTPUT_FOLDER: self.parameterAsString(parameters, self.OUTPUT_FOLDER, context),
            self.MAPS: salida["mapas"],
            self.COMPARISON: salida["comparacion"],
            self.FORM_PDF: salida["formulario_pdf"],
            self.FORM_XLSX: salida["formulario_xlsx"],
        }
