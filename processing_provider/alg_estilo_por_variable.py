"""pot:estilo_por_variable — style a POT layer by a dictionary variable."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingOutputString,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from ..diccionario import repositorio, vinculos
from ..diccionario.estilo import aplicar_estilo
from ..store.capas import pot_de_capa, refrescar_estilos
from .base import PotAlgorithm


class EstiloPorVariable(PotAlgorithm):
    NAME = "estilo_por_variable"
    GROUP_ID = "diccionario"

    def display_name(self):
        return tr("Style by variable")


    def help(self):
        return tr(
            "Styles a POT layer by a variable of the dictionary: categorized with the dictionary's classes, colours "
            "and labels for a categorical variable, graduated with its breaks for a numeric one. The style is saved "
            "as the layer's default in the POT GeoPackage. Without a field, the field linked to the variable is used."
        )

    def flags(self):
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("POT layer")))
        self.addParameter(QgsProcessingParameterString("VARIABLE", tr("Variable code")))
        self.addParameter(
            QgsProcessingParameterField("FIELD", tr("Field (empty: the one linked to the variable)"), parentLayerParameterName="INPUT", optional=True)
        )
        self.addOutput(QgsProcessingOutputString("FIELD", tr("Field styled")))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        codigo = self.parameterAsString(parameters, "VARIABLE", context).strip()
        store, capa = pot_de_capa(layer)
        variable = repositorio.obtener(store, codigo)
        campos = compat.campos_de_parametro(self, parameters, "FIELD", context)
        campo = campos[0] if campos else ""
        if not campo:
            ligados = [c for c, v in vinculos.campos_vinculados(store, capa).items() if v == codigo]
            if not ligados:
                raise PotError(
                    tr("No field of “{layer}” is linked to “{code}”; choose the field to style.").format(layer=capa, code=codigo)
                )
            campo = ligados[0]
        aplicar_estilo(layer, campo, variable)
        refrescar_estilos(store, [capa])
        return {"FIELD": campo}
