"""pot:paquete_minam — the bundle for MINAM's review: GeoPackage, map PDFs, memoria, ISO metadata."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..core.i18n import tr
from ..salidas import validacion
from .base import PotAlgorithm


class PaqueteMinam(PotAlgorithm):
    NAME = "paquete_minam"
    GROUP_ID = "salidas"

    OUTPUT = "OUTPUT"
    MAPS_FOLDER = "MAPS_FOLDER"
    DPI = "DPI"

    def display_name(self):
        return tr("Bundle for MINAM's review")

    def help(self):
        return tr(
            "Writes one zip file for MINAM's favourable opinion: a safe copy of the POT GeoPackage, the PDF of "
            "every map (taken from the maps folder, the missing ones exported), the memoria descriptiva (ODT "
            "and PDF), ISO 19115 metadata (XML) of each layer and the validation checklist."
        )

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Bundle (zip)"), "ZIP (*.zip)"))
        self.addParameter(
            QgsProcessingParameterFile(
                self.MAPS_FOLDER, tr("Folder of the exported maps (PDF)"), QgsProcessingParameterFile.Folder, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(self.DPI, tr("Resolution of the maps exported now (dpi)"),
                                         QgsProcessingParameterNumber.Integer, defaultValue=150, minValue=50, maxValue=600)
        )

    def process(self, parameters, context, feedback):
        resultado = validacion.paquete_minam(
            self.ruta_pot(parameters, context),
            self.parameterAsFileOutput(parameters, self.OUTPUT, context),
            carpeta_mapas=self.parameterAsFile(parameters, self.MAPS_FOLDER, context) or None,
            dpi=self.parameterAsInt(parameters, self.DPI, context),
            feedback=feedback,
        )
        for aviso in resultado["avisos"]:
            feedback.pushWarning(aviso)
        return {self.OUTPUT: resultado["zip"]}
