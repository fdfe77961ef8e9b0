"""Spanish is what users see: the .ts covers every tr()/trd() string and keeps placeholders, the
committed .qm is current, the interface follows QGIS's language, and documents are in the POT's
language (Spanish) even when QGIS runs in English."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import processing
import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTranslator

from pot_cartografia.core import i18n

REPO = Path(__file__).resolve().parents[1]
TS = REPO / "i18n" / "pot_cartografia_es.ts"
QM = REPO / "i18n" / "pot_cartografia_es.qm"


def _mensajes():
    for message in ET.parse(TS).getroot().iter("message"):
        yield message.findtext("source"), message.findtext("translation") or ""


def test_ts_is_complete_and_in_sync_with_the_code():
    out = subprocess.run([sys.executable, "scripts/i18n_update.py", "--check"], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_translations_keep_every_placeholder():
    bad = [s for s, t in _mensajes() if set(re.findall(r"\{[^{}]*\}", s)) != set(re.findall(r"\{[^{}]*\}", t))]
    assert bad == []


def test_the_committed_qm_is_the_compiled_ts():
    """The .qm in git is what a plugin copied from the source folder loads: it must match the .ts."""
    traductor = QTranslator()
    assert traductor.load(str(QM))
    viejas = [s for s, t in _mensajes() if traductor.translate(b"pot", s.encode("utf-8")) != t]
    assert viejas == [], f"{len(viejas)} strings differ from the .ts: run `make i18n` and commit i18n/*.qm"


@pytest.fixture
def interfaz():
    """interfaz("es"|"en") sets QGIS's interface language for the test, back to English after."""

    def poner(idioma):
        return i18n.install_translator(idioma)

    yield poner
    i18n.install_translator("en")  # there is no English .qm: removes the Spanish one


def test_known_strings_come_out_in_spanish(interfaz):
    assert interfaz("es")
    assert i18n.tr("New POT") == "Nuevo POT"
    assert i18n.tr("Datum: WGS 84 – UTM projection – Zone {zone}").format(zone="18S") == "Datum: WGS 84 – Proyección UTM – Zona 18S"
    algorithm = QgsApplication.processingRegistry().algorithmById("pot:crear_proyecto")
    assert algorithm.displayName() == "Nuevo POT"
    from pot_cartografia.core import pasos

    assert [f.titulo for f in pasos.fases()][1] == "Planteamiento general"


def test_interface_in_english_documents_in_spanish(interfaz, pot_demo, demo_folder, tmp_path):
    """QGIS in English: the interface speaks English, the sheets and their file names Spanish."""
    assert not interfaz("en")
    assert i18n.tr("New POT") == "New POT"
    assert i18n.trd("LEGEND") == "LEYENDA"
    resultados = processing.run("pot:exportar_mapas", {"PROJECT": str(pot_demo), "OUTPUT_FOLDER": str(tmp_path / "mapas"),
                                                        "SHEETS": "MA-01", "FORMAT": 0, "DPI": 60})
    pdfs = sorted(p.name for p in (tmp_path / "mapas").glob("MA-01*.pdf"))
    assert pdfs == ["MA-01_mapa_de_ubicacion_y_ambito.pdf"], pdfs
    texto = subprocess.run(["pdftotext", str(tmp_path / "mapas" / pdfs[0]), "-"], capture_output=True, text=True,
                           check=True).stdout.upper()
    for palabra in ("MAPA DE", "LEYENDA", "ESCALA", "FUENTE", "ELABORADO", "ÁMBITO POLÍTICO", "MAPA N", "ZONA 18S"):
        assert palabra in texto, palabra
    for ingles in ("LEGEND", "LOCATION AND SCOPE", "SCALE", "PREPARED BY", "SOURCES"):
        assert ingles not in texto, ingles
    assert resultados["OUTPUT_FOLDER"]


def test_a_pot_in_english_gets_english_documents(pot_provider, demo_folder, tmp_path):
    """The document language is the POT's (metadata ``idioma``), chosen when the POT is created."""
    from ayudas import capa_demo
    from pot_cartografia.store.pot_store import PotStore

    ruta = tmp_path / "pot_en.gpkg"
    processing.run("pot:crear_proyecto", {"NAME": "POT demo", "LEVEL": 1, "AMBITO": capa_demo(demo_folder, "ambito"),
                                          "HORIZON": 2040, "LANGUAGE": 1, "OUTPUT": str(ruta)})
    store = PotStore.open(ruta)
    assert store.metadata()["idioma"] == "en"
    assert {f["capa"]: f["titulo"] for f in store.registered_layers()}["ambito"] == "Ámbito of the POT"
    processing.run("pot:exportar_mapas", {"PROJECT": str(ruta), "OUTPUT_FOLDER": str(tmp_path / "mapas"), "SHEETS": "MA-01",
                                          "FORMAT": 0, "DPI": 60})
    texto = subprocess.run(["pdftotext", str(next((tmp_path / "mapas").glob("MA-01*.pdf"))), "-"], capture_output=True,
                           text=True, check=True).stdout.upper()
    assert "LEGEND" in texto and "LEYENDA" not in texto
