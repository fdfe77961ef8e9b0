"""Trend projections per unit (checked by hand on short series, and on the real MapBiomas alerts of
Ucayali against an independent geopandas count) and land-cover transition matrices projected by
Markov steps (checked by hand), with their bad inputs named."""
import numpy as np
import processing
import pytest
from pot_cartografia.core import compat
from pot_cartografia.core.errors import PotError
from pot_cartografia.prospectiva import escenarios, proyeccion, series, transicion
from pot_cartografia.prospectiva.matriz import MatrizInvalida
from pot_cartografia.store.pot_store import PotStore
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsRectangle, QgsVectorLayer

ANIOS = [2020, 2021, 2022, 2023]


# -- fits by hand ----------------------------------------------------------------------------------------------------
def test_linear_exponential_and_logistic_fits_by_hand():
    t = np.arange(4)
    y = np.array([2 + 3 * t, 2 * 1.5 ** t, 100 / (1 + np.exp(-(-2 + 0.5 * t)))], dtype=float)
    lineal = proyeccion.ajustar(ANIOS, y[:1], "lineal")
    assert (lineal.a[0], lineal.b[0], lineal.r2[0]) == pytest.approx((2, 3, 1))
    assert lineal.evaluar([2030])[0, 0] == pytest.approx(2 + 3 * 10)
    exponencial = proyeccion.ajustar(ANIOS, y[1:2], "exponencial")
    assert (exponencial.a[0], exponencial.b[0]) == pytest.approx((2, np.log(1.5)))
    assert exponencial.evaluar([2030])[0, 0] == pytest.approx(2 * 1.5 ** 10)
    logistica = proyeccion.ajustar(ANIOS, y[2:], "logistica", np.array([100.0]))
    assert (logistica.a[0], logistica.b[0], logistica.r2[0]) == pytest.approx((-2, 0.5, 1))
    assert logistica.evaluar([2030])[0, 0] == pytest.approx(100 / (1 + np.exp(-3)))


def test_r2_of_a_noisy_series_by_hand():
    # y = 1, 3, 2, 5: b = 5.5 / 5 = 1.1, a = 2.75 − 1.1·1.5 = 1.1; SS_res = 2.7, SS_tot = 8.75
    ajuste = proyeccion.ajustar(ANIOS, np.array([[1.0, 3, 2, 5]]), "lineal")
    assert (ajuste.a[0], ajuste.b[0]) == pytest.approx((1.1, 1.1))
    assert ajuste.r2[0] == pytest.approx(1 - 2.7 / 8.75)


def test_units_that_cannot_be_fitted_get_a_note_not_a_number():
    y = np.array([[0, 0, 0, 0], [0, 1, 2, 3], [5, 4, 3, 2], [10, 50, 90, 120]], dtype=float)
    exp = proyeccion.ajustar(ANIOS, y, "exponencial")
    assert exp.nota == [proyeccion.SIN_CAMBIO, proyeccion.NO_POSITIVA, "", ""]
    valores = exp.evaluar([2030])[:, 0]
    assert valores[0] == 0 and np.isnan(valores[1]) and valores[2] > 0
    log = proyeccion.ajustar(ANIOS, y, "logistica", np.array([10.0, 10.0, 10.0, 100.0]))
    assert log.nota == [proyeccion.SIN_CAMBIO, proyeccion.FUERA_DEL_TOPE, "", proyeccion.FUERA_DEL_TOPE]
    lineal = proyeccion.ajustar(ANIOS, y, "lineal", np.array([10.0, 10.0, 10.0, 100.0]))
    proyectado = lineal.evaluar([2030])[:, 0]
    assert proyectado[2] == 0  # a falling trend never goes below 0
    assert proyectado[3] == 100  # nor above the cap


def test_series_with_gaps_or_one_point_are_named():
    with pytest.raises(PotError, match=r"perdida: the unit U2 has no value for 2022 \(a gap in its series; 1 gap\(s\) in all\)"):
        proyeccion.validar_series(ANIOS[:3], np.array([[1, 2, 3], [1, 2, np.nan]]), ["U1", "U2"], "perdida")
    with pytest.raises(PotError, match=r"alertas: a projection needs a series of at least two years; it has 1 \(2021\)"):
        proyeccion.validar_series([2021], np.array([[1.0]]), ["U1"], "alertas")
    with pytest.raises(PotError, match="the year 2021 appears twice"):
        proyeccion.validar_series([2021, 2021], np.array([[1.0, 2.0]]), ["U1"], "x")


def test_cumulative_series_with_an_initial_stock():
    assert proyeccion.acumular(np.array([[1.0, 2, 3]]), np.array([10.0])).tolist() == [[11, 13, 16]]


# -- series from layers ---------------------------------------------------------------------------------------------
def capa_unidades(filas, campos=("perdida_2019", "perdida_2020", "perdida_2021")):
    capa = QgsVectorLayer("Polygon?crs=EPSG:32718", "unidades", "memory")
    capa.dataProvider().addAttributes([compat.campo("codigo")] + [compat.campo(c, "real") for c in campos])
    capa.updateFields()
    entidades = []
    for k, valores in enumerate(filas):
        f = QgsFeature(capa.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(500000 + k * 1000, 8900000, 501000 + k * 1000, 8901000)))  # 100 ha
        f.setAttributes([f"U{k + 1}"] + list(valores))
        entidades.append(f)
    capa.dataProvider().addFeatures(entidades)
    return capa


def test_algorithm_from_yearly_fields_by_hand():
    capa = capa_unidades([(1, 2, 3), (5, 5, 5), (0, 0, 0)])
    r = processing.run("pot:proyeccion_tendencial", {"UNITS": capa, "UNIT_ID": "codigo", "SERIES_FIELDS": ["perdida_2021", "perdida_2019",
                                                     "perdida_2020"], "METHOD": 0, "HORIZON": 2030, "OUTPUT": "memory:"})
    filas = {f["unidad"]: f for f in r["OUTPUT"].getFeatures()}
    assert filas["U1"]["proyeccion"] == pytest.approx(1 + 1 * 11)  # fields sorted by year: y = 1 + t
    assert filas["U1"]["obs_2019"] == 1 and filas["U1"]["area_ha"] == pytest.approx(100)
    assert filas["U2"]["proyeccion"] == 5 and filas["U2"]["r2"] == 1
    assert filas["U3"]["proyeccion"] == 0 and filas["U3"]["nota"]
    assert r["YEARS"] == "2019, 2020, 2021" and r["TOTAL_OBSERVED"] == 8
    acumulado = processing.run("pot:proyeccion_tendencial", {"UNITS": capa, "UNIT_ID": "codigo", "CUMULATIVE": True, "METHOD": 2,
                                                             "SERIES_FIELDS": ["perdida_2019", "perdida_2020", "perdida_2021"],
                                                             "HORIZON": 2030, "OUTPUT": "memory:"})
    u2 = {f["unidad"]: f for f in acumulado["OUTPUT"].getFeatures()}["U2"]
    # cumulative 5, 10, 15 of 100 ha: logit fit by hand with numpy's polyfit
    b, a = np.polyfit([0, 1, 2], np.log(np.array([5, 10, 15]) / (100 - np.array([5, 10, 15]))), 1)
    assert (u2["a"], u2["b"], u2["tope"]) == pytest.approx((a, b, 100))
    assert u2["proyeccion"] == pytest.approx(100 / (1 + np.exp(-(a + b * 11))))
    assert u2["observado"] == 15


def test_algorithm_names_gaps_one_year_and_missing_inputs():
    capa = capa_unidades([(1, None, 3), (5, 5, 5)])
    with pytest.raises(QgsProcessingException, match="the unit U1 has no value for 2020"):
        processing.run("pot:proyeccion_tendencial", {"UNITS": capa, "UNIT_ID": "codigo", "HORIZON": 2030, "OUTPUT": "memory:",
                                                     "SERIES_FIELDS": ["perdida_2019", "perdida_2020", "perdida_2021"]})
    with pytest.raises(QgsProcessingException, match="at least two years; it has 1 \\(2019\\)"):
        processing.run("pot:proyeccion_tendencial", {"UNITS": capa, "SERIES_FIELDS": ["perdida_2019"], "HORIZON": 2030, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="Give the observed series"):
        processing.run("pot:proyeccion_tendencial", {"UNITS": capa, "HORIZON": 2030, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="Give the horizon year"):
        processing.run("pot:proyeccion_tendencial", {"UNITS": capa, "SERIES_FIELDS": ["perdida_2019", "perdida_2021"], "OUTPUT": "memory:"})
    sin_anio = capa_unidades([(1, 2)], campos=("perdida_a", "perdida_b"))
    with pytest.raises(QgsProcessingException, match="The field “perdida_a” of “unidades” has no year in its name"):
        processing.run("pot:proyeccion_tendencial", {"UNITS": sin_anio, "SERIES_FIELDS": ["perdida_a", "perdida_b"], "HORIZON": 2030,
                                                     "OUTPUT": "memory:"})


def test_events_with_a_year_missing_are_a_gap_in_the_data():
    unidades = capa_unidades([(0, 0, 0)])
    eventos = QgsVectorLayer("Point?crs=EPSG:32718&field=fecha:string", "alertas", "memory")
    filas = []
    for fecha in ("2019-03-01", "2021-07-01", "2021-08-01"):
        f = QgsFeature(eventos.fields())
        f.setGeometry(QgsGeometry.fromWkt("POINT (500500 8900500)"))
        f.setAttributes([fecha])
        filas.append(f)
    eventos.dataProvider().addFeatures(filas)
    with pytest.raises(PotError, match="The layer “alertas” has no event inside the units in 2020, between 2019 and 2021"):
        series.series_de_eventos(unidades, eventos, "fecha")
    mala = QgsVectorLayer("Point?crs=EPSG:32718&field=fecha:string", "alertas", "memory")
    f = QgsFeature(mala.fields())
    f.setGeometry(QgsGeometry.fromWkt("POINT (500500 8900500)"))
    f.setAttributes(["ayer"])
    mala.dataProvider().addFeatures([f])
    with pytest.raises(PotError, match="Layer “alertas”, feature 1: “ayer” in fecha is not a date or a year"):
        series.series_de_eventos(unidades, mala, "fecha")


# -- the real alerts ---------------------------------------------------------------------------------------------------
@pytest.fixture
def alertas(shared_data):
    distritos = QgsVectorLayer(str(shared_data / "ucayali" / "02_limites_distritos_ucayali.gpkg"), "distritos", "ogr")
    eventos = QgsVectorLayer(str(shared_data / "ucayali" / "40_alertas_deforestacion_mapbiomas_ucayali.gpkg"), "alertas", "ogr")
    assert distritos.isValid() and eventos.isValid()
    return distritos, eventos


def conteo_geopandas(shared_data):
    import geopandas as gpd

    distritos = gpd.read_file(shared_data / "ucayali" / "02_limites_distritos_ucayali.gpkg")
    eventos = gpd.read_file(shared_data / "ucayali" / "40_alertas_deforestacion_mapbiomas_ucayali.gpkg")
    unidos = gpd.sjoin(eventos, distritos[["UBIGEO", "geometry"]], predicate="within")
    unidos["anio"] = unidos["detected_at"].str[:4].astype(int)
    return unidos.groupby(["UBIGEO", "anio"]).agg(n=("area_ha", "size"), ha=("area_ha", "sum")), len(eventos) - len(unidos)


def test_alert_counts_and_areas_per_district_equal_geopandas(alertas, shared_data):
    distritos, eventos = alertas
    esperado, fuera = conteo_geopandas(shared_data)
    conteo = series.series_de_eventos(distritos, eventos, "detected_at", "", "UBIGEO")
    area = series.series_de_eventos(distritos, eventos, "detected_at", "area_ha", "UBIGEO")
    assert conteo.anios == [2021, 2022, 2023, 2024, 2025]
    assert conteo.fuera == fuera == 156
    for k, ubigeo in enumerate(conteo.ids):
        for j, anio in enumerate(conteo.anios):
            n, ha = (esperado.loc[(ubigeo, anio)] if (ubigeo, anio) in esperado.index else (0, 0.0))
            assert conteo.valores[k, j] == n, (ubigeo, anio)
            assert area.valores[k, j] == pytest.approx(ha, rel=1e-9, abs=1e-9), (ubigeo, anio)
    assert conteo.valores.sum() == esperado["n"].sum() == 12641


def test_algorithm_projects_the_cumulative_forest_loss_of_each_district(alertas, shared_data):
    distritos, eventos = alertas
    r = processing.run("pot:proyeccion_tendencial", {"UNITS": distritos, "UNIT_ID": "UBIGEO", "EVENTS": eventos, "DATE_FIELD": "detected_at",
                                                     "VALUE_FIELD": "area_ha", "CUMULATIVE": True, "METHOD": 2, "HORIZON": 2040,
                                                     "OUTPUT": "memory:"})
    assert r["UNIT_COUNT"] == 19 and r["OUTSIDE"] == 156 and r["YEARS"] == "2021, 2022, 2023, 2024, 2025"
    esperado, _ = conteo_geopandas(shared_data)
    for f in r["OUTPUT"].getFeatures():
        observado = np.array([esperado.loc[(f["unidad"], a)]["ha"] if (f["unidad"], a) in esperado.index else 0.0 for a in range(2021, 2026)])
        assert [f[f"obs_{a}"] for a in range(2021, 2026)] == pytest.approx(list(observado))
        acumulado = np.cumsum(observado)
        assert f["observado"] == pytest.approx(acumulado[-1])
        if acumulado[0] > 0:  # an independent logistic fit with the district's ellipsoidal area as the cap
            b, a = np.polyfit(np.arange(5), np.log(acumulado / (f["tope"] - acumulado)), 1)
            assert (f["a"], f["b"]) == pytest.approx((a, b))
            assert f["proyeccion"] == pytest.approx(f["tope"] / (1 + np.exp(-(a + b * 19))))
            assert acumulado[-1] < f["proyeccion"] < f["tope"]
    assert r["TOTAL_OBSERVED"] == pytest.approx(esperado["ha"].sum())


def test_projection_summary_is_stored_in_the_pot(pot_demo):
    capa = capa_unidades([(1, 2, 3), (2, 2, 3)])
    r = processing.run("pot:proyeccion_tendencial", {"PROJECT": str(pot_demo), "UNITS": capa, "VARIABLE": "COB", "OUTPUT": "memory:",
                                                     "SERIES_FIELDS": ["perdida_2019", "perdida_2020", "perdida_2021"]})
    fila = proyeccion.proyecciones(PotStore.open(pot_demo))[0]
    assert (fila["horizonte"], fila["metodo"], fila["unidades"], fila["variable"]) == (2040, "lineal", 2, "COB")
    assert fila["total_proyectado"] == pytest.approx(r["TOTAL_PROJECTED"])


# -- transition matrices ---------------------------------------------------------------------------------------------------
def matriz_a_mano():
    """A = agro, B = bosque. 2010 → 2020: A→A 50 ha, B→A 20 ha, B→B 80 ha."""
    return transicion.desde_areas(["A", "B"], np.array([[50.0, 0], [20, 80]]), 2010, 2020)


def test_transition_matrix_and_markov_projection_by_hand():
    m = matriz_a_mano()
    assert m.probabilidades.tolist() == [[1, 0], [0.2, 0.8]]
    dos = transicion.proyectar(m, np.array([70.0, 80]), 2040)  # two periods: P² = [[1, 0], [0.36, 0.64]]
    assert dos["metodo"] == "periodos" and dos["pasos"] == 2
    assert dos["areas"] == pytest.approx([70 + 80 * 0.36, 80 * 0.64])
    anual = transicion.proyectar(m, np.array([70.0, 80]), 2035)  # 15 years: the yearly root, 0.8^(1/10) per year
    assert anual["metodo"] == "anual" and anual["pasos"] == 15
    assert anual["matriz"] == pytest.approx(np.array([[1, 0], [1 - 0.8 ** 0.1, 0.8 ** 0.1]]))
    assert anual["areas"] == pytest.approx([70 + 80 * (1 - 0.8 ** 1.5), 80 * 0.8 ** 1.5])
    assert anual["ajuste"] < 1e-12


def test_a_yearly_root_with_negative_entries_is_clipped_and_said():
    p = np.array([[0.1, 0.9], [0.9, 0.1]])  # eigenvalue −0.8: no real square root
    anual, ajuste = transicion.matriz_anual(p, 2)
    assert (anual >= 0).all() and anual.sum(axis=1) == pytest.approx([1, 1])
    assert ajuste > 0.1


def test_transition_rows_that_do_not_sum_to_one_are_named():
    filas = [["", "A", "B", "C"], ["A", "0.9", "0.1", "0"], ["B", "0.2", "0.7", "0"], ["C", "0", "-0.1", "1.1"]]
    with pytest.raises(MatrizInvalida) as error:
        transicion.desde_rejilla(filas, "cob_tendencial.csv")
    texto = str(error.value)
    assert "Row 3 (from class B): the probabilities sum to 0.9000, not 1" in texto
    assert "Cell C4 (C → B): a probability cannot be -0.1" in texto
    assert "cob_tendencial.csv" in texto
    ok = transicion.desde_rejilla([["", "A", "B"], ["A", "0.9995", "0"], ["B", "0.25", "0.75"]])
    assert ok.probabilidades[0].tolist() == [1, 0]  # within 0.001: renormalised


def test_transition_algorithm_on_one_layer_with_two_dates_and_an_edited_scenario(pot_demo, tmp_path):
    capa = QgsVectorLayer("Polygon?crs=EPSG:32718&field=c2010:string&field=c2020:string", "cobertura", "memory")
    entidades = []
    for (x0, x1), (d, h) in (((0, 5000), ("A", "A")), ((5000, 7000), ("B", "A")), ((7000, 15000), ("B", "B"))):
        f = QgsFeature(capa.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(500000 + x0, 8900000, 500000 + x1, 8901000)))  # 1 km tall
        f.setAttributes([d, h])
        entidades.append(f)
    capa.dataProvider().addFeatures(entidades)
    parametros = {"INPUT_START": capa, "FIELD_START": "c2010", "FIELD_END": "c2020", "YEAR_START": 2010, "YEAR_END": 2020,
                  "HORIZON": 2040, "OUTPUT": "memory:", "OUTPUT_PROJECTION": "memory:"}
    r = processing.run("pot:matriz_transicion", parametros)
    obs = {(f["desde"], f["hacia"]): (f["area_ha"], f["probabilidad"]) for f in r["OUTPUT"].getFeatures()}
    assert obs == {("A", "A"): (500, 1.0), ("B", "A"): (200, 0.2), ("B", "B"): (800, 0.8)}
    proy = {f["clase"]: f["ha_2040"] for f in r["OUTPUT_PROJECTION"].getFeatures()}
    assert proy["A"] == pytest.approx(700 + 800 * 0.36) and r["METHOD"] == "periodos" and r["STEPS"] == 2

    store = PotStore.open(pot_demo)
    escenarios.guardar(store, escenarios.Escenario("deseable", "Deseable", "deseable"))
    con_pot = dict(parametros, PROJECT=str(pot_demo), SCENARIO="deseable", VARIABLE="COB")
    processing.run("pot:matriz_transicion", con_pot)
    guardada = transicion.cargar(store, "deseable", "COB")
    assert guardada.probabilidades.tolist() == [[1, 0], [0.2, 0.8]]  # the scenario starts from the trend
    assert transicion.cargar(store, transicion.OBSERVADA, "COB").areas.tolist() == [[500, 0], [200, 800]]
    editada = tmp_path / "deseable.csv"
    editada.write_text("desde/hacia,A,B\nA,0.9,0.1\nB,0.05,0.95\n", encoding="utf-8")
    r = processing.run("pot:matriz_transicion", dict(con_pot, TRANSITIONS=str(editada)))
    proy = {f["clase"]: f["ha_2040"] for f in r["OUTPUT_PROJECTION"].getFeatures()}
    esperado = np.array([700.0, 800]) @ np.linalg.matrix_power(np.array([[0.9, 0.1], [0.05, 0.95]]), 2)
    assert [proy["A"], proy["B"]] == pytest.approx(list(esperado))
    mala = tmp_path / "mala.csv"
    mala.write_text("desde/hacia,A,B\nA,0.9,0.2\nB,0.05,0.95\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException, match=r"mala.csv[\s\S]*Row 2 \(from class A\): the probabilities sum to 1.1000, not 1"):
        processing.run("pot:matriz_transicion", dict(con_pot, TRANSITIONS=str(mala)))
    with pytest.raises(QgsProcessingException, match="A scenario's matrix lives in a POT"):
        processing.run("pot:matriz_transicion", dict(parametros, SCENARIO="deseable"))


def test_transition_algorithm_overlays_two_layers_by_zone(tmp_path):
    def capa(nombre, campo, piezas):
        c = QgsVectorLayer(f"Polygon?crs=EPSG:32718&field={campo}:string", nombre, "memory")
        entidades = []
        for (x0, x1), valor in piezas:
            f = QgsFeature(c.fields())
            f.setGeometry(QgsGeometry.fromRect(QgsRectangle(500000 + x0, 8900000, 500000 + x1, 8901000)))
            f.setAttributes([valor])
            entidades.append(f)
        c.dataProvider().addFeatures(entidades)
        return c

    antes = capa("c2010", "cob", [((0, 10000), "1")])
    despues = capa("c2020", "cob", [((0, 3000), "6"), ((3000, 10000), "1")])
    zonas = capa("zonas", "zona", [((0, 4000), "Z1"), ((4000, 10000), "Z2")])
    r = processing.run("pot:matriz_transicion", {"INPUT_START": antes, "FIELD_START": "cob", "INPUT_END": despues, "FIELD_END": "cob",
                                                 "ZONES": zonas, "ZONE_FIELD": "zona", "YEAR_START": 2010, "YEAR_END": 2020,
                                                 "HORIZON": 2030, "OUTPUT": "memory:", "OUTPUT_PROJECTION": "memory:"})
    obs = {(f["zona"], f["desde"], f["hacia"]): f["area_ha"] for f in r["OUTPUT"].getFeatures()}
    assert obs[("Z1", "1", "6")] == pytest.approx(300) and obs[("Z1", "1", "1")] == pytest.approx(100)
    assert obs[("Z2", "1", "1")] == pytest.approx(600) and ("Z2", "1", "6") not in obs
    assert obs[("", "1", "6")] == pytest.approx(300) and obs[("", "1", "1")] == pytest.approx(700)
    proy = {(f["zona"], f["clase"]): f["ha_2030"] for f in r["OUTPUT_PROJECTION"].getFeatures()}
    assert proy[("Z1", "1")] == pytest.approx(100 * 0.25) and proy[("Z2", "1")] == pytest.approx(600)


def test_layers_of_the_open_project_are_read_through_copies(tmp_path):
    """A task's thread must not read the layer the canvas draws: prepare() reopens or copies it."""
    from qgis.core import QgsApplication, QgsProcessingContext, QgsProject

    memoria = capa_unidades([(1, 2, 3)])
    ruta = tmp_path / "unidades.gpkg"
    processing.run("native:savefeatures", {"INPUT": memoria, "OUTPUT": str(ruta)})
    archivo = QgsVectorLayer(str(ruta), "unidades", "ogr")
    QgsProject.instance().addMapLayers([memoria, archivo])
    try:
        alg = QgsApplication.processingRegistry().createAlgorithmById("pot:proyeccion_tendencial")
        contexto = QgsProcessingContext()
        contexto.setProject(QgsProject.instance())
        for capa in (memoria, archivo):
            copia = alg.capa_de_trabajo({"UNITS": capa.id()}, "UNITS", contexto)
            assert copia is not capa and copia.featureCount() == 1 and copia.fields().names() == capa.fields().names()
            r = processing.run("pot:proyeccion_tendencial", {"UNITS": capa.id(), "UNIT_ID": "codigo", "HORIZON": 2030, "OUTPUT": "memory:",
                                                             "SERIES_FIELDS": ["perdida_2019", "perdida_2020", "perdida_2021"]})
            assert next(r["OUTPUT"].getFeatures())["proyeccion"] == pytest.approx(12)
        suelta = capa_unidades([(1, 2, 3)])
        assert alg.capa_de_trabajo({"UNITS": suelta}, "UNITS", contexto) is suelta  # not in the project: used as it is
    finally:
        QgsProject.instance().removeMapLayers([memoria.id(), archivo.id()])
