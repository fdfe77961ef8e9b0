"""Test set-up: the repository is importable as the package ``pot_cartografia`` (whatever the
clone's folder is called), QGIS runs headless, Processing and the "pot" provider are loaded, and the
QGIS message log is routed into Python logging so failures show QGIS's own words."""
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data" / "peru"

_link_dir = Path(tempfile.mkdtemp(prefix="pot_pkg_"))
(_link_dir / "pot_cartografia").symlink_to(REPO, target_is_directory=True)
sys.path.insert(0, str(_link_dir))
sys.path.append("/usr/share/qgis/python/plugins")


def pytest_report_header(config):
    """Which QGIS this leg of the matrix runs: the CI log shows it for each leg."""
    import numpy
    from osgeo import gdal
    from qgis.core import Qgis
    from qgis.PyQt.QtCore import QT_VERSION_STR

    return (
        f"QGIS {Qgis.QGIS_VERSION} · Python {sys.version.split()[0]} · Qt {QT_VERSION_STR} · "
        f"GDAL {gdal.__version__} · numpy {numpy.__version__}"
    )


def pytest_terminal_summary(terminalreporter):
    """Deprecation warnings seen in the run, the plugin's own apart (pytest.ini makes those errors)."""
    propias = ajenas = 0
    for report in terminalreporter.stats.get("warnings", []):
        if "DeprecationWarning" not in report.message:
            continue
        if "pot_cartografia" in (report.fslocation or ("",))[0] or "/tests/" in (report.fslocation or ("",))[0]:
            propias += 1
        else:
            ajenas += 1
    terminalreporter.write_line(f"deprecation warnings: {propias} from the plugin and its tests, {ajenas} from other packages")
    for carpeta in _CAPTURAS:
        terminalreporter.write_line(f"screenshots and rendered pages: {carpeta}")
    procesos = sys.modules.get("procesos")
    for linea in getattr(procesos, "RESUMEN", []):
        terminalreporter.write_line(linea)


@pytest.fixture(scope="session", autouse=True)
def pot_provider(qgis_app, qgis_processing):
    """Register the provider once, as QGIS does through initProcessing."""
    from qgis.core import QgsApplication

    from pot_cartografia.processing_provider.provider import PotProvider

    log = logging.getLogger("qgis")
    QgsApplication.messageLog().messageReceived.connect(lambda msg, tag, level: log.info("[%s] %s", tag, msg))
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("pot")
    if provider is None:
        provider = PotProvider()
        registry.addProvider(provider)
    yield provider


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory, pot_provider):
    """The sample territory, generated once per test session by the real algorithm."""
    import processing

    folder = tmp_path_factory.mktemp("demo")
    processing.run("pot:territorio_demo", {"OUTPUT_FOLDER": str(folder)})
    return folder


@pytest.fixture
def shared_data():
    """../shared/data/peru, or a skip that says why (a user's fresh clone has no ../shared)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"real Peruvian layers not found at {SHARED_DATA} (only CI and developers have ../shared)")
    return SHARED_DATA


@pytest.fixture
def copia(tmp_path):
    """copia(path, name=None) → a copy in this test's tmp_path: tests never write to shared files."""

    def _copia(path, nombre=None):
        target = tmp_path / (nombre or Path(path).name)
        shutil.copy2(path, target)
        return target

    return _copia


@pytest.fixture(scope="session")
def pot_demo_plantilla(tmp_path_factory, demo_folder):
    """A POT created once per session by pot:crear_proyecto from the sample territory's ámbito.
    Tests take a copy (``pot_demo``) and never change it."""
    import processing

    from ayudas import capa_demo

    path = tmp_path_factory.mktemp("pot_demo") / "plantilla.gpkg"
    processing.run(
        "pot:crear_proyecto",
        {"NAME": "POT demo", "LEVEL": 1, "AMBITO": capa_demo(demo_folder, "ambito"), "HORIZON": 2040, "OUTPUT": str(path)},
    )
    return path


@pytest.fixture
def pot_demo(pot_demo_plantilla, copia):
    """Path of a fresh POT of the sample territory (a copy of the session's template)."""
    return copia(pot_demo_plantilla, "pot.gpkg")


@pytest.fixture(scope="session")
def pot_salidas_plantilla(tmp_path_factory):
    """The small output-test POT (tests/pot_prueba.py), built once per session."""
    from pot_prueba import build_pot

    return build_pot(tmp_path_factory.mktemp("pot_salidas") / "demo_pot.gpkg").path


@pytest.fixture
def pot_salidas(pot_salidas_plantilla, copia):
    """A fresh copy of the output-test POT, as a PotStore."""
    from pot_cartografia.store.pot_store import PotStore

    return PotStore.open(copia(pot_salidas_plantilla, "demo_pot.gpkg"))


@pytest.fixture(scope="session")
def capturas(tmp_path_factory):
    """Folder for screenshots and rendered pages to look at: $POT_CAPTURAS, else the session's
    temporary folder (never the repository). Printed at the end of the run."""
    carpeta = Path(os.environ["POT_CAPTURAS"]) if os.environ.get("POT_CAPTURAS") else tmp_path_factory.mktemp("capturas")
    carpeta.mkdir(parents=True, exist_ok=True)
    _CAPTURAS.append(carpeta)
    return carpeta


_CAPTURAS = []


@pytest.fixture
def shot(capturas):
    """shot(widget, name, size=None) → PNG of a widget in the screenshot folder (look at it)."""
    from qgis.PyQt.QtCore import QCoreApplication

    def _shot(widget, nombre, size=None):
        if size:
            widget.resize(*size)
        widget.show()
        QCoreApplication.processEvents()
        ruta = capturas / f"{nombre}.png"
        assert widget.grab().save(str(ruta))
        return ruta

    return _shot


@pytest.fixture(scope="session")
def pot_prospectiva_plantilla(tmp_path_factory, pot_demo_plantilla, demo_folder):
    """A POT of the sample territory with its land cover as the territorial units (field cob linked to
    COB) and the sample prospective analysis run on it (``demo/prospectiva.py``: matrix, MICMAC,
    supuestos, three scenarios with layers, consistency, scores, the óptimo, the ejes). Built once per
    session; tests take a copy (``pot_prospectiva``)."""
    from ayudas import capa_demo
    from pot_cartografia.demo import prospectiva
    from pot_cartografia.diccionario import vinculos
    from pot_cartografia.store.capas import importar_capa
    from pot_cartografia.store.pot_store import PotStore

    carpeta = tmp_path_factory.mktemp("pot_prospectiva")
    path = carpeta / "pot.gpkg"
    shutil.copy2(pot_demo_plantilla, path)
    store = PotStore.open(path)
    unidades = importar_capa(store, capa_demo(demo_folder, "cobertura"), "modelo_actual_unidades", "fase1", "Unidades territoriales")
    vinculos.vincular_campo(store, unidades, "modelo_actual_unidades", "cob", "COB")
    resumen = prospectiva.ejecutar(path, carpeta / "prospectiva", store.layer_uri("modelo_actual_unidades"), informar=lambda *_: None)
    return path, resumen, carpeta / "prospectiva"


@pytest.fixture
def pot_prospectiva(pot_prospectiva_plantilla, copia):
    """A fresh copy of the POT with the sample prospective analysis, as a PotStore."""
    from pot_cartografia.store.pot_store import PotStore

    return PotStore.open(copia(pot_prospectiva_plantilla[0], "pot.gpkg"))
