"""pot:importar_diccionario and pot:exportar_diccionario — the dictionary as XLSX or CSV."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core.i18n import tr
from ..diccionario import repositorio
from ..diccionario.intercambio import exportar, importar
from .base import PotAlgorithm


class ImportarDiccionario(PotAlgorithm):
    NAME = "importar_diccionario"
    GROUP_ID = "diccionario"
    REEMPLAZAR, COMBINAR = 0, 1

    def display_name(self):
        return tr("Import variables dictionary")

    def help(self):
        return tr(
            "Reads a dictionary of variables from an XLSX workbook (sheets “variables” and “clases”) or from a CSV "
            "file plus its “NAME_clases.csv” beside it, and writes it into the POT. Replace: the dictionary becomes "
            "exactly the file's. Merge: variables with the same code are replaced, the others are kept. The whole file "
            "is checked first; if it has any problem nothing is written and every problem is listed. CSV files in "
            "Windows-1252/Latin-1 are accepted with a warning."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(
            QgsProcessingParameterFile("INPUT", tr("Dictionary file (XLSX or CSV)"), fileFilter=tr("Dictionary (*.xlsx *.csv)"))
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "MODE",
                tr("Mode"),
                options=[
                    tr("Replace the whole dictionary"),
                    tr("Merge: replace variables with the same code, keep the others"),
                ],
                defaultValue=self.COMBINAR,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Variables imported")))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        ruta = self.parameterAsFile(parameters, "INPUT", context)
        combinar = self.parameterAsEnum(parameters, "MODE", context) == self.COMBINAR
        variables, avisos = importar(ruta)
        for aviso in avisos:
            feedback.pushWarning(aviso)
        cuenta = repositorio.reemplazar(store, variables, conservar_existentes=combinar)
        feedback.pushInfo(tr("{count} variable(s) imported from {path}.").format(count=cuenta, path=ruta))
        return {"COUNT": cuenta}


class ExportarDiccionario(PotAlgorithm):
    NAME = "exportar_diccionario"
    GROUP_ID = "diccionario"

    def display_name(self):
        return tr("Export variables dictionary")

    def help(self):
        return tr(
            "Writes the POT's dictionary of variables to an XLSX workbook (sheets “variables” and “clases”) or to "
            "a CSV file plus “NAME_clases.csv” beside it (UTF-8, which Excel opens with accents and ñ intact). "
            "The file can be edited and imported back. An existing file is replaced only once the new one is complete."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Dictionary file"), "XLSX (*.xlsx);;CSV (*.csv)"))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        ruta = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        variables = repositorio.cargar(store)
        for escrito in exportar(variables, ruta):
            feedback.pushInfo(tr("Written: {path}").format(path=escrito))
        return {"OUTPUT": ruta}
