"""The plugin class: provider registered once, menu/toolbar/docks built by initGui and all removed by unload."""
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pot_cartografia
import pytest
from pot_cartografia.plugin import PotCartografiaPlugin
from pot_cartografia.processing_provider.provider import PotProvider
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, Qt
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QMenu, QMenuBar, QToolBar, QToolButton

PACKAGE_PARENT = Path(pot_cartografia.__file__).parent.parent


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def inventory(iface):
    window = iface.mainWindow()
    return {
        "menubar": [a.text() for a in window.menuBar().actions()],
        # Qt's own overflow menu of the menu bar appears whenever the bar gets too narrow: not ours.
        "menus": len([m for m in window.findChildren(QMenu) if not isinstance(m.parent(), QMenuBar)]),
        "toolbars": len(window.findChildren(QToolBar)),
        "docks": len(window.findChildren(QDockWidget)),
        "actions": len([a for a in window.findChildren(QAction) if not isinstance(a.parent(), (QMenuBar, QToolButton))
                        and not (isinstance(a.parent(), QMenu) and isinstance(a.parent().parent(), QMenuBar))]),
    }


def pot_providers():
    return [p for p in QgsApplication.processingRegistry().providers() if p.id() == "pot"]


@pytest.fixture
def without_provider():
    """Take the session's "pot" provider away so the plugin registers (and removes) its own; put one back."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById("pot") is not None:
        registry.removeProvider("pot")
    yield
    if registry.providerById("pot") is None:
        registry.addProvider(PotProvider())


@pytest.fixture
def help_menu(qgis_iface):
    """A menu bar like QGIS's, ending with the Help menu (objectName mHelpMenu)."""
    bar = qgis_iface.mainWindow().menuBar()
    menu = QMenu("Help", qgis_iface.mainWindow())
    menu.setObjectName("mHelpMenu")
    bar.addMenu(menu)
    yield menu
    bar.removeAction(menu.menuAction())
    menu.deleteLater()
    flush_deletes()


def test_init_processing_registers_the_provider_once(without_provider):
    plugin = PotCartografiaPlugin(None)  # qgis_process: no iface
    plugin.initProcessing()
    plugin.initProcessing()
    assert len(pot_providers()) == 1
    assert QgsApplication.processingRegistry().algorithmById("pot:crear_proyecto") is not None
    other = PotCartografiaPlugin(None)
    other.initProcessing()  # a provider "pot" is already there: nothing added, nothing owned
    assert len(pot_providers()) == 1 and other.provider is None
    plugin.unload()
    assert pot_providers() == []


def test_init_gui_then_unload_leaves_nothing_behind(qgis_iface, help_menu, without_provider):
    flush_deletes()
    before = inventory(qgis_iface)
    plugin = PotCartografiaPlugin(qgis_iface)
    plugin.initGui()

    window = qgis_iface.mainWindow()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["POT", "Help"], "the POT menu goes just before Help"
    assert [a.objectName() for a in plugin.menu.actions() if not a.isSeparator() and a.menu() is None] == [
        "pot_nuevo", "pot_abrir", "pot_navegador", "pot_diccionario", "pot_modelo_actual", "pot_prospectiva", "pot_salidas",
        "pot_algoritmos",
    ]
    assert [a.objectName() for a in plugin.menu_ayuda.actions()] == ["pot_guia", "pot_acerca"]
    assert plugin.menu.actions()[-1].menu() is plugin.menu_ayuda, "POT › Help closes the menu"
    assert plugin.toolbar.objectName() == "PotToolBar" and len(plugin.toolbar.actions()) == 9
    from pot_cartografia.core import pasos

    for panel in pasos.paneles():  # one action per registry entry, with the plugin's own icon
        accion = plugin.actions[panel.id]
        assert accion.text() == panel.titulo and accion.isCheckable() and not accion.icon().isNull()
    assert plugin.actions["navegador"].text() == "Steps of the POT", "not “Navigator”, QGIS's Browser in Spanish"
    assert len(pot_providers()) == 1
    assert plugin.docks == {}, "docks are created when first shown"

    window.show()  # docks know they are visible only inside a visible window
    plugin.actions["navegador"].setChecked(True)
    plugin.actions["diccionario"].setChecked(True)
    assert set(plugin.docks) == {"navegador", "diccionario"}
    assert window.findChild(QDockWidget, "PotNavegadorDock") is not None
    assert window.findChild(QDockWidget, "PotDiccionarioDock") is not None
    assert not plugin.docks["diccionario"].isHidden()
    plugin.actions["diccionario"].setChecked(False)
    assert plugin.docks["diccionario"].isHidden()
    plugin.actions["diccionario"].setChecked(True)
    plugin.docks["diccionario"].close()  # the dock's own close button unchecks the action
    assert not plugin.actions["diccionario"].isChecked()
    window.hide()

    plugin.unload()
    flush_deletes()
    assert inventory(qgis_iface) == before
    assert pot_providers() == []
    # the session no longer follows the project
    assert plugin.session is None


def test_unload_keeps_a_provider_it_did_not_register(qgis_iface):
    assert len(pot_providers()) == 1  # registered by the test session, as by an earlier plugin instance
    plugin = PotCartografiaPlugin(qgis_iface)
    plugin.initGui()
    plugin.unload()
    flush_deletes()
    assert len(pot_providers()) == 1


def test_navigator_panels_map_to_docks(qgis_iface):
    qgis_iface.messageBar().clearWidgets()
    plugin = PotCartografiaPlugin(qgis_iface)
    plugin.initGui()
    try:
        plugin.abrir_panel("diccionario")
        assert plugin.docks["diccionario"].objectName() == "PotDiccionarioDock"
        assert plugin.actions["diccionario"].isChecked()
        plugin.abrir_panel("navegador")
        navegador = plugin.docks["navegador"]
        qgis_iface.messageBar().clear_messages()
        navegador.abrir_panel.emit("modelo_actual")
        assert "modelo_actual" in plugin.docks
        assert plugin.actions["modelo_actual"].isChecked()
        # A panel the plugin does not have yet is refused with a message, not a crash.
        plugin.abrir_panel("no_existe")
        assert "no_existe" not in plugin.docks
        from pot_cartografia.ui.mensajes import texto_del_mensaje

        assert "does not exist" in texto_del_mensaje(qgis_iface.messageBar().currentItem())
    finally:
        plugin.unload()
        flush_deletes()


def test_startup_is_light():
    """classFactory + initGui in a fresh interpreter: no dock, dialog or Processing imported (what keeps
    start-up fast; the time itself is measured by benchmarks/bench_arranque.py, not here)."""
    script = textwrap.dedent(
        f"""
        import json, sys
        sys.path.insert(0, {str(PACKAGE_PARENT)!r})
        from qgis.core import QgsApplication
        from qgis.gui import QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow
        app = QgsApplication([], True)
        app.initQgis()

        class Iface:  # the part of QgisInterface the plugin uses at start
            def __init__(self):
                self.window = QMainWindow()
                self.bar = QgsMessageBar()
            def mainWindow(self):
                return self.window
            def messageBar(self):
                return self.bar
            def addToolBar(self, name):
                return self.window.addToolBar(name)
            def addDockWidget(self, area, dock):
                self.window.addDockWidget(area, dock)
            def removeDockWidget(self, dock):
                self.window.removeDockWidget(dock)

        iface = Iface()
        import pot_cartografia
        plugin = pot_cartografia.classFactory(iface)
        plugin.initGui()
        loaded = sorted(m for m in sys.modules if m.startswith("pot_cartografia.ui.") or m == "processing")
        print(json.dumps({{"loaded": loaded}}))
        plugin.unload()
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["loaded"] == ["pot_cartografia.ui.sesion"]


def test_open_pot_shows_the_navigator_and_reports_bad_files(qgis_iface, qgis_new_project, tmp_path, monkeypatch):
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
    from qgis.PyQt.QtWidgets import QMessageBox

    layer = QgsVectorLayer("Polygon?crs=EPSG:32718", "ambito", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((500000 9000000, 560000 9000000, 560000 9050000, 500000 9000000))"))
    layer.dataProvider().addFeatures([feature])
    path = tmp_path / "pot.gpkg"
    params = {"NAME": "POT Prueba", "LEVEL": 0, "AMBITO": layer, "HORIZON": 2040, "OUTPUT": str(path)}
    processing.run("pot:crear_proyecto", params)

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    plugin = PotCartografiaPlugin(qgis_iface)
    plugin.initGui()
    try:
        QgsProject.instance().setDirty(False)
        assert plugin.abrir_pot(str(path))
        assert plugin.session.store.path == path.resolve()
        assert not plugin.docks["navegador"].isHidden() and plugin.actions["navegador"].isChecked()
        assert "POT Prueba" in plugin.docks["navegador"].ui.cabecera.text()
        bad = tmp_path / "bad.gpkg"
        bad.write_text("not a database")
        QgsProject.instance().setDirty(False)
        assert not plugin.abrir_pot(str(bad))
        assert warnings and "bad.gpkg" in warnings[-1]
    finally:
        plugin.unload()
        flush_deletes()
        QgsProject.instance().clear()


def test_opening_a_panel_builds_one_dock(qgis_iface):
    from qgis.PyQt.QtWidgets import QDockWidget

    plugin = PotCartografiaPlugin(qgis_iface)
    plugin.initGui()
    try:
        window = qgis_iface.mainWindow()
        window.show()
        plugin.abrir_panel("diccionario")  # showing it toggles its action, which asks for the dock again
        plugin.abrir_panel("diccionario")
        plugin.actions["diccionario"].setChecked(True)
        docks = [d for d in window.findChildren(QDockWidget) if d.objectName() == "PotDiccionarioDock"]
        assert len(docks) == 1
    finally:
        plugin.unload()


@pytest.fixture
def ventana_real(qgis_iface, monkeypatch):
    """pytest-qgis's iface does not place docks: place them in its main window as QGIS does."""
    ventana = qgis_iface.mainWindow()
    monkeypatch.setattr(qgis_iface, "addDockWidget", lambda area, dock: ventana.addDockWidget(area, dock))
    monkeypatch.setattr(qgis_iface, "removeDockWidget", lambda dock: ventana.removeDockWidget(dock))
    ventana.resize(1366, 740)
    ventana.show()
    yield ventana
    ventana.hide()


def test_docks_of_the_right_side_are_tabs_not_a_squeezed_stack(qgis_iface, ventana_real):
    from pot_cartografia.core.settings import ajustes

    ajustes.paneles_abiertos = []
    plugin = PotCartografiaPlugin(qgis_iface)
    plugin.initGui()
    try:
        for panel in ("navegador", "diccionario", "modelo_actual", "salidas"):
            plugin.abrir_panel(panel)
        QCoreApplication.processEvents()
        derecha = [plugin.docks[p] for p in ("navegador", "diccionario", "modelo_actual", "salidas")]
        assert set(ventana_real.tabifiedDockWidgets(derecha[0])) == set(derecha[1:])
        assert {ventana_real.dockWidgetArea(d) for d in derecha} == {Qt.DockWidgetArea.RightDockWidgetArea}
        assert not plugin.docks["salidas"].visibleRegion().isEmpty(), "the panel just opened is the tab in front"
        assert derecha[0].height() > 400, "one panel at full height, not three rows"
        plugin.session.notify()
        assert plugin.docks["diccionario"]._pendiente and not plugin.docks["salidas"]._pendiente, \
            "only the tab in front refreshes now; the others when they come to the front"
        plugin.docks["diccionario"].raise_()
        QCoreApplication.processEvents()
        assert not plugin.docks["diccionario"]._pendiente
        assert sorted(ajustes.paneles_abiertos) == ["diccionario", "modelo_actual", "navegador", "salidas"]
        plugin.docks["salidas"].close()
        assert "salidas" not in ajustes.paneles_abiertos, "closing a dock is remembered too"
    finally:
        plugin.unload()
        flush_deletes()


def test_docks_open_at_the_last_session_come_back(qgis_iface, ventana_real):
    from pot_cartografia.core.settings import ajustes

    ajustes.paneles_abiertos = ["navegador", "modelo_actual", "no_existe"]
    plugin = PotCartografiaPlugin(qgis_iface)
    plugin.initGui()
    try:
        assert plugin.docks == {}, "not during start-up: QGIS starts as fast as without the plugin"
        QCoreApplication.processEvents()
        assert set(plugin.docks) == {"navegador", "modelo_actual"}
        assert plugin.actions["modelo_actual"].isChecked()
    finally:
        plugin.unload()
        flush_deletes()
        ajustes.paneles_abiertos = []


def test_help_menu_opens_the_guide_and_about(qgis_iface, monkeypatch):
    from qgis.PyQt.QtGui import QDesktopServices

    abiertas = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: abiertas.append(url) or True)
    plugin = PotCartografiaPlugin(qgis_iface)
    plugin.initGui()
    try:
        plugin.actions["guia"].trigger()
        assert abiertas and abiertas[0].isLocalFile() and Path(abiertas[0].toLocalFile()).is_file()
        assert abiertas[0].toLocalFile().endswith("docs/guia/index.html")
        plugin.actions["acerca"].trigger()
        acerca = plugin.ventanas[-1]
        assert acerca.isVisible() and pot_cartografia.__about__.__version__ in acerca.text()
        assert "GPL" in acerca.text() and "index.html" in acerca.text()
    finally:
        plugin.unload()
        flush_deletes()


def test_opening_a_pot_lists_it_in_recent_projects_and_new_pot_asks_first(qgis_iface, qgis_new_project, pot_demo, monkeypatch):
    from qgis.core import QgsProject
    from qgis.PyQt.QtWidgets import QMessageBox

    leidos = []
    original = qgis_iface.addProject
    monkeypatch.setattr(qgis_iface, "addProject", lambda uri: leidos.append(uri) or original(uri))
    plugin = PotCartografiaPlugin(qgis_iface)
    plugin.initGui()
    try:
        QgsProject.instance().setDirty(False)
        assert plugin.abrir_pot(str(pot_demo))
        assert leidos == [f"geopackage:{pot_demo.resolve()}?projectName=pot"] or leidos[0].startswith("geopackage:"), \
            "read through QGIS's own open, which adds it to Project › Recent Projects"
        assert plugin.session.store.path == pot_demo.resolve()
        preguntas = []
        monkeypatch.setattr(QMessageBox, "question", lambda *a: preguntas.append(a[2]) or QMessageBox.StandardButton.No)
        QgsProject.instance().setDirty(True)
        assert not plugin._confirmar_descartar("New POT") and preguntas and "unsaved changes" in preguntas[0]
        plugin.nuevo_pot()
        assert plugin.dialogo_nuevo.confirmar is not None, "the New POT dialog asks before replacing the project"
        QgsProject.instance().setDirty(False)
    finally:
        plugin.unload()
        flush_deletes()
        QgsProject.instance().clear()
