"""The map sheet, the map catalogue and the batch export (salidas/)."""
import re
import subprocess
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr
from pot_cartografia.core import compat
from pot_cartografia.core.errors import PotError
from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.modelo import Clase, Variable
from pot_cartografia.salidas import catalogo, escalas, exportar
from pot_cartografia.salidas import hoja as sheet
from pot_cartografia.salidas.catalogo import Hoja
from pot_cartografia.store.pot_store import PotStore
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutUtils,
    QgsLegendStyle,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QRectF, QSize
from qgis.PyQt.QtGui import QColor, QImage

SIZES = ["A4", "A3", "A2", "A1", "A0"]
ORIENTATIONS = ["horizontal", "vertical"]
from pot_prueba import escribir_capa, rect  # noqa: E402

@pytest.fixture
def pot(pot_salidas):
    return pot_salidas


@pytest.fixture(scope="module")
def departments(tmp_path_factory):
    """A stand-in for the departments of Peru (EPSG:4326), the ámbito inside the middle one."""
    path = tmp_path_factory.mktemp("ctx") / "departamentos.gpkg"
    rows = [
        (rect(-81.3, -18.4, -76.5, -0.1), ["Costa"]),
        (rect(-76.5, -18.4, -73.5, -0.1), ["Ucayali"]),
        (rect(-73.5, -18.4, -68.6, -0.1), ["Oriente"]),
    ]
    escribir_capa(path, "departamentos", rows, ["nombre"], crs="EPSG:4326")
    return path


# -- scales --------------------------------------------------------------------------------------
def test_proponer_escala_is_the_smallest_standard_scale_that_fits():
    assert escalas.proponer_escala(40000, 30000, 300, 250) == 150_000
    # A frame just too small for 1:100 000 moves up one step.
    assert escalas.proponer_escala(27000, 1000, 300, 250) == 100_000
    assert escalas.proponer_escala(27001, 1000, 300, 250) == 150_000
    assert escalas.proponer_escala(10, 10, 300, 250) == 5_000
    assert escalas.proponer_escala(500_000, 400_000, 100, 100) == 7_500_000
    for width in (3_000, 47_000, 123_456, 700_000):
        scale = escalas.proponer_escala(width, width / 2, 270, 180)
        assert scale in list(escalas.ESCALAS_ESTANDAR) + [2_500_000, 3_000_000, 5_000_000]
        assert width * 1000 / scale <= 270 * 0.9 + 1e-9
    with pytest.raises(ValueError):
        escalas.proponer_escala(1000, 1000, 0, 100)


def test_grid_interval_scale_bar_and_number_format():
    for length in (800, 5_000, 12_000, 60_143, 120_000, 987_654):
        interval = escalas.intervalo_grilla(length)
        assert 3.3 <= length / interval <= 7
        mantissa = interval / 10 ** len(str(int(interval)).rstrip("0") and str(int(interval))[1:])
        assert round(mantissa, 6) in (1, 2, 2.5, 5), interval
    assert escalas.intervalo_grilla(60_000) == 10_000
    km = escalas.segmento_barra_km(200_000, 60)
    assert 4 * km * 1_000_000 / 200_000 <= 60 < 4 * 2 * km * 1_000_000 / 200_000 * 1.01
    assert escalas.formatear_numero(100000) == "100\u202f000"
    assert escalas.formatear_numero(8850000) == "8\u202f850\u202f000"
    assert escalas.formatear_kilometros(2.5) == "2,5"


# -- catalogue -----------------------------------------------------------------------------------
def test_default_catalogue_follows_what_the_pot_holds(pot):
    hojas = catalogo.catalogo_por_defecto(pot)
    assert [h.numero for h in hojas] == ["MA-01", "MA-02", "MA-03", "MA-04"]
    assert hojas[0].capas == ["ambito"] and not hojas[0].variable
    assert hojas[1].capas == ["centros_poblados", "limites_distritos", "ambito"]  # capitals over the limits
    uso = hojas[2]
    assert uso.variable == "USO" and uso.capa_variable == {"capa": "uso_actual", "campo": "uso"}
    assert uso.capas == ["centros_poblados", "rios", "ambito", "uso_actual"] and uso.fase == "fase1"
    assert "Uso actual de la tierra" in uso.titulo
    # Hook: an alternatives table (Pauta 3) adds one sheet per alternative with a layer. The scenarios'
    # sheets (Pauta 1, Paso 03) are checked in test_prospectiva_salidas.
    with pot.connect() as conn:
        conn.execute("CREATE TABLE pot_alternativas (fid INTEGER PRIMARY KEY, nombre TEXT, capa TEXT)")
        conn.execute("INSERT INTO pot_alternativas (nombre, capa) VALUES ('Concentrada', 'uso_actual'), ('Perdida', 'nada')")
    hojas = catalogo.catalogo_por_defecto(pot)
    assert len(hojas) == 5 and "Concentrada" in hojas[-1].titulo and hojas[-1].numero == "MA-05"


def test_catalogue_round_trip_and_validation(pot):
    assert catalogo.cargar(pot)[0].numero == "MA-01"  # nothing stored yet: the default catalogue
    hojas = catalogo.catalogo_por_defecto(pot)
    hojas[2].tamano, hojas[2].orientacion, hojas[2].escala = "A1", "vertical", 250000
    catalogo.guardar(pot, hojas)
    again = catalogo.cargar(pot)
    assert again == hojas
    with pytest.raises(PotError, match="MA-01.*repeated"):
        catalogo.guardar(pot, [hojas[0], hojas[0]])
    with pytest.raises(PotError, match="A5"):
        catalogo.guardar(pot, [Hoja("X-1", "x", tamano="A5")])
    assert catalogo.cargar(pot) == hojas  # a refused save changes nothing


# -- the sheet -----------------------------------------------------------------------------------
def _layers_for(store, hoja, project):
    capas = exportar._Capas(store, project)
    variables = {v.codigo: v for v in repositorio.cargar(store)}
    return exportar._capas_de_hoja(hoja, capas, variables)


def _context(project, path):
    return exportar._capa_contexto(str(path), project)


def _scenerect(item) -> QRectF:
    return item.mapRectToScene(item.rect())


def _overlap(a: QRectF, b: QRectF, tolerance=0.6) -> bool:
    common = a.intersected(b)
    return common.width() > tolerance and common.height() > tolerance


def drawn_bounds(layout, item) -> QRectF:
    """Where ``item`` really draws (mm), from a render of the page with every other item hidden."""
    others = [i for i in layout.items() if isinstance(i, QgsLayoutItem) and i is not item
              and not isinstance(i, QgsLayoutItemPage) and i.isVisible()]
    for other in others:
        other.setVisibility(False)
    try:
        px_per_mm = 2
        image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 25.4 * px_per_mm)
    finally:
        for other in others:
            other.setVisibility(True)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    pixels = np.frombuffer(bits, np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3]
    rows, cols = np.nonzero((pixels < 245).any(axis=2))
    return QRectF(cols.min() / px_per_mm, rows.min() / px_per_mm,
                  (cols.max() + 1 - cols.min()) / px_per_mm, (rows.max() + 1 - rows.min()) / px_per_mm)


def _label_fits(label) -> bool:
    font = compat.leer_fuente_de_rotulo(label)
    lines = label.text().split("\n")
    width = max(QgsLayoutUtils.textWidthMM(font, line) for line in lines) + 2 * label.marginX()
    height = QgsLayoutUtils.textHeightMM(font, label.text()) + 2 * label.marginY()
    return width <= label.rect().width() + 0.01 and height <= label.rect().height() + 0.01


def check_sheet(layout, size, warnings):
    page = layout.pageCollection().page(0)
    page_rect = _scenerect(page)
    items = sheet.items_por_id(layout)
    for item_id, item in items.items():
        rect = _scenerect(item)
        assert page_rect.contains(rect), f"{size}: {item_id} {rect} outside the page {page_rect}"
    # The map with its grid annotations, the legend, the inset and the membrete's content: no overlaps.
    map_rect = drawn_bounds(layout, items["mapa"])  # frame, zebra and grid coordinates as drawn
    assert page_rect.adjusted(0.5, 0.5, -0.5, -0.5).contains(map_rect), f"{size}: the grid annotations leave the page"
    boxes = {"mapa": map_rect}
    boxes.update({
        k: _scenerect(v) for k, v in items.items()
        if k != "mapa" and not k.startswith(("marco:", "mapa:"))
    })
    names = sorted(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            assert not _overlap(boxes[a], boxes[b]), f"{size}: {a} {boxes[a]} overlaps {b} {boxes[b]}"
    # Membrete content inside the membrete frame; texts fit their boxes.
    frame = _scenerect(items["marco:membrete"])
    for item_id, item in items.items():
        if item_id.startswith("membrete:"):
            assert frame.adjusted(-0.01, -0.01, 0.01, 0.01).contains(_scenerect(item)), f"{size}: {item_id} leaves the membrete"
        if isinstance(item, QgsLayoutItemLabel):
            assert _label_fits(item), f"{size}: text of {item_id} overflows: {item.text()!r}"
    # The legend's content fits its box; a legend too long for the sheet is clipped to it and reported.
    legend = items["leyenda"]
    if [w for w in warnings if "legend" in w.lower()]:
        assert not legend.resizeToContents()
        return
    box = QRectF(legend.rect())
    legend.setResizeToContents(True)
    legend.adjustBoxSize()
    assert legend.rect().width() <= box.width() + 0.01 and legend.rect().height() <= box.height() + 0.01, size


def font_sizes(layout):
    sizes = []
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            sizes.append(compat.leer_fuente_de_rotulo(item).pointSizeF())
        elif isinstance(item, QgsLayoutItemLegend):
            for style in (QgsLegendStyle.Title, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel):
                sizes.append(compat.leer_fuente_de_leyenda(item, style).pointSizeF())
    items = sheet.items_por_id(layout)
    sizes.append(items["mapa"].grids().grid(0).annotationTextFormat().size())
    sizes.append(items["membrete:barra"].textFormat().size())
    return sizes


@pytest.mark.parametrize("orientation", ORIENTATIONS)
@pytest.mark.parametrize("size", SIZES)
def test_sheet_geometry_at_every_size(pot, departments, size, orientation):
    project = QgsProject()
    hoja = catalogo.catalogo_por_defecto(pot)[3]  # ZEE: 22 classes, long labels
    hoja.tamano, hoja.orientacion = size, orientation
    layers, variable = _layers_for(pot, hoja, project)
    warnings = []
    layout = sheet.construir_layout(
        project, pot.metadata(), hoja, layers, variable, context_layer=_context(project, departments), avisos=warnings
    )
    page = layout.pageCollection().page(0).pageSize()
    expected = sheet.tamano_pagina(size, orientation)
    assert (page.width(), page.height()) == expected
    check_sheet(layout, f"{size} {orientation}", warnings)
    legend_cut = [w for w in warnings if "legend" in w.lower()]
    assert not legend_cut or size == "A4", legend_cut  # 22 long ZEE classes only overflow A4 (cut, reported)
    smallest = min(font_sizes(layout))
    assert smallest >= sheet.PT_MINIMO
    if size == "A3":
        assert smallest >= 7.0
    if size == "A0":
        assert smallest >= 7.0 * 2.8


def test_sheet_without_inset_and_with_logos(pot, tmp_path):
    logo = tmp_path / "logo.png"
    image = QImage(300, 120, QImage.Format.Format_ARGB32)
    image.fill(QColor("#0a5fa8"))
    assert image.save(str(logo))
    for orientation in ORIENTATIONS:
        project = QgsProject()
        hoja = catalogo.catalogo_por_defecto(pot)[2]
        hoja.orientacion = orientation
        layers, variable = _layers_for(pot, hoja, project)
        warnings = []
        layout = sheet.construir_layout(
            project, pot.metadata(), hoja, layers, variable, logos=[str(logo), str(tmp_path / "missing.png")],
            avisos=warnings,
        )
        items = sheet.items_por_id(layout)
        assert "ubicacion" not in items and "nota" in items
        assert isinstance(items["membrete:logo-1"], QgsLayoutItemPicture) and "membrete:logo-2" not in items
        assert warnings == [w for w in warnings if "missing.png" in w] and len(warnings) == 1
        check_sheet(layout, orientation, warnings)


@pytest.mark.parametrize("orientation", ORIENTATIONS)
def test_legend_shows_only_the_classes_present(pot, departments, orientation):
    project = QgsProject()
    hoja = catalogo.catalogo_por_defecto(pot)[2]
    hoja.orientacion = orientation
    layers, variable = _layers_for(pot, hoja, project)
    layout = sheet.construir_layout(project, pot.metadata(), hoja, layers, variable,
                                    context_layer=_context(project, departments))
    assert "ubicacion" in sheet.items_por_id(layout)  # a short legend leaves room for the inset
    legend = sheet.items_por_id(layout)["leyenda"]
    node = legend.model().rootGroup().findLayer(layers[-1])  # the theme (uso_actual)
    labels = [n.data(0) for n in legend.model().layerLegendNodes(node)]
    assert sorted(labels) == ["Agrícola", "Bosque primario"]  # Urbano and Cuerpos de agua do not occur
    assert node.customProperty("legend/title-label") == "Uso actual de la tierra"
    root = legend.model().rootGroup()
    assert root.children()[0] is node  # the theme first, then the base features as conventional signs
    signs = root.children()[1]
    assert [n.name() for n in signs.findLayers()] == ["Centros poblados", "Ríos", "Ámbito del POT"]


def test_membrete_texts(pot):
    project = QgsProject()
    hoja = catalogo.catalogo_por_defecto(pot)[2]
    layers, variable = _layers_for(pot, hoja, project)
    layout = sheet.construir_layout(project, {**pot.metadata(), "zona_utm": ""}, hoja, layers, variable)
    items = sheet.items_por_id(layout)
    assert items["membrete:titulo"].text().replace("\n", " ") == hoja.titulo.upper()
    assert "18S" in items["membrete:datum"].text()  # derived from EPSG:32718
    scale = round(items["mapa"].scale())
    assert scale in escalas.ESCALAS_ESTANDAR
    assert escalas.formatear_numero(scale) in items["membrete:escala"].text()
    assert "MINAM (2015)" in items["membrete:fuentes"].text()
    assert "Equipo técnico del POT" in items["membrete:elaborado"].text()
    assert "____" in items["membrete:revisado"].text()  # blank line to sign
    assert items["membrete:numero"].text() == "MA-03"
    assert "Fase I" in items["membrete:fase"].text()
    assert "Provincia de Demo" in items["membrete:ambito"].text()


# -- export --------------------------------------------------------------------------------------
def pdfinfo(path, pages=False):
    args = ["pdfinfo"] + (["-f", "1", "-l", "99"] if pages else []) + [str(path)]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdftext(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_sizes(path):
    return [tuple(round(float(v)) for v in m) for m in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", pdfinfo(path, True))]


def test_export_through_processing(pot, departments, tmp_path):
    import processing

    hojas = catalogo.catalogo_por_defecto(pot)
    hojas[3].tamano, hojas[3].orientacion = "A1", "vertical"
    catalogo.guardar(pot, hojas)
    out = tmp_path / "mapas"
    result = processing.run(
        "pot:exportar_mapas",
        {"PROJECT": str(pot.path), "OUTPUT_FOLDER": str(out), "SHEETS": "MA-03, MA-04", "FORMAT": 2, "DPI": 60,
         "CONTEXT": str(departments)},
    )
    assert [Path(p).name[:5] for p in result["PDFS"]] == ["MA-03", "MA-04"]
    assert len(result["PNGS"]) == 2 and all(Path(p).is_file() for p in result["PNGS"])
    first = Path(result["PDFS"][0])
    info = pdfinfo(first)
    assert re.search(r"Pages:\s+1\n", info)
    assert page_sizes(first) == [(1191, 842)]  # A3 landscape in points
    assert page_sizes(result["PDFS"][1]) == [(1684, 2384)]  # A1 portrait
    text = re.sub(r"\s+", " ", pdftext(first))
    assert "MAP OF USO ACTUAL DE LA TIERRA" in text or "MAPA DE USO ACTUAL DE LA TIERRA" in text
    assert "18S" in text
    assert re.search(r"1:\d{1,3}(\u202f| )000", text), text
    assert "MA-03" in text and "MINAM (2015)" in text
    assert "Bosque primario" in text and "Agrícola" in text and "Urbano" not in text  # legend: classes present
    combined = Path(result["COMBINED"])
    assert combined.is_file() and page_sizes(combined) == [(1191, 842), (1684, 2384)]
    assert "MA-04" in pdftext(combined)
    # Georeferenced in UTM 18S, each sheet and each page of the combined PDF.
    from osgeo import gdal

    for name in (str(first), f"PDF:2:{combined}"):
        dataset = gdal.Open(name)
        assert "UTM zone 18S" in dataset.GetProjection()
        assert 400000 < dataset.GetGeoTransform()[0] < 600000
    assert b"/Outlines" in combined.read_bytes()  # one bookmark per sheet
    assert not list(out.glob(".*"))  # no temporary files left behind


def test_failing_sheets_are_named_and_the_others_export(pot, tmp_path):
    hojas = catalogo.catalogo_por_defecto(pot)[:3]
    hojas.append(Hoja("MA-90", "Sin capas"))
    hojas.append(Hoja("MA-91", "Variable inexistente", capas=["uso_actual"], variable="NOPE"))
    hojas.append(Hoja("MA-92", "Campo inexistente", capas=["uso_actual"], variable="USO",
                      capa_variable={"capa": "uso_actual", "campo": "nope"}))
    repositorio.guardar(pot, Variable("SINCLASES", "Variable aún sin clases"))
    hojas.append(Hoja("MA-93", "Variable sin clases", capas=["uso_actual"], variable="SINCLASES",
                      capa_variable={"capa": "uso_actual", "campo": "uso"}))
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", hojas=hojas, dpi=50)
    assert len(result.pdfs) == 3 and Path(result.combinado).is_file()
    assert len(result.errores) == 4
    assert "MA-90" in result.errores[0] and "no layers" in result.errores[0]
    assert "MA-91" in result.errores[1] and "NOPE" in result.errores[1]
    assert "MA-92" in result.errores[2] and "nope" in result.errores[2]
    assert "MA-93" in result.errores[3] and "SINCLASES" in result.errores[3] and "no classes" in result.errores[3]
    assert page_sizes(result.combinado) == [(1191, 842)] * 3


def test_missing_logo_warns_and_export_still_works(pot, tmp_path):
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", numeros=["MA-01"], logos=["/no/such/logo.png"], dpi=50)
    assert len(result.pdfs) == 1 and not result.errores
    assert any("/no/such/logo.png" in w for w in result.avisos)


def test_unwritable_folder_and_unknown_sheet_are_clear_errors(pot, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(QgsProcessingException, match="a_file"):
        processing.run("pot:exportar_mapas", {"PROJECT": str(pot.path), "OUTPUT_FOLDER": str(blocker / "maps")})
    with pytest.raises(PotError, match="MA-77.*MA-01"):
        exportar.exportar_mapas(pot.path, tmp_path / "ok", numeros=["MA-77"])


def test_cancel_keeps_what_was_exported(pot, tmp_path):
    class CancelAfterFirst(QgsProcessingFeedback):
        def pushInfo(self, info):
            self.cancel()

    feedback = CancelAfterFirst()
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", feedback=feedback, dpi=50)
    assert len(result.pdfs) == 1 and Path(result.pdfs[0]).is_file() and not result.combinado


def test_stored_qgis_project_is_used(pot, tmp_path):
    stored = QgsProject()
    layer = QgsVectorLayer(pot.layer_uri("uso_actual"), "capa del proyecto", "ogr")
    stored.addMapLayer(layer)
    assert stored.write(pot.project_uri())
    project = exportar.cargar_proyecto(pot)
    assert QgsProject.instance() is not project
    capas = exportar._Capas(pot, project)
    assert capas.original("uso_actual").name() == "capa del proyecto"
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", numeros=["MA-03"], dpi=50)
    assert len(result.pdfs) == 1 and not result.errores


def test_combined_pdf_through_gdal_composition(pot, tmp_path):
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", numeros=["MA-01", "MA-02"], dpi=50)
    target = tmp_path / "gdal.pdf"
    exportar.componer_pdfs([Path(p) for p in result.pdfs], [(420, 297)] * 2, ["uno", "dos"], target)
    assert len(page_sizes(target)) == 2 and "MA-02" in pdftext(target)


def test_combined_pdf_without_gdal_is_drawn_again(pot, tmp_path):
    project = QgsProject()
    layouts = []
    for hoja in catalogo.catalogo_por_defecto(pot)[:2]:
        hoja.tamano = "A4" if hoja.numero == "MA-01" else "A3"
        layers, variable = _layers_for(pot, hoja, project)
        layouts.append(sheet.construir_layout(project, pot.metadata(), hoja, layers, variable))
    target = tmp_path / "combined.pdf"
    exportar.combinar_layouts(layouts, target, 72)
    assert page_sizes(target) == [(842, 595), (1191, 842)]


def test_screenshots_a3_and_a0(pot, departments, capturas):
    """PNGs to look at, in the screenshot folder (fixture ``capturas``)."""
    result = exportar.exportar_mapas(pot.path, capturas / "a3", numeros=["MA-03", "MA-04"], formato="png", dpi=110,
                                     capa_contexto=str(departments))
    assert len(result.pngs) == 2
    hojas = catalogo.catalogo_por_defecto(pot)
    for hoja in hojas:
        hoja.tamano, hoja.orientacion = "A0", "vertical"
    result = exportar.exportar_mapas(pot.path, capturas / "a0", numeros=["MA-04"], formato="png", dpi=30,
                                     capa_contexto=str(departments), hojas=hojas)
    image = QImage(result.pngs[0])
    assert image.width() == round(841 / 25.4 * 30) or abs(image.width() - 841 / 25.4 * 30) < 2


def test_real_ucayali_layers(shared_data, tmp_path):
    """The series with published Ucayali layers: the ámbito frames every sheet, districts are named."""
    from osgeo import gdal

    source = shared_data / "ucayali_dit_epsg32718.gpkg"
    path = tmp_path / "ucayali.gpkg"
    ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    store = PotStore.initialise(path)
    for layer, name in [("00_limite_departamental_ucayali", "ambito"), ("02_limites_distritos_ucayali", "limites_distritos"),
                        ("20_comunidades_nativas_ucayali", "comunidades_nativas")]:
        gdal.VectorTranslate(str(path), str(source), layers=[layer], layerName=name, accessMode="update",
                             geometryType="PROMOTE_TO_MULTI")
    store.set_metadata({"nombre": "POT de Ucayali", "ambito_nombre": "Departamento de Ucayali", "crs": "EPSG:32718"})
    repositorio.guardar(store, Variable("SIT", "Situación legal", fuente="IBC", anio=2016, clases=[
        Clase("Titulada", "#2c7bb6", "Titulada"), Clase("En proceso", "#fdae61", "Proceso de titulación"),
        Clase("Reconocida", "#d7191c", "Reconocida")]))
    store.register_layer("comunidades_nativas", "Comunidades nativas", "modelo_actual", "DIT", "SIT")
    with store.connect() as conn:
        conn.execute("INSERT INTO pot_campos (capa, campo, variable) VALUES ('comunidades_nativas', 'SIT_TITUL', 'SIT')")
    result = exportar.exportar_mapas(path, tmp_path / "out", dpi=72,
                                     capa_contexto=str(shared_data / "nacional" / "departamentos_peru.gpkg"))
    assert len(result.pdfs) == 3 and not result.errores
    political = pdftext(result.pdfs[1])
    assert "CALLERIA" in political and "PURUS" in political
    thematic = re.sub(r"\s+", " ", pdftext(result.pdfs[2]))
    assert "Titulada" in thematic and "En proceso" in thematic and "Reconocida" not in thematic
    assert "Zone 18S" in thematic or "Zona 18S" in thematic


def test_legend_is_filtered_by_what_the_map_shows(pot, tmp_path):
    """At 1:25 000 the frame shows only the middle ZEE stripes: the exported legend lists only those."""
    hoja = catalogo.catalogo_por_defecto(pot)[3]
    hoja.escala = 25000
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", hojas=[hoja], dpi=50)
    text = re.sub(r"\s+", " ", pdftext(result.pdfs[0]))
    shown = set(re.findall(r"Zona (\d\d):", text))
    assert "10" in shown and "11" in shown
    assert "00" not in shown and "21" not in shown and len(shown) < 8, shown
    assert "1:25\u202f000" in text or "1:25 000" in text


def test_demo_territory_series(demo_folder, tmp_path):
    """A POT built from the sample territory with the plugin's own algorithms exports its series."""
    import processing
    from pot_cartografia.demo.territorio import NOMBRE_ARCHIVO, VINCULOS

    source = Path(demo_folder) / NOMBRE_ARCHIVO
    path = tmp_path / "demo_pot.gpkg"
    processing.run("pot:crear_proyecto", {
        "NAME": "POT de la Provincia Demo", "LEVEL": 1, "AMBITO": f"{source}|layername=ambito",
        "AMBITO_NAME": "Provincia Demo", "OUTPUT": str(path)})
    for layer, title, phase in [("zee", "Zonificación ecológica y económica", 1), ("rios", "Ríos", 0),
                                ("distritos", "Distritos", 0)]:
        processing.run("pot:anadir_capa", {"PROJECT": str(path), "INPUT": f"{source}|layername={layer}", "NAME": layer,
                                           "TITLE": title, "PHASE": phase})
        field, code = VINCULOS[layer]
        processing.run("pot:vincular_variable", {"INPUT": f"{path}|layername={layer}", "FIELD": field, "VARIABLE": code})
    result = exportar.exportar_mapas(path, tmp_path / "out", dpi=60)
    assert not result.errores and len(result.pdfs) == len(catalogo.catalogo_por_defecto(PotStore(path)))
    zee = next(p for p in result.pdfs if "zonificacion" in p)
    text = re.sub(r"\s+", " ", pdftext(zee))
    assert "Zonas productivas" in text and "Ríos" in text and "Zona 18S" in text


# -- layout templates ----------------------------------------------------------------------------
def write_template(path, with_map=True, page=(300.0, 200.0)):
    """A small team design: a map "mapa", membrete labels, a legend and a scale bar on a 300 × 200 mm page."""
    from qgis.core import (QgsLayoutItemMap, QgsLayoutItemScaleBar, QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout,
                           QgsReadWriteContext)

    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(*page))

    def place(item, item_id, x, y, w, h):
        layout.addLayoutItem(item)
        item.setId(item_id)
        item.attemptMove(QgsLayoutPoint(x, y))
        item.attemptResize(QgsLayoutSize(w, h))
        return item

    mapa = place(QgsLayoutItemMap(layout), "mapa" if with_map else "otro", 10, 10, 180, 180) if with_map else None
    for i, item_id in enumerate(("titulo", "numero", "escala", "fuentes", "elaborado", "equipo-fijo")):
        label = QgsLayoutItemLabel(layout)
        label.setText("DISENO-PROPIO" if item_id == "equipo-fijo" else "xxx")
        place(label, item_id, 200, 10 + 12 * i, 95, 10)
    place(QgsLayoutItemLegend(layout), "leyenda", 200, 90, 95, 80)
    if mapa is not None:
        bar = place(QgsLayoutItemScaleBar(layout), "barra", 200, 180, 60, 10)
        bar.setLinkedMap(mapa)
    assert layout.saveAsTemplate(str(path), QgsReadWriteContext())
    return path


def test_layout_template_is_used_for_its_sheet_size(pot, tmp_path):
    import processing

    templates = tmp_path / "plantillas"
    templates.mkdir()
    write_template(templates / "A3_horizontal.qpt")
    hojas = catalogo.catalogo_por_defecto(pot)
    hojas[3].tamano = "A2"  # MA-04: no A2 template, the built-in sheet
    catalogo.guardar(pot, hojas)
    result = processing.run(
        "pot:exportar_mapas",
        {"PROJECT": str(pot.path), "OUTPUT_FOLDER": str(tmp_path / "out"), "SHEETS": "MA-03,MA-04", "DPI": 50,
         "TEMPLATES": str(templates)},
    )
    templated, built_in = result["PDFS"]
    assert page_sizes(templated) == [(850, 567)]  # 300 × 200 mm, the template's page
    text = re.sub(r"\s+", " ", pdftext(templated))
    assert hojas[2].titulo.upper() in text and "MA-03" in text and "DISENO-PROPIO" in text
    assert "MINAM (2015)" in text and "Equipo técnico del POT" in text and re.search(r"1:\d{1,3}(\u202f| )000", text)
    assert "Bosque primario" in text and "Agrícola" in text and "Urbano" not in text  # legend from the dictionary
    assert "xxx" not in text
    assert page_sizes(built_in) == [(1684, 1191)]  # A2 landscape, built-in membrete
    assert "MAP No." in pdftext(built_in) or "MAPA N" in pdftext(built_in)
    assert page_sizes(result["COMBINED"]) == [(850, 567), (1684, 1191)]


def test_broken_templates_fall_back_to_the_built_in_sheet(pot, tmp_path):
    from pot_cartografia.salidas import plantillas

    folder = pot.path.parent / "plantillas"
    folder.mkdir()
    (folder / "A3_horizontal.qpt").write_text("<Layout><PageCollection></Layout", encoding="utf-8")
    write_template(folder / "A3_vertical.qpt", with_map=False)
    (folder / "A2_horizontal.qpt").write_text("<html><body/></html>", encoding="utf-8")
    pot.set_metadata({"plantillas_carpeta": "plantillas"})  # relative to the GeoPackage's folder
    hojas = catalogo.catalogo_por_defecto(pot)[:4]
    hojas[1].orientacion = "vertical"
    hojas[2].tamano = "A2"
    hojas[3].tamano = "A1"  # no template at all
    result = exportar.exportar_mapas(pot.path, tmp_path / "out", hojas=hojas, dpi=50)
    assert not result.errores and len(result.pdfs) == 4
    assert [page_sizes(p)[0] for p in result.pdfs] == [(1191, 842), (842, 1191), (1684, 1191), (2384, 1684)]
    xml = [w for w in result.avisos if "A3_horizontal.qpt" in w]
    assert len(xml) == 1 and "XML" in xml[0] and "MA-01" in xml[0]
    no_map = [w for w in result.avisos if "A3_vertical.qpt" in w]
    assert len(no_map) == 1 and "mapa" in no_map[0] and "MA-02" in no_map[0]
    not_layout = [w for w in result.avisos if "A2_horizontal.qpt" in w]
    assert len(not_layout) == 1 and "layout template" in not_layout[0] and "MA-03" in not_layout[0]
    for pdf, hoja in zip(result.pdfs, hojas):  # the built-in membrete on every sheet
        assert hoja.numero in pdftext(pdf)
    with pytest.raises(PotError, match="A3_vertical.qpt.*mapa"):
        plantillas.cargar_plantilla(QgsProject(), folder / "A3_vertical.qpt")
