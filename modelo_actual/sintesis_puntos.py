"""Point and line layers in the territorial units: how many points (deforestation alerts,
population centres) and how many kilometres of line (roads, rivers) each unit holds, and their
densities — per class of a dictionary variable when the layer's field is mapped to one.

A point on the border of two units counts in the first that holds it (units never overlap, so a
point is counted once); a line is measured piece by piece inside each unit (GEOS intersection),
a stretch along a border shared by two units going to the first, so the kilometres of all units add
up to the length of the line inside them.
"""
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry, QgsSpatialIndex, QgsWkbTypes

from .sintesis_superposicion import Cancelado


@dataclass
class Medidas:
    """Per unit: counts (points) or kilometres (lines), in total and by class."""

    total: np.ndarray
    por_clase: dict = field(default_factory=dict)  # class code → np.ndarray
    fuera: int = 0  # points, or line features, outside every unit


def _indice(geometrias):
    indice = QgsSpatialIndex()
    for i, g in enumerate(geometrias):
        indice.addFeature(i, g.boundingBox())
    return indice


def medir(geometrias, crs, layer, contexto, clase_de=None, feedback=None) -> Medidas:
    """Count the points, or measure the lines (km), of ``layer`` in each of ``geometrias`` (the
    units, in ``crs``); ``clase_de(feature)`` gives a feature's class code (or None) for the
    per-class figures."""
    n = len(geometrias)
    resultado = Medidas(np.zeros(n))
    indice = _indice(geometrias)
    motores = {}
    lineas = layer.geometryType() == QgsWkbTypes.LineGeometry
    pedido = QgsFeatureRequest()
    if layer.crs() != crs:
        pedido.setDestinationCrs(crs, contexto)
    metros_a_km = 1.0 / 1000.0

    def motor(i):
        if i not in motores:
            m = QgsGeometry.createGeometryEngine(geometrias[i].constGet())
            m.prepareGeometry()
            motores[i] = m
        return motores[i]

    for k, entidad in enumerate(layer.getFeatures(pedido)):
        if feedback is not None and k % 2000 == 0 and feedback.isCanceled():
            raise Cancelado()
        geometria = entidad.geometry()
        if geometria is None or geometria.isEmpty():
            continue
        clase = clase_de(entidad) if clase_de is not None else None
        destino = resultado.por_clase.setdefault(clase, np.zeros(n)) if clase is not None else None
        candidatas = indice.intersects(geometria.boundingBox())
        if lineas:
            dentro, restante = 0.0, geometria
            for i in sorted(candidatas):
                if not motor(i).intersects(restante.constGet()):
                    continue
                largo = geometrias[i].intersection(restante).length() * metros_a_km
                # What lies on a border shared with the next unit is this unit's: counted once.
                restante = restante.difference(geometrias[i])
                if largo > 0:
                    resultado.total[i] += largo
                    dentro += largo
                    if destino is not None:
                        destino[i] += largo
                if restante.isEmpty():
                    break
            resultado.fuera += dentro == 0.0
            continue
        for parte in geometria.asGeometryCollection() if geometria.isMultipart() else [geometria]:
            for i in sorted(candidatas):
                if motor(i).intersects(parte.constGet()):
                    resultado.total[i] += 1
                    if destino is not None:
                        destino[i] += 1
                    break
            else:
                resultado.fuera += 1
    return resultado


def densidad(valores: np.ndarray, areas_ha: np.ndarray) -> np.ndarray:
    """Per km² (100 ha); NaN for units without area."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(areas_ha > 0, valores / (areas_ha / 100.0), np.nan)
