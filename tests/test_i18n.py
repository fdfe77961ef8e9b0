"""Spanish is what users see: the .ts covers every tr()/trd() string and every string of the Qt
Designer forms and keeps placeholders, plural forms come out right in Spanish and English (Qt numerus
messages), the committed .qm files are current, the interface follows QGIS's language, and
documents are in the POT's language (Spanish) even when QGIS runs in English."""
import re
import subprocess
import sys
import zipfile
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
TS_EN = REPO / "i18n" / "pot_cartografia_en.ts"
QM_EN = REPO / "i18n" / "pot_cartografia_en.qm"


def _mensajes(ts=TS):
    """(source, translation): plural messages give one pair per form."""
    for message in ET.parse(ts).getroot().iter("message"):
        formas = [f.text or "" for f in message.iter("numerusform")]
        for forma in formas or [message.findtext("translation") or ""]:
            yield message.findtext("source"), forma


def _plurales(ts=TS):
    return {m.findtext("source"): [f.text or "" for f in m.iter("numerusform")]
            for m in ET.parse(ts).getroot().iter("message") if m.get("numerus") == "yes"}


def test_ts_is_complete_and_in_sync_with_the_code():
    out = subprocess.run([sys.executable, "scripts/i18n_update.py", "--check"], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=["es", "en"])
def test_translations_keep_every_placeholder(ts):
    bad = [s for s, t in _mensajes(ts) if set(re.findall(r"\{[^{}]*\}", s)) != set(re.findall(r"\{[^{}]*\}", t))]
    assert bad == []


@pytest.mark.parametrize("ts, qm", [(TS, QM), (TS_EN, QM_EN)], ids=["es", "en"])
def test_the_committed_qm_is_the_compiled_ts(ts, qm):
    """The .qm in git is what a plugin copied from the source folder loads: it must match the .ts."""
    traductor = QTranslator()
    assert traductor.load(str(qm))
    viejas = []
    for message in ET.parse(ts).getroot().iter("message"):
        fuente = message.findtext("source").encode("utf-8")
        formas = [f.text for f in message.iter("numerusform")]
        if formas:  # singular for 1, plural for 2 (Spanish and English)
            if [traductor.translate(b"pot", fuente, None, 1), traductor.translate(b"pot", fuente, None, 2)] != formas:
                viejas.append(fuente)
        elif traductor.translate(b"pot", fuente) != (message.findtext("translation") or ""):
            viejas.append(fuente)
    assert viejas == [], f"{len(viejas)} strings differ from the .ts: run `make i18n` and commit i18n/*.qm"


def test_plural_messages_have_both_forms_in_spanish_and_english():
    plurales = _plurales()
    assert len(plurales) >= 15 and plurales.keys() == _plurales(TS_EN).keys()
    for fuente, formas in list(plurales.items()) + list(_plurales(TS_EN).items()):
        assert len(formas) == 2 and all(formas) and formas[0] != formas[1], fuente


def test_counts_read_right_in_spanish_and_english(interfaz):
    """“1 geometrías no válidas” and “1 invalid geometries” are gone; numbers follow the locale."""
    texto = "{n} invalid geometries"
    assert interfaz("es")
    assert i18n.tr(texto, 1).format(n=1) == "1 geometría no válida"
    assert i18n.tr(texto, 3).format(n=3) == "3 geometrías no válidas"
    assert interfaz("en")
    assert i18n.tr(texto, 1).format(n=1) == "1 invalid geometry"
    assert i18n.tr(texto, 3).format(n=3) == "3 invalid geometries"
    from qgis.PyQt.QtCore import QLocale

    anterior = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Peru))
        assert i18n.numero(1234.56, 1) in ("1,234.6", "1 234,6", "1.234,6", "1\u202f234,6", "1\xa0234,6")
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert i18n.numero(1234.56, 1) == "1.234,6"
    finally:
        QLocale.setDefault(anterior)


def test_document_counts_follow_the_document_language():
    with i18n.idioma_de_documentos("es"):
        assert i18n.trd("{n} invalid geometries", 1).format(n=1) == "1 geometría no válida"
    with i18n.idioma_de_documentos("en"):
        assert i18n.trd("{n} invalid geometries", 1).format(n=1) == "1 invalid geometry"
        assert i18n.trd("LEGEND") == "LEGEND"


def test_the_forms_strings_are_in_the_catalogue_and_come_out_in_spanish(interfaz):
    """Qt Designer forms are translated in the one context "pot" (their <class>), like tr()."""
    import sys

    sys.path.insert(0, str(REPO / "scripts"))
    import i18n_update

    ui = list(i18n_update.ui_files())
    assert len(ui) >= 10 and all(ET.parse(f).getroot().findtext("class") == "pot" for f in ui)
    fuentes = {s for s, _ in _mensajes()}
    assert "Open its panel" in fuentes and "Check all registered layers" in fuentes
    assert interfaz("es")
    from pot_cartografia.ui.navegador_dock import NavegadorDock
    from pot_cartografia.ui.sesion import PotSession

    sesion = PotSession()
    dock = NavegadorDock(sesion)
    try:
        assert dock.ui.boton_nuevo.text() == "Nuevo POT…" and dock.ui.boton_abrir_paso.text() == "Abrir su panel"
        assert dock.windowTitle() == "Pasos" and dock.toolTip() == "Pasos del POT"
    finally:
        dock.desconectar()
        sesion.desconectar()


@pytest.fixture
def interfaz():
    """interfaz("es"|"en") sets QGIS's interface language for the test, back to English after."""

    def poner(idioma):
        return i18n.install_translator(idioma)

    yield poner
    i18n.install_translator("en")  # English: the source, plus the plural forms of its small catalogue


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
    assert interfaz("en")  # the English catalogue holds only plural forms
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
    # The memoria is composed and written in a worker thread: in the POT's language too.
    from pot_cartografia.salidas import catalogo, exportar
    from qgis.PyQt.QtGui import QColor, QImage

    pngs = tmp_path / "pngs"
    pngs.mkdir()
    for hoja in catalogo.cargar(store):  # stand-ins for the exported maps: nothing to render
        imagen = QImage(120, 80, QImage.Format.Format_RGB32)
        imagen.fill(QColor("#3366aa"))
        imagen.save(str(pngs / f"{exportar.nombre_archivo(hoja)}.png"))
    processing.run("pot:memoria_descriptiva", {"PROJECT": str(ruta), "OUTPUT": str(tmp_path / "memoria.odt"),
                                               "OUTPUT_PDF": str(tmp_path / "memoria.pdf"), "MAPS_FOLDER": str(pngs)})
    with zipfile.ZipFile(tmp_path / "memoria.odt") as odt:
        texto = " ".join(ET.fromstring(odt.read("content.xml")).itertext())
    assert "Chapter I. Prospective analysis of the territory" in texto and "Figure 1." in texto
    assert "Capítulo" not in texto and "Figura" not in texto
    pdf = subprocess.run(["pdftotext", str(tmp_path / "memoria.pdf"), "-"], capture_output=True, text=True, check=True).stdout
    assert "DESCRIPTIVE REPORT" in pdf and "MEMORIA DESCRIPTIVA" not in pdf
