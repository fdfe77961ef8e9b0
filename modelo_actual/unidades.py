"""The territorial units of the modelo actual from the registered DIT layers: one field per
dictionary variable, whatever the number of layers that feed it, and the points and lines of the
registered point and line layers counted and measured in each unit.

Precedence where layers that map the same variable overlap: the layer registered first gives the
unit its class (the registry's order, as the DIT layer list shows it); the others only fill where
it says nothing. Units where two layers give different classes are the conflict, reported by area.
So the characterisation and the memoria count each hectare once.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsWkbTypes

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from ..core.texto import slug
from . import registro

NOMBRE_PREDETERMINADO = "modelo_actual_unidades"


@dataclass
class Conflicto:
    variable: str
    capas: list  # names of the layers that disagree somewhere
    unidades: int = 0
    area_ha: float = 0.0


@dataclass
class CamposVariables:
    campos: dict = field(default_factory=dict)  # new field → variable code
    conflictos: list = field(default_factory=list)  # [Conflicto]
    fuentes: dict = field(default_factory=dict)  # variable code → [layer names] in precedence order


def capas_poligonales(store, nombres=None):
    """(entry, opened layer) of the registered polygon vector layers (all, or ``nombres`` in that order)."""
    entradas = registro.listar(store)
    if nombres:
        por_nombre = {c.nombre: c for c in entradas}
        faltan = [n for n in nombres if n not in por_nombre]
        if faltan:
            raise PotError(tr("No DIT layer “{name}” is registered in {path}.").format(name=faltan[0], path=store.path))
        entradas = [por_nombre[n] for n in nombres]
    registro.comprobar_fuentes(store, [c for c in entradas if c.tipo == registro.VECTOR])
    elegidas = []
    for capa in entradas:
        if capa.tipo != registro.VECTOR:
            continue
        layer = registro.cargar_capa(capa)
        if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            elegidas.append((capa, layer))
        elif nombres:
            raise PotError(tr("Layer “{name}” is not a polygon layer; the synthesis needs polygons.").format(name=capa.nombre))
    if not elegidas:
        raise PotError(tr("The POT has no registered polygon DIT layer: register some in “Register DIT layer”."))
    return elegidas


def capas_puntos_lineas(store):
    """(entry, opened layer) of the registered point and line vector layers."""
    elegidas = []
    for capa in registro.listar(store):
        if capa.tipo != registro.VECTOR:
            continue
        layer = registro.cargar_capa(capa)
        if layer.geometryType() in (QgsWkbTypes.PointGeometry, QgsWkbTypes.LineGeometry):
            elegidas.append((capa, layer))
    return elegidas


def _libre(nombre: str, usados: set) -> str:
    candidato, n = nombre[:63], 1
    while candidato.lower() in usados:
        n += 1
        candidato = f"{nombre[:60]}_{n}"
    usados.add(candidato.lower())
    return candidato


def un_campo_por_variable(unidades, elegidas) -> CamposVariables:
    """Add to the (temporary) units layer one field per mapped variable (named after it, e.g. "anp"),
    holding the class code after the value map of the first layer, in registry order, that gives
    the unit a value. Returns the new fields, the sources and the conflicts."""
    nombres = {n.lower(): n for n in unidades.fields().names()}
    por_variable = {}  # variable → [(source field index, Mapeo, layer name)]
    for numero, (capa, _layer) in enumerate(elegidas, start=1):
        for mapeo in capa.mapeos:
            origen = nombres.get(f"l{numero}_{mapeo.campo}"[:63].lower())
            if origen is None or not mapeo.variable:
                continue
            por_variable.setdefault(mapeo.variable, []).append((unidades.fields().indexOf(origen), mapeo, capa.nombre))
    resultado = CamposVariables()
    if not por_variable:
        return resultado
    usados = set(nombres)
    destinos = {variable: _libre(variable.lower(), usados) for variable in por_variable}
    proveedor = unidades.dataProvider()
    proveedor.addAttributes([compat.campo(nombre) for nombre in destinos.values()])
    unidades.updateFields()
    indices = {variable: unidades.fields().indexOf(nombre) for variable, nombre in destinos.items()}
    i_area = unidades.fields().indexOf("area_ha")
    conflictos = {variable: Conflicto(variable, []) for variable in por_variable}
    cambios = {}
    for entidad in unidades.getFeatures():
        valores = {}
        for variable, fuentes in por_variable.items():
            clases = [(mapeo.clase(entidad[indice]), nombre) for indice, mapeo, nombre in fuentes]
            presentes = [(c, n) for c, n in clases if c not in (None, "")]
            valores[indices[variable]] = presentes[0][0] if presentes else None
            if len({c for c, _ in presentes}) > 1:
                conflicto = conflictos[variable]
                conflicto.unidades += 1
                conflicto.area_ha += float(entidad[i_area] or 0.0) if i_area >= 0 else entidad.geometry().area() / 1e4
                for _, nombre in presentes:
                    if nombre not in conflicto.capas:
                        conflicto.capas.append(nombre)
        cambios[entidad.id()] = valores
    proveedor.changeAttributeValues(cambios)
    resultado.campos = {destinos[v]: v for v in por_variable}
    resultado.fuentes = {v: [n for _, _, n in fuentes] for v, fuentes in por_variable.items()}
    resultado.conflictos = [c for c in conflictos.values() if c.unidades]
    return resultado


def medir_puntos_y_lineas(unidades, elegidas, contexto, feedback=None) -> list:
    """Add to the units layer, for each registered point layer, its count and density per km²
    ("<layer>_n", "<layer>_dens") and for each line layer its length and density ("<layer>_km",
    "<layer>_km_km2"); when a field of the layer is mapped to a categorical variable, also per class
    ("<variable>_<class>_n" or "_km"). Returns the names of the new fields."""
    from .sintesis_puntos import densidad, medir

    if not elegidas:
        return []
    entidades = list(unidades.getFeatures())
    geometrias = [e.geometry() for e in entidades]
    i_area = unidades.fields().indexOf("area_ha")
    areas = np.array([float(e[i_area]) if i_area >= 0 and e[i_area] is not None else e.geometry().area() / 1e4
                      for e in entidades])
    usados = {n.lower() for n in unidades.fields().names()}
    columnas = {}  # field name → (type, values)
    for capa, layer in elegidas:
        base = slug(capa.nombre, 40) or "capa"
        lineas = layer.geometryType() == QgsWkbTypes.LineGeometry
        mapeo = next((m for m in capa.mapeos if m.variable and layer.fields().indexOf(m.campo) >= 0), None)
        clase_de = None
        if mapeo is not None:
            indice = layer.fields().indexOf(mapeo.campo)

            def clase_de(entidad, indice=indice, mapeo=mapeo):
                return mapeo.clase(entidad[indice])

        medidas = medir(geometrias, unidades.crs(), layer, contexto, clase_de, feedback)
        sufijo, tipo = ("_km", "real") if lineas else ("_n", "entero")
        columnas[_libre(base + sufijo, usados)] = (tipo, medidas.total)
        columnas[_libre(base + ("_km_km2" if lineas else "_dens"), usados)] = ("real", densidad(medidas.total, areas))
        for clase, valores in sorted(medidas.por_clase.items(), key=lambda par: str(par[0])):
            nombre = f"{slug(mapeo.variable, 20)}_{slug(str(clase), 20) or 'x'}{sufijo}"
            columnas[_libre(nombre, usados)] = (tipo, valores)
    proveedor = unidades.dataProvider()
    proveedor.addAttributes([compat.campo(n, t, 20, 6 if t == "real" else 0) for n, (t, _) in columnas.items()])
    unidades.updateFields()
    indices = {n: unidades.fields().indexOf(n) for n in columnas}
    cambios = {}
    for k, entidad in enumerate(entidades):
        cambios[entidad.id()] = {
            indices[n]: (None if v[k] != v[k] else (int(v[k]) if t == "entero" else float(v[k]))) for n, (t, v) in columnas.items()
        }
    proveedor.changeAttributeValues(cambios)
    return list(columnas)
