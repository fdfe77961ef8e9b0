"""pot:validar_capas_dit — check every registered DIT layer; problems as points, report as JSON/HTML."""
import json
from pathlib import Path

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.errors import PotError
from ..core.i18n import tr
from ..modelo_actual import validacion
from .base import PotAlgorithm


class ValidarCapasDit(PotAlgorithm):
    NAME = "validar_capas_dit"
    GROUP_ID = "modelo_actual"

    def display_name(self):
        return tr("Check DIT layers")


    def help(self):
        return tr(
            "Checks the DIT layers registered in the POT: CRS (and whether it is the POT's), invalid, empty and "
            "missing geometries, Z/M and curved geometries, text that looks mis-decoded (UTF-8 read as Latin-1, "
            "like “HuÃ¡nuco”, or replacement characters “�”), mapped fields that are missing, values without a "
            "class in the dictionary (after the value mapping) and the share of the ámbito each layer covers. "
            "Problems with a place are written as points (fields capa, fid, problema) to zoom through. The "
            "report is returned as JSON and optionally written as an HTML page. Layers are only read; use "
            "“Correct DIT layer” to write a fixed copy into the POT."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(
            QgsProcessingParameterString("LAYERS", tr("Registered layers to check (names separated by “;”, empty: all)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Problems"), QgsProcessing.TypeVectorPoint, optional=True, createByDefault=False
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                "REPORT_HTML", tr("HTML report"), "HTML (*.html)", optional=True, createByDefault=False
            )
        )
        self.addOutput(QgsProcessingOutputString("REPORT", tr("Report (JSON)")))
        self.addOutput(QgsProcessingOutputNumber("PROBLEMS", tr("Located problems")))
        self.addOutput(QgsProcessingOutputNumber("LAYERS_WITH_PROBLEMS", tr("Layers to check")))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        nombres = [n.strip() for n in self.parameterAsString(parameters, "LAYERS", context).split(";") if n.strip()]
        informes, problemas = validacion.validar(store, nombres, context.transformContext(), feedback)
        resultado = {
            "REPORT": json.dumps({"capas": informes, "problemas": [p.como_dict() for p in problemas]}, ensure_ascii=False),
            "PROBLEMS": len(problemas),
            "LAYERS_WITH_PROBLEMS": sum(1 for i in informes if not i.get("ok")),
        }
        for informe in informes:
            (feedback.pushInfo if informe.get("ok") else feedback.pushWarning)(
                "{}: {}".format(informe["capa"], validacion.resumen(informe))
            )
        if parameters.get("OUTPUT") is not None:
            campos = validacion.campos_problemas()
            sink, destino = self.parameterAsSink(
                parameters, "OUTPUT", context, campos, QgsWkbTypes.Point, validacion.crs_del_pot(store)
            )
            if sink is not None:
                entidades = [validacion.entidad_problema(p, campos) for p in problemas]
                if entidades and not sink.addFeatures(entidades, QgsFeatureSink.FastInsert):
                    raise PotError(tr("The problems layer refused some points: {error}").format(error=sink.lastError()))
                resultado["OUTPUT"] = destino
        ruta_html = self.parameterAsFileOutput(parameters, "REPORT_HTML", context)
        if ruta_html:
            try:
                Path(ruta_html).write_text(validacion.informe_html(informes), encoding="utf-8")
            except OSError as error:
                raise PotError(tr("The report {path} cannot be written: {error}").format(path=ruta_html, error=error)) from error
            resultado["REPORT_HTML"] = ruta_html
        return resultado
