"""Derive the plugin's location-inset layer ``datos/peru_departamentos.geojson`` (and, with
``--provinces``, ``datos/peru_provincias.geojson``, about 150 KB, not shipped) from INEI's official
limits.

Source: the provincial limits of INEI (datosabiertos.gob.pe, "Límites provinciales"), as republished
under CC0-1.0 by acinad-hub/geoperu (``data/<departamento>/prov_de_<departamento>.geojson``, commit
b77efcd73bcf5df71ef5a69b09e8629b541b7be9). The result is generalised for a small inset map: shared
borders are simplified once (so neighbours keep meeting without gaps or overlaps), coordinates are
rounded to 0.001° (about 110 m), islets under about 3.6 km² are left out and departments are the union of their provinces.

    .venv/bin/python scripts/limites_peru.py PATH_TO_GEOPERU_CHECKOUT [--tolerance 0.01]

Only QGIS is used; the two files are written in WGS 84 (EPSG:4326) as GeoJSON.
"""
import argparse
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
SALIDA = ROOT / "datos"
COMMIT = "b77efcd73bcf5df71ef5a69b09e8629b541b7be9"
DECIMALES = 3
PARTE_MINIMA = 3e-4  # square degrees (about 3.6 km²): islets invisible on an inset are left out


def leer_provincias(carpeta: Path):
    """[(departamento, provincia, QgsGeometry)] of every province file of the checkout."""
    from qgis.core import QgsVectorLayer

    filas = []
    for ruta in sorted(carpeta.glob("data/*/prov_de_*.geojson")):
        capa = QgsVectorLayer(str(ruta), ruta.stem, "ogr")
        if not capa.isValid():
            sys.exit(f"cannot read {ruta}")
        for entidad in capa.getFeatures():
            geometria = entidad.geometry()
            if not geometria.isGeosValid():
                geometria = geometria.makeValid()
            filas.append((str(entidad["DEPARTAMEN"]).strip(), str(entidad["PROVINCIA"]).strip(), geometria))
    if not filas:
        sys.exit(f"no data/*/prov_de_*.geojson under {carpeta}")
    return filas


def simplificar_cobertura(geometrias, tolerancia):
    """The polygons of a coverage with their shared borders simplified once: the borders are noded
    into arcs, each arc simplified keeping its ends, the arcs polygonized again and each face given
    to the input polygon that holds its interior point. Returns one geometry per input (or None)."""
    from qgis.core import QgsGeometry

    # Borders of neighbouring provinces do not always match vertex for vertex (different surveys):
    # on a grid of a fifth of the tolerance they do, and the slivers between them vanish.
    paso = tolerancia / 5
    en_rejilla = [g.snappedToGrid(paso, paso) for g in geometrias]
    bordes = QgsGeometry.unaryUnion([QgsGeometry(g.constGet().boundary()) for g in en_rejilla if not g.isEmpty()])
    arcos = bordes.mergeLines()
    simples = [QgsGeometry(arco).simplify(tolerancia) for arco in arcos.asGeometryCollection()]
    caras = QgsGeometry.polygonize([QgsGeometry.unaryUnion(simples)]).asGeometryCollection()
    piezas = [[] for _ in geometrias]
    motores = []
    for g in geometrias:
        motor = QgsGeometry.createGeometryEngine(g.constGet())
        motor.prepareGeometry()
        motores.append((motor, g.boundingBox()))
    for cara in caras:
        punto = cara.pointOnSurface()
        for i, (motor, caja) in enumerate(motores):
            if caja.contains(punto.asPoint()) and motor.contains(punto.constGet()):
                piezas[i].append(cara)
                break
    return [QgsGeometry.unaryUnion(p) if p else None for p in piezas]


def sin_huecos_pequenos(poligono):
    """The polygon without holes under PARTE_MINIMA (slivers between surveys, specks on an inset)."""
    from qgis.core import QgsGeometry, QgsPolygon

    original = poligono.constGet()
    if poligono.isMultipart():
        original = original.geometryN(0)
    limpio = QgsPolygon()
    limpio.setExteriorRing(original.exteriorRing().clone())
    for i in range(original.numInteriorRings()):
        anillo = original.interiorRing(i)
        hueco = QgsPolygon()
        hueco.setExteriorRing(anillo.clone())
        if hueco.area() >= PARTE_MINIMA:
            limpio.addInteriorRing(anillo.clone())
    return QgsGeometry(limpio)


def redondear(geometria):
    from qgis.core import QgsGeometry

    paso = 10 ** -DECIMALES
    g = geometria.snappedToGrid(paso, paso)
    if not g.isGeosValid():
        g = g.makeValid()
    partes = [p for p in g.asGeometryCollection() if p.type() == 2 and p.area() > 0] if not g.isEmpty() else []
    mayor = max((p.area() for p in partes), default=0.0)
    partes = [sin_huecos_pequenos(p) for p in partes if p.area() >= PARTE_MINIMA or p.area() == mayor]
    return QgsGeometry.collectGeometry(partes) if partes else None


def escribir(ruta: Path, entidades) -> None:
    coleccion = {
        "type": "FeatureCollection",
        "name": ruta.stem,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "features": [
            {"type": "Feature", "properties": propiedades, "geometry": json.loads(geometria.asJson(DECIMALES))}
            for propiedades, geometria in entidades
        ],
    }
    ruta.write_text(json.dumps(coleccion, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{ruta}: {len(entidades)} features, {ruta.stat().st_size / 1024:.0f} KB")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("geoperu", help="a checkout of acinad-hub/geoperu at commit " + COMMIT)
    parser.add_argument("--provinces", action="store_true", help="also write the provinces")
    parser.add_argument("--tolerance", type=float, default=0.03, help="simplification tolerance in degrees")
    args = parser.parse_args()
    from qgis.core import QgsApplication, QgsGeometry

    app = QgsApplication([], False)
    app.initQgis()
    filas = leer_provincias(Path(args.geoperu))
    simples = simplificar_cobertura([g for _, _, g in filas], args.tolerance)
    provincias, por_departamento = [], {}
    for (departamento, provincia, _), geometria in zip(filas, simples):
        geometria = redondear(geometria) if geometria is not None else None
        if geometria is None:
            print(f"warning: {provincia} ({departamento}) vanished at this tolerance")
            continue
        provincias.append(({"departamento": departamento, "provincia": provincia}, geometria))
        por_departamento.setdefault(departamento, []).append(geometria)
    departamentos = [
        ({"departamento": nombre}, redondear(QgsGeometry.unaryUnion(partes))) for nombre, partes in sorted(por_departamento.items())
    ]
    SALIDA.mkdir(exist_ok=True)
    escribir(SALIDA / "peru_departamentos.geojson", departamentos)
    if args.provinces:
        escribir(SALIDA / "peru_provincias.geojson", provincias)
    app.exitQgis()


if __name__ == "__main__":
    main()
