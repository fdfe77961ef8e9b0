"""pot:exportar_mapas — export the POT map series (Peruvian map sheets) to PDF and/or PNG."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputFile,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.i18n import tr
from ..salidas import exportar
from .base import PotAlgorithm

FORMATOS = (exportar.PDF, exportar.PNG, exportar.AMBOS)


class ExportarMapas(PotAlgorithm):
    NAME = "exportar_mapas"
    GROUP_ID = "salidas"

    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    SHEETS = "SHEETS"
    FORMAT = "FORMAT"
    DPI = "DPI"
    CONTEXT = "CONTEXT"
    LOGOS = "LOGOS"
    TEMPLATES = "TEMPLATES"
    PDFS = "PDFS"
    PNGS = "PNGS"
    COMBINED = "COMBINED"

    def display_name(self):
        return tr("Export the map series")

    def help(self):
        return tr(
            "Exports the sheets of the POT's map catalogue as Peruvian map sheets (membrete, UTM grid, "
            "north arrow, legend of the classes present, location inset): one PDF per sheet, georeferenced, "
            "plus one combined PDF of all sheets, and/or PNG images. Sheets: map numbers separated by commas "
            "(empty = all). A sheet that fails is reported by its number and the others are still exported."
        )

    def flags(self):
        # Print layouts and QPrinter belong to the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addParameter(
            QgsProcessingParameterString(
                self.SHEETS, tr("Sheets to export (map numbers separated by commas; empty = all)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FORMAT, tr("Format"), options=["PDF", "PNG", tr("PDF and PNG")], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DPI, tr("Resolution (dpi)"), QgsProcessingParameterNumber.Integer, defaultValue=200,
                minValue=50, maxValue=1200,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.CONTEXT, tr("Context layer of the location inset (e.g. departments of Peru)"),
                [QgsProcessing.TypeVectorPolygon], optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.LOGOS, tr("Logo image files (separated by ;)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFile(
                self.TEMPLATES, tr("Folder of layout templates (.qpt named like A3_horizontal.qpt)"),
                behavior=QgsProcessingParameterFile.Folder, optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputMultipleLayers(self.PDFS, tr("PDF of each sheet")))
        self.addOutput(QgsProcessingOutputMultipleLayers(self.PNGS, tr("PNG of each sheet")))
        self.addOutput(QgsProcessingOutputFile(self.COMBINED, tr("Combined PDF of all sheets")))

    def process(self, parameters, context, feedback):
        gpkg = self.ruta_pot(parameters, context)
        carpeta = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        hojas = self.parameterAsString(parameters, self.SHEETS, context) or ""
        formato = FORMATOS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        contexto = self.parameterAsVectorLayer(parameters, self.CONTEXT, context)
        logos = [p.strip() for p in (self.parameterAsString(parameters, self.LOGOS, context) or "").split(";") if p.strip()]
        plantillas = self.parameterAsFile(parameters, self.TEMPLATES, context) or None
        resultado = exportar.exportar_mapas(
            gpkg, carpeta, numeros=hojas.split(","), formato=formato, dpi=dpi, capa_contexto=contexto, logos=logos,
            feedback=feedback, plantillas=plantillas,
        )
        return {
            self.OUTPUT_FOLDER: resultado.carpeta,
            self.PDFS: resultado.pdfs,
            self.PNGS: resultado.pngs,
            self.COMBINED: resultado.combinado,
        }
