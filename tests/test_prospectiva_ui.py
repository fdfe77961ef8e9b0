"""The "Prospective" dock (Pauta 1, Steps 02–04), driven in code: the main path of a team (variables →
matrix typed and pasted in the editor, with its bad cells named → structural analysis in a task with
its plane → states and scenarios → scores and the óptimo → ejes), the navigator's statuses along the way,
a scenario's layer built in a task, and every section on a full POT, shot at laptop size (look at the
PNGs in the ``capturas`` folder after a layout change)."""
import pytest
from ayudas import fabrica_de_docks, terminar
from pot_cartografia.core import pasos
from pot_cartografia.core.errors import PotError
from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.predeterminado import diccionario_predeterminado
from pot_cartografia.modelo_actual import caracterizacion
from pot_cartografia.prospectiva import analisis_estructural, ejes, escenarios, evaluacion, variables
from pot_cartografia.ui.navegador_dock import NavegadorDock
from pot_cartografia.ui.prospectiva.matriz_dialog import MatrizDialog
from pot_cartografia.ui.prospectiva_dock import ProspectivaDock
from pot_cartografia.ui.sesion import PotSession
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt

MATRIZ = """codigo\tCOB\tRED_VIAL\tDENS_POB\tANP
COB\t0\t1\t1\t2
RED_VIAL\t3\t0\t3\tP
DENS_POB\t3\t2\t0\t1
ANP\t2\t0\t0\t0
"""


@pytest.fixture
def abrir(qgis_new_project):
    """abrir(path) → a session on that POT; closed afterwards."""
    sesiones = []

    def _abrir(path):
        session = PotSession()
        session.abrir(path)
        sesiones.append(session)
        return session

    yield _abrir
    for session in sesiones:
        session.desconectar()
    QgsProject.instance().clear()


@pytest.fixture
def make_dock(qgis_iface):
    yield from fabrica_de_docks(ProspectivaDock, qgis_iface)


def test_dock_without_pot(qgis_new_project):
    session = PotSession()
    dock = ProspectivaDock(session)
    assert dock.objectName() == "PotProspectivaDock"
    assert not dock.ui.isEnabled() and not dock.aviso.isHidden()
    assert [dock.ui.selector.itemText(i) for i in range(dock.ui.selector.count())] == [
        "1. Thematic variables", "2. Structural analysis", "3. Supuestos and causal relations", "4. Scenarios",
        "5. Consistency and the optimal scenario", "6. Strategic axes"]
    assert sum(s.isVisibleTo(dock) for s in dock.secciones) == 1
    dock.desconectar()
    session.desconectar()


def test_main_path_variables_matrix_analysis_scenarios_optimum_axes(pot_demo, abrir, make_dock, qgis_iface, monkeypatch):
    session = abrir(pot_demo)
    store = session.store
    repositorio.reemplazar(store, diccionario_predeterminado())
    session.notify()
    dock = make_dock(session)
    navegador = NavegadorDock(session)
    assert navegador.estados["p1_paso02"] == pasos.SIN_INICIAR

    # 1 variables chosen from the dictionary
    seccion = dock.variables
    for codigo in ("COB", "RED_VIAL", "DENS_POB", "ANP"):
        seccion.combo_diccionario.setCurrentIndex(seccion.combo_diccionario.findData(codigo))
        seccion.anadir()
    assert [v.variable for v in variables.cargar(store)] == ["COB", "RED_VIAL", "DENS_POB", "ANP"]
    assert navegador.estados["p1_paso02"] == pasos.EN_CURSO and navegador.detalles["p1_paso02"] == "Run the structural analysis."
    seccion.seleccionar("DENS_POB")
    seccion.linea_base.setText("abc")
    assert not seccion.guardar() and "the baseline “abc” is not a number" in dock.mensajes.ultimo[1]
    seccion.linea_base.setText("14,2")
    assert seccion.guardar() and variables.obtener(store, "DENS_POB").linea_base == pytest.approx(14.2)
    # the justifications offered are the modelo actual's potentialities, limitations and aptitudes, once characterised
    lista = seccion.lista_justificaciones
    assert lista.count() == 1 and lista.item(0).text().startswith("Characterise the current model")
    caracterizacion.guardar_reglas(store, caracterizacion.reglas_predeterminadas())
    session.notify()
    textos = [lista.item(i).text() for i in range(lista.count())]
    assert "potentiality: servicios y equipamiento urbano" in textos, textos
    lista.item(textos.index("potentiality: servicios y equipamiento urbano")).setCheckState(Qt.CheckState.Checked)
    seccion.indicador.setText("Densidad poblacional (hab/km²)")
    assert seccion.guardar()
    guardada = variables.obtener(store, "DENS_POB")
    assert [(j.tipo, j.etiqueta) for j in guardada.justificaciones] == [("potencialidad", "servicios y equipamiento urbano")]
    assert guardada.indicador == "Densidad poblacional (hab/km²)"

    # 2 the matrix editor: a bad grid names its cells and is not saved; pasted from a spreadsheet it is
    dock.ir_a(1)
    estructural = dock.estructural
    assert not estructural.boton_analizar.isEnabled(), "no matrix yet"
    dialogo = MatrizDialog(store, "", [v.variable for v in variables.cargar(store)], dock)
    dialogo.editor.pegar(MATRIZ.replace("RED_VIAL\t3\t0", "RED_VIAL\t3\t5").replace("ANP\t2\t0\t0\t0", "ANP\t2\t0\t0\t1"))
    problemas = [str(p) for p in dialogo.editor.problemas]
    assert any("RED_VIAL" in p and "5" in p for p in problemas), problemas
    assert any("ANP" in p and "diagonal" in p for p in problemas), problemas
    dialogo.nombre.setText("Taller 1")
    assert not dialogo.guardar() and analisis_estructural.listar_matrices(store) == []
    dialogo.editor.pegar(MATRIZ)
    assert dialogo.editor.validar() == []
    assert dialogo.guardar()
    session.notify()
    assert estructural.tabla_matrices.rowCount() == 1 and estructural.boton_analizar.isEnabled()
    estructural.analizar()
    terminar(dock)
    assert dock.mensajes.ultimo[2] == Qgis.Success, dock.mensajes.ultimo
    assert estructural.tabla_resultados.rowCount() == 4 and estructural.corrida is not None
    assert estructural.plano.original is not None and not estructural.plano.original.isNull(), "the plane is drawn in the dock"
    graficos = estructural.ver_graficos()
    assert graficos is not None
    graficos.close()
    estrategicas = variables.estrategicas(store)
    assert "RED_VIAL" in estrategicas and len(estrategicas) >= 2

    # 4 possible states and two scenarios, each giving a state to every strategic variable
    dock.ir_a(3)
    sec = dock.escenarios
    for codigo in estrategicas:
        escenarios.guardar_estados_posibles(store, codigo, [escenarios.EstadoPosible(codigo, "alto", "Alto"),
                                                            escenarios.EstadoPosible(codigo, "bajo", "Bajo")])
    session.notify()
    for codigo, nombre, estado in (("tendencial", "Escenario tendencial", "alto"), ("deseable", "Escenario deseable", "bajo")):
        sec.nuevo_escenario()
        sec.codigo.setText(codigo)
        sec.nombre.setText(nombre)
        for fila in range(sec.tabla_estados.rowCount()):
            caja = sec.tabla_estados.cellWidget(fila, 1)
            caja.setCurrentIndex(caja.findData(estado))
        assert sec.guardar(), dock.mensajes.ultimo
    assert [e.codigo for e in escenarios.cargar_escenarios(store)] == ["tendencial", "deseable"]
    assert not escenarios.faltantes(store, escenarios.obtener(store, "deseable"))
    assert not sec.boton_capa.isEnabled() and "Build the territorial units" in sec.boton_capa.toolTip(), "no units: no layer"
    assert navegador.estados["p1_paso03"] == pasos.EN_CURSO and navegador.detalles["p1_paso03"] == "Select the optimal desirable scenario."

    # 5 scores of two experts, then the óptimo needs its justification
    dock.ir_a(4)
    ev = dock.evaluacion
    for experto, notas in (("Ana", {"tendencial": ("2", "4"), "deseable": ("5", "3")}), ("Luis", {"tendencial": ("1", "4"),
                                                                                                   "deseable": ("4,5", "3")})):
        for escenario, (pertinencia, probabilidad) in notas.items():
            ev._fila_puntaje(experto, escenario, None, None)
            fila = ev.tabla_puntajes.rowCount() - 1
            ev.tabla_puntajes.item(fila, 2).setText(pertinencia)
            ev.tabla_puntajes.item(fila, 3).setText(probabilidad)
    assert ev.guardar_puntajes(), dock.mensajes.ultimo
    assert len(evaluacion.cargar(store)) == 8
    assert ev.tabla_ranking.rowCount() == 2 and ev.combo_optimo.currentData() == "deseable", "best first"
    ev.justificacion.setPlainText("")
    assert not ev.elegir_optimo() and "needs a justification" in dock.mensajes.ultimo[1]
    ev.justificacion.setPlainText("Más pertinente según los expertos.")
    assert ev.elegir_optimo() and evaluacion.optimo(store)["escenario"] == "deseable"
    assert navegador.estados["p1_paso03"] == pasos.COMPLETO

    # 6 the axes proposed by dimension, saved: every strategic variable in one
    dock.ir_a(5)
    dock.ejes.proponer()
    assert dock.ejes.tabla_ejes.rowCount() >= 1
    assert dock.ejes.guardar(), dock.mensajes.ultimo
    assert {v for e in ejes.cargar(store) for v in e.variables} == set(estrategicas)
    assert navegador.estados["p1_paso04"] == pasos.COMPLETO
    navegador.desconectar()


def test_matrix_editor_round_trips_csv_and_xlsx_and_names_a_non_square_grid(pot_demo, abrir, tmp_path):
    session = abrir(pot_demo)
    store = session.store
    repositorio.reemplazar(store, diccionario_predeterminado())
    dialogo = MatrizDialog(store, "", [], None)
    editor = dialogo.editor
    assert editor.rejilla.rowCount() == 0
    editor.pegar(MATRIZ)
    assert editor.rejilla.verticalHeaderItem(0).text().startswith("COB – "), "codes with their names"
    for extension in ("csv", "xlsx"):
        escrita = editor.exportar_a(tmp_path / f"m.{extension}")
        otro = MatrizDialog(store, "", [], None).editor
        otro.importar_de(escrita)
        assert otro.validar() == [] and otro.rejilla_texto() == editor.rejilla_texto(), extension
    (tmp_path / "mala.csv").write_text("codigo,COB,ANP\nCOB,0,1\nANP,1,0\nPEND,0,0\n", encoding="utf-8")
    editor.importar_de(tmp_path / "mala.csv")
    assert editor.rejilla.rowCount() == 3 and editor.rejilla.columnCount() == 2, "shown as it came"
    assert editor.problemas and any("PEND" in str(p) for p in editor.problemas), editor.problemas
    assert editor.lista_problemas.count() == len(editor.problemas)
    with pytest.raises(PotError, match="PEND"):
        editor.exportar_a(tmp_path / "nada.csv")
    assert not (tmp_path / "nada.csv").exists(), "an invalid matrix is not written"


def test_scenario_layer_in_a_task_and_every_section_fits_a_laptop(pot_prospectiva, abrir, make_dock, shot):
    session = abrir(pot_prospectiva.path)
    dock = make_dock(session)
    sec = dock.escenarios
    assert sec.tabla_escenarios.rowCount() == 3 and sec.tabla_escenarios.item(0, 4).text() == "escenario_tendencial"
    sec.seleccionar("deseable")
    assert sec.boton_capa.isEnabled()
    sec.capa()
    terminar(dock)
    assert dock.mensajes.ultimo[2] == Qgis.Success and "escenario_deseable" in dock.mensajes.ultimo[1]
    assert dock.estructural.tabla_resultados.rowCount() == 8 and dock.evaluacion.tabla_ranking.rowCount() == 3
    assert dock.ejes.tabla_ejes.rowCount() == len(ejes.cargar(pot_prospectiva))
    dock.evaluacion.consistencia()
    terminar(dock)
    assert dock.evaluacion.tabla_consistentes.rowCount() == 2, "the sample judgements admit two consistent scenarios"
    # a dock in the right-hand tab group of a 1366×768 screen: about 400 × 640 px; nothing needs more
    for indice in range(dock.ui.selector.count()):
        dock.ir_a(indice)
        shot(dock, f"prospectiva_{indice + 1}", (400, 640))
        visible = dock.secciones[indice]
        assert visible.minimumSizeHint().height() <= 640 - 60, (indice, visible.minimumSizeHint())
        assert visible.minimumSizeHint().width() <= 400, (indice, visible.minimumSizeHint())
    dialogo = sec.comparar()
    assert dialogo is not None
    shot(dialogo, "prospectiva_comparacion")
    dialogo.close()
