"""Observed series per territorial unit, read from QGIS layers, for the trend projection.

Two sources:
- events (e.g. the yearly deforestation alerts: points with a date and an area): per unit and year,
  the number of events whose location falls inside the unit, or the sum of a value field. Every year
  from the first to the last event counts (0 where a unit had none); a year without any event in
  the whole layer is a gap in the data and stops with a message naming the layer and the year.
  Events outside every unit are counted and reported. A point on a shared border goes to the first
  unit (in feature order) that contains it; non-point events are placed at their centroid.
- fields of the units layer, one per year (the year is the 4-digit number in the field's name,
  e.g. ``perdida_2019``); an empty value is a gap, named with the unit and the year.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import List, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

from ..core.errors import PotError
from ..core.i18n import tr

ANIO_RE = re.compile(r"(?<!\d)(19\d\d|20\d\d|21\d\d)(?!\d)")


@dataclass
class Series:
    ids: List[str]  # unit ids (the id field's values, pot_uid, or feature ids)
    fids: List[int]  # feature ids in the units layer
    anios: List[int]
    valores: np.ndarray  # units × years
    area_ha: np.ndarray  # per unit
    fuera: int = 0  # events outside every unit
    origen: str = ""


def _nulo(valor) -> bool:
    return valor is None or (isinstance(valor, QVariant) and valor.isNull())


def anio_de(valor) -> Optional[int]:
    """The year of a date/datetime/text ("2023-05-01", "2023") or whole number; None when it has none."""
    if isinstance(valor, str) and valor[:4].isdigit() and (len(valor) == 4 or not valor[4].isdigit()):
        return int(valor[:4])  # the common case, ISO text: no regular expression
    if _nulo(valor):
        return None
    if isinstance(valor, QDateTime):
        valor = valor.date()
    if isinstance(valor, QDate):
        return valor.year() if valor.isValid() else None
    if isinstance(valor, (datetime.date, datetime.datetime)):
        return valor.year
    if isinstance(valor, (int, float)) and float(valor).is_integer() and 1800 <= int(valor) <= 2200:
        return int(valor)
    coincide = re.match(r"^\s*(\d{4})(?:\D|$)", str(valor))
    return int(coincide.group(1)) if coincide else None


def _ids(unidades: QgsVectorLayer, campo_id: str):
    if campo_id and unidades.fields().indexOf(campo_id) < 0:
        raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=unidades.name(), field=campo_id))
    if not campo_id and unidades.fields().indexOf("pot_uid") >= 0:
        campo_id = "pot_uid"
    fids, ids = [], []
    for f in unidades.getFeatures(QgsFeatureRequest().setNoAttributes() if not campo_id else QgsFeatureRequest()):
        fids.append(f.id())
        ids.append(str(f[campo_id]) if campo_id and not _nulo(f[campo_id]) else str(f.id()))
    return fids, ids


def areas_ha(unidades: QgsVectorLayer, fids: List[int]) -> np.ndarray:
    """Area of every unit in ha, measured on its geometry (planar in a projected CRS, as the synthesis
    of the modelo actual measures; on the ellipsoid in a geographic one). A stored area field is not
    trusted: a unit edited since would carry a stale one."""
    medidor = QgsDistanceArea()
    medidor.setSourceCrs(unidades.crs(), QgsCoordinateTransformContext())
    if unidades.crs().isGeographic():
        medidor.setEllipsoid(unidades.crs().ellipsoidAcronym() or "EPSG:7030")
    por_fid = {}
    for f in unidades.getFeatures(QgsFeatureRequest().setFilterFids(fids).setNoAttributes()):
        geometria = f.geometry()
        area = medidor.measureArea(geometria) if not geometria.isNull() else 0.0
        por_fid[f.id()] = area / 10000.0  # m²: on the ellipsoid, or the projected CRS's metres
    return np.array([por_fid.get(fid, 0.0) for fid in fids])


def series_de_eventos(unidades: QgsVectorLayer, eventos: QgsVectorLayer, campo_fecha: str, campo_valor: str = "",
                      campo_id: str = "", contexto=None, feedback=None) -> Series:
    """Per unit and year: the count of events inside the unit, or the sum of ``campo_valor``."""
    for capa, campo in ((eventos, campo_fecha), (eventos, campo_valor)):
        if campo and capa.fields().indexOf(campo) < 0:
            raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=capa.name(), field=campo))
    if unidades.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise PotError(tr("The layer “{layer}” is not a polygon layer; the units must be polygons.").format(layer=unidades.name()))
    fids, ids = _ids(unidades, campo_id)
    posicion = {fid: k for k, fid in enumerate(fids)}
    indice = QgsSpatialIndex(unidades.getFeatures(QgsFeatureRequest().setNoAttributes()))
    geometrias = {}
    transformacion = None
    if eventos.crs() != unidades.crs():
        transformacion = QgsCoordinateTransform(eventos.crs(), unidades.crs(), contexto or QgsCoordinateTransformContext())
    registros = []  # (unit position, year, value)
    fuera = 0
    total = max(1, eventos.featureCount())
    atributos = [eventos.fields().indexOf(campo_fecha)] + ([eventos.fields().indexOf(campo_valor)] if campo_valor else [])
    peticion = QgsFeatureRequest().setSubsetOfAttributes(atributos)
    for n, evento in enumerate(eventos.getFeatures(peticion)):
        if feedback is not None and n % 2000 == 0:
            if feedback.isCanceled():
                raise PotError(tr("The projection was cancelled."))
            feedback.setProgress(80.0 * n / total)
        anio = anio_de(evento[campo_fecha])
        if anio is None:
            raise PotError(tr("Layer “{layer}”, feature {fid}: “{value}” in {field} is not a date or a year.").format(
                layer=eventos.name(), fid=evento.id(), value=evento[campo_fecha], field=campo_fecha))
        valor = 1.0
        if campo_valor:
            bruto = evento[campo_valor]
            if _nulo(bruto):
                continue
            try:
                valor = float(bruto)
            except (TypeError, ValueError):
                raise PotError(tr("Layer “{layer}”, feature {fid}: “{value}” in {field} is not a number.").format(
                    layer=eventos.name(), fid=evento.id(), value=bruto, field=campo_valor)) from None
        geometria = evento.geometry()
        if geometria.isNull() or geometria.isEmpty():
            continue
        if geometria.type() != QgsWkbTypes.PointGeometry or geometria.isMultipart():
            geometria = geometria.centroid()
        if transformacion is not None:
            geometria = QgsGeometry(geometria)
            geometria.transform(transformacion)
        punto = geometria.asPoint()
        abstracto = geometria.constGet()
        unidad = None
        # a point's bounding box is empty, which the spatial index ignores: ask with a tiny rectangle
        caja = QgsRectangle(punto.x() - 1e-9, punto.y() - 1e-9, punto.x() + 1e-9, punto.y() + 1e-9)
        for fid in sorted(indice.intersects(caja)):
            if fid not in geometrias:
                poligono = next(unidades.getFeatures(QgsFeatureRequest(fid).setNoAttributes())).geometry()
                motor = QgsGeometry.createGeometryEngine(poligono.constGet())
                motor.prepareGeometry()
                geometrias[fid] = (poligono, motor)  # the engine points into the geometry: keep both alive
            if geometrias[fid][1].intersects(abstracto):
                unidad = posicion[fid]
                break
        if unidad is None:
            fuera += 1
            continue
        registros.append((unidad, anio, valor))
    if not registros:
        raise PotError(tr("No event of “{events}” falls inside the units of “{units}” (check both layers' CRS and extent).").format(
            events=eventos.name(), units=unidades.name()))
    anios_con_eventos = sorted({r[1] for r in registros})
    anios = list(range(anios_con_eventos[0], anios_con_eventos[-1] + 1))
    vacios = [a for a in anios if a not in set(anios_con_eventos)]
    if vacios:
        raise PotError(tr(
            "The layer “{layer}” has no event inside the units in {year}, between {first} and {last}: a gap in the data. "
            "Use a layer that covers every year, or one without that year."
        ).format(layer=eventos.name(), year=vacios[0], first=anios[0], last=anios[-1]))
    valores = np.zeros((len(fids), len(anios)))
    filas = np.array([r[0] for r in registros])
    columnas = np.array([r[1] - anios[0] for r in registros])
    np.add.at(valores, (filas, columnas), np.array([r[2] for r in registros]))
    return Series(ids, fids, anios, valores, areas_ha(unidades, fids), fuera, eventos.name())


def anio_de_campo(nombre: str) -> Optional[int]:
    coincide = ANIO_RE.findall(nombre)
    return int(coincide[-1]) if coincide else None


def series_de_campos(unidades: QgsVectorLayer, campos: List[str], campo_id: str = "") -> Series:
    """Per unit, the values of the fields ``campos`` (one per year; the year is read from the name).
    Gaps (empty values) are kept as NaN for ``proyeccion.validar_series`` to name."""
    anios = []
    for campo in campos:
        if unidades.fields().indexOf(campo) < 0:
            raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=unidades.name(), field=campo))
        anio = anio_de_campo(campo)
        if anio is None:
            raise PotError(tr("The field “{field}” of “{layer}” has no year in its name (e.g. perdida_2019).").format(
                field=campo, layer=unidades.name()))
        anios.append(anio)
    fids, ids = _ids(unidades, campo_id)
    orden = np.argsort(anios, kind="stable")
    campos = [campos[k] for k in orden]
    anios = [anios[k] for k in orden]
    por_fid = {}
    for f in unidades.getFeatures():
        fila = []
        for campo in campos:
            valor = f[campo]
            try:
                fila.append(np.nan if _nulo(valor) else float(valor))
            except (TypeError, ValueError):
                raise PotError(tr("Layer “{layer}”, unit {unit}: “{value}” in {field} is not a number.").format(
                    layer=unidades.name(), unit=f.id(), value=valor, field=campo)) from None
        por_fid[f.id()] = fila
    valores = np.array([por_fid[fid] for fid in fids], dtype=float).reshape(len(fids), len(campos))
    return Series(ids, fids, anios, valores, areas_ha(unidades, fids), 0, unidades.name())
