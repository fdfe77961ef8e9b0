"""Speed of pot:exportar_mapas against plain QgsLayoutExporter on the same layouts.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_exportar.py [--sheets 6] [--cells 3000,20000]

For each size in ``--cells`` builds a POT whose land-use layer has that many polygons, then times
1. the algorithm (load the POT's project, build every sheet, one PDF per sheet, combined PDF);
2. plain ``QgsLayoutExporter.exportToPdf`` of the same layouts (built beforehand, untimed), same
   settings.
Prints both times and the ratio (target ≤ 1.10). Each side runs ``--repeat`` times; the best counts.
The algorithm's own work (building the sheets, cloning layers, the combined PDF) is a roughly fixed
cost per sheet, so the ratio is highest for very light sheets and falls as the data grow.
"""
import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
_link = Path(tempfile.mkdtemp(prefix="pot_bench_"))
(_link / "pot_cartografia").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(_link))
sys.path.append("/usr/share/qgis/python/plugins")

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsLayoutExporter,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from pot_cartografia.core import compat

X0, Y0, W, H = 500000.0, 8900000.0, 60000.0, 45000.0
USOS = ["BP", "BS", "AG", "PA", "UR", "AQ"]


def escribir(path, nombre, filas, campo):
    capa = QgsVectorLayer("Polygon?crs=EPSG:32718", nombre, "memory")
    capa.dataProvider().addAttributes([compat.campo("pot_uid"), compat.campo(campo)])
    capa.updateFields()
    entidades = []
    for i, (geometria, valor) in enumerate(filas):
        entidad = QgsFeature(capa.fields())
        entidad.setGeometry(geometria)
        entidad.setAttributes([f"{nombre}-{i}", valor])
        entidades.append(entidad)
    capa.dataProvider().addFeatures(entidades)
    opciones = QgsVectorFileWriter.SaveVectorOptions()
    opciones.driverName = "GPKG"
    opciones.layerName = nombre
    opciones.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    error = QgsVectorFileWriter.writeAsVectorFormatV3(capa, str(path), QgsCoordinateTransformContext(), opciones)
    assert error[0] == QgsVectorFileWriter.NoError, error


def crear_pot(path, celdas: int, hojas: int):
    from osgeo import ogr
    from pot_cartografia.diccionario import repositorio
    from pot_cartografia.diccionario.modelo import Clase, Variable
    from pot_cartografia.salidas import catalogo
    from pot_cartografia.store.pot_store import PotStore

    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    store = PotStore.initialise(path)
    store.set_metadata({"nombre": "POT de prueba", "ambito_nombre": "Provincia de prueba", "crs": "EPSG:32718",
                        "zona_utm": "18S", "escala": 100000, "equipo": "Equipo técnico"})
    azar = random.Random(7)
    columnas = int((celdas * W / H) ** 0.5)
    filas_n = max(1, celdas // columnas)
    dx, dy = W / columnas, H / filas_n
    filas = []
    for i in range(columnas):
        for j in range(filas_n):
            # Slightly irregular cells: 9-vertex polygons, like real land-use patches.
            x, y = X0 + i * dx, Y0 + j * dy
            puntos = [(x + dx * u, y + dy * v) for u, v in ((0, 0), (0.5, -0.05), (1, 0), (1.05, 0.5), (1, 1),
                                                             (0.5, 1.05), (0, 1), (-0.05, 0.5), (0, 0))]
            wkt = "POLYGON((" + ", ".join(f"{a:.2f} {b:.2f}" for a, b in puntos) + "))"
            filas.append((QgsGeometry.fromWkt(wkt), azar.choice(USOS)))
    escribir(path, "uso_actual", filas, "uso")
    escribir(path, "ambito", [(QgsGeometry.fromRect(QgsRectangle(X0, Y0, X0 + W, Y0 + H)), "x")], "nombre")
    colores = ["#1b7837", "#7fbf7b", "#fee08b", "#d9ef8b", "#d73027", "#4575b4"]
    repositorio.guardar(store, Variable("USO", "Uso actual", fuente="MINAM", anio=2015,
                                        clases=[Clase(f"Clase {c}", col, c) for c, col in zip(USOS, colores)]))
    store.register_layer("ambito", "Ámbito", "base", "base")
    store.register_layer("uso_actual", "Uso actual de la tierra", "modelo_actual", "DIT", "USO")
    with store.connect() as conn:
        conn.execute("INSERT INTO pot_campos (capa, campo, variable) VALUES ('uso_actual', 'uso', 'USO')")
    base = catalogo.catalogo_por_defecto(store)[-1]
    series = []
    for k in range(hojas):
        hoja = catalogo.Hoja(**{**base.__dict__, "numero": f"MA-{k + 1:02d}", "orden": k + 1,
                                "tamano": ("A3", "A2", "A1")[k % 3], "orientacion": ("horizontal", "vertical")[k % 2]})
        series.append(hoja)
    catalogo.guardar(store, series)
    return store


def por_algoritmo(gpkg, carpeta, dpi):
    import processing

    shutil.rmtree(carpeta, ignore_errors=True)
    inicio = time.perf_counter()
    resultado = processing.run("pot:exportar_mapas", {"PROJECT": str(gpkg), "OUTPUT_FOLDER": str(carpeta), "DPI": dpi})
    tiempo = time.perf_counter() - inicio
    assert len(resultado["PDFS"]) > 0 and Path(resultado["COMBINED"]).is_file()
    return tiempo


def por_exportador(store, carpeta, dpi):
    """Plain QgsLayoutExporter on the same layouts (built beforehand, untimed)."""
    from pot_cartografia.diccionario import repositorio
    from pot_cartografia.salidas import catalogo, exportar
    from pot_cartografia.salidas.hoja import construir_layout

    shutil.rmtree(carpeta, ignore_errors=True)
    carpeta.mkdir(parents=True)
    proyecto = exportar.cargar_proyecto(store)
    capas = exportar._Capas(store, proyecto)
    variables = {v.codigo: v for v in repositorio.cargar(store)}
    contexto = exportar._capa_contexto(None, proyecto)  # the default location inset, as the algorithm draws it
    ambito = exportar._capa_ambito(capas)
    layouts = []
    for hoja in catalogo.cargar(store):
        clones, variable = exportar._capas_de_hoja(hoja, capas, variables)
        layouts.append(construir_layout(proyecto, store.metadata(), hoja, clones, variable, context_layer=contexto,
                                        ambito_layer=ambito, encuadre=capas.encuadre()))
    ajustes = exportar.ajustes_pdf(dpi)
    inicio = time.perf_counter()
    for i, layout in enumerate(layouts):
        assert QgsLayoutExporter(layout).exportToPdf(str(carpeta / f"{i}.pdf"), ajustes) == QgsLayoutExporter.Success
    tiempo = time.perf_counter() - inicio
    layouts.clear()
    proyecto.clear()
    return tiempo


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sheets", type=int, default=6)
    parser.add_argument("--cells", default="3000,20000", help="land-use polygons, one run per comma-separated size")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from pot_cartografia.processing_provider.provider import PotProvider

    provider = PotProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    assert provider.algorithm("exportar_mapas") is not None, [a.id() for a in provider.algorithms()]

    for celdas in [int(c) for c in args.cells.split(",")]:
        trabajo = Path(tempfile.mkdtemp(prefix="pot_bench_data_"))
        store = crear_pot(trabajo / "bench.gpkg", celdas, args.sheets)
        algoritmo, plano = [], []
        for _ in range(args.repeat):
            plano.append(por_exportador(store, trabajo / "plano", args.dpi))
            algoritmo.append(por_algoritmo(store.path, trabajo / "alg", args.dpi))
        t_alg, t_plano = min(algoritmo), min(plano)
        print(f"sheets={args.sheets} cells={celdas} dpi={args.dpi}")
        print(f"  pot:exportar_mapas      {t_alg:7.2f} s  (runs: {', '.join(f'{t:.2f}' for t in algoritmo)})")
        print(f"  QgsLayoutExporter only  {t_plano:7.2f} s  (runs: {', '.join(f'{t:.2f}' for t in plano)})")
        print(f"  ratio {t_alg / t_plano:.3f} (target <= 1.10)")
        shutil.rmtree(trabajo, ignore_errors=True)


if __name__ == "__main__":
    main()
