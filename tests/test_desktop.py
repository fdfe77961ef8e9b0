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
    assert informe["dialogos"] == []
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
    assert not any(n.startswith(("pot_cartografia/tests/", "pot_cartografia/scripts/", "pot_cartografia/benchmarks/"))
                   or n.endswith((".pyc", ".ts", "Makefile")) for n in nombres)
    assert all(n.startswith("pot_cartografia/") for n in nombres)


def test_processing_parameters_documented(pot_provider):
    """Every algorithm of the provider has a name, a group and help: what qgis_process and the toolbox show."""
    for alg in pot_provider.algorithms():
        assert alg.displayName() and alg.group() and alg.shortHelpString(), alg.id()
