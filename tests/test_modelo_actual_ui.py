"""The "Current territorial model" dock, driven in code on the sample territory: every long action runs
in a task (the form waits, a progress bar and Cancel show), defaults that cannot mislead, choices
that survive a refresh, contributions drawn on the map with their Spanish form. Screenshots to the
session's screenshot folder (fixture ``capturas``; look at them after a layout change)."""

from ayudas import capa_demo, fabrica_de_docks, terminar
import pytest
from pot_cartografia.core import pasos
from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.predeterminado import diccionario_predeterminado
from pot_cartografia.modelo_actual import aportes, aportes_formulario, registro, versiones
from pot_cartografia.ui.modelo_actual_dock import ModeloActualDock
from pot_cartografia.ui.sesion import PotSession
from qgis.core import Qgis, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QMessageBox


@pytest.fixture
def open_pot(qgis_new_project, pot_demo):
    session = PotSession()
    session.abrir(pot_demo)
    repositorio.reemplazar(session.store, diccionario_predeterminado())
    session.notify()
    yield session
    session.desconectar()
    QgsProject.instance().clear()


@pytest.fixture
def make_dock(qgis_iface):
    yield from fabrica_de_docks(ModeloActualDock, qgis_iface)


def registrar(dock, layer, tema, campo, variable):
    seccion = dock.capas
    seccion.combo_capa.setLayer(layer)
    seccion.combo_tema.setCurrentIndex(registro.TEMAS.index(tema))
    seccion.combo_campo.setField(campo)
    seccion.combo_variable.setCurrentIndex(seccion.combo_variable.findData(variable))
    seccion.registrar()
    terminar(dock)


def test_dock_without_pot(qgis_new_project):
    session = PotSession()
    dock = ModeloActualDock(session)
    assert dock.objectName() == "PotModeloActualDock"
    assert not dock.ui.isEnabled() and not dock.aviso.isHidden()
    assert dock.ui.selector.count() == 6 and sum(s.isVisibleTo(dock) for s in dock.secciones) == 1 and len(dock.secciones) == 6
    dock.desconectar()
    session.desconectar()


def test_dock_walks_through_step_01_without_freezing(open_pot, demo_folder, make_dock, capturas, monkeypatch):
    store = open_pot.store
    zee = capa_demo(demo_folder, "zee")
    peligro = capa_demo(demo_folder, "peligro_inundacion")
    vias = capa_demo(demo_folder, "vias")
    QgsProject.instance().addMapLayers([zee, peligro, vias])
    dock = make_dock(open_pot)

    # 1 register: nothing is preselected, the POT's own layers are not offered
    capas = dock.capas
    assert capas.combo_capa.currentLayer() is None and not capas.boton_registrar.isEnabled()
    ambito = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source().startswith(str(store.path))]
    assert ambito and all(lyr in capas.combo_capa.exceptedLayerList() for lyr in ambito)
    capas.combo_capa.setLayer(zee)
    capas.mapa_valores.setText("1=NOPE")
    capas.combo_campo.setField("zee")
    capas.combo_variable.setCurrentIndex(capas.combo_variable.findData("ZEE"))
    capas.registrar()
    terminar(dock)
    assert registro.listar(store) == [] and dock.mensajes.ultimo[2] == Qgis.Critical
    capas.mapa_valores.setText("")
    registrar(dock, zee, "zee_bioecologico", "zee", "ZEE")
    registrar(dock, peligro, "zee_peligros", "nivel", "PEL_INU")
    registrar(dock, vias, "base", "", "")
    assert capas.tabla_capas.rowCount() == 3
    assert "zee → ZEE" in capas.tabla_capas.item(0, 2).text() and capas.tabla_capas.item(0, 3).text() == "not checked"
    assert capas.combo_capa.currentLayer() is None, "back to no layer after registering"

    # 3 synthesis offers only polygons, and remembers an untick across refreshes
    sintesis = dock.sintesis
    assert [sintesis.lista_sintesis.item(i).text() for i in range(sintesis.lista_sintesis.count())] == [
        "zee", "peligro_inundacion"], "the road layer is not offered"
    sintesis.lista_sintesis.item(1).setCheckState(Qt.CheckState.Unchecked)
    open_pot.notify()
    assert sintesis.capas_elegidas() == ["zee"]
    sintesis.lista_sintesis.item(1).setCheckState(Qt.CheckState.Checked)

    # 2 check: one header per layer, in a task; the step stays "in progress" until every layer is checked
    assert pasos.estado_modelo_actual(store) == pasos.EN_CURSO
    dock.revision.validar()
    terminar(dock)
    assert dock.revision.lista_problemas.count() >= 3
    assert capas.tabla_capas.item(0, 3).text() in ("OK", "to check")
    assert [dock.revision.combo_corregir.itemText(i) for i in range(3)] == ["zee", "peligro_inundacion", "vias"]

    # 3 synthesis in a task
    sintesis.area_minima.setValue(5)
    sintesis.sintetizar()
    assert not dock.boton_cancelar.isHidden()
    terminar(dock)
    assert dock.progreso.value() == 100, dock.mensajes.ultimo
    assert "modelo_actual_unidades" in store.spatial_layers()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    sintesis.sintetizar()
    assert not dock.ocupado, "replacing the units layer is asked first; answered No"

    # 4 characterise, 5 versions: only unit layers are offered (never the ámbito)
    caracterizacion = dock.caracterizacion
    assert [caracterizacion.combo_unidades.itemText(i) for i in range(caracterizacion.combo_unidades.count())] == [
        "modelo_actual_unidades"]
    tipo = caracterizacion.tabla_reglas.cellWidget(0, 2)
    assert tipo.currentText() == "potentiality", "a label, not the code “potencialidad”"
    caracterizacion.caracterizar()
    terminar(dock)
    assert "ha" in caracterizacion.texto_resumen.toPlainText()
    seccion = dock.versiones
    assert seccion.combo_version_capa.currentText() == "modelo_actual_unidades"
    seccion.guardar_version()
    terminar(dock)
    seccion.combo_estado.setCurrentIndex(seccion.combo_estado.findData(versiones.VALIDADO))
    seccion.guardar_version()
    terminar(dock)
    assert [v["estado"] for v in versiones.listar(store)] == ["preliminar", "validado"]
    assert seccion.tabla_versiones.rowCount() == 2
    assert [caracterizacion.combo_unidades.itemText(i) for i in range(caracterizacion.combo_unidades.count())] == [
        "modelo_actual_unidades", "modelo_actual_v2", "modelo_actual_v1"]
    seccion.comparar()
    terminar(dock)
    assert seccion.texto_comparacion.toPlainText().startswith("0 ")
    assert pasos.estado_modelo_actual(store) == pasos.COMPLETO

    # 6 contributions: the pending ones walked through, and the step reopens while one waits
    aportes.anadir(store, QgsGeometry.fromWkt("POINT(540000 9060000)"), "Chacra nueva", "Ana", "Municipalidad", "Taller 1")
    aportes.anadir(store, QgsGeometry.fromWkt("POINT(541000 9061000)"), "Camino vecinal", "Luis")
    open_pot.notify()
    assert pasos.estado_modelo_actual(store) == pasos.EN_CURSO
    contribuciones = dock.aportes
    assert contribuciones.lista_aportes.count() == 2 and "Ana" in contribuciones.detalle_aporte.text()
    contribuciones.combo_estado_aporte.setCurrentIndex(contribuciones.combo_estado_aporte.findData(aportes.INCORPORADO))
    contribuciones.respuesta.setPlainText("Incorporado")
    contribuciones.responder()
    assert contribuciones.lista_aportes.count() == 1 and "Luis" in contribuciones.detalle_aporte.text()

    for indice, nombre in ((0, "modelo_actual"), (1, "modelo_actual_validacion"), (3, "modelo_actual_caracterizacion"),
                           (5, "modelo_actual_aportes")):
        dock.ir_a(indice)
        dock.resize(380, 560)
        dock.show()
        QCoreApplication.processEvents()
        assert dock.grab().save(str(capturas / f"{nombre}.png"))


def test_a_contribution_drawn_on_the_map_opens_a_spanish_form_with_today_and_the_author(open_pot, make_dock, qgis_iface):
    from datetime import date

    from pot_cartografia.core.settings import ajustes
    from pot_cartografia.ui.herramientas_aporte import HerramientaArea, HerramientaPunto

    ajustes.autor_aportes = "Ana Ríos"
    store = open_pot.store
    dock = make_dock(open_pot)
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsProject.instance().crs())
    seccion = dock.aportes
    seccion.boton_punto.setChecked(True)
    assert isinstance(canvas.mapTool(), HerramientaPunto)
    seccion.boton_area.setChecked(True)
    assert isinstance(canvas.mapTool(), HerramientaArea) and not seccion.boton_punto.isChecked()

    # a point: QGIS's attribute form of the layer, configured for people
    dialogo = seccion.formulario(QgsGeometry.fromPointXY(QgsPointXY(540500, 9060500)))
    layer = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source() == store.layer_uri("aportes")][0]
    campos = layer.fields()
    assert layer.editorWidgetSetup(campos.indexOf("fid")).type() == "Hidden"
    assert layer.editorWidgetSetup(campos.indexOf("pot_uid")).type() == "Hidden"
    assert layer.editorWidgetSetup(campos.indexOf("estado")).type() == "ValueMap"
    mapa = layer.editorWidgetSetup(campos.indexOf("estado")).config()["map"]
    assert {"pendiente": "pendiente"} in mapa or any("pendiente" in m.values() for m in mapa)
    assert layer.attributeDisplayName(campos.indexOf("texto")) == "Aporte", "Spanish labels in a Spanish POT"
    nueva = dialogo.feature()
    assert nueva["autor"] == "Ana Ríos" and nueva["estado"] == "pendiente"
    assert nueva["fecha"] in (date.today(), date.today().isoformat()) or nueva["fecha"].toPyDate() == date.today()
    dialogo.attributeForm().changeAttribute("texto", "Aquí hay una cocha")
    dialogo.attributeForm().changeAttribute("autor", "Luis Pérez")
    dialogo.accept()
    QCoreApplication.processEvents()
    guardados = aportes.pendientes(store)
    assert [a["texto"] for a in guardados] == ["Aquí hay una cocha"] and guardados[0]["autor"] == "Luis Pérez"
    assert ajustes.autor_aportes == "Luis Pérez", "the next contribution proposes the last author"
    fresca = QgsVectorLayer(store.layer_uri("aportes"), "a", "ogr")
    assert next(fresca.getFeatures())["pot_uid"], "a stable id, as every POT feature"
    assert aportes_formulario.configurado(fresca), "the form is the layer's default style: any project gets it"
    assert seccion.lista_aportes.count() == 1 and "Luis Pérez" in seccion.lista_aportes.item(0).text()

    # an area drawn with clicks, cancelled: nothing is written
    dialogo = seccion.formulario(QgsGeometry.fromWkt("POLYGON((540000 9060000, 541000 9060000, 541000 9061000, 540000 9060000))"))
    dialogo.reject()
    assert len(aportes.listar(store)) == 1
    seccion.activar(None, False)
    assert canvas.mapTool() is None or not isinstance(canvas.mapTool(), (HerramientaPunto, HerramientaArea))
    ajustes.autor_aportes = ajustes.institucion_aportes = ajustes.taller_aportes = ""


def test_undated_contributions_say_so(open_pot, make_dock):
    store = open_pot.store
    aportes.anadir(store, QgsGeometry.fromWkt("POINT(540000 9060000)"), "Sin fecha", "")
    layer = QgsVectorLayer(store.layer_uri("aportes"), "a", "ogr")
    layer.dataProvider().changeAttributeValues({next(layer.getFeatures()).id(): {layer.fields().indexOf("fecha"): None}})
    dock = make_dock(open_pot)
    assert dock.aportes.lista_aportes.item(0).text().startswith("undated · no author: Sin fecha")
