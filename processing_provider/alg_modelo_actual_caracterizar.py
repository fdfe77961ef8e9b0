"""pot:caracterizar_modelo_actual — tag units with potentialities, limitations and aptitudes."""
import json

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import PotError
from ..core.i18n import tr
from ..modelo_actual import caracterizacion
from ..store.capas import pot_de_capa
from .base import PotAlgorithm


class CaracterizarModeloActual(PotAlgorithm):
    NAME = "caracterizar_modelo_actual"
    GROUP_ID = "modelo_actual"

    def display_name(self):
        return tr("Characterise the current model")


    def help(self):
        return tr(
            "Tags every territorial unit of a POT layer with the potentialities, limitations and aptitudes that "
            "the characterisation rules give to the classes of its variables (fields potencialidades, "
            "limitaciones, aptitudes and subsistemas, lists separated by “;”), and writes the summary table "
            "pot_modelo_resumen: area by class of each variable and by potentiality, limitation and aptitude, "
            "with their subsystem. The variables are read from the fields linked to the dictionary, or from "
            "FIELDS written as field=VARIABLE;field=VARIABLE. A POT without rules gets the default ones."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Territorial units (POT layer)")))
        self.addParameter(QgsProcessingParameterString("FIELDS", tr("Fields and variables (field=VARIABLE;…; empty: linked fields)"), optional=True))
        self.addOutput(QgsProcessingOutputNumber("UNIT_COUNT", tr("Units characterised")))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("Summary (JSON)")))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None:
            raise PotError(tr("The units layer cannot be read."))
        store, capa = pot_de_capa(layer)
        campos = {}
        for pareja in self.parameterAsString(parameters, "FIELDS", context).split(";"):
            if pareja.strip():
                campo, igual, variable = pareja.partition("=")
                if not igual:
                    raise PotError(tr("“{pair}” is not field=VARIABLE.").format(pair=pareja.strip()))
                campos[campo.strip()] = variable.strip()
        cuentas = caracterizacion.caracterizar(store, layer, capa, campos, feedback)
        layer.reload()
        feedback.pushInfo(tr("{count} units characterised.").format(count=cuentas["unidades"]))
        return {"UNIT_COUNT": cuentas["unidades"], "SUMMARY": json.dumps(caracterizacion.resumen(store, capa), ensure_ascii=False)}
