"""pot:vincular_variable — bind a field of a POT layer to a dictionary variable (through a value
map when the field's values are not the variable's class codes)."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
)

from ..core import compat
from ..core.i18n import tr
from ..diccionario import mapeo_valores, repositorio, vinculos
from ..diccionario.estilo import aplicar_estilo
from ..store.capas import pot_de_capa, refrescar_estilos
from ..store.estilos import estilo_qml
from .base import PotAlgorithm


def vincular(store, capa: str, campo: str, codigo: str, feedback, layer=None) -> int:
    """Link ``campo`` of the POT layer ``capa`` to the variable ``codigo``: stable ids, form and style
    by the variable, then the binding, the links, the style (the layer's default) and the stored
    project in ONE write. Returns the number of links. Main thread only (form and style)."""
    layer = layer if layer is not None else QgsVectorLayer(store.layer_uri(capa), capa, "ogr")
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
        feedback.pushWarning(
            tr("Values of “{field}” without a class in “{code}”: {values}").format(
                field=campo, code=codigo, values=", ".join(sin_clase[:20]) + (" …" if len(sin_clase) > 20 else "")
            )
        )
    refrescar_estilos(store, [capa], guardado=False)  # the open project, when it is this POT
    feedback.pushInfo(tr("{count} links recorded for “{layer}”.").format(count=total, layer=capa))
    return total


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
            "styled by the variable. When the field's values are not the variable's class codes, a field named "
            "after the variable gets the codes through the value map (one “source value=class code” per line, or "
            "a two-column CSV file), then values equal to a class code or label (ignoring case and accents), and "
            "that field is linked. Values without a class are kept and listed with their feature counts."
        )

    def flags(self):
        # Changes the layer's form and style: must run in the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("POT layer")))
        self.addParameter(QgsProcessingParameterField("FIELD", tr("Field"), parentLayerParameterName="INPUT"))
        self.addParameter(QgsProcessingParameterString("VARIABLE", tr("Variable code")))
        self.addParameter(
            QgsProcessingParameterString(
                "VALUE_MAP", tr("Value map: one “source value=class code” per line, or a CSV file (optional)"),
                multiLine=True, optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber("LINKS", tr("Links recorded")))
        self.addOutput(QgsProcessingOutputNumber("UNKNOWN", tr("Values without a class")))
        self.addOutput(QgsProcessingOutputString("LINKED_FIELD", tr("Field linked to the variable")))

    def process(self, parameters, context, feedback):
        from .alg_anadir_capa import _informar

        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        campo = compat.campos_de_parametro(self, parameters, "FIELD", context)[0]
        codigo = self.parameterAsString(parameters, "VARIABLE", context).strip()
        store, capa = pot_de_capa(layer)
        variable = repositorio.obtener(store, codigo)
        mapa = mapeo_valores.leer_mapa(self.parameterAsString(parameters, "VALUE_MAP", context))
        propuestas, directo = mapeo_valores.plan(mapeo_valores.contar_valores(layer, campo), variable, mapa)
        vinculado = campo
        if not directo:
            anterior = next((c for c, v in vinculos.campos_vinculados(store, capa).items() if v == codigo and c != campo), "")
            vinculado = mapeo_valores.nombre_campo_clases(layer, codigo, anterior)
            mapeo_valores.escribir_campo_clases(layer, campo, vinculado, mapeo_valores.mapa_de(propuestas))
            layer.reload()
            _informar(feedback, propuestas, campo, vinculado, codigo)
        total = vincular(store, capa, vinculado, codigo, feedback, layer)
        return {"LINKS": total, "UNKNOWN": len(mapeo_valores.sin_clase(propuestas)), "LINKED_FIELD": vinculado}
