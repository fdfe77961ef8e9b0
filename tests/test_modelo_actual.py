"""Modelo actual (Pauta 1 Paso 01): DIT registry, validation and corrected copies, characterisation,
versions and aportes — on the sample territory, on generated bad layers and on real Ucayali layers."""
import json

import processing
from ayudas import capa_demo
import pytest
from pot_cartografia.core import pasos
from pot_cartografia.core.errors import PotError
from pot_cartografia.modelo_actual import aportes, caracterizacion, registro, validacion, versiones
from pot_cartografia.store.pot_store import PotStore
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

DEMO_CRS = "EPSG:32718"


@pytest.fixture
def pot(pot_demo):
    return pot_demo


def memory_layer(definition, rows, name="mem"):
    """rows: (wkt or None, [attributes])"""
    layer = QgsVectorLayer(definition, name, "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def write_gpkg(layer, path, encoding="UTF-8", driver="GPKG"):
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    options.fileEncoding = encoding
    error, message, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error == QgsVectorFileWriter.NoError, message
    return path


def register(pot, layer, theme=0, field="", variable="", value_map="", name=""):
    return processing.run(
        "pot:registrar_capa_dit",
        {"PROJECT": str(pot), "INPUT": layer, "THEME": theme, "FIELD": field, "VARIABLE": variable, "VALUE_MAP": value_map,
         "NAME": name},
    )["NAME"]


def theme_index(code):
    return registro.TEMAS.index(code)


# -- registry ------------------------------------------------------------------------------------
def test_register_layer_with_value_map_and_step_status(pot, demo_folder):
    store = PotStore.open(pot)
    assert pasos.estado_modelo_actual(store) == pasos.SIN_INICIAR
    zee = capa_demo(demo_folder, "zee")
    nombre = register(pot, zee, theme_index("zee_bioecologico"), "zee", "ZEE", "1=ZP; 2=ZPC")
    assert pasos.estado_modelo_actual(store) == pasos.EN_CURSO
    capa = registro.obtener(store, nombre)
    assert capa.tema == "zee_bioecologico"
    assert capa.fuente == zee.source()
    assert [(m.campo, m.variable, m.valores) for m in capa.mapeos] == [("zee", "ZEE", {"1": "ZP", "2": "ZPC"})]
    assert capa.mapeos[0].clase(1.0) == "ZP" and capa.mapeos[0].clase("ZR") == "ZR"
    # the same source again: the entry is updated, not duplicated
    register(pot, zee, theme_index("zee_conflictos_uso"), "zee", "ZEE", "")
    assert [c.nombre for c in registro.listar(store)] == [nombre]
    assert registro.obtener(store, nombre).tema == "zee_conflictos_uso"
    assert registro.obtener(store, nombre).mapeos[0].valores == {}


def test_register_refuses_unknown_field_variable_class_and_bad_map(pot, demo_folder):
    zee = capa_demo(demo_folder, "zee")
    for field, variable, value_map, words in (
        ("nope", "ZEE", "", "nope"),
        ("zee", "NOPE", "", "NOPE"),
        ("zee", "ZEE", "1=XX", "XX"),
        ("zee", "ZEE", "1:ZP", "1:ZP"),
    ):
        with pytest.raises(QgsProcessingException, match=words):
            register(pot, zee, 0, field, variable, value_map)
    assert registro.listar(PotStore.open(pot)) == []


def test_registry_entry_without_password_for_database_sources():
    layer = QgsVectorLayer(
        "dbname='dit' host=localhost port=5432 user='gis' password='secret' table=\"public\".\"zee\" (geom)", "zee", "postgres"
    )
    assert "secret" not in registro.fuente_sin_clave(layer)
    assert "table=" in registro.fuente_sin_clave(layer)


# -- validation ----------------------------------------------------------------------------------
def test_redecode_mojibake_only():
    assert validacion.redecodificar("HuÃ¡nuco, Pasco y Ucayali") == "Huánuco, Pasco y Ucayali"
    assert validacion.redecodificar("Huánuco") is None
    assert validacion.redecodificar("Ñaña") is None
    assert validacion.redecodificar("plain") is None


@pytest.fixture
def bad_layers(tmp_path):
    """Generated layers with one problem each, written to files (sources to be left untouched)."""
    square = "POLYGON((500000 9040000, 520000 9040000, 520000 9060000, 500000 9060000, 500000 9040000))"
    bowtie = "POLYGON((520000 9040000, 540000 9060000, 540000 9040000, 520000 9060000, 520000 9040000))"
    layers = {}
    geometrias = memory_layer(
        f"Polygon?crs={DEMO_CRS}&field=zee:string",
        [(square, ["ZP"]), (bowtie, ["ZPC"]), (None, ["ZR"]), (square, ["QQ"])],
    )
    layers["geometrias"] = write_gpkg(geometrias, tmp_path / "geometrias.gpkg")
    z = memory_layer(f"PolygonZ?crs={DEMO_CRS}", [("POLYGON Z((500000 9040000 1, 520000 9040000 1, 520000 9060000 1, 500000 9040000 1))", [])])
    layers["z"] = write_gpkg(z, tmp_path / "z.gpkg")
    curva = memory_layer(
        f"CurvePolygon?crs={DEMO_CRS}",
        [("CURVEPOLYGON(CIRCULARSTRING(530000 9050000, 540000 9060000, 550000 9050000, 540000 9040000, 530000 9050000))", [])],
    )
    layers["curva"] = write_gpkg(curva, tmp_path / "curva.gpkg")
    geografica = memory_layer("Polygon?crs=EPSG:4326", [("POLYGON((-74.7 -9.0, -74.5 -9.0, -74.5 -8.8, -74.7 -8.8, -74.7 -9.0))", [])])
    layers["geografica"] = write_gpkg(geografica, tmp_path / "geografica.gpkg")
    latin = memory_layer(f"Point?crs={DEMO_CRS}&field=nombre:string", [("POINT(510000 9050000)", ["Huánuco Ñaña"])])
    shp = write_gpkg(latin, tmp_path / "latin.shp", encoding="cp1252", driver="ESRI Shapefile")
    (tmp_path / "latin.cpg").unlink()  # no declaration: QGIS reads the bytes as UTF-8
    layers["latin"] = shp
    return layers


def test_validation_of_generated_bad_layers(pot, bad_layers):
    firmas = {p: p.read_bytes() for p in bad_layers.values()}
    for key, path in bad_layers.items():
        layer = QgsVectorLayer(str(path), key, "ogr")
        if key == "latin":
            layer.setProviderEncoding("UTF-8")
        assert layer.isValid(), key
        register(pot, layer, theme_index("base"), "zee" if key == "geometrias" else "",
                 "ZEE" if key == "geometrias" else "", name=key)
    store = PotStore.open(pot)
    html = pot.parent / "informe.html"
    salida = processing.run(
        "pot:validar_capas_dit", {"PROJECT": str(pot), "OUTPUT": str(pot.parent / "problemas.gpkg"), "REPORT_HTML": str(html)}
    )
    informe = {c["capa"]: c for c in json.loads(salida["REPORT"])["capas"]}
    g = informe["geometrias"]
    assert (g["invalidas"], g["nulas"] + g["vacias"], g["entidades"]) == (1, 1, 4)
    assert g["sin_clase"] == {"ZEE": ["QQ"]}
    assert g["crs_coincide"] and not g["ok"]
    assert 0 < g["cobertura_pct"] < 100
    assert informe["z"]["z"] and not informe["z"]["ok"]
    assert informe["curva"]["curvas"] == 1
    assert informe["geografica"]["crs"] == "EPSG:4326" and not informe["geografica"]["crs_coincide"]
    assert informe["latin"]["texto_con_reemplazo"] == 1
    problemas = QgsVectorLayer(salida["OUTPUT"], "p", "ogr")
    filas = {(f["capa"], f["problema"]) for f in problemas.getFeatures()}
    assert ("geometrias", validacion.GEOMETRIA_INVALIDA) in filas
    assert {("geometrias", validacion.GEOMETRIA_NULA), ("geometrias", validacion.GEOMETRIA_VACIA)} & filas
    invalida = next(f for f in problemas.getFeatures() if f["problema"] == validacion.GEOMETRIA_INVALIDA)
    assert invalida.geometry().asPoint().x() == pytest.approx(530000, abs=1)  # where the bowtie crosses itself
    assert "geometrias" in html.read_text(encoding="utf-8")
    assert registro.obtener(store, "geometrias").validacion["invalidas"] == 1  # kept in the registry
    assert {p: p.read_bytes() for p in bad_layers.values()} == firmas  # sources untouched

    # corrected copies are new POT layers; the registry follows them
    processing.run("pot:corregir_capa_dit", {"PROJECT": str(pot), "LAYER": "geometrias", "NAME": "geometrias_ok"})
    processing.run("pot:corregir_capa_dit", {"PROJECT": str(pot), "LAYER": "latin", "NAME": "latin_ok"})
    processing.run("pot:corregir_capa_dit", {"PROJECT": str(pot), "LAYER": "geografica", "NAME": "geografica_ok"})
    ok = QgsVectorLayer(store.layer_uri("geometrias_ok"), "ok", "ogr")
    assert all(f.geometry().isGeosValid() for f in ok.getFeatures() if not f.geometry().isNull())
    assert [f["nombre"] for f in QgsVectorLayer(store.layer_uri("latin_ok"), "l", "ogr").getFeatures()] == ["Huánuco Ñaña"]
    assert registro.obtener(store, "latin").origen == str(bad_layers["latin"])
    again = {c["capa"]: c for c in json.loads(
        processing.run("pot:validar_capas_dit", {"PROJECT": str(pot), "LAYERS": "geometrias;latin;geografica"})["REPORT"]
    )["capas"]}
    assert again["geometrias"]["invalidas"] == 0 and again["latin"]["texto_con_reemplazo"] == 0
    assert again["geografica"]["crs_coincide"]
    assert {p: p.read_bytes() for p in bad_layers.values()} == firmas


def test_validation_of_real_ucayali_layers(pot, shared_data, copia):
    anp = copia(shared_data / "ucayali" / "10_anp_nacional_ucayali.gpkg")
    rc = copia(shared_data / "ucayali" / "10_reservas_comunales_ucayali.gpkg")
    firmas = {p: p.read_bytes() for p in (anp, rc)}
    register(pot, QgsVectorLayer(str(anp), "anp", "ogr"), theme_index("zee_bioecologico"), name="anp")
    register(pot, QgsVectorLayer(str(rc), "rc", "ogr"), theme_index("zee_bioecologico"), name="rc")
    informe = {c["capa"]: c for c in json.loads(processing.run("pot:validar_capas_dit", {"PROJECT": str(pot)})["REPORT"])["capas"]}
    assert informe["anp"]["invalidas"] == 1 and informe["anp"]["crs"] == "EPSG:4326" and not informe["anp"]["crs_coincide"]
    assert informe["rc"]["texto_mal_decodificado"] >= 1
    assert any(e["corregido"] == "Huánuco, Pasco y Ucayali" for e in informe["rc"]["ejemplos_texto"])
    processing.run("pot:corregir_capa_dit", {"PROJECT": str(pot), "LAYER": "rc", "NAME": "rc_ok"})
    store = PotStore.open(pot)
    textos = [f["ANP_UBPO"] for f in QgsVectorLayer(store.layer_uri("rc_ok"), "rc", "ogr").getFeatures()]
    assert "Huánuco, Pasco y Ucayali" in textos
    assert {p: p.read_bytes() for p in (anp, rc)} == firmas


# -- synthesis into the POT, characterisation, versions ------------------------------------------
def test_units_characterisation_versions_and_comparison(pot, demo_folder):
    store = PotStore.open(pot)
    register(pot, capa_demo(demo_folder, "zee"), theme_index("zee_bioecologico"), "zee", "ZEE", name="zee")
    register(pot, capa_demo(demo_folder, "peligro_inundacion"), theme_index("zee_peligros"), "nivel", "PEL_INU", name="peligro")
    register(pot, capa_demo(demo_folder, "rios"), theme_index("base"), name="rios")  # lines: left out of the synthesis
    salida = processing.run("pot:modelo_actual_unidades", {"PROJECT": str(pot), "MIN_AREA_HA": 5})
    assert json.loads(salida["FIELDS"]) == {"zee": "ZEE", "pel_inu": "PEL_INU"}
    unidades = QgsVectorLayer(salida["OUTPUT"], "u", "ogr")
    assert unidades.featureCount() == salida["UNIT_COUNT"] > 3
    assert {f["zee"] for f in unidades.getFeatures()} <= {"ZP", "ZPC", "ZTE", "ZR", "ZUI", None}
    # the synthesis map is styled from the dictionary (first linked variable), also in the stored project
    assert unidades.renderer().type() == "categorizedSymbol" and unidades.renderer().classAttribute() == "zee"

    car = processing.run("pot:caracterizar_modelo_actual", {"INPUT": salida["OUTPUT"]})
    assert car["UNIT_COUNT"] == unidades.featureCount()
    unidades = QgsVectorLayer(salida["OUTPUT"], "u", "ogr")
    for f in unidades.getFeatures():
        if f["pel_inu"] in ("MA", "A"):
            assert "peligro de inundación" in f["limitaciones"]
        if f["zee"] == "ZP":
            assert "productiva" in f["aptitudes"]
        if f["pel_inu"] in ("M", "B") and f["zee"] != "ZTE":
            assert not f["limitaciones"]
    resumen = json.loads(car["SUMMARY"])
    area_zee = sum(r["area_ha"] for r in resumen if r["grupo"] == "clase" and r["variable"] == "ZEE")
    area_total = sum(f["area_ha"] for f in unidades.getFeatures() if f["zee"])
    assert area_zee == pytest.approx(area_total, rel=1e-6)
    assert any(r["grupo"] == "limitacion" and r["clave"] == "peligro de inundación" for r in resumen)

    v1 = processing.run("pot:guardar_version_modelo", {"PROJECT": str(pot), "INPUT": salida["OUTPUT"], "STATE": 0, "NOTE": "taller 1"})
    assert v1["VERSION"] == 1 and "modelo_actual_v1" in store.spatial_layers()
    assert pasos.estado_modelo_actual(store) == pasos.EN_CURSO
    # the team changes one unit's ZEE class after the workshop, then validates
    mayor = max(unidades.getFeatures(), key=lambda f: f["area_ha"])
    antes = mayor["zee"]
    unidades.dataProvider().changeAttributeValues({mayor.id(): {unidades.fields().indexOf("zee"): "ZR" if antes != "ZR" else "ZP"}})
    v2 = processing.run("pot:guardar_version_modelo", {"PROJECT": str(pot), "INPUT": salida["OUTPUT"], "STATE": 1})
    assert v2["VERSION"] == 2
    assert pasos.estado_modelo_actual(store) == pasos.EN_CURSO, "a validated version, but the DIT layers are unreviewed"
    processing.run("pot:validar_capas_dit", {"PROJECT": str(pot)})
    assert pasos.estado_modelo_actual(store) == pasos.COMPLETO
    assert [v["estado"] for v in versiones.listar(store)] == ["preliminar", "validado"]
    comparacion = processing.run(
        "pot:comparar_versiones", {"PROJECT": str(pot), "VERSION_A": 1, "VERSION_B": 2, "OUTPUT": str(pot.parent / "cmp.gpkg")}
    )
    informe = json.loads(comparacion["REPORT"])
    assert comparacion["CHANGED_UNITS"] == 1
    assert [(m["variable"], m["desde"]) for m in informe["movimientos"]] == [("ZEE", antes)]
    assert informe["movimientos"][0]["area_ha"] == pytest.approx(mayor["area_ha"], rel=1e-3)
    assert QgsVectorLayer(comparacion["OUTPUT"], "c", "ogr").featureCount() == 1


def test_characterisation_rules_are_editable(pot):
    store = PotStore.open(pot)
    assert caracterizacion.reglas_o_predeterminadas(store)  # filled with the defaults
    reglas = [caracterizacion.Regla("ZEE", "ZP", caracterizacion.APTITUD, "agroforestal", "económico-productivo")]
    assert caracterizacion.guardar_reglas(store, reglas) == 1
    assert caracterizacion.cargar_reglas(store) == reglas
    with pytest.raises(PotError, match="potencialidad"):
        caracterizacion.guardar_reglas(store, [caracterizacion.Regla("ZEE", "ZP", "otra", "x")])
    assert caracterizacion.cargar_reglas(store) == reglas  # nothing saved lost


# -- aportes --------------------------------------------------------------------------------------
def test_aportes_walkthrough(pot):
    store = PotStore.open(pot)
    assert aportes.pendientes(store) == []
    punto = aportes.anadir(store, QgsGeometry.fromWkt("POINT(540000 9060000)"), "Aquí hay una chacra nueva", "Ana", "Municipalidad", "Taller 1")
    area = aportes.anadir(
        store, QgsGeometry.fromWkt("POLYGON((540000 9060000, 541000 9060000, 541000 9061000, 540000 9060000))"),
        "Zona inundable no mapeada", "Luis", taller="Taller 1",
    )
    assert {"aportes", "aportes_areas"} <= set(store.spatial_layers())
    pendientes = aportes.pendientes(store)
    assert [(p["capa"], p["fid"]) for p in pendientes] == [("aportes", punto), ("aportes_areas", area)]
    assert pendientes[0]["autor"] == "Ana" and pendientes[0]["estado"] == "pendiente"
    aportes.responder(store, "aportes", punto, aportes.INCORPORADO, "Incorporado en la versión 2")
    with pytest.raises(PotError, match="discarded"):
        aportes.responder(store, "aportes_areas", area, aportes.DESCARTADO, "")
    assert [(p["capa"], p["fid"]) for p in aportes.pendientes(store)] == [("aportes_areas", area)]
    hecho = aportes.listar(store, aportes.INCORPORADO)[0]
    assert hecho["respuesta"] == "Incorporado en la versión 2"
