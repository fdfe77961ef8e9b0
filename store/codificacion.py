"""The text encoding of a shapefile that does not declare one.

A shapefile says its encoding in a ``.cpg`` file or in its DBF header (LDID). Without either, GDAL
hands the bytes over as they are and QGIS decodes them as UTF-8: a Latin-1 file then shows U+FFFD
where its accents were, and a copy into the POT would keep them so for good. Here the declared
encoding wins; without one the raw bytes are tried as UTF-8, then read as Latin-1, with a warning.
The user can always choose (``codificacion``).
"""
from __future__ import annotations

from osgeo import gdal, ogr
from qgis.core import QgsProviderRegistry, QgsVectorLayer

from ..core.gdal_silencio import gdal_silencioso
from ..core.i18n import tr

LATIN1 = "ISO-8859-1"
CODIFICACIONES = ("", "UTF-8", LATIN1, "windows-1252")  # "" = automatic


def _ruta_shapefile(layer) -> str:
    if layer is None or not layer.isValid() or layer.providerType() != "ogr":
        return ""
    if layer.dataProvider().storageType() != "ESRI Shapefile":
        return ""
    ruta = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
    return ruta if isinstance(ruta, str) else ""


def _abrir(ruta: str, opciones=()):
    with gdal_silencioso():
        try:
            return gdal.OpenEx(ruta, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=list(opciones))
        except RuntimeError:
            return None


def declarada(ruta: str) -> str:
    """The encoding the shapefile declares (.cpg or DBF header), or ""."""
    ds = _abrir(ruta)
    if ds is None or ds.GetLayerCount() == 0:
        return ""
    return ds.GetLayer(0).GetMetadataItem("SOURCE_ENCODING", "SHAPEFILE") or ""


def es_utf8(ruta: str) -> bool:
    """Whether every text value of the shapefile, as raw bytes, is valid UTF-8."""
    ds = _abrir(ruta, ["ENCODING="])  # no recoding: the bytes as stored
    if ds is None or ds.GetLayerCount() == 0:
        return True
    capa = ds.GetLayer(0)
    defn = capa.GetLayerDefn()
    textos = [i for i in range(defn.GetFieldCount()) if defn.GetFieldDefn(i).GetType() == ogr.OFTString]
    for entidad in capa:
        for i in textos:
            if entidad.IsFieldSetAndNotNull(i):
                try:
                    bytes(entidad.GetFieldAsBinary(i)).decode("utf-8")
                except UnicodeDecodeError:
                    return False
    return True


def con_codificacion(layer, codificacion: str = "", avisos=None):
    """``layer`` read with the right text encoding: the one asked for, else the declared one, else
    UTF-8 when its bytes are UTF-8, else Latin-1 (said in ``avisos``). Other layers pass through."""
    ruta = _ruta_shapefile(layer)
    if not ruta:
        return layer
    if not codificacion:
        if declarada(ruta) or es_utf8(ruta):
            return layer
        codificacion = LATIN1
        if avisos is not None:
            avisos.append(
                tr(
                    "{path} declares no text encoding (no .cpg file) and is not UTF-8: it was read as Latin-1 "
                    "(ISO-8859-1). If its accents look wrong, choose its encoding and add it again."
                ).format(path=ruta)
            )
    otra = QgsVectorLayer(layer.source(), layer.name(), "ogr")
    otra.setProviderEncoding(codificacion)
    if layer.subsetString():
        otra.setSubsetString(layer.subsetString())
    return otra
