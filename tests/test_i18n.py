"""Spanish is what users see: the .ts covers every tr() string, keeps placeholders, and loads at run time."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from pot_cartografia.core import i18n

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "i18n" / "pot_cartografia_es.ts"


def test_ts_is_complete_and_in_sync_with_the_code():
    out = subprocess.run([sys.executable, "scripts/i18n_update.py", "--check"], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_translations_keep_every_placeholder():
    bad = []
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation") or ""
        if set(re.findall(r"\{[^{}]*\}", source)) != set(re.findall(r"\{[^{}]*\}", translation)):
            bad.append(source)
    assert bad == []


@pytest.fixture
def spanish():
    subprocess.run(["lrelease", "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    assert i18n.install_translator("es")
    yield
    i18n.install_translator("en")  # no English .qm: removes the Spanish one


def test_known_strings_come_out_in_spanish(spanish):
    assert i18n.tr("New POT") == "Nuevo POT"
    assert i18n.tr("Datum: WGS 84 – UTM projection – Zone {zone}").format(zone="18S") == "Datum: WGS 84 – Proyección UTM – Zona 18S"
    algorithm = QgsApplication.processingRegistry().algorithmById("pot:crear_proyecto")
    assert algorithm.displayName() == "Nuevo POT"
    from pot_cartografia.core import pasos

    assert [f.titulo for f in pasos.fases()][1] == "Planteamiento general"
