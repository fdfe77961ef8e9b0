"""Layers brought into the POT clipped to its ámbito, in its CRS, before the store copies them.

``preparar(layer, ambito, crs)`` returns a memory layer: every feature reprojected to the POT's CRS,
repaired when invalid, cut to the ámbito (features wholly outside are left out and counted); with
``recortar=False`` the whole layer (a context layer) only reprojected. So every area the POT later
computes (tables, characterisation, memoria) is an area inside the ámbito, in the POT's CRS. The
source layer is only read.
"""
from __future__ import annotations

from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core.errors import PotError
from ..core.i18n import tr
from ..store.escritura import FAMILIAS, comprobar_origen, error_geometrias_ajenas


AREA_ASTILLA_M2 = 10_000.0
FRACCION_ASTILLA = 1e-4


@dataclass
class Recorte:
    capa: QgsVectorLayer  # the memory layer to hand to the store
    leidas: int = 0
    fuera: int = 0  # features wholly outside the ámbito, left out
    recortadas: int = 0  # features cut at the ámbito's edge
    reparadas: int = 0
    sin_geometria: int = 0


def ambito_del_pot(store, nombre: str = "ambito") -> QgsGeometry | None:
    """The POT's ámbito as one geometry in the POT's CRS, or None when the POT has no ámbito layer."""
    if nombre not in store.spatial_layers():
        return None
    capa = QgsVectorLayer(store.layer_uri(nombre), nombre, "ogr")
    partes = [f.geometry() for f in capa.getFeatures() if f.hasGeometry() and not f.geometry().isEmpty()]
    if not partes:
        return None
    union = QgsGeometry.unaryUnion(partes) if len(partes) > 1 else partes[0]
    return union if union.isGeosValid() else union.makeValid()


def _tipo_de_salida(layer) -> int:
    """Multi-part geometry type of the layer (clipping may split a feature), 2-D."""
    tipo = QgsWkbTypes.flatType(layer.wkbType())
    if QgsWkbTypes.geometryType(tipo) in (QgsWkbTypes.PolygonGeometry, QgsWkbTypes.LineGeometry):
        return QgsWkbTypes.multiType(tipo)
    return tipo


def _misma_dimension(geometria: QgsGeometry, tipo_geometrico) -> QgsGeometry:
    """The parts of an intersection with the layer's own dimension (a polygon touching the edge
    gives lines and points too)."""
    if geometria.type() == tipo_geometrico and QgsWkbTypes.flatType(geometria.wkbType()) != QgsWkbTypes.GeometryCollection:
        return geometria
    partes = [p for p in geometria.asGeometryCollection() if p.type() == tipo_geometrico and not p.isEmpty()]
    return QgsGeometry.collectGeometry(partes) if partes else QgsGeometry()


def _astilla(recortada: QgsGeometry, area_original: float) -> bool:
    """A polygon that only grazes the ámbito: what is left inside is under a hectare and under
    0.01 % of the feature (limits of different surveys touch along the edge, e.g. the districts of
    the neighbouring province). It would add a nameless sliver, and its name to the map."""
    if recortada.type() != QgsWkbTypes.PolygonGeometry:
        return False
    area = recortada.area()
    return area < min(AREA_ASTILLA_M2, area_original * FRACCION_ASTILLA)


def preparar(layer, ambito: QgsGeometry | None, crs, contexto=None, recortar: bool = True, feedback=None) -> Recorte:
    """The memory copy of ``layer`` in ``crs``, cut to ``ambito`` (in ``crs``) unless ``recortar`` is
    False or there is no ámbito. PotError when the layer has no CRS."""
    comprobar_origen(layer)
    tipo = _tipo_de_salida(layer)
    tipo_geometrico = QgsWkbTypes.geometryType(tipo)
    memoria = QgsVectorLayer(f"{QgsWkbTypes.displayString(tipo)}?crs={crs.authid()}", layer.name(), "memory")
    clave = set(layer.primaryKeyAttributes()) if layer.providerType() == "ogr" else set()
    indices = [i for i in range(layer.fields().count())
               if not (i in clave and layer.fields().at(i).name().lower() == "fid")]  # the GeoPackage row id
    memoria.dataProvider().addAttributes([layer.fields().at(i) for i in indices])
    memoria.updateFields()
    transformar = QgsCoordinateTransform(layer.crs(), crs, contexto or QgsCoordinateTransformContext())
    cortar = recortar and ambito is not None and tipo_geometrico != QgsWkbTypes.NullGeometry
    motor = None
    if cortar:
        motor = QgsGeometry.createGeometryEngine(ambito.constGet())
        motor.prepareGeometry()
    resultado = Recorte(memoria)
    entidades = []
    ajenas = {}  # features of another geometry family than the layer's: refused, never dropped in silence
    for n, entidad in enumerate(layer.getFeatures(QgsFeatureRequest())):
        if feedback is not None and n % 500 == 0 and feedback.isCanceled():
            raise PotError(tr("Cancelled."))
        resultado.leidas += 1
        geometria = QgsGeometry(entidad.geometry()) if entidad.hasGeometry() else QgsGeometry()
        if not geometria.isNull() and not geometria.isEmpty():
            if tipo_geometrico in FAMILIAS and geometria.type() != tipo_geometrico:
                familia = FAMILIAS.get(geometria.type(), "coleccion")
                ajenas[familia] = ajenas.get(familia, 0) + 1
                continue
            if layer.crs() != crs:
                geometria.transform(transformar)
            if geometria.type() == QgsWkbTypes.PolygonGeometry and not geometria.isGeosValid():
                geometria = _misma_dimension(geometria.makeValid(), tipo_geometrico)
                resultado.reparadas += 1
            if cortar:
                if not motor.intersects(geometria.constGet()):
                    resultado.fuera += 1
                    continue
                if not motor.contains(geometria.constGet()):
                    area = geometria.area()
                    geometria = _misma_dimension(geometria.intersection(ambito), tipo_geometrico)
                    resultado.recortadas += 1
                    if geometria.isEmpty() or _astilla(geometria, area):
                        resultado.fuera += 1
                        continue
            if QgsWkbTypes.isMultiType(tipo):
                geometria.convertToMultiType()
        else:
            resultado.sin_geometria += 1
        nueva = QgsFeature(memoria.fields())
        nueva.setGeometry(geometria)
        atributos = entidad.attributes()
        nueva.setAttributes([atributos[i] for i in indices])
        entidades.append(nueva)
    if ajenas:
        raise error_geometrias_ajenas(layer.name(), FAMILIAS[tipo_geometrico], ajenas)
    if not memoria.dataProvider().addFeatures(entidades):
        raise PotError(tr("The layer “{layer}” could not be copied: {error}").format(
            layer=layer.name(), error=memoria.dataProvider().lastError()))
    memoria.updateExtents()
    return resultado
