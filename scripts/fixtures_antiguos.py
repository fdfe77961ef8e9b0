"""Write the old-schema POT fixtures of ``tests/data/antiguos`` with the OLD code that wrote them.

    .venv/bin/python scripts/fixtures_antiguos.py          (needs QGIS; takes about a minute)

For each schema version, the commit that introduced it is checked out in a temporary git worktree
and its own plugin code (its algorithms, its store) builds a POT, as a user of that version would
have. Never regenerate these files with today's code: they stand for files users already have.

- v1, v2: the skeleton (af91322, schemas 1–2) and the first full store (2efd1f0, schema 2). Schema 1
  never shipped alone: af91322 writes it with its migrations stopped at 1.
- v3, v4: 399b5a0 introduced schemas 3, 4 and 5 at once; its code builds them with its migrations
  stopped at 3 and at 4 (its LATEST set to that number, so it behaves as if it shipped it).
- v5: a7ee593, the last commit before the migrations became modules: a whole POT (registry of DIT
  layers with absolute paths, a corrected copy inside the POT, units, a version, the catalogue, a
  narrative section).

Inputs (not POTs): the sample territory of today's ``pot:territorio_demo`` (plain layers).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DESTINO = REPO / "tests" / "data" / "antiguos"
GENERACION = Path("/tmp/pot_fixtures_antiguos_generacion")  # absolute paths recorded by v5's registry

PREAMBULO = """
import os, sys, json
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, {paquete!r})
sys.path.append("/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
from pot_cartografia.processing_provider.provider import PotProvider
proveedor = PotProvider(); QgsApplication.processingRegistry().addProvider(proveedor)
import processing
demo = {demo!r}
out = {out!r}
def version_maxima(n):
    from pot_cartografia.store import pot_store, schema
    schema.LATEST = n
    pot_store.apply_migrations.__defaults__ = (n,)
"""

RECETAS = {
    1: ("af91322", """
version_maxima(1)
from osgeo import ogr
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.modelo import Clase, Variable
ogr.GetDriverByName("GPKG").CreateDataSource(out)
store = PotStore.initialise(out)
store.set_metadata({"nombre": "POT antiguo v1", "nivel": "provincial", "horizonte": "2035"})
repositorio.reemplazar(store, [
    Variable(codigo="COB", nombre="Cobertura vegetal", fuente="MINAM", clases=[
        Clase(etiqueta="Bosque", color="#1a9641", codigo="1"), Clase(etiqueta="Pasto", color="#fdae61", codigo="6")]),
    Variable(codigo="DENS", nombre="Densidad poblacional", tipo="numerica", unidad="hab/km²", clases=[
        Clase(etiqueta="Baja", color="#ffffcc", minimo=0.0, maximo=10.0), Clase(etiqueta="Alta", color="#800026", minimo=10.0, maximo=1e6)]),
])
"""),
    2: ("2efd1f0", """
from pathlib import Path
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer
from pot_cartografia.store import crear_pot
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.store.proyecto_qgis import crear_proyecto_qgis
from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.modelo import Clase, Variable
# crear_pot of this commit imports diccionario.predeterminado, which only came in the next one: its
# own steps are run here one by one, without the default dictionary.
ambito_capa = QgsVectorLayer(demo + "|layername=ambito", "ambito", "ogr")
ambito = crear_pot.preparar_ambito(list(ambito_capa.getFeatures()), ambito_capa.crs(), "ambito")
datos = crear_pot.DatosPot(nombre="POT antiguo v2", nivel="provincial", horizonte=2035)
crs, _ = crear_pot.elegir_crs(ambito)
crear_pot._escribir_ambito(Path(out), ambito, crs, datos, None)
store = PotStore.initialise(out)
store.set_metadata({"nombre": datos.nombre, "nivel": datos.nivel, "horizonte": 2035, "crs": crs.authid(), "zona_utm": "18S"})
store.register_layer("ambito", "Ámbito del POT", "base")
crear_pot._guardar_estilo_ambito(store)
crear_proyecto_qgis(store, crs, datos.nombre)
repositorio.guardar(store, Variable(codigo="ZEE", nombre="Zonificación ecológica y económica", clases=[
    Clase(etiqueta=e, color=c, codigo=e) for e, c in (("ZP", "#1a9641"), ("ZPC", "#a6d96a"), ("ZTE", "#fdae61"), ("ZR", "#d7191c"), ("ZUI", "#7b3294"))]))
# Its importar_capa sets ``options.ct = None``, which the PyQGIS bindings of 3.22.16 refuse (older
# ones accepted it): that one assignment is ignored, everything else is the commit's own code.
from qgis.core import QgsVectorFileWriter
from pot_cartografia.store import capas as capas_antiguas


class _Opciones(QgsVectorFileWriter.SaveVectorOptions):
    def __setattr__(self, nombre, valor):
        if not (nombre == "ct" and valor is None):
            super().__setattr__(nombre, valor)


class _Escritor:
    SaveVectorOptions = _Opciones

    def __getattr__(self, nombre):
        return getattr(QgsVectorFileWriter, nombre)


capas_antiguas.QgsVectorFileWriter = _Escritor()
processing.run("pot:anadir_capa", {"PROJECT": out, "INPUT": demo.replace(".gpkg", "_4326.gpkg") + "|layername=zee",
                                   "NAME": "zee", "TITLE": "ZEE", "PHASE": 1})
processing.run("pot:vincular_variable", {"INPUT": out + "|layername=zee", "FIELD": "zee", "VARIABLE": "ZEE"})
"""),
    3: ("399b5a0", """
version_maxima(3)
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.salidas import catalogo
processing.run("pot:crear_proyecto", {"NAME": "POT antiguo v3", "LEVEL": 1, "AMBITO": demo + "|layername=ambito",
                                      "HORIZON": 2035, "OUTPUT": out})
processing.run("pot:anadir_capa", {"PROJECT": out, "INPUT": demo + "|layername=zee", "NAME": "zee", "TITLE": "ZEE", "PHASE": 1})
processing.run("pot:vincular_variable", {"INPUT": out + "|layername=zee", "FIELD": "zee", "VARIABLE": "ZEE"})
store = PotStore.open(out)
catalogo.guardar(store, catalogo.catalogo_por_defecto(store))
"""),
    4: ("399b5a0", """
version_maxima(4)
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.salidas import catalogo
processing.run("pot:crear_proyecto", {"NAME": "POT antiguo v4", "LEVEL": 1, "AMBITO": demo + "|layername=ambito",
                                      "HORIZON": 2035, "OUTPUT": out})
store = PotStore.open(out)
catalogo.guardar(store, catalogo.catalogo_por_defecto(store))
processing.run("pot:registrar_capa_dit", {"PROJECT": out, "INPUT": demo + "|layername=zee", "THEME": 0, "FIELD": "zee",
                                          "VARIABLE": "ZEE", "NAME": "zee"})
u = processing.run("pot:modelo_actual_unidades", {"PROJECT": out})
processing.run("pot:guardar_version_modelo", {"PROJECT": out, "INPUT": u["OUTPUT"], "STATE": 0, "NOTE": "taller 1"})
"""),
    5: ("a7ee593", """
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.salidas import catalogo, memoria
processing.run("pot:crear_proyecto", {"NAME": "POT antiguo v5", "LEVEL": 1, "AMBITO": demo + "|layername=ambito",
                                      "HORIZON": 2035, "OUTPUT": out})
store = PotStore.open(out)
catalogo.guardar(store, catalogo.catalogo_por_defecto(store))
dit = os.path.join(os.path.dirname(out), "dit", "dit.gpkg")
processing.run("pot:registrar_capa_dit", {"PROJECT": out, "INPUT": dit + "|layername=zee", "THEME": 0, "FIELD": "zee",
                                          "VARIABLE": "ZEE", "NAME": "zee"})
processing.run("pot:registrar_capa_dit", {"PROJECT": out, "INPUT": dit + "|layername=anp", "THEME": 2, "NAME": "anp"})
processing.run("pot:corregir_capa_dit", {"PROJECT": out, "LAYER": "anp", "NAME": "anp_corregida"})
u = processing.run("pot:modelo_actual_unidades", {"PROJECT": out, "LAYERS": "zee"})
processing.run("pot:guardar_version_modelo", {"PROJECT": out, "INPUT": u["OUTPUT"], "STATE": 1, "NOTE": "validada"})
memoria.guardar_narrativa(store, list(memoria.secciones())[0], "Texto escrito con la versión antigua: ñandú, acción.")
"""),
}


def _demo(carpeta: Path) -> Path:
    """The sample territory (input layers only), written by today's generator."""
    codigo = PREAMBULO.format(paquete=str(_enlace(REPO, carpeta / "hoy")), demo="", out="") + (
        f"processing.run('pot:territorio_demo', {{'OUTPUT_FOLDER': {str(carpeta / 'demo')!r}}})\nos._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", codigo], check=True)
    demo = carpeta / "demo" / "territorio_demo.gpkg"
    subprocess.run(["ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:4326", str(demo).replace(".gpkg", "_4326.gpkg"), str(demo), "zee"],
                   check=True)
    return demo


def _enlace(codigo: Path, carpeta: Path) -> Path:
    carpeta.mkdir(parents=True, exist_ok=True)
    (carpeta / "pot_cartografia").symlink_to(codigo, target_is_directory=True)
    return carpeta


def _dit(demo: Path, destino: Path) -> None:
    """A small DIT file beside the v5 POT (two layers of the sample territory)."""
    destino.parent.mkdir(parents=True, exist_ok=True)
    for n, capa in enumerate(("zee", "anp")):
        subprocess.run(["ogr2ogr", "-f", "GPKG", *(["-update"] if n else []), str(destino), str(demo), capa], check=True)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="pot_antiguos_") as tmp:
        tmp = Path(tmp)
        demo = _demo(tmp)
        shutil.rmtree(GENERACION, ignore_errors=True)
        for version, (commit, receta) in RECETAS.items():
            arbol = tmp / f"arbol_v{version}"
            subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", str(arbol), commit], check=True,
                           capture_output=True)
            try:
                paquete = _enlace(arbol, tmp / f"paquete_v{version}")
                out = GENERACION / f"v{version}" / "pot.gpkg"
                out.parent.mkdir(parents=True)
                if version == 5:
                    _dit(demo, out.parent / "dit" / "dit.gpkg")
                codigo = PREAMBULO.format(paquete=str(paquete), demo=str(demo), out=str(out)) + receta + "\nos._exit(0)\n"
                subprocess.run([sys.executable, "-c", codigo], check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
                destino = DESTINO / f"v{version}"
                shutil.rmtree(destino, ignore_errors=True)
                shutil.copytree(out.parent, destino, ignore=shutil.ignore_patterns("*.bak.gpkg", "*-journal", "*-wal", "*-shm"))
                print(json.dumps({"version": version, "commit": commit, "files": sorted(p.name for p in destino.rglob("*"))}))
            finally:
                subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(arbol)], check=False,
                               capture_output=True)


if __name__ == "__main__":
    main()
