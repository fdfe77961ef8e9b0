"""Aportes: the stakeholders' contributions to the preliminary modelo actual.

Two POT layers with the same fields, created on demand: ``aportes`` (points) and ``aportes_areas``
(polygons). Fields: texto, autor, institucion, taller, fecha, estado (pendiente / incorporado /
descartado), respuesta. The technical team walks through the pending ones and answers each.
"""
import uuid
from datetime import date
from typing import List

from qgis.core import QgsFeature, QgsFeatureRequest, QgsGeometry, QgsVectorLayer, QgsWkbTypes

from ..core.errors import PotError
from ..core.i18n import tr, trd

CAPA_PUNTOS = "aportes"
CAPA_AREAS = "aportes_areas"
CAPAS = (CAPA_PUNTOS, CAPA_AREAS)
PENDIENTE = "pendiente"
INCORPORADO = "incorporado"
DESCARTADO = "descartado"
ESTADOS = (PENDIENTE, INCORPORADO, DESCARTADO)
CAMPOS = "field=texto:string&field=autor:string&field=institucion:string&field=taller:string&field=fecha:date" \
         "&field=estado:string&field=respuesta:string"


def etiquetas_estados():
    return {PENDIENTE: tr("pending"), INCORPORADO: tr("incorporated"), DESCARTADO: tr("discarded")}


def asegurar_capas(store) -> list:
    """Create the two aportes layers if the POT lacks them (in one write; a layer another process
    created meanwhile is left as it is). Returns the names created."""
    from ..store.escritura import Escritura

    existentes = store.spatial_layers()
    if all(nombre in existentes for nombre in CAPAS):
        return []
    crs = store.metadata().get("crs", "")
    with Escritura(store) as escritura:
        for nombre, tipo, titulo in (
            (CAPA_PUNTOS, "Point", trd("Contributions (points)")),
            (CAPA_AREAS, "Polygon", trd("Contributions (areas)")),
        ):
            vacia = QgsVectorLayer(f"{tipo}?crs={crs}&{CAMPOS}", nombre, "memory")
            escritura.capa(vacia, nombre, "fase1", titulo, omitir_si_existe=True)
        creadas = escritura.confirmar()
    return [nombre for nombre in creadas.values() if nombre]


def _capa(store, nombre) -> QgsVectorLayer:
    if nombre not in CAPAS:
        raise PotError(tr("“{name}” is not a contributions layer.").format(name=nombre))
    asegurar_capas(store)
    layer = QgsVectorLayer(store.layer_uri(nombre), nombre, "ogr")
    if not layer.isValid():
        raise PotError(tr("The layer “{layer}” cannot be read from {path}.").format(layer=nombre, path=store.path))
    return layer


def anadir(store, geometria: QgsGeometry, texto: str, autor: str = "", institucion: str = "", taller: str = "", fecha=None) -> int:
    """Record one contribution (a point or an area, in the POT's CRS), with its identifier, in one
    write. Returns its feature id."""
    from ..diccionario.vinculos import UID

    if not (texto or "").strip():
        raise PotError(tr("A contribution needs a text."))
    nombre = CAPA_AREAS if geometria.type() == QgsWkbTypes.PolygonGeometry else CAPA_PUNTOS
    layer = _capa(store, nombre)
    entidad = QgsFeature(layer.fields())
    for campo, valor in (
        ("texto", texto.strip()), ("autor", autor), ("institucion", institucion), ("taller", taller),
        ("fecha", (fecha or date.today()).isoformat()), ("estado", PENDIENTE), (UID, str(uuid.uuid4())),
    ):
        entidad[campo] = valor
    entidad.setGeometry(geometria)
    ok, nuevas = layer.dataProvider().addFeatures([entidad])
    if not ok:
        raise PotError(tr("The contribution could not be saved in {path}.").format(path=store.path))
    return nuevas[0].id()


def listar(store, estado: str = "") -> List[dict]:
    """Contributions of both layers (all, or only those in ``estado``), oldest first."""
    filas = []
    for nombre in CAPAS:
        if nombre not in store.spatial_layers():
            continue
        layer = QgsVectorLayer(store.layer_uri(nombre), nombre, "ogr")
        request = QgsFeatureRequest()
        if estado:
            request.setFilterExpression(f"\"estado\" = '{estado}'" if estado != PENDIENTE else "\"estado\" = 'pendiente' OR \"estado\" IS NULL")
        for entidad in layer.getFeatures(request):
            fila = {campo: entidad[campo] for campo in ("texto", "autor", "institucion", "taller", "estado", "respuesta")}
            fila = {k: (None if hasattr(v, "isNull") and v.isNull() else v) for k, v in fila.items()}
            fecha = entidad["fecha"]
            fila["fecha"] = fecha.toString("yyyy-MM-dd") if hasattr(fecha, "toString") and not fecha.isNull() else (fecha or "")
            fila["estado"] = fila["estado"] or PENDIENTE
            fila["capa"], fila["fid"] = nombre, entidad.id()
            fila["geometria"] = QgsGeometry(entidad.geometry())
            filas.append(fila)
    return sorted(filas, key=lambda f: (str(f["fecha"]), f["capa"], f["fid"]))


def pendientes(store) -> List[dict]:
    return listar(store, PENDIENTE)


def responder(store, capa: str, fid: int, estado: str, respuesta: str = "") -> None:
    """Set the status and the team's reply of one contribution."""
    if estado not in ESTADOS:
        raise PotError(tr("“{state}” is not a status of a contribution; use pendiente, incorporado or descartado.").format(state=estado))
    if estado == DESCARTADO and not (respuesta or "").strip():
        raise PotError(tr("Say why the contribution is discarded: the reply is shown to its author."))
    layer = _capa(store, capa)
    if not layer.getFeature(fid).isValid():
        raise PotError(tr("The layer “{layer}” has no contribution {fid}.").format(layer=capa, fid=fid))
    cambios = {fid: {layer.fields().indexOf("estado"): estado, layer.fields().indexOf("respuesta"): respuesta}}
    if not layer.dataProvider().changeAttributeValues(cambios):
        raise PotError(tr("The layer “{layer}” cannot be written (read-only?).").format(layer=capa))
