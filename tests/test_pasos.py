"""core.pasos: the eleven steps of the Pautas and their statuses computed from a real POT GeoPackage."""
import pytest
from osgeo import ogr
from pot_cartografia.core import pasos
from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.modelo import Clase, Variable
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
    assert pasos.paso("p1_paso02").panel == "diccionario"
    assert pasos.paso("p1_paso01").panel == "modelo_actual"
    assert [p.id for p in pasos.pasos() if p.panel] == ["p1_paso01", "p1_paso02", "p4_validacion"]
    assert pasos.paso("p1_paso03").codigo == "Step 03"
    assert pasos.paso("p4_validacion").codigo == ""


def test_status_labels():
    assert pasos.etiquetas_estado() == {"sin_iniciar": "not started", "en_curso": "in progress", "completo": "complete"}
    assert pasos.etiqueta_estado(pasos.COMPLETO) == "complete"


def test_without_pot_everything_is_not_started():
    assert set(pasos.estados(None).values()) == {pasos.SIN_INICIAR}


def test_dictionary_status_follows_the_variables_and_roles(store):
    assert pasos.paso("p1_paso02").estado(store) == pasos.SIN_INICIAR
    repositorio.guardar(store, variable("COB"))
    repositorio.guardar(store, variable("PEND", rol=""))
    assert pasos.paso("p1_paso02").estado(store) == pasos.EN_CURSO  # variables, none strategic, one without role
    repositorio.guardar(store, variable("PEND", rol="estrategica"))
    assert pasos.paso("p1_paso02").estado(store) == pasos.COMPLETO
    repositorio.guardar(store, variable("POB", rol=""))  # a new variable without role: back in progress
    assert pasos.paso("p1_paso02").estado(store) == pasos.EN_CURSO
    repositorio.guardar(store, variable("POB", rol="tematica"))
    assert pasos.paso("p1_paso02").estado(store) == pasos.COMPLETO


def test_only_thematic_variables_are_not_complete(store):
    repositorio.guardar(store, variable("COB"))
    repositorio.guardar(store, variable("PEND"))
    assert pasos.paso("p1_paso02").estado(store) == pasos.EN_CURSO


def test_current_model_status_follows_dit_layers_and_validated_versions(store):
    paso = pasos.paso("p1_paso01")
    assert paso.estado(store) == pasos.SIN_INICIAR  # tables exist (schema v4) but are empty
    with store.connect() as conn:
        conn.execute("INSERT INTO pot_dit_capas (nombre, fuente) VALUES ('zee', '/datos/zee.gpkg')")
        conn.execute("INSERT INTO pot_modelo_versiones (version, estado) VALUES (1, 'preliminar')")
    assert paso.estado(store) == pasos.EN_CURSO
    with store.connect() as conn:
        conn.execute("INSERT INTO pot_modelo_versiones (version, estado) VALUES (2, 'validado')")
    assert paso.estado(store) == pasos.COMPLETO


def test_steps_not_built_yet_stay_not_started(store):
    repositorio.guardar(store, variable("COB", rol="estrategica"))
    estados = pasos.estados(store)
    assert estados["p1_paso02"] == pasos.COMPLETO
    assert all(estados[p.id] == pasos.SIN_INICIAR for p in pasos.pasos() if p.panel is None)


def test_validation_status_follows_the_commission_observations(store):
    paso = pasos.paso("p4_validacion")
    assert paso.estado(store) == pasos.SIN_INICIAR
    with store.connect() as conn:
        conn.execute("INSERT INTO pot_observaciones (numero, texto) VALUES (1, 'Revisar el límite norte')")
    assert paso.estado(store) == pasos.EN_CURSO
    with store.connect() as conn:
        conn.execute("UPDATE pot_observaciones SET respuesta = 'Corregido con el IGN'")
    assert paso.estado(store) == pasos.COMPLETO
