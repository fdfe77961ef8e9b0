"""The Peruvian map sheet (A4–A0, landscape or portrait) as a QGIS print layout, and the sheet
types: the extension point of the sheet builder.

Layout of the map sheet (``ConstructorHoja``), drawn for A3 and scaled by the width ratio for the
other sizes (all ISO A sheets share one shape, so the design is the same, only bigger):

* landscape: the map frame on the left; a right column with the legend (top), the location inset
  and the membrete (cartouche, bottom);
* portrait: the map frame on top; a band at the bottom with the legend, the inset and the membrete.

The legend is measured first (every entry, wrapped to its column): a long one takes more columns,
then the inset's place, then a wider column (landscape) or a deeper band (portrait); only if it still
does not fit is it cut, with a warning. When the sheet is drawn QGIS filters it by map content.

Sheet types: a builder class registered with ``@tipo_de_hoja`` under its ``TIPO``; the catalogue's
``Hoja.tipo`` picks it (``construir_layout``). The map sheet is "mapa"; the tiled series ("serie":
an index sheet and one sheet per tile, salidas/serie.py) and the workshop comparison sheet
(salidas/hoja_comparacion.py) are types that reuse its text, font, legend and membrete code
(``Lienzo``, ``LeyendaMixin``, ``MembreteMixin``). docs/ARCHITECTURE.md has the recipe.
"""
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutUtils,
    QgsPointXY,
    QgsPrintLayout,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..core.log import get_logger
from .escalas import ESPACIO_FINO, intervalo_grilla, proponer_escala
from .leyenda import LeyendaMixin
from .lienzo import (  # noqa: F401
    ALTO_NORTE,
    COLUMNA_HORIZONTAL,
    LINEA,
    MARGEN,
    MEMBRETE_VERTICAL,
    NEGRO,
    PAGINAS_MM,
    PT_MINIMO,
    PT_MINIMO_A3,
    SEPARACION,
    UBICACION_VERTICAL,
    ZEBRA,
    Lienzo,
    ajustar_aspecto,
    envolver,
    factor,
    tamano_pagina,
)
from .membrete import MembreteMixin, nombre_fase, texto_datum, texto_escala, texto_fuentes, zona_utm  # noqa: F401

_FLECHA_NORTE = []  # the north arrow's SVG, looked up once
TIPOS = {}  # sheet type → builder class


def tipo_de_hoja(clase):
    """Register a sheet builder under its ``TIPO`` (class decorator)."""
    TIPOS[clase.TIPO] = clase
    return clase


def flecha_norte():
    """QGIS's NorthArrow_02.svg, or None when no SVG path holds it."""
    if not _FLECHA_NORTE:
        _FLECHA_NORTE.append(next(
            (Path(base) / "arrows" / "NorthArrow_02.svg" for base in QgsApplication.svgPaths()
             if (Path(base) / "arrows" / "NorthArrow_02.svg").is_file()),
            None,
        ))
    return _FLECHA_NORTE[0]


# -- the map sheet -----------------------------------------------------------------------------
@tipo_de_hoja
class ConstructorHoja(Lienzo, LeyendaMixin, MembreteMixin):
    """Builds one map sheet. All lengths in millimetres on the real sheet.

    Subclasses (other sheet types) override ``construir`` or its parts: ``extension`` (what the map
    frames), ``capas_ubicacion``/``extension_ubicacion`` (the inset), ``textos_membrete``."""

    TIPO = "mapa"

    def __init__(self, project, metadatos, hoja, layers, variable=None, context_layer=None, logos=(), ambito_layer=None,
                 avisos=None, encuadre=None, escala_fija=None):
        super().__init__(project, metadatos, hoja, avisos, layers)
        self.variable = variable
        self.context_layer = context_layer if context_layer is not None and context_layer.isValid() else None
        self.ambito_layer = ambito_layer if ambito_layer is not None and ambito_layer.isValid() else None
        self.encuadre = encuadre  # QgsReferencedRectangle framing the sheet (the ámbito, a tile), or None
        self.escala_fija = escala_fija  # a tile's scale: the series' working scale
        self.logos = list(logos or [])
        self.escala = int(escala_fija or hoja.escala or 10_000_000)  # provisional (widest text) until the map is placed

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
        escala = self.escala_fija or self.hoja.escala or proponer_escala(
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
        inset.setLayers(self.capas_ubicacion())
        inset.setKeepLayerSet(True)
        inset.setBackgroundColor(QColor("#f4f8fb"))
        inset.setFrameEnabled(True)
        inset.setFrameStrokeWidth(QgsLayoutMeasurement(self.mm(LINEA), QgsUnitTypes.LayoutMillimeters))
        extent = self.extension_ubicacion()
        extent.scale(1.05)
        inset.setExtent(ajustar_aspecto(extent, ancho, alto_mapa))
        overview = QgsLayoutItemMapOverview(trd("Sheet extent"), inset)
        overview.setLinkedMap(self.mapa)
        overview.setFrameSymbol(
            QgsFillSymbol.createSimple({"style": "no", "outline_color": "#d7191c", "outline_width": str(self.mm(0.4))})
        )
        inset.overviews().addOverview(overview)

    def capas_ubicacion(self) -> list:
        """The layers of the location inset: the ámbito highlighted over the context (Peru)."""
        return ([self.ambito_layer] if self.ambito_layer else []) + [self.context_layer]

    def extension_ubicacion(self) -> QgsRectangle:
        extent = self.context_layer.extent()
        if self.context_layer.crs() != self.crs:
            extent = QgsCoordinateTransform(self.context_layer.crs(), self.crs, self.project).transformBoundingBox(extent)
        return extent


_Hoja = ConstructorHoja  # the name layout templates (salidas/plantillas.py) and old callers use


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
    **opciones,
) -> QgsPrintLayout:
    """The print layout of one sheet of the POT map series, built by the type ``hoja.tipo`` names
    ("mapa" when it names none).

    ``layers`` are drawn top → bottom and appear in the legend with their names (the caller names
    them after pot_capas' titles and styles the variable's layer with ``estilo_variable``);
    ``context_layer`` (e.g. departments of Peru) fills the location inset, with ``ambito_layer``
    highlighted on top; logos are image files (missing ones are skipped with a warning). Warnings
    are appended to ``avisos`` when a list is given, and logged. ``encuadre`` (a
    QgsReferencedRectangle, usually the ámbito's extent) frames the map; without it the map frames
    all ``layers``. The scale is the sheet's, or the smallest standard scale at which it fits.
    ``opciones`` go to the type's builder (e.g. ``escala_fija`` for the tiles of a series).
    """
    avisos = avisos if avisos is not None else []
    antes = len(avisos)
    tipo = getattr(hoja, "tipo", "") or "mapa"
    clase = TIPOS.get(tipo)
    if clase is None:
        raise PotError(tr("Sheet {sheet}: unknown sheet type “{type}”.").format(sheet=hoja.numero, type=tipo))
    constructor = clase(
        project, store_metadata, hoja, layers, dictionary_variable, context_layer, logos, ambito_layer, avisos, encuadre,
        **opciones,
    )
    layout = constructor.construir()
    for aviso in avisos[antes:]:
        get_logger().warning(aviso)
    return layout


def items_por_id(layout) -> dict:
    """{id: item} of every item with an id (tests and the exporter's checks use it)."""
    return {item.id(): item for item in layout.items() if hasattr(item, "id") and callable(item.id) and item.id()}
