"""The workshop's comparison sheet: two layers side by side (two alternatives, two scenarios, or
any two layers linked to variables), the lettered workshop grid on both, each with its legend.

A sheet type (``TIPO = "comparacion"``) that reuses the map sheet's canvas, text styles and legend
fitting (``Lienzo``, ``LeyendaMixin``): no fonts or sizes of its own.
"""
import os
from pathlib import Path

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor

from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..diccionario import repositorio
from ..store.pot_store import table_names
from .catalogo import Hoja
from .escalas import formatear_numero
from .estilos import estilo_variable
from .hoja import tipo_de_hoja
from .leyenda import LeyendaMixin
from .lienzo import LINEA, MARGEN, SEPARACION, Lienzo, ajustar_aspecto
from .rejilla import Rejilla, capas_de_fondo, letra_columna

ROJO_REJILLA = QColor(200, 0, 0)  # grid lines and letters stand out from any map colour


def pares_para_comparar(store) -> list:
    """Two (title, layer, variable, field) to compare: the first two scenarios or alternatives that
    have a layer, else the first two layers linked to a variable."""
    existentes = set(store.spatial_layers())
    with store.connect(readonly=True) as conn:
        tablas = table_names(conn)
        for tabla in ("pot_alternativas", "pot_escenarios"):
            if tabla in tablas:
                columnas = {r[1] for r in conn.execute(f'PRAGMA table_info("{tabla}")')}
                if {"nombre", "capa"} <= columnas:
                    filas = [dict(r) for r in conn.execute(f'SELECT * FROM "{tabla}" ORDER BY fid')]
                    filas = [f for f in filas if f["capa"] in existentes]
                    if len(filas) >= 2:
                        return [(f["nombre"], f["capa"], f.get("variable") or "", f.get("campo") or "") for f in filas[:2]]
        enlaces = [dict(r) for r in conn.execute("SELECT capa, campo, variable FROM pot_campos ORDER BY fid")]
    titulos = {r["capa"]: r["titulo"] or r["capa"] for r in store.registered_layers()}
    pares = [(titulos.get(e["capa"], e["capa"]), e["capa"], e["variable"], e["campo"]) for e in enlaces if e["capa"] in existentes]
    return pares[:2]


def par_de_capa(store, capa: str):
    existentes = set(store.spatial_layers())
    if capa not in existentes:
        raise PotError(tr("The POT {path} has no layer “{layer}” to compare.").format(path=store.path, layer=capa))
    titulos = {r["capa"]: r["titulo"] or r["capa"] for r in store.registered_layers()}
    with store.connect(readonly=True) as conn:
        enlace = conn.execute("SELECT campo, variable FROM pot_campos WHERE capa = ? ORDER BY fid", (capa,)).fetchone()
    return titulos.get(capa, capa), capa, enlace["variable"] if enlace else "", enlace["campo"] if enlace else ""



@tipo_de_hoja
class HojaComparacion(Lienzo, LeyendaMixin):
    """Two maps side by side with the workshop grid. ``opciones``: ``pares`` [(title, styled
    layer)], ``rejilla`` (Rejilla), ``fondo`` (base layers drawn under and over the themes)."""

    TIPO = "comparacion"

    def __init__(self, project, metadatos, hoja, layers=(), variable=None, context_layer=None, logos=(),
                 ambito_layer=None, avisos=None, encuadre=None, pares=(), rejilla=None, fondo=()):
        super().__init__(project, metadatos, hoja, avisos)
        self.pares = list(pares)
        self.rejilla = rejilla
        self.fondo = list(fondo)

    def construir(self):
        self.pagina()
        m, g = self.mm(MARGEN), self.mm(SEPARACION)
        titulo = trd("Comparison: {a} / {b}").format(a=self.pares[0][0], b=self.pares[1][0]).upper()
        y = m + self.texto(titulo, "titulo", m, m, self.ancho - 2 * m, "titulo")
        nota = trd("{plan} – grid cells: column letter and row number (e.g. C4); interval {interval} m.").format(
            plan=self.metadatos.get("nombre", ""), interval=formatear_numero(self.rejilla.intervalo))
        alto_nota = self.alto_texto(self.fuente("nota"), len(self.envolver(nota, self.fuente("nota"), self.ancho - 2 * m)))
        ancho_mapa = (self.ancho - 3 * m) / 2
        alto_leyenda = self.alto * 0.2
        poligonos = [b for b in self.fondo if b.geometryType() == QgsWkbTypes.PolygonGeometry]
        encima = [b for b in self.fondo if b.geometryType() != QgsWkbTypes.PolygonGeometry]
        for i, (nombre, layer) in enumerate(self.pares):
            x = m + i * (ancho_mapa + m)
            alto_sub = self.texto(nombre, "seccion", x, y, ancho_mapa, f"subtitulo{i + 1}")
            letras = self.mm(6.0)  # room for the column letters above the map
            y_mapa = y + alto_sub + letras
            alto_mapa = self.alto - y_mapa - alto_leyenda - alto_nota - 2 * g - m
            mapa = self.mapa(QRectF(x + letras, y_mapa, ancho_mapa - letras, alto_mapa), encima + [layer] + poligonos,
                             layer.crs(), f"mapa{i + 1}")
            self.layers = [layer]
            self.crear_leyenda()
            self.leyenda.setTitle("")
            self.leyenda.setId(f"leyenda{i + 1}")
            self.ajustar_leyenda([(ancho_mapa, alto_leyenda)])
            self.leyenda.attemptMove(QgsLayoutPoint(x, y_mapa + alto_mapa + g))
            self.leyenda.setLinkedMap(mapa)
            self.leyenda.setLegendFilterByMapEnabled(True)
        self.texto(nota, "nota", m, self.alto - m - alto_nota, self.ancho - 2 * m, "nota", alinear=Qt.AlignmentFlag.AlignLeft)
        self.layout.undoStack().blockCommands(False)
        return self.layout

    def mapa(self, rect: QRectF, layers, crs, item_id):
        mapa = QgsLayoutItemMap(self.layout)
        self._colocar(mapa, rect.x(), rect.y(), rect.width(), rect.height(), item_id)
        mapa.setLayers(layers)
        mapa.setKeepLayerSet(True)
        mapa.setFrameEnabled(True)
        mapa.setFrameStrokeWidth(QgsLayoutMeasurement(self.mm(LINEA), QgsUnitTypes.LayoutMillimeters))
        mapa.setCrs(crs)
        xmin, ymin, xmax, ymax = self.rejilla.extent
        mapa.setExtent(ajustar_aspecto(QgsRectangle(xmin, ymin, xmax, ymax), rect.width(), rect.height()))
        grid = QgsLayoutItemMapGrid(trd("Workshop grid"), mapa)
        grid.setUnits(QgsLayoutItemMapGrid.MapUnit)
        grid.setIntervalX(self.rejilla.intervalo)
        grid.setIntervalY(self.rejilla.intervalo)
        grid.setGridLineColor(ROJO_REJILLA)
        grid.setGridLineWidth(self.mm(0.3))
        grid.setAnnotationEnabled(False)
        mapa.grids().addGrid(grid)
        self.rotulos_rejilla(mapa, item_id)
        return mapa

    def rotulos_rejilla(self, mapa, item_id) -> None:
        """The column letters above and the row numbers left of a map, placed on its cells."""
        extent, rect, posicion = mapa.extent(), mapa.rect(), mapa.positionWithUnits()
        x_mm, y_mm = posicion.x(), posicion.y()
        xmin, _, _, ymax = self.rejilla.extent
        paso = self.rejilla.intervalo
        lado = self.mm(6.0)
        for i in range(self.rejilla.cols):
            px = x_mm + (xmin + (i + 0.5) * paso - extent.xMinimum()) / extent.width() * rect.width()
            self.rotulo(letra_columna(i), px - lado / 2, y_mm - lado, lado, f"{item_id}:columna-{i}")
        for j in range(self.rejilla.rows):
            py = y_mm + (extent.yMaximum() - (ymax - (j + 0.5) * paso)) / extent.height() * rect.height()
            self.rotulo(str(j + 1), x_mm - lado, py - lado / 2, lado, f"{item_id}:fila-{j}")

    def rotulo(self, texto, x, y, lado, item_id):
        from qgis.core import QgsLayoutItemLabel

        from ..core import compat

        etiqueta = QgsLayoutItemLabel(self.layout)
        etiqueta.setText(texto)
        compat.fuente_de_rotulo(etiqueta, self.fuente("seccion"), ROJO_REJILLA)
        etiqueta.setHAlign(Qt.AlignmentFlag.AlignHCenter)
        etiqueta.setVAlign(Qt.AlignmentFlag.AlignVCenter)
        self._colocar(etiqueta, x, y, lado, lado, item_id)


def hoja_comparativa(store, destino, pares, rejilla: Rejilla, tamano: str = "A1", dpi: int = 150) -> Path:
    """Export the comparison sheet of ``pares`` [(title, layer, variable code, field)] to ``destino``."""
    from .exportar import ajustes_pdf

    if len(pares) != 2:
        raise PotError(tr("The comparison sheet needs two layers; the POT {path} offers {count}.").format(
            path=store.path, count=len(pares)))
    variables = {v.codigo: v for v in repositorio.cargar(store)}
    proyecto = QgsProject()
    fondo = capas_de_fondo(store)
    for base in fondo:
        proyecto.addMapLayer(base, False)
    estilizados = []
    for nombre, capa, codigo, campo in pares:
        layer = QgsVectorLayer(store.layer_uri(capa), nombre, "ogr")
        variable = variables.get(codigo)
        if variable is not None and variable.clases and campo and layer.fields().indexFromName(campo) >= 0:
            estilo_variable(layer, variable, campo)
        proyecto.addMapLayer(layer, False)
        estilizados.append((nombre, layer))
    hoja = Hoja(trd("Comparison"), trd("Comparison"), tipo=HojaComparacion.TIPO, tamano=tamano)
    layout = HojaComparacion(proyecto, store.metadata(), hoja, pares=estilizados, rejilla=rejilla, fondo=fondo).construir()
    destino = Path(destino)
    temporal = destino.with_name(f".{destino.stem}.part.pdf")
    resultado = QgsLayoutExporter(layout).exportToPdf(str(temporal), ajustes_pdf(dpi))
    if resultado != QgsLayoutExporter.Success:
        temporal.unlink(missing_ok=True)
        raise PotError(tr("The PDF {path} could not be written (QGIS error {code})").format(path=destino, code=resultado))
    os.replace(temporal, destino)
    del layout
    proyecto.clear()
    return destino
