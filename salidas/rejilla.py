"""The workshop grid: the sheets' UTM grid over the ámbito, its lines on multiples of the same
round interval the map sheet uses, columns lettered A, B, … west → east and rows numbered 1, 2, …
north → south, so "C4" names one square people can point at on any sheet. Pure grid maths, and
the grid key drawn over the base layers."""
import math
from dataclasses import dataclass

from qgis.core import QgsMapRendererCustomPainterJob, QgsMapSettings, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from . import catalogo
from .escalas import intervalo_grilla
from .estilos import estilo_referencia


def letra_columna(indice: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letras = ""
    indice += 1
    while indice:
        indice, resto = divmod(indice - 1, 26)
        letras = chr(65 + resto) + letras
    return letras


def indice_columna(letras: str) -> int:
    indice = 0
    for letra in letras.upper():
        indice = indice * 26 + (ord(letra) - 64)
    return indice - 1


def cell_for(x: float, y: float, extent, cols: int, rows: int) -> str:
    """The grid cell ("C4") holding the point; "" outside ``extent`` = (xmin, ymin, xmax, ymax).
    Columns A… from west to east, rows 1… from north to south; the east and south edges belong to
    the last column and row."""
    xmin, ymin, xmax, ymax = extent
    if cols <= 0 or rows <= 0 or not (xmin <= x <= xmax and ymin <= y <= ymax):
        return ""
    columna = min(int((x - xmin) / (xmax - xmin) * cols), cols - 1)
    fila = min(int((ymax - y) / (ymax - ymin) * rows), rows - 1)
    return f"{letra_columna(columna)}{fila + 1}"


def cell_centre(celda: str, extent, cols: int, rows: int):
    """(x, y) of the centre of a cell such as "C4"; ValueError when it is not on the grid."""
    texto = (celda or "").strip().upper()
    letras = "".join(c for c in texto if c.isalpha())
    numero = texto[len(letras):]
    if not letras or not numero.isdigit() or texto != letras + numero:
        raise ValueError(celda)
    columna, fila = indice_columna(letras), int(numero) - 1
    if not (0 <= columna < cols and 0 <= fila < rows):
        raise ValueError(celda)
    xmin, ymin, xmax, ymax = extent
    ancho, alto = (xmax - xmin) / cols, (ymax - ymin) / rows
    return xmin + (columna + 0.5) * ancho, ymax - (fila + 0.5) * alto


@dataclass
class Rejilla:
    extent: tuple  # (xmin, ymin, xmax, ymax) on multiples of the interval
    intervalo: float
    cols: int
    rows: int

    def celda(self, x, y) -> str:
        return cell_for(x, y, self.extent, self.cols, self.rows)

    def centro(self, celda):
        return cell_centre(celda, self.extent, self.cols, self.rows)


def rejilla_de_extension(xmin, ymin, xmax, ymax) -> Rejilla:
    """The grid of the sheet's UTM interval, snapped outwards to its multiples."""
    intervalo = intervalo_grilla(max(xmax - xmin, ymax - ymin, 1.0))
    x0, y0 = math.floor(xmin / intervalo) * intervalo, math.floor(ymin / intervalo) * intervalo
    x1, y1 = math.ceil(xmax / intervalo) * intervalo, math.ceil(ymax / intervalo) * intervalo
    x1, y1 = max(x1, x0 + intervalo), max(y1, y0 + intervalo)
    return Rejilla((x0, y0, x1, y1), intervalo, round((x1 - x0) / intervalo), round((y1 - y0) / intervalo))


def rejilla_del_pot(store) -> Rejilla:
    """The workshop grid over the POT's ámbito (else over all its layers)."""
    existentes = store.spatial_layers()
    ambito = catalogo._primera_que_contiene(sorted(existentes), catalogo._NOMBRES_AMBITO)
    total = compat.rectangulo_vacio()
    for nombre in [ambito] if ambito else existentes:
        layer = QgsVectorLayer(store.layer_uri(nombre), nombre, "ogr")
        if layer.isValid() and not layer.extent().isEmpty():
            total.combineExtentWith(layer.extent())
    if total.isEmpty():
        raise PotError(tr("The POT {path} has no layer with features to lay a grid over.").format(path=store.path))
    return rejilla_de_extension(total.xMinimum(), total.yMinimum(), total.xMaximum(), total.yMaximum())


# -- a map image with the grid -----------------------------------------------------------------------
def capas_de_fondo(store):
    """The ámbito and base layers, styled simply, for the grid key."""
    layers = []
    for registro in store.registered_layers():
        if registro["fase"] == "base" and registro["capa"] in store.spatial_layers():
            layer = QgsVectorLayer(store.layer_uri(registro["capa"]), registro["titulo"] or registro["capa"], "ogr")
            if layer.isValid():
                estilo_referencia(layer)
                layers.append(layer)
    return list(reversed(layers))  # points and lines over polygons, roughly


def imagen_rejilla(store, rejilla: Rejilla, ancho_px: int = 1400) -> QImage:
    """The base layers with the lettered grid drawn over them."""
    xmin, ymin, xmax, ymax = rejilla.extent
    margen = 40
    alto_px = int(ancho_px * (ymax - ymin) / (xmax - xmin))
    imagen = QImage(ancho_px + 2 * margen, alto_px + 2 * margen, QImage.Format.Format_ARGB32)
    imagen.fill(QColor("white"))
    ajustes = QgsMapSettings()
    layers = capas_de_fondo(store)
    ajustes.setLayers(layers)
    if layers:
        ajustes.setDestinationCrs(layers[0].crs())
    ajustes.setExtent(QgsRectangle(xmin, ymin, xmax, ymax))
    ajustes.setOutputSize(QSize(ancho_px, alto_px))
    ajustes.setBackgroundColor(QColor("white"))
    pintor = QPainter(imagen)
    try:
        pintor.translate(margen, margen)
        trabajo = QgsMapRendererCustomPainterJob(ajustes, pintor)
        trabajo.renderSynchronously()
        pintor.setPen(QPen(QColor(200, 0, 0), 2))
        ancho_c, alto_c = ancho_px / rejilla.cols, alto_px / rejilla.rows
        for i in range(rejilla.cols + 1):
            pintor.drawLine(int(i * ancho_c), 0, int(i * ancho_c), alto_px)
        for j in range(rejilla.rows + 1):
            pintor.drawLine(0, int(j * alto_c), ancho_px, int(j * alto_c))
        fuente = QFont("Sans", 14)
        fuente.setBold(True)
        pintor.setFont(fuente)
        for i in range(rejilla.cols):
            pintor.drawText(QRectF(i * ancho_c, -margen, ancho_c, margen), Qt.AlignmentFlag.AlignCenter, letra_columna(i))
        for j in range(rejilla.rows):
            pintor.drawText(QRectF(-margen, j * alto_c, margen, alto_c), Qt.AlignmentFlag.AlignCenter, str(j + 1))
    finally:
        pintor.end()
    return imagen


