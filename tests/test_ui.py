"""Session, navigator, dictionary dock, variable dialog, New POT dialog and the task helper, driven in code.

Screenshots of every dock and dialog go to the session's screenshot folder (fixture ``capturas``;
look at them after a layout change).
"""
import shutil

import processing
from ayudas import esperar
import pytest
from pot_cartografia.core import pasos
from pot_cartografia.core.errors import PotError
from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.modelo import Clase, Variable
from pot_cartografia.store.pot_store import PotStore
from pot_cartografia.ui import tareas
from pot_cartografia.ui.diccionario_dock import DiccionarioDock
from pot_cartografia.ui.navegador_dock import NavegadorDock
from pot_cartografia.ui.nuevo_pot_dialog import NuevoPotDialog, expresion_filtro
from pot_cartografia.ui.sesion import PotSession
from pot_cartografia.ui.variable_dialog import COL_COLOR, COL_MINIMO, VariableDialog
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.core import Qgis
from qgis.PyQt.QtWidgets import QAbstractItemView, QDialogButtonBox, QMessageBox

SQUARE = "POLYGON((500000 9000000, 560000 9000000, 560000 9050000, 500000 9050000, 500000 9000000))"
EAST = "POLYGON((560000 9000000, 600000 9000000, 600000 9050000, 560000 9050000, 560000 9000000))"


def ambito_layer(name="provincias"):
    layer = QgsVectorLayer("Polygon?crs=EPSG:32718&field=nombre:string", name, "memory")
    features = []
    for nombre, wkt in (("Coronel Portillo", SQUARE), ("Atalaya", EAST), ("Sin geometría", None)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([nombre])
        feature.setGeometry(QgsGeometry.fromWkt(wkt) if wkt else QgsGeometry())
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture(scope="module")
def pot_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("pot") / "plantilla.gpkg"
    processing.run(
        "pot:crear_proyecto",
        {"NAME": "POT Coronel Portillo", "LEVEL": 1, "AMBITO": ambito_layer(), "FILTER": "\"nombre\" = 'Coronel Portillo'",
         "AMBITO_NAME": "Provincia de Coronel Portillo", "HORIZON": 2040, "SCALE": 100000, "OUTPUT": str(path)},
    )
    return path


@pytest.fixture
def pot_path(pot_template, tmp_path):
    target = tmp_path / "pot.gpkg"
    shutil.copy2(pot_template, target)
    return target


def variables_conocidas():
    return [
        Variable(codigo="COB", nombre="Cobertura vegetal", dimension="físico-biológico", tema="Cobertura", rol="estrategica",
                 clases=[Clase(codigo="1", etiqueta="Bosque", color="#1B5E20"),
                         Clase(codigo="2", etiqueta="Urbano", color="#E53935")]),
        Variable(codigo="PEND", nombre="Pendiente", tipo="numerica", unidad="%", rol="tematica",
                 clases=[Clase(etiqueta="Plana", color="#FFFFCC", minimo=0, maximo=8),
                         Clase(etiqueta="Empinada", color="#BD0026", minimo=8, maximo=100)]),
        Variable(codigo="POB", nombre="Densidad poblacional", tipo="numerica", unidad="hab/km²", rol="tematica",
                 dimension="socio-cultural", clases=[]),
    ]


@pytest.fixture
def session(qgis_new_project):
    session = PotSession()
    yield session
    session.desconectar()
    QgsProject.instance().clear()


@pytest.fixture
def open_pot(session, pot_path):
    session.abrir(pot_path)
    repositorio.reemplazar(session.store, variables_conocidas())
    session.notify()
    return session


# -- session ---------------------------------------------------------------------------------------
def test_session_follows_the_qgis_project(session, pot_path, tmp_path):
    seen = []
    session.changed.connect(lambda: seen.append(session.store.path if session.store else None))
    assert session.store is None
    session.abrir(pot_path)
    assert session.store.path == pot_path.resolve() and seen[-1] == pot_path.resolve()
    QgsProject.instance().clear()
    assert session.store is None and seen[-1] is None
    # a POT project read by QGIS itself (Project ▸ Open From ▸ GeoPackage) opens the POT too
    assert QgsProject.instance().read(PotStore(pot_path).project_uri())
    assert session.store is not None and session.store.path == pot_path.resolve()
    # an ordinary GeoPackage holding a QGIS project is not a POT
    QgsProject.instance().clear()
    from osgeo import ogr

    plain = str(tmp_path / "plain.gpkg")
    ogr.GetDriverByName("GPKG").CreateDataSource(plain)
    project = QgsProject()
    assert project.write(f"geopackage:{plain}?projectName=p")
    assert QgsProject.instance().read(f"geopackage:{plain}?projectName=p")
    assert session.store is None


def test_session_open_refuses_a_file_that_is_not_a_pot(session, tmp_path):
    bad = tmp_path / "notes.gpkg"
    bad.write_text("hello")
    with pytest.raises(PotError, match="not a GeoPackage"):
        session.abrir(bad)
    assert session.store is None


# -- task helper -------------------------------------------------------------------------------------
def test_ejecutar_reports_missing_algorithms_and_bad_parameters(tmp_path):
    with pytest.raises(PotError, match="not available"):
        tareas.ejecutar("pot:no_existe", {})
    with pytest.raises(PotError):
        tareas.ejecutar(
            "pot:exportar_diccionario", {"PROJECT": str(tmp_path / "missing.gpkg"), "OUTPUT": str(tmp_path / "d.csv")}
        )


def test_task_runs_in_the_task_manager_and_reports_errors(tmp_path):
    outcome = {}

    def done(ok, results, error):
        outcome.update(ok=ok, results=results, error=error)

    layer = QgsVectorLayer("Polygon?crs=EPSG:32718", "vacia", "memory")  # no polygon at all
    QgsProject.instance().addMapLayer(layer)
    try:
        params = {"NAME": "X", "LEVEL": 0, "AMBITO": layer.id(), "HORIZON": 2040, "OUTPUT": str(tmp_path / "x.gpkg")}
        tarea = tareas.ejecutar_en_tarea("pot:crear_proyecto", params, done)
        assert outcome == {}, "the caller hears back from the event loop, not inside the call"
        esperar(lambda: tarea.terminada)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert outcome["ok"] is False
    assert "vacia" in outcome["error"] and "no polygon" in outcome["error"]
    assert not (tmp_path / "x.gpkg").exists()


# -- navigator ---------------------------------------------------------------------------------------
def test_navigator_without_pot(session, shot):
    dock = NavegadorDock(session)
    assert dock.windowTitle() == "Steps" and dock.toolTip() == "Steps of the POT", "not “Navigator”, QGIS's Browser in Spanish"
    assert "No POT open" in dock.ui.cabecera.text()
    assert not dock.ui.boton_nuevo.isHidden() and not dock.ui.boton_abrir.isHidden()
    assert len(dock.filas) == 11
    assert dock.estados["p1_paso01"] == pasos.SIN_INICIAR and dock.estados["p3_paso02"] == pasos.NO_DISPONIBLE
    pedidos = []
    dock.nuevo_pot.connect(lambda: pedidos.append("nuevo"))
    dock.ui.boton_nuevo.click()
    assert pedidos == ["nuevo"]
    shot(dock, "navegador_sin_pot", (300, 560))
    dock.desconectar()


def test_navigator_shows_the_steps_and_statuses_of_a_pot(open_pot, shot):
    dock = NavegadorDock(open_pot)
    texto = dock.ui.cabecera.text()
    assert "POT Coronel Portillo" in texto and "provincial" in texto and "2040" in texto
    assert "Provincia de Coronel Portillo" in dock.ui.cabecera.toolTip() and "EPSG:32718" in texto
    assert dock.ui.boton_nuevo.isHidden()
    assert list(dock.filas) == [p.id for p in pasos.pasos()]
    assert dock.estados["p1_paso02"] == pasos.EN_CURSO  # COB strategic, but no structural analysis yet
    assert dock.detalles["p1_paso02"] == "Run the structural analysis."
    assert [e for paso_id, e in dock.estados.items() if pasos.paso(paso_id).disponible and paso_id != "p1_paso02"] == [
        pasos.SIN_INICIAR] * 4
    assert [paso_id for paso_id, e in dock.estados.items() if e == pasos.NO_DISPONIBLE] == [
        p.id for p in pasos.pasos() if p.panel is None]
    abiertos = []
    dock.abrir_panel.connect(abiertos.append)
    dock.abrir_seleccionado(dock.filas["p1_paso02"])
    assert abiertos == ["prospectiva"]
    assert "in progress" in dock.ui.descripcion.text() and pasos.paso("p1_paso02").descripcion in dock.ui.descripcion.text()
    assert "Run the structural analysis." in dock.ui.descripcion.text(), "the status says what is missing"
    dock.ui.arbol.setCurrentItem(dock.filas["p3_paso02"])
    assert not dock.ui.boton_abrir_paso.isEnabled() and "Not available" in dock.ui.descripcion.text()
    dock.abrir_seleccionado()
    assert abiertos == ["prospectiva"], "an unbuilt step opens nothing"
    repositorio.reemplazar(open_pot.store, [v for v in variables_conocidas() if v.codigo != "COB"])
    open_pot.notify()
    assert dock.estados["p1_paso02"] == pasos.SIN_INICIAR, "no strategic variable left"
    shot(dock, "navegador_pot", (300, 560))
    dock.desconectar()


def test_the_whole_plan_fits_a_laptop_dock(open_pot):
    """Compact rows: the eleven steps and four phases fit about 400 px, no scrolling at 1366×768."""
    dock = NavegadorDock(open_pot)
    dock.resize(300, 700)
    dock.show()
    arbol = dock.ui.arbol
    alto = sum(arbol.visualItemRect(item).height() for item in dock.filas.values())
    alto += sum(arbol.visualItemRect(arbol.topLevelItem(i)).height() for i in range(arbol.topLevelItemCount()))
    assert alto < 420, alto
    dock.desconectar()


# -- dictionary dock ---------------------------------------------------------------------------------
def codes_in(dock):
    return [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())]


def test_dictionary_dock_without_pot(session, shot):
    dock = DiccionarioDock(session)
    assert dock.modelo.rowCount() == 0 and not dock.aviso.isHidden()
    assert not dock.ui.isEnabled()
    shot(dock, "diccionario_sin_pot", (520, 360))
    dock.desconectar()


def test_dictionary_dock_lists_and_filters_the_variables(open_pot, shot):
    dock = DiccionarioDock(open_pot)
    assert codes_in(dock) == ["COB", "PEND", "POB"]
    row = [dock.modelo.item(0, c).text() for c in range(dock.modelo.columnCount())]
    assert row == ["COB", "Cobertura vegetal", "categorical", "físico-biológico", "Cobertura", "", "strategic", "2"]
    dock.ui.filtro.setText("socio")
    assert codes_in(dock) == ["POB"]
    dock.ui.filtro.setText("")
    assert not dock.ui.boton_editar.isEnabled()
    assert dock.seleccionar("PEND") and dock.codigo_seleccionado() == "PEND"
    assert dock.ui.boton_editar.isEnabled() and dock.ui.boton_eliminar.isEnabled()
    assert not dock.ui.boton_restaurar.isEnabled(), "restore only fills an empty dictionary"
    shot(dock, "diccionario", (520, 360))
    dock.desconectar()


def test_dictionary_dock_deletes_after_confirmation_offers_undo_and_shows_refusals(open_pot, monkeypatch):
    dock = DiccionarioDock(open_pot)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    dock.seleccionar("POB")
    dock.eliminar()
    assert codes_in(dock) == ["COB", "PEND", "POB"], "answered No: nothing deleted"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dock.eliminar()
    assert codes_in(dock) == ["COB", "PEND"]
    assert "POB" in dock.mensajes.ultimo[1] and dock.barra.currentItem().findChildren(type(dock.ui.boton_anadir))
    dock.deshacer()
    assert codes_in(dock) == ["COB", "PEND", "POB"], "Undo put it back"
    with open_pot.store.connect() as conn:  # a layer field bound to COB: deleting is refused
        conn.execute("INSERT INTO pot_campos (capa, campo, variable) VALUES ('ambito', 'cob', 'COB')")
    dock.seleccionar("COB")
    dock.eliminar()
    assert codes_in(dock) == ["COB", "PEND", "POB"]
    titulo, texto, nivel = dock.mensajes.ultimo
    assert nivel == Qgis.Critical and "COB" in texto and "linked" in texto
    dock.desconectar()


def test_dictionary_dock_restores_default_exports_and_imports_in_tasks(open_pot, tmp_path, monkeypatch):
    from pot_cartografia.diccionario.predeterminado import diccionario_predeterminado

    dock = DiccionarioDock(open_pot)
    navegador = NavegadorDock(open_pot)
    repositorio.reemplazar(open_pot.store, [])
    open_pot.notify()
    assert codes_in(dock) == [] and dock.ui.boton_restaurar.isEnabled()
    dock.restaurar()
    defaults = [v.codigo for v in diccionario_predeterminado()]
    assert codes_in(dock) == defaults and not dock.ui.boton_restaurar.isEnabled()
    assert "default variables added" in dock.mensajes.ultimo[1]

    exported = tmp_path / "diccionario.xlsx"
    dock.exportar(str(exported))
    assert dock.ocupado and not dock.ui.isEnabled() and not dock.pie.isHidden(), "runs in a task, the form waits"
    esperar(lambda: not dock.ocupado)
    assert exported.exists() and dock.mensajes.ultimo[2] == Qgis.Success
    repositorio.reemplazar(open_pot.store, variables_conocidas())
    open_pot.notify()
    monkeypatch.setattr(dock, "preguntar_modo", lambda: 1)  # merge
    dock.importar(str(exported))
    esperar(lambda: not dock.ocupado)
    assert codes_in(dock) == [c for c in ("COB", "PEND", "POB") if c not in defaults] + defaults
    monkeypatch.setattr(dock, "preguntar_modo", lambda: 0)  # replace
    dock.importar(str(exported))
    esperar(lambda: not dock.ocupado)
    assert codes_in(dock) == defaults
    dock.deshacer()
    assert codes_in(dock) == [c for c in ("COB", "PEND", "POB") if c not in defaults] + defaults, "Undo: the merged one"

    broken = tmp_path / "roto.csv"
    broken.write_text("codigo;nombre\n;sin código\n", encoding="utf-8")
    antes = codes_in(dock)
    dock.importar(str(broken))
    esperar(lambda: not dock.ocupado)
    assert dock.mensajes.ultimo[2] == Qgis.Critical, "the algorithm's error is shown"
    assert codes_in(dock) == antes, "nothing written"
    dock.desconectar()
    navegador.desconectar()


def test_dictionary_dock_add_and_edit_go_through_the_dialog(open_pot, monkeypatch):
    dock = DiccionarioDock(open_pot)
    navegador = NavegadorDock(open_pot)
    real = dock._dialogo

    def scripted(variable=None):
        dialog = real(variable)

        def run():
            if variable is None:
                dialog.codigo.setText("AGUA")
                dialog.nombre.setText("Disponibilidad hídrica")
            else:
                dialog.rol.setCurrentIndex(dialog.rol.findData(""))
            dialog.accept()
            return dialog.result()

        dialog.exec = run
        return dialog

    monkeypatch.setattr(dock, "_dialogo", scripted)
    dock.anadir()
    assert codes_in(dock) == ["COB", "PEND", "POB", "AGUA"] and dock.codigo_seleccionado() == "AGUA"
    dock.seleccionar("POB")
    dock.editar()
    assert repositorio.obtener(open_pot.store, "POB").rol == ""
    assert navegador.estados["p1_paso02"] == pasos.EN_CURSO
    dock.desconectar()
    navegador.desconectar()


# -- variable dialog ---------------------------------------------------------------------------------
def test_variable_dialog_names_rows_keeps_its_buttons_still_and_types_into_a_new_class(open_pot, shot):
    dialog = VariableDialog(open_pot.store, None)
    dialog.show()
    assert dialog.windowTitle() == "New variable"
    ok = dialog.botones.button(QDialogButtonBox.StandardButton.Ok)
    donde = ok.mapTo(dialog, ok.rect().topLeft())
    assert not ok.isEnabled(), "an empty variable is not valid"
    assert not any("?" in p for p in dialog.problemas()), "no “Variable ?:” for a new variable"
    assert "The code is required." in dialog.problemas()
    dialog.codigo.setText("COB")
    dialog.nombre.setText("Otra cobertura")
    assert any("already used" in p for p in dialog.problemas()) and "already used" in dialog.problemas_label.text()
    dialog.codigo.setText("COB2")
    assert ok.isEnabled(), dialog.problemas()
    for _ in range(3):
        dialog.anadir_clase()
    assert dialog.clases.state() == QAbstractItemView.State.EditingState and dialog.clases.currentRow() == 2, \
        "the new class's label is open for typing"
    dialog.clases.item(0, 1).setText("Bosque")
    dialog.clases.item(1, COL_COLOR).setText("verde")
    problemas = dialog.problemas()
    assert "Class 2: the label is required." in problemas and "Class 3: the label is required." in problemas
    assert any(p.startswith("Class 2:") and "verde" in p and "#RRGGBB" in p for p in problemas)
    assert len(problemas) == len(set(problemas)), "each problem once"
    assert ok.mapTo(dialog, ok.rect().topLeft()) == donde, "the buttons did not move"
    shot(dialog, "variable_dialog_problemas", (680, 620))
    dialog.accept()  # refused while there are problems
    assert "COB2" not in [v.codigo for v in repositorio.cargar(open_pot.store)]
    dialog.clases.setCurrentCell(2, 0)
    dialog.quitar_clase()
    dialog.clases.item(1, 1).setText("Purma")
    dialog.clases.item(1, COL_COLOR).setText("#2E7D32")
    assert ok.isEnabled(), dialog.problemas()
    assert "Ready to save" in dialog.problemas_label.text()
    dialog.accept()
    saved = repositorio.obtener(open_pot.store, "COB2")
    assert saved.nombre == "Otra cobertura" and saved.clases[1].color == "#2E7D32" and saved.clases[0].codigo == "1"


def test_variable_dialog_edits_numeric_breaks_and_renames(open_pot, shot):
    dialog = VariableDialog(open_pot.store, repositorio.obtener(open_pot.store, "PEND"))
    assert not dialog.clases.isColumnHidden(COL_MINIMO)
    assert dialog.clases.item(1, COL_MINIMO).text() == "8"
    dialog.clases.item(1, COL_MINIMO).setText("ocho")
    assert any(p.startswith("Class 2:") and "ocho" in p and "not a number" in p for p in dialog.problemas())
    dialog.clases.item(1, COL_MINIMO).setText("200")
    assert "Class 2: the break 200 – 100 is empty or reversed." in dialog.problemas()
    dialog.clases.item(1, COL_MINIMO).setText("8,5")
    assert dialog.problemas() == []
    dialog.codigo.setText("PENDIENTE")
    dialog.anio.setValue(2019)
    shot(dialog, "variable_dialog_numerica", (680, 620))
    dialog.accept()
    codes = [v.codigo for v in repositorio.cargar(open_pot.store)]
    assert codes == ["COB", "PENDIENTE", "POB"], "renamed in place"
    saved = repositorio.obtener(open_pot.store, "PENDIENTE")
    assert saved.clases[1].minimo == 8.5 and saved.anio == 2019 and saved.tipo == "numerica"
    categorical = VariableDialog(open_pot.store, repositorio.obtener(open_pot.store, "COB"))
    assert categorical.clases.isColumnHidden(COL_MINIMO)


def test_variable_dialog_never_outgrows_a_laptop_screen(open_pot):
    from qgis.PyQt.QtGui import QGuiApplication

    dialog = VariableDialog(open_pot.store, repositorio.obtener(open_pot.store, "COB"))
    libre = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.height() <= libre.height() and dialog.maximumHeight() <= libre.height()
    dialog.resize(600, 480)  # shorter than the form: it scrolls, the buttons stay
    dialog.show()
    assert dialog.desplazable.verticalScrollBar().maximum() > 0 and dialog.botones.isVisible()


# -- New POT dialog ----------------------------------------------------------------------------------
def test_filter_expression():
    assert expresion_filtro("", ["x"]) == ""
    assert expresion_filtro("nombre", []) == ""
    assert expresion_filtro("nombre", ["Atalaya"]) == "\"nombre\" = 'Atalaya'"
    assert expresion_filtro("cod", [25, "O'Higgins"]) == "\"cod\" IN (25, 'O''Higgins')"


@pytest.fixture
def ambito_in_project(qgis_new_project):
    layer = ambito_layer()
    QgsProject.instance().addMapLayer(layer)
    yield layer


def _rellenar(dialog, layer, ruta):
    dialog.nombre.setText("POT Atalaya")
    dialog.nivel.setCurrentIndex(1)
    dialog.capa.setLayer(layer)
    dialog.campo.setField("nombre")
    dialog.valores.setCheckedItems(["Atalaya"])
    dialog.escala.setCurrentIndex(1)
    dialog.salida.setFilePath(str(ruta))


def test_new_pot_dialog_creates_and_opens_the_pot(session, ambito_in_project, tmp_path, qgis_iface, shot):
    qgis_iface.messageBar().clearWidgets()
    dialog = NuevoPotDialog(session, qgis_iface.messageBar())
    dialog.crear()
    assert dialog.tarea is None, "nothing runs without name, layer and file"
    assert "Give the POT a name" in dialog.mensajes.ultimo[1]
    _rellenar(dialog, ambito_in_project, tmp_path / "atalaya")
    assert dialog.valores.count() == 3
    assert dialog.ambito_nombre.text() == "Atalaya"
    params = dialog.parametros()
    assert params["FILTER"] == "\"nombre\" = 'Atalaya'" and params["SCALE"] == 50000 and params["LEVEL"] == 1
    assert params["OUTPUT"] == str(tmp_path / "atalaya.gpkg") and params["CRS"] is None
    shot(dialog, "nuevo_pot", (600, 640))
    dialog.crear()
    assert dialog.tarea is not None and not dialog.boton_crear.isEnabled()
    esperar(lambda: dialog.tarea is None)
    assert dialog.result() == dialog.Accepted
    assert session.store is not None and session.store.path == (tmp_path / "atalaya.gpkg").resolve()
    meta = session.store.metadata()
    assert meta["nombre"] == "POT Atalaya" and meta["nivel"] == "provincial" and meta["escala"] == "50000"
    from pot_cartografia.ui.mensajes import texto_del_mensaje

    item = qgis_iface.messageBar().currentItem()
    assert "POT Atalaya" in texto_del_mensaje(item)  # the summary the bar shows
    completo = texto_del_mensaje(item, completo=True)  # behind "Details"
    assert "EPSG:32718" in completo and "atalaya.gpkg" in completo


def test_new_pot_dialog_asks_before_replacing_unsaved_work(session, ambito_in_project, tmp_path):
    preguntas = []
    dialog = NuevoPotDialog(session, None, confirmar=lambda: preguntas.append("?") and False)
    _rellenar(dialog, ambito_in_project, tmp_path / "atalaya")
    dialog.crear()
    assert preguntas == ["?"] and dialog.tarea is None, "answered No: nothing created"
    assert not (tmp_path / "atalaya.gpkg").exists()


def test_new_pot_dialog_keeps_the_error_and_stays_open(session, ambito_in_project, tmp_path, shot):
    dialog = NuevoPotDialog(session, None)
    dialog.nombre.setText("POT vacío")
    dialog.capa.setLayer(ambito_in_project)
    dialog.campo.setField("nombre")
    dialog.valores.setCheckedItems(["Sin geometría"])  # the only feature kept has no geometry
    dialog.salida.setFilePath(str(tmp_path / "vacio.gpkg"))
    dialog.show()
    dialog.crear()
    esperar(lambda: dialog.tarea is None)
    assert dialog.isVisible() and dialog.result() != dialog.Accepted
    assert session.store is None and not (tmp_path / "vacio.gpkg").exists()
    titulo, texto, nivel = dialog.mensajes.ultimo
    assert nivel == Qgis.Critical and "no polygon" in texto and dialog.barra.currentItem() is not None
    assert dialog.boton_crear.isEnabled(), "ready to try again"
    shot(dialog, "nuevo_pot_error", (600, 700))
    existing = tmp_path / "existe.gpkg"
    existing.write_bytes(b"")
    dialog.salida.setFilePath(str(existing))
    dialog.crear()
    assert dialog.tarea is None and "already exists" in dialog.mensajes.ultimo[1]
    dialog.close()


# -- one way of reporting ------------------------------------------------------------------------------
def test_messages_show_one_at_a_time_with_the_whole_text_behind_details(qgis_new_project):
    from pot_cartografia.ui.mensajes import Mensajero, texto_del_mensaje
    from qgis.gui import QgsMessageBar
    from qgis.PyQt.QtWidgets import QPushButton, QTextBrowser

    barra = QgsMessageBar()
    mensajes = Mensajero(barra)
    largo = "No se pudo leer /datos/muy/larga/ruta/" + "x" * 300 + ".gpkg\nsegunda línea"
    mensajes.aviso("Capa", "primera")
    item = mensajes.error("Capa", largo)
    assert barra.items() == [item], "the old warning is replaced, never hidden behind “N more”"
    visible = texto_del_mensaje(item)
    assert visible.startswith("<b>Capa</b>: No se pudo leer") and visible.endswith("…") and len(visible) < 170
    detalles = [b for b in item.findChildren(QPushButton) if b.objectName() == "detalles"]
    assert detalles
    detalles[0].click()
    assert mensajes.detalles.findChild(QTextBrowser).toPlainText() == largo
    mensajes.detalles.close()
    pulsados = []
    item = mensajes.exito("Mapas", "3 láminas", acciones=[("Abrir PDF", lambda: pulsados.append(1))])
    [b for b in item.findChildren(QPushButton) if b.text() == "Abrir PDF"][0].click()
    assert pulsados == [1]
