"""Workshop pack, observations back into the POT, validation checklist, ISO metadata and MINAM bundle."""
import sqlite3
import subprocess
import xml.etree.ElementTree as ET
import zipfile

import processing
import pytest
from osgeo import gdal, ogr
from pot_cartografia.core import pasos
from pot_cartografia.core.errors import PotError
from pot_cartografia.salidas import catalogo, metadatos_iso, taller, validacion
from pot_cartografia.salidas.taller import cell_centre, cell_for
from qgis.core import QgsProcessingException, QgsVectorLayer
from pot_prueba import H, W, X0, Y0, escribir_capa

GMD = "{http://www.isotc211.org/2005/gmd}"
GCO = "{http://www.isotc211.org/2005/gco}"


@pytest.fixture
def pot(pot_salidas):
    return pot_salidas


def _pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _write_form(path, rows):
    """A filled form as the XLSX of the pack would come back."""
    ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(path))
    layer = ds.CreateLayer("observaciones", geom_type=ogr.wkbNone)
    for name in taller.COLUMNAS_FORMULARIO:
        layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if name == "numero" else ogr.OFTString))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in row.items():
            feature.SetField(key, value)
        layer.CreateFeature(feature)
    layer = ds = None


# -- the grid ------------------------------------------------------------------------------------
def test_cell_for_letters_columns_and_numbers_rows_from_the_north_west():
    extent = (0.0, 0.0, 400.0, 300.0)  # 4 columns A–D, 3 rows 1–3 of 100 m
    assert cell_for(10, 290, extent, 4, 3) == "A1"
    assert cell_for(250, 150, extent, 4, 3) == "C2"
    assert cell_for(399, 1, extent, 4, 3) == "D3"
    assert cell_for(400, 0, extent, 4, 3) == "D3"  # east and south edges belong to the last cell
    assert cell_for(0, 300, extent, 4, 3) == "A1"
    assert cell_for(-1, 10, extent, 4, 3) == "" and cell_for(10, 301, extent, 4, 3) == ""
    assert cell_for(5, 5, (0, 0, 3000, 10), 30, 1) == "A1" and cell_for(2950, 5, (0, 0, 3000, 10), 30, 1) == "AD1"


def test_cell_centre_is_the_inverse_and_refuses_cells_off_the_grid():
    extent = (1000.0, 2000.0, 1400.0, 2300.0)
    for cell in ("A1", "B3", "D2"):
        x, y = cell_centre(cell, extent, 4, 3)
        assert cell_for(x, y, extent, 4, 3) == cell
    assert cell_centre("c2", extent, 4, 3) == (1250.0, 2150.0)
    for bad in ("E1", "A4", "A0", "4C", "", "A1B"):
        with pytest.raises(ValueError):
            cell_centre(bad, extent, 4, 3)


def test_the_grid_of_the_pot_follows_the_sheet_interval(pot):
    rejilla = taller.rejilla_del_pot(pot)
    xmin, ymin, xmax, ymax = rejilla.extent
    assert xmin <= X0 and ymin <= Y0 and xmax >= X0 + W and ymax >= Y0 + H
    for value in rejilla.extent:
        assert value % rejilla.intervalo == 0
    assert rejilla.cols == round((xmax - xmin) / rejilla.intervalo) and 3 <= rejilla.cols <= 8


# -- the workshop pack ------------------------------------------------------------------------------
def test_workshop_pack(pot, tmp_path):
    out = tmp_path / "taller"
    results = processing.run(
        "pot:paquete_taller",
        {"PROJECT": str(pot.path), "OUTPUT_FOLDER": str(out), "SHEETS": "MA-03", "SIZE": 1, "DPI": 50, "WORKSHOP": "Taller Norte"},
    )
    assert len(results["MAPS"]) == 1
    info = subprocess.run(["pdfinfo", results["MAPS"][0]], capture_output=True, text=True).stdout
    assert "2384 x 1684 pts" in info  # A1 landscape, whatever size the catalogue says
    comparison = _pdf_text(results["COMPARISON"])
    assert "Uso actual de la tierra" in comparison and "ecológica y económica" in comparison
    assert "Bosque primario" in comparison  # the legend of the first map
    rejilla = taller.rejilla_del_pot(pot)
    last = taller.letra_columna(rejilla.cols - 1)
    assert f" {last} " in f" {comparison} ".replace("\n", " ")  # the column letters are on the sheet
    form = _pdf_text(results["FORM_PDF"])
    assert "Ficha de observaciones" in form and "Taller Norte" in form and "Guía de la cuadrícula" in form
    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")  # GDAL 3.6 takes an all-text header row for data
    try:
        ds = ogr.Open(results["FORM_XLSX"])
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", None)
    assert ds.GetLayerByName("observaciones").GetFeatureCount() == taller.FILAS_EN_BLANCO
    assert ds.GetLayerByName("mapas").GetFeatureCount() == 1


def test_workshop_pack_refuses_an_unknown_comparison_layer(pot, tmp_path):
    with pytest.raises(QgsProcessingException, match="nada"):
        processing.run("pot:paquete_taller", {"PROJECT": str(pot.path), "OUTPUT_FOLDER": str(tmp_path), "SHEETS": "MA-01",
                                              "COMPARE": "uso_actual,nada", "DPI": 50})


# -- observations back --------------------------------------------------------------------------------
def test_import_observations_with_aportes_points(pot, tmp_path):
    towns = QgsVectorLayer(pot.layer_uri("centros_poblados"), "x", "ogr")
    escribir_capa(pot.path, "aportes", [], ["texto", "autor"], geometry="Point")  # an (empty) aportes layer
    assert towns.isValid()
    form = tmp_path / "lleno.xlsx"
    _write_form(form, [
        {"numero": 1, "taller": "Taller Norte", "institucion": "ANA", "hoja": "MA-03", "celda": "B2", "texto": "Falta la quebrada"},
        {"numero": 2, "taller": "Taller Norte", "institucion": "SERNANP", "hoja": "", "celda": "", "texto": "Revisar el ANP"},
        {"numero": 3, "taller": "Taller Norte"},  # a blank row of the form
    ])
    results = processing.run("pot:importar_observaciones", {"PROJECT": str(pot.path), "INPUT": str(form)})
    assert (results["IMPORTED"], results["SKIPPED"], results["APORTES"]) == (2, 0, 1)
    with pot.connect(readonly=True) as conn:
        rows = conn.execute("SELECT institucion, hoja, celda, texto, estado FROM pot_observaciones ORDER BY numero").fetchall()
    assert [tuple(r) for r in rows] == [("ANA", "MA-03", "B2", "Falta la quebrada", "pendiente"),
                                        ("SERNANP", "", "", "Revisar el ANP", "pendiente")]
    aportes = QgsVectorLayer(pot.layer_uri("aportes"), "aportes", "ogr")
    (feature,) = list(aportes.getFeatures())
    point = feature.geometry().asPoint()
    assert taller.rejilla_del_pot(pot).celda(point.x(), point.y()) == "B2"
    assert feature["texto"] == "Falta la quebrada" and feature["autor"] == "ANA"
    again = processing.run("pot:importar_observaciones", {"PROJECT": str(pot.path), "INPUT": str(form)})
    assert (again["IMPORTED"], again["SKIPPED"]) == (0, 2)


def test_import_refuses_bad_cells_and_sheets_and_imports_nothing(pot, tmp_path):
    form = tmp_path / "malo.csv"
    form.write_text("numero;hoja;celda;texto\n1;MA-03;B2;Bien\n2;MA-99;A1;Hoja mala\n3;MA-01;Z99;Celda mala\n", encoding="utf-8")
    with pytest.raises(PotError) as error:
        taller.importar_observaciones(pot.path, form)
    message = str(error.value)
    assert "malo.csv, row 3" in message and "MA-99" in message and "row 4" in message and "Z99" in message
    assert pot.count("pot_observaciones") == 0


# -- validation --------------------------------------------------------------------------------------
def test_checklist_lists_every_step_and_the_deliverables(pot, tmp_path):
    items = validacion.checklist(pot)
    assert len(items) == len(pasos.pasos()) + 5
    by_title = {i.titulo: i for i in items}
    assert by_title["Diccionario de variables"].estado == pasos.COMPLETO
    assert by_title["Catálogo de mapas"].estado == pasos.EN_CURSO  # proposed, not saved
    assert by_title["Mapas exportados"].estado == pasos.SIN_INICIAR
    with pot.connect() as conn:
        conn.execute("INSERT INTO pot_observaciones (numero, texto, estado) VALUES (1, 'x', 'pendiente')")
    (fid,) = [o["fid"] for o in validacion.registro_observaciones(pot)]
    assert {i.titulo: i for i in validacion.checklist(pot)}["Observaciones de la Comisión Técnica respondidas"].estado == pasos.EN_CURSO
    validacion.responder(pot, fid, "Se corrigió el límite")
    assert {i.titulo: i for i in validacion.checklist(pot)}["Observaciones de la Comisión Técnica respondidas"].estado == pasos.COMPLETO
    with pytest.raises(PotError):
        validacion.responder(pot, fid, "x", "quizas")


def test_iso_metadata_of_a_layer(pot):
    root = ET.fromstring(metadatos_iso.xml_capa(pot, "uso_actual", "Uso actual de la tierra"))
    assert root.tag == f"{GMD}MD_Metadata"
    title = root.find(f".//{GMD}citation/{GMD}CI_Citation/{GMD}title/{GCO}CharacterString")
    assert title.text == "Uso actual de la tierra"
    assert root.find(f".//{GMD}abstract/{GCO}CharacterString").text
    assert root.find(f".//{GMD}RS_Identifier/{GMD}code/{GCO}CharacterString").text == "EPSG:32718"
    assert root.find(f".//{GMD}contact//{GMD}organisationName/{GCO}CharacterString").text == "Municipalidad Provincial de Demo"
    box = {tag: float(root.find(f".//{GMD}{tag}/{GCO}Decimal").text)
           for tag in ("westBoundLongitude", "eastBoundLongitude", "southBoundLatitude", "northBoundLatitude")}
    # UTM 18S, E 500 000–540 000, N 8 900 000–8 930 000: about 75°W and 10°S
    assert -75.01 < box["westBoundLongitude"] < box["eastBoundLongitude"] < -74.6
    assert -10.1 < box["southBoundLatitude"] < box["northBoundLatitude"] < -9.6


def test_minam_bundle(pot, tmp_path):
    from pot_cartografia.modelo_actual import aportes

    catalogo.guardar(pot, catalogo.cargar(pot)[:2])  # two sheets keep the test light
    aportes.asegurar_capas(pot)  # two empty layers: described, not a crash (their extent is infinite)
    results = processing.run("pot:paquete_minam", {"PROJECT": str(pot.path), "OUTPUT": str(tmp_path / "minam.zip"), "DPI": 50})
    base = pot.path.stem  # the bundle's top folder is named after the POT file
    with zipfile.ZipFile(results["OUTPUT"]) as z:
        names = z.namelist()
        z.extract(f"{base}/{pot.path.name}", tmp_path / "x")
        xml = [n for n in names if n.startswith(f"{base}/metadatos/")]
        for name in xml:
            ET.fromstring(z.read(name))  # well formed
    assert len([n for n in names if n.startswith(f"{base}/mapas/") and n.endswith(".pdf")]) == 2
    assert f"{base}/memoria/memoria_descriptiva.odt" in names and f"{base}/memoria/memoria_descriptiva.pdf" in names
    assert sorted(xml) == sorted(f"{base}/metadatos/{capa}.xml" for capa in pot.spatial_layers())
    assert f"{base}/lista_verificacion.html" in names
    with zipfile.ZipFile(results["OUTPUT"]) as z:
        lista = z.read(f"{base}/lista_verificacion.html").decode("utf-8")
        vacia = z.read(f"{base}/metadatos/aportes_areas.xml").decode("utf-8")
    assert str(tmp_path) not in lista and str(pot.path.parent) not in lista  # paths relative to the bundle
    assert f"{base}/memoria/memoria_descriptiva.odt" in lista and f"{base}/mapas/" in lista
    assert "westBoundLongitude" not in vacia and "no tiene entidades" in vacia
    with sqlite3.connect(tmp_path / "x" / base / pot.path.name) as conn:
        assert conn.execute("SELECT valor FROM pot_metadatos WHERE clave = 'nivel'").fetchone() == ("provincial",)


# -- the dock ----------------------------------------------------------------------------------------
def test_salidas_dock_shows_the_catalogue_and_the_checklist(pot, qgis_app):
    from pathlib import Path

    from pot_cartografia.ui.salidas.mapas import COL_ESCALA, COL_NUMERO, COL_TAMANO
    from pot_cartografia.ui.salidas_dock import SalidasDock
    from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal

    class Session(QObject):
        changed = pyqtSignal()

        def __init__(self, store):
            super().__init__()
            self.store = store

        def notify(self):
            self.changed.emit()

    dock = SalidasDock(Session(pot))
    assert dock.objectName() == "PotSalidasDock"
    mapas = dock.mapas  # the dock's sections: maps, documents, checklist
    assert mapas.tabla.rowCount() == len(catalogo.cargar(pot))
    assert dock.verificacion.arbol.topLevelItemCount() == 5  # four Pautas and the deliverables
    mapas.tabla.item(0, COL_NUMERO).setCheckState(Qt.CheckState.Unchecked)
    mapas.tabla.cellWidget(1, COL_TAMANO).setCurrentText("A1")
    mapas.tabla.cellWidget(1, COL_ESCALA).setValue(250000)
    assert mapas.seleccionadas() == [h.numero for h in catalogo.cargar(pot)][1:]
    assert mapas.guardar()
    stored = catalogo.cargar(pot)[1]
    assert (stored.tamano, stored.escala) == ("A1", 250000)
    dock.resize(560, 640)
    dock.show()
    shots = Path("/tmp/pot_ui_shots")
    shots.mkdir(exist_ok=True)
    assert dock.grab().save(str(shots / "salidas.png"))
    dock.ui.pestanas.setCurrentIndex(2)
    assert dock.grab().save(str(shots / "salidas_checklist.png"))
    dock.close()
