"""The store owns its schema: POT files written by earlier versions of the plugin (``tests/data/antiguos``,
made by the old code itself, see ``scripts/fixtures_antiguos.py``) open, migrate (after a backup) and
keep their data; a crash's unfinished write (hot journal) is undone on open or explained; components
never reach into the migrations."""
import ast
import shutil
import sqlite3
import subprocess
from pathlib import Path

import processing
import pytest
from ayudas import desmontar, montar, punto_de_montaje
from procesos import lanzar
from qgis.core import QgsProject

from pot_cartografia.core.errors import PotError
from pot_cartografia.diccionario import repositorio
from pot_cartografia.modelo_actual import registro, versiones
from pot_cartografia.store import schema
from pot_cartografia.store.pot_store import PotStore, read_schema_version
from pot_cartografia.store.proyecto_qgis import leer_proyecto
from pot_cartografia.store.revision import revisar

REPO = Path(__file__).resolve().parents[1]
ANTIGUOS = REPO / "tests" / "data" / "antiguos"


def _copia(version, tmp_path) -> Path:
    destino = tmp_path / f"v{version}"
    shutil.copytree(ANTIGUOS / f"v{version}", destino)
    return destino / "pot.gpkg"


def _datos(path):
    """What a user has in a POT, read with sqlite (no plugin code), to compare before and after."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        tablas = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}

        def filas(sql, tabla):
            return sorted(map(tuple, conn.execute(sql).fetchall())) if tabla in tablas else None

        datos = {
            "metadatos": filas("SELECT clave, valor FROM pot_metadatos", "pot_metadatos"),
            "variables": filas("SELECT codigo, nombre, tipo, fuente FROM pot_variables", "pot_variables"),
            "clases": filas("SELECT variable, codigo, etiqueta, color, minimo, maximo FROM pot_clases", "pot_clases"),
            "capas": filas("SELECT capa, titulo, fase FROM pot_capas", "pot_capas"),
            "campos": filas("SELECT capa, campo, variable FROM pot_campos", "pot_campos"),
            "vinculos": filas("SELECT capa, entidad, variable, valor FROM pot_vinculos", "pot_vinculos"),
            "hojas": filas("SELECT numero, titulo, capas FROM pot_hojas", "pot_hojas"),
            "versiones": filas("SELECT version, estado, capa, unidades, nota FROM pot_modelo_versiones", "pot_modelo_versiones"),
            "narrativas": filas("SELECT seccion, texto FROM pot_narrativas", "pot_narrativas"),
        }
        for capa, in conn.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features'"):
            datos[f"capa {capa}"] = conn.execute(f'SELECT COUNT(*) FROM "{capa}"').fetchone()[0]
    return datos


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
def test_old_pot_opens_migrates_after_a_backup_and_keeps_its_data(version, tmp_path):
    pot = _copia(version, tmp_path)
    assert read_schema_version(pot) == version
    antes = _datos(pot)
    store = PotStore.open(pot)
    assert store.schema_version() == schema.LATEST
    with sqlite3.connect(pot) as conn:  # every step ran once, in order, up to the portable sources (v8)
        pasos = [r[0] for r in conn.execute("SELECT version FROM pot_esquema ORDER BY fid")]
    assert pasos == list(range(1, schema.LATEST + 1)) and schema.LATEST >= 8
    backup = pot.with_name(f"pot.v{version}.bak.gpkg")
    assert read_schema_version(backup) == version and _datos(backup) == antes
    despues = _datos(pot)
    assert {k: v for k, v in despues.items() if v is not None and antes.get(k) is not None} == \
        {k: v for k, v in antes.items() if v is not None}
    assert revisar(pot) == []
    if version >= 2:  # POTs with a stored project: it opens with every layer valid
        proyecto = QgsProject()
        leer_proyecto(proyecto, store)
        capas = list(proyecto.mapLayers().values())
        assert capas and all(c.isValid() for c in capas)
        proyecto.clear()
    PotStore.open(pot)  # opening again migrates nothing more and makes no second backup
    assert sorted(p.name for p in pot.parent.glob("*.bak.gpkg")) == [backup.name]


def test_v1_dictionary_survives_to_the_last_schema(tmp_path):
    store = PotStore.open(_copia(1, tmp_path))
    densidad = repositorio.obtener(store, "DENS")
    assert [(c.etiqueta, c.minimo, c.maximo) for c in densidad.clases] == [("Baja", 0.0, 10.0), ("Alta", 10.0, 1e6)]
    assert store.metadata()["nombre"] == "POT antiguo v1"


def test_v5_registry_becomes_portable_and_the_migrated_pot_keeps_working(tmp_path):
    pot = _copia(5, tmp_path)
    store = PotStore.open(pot)
    with sqlite3.connect(pot) as conn:
        fuentes = dict(conn.execute("SELECT nombre, fuente FROM pot_dit_capas").fetchall())
    # recorded as /tmp/pot_fixtures_antiguos_generacion/v5/...: now relative to the POT, or inside it
    assert fuentes == {"zee": "./dit/dit.gpkg|layername=zee", "anp": "{POT}|layername=anp_corregida"}
    assert registro.faltantes(store) == []
    assert registro.obtener(store, "anp").origen == f"{pot.parent / 'dit' / 'dit.gpkg'}|layername=anp"
    assert [(v["version"], v["estado"], v["nota"]) for v in versiones.listar(store)] == [(1, "validado", "validada")]
    from pot_cartografia.salidas import memoria

    assert "ñandú" in memoria.narrativa(store, list(memoria.secciones())[0])
    salida = processing.run("pot:modelo_actual_unidades", {"PROJECT": str(pot), "LAYERS": "zee"})
    assert salida["UNIT_COUNT"] == 53
    version = processing.run("pot:guardar_version_modelo", {"PROJECT": str(pot), "INPUT": salida["OUTPUT"]})
    assert version["VERSION"] == 2 and revisar(pot) == []


# -- a crash's unfinished write ------------------------------------------------------------------------
def _diario_caliente(pot, tmp_path):
    """Kill a process in the middle of a large write: the POT is left with a hot journal."""
    hijo = lanzar({"codigo": f"""
import sqlite3, time
from pathlib import Path
c = sqlite3.connect({str(pot)!r}, isolation_level=None)
c.execute("PRAGMA cache_size = 1")  # spill every change to the file at once: the journal is hot
c.execute("BEGIN IMMEDIATE")
c.execute("UPDATE pot_variables SET nombre = 'medio escrito'")
c.execute("CREATE TABLE relleno AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT i, hex(randomblob(64)) AS x FROM n")
Path({str(tmp_path / 'escribiendo')!r}).write_text("ya")
time.sleep(60)
"""})
    hijo.esperar_listo()
    import time

    while not (tmp_path / "escribiendo").exists():
        time.sleep(0.02)
    hijo.matar()
    assert Path(f"{pot}-journal").exists() and Path(f"{pot}-journal").stat().st_size > 0


def test_hot_journal_left_by_a_crash_is_undone_on_open(pot_demo, tmp_path):
    antes = repositorio.cargar(PotStore(pot_demo))
    _diario_caliente(pot_demo, tmp_path)
    store = PotStore.open(pot_demo)  # before: "the file or its folder is read-only"
    assert repositorio.cargar(store) == antes
    assert "relleno" not in store.table_names()
    assert revisar(pot_demo) == []


def test_hot_journal_in_a_read_only_folder_is_explained(pot_demo, tmp_path):
    _diario_caliente(pot_demo, tmp_path)
    carpeta = punto_de_montaje("ro")
    for nombre in ("pot.gpkg", "pot.gpkg-journal"):  # the POT and its crash's journal travel together
        shutil.copy2(pot_demo.parent / nombre, carpeta / nombre)
    if not montar(carpeta, "--bind", str(carpeta)):
        desmontar(carpeta)
        pytest.skip("cannot make a read-only folder here: needs root")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(carpeta)], check=True)
        with pytest.raises(PotError, match="unfinished write left by a crash .*pot.gpkg-journal.*writable folder"):
            PotStore.open(carpeta / "pot.gpkg")
    finally:
        desmontar(carpeta)
    PotStore.open(pot_demo)  # where it is writable: undone


# -- who may touch the schema ---------------------------------------------------------------------------
def _importaciones(archivo: Path) -> set:
    arbol = ast.parse(archivo.read_text(encoding="utf-8"))
    nombres = set()
    for nodo in ast.walk(arbol):
        if isinstance(nodo, ast.ImportFrom):
            base = "." * nodo.level + (nodo.module or "")
            nombres.add(base)
            nombres.update(f"{base}.{a.name}" for a in nodo.names)
        elif isinstance(nodo, ast.Import):
            nombres.update(a.name for a in nodo.names)
    return nombres


def test_components_never_reach_into_the_migrations_nor_the_store_into_components():
    componentes = ("diccionario", "modelo_actual", "prospectiva", "modelo_ot", "alternativas", "salidas", "processing_provider", "ui")
    for carpeta in componentes:
        for archivo in (REPO / carpeta).rglob("*.py"):
            for nombre in _importaciones(archivo):
                assert "migraciones" not in nombre, f"{archivo.relative_to(REPO)} imports {nombre}"
                assert not nombre.endswith("schema.create_table"), f"{archivo.relative_to(REPO)} creates tables: {nombre}"
    for archivo in (REPO / "store").rglob("*.py"):
        for nombre in _importaciones(archivo):
            ajenos = [c for c in componentes if c != "diccionario" and c in nombre.split(".")]  # store/dictionary: one level
            assert not ajenos, f"{archivo.relative_to(REPO)} imports {nombre}"
    # and every CREATE TABLE of a POT table is in a migration
    for archivo in REPO.rglob("*.py"):
        if ".venv" in archivo.parts or "tests" in archivo.parts or "migraciones" in archivo.parts:
            continue
        texto = archivo.read_text(encoding="utf-8")
        assert "create_table(conn, \"pot_" not in texto, archivo
