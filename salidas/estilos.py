"""How a sheet draws its layers: the theme by the dictionary's classes (values outside the
dictionary shown, never dropped), base layers by the conventions of the default dictionary
(hydrography blue by order, roads by class, limits by level with their names, population centres by
hierarchy), the ámbito's limit, the location inset; names labelled with a white halo, placed even
where they collide (``etiquetas.perdidas`` reports any that still cannot be drawn)."""
from qgis.core import (
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsRuleBasedLabeling,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..core import compat
from ..core.i18n import trd
from ..diccionario.estilo import campo_de, convencion_de, nivel_por_nombre, renderer_convencional, renderer_para
from .lienzo import FAMILIA, NEGRO

# Colours of the values a field holds that the dictionary does not know: neutral, distinct greys.
GRISES_AJENOS = ("#9e9e9e", "#bdbdbd", "#757575", "#e0e0e0", "#616161", "#cfcfcf")
MAXIMO_ROTULOS = 80  # layers with more features than this are not named on the sheet


SIGNO = "pot/signo"  # custom property of a base layer drawn by a convention: a conventional sign


def es_tematica(layer) -> bool:
    """A layer drawn by classes (categories, ranges or rules) rather than one symbol; base layers
    drawn by their convention are conventional signs, whatever their renderer."""
    if layer.customProperty(SIGNO, False) in (True, "true"):
        return False
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    return renderer is not None and renderer.type() in ("categorizedSymbol", "graduatedSymbol", "RuleRenderer")



def estilo_variable(layer, variable, campo: str, solo_presentes: bool = True) -> list:
    """Draw ``layer`` by the classes of a dictionary variable read from ``campo`` (the dictionary's
    renderer). With ``solo_presentes`` a categorical style keeps only the codes the layer holds; the
    legend's filter by map content then drops those outside the sheet. Values of the field that are
    not classes of the variable get a grey class of their own, labelled as such, so the legend never
    hides them. Returns those values."""
    renderer = renderer_para(layer, campo, variable)
    indice = layer.fields().indexFromName(campo)
    ajenos = []
    if variable.es_categorica and indice >= 0:
        presentes = {str(valor) for valor in layer.uniqueValues(indice) if valor is not None and str(valor) != "NULL"}
        if solo_presentes:
            for posicion in reversed(range(len(renderer.categories()))):
                if str(renderer.categories()[posicion].value()) not in presentes:
                    renderer.deleteCategory(posicion)
        codigos = {c.codigo for c in variable.clases}
        ajenos = sorted(v for v in presentes if v not in codigos)
        for n, valor in enumerate(ajenos):
            simbolo = QgsSymbol.defaultSymbol(layer.geometryType())
            simbolo.setColor(QColor(GRISES_AJENOS[n % len(GRISES_AJENOS)]))
            etiqueta = trd("{value} (not in the dictionary)").format(value=valor)
            renderer.addCategory(QgsRendererCategory(valor, simbolo, etiqueta))
    layer.setRenderer(renderer)
    return ajenos


def etiquetar(layer, campo: str, puntos: float, negrita: bool = False, reglas=None) -> None:
    """Name labels (districts, provinces, capitals, protected areas) with a white halo, placed even
    where they collide. ``reglas``: [(filter expression, points, bold)] for labels by hierarchy."""

    def ajustes_de(tamano, gruesa):
        formato = QgsTextFormat()
        fuente = QFont(FAMILIA)
        fuente.setBold(gruesa)
        formato.setFont(fuente)
        formato.setSize(tamano)
        formato.setColor(NEGRO)
        halo = QgsTextBufferSettings()
        halo.setEnabled(True)
        halo.setSize(max(0.8, tamano * 0.09))
        halo.setColor(QColor("white"))
        formato.setBuffer(halo)
        ajustes = QgsPalLayerSettings()
        ajustes.fieldName = campo
        ajustes.setFormat(formato)
        if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            ajustes.placement = compat.ETIQUETA_SOBRE_PUNTO
        elif layer.geometryType() == QgsWkbTypes.LineGeometry:
            ajustes.placement = compat.ETIQUETA_CURVA
        else:
            ajustes.placement = compat.ETIQUETA_ALREDEDOR
        compat.etiquetas_sin_perdida(ajustes)
        return ajustes

    layer.setCustomProperty("pot/campo_rotulo", campo)  # read back by etiquetas.etiquetas_perdidas
    if not reglas:
        layer.setLabeling(QgsVectorLayerSimpleLabeling(ajustes_de(puntos, negrita)))
    else:
        raiz = QgsRuleBasedLabeling.Rule(None)
        for expresion, tamano, gruesa in reglas:
            regla = QgsRuleBasedLabeling.Rule(ajustes_de(tamano, gruesa))
            regla.setFilterExpression(expresion)
            raiz.appendChild(regla)
        layer.setLabeling(QgsRuleBasedLabeling(raiz))
    layer.setLabelsEnabled(True)


def campo_nombre(layer, candidatos) -> str:
    """The field holding the names to write (the most local name first), or ""."""
    return campo_de(layer, candidatos)


def estilo_convencional(layer, nombres, escala: float = 1.0, rotular: bool = True) -> str:
    """Draw a base layer by the default dictionary's conventions when its name or title says what it
    is (see ``CONVENCIONES_BASE``) and label its features' names; returns the convention's key, or
    "" when none applies (the layer keeps what it has)."""
    geometria = {QgsWkbTypes.LineGeometry: "linea", QgsWkbTypes.PointGeometry: "punto"}.get(layer.geometryType(), "poligono")
    encontrada = convencion_de(nombres, geometria)
    if encontrada is None:
        return ""
    clave, convencion = encontrada
    layer.setRenderer(renderer_convencional(layer, clave, convencion, nombres, escala))
    layer.setCustomProperty(SIGNO, True)
    campo = campo_nombre(layer, convencion["campos_nombre"])
    if rotular and campo and layer.featureCount() <= MAXIMO_ROTULOS:
        reglas = None
        nivel = nivel_por_nombre(convencion, nombres)
        if clave == "centros_poblados":
            campo_nivel = campo_de(layer, convencion["campos_nivel"])
            if campo_nivel and nivel is None:
                reglas = _reglas_por_nivel(layer, campo_nivel, convencion, escala)
        puntos = (nivel or convencion["niveles"][0]).get("puntos", 7.5 if clave == "limites" else 7.0) * escala
        etiquetar(layer, campo, max(puntos, 6.0), negrita=clave in ("limites", "centros_poblados"), reglas=reglas)
    return clave


def _reglas_por_nivel(layer, campo, convencion, escala):
    from ..diccionario.estilo import _literal, nivel_de_entidad

    por_nivel = {}
    for valor in layer.uniqueValues(layer.fields().indexOf(campo)):
        if valor is None or str(valor) == "NULL":
            continue
        nivel = nivel_de_entidad(convencion, valor)
        por_nivel.setdefault(id(nivel), (nivel, []))[1].append(valor)
    reglas = []
    for nivel, valores in por_nivel.values():
        expresion = f'"{campo}" IN ({", ".join(_literal(v) for v in valores)})'
        reglas.append((expresion, max(nivel.get("puntos", 7.0) * escala, 6.0), nivel is convencion["niveles"][0]))
    reglas.append((f'"{campo}" IS NULL', max(7.0 * escala, 6.0), False))
    return reglas


def estilo_referencia(layer, escala: float = 1.0) -> None:
    """Base layers without a style of their own: hollow polygons, grey lines, small dark points.
    ``escala`` widens lines and points for sheets larger than A3 (see factor())."""
    tipo = layer.geometryType()
    if tipo == QgsWkbTypes.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#505050", "outline_width": str(0.25 * escala), "outline_style": "dash"}
        )
    elif tipo == QgsWkbTypes.LineGeometry:
        symbol = QgsLineSymbol.createSimple({"line_color": "#5a5a5a", "line_width": str(0.3 * escala)})
    else:
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#1a1a1a", "size": str(1.6 * escala)})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def estilo_limite(layer, escala: float = 1.0) -> None:
    """The ámbito's outline: a solid dark line, thicker than the other limits."""
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#1a1a1a", "outline_width": str(0.6 * escala)})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def estilo_contexto(layer) -> None:
    """The context layer of the location inset (e.g. departments of Peru): light grey, white limits."""
    symbol = QgsFillSymbol.createSimple({"color": "#e4e4e4", "outline_color": "#ffffff", "outline_width": "0.15"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def estilo_resaltado(layer) -> None:
    """The ámbito in the location inset: solid red."""
    symbol = QgsFillSymbol.createSimple({"color": "#d7191c", "outline_color": "#7f0000", "outline_width": "0.15"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))

