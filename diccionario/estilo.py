"""Renderers built from the dictionary: legends speak the dictionary's words and colours."""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsRendererCategory,
    QgsRendererRange,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..core.errors import PotError
from ..core.i18n import tr
from ..store.estilos import guardar_estilo_predeterminado
from ..store.pot_store import gpkg_y_tabla
from .modelo import Variable


def _simbolo(layer: QgsVectorLayer, color: str):
    symbol = QgsSymbol.defaultSymbol(layer.geometryType())
    symbol.setColor(QColor(color))
    return symbol


def renderer_para(layer: QgsVectorLayer, campo: str, variable: Variable):
    """Categorized (classes) or graduated (breaks) renderer of ``campo`` by ``variable``."""
    if not variable.clases:
        raise PotError(
            tr("The variable “{code}” has no classes or breaks in the dictionary; add them before styling by it.").format(
                code=variable.codigo
            )
        )
    if layer.fields().indexOf(campo) < 0:
        raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=layer.name(), field=campo))
    if variable.es_categorica:
        categorias = [QgsRendererCategory(c.codigo, _simbolo(layer, c.color), c.etiqueta) for c in variable.clases]
        return QgsCategorizedSymbolRenderer(campo, categorias)
    rangos = [QgsRendererRange(c.minimo, c.maximo, _simbolo(layer, c.color), c.etiqueta) for c in variable.clases]
    renderer = QgsGraduatedSymbolRenderer(campo, rangos)
    return renderer


def aplicar_estilo(layer: QgsVectorLayer, campo: str, variable: Variable, guardar_en_gpkg: bool = True) -> None:
    """Style the layer by the variable; in a GeoPackage, also save it as the layer's default style."""
    layer.setRenderer(renderer_para(layer, campo, variable))
    layer.triggerRepaint()
    if guardar_en_gpkg and gpkg_y_tabla(layer)[1]:
        guardar_estilo_predeterminado(layer, tr("Styled by the variable {code}").format(code=variable.codigo))


def estilo_por_variables_vinculadas(store, layer: QgsVectorLayer, capa: str) -> str:
    """Style a POT layer by the first of its linked fields whose variable has classes (saved as its
    default style). Returns the variable's code, or "" when no linked variable can style it."""
    from . import repositorio, vinculos

    variables = {v.codigo: v for v in repositorio.cargar(store)}
    for campo, codigo in vinculos.campos_vinculados(store, capa).items():
        variable = variables.get(codigo)
        if variable is not None and variable.clases and layer.fields().indexOf(campo) >= 0:
            vinculos.configurar_formulario(layer, store, capa)
            aplicar_estilo(layer, campo, variable)
            return codigo
    return ""
