"""Pasos 02–04 in the POT: variables and analyses, supuestos and causal relations, scenarios and their
states, scenario layers and the comparison table, cross-impact balance (a small example solved by
hand below), sensitivity, experts' scores, the óptimo and the ejes."""
import numpy as np
import processing
import pytest
from ayudas import capa_demo
from pot_cartografia.core.errors import PotError
from pot_cartografia.diccionario import repositorio, vinculos
from pot_cartografia.diccionario.modelo import NUMERICA, Clase, Variable
from pot_cartografia.modelo_actual import caracterizacion
from pot_cartografia.prospectiva import avance, capa_escenario, cib, ejes, escenarios, evaluacion, micmac, supuestos, variables
from pot_cartografia.prospectiva.escenarios import Escenario, EstadoEscenario, EstadoPosible
from pot_cartografia.store.capas import importar_capa
from pot_cartografia.store.pot_store import PotStore
from qgis.core import QgsCategorizedSymbolRenderer, QgsGraduatedSymbolRenderer, QgsProcessingException, QgsVectorLayer


@pytest.fixture
def store(pot_demo):
    return PotStore.open(pot_demo)


@pytest.fixture
def modelo(store):
    """Three strategic variables with states (COB, RED_VIAL, DENS_POB) and one thematic (ANP)."""
    variables.marcar_estrategicas(store, ["COB", "RED_VIAL", "DENS_POB"])
    variables.asegurar(store, ["ANP"])
    escenarios.guardar_estados_posibles(store, "COB", [EstadoPosible("COB", "perdida", "Pérdida de bosque", valor=30),
                                                        EstadoPosible("COB", "estable", "Bosque estable", valor=5)])
    escenarios.guardar_estados_posibles(store, "RED_VIAL", [EstadoPosible("RED_VIAL", "expansion", valor=200),
                                                             EstadoPosible("RED_VIAL", "contenida", valor=50)])
    escenarios.guardar_estados_posibles(store, "DENS_POB", [EstadoPosible("DENS_POB", "dispersa", valor=8),
                                                             EstadoPosible("DENS_POB", "concentrada", valor=20),
                                                             EstadoPosible("DENS_POB", "mixta", valor=12)])
    return store


def escenario(codigo, tipo, **estados):
    return Escenario(codigo, codigo.capitalize(), tipo, narrativa=f"Narrativa {codigo}",
                     estados=[EstadoEscenario(v, e) for v, e in estados.items()])


# -- Paso 02: variables and analyses --------------------------------------------------------------------------------
def test_variables_keep_indicator_justifications_and_mirror_the_strategic_flag(store):
    v = variables.desde_diccionario(store, "DENS_POB")
    assert (v.unidad, v.fuente, v.anio_base) == ("hab/km²", "INEI", 2017)
    v.estrategica, v.linea_base, v.rol = True, 14.2, "enlace"
    v.justificaciones = [variables.Justificacion("potencialidad", "servicios y equipamiento urbano")]
    variables.guardar(store, v)
    leida = variables.obtener(store, "DENS_POB")
    assert leida.linea_base == 14.2 and leida.justificaciones[0].etiqueta == "servicios y equipamiento urbano"
    assert repositorio.obtener(store, "DENS_POB").rol == "estrategica"
    leida.estrategica = False
    variables.guardar(store, leida)
    assert repositorio.obtener(store, "DENS_POB").rol == "tematica"
    # once the modelo actual is characterised, a justification must be one of its labels
    caracterizacion.guardar_reglas(store, caracterizacion.reglas_predeterminadas())
    assert ("limitacion", "peligro de inundación") in {(j.tipo, j.etiqueta) for j in variables.opciones_de_justificacion(store)}
    leida.justificaciones = [variables.Justificacion("limitacion", "falta de agua")]
    with pytest.raises(PotError, match="Variable DENS_POB: “falta de agua” is not a limitacion"):
        variables.guardar(store, leida)
    with pytest.raises(PotError, match="“NOPE” is not a variable of the dictionary"):
        variables.guardar(store, variables.VariableProspectiva("NOPE"))


def test_analyses_of_trends_visions_and_proposals(store):
    variables.guardar_analisis(store, [
        variables.Analisis("tendencia", "Avance de la frontera agrícola", "La deforestación crece 4 % al año.", "MINAM", 2023, ["COB"]),
        variables.Analisis("propuesta_sectorial", "Carretera Pucallpa – Cruzeiro do Sul", "", "MTC", 2022, ["RED_VIAL", "COB"]),
    ])
    leidos = variables.cargar_analisis(store)
    assert [a.titulo for a in leidos] == ["Avance de la frontera agrícola", "Carretera Pucallpa – Cruzeiro do Sul"]
    assert leidos[1].variables == ["RED_VIAL", "COB"]
    with pytest.raises(PotError, match="Analysis 1: the kind must be one of"):
        variables.guardar_analisis(store, [variables.Analisis("rumor", "x")])
    with pytest.raises(PotError, match="Analysis “x”: “ZZZ” is not a variable"):
        variables.guardar_analisis(store, [variables.Analisis("vision", "x", variables=["ZZZ"])])


# -- Paso 03: supuestos and causal relations -------------------------------------------------------------------------
def test_supuestos_with_effects_and_causal_relations_from_the_matrix(store):
    supuestos.guardar_supuesto(store, supuestos.Supuesto("S1", "Precio internacional del oro", "Alza sostenida", "economia", "BCRP",
                                                         [supuestos.Efecto("COB", "-", "más minería ilegal")]))
    supuestos.guardar_supuesto(store, supuestos.Supuesto("S2", "El Niño costero", tipo="clima", efectos=[supuestos.Efecto("PEL_INU", "+")]))
    leidos = supuestos.cargar_supuestos(store)
    assert [s.codigo for s in leidos] == ["S1", "S2"] and leidos[0].efectos[0].descripcion == "más minería ilegal"
    with pytest.raises(PotError, match="Supuesto S3: the kind must be one of"):
        supuestos.guardar_supuesto(store, supuestos.Supuesto("S3", "x", tipo="magia"))
    with pytest.raises(PotError, match="Supuesto S3: “XYZ” is not a variable"):
        supuestos.guardar_supuesto(store, supuestos.Supuesto("S3", "x", efectos=[supuestos.Efecto("XYZ")]))

    m = np.zeros((3, 3))
    m[0, 1], m[1, 2], m[2, 0], m[0, 2] = 3, 3, 1, 2
    resultado = micmac.analizar(["RED_VIAL", "COB", "CONF_USO"], m)
    assert supuestos.anadir_relaciones_de_matriz(store, resultado) == 2
    relaciones = supuestos.cargar_relaciones(store)
    assert {(r.origen, r.destino, r.origen_dato) for r in relaciones} == {("RED_VIAL", "COB", "matriz"), ("COB", "CONF_USO", "matriz")}
    relaciones[0].descripcion, relaciones[0].origen_dato = "la vía abre el bosque", "usuario"
    relaciones.append(supuestos.Relacion("DENS_POB", "COB", "2", "-"))
    supuestos.guardar_relaciones(store, relaciones)
    assert supuestos.anadir_relaciones_de_matriz(store, resultado) == 0  # the team's edits are kept
    assert supuestos.cargar_relaciones(store)[0].descripcion == "la vía abre el bosque"
    with pytest.raises(PotError, match=r"Relation 1 \(COB → COB\): a variable cannot cause itself"):
        supuestos.guardar_relaciones(store, [supuestos.Relacion("COB", "COB")])
    with pytest.raises(PotError, match=r"Relation 2 \(COB → ANP\) is repeated"):
        supuestos.guardar_relaciones(store, [supuestos.Relacion("COB", "ANP"), supuestos.Relacion("COB", "ANP")])
    with pytest.raises(PotError, match=r"the intensity must be 1, 2, 3 or P, not “5”"):
        supuestos.guardar_relaciones(store, [supuestos.Relacion("COB", "ANP", "5")])


# -- Paso 03: scenarios ---------------------------------------------------------------------------------------------------
def test_a_scenario_missing_a_strategic_variable_is_named(modelo):
    escenarios.guardar(modelo, escenario("tendencial", "tendencial", COB="perdida", RED_VIAL="expansion"))
    guardado = escenarios.obtener(modelo, "tendencial")
    assert guardado.horizonte == 2040  # the POT's horizon
    assert escenarios.faltantes(modelo, guardado) == ["DENS_POB"]
    with pytest.raises(PotError, match="Scenario tendencial has no state for the strategic variable\\(s\\) DENS_POB"):
        escenarios.validar(modelo, "tendencial")
    with pytest.raises(PotError, match="Selecting scenario tendencial as the optimal one needs a justification"):
        evaluacion.seleccionar_optimo(modelo, "tendencial", " ")
    with pytest.raises(PotError, match="has no state for the strategic variable\\(s\\) DENS_POB"):
        evaluacion.seleccionar_optimo(modelo, "tendencial", "la tendencia")
    assert avance.paso03(modelo)[0] == "en_curso"


@pytest.mark.parametrize(
    "estado, mensaje",
    [
        (dict(COB="talado"), r"Scenario x: “talado” is not a state of COB \(states: perdida, estable\)"),
        (dict(PEND="alta"), r"Scenario x: “PEND” is not a variable of the prospective model"),
        (dict(COB=""), r"Scenario x: the variable COB has no state"),
    ],
)
def test_bad_scenario_states_are_named(modelo, estado, mensaje):
    with pytest.raises(PotError, match=mensaje):
        escenarios.guardar(modelo, escenario("x", "deseable", **estado))


def test_bad_scenarios_are_refused(modelo):
    with pytest.raises(PotError, match="the type must be one of"):
        escenarios.guardar(modelo, escenario("x", "utopico"))
    with pytest.raises(PotError, match="the code must start with a letter"):
        escenarios.guardar(modelo, escenario("1x", "deseable"))
    with pytest.raises(PotError, match="the state\\(s\\) perdida are used by scenarios"):
        escenarios.guardar(modelo, escenario("t", "tendencial", COB="perdida"))
        escenarios.guardar_estados_posibles(modelo, "COB", [EstadoPosible("COB", "estable")])


def test_table_of_states_scenarios_by_strategic_variables(modelo):
    escenarios.guardar(modelo, escenario("tendencial", "tendencial", COB="perdida", RED_VIAL="expansion", DENS_POB="dispersa"))
    escenarios.guardar(modelo, escenario("deseable", "deseable", COB="estable", RED_VIAL="contenida", DENS_POB="concentrada"))
    tabla = escenarios.tabla_estados(modelo)
    assert tabla["escenarios"] == ["tendencial", "deseable"]
    cob = next(f for f in tabla["filas"] if f["variable"] == "COB")
    assert cob["estados"] == {"tendencial": "Pérdida de bosque", "deseable": "Bosque estable"}
    assert cob["valores"] == {"tendencial": 30, "deseable": 5}


# -- cross-impact balance -------------------------------------------------------------------------------------------------
def ejemplo_cib():
    """3 descriptors: A (a1, a2), B (b1, b2), C (c1, c2, c3). Solved by hand, all 12 scenarios
    (balances of A's, B's and C's states; margin = chosen − best other):
      a1 b1 c1: A 2/−2, B 3/−3, C 3/−1/−2 → consistent, value min(4, 6, 4) = 4, total 2+3+3 = 8
      a2 b2 c3: A −3/3, B −3/3, C −3/1/2 → consistent, value min(6, 6, 1) = 1, total 3+3+2 = 8
      a2 b2 c2: C −3/1/2 → c2 loses to c3 by 1 (value −1): only with tolerance 1
      the other nine fail by 2 or more (e.g. a1 b2 c1: B −3 against 3)."""
    descriptores = [cib.Descriptor("A", ["a1", "a2"], [10, 20]), cib.Descriptor("B", ["b1", "b2"], [1, 2]),
                    cib.Descriptor("C", ["c1", "c2", "c3"], [100, 200, 300])]
    j = cib.JuiciosCIB(descriptores)
    for (vo, eo), impactos in {
        ("A", "a1"): {("B", "b1"): 2, ("B", "b2"): -2, ("C", "c1"): 1, ("C", "c3"): -1},
        ("A", "a2"): {("B", "b1"): -2, ("B", "b2"): 2, ("C", "c1"): -1, ("C", "c2"): 1},
        ("B", "b1"): {("A", "a1"): 1, ("A", "a2"): -1, ("C", "c1"): 2, ("C", "c2"): -1, ("C", "c3"): -1},
        ("B", "b2"): {("A", "a1"): -1, ("A", "a2"): 1, ("C", "c1"): -2, ("C", "c3"): 2},
        ("C", "c1"): {("A", "a1"): 1, ("A", "a2"): -1, ("B", "b1"): 1, ("B", "b2"): -1},
        ("C", "c3"): {("A", "a1"): -2, ("A", "a2"): 2, ("B", "b1"): -1, ("B", "b2"): 1},
    }.items():
        for (vd, ed), valor in impactos.items():
            j.poner(vo, eo, vd, ed, valor)
    return j


def test_cib_finds_the_consistent_scenarios_found_by_hand():
    j = ejemplo_cib()
    assert j.combinaciones == 12
    encontrados = cib.consistentes(j)
    assert [(e["estados"], e["consistencia"], e["impacto_total"]) for e in encontrados] == [
        ({"A": "a1", "B": "b1", "C": "c1"}, 4.0, 8.0),
        ({"A": "a2", "B": "b2", "C": "c3"}, 1.0, 8.0),
    ]
    con_tolerancia = cib.consistentes(j, tolerancia=1)
    assert [e["estados"] for e in con_tolerancia][-1] == {"A": "a2", "B": "b2", "C": "c2"}
    assert len(con_tolerancia) == 3


def test_cib_succession_and_sensitivity_by_hand():
    j = ejemplo_cib()
    # from (a2, b1, c1) with A held: B moves to b2, then C to c3, then nothing moves
    assert cib.sucesion(j, (1, 0, 0), fijos={0}) == ((1, 1, 2), True)
    filas = cib.sensibilidad(j, {"A": "a1", "B": "b1", "C": "c1"}, "s")
    cambio_a = {f["variable_resultado"]: f for f in filas if f["variable"] == "A" and f["estado_nuevo"] == "a2"}
    assert (cambio_a["B"]["estado_antes"], cambio_a["B"]["estado_despues"]) == ("b1", "b2")
    assert (cambio_a["C"]["estado_antes"], cambio_a["C"]["estado_despues"]) == ("c1", "c3")
    assert (cambio_a["C"]["valor_antes"], cambio_a["C"]["valor_despues"]) == (100, 300)
    assert (cambio_a["B"]["balance_antes"], cambio_a["B"]["balance_despues"]) == (3.0, 3.0)
    assert cambio_a["B"]["consistente"]
    assert len(filas) == (1 + 1 + 2) * 2  # every other state of every descriptor × the two other descriptors


def test_cib_refuses_bad_judgements_and_large_cases():
    j = ejemplo_cib()
    with pytest.raises(PotError, match="a descriptor cannot judge its own states"):
        j.poner("A", "a1", "A", "a2", 1)
    with pytest.raises(PotError, match="“4” is not a whole number from −3 to \\+3"):
        j.poner("A", "a1", "B", "b1", 4)
    with pytest.raises(PotError, match="“a9” is not a state of A"):
        j.poner("A", "a9", "B", "b1", 1)
    grande = cib.JuiciosCIB([cib.Descriptor(f"V{k}", ["x", "y", "z", "w"], [None] * 4) for k in range(11)])
    with pytest.raises(PotError, match="admit 4,194,304 combinations of states; exact enumeration stops at 1,000,000"):
        cib.consistentes(grande)


def test_cib_in_the_pot_through_the_algorithm(modelo, tmp_path):
    juicios = cib.desde_store(modelo)
    assert [d.variable for d in juicios.descriptores] == ["COB", "RED_VIAL", "DENS_POB"]
    juicios.poner("RED_VIAL", "expansion", "COB", "perdida", 3)
    juicios.poner("RED_VIAL", "expansion", "COB", "estable", -3)
    juicios.poner("RED_VIAL", "contenida", "COB", "estable", 2)
    juicios.poner("DENS_POB", "concentrada", "COB", "estable", 1)
    juicios.poner("COB", "perdida", "DENS_POB", "dispersa", 2)
    juicios.poner("COB", "estable", "DENS_POB", "concentrada", 2)
    ruta = tmp_path / "juicios.csv"
    from pot_cartografia.prospectiva.matriz_archivo import escribir_rejilla

    escribir_rejilla(ruta, cib.rejilla(juicios))
    escenarios.guardar(modelo, escenario("tendencial", "tendencial", COB="perdida", RED_VIAL="expansion", DENS_POB="dispersa"))
    escenarios.guardar(modelo, escenario("deseable", "deseable", COB="estable", RED_VIAL="contenida", DENS_POB="dispersa"))
    r = processing.run("pot:consistencia_escenarios", {"PROJECT": str(modelo.path), "JUDGEMENTS": str(ruta), "OUTPUT": "memory:",
                                                       "SENSITIVITY": "memory:"})
    assert r["COMBINATIONS"] == 12
    filas = list(r["OUTPUT"].getFeatures())
    assert ("perdida", "expansion", "dispersa", "tendencial") in {(f["cob"], f["red_vial"], f["dens_pob"], f["escenario"]) for f in filas}
    guardados = __import__("json").loads(r["STORED"])
    assert guardados["tendencial"] >= 0 and guardados["deseable"] < 0  # DENS_POB should be concentrada there
    assert r["SENSITIVITY"].featureCount() == modelo.count("pot_prosp_sensibilidad") > 0
    assert evaluacion.consistencias(modelo)["deseable"] < 0


def test_cib_judgements_file_names_the_bad_cell(modelo, tmp_path):
    ruta = tmp_path / "malo.csv"
    ruta.write_text("impacto,COB:perdida,COB:estable\nRED_VIAL:expansion,3,x\n", encoding="utf-8")
    escenarios.guardar(modelo, escenario("t", "tendencial", COB="perdida", RED_VIAL="expansion", DENS_POB="dispersa"))
    with pytest.raises(QgsProcessingException, match=r"cell C2 \(RED_VIAL:expansion → COB:estable\): “x”"):
        processing.run("pot:consistencia_escenarios", {"PROJECT": str(modelo.path), "JUDGEMENTS": str(ruta), "OUTPUT": "memory:"})


# -- pertinence, probability and the óptimo ---------------------------------------------------------------------------------
def test_experts_scores_aggregate_with_spread_and_the_optimo_is_recorded(modelo):
    escenarios.guardar(modelo, escenario("tendencial", "tendencial", COB="perdida", RED_VIAL="expansion", DENS_POB="dispersa"))
    escenarios.guardar(modelo, escenario("deseable", "deseable", COB="estable", RED_VIAL="contenida", DENS_POB="concentrada"))
    P = evaluacion.Puntaje
    evaluacion.registrar(modelo, [P("tendencial", "ana", "pertinencia", 2), P("tendencial", "beto", "pertinencia", 3),
                                  P("tendencial", "carla", "pertinencia", 1), P("deseable", "ana", "pertinencia", 5),
                                  P("deseable", "beto", "pertinencia", 4), P("deseable", "carla", "pertinencia", 5),
                                  P("tendencial", "ana", "probabilidad", 4), P("deseable", "ana", "probabilidad", 3)])
    filas = {f["escenario"]: f for f in evaluacion.agregar(modelo)}
    assert filas["deseable"]["pertinencia_media"] == pytest.approx(14 / 3)
    assert filas["deseable"]["pertinencia_mediana"] == 5
    assert filas["tendencial"]["pertinencia_desviacion"] == pytest.approx(np.std([2, 3, 1]))
    assert (filas["tendencial"]["pertinencia_min"], filas["tendencial"]["pertinencia_max"], filas["tendencial"]["pertinencia_n"]) == (1, 3, 3)
    assert [f["escenario"] for f in evaluacion.ranking(modelo)] == ["deseable", "tendencial"]
    evaluacion.registrar(modelo, [P("tendencial", "ana", "pertinencia", 3)])  # an expert changes the score
    assert {f["escenario"]: f for f in evaluacion.agregar(modelo)}["tendencial"]["pertinencia_media"] == pytest.approx(7 / 3)
    with pytest.raises(PotError, match=r"Score of ana for deseable \(probabilidad\): 7 is outside the scale 1-5"):
        evaluacion.registrar(modelo, [P("deseable", "ana", "probabilidad", 7)])
    with pytest.raises(PotError, match="already scored on the scale 1-5"):
        evaluacion.registrar(modelo, [P("deseable", "dora", "probabilidad", 60, "%")])
    with pytest.raises(PotError, match="the POT has no scenario “nada”"):
        evaluacion.registrar(modelo, [P("nada", "ana", "pertinencia", 3)])
    registro = evaluacion.seleccionar_optimo(modelo, "deseable", "Máxima pertinencia y consistente con la visión regional")
    assert registro["pertinencia"] == pytest.approx(14 / 3)
    assert evaluacion.optimo(modelo)["escenario"] == "deseable"
    assert avance.paso03(modelo)[0] == "completo"
    with pytest.raises(PotError, match="was selected as the optimal one"):
        escenarios.eliminar(modelo, "deseable")


# -- Paso 04: ejes --------------------------------------------------------------------------------------------------------------
def test_ejes_group_the_strategic_variables(modelo):
    variables.marcar_estrategicas(modelo, ["COB", "RED_VIAL", "DENS_POB", "ANP"])
    propuestos = ejes.proponer(modelo)  # by subsystem: ANP joins COB in físico-biológico
    assert [(e.nombre, e.variables) for e in propuestos] == [
        ("Físico-biológico", ["COB", "ANP"]), ("Económico-productivo", ["RED_VIAL"]), ("Socio-cultural", ["DENS_POB"])]
    assert [e.variables for e in ejes.proponer(modelo, "tema")][0] == ["COB"]
    variables.marcar_estrategicas(modelo, ["COB", "RED_VIAL", "DENS_POB"])
    ejes.guardar_todos(modelo, [ejes.Eje("E1", "Bosques en pie", "Ambiente", "", ["COB"]),
                                ejes.Eje("E2", "Territorio articulado", "Conectividad", "", ["RED_VIAL"])])
    assert ejes.sin_eje(modelo) == ["DENS_POB"]
    assert avance.paso04(modelo)[0] == "en_curso"
    ejes.guardar(modelo, ejes.Eje("E2", "Territorio articulado y ciudades", "Conectividad", "", ["RED_VIAL", "DENS_POB"]))
    assert [e.codigo for e in ejes.cargar(modelo)] == ["E1", "E2"] and ejes.sin_eje(modelo) == []
    assert avance.paso04(modelo)[0] == "completo"
    with pytest.raises(PotError, match="Eje E3: “ANP” is not a strategic variable"):
        ejes.guardar(modelo, ejes.Eje("E3", "Áreas protegidas", variables=["ANP"]))
    with pytest.raises(PotError, match="The variable “COB” is used by strategic axes"):
        variables.eliminar(modelo, "COB")


# -- scenario layers ------------------------------------------------------------------------------------------------------------
@pytest.fixture
def pot_unidades(modelo, demo_folder):
    """The POT with the sample land cover as its units layer (field cob linked to COB) and a numeric
    prospective variable DEFOR (forest loss, ha) with breaks."""
    unidades = importar_capa(modelo, capa_demo(demo_folder, "cobertura"), "modelo_actual_unidades", "fase1", "Unidades")
    vinculos.vincular_campo(modelo, unidades, "modelo_actual_unidades", "cob", "COB")
    repositorio.guardar(modelo, Variable("DEFOR", "Pérdida de bosque", NUMERICA, unidad="ha", clases=[
        Clase("Baja", "#FFF5EB", minimo=0, maximo=50), Clase("Media", "#FD8D3C", minimo=50, maximo=200),
        Clase("Alta", "#7F2704", minimo=200, maximo=1e9)]))
    variables.asegurar(modelo, ["DEFOR"])
    return modelo


def test_scenario_layer_is_written_linked_styled_and_keeps_edits(pot_unidades):
    store = pot_unidades
    escenarios.guardar(store, escenario("tendencial", "tendencial", COB="perdida", RED_VIAL="expansion", DENS_POB="dispersa"))
    r = processing.run("pot:capa_escenario", {"PROJECT": str(store.path), "SCENARIO": "tendencial"})
    assert r["LAYER_NAME"] == "escenario_tendencial"
    capa = QgsVectorLayer(r["OUTPUT"], "t", "ogr")
    unidades = QgsVectorLayer(store.layer_uri("modelo_actual_unidades"), "u", "ogr")
    assert capa.featureCount() == unidades.featureCount()
    assert {f["pot_uid"]: f["cob"] for f in capa.getFeatures()} == {f["pot_uid"]: f["cob"] for f in unidades.getFeatures()}
    assert vinculos.campos_vinculados(store, "escenario_tendencial") == {"cob": "COB"}
    assert isinstance(capa.renderer(), QgsCategorizedSymbolRenderer) and capa.renderer().classAttribute() == "cob"
    assert escenarios.obtener(store, "tendencial").capa == "escenario_tendencial"
    assert store.count("pot_vinculos", "capa = ?", ("escenario_tendencial",)) == capa.featureCount()
    # the team paints two units as agricultural land; a refresh keeps it
    editadas = [f for f in capa.getFeatures() if f["cob"] == "1"][:2]
    campo = capa.fields().indexOf("cob")
    assert capa.dataProvider().changeAttributeValues({f.id(): {campo: "6"} for f in editadas})
    r = processing.run("pot:capa_escenario", {"PROJECT": str(store.path), "SCENARIO": "tendencial"})
    assert r["EDITED"] == 2
    refrescada = {f["pot_uid"]: f["cob"] for f in QgsVectorLayer(r["OUTPUT"], "t", "ogr").getFeatures()}
    assert all(refrescada[f["pot_uid"]] == "6" for f in editadas)
    r = processing.run("pot:capa_escenario", {"PROJECT": str(store.path), "SCENARIO": "tendencial", "KEEP_EDITS": False})
    assert r["EDITED"] == 0


def test_scenario_layer_takes_projected_values_and_the_comparison_table_adds_up(pot_unidades, tmp_path):
    store = pot_unidades
    unidades = QgsVectorLayer(store.layer_uri("modelo_actual_unidades"), "u", "ogr")
    # a "projection" layer: DEFOR = 10 ha per unit of class 6, 300 ha elsewhere
    from pot_cartografia.core import compat
    from qgis.core import QgsFeature

    proyeccion = QgsVectorLayer("None", "p", "memory")
    proyeccion.dataProvider().addAttributes([compat.campo("unidad"), compat.campo("proyeccion", "real")])
    proyeccion.updateFields()
    filas = []
    for f in unidades.getFeatures():
        nueva = QgsFeature(proyeccion.fields())
        nueva.setAttributes([f["pot_uid"], 10.0 if f["cob"] == "6" else 300.0])
        filas.append(nueva)
    proyeccion.dataProvider().addFeatures(filas)
    r = processing.run("pot:capa_escenario", {"PROJECT": str(store.path), "SCENARIO": "tendencial", "NAME": "Tendencial", "TYPE": 0,
                                              "VALUES": proyeccion, "VALUE_FIELDS": "proyeccion=DEFOR", "STYLE_VARIABLE": "DEFOR"})
    capa = QgsVectorLayer(r["OUTPUT"], "t", "ogr")
    assert isinstance(capa.renderer(), QgsGraduatedSymbolRenderer) and capa.renderer().classAttribute() == "defor"
    assert {f["defor"] for f in capa.getFeatures()} == {10.0, 300.0}
    escenarios.guardar(store, escenario("deseable", "deseable"))
    processing.run("pot:capa_escenario", {"PROJECT": str(store.path), "SCENARIO": "deseable"})
    tabla = capa_escenario.tabla_comparativa(store)
    assert [c["codigo"] for c in tabla["columnas"]] == ["actual", "tendencial", "deseable"]
    areas = {}
    for f in unidades.getFeatures():
        areas[f["cob"]] = areas.get(f["cob"], 0.0) + f.geometry().area() / 10000
    for fila in (f for f in tabla["filas"] if f["variable"] == "COB"):
        for columna in ("actual", "tendencial", "deseable"):
            assert fila["valores"][columna] == pytest.approx(areas[fila["clase"]], rel=1e-9)
    suma = next(f for f in tabla["filas"] if f["variable"] == "DEFOR" and f["medida"] == "suma")
    assert suma["valores"]["tendencial"] == pytest.approx(sum(10.0 if f["cob"] == "6" else 300.0 for f in unidades.getFeatures()))
    assert suma["valores"]["actual"] is None and suma["valores"]["deseable"] is None


def test_scenario_layer_bad_input(pot_unidades):
    store = pot_unidades
    with pytest.raises(QgsProcessingException, match="has no scenario “nada”: create it first, or give its NAME and TYPE"):
        processing.run("pot:capa_escenario", {"PROJECT": str(store.path), "SCENARIO": "nada"})
    escenarios.guardar(store, escenario("tendencial", "tendencial"))
    with pytest.raises(QgsProcessingException, match="“cob=” is not field=VARIABLE"):
        processing.run("pot:capa_escenario", {"PROJECT": str(store.path), "SCENARIO": "tendencial", "FIELDS": "cob="})
    with pytest.raises(QgsProcessingException, match="The layer “modelo_actual_unidades” has no field “zee”"):
        processing.run("pot:capa_escenario", {"PROJECT": str(store.path), "SCENARIO": "tendencial", "FIELDS": "zee=ZEE"})
