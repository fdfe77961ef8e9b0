"""A small test POT for the output tests (sheets, memoria, workshop pack): written directly with OGR
and the store, so those tests do not depend on the Processing algorithms that create POTs."""
from __future__ import annotations

from pathlib import Path

from osgeo import ogr
from pot_cartografia.core import compat
from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.modelo import Clase, Variable
from pot_cartografia.store.pot_store import PotStore
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

X0, Y0, W, H = 500000.0, 8900000.0, 40000.0, 30000.0  # the test ámbito, UTM 18S (Ucayali)
ZEE_CLASSES = 22


def escribir_capa(path, name, rows, fields, geometry="Polygon", crs="EPSG:32718"):
    layer = QgsVectorLayer(f"{geometry}?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([compat.campo("pot_uid")] + [compat.campo(f) for f in fields])
    layer.updateFields()
    features = []
    for i, (geom, values) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geom)
        feature.setAttributes([f"{name}-{i}"] + list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    options.actionOnExistingFile = (
        QgsVectorFileWriter.CreateOrOverwriteLayer if Path(path).exists() else QgsVectorFileWriter.CreateOrOverwriteFile
    )
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error


def rect(x0, y0, x1, y1):
    return QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1))


def build_pot(path) -> PotStore:
    """A small POT: ámbito, two districts, land use where only 2 of the 4 dictionary classes occur,
    and a ZEE layer with many classes (long legend)."""
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    store = PotStore.initialise(path)
    store.set_metadata(
        {
            "nombre": "Plan de Ordenamiento Territorial de la Provincia de Demo",
            "nivel": "provincial",
            "ambito_nombre": "Provincia de Demo – Departamento de Ucayali",
            "escala": 100000,
            "equipo": "Equipo técnico del POT",
            "entidad": "Municipalidad Provincial de Demo",
            "crs": "EPSG:32718",
            "zona_utm": "18S",
            "creado": "2024-05-01",
        }
    )
    escribir_capa(path, "ambito", [(rect(X0, Y0, X0 + W, Y0 + H), ["Demo"])], ["nombre"])
    escribir_capa(
        path,
        "limites_distritos",
        [(rect(X0, Y0, X0 + W / 2, Y0 + H), ["Norte"]), (rect(X0 + W / 2, Y0, X0 + W, Y0 + H), ["Sur"])],
        ["nombre"],
    )
    n = 8
    cells = []
    for i in range(n):
        for j in range(n):
            r = (X0 + i * W / n, Y0 + j * H / n, X0 + (i + 1) * W / n, Y0 + (j + 1) * H / n)
            cells.append((rect(*r), ["BP" if (i + j) % 2 else "AG"]))
    escribir_capa(path, "uso_actual", cells, ["uso"])
    stripes = [
        (rect(X0 + k * W / ZEE_CLASSES, Y0, X0 + (k + 1) * W / ZEE_CLASSES, Y0 + H), [f"Z{k:02d}"])
        for k in range(ZEE_CLASSES)
    ]
    escribir_capa(path, "zee", stripes, ["zona"])
    river = QgsGeometry.fromWkt(f"LINESTRING({X0 - 5000} {Y0 + H / 2}, {X0 + W / 2} {Y0 + H / 3}, {X0 + W + 5000} {Y0 + H / 2})")
    escribir_capa(path, "rios", [(river, ["Río Demo"])], ["nombre"], geometry="LineString")
    towns = [(QgsGeometry.fromWkt(f"POINT({X0 + W * k / 4} {Y0 + H * k / 5})"), [f"Pueblo {k}"]) for k in (1, 2, 3)]
    escribir_capa(path, "centros_poblados", towns, ["nombre"], geometry="Point")
    repositorio.guardar(
        store,
        Variable(
            "USO", "Uso actual de la tierra", fuente="MINAM", anio=2015,
            clases=[
                Clase("Bosque primario", "#1b7837", "BP"),
                Clase("Agrícola", "#fee08b", "AG"),
                Clase("Urbano", "#d73027", "UR"),
                Clase("Cuerpos de agua", "#4575b4", "AQ"),
            ],
        ),
    )
    palette = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"]
    repositorio.guardar(
        store,
        Variable(
            "ZEE", "Zonificación ecológica y económica", fuente="Gobierno Regional de Ucayali", anio=2017,
            clases=[
                Clase(f"Zona {k:02d}: zonas de producción forestal y otras asociaciones con limitaciones", palette[k % 8],
                      f"Z{k:02d}")
                for k in range(ZEE_CLASSES)
            ],
        ),
    )
    store.register_layer("ambito", "Ámbito del POT", "base", "base")
    store.register_layer("limites_distritos", "Límites distritales", "base", "base")
    store.register_layer("rios", "Ríos", "base", "base")
    store.register_layer("centros_poblados", "Centros poblados", "base", "base")
    store.register_layer("uso_actual", "Uso actual de la tierra", "fase1", "DIT", "USO")
    store.register_layer("zee", "Zonificación ecológica y económica", "fase1", "DIT", "ZEE")
    with store.connect() as conn:
        conn.execute("INSERT INTO pot_campos (capa, campo, variable) VALUES ('uso_actual', 'uso', 'USO')")
        conn.execute("INSERT INTO pot_campos (capa, campo, variable) VALUES ('zee', 'zona', 'ZEE')")
    return store
