"""Vertex-on-segment snapping of the rings of one tile, before GEOS nodes them (numpy only).

DIT layers are usually cut to one shared outline (the ámbito), so each layer carries that outline
split at its own points: the places where its own edges meet it, computed in floating point and so
lying a few nanometres off the outline's segments. GEOS's floating noding cannot node such
near-coincident segments; it falls back to a snapping noder whose result is not fully noded, and
polygonize then silently loses whole faces (hectares of them).

Here every vertex that lies within ``tolerancia`` of another segment's interior is inserted into
that segment. Near-coincident pieces of outline then become the very same segments (which the noding
receives once), and T-junctions become nodes: what is left for GEOS are proper crossings, which its
floating noding handles. Boundaries move by at most the misalignment they had (nanometres), so areas
do not change measurably.
"""
import numpy as np


def inicios_de_segmento(anillos):
    """All ring points stacked, and the index of the first point of every segment."""
    puntos = np.vstack(anillos).astype("<f8", copy=False)
    ultimo = np.cumsum([len(a) for a in anillos]) - 1
    es_inicio = np.ones(len(puntos), dtype=bool)
    es_inicio[ultimo] = False
    return puntos, np.flatnonzero(es_inicio)


def _pares_por_celdas(puntos, a, b, tolerancia):
    """Candidate (point, segment) pairs: the point falls in a grid cell that the segment's box
    (grown by the tolerance) touches. Cells are about 1.5 median segment lengths (measured fastest)."""
    largo = np.hypot(*(b - a).T)
    lado = max(float(np.median(largo)) * 1.5 if len(largo) else 1.0, 1000 * tolerancia, 1e-9)
    origen = np.minimum(puntos.min(axis=0), np.minimum(a, b).min(axis=0)) - 2 * tolerancia
    i0 = np.floor((np.minimum(a[:, 0], b[:, 0]) - tolerancia - origen[0]) / lado).astype(np.int64)
    i1 = np.floor((np.maximum(a[:, 0], b[:, 0]) + tolerancia - origen[0]) / lado).astype(np.int64)
    j0 = np.floor((np.minimum(a[:, 1], b[:, 1]) - tolerancia - origen[1]) / lado).astype(np.int64)
    j1 = np.floor((np.maximum(a[:, 1], b[:, 1]) + tolerancia - origen[1]) / lado).astype(np.int64)
    anchos, altos = i1 - i0 + 1, j1 - j0 + 1
    cuantas = anchos * altos
    segmento = np.repeat(np.arange(len(a)), cuantas)
    # Position of each (segment, cell) record inside its segment's box, row by row.
    local = np.arange(len(segmento)) - np.repeat(np.cumsum(cuantas) - cuantas, cuantas)
    columnas = np.int64(1) + int(max(i1.max(initial=0), 0))
    celda_seg = (j0[segmento] + local // anchos[segmento]) * columnas + (i0[segmento] + local % anchos[segmento])
    ip = np.floor((puntos[:, 0] - origen[0]) / lado).astype(np.int64)
    jp = np.floor((puntos[:, 1] - origen[1]) / lado).astype(np.int64)
    celda_pto = jp * columnas + ip
    orden = np.argsort(celda_seg, kind="stable")
    celda_seg, segmento = celda_seg[orden], segmento[orden]
    desde = np.searchsorted(celda_seg, celda_pto, side="left")
    hasta = np.searchsorted(celda_seg, celda_pto, side="right")
    cuantos = hasta - desde
    punto = np.repeat(np.arange(len(puntos)), cuantos)
    posicion = np.repeat(desde, cuantos) + (np.arange(len(punto)) - np.repeat(np.cumsum(cuantos) - cuantos, cuantos))
    return punto, segmento[posicion]


def encajar(anillos, tolerancia):
    """The rings with every vertex that lies within ``tolerancia`` of a segment's interior inserted
    into that segment (in order along it). Returns (new rings, number of vertices inserted)."""
    if not anillos:
        return anillos, 0
    puntos, inicios = inicios_de_segmento(anillos)
    a, b = puntos[inicios], puntos[inicios + 1]
    # Distinct vertices: a complex view sorts as (x, y) pairs, much faster than unique(axis=0).
    distintos = np.unique(np.ascontiguousarray(puntos).view(np.complex128).ravel())
    vertices = np.column_stack((distintos.real, distintos.imag))
    p, s = _pares_por_celdas(vertices, a, b, tolerancia)
    if not len(p):
        return anillos, 0
    # Plain 1-D arrays: gathers and arithmetic on them are several times faster than on (n, 2).
    dx, dy = b[:, 0] - a[:, 0], b[:, 1] - a[:, 1]
    largo2 = dx * dx + dy * dy
    sdx, sdy = dx[s], dy[s]
    vx = vertices[:, 0][p] - a[:, 0][s]
    vy = vertices[:, 1][p] - a[:, 1][s]
    cruz = vx * sdy - vy * sdx
    cerca = np.flatnonzero(cruz * cruz <= tolerancia * tolerancia * largo2[s])
    # Strictly inside the segment: a vertex equal to an end gives exactly 0 or exactly largo2.
    producto = vx[cerca] * sdx[cerca] + vy[cerca] * sdy[cerca]
    dentro = (producto > 0) & (producto < largo2[s[cerca]])
    cerca = cerca[dentro]
    if not len(cerca):
        return anillos, 0
    p, s, t = p[cerca], s[cerca], producto[dentro] / largo2[s[cerca]]
    # Rebuild the stacked points with the new vertices after the first point of their segment,
    # ordered along it; ring boundaries follow from the counts.
    inicio_de = inicios[s]
    claves_viejas = np.arange(len(puntos))
    orden = np.lexsort((np.r_[np.full(len(puntos), -1.0), t], np.r_[np.zeros(len(puntos)), np.ones(len(p))],
                        np.r_[claves_viejas, inicio_de]))
    todos = np.vstack([puntos, vertices[p]])[orden]
    largos = np.array([len(r) for r in anillos])
    anillo_de_punto = np.repeat(np.arange(len(anillos)), largos)
    nuevos_por_anillo = np.bincount(anillo_de_punto[inicio_de], minlength=len(anillos))
    cortes = np.cumsum(largos + nuevos_por_anillo)[:-1]
    return np.split(todos, cortes), len(cerca)
