"""The plugin class: translator, Processing provider, the "POT" menu and toolbar, and the docks.

Startup stays light: the constructor only installs the translator; ``initGui`` builds actions and a
session; docks, dialogs and Processing are imported when first used. ``unload`` removes everything
``initGui`` and ``initProcessing`` added.
"""
import importlib
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QFileDialog, QMenu, QMessageBox

from .__about__ import PLUGIN_DIR, __title__
from .core.errors import PotError
from .core.i18n import install_translator, tr
from .core.log import get_logger

PROVIDER_ID = "pot"
HELP_MENU = "mHelpMenu"  # objectName of QGIS's Help menu: the POT menu goes just before it
SETTING_CARPETA = "pot_cartografia/ultima_carpeta"

# Panel id (core.pasos) → (module in ui/, dock class). Every dock class takes (session, iface).
PANELES = {
    "navegador": ("navegador_dock", "NavegadorDock"),
    "diccionario": ("diccionario_dock", "DiccionarioDock"),
    "modelo_actual": ("modelo_actual_dock", "ModeloActualDock"),
    "salidas": ("salidas_dock", "SalidasDock"),
}
AREAS = {"navegador": Qt.DockWidgetArea.LeftDockWidgetArea}


def titulos_paneles():
    return {
        "navegador": tr("Navigator"),
        "diccionario": tr("Variables dictionary"),
        "modelo_actual": tr("Current territorial model"),
        "salidas": tr("Cartographic output"),
    }


class PotCartografiaPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.session = None
        self.menu = None
        self.toolbar = None
        self.actions = {}
        self.docks = {}
        self.dialogo_nuevo = None
        self._ruta_abierta = None
        install_translator()

    # -- Processing ---------------------------------------------------------------------------
    def initProcessing(self):  # noqa: N802 (QGIS API)
        """Register the "pot" provider once; also called by qgis_process, where there is no GUI."""
        registry = QgsApplication.processingRegistry()
        if registry.providerById(PROVIDER_ID) is not None:
            return
        from .processing_provider.provider import PotProvider

        self.provider = PotProvider()
        registry.addProvider(self.provider)

    # -- GUI ----------------------------------------------------------------------------------
    def initGui(self):  # noqa: N802 (QGIS API)
        self.initProcessing()
        from .ui.sesion import PotSession

        self.session = PotSession()
        self.session.error.connect(self._error_sesion)

        ventana = self.iface.mainWindow()
        icono_pot = QIcon(str(PLUGIN_DIR / "icons" / "pot.svg"))
        theme = QgsApplication.getThemeIcon

        def panel(nombre):
            return lambda visible: self.alternar_panel(nombre, visible)

        # (key, icon, text, tooltip, slot, checkable)
        especificacion = [
            ("nuevo", theme("/mActionFileNew.svg"), tr("New POT…"),
             tr("Create a POT GeoPackage from an ámbito layer"), lambda *_: self.nuevo_pot(), False),
            ("abrir", theme("/mActionFileOpen.svg"), tr("Open POT…"),
             tr("Open a POT GeoPackage and its QGIS project"), lambda *_: self.abrir_pot(), False),
            ("navegador", icono_pot, tr("Navigator"),
             tr("Show the phases and steps of the POT"), panel("navegador"), True),
            ("diccionario", theme("/mActionOpenTable.svg"), tr("Variables dictionary"),
             tr("Show the dictionary of variables"), panel("diccionario"), True),
            ("modelo_actual", theme("/mActionAddOgrLayer.svg"), tr("Current territorial model"),
             tr("Show the panel of the current territorial model (Pauta 1, Step 01)"), panel("modelo_actual"), True),
            ("salidas", theme("/mActionNewLayout.svg"), tr("Cartographic output"),
             tr("Show the map series, memoria, workshop pack and validation panel"), panel("salidas"), True),
            ("algoritmos", theme("/processingAlgorithm.svg"), tr("Processing algorithms"),
             tr("Show the POT algorithms in the Processing toolbox"), lambda *_: self.mostrar_algoritmos(), False),
        ]
        self.menu = QMenu(tr("POT"), ventana)
        self.menu.setObjectName("PotMenu")
        self.toolbar = self.iface.addToolBar(tr("POT"))
        self.toolbar.setObjectName("PotToolBar")
        for clave, icono, texto, ayuda, slot, alternable in especificacion:
            accion = QAction(icono, texto, ventana)
            accion.setObjectName("pot_" + clave)
            accion.setToolTip(ayuda)
            accion.setStatusTip(ayuda)
            accion.setCheckable(alternable)
            (accion.toggled if alternable else accion.triggered).connect(slot)
            self.actions[clave] = accion
            self.menu.addAction(accion)
            self.toolbar.addAction(accion)
            if clave == "abrir":
                self.menu.addSeparator()
                self.toolbar.addSeparator()

        barra = ventana.menuBar()
        ayuda = next((a for a in barra.actions() if a.menu() is not None and a.menu().objectName() == HELP_MENU), None)
        if ayuda is not None:
            barra.insertMenu(ayuda, self.menu)
        else:
            barra.addMenu(self.menu)
        self.session.changed.connect(self._al_cambiar_sesion)

    def unload(self):
        if self.dialogo_nuevo is not None:
            self.dialogo_nuevo.close()
            self.dialogo_nuevo.deleteLater()
            self.dialogo_nuevo = None
        for dock in self.docks.values():
            if hasattr(dock, "desconectar"):
                dock.desconectar()
            self.iface.removeDockWidget(dock)
            dock.setParent(None)
            dock.deleteLater()
        self.docks = {}
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        for accion in self.actions.values():
            accion.setParent(None)
            accion.deleteLater()
        self.actions = {}
        if self.session is not None:
            self.session.desconectar()
            self.session.deleteLater()
            self.session = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)  # deletes it
            self.provider = None

    # -- docks --------------------------------------------------------------------------------
    def dock(self, panel: str):
        """The dock of ``panel``, created on first use; None (after telling the user) if unavailable."""
        if panel in self.docks:
            return self.docks[panel]
        if panel not in PANELES:
            self._aviso(tr("The panel “{panel}” does not exist.").format(panel=panel))
            return None
        modulo, clase = PANELES[panel]
        nombre = "{}.ui.{}".format(__package__, modulo)
        try:
            cls = getattr(importlib.import_module(nombre), clase)
        except ModuleNotFoundError as error:
            if error.name != nombre:
                raise
            self._aviso(
                tr("The panel “{panel}” is not available in this version of {plugin} yet.").format(
                    panel=titulos_paneles().get(panel, panel), plugin=__title__
                )
            )
            return None
        dock = cls(self.session, self.iface)
        # Registered before anything below can signal back (showing a dock toggles its action,
        # which asks for the dock again): otherwise a second dock would be built.
        self.docks[panel] = dock
        if panel == "navegador":
            dock.abrir_panel.connect(self.abrir_panel)
            dock.nuevo_pot.connect(lambda: self.nuevo_pot())
            dock.abrir_pot.connect(lambda: self.abrir_pot())
        accion = self.actions.get(panel)
        if accion is not None and hasattr(dock, "openedStateChanged"):
            dock.openedStateChanged.connect(accion.setChecked)
        self.iface.addDockWidget(AREAS.get(panel, Qt.DockWidgetArea.RightDockWidgetArea), dock)
        return dock

    def abrir_panel(self, panel: str):
        dock = self.dock(panel)
        if dock is None:
            return
        dock.setUserVisible(True)
        dock.raise_()
        if panel in self.actions:
            self.actions[panel].setChecked(True)

    def alternar_panel(self, panel: str, visible: bool):
        if visible:
            dock = self.dock(panel)
            if dock is None:
                self.actions[panel].setChecked(False)
                return
            dock.setUserVisible(True)
        elif panel in self.docks:
            self.docks[panel].setUserVisible(False)

    # -- POT files ----------------------------------------------------------------------------
    def nuevo_pot(self):
        from .ui.nuevo_pot_dialog import NuevoPotDialog

        if self.dialogo_nuevo is None:
            self.dialogo_nuevo = NuevoPotDialog(self.session, self.iface.messageBar(), self.iface.mainWindow())
            self.dialogo_nuevo.finished.connect(self._al_cerrar_nuevo)
        self.dialogo_nuevo.show()
        self.dialogo_nuevo.raise_()

    def _al_cerrar_nuevo(self, *_):
        if self.dialogo_nuevo is not None and self.dialogo_nuevo.tarea is None:
            self.dialogo_nuevo.deleteLater()
            self.dialogo_nuevo = None

    def abrir_pot(self, ruta: str = ""):
        ventana = self.iface.mainWindow()
        if not ruta:
            carpeta = QgsSettings().value(SETTING_CARPETA, "", type=str)
            ruta, _ = QFileDialog.getOpenFileName(ventana, tr("Open POT"), carpeta, tr("GeoPackage (*.gpkg)"))
        if not ruta:
            return False
        if QgsProject.instance().isDirty():
            respuesta = QMessageBox.question(
                ventana,
                tr("Open POT"),
                tr("The current QGIS project has unsaved changes, which will be lost. Open the POT anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if respuesta != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.session.abrir(ruta)
        except PotError as problem:
            QMessageBox.warning(ventana, tr("Open POT"), str(problem))
            return False
        QgsSettings().setValue(SETTING_CARPETA, str(Path(ruta).parent))
        return True

    def _al_cambiar_sesion(self):
        """Show the navigator when a (different) POT is opened, not on every change of its contents."""
        store = self.session.store if self.session is not None else None
        ruta = store.path if store is not None else None
        if ruta is not None and ruta != self._ruta_abierta:
            self.abrir_panel("navegador")
        self._ruta_abierta = ruta

    # -- Processing toolbox ---------------------------------------------------------------------
    def mostrar_algoritmos(self):
        from qgis import utils

        toolbox = getattr(utils.plugins.get("processing"), "toolbox", None)
        if toolbox is None:
            self._aviso(tr("The Processing toolbox is not available: enable the core plugin “Processing”."))
            return
        toolbox.setUserVisible(True)
        toolbox.raise_()
        toolbox.searchBox.setText("{}:".format(PROVIDER_ID))

    # -- messages -------------------------------------------------------------------------------
    def _aviso(self, texto: str):
        self.iface.messageBar().pushMessage(__title__, texto, level=Qgis.Warning, duration=8)

    def _error_sesion(self, texto: str):
        get_logger().warning(texto)
        self.iface.messageBar().pushMessage(__title__, texto, level=Qgis.Critical, duration=0)
