"""The tiled series at the working scale: a sheet grid over the ámbito, an index sheet that shows
the tiles, and one numbered sheet per tile with the full membrete.

The grid is the IGN's Carta Nacional 1:100 000 where it applies (working scale 1:100 000 and an
ámbito in Peru): sheets of 30' × 30' of latitude and longitude, rows numbered from 1 at the Equator
southwards (row r spans r·30' − 30' to r·30' S) and columns lettered from 81°30' W eastwards — a, b,
c, … l, ll, m, n, … y (the old Spanish alphabet's "ll" after "l"; neither "ch" nor "ñ"). So the
quadrangle of Lima is "25-i" (12°00'–12°30' S, 77°30'–77°00' W). The rows and letters were checked
against INGEMMET's bulletins of the Carta Geológica Nacional, drawn on the same cut (Lima 25-i,
Lurín 25-j, Chancay 24-i, Chosica 24-j; Chincha 27-k; Jaquí 31-n and Chala 32-n; Quebrada
Mashansha 21-p to Varadero 22-r on IMW sheet SC-18-12; Río Las Piedras 23-s to Río Lidia 24-u
between 11°–12° S and 72°00'–70°30' W). Elsewhere (other scales) the grid is regular: tiles as big
as the sheet's map frame at the working scale, named by column letter and row number like the
workshop grid ("B3").
"""
import math
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from ..core import compat
from ..core.i18n import trd
from .hoja import ConstructorHoja, tipo_de_hoja
from .lienzo import PAGINAS_MM, factor
from .rejilla import letra_columna

# Carta Nacional 1:100 000: 30' sheets, columns from 81°30' W, rows from the Equator.
ESCALA_CARTA_NACIONAL = 100_000
LADO_CARTA_GRADOS = 0.5
OESTE_CARTA = -81.5
LETRAS_CARTA = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "ll", "m", "n", "o", "p", "q", "r", "s",
                "t", "u", "v", "w", "x", "y")
PERU_GRADOS = QgsRectangle(-81.5, -18.5, -68.5, 0.5)  # where the Carta Nacional grid is defined
WGS84 = "EPSG:4326"
CAMPO_NOMBRE = "hoja"


@dataclass
class Tesela:
    nombre: str  # "17-m" (Carta Nacional) or "B3" (regular grid)
    geometria: QgsGeometry  # the tile in the POT's CRS (a geographic quadrangle is densified)


def nombre_carta(fila: int, columna: int) -> str:
    """"25-i" for row 25, column 8 (0-based, from 81°30' W)."""
    return f"{fila}-{LETRAS_CARTA[columna]}"


def cuadrangulo(fila: int, columna: int) -> QgsRectangle:
    """The sheet's 30' quadrangle in degrees (lon/lat)."""
    oeste = OESTE_CARTA + columna * LADO_CARTA_GRADOS
    norte = -(fila - 1) * LADO_CARTA_GRADOS
    return QgsRectangle(oeste, norte - LADO_CARTA_GRADOS, oeste + LADO_CARTA_GRADOS, norte)


def hoja_carta_de(lon: float, lat: float) -> str:
    """The Carta Nacional sheet holding a point (degrees), e.g. Lima (−77.03, −12.05) → "25-i"."""
    fila = int(math.floor(-lat / LADO_CARTA_GRADOS)) + 1
    columna = int(math.floor((lon - OESTE_CARTA) / LADO_CARTA_GRADOS))
    return nombre_carta(fila, columna)


def _densificado(rect: QgsRectangle, pasos: int = 16) -> QgsGeometry:
    """A rectangle as a polygon with ``pasos`` vertices a side: meridians and parallels stay close
    to themselves once projected to UTM."""
    x0, y0, x1, y1 = rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()
    t = [i / pasos for i in range(pasos)]
    anillo = ([QgsPointXY(x0 + (x1 - x0) * s, y0) for s in t] + [QgsPointXY(x1, y0 + (y1 - y0) * s) for s in t]
              + [QgsPointXY(x1 - (x1 - x0) * s, y1) for s in t] + [QgsPointXY(x0, y1 - (y1 - y0) * s) for s in t])
    return QgsGeometry.fromPolygonXY([anillo + [anillo[0]]])


def teselas_carta_nacional(ambito: QgsGeometry, crs) -> list:
    """The Carta Nacional sheets that the ámbito (in ``crs``) touches, north to south, west to east."""
    a_grados = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), QgsProject.instance())
    de_grados = QgsCoordinateTransform(QgsCoordinateReferenceSystem(WGS84), crs, QgsProject.instance())
    caja = a_grados.transformBoundingBox(ambito.boundingBox())
    primera_fila = int(math.floor(-caja.yMaximum() / LADO_CARTA_GRADOS)) + 1
    ultima_fila = int(math.floor(-caja.yMinimum() / LADO_CARTA_GRADOS)) + 1
    primera_col = max(int(math.floor((caja.xMinimum() - OESTE_CARTA) / LADO_CARTA_GRADOS)), 0)
    ultima_col = min(int(math.floor((caja.xMaximum() - OESTE_CARTA) / LADO_CARTA_GRADOS)), len(LETRAS_CARTA) - 1)
    motor = QgsGeometry.createGeometryEngine(ambito.constGet())
    motor.prepareGeometry()
    teselas = []
    for fila in range(max(primera_fila, 1), ultima_fila + 1):
        for columna in range(primera_col, ultima_col + 1):
            geometria = _densificado(cuadrangulo(fila, columna))
            geometria.transform(de_grados)
            if motor.intersects(geometria.constGet()):
                teselas.append(Tesela(nombre_carta(fila, columna), geometria))
    return teselas


def teselas_regulares(ambito: QgsGeometry, ancho_m: float, alto_m: float) -> list:
    """A regular grid of ``ancho_m`` × ``alto_m`` tiles from the ámbito's north-west corner; only
    the tiles that touch it, named "A1", "B1"… (column letter, row number from the north)."""
    caja = ambito.boundingBox()
    columnas = max(1, math.ceil(caja.width() / ancho_m))
    filas = max(1, math.ceil(caja.height() / alto_m))
    # Centred on the ámbito, so the margins are even.
    x0 = caja.center().x() - columnas * ancho_m / 2
    y1 = caja.center().y() + filas * alto_m / 2
    motor = QgsGeometry.createGeometryEngine(ambito.constGet())
    motor.prepareGeometry()
    teselas = []
    for fila in range(filas):
        for columna in range(columnas):
            rect = QgsRectangle(x0 + columna * ancho_m, y1 - (fila + 1) * alto_m, x0 + (columna + 1) * ancho_m,
                                y1 - fila * alto_m)
            geometria = QgsGeometry.fromRect(rect)
            if motor.intersects(geometria.constGet()):
                teselas.append(Tesela(f"{letra_columna(columna)}{fila + 1}", geometria))
    return teselas


def usa_carta_nacional(escala: int, ambito: QgsGeometry, crs) -> bool:
    """The Carta Nacional applies at 1:100 000 to an ámbito inside its grid (Peru)."""
    if int(escala or 0) != ESCALA_CARTA_NACIONAL:
        return False
    caja = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(WGS84), QgsProject.instance()).transformBoundingBox(
        ambito.boundingBox()
    )
    return PERU_GRADOS.contains(caja)


def marco_mapa_mm(tamano: str, orientacion: str) -> tuple:
    """About how big the map frame of a sheet is (mm), to size a regular grid's tiles: the page less
    the membrete column (landscape) or band (portrait), margins and the grid's annotations."""
    ancho, alto = PAGINAS_MM[tamano]
    f = factor(tamano)
    if orientacion == "vertical":
        ancho, alto = alto, ancho
        return ancho - 2 * 14 * f, alto - 2 * 14 * f - 150 * f
    return ancho - 2 * 14 * f - 104 * f, alto - 2 * 14 * f


def teselas_de(ambito: QgsGeometry, crs, escala: int, tamano: str, orientacion: str) -> tuple:
    """(tiles, "carta" or "regular") of the series over the ámbito at ``escala``."""
    if usa_carta_nacional(escala, ambito, crs):
        return teselas_carta_nacional(ambito, crs), "carta"
    ancho_mm, alto_mm = marco_mapa_mm(tamano, orientacion)
    # 5 % of overlap-free margin inside the frame, in metres of ground.
    return teselas_regulares(ambito, ancho_mm * escala / 1000 * 0.95, alto_mm * escala / 1000 * 0.95), "regular"


def capa_teselas(teselas: list, crs) -> QgsVectorLayer:
    """The tiles as a memory layer (field ``hoja``): the index sheet and the tiles' insets draw it."""
    layer = QgsVectorLayer(f"Polygon?crs={crs.authid()}", trd("Sheets of the series"), "memory")
    layer.dataProvider().addAttributes([compat.campo(CAMPO_NOMBRE)])
    layer.updateFields()
    entidades = []
    for tesela in teselas:
        entidad = QgsFeature(layer.fields())
        entidad.setGeometry(tesela.geometria)
        entidad.setAttributes([tesela.nombre])
        entidades.append(entidad)
    layer.dataProvider().addFeatures(entidades)
    layer.updateExtents()
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#c0392b", "outline_width": "0.35"})))
    return layer


def encuadre_de(tesela: Tesela, crs) -> QgsReferencedRectangle:
    return QgsReferencedRectangle(tesela.geometria.boundingBox(), crs)


# -- sheet types -----------------------------------------------------------------------------------
@tipo_de_hoja
class HojaIndice(ConstructorHoja):
    """The index of a tiled series: the ámbito with every tile outlined and named, the membrete of
    the series. ``layers`` end with the tiles' layer (labelled by the exporter)."""

    TIPO = "indice"


@tipo_de_hoja
class HojaTesela(ConstructorHoja):
    """One tile of a series: the map sheet framed on the tile at the series' working scale; its
    inset shows the tiles over the ámbito with this one highlighted (``context_layer`` = the tiles,
    ``ambito_layer`` = this tile)."""

    TIPO = "tesela"

    def capas_ubicacion(self) -> list:
        return [layer for layer in (self.ambito_layer, self.context_layer) if layer is not None]

    def extension_ubicacion(self) -> QgsRectangle:
        return QgsRectangle(self.context_layer.extent())
