"""Processing algorithm: write the sample territory GeoPackage into a folder."""
from qgis.core import QgsProcessingOutputFile, QgsProcessingParameterFolderDestination

from ..core.i18n import tr
from ..demo.territorio import CAPAS, generar_territorio
from .base import PotAlgorithm


class TerritorioDemo(PotAlgorithm):
    NAME = "territorio_demo"
    GROUP_ID = "proyecto"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    GPKG = "GPKG"

    def display_name(self):
        return tr("Sample territory")

    def help(self):
        return tr(
            "Writes territorio_demo.gpkg, a fictitious province in Ucayali (UTM zone 18S, about 85 × 65 km) "
            "to try the plugin without real data. Its layers are: {layers}. Attribute values use the class "
            "codes of the default variables dictionary. The output is the same on every run. "
            "The folder is created if it does not exist; an existing sample in it is replaced."
        ).format(layers=", ".join(CAPAS))

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, tr("Output folder")))
        self.addOutput(QgsProcessingOutputFile(self.GPKG, tr("Sample territory GeoPackage")))

    def process(self, parameters, context, feedback):
        carpeta = self.parameterAsFileOutput(parameters, self.OUTPUT_FOLDER, context)
        gpkg = generar_territorio(carpeta, feedback=feedback)
        feedback.pushInfo(tr("Sample territory written to {file}").format(file=gpkg))
        return {self.OUTPUT_FOLDER: carpeta, self.GPKG: str(gpkg)}
