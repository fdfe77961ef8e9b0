"""Adding layers to a POT, linking fields to dictionary variables, forms and styling by variable."""
import sqlite3

import processing
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.modelo import Clase, Variable
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.store.proyecto_qgis import leer_proyecto

SQUARE = "POLYGON((500000 9000000, 560000 9000000, 560000 9050000, 500000 9050000, 500000 9000000))"


def memory_layer(rows, crs="EPSG:32718", fields="cob:string&field=dens:double", name="cobertura externa"):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field={fields}", name, "memory")
    feats = []
    for wkt, *values in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(values)
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def cell(x, y, size=10000):
    return f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"


@pytest.fixture
def pot(tmp_path):
    ambito = memory_layer([(SQUARE, "", 0.0)], fields="nombre:string&field=x:double")
    out = processing.run(
        "pot:crear_proyecto", {"NAME": "POT Prueba", "LEVEL": 0, "AMBITO": ambito, "HORIZON": 2040, "OUTPUT": str(tmp_path / "pot.gpkg")}
    )["OUTPUT"]
    return PotStore.open(out)


@pytest.fixture
def cobertura(pot):
    rows = [(cell(500000, 9000000), "1", 3.0), (cell(510000, 9000000), "6", 40.0), (cell(520000, 9000000), "1", 700.0),
            (cell(530000, 9000000), "99", None)]
    source = memory_layer(rows, crs="EPSG:32718")
    out = processing.run("pot:anadir_capa", {"PROJECT": str(pot.path), "INPUT": source, "NAME": "cobertura", "TITLE": "Cobertura", "PHASE": 1})
    return QgsVectorLayer(out["OUTPUT"], "Cobertura", "ogr")


def test_add_layer_reprojects_gives_ids_and_registers(pot, tmp_path):
    rows = [("POLYGON((-74.9 -8.9, -74.8 -8.9, -74.8 -8.8, -74.9 -8.8, -74.9 -8.9))", "1", 1.0)]
    source = memory_layer(rows, crs="EPSG:4326", name="Cobertura en grados")
    out = processing.run("pot:anadir_capa", {"PROJECT": str(pot.path), "INPUT": source, "PHASE": 1})
    layer = QgsVectorLayer(out["OUTPUT"], "x", "ogr")
    assert layer.crs().authid() == "EPSG:32718"
    assert layer.extent().xMinimum() > 100000  # metres, not degrees
    uids = [f["pot_uid"] for f in layer.getFeatures()]
    assert len(uids) == 1 and len(uids[0]) == 36
    assert {"capa": "cobertura_en_grados", "titulo": "Cobertura en grados", "fase": "fase1", "grupo": "", "variable": ""} in pot.registered_layers()
    assert source.featureCount() == 1 and source.crs().authid() == "EPSG:4326"  # source untouched
    project = QgsProject()
    leer_proyecto(project, pot)
    group = next(g for g in project.layerTreeRoot().children() if g.customProperty("pot/fase") == "fase1")
    assert [child.name() for child in group.children()] == ["Cobertura en grados"]
    with pytest.raises(QgsProcessingException, match="already has a layer"):
        processing.run("pot:anadir_capa", {"PROJECT": str(pot.path), "INPUT": source, "PHASE": 1})


def test_link_field_records_links_and_reports_unknown_values(pot, cobertura):
    result = processing.run("pot:vincular_variable", {"INPUT": cobertura, "FIELD": "cob", "VARIABLE": "COB"})
    assert result["UNKNOWN"] == 1  # "99" has no class
    assert result["LINKS"] == 4
    with sqlite3.connect(pot.path) as conn:
        rows = conn.execute("SELECT capa, entidad, variable, valor, fuente, anio FROM pot_vinculos ORDER BY valor").fetchall()
    uids = {f["pot_uid"] for f in cobertura.getFeatures()}
    assert {r[1] for r in rows} == uids
    assert [r[3] for r in rows] == ["1", "1", "6", "99"]
    variable = repositorio.obtener(pot, "COB")
    assert all(r[0] == "cobertura" and r[2] == "COB" and r[4] == variable.fuente and r[5] == variable.anio for r in rows)


def test_form_offers_dictionary_classes(pot, cobertura):
    processing.run("pot:vincular_variable", {"INPUT": cobertura, "FIELD": "cob", "VARIABLE": "COB"})
    index = cobertura.fields().indexOf("cob")
    setup = cobertura.editorWidgetSetup(index)
    assert setup.type() == "ValueMap"
    values = [list(entry.values())[0] for entry in setup.config()["map"]]
    assert values == [c.codigo for c in repositorio.obtener(pot, "COB").clases]
    assert cobertura.attributeAlias(index) == repositorio.obtener(pot, "COB").nombre
    assert cobertura.editorWidgetSetup(cobertura.fields().indexOf("pot_uid")).type() == "Hidden"
    # The form and style are saved in the GeoPackage: a fresh layer gets them back.
    fresh = QgsVectorLayer(pot.layer_uri("cobertura"), "again", "ogr")
    assert fresh.editorWidgetSetup(fresh.fields().indexOf("cob")).type() == "ValueMap"


def test_new_feature_gets_an_id_by_default_value(pot, cobertura):
    processing.run("pot:vincular_variable", {"INPUT": cobertura, "FIELD": "cob", "VARIABLE": "COB"})
    index = cobertura.fields().indexOf("pot_uid")
    value = cobertura.defaultValue(index)
    assert isinstance(value, str) and len(value) == 36 and "{" not in value


def test_style_categorized_equals_dictionary_classes(pot, cobertura):
    processing.run("pot:vincular_variable", {"INPUT": cobertura, "FIELD": "cob", "VARIABLE": "COB"})
    processing.run("pot:estilo_por_variable", {"INPUT": cobertura, "VARIABLE": "COB"})
    renderer = cobertura.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "cob"
    variable = repositorio.obtener(pot, "COB")
    got = [(c.value(), c.label(), c.symbol().color().name().lower()) for c in renderer.categories()]
    assert got == [(c.codigo, c.etiqueta, c.color.lower()) for c in variable.clases]


def test_style_graduated_by_numeric_variable(pot, cobertura):
    processing.run("pot:estilo_por_variable", {"INPUT": cobertura, "VARIABLE": "DENS_POB", "FIELD": "dens"})
    renderer = cobertura.renderer()
    assert renderer.type() == "graduatedSymbol"
    variable = repositorio.obtener(pot, "DENS_POB")
    got = [(r.lowerValue(), r.upperValue(), r.label()) for r in renderer.ranges()]
    assert got == [(c.minimo, c.maximo, c.etiqueta) for c in variable.clases]


def test_style_errors_name_the_problem(pot, cobertura):
    with pytest.raises(QgsProcessingException, match="No field of “cobertura” is linked to “ZEE”"):
        processing.run("pot:estilo_por_variable", {"INPUT": cobertura, "VARIABLE": "ZEE"})
    with pytest.raises(QgsProcessingException, match="no variable with code “NOPE”"):
        processing.run("pot:estilo_por_variable", {"INPUT": cobertura, "VARIABLE": "NOPE", "FIELD": "cob"})
    repositorio.guardar(pot, Variable("SINCLASES", "Sin clases", clases=[]))
    with pytest.raises(QgsProcessingException, match="no classes or breaks"):
        processing.run("pot:estilo_por_variable", {"INPUT": cobertura, "VARIABLE": "SINCLASES", "FIELD": "cob"})
    outside = memory_layer([(SQUARE, "1", 1.0)])
    with pytest.raises(QgsProcessingException, match="not stored in a POT"):
        processing.run("pot:estilo_por_variable", {"INPUT": outside, "VARIABLE": "COB", "FIELD": "cob"})


def test_renaming_a_variable_carries_its_links(pot, cobertura):
    processing.run("pot:vincular_variable", {"INPUT": cobertura, "FIELD": "cob", "VARIABLE": "COB"})
    variable = repositorio.obtener(pot, "COB")
    variable.codigo = "COB_2020"
    repositorio.guardar(pot, variable, codigo_anterior="COB")
    with sqlite3.connect(pot.path) as conn:
        assert conn.execute("SELECT DISTINCT variable FROM pot_vinculos").fetchall() == [("COB_2020",)]
        assert conn.execute("SELECT variable FROM pot_campos").fetchall() == [("COB_2020",)]
    with pytest.raises(Exception, match="linked to 1 layer field"):
        repositorio.eliminar(pot, "COB_2020")
    variable.clases.append(Clase("Otra", "#zzzzzz", "9"))
    with pytest.raises(Exception, match="not a colour"):
        repositorio.guardar(pot, variable)


def test_stored_project_shows_the_dictionary_style(pot, cobertura):
    processing.run("pot:vincular_variable", {"INPUT": cobertura, "FIELD": "cob", "VARIABLE": "COB"})
    project = QgsProject()
    leer_proyecto(project, pot)
    layer = next(lyr for lyr in project.mapLayers().values() if lyr.source().endswith("layername=cobertura"))
    assert layer.renderer().type() == "categorizedSymbol"
    assert layer.editorWidgetSetup(layer.fields().indexOf("cob")).type() == "ValueMap"
    project.clear()


def test_layer_tree_keeps_lines_above_areas_and_newest_area_on_top(pot):
    def add(name, kind, wkt):
        layer = QgsVectorLayer(f"{kind}?crs=EPSG:32718&field=x:string", name, "memory")
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        layer.dataProvider().addFeatures([feature])
        processing.run("pot:anadir_capa", {"PROJECT": str(pot.path), "INPUT": layer, "NAME": name, "PHASE": 1})

    add("areas_viejas", "Polygon", cell(500000, 9000000))
    add("rios", "LineString", "LINESTRING(500000 9000000, 510000 9010000)")
    add("areas_nuevas", "Polygon", cell(510000, 9000000))
    project = QgsProject()
    leer_proyecto(project, pot)
    group = next(g for g in project.layerTreeRoot().children() if g.customProperty("pot/fase") == "fase1")
    assert [child.name() for child in group.children()] == ["rios", "areas_nuevas", "areas_viejas"]
    project.clear()


def test_replacing_the_dictionary_keeps_linked_variables(pot, cobertura):
    processing.run("pot:vincular_variable", {"INPUT": cobertura, "FIELD": "cob", "VARIABLE": "COB"})
    before = [v.codigo for v in repositorio.cargar(pot)]
    with pytest.raises(Exception, match="linked to: COB"):
        repositorio.reemplazar(pot, [Variable("OTRA", "Otra variable", clases=[Clase("Uno", "#112233", "1")])])
    assert [v.codigo for v in repositorio.cargar(pot)] == before
    repositorio.reemplazar(pot, [repositorio.obtener(pot, "COB")])  # keeping the linked one is fine
    assert [v.codigo for v in repositorio.cargar(pot)] == ["COB"]
