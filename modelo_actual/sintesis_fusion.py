"""Merging of units under a minimum area into the neighbour that shares the longest border."""
from dataclasses import dataclass

from qgis.core import QgsSpatialIndex

from .sintesis_superposicion import Cancelado, longitud_lineal, unir, validas

# Neighbours with many vertices are clipped near the small unit before measuring the shared border,
# so a sliver next to a huge unit costs little. The margin keeps the clip's cut edges away from it.
VERTICES_RECORTE = 500


@dataclass
class Fusion:
    unidades: list  # [(QgsGeometry, key)]
    fusionadas: int = 0  # units absorbed by a neighbour
    area_fusionada: float = 0.0  # their area, in CRS units²
    aisladas: int = 0  # small units left alone: no neighbour shares a border with them


def fusionar_pequenas(unidades, area_minima, feedback=None, progreso=(85.0, 92.0)):
    """Merge every unit smaller than ``area_minima`` (CRS units²) into its longest-border neighbour.

    Smallest first (ties by position); a group keeps growing until it reaches the minimum, and the
    border of a group with a neighbour is the sum over its members. The merged unit takes the
    attributes (key) of the neighbour that absorbs it.
    """
    areas = [g.area() for g, _ in unidades]
    pequenas = sorted((i for i, a in enumerate(areas) if a < area_minima), key=lambda i: (areas[i], i))
    if area_minima <= 0 or not pequenas:
        return Fusion(list(unidades))
    indice = QgsSpatialIndex()
    cajas = [g.boundingBox() for g, _ in unidades]
    for i, caja in enumerate(cajas):
        indice.addFeature(i, caja)

    # Shared border length of each small unit with each of its neighbours.
    vecinos = {}
    for n, i in enumerate(pequenas):
        if feedback is not None and n % 200 == 0:
            if feedback.isCanceled():
                raise Cancelado()
            feedback.setProgress(progreso[0] + (progreso[1] - progreso[0]) * n / len(pequenas))
        gi = unidades[i][0]
        zona = cajas[i].buffered(max(1.0, cajas[i].width(), cajas[i].height()) * 1e-3)
        largos = {}
        for j in indice.intersects(cajas[i]):
            if j == i:
                continue
            gj = unidades[j][0]
            if gj.constGet().nCoordinates() > VERTICES_RECORTE:
                gj = gj.clipped(zona)
            largo = longitud_lineal(gi.intersection(gj))
            if largo > 0:
                largos[j] = largo
        vecinos[i] = largos

    padre = list(range(len(unidades)))

    def raiz(i):
        while padre[i] != i:
            padre[i] = padre[padre[i]]
            i = padre[i]
        return i

    miembros = {i: [i] for i in pequenas}
    area_grupo = dict(enumerate(areas))
    resultado = Fusion([])
    for i in pequenas:
        if raiz(i) != i or area_grupo[i] >= area_minima:
            continue  # already absorbed, or grown big enough by absorbing others
        bordes = {}
        for m in miembros[i]:
            for j, largo in vecinos.get(m, {}).items():
                r = raiz(j)
                if r != i:
                    bordes[r] = bordes.get(r, 0.0) + largo
        if not bordes:
            resultado.aisladas += 1
            continue
        destino = max(bordes, key=lambda r: (bordes[r], area_grupo[r], -r))
        padre[i] = destino
        area_grupo[destino] += area_grupo[i]
        miembros.setdefault(destino, [destino]).extend(miembros.pop(i))

    for i, (geometria, clave) in enumerate(unidades):
        if raiz(i) != i:
            resultado.fusionadas += 1
            resultado.area_fusionada += areas[i]
            continue
        grupo = miembros.get(i, [i])
        if len(grupo) == 1:
            resultado.unidades.append((geometria, clave))
            continue
        for parte in validas(unir([unidades[m][0] for m in grupo])):
            resultado.unidades.append((parte, clave))
    return resultado
