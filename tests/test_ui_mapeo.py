"""The value-map dialog and the catalogue dialog (self-contained, .ui beside their controllers),
and their hooks in the docks."""
import pytest
from pot_cartografia.diccionario.predeterminado import variable_predeterminada
from pot_cartografia.salidas import catalogo
from pot_cartografia.ui.hoja_dialog import ANADIR, REORIENTAR, HojaDialog
from pot_cartografia.ui.mapeo_valores_dialog import COL_CLASE, MapeoValoresDialog


def test_value_map_dialog_proposes_and_names_what_stays_unmatched(qgis_app, shot):
    valores = {"Parque Nacional": 3, "Reserva Comunal": 1, "Área de Conservación Privada": 2, "Bosque Local": 5}
    dialogo = MapeoValoresDialog(valores, variable_predeterminada("ANP"), {"Área de Conservación Privada": "ACP"},
                                 "anp_ucayali", "anp_cate")
    assert dialogo.tabla.rowCount() == 4
    assert dialogo.mapa() == {"Parque Nacional": "PN", "Reserva Comunal": "RC", "Área de Conservación Privada": "ACP"}
    assert "Bosque Local (5)" in dialogo.resumen.text()
    fila = [p.valor for p in dialogo.propuestas].index("Bosque Local")
    combo = dialogo.tabla.cellWidget(fila, COL_CLASE)
    combo.setCurrentIndex(combo.findData("BP"))
    assert dialogo.mapa()["Bosque Local"] == "BP"
    assert dialogo.resumen.text() == "Every value has a class." or "clase" in dialogo.resumen.text()
    assert dialogo.texto().count("=") == 4
    shot(dialogo, "mapeo_valores", (620, 420))


def test_sheet_dialog_gathers_catalogue_parameters(pot_salidas, qgis_app, shot):
    dialogo = HojaDialog(pot_salidas, ANADIR)
    dialogo.capa.setCurrentIndex(dialogo.capa.findData("uso_actual"))
    dialogo.tipo.setCurrentIndex(1)
    dialogo.escala.setValue(100000)
    parametros = dialogo.parametros()
    assert parametros["LAYER"] == "uso_actual" and parametros["VARIABLE"] == "USO"
    assert parametros["TYPE"] == 1 and parametros["SCALE"] == 100000 and parametros["ACTION"] == ANADIR
    shot(dialogo, "hoja_dialogo", (460, 280))
    hoja = catalogo.cargar(pot_salidas)[2]
    otro = HojaDialog(pot_salidas, REORIENTAR, hoja)
    assert otro.capa.currentData() == "uso_actual" and otro.parametros()["SHEET"] == hoja.numero


@pytest.fixture
def session_salidas(pot_salidas):
    from ayudas import sesion_de

    return sesion_de(pot_salidas)


def test_salidas_dock_removes_and_updates_sheets(session_salidas, qgis_app):
    from pot_cartografia.ui.salidas_dock import SalidasDock

    dock = SalidasDock(session_salidas)
    mapas = dock.mapas
    antes = mapas.tabla.rowCount()
    mapas.tabla.selectRow(3)
    assert mapas.boton_quitar.isEnabled()
    quitada = mapas.hoja_seleccionada().numero
    mapas.editar_catalogo("quitar")
    assert mapas.tabla.rowCount() == antes - 1
    assert quitada not in [h.numero for h in mapas.hojas]
    mapas.editar_catalogo("regenerar")
    assert mapas.tabla.rowCount() == antes - 1  # a removed sheet stays removed
    dock.close()


def test_modelo_actual_dock_has_the_value_map_hook():
    from pot_cartografia.ui.modelo_actual.capas import SeccionCapas

    assert hasattr(SeccionCapas, "abrir_mapeo")


def test_sheet_exported_from_the_dock_has_the_location_inset(session_salidas, qgis_app, tmp_path, monkeypatch):
    """The dock passes no context layer: the sheet still has the inset of Peru (issue 9, item 5)."""
    import re
    import subprocess

    from ayudas import esperar
    from pot_cartografia.ui.salidas import mapas
    from pot_cartografia.ui.salidas.mapas import COL_NUMERO
    from pot_cartografia.ui.salidas_dock import SalidasDock
    from qgis.PyQt.QtCore import Qt

    carpeta = tmp_path / "mapas"
    carpeta.mkdir()
    monkeypatch.setattr(mapas.QFileDialog, "getExistingDirectory", lambda *a, **k: str(carpeta))
    dock = SalidasDock(session_salidas)
    for fila in range(dock.mapas.tabla.rowCount()):
        dock.mapas.tabla.item(fila, COL_NUMERO).setCheckState(Qt.CheckState.Checked if fila == 2 else Qt.CheckState.Unchecked)
    dock.mapas.exportar()
    esperar(lambda: dock.tarea is None, timeout=180)
    pdf = next(carpeta.glob("MA-03_*.pdf"))
    texto = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert re.search(r"UBICACIÓN|LOCATION", texto)
    dock.close()
