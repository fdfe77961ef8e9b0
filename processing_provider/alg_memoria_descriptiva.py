"""pot:memoria_descriptiva — the memoria descriptiva of the POT as ODT (and PDF)."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..core.i18n import tr
from ..salidas import memoria
from .base import PotAlgorithm


class MemoriaDescriptiva(PotAlgorithm):
    NAME = "memoria_descriptiva"
    GROUP_ID = "salidas"

    OUTPUT = "OUTPUT"
    OUTPUT_PDF = "OUTPUT_PDF"
    MAPS_FOLDER = "MAPS_FOLDER"
    DPI = "DPI"

    def display_name(self):
        return tr("Descriptive report (memoria descriptiva)")

    def help(self):
        return tr(
            "Writes the memoria descriptiva of the POT as an ODT document (Word and LibreOffice open it) and "
            "optionally as PDF: presentation, Chapter I (area tables of the current model by class, in ha and %), "
            "II, III, IV (observations and answers) and the annexes (dictionary of variables, list of maps). "
            "Each map of the catalogue is a numbered figure: taken from the maps folder (PNG exported by "
            "“Export the map series”) or rendered at the given resolution. The narrative texts the team "
            "wrote are merged into their chapters. It can be regenerated at any time."
        )

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading  # the maps are print layouts (the document: a worker)

    def initAlgorithm(self, config=None):
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterFileDestination(self.OUTPUT, tr("Memoria (ODT)"), "ODT (*.odt)"))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PDF, tr("Memoria (PDF)"), "PDF (*.pdf)", optional=True, createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.MAPS_FOLDER, tr("Folder of the exported maps (PNG)"), QgsProcessingParameterFile.Folder, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DPI, tr("Resolution of the maps rendered for the memoria (dpi)"),
                QgsProcessingParameterNumber.Integer, defaultValue=90, minValue=30, maxValue=300,
            )
        )

    def process(self, parameters, context, feedback):
        resultado = memoria.generar_memoria(
            self.ruta_pot(parameters, context),
            odt=self.parameterAsFileOutput(parameters, self.OUTPUT, context),
            pdf=self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context) or None,
            carpeta_mapas=self.parameterAsFile(parameters, self.MAPS_FOLDER, context) or None,
            dpi=self.parameterAsInt(parameters, self.DPI, context),
            feedback=feedback,
            contexto=context.transformContext(),
        )
        for aviso in resultado["avisos"]:
            feedback.pushWarning(aviso)
        return {self.OUTPUT: resultado["odt"], self.OUTPUT_PDF: resultado["pdf"]}
