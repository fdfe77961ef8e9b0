"""User-editable sheet designs: QGIS layout templates (.qpt), one per sheet size and orientation.

A team may draw its own sheet in QGIS's layout designer and save it as a template named after the
sheet it replaces, ``A3_horizontal.qpt``, ``A1_vertical.qpt``…, in one folder (POT metadata key
``plantillas_carpeta``, relative to the GeoPackage's folder, or the TEMPLATES parameter of
pot:exportar_mapas). Sheets without a template keep the built-in Peruvian sheet (salidas/hoja.py).

In a template, items are found by their id:

* ``mapa`` (required): the map item; it gets the sheet's layers, extent (the ámbito) and scale;
* ``titulo``, ``numero``, ``escala``, ``datum``, ``ambito``, ``fuentes``, ``fecha``, ``elaborado``
  (and ``entidad``, ``plan``, ``fase``, ``escala-trabajo``, ``revisado``, ``aprobado``): labels that
  get the same texts as the built-in membrete;
* ``leyenda``: a legend filled from the dictionary like the built-in one, filtered by map content.

Scale bars, a north arrow picture with the id ``norte`` and the overviews of other maps that are
not linked to a map are linked to ``mapa``; the
rest of the template (page size, logos, frames, fixed texts) is kept as drawn. A template that is not
valid XML, not a layout or has no ``mapa`` map item raises PotError naming the file and the problem;
the exporter then draws that sheet with the built-in design and reports a warning.
"""
from pathlib import Path

from qgis.core import (
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsPrintLayout,
    QgsReadWriteContext,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from ..core.errors import PotError
from ..core.i18n import tr
from .escalas import proponer_escala
from .hoja import _Hoja, ajustar_aspecto
from .leyenda import llenar_leyenda

EXTENSION = ".qpt"


def nombre_plantilla(tamano: str, orientacion: str) -> str:
    """``A3_horizontal.qpt``: the template file of a sheet size and orientation."""
    return f"{tamano}_{orientacion}{EXTENSION}"


def _error(ruta, problema: str) -> PotError:
    return PotError(tr("The layout template {path} cannot be used: {problem}.").format(path=ruta, problem=problema))


def leer_plantilla(ruta) -> QDomDocument:
    """The template's XML document; PotError naming the file when it is unreadable or not a layout."""
    ruta = Path(ruta)
    try:
        datos = ruta.read_bytes()
    except OSError as error:
        raise _error(ruta, error.strerror or str(error)) from error
    documento = QDomDocument()
    correcto, mensaje, linea, _columna = documento.setContent(datos)
    if not correcto:
        raise _error(ruta, tr("it is not valid XML ({error}, line {line})").format(error=mensaje, line=linea))
    if documento.documentElement().tagName() != "Layout":
        raise _error(ruta, tr("it is not a QGIS layout template"))
    return documento


def cargar_plantilla(project, ruta, documento=None) -> QgsPrintLayout:
    """A print layout made from the template at ``ruta`` (``documento``: its XML, if already read).
    PotError naming the file when it cannot be loaded or lacks the map item "mapa"."""
    documento = documento if documento is not None else leer_plantilla(ruta)
    layout = QgsPrintLayout(project)
    _items, correcto = layout.loadFromTemplate(documento, QgsReadWriteContext())
    if not correcto:
        raise _error(ruta, tr("it is not a QGIS layout template"))
    if not isinstance(layout.itemById("mapa"), QgsLayoutItemMap):
        raise _error(ruta, tr("it has no map item with the id “mapa”"))
    return layout


class Plantillas:
    """The templates of one export: looked up by sheet size and orientation, each read once."""

    def __init__(self, carpeta=None):
        self.carpeta = Path(carpeta) if carpeta else None
        self._leidas = {}  # path -> QDomDocument or PotError

    def ruta(self, hoja):
        """The template file for ``hoja``, or None when the folder holds none for its size."""
        if self.carpeta is None:
            return None
        ruta = self.carpeta / nombre_plantilla(hoja.tamano, hoja.orientacion)
        return ruta if ruta.is_file() else None

    def documento(self, ruta) -> QDomDocument:
        if ruta not in self._leidas:
            try:
                self._leidas[ruta] = leer_plantilla(ruta)
            except PotError as error:
                self._leidas[ruta] = error
        leida = self._leidas[ruta]
        if isinstance(leida, PotError):
            raise leida
        return leida


def construir_con_plantilla(project, metadatos, hoja, layers, variable, ruta, documento=None, avisos=None,
                            encuadre=None) -> QgsPrintLayout:
    """The sheet ``hoja`` drawn with the template at ``ruta``: its map shows ``layers`` framed like
    the built-in sheet, its labels get the membrete's texts, its legend the sheet's classes."""
    avisos = avisos if avisos is not None else []
    layout = cargar_plantilla(project, ruta, documento)
    constructor = _Hoja(project, metadatos, hoja, layers, variable, None, (), None, avisos, encuadre)
    layout.setName(constructor.layout.name())
    mapa = layout.itemById("mapa")
    mapa.setCrs(constructor.crs)
    mapa.setLayers(constructor.layers)
    mapa.setKeepLayerSet(True)
    ancho, alto = mapa.rect().width(), mapa.rect().height()
    extent = constructor.extension()
    if extent.isNull() or extent.isEmpty():
        extent = QgsRectangle.fromCenterAndSize(extent.center(), 1000.0, 1000.0)
    metros = QgsUnitTypes.fromUnitToUnitFactor(constructor.crs.mapUnits(), QgsUnitTypes.DistanceMeters)
    # The frame in millimetres on paper, whatever units the template uses.
    a_mm = layout.convertFromLayoutUnits(1.0, QgsUnitTypes.LayoutMillimeters).length()
    escala = hoja.escala or proponer_escala(extent.width() * metros, extent.height() * metros, ancho * a_mm, alto * a_mm)
    constructor.escala = int(escala)
    mapa.setExtent(ajustar_aspecto(extent, ancho, alto))
    mapa.setScale(constructor.escala)
    constructor.mapa = mapa

    textos = constructor.textos_membrete()
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel) and item.id() in textos:
            item.setText(textos[item.id()])
        elif isinstance(item, QgsLayoutItemScaleBar) and item.linkedMap() is None:
            item.setLinkedMap(mapa)
        elif isinstance(item, QgsLayoutItemPicture) and item.id() == "norte" and item.linkedMap() is None:
            item.setLinkedMap(mapa)  # the north arrow follows the map's rotation
        elif isinstance(item, QgsLayoutItemMap) and item is not mapa:
            for indice in range(item.overviews().size()):
                overview = item.overviews().overview(indice)
                if overview.linkedMap() is None:
                    overview.setLinkedMap(mapa)
    leyenda = layout.itemById("leyenda")
    if isinstance(leyenda, QgsLayoutItemLegend):
        llenar_leyenda(leyenda, constructor.layers)
        leyenda.setLinkedMap(mapa)
        leyenda.setLegendFilterByMapEnabled(True)
        leyenda.adjustBoxSize()
    layout.refresh()
    return layout
