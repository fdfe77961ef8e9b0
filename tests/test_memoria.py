"""The memoria descriptiva (salidas/memoria.py, pot:memoria_descriptiva)."""
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import processing
import pytest
from pot_cartografia.core.errors import PotError
from pot_cartografia.salidas import memoria
from qgis.core import QgsProcessingException
from qgis.PyQt.QtGui import QColor, QImage
from pot_prueba import build_pot  # the small test POT of the map-sheet tests

NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
}


@pytest.fixture(scope="module")
def pot(tmp_path_factory):
    path = tmp_path_factory.mktemp("memoria") / "pot.gpkg"
    store = build_pot(path)
    memoria.guardar_narrativa(store, "vision", "Al 2040 la provincia de Demo es un territorio ordenado.\n\nSegundo párrafo.")
    with store.connect() as conn:
        conn.execute(
            "INSERT INTO pot_observaciones (numero, institucion, hoja, celda, texto, respuesta, estado)"
            " VALUES (1, 'ANA', 'MA-03', 'B2', 'Falta la quebrada Honda', 'Se incorporó', 'atendida')"
        )
    return store


@pytest.fixture(scope="module")
def maps_folder(pot, tmp_path_factory):
    """Fake exported PNGs named as salidas.exportar names them (so the test does not render maps)."""
    from pot_cartografia.salidas import catalogo, exportar

    folder = tmp_path_factory.mktemp("pngs")
    for hoja in catalogo.cargar(pot):
        image = QImage(300, 200, QImage.Format.Format_RGB32)
        image.fill(QColor("#3366aa"))
        image.save(str(folder / f"{exportar.nombre_archivo(hoja)}.png"))
    return folder


def _expected_areas(path, layer, field):
    """Area per class in ha, computed independently with the pip stack (pyogrio + shapely)."""
    import pyogrio
    import shapely

    df = pyogrio.read_dataframe(str(path), layer=layer)
    areas = {}
    for value, geom in zip(df[field], df.geometry):
        areas[value] = areas.get(value, 0.0) + shapely.area(geom) / 10000.0
    return areas


def test_narratives_round_trip_and_unknown_section(pot):
    memoria.guardar_narrativa(pot, "gestion", "Texto 1")
    memoria.guardar_narrativa(pot, "gestion", "Texto 2")
    assert memoria.narrativa(pot, "gestion") == "Texto 2"
    with pytest.raises(PotError, match="nada"):
        memoria.guardar_narrativa(pot, "nada", "x")


def test_area_tables_match_an_independent_computation(pot):
    tablas = {t.capa: t for t in memoria.tablas_de_areas(pot)}
    assert set(tablas) == {"uso_actual", "zee"}
    expected = _expected_areas(pot.path, "uso_actual", "uso")
    got = {codigo: ha for codigo, _, ha, _ in tablas["uso_actual"].filas}
    assert got.keys() == expected.keys() == {"BP", "AG"}
    for codigo in got:
        assert got[codigo] == pytest.approx(expected[codigo], rel=1e-9)
    assert sum(p for *_, p in tablas["uso_actual"].filas) == pytest.approx(100.0)
    assert tablas["uso_actual"].total_ha == pytest.approx(40000 * 30000 / 10000.0)


def test_memoria_odt_and_pdf(pot, maps_folder, tmp_path):
    results = processing.run(
        "pot:memoria_descriptiva",
        {"PROJECT": str(pot.path), "OUTPUT": str(tmp_path / "memoria.odt"), "OUTPUT_PDF": str(tmp_path / "memoria.pdf"),
         "MAPS_FOLDER": str(maps_folder)},
    )
    odt = Path(results["OUTPUT"])
    with zipfile.ZipFile(odt) as z:
        names = z.namelist()
        root = ET.fromstring(z.read("content.xml"))
    from pot_cartografia.salidas import catalogo

    sheets = len(catalogo.cargar(pot))
    assert sheets == 4
    pictures = [n for n in names if n.startswith("Pictures/")]
    assert len(pictures) == sheets  # one per sheet of the catalogue
    texto = " ".join("".join(p.itertext()) for p in root.iter(f"{{{NS['text']}}}p"))
    assert len(root.findall(".//table:table", NS)) >= 5  # metadata, 2 area tables, observations, dictionary, maps
    assert len(root.findall(".//draw:image", NS)) == sheets
    # The memoria is in the POT's language (Spanish) although the tests run QGIS in English.
    for heading in ("Capítulo I. Análisis prospectivo", "Capítulo II. Planteamiento general", "Capítulo III. Propuesta específica",
                    "Capítulo IV. Validación y aprobación", "Anexo 1. Diccionario de variables"):
        assert heading in texto
    assert "Figura 1. Mapa de ubicación y ámbito" in texto
    assert "Figura 4." in texto and "Figura 5." not in texto
    assert "Al 2040 la provincia de Demo" in texto and "Falta la quebrada Honda" in texto and "Se incorporó" in texto
    assert "Bosque primario" in texto and "Aún no elaborado." in texto

    pdf = subprocess.run(["pdftotext", "-layout", results["OUTPUT_PDF"], "-"], capture_output=True, text=True, check=True).stdout
    assert "Figura 3. Mapa de Uso actual de la tierra" in pdf
    ha = _expected_areas(pot.path, "uso_actual", "uso")["BP"]
    # the area table reached the PDF, its numbers written as on the sheets: "60 000,00", never wrapped
    assert f"{ha:,.2f}".replace(",", "\u202f").replace(".", ",") in pdf.replace(" ", "\u202f")
    assert "Cuadro 1. Área por clase" in pdf


def test_memoria_refuses_a_file_that_is_not_a_pot(tmp_path):
    fake = tmp_path / "no_pot.gpkg"
    fake.write_text("hello")
    with pytest.raises(QgsProcessingException, match="no_pot.gpkg"):
        processing.run("pot:memoria_descriptiva", {"PROJECT": str(fake), "OUTPUT": str(tmp_path / "m.odt")})
    assert not (tmp_path / "m.odt").exists()


def test_memoria_renders_missing_maps(pot, tmp_path):
    """Without a maps folder the sheets are rendered (one sheet only, to stay light)."""
    from pot_cartografia.salidas import catalogo

    hojas = catalogo.cargar(pot)[:1]
    catalogo.guardar(pot, hojas)
    try:
        salida = memoria.generar_memoria(pot.path, odt=tmp_path / "m.odt", dpi=40)
    finally:
        catalogo.guardar(pot, [])  # back to the default catalogue
    assert salida["figuras"] == ["Figura 1. Mapa de ubicación y ámbito"]
    with zipfile.ZipFile(salida["odt"]) as z:
        assert any(n.startswith("Pictures/") for n in z.namelist())


def test_a_cancelled_memoria_writes_nothing(pot, maps_folder, tmp_path):
    """Cancelled while the document is composed in its worker thread: no ODT, no PDF, no half file."""
    from pot_cartografia.core.hilos import Cancelado
    from qgis.core import QgsProcessingFeedback

    antes = pot.metadata().get(memoria.CLAVE_MEMORIA)
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(Cancelado, match="no file was written"):
        memoria.generar_memoria(pot.path, odt=tmp_path / "m.odt", pdf=tmp_path / "m.pdf", carpeta_mapas=maps_folder,
                                feedback=feedback)
    assert list(tmp_path.iterdir()) == []
    assert pot.metadata().get(memoria.CLAVE_MEMORIA) == antes
