"""Session, navigator, dictionary dock, variable dialog, New POT dialog and the task helper, driven in code.

Screenshots of every dock and dialog go to /tmp/pot_ui_shots/ (look at them after a layout change).
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
from qgis.PyQt.QtWidgets import QDialogButtonBox, QMessageBox

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
    assert "No POT open" in dock.cabecera.text()
    assert not dock.boton_nuevo.isHidden() and not dock.boton_abrir.isHidden()
    assert len(dock.filas) == 11
    assert all(not fila.boton.isEnabled() for fila in dock.filas.values())
    pedidos = []
    dock.nuevo_pot.connect(lambda: pedidos.append("nuevo"))
    dock.boton_nuevo.click()
    assert pedidos == ["nuevo"]
    shot(dock, "navegador_sin_pot", (380, 760))
    dock.desconectar()


def test_navigator_shows_the_steps_and_statuses_of_a_pot(open_pot, shot):
    dock = NavegadorDock(open_pot)
    texto = dock.cabecera.text()
    assert "POT Coronel Portillo" in texto and "provincial" in texto and "2040" in texto
    assert "Provincia de Coronel Portillo" in texto and "EPSG:32718" in texto
    assert dock.boton_nuevo.isHidden()
    assert list(dock.filas) == [p.id for p in pasos.pasos()]
    estados = {paso_id: fila.estado for paso_id, fila in dock.filas.items()}
    assert estados["p1_paso02"] == pasos.COMPLETO  # every variable has a role, COB is strategic
    assert [e for paso_id, e in estados.items() if paso_id != "p1_paso02"] == [pasos.SIN_INICIAR] * 10
    assert dock.filas["p1_paso02"].etiqueta_estado.text().endswith("complete</span>")
    sin_rol = variables_conocidas()[2]
    sin_rol.rol = ""
    repositorio.guardar(open_pot.store, sin_rol)
    open_pot.notify()
    assert dock.filas["p1_paso02"].estado == pasos.EN_CURSO
    abiertos = []
    dock.abrir_panel.connect(abiertos.append)
    dock.filas["p1_paso02"].boton.click()
    assert abiertos == ["diccionario"]
    habilitados = [paso_id for paso_id, fila in dock.filas.items() if fila.boton.isEnabled()]
    assert habilitados == ["p1_paso01", "p1_paso02", "p4_validacion"]
    futuro = dock.filas["p3_paso02"]
    assert futuro.paso.descripcion in futuro.toolTip() and futuro.descripcion.text() == futuro.paso.descripcion
    shot(dock, "navegador_pot", (380, 760))
    shot(dock, "navegador_pot_completo", (340, 1500))
    dock.desconectar()


# -- dictionary dock ---------------------------------------------------------------------------------
def codes_in(dock):
    return [dock.proxy.index(row, 0).data() for row in range(dock.proxy.rowCount())]


def test_dictionary_dock_without_pot(session, shot):
    dock = DiccionarioDock(session)
    assert dock.modelo.rowCount() == 0 and not dock.aviso.isHidden()
    assert not any(b.isEnabled() for b in (dock.boton_anadir, dock.boton_importar, dock.boton_restaurar))
    shot(dock, "diccionario_sin_pot", (520, 360))
    dock.desconectar()


def test_dictionary_dock_lists_and_filters_the_variables(open_pot, shot):
    dock = DiccionarioDock(open_pot)
    assert codes_in(dock) == ["COB", "PEND", "POB"]
    row = [dock.modelo.item(0, c).text() for c in range(dock.modelo.columnCount())]
    assert row == ["COB", "Cobertura vegetal", "categorical", "físico-biológico", "Cobertura", "", "strategic", "2"]
    dock.filtro.setText("socio")
    assert codes_in(dock) == ["POB"]
    dock.filtro.setText("")
    assert not dock.boton_editar.isEnabled()
    assert dock.seleccionar("PEND") and dock.codigo_seleccionado() == "PEND"
    assert dock.boton_editar.isEnabled() and dock.boton_eliminar.isEnabled()
    assert not dock.boton_restaurar.isEnabled(), "restore only fills an empty dictionary"
    shot(dock, "diccionario", (520, 360))
    dock.desconectar()


def test_dictionary_dock_deletes_after_confirmation_and_shows_refusals(open_pot, monkeypatch):
    dock = DiccionarioDock(open_pot)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    dock.seleccionar("POB")
    dock.eliminar()
    assert codes_in(dock) == ["COB", "PEND"] + ["POB"], "answered No: nothing deleted"
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dock.eliminar()
    assert codes_in(dock) == ["COB", "PEND"]
    with open_pot.store.connect() as conn:  # a layer field bound to COB: deleting is refused
        conn.execute("INSERT INTO pot_campos (capa, campo, variable) VALUES ('ambito', 'cob', 'COB')")
    dock.seleccionar("COB")
    dock.eliminar()
    assert codes_in(dock) == ["COB", "PEND"]
    assert warnings and "COB" in warnings[-1] and "linked" in warnings[-1]
    dock.desconectar()


def test_dictionary_dock_restores_default_exports_and_imports(open_pot, tmp_path, monkeypatch):
    from pot_cartografia.diccionario.predeterminado import diccionario_predeterminado

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dock = DiccionarioDock(open_pot)
    navegador = NavegadorDock(open_pot)
    repositorio.reemplazar(open_pot.store, [])
    open_pot.notify()
    assert codes_in(dock) == [] and dock.boton_restaurar.isEnabled()
    assert navegador.filas["p1_paso02"].estado == pasos.SIN_INICIAR
    dock.restaurar()
    defaults = [v.codigo for v in diccionario_predeterminado()]
    assert codes_in(dock) == defaults and not dock.boton_restaurar.isEnabled()
    assert navegador.filas["p1_paso02"].estado != pasos.SIN_INICIAR, "the navigator heard about it"

    exported = tmp_path / "diccionario.xlsx"
    dock.exportar(str(exported))
    assert exported.exists() and warnings == []
    repositorio.reemplazar(open_pot.store, variables_conocidas())
    open_pot.notify()
    monkeypatch.setattr(dock, "preguntar_modo", lambda: 1)  # merge
    dock.importar(str(exported))
    assert warnings == []
    assert codes_in(dock) == [c for c in ("COB", "PEND", "POB") if c not in defaults] + defaults
    monkeypatch.setattr(dock, "preguntar_modo", lambda: 0)  # replace
    dock.importar(str(exported))
    assert codes_in(dock) == defaults

    broken = tmp_path / "roto.csv"
    broken.write_text("codigo;nombre\n;sin código\n", encoding="utf-8")
    dock.importar(str(broken))
    assert warnings, "the algorithm's error is shown"
    assert codes_in(dock) == defaults, "nothing written"
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
    assert navegador.filas["p1_paso02"].estado == pasos.EN_CURSO, "a variable without role: step back in progress"
    dock.desconectar()
    navegador.desconectar()


# -- variable dialog ---------------------------------------------------------------------------------
def test_variable_dialog_rejects_duplicate_codes_and_bad_colours(open_pot, monkeypatch, shot):
    dialog = VariableDialog(open_pot.store, None)
    ok = dialog.botones.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled(), "an empty variable is not valid"
    dialog.codigo.setText("COB")
    dialog.nombre.setText("Otra cobertura")
    assert not ok.isEnabled()
    assert any("already used" in p for p in dialog.problemas())
    assert "already used" in dialog.problemas_label.text()
    dialog.codigo.setText("COB2")
    assert ok.isEnabled(), dialog.problemas()
    dialog.anadir_clase()
    dialog.clases.item(0, 1).setText("Bosque")
    assert ok.isEnabled(), dialog.problemas()
    dialog.clases.item(0, COL_COLOR).setText("verde")
    assert not ok.isEnabled() and any("verde" in p and "#RRGGBB" in p for p in dialog.problemas())
    shot(dialog, "variable_dialog_problemas", (680, 760))
    dialog.accept()  # refused while there are problems
    assert "COB2" not in [v.codigo for v in repositorio.cargar(open_pot.store)]
    dialog.clases.item(0, COL_COLOR).setText("#2E7D32")
    assert ok.isEnabled()
    dialog.accept()
    saved = repositorio.obtener(open_pot.store, "COB2")
    assert saved.nombre == "Otra cobertura" and saved.clases[0].color == "#2E7D32" and saved.clases[0].codigo == "1"


def test_variable_dialog_edits_numeric_breaks_and_renames(open_pot, shot):
    dialog = VariableDialog(open_pot.store, repositorio.obtener(open_pot.store, "PEND"))
    assert not dialog.clases.isColumnHidden(COL_MINIMO)
    assert dialog.clases.item(1, COL_MINIMO).text() == "8"
    dialog.clases.item(1, COL_MINIMO).setText("ocho")
    assert any("ocho" in p and "not a number" in p for p in dialog.problemas())
    dialog.clases.item(1, COL_MINIMO).setText("8,5")
    assert dialog.problemas() == []
    dialog.codigo.setText("PENDIENTE")
    dialog.anio.setValue(2019)
    shot(dialog, "variable_dialog_numerica", (680, 760))
    dialog.accept()
    codes = [v.codigo for v in repositorio.cargar(open_pot.store)]
    assert codes == ["COB", "PENDIENTE", "POB"], "renamed in place"
    saved = repositorio.obtener(open_pot.store, "PENDIENTE")
    assert saved.clases[1].minimo == 8.5 and saved.anio == 2019 and saved.tipo == "numerica"
    categorical = VariableDialog(open_pot.store, repositorio.obtener(open_pot.store, "COB"))
    assert categorical.clases.isColumnHidden(COL_MINIMO)


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


def test_new_pot_dialog_creates_and_opens_the_pot(session, ambito_in_project, tmp_path, qgis_iface, shot):
    qgis_iface.messageBar().clear_messages()
    dialog = NuevoPotDialog(session, qgis_iface.messageBar())
    dialog.crear()
    assert dialog.tarea is None, "nothing runs without name, layer and file"
    assert "Give the POT a name" in dialog.mensaje.text()
    dialog.nombre.setText("POT Atalaya")
    dialog.nivel.setCurrentIndex(1)
    dialog.capa.setLayer(ambito_in_project)
    dialog.campo.setField("nombre")
    assert dialog.valores.count() == 3
    dialog.valores.setCheckedItems(["Atalaya"])
    assert dialog.ambito_nombre.text() == "Atalaya"
    dialog.escala.setCurrentIndex(1)
    dialog.salida.setFilePath(str(tmp_path / "atalaya"))
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
    success = qgis_iface.messageBar().get_messages(3)
    assert success and "EPSG:32718" in success[0] and "atalaya.gpkg" in success[0]


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
    assert dialog.mensaje.isVisibleTo(dialog) and "no polygon" in dialog.mensaje.text()
    assert dialog.boton_crear.isEnabled(), "ready to try again"
    shot(dialog, "nuevo_pot_error", (600, 700))
    existing = tmp_path / "existe.gpkg"
    existing.write_bytes(b"")
    dialog.salida.setFilePath(str(existing))
    dialog.crear()
    assert dialog.tarea is None and "already exists" in dialog.mensaje.text()
    dialog.close()
