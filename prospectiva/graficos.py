"""Charts of the structural analysis drawn with Qt only (QPainter on a QImage for PNG, QSvgGenerator
for SVG): the influence/dependence plane, the displacement map direct → indirect and the graph of
the strongest influences. Each chart is one drawing function run on both devices, so the PNG and
the SVG show the same thing. Texts are document text (``trd``): the POT's language.

Labels are placed greedily: each code tries eight positions around its point and takes the first
that overlaps no label or point already drawn (the first position when none is free).
"""
from __future__ import annotations

import math
import os
import uuid
from pathlib import Path
from typing import Callable, List, Optional

import numpy as np
from qgis.PyQt.QtCore import QLineF, QPointF, QRect, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF
from qgis.PyQt.QtSvg import QSvgGenerator

from ..core.errors import PotError
from ..core.i18n import tr, trd
from . import micmac

ANCHO, ALTO = 1600, 1200
COLORES = {
    micmac.MOTRIZ: "#C62828",
    micmac.ENLACE: "#6A1B9A",
    micmac.DEPENDIENTE: "#1565C0",
    micmac.AUTONOMA: "#757575",
    micmac.REGULADORA: "#EF6C00",
}
FONDOS = {micmac.MOTRIZ: "#FDECEA", micmac.ENLACE: "#F3E5F5", micmac.DEPENDIENTE: "#E3F2FD", micmac.AUTONOMA: "#F5F5F5"}
MARGEN = {"izquierda": 110, "derecha": 50, "arriba": 90, "abajo": 135}

Dibujo = Callable[[QPainter, QRectF], None]


def _fuente(pixeles: float, negrita: bool = False) -> QFont:
    fuente = QFont("DejaVu Sans")
    fuente.setPixelSize(max(6, int(round(pixeles))))
    fuente.setBold(negrita)
    return fuente


def imagen(dibujar: Dibujo, ancho: int = ANCHO, alto: int = ALTO) -> QImage:
    """A chart drawn into an image in memory, on white (a few milliseconds; any thread)."""
    resultado = QImage(ancho, alto, QImage.Format.Format_ARGB32)
    resultado.fill(QColor("white"))
    pintor = QPainter(resultado)
    pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
    pintor.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    dibujar(pintor, QRectF(0, 0, ancho, alto))
    pintor.end()
    return resultado


def guardar(dibujar: Dibujo, ruta_base, titulo: str = "", ancho: int = ANCHO, alto: int = ALTO) -> List[Path]:
    """Draw into ``<ruta_base>.png`` and ``<ruta_base>.svg`` (each written whole, then moved in place)."""
    ruta_base = Path(ruta_base)
    if not ruta_base.parent.is_dir():
        raise PotError(tr("Cannot write {path}: the folder {folder} does not exist.").format(path=ruta_base, folder=ruta_base.parent))
    png, svg = ruta_base.with_suffix(".png"), ruta_base.with_suffix(".svg")
    marca = uuid.uuid4().hex[:8]
    png_tmp, svg_tmp = png.with_name(f".{png.stem}.{marca}.png"), svg.with_name(f".{svg.stem}.{marca}.svg")
    try:
        if not imagen(dibujar, ancho, alto).save(str(png_tmp), "PNG"):
            raise PotError(tr("Cannot write {path}.").format(path=png))
        generador = QSvgGenerator()
        generador.setFileName(str(svg_tmp))
        generador.setSize(QSize(ancho, alto))
        generador.setViewBox(QRect(0, 0, ancho, alto))
        generador.setTitle(titulo)
        pintor = QPainter(generador)
        pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
        pintor.fillRect(QRectF(0, 0, ancho, alto), QColor("white"))
        dibujar(pintor, QRectF(0, 0, ancho, alto))
        pintor.end()
        if not svg_tmp.is_file():
            raise PotError(tr("Cannot write {path}.").format(path=svg))
        os.replace(png_tmp, png)
        os.replace(svg_tmp, svg)
    finally:
        for temporal in (png_tmp, svg_tmp):
            if temporal.exists():
                temporal.unlink()
    return [png, svg]


# -- pieces ---------------------------------------------------------------------------------------
def _paso_bonito(maximo: float, marcas: int = 6) -> float:
    if maximo <= 0:
        return 1.0
    bruto = maximo / marcas
    potencia = 10 ** math.floor(math.log10(bruto))
    for factor in (1, 2, 2.5, 5, 10):
        if bruto <= factor * potencia:
            return factor * potencia
    return 10 * potencia


class _Ejes:
    """Data → device coordinates of a chart with x and y from 0 to a nice maximum."""

    def __init__(self, marco: QRectF, max_x: float, max_y: float):
        self.paso_x, self.paso_y = _paso_bonito(max_x), _paso_bonito(max_y)
        self.max_x = math.ceil(max_x * 1.05 / self.paso_x) * self.paso_x or 1.0
        self.max_y = math.ceil(max_y * 1.05 / self.paso_y) * self.paso_y or 1.0
        self.area = QRectF(
            marco.left() + MARGEN["izquierda"], marco.top() + MARGEN["arriba"],
            marco.width() - MARGEN["izquierda"] - MARGEN["derecha"], marco.height() - MARGEN["arriba"] - MARGEN["abajo"],
        )

    def punto(self, x: float, y: float) -> QPointF:
        return QPointF(self.area.left() + x / self.max_x * self.area.width(), self.area.bottom() - y / self.max_y * self.area.height())

    def dibujar(self, pintor: QPainter, titulo_x: str, titulo_y: str) -> None:
        pintor.setPen(QPen(QColor("#DDDDDD"), 1))
        pintor.setFont(_fuente(18))
        metrica = QFontMetricsF(pintor.font())
        x = 0.0
        while x <= self.max_x + 1e-9:
            p = self.punto(x, 0)
            pintor.setPen(QPen(QColor("#E0E0E0"), 1))
            pintor.drawLine(QLineF(p.x(), self.area.top(), p.x(), self.area.bottom()))
            pintor.setPen(QColor("#424242"))
            texto = _numero(x)
            pintor.drawText(QPointF(p.x() - metrica.horizontalAdvance(texto) / 2, self.area.bottom() + 26), texto)
            x += self.paso_x
        y = 0.0
        while y <= self.max_y + 1e-9:
            p = self.punto(0, y)
            pintor.setPen(QPen(QColor("#E0E0E0"), 1))
            pintor.drawLine(QLineF(self.area.left(), p.y(), self.area.right(), p.y()))
            pintor.setPen(QColor("#424242"))
            texto = _numero(y)
            pintor.drawText(QPointF(self.area.left() - 12 - metrica.horizontalAdvance(texto), p.y() + 6), texto)
            y += self.paso_y
        pintor.setPen(QPen(QColor("#212121"), 2))
        pintor.setBrush(Qt.BrushStyle.NoBrush)
        pintor.drawRect(self.area)
        pintor.setFont(_fuente(22, True))
        metrica = QFontMetricsF(pintor.font())
        pintor.drawText(QPointF(self.area.center().x() - metrica.horizontalAdvance(titulo_x) / 2, self.area.bottom() + 66), titulo_x)
        pintor.save()
        pintor.translate(self.area.left() - 72, self.area.center().y() + metrica.horizontalAdvance(titulo_y) / 2)
        pintor.rotate(-90)
        pintor.drawText(QPointF(0, 0), titulo_y)
        pintor.restore()


def _numero(valor: float) -> str:
    if abs(valor - round(valor)) < 1e-9:
        return str(int(round(valor)))
    return f"{valor:.3f}".rstrip("0").rstrip(".")


def _titulo(pintor: QPainter, marco: QRectF, texto: str, subtitulo: str = "") -> None:
    pintor.setPen(QColor("#212121"))
    pintor.setFont(_fuente(30, True))
    pintor.drawText(QRectF(marco.left(), marco.top() + 12, marco.width(), 40), Qt.AlignmentFlag.AlignHCenter, texto)
    if subtitulo:
        pintor.setFont(_fuente(18))
        pintor.setPen(QColor("#616161"))
        pintor.drawText(QRectF(marco.left(), marco.top() + 52, marco.width(), 28), Qt.AlignmentFlag.AlignHCenter, subtitulo)


class _Etiquetas:
    """Greedy label placement: eight candidate positions around each point."""

    def __init__(self, pintor: QPainter, tamano: float):
        self.pintor = pintor
        self.fuente = _fuente(tamano, True)
        self.metrica = QFontMetricsF(self.fuente)
        self.ocupados: List[QRectF] = []

    def reservar(self, rect: QRectF) -> None:
        self.ocupados.append(rect)

    def colocar(self, punto: QPointF, texto: str, color: QColor, limite: Optional[QRectF] = None) -> None:
        ancho, alto = self.metrica.horizontalAdvance(texto) + 4, self.metrica.height()
        d = 7
        candidatos = [
            QRectF(punto.x() + d, punto.y() - alto - 1, ancho, alto),
            QRectF(punto.x() + d, punto.y() + 1, ancho, alto),
            QRectF(punto.x() - d - ancho, punto.y() - alto - 1, ancho, alto),
            QRectF(punto.x() - d - ancho, punto.y() + 1, ancho, alto),
            QRectF(punto.x() - ancho / 2, punto.y() - alto - d, ancho, alto),
            QRectF(punto.x() - ancho / 2, punto.y() + d, ancho, alto),
            QRectF(punto.x() + d, punto.y() - alto / 2, ancho, alto),
            QRectF(punto.x() - d - ancho, punto.y() - alto / 2, ancho, alto),
        ]
        elegido = candidatos[0]
        for rect in candidatos:
            if limite is not None and not limite.contains(rect):
                continue
            if not any(rect.intersects(otro) for otro in self.ocupados):
                elegido = rect
                break
        self.ocupados.append(elegido)
        self.pintor.setFont(self.fuente)
        self.pintor.setPen(color)
        self.pintor.drawText(elegido, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, texto)


def _tamano_etiqueta(n: int) -> float:
    return 20 if n <= 25 else 16 if n <= 50 else 13


def _flecha(pintor: QPainter, desde: QPointF, hasta: QPointF, color: QColor, ancho: float, punta: float = 14) -> None:
    linea = QLineF(desde, hasta)
    if linea.length() < 1e-6:
        return
    pintor.setPen(QPen(color, ancho, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    pintor.drawLine(linea)
    angulo = math.atan2(linea.dy(), linea.dx())
    fin = linea.p2()
    izquierda = QPointF(fin.x() - punta * math.cos(angulo - 0.4), fin.y() - punta * math.sin(angulo - 0.4))
    derecha = QPointF(fin.x() - punta * math.cos(angulo + 0.4), fin.y() - punta * math.sin(angulo + 0.4))
    pintor.setBrush(QBrush(color))
    pintor.setPen(QPen(color, 1))
    pintor.drawPolygon(QPolygonF([fin, izquierda, derecha]))


def _leyenda_cuadrantes(pintor: QPainter, marco: QRectF, presentes) -> None:
    nombres = micmac.nombres_cuadrantes()
    pintor.setFont(_fuente(17))
    metrica = QFontMetricsF(pintor.font())
    x = marco.left() + MARGEN["izquierda"]
    y = marco.bottom() - 16
    for codigo in micmac.CUADRANTES:
        if codigo not in presentes:
            continue
        pintor.setPen(Qt.PenStyle.NoPen)
        pintor.setBrush(QColor(COLORES[codigo]))
        pintor.drawEllipse(QPointF(x + 7, y - 6), 7, 7)
        pintor.setPen(QColor("#212121"))
        pintor.drawText(QPointF(x + 20, y), nombres[codigo])
        x += 40 + metrica.horizontalAdvance(nombres[codigo])


# -- the three charts ------------------------------------------------------------------------------
def plano(resultado: micmac.ResultadoMicmac, clasificacion: str = "directa") -> Dibujo:
    """The influence (y) / dependence (x) plane of one classification, with quadrant lines."""
    c = resultado.clasificacion(clasificacion)
    influencia, dependencia = c.participacion()
    cuadrantes = micmac.cuadrantes(c, resultado.umbral)
    ti, td = micmac.umbrales(c, resultado.umbral)
    titulos = {
        "directa": trd("Influence/dependence plane – direct"),
        "indirecta": trd("Influence/dependence plane – indirect"),
        "potencial": trd("Influence/dependence plane – potential"),
        "potencial_indirecta": trd("Influence/dependence plane – potential indirect"),
    }

    def dibujar(pintor: QPainter, marco: QRectF) -> None:
        ejes = _Ejes(marco, max(float(dependencia.max()), td), max(float(influencia.max()), ti))
        umbral = trd("mean") if resultado.umbral == micmac.MEDIA else trd("median")
        subtitulo = trd("Shares of the total (%); quadrant lines at the {threshold}").format(threshold=umbral)
        if clasificacion in ("indirecta", "potencial_indirecta"):
            subtitulo += " · " + trd("power {k}{stable}").format(
                k=c.potencia, stable="" if c.estable else " " + trd("(rankings not yet stable)"))
        _titulo(pintor, marco, titulos[clasificacion], subtitulo)
        centro = ejes.punto(td, ti)
        for codigo, rect in (
            (micmac.MOTRIZ, QRectF(QPointF(ejes.area.left(), ejes.area.top()), centro)),
            (micmac.ENLACE, QRectF(QPointF(centro.x(), ejes.area.top()), QPointF(ejes.area.right(), centro.y()))),
            (micmac.AUTONOMA, QRectF(QPointF(ejes.area.left(), centro.y()), QPointF(centro.x(), ejes.area.bottom()))),
            (micmac.DEPENDIENTE, QRectF(centro, QPointF(ejes.area.right(), ejes.area.bottom()))),
        ):
            pintor.fillRect(rect, QColor(FONDOS[codigo]))
        ejes.dibujar(pintor, trd("Dependence (%)"), trd("Influence (%)"))
        pintor.setPen(QPen(QColor("#424242"), 2, Qt.PenStyle.DashLine))
        pintor.drawLine(QLineF(ejes.area.left(), centro.y(), ejes.area.right(), centro.y()))
        pintor.drawLine(QLineF(centro.x(), ejes.area.top(), centro.x(), ejes.area.bottom()))
        nombres = micmac.nombres_cuadrantes()
        pintor.setFont(_fuente(20, True))
        etiquetas = _Etiquetas(pintor, _tamano_etiqueta(len(resultado.codigos)))
        metrica = QFontMetricsF(pintor.font())
        for codigo, esquina in ((micmac.MOTRIZ, "ns"), (micmac.ENLACE, "ne"), (micmac.AUTONOMA, "ss"), (micmac.DEPENDIENTE, "se")):
            texto = nombres[codigo]
            ancho = metrica.horizontalAdvance(texto)
            x = ejes.area.left() + 10 if esquina[1] == "s" else ejes.area.right() - 10 - ancho
            y = ejes.area.top() + 28 if esquina[0] == "n" else ejes.area.bottom() - 12
            pintor.setPen(QColor(COLORES[codigo]))
            pintor.setFont(_fuente(20, True))
            pintor.drawText(QPointF(x, y), texto)
            etiquetas.reservar(QRectF(x, y - metrica.height(), ancho, metrica.height()))
        puntos = [ejes.punto(float(x), float(y)) for x, y in zip(dependencia, influencia)]
        for p in puntos:
            etiquetas.reservar(QRectF(p.x() - 6, p.y() - 6, 12, 12))
        for p, cuadrante in zip(puntos, cuadrantes):
            pintor.setPen(QPen(QColor("white"), 1.5))
            pintor.setBrush(QColor(COLORES[cuadrante]))
            pintor.drawEllipse(p, 7, 7)
        orden = np.argsort(-(influencia + dependencia))  # the most visible variables get the best places
        for i in orden:
            etiquetas.colocar(puntos[i], resultado.codigos[i], QColor(COLORES[cuadrantes[i]]).darker(130), ejes.area)
        _leyenda_cuadrantes(pintor, marco, set(cuadrantes))

    return dibujar


def desplazamiento(resultado: micmac.ResultadoMicmac, desde: str = "directa", hasta: str = "indirecta") -> Dibujo:
    """An arrow per variable from its direct to its indirect position on the plane; red when its
    influence rank rises (a hidden driver), blue when it falls, grey when it stays."""
    a, b = resultado.clasificacion(desde), resultado.clasificacion(hasta)
    ia, da = a.participacion()
    ib, db = b.participacion()
    subida = a.rango_influencia - b.rango_influencia  # > 0: climbs in the indirect ranking

    def dibujar(pintor: QPainter, marco: QRectF) -> None:
        ejes = _Ejes(marco, float(max(da.max(), db.max())), float(max(ia.max(), ib.max())))
        _titulo(pintor, marco, trd("Displacement map: direct → indirect"),
                trd("Arrow from the direct to the indirect position (shares, %); red: rises in influence, blue: falls"))
        ejes.dibujar(pintor, trd("Dependence (%)"), trd("Influence (%)"))
        ti, td = micmac.umbrales(b, resultado.umbral)
        centro = ejes.punto(td, ti)
        pintor.setPen(QPen(QColor("#9E9E9E"), 1.5, Qt.PenStyle.DashLine))
        pintor.drawLine(QLineF(ejes.area.left(), centro.y(), ejes.area.right(), centro.y()))
        pintor.drawLine(QLineF(centro.x(), ejes.area.top(), centro.x(), ejes.area.bottom()))
        etiquetas = _Etiquetas(pintor, _tamano_etiqueta(len(resultado.codigos)))
        finales = [ejes.punto(float(x), float(y)) for x, y in zip(db, ib)]
        for p in finales:
            etiquetas.reservar(QRectF(p.x() - 5, p.y() - 5, 10, 10))
        for i in range(len(resultado.codigos)):
            color = QColor("#C62828") if subida[i] > 0 else QColor("#1565C0") if subida[i] < 0 else QColor("#757575")
            inicio = ejes.punto(float(da[i]), float(ia[i]))
            pintor.setPen(QPen(color, 1.5))
            pintor.setBrush(QColor("white"))
            pintor.drawEllipse(inicio, 4, 4)
            _flecha(pintor, inicio, finales[i], color, 2.0, 12)
        for i in np.argsort(-np.abs(subida)):
            color = QColor("#C62828") if subida[i] > 0 else QColor("#1565C0") if subida[i] < 0 else QColor("#616161")
            etiquetas.colocar(finales[i], resultado.codigos[i], color.darker(120), ejes.area)

    return dibujar


def grafo(resultado: micmac.ResultadoMicmac, maximo: int = 60) -> Dibujo:
    """The strongest direct influences (value 3, or ≥ 2.5 aggregated; at most ``maximo``) as arrows
    between the variables placed on a circle, grouped by quadrant; width grows with the indirect weight."""
    todos = resultado.enlaces_fuertes()
    enlaces = todos[:maximo]
    presentes = sorted({e[0] for e in enlaces} | {e[1] for e in enlaces})
    indice = {c: i for i, c in enumerate(resultado.codigos)}
    orden_cuadrante = {q: k for k, q in enumerate(micmac.CUADRANTES)}
    presentes.sort(key=lambda c: (orden_cuadrante[resultado.cuadrante[indice[c]]], c))

    def dibujar(pintor: QPainter, marco: QRectF) -> None:
        if len(todos) > len(enlaces):
            subtitulo = trd("The {count} strongest of {total} links of strength 3 (by indirect weight); colour: quadrant").format(
                count=len(enlaces), total=len(todos))
        else:
            subtitulo = trd("{count} links of strength 3 (arrow: influences); colour: quadrant of the direct plane").format(count=len(enlaces))
        _titulo(pintor, marco, trd("Graph of the strongest direct influences"), subtitulo)
        if not enlaces:
            pintor.setFont(_fuente(24))
            pintor.setPen(QColor("#616161"))
            pintor.drawText(marco, Qt.AlignmentFlag.AlignCenter, trd("No link of strength 3 in the matrix."))
            return
        centro = QPointF(marco.center().x(), marco.center().y() + 20)
        radio = min(marco.width(), marco.height() - 160) / 2 - 110
        posiciones = {}
        for k, codigo in enumerate(presentes):
            angulo = -math.pi / 2 + 2 * math.pi * k / len(presentes)
            posiciones[codigo] = (QPointF(centro.x() + radio * math.cos(angulo), centro.y() + radio * math.sin(angulo)), angulo)
        pesos = [e[3] for e in enlaces]
        menor, mayor = min(pesos), max(pesos)
        for origen, destino, _valor, peso in sorted(enlaces, key=lambda e: e[3]):
            relativo = (peso - menor) / (mayor - menor) if mayor > menor else 1.0
            color = QColor(COLORES[resultado.cuadrante[indice[origen]]])
            color.setAlpha(int(90 + 150 * relativo))
            p1, p2 = posiciones[origen][0], posiciones[destino][0]
            # a slight curve so that A→B and B→A do not overlap
            medio = QPointF((p1.x() + p2.x()) / 2, (p1.y() + p2.y()) / 2)
            normal = QPointF(-(p2.y() - p1.y()), p2.x() - p1.x())
            largo = math.hypot(normal.x(), normal.y()) or 1.0
            control = QPointF(medio.x() + normal.x() / largo * 30, medio.y() + normal.y() / largo * 30)
            camino = QPainterPath(p1)
            camino.quadTo(control, p2)
            ancho = 1.5 + 4.5 * relativo
            pintor.setPen(QPen(color, ancho))
            pintor.setBrush(Qt.BrushStyle.NoBrush)
            pintor.drawPath(camino)
            largo_camino = max(camino.length(), 1.0)
            fin = camino.pointAtPercent(max(0.0, 1.0 - 14.0 / largo_camino))  # the arrow stops at the node's edge
            antes = camino.pointAtPercent(max(0.0, 1.0 - 30.0 / largo_camino))
            _flecha(pintor, antes, fin, color, ancho, 12 + 3 * relativo)
        fuente = _fuente(_tamano_etiqueta(len(presentes)), True)
        metrica = QFontMetricsF(fuente)
        for codigo, (p, angulo) in posiciones.items():
            color = QColor(COLORES[resultado.cuadrante[indice[codigo]]])
            pintor.setPen(QPen(QColor("white"), 2))
            pintor.setBrush(color)
            pintor.drawEllipse(p, 11, 11)
            pintor.setFont(fuente)
            pintor.setPen(color.darker(130))
            ancho = metrica.horizontalAdvance(codigo)
            x = p.x() + 22 * math.cos(angulo) - (ancho if math.cos(angulo) < -0.2 else ancho / 2 if abs(math.cos(angulo)) <= 0.2 else 0)
            y = p.y() + 22 * math.sin(angulo) + (metrica.ascent() if math.sin(angulo) > 0.2 else metrica.ascent() / 2 if abs(math.sin(angulo)) <= 0.2 else 0)
            pintor.drawText(QPointF(x, y), codigo)
        _leyenda_cuadrantes(pintor, marco, {resultado.cuadrante[indice[c]] for c in presentes})

    return dibujar


def graficos_micmac(resultado: micmac.ResultadoMicmac, carpeta, prefijo: str = "micmac") -> List[Path]:
    """Every chart of a structural analysis as PNG and SVG in ``carpeta``: the direct, indirect,
    potential and potential-indirect planes, the displacement map and the graph. Returns the files."""
    carpeta = Path(carpeta)
    carpeta.mkdir(parents=True, exist_ok=True)
    archivos = []
    for nombre in micmac.CLASIFICACIONES:
        archivos += guardar(plano(resultado, nombre), carpeta / f"{prefijo}_plano_{nombre}", trd("Influence/dependence plane"))
    archivos += guardar(desplazamiento(resultado), carpeta / f"{prefijo}_desplazamiento", trd("Displacement map: direct → indirect"))
    archivos += guardar(grafo(resultado), carpeta / f"{prefijo}_grafo", trd("Graph of the strongest direct influences"))
    return archivos
