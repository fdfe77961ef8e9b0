"""Zonal statistics of rasters per territorial unit, with GDAL and numpy.

The units are burnt into the raster's own grid with ``gdal.RasterizeLayer`` (a pixel belongs to the
unit that holds its centre; units never overlap, so each pixel has at most one), block by block, and
numpy aggregates each block: pixel count, sum, min, max and, for integer rasters, the count of each
class, from which the majority class comes (ties go to the smallest class). Units that hold no pixel
centre, or only NoData, get NULL.
"""
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import QgsCoordinateTransform, QgsGeometry

from ..core.errors import PotError
from ..core.i18n import tr
from .sintesis_superposicion import Cancelado

PIXELES_POR_BLOQUE = 4_000_000
TIPOS_ENTEROS = {gdal.GDT_Byte, gdal.GDT_UInt16, gdal.GDT_Int16, gdal.GDT_UInt32, gdal.GDT_Int32}


@dataclass
class Zonales:
    """Per-unit results (numpy arrays, NaN = NULL). ``mayoria`` is None for non-integer rasters."""

    pixeles: np.ndarray
    media: np.ndarray
    minimo: np.ndarray
    maximo: np.ndarray
    mayoria: np.ndarray = None

    def valores(self, i):
        """Unit ``i``'s values in the order of the output fields (None = NULL)."""
        fila = [] if self.mayoria is None else [None if np.isnan(self.mayoria[i]) else int(self.mayoria[i])]
        return fila + [None if np.isnan(v[i]) else float(v[i]) for v in (self.media, self.minimo, self.maximo)]


def _abrir(capa):
    fuente = capa.source()
    conjunto = gdal.Open(fuente) if capa.providerType() == "gdal" else None
    if conjunto is None:
        raise PotError(
            tr("Raster “{name}” cannot be read with GDAL (a file is needed, not a web service).").format(name=capa.name())
        )
    return conjunto


def _capa_ogr(geometrias, wkt_crs):
    """An in-memory OGR layer of the units with their index in field ``uid``."""
    datos = ogr.GetDriverByName("Memory").CreateDataSource("unidades")
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt_crs)
    capa = datos.CreateLayer("u", srs, ogr.wkbPolygon)
    capa.CreateField(ogr.FieldDefn("uid", ogr.OFTInteger))
    definicion = capa.GetLayerDefn()
    for i, geometria in enumerate(geometrias):
        entidad = ogr.Feature(definicion)
        entidad.SetField(0, i)
        entidad.SetGeometryDirectly(ogr.CreateGeometryFromWkb(bytes(geometria.asWkb())))
        capa.CreateFeature(entidad)
    return datos, capa


def estadisticas_zonales(geometrias, crs_unidades, capa_raster, contexto_transformacion, feedback=None):
    """Zonal statistics of band 1 of ``capa_raster`` for each geometry (in ``crs_unidades``)."""
    conjunto = _abrir(capa_raster)
    banda = conjunto.GetRasterBand(1)
    n = len(geometrias)
    entero = banda.DataType in TIPOS_ENTEROS
    sin_dato = banda.GetNoDataValue()

    # Units in the raster's CRS.
    if capa_raster.crs() != crs_unidades:
        transformacion = QgsCoordinateTransform(crs_unidades, capa_raster.crs(), contexto_transformacion)
        movidas = []
        for g in geometrias:
            g = QgsGeometry(g)
            g.transform(transformacion)
            movidas.append(g)
        geometrias = movidas
    datos, capa = _capa_ogr(geometrias, conjunto.GetProjection() or capa_raster.crs().toWkt())

    # Pixel window holding the units (north-up rasters; rotated ones use the whole raster).
    gt = conjunto.GetGeoTransform()
    ancho, alto = conjunto.RasterXSize, conjunto.RasterYSize
    x0, x1, y0, y1 = capa.GetExtent()
    if gt[2] == 0 and gt[4] == 0:
        cols = sorted(((x0 - gt[0]) / gt[1], (x1 - gt[0]) / gt[1]))
        filas = sorted(((y1 - gt[3]) / gt[5], (y0 - gt[3]) / gt[5]))
        c0, c1 = max(0, int(np.floor(cols[0]))), min(ancho, int(np.ceil(cols[1])))
        f0, f1 = max(0, int(np.floor(filas[0]))), min(alto, int(np.ceil(filas[1])))
    else:
        c0, c1, f0, f1 = 0, ancho, 0, alto

    pixeles = np.zeros(n, dtype=np.int64)
    suma = np.zeros(n, dtype=float)
    minimo = np.full(n, np.inf)
    maximo = np.full(n, -np.inf)
    clases = []  # (uid, value, count) arrays per block
    if c1 > c0 and f1 > f0:
        ancho_ventana = c1 - c0
        filas_bloque = max(1, PIXELES_POR_BLOQUE // ancho_ventana)
        memoria = gdal.GetDriverByName("MEM")
        for fila in range(f0, f1, filas_bloque):
            if feedback is not None and feedback.isCanceled():
                raise Cancelado()
            alto_bloque = min(filas_bloque, f1 - fila)
            origen_x = gt[0] + c0 * gt[1] + fila * gt[2]
            origen_y = gt[3] + c0 * gt[4] + fila * gt[5]
            etiquetas = memoria.Create("", ancho_ventana, alto_bloque, 1, gdal.GDT_Int32)
            etiquetas.SetGeoTransform((origen_x, gt[1], gt[2], origen_y, gt[4], gt[5]))
            etiquetas.SetProjection(conjunto.GetProjection())
            etiquetas.GetRasterBand(1).Fill(-1)
            if gt[2] == 0 and gt[4] == 0:  # only the units near this block
                capa.SetSpatialFilterRect(
                    origen_x, origen_y + alto_bloque * gt[5], origen_x + ancho_ventana * gt[1], origen_y
                )
            gdal.RasterizeLayer(etiquetas, [1], capa, options=["ATTRIBUTE=uid"])
            uid = etiquetas.GetRasterBand(1).ReadAsArray()
            valores = banda.ReadAsArray(c0, fila, ancho_ventana, alto_bloque)
            validos = uid >= 0
            if sin_dato is not None:
                validos &= valores != sin_dato
            if not entero:
                validos &= np.isfinite(valores)
            uid, valores = uid[validos], valores[validos]
            if not len(uid):
                continue
            pixeles += np.bincount(uid, minlength=n)
            suma += np.bincount(uid, weights=valores.astype(float), minlength=n)
            orden = np.argsort(uid, kind="stable")
            uid_o, val_o = uid[orden], valores[orden].astype(float)
            inicios = np.flatnonzero(np.r_[True, uid_o[1:] != uid_o[:-1]])
            grupos = uid_o[inicios]
            minimo[grupos] = np.minimum(minimo[grupos], np.minimum.reduceat(val_o, inicios))
            maximo[grupos] = np.maximum(maximo[grupos], np.maximum.reduceat(val_o, inicios))
            if entero:
                pares, cuenta = np.unique(np.stack([uid, valores.astype(np.int64)]), axis=1, return_counts=True)
                clases.append((pares[0], pares[1], cuenta))
    del datos

    con_datos = pixeles > 0
    resultado = Zonales(
        pixeles=pixeles,
        media=np.where(con_datos, suma / np.maximum(pixeles, 1), np.nan),
        minimo=np.where(con_datos, minimo, np.nan),
        maximo=np.where(con_datos, maximo, np.nan),
    )
    if entero:
        resultado.mayoria = np.full(n, np.nan)
        if clases:
            uid = np.concatenate([c[0] for c in clases])
            valor = np.concatenate([c[1] for c in clases])
            cuenta = np.concatenate([c[2] for c in clases])
            pares, inverso = np.unique(np.stack([uid, valor]), axis=1, return_inverse=True)
            total = np.bincount(inverso.ravel(), weights=cuenta)
            # Most pixels first, then the smallest class: the first row of each unit wins.
            orden = np.lexsort((pares[1], -total, pares[0]))
            uid_o = pares[0][orden]
            primeros = np.flatnonzero(np.r_[True, uid_o[1:] != uid_o[:-1]])
            resultado.mayoria[uid_o[primeros]] = pares[1][orden][primeros]
    return resultado
