"""Speed, memory and exactness of pot:sintesis_modelo_actual against its peers, in one run.

    .venv/bin/python benchmarks/bench_sintesis.py [--sizes 1000,3000,10000] [--real] [--skip-slow-peers]

Cases: 4 generated layers of N Voronoi cells each (``generar_capas.py``: offset tessellations,
densified edges) for every N in --sizes; the same cut to one shared irregular outline, as ZEE
submodels are cut to one ámbito, with pot given that outline as its ámbito (``--cases``:
``plain,outline``); and with --real the Ucayali DIT layers (protected areas, communal reserves,
comunidades nativas, districts) from ../shared/data/peru (skipped if absent).

Methods, each in a fresh process (so memory numbers are its own), each timed from reading the
inputs to having written a GeoPackage, the fastest of --repeat runs (default 3; one run for a method
that takes over 20 s) because other work on a shared machine only ever adds time:
- pot: processing.run("pot:sintesis_modelo_actual") with its default threads, and again with one thread;
- native: QGIS native:union chained layer after layer (outputs to .gpkg paths: memory outputs fail
  on GeoPackage inputs in 3.22); on the real layers preceded by native:fixgeometries, which it needs;
- geopandas: overlay(how="union") chained (its own make_valid), written with to_file.

Times: wall seconds, and CPU seconds of the process (all threads): on a shared machine the
CPU ratio of the one-thread run is the steadier comparison.

Memory: peak resident-set increase over the process's RSS just before the method, sampled every 5 ms
from /proc/self/statm (it sees GEOS/GDAL/C++ allocations, which tracemalloc does not).

Exactness of pot: total area vs the oracle, and the largest per-combination difference, where a
combination is one feature per layer (generated: the ``id`` fields; real: the layers' codes). The
oracle is the geopandas union; on the real layers overlaps inside a layer are first given to the
layer's first feature (the synthesis's documented rule) before the geopandas union. Combinations
under 1 m² (micro-slivers of floating-point noding) are left out of the percentage and counted.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data" / "peru" / "ucayali_dit_epsg32718.gpkg"
REAL = [
    ("10_anp_nacional_ucayali", "anp_codi"),
    ("10_reservas_comunales_ucayali", "ANP_CODI"),
    ("20_comunidades_nativas_ucayali", "CODIGO"),
    ("02_limites_distritos_ucayali", "UBIGEO"),
]
MICRO = 1.0  # m²
HECTAREA = 10_000.0  # m²: the per-combination check covers combinations of a hectare or more
LARGA = 20.0  # s: a method this slow runs once (its noise is relatively small)


# -- worker side (one method, one process) ---------------------------------------------------------
class PicoRss:
    """Peak RSS increase of this process while the block runs, sampled from /proc/self/statm."""

    def __init__(self, intervalo=0.005):
        self.intervalo = intervalo
        self.pagina = os.sysconf("SC_PAGE_SIZE")

    def _rss(self):
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * self.pagina

    def __enter__(self):
        self.cpu = _cpu()
        self.inicio = self.pico = self._rss()
        self._seguir = True
        self._hilo = threading.Thread(target=self._muestrear, daemon=True)
        self._hilo.start()
        return self

    def _muestrear(self):
        while self._seguir:
            self.pico = max(self.pico, self._rss())
            time.sleep(self.intervalo)

    def __exit__(self, *exc):
        self._seguir = False
        self._hilo.join()
        self.pico = max(self.pico, self._rss())
        self.incremento_mb = (self.pico - self.inicio) / 2**20
        self.cpu = _cpu() - self.cpu


def _cpu():
    """CPU seconds of this process, all threads (user + system)."""
    uso = resource.getrusage(resource.RUSAGE_SELF)
    return uso.ru_utime + uso.ru_stime


def _qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    enlace = Path(tempfile.mkdtemp(prefix="pot_bench_pkg_"))
    (enlace / "pot_cartografia").symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(enlace))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from pot_cartografia.processing_provider.provider import PotProvider

    proveedor = PotProvider()
    QgsApplication.processingRegistry().addProvider(proveedor)
    return app, proveedor


def trabajar(metodo, entradas, salida, reales, ambito=None):
    """Run one method; return its measurements (printed as JSON by the worker process)."""
    salida = Path(salida)
    if metodo == "generar":
        vivo = _qgis()  # keeps QGIS alive while generating
        sys.path.insert(0, str(REPO / "benchmarks"))
        from generar_capas import generar_capas

        n, contorno = entradas
        return {"gpkg": str(generar_capas(salida, int(n), contorno=contorno)), "qgis": bool(vivo)}
    if metodo == "geopandas":
        import geopandas as gpd

        with PicoRss() as rss:
            t = time.perf_counter()
            capas = []
            for k, uri in enumerate(entradas, start=1):
                ruta, capa = uri.split("|layername=")
                gdf = gpd.read_file(ruta, layer=capa)
                capas.append(gdf.rename(columns={c: f"l{k}_{c}" for c in gdf.columns if c != "geometry"}))
            union = capas[0]
            for capa in capas[1:]:
                union = gpd.overlay(union, capa, how="union", keep_geom_type=True)
            union.to_file(salida, driver="GPKG")
            segundos = time.perf_counter() - t
        return {"s": segundos, "cpu": rss.cpu, "mb": rss.incremento_mb, "n": len(union)}

    vivo = _qgis()  # the application and the provider must outlive the runs
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProcessingFeedback

    contexto = QgsProcessingContext()
    contexto.setInvalidGeometryCheck(QgsFeatureRequest.GeometryNoCheck)
    feedback = QgsProcessingFeedback()
    with PicoRss() as rss:
        t = time.perf_counter()
        if metodo.startswith("pot"):
            if metodo == "pot1":
                from pot_cartografia.processing_provider import (
                    alg_sintesis_modelo_actual,
                )

                alg_sintesis_modelo_actual.HILOS_MAXIMOS = 1
            parametros = {"LAYERS": entradas, "OUTPUT": str(salida)}
            if ambito:
                parametros["AMBITO"] = ambito
            r = processing.run("pot:sintesis_modelo_actual", parametros, context=contexto, feedback=feedback)
            n = r["UNIT_COUNT"]
        else:  # native union chain
            capas = list(entradas)
            if reales:
                capas = [
                    processing.run(
                        "native:fixgeometries",
                        {"INPUT": c, "OUTPUT": str(salida.with_name(f"{salida.stem}_fix{k}.gpkg"))},
                        context=contexto,
                        feedback=feedback,
                    )["OUTPUT"]
                    for k, c in enumerate(capas)
                ]
            actual = capas[0]
            for k, capa in enumerate(capas[1:], start=1):
                destino = salida if k == len(capas) - 1 else salida.with_name(f"{salida.stem}_{k}.gpkg")
                actual = processing.run(
                    "native:union", {"INPUT": actual, "OVERLAY": capa, "OUTPUT": str(destino)}, context=contexto, feedback=feedback
                )["OUTPUT"]
            n = None
        segundos = time.perf_counter() - t
    return {"s": segundos, "cpu": rss.cpu, "mb": rss.incremento_mb, "n": n, "qgis": bool(vivo)}


def lanzar(metodo, entradas, salida, reales=False, ambito=None):
    orden = [sys.executable, __file__, "--worker", json.dumps([metodo, entradas, str(salida), reales, ambito])]
    proceso = subprocess.run(orden, capture_output=True, text=True, check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    lineas = [linea for linea in proceso.stdout.splitlines() if linea.startswith("{")]
    if proceso.returncode != 0 or not lineas:
        raise RuntimeError(f"{metodo} failed:\n{proceso.stdout[-2000:]}\n{proceso.stderr[-3000:]}")
    return json.loads(lineas[-1])


# -- exactness (orchestrator side) -----------------------------------------------------------------
def _poligonos(geometria):
    import shapely

    partes = [p for p in shapely.get_parts(geometria) if p.geom_type in ("Polygon", "MultiPolygon") and p.area > 0]
    if not partes:
        return None
    return shapely.union_all(partes) if len(partes) > 1 else partes[0]


def _primera_gana(gdf):
    """make_valid, polygon parts, overlaps inside the layer given to its first feature."""
    import shapely

    gdf = gdf.copy()
    gdf["geometry"] = [_poligonos(shapely.make_valid(g)) if g is not None and not g.is_empty else None for g in gdf.geometry]
    gdf = gdf[gdf.geometry.notna()].reset_index(drop=True)
    arbol, geoms = shapely.STRtree(gdf.geometry.values), list(gdf.geometry.values)
    for i, g in enumerate(geoms):
        previas = [j for j in arbol.query(g) if j < i]
        if previas:
            resta = shapely.union_all([gdf.geometry.values[j] for j in previas])
            if shapely.intersection(g, resta).area > 0:
                geoms[i] = _poligonos(shapely.difference(g, resta))
    gdf["geometry"] = geoms
    return gdf[gdf.geometry.notna()]


def _areas(gdf, claves):
    import pandas as pd

    def texto(col):
        if pd.api.types.is_numeric_dtype(col):
            return col.map(lambda v: "-" if pd.isna(v) else f"{v:.12g}")
        return col.astype("string").fillna("-")

    tabla = pd.DataFrame({k: texto(gdf[k]).values for k in claves})
    tabla["area"] = gdf.geometry.area.values
    return tabla.groupby(claves)["area"].sum()


def exactitud(salida_pot, salida_gpd, entradas, claves, reales):
    """(total relative difference to the union of the inputs, max per-combination % over combos
    ≥ 1 ha, combos < 1 m² differing)."""
    import geopandas as gpd
    import pandas as pd
    import shapely

    pot = gpd.read_file(salida_pot)
    if reales:  # the plain geopandas union keeps overlaps twice: build the first-wins oracle
        capas = []
        for k, (uri, clave) in enumerate(zip(entradas, claves), start=1):
            ruta, capa = uri.split("|layername=")
            gdf = gpd.read_file(ruta, layer=capa)
            capas.append(_primera_gana(gdf.rename(columns={clave[len(f"l{k}_"):]: clave})[[clave, "geometry"]]))
        oraculo = capas[0]
        for capa in capas[1:]:
            oraculo = gpd.overlay(oraculo, capa, how="union", keep_geom_type=True)
    else:
        oraculo = gpd.read_file(salida_gpd)
    a, b = _areas(pot, claves), _areas(oraculo, claves)
    juntas = pd.concat([a.rename("pot"), b.rename("ref")], axis=1).fillna(0.0)
    union = shapely.union_all([g for uri in entradas for g in gpd.read_file(uri.split("|layername=")[0],
                                                                           layer=uri.split("|layername=")[1]).geometry.make_valid()])
    total = abs(juntas.pot.sum() - union.area) / union.area
    grandes = juntas[juntas.ref >= HECTAREA]
    pct = ((grandes.pot - grandes.ref).abs() / grandes.ref).max() * 100.0
    micro = int(((juntas.ref < MICRO) & ((juntas.pot - juntas.ref).abs() > 0)).sum())
    return total, pct, micro


def _area_total(ruta):
    import geopandas as gpd
    import shapely

    return shapely.union_all(gpd.read_file(ruta).geometry.values).area


# -- orchestration ---------------------------------------------------------------------------------
def caso(nombre, entradas, claves, carpeta, saltar_lentos, repeticiones, reales=False, ambito=None):
    print(f"\n== {nombre} ==", flush=True)
    resultados = {}
    metodos = ["pot", "pot1", "geopandas"] + ([] if saltar_lentos else ["native"])
    for metodo in metodos:
        salida = carpeta / f"{nombre}_{metodo}.gpkg"
        corridas = []
        while len(corridas) < repeticiones and (not corridas or corridas[0]["s"] < LARGA):
            for viejo in carpeta.glob(f"{nombre}_{metodo}*.gpkg"):
                viejo.unlink()
            corridas.append(lanzar(metodo, entradas, salida, reales, ambito if metodo.startswith("pot") else None))
        resultados[metodo] = min(corridas, key=lambda r: r["s"])
        resultados[metodo]["salida"] = salida
        r = resultados[metodo]
        print(
            f"  {metodo:10s} {r['s']:8.2f} s wall {r['cpu']:8.2f} s CPU   ΔRSS peak {r['mb']:8.1f} MB   features {r['n']}",
            flush=True,
        )
    pot, pot1 = resultados["pot"], resultados["pot1"]
    print(f"  pot threads vs one thread: {pot1['s'] / pot['s']:6.2f}x")
    for metodo in metodos[2:]:
        otro = resultados[metodo]
        print(
            f"  pot vs {metodo:10s}: {otro['s'] / pot['s']:6.2f}x faster (wall, default threads); "
            f"{otro['cpu'] / pot1['cpu']:6.2f}x less CPU (one thread)"
        )
    total, pct, micro = exactitud(pot["salida"], resultados["geopandas"]["salida"], entradas, claves, reales)
    print(f"  pot exactness: total area vs the union of the inputs rel. diff {total:.2e}; "
          f"max per-combination diff (≥ 1 ha) vs geopandas {pct:.2e} %")
    print(f"    ({micro} combinations under {MICRO} m² differ: micro-slivers of the oracle's noding)")
    if "native" in resultados:
        a_pot, a_nat = _area_total(pot["salida"]), _area_total(resultados["native"]["salida"])
        print(f"  native:union covered area rel. diff vs pot {abs(a_nat - a_pot) / a_pot:.2e}")
    return resultados


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,3000,10000")
    parser.add_argument("--cases", default="plain,outline", help="plain (offset tessellations), outline (cut to one shared outline)")
    parser.add_argument("--real", action="store_true", help="also the Ucayali DIT layers")
    parser.add_argument("--skip-slow-peers", action="store_true", help="leave out native:union (minutes at 10k)")
    parser.add_argument("--repeat", type=int, default=3, help=f"runs per method, the fastest counts (runs over {LARGA:.0f} s: one)")
    parser.add_argument("--folder", default=str(Path(tempfile.gettempdir()) / "pot_bench_sintesis"))
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(trabajar(*json.loads(args.worker))), flush=True)
        return

    carpeta = Path(args.folder)
    carpeta.mkdir(parents=True, exist_ok=True)
    print(f"cores: {os.cpu_count()}  load average: {os.getloadavg()}")
    casos = [c.strip() for c in args.cases.split(",") if c.strip()]
    for n in [int(s) for s in args.sizes.split(",") if s]:
        for tipo in casos:
            contorno = tipo == "outline"
            gpkg = lanzar("generar", [n, contorno], carpeta)["gpkg"]
            entradas = [f"{gpkg}|layername=capa_{k}" for k in range(1, 5)]
            ambito = f"{gpkg}|layername=ambito" if contorno else None
            caso(f"voronoi_4x{n}" + ("_outline" if contorno else ""), entradas, [f"l{k}_id" for k in range(1, 5)], carpeta,
                 args.skip_slow_peers, args.repeat, ambito=ambito)
            print(f"  load average after the case: {os.getloadavg()}", flush=True)
    if args.real:
        if not SHARED.exists():
            print(f"\n== ucayali == skipped: {SHARED} not found (only CI and developers have ../shared)")
        else:
            entradas = [f"{SHARED}|layername={capa}" for capa, _ in REAL]
            claves = [f"l{k}_{campo}" for k, (_, campo) in enumerate(REAL, start=1)]
            caso("ucayali_4_capas", entradas, claves, carpeta, args.skip_slow_peers, args.repeat, reales=True)


if __name__ == "__main__":
    main()
