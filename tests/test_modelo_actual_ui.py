"""The "Current territorial model" dock, driven in code on the sample territory; screenshot to
the session's screenshot folder (fixture ``capturas``; look at it after a layout change)."""

from ayudas import capa_demo, esperar
import pytest
from pot_cartografia.diccionario import repositorio
from pot_cartografia.diccionario.predeterminado import diccionario_predeterminado
from pot_cartografia.modelo_actual import aportes, registro, versiones
from pot_cartografia.ui.modelo_actual_dock import ModeloActualDock
from pot_cartografia.ui.sesion import PotSession
from qgis.core import QgsGeometry, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent

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
    """Docks built on qgis_iface's main window, deleted afterwards so the window is left as it was."""
    docks = []

    def make(session):
        dock = ModeloActualDock(session, qgis_iface)
        docks.append(dock)
        return dock

    yield make
    for dock in docks:
        dock.setParent(None)
        dock.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_dock_without_pot(qgis_new_project):
    session = PotSession()
    dock = ModeloActualDock(session)
    assert dock.objectName() == "PotModeloActualDock"
    assert not dock.secciones.isEnabled() and not dock.aviso.isHidden()
    assert dock.secciones.count() == 6
    session.desconectar()


def test_dock_walks_through_step_01(open_pot, demo_folder, make_dock, capturas):
    store = open_pot.store
    zee = capa_demo(demo_folder, "zee")
    peligro = capa_demo(demo_folder, "peligro_inundacion")
    QgsProject.instance().addMapLayers([zee, peligro])
    dock = make_dock(open_pot)

    # 1 register through the form (value mapping refused, then accepted)
    dock.combo_capa.setLayer(zee)
    dock.combo_tema.setCurrentIndex(registro.TEMAS.index("zee_bioecologico"))
    dock.combo_campo.setField("zee")
    dock.combo_variable.setCurrentIndex(dock.combo_variable.findData("ZEE"))
    dock.mapa_valores.setText("1=NOPE")
    dock.registrar()
    assert registro.listar(store) == [] and dock.barra.currentItem() is not None
    dock.mapa_valores.setText("")
    dock.registrar()
    dock.combo_capa.setLayer(peligro)
    dock.combo_tema.setCurrentIndex(registro.TEMAS.index("zee_peligros"))
    dock.combo_campo.setField("nivel")
    dock.combo_variable.setCurrentIndex(dock.combo_variable.findData("PEL_INU"))
    dock.registrar()
    assert dock.tabla_capas.rowCount() == 2 and dock.lista_sintesis.count() == 2
    assert "zee → ZEE" in dock.tabla_capas.item(0, 2).text()

    # 2 check: one header per layer
    dock.validar()
    assert dock.lista_problemas.count() >= 2
    assert dock.tabla_capas.item(0, 3).text()
    assert [dock.combo_corregir.itemText(i) for i in range(dock.combo_corregir.count())] == ["zee", "peligro_inundacion"]

    # 3 synthesis in a task
    dock.area_minima.setValue(5)
    dock.sintetizar()
    assert dock.boton_cancelar.isEnabled()
    esperar(lambda: dock.tarea is None, timeout=120)
    assert dock.progreso.value() == 100, dock.barra.currentItem().text() if dock.barra.currentItem() else ""
    assert "modelo_actual_unidades" in store.spatial_layers()

    # 4 characterise, 5 versions
    dock.combo_unidades.setCurrentText("modelo_actual_unidades")
    dock.caracterizar()
    assert "ha" in dock.texto_resumen.toPlainText()
    dock.combo_version_capa.setCurrentText("modelo_actual_unidades")
    dock.guardar_version()
    dock.combo_estado.setCurrentIndex(1)
    dock.guardar_version()
    assert [v["estado"] for v in versiones.listar(store)] == ["preliminar", "validado"]
    assert dock.tabla_versiones.rowCount() == 2
    dock.comparar()
    assert dock.texto_comparacion.toPlainText().startswith("0 ")

    # 6 contributions: walk through the pending ones
    dock.crear_capas_aportes()
    aportes.anadir(store, QgsGeometry.fromWkt("POINT(540000 9060000)"), "Chacra nueva", "Ana", "Municipalidad", "Taller 1")
    aportes.anadir(store, QgsGeometry.fromWkt("POINT(541000 9061000)"), "Camino vecinal", "Luis")
    open_pot.notify()
    assert dock.lista_aportes.count() == 2 and "Ana" in dock.detalle_aporte.text()
    dock.combo_estado_aporte.setCurrentIndex(dock.combo_estado_aporte.findData(aportes.INCORPORADO))
    dock.respuesta.setPlainText("Incorporado")
    dock.responder()
    assert dock.lista_aportes.count() == 1 and "Luis" in dock.detalle_aporte.text()

    for indice, nombre in ((0, "modelo_actual"), (1, "modelo_actual_validacion"), (3, "modelo_actual_caracterizacion"),
                           (5, "modelo_actual_aportes")):
        dock.secciones.setCurrentIndex(indice)
        dock.resize(460, 760)
        dock.show()
        QCoreApplication.processEvents()
        assert dock.grab().save(str(capturas / f"{nombre}.png"))
