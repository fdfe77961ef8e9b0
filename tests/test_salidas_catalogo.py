"""The living map catalogue, pot:catalogo_mapas, the tiled series and the export's safety checks."""
import json
import re
import subprocess
import time
from pathlib import Path

import processing
import pytest
from osgeo import ogr, osr
from pot_cartografia.salidas import catalogo, exportar, serie
from pot_cartografia.salidas.catalogo import Hoja
from pot_cartografia.salidas.lienzo import envolver
from pot_cartografia.salidas.rutas import nombre_seguro
from qgis.core import QgsGeometry, QgsLayoutUtils, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtGui import QFont, QImage

from pot_prueba import X0, Y0, escribir_capa, rect


@pytest.fixture
def pot(pot_salidas):
    return pot_salidas


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


# -- living catalogue ----------------------------------------------------------------------------
def test_catalogue_keeps_edits_adds_new_layers_and_drops_gone_ones(pot):
    hojas = catalogo.cargar(pot)
    hojas[2].titulo, hojas[2].tamano, hojas[2].escala = "Uso de la tierra, 2023", "A1", 250000
    hojas[0], hojas[1] = hojas[1], hojas[0]  # the team reorders two sheets…
    hojas[0].orden, hojas[1].orden = 1, 2
    catalogo.guardar(pot, hojas)
    # …a layer added later gets a sheet at the end; a removed one loses it
    escribir_capa(pot.path, "peligro", [(rect(X0, Y0, X0 + 1000, Y0 + 1000), ["MA"])], ["nivel"])
    pot.register_layer("peligro", "Peligro por inundación", "fase1", "DIT", "USO")
    with pot.connect() as conn:
        conn.execute("INSERT INTO pot_campos (capa, campo, variable) VALUES ('peligro', 'nivel', 'USO')")
        conn.execute("DELETE FROM pot_capas WHERE capa = 'zee'")
        conn.execute("DELETE FROM pot_campos WHERE capa = 'zee'")
    vivas = catalogo.cargar(pot)
    assert [h.numero for h in vivas] == ["MA-02", "MA-01", "MA-03", "MA-05"]
    uso = vivas[2]
    assert (uso.titulo, uso.tamano, uso.escala) == ("Uso de la tierra, 2023", "A1", 250000)
    assert vivas[3].capa_variable == {"capa": "peligro", "campo": "nivel"} and "Peligro" in vivas[3].titulo
    # a removed automatic sheet stays removed
    catalogo.quitar(pot, "MA-05")
    assert [h.numero for h in catalogo.cargar(pot)] == ["MA-02", "MA-01", "MA-03"]
    assert catalogo.guardadas(pot)[-1].editado == [catalogo.QUITADA]


def test_catalogue_algorithm_adds_retargets_and_series(pot):
    escribir_capa(pot.path, "unidades", [(rect(X0, Y0, X0 + 40000, Y0 + 30000), ["BP", "Z01"])], ["uso", "zona"])
    pot.register_layer("unidades", "Unidades territoriales", "fase1", "DIT")
    with pot.connect() as conn:
        conn.execute("INSERT INTO pot_campos (capa, campo, variable) VALUES ('unidades', 'uso', 'USO'), ('unidades', 'zona', 'ZEE')")
    antes = len(catalogo.cargar(pot))
    r = processing.run("pot:catalogo_mapas", {"PROJECT": str(pot.path), "ACTION": 1, "LAYER": "unidades", "VARIABLE": "*"})
    hojas = json.loads(r["SHEETS"])
    assert r["COUNT"] == antes + 2  # one sheet per linked variable of the units
    assert [h["variable"] for h in hojas[-2:]] == ["USO", "ZEE"]
    numero = hojas[-1]["numero"]
    r = processing.run("pot:catalogo_mapas", {"PROJECT": str(pot.path), "ACTION": 3, "SHEET": numero, "LAYER": "uso_actual",
                                              "VARIABLE": "USO"})
    assert json.loads(r["SHEETS"])[-1]["capas"][-1] == "uso_actual"
    r = processing.run("pot:catalogo_mapas", {"PROJECT": str(pot.path), "ACTION": 1, "LAYER": "uso_actual", "TYPE": 1,
                                              "SCALE": 25000})
    serie_h = json.loads(r["SHEETS"])[-1]
    assert serie_h["tipo"] == "serie" and serie_h["escala"] == 25000
    # regenerate keeps all of it
    r = processing.run("pot:catalogo_mapas", {"PROJECT": str(pot.path), "ACTION": 0})
    assert json.loads(r["SHEETS"])[-1]["numero"] == serie_h["numero"]
    with pytest.raises(Exception, match="MA-99"):
        processing.run("pot:catalogo_mapas", {"PROJECT": str(pot.path), "ACTION": 2, "SHEET": "MA-99"})


# -- the IGN Carta Nacional grid -----------------------------------------------------------------
def test_carta_nacional_names_and_cut():
    assert serie.hoja_carta_de(-77.03, -12.05) == "25-i"  # Lima
    assert serie.hoja_carta_de(-76.87, -12.27) == "25-j"  # Lurín
    assert serie.hoja_carta_de(-76.13, -13.42) == "27-k"  # Chincha
    assert serie.hoja_carta_de(-74.25, -15.85) == "32-n"  # Chala
    assert serie.hoja_carta_de(-73.78, -15.02) == "31-o"  # Coracora
    assert serie.hoja_carta_de(-71.54, -16.40) == "33-s"  # Arequipa
    assert serie.hoja_carta_de(-71.25, -11.25) == "23-t"  # Río Citiyacu (11°–11°30' S, 71°30'–71° W)
    q = serie.cuadrangulo(25, 8)
    assert (q.xMinimum(), q.xMaximum(), q.yMinimum(), q.yMaximum()) == (-77.5, -77.0, -12.5, -12.0)
    assert serie.LETRAS_CARTA[12] == "ll" and "ñ" not in serie.LETRAS_CARTA


def test_tiled_series_exports_an_index_and_every_tile(pot, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem

    ambito = QgsGeometry.fromRect(QgsRectangle(X0, Y0, X0 + 40000, Y0 + 30000))
    teselas, corte = serie.teselas_de(ambito, QgsCoordinateReferenceSystem("EPSG:32718"), 100000, "A3", "horizontal")
    assert corte == "carta" and teselas and all(re.fullmatch(r"\d+-[a-z]{1,2}", t.nombre) for t in teselas)
    assert sum(t.geometria.intersection(ambito).area() for t in teselas) == pytest.approx(ambito.area(), rel=1e-6)
    hoja = Hoja("MA-09", "Uso actual en serie", capas=["rios", "ambito", "uso_actual"], variable="USO",
                capa_variable={"capa": "uso_actual", "campo": "uso"}, tipo="serie", escala=100000)
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", hojas=[hoja], dpi=30)
    assert not result.errores, result.errores
    nombres = sorted(Path(p).name for p in result.pdfs)
    assert nombres[0].startswith("MA-09-00_") and len(nombres) == len(teselas) + 1
    indice = re.sub(r"\s+", " ", pdftext(result.pdfs[0]))
    assert all(t.nombre in indice for t in teselas)  # every tile named on the index
    tile = re.sub(r"\s+", " ", pdftext(result.pdfs[1]))
    assert "MA-09-01" in tile and "1:100 000" in tile.replace("\u202f", " ") and teselas[0].nombre in tile
    assert any("A0" in a for a in result.avisos)  # a 30' sheet needs a bigger sheet than A3 at 1:100 000


def test_regular_grid_elsewhere():
    ambito = QgsGeometry.fromRect(QgsRectangle(0, 0, 25000, 12000))
    teselas = serie.teselas_regulares(ambito, 10000, 10000)
    assert [t.nombre for t in teselas] == ["A1", "B1", "C1", "A2", "B2", "C2"]


# -- export safety (issue 8) ---------------------------------------------------------------------
def test_wrapping_is_linear_and_cuts_overlong_words():
    font = QFont("Arial")
    font.setPointSizeF(9)
    inicio = time.perf_counter()
    lineas = envolver("x" * 10_000 + " fin", font, 80.0)
    assert time.perf_counter() - inicio < 3.0  # was over 10 minutes
    assert "".join(lineas).replace(" ", "") == "x" * 10_000 + "fin"
    assert all(QgsLayoutUtils.textWidthMM(font, linea) <= 80.0 + 0.01 for linea in lineas)
    assert envolver("uno dos tres", font, 1000.0) == ["uno dos tres"]
    assert envolver("a\nb", font, 1000.0) == ["a", "b"]


def test_sheet_numbers_never_become_paths_outside_the_folder(pot, tmp_path):
    assert nombre_seguro("../../x/MA-01") == "x_MA-01"
    hoja = catalogo.cargar(pot)[0]
    hoja.numero, hoja.titulo = "../../fuera/MA-01", "../../Título"
    out = tmp_path / "a" / "b"
    result = exportar.exportar_mapas(pot.path, out, hojas=[hoja], dpi=30)
    assert [Path(p).parent for p in result.pdfs] == [out.resolve()]
    assert not list(tmp_path.glob("fuera*")) and not (tmp_path / "a" / "fuera").exists()


def test_export_refuses_layer_without_crs_or_outside_the_sheet(pot, tmp_path):
    ds = ogr.Open(str(pot.path), 1)
    capa = ds.CreateLayer("sin_crs", None, ogr.wkbPolygon)  # srs_id 0: no CRS
    capa.CreateField(ogr.FieldDefn("uso", ogr.OFTString))
    f = ogr.Feature(capa.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt(rect(X0, Y0, X0 + 10, Y0 + 10).asWkt()))
    f.SetField("uso", "BP")
    capa.CreateFeature(f)
    lejos = ds.CreateLayer("lejos", osr.SpatialReference(), ogr.wkbPolygon)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32718)
    lejos = ds.CreateLayer("lejos_utm", srs, ogr.wkbPolygon)
    lejos.CreateField(ogr.FieldDefn("uso", ogr.OFTString))
    g = ogr.Feature(lejos.GetLayerDefn())
    g.SetGeometry(ogr.CreateGeometryFromWkt(rect(X0 + 900000, Y0, X0 + 900100, Y0 + 100).asWkt()))
    g.SetField("uso", "BP")
    lejos.CreateFeature(g)
    ds = None
    hojas = [Hoja("MA-70", "Sin SRC", capas=["sin_crs"], variable="USO", capa_variable={"capa": "sin_crs", "campo": "uso"}),
             Hoja("MA-71", "Lejos", capas=["ambito", "lejos_utm"], variable="USO",
                  capa_variable={"capa": "lejos_utm", "campo": "uso"}),
             catalogo.cargar(pot)[0]]
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", hojas=hojas, dpi=30)
    assert len(result.pdfs) == 1
    assert "MA-70" in result.errores[0] and "sin_crs" in result.errores[0] and "coordinate reference system" in result.errores[0]
    assert "MA-71" in result.errores[1] and "lejos_utm" in result.errores[1] and "nothing inside" in result.errores[1]


def test_default_location_inset_without_any_context(pot, tmp_path):
    """As the dock exports: no CONTEXT argument, and the sheet has the inset of Peru."""
    out = tmp_path / "out"
    processing.run("pot:exportar_mapas", {"PROJECT": str(pot.path), "OUTPUT_FOLDER": str(out), "SHEETS": "MA-03",
                                          "FORMAT": 2, "DPI": 50})
    png = next(out.glob("MA-03_*.png"))
    text = pdftext(next(out.glob("MA-03_*.pdf")))
    assert "UBICACIÓN" in text or "LOCATION" in text
    image = QImage(str(png))
    assert not image.isNull()
    layer = QgsVectorLayer(str(exportar.CONTEXTO_PREDETERMINADO), "d", "ogr")
    assert layer.isValid() and layer.featureCount() == 25 and exportar.CONTEXTO_PREDETERMINADO.stat().st_size < 100_000


def test_combined_pdf_keeps_every_sheet_when_one_is_exported_again(pot, tmp_path):
    out = tmp_path / "out"
    todas = exportar.exportar_mapas(pot.path, out, dpi=30)
    una = exportar.exportar_mapas(pot.path, out, numeros=["MA-02"], dpi=30)
    assert una.combinado == todas.combinado
    paginas = re.findall(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", una.combinado], capture_output=True, text=True).stdout)
    assert int(paginas[0]) == len(todas.pdfs) == 4


def test_a_label_that_cannot_be_placed_is_reported_by_name(pot, tmp_path):
    """The sheet's own labels allow overlaps (every name drawn); a layer the team styled keeps its
    labelling, and a name its settings leave out (here: at most two labels) is reported by sheet,
    layer and name."""
    from pot_cartografia.core import compat
    from pot_cartografia.store.estilos import guardar_estilo_predeterminado
    from qgis.core import QgsFeature, QgsPalLayerSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling

    pueblos = QgsVectorLayer(pot.layer_uri("centros_poblados"), "centros_poblados", "ogr")
    juntos = QgsFeature(pueblos.fields())
    uno = next(pueblos.getFeatures())
    juntos.setGeometry(uno.geometry())  # a second town on the first one: its name has no room
    juntos["pot_uid"], juntos["nombre"] = "pueblo-doble", "Pueblo Gemelo"
    assert pueblos.dataProvider().addFeatures([juntos])[0]
    ajustes = QgsPalLayerSettings()
    ajustes.fieldName = "nombre"
    ajustes.placement = compat.ETIQUETA_SOBRE_PUNTO
    ajustes.limitNumLabels, ajustes.maxNumLabels = True, 2  # 4 towns, 2 labels
    formato = QgsTextFormat()
    formato.setSize(14)
    ajustes.setFormat(formato)
    pueblos.setLabeling(QgsVectorLayerSimpleLabeling(ajustes))
    pueblos.setLabelsEnabled(True)
    guardar_estilo_predeterminado(pueblos, "estilo del equipo")
    hoja = catalogo.cargar(pot)[2]
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", hojas=[hoja], dpi=50)
    assert not result.errores
    avisos = [a for a in result.avisos if "could not be placed" in a]
    assert len(avisos) == 1 and hoja.numero in avisos[0] and "Centros poblados" in avisos[0]
    nombres = ["Pueblo 1", "Pueblo 2", "Pueblo 3", "Pueblo Gemelo"]
    assert sum(n in avisos[0] for n in nombres) == 2 and "2 labels" in avisos[0]  # the two left out, by name
    assert uno["nombre"] in nombres


def test_sheet_labels_allow_overlaps_so_no_name_is_lost(pot, tmp_path):
    from qgis.core import QgsFeature

    pueblos = QgsVectorLayer(pot.layer_uri("centros_poblados"), "centros_poblados", "ogr")
    juntos = QgsFeature(pueblos.fields())
    juntos.setGeometry(next(pueblos.getFeatures()).geometry())
    juntos["pot_uid"], juntos["nombre"] = "pueblo-doble", "Pueblo Gemelo"
    assert pueblos.dataProvider().addFeatures([juntos])[0]
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", hojas=[catalogo.cargar(pot)[2]], dpi=50)
    assert not [a for a in result.avisos if "could not be placed" in a]
    assert "Pueblo Gemelo" in pdftext(result.pdfs[0])
