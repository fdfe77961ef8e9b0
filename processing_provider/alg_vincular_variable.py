"""pot:vincular_variable — bind a field of a POT layer to a dictionary variable."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core import compat
from ..core.i18n import tr
from ..diccionario import repositorio, vinculos
from ..diccionario.estilo import aplicar_estilo
from ..store.capas import pot_de_capa, refrescar_estilos
from ..store.estilos import estilo_qml
from .base import PotAlgorithm


class VincularVariable(PotAlgorithm):
    NAME = "vincular_variable"
    GROUP_ID = "diccionario"

    def display_name(self):
        return tr("Link field to variable")


    def help(self):
        return tr(
            "Binds a field of a POT layer to a variable of the dictionary: every feature gets a stable identifier, "
            "its values are recorded in the link table (layer, feature, variable, value, source, year), the "
            "attribute form shows the variable's name and offers its classes as a value list, and the layer is "
            "styled by the variable. Values without a class in the dictionary are listed."
        )

    def flags(self):
        # Changes the layer's form and style: must run in the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("POT layer")))
        self.addParameter(QgsProcessingParameterField("FIELD", tr("Field"), parentLayerParameterName="INPUT"))
        self.addParameter(QgsProcessingParameterString("VARIABLE", tr("Variable code")))
        self.addOutput(QgsProcessingOutputNumber("LINKS", tr("Links recorded")))
        self.addOutput(QgsProcessingOutputNumber("UNKNOWN", tr("Values without a class")))

    def process(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        campo = compat.campos_de_parametro(self, parameters, "FIELD", context)[0]
        codigo = self.parameterAsString(parameters, "VARIABLE", context).strip()
        store, capa = pot_de_capa(layer)
        variable = repositorio.obtener(store, codigo)
        nuevos = vinculos.asegurar_uid(layer)
        if nuevos:
            layer.reload()
            feedback.pushInfo(tr("{count} features received a stable identifier.").format(count=nuevos))
        # Form and style first (in memory), then binding, links, style and stored project in one write.
        vinculos.configurar_formulario(layer, store, capa, {campo: codigo})
        if variable.clases:
            aplicar_estilo(layer, campo, variable, guardar_en_gpkg=False)
        sin_clase, total = vinculos.vincular(store, layer, capa, campo, codigo, estilo_qml(layer),
                                             tr("Linked to the variable {code}").format(code=codigo))
        if sin_clase:
            feedback.reportError(
                tr("Values of “{field}” without a class in “{code}”: {values}").format(
                    field=campo, code=codigo, values=", ".join(sin_clase[:20]) + (" …" if len(sin_clase) > 20 else "")
                )
            )
        refrescar_estilos(store, [capa], guardado=False)  # the open project, when it is this POT
        feedback.pushInfo(tr("{count} links recorded for “{layer}”.").format(count=total, layer=capa))
        return {"LINKS": total, "UNKNOWN": len(sin_clase)}
