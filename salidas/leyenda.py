"""The legend of a sheet: entries from the dictionary (themes first, then the base features as
conventional signs), every label wrapped to its column, and the fitting that tries more columns,
then slightly smaller text (never below the sheet's minimum), before cutting with a warning."""
from qgis.core import (
    QgsLayoutItemLegend,
    QgsLayoutMeasurement,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt

from ..core import compat
from ..core.i18n import tr, trd
from .estilos import es_tematica
from .lienzo import LINEA


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




class LeyendaMixin:
    """The legend of a sheet drawn by a ``Lienzo`` subclass with ``layers``: measured once with all
    its entries, then fitted to the first box where it fits (``ajustar_leyenda``)."""

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
