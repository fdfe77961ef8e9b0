"""Overlay of polygon layers into faces: the geometric core of the synthesis of the modelo actual.

How (one pass, no layer-after-layer union):

1. The domain is cut into tiles by recursive halving until each tile holds about ``VERTICES_POR_TESELA``
   vertices: GEOS noding and polygonize grow faster than linearly with size (4 layers × 3,000 cells:
   6.5 s in one piece, 2.2 s in 56 tiles). Polygons with many vertices are clipped at every halving,
   so each vertex is clipped O(log tiles) times: the whole stays O(n log n).
2. In each tile the rings of every polygon touching it, clipped to the tile (the clip closes them
   along the tile border), are noded together (``QgsGeometry.unaryUnion`` of lines) and polygonized:
   the faces are the pieces of the arrangement, exact in area. Every distinct segment goes into the
   noding once: the edge two neighbours share would otherwise come twice, and identical duplicate
   edges made GEOS noding three times slower.
3. Each face is attributed by one interior point (``pointOnSurface``) tested with prepared GEOS
   geometries against the polygons *clipped to the same tile*, whose boundaries are exactly the ones
   that were noded. A face lies wholly inside or wholly outside each of them, so one point decides;
   faces inside no polygon (holes, gaps, outside the ámbito) are dropped.
4. Faces under 1 cm² (floating-point noise) take the key of the neighbour sharing the longest border.
   Inside a tile, faces of one key that share an edge (they only differ by the boundary of a feature
   that lost an overlap inside its own layer: the first feature of a layer wins) are dissolved;
   finally the pieces of one key that touch tile borders are glued back together. Every unit is one
   connected polygon of one key.
"""
import struct
from collections import defaultdict, deque
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from qgis.core import QgsGeometry, QgsRectangle, QgsWkbTypes

from .sintesis_encaje import encajar, inicios_de_segmento

VERTICES_POR_TESELA = 20000
# Polygons above this size are clipped at every halving instead of once per tile.
VERTICES_GRANDE = 2000
PROFUNDIDAD_MAXIMA = 40
# Faces under 1 cm² are floating-point noise of the noding (e.g. a shared edge clipped from both of
# its polygons, in opposite directions, meets the tile border at points 1e-10 m apart). They join the
# neighbour face sharing the longest border, so they leave no gap and no unit of their own.
AREA_MINUSCULA = 1e-4
# Vertices this close to another segment (relative to the coordinates' magnitude: 2 µm at UTM
# northings) are inserted into it before noding (see sintesis_encaje).
TOLERANCIA_RELATIVA = 2e-13


class Cancelado(Exception):
    """The user cancelled; the caller turns it into a message."""


class FalloGeos(Exception):
    """GEOS could not node a tile (it returned nothing instead of raising)."""


def _caja(geometria):
    b = geometria.boundingBox()
    return (b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum())


def _solapan(cajas, caja):
    """Mask of the boxes (n, 4) that touch ``caja``."""
    x0, y0, x1, y1 = caja
    return (cajas[:, 0] <= x1) & (cajas[:, 2] >= x0) & (cajas[:, 1] <= y1) & (cajas[:, 3] >= y0)


class Superposicion:
    """Faces of the overlay of ``capas`` (lists of valid polygonal 2-D QgsGeometry, one list per
    layer), optionally limited to ``ambito`` (a valid polygonal QgsGeometry).

    ``caras()`` returns ``[(QgsGeometry polygon, key)]``: ``key[k]`` is the index in ``capas[k]`` of
    the polygon covering the face, or -1. Every face is covered by at least one layer.
    """

    def __init__(self, capas, ambito=None, feedback=None, vertices_por_tesela=VERTICES_POR_TESELA):
        self.capas = capas
        self.ambito = ambito
        self.feedback = feedback
        self.objetivo = vertices_por_tesela
        self.teselas = 0
        self.caras_crudas = 0
        # Flat item arrays: one item per polygon (the ámbito is the last "layer", index len(capas)).
        geoms, capa, indice = [], [], []
        for k, lista in enumerate(capas):
            for i, g in enumerate(lista):
                geoms.append(g)
                capa.append(k)
                indice.append(i)
        if ambito is not None:
            geoms.append(ambito)
            capa.append(len(capas))
            indice.append(0)
        self.geoms = geoms
        self.capa = np.array(capa, dtype=np.int64)
        self.indice = np.array(indice, dtype=np.int64)
        self.cajas = np.array([_caja(g) for g in geoms], dtype=float).reshape(-1, 4)
        self.vertices = np.array([g.constGet().nCoordinates() for g in geoms], dtype=np.int64)
        magnitud = float(np.abs(self.cajas).max()) if len(self.cajas) else 1.0
        self.tolerancia = max(magnitud, 1.0) * TOLERANCIA_RELATIVA

    # -- tiling ---------------------------------------------------------------------------------
    def _dominio(self):
        cajas = self.cajas[self.capa < len(self.capas)]
        if not len(cajas):
            return None
        caja = [cajas[:, 0].min(), cajas[:, 1].min(), cajas[:, 2].max(), cajas[:, 3].max()]
        if self.ambito is not None:
            a = self.cajas[-1]
            caja = [max(caja[0], a[0]), max(caja[1], a[1]), min(caja[2], a[2]), min(caja[3], a[3])]
            if caja[0] >= caja[2] or caja[1] >= caja[3]:
                return None
        return caja

    def _teselas(self):
        """Yield (rect, item ids, {id: geometry clipped to an enclosing rect}, share of the domain)."""
        dominio = self._dominio()
        if dominio is None:
            return
        area_total = (dominio[2] - dominio[0]) * (dominio[3] - dominio[1]) or 1.0
        pila = [(dominio, np.arange(len(self.geoms)), self.cajas, self.vertices.astype(float), {}, 0)]
        while pila:
            caja, ids, cajas, pesos, recortes, nivel = pila.pop()
            x0, y0, x1, y1 = caja
            cuota = (x1 - x0) * (y1 - y0) / area_total
            dentro = _solapan(cajas, caja)
            ids, cajas, pesos = ids[dentro], cajas[dentro], pesos[dentro]
            if not (self.capa[ids] < len(self.capas)).any():
                yield None, None, None, cuota  # no layer polygon here
                continue
            if self.ambito is not None and self.capa[ids[-1]] != len(self.capas):
                yield None, None, None, cuota  # outside the ámbito (always the last item)
                continue
            if pesos.sum() <= self.objetivo or nivel >= PROFUNDIDAD_MAXIMA:
                yield QgsRectangle(x0, y0, x1, y1), ids, recortes, cuota
                continue
            # Halve the longer side; clip the big polygons to each half.
            if x1 - x0 >= y1 - y0:
                m = (x0 + x1) / 2.0
                mitades = [(x0, y0, m, y1), (m, y0, x1, y1)]
            else:
                m = (y0 + y1) / 2.0
                mitades = [(x0, y0, x1, m), (x0, m, x1, y1)]
            grandes = np.flatnonzero(pesos > VERTICES_GRANDE)
            hijos = []
            for mitad in mitades:
                rect = QgsRectangle(*mitad)
                # A clip to the parent stays valid in the child; the big ones get a tighter one.
                nuevos_recortes, nuevas_cajas, nuevos_pesos = dict(recortes), cajas.copy(), pesos.copy()
                for pos in grandes:
                    item = int(ids[pos])
                    g = recortar(recortes.get(item, self.geoms[item]), rect)
                    if g.isEmpty():
                        nuevos_recortes.pop(item, None)
                        nuevas_cajas[pos] = (np.inf, np.inf, -np.inf, -np.inf)  # drops out below
                        continue
                    nuevos_recortes[item] = g
                    nuevas_cajas[pos] = _caja(g)
                    nuevos_pesos[pos] = g.constGet().nCoordinates()
                peso = nuevos_pesos[_solapan(nuevas_cajas, mitad)].sum()
                hijos.append(((mitad, ids, nuevas_cajas, nuevos_pesos, nuevos_recortes, nivel + 1), peso))
            if min(peso for _, peso in hijos) > 0.9 * pesos.sum():
                # Both halves keep nearly everything (polygons spanning the tile): halving would only
                # multiply the work, so this stays one tile.
                yield QgsRectangle(x0, y0, x1, y1), ids, recortes, cuota
                continue
            pila.extend(hijo for hijo, _ in hijos)

    # -- one tile -------------------------------------------------------------------------------
    def _tesela(self, rect, ids, recortes):
        """Units of one tile: ([(polygon, key, touches the tile border)], number of raw faces).

        Runs in worker threads: it only reads shared state and works on its own geometry copies.
        """
        n_capas = len(self.capas)
        anillos = []  # rings of every polygon in the tile, clipped to it
        por_capa = defaultdict(list)  # layer -> [(index, prepared engine, box)]
        vivos = []  # the clipped geometries must outlive their engines
        for item in ids:
            item = int(item)
            g = QgsGeometry(recortes.get(item, self.geoms[item]))
            x0, y0, x1, y1 = _caja(g)
            if not (x0 >= rect.xMinimum() and x1 <= rect.xMaximum() and y0 >= rect.yMinimum() and y1 <= rect.yMaximum()):
                g = recortar(g, rect)
                if g.isEmpty():
                    continue
            vivos.append(g)
            anillos.extend(_anillos(g))
            motor = QgsGeometry.createGeometryEngine(g.constGet())
            motor.prepareGeometry()
            por_capa[int(self.capa[item])].append((int(self.indice[item]), motor, _caja(g)))
        if not any(k < n_capas for k in por_capa) or (self.ambito is not None and n_capas not in por_capa):
            return [], 0
        # Clipped polygons are closed by their own pieces of the tile border, so no tile outline is
        # needed. Each shared edge goes in once: identical duplicates made GEOS noding 3x slower.
        anillos, _ = encajar(anillos, self.tolerancia)
        nodos = QgsGeometry.unaryUnion([_lineas_sin_repetir(anillos)])
        poligonos = QgsGeometry.polygonize([nodos]) if not nodos.isEmpty() else nodos
        if poligonos.isEmpty():  # GEOS failed: better stop than lose the tile's area silently
            raise FalloGeos(f"GEOS could not node the tile {rect.toString()}: {nodos.lastError() or poligonos.lastError()}")
        caras, areas = [], []
        for cara in poligonos.asGeometryCollection():
            area = cara.area()
            if area > 0:
                caras.append(cara)
                areas.append(area)
        if not caras:
            return [], 0
        interiores = [c.pointOnSurface() for c in caras]
        puntos = [p.constGet() for p in interiores]  # valid while ``interiores`` lives
        xy = _coordenadas(puntos)
        dueños = np.full((len(caras), n_capas + 1), -1, dtype=np.int64)
        for k, lista in por_capa.items():
            lista.sort(key=lambda t: t[0])  # the first feature of a layer wins where it overlaps itself
            dueños[:, k] = _primer_dueño(xy, puntos, lista)
        _absorber_minusculas(caras, np.array(areas), dueños)
        cubiertas = (dueños[:, :n_capas] >= 0).any(axis=1)
        if self.ambito is not None:
            cubiertas &= dueños[:, n_capas] >= 0
        grupos = defaultdict(list)
        filas = np.flatnonzero(cubiertas)
        for f, clave in zip(filas.tolist(), dueños[filas, :n_capas].tolist()):
            grupos[tuple(clave)].append(caras[f])
        return _disolver_en_tesela(grupos, rect), len(caras)

    # -- all ------------------------------------------------------------------------------------
    def caras(self, progreso=(0.0, 100.0), hilos=1):
        """Units of the overlay: [(single-part polygon, key)], sorted by key.

        With ``hilos`` > 1 tiles run in that many threads (GEOS releases the GIL).
        """
        inicio, fin = progreso
        hecho = [0.0]
        grupos = defaultdict(list)  # pieces on tile borders, by key
        unidades = []

        def recoger(resultado, cuota):
            caras, crudas = resultado
            for cara, clave, en_borde in caras:
                if en_borde:
                    grupos[clave].append(cara)
                else:
                    unidades.append((cara, clave))
            self.caras_crudas += crudas
            hecho[0] += cuota
            if self.feedback is not None:
                self.feedback.setProgress(inicio + (fin - inicio) * min(1.0, hecho[0]))

        def cancelar():
            if self.feedback is not None and self.feedback.isCanceled():
                raise Cancelado()

        if hilos <= 1:
            for rect, ids, recortes, cuota in self._teselas():
                cancelar()
                recoger(self._tesela(rect, ids, recortes) if rect is not None else ([], 0), cuota)
                self.teselas += rect is not None
        else:
            with ThreadPoolExecutor(hilos) as pool:
                pendientes = deque()  # a short queue keeps memory bounded
                for rect, ids, recortes, cuota in self._teselas():
                    cancelar()
                    if rect is None:
                        recoger(([], 0), cuota)
                        continue
                    pendientes.append((pool.submit(self._tesela, rect, ids, recortes), cuota))
                    self.teselas += 1
                    while len(pendientes) > 2 * hilos:
                        futuro, c = pendientes.popleft()
                        recoger(futuro.result(), c)
                while pendientes:
                    futuro, c = pendientes.popleft()
                    recoger(futuro.result(), c)
        # Pieces on tile borders: glue the ones of the same key back together.
        for clave, caras in grupos.items():
            if self.feedback is not None and self.feedback.isCanceled():
                raise Cancelado()
            unidades.extend((parte, clave) for parte in validas(unir(caras) if len(caras) > 1 else caras))
        # A stable order whatever the threads did: by key, and parts of one key by position.
        unidades.sort(key=lambda u: u[1])
        i = 0
        while i < len(unidades):
            j = i + 1
            while j < len(unidades) and unidades[j][1] == unidades[i][1]:
                j += 1
            if j - i > 1:
                unidades[i:j] = sorted(unidades[i:j], key=lambda u: _caja(u[0]))
            i = j
        return unidades


def _primer_dueño(xy, puntos, lista):
    """For each point, the index of the first polygon of ``lista`` [(index, prepared engine, box)]
    that contains it, or -1. Boxes pick the candidates; the engines decide."""
    cajas = np.array([t[2] for t in lista], dtype=float).reshape(-1, 4)
    filas, columnas = np.nonzero(
        (xy[:, None, 0] >= cajas[None, :, 0])
        & (xy[:, None, 0] <= cajas[None, :, 2])
        & (xy[:, None, 1] >= cajas[None, :, 1])
        & (xy[:, None, 1] <= cajas[None, :, 3])
    )
    indices = [t[0] for t in lista]
    contiene = [t[1].contains for t in lista]
    dueño = [-1] * len(xy)
    for fila, j in zip(filas.tolist(), columnas.tolist()):  # row-major: each point's candidates in list order
        if dueño[fila] < 0 and contiene[j](puntos[fila]):
            dueño[fila] = indices[j]
    return dueño


def _coordenadas(puntos):
    """(n, 2) array of the coordinates of QgsPoint objects, read from one MultiPoint's WKB."""
    from qgis.core import QgsMultiPoint

    multi = QgsMultiPoint()
    for punto in puntos:
        multi.addGeometry(punto.clone())
    wkb = bytes(multi.asWkb())
    # MultiPoint WKB: 9-byte header, then per point 5 bytes (order, type) and x, y as float64.
    registros = np.frombuffer(wkb, dtype=np.dtype([("cabecera", "V5"), ("x", "<f8"), ("y", "<f8")]), offset=9)
    return np.column_stack((registros["x"], registros["y"]))


def _disolver_en_tesela(grupos, rect):
    """[(unit, key, touches the tile border)]: faces of one key that share an edge inside the tile
    are dissolved (they only differ by the losing boundary of an overlap, or one is a minuscule face
    given its neighbour's key). Faces of one polygonize share identical edges, so adjacency is found
    by matching segments; most same-key faces (scattered slivers) need no union at all."""
    holgura = 1e-9 * max(abs(rect.xMinimum()), abs(rect.xMaximum()), abs(rect.yMinimum()), abs(rect.yMaximum()), 1.0)
    interior = rect.buffered(-holgura)
    unidades = [(caras[0], clave) for clave, caras in grupos.items() if len(caras) == 1]
    repetidas = [(cara, clave) for clave, caras in grupos.items() if len(caras) > 1 for cara in caras]
    if repetidas:
        for componente in _componentes_adyacentes(repetidas):
            clave = componente[0][1]
            if len(componente) == 1:
                unidades.append(componente[0])
            else:
                unidades.extend((p, clave) for p in validas(unir([c for c, _ in componente])))
    return [(u, clave, not interior.contains(u.boundingBox())) for u, clave in unidades]


def _componentes_adyacentes(caras):
    """Groups of (face, key) of one key connected through shared segments."""
    anillos, dueño_anillo = [], []
    for i, (cara, _) in enumerate(caras):
        propios = _anillos(cara)
        anillos.extend(propios)
        dueño_anillo.extend([i] * len(propios))
    puntos, inicios = inicios_de_segmento(anillos)
    # The ring (hence face) of each segment: segments of ring r precede those of ring r + 1.
    dueño = np.repeat(np.array(dueño_anillo), [len(a) - 1 for a in anillos])
    filas = np.ascontiguousarray(_canonicos(puntos, inicios)).view(np.dtype((np.void, 32))).ravel()
    _, inverso, cuenta = np.unique(filas, return_inverse=True, return_counts=True)
    compartidos = np.flatnonzero(cuenta[inverso] > 1)
    orden = compartidos[np.argsort(inverso[compartidos], kind="stable")]
    padre = list(range(len(caras)))

    def raiz(i):
        while padre[i] != i:
            padre[i] = padre[padre[i]]
            i = padre[i]
        return i

    iguales = np.flatnonzero(inverso[orden][1:] == inverso[orden][:-1])
    for a, b in zip(dueño[orden][iguales].tolist(), dueño[orden][iguales + 1].tolist()):
        if caras[a][1] == caras[b][1]:
            ra, rb = raiz(a), raiz(b)
            if ra != rb:
                padre[ra] = rb
    componentes = defaultdict(list)
    for i, cara in enumerate(caras):
        componentes[raiz(i)].append(cara)
    return list(componentes.values())


def _anillos(poligono):
    """Coordinate arrays (n, 2) of the rings of a 2-D Polygon or MultiPolygon, read from its WKB."""
    wkb = bytes(poligono.asWkb())
    anillos = []

    def leer_poligono(desplazamiento):
        orden = "<" if wkb[desplazamiento] == 1 else ">"
        n_anillos = struct.unpack_from(orden + "I", wkb, desplazamiento + 5)[0]
        desplazamiento += 9
        for _ in range(n_anillos):
            n = struct.unpack_from(orden + "I", wkb, desplazamiento)[0]
            anillos.append(np.frombuffer(wkb, dtype=orden + "f8", count=2 * n, offset=desplazamiento + 4).reshape(n, 2))
            desplazamiento += 4 + 16 * n
        return desplazamiento

    orden = "<" if wkb[0] == 1 else ">"
    tipo = struct.unpack_from(orden + "I", wkb, 1)[0]
    if tipo == 3:
        leer_poligono(0)
    elif tipo == 6:
        desplazamiento = 9
        for _ in range(struct.unpack_from(orden + "I", wkb, 5)[0]):
            desplazamiento = leer_poligono(desplazamiento)
    else:
        raise ValueError(f"2-D polygon WKB expected, got type {tipo}")
    return anillos


def _canonicos(puntos, inicios):
    """Segments from ``puntos[i]`` to ``puntos[i + 1]`` for i in ``inicios``, as (n, 4) rows with the
    endpoints in lexicographic order, so that an edge walked either way gives the same row."""
    s = np.hstack([puntos[inicios], puntos[inicios + 1]])
    girar = (s[:, 0] > s[:, 2]) | ((s[:, 0] == s[:, 2]) & (s[:, 1] > s[:, 3]))
    s[girar] = s[girar][:, [2, 3, 0, 1]]
    return s


def _lineas_sin_repetir(anillos):
    """One MultiLineString with every distinct segment of the rings once, in runs as long as possible."""
    puntos, inicios = inicios_de_segmento(anillos)
    filas = np.ascontiguousarray(_canonicos(puntos, inicios)).view(np.dtype((np.void, 32))).ravel()
    _, primeros = np.unique(filas, return_index=True)
    queda = np.zeros(len(inicios), dtype=bool)
    queda[primeros] = True
    # A run continues while the next segment is kept and follows in the same ring.
    seguido = np.r_[inicios[1:] == inicios[:-1] + 1, False]
    empieza = queda & ~np.r_[False, queda[:-1] & seguido[:-1]]
    termina = queda & ~(np.r_[queda[1:], False] & seguido)
    desde, hasta = inicios[empieza], inicios[termina] + 1
    partes = [struct.pack("<BII", 1, 5, len(desde))]
    for a, b in zip(desde.tolist(), hasta.tolist()):
        partes.append(struct.pack("<BII", 1, 2, b - a + 1))
        partes.append(puntos[a : b + 1].tobytes())
    lineas = QgsGeometry()
    lineas.fromWkb(b"".join(partes))
    return lineas


def recortar(geometria, rect):
    """Polygon part of ``geometria`` inside ``rect`` (fast GEOS clip; exact intersection if it fails)."""
    g = QgsGeometry(geometria)
    recorte = g.clipped(rect)
    if g.lastError():
        recorte = g.intersection(QgsGeometry.fromRect(rect))
    if recorte.type() != QgsWkbTypes.PolygonGeometry:  # a collection from a clip along the border
        partes = partes_poligonales(recorte)
        recorte = QgsGeometry.collectGeometry(partes) if partes else QgsGeometry()
    return recorte


def unir(poligonos):
    """Connected single polygons of the union of ``poligonos``; if GEOS fails, the pieces as they are
    (unglued but with all their area)."""
    union = QgsGeometry.unaryUnion(poligonos)
    partes = partes_poligonales(union)
    return partes if partes else list(poligonos)


def validas(poligonos):
    """Single valid polygons: each one as it is when valid (polygonize and union give valid faces),
    else its repaired parts — the safety net for degenerate input."""
    salida = []
    for g in poligonos:
        if g.isGeosValid():
            salida.append(g)
        else:
            salida.extend(partes_poligonales(g.makeValid()))
    return salida


def partes_poligonales(geometria):
    """Single polygons of a geometry (polygon parts of collections; lines and points dropped)."""
    if geometria is None or geometria.isNull() or geometria.isEmpty():
        return []
    if geometria.isMultipart() or QgsWkbTypes.flatType(geometria.wkbType()) == QgsWkbTypes.GeometryCollection:
        partes = []
        for parte in geometria.asGeometryCollection():
            partes.extend(partes_poligonales(parte))
        return partes
    if geometria.type() == QgsWkbTypes.PolygonGeometry and geometria.area() > 0:
        return [geometria]
    return []


def _absorber_minusculas(caras, areas, dueños):
    """Give each minuscule face the key of the neighbour face sharing the longest border."""
    minusculas = np.flatnonzero(areas < AREA_MINUSCULA)
    if not len(minusculas):
        return
    cajas = np.array([_caja(c) for c in caras], dtype=float)
    normales = areas >= AREA_MINUSCULA
    for f in minusculas:
        vecinas = np.flatnonzero(normales & _solapan(cajas, cajas[f]))
        mejor, largo_mejor = -1, 0.0
        for v in vecinas:
            largo = longitud_lineal(caras[f].intersection(caras[v]))
            if largo > largo_mejor:
                mejor, largo_mejor = v, largo
        if mejor >= 0:
            dueños[f] = dueños[mejor]


def longitud_lineal(geometria):
    """Length of the line parts of a geometry (the shared border of two polygons)."""
    if geometria is None or geometria.isEmpty():
        return 0.0
    if geometria.type() == QgsWkbTypes.LineGeometry:
        return geometria.length()
    if QgsWkbTypes.flatType(geometria.wkbType()) == QgsWkbTypes.GeometryCollection:
        return sum(longitud_lineal(p) for p in geometria.asGeometryCollection())
    return 0.0
