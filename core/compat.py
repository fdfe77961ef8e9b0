"""What differs between the QGIS versions we support (3.22 to 3.44), in one place.

Newer QGIS moved many enums into ``Qgis`` and enforces their types (3.40 refuses a
``LabelPredefinedPointPosition`` where a ``LabelPlacement`` is expected, although both have an
``OverPoint``), and deprecated ``QVariant.Type`` field types for ``QMetaType.Type``. Each name here
resolves to the right spelling for the running QGIS, so callers write one line for every version.
"""
from __future__ import annotations

from qgis.core import Qgis, QgsField, QgsPalLayerSettings
from qgis.PyQt.QtCore import QVariant

_PLACEMENT = getattr(Qgis, "LabelPlacement", QgsPalLayerSettings)  # Qgis.LabelPlacement since 3.26

ETIQUETA_SOBRE_PUNTO = _PLACEMENT.OverPoint
ETIQUETA_ALREDEDOR = _PLACEMENT.AroundPoint
ETIQUETA_HORIZONTAL = _PLACEMENT.Horizontal
ETIQUETA_CURVA = _PLACEMENT.Curved

try:  # QgsField(name, QMetaType.Type) since 3.38; QVariant.Type is deprecated there
    from qgis.PyQt.QtCore import QMetaType

    QgsField("probe", QMetaType.Type.QString)
    _TIPOS = {
        "texto": QMetaType.Type.QString,
        "entero": QMetaType.Type.Int,
        "entero64": QMetaType.Type.LongLong,
        "real": QMetaType.Type.Double,
        "fecha": QMetaType.Type.QDate,
        "fecha_hora": QMetaType.Type.QDateTime,
        "logico": QMetaType.Type.Bool,
    }
except TypeError:
    _TIPOS = {
        "texto": QVariant.String,
        "entero": QVariant.Int,
        "entero64": QVariant.LongLong,
        "real": QVariant.Double,
        "fecha": QVariant.Date,
        "fecha_hora": QVariant.DateTime,
        "logico": QVariant.Bool,
    }


def campo(nombre: str, tipo: str = "texto", largo: int = 0, precision: int = 0) -> QgsField:
    """A QgsField of a plain type (``texto``, ``entero``, ``entero64``, ``real``, ``fecha``,
    ``fecha_hora``, ``logico``) for any supported QGIS."""
    return QgsField(nombre, _TIPOS[tipo], "", largo, precision)


def tipo_campo(tipo: str):
    """The field type value the running QGIS wants for ``tipo`` (see ``campo``)."""
    return _TIPOS[tipo]


# -- Processing ---------------------------------------------------------------------------------
def campos_de_parametro(algoritmo, parametros, nombre, contexto) -> list:
    """The field names of a field parameter (``parameterAsFields`` is deprecated since 3.32)."""
    leer = getattr(algoritmo, "parameterAsStrings", None) or algoritmo.parameterAsFields
    return list(leer(parametros, nombre, contexto) or [])


# -- geometry -----------------------------------------------------------------------------------
def rectangulo_vacio():
    """An empty rectangle that ``combineExtentWith`` grows from (``setMinimal`` became ``setNull``)."""
    from qgis.core import QgsRectangle

    rect = QgsRectangle()
    (getattr(rect, "setNull", None) or rect.setMinimal)()
    return rect


# -- layouts ------------------------------------------------------------------------------------
def _formato(font, color=None):
    from qgis.core import QgsTextFormat

    formato = QgsTextFormat.fromQFont(font)
    if color is not None:
        formato.setColor(color)
    return formato


def fuente_de_rotulo(etiqueta, font, color=None) -> None:
    """Font (and colour) of a layout label: a text format since 3.24, font and colour before."""
    if hasattr(etiqueta, "setTextFormat"):
        if color is None:
            color = etiqueta.textFormat().color()
        etiqueta.setTextFormat(_formato(font, color))
        return
    etiqueta.setFont(font)
    if color is not None:
        etiqueta.setFontColor(color)


def leer_fuente_de_rotulo(etiqueta):
    """The QFont a layout label draws with (for checks), on any supported QGIS."""
    if hasattr(etiqueta, "textFormat"):
        return etiqueta.textFormat().toQFont()
    return etiqueta.font()


def fuente_de_leyenda(leyenda, estilo, font) -> None:
    """Font of one legend style: the style's text format since 3.30, ``setStyleFont`` before."""
    if hasattr(leyenda, "rstyle") and hasattr(leyenda.rstyle(estilo), "setTextFormat"):
        color = leyenda.rstyle(estilo).textFormat().color()
        leyenda.rstyle(estilo).setTextFormat(_formato(font, color))
        return
    leyenda.setStyleFont(estilo, font)


def leer_fuente_de_leyenda(leyenda, estilo):
    if hasattr(leyenda, "rstyle") and hasattr(leyenda.rstyle(estilo), "textFormat"):
        return leyenda.rstyle(estilo).textFormat().toQFont()
    return leyenda.styleFont(estilo)


# -- widgets ------------------------------------------------------------------------------------
def filtro_de_capas(*tipos):
    """A layer-combo filter from ``"poligono"``, ``"vector"``, ``"raster"``, ``"linea"``, ``"punto"``
    (``Qgis.LayerFilters`` since 3.34; OR-ing two bare members there picks the deprecated overload)."""
    from qgis.core import QgsMapLayerProxyModel

    nombres = {"poligono": "PolygonLayer", "vector": "VectorLayer", "raster": "RasterLayer", "linea": "LineLayer",
               "punto": "PointLayer"}
    if hasattr(Qgis, "LayerFilters"):
        filtro = Qgis.LayerFilters()
        for tipo in tipos:
            filtro |= getattr(Qgis.LayerFilter, nombres[tipo])
        return filtro
    filtro = getattr(QgsMapLayerProxyModel, nombres[tipos[0]])
    for tipo in tipos[1:]:
        filtro = filtro | getattr(QgsMapLayerProxyModel, nombres[tipo])
    return filtro


# -- labels -------------------------------------------------------------------------------------
def etiquetas_sin_perdida(ajustes) -> None:
    """Labels drawn even where they collide (never silently dropped): the overlap handling of
    QgsLabelPlacementSettings since 3.26, ``displayAll`` before (deprecated there)."""
    if hasattr(Qgis, "LabelOverlapHandling") and hasattr(ajustes, "placementSettings"):
        colocacion = ajustes.placementSettings()
        colocacion.setOverlapHandling(Qgis.LabelOverlapHandling.AllowOverlapIfRequired)
        colocacion.setAllowDegradedPlacement(True)
        ajustes.setPlacementSettings(colocacion)
        return
    ajustes.displayAll = True
