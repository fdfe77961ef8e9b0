"""Crash safety: each writing algorithm is run in a process of its own and killed (SIGKILL, as a crash
or a power cut) at a seeded random moment of its run; then the POT must open, pass sqlite's
integrity check and every invariant of ``store.revision``, read its QGIS project with every layer
valid, hold either the whole previous state or the whole new one, and keep no leftover files.

``POT_CRASH_N`` kills per algorithm (CI: 2; ``make test-crash N=200`` for a long run),
``POT_CRASH_SEMILLA`` the seed. The moments are spread over the algorithm's own duration, measured
by one run left to finish. The summary at the end of the run says how many kills each survived.
"""
from __future__ import annotations

import os
import random
import shutil
import sqlite3
import time
from pathlib import Path

import processing
import pytest
from procesos import RESUMEN, lanzar
from qgis.core import QgsProject

from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.store.proyecto_qgis import leer_proyecto
from pot_cartografia.store.revision import revisar

N = int(os.environ.get("POT_CRASH_N", "2"))
SEMILLA = int(os.environ.get("POT_CRASH_SEMILLA", "2026"))


def _consulta(path, sql):
    with sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True) as conn:
        return conn.execute(sql).fetchall()


def _tablas(path):
    return {r[0] for r in _consulta(path, "SELECT name FROM sqlite_master WHERE type = 'table'")}


# -- what each algorithm changes: a fingerprint without random ids, equal before/after or not --------
def _huella_capa(path, capa, campo):
    if capa not in _tablas(path):
        return None
    return (
        sorted(r[0] or "" for r in _consulta(path, f'SELECT "{campo}" FROM "{capa}"')),
        sorted(_consulta(path, f"SELECT campo, variable FROM pot_campos WHERE capa = '{capa}'")),
        _consulta(path, f"SELECT COUNT(*) FROM pot_vinculos WHERE capa = '{capa}'")[0][0],
        _consulta(path, f"SELECT titulo, fase FROM pot_capas WHERE capa = '{capa}'"),
    )


def _huella_reemplazo(path):
    return _huella_capa(path, "cobertura", "cob")


def _huella_unidades(path):
    if "modelo_actual_unidades" not in _tablas(path):
        return None
    return (
        _consulta(path, "SELECT COUNT(*) FROM modelo_actual_unidades")[0][0],
        sorted(_consulta(path, "SELECT campo, variable FROM pot_campos WHERE capa = 'modelo_actual_unidades'")),
        _consulta(path, "SELECT COUNT(*) FROM pot_vinculos WHERE capa = 'modelo_actual_unidades'")[0][0],
        _consulta(path, "SELECT COUNT(*) FROM layer_styles WHERE f_table_name = 'modelo_actual_unidades'")[0][0],
    )


def _huella_versiones(path):
    return _consulta(path, "SELECT version, estado, capa, unidades FROM pot_modelo_versiones ORDER BY version")


def _huella_diccionario(path):
    return sorted(_consulta(path, "SELECT codigo, nombre FROM pot_variables")), _consulta(path, "SELECT COUNT(*) FROM pot_clases")


def _huella_registro(path):
    return _consulta(path, "SELECT nombre, tema, mapeo FROM pot_dit_capas ORDER BY nombre")


def _huella_catalogo(path):
    return _consulta(path, "SELECT numero, titulo, capas FROM pot_hojas ORDER BY orden")


def _huella_vinculo(path):
    return (_consulta(path, "SELECT campo, variable FROM pot_campos WHERE capa = 'cobertura' ORDER BY campo"),
            _consulta(path, "SELECT variable, COUNT(*) FROM pot_vinculos WHERE capa = 'cobertura' GROUP BY variable"),
            _consulta(path, "SELECT COUNT(*) FROM layer_styles WHERE f_table_name = 'cobertura' AND styleQML LIKE '%CONF_USO%'"))


# -- the POTs the algorithms run on (built once per session) ------------------------------------------
@pytest.fixture(scope="module")
def plantillas(pot_demo_plantilla, demo_folder, tmp_path_factory):
    carpeta = tmp_path_factory.mktemp("crash_plantillas") / "equipo"  # the POT and its DIT files: copied together
    (carpeta / "dit").mkdir(parents=True)
    pot = carpeta / "pot.gpkg"
    shutil.copy2(pot_demo_plantilla, pot)
    demo = carpeta / "dit" / "territorio_demo.gpkg"
    shutil.copy2(demo_folder / "territorio_demo.gpkg", demo)
    processing.run("pot:anadir_capa", {"PROJECT": str(pot), "INPUT": f"{demo}|layername=cobertura", "NAME": "cobertura", "PHASE": 1})
    processing.run("pot:vincular_variable", {"INPUT": f"{pot}|layername=cobertura", "FIELD": "cob", "VARIABLE": "COB"})
    for capa, campo, variable in (("zee", "zee", "ZEE"), ("cobertura", "cob", "COB")):
        processing.run("pot:registrar_capa_dit", {"PROJECT": str(pot), "INPUT": f"{demo}|layername={capa}", "THEME": 0,
                                                  "FIELD": campo, "VARIABLE": variable, "NAME": capa})
    processing.run("pot:modelo_actual_unidades", {"PROJECT": str(pot)})
    _capa_grande(carpeta / "dit" / "grande.gpkg")
    from pot_cartografia.diccionario.intercambio import exportar
    from pot_cartografia.diccionario.modelo import Clase, Variable

    exportar([Variable(codigo=f"CRASH_{i}", nombre=f"Variable {i}", tipo="categorica",
                       clases=[Clase(etiqueta=f"Clase {j}", color="#112233", codigo=str(j)) for j in range(20)])
              for i in range(150)], carpeta.parent / "diccionario.xlsx")
    return {"pot": pot, "demo": demo, "carpeta": carpeta}


def _capa_grande(ruta, n=20000):
    """A layer big enough for the write itself to take a while (cells of 100 m, a text field)."""
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(ruta))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    capa = ds.CreateLayer("grande", srs, ogr.wkbPolygon)
    capa.CreateField(ogr.FieldDefn("cob", ogr.OFTString))
    capa.StartTransaction()
    for i in range(n):
        x, y = 500000 + 100 * (i % 200), 9000000 + 100 * (i // 200)
        f = ogr.Feature(capa.GetLayerDefn())
        f.SetField("cob", str(i % 7))
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x} {y},{x + 90} {y},{x + 90} {y + 90},{x} {y + 90},{x} {y}))"))
        capa.CreateFeature(f)
    capa.CommitTransaction()
    ds = None


def _ordenes(p, pot):
    demo = p["demo"]
    return {
        "anadir_capa_grande": ({"alg": "pot:anadir_capa", "params": {
            "PROJECT": str(pot), "INPUT": f"{p['carpeta'] / 'dit' / 'grande.gpkg'}|layername=grande", "NAME": "cobertura",
            "PHASE": 1, "REPLACE": True}}, _huella_reemplazo),
        "anadir_capa_reemplazo": ({"alg": "pot:anadir_capa", "params": {
            "PROJECT": str(pot), "INPUT": f"{demo}|layername=distritos", "NAME": "cobertura", "PHASE": 1, "REPLACE": True}},
            _huella_reemplazo),
        "modelo_actual_unidades": ({"alg": "pot:modelo_actual_unidades", "params": {"PROJECT": str(pot), "LAYERS": "zee"}},
                                   _huella_unidades),
        "guardar_version_modelo": ({"alg": "pot:guardar_version_modelo", "params": {
            "PROJECT": str(pot), "INPUT": f"{pot}|layername=modelo_actual_unidades"}}, _huella_versiones),
        "importar_diccionario": ({"alg": "pot:importar_diccionario", "params": {
            "PROJECT": str(pot), "INPUT": str(p["carpeta"].parent / "diccionario.xlsx"), "MODE": 1}}, _huella_diccionario),
        "registrar_capa_dit": ({"alg": "pot:registrar_capa_dit", "params": {
            "PROJECT": str(pot), "INPUT": f"{demo}|layername=anp", "THEME": 2, "NAME": "anp"}}, _huella_registro),
        "vincular_variable": ({"alg": "pot:vincular_variable", "params": {
            "INPUT": f"{pot}|layername=cobertura", "FIELD": "cob", "VARIABLE": "CONF_USO"}}, _huella_vinculo),
        "guardar_catalogo": ({"codigo": f"""
from pot_cartografia.salidas import catalogo
from pot_cartografia.store.pot_store import PotStore
store = PotStore({str(pot)!r})
hojas = catalogo.cargar(store)
for hoja in hojas:
    hoja.titulo = hoja.titulo + " (revisado)"
catalogo.guardar(store, hojas)
resultado = len(hojas)
"""}, _huella_catalogo),
    }


def _copiar(plantillas, carpeta) -> Path:
    shutil.copytree(plantillas["carpeta"], carpeta)
    return carpeta / "pot.gpkg"


ALGORITMOS = ["anadir_capa_reemplazo", "anadir_capa_grande", "modelo_actual_unidades", "guardar_version_modelo", "importar_diccionario",
              "registrar_capa_dit", "vincular_variable", "guardar_catalogo"]
_duraciones = {}


def _correr(orden, matar_en=None) -> dict:
    hijo = lanzar(orden)
    hijo.esperar_listo()
    if matar_en is None:
        return hijo.terminar()
    time.sleep(max(0.0, matar_en - (time.monotonic() - hijo.listo_en)))
    vivo = hijo.proceso.poll() is None
    hijo.matar()
    return {"muerto_en_marcha": vivo}


def _comprobar_entero(path) -> None:
    store = PotStore.open(path)  # opens (and cleans what the killed process left)
    assert revisar(path) == []
    project = QgsProject()
    try:
        leer_proyecto(project, store)
        invalidas = [lyr.name() for lyr in project.mapLayers().values() if not lyr.isValid()]
        assert invalidas == []
    finally:
        project.clear()
    restos = sorted(p.name for p in Path(path).parent.rglob("*") if ".escritura-" in p.name)
    assert restos == []


@pytest.mark.parametrize("algoritmo", ALGORITMOS)
def test_killed_at_random_moments_the_pot_stays_whole(algoritmo, plantillas, tmp_path):
    # one run left to finish: the state after, and how long the work takes
    referencia = _copiar(plantillas, tmp_path / "referencia")
    orden, huella = _ordenes(plantillas, referencia)[algoritmo]
    antes = huella(referencia)
    informe = _correr(orden)
    assert informe["ok"], informe
    despues = huella(referencia)
    assert despues != antes, "the algorithm changes what its fingerprint looks at"
    _comprobar_entero(referencia)
    duracion = informe["segundos"]
    azar = random.Random(f"{SEMILLA}-{algoritmo}")
    vistos = {"antes": 0, "despues": 0}
    for n in range(N):
        pot = _copiar(plantillas, tmp_path / f"k{n}")
        orden, huella = _ordenes(plantillas, pot)[algoritmo]
        momento = azar.uniform(0, duracion * 1.05)
        _correr(orden, matar_en=momento)
        try:
            _comprobar_entero(pot)
            estado = huella(pot)
            assert estado in (antes, despues), f"kill at {momento:.3f} s of {duracion:.3f} s left a state neither before nor after"
        except AssertionError as error:
            raise AssertionError(f"{algoritmo}, kill {n + 1}/{N} at {momento:.3f} s of {duracion:.3f} s: {error}") from error
        vistos["antes" if estado == antes else "despues"] += 1
    RESUMEN.append(f"crash-safety {algoritmo}: {N} kills survived (run {duration_text(duracion)}; "
                   f"{vistos['antes']} left the previous state, {vistos['despues']} the new one)")


def duration_text(segundos):
    return f"{segundos:.2f} s"


def test_killed_while_creating_a_pot_leaves_no_pot_or_a_whole_one(demo_folder, tmp_path):
    ambito = f"{demo_folder / 'territorio_demo.gpkg'}|layername=ambito"

    def orden(destino):
        return {"alg": "pot:crear_proyecto", "params": {"NAME": "POT", "LEVEL": 1, "AMBITO": ambito, "HORIZON": 2040,
                                                        "OUTPUT": str(destino)}}

    informe = _correr(orden(tmp_path / "ref" / "pot.gpkg"))
    assert informe["ok"], informe
    duracion = informe["segundos"]
    azar = random.Random(f"{SEMILLA}-crear_proyecto")
    completos = 0
    for n in range(N):
        carpeta = tmp_path / f"k{n}"
        carpeta.mkdir()
        momento = azar.uniform(0, duracion * 1.05)
        _correr(orden(carpeta / "pot.gpkg"), matar_en=momento)
        dejado = sorted(p.name for p in carpeta.iterdir())
        try:
            if (carpeta / "pot.gpkg").exists():
                completos += 1
                _comprobar_entero(carpeta / "pot.gpkg")  # whole; opening it cleans what the kill left
                assert PotStore(carpeta / "pot.gpkg").metadata()["nombre"] == "POT"
            else:  # no POT: a retry works, and cleans the hidden file the killed run left
                reintento = _correr(orden(carpeta / "pot.gpkg"))
                assert reintento["ok"], reintento
                _comprobar_entero(carpeta / "pot.gpkg")
            assert sorted(p.name for p in carpeta.iterdir()) == ["pot.gpkg"]
        except AssertionError as error:
            raise AssertionError(f"kill {n + 1}/{N} at {momento:.3f} s of {duracion:.3f} s left {dejado}: {error}") from error
    RESUMEN.append(f"crash-safety crear_proyecto: {N} kills survived (run {duration_text(duracion)}; "
                   f"{N - completos} left no POT, {completos} a whole one)")
