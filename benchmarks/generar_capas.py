"""Deterministic test/benchmark layers: offset Voronoi tessellations with densified edges.

``generar_capas(folder, n)`` writes ``capas_<n>.gpkg`` with polygon layers ``capa_1`` … ``capa_4``
(EPSG:32718, around Pucallpa). Each layer tiles its own square with ``n`` Voronoi cells; the squares
are shifted against each other, so the union has parts covered by one, two, three or four layers.
Edges are densified (one vertex about every 1/12 of the cell size) in a direction-independent way,
so the two cells that share an edge share exactly the same vertices: the layers are clean
tessellations and any sliver in an overlay comes from the overlay, not from the data.

Every layer has the same field names (``id``, ``clase``, ``nombre``, ``valor``) on purpose: the
synthesis must keep them apart. Only QGIS and numpy are used, so the files are written by QGIS's GDAL.

With ``contorno=True`` (file ``capas_<n>_contorno.gpkg``) every layer is also cut to one shared
irregular outline, as ZEE submodels are all cut to the same ámbito: each layer then carries that
outline split at its own points, computed in floating point (the case that breaks naive noding).
The outline itself is written as the layer ``ambito``, to be given to the synthesis separately.

    .venv/bin/python benchmarks/generar_capas.py /tmp/capas 3000
"""
import math
import sys

from pathlib import Path

import numpy as np

CRS = "EPSG:32718"
ORIGIN = (540000.0, 9060000.0)
CELL = 1000.0  # mean cell side, metres
GRID = 0.001  # coordinates rounded to 1 mm
CLASES = ["A", "B", "C", "D", "E"]


def _densify_ring(ring, step):
    """Ring (closed, list of QgsPointXY) → numpy array with a vertex every ``step`` at most.

    Each segment is cut from its lexicographically smaller end, so a segment shared by two cells,
    walked in opposite directions, gets exactly the same vertices in both.
    """
    out = []
    pts = [(p.x(), p.y()) for p in ring]
    for a, b in zip(pts, pts[1:]):
        out.append(a)
        pieces = math.ceil(math.hypot(b[0] - a[0], b[1] - a[1]) / step)
        if pieces < 2:
            continue
        lo, hi = (a, b) if a <= b else (b, a)
        t = np.arange(1, pieces) / pieces
        inner = np.column_stack([lo[0] + (hi[0] - lo[0]) * t, lo[1] + (hi[1] - lo[1]) * t])
        inner = np.round(inner / GRID) * GRID
        if a > b:
            inner = inner[::-1]
        out.extend(map(tuple, inner))
    out.append(pts[-1])
    return out


def _tessellation(n, rect, rng, step):
    from qgis.core import QgsGeometry, QgsPointXY

    xmin, ymin, xmax, ymax = rect
    xs = rng.uniform(xmin, xmax, n)
    ys = rng.uniform(ymin, ymax, n)
    sites = QgsGeometry.fromMultiPointXY([QgsPointXY(x, y) for x, y in zip(xs, ys)])
    box = QgsGeometry.fromWkt(f"POLYGON(({xmin} {ymin},{xmax} {ymin},{xmax} {ymax},{xmin} {ymax},{xmin} {ymin}))")
    cells = []
    for cell in sites.voronoiDiagram(box).asGeometryCollection():
        cell = cell.intersection(box).snappedToGrid(GRID, GRID)
        if cell.isEmpty() or cell.area() <= 0:
            continue
        for part in cell.asMultiPolygon() if cell.isMultipart() else [cell.asPolygon()]:
            rings = [[QgsPointXY(x, y) for x, y in _densify_ring(r, step)] for r in part]
            cells.append(QgsGeometry.fromPolygonXY(rings))
    # Sort by position so ids do not depend on GEOS's output order.
    cells.sort(key=lambda g: (round(g.centroid().asPoint().y(), 3), round(g.centroid().asPoint().x(), 3)))
    return cells


def contorno_irregular(n, seed=20236, vertices=1000):
    """A wavy, jagged outline inside the part that the shifted squares of every layer share."""
    from qgis.core import QgsGeometry, QgsPointXY

    side = CELL * math.sqrt(n)
    rng = np.random.default_rng(seed - 1)
    angulos = np.linspace(0.0, 2 * math.pi, vertices, endpoint=False)
    radios = side * 0.3 * (1 + 0.15 * np.sin(5 * angulos) + 0.04 * rng.standard_normal(vertices))
    cx, cy = ORIGIN[0] + 0.59 * side, ORIGIN[1] + 0.56 * side
    puntos = [QgsPointXY(cx + r * math.cos(a), cy + r * math.sin(a)) for a, r in zip(angulos, radios)]
    return QgsGeometry.fromPolygonXY([puntos + puntos[:1]])


def generar_capas(folder, n, layers=4, seed=20240, name=None, contorno=False):
    """Write the layers; return the GeoPackage path. Reuses an existing file of the same name."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsFields,
        QgsVectorFileWriter,
        QgsWkbTypes,
    )

    from pot_cartografia.core import compat  # callers put the plugin on sys.path first

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"capas_{n}{'_contorno' if contorno else ''}.gpkg")
    if path.exists():
        return path
    tmp = path.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    side = CELL * math.sqrt(n)
    step = CELL / 12.0
    fields = QgsFields()
    fields.append(compat.campo("id", "entero"))
    fields.append(compat.campo("clase"))
    fields.append(compat.campo("nombre"))
    fields.append(compat.campo("valor", "real"))
    crs = QgsCoordinateReferenceSystem(CRS)
    recorte = contorno_irregular(n) if contorno else None
    for k in range(layers):
        rng = np.random.default_rng(seed + k)
        # Shifted squares: layer k starts k*6 % of the side to the east and k*4 % to the north.
        x0, y0 = ORIGIN[0] + 0.06 * k * side, ORIGIN[1] + 0.04 * k * side
        cells = _tessellation(n, (x0, y0, x0 + side, y0 + side), rng, step)
        if recorte is not None:
            cells = [c for c in (cell.intersection(recorte) for cell in cells) if not c.isEmpty() and c.area() > 0]
            for cell in cells:
                cell.convertToMultiType()
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = f"capa_{k + 1}"
        options.actionOnExistingFile = (
            QgsVectorFileWriter.CreateOrOverwriteFile if k == 0 else QgsVectorFileWriter.CreateOrOverwriteLayer
        )
        writer = QgsVectorFileWriter.create(
            str(tmp), fields, QgsWkbTypes.MultiPolygon if contorno else QgsWkbTypes.Polygon, crs,
            QgsCoordinateTransformContext(), options,
        )
        for i, geom in enumerate(cells):
            feature = QgsFeature(fields)
            feature.setGeometry(geom)
            feature.setAttributes([i + 1, CLASES[int(rng.integers(len(CLASES)))], f"capa{k + 1}-{i + 1}", float(i % 97)])
            writer.addFeature(feature)
        del writer
    if recorte is not None:
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = "ambito"
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        writer = QgsVectorFileWriter.create(str(tmp), fields, QgsWkbTypes.Polygon, crs, QgsCoordinateTransformContext(), options)
        feature = QgsFeature(fields)
        feature.setGeometry(recorte)
        feature.setAttributes([1, "A", "ambito", 0.0])
        writer.addFeature(feature)
        del writer
    tmp.rename(path)
    return path


def layer_uris(path, layers=4):
    return [f"{path}|layername=capa_{k + 1}" for k in range(layers)]


if __name__ == "__main__":
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/pot_capas")
    for size in (sys.argv[2] if len(sys.argv) > 2 else "1000").split(","):
        print(generar_capas(target, int(size)))
