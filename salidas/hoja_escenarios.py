"""The scenarios' comparison sheet (sheet type "escenarios"): the maps of one variable side by side —
the current model and each scenario, on the same frame and at the same scale — with one legend, the
table of each map's values (area per class, or total and area-weighted mean) where the map sheet has
its location inset, and the membrete.

A subclass of the map sheet (``ConstructorHoja``): its column, legend fitting, note and membrete are
the map sheet's; it overrides what the map frame holds (``mapa_principal``: a grid of small maps),
the legend (one entry, named after the variable, not filtered by one map) and the inset (the table).
The catalogue entry (``catalogo.hojas_de_escenarios``) lists the maps to compare in
``capa_variable["comparar"]`` as [layer, field, title]; the exporter styles each by the sheet's variable
and passes the table (``opciones_de_exportacion``).
"""
from __future__ import annotations

import math

from qgis.core import QgsLayoutItemMap, QgsLayoutMeasurement, QgsRectangle, QgsUnitTypes, QgsWkbTypes
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor

from ..core.i18n import trd
from .escalas import formatear_decimal, proponer_escala
from .hoja import ConstructorHoja, tipo_de_hoja
from .lienzo import LINEA, SEPARACION, ajustar_aspecto

LETRAS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
MAXIMO_FILAS = 14  # rows of the table before "…"


def valor_de_tabla(valor) -> str:
    if valor is None:
        return "–"
    return formatear_decimal(valor, 0 if abs(valor) >= 100 else 1)


@tipo_de_hoja
class HojaEscenarios(ConstructorHoja):
    TIPO = "escenarios"

    def __init__(self, project, metadatos, hoja, layers, variable=None, context_layer=None, logos=(), ambito_layer=None,
                 avisos=None, encuadre=None, tabla=None):
        super().__init__(project, metadatos, hoja, layers, variable, context_layer, logos, ambito_layer, avisos, encuadre)
        por_capa = dict(zip(hoja.capas, layers[-len(hoja.capas):] if hoja.capas else []))
        comparar = (hoja.capa_variable or {}).get("comparar") or []
        if not comparar and (hoja.capa_variable or {}).get("capa"):  # a re-targeted sheet: its one layer
            capa = hoja.capa_variable["capa"]
            comparar = [[capa, hoja.capa_variable.get("campo", ""), por_capa[capa].name() if capa in por_capa else capa]]
        self.comparadas = [(titulo, por_capa[capa]) for capa, _campo, titulo in comparar if capa in por_capa]
        nombres = {capa for capa, _c, _t in comparar}
        self.fondo = [layer for capa, layer in por_capa.items() if capa not in nombres and layer is not None and layer.isValid()]
        self.tabla = list(tabla or [])  # [label, unit, value of each compared map…]

    @classmethod
    def opciones_de_exportacion(cls, store, hoja) -> dict:
        """The table of values of the compared maps (``prospectiva.capa_escenario.tabla_comparativa``)."""
        from ..prospectiva import capa_escenario

        comparar = (hoja.capa_variable or {}).get("comparar") or []
        if not comparar or not hoja.variable:
            return {"tabla": []}
        tabla = capa_escenario.tabla_comparativa(store)
        columna_de = {c["capa"]: c["codigo"] for c in tabla["columnas"]}
        filas = []
        for fila in tabla["filas"]:
            if fila["variable"] != hoja.variable:
                continue
            unidad = "ha" if fila["medida"] == "area_ha" else (fila["unidad"] or "")
            filas.append([fila["etiqueta"], unidad] + [fila["valores"].get(columna_de.get(capa)) for capa, _c, _t in comparar])
        return {"tabla": filas}

    # -- the maps -------------------------------------------------------------------------------------
    def margen_grilla(self) -> float:
        return 0.0  # small maps: no coordinate grid around them

    def mapa_principal(self, rect: QRectF):
        """A grid of maps, one per compared layer, each with its letter and title above it."""
        n = max(len(self.comparadas), 1)
        g = self.mm(SEPARACION)
        alto_titulo = self.alto_texto(self.fuente("seccion"), 1)
        extent = self.extension()
        if extent.isNull() or extent.isEmpty():
            extent = QgsRectangle.fromCenterAndSize(extent.center(), 1000.0, 1000.0)
        metros = QgsUnitTypes.fromUnitToUnitFactor(self.crs.mapUnits(), QgsUnitTypes.DistanceMeters)
        mejor = None
        for columnas in range(1, n + 1):
            filas = math.ceil(n / columnas)
            ancho = (rect.width() - (columnas - 1) * g) / columnas
            alto = (rect.height() - (filas - 1) * g) / filas - alto_titulo
            if ancho <= 0 or alto <= 0:
                continue
            escala = proponer_escala(extent.width() * metros, extent.height() * metros, ancho, alto)
            if mejor is None or escala < mejor[0]:
                mejor = (escala, columnas, ancho, alto)
        escala, columnas, ancho, alto = mejor
        self.escala = int(self.escala_fija or self.hoja.escala or escala)
        poligonos = [b for b in self.fondo if b.geometryType() == QgsWkbTypes.PolygonGeometry]
        encima = [b for b in self.fondo if b.geometryType() != QgsWkbTypes.PolygonGeometry]
        self.mapa = None
        for k, (titulo, capa) in enumerate(self.comparadas):
            x = rect.x() + (k % columnas) * (ancho + g)
            y = rect.y() + (k // columnas) * (alto + alto_titulo + g)
            self.texto(f"{LETRAS[k % len(LETRAS)]}. {titulo}", "seccion", x, y, ancho, f"subtitulo{k + 1}", alinear=Qt.AlignmentFlag.AlignLeft)
            mapa = QgsLayoutItemMap(self.layout)
            self._colocar(mapa, x, y + alto_titulo, ancho, alto, "mapa" if k == 0 else f"mapa{k + 1}")
            mapa.setCrs(self.crs)
            mapa.setLayers(encima + poligonos[:1] + [capa] + poligonos[1:])  # the ámbito's outline over the theme
            mapa.setKeepLayerSet(True)
            mapa.setBackgroundColor(QColor("white"))
            mapa.setFrameEnabled(True)
            mapa.setFrameStrokeWidth(QgsLayoutMeasurement(self.mm(LINEA), QgsUnitTypes.LayoutMillimeters))
            mapa.setExtent(ajustar_aspecto(extent, ancho, alto))
            mapa.setScale(self.escala)
            if self.mapa is None:
                self.mapa = mapa
                self.norte(QRectF(x + (min(columnas, n) - 1) * (ancho + g), y + alto_titulo, ancho, alto))
        if self.mapa is None:  # nothing to compare: an empty frame keeps the sheet's shape
            self.mapa = QgsLayoutItemMap(self.layout)
            self._colocar(self.mapa, rect.x(), rect.y(), rect.width(), rect.height(), "mapa")
            self.mapa.setExtent(ajustar_aspecto(extent, rect.width(), rect.height()))
        self.intervalo_grilla = 0

    # -- legend: the variable's classes once (the compared maps share them), and the reference layers -------------
    def crear_leyenda(self):
        todas = self.layers
        repetidas = {capa.id() for _t, capa in self.comparadas[1:]}
        self.layers = [capa for capa in todas if capa is not None and capa.id() not in repetidas]
        try:
            super().crear_leyenda()
        finally:
            self.layers = todas
        if self.variable is not None and self.comparadas:
            identificador = self.comparadas[0][1].id()
            if identificador in self.textos_leyenda:
                titulo = self.variable.nombre + (f" ({self.variable.unidad})" if self.variable.unidad else "")
                self.textos_leyenda[identificador] = (titulo, self.textos_leyenda[identificador][1])

    def construir(self):
        layout = super().construir()
        self.leyenda.setLegendFilterByMapEnabled(False)  # every class, whichever map shows it
        return layout

    # -- the table where the map sheet has its inset ---------------------------------------------------------
    def ubicacion(self, x, y, ancho, alto):
        letras = [LETRAS[k % len(LETRAS)] for k in range(len(self.comparadas))]
        cursor = y + self.texto(trd("VALUES OF THE MAPS"), "seccion", x, y, ancho, "tabla:titulo")
        filas = self.tabla[:MAXIMO_FILAS]
        if len(self.tabla) > MAXIMO_FILAS:
            filas.append([trd("… and {count} more rows").format(count=len(self.tabla) - MAXIMO_FILAS), ""] + [None] * len(letras))
        if not filas:
            self.texto(trd("No values to compare."), "nota", x, cursor, ancho, "tabla:vacia", alinear=Qt.AlignmentFlag.AlignLeft)
            return
        ancho_valor = min(self.mm(16.0), ancho * 0.6 / max(len(letras), 1))
        ancho_etiqueta = ancho - ancho_valor * len(letras)
        reduccion = 1.0
        for reduccion in (1.0, 0.9, 0.8):  # smaller text before rows are lost
            fuente = self.fuente("normal", reduccion)
            alto_filas = sum(self.alto_texto(fuente, len(self.envolver(self._rotulo(f), fuente, ancho_etiqueta - 1.0))) for f in filas)
            if cursor - y + self.alto_texto(fuente, 1) + alto_filas <= alto:
                break
        encabezado = self.alto_texto(self.fuente("normal", reduccion), 1)
        for k, letra in enumerate(letras):
            self.texto(letra, "rotulo", x + ancho_etiqueta + k * ancho_valor, cursor, ancho_valor, f"tabla:columna-{k + 1}",
                       alinear=Qt.AlignmentFlag.AlignRight, reduccion=reduccion)
        cursor += encabezado
        self.separador(x, cursor, ancho, "tabla:linea")
        for i, fila in enumerate(filas):
            alto_fila = self.texto(self._rotulo(fila), "normal", x, cursor, ancho_etiqueta, f"tabla:fila-{i + 1}",
                                   alinear=Qt.AlignmentFlag.AlignLeft, reduccion=reduccion)
            for k, valor in enumerate(fila[2:]):
                self.texto(valor_de_tabla(valor) if fila[1] or valor is not None else "", "normal", x + ancho_etiqueta + k * ancho_valor,
                           cursor, ancho_valor, f"tabla:valor-{i + 1}-{k + 1}", alinear=Qt.AlignmentFlag.AlignRight, reduccion=reduccion)
            cursor += alto_fila

    @staticmethod
    def _rotulo(fila) -> str:
        return f"{fila[0]} ({fila[1]})" if fila[1] else str(fila[0])
