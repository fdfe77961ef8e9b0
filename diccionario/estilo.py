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


# -- base-layer conventions (diccionario.predeterminado.CONVENCIONES_BASE) -------------------------
def _normal(texto) -> str:
    from ..core.texto import sin_acentos

    return sin_acentos(str(texto)).replace(" ", "_")


def convencion_de(nombres, geometria: str):
    """(key, convention) of the first base-layer convention whose words occur in one of ``nombres``
    (layer name, title) and whose geometry is ``geometria`` ("linea", "poligono", "punto"); None."""
    from .predeterminado import CONVENCIONES_BASE

    textos = [_normal(n) for n in nombres if n]
    for clave, convencion in CONVENCIONES_BASE.items():
        if convencion["geometria"] != geometria and not (clave == "hidrografia" and geometria == "poligono"):
            continue
        if any(palabra in texto for palabra in convencion["palabras"] for texto in textos):
            return clave, convencion
    return None


def nivel_por_nombre(convencion, nombres):
    """The level of the whole layer named by a word of its name ("departamental", "distritos"…), or None."""
    textos = [_normal(n) for n in nombres if n]
    for nivel in convencion["niveles"]:
        if any(_normal(valor) in texto for valor in nivel["valores"] if len(str(valor)) > 2 for texto in textos):
            return nivel
    return None


def campo_de(layer, candidatos) -> str:
    """The first field of ``layer`` named like one of ``candidatos`` (case-insensitive), or ""."""
    nombres = {f.name().lower(): f.name() for f in layer.fields()}
    return next((nombres[c.lower()] for c in candidatos if c.lower() in nombres), "")


def _simbolo_nivel(layer, nivel, escala: float, geometria: str):
    from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol

    color = nivel["color"]
    if geometria == "linea":
        return QgsLineSymbol.createSimple({"line_color": color, "line_width": str(nivel.get("ancho", 0.3) * escala),
                                           "capstyle": "round", "joinstyle": "round"})
    if geometria == "punto":
        return QgsMarkerSymbol.createSimple({"name": "circle", "color": color, "outline_color": "#ffffff",
                                             "outline_width": str(0.2 * escala),
                                             "size": str(nivel.get("tamano", 1.6) * escala)})
    estilo = {"dash": "dash", "dot": "dot", "dash dot": "dash dot"}.get(nivel.get("trazo", ""), "solid")
    return QgsFillSymbol.createSimple({"style": "no", "outline_color": color, "outline_style": estilo,
                                       "outline_width": str(nivel.get("ancho", 0.3) * escala)})


def renderer_convencional(layer, clave: str, convencion, nombres=(), escala: float = 1.0):
    """The renderer of a base layer by its convention: one symbol when the layer's name says its
    level (e.g. "red vial departamental"), else one rule per level picked by the value of a level
    field (the last level takes the values no level names). Legends read the levels' labels."""
    from qgis.core import QgsFillSymbol, QgsRuleBasedRenderer, QgsSingleSymbolRenderer, QgsWkbTypes

    geometria = {QgsWkbTypes.LineGeometry: "linea", QgsWkbTypes.PointGeometry: "punto"}.get(layer.geometryType(), "poligono")
    if clave == "hidrografia" and geometria == "poligono":  # lakes and wide rivers
        simbolo = QgsFillSymbol.createSimple({"color": convencion["relleno_agua"], "outline_color": convencion["niveles"][1]["color"],
                                              "outline_width": str(0.2 * escala)})
        return QgsSingleSymbolRenderer(simbolo)
    if clave == "anp":
        nivel = convencion["niveles"][0]
        simbolo = QgsFillSymbol.createSimple({"color": "46,125,50,40", "outline_color": nivel["color"],
                                              "outline_width": str(nivel["ancho"] * escala)})
        return QgsSingleSymbolRenderer(simbolo)
    nivel = nivel_por_nombre(convencion, nombres)
    campo = campo_de(layer, convencion["campos_nivel"])
    if nivel is not None or not campo:
        nivel = nivel or convencion["niveles"][convencion.get("predeterminado", -1)]
        return QgsSingleSymbolRenderer(_simbolo_nivel(layer, nivel, escala, geometria))
    raiz = QgsRuleBasedRenderer.Rule(None)
    indice = layer.fields().indexOf(campo)
    valores = [v for v in layer.uniqueValues(indice) if v is not None and str(v) != "NULL"]
    asignados = {}
    for valor in valores:
        texto = _normal(valor)
        for posicion, candidato in enumerate(convencion["niveles"]):
            if any(_normal(v) == texto or (len(str(v)) > 2 and _normal(v) in texto) for v in candidato["valores"]):
                asignados.setdefault(posicion, []).append(valor)
                break
        else:
            asignados.setdefault(len(convencion["niveles"]) - 1, []).append(valor)
    for posicion in sorted(asignados):
        candidato = convencion["niveles"][posicion]
        lista = ", ".join(_literal(v) for v in asignados[posicion])
        regla = QgsRuleBasedRenderer.Rule(_simbolo_nivel(layer, candidato, escala, geometria),
                                          filterExp=f'"{campo}" IN ({lista})', label=candidato["etiqueta"])
        raiz.appendChild(regla)
    if not asignados:
        return QgsSingleSymbolRenderer(_simbolo_nivel(layer, convencion["niveles"][-1], escala, geometria))
    return QgsRuleBasedRenderer(raiz)


def _literal(valor) -> str:
    if isinstance(valor, (int, float)) and not isinstance(valor, bool):
        return repr(valor)
    return "'" + str(valor).replace("'", "''") + "'"


def nivel_de_entidad(convencion, valor):
    """The level (dict) a feature's level value falls in (the last level when none names it)."""
    texto = _normal(valor)
    for candidato in convencion["niveles"]:
        if any(_normal(v) == texto or (len(str(v)) > 2 and _normal(v) in texto) for v in candidato["valores"]):
            return candidato
    return convencion["niveles"][-1]
