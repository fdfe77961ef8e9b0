"""Speed of the prospective analysis (Pauta 1 Pasos 02–03) against plain-numpy peers, in one run.

    .venv/bin/python benchmarks/bench_prospectiva.py [--repeat 5] [--units 10000] [--variables 100]

Cases (computation only, the fastest of --repeat runs; the machine is shared, other work only adds time):
- structural analysis of a random N×N matrix (values 0–3, 5 % P): ``micmac.analizar`` (four
  classifications, ranks, quadrants) against a plain-numpy peer that computes the same definitions the
  obvious way (``matrix_power`` from scratch at every k, scipy's ``rankdata``); the six charts (PNG + SVG,
  QPainter/QSvgGenerator) timed apart; and the whole ``pot:analisis_estructural`` (CSV in, table and
  charts out) for reference;
- trend projection of 10 yearly values over U units: ``proyeccion.ajustar`` + ``evaluar`` (vectorised
  over units) for the three methods, against a per-unit loop of ``numpy.polyfit`` (the same fits);
  and the whole ``pot:proyeccion_tendencial`` on a memory layer of U square units (fields in, layer out);
- events per unit: the 12,797 real MapBiomas alerts of Ucayali in its 19 districts (``series_de_eventos``)
  against geopandas ``sjoin`` + ``groupby`` (skipped without ../shared/data/peru);
- cross-impact balance: exact enumeration of 746,496 combinations (5 descriptors × 4 states, 6 × 3).
"""
import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "peru" / "ucayali"
_enlace = Path(tempfile.mkdtemp(prefix="pot_bench_"))
(_enlace / "pot_cartografia").symlink_to(REPO, target_is_directory=True)
sys.path[:0] = [str(_enlace)]
sys.path.append("/usr/share/qgis/python/plugins")

import numpy as np
from qgis.core import QgsApplication

APP = QgsApplication([], False)
APP.initQgis()
from processing.core.Processing import Processing

Processing.initialize()
import processing
from pot_cartografia.processing_provider.provider import PotProvider
from scipy.stats import rankdata

PROVEEDOR = PotProvider()
QgsApplication.processingRegistry().addProvider(PROVEEDOR)
from pot_cartografia.prospectiva import cib, graficos, micmac, proyeccion, series
from pot_cartografia.prospectiva.matriz import Matriz
from pot_cartografia.prospectiva.matriz_archivo import escribir_matriz


def mejor(funcion, repeticiones):
    tiempos = []
    for _ in range(repeticiones):
        inicio = time.perf_counter()
        resultado = funcion()
        tiempos.append(time.perf_counter() - inicio)
    return min(tiempos), resultado


def fila(nombre, segundos, par=None):
    relacion = f"   {par / segundos:6.1f}× faster than the peer" if par else ""
    print(f"  {nombre:<58} {segundos * 1000:9.1f} ms{relacion}")


# -- structural analysis -------------------------------------------------------------------------------------
def micmac_numpy(m, p_mascara, tope=15):
    """The definitions the obvious way (the peer)."""
    def rango(v):
        return rankdata(-np.round(v / np.abs(v).max(), 9), method="min")

    def indirecta(a):
        previo = (rango(a.sum(1)), rango(a.sum(0)))
        for k in range(2, tope + 1):
            ak = np.linalg.matrix_power(a, k)
            actual = (rango(ak.sum(1)), rango(ak.sum(0)))
            if (actual[0] == previo[0]).all() and (actual[1] == previo[1]).all():
                break
            previo = actual
        return ak * a.sum() / ak.sum(), k

    potencial = np.where(p_mascara, 3.0, m)
    salida = []
    for a in (m, potencial):
        ind, k = indirecta(a)
        salida.append((a.sum(1), a.sum(0), rango(a.sum(1)), rango(a.sum(0)), ind.sum(1), ind.sum(0), rango(ind.sum(1)), rango(ind.sum(0)), k))
    return salida


def caso_micmac(n, repeticiones, carpeta):
    rng = np.random.default_rng(n)
    m = rng.choice([0, 0, 0, 1, 1, 2, 3], size=(n, n)).astype(float)
    p = (rng.random((n, n)) < 0.05) & (m == 0)
    np.fill_diagonal(m, 0)
    np.fill_diagonal(p, False)
    codigos = [f"V{i:03d}" for i in range(n)]
    print(f"\nStructural analysis, {n}×{n} matrix")
    t_pot, r = mejor(lambda: micmac.analizar(codigos, m, np.where(p, 3.0, m)), repeticiones)
    t_par, ref = mejor(lambda: micmac_numpy(m, p), repeticiones)
    assert np.allclose(r.indirecta.influencia, ref[0][4]) and r.indirecta.potencia == ref[0][8]
    fila(f"pot micmac.analizar (4 classifications, power {r.indirecta.potencia})", t_pot, t_par)
    fila("peer: plain numpy, matrix_power at every k + rankdata", t_par)
    t_graf, _ = mejor(lambda: graficos.graficos_micmac(r, carpeta / "graficos"), max(1, repeticiones // 2))
    fila("the six charts, PNG + SVG (QPainter, QSvgGenerator)", t_graf)
    fila("analysis + charts", t_pot + t_graf)
    ruta = escribir_matriz(Matriz(codigos, m, p), carpeta / f"mid_{n}.csv")
    t_alg, _ = mejor(lambda: processing.run("pot:analisis_estructural", {"MATRIX": str(ruta), "OUTPUT": "memory:",
                                                                          "OUTPUT_FOLDER": str(carpeta / "alg")}), 1)
    fila("whole pot:analisis_estructural (read CSV, table, charts)", t_alg)


# -- projections -------------------------------------------------------------------------------------------------
def polyfit_por_unidad(anios, y, metodo, tope):
    t = np.asarray(anios, float) - anios[0]
    salida = np.empty(len(y))
    for k in range(len(y)):
        if metodo == "lineal":
            b, a = np.polyfit(t, y[k], 1)
            salida[k] = a + b * 20
        elif metodo == "exponencial":
            b, a = np.polyfit(t, np.log(y[k]), 1)
            salida[k] = np.exp(a + b * 20)
        else:
            b, a = np.polyfit(t, np.log(y[k] / (tope[k] - y[k])), 1)
            salida[k] = tope[k] / (1 + np.exp(-(a + b * 20)))
    return salida


def caso_proyeccion(unidades, repeticiones):
    rng = np.random.default_rng(10)
    anios = list(range(2014, 2024))
    tope = rng.uniform(500, 5000, unidades)
    tasa = rng.uniform(0.01, 0.05, unidades)
    y = np.cumsum(tope[:, None] * tasa[:, None] * rng.uniform(0.5, 1.5, (unidades, len(anios))), axis=1)
    y = np.minimum(y, tope[:, None] * 0.95)
    print(f"\nTrend projection, {unidades:,} units × {len(anios)} years")
    for metodo in proyeccion.METODOS:
        t_pot, ajuste = mejor(lambda m=metodo: proyeccion.ajustar(anios, y, m, tope).evaluar([2034]), repeticiones)
        t_par, ref = mejor(lambda m=metodo: polyfit_por_unidad(anios, y, m, tope), max(1, repeticiones // 2))
        assert np.allclose(ajuste[:, 0], np.minimum(np.maximum(ref, 0), tope), rtol=1e-7), metodo
        fila(f"pot proyeccion.ajustar + evaluar ({metodo})", t_pot, t_par)
        fila(f"peer: numpy.polyfit unit by unit ({metodo})", t_par)
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    from pot_cartografia.core import compat

    capa = QgsVectorLayer("Polygon?crs=EPSG:32718", "unidades", "memory")
    capa.dataProvider().addAttributes([compat.campo(f"perdida_{a}", "real") for a in anios])
    capa.updateFields()
    lado = int(np.ceil(np.sqrt(unidades)))
    entidades = []
    for k in range(unidades):
        f = QgsFeature(capa.fields())
        x, fila_k = 500000 + (k % lado) * 1000, 8900000 + (k // lado) * 1000
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, fila_k, x + 1000, fila_k + 1000)))
        f.setAttributes([float(v) for v in np.diff(np.concatenate([[0], y[k]]))])
        entidades.append(f)
    capa.dataProvider().addFeatures(entidades)
    t_alg, _ = mejor(lambda: processing.run("pot:proyeccion_tendencial", {
        "UNITS": capa, "SERIES_FIELDS": [f"perdida_{a}" for a in anios], "CUMULATIVE": True, "METHOD": 2, "HORIZON": 2040,
        "OUTPUT": "memory:"}), 1)
    fila("whole pot:proyeccion_tendencial (fields in, layer out, logistic)", t_alg)


# -- events per unit ---------------------------------------------------------------------------------------------
def caso_eventos(repeticiones):
    if not SHARED.is_dir():
        print("\nEvents per unit: skipped (no ../shared/data/peru)")
        return
    import geopandas as gpd
    from qgis.core import QgsVectorLayer

    distritos_ruta = SHARED / "02_limites_distritos_ucayali.gpkg"
    alertas_ruta = SHARED / "40_alertas_deforestacion_mapbiomas_ucayali.gpkg"
    print("\nEvents per unit: 12,797 real alerts in the 19 districts of Ucayali (reading included)")

    def pot():
        d = QgsVectorLayer(str(distritos_ruta), "d", "ogr")
        a = QgsVectorLayer(str(alertas_ruta), "a", "ogr")
        return series.series_de_eventos(d, a, "detected_at", "area_ha", "UBIGEO")

    def geopandas():
        d = gpd.read_file(distritos_ruta)
        a = gpd.read_file(alertas_ruta)
        j = gpd.sjoin(a, d[["UBIGEO", "geometry"]], predicate="within")
        j["anio"] = j["detected_at"].str[:4]
        return j.groupby(["UBIGEO", "anio"])["area_ha"].sum()

    t_pot, s = mejor(pot, repeticiones)
    t_gpd, g = mejor(geopandas, repeticiones)
    assert abs(s.valores.sum() - g.sum()) < 1e-6 * g.sum()
    fila("pot series_de_eventos (QGIS spatial index, prepared polygons)", t_pot, t_gpd)
    fila("peer: geopandas read + sjoin + groupby", t_gpd)


# -- cross-impact balance ------------------------------------------------------------------------------------------
def caso_cib(repeticiones):
    rng = np.random.default_rng(3)
    descriptores = [cib.Descriptor(f"D{k}", [f"s{j}" for j in range(4 if k < 5 else 3)], [None] * (4 if k < 5 else 3)) for k in range(11)]
    juicios = cib.JuiciosCIB(descriptores)
    juicios.matriz = rng.integers(-3, 4, juicios.matriz.shape).astype(float)
    for k, d in enumerate(descriptores):  # no judgement inside a descriptor
        i = juicios.inicio[k]
        juicios.matriz[i:i + len(d.estados), i:i + len(d.estados)] = 0
    print(f"\nCross-impact balance, {juicios.combinaciones:,} combinations")
    t, encontrados = mejor(lambda: cib.consistentes(juicios), max(1, repeticiones // 2))
    fila(f"pot cib.consistentes (exact; {len(encontrados)} consistent)", t)


def main():
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--repeat", type=int, default=5)
    argumentos.add_argument("--units", type=int, default=10000)
    argumentos.add_argument("--variables", type=int, default=100)
    opciones = argumentos.parse_args()
    carpeta = Path(tempfile.mkdtemp(prefix="pot_bench_prosp_"))
    print(f"numpy {np.__version__}; times are the fastest of {opciones.repeat} runs (1 for the whole algorithms)")
    caso_micmac(opciones.variables, opciones.repeat, carpeta)
    caso_proyeccion(opciones.units, opciones.repeat)
    caso_eventos(max(1, opciones.repeat // 2))
    caso_cib(opciones.repeat)


if __name__ == "__main__":
    main()
