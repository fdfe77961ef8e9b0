"""The drawing primitives every sheet type shares: page sizes, the A3 design scaled to the sheet,
text styles, wrapped labels, frames and separators.

``Lienzo`` (canvas) is the base of every sheet builder (see ``hoja.TIPOS``): lengths are millimetres
on the real sheet, designed for A3 and multiplied by ``factor(size)`` for the other ISO A sizes.
Text is wrapped to its box before it is placed (``envolver``, linear in the text's length, cutting
words longer than a line), so nothing overflows.
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemShape,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsPrintLayout,
    QgsRectangle,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr

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



def ajustar_aspecto(extent: QgsRectangle, ancho_mm: float, alto_mm: float) -> QgsRectangle:
    """``extent`` grown around its centre to the shape of a frame, so that setting it keeps the frame."""
    relacion = ancho_mm / alto_mm
    ancho, alto = extent.width(), extent.height()
    if ancho / max(alto, 1e-12) < relacion:
        ancho = alto * relacion
    else:
        alto = ancho / relacion
    return QgsRectangle.fromCenterAndSize(extent.center(), ancho, alto)


# -- wrapping ------------------------------------------------------------------------------------
def _medidor(font: QFont):
    """width(text) in millimetres for ``font``, each distinct text measured once."""
    medidas = {}

    def medir(texto: str) -> float:
        if texto not in medidas:
            medidas[texto] = QgsLayoutUtils.textWidthMM(font, texto)
        return medidas[texto]

    return medir


def _cortar(palabra: str, medir, ancho: float) -> list:
    """A word longer than ``ancho`` cut into pieces that fit, from the widths of its characters
    (one pass; kerning inside a word is small, and each piece keeps a 3 % margin for it)."""
    trozos, inicio, acumulado = [], 0, 0.0
    limite = ancho * 0.97
    for i, letra in enumerate(palabra):
        w = medir(letra)
        if acumulado + w > limite and i > inicio:
            trozos.append(palabra[inicio:i])
            inicio, acumulado = i, 0.0
        acumulado += w
    trozos.append(palabra[inicio:])
    return trozos


def envolver(texto: str, font: QFont, ancho: float) -> list:
    """Split ``texto`` into lines no wider than ``ancho`` mm. Every word is measured once and lines
    are filled by adding widths, so the time grows linearly with the text (a 10,000-character
    word no longer hangs an export); words longer than a line are cut."""
    medir = _medidor(font)
    espacio = medir(" ")
    lineas = []
    for parrafo in str(texto).split("\n"):
        actual, ancho_actual = [], 0.0
        for palabra in [p for p in parrafo.split(" ") if p]:  # no-break spaces stay inside words
            w = medir(palabra)
            if w > ancho and len(palabra) > 1:
                if actual:
                    lineas.append(" ".join(actual))
                    actual, ancho_actual = [], 0.0
                *enteros, palabra = _cortar(palabra, medir, ancho)
                lineas.extend(enteros)
                w = medir(palabra)
            nuevo = ancho_actual + (espacio if actual else 0.0) + w
            if actual and nuevo > ancho:
                lineas.append(" ".join(actual))
                actual, ancho_actual = [palabra], w
            else:
                actual.append(palabra)
                ancho_actual = nuevo
        lineas.append(" ".join(actual))
    return lineas


# -- the canvas ----------------------------------------------------------------------------------
class Lienzo:
    """A print layout of one page of ``hoja``'s size and orientation, and the primitives to draw on
    it. ``hoja`` needs ``numero``, ``titulo``, ``tamano`` and ``orientacion``."""

    def __init__(self, project, metadatos, hoja, avisos=None, layers=()):
        self.project = project
        self.metadatos = metadatos or {}
        self.hoja = hoja
        self.avisos = avisos if avisos is not None else []
        if hoja.tamano not in PAGINAS_MM or hoja.orientacion not in ("horizontal", "vertical"):
            raise PotError(
                tr("Sheet {sheet}: unknown size or orientation “{size} {orientation}”.").format(
                    sheet=hoja.numero, size=hoja.tamano, orientation=hoja.orientacion
                )
            )
        self.f = factor(hoja.tamano)
        self.ancho, self.alto = tamano_pagina(hoja.tamano, hoja.orientacion)
        self.layers = [layer for layer in layers if layer is not None and layer.isValid()]
        self.crs = self._crs()
        self.layout = QgsPrintLayout(project)
        self.layout.setName(f"{hoja.numero} {hoja.titulo}")
        # No undo history while the sheet is built: every move, resize and setting would be recorded.
        self.layout.undoStack().blockCommands(True)
        self.midiendo = False

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
        return envolver(texto, font, ancho)

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


    def pagina(self):
        pagina = QgsLayoutItemPage(self.layout)
        pagina.setPageSize(QgsLayoutSize(self.ancho, self.alto))
        self.layout.pageCollection().addPage(pagina)


    def _pintar_una_vez(self, item):
        imagen = QImage(4, 4, QImage.Format.Format_ARGB32)
        pintor = QPainter(imagen)
        try:
            item.paint(pintor, None, None)
        finally:
            pintor.end()


    def imagen(self, ruta, x, y, ancho, alto, item_id):
        if self.midiendo:
            return
        imagen = QgsLayoutItemPicture(self.layout)
        imagen.setPicturePath(ruta)
        imagen.setResizeMode(QgsLayoutItemPicture.Zoom)
        self._colocar(imagen, x, y, ancho, alto, item_id)
