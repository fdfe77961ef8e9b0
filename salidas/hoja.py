"""The Peruvian map sheet (A4–A0, landscape or portrait) as a QGIS print layout.

Layout of the sheet, drawn for A3 and scaled by the width ratio for the other sizes (all ISO A
sheets share one shape, so the design is the same, only bigger):

* landscape: the map frame on the left; a right column with the legend (top), the location inset
  and the membrete (cartouche, bottom);
* portrait: the map frame on top; a band at the bottom with the legend, the inset and the membrete.

The legend is measured first (every entry, wrapped to its column): a long one takes more columns,
then the inset's place, then a wider column (landscape) or a deeper band (portrait); only if it still
does not fit is it cut, with a warning. When the sheet is drawn QGIS filters it by map content.

The membrete holds logos, entity, plan name and phase, the title in capitals, the political scope,
the map number, the numeric scale and a scale bar, the working scale, the datum and UTM zone, the
sources with years, elaborado por / revisado / aprobado and the date. Every text is wrapped to its
box before it is placed, so nothing overflows; item ids say what each item is ("membrete:titulo",
"marco:..." for frames and separators) so that tests can check sizes and overlaps.
"""
from datetime import date
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsBasicNumericFormat,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMapLayerLegendUtils,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPointXY,
    QgsPrintLayout,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..core.log import get_logger
from ..diccionario.estilo import renderer_para
from ..store.utm import etiqueta_de_crs
from .escalas import (
    ESPACIO_FINO,
    formatear_numero,
    intervalo_grilla,
    proponer_escala,
    segmento_barra_km,
)

# Landscape page sizes in millimetres (portrait swaps them).
PAGINAS_MM = {
    "A4": (297.0, 210.0),
    "A3": (420.0, 297.0),
    "A2": (594.0, 420.0),
    "A1": (841.0, 594.0),
    "A0": (1189.0, 841.0),
}
FAMILIA = "Arial"
PT_MINIMO = 6.0  # smallest text on any sheet (A4)
PT_MINIMO_A3 = 7.0  # smallest text at A3, scaled with the sheet for the larger sizes
NEGRO = QColor("#1a1a1a")

# The A3 design, in millimetres; multiplied by factor() for the other sizes.
MARGEN = 8.0
SEPARACION = 4.0
COLUMNA_HORIZONTAL = 100.0  # right column of a landscape sheet
MEMBRETE_VERTICAL = 112.0  # membrete width in the bottom band of a portrait sheet
UBICACION_VERTICAL = 72.0  # inset width in that band
RELLENO = 1.6  # inner padding of the membrete
ALTO_LOGOS = 14.0
ALTO_NORTE = 14.0
ZEBRA = 1.2  # width of the grid's zebra frame
LINEA = 0.25  # frames and separators

# Text styles: (points at A3, bold).
ESTILOS = {
    "entidad": (8.0, True),
    "plan": (9.0, True),
    "fase": (7.5, False),
    "titulo": (13.0, True),
    "rotulo": (7.0, True),
    "ambito": (8.0, False),
    "numero": (14.0, True),
    "escala": (10.0, True),
    "normal": (7.5, False),
    "nota": (7.0, False),
    "seccion": (8.5, True),
    "leyenda_capa": (8.0, True),
    "leyenda_clase": (7.5, False),
    "grilla": (7.0, False),
    "barra": (7.0, False),
    "norte": (12.0, True),
}


def factor(tamano: str) -> float:
    """How much bigger than A3 the sheet is (A4 0.71, A2 1.41, A1 2.0, A0 2.83)."""
    return PAGINAS_MM[tamano][0] / PAGINAS_MM["A3"][0]


def tamano_pagina(tamano: str, orientacion: str):
    ancho, alto = PAGINAS_MM[tamano]
    return (alto, ancho) if orientacion == "vertical" else (ancho, alto)


def zona_utm(metadatos: dict, crs: QgsCoordinateReferenceSystem) -> str:
    """"18S": the metadata key zona_utm, else derived from a WGS 84 / PSAD56 UTM CRS."""
    zona = (metadatos.get("zona_utm") or "").strip().upper()
    if zona:
        return zona
    return etiqueta_de_crs(crs.authid() if crs is not None else "")


def texto_datum(metadatos: dict, crs: QgsCoordinateReferenceSystem) -> str:
    zona = zona_utm(metadatos, crs)
    authid = crs.authid() if crs is not None else ""
    if authid in ("EPSG:24877", "EPSG:24878", "EPSG:24879"):
        return trd("Datum: PSAD 56 – UTM projection – Zone {zone}").format(zone=zona)
    if zona:
        return trd("Datum: WGS 84 – UTM projection – Zone {zone}").format(zone=zona)
    return trd("Reference system: {crs}").format(crs=crs.description() if crs is not None else "?")


def texto_escala(escala: int) -> str:
    return trd("Scale 1:{scale}").format(scale=formatear_numero(escala))


def texto_fuentes(variables) -> str:
    """"MINAM (2015); INEI (2017)" from the dictionary variables of the sheet; "own elaboration" if none."""
    fuentes = []
    for variable in variables:
        if variable is None or not (variable.fuente or "").strip():
            continue
        texto = variable.fuente.strip() + (f" ({variable.anio})" if variable.anio else "")
        if texto not in fuentes:
            fuentes.append(texto)
    return trd("Sources: {sources}").format(sources="; ".join(fuentes) if fuentes else trd("own elaboration"))


def nombre_fase(fase: str) -> str:
    """The phase line of the membrete: "Phase I – …" for the POT's phases; nothing for base layers."""
    from ..processing_provider.base import group_names
    from ..store.proyecto_qgis import grupos_por_fase

    if not fase or fase == "base":
        return ""
    return grupos_por_fase().get(fase) or group_names().get(fase) or fase


def es_tematica(layer) -> bool:
    """A layer drawn by classes (categories, ranges or rules) rather than one symbol."""
    renderer = layer.renderer() if hasattr(layer, "renderer") else None
    return renderer is not None and renderer.type() in ("categorizedSymbol", "graduatedSymbol", "RuleRenderer")


def ajustar_aspecto(extent: QgsRectangle, ancho_mm: float, alto_mm: float) -> QgsRectangle:
    """``extent`` grown around its centre to the shape of a frame, so that setting it keeps the frame."""
    relacion = ancho_mm / alto_mm
    ancho, alto = extent.width(), extent.height()
    if ancho / max(alto, 1e-12) < relacion:
        ancho = alto * relacion
    else:
        alto = ancho / relacion
    return QgsRectangle.fromCenterAndSize(extent.center(), ancho, alto)


# -- styles ------------------------------------------------------------------------------------
def estilo_variable(layer, variable, campo: str, solo_presentes: bool = True) -> None:
    """Draw ``layer`` by the classes of a dictionary variable read from ``campo`` (the dictionary's
    renderer). With ``solo_presentes`` a categorical style keeps only the codes the layer holds; the
    legend's filter by map content then drops those outside the sheet."""
    renderer = renderer_para(layer, campo, variable)
    indice = layer.fields().indexFromName(campo)
    if solo_presentes and variable.es_categorica and indice >= 0:
        presentes = {str(valor) for valor in layer.uniqueValues(indice) if valor is not None}
        for posicion in reversed(range(len(renderer.categories()))):
            if str(renderer.categories()[posicion].value()) not in presentes:
                renderer.deleteCategory(posicion)
    layer.setRenderer(renderer)


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


def etiquetar(layer, campo: str, puntos: float) -> None:
    """Name labels (e.g. districts on the political-administrative sheet), white halo."""
    formato = QgsTextFormat()
    formato.setFont(QFont(FAMILIA))
    formato.setSize(puntos)
    formato.setColor(NEGRO)
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(0.8)
    halo.setColor(QColor("white"))
    formato.setBuffer(halo)
    ajustes = QgsPalLayerSettings()
    ajustes.fieldName = campo
    ajustes.setFormat(formato)
    ajustes.placement = compat.ETIQUETA_SOBRE_PUNTO if layer.geometryType() == QgsWkbTypes.PolygonGeometry else compat.ETIQUETA_ALREDEDOR
    layer.setLabeling(QgsVectorLayerSimpleLabeling(ajustes))
    layer.setLabelsEnabled(True)


def estilo_contexto(layer) -> None:
    """The context layer of the location inset (e.g. departments of Peru): light grey, white limits."""
    symbol = QgsFillSymbol.createSimple({"color": "#e4e4e4", "outline_color": "#ffffff", "outline_width": "0.15"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def estilo_resaltado(layer) -> None:
    """The ámbito in the location inset: solid red."""
    symbol = QgsFillSymbol.createSimple({"color": "#d7191c", "outline_color": "#7f0000", "outline_width": "0.15"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def llenar_leyenda(leyenda, layers) -> None:
    """The sheet's legend entries: the themes (styled by classes) first, then the base features
    as conventional signs; the legend no longer follows the project's layer tree."""
    leyenda.setAutoUpdateModel(False)
    raiz = leyenda.model().rootGroup()
    raiz.clear()
    temas = [layer for layer in layers if es_tematica(layer)]
    signos = [layer for layer in layers if not es_tematica(layer)]
    for layer in temas:
        raiz.addLayer(layer)
    grupo = raiz.addGroup(trd("Conventional signs")) if temas and signos else raiz
    for layer in signos:
        grupo.addLayer(layer)


_FLECHA_NORTE = []  # the north arrow's SVG, looked up once


def flecha_norte():
    """QGIS's NorthArrow_02.svg, or None when no SVG path holds it."""
    if not _FLECHA_NORTE:
        _FLECHA_NORTE.append(next(
            (Path(base) / "arrows" / "NorthArrow_02.svg" for base in QgsApplication.svgPaths()
             if (Path(base) / "arrows" / "NorthArrow_02.svg").is_file()),
            None,
        ))
    return _FLECHA_NORTE[0]


# -- the builder -------------------------------------------------------------------------------
class _Hoja:
    """Builds one sheet. All lengths in millimetres on the real sheet."""

    def __init__(self, project, metadatos, hoja, layers, variable, context_layer, logos, ambito_layer, avisos,
                 encuadre=None):
        self.project = project
        self.metadatos = metadatos or {}
        self.hoja = hoja
        self.layers = [layer for layer in layers if layer is not None and layer.isValid()]
        self.variable = variable
        self.context_layer = context_layer if context_layer is not None and context_layer.isValid() else None
        self.ambito_layer = ambito_layer if ambito_layer is not None and ambito_layer.isValid() else None
        self.encuadre = encuadre  # QgsReferencedRectangle framing every sheet (the ámbito), or None
        self.logos = list(logos or [])
        self.avisos = avisos
        if hoja.tamano not in PAGINAS_MM or hoja.orientacion not in ("horizontal", "vertical"):
            raise PotError(
                tr("Sheet {sheet}: unknown size or orientation “{size} {orientation}”.").format(
                    sheet=hoja.numero, size=hoja.tamano, orientation=hoja.orientacion
                )
            )
        self.f = factor(hoja.tamano)
        self.ancho, self.alto = tamano_pagina(hoja.tamano, hoja.orientacion)
        self.crs = self._crs()
        self.layout = QgsPrintLayout(project)
        self.layout.setName(f"{hoja.numero} {hoja.titulo}")
        # No undo history while the sheet is built: every move, resize and setting would be recorded.
        self.layout.undoStack().blockCommands(True)
        self.midiendo = False
        self.escala = int(hoja.escala or 10_000_000)  # provisional (widest text) until the map is placed

    # -- small helpers ---------------------------------------------------------------------
    def mm(self, valor_a3: float) -> float:
        return valor_a3 * self.f

    def fuente(self, estilo: str, reduccion: float = 1.0) -> QFont:
        puntos, negrita = ESTILOS[estilo]
        font = QFont(FAMILIA)
        font.setPointSizeF(max(puntos * self.f * reduccion, self.pt_minimo()))
        font.setBold(negrita)
        return font

    def pt_minimo(self) -> float:
        return max(PT_MINIMO_A3 * self.f, PT_MINIMO)

    def _crs(self):
        authid = self.metadatos.get("crs") or ""
        crs = QgsCoordinateReferenceSystem(authid) if authid else QgsCoordinateReferenceSystem()
        if not crs.isValid():
            crs = self.project.crs()
        if not crs.isValid() and self.layers:
            crs = self.layers[0].crs()
        return crs

    def _colocar(self, item, x, y, ancho, alto, item_id):
        item.setId(item_id)  # before it joins the layout: no model update per id
        self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(x, y))
        item.attemptResize(QgsLayoutSize(ancho, alto))
        return item

    def envolver(self, texto: str, font: QFont, ancho: float) -> list:
        """Split ``texto`` into lines no wider than ``ancho`` (words longer than that are cut)."""
        lineas = []
        for parrafo in str(texto).split("\n"):
            actual = ""
            for palabra in [p for p in parrafo.split(" ") if p]:  # no-break spaces stay inside words
                while QgsLayoutUtils.textWidthMM(font, palabra) > ancho and len(palabra) > 1:
                    corte = len(palabra) - 1
                    while corte > 1 and QgsLayoutUtils.textWidthMM(font, palabra[:corte]) > ancho:
                        corte -= 1
                    if actual:
                        lineas.append(actual)
                        actual = ""
                    lineas.append(palabra[:corte])
                    palabra = palabra[corte:]
                prueba = f"{actual} {palabra}" if actual else palabra
                if actual and QgsLayoutUtils.textWidthMM(font, prueba) > ancho:
                    lineas.append(actual)
                    actual = palabra
                else:
                    actual = prueba
            lineas.append(actual)
        return lineas

    def alto_texto(self, font: QFont, lineas: int) -> float:
        return QgsLayoutUtils.fontHeightMM(font) * 1.12 * lineas + 2 * self.margen_texto()

    def margen_texto(self) -> float:
        return self.mm(0.4)

    def texto(self, texto, estilo, x, y, ancho, item_id, alinear=Qt.AlignmentFlag.AlignHCenter, reduccion=1.0):
        """A label wrapped to ``ancho``; returns its height."""
        font = self.fuente(estilo, reduccion)
        lineas = self.envolver(texto, font, ancho - 2 * self.margen_texto() - 1.0)
        alto = self.alto_texto(font, len(lineas))
        if self.midiendo:
            return alto
        etiqueta = QgsLayoutItemLabel(self.layout)
        etiqueta.setText("\n".join(lineas))
        compat.fuente_de_rotulo(etiqueta, font, NEGRO)
        etiqueta.setHAlign(alinear)
        etiqueta.setVAlign(Qt.AlignmentFlag.AlignTop)
        etiqueta.setMarginX(self.margen_texto())
        etiqueta.setMarginY(self.margen_texto())
        self._colocar(etiqueta, x, y, ancho, alto, item_id)
        return alto

    def marco(self, x, y, ancho, alto, item_id, relleno=None, trazo=LINEA):
        if self.midiendo:
            return None
        forma = QgsLayoutItemShape(self.layout)
        forma.setShapeType(QgsLayoutItemShape.Rectangle)
        symbol = QgsFillSymbol.createSimple(
            {
                "color": relleno or "255,255,255,0",
                "style": "solid" if relleno else "no",
                "outline_color": "#1a1a1a",
                "outline_width": str(self.mm(trazo)),
                "outline_style": "solid" if trazo else "no",
            }
        )
        forma.setSymbol(symbol)
        return self._colocar(forma, x, y, ancho, alto, item_id)

    def separador(self, x, y, ancho, item_id):
        self.marco(x, y, ancho, self.mm(LINEA), item_id, relleno="#1a1a1a", trazo=0)
        return self.mm(LINEA)

    # -- page and areas --------------------------------------------------------------------
    def pagina(self):
        pagina = QgsLayoutItemPage(self.layout)
        pagina.setPageSize(QgsLayoutSize(self.ancho, self.alto))
        self.layout.pageCollection().addPage(pagina)

    def margen_grilla(self) -> float:
        """Room outside the map frame for the zebra frame and the coordinates."""
        return self.mm(ZEBRA) + self.mm(1.0) + QgsLayoutUtils.fontHeightMM(self.fuente("grilla")) * 1.15 + self.mm(0.8)

    def construir(self) -> QgsPrintLayout:
        self.pagina()
        self.crear_leyenda()  # measured first: a long legend widens the column or deepens the band
        if self.hoja.orientacion == "vertical":
            self.construir_vertical()
        else:
            self.construir_horizontal()
        # Only the classes drawn on this sheet: QGIS's hit test runs when the sheet is drawn.
        self.leyenda.setLinkedMap(self.mapa)
        self.leyenda.setLegendFilterByMapEnabled(True)
        self.layout.undoStack().blockCommands(False)
        return self.layout

    def construir_vertical(self):
        """Map frame on top; bottom band: legend | inset | membrete. A legend longer than the
        membrete first drops the inset, then deepens the band (the map frame gets shorter)."""
        m, g, mg = self.mm(MARGEN), self.mm(SEPARACION), self.margen_grilla()
        ancho_membrete = self.mm(MEMBRETE_VERTICAL)
        x_membrete = self.ancho - m - ancho_membrete
        alto_membrete = self.membrete(x_membrete, 0.0, ancho_membrete, medir=True)
        ancho_total = x_membrete - g - m
        ancho_ubicacion = self.mm(UBICACION_VERTICAL)
        nota = self.alto_nota(ancho_total)
        opciones = [(ancho_total, alto_membrete * crece - nota - g) for crece in (1.0, 1.35, 1.7, 2.1)]
        if self.context_layer:
            opciones.insert(0, (ancho_total - ancho_ubicacion - g, alto_membrete))
        ancho_leyenda, alto_leyenda = self.ajustar_leyenda(opciones)
        con_ubicacion = self.context_layer is not None and ancho_leyenda < ancho_total
        banda = alto_membrete if con_ubicacion else alto_leyenda + nota + g
        y_banda = self.alto - m - banda
        self.mapa_principal(QRectF(m + mg, m + mg, self.ancho - 2 * (m + mg), y_banda - g - 2 * mg - m))
        self.membrete(x_membrete, self.alto - m - alto_membrete, ancho_membrete)
        self.leyenda.attemptMove(QgsLayoutPoint(m, y_banda))
        if con_ubicacion:
            self.ubicacion(m + ancho_leyenda + g, y_banda, ancho_ubicacion, banda)
            return
        self.nota(m, y_banda + banda, ancho_total)
        libre = banda - alto_membrete - g  # above the membrete, when the band grew
        if self.context_layer is not None and libre >= ancho_membrete * 0.5:
            self.ubicacion(x_membrete, y_banda, ancho_membrete, libre)

    def construir_horizontal(self):
        """Map frame on the left; right column: legend (top), inset, membrete (bottom). A legend
        that does not fit drops the inset, then gets a wider column (the map frame gets narrower)."""
        m, g, mg = self.mm(MARGEN), self.mm(SEPARACION), self.margen_grilla()
        for ensancha in (1.0, 1.5):
            ancho_columna = self.mm(COLUMNA_HORIZONTAL) * ensancha
            alto_membrete = self.membrete(0.0, 0.0, ancho_columna, medir=True)
            libre = self.alto - 2 * m - alto_membrete - g  # legend + gap + inset (or note)
            ubicacion_normal, ubicacion_minima = ancho_columna * 0.72, ancho_columna * 0.5
            opciones = [(ancho_columna, libre - self.alto_nota(ancho_columna) - g)]
            if self.context_layer is not None:
                opciones[:0] = [(ancho_columna, libre - ubicacion_normal - g), (ancho_columna, libre - ubicacion_minima - g)]
            if self.ajustar_leyenda(opciones, avisar=ensancha > 1.0) is not None:
                break
        alto_leyenda = self.leyenda.rect().height()
        x_columna = self.ancho - m - ancho_columna
        self.mapa_principal(QRectF(m + mg, m + mg, x_columna - g - 2 * mg - m, self.alto - 2 * (m + mg)))
        abajo = self.alto - m - alto_membrete
        self.membrete(x_columna, abajo, ancho_columna)
        self.leyenda.attemptMove(QgsLayoutPoint(x_columna, m))
        abajo -= g
        resto = abajo - (m + alto_leyenda + g)
        if self.context_layer is not None and resto >= ubicacion_minima - 0.01:
            self.ubicacion(x_columna, abajo - resto, ancho_columna, resto)
        else:
            self.nota(x_columna, abajo, ancho_columna)

    def alto_nota(self, ancho) -> float:
        font = self.fuente("nota")
        lineas = self.envolver(trd("Limits are referential."), font, ancho - 2 * self.margen_texto() - 1.0)
        return self.alto_texto(font, len(lineas))

    def nota(self, x, abajo, ancho, item_id="nota") -> float:
        """The note "Limits are referential." with its bottom at ``abajo``; returns its height."""
        alto = self.alto_nota(ancho)
        self.texto(trd("Limits are referential."), "nota", x, abajo - alto, ancho, item_id, alinear=Qt.AlignmentFlag.AlignLeft)
        return alto

    # -- map body --------------------------------------------------------------------------
    def extension(self) -> QgsRectangle:
        """What the map frames: the given encuadre (the ámbito), else all the sheet's layers."""
        if self.encuadre is not None and not self.encuadre.isEmpty():
            partes = [(self.encuadre, self.encuadre.crs())]
        else:
            partes = [(layer.extent(), layer.crs()) for layer in self.layers]
        total = compat.rectangulo_vacio()
        for extent, crs in partes:
            if crs.isValid() and crs != self.crs:
                extent = QgsCoordinateTransform(crs, self.crs, self.project).transformBoundingBox(extent)
            if extent.width() > 0 or extent.height() > 0:
                total.combineExtentWith(extent)
        return total

    def mapa_principal(self, rect: QRectF):
        mapa = QgsLayoutItemMap(self.layout)
        self._colocar(mapa, rect.x(), rect.y(), rect.width(), rect.height(), "mapa")
        mapa.setCrs(self.crs)
        mapa.setLayers(self.layers)
        mapa.setKeepLayerSet(True)
        mapa.setBackgroundColor(QColor("white"))
        mapa.setFrameEnabled(True)
        mapa.setFrameStrokeWidth(QgsLayoutMeasurement(self.mm(LINEA), QgsUnitTypes.LayoutMillimeters))
        extent = self.extension()
        if extent.isNull() or extent.isEmpty():
            centro = extent.center() if not extent.isNull() else QgsPointXY(0, 0)
            extent = QgsRectangle.fromCenterAndSize(centro, 1000.0, 1000.0)
        metros = QgsUnitTypes.fromUnitToUnitFactor(self.crs.mapUnits(), QgsUnitTypes.DistanceMeters)
        escala = self.hoja.escala or proponer_escala(
            extent.width() * metros, extent.height() * metros, rect.width(), rect.height()
        )
        self.escala = int(escala)
        mapa.setExtent(ajustar_aspecto(extent, rect.width(), rect.height()))
        mapa.setScale(self.escala)
        self.mapa = mapa
        self.grilla(mapa)
        self.norte(rect)

    def grilla(self, mapa):
        extent = mapa.extent()
        intervalo = intervalo_grilla(max(extent.width(), extent.height()))
        grid = QgsLayoutItemMapGrid(trd("UTM grid"), mapa)
        grid.setEnabled(True)
        grid.setCrs(self.crs)
        grid.setUnits(QgsLayoutItemMapGrid.MapUnit)
        grid.setIntervalX(intervalo)
        grid.setIntervalY(intervalo)
        grid.setStyle(QgsLayoutItemMapGrid.Solid)
        grid.setGridLineColor(QColor(120, 120, 120, 150))
        grid.setGridLineWidth(self.mm(0.1))
        grid.setFrameStyle(QgsLayoutItemMapGrid.Zebra)
        grid.setFrameWidth(self.mm(ZEBRA))
        grid.setFramePenSize(self.mm(0.1))
        grid.setAnnotationEnabled(True)
        grid.setAnnotationFormat(QgsLayoutItemMapGrid.CustomFormat)
        grid.setAnnotationExpression(
            r"regexp_replace(to_string(round(@grid_number)), '(\\d)(?=(\\d{3})+$)', '\\1" + ESPACIO_FINO + "')"
        )
        formato = QgsTextFormat()
        formato.setFont(self.fuente("grilla"))
        formato.setSize(self.fuente("grilla").pointSizeF())
        formato.setColor(NEGRO)
        grid.setAnnotationTextFormat(formato)
        grid.setAnnotationFrameDistance(self.mm(1.0))
        for lado in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right,
                     QgsLayoutItemMapGrid.Top, QgsLayoutItemMapGrid.Bottom):
            grid.setAnnotationPosition(QgsLayoutItemMapGrid.OutsideMapFrame, lado)
            vertical = lado in (QgsLayoutItemMapGrid.Left, QgsLayoutItemMapGrid.Right)
            grid.setAnnotationDirection(
                QgsLayoutItemMapGrid.Vertical if vertical else QgsLayoutItemMapGrid.Horizontal, lado
            )
        mapa.grids().addGrid(grid)  # added once configured: the map is not refreshed per setting
        self.intervalo_grilla = intervalo

    def norte(self, rect: QRectF):
        lado = self.mm(ALTO_NORTE)
        x = rect.right() - lado - self.mm(3)
        y = rect.top() + self.mm(3)
        ruta = flecha_norte()
        if ruta is not None:
            flecha = QgsLayoutItemPicture(self.layout)
            flecha.setPicturePath(str(ruta))
            flecha.setResizeMode(QgsLayoutItemPicture.Zoom)
            flecha.setLinkedMap(self.mapa)
            flecha.setBackgroundEnabled(True)
            flecha.setBackgroundColor(QColor(255, 255, 255, 200))
            self._colocar(flecha, x, y, lado, lado, "mapa:norte")
        else:
            etiqueta = QgsLayoutItemLabel(self.layout)
            etiqueta.setText("▲\nN")
            compat.fuente_de_rotulo(etiqueta, self.fuente("norte"))
            etiqueta.setHAlign(Qt.AlignmentFlag.AlignHCenter)
            etiqueta.setBackgroundEnabled(True)
            etiqueta.setBackgroundColor(QColor(255, 255, 255, 200))
            self._colocar(etiqueta, x, y, lado, lado, "mapa:norte")

    # -- location inset --------------------------------------------------------------------
    def ubicacion(self, x, y, ancho, alto):
        """Title, the inset map (context layer, ámbito in red, the main map's frame) and the note."""
        alto_titulo = self.texto(trd("LOCATION"), "seccion", x, y, ancho, "ubicacion:titulo")
        alto_nota = self.nota(x, y + alto, ancho, "ubicacion:nota")
        alto_mapa = alto - alto_titulo - alto_nota
        inset = QgsLayoutItemMap(self.layout)
        self._colocar(inset, x, y + alto_titulo, ancho, alto_mapa, "ubicacion")
        inset.setCrs(self.crs)
        capas = ([self.ambito_layer] if self.ambito_layer else []) + [self.context_layer]
        inset.setLayers(capas)
        inset.setKeepLayerSet(True)
        inset.setBackgroundColor(QColor("#f4f8fb"))
        inset.setFrameEnabled(True)
        inset.setFrameStrokeWidth(QgsLayoutMeasurement(self.mm(LINEA), QgsUnitTypes.LayoutMillimeters))
        extent = self.context_layer.extent()
        if self.context_layer.crs() != self.crs:
            extent = QgsCoordinateTransform(self.context_layer.crs(), self.crs, self.project).transformBoundingBox(extent)
        extent.scale(1.05)
        inset.setExtent(ajustar_aspecto(extent, ancho, alto_mapa))
        overview = QgsLayoutItemMapOverview(trd("Sheet extent"), inset)
        overview.setLinkedMap(self.mapa)
        overview.setFrameSymbol(
            QgsFillSymbol.createSimple({"style": "no", "outline_color": "#d7191c", "outline_width": str(self.mm(0.4))})
        )
        inset.overviews().addOverview(overview)

    # -- legend ----------------------------------------------------------------------------
    def crear_leyenda(self):
        leyenda = QgsLayoutItemLegend(self.layout)
        self._colocar(leyenda, 0.0, 0.0, 10.0, 10.0, "leyenda")
        leyenda.setTitle(trd("LEGEND"))
        llenar_leyenda(leyenda, self.layers)
        leyenda.setFrameEnabled(True)
        leyenda.setFrameStrokeWidth(QgsLayoutMeasurement(self.mm(LINEA), QgsUnitTypes.LayoutMillimeters))
        leyenda.setBackgroundEnabled(True)
        leyenda.setSplitLayer(True)
        leyenda.setEqualColumnWidth(True)
        leyenda.setResizeToContents(True)
        # One paint (no map, no filter: cheap) lets the legend measure itself. It is sized for all
        # its entries, so it still fits once filtered by the map's content when the sheet is drawn.
        self._pintar_una_vez(leyenda)
        self.leyenda = leyenda
        self.textos_leyenda = self._textos_originales(leyenda)

    def ajustar_leyenda(self, opciones, avisar=True):
        """Size the legend to the first box of ``opciones`` [(width, height), ...] where it fits
        (more columns, then slightly smaller text, never below the minimum) and return that box.
        When none fits: with ``avisar`` it is cut to the last box with a warning, else None."""
        leyenda = self.leyenda
        for ancho, alto in opciones:
            for reduccion in (1.0, 0.9, 0.8):
                for columnas in (1, 2, 3):
                    self._estilo_leyenda(leyenda, columnas, reduccion, ancho, self.textos_leyenda)
                    leyenda.setResizeToContents(True)
                    leyenda.adjustBoxSize()
                    if leyenda.rect().width() <= ancho + 0.01 and leyenda.rect().height() <= alto + 0.01:
                        # It fits: the legend becomes a panel filling its box.
                        leyenda.setResizeToContents(False)
                        leyenda.attemptResize(QgsLayoutSize(ancho, alto))
                        return ancho, alto
        if not avisar:
            return None
        self.avisos.append(
            tr("The legend of sheet {sheet} does not fit in its box and was cut; choose a larger sheet size.").format(
                sheet=self.hoja.numero
            )
        )
        self._estilo_leyenda(leyenda, 2, 0.8, ancho, self.textos_leyenda)
        leyenda.setResizeToContents(False)
        leyenda.attemptResize(QgsLayoutSize(ancho, alto))
        return ancho, alto

    def _pintar_una_vez(self, item):
        imagen = QImage(4, 4, QImage.Format.Format_ARGB32)
        pintor = QPainter(imagen)
        try:
            item.paint(pintor, None, None)
        finally:
            pintor.end()

    def _textos_originales(self, leyenda):
        modelo = leyenda.model()
        textos = {}
        for nodo in modelo.rootGroup().findLayers():
            textos[nodo.layerId()] = (
                nodo.name(),
                [n.data(Qt.ItemDataRole.DisplayRole) or "" for n in modelo.layerOriginalLegendNodes(nodo)],
            )
        return textos

    def _estilo_leyenda(self, leyenda, columnas, reduccion, ancho, originales):
        espacio_columna = self.mm(3.0)
        simbolo_ancho, simbolo_alto = self.mm(6.0) * reduccion, self.mm(3.8) * reduccion
        leyenda.setColumnCount(columnas)
        leyenda.setColumnSpace(espacio_columna)
        leyenda.setBoxSpace(self.mm(2.0))
        leyenda.setSymbolWidth(simbolo_ancho)
        leyenda.setSymbolHeight(simbolo_alto)
        compat.fuente_de_leyenda(leyenda, QgsLegendStyle.Title, self.fuente("seccion", reduccion))
        compat.fuente_de_leyenda(leyenda, QgsLegendStyle.Group, self.fuente("leyenda_capa", reduccion))
        compat.fuente_de_leyenda(leyenda, QgsLegendStyle.Subgroup, self.fuente("leyenda_capa", reduccion))
        compat.fuente_de_leyenda(leyenda, QgsLegendStyle.SymbolLabel, self.fuente("leyenda_clase", reduccion))
        leyenda.setStyleMargin(QgsLegendStyle.Title, QgsLegendStyle.Bottom, self.mm(2.0))
        leyenda.setStyleMargin(QgsLegendStyle.Subgroup, QgsLegendStyle.Top, self.mm(2.0))
        leyenda.setStyleMargin(QgsLegendStyle.Symbol, QgsLegendStyle.Top, self.mm(1.2))
        leyenda.setStyleMargin(QgsLegendStyle.SymbolLabel, QgsLegendStyle.Left, self.mm(1.5))
        ancho_columna = (ancho - 2 * self.mm(2.0) - (columnas - 1) * espacio_columna) / columnas
        ancho_titulo = ancho_columna - 0.5
        ancho_etiqueta = ancho_columna - simbolo_ancho - self.mm(1.5) - 0.5
        modelo = leyenda.model()
        for nodo in modelo.rootGroup().findLayers():
            titulo, etiquetas = originales[nodo.layerId()]
            font_capa = self.fuente("leyenda_capa", reduccion)
            font_clase = self.fuente("leyenda_clase", reduccion)
            nodo.setCustomProperty("legend/title-label", "\n".join(self.envolver(titulo, font_capa, ancho_titulo)))
            for indice, etiqueta in enumerate(etiquetas):
                envuelta = "\n".join(self.envolver(etiqueta, font_clase, ancho_etiqueta))
                QgsMapLayerLegendUtils.setLegendNodeUserLabel(nodo, indice, envuelta)
            modelo.refreshLayerLegend(nodo)

    # -- membrete --------------------------------------------------------------------------
    def logos_validos(self) -> list:
        validos = []
        for logo in self.logos:
            ruta = Path(str(logo))
            if ruta.is_file() and (ruta.suffix.lower() == ".svg" or not QImage(str(ruta)).isNull()):
                validos.append(ruta)
            elif not self.midiendo:
                aviso = tr("Logo {path} was not found or is not an image; the sheet {sheet} is drawn without it.").format(
                    path=ruta, sheet=self.hoja.numero
                )
                if aviso not in self.avisos:
                    self.avisos.append(aviso)
        return validos

    def membrete(self, x, y, ancho, medir=False) -> float:
        """Place the membrete with its top-left corner at (x, y) and return its height; with
        ``medir`` nothing is placed, only the height is computed."""
        self.midiendo = medir
        try:
            return self._membrete(x, y, ancho)
        finally:
            self.midiendo = False

    def textos_membrete(self) -> dict:
        """The membrete's texts by item id (without "membrete:"); layout templates use the same ids."""
        meta = self.metadatos
        blanco = "______________________"
        textos = {
            "entidad": (meta.get("entidad") or "").upper(),
            "plan": meta.get("nombre") or trd("Territorial Planning Plan"),
            "fase": nombre_fase(self.hoja.fase),
            "titulo": self.hoja.titulo.upper(),
            "ambito": meta.get("ambito_nombre") or "—",
            "numero": self.hoja.numero,
            "escala": texto_escala(self.escala),
            "escala-trabajo": "",
            "datum": texto_datum(meta, self.crs),
            "fuentes": texto_fuentes([self.variable]),
            "elaborado": trd("Prepared by: {name}").format(name=meta.get("equipo") or blanco),
            "revisado": trd("Reviewed by: {name}").format(name=meta.get("revisado") or blanco),
            "aprobado": trd("Approved by: {name}").format(name=meta.get("aprobado") or blanco),
            "fecha": trd("Date: {date}").format(date=date.today().strftime("%d/%m/%Y")),
        }
        if (str(meta.get("escala") or "")).strip().isdigit():
            textos["escala-trabajo"] = trd("Working scale 1:{scale}").format(scale=formatear_numero(int(meta["escala"])))
        return textos

    def _membrete(self, x, y, ancho) -> float:
        textos = self.textos_membrete()
        p = self.mm(RELLENO)
        interior = ancho - 2 * p
        xi = x + p
        cursor = y + p
        hueco = self.mm(1.2)

        logos = self.logos_validos()
        if logos:
            alto_logos = self.mm(ALTO_LOGOS)
            separacion = self.mm(3)
            ancho_logo = (interior - separacion * (len(logos) - 1)) / len(logos)
            for i, logo in enumerate(logos):
                self.imagen(str(logo), xi + i * (ancho_logo + separacion), cursor, ancho_logo, alto_logos,
                            f"membrete:logo-{i + 1}")
            cursor += alto_logos + self.mm(1)
        if textos["entidad"]:
            cursor += self.texto(textos["entidad"], "entidad", xi, cursor, interior, "membrete:entidad")
        cursor += self.texto(textos["plan"], "plan", xi, cursor, interior, "membrete:plan")
        if textos["fase"]:
            cursor += self.texto(textos["fase"], "fase", xi, cursor, interior, "membrete:fase")
        cursor += self.separador(x, cursor + hueco / 2, ancho, "marco:linea-1") + hueco

        cursor += self.texto(textos["titulo"], "titulo", xi, cursor, interior, "membrete:titulo")
        cursor += self.separador(x, cursor + hueco / 2, ancho, "marco:linea-2") + hueco

        # Two cells: political scope | map number.
        ancho_numero = interior * 0.36
        ancho_ambito = interior - ancho_numero - self.mm(2)
        x_numero = xi + ancho_ambito + self.mm(2)
        izquierda = self.texto(trd("POLITICAL SCOPE"), "rotulo", xi, cursor, ancho_ambito, "membrete:ambito-rotulo",
                               alinear=Qt.AlignmentFlag.AlignLeft)
        izquierda += self.texto(textos["ambito"], "ambito", xi, cursor + izquierda, ancho_ambito,
                                "membrete:ambito", alinear=Qt.AlignmentFlag.AlignLeft)
        derecha = self.texto(trd("MAP No."), "rotulo", x_numero, cursor, ancho_numero, "membrete:numero-rotulo")
        derecha += self.texto(textos["numero"], "numero", x_numero, cursor + derecha, ancho_numero, "membrete:numero")
        cursor += max(izquierda, derecha)
        cursor += self.separador(x, cursor + hueco / 2, ancho, "marco:linea-3") + hueco

        cursor += self.texto(textos["escala"], "escala", xi, cursor, interior, "membrete:escala")
        cursor += self.barra(xi, cursor, interior) + self.mm(0.8)
        if textos["escala-trabajo"]:
            cursor += self.texto(textos["escala-trabajo"], "normal", xi, cursor, interior, "membrete:escala-trabajo")
        cursor += self.texto(textos["datum"], "normal", xi, cursor, interior, "membrete:datum")
        cursor += self.separador(x, cursor + hueco / 2, ancho, "marco:linea-4") + hueco

        cursor += self.texto(textos["fuentes"], "normal", xi, cursor, interior, "membrete:fuentes",
                             alinear=Qt.AlignmentFlag.AlignLeft)
        cursor += self.separador(x, cursor + hueco / 2, ancho, "marco:linea-5") + hueco

        for clave in ("elaborado", "revisado", "aprobado", "fecha"):
            cursor += self.texto(textos[clave], "normal", xi, cursor, interior, f"membrete:{clave}", alinear=Qt.AlignmentFlag.AlignLeft)
        alto = cursor + p - y
        self.marco(x, y, ancho, alto, "marco:membrete")
        return alto

    def imagen(self, ruta, x, y, ancho, alto, item_id):
        if self.midiendo:
            return
        imagen = QgsLayoutItemPicture(self.layout)
        imagen.setPicturePath(ruta)
        imagen.setResizeMode(QgsLayoutItemPicture.Zoom)
        self._colocar(imagen, x, y, ancho, alto, item_id)

    def alto_barra(self) -> float:
        return self.mm(1.8) + self.mm(1.0) + QgsLayoutUtils.fontHeightMM(self.fuente("barra")) * 1.3

    def barra(self, x, y, ancho) -> float:
        """A scale bar in km (m below 1 km segments), centred in ``ancho``; returns its height."""
        alto = self.alto_barra()
        if self.midiendo:
            return alto
        km = segmento_barra_km(self.escala, ancho * 0.8)
        barra = QgsLayoutItemScaleBar(self.layout)
        barra.setId("membrete:barra")
        barra.setStyle("Single Box")
        if km < 1:
            barra.setUnits(QgsUnitTypes.DistanceMeters)
            barra.setUnitLabel("m")
            barra.setUnitsPerSegment(km * 1000)
        else:
            barra.setUnits(QgsUnitTypes.DistanceKilometers)
            barra.setUnitLabel("km")
            barra.setUnitsPerSegment(km)
        barra.setMapUnitsPerScaleBarUnit(1.0)
        barra.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
        barra.setNumberOfSegments(4)
        barra.setNumberOfSegmentsLeft(0)
        barra.setHeight(self.mm(1.8))
        barra.setLabelBarSpace(self.mm(1.0))
        barra.setBoxContentSpace(0.0)
        formato = QgsTextFormat()
        formato.setFont(self.fuente("barra"))
        formato.setSize(self.fuente("barra").pointSizeF())
        formato.setColor(NEGRO)
        barra.setTextFormat(formato)
        numeros = QgsBasicNumericFormat()
        numeros.setShowThousandsSeparator(True)
        numeros.setThousandsSeparator(ESPACIO_FINO)
        numeros.setDecimalSeparator(",")
        numeros.setNumberDecimalPlaces(2)
        numeros.setShowTrailingZeros(False)
        barra.setNumericFormat(numeros)
        # Linked and added once configured: each setting above would otherwise re-measure the bar.
        barra.setLinkedMap(self.mapa)
        self.layout.addLayoutItem(barra)
        barra.update()
        barra.resizeToMinimumWidth()
        ancho_barra = min(barra.rect().width(), ancho)
        barra.attemptMove(QgsLayoutPoint(x + (ancho - ancho_barra) / 2, y))
        barra.attemptResize(QgsLayoutSize(ancho_barra, alto))
        return alto


def construir_layout(
    project,
    store_metadata: dict,
    hoja,
    layers,
    dictionary_variable=None,
    context_layer=None,
    logos=(),
    ambito_layer=None,
    avisos=None,
    encuadre=None,
) -> QgsPrintLayout:
    """The print layout of one sheet of the POT map series.

    ``layers`` are drawn top → bottom and appear in the legend with their names (the caller names
    them after pot_capas' titles and styles the variable's layer with ``estilo_variable``);
    ``context_layer`` (e.g. departments of Peru) fills the location inset, with ``ambito_layer``
    highlighted on top; logos are image files (missing ones are skipped with a warning). Warnings
    are appended to ``avisos`` when a list is given, and logged. ``encuadre`` (a
    QgsReferencedRectangle, usually the ámbito's extent) frames the map; without it the map frames
    all ``layers``. The scale is the sheet's, or the smallest standard scale at which it fits.
    """
    avisos = avisos if avisos is not None else []
    antes = len(avisos)
    constructor = _Hoja(
        project, store_metadata, hoja, layers, dictionary_variable, context_layer, logos, ambito_layer, avisos, encuadre
    )
    layout = constructor.construir()
    for aviso in avisos[antes:]:
        get_logger().warning(aviso)
    return layout


def items_por_id(layout) -> dict:
    """{id: item} of every item with an id (tests and the exporter's checks use it)."""
    return {item.id(): item for item in layout.items() if hasattr(item, "id") and callable(item.id) and item.id()}
