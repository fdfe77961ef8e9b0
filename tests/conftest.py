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
def copy_to_tmp(tmp_path):
    def _copy(path):
        target = tmp_path / Path(path).name
        shutil.copy2(path, target)
        return target

    return _copy
