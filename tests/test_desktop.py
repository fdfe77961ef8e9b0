"""The real QGIS desktop under Xvfb, the plugin installed as users install it (from the zip, or by
copying the source folder of a clone) into a throwaway profile, in Spanish; and qgis_process.

Also produces the README's screenshot (docs/captura_qgis.png) when run with POT_README_SHOT=1.
"""
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import processing
import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.desktop


@pytest.fixture(scope="module")
def zip_plugin(tmp_path_factory):
    """The plugin zip, built from what git tracks into a temporary folder (never into the repository)."""
    destino = tmp_path_factory.mktemp("zip") / "pot_cartografia.zip"
    subprocess.run([sys.executable, "scripts/make_zip.py", "--out", str(destino)], cwd=REPO, check=True)
    return destino


def _perfil(tmp_path, origen, idioma="es"):
    profile = tmp_path / "perfil"
    subprocess.run([str(REPO / "scripts" / "prepare_profile.sh"), str(profile), str(origen), idioma], cwd=REPO, check=True)
    return profile


@pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("xvfb-run") is None, reason="QGIS desktop or xvfb-run not installed")
@pytest.mark.parametrize("instalacion", ["zip", "source"])
def test_desktop_loads_plugin_opens_pot_without_errors(instalacion, zip_plugin, demo_folder, tmp_path):
    pot = tmp_path / "pot.gpkg"
    processing.run(
        "pot:crear_proyecto",
        {"NAME": "POT de prueba", "LEVEL": 1, "AMBITO": f"{demo_folder / 'territorio_demo.gpkg'}|layername=ambito",
         "HORIZON": 2040, "OUTPUT": str(pot)},
    )
    profile = _perfil(tmp_path, zip_plugin if instalacion == "zip" else "source")
    informe = _abrir_en_escritorio(pot, profile, tmp_path)
    assert informe["activo"], "the plugin is loaded"
    assert informe["errores"] == []
    assert "PotNavegadorDock" in informe["docks"] and "PotDiccionarioDock" in informe["docks"]
    menu = [title.replace("&", "") for title in informe["menu"]]
    assert "POT" in menu and "Proyecto" in menu, "QGIS runs in Spanish"
    # The plugin speaks Spanish too: its compiled translation is shipped (zip and source folder alike).
    assert "Nuevo POT…" in informe["acciones_pot"], informe["acciones_pot"]
    assert len(informe["capas"]) == 1, "the POT's project opened with its ámbito"
    print(instalacion, "plugin load time:", informe["tiempo_carga"])
    if os.environ.get("POT_README_SHOT") and instalacion == "zip":
        shutil.copy(tmp_path / "captura.png", REPO / "docs" / "captura_qgis.png")


def _abrir_en_escritorio(pot, profile, tmp_path) -> dict:
    """Run the QGIS desktop under Xvfb, open ``pot`` with the plugin, and return its JSON report."""
    env = dict(os.environ, POT_ABRIR=str(pot), POT_CAPTURA=str(tmp_path / "captura.png"), POT_INFORME=str(tmp_path / "informe.json"))
    env.pop("QT_QPA_PLATFORM", None)  # a real X display (Xvfb), not offscreen
    # QGIS may linger on exit under Xvfb: wait for the report, then stop the whole process group.
    proc = subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", "qgis", "--profiles-path", str(profile), "--nologo",
         "--noversioncheck", "--code", str(REPO / "scripts" / "qgis_abrir_pot.py")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180
        while not (tmp_path / "informe.json").exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(0.5)  # the report is written in one go; give it a moment to be closed
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        stderr = proc.communicate(timeout=30)[1]
    assert (tmp_path / "informe.json").exists(), stderr[-3000:]
    return json.loads((tmp_path / "informe.json").read_text(encoding="utf-8"))


@pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("xvfb-run") is None, reason="QGIS desktop or xvfb-run not installed")
def test_desktop_opens_a_renamed_copy_without_asking_for_layers(zip_plugin, demo_folder, tmp_path):
    """A POT copied to another folder under another name, the original gone: QGIS must not pop its
    modal "Handle Unavailable Layers" dialog, and every layer must read the copy."""
    original = tmp_path / "original" / "pot.gpkg"
    original.parent.mkdir()
    demo = demo_folder / "territorio_demo.gpkg"
    processing.run("pot:crear_proyecto", {"NAME": "POT copiado", "LEVEL": 1, "AMBITO": f"{demo}|layername=ambito", "HORIZON": 2040,
                                          "OUTPUT": str(original)})
    processing.run("pot:anadir_capa", {"PROJECT": str(original), "INPUT": f"{demo}|layername=vias", "NAME": "vias", "PHASE": 1})
    copia = tmp_path / "otra carpeta" / "POT de la provincia ñ.gpkg"
    copia.parent.mkdir()
    shutil.copy2(original, copia)
    shutil.rmtree(original.parent)
    informe = _abrir_en_escritorio(copia, _perfil(tmp_path, zip_plugin), tmp_path)
    assert informe["dialogos_modales"] == []
    assert informe["errores"] == []
    assert len(informe["capas"]) == 2 and informe["capas_invalidas"] == []


@pytest.mark.skipif(not Path("/usr/bin/qgis_process.bin").exists(), reason="qgis_process not installed")
@pytest.mark.parametrize("instalacion", ["zip", "source"])
def test_algorithms_run_under_qgis_process(instalacion, zip_plugin, tmp_path):
    # Debian's /usr/bin/qgis_process wrapper passes an option qgis_process rejects: call the binary.
    profile = _perfil(tmp_path, zip_plugin if instalacion == "zip" else "source")
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(profile), QT_QPA_PLATFORM="offscreen")

    def qgis_process(*args):
        out = subprocess.run(["/usr/bin/qgis_process.bin", *args], env=env, capture_output=True, text=True, timeout=180)
        assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
        return out.stdout

    assert "* pot_cartografia" in qgis_process("plugins")
    qgis_process("run", "pot:territorio_demo", "--", f"OUTPUT_FOLDER={tmp_path / 'dit'}")
    out = qgis_process(
        "run", "pot:crear_proyecto", "--", "NAME=POT desde qgis_process", "LEVEL=1",
        f"AMBITO={tmp_path / 'dit' / 'territorio_demo.gpkg'}|layername=ambito", "HORIZON=2040", f"OUTPUT={tmp_path / 'pot.gpkg'}",
    )
    assert "EPSG:32718" in out and "la zona del ámbito" in out, "runs, and speaks Spanish as the profile asks"
    from pot_cartografia.store.pot_store import PotStore

    assert PotStore.open(tmp_path / "pot.gpkg").metadata()["nombre"] == "POT desde qgis_process"


def test_the_zip_holds_every_plugin_file_and_no_development_file(zip_plugin):
    import zipfile

    nombres = set(zipfile.ZipFile(zip_plugin).namelist())
    rastreados = subprocess.run(["git", "-c", "safe.directory=*", "ls-files"], cwd=REPO, capture_output=True, text=True,
                                check=True).stdout.split()
    codigo = [r for r in rastreados if r.endswith((".py", ".ui", ".qm", ".svg")) and r.split("/")[0] not in
              ("tests", "benchmarks", "scripts", "docs")]
    faltan = [r for r in codigo if f"pot_cartografia/{r}" not in nombres]
    assert faltan == []
    assert "pot_cartografia/i18n/pot_cartografia_es.qm" in nombres
    assert "pot_cartografia/i18n/pot_cartografia_en.qm" in nombres
    guia = [r for r in rastreados if r.startswith("docs/guia/")]
    assert guia and all(f"pot_cartografia/{r}" in nombres for r in guia), "the user guide ships with the plugin"
    assert "pot_cartografia/docs/ARCHITECTURE.md" not in nombres
    assert not any(n.startswith(("pot_cartografia/tests/", "pot_cartografia/scripts/", "pot_cartografia/benchmarks/"))
                   or n.endswith((".pyc", ".ts", "Makefile")) for n in nombres)
    assert all(n.startswith("pot_cartografia/") for n in nombres)


def test_processing_parameters_documented(pot_provider):
    """Every algorithm of the provider has a name, a group and help: what qgis_process and the toolbox show."""
    for alg in pot_provider.algorithms():
        assert alg.displayName() and alg.group() and alg.shortHelpString(), alg.id()


# -- the desktop a GIS specialist lives in: screens of a laptop and of a desk, restart ---------------
def _pot_con_trabajo(carpeta, shared_data):
    """A provincial POT of Coronel Portillo from the real layers, with its Paso 01 under way: DIT layers
    registered and checked, units, characterisation, a version and two contributions."""
    from pot_cartografia.modelo_actual import aportes
    from pot_cartografia.store.pot_store import PotStore
    from qgis.core import QgsGeometry

    ucayali = shared_data / "ucayali"
    pot = carpeta / "pot_coronel_portillo.gpkg"
    processing.run("pot:crear_proyecto", {
        "NAME": "POT de la Provincia de Coronel Portillo", "LEVEL": 1, "AMBITO": str(ucayali / "01_limites_provincias_ucayali.gpkg"),
        "FILTER": "\"PROVINCIA\" = 'CORONEL PORTILLO'", "AMBITO_NAME": "Provincia de Coronel Portillo", "HORIZON": 2040,
        "ENTITY": "Municipalidad Provincial de Coronel Portillo", "OUTPUT": str(pot)})
    for archivo, tema, campo, variable, mapa in (
        ("10_anp_nacional_ucayali", 2, "anp_cate", "ANP", "Parque Nacional=PN;Reserva Comunal=RC"),
        ("20_comunidades_nativas_ucayali", 3, "", "", ""),
        ("21_reservas_territoriales_indigenas", 3, "", "", ""),
        ("30_red_vial_departamental_ucayali", 13, "", "", ""),
    ):
        processing.run("pot:registrar_capa_dit", {"PROJECT": str(pot), "INPUT": str(ucayali / f"{archivo}.gpkg"), "THEME": tema,
                                                  "FIELD": campo, "VARIABLE": variable, "VALUE_MAP": mapa})
    processing.run("pot:validar_capas_dit", {"PROJECT": str(pot)})
    processing.run("pot:modelo_actual_unidades", {"PROJECT": str(pot), "MIN_AREA_HA": 5})
    store = PotStore.open(pot)
    processing.run("pot:caracterizar_modelo_actual", {"INPUT": store.layer_uri("modelo_actual_unidades")})
    processing.run("pot:guardar_version_modelo", {"PROJECT": str(pot), "INPUT": store.layer_uri("modelo_actual_unidades")})
    aportes.anadir(store, QgsGeometry.fromWkt("POINT(545000 9070000)"), "La cocha Yarinacocha figura fuera de su lugar",
                   "Ana Ríos", "Municipalidad de Yarinacocha", "Taller 1")
    aportes.anadir(store, QgsGeometry.fromWkt("POINT(560000 9050000)"), "Falta la trocha a Nueva Italia", "Luis Pérez",
                   "Comunidad nativa Callería", "Taller 1")
    return pot


def _qgis(profile, env, pantalla, timeout=240):
    env = dict(os.environ, **env)
    env.pop("QT_QPA_PLATFORM", None)  # a real X display (Xvfb), not offscreen
    proc = subprocess.Popen(
        ["xvfb-run", "-a", "-s", f"-screen 0 {pantalla}x24", "qgis", "--profiles-path", str(profile), "--nologo",
         "--noversioncheck", "--code", str(REPO / "scripts" / "qgis_abrir_pot.py")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    informe = Path(env["POT_INFORME"])
    try:
        fin = time.monotonic() + timeout
        while not informe.exists() and proc.poll() is None and time.monotonic() < fin:
            time.sleep(0.5)
        # QGIS saves its window state on the way out: let it close by itself (it may linger under Xvfb)
        espera = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < min(fin, espera):
            time.sleep(0.5)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
        stderr = proc.communicate(timeout=30)[1]
    assert informe.exists(), stderr[-3000:]
    return json.loads(informe.read_text(encoding="utf-8"))


@pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("xvfb-run") is None, reason="QGIS desktop or xvfb-run not installed")
@pytest.mark.parametrize("pantalla", ["1366x768", "1600x1000"])
def test_every_dock_and_dialog_fits_a_laptop_and_a_desk_screen(pantalla, zip_plugin, shared_data, tmp_path, capturas):
    """The real QGIS window at 1366×768 and 1600×1000 with every POT dock open: the window stays inside
    the screen, every visible button can be reached, every dialog fits; screenshots of each dock and
    dialog go to the screenshot folder (look at them). Then QGIS restarts: the docks come back, and the
    POT is among QGIS's recent projects."""
    pot = _pot_con_trabajo(tmp_path, shared_data)
    profile = _perfil(tmp_path, zip_plugin)
    ancho, alto = (int(n) for n in pantalla.split("x"))
    informe = _qgis(profile, {"POT_ABRIR": str(pot), "POT_PANELES": "navegador,diccionario,modelo_actual,prospectiva,salidas",
                              "POT_RECORRIDO": str(capturas), "POT_PREFIJO": f"{pantalla}_",
                              "POT_INFORME": str(tmp_path / "informe.json")}, pantalla)
    assert informe["errores"] == []
    medidas = informe["medidas"]
    assert medidas["ventana"][1] <= alto and medidas["ventana"][0] <= ancho, medidas
    assert all(d["cabe"] for d in medidas["docks"].values()), medidas["docks"]
    assert informe["botones_fuera"] == [], "buttons off-screen"
    assert set(informe["dialogos"]) == {"nuevo_pot", "variable_nueva", "variable_clases", "aporte", "acerca", "detalles"}
    assert all(d["cabe"] for d in informe["dialogos"].values()), informe["dialogos"]
    assert medidas["docks"]["modelo_actual"]["alto"] > 0.5 * alto, "the right docks are tabs: each one gets the height"
    for nombre in ("ventana_navegador", "ventana_modelo_actual", "modelo_actual_6", "prospectiva_2", "prospectiva_6", "salidas_1",
                   "dialogo_nuevo_pot",
                   "dialogo_aporte"):
        assert (capturas / f"{pantalla}_{nombre}.png").stat().st_size > 10_000, nombre
    if os.environ.get("POT_GUIA_CAPTURAS") and pantalla == "1366x768":  # the user guide's pictures, from this window
        import re

        guia = REPO / "docs" / "guia"
        usadas = {m for pagina in guia.glob("*.html") for m in re.findall(r'src="img/([^"]+)"', pagina.read_text(encoding="utf-8"))}
        for nombre in usadas:
            shutil.copy(capturas / f"{pantalla}_{nombre}", guia / "img" / nombre)
    if pantalla != "1366x768":
        return
    reinicio = _qgis(profile, {"POT_REINICIO": "1", "POT_INFORME": str(tmp_path / "reinicio.json")}, pantalla)
    assert {"PotNavegadorDock", "PotModeloActualDock"} <= set(reinicio["docks"]), "the docks came back after a restart"
    assert any(str(pot.resolve()) in ruta for ruta in reinicio["recientes"]), reinicio["recientes"]
