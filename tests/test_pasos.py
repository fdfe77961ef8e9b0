"""core.pasos, the registry: the eleven steps of the Pautas, the docks that do their work, the
Processing and layer-tree groups every other part reads from it, and the status of each step computed
from a real POT GeoPackage by the rule of its deliverable."""
import json

import pytest
from osgeo import ogr
from pot_cartografia.__about__ import PLUGIN_DIR
from pot_cartografia.core import pasos
from pot_cartografia.core.i18n import idioma_de_documentos
from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.modelo import Clase, Variable
from pot_cartografia.diccionario.predeterminado import diccionario_predeterminado
from pot_cartografia.store.pot_store import PotStore


@pytest.fixture
def store(tmp_path):
    path = str(tmp_path / "pot.gpkg")
    ogr.GetDriverByName("GPKG").CreateDataSource(path)
    return PotStore.initialise(path)


def variable(codigo, rol="tematica"):
    clases = [Clase(codigo="1", etiqueta="Uno", color="#112233")]
    return Variable(codigo=codigo, nombre="Variable " + codigo, rol=rol, clases=clases)


def test_the_pautas_have_four_phases_and_eleven_steps():
    fases = pasos.fases()
    assert [f.pauta for f in fases] == [1, 2, 3, 4]
    assert [len(f.pasos) for f in fases] == [4, 3, 3, 1]
    ids = [p.id for p in pasos.pasos()]
    assert ids[:4] == ["p1_paso01", "p1_paso02", "p1_paso03", "p1_paso04"]
    assert ids[4:10] == ["p2_paso01", "p2_paso02", "p2_paso03", "p3_paso01", "p3_paso02", "p3_paso03"]
    assert len(set(ids)) == 11
    for paso in pasos.pasos():
        assert paso.titulo and paso.descripcion
    assert pasos.paso("p1_paso03").codigo == "Step 03"
    assert pasos.paso("p4_validacion").codigo == ""


def test_steps_get_their_panel_from_the_registry():
    assert {p.id: p.panel for p in pasos.pasos() if p.panel} == {
        "p1_paso01": "modelo_actual", "p1_paso02": "prospectiva", "p1_paso03": "prospectiva", "p1_paso04": "prospectiva",
        "p4_validacion": "salidas"}
    assert [p.id for p in pasos.paneles()] == ["navegador", "diccionario", "modelo_actual", "prospectiva", "salidas"]
    assert {p.area for p in pasos.paneles()} == {"derecha"}, "one tab group: each panel gets the whole height"
    with pytest.raises(KeyError):
        pasos.panel("no_existe")


def test_every_panel_names_a_controller_a_form_an_icon_and_a_guide_page():
    import importlib

    for panel in pasos.paneles():
        modulo = importlib.import_module("pot_cartografia.ui." + panel.modulo)
        clase = getattr(modulo, panel.clase)
        assert clase.PANEL == panel.id
        assert (PLUGIN_DIR / "ui" / (panel.modulo + ".ui")).is_file(), panel.modulo
        assert (PLUGIN_DIR / "icons" / panel.icono).is_file(), panel.icono
        assert (PLUGIN_DIR / "docs" / "guia" / panel.guia).is_file(), panel.guia
        for paso_id in panel.pasos:
            assert pasos.paso(paso_id).panel == panel.id


def test_every_algorithm_group_and_layer_group_comes_from_the_registry(pot_provider):
    from qgis.core import QgsApplication

    pot_provider = QgsApplication.processingRegistry().providerById("pot")  # the live one, whoever registered it
    from pot_cartografia.processing_provider.base import group_names
    from pot_cartografia.store.proyecto_qgis import grupos_por_fase

    grupos = {g.id: g.titulo for g in pasos.grupos_algoritmos()}
    assert group_names() == grupos
    usados = {alg.groupId() for alg in pot_provider.algorithms()}
    assert usados <= set(grupos), usados - set(grupos)
    for alg in pot_provider.algorithms():
        assert alg.group() == grupos[alg.groupId()]
    assert grupos_por_fase() == pasos.grupos_capas()
    assert list(pasos.grupos_capas()) == ["base", "fase1", "fase2", "fase3", "fase4"]


def test_layer_groups_and_checklist_titles_are_in_the_document_language():
    """The lead's Pauta 4 checklist reads fases(documento=True): Spanish documents whatever the interface."""
    with idioma_de_documentos("es"):
        assert pasos.grupos_capas()["fase1"] == "Fase I – Análisis prospectivo del territorio"
        assert pasos.grupos_capas()["base"] == "Base y ámbito"
        fase = pasos.fases(documento=True)[0]
        assert fase.codigo == "Pauta 1" and fase.pasos[0].codigo == "Paso 01"
    with idioma_de_documentos("en"):
        assert pasos.grupos_capas()["fase4"] == "Phase IV – Validation and approval"
    assert pasos.fases()[0].titulo == "Prospective analysis of the territory"  # the interface is English here


def test_status_labels():
    assert pasos.etiquetas_estado() == {
        "no_disponible": "not available", "sin_iniciar": "not started", "en_curso": "in progress", "completo": "complete"}
    assert pasos.etiqueta_estado(pasos.COMPLETO) == "complete"


def test_without_pot_built_steps_are_not_started_and_the_others_not_available():
    estados = pasos.estados(None)
    assert {estados[p.id] for p in pasos.pasos() if p.disponible} == {pasos.SIN_INICIAR}
    assert {estados[p.id] for p in pasos.pasos() if not p.disponible} == {pasos.NO_DISPONIBLE}


def test_steps_not_built_yet_are_not_available_whatever_the_pot_holds(store):
    repositorio.guardar(store, variable("COB", rol="estrategica"))
    estados = pasos.estados(store)
    assert [p for p in pasos.pasos() if not p.disponible] and all(
        estados[p.id] == pasos.NO_DISPONIBLE for p in pasos.pasos() if not p.disponible)


# -- Paso 02: thematic variables with their strategic role --------------------------------------------
def test_the_default_dictionary_alone_does_not_start_step_02(store):
    repositorio.reemplazar(store, diccionario_predeterminado())
    assert pasos.paso("p1_paso02").estado(store) == pasos.SIN_INICIAR


def test_a_strategic_variable_starts_step_02_and_the_status_says_what_is_missing(store):
    """The whole rule (analysis, indicators, justification, roles) is walked in test_prospectiva_micmac."""
    paso = pasos.paso("p1_paso02")
    repositorio.guardar(store, variable("COB"))
    repositorio.guardar(store, variable("PEND", rol="estrategica"))
    assert paso.estado_y_detalle(store) == (pasos.EN_CURSO, "Run the structural analysis.")
    assert pasos.estados_y_detalles(store)["p1_paso02"] == (pasos.EN_CURSO, "Run the structural analysis.")
    assert pasos.estados_y_detalles(store)["p1_paso03"] == (pasos.SIN_INICIAR, "No scenario yet.")
    assert pasos.estados_y_detalles(store)["p1_paso04"] == (pasos.SIN_INICIAR, "No strategic axis yet.")


# -- Paso 01: the modelo actual validated with the stakeholders -----------------------------------------
def test_step_01_is_complete_only_when_every_layer_is_checked_a_version_validated_and_no_contribution_waits(store):
    paso = pasos.paso("p1_paso01")
    assert paso.estado(store) == pasos.SIN_INICIAR  # tables exist (schema v4) but are empty
    with store.connect() as conn:
        conn.execute("INSERT INTO pot_dit_capas (nombre, fuente, validacion) VALUES ('zee', '/d/zee.gpkg', ?)",
                     (json.dumps({"ok": True}),))
        conn.execute("INSERT INTO pot_dit_capas (nombre, fuente) VALUES ('anp', '/d/anp.gpkg')")
        conn.execute("INSERT INTO pot_modelo_versiones (version, estado) VALUES (1, 'validado')")
    assert paso.estado(store) == pasos.EN_CURSO, "one of two DIT layers is unreviewed"
    with store.connect() as conn:
        conn.execute("UPDATE pot_dit_capas SET validacion = ?", (json.dumps({"ok": False}),))
    assert paso.estado(store) == pasos.COMPLETO, "checked (problems found and known) is reviewed"
    with store.connect() as conn:
        conn.execute("CREATE TABLE aportes (fid INTEGER PRIMARY KEY, estado TEXT)")
        conn.execute("INSERT INTO aportes (estado) VALUES ('pendiente')")
    assert paso.estado(store) == pasos.EN_CURSO, "a contribution waits for its answer"
    with store.connect() as conn:
        conn.execute("UPDATE aportes SET estado = 'incorporado'")
        conn.execute("UPDATE pot_modelo_versiones SET estado = 'preliminar'")
    assert paso.estado(store) == pasos.EN_CURSO, "no version validated"


def test_validation_status_follows_the_commission_observations(store):
    paso = pasos.paso("p4_validacion")
    assert paso.estado(store) == pasos.SIN_INICIAR
    with store.connect() as conn:
        conn.execute("INSERT INTO pot_observaciones (numero, texto) VALUES (1, 'Revisar el límite norte')")
    assert paso.estado(store) == pasos.EN_CURSO
    with store.connect() as conn:
        conn.execute("UPDATE pot_observaciones SET respuesta = 'Corregido con el IGN'")
    assert paso.estado(store) == pasos.COMPLETO
