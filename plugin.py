"""The plugin class: translator, Processing provider, the "POT" menu and toolbar, and the docks.

Startup stays light: the constructor only installs the translator; ``initGui`` builds actions and a
session; docks, dialogs and Processing are imported when first used (the docks that were open when
QGIS closed come back once QGIS has finished starting). ``unload`` removes everything ``initGui`` and
``initProcessing`` added.

Actions, menu entries, toolbar buttons and docks come from the registry (``core.pasos.paneles()``):
a new dock needs no edit here.
"""
import importlib
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QDockWidget, QFileDialog, QMenu, QMessageBox

from .__about__ import PLUGIN_DIR, __title__
from .core import pasos
from .core.errors import PotError
from .core.i18n import install_translator, tr
from .core.log import get_logger
from .core.settings import ajustes

PROVIDER_ID = "pot"
HELP_MENU = "mHelpMenu"  # objectName of QGIS's Help menu: the POT menu goes just before it
AREAS = {"izquierda": Qt.DockWidgetArea.LeftDockWidgetArea, "derecha": Qt.DockWidgetArea.RightDockWidgetArea}


def icono(nombre: str) -> QIcon:
    return QIcon(str(PLUGIN_DIR / "icons" / nombre))


class PotCartografiaPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.session = None
        self.menu = None
        self.menu_ayuda = None
        self.toolbar = None
        self.actions = {}
        self.docks = {}
        self.dialogo_nuevo = None
        self.ventanas = []  # "About" and other modeless windows, closed on unload
        self._ruta_abierta = None
        self._restaurar_pendiente = False
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

        self.menu = QMenu(tr("POT"), ventana)
        self.menu.setObjectName("PotMenu")
        self.toolbar = self.iface.addToolBar(tr("POT"))
        self.toolbar.setObjectName("PotToolBar")

        def accion(clave, icon, texto, ayuda, slot, alternable=False, en_barra=True):
            nueva = QAction(icon, texto, ventana)
            nueva.setObjectName("pot_" + clave)
            nueva.setToolTip(ayuda)
            nueva.setStatusTip(ayuda)
            nueva.setCheckable(alternable)
            (nueva.toggled if alternable else nueva.triggered).connect(slot)
            self.actions[clave] = nueva
            self.menu.addAction(nueva)
            if en_barra:
                self.toolbar.addAction(nueva)
            return nueva

        accion("nuevo", icono("nuevo_pot.svg"), tr("New POT…"), tr("Create a POT GeoPackage from an ámbito layer"),
               lambda *_: self.nuevo_pot())
        accion("abrir", icono("abrir_pot.svg"), tr("Open POT…"), tr("Open a POT GeoPackage and its QGIS project"),
               lambda *_: self.abrir_pot())
        self.menu.addSeparator()
        self.toolbar.addSeparator()
        for panel in pasos.paneles():
            accion(panel.id, icono(panel.icono), panel.titulo, panel.ayuda,
                   lambda visible, p=panel.id: self.alternar_panel(p, visible), alternable=True)
        self.menu.addSeparator()
        accion("algoritmos", QgsApplication.getThemeIcon("/processingAlgorithm.svg"), tr("Processing algorithms"),
               tr("Show the POT algorithms in the Processing toolbox"), lambda *_: self.mostrar_algoritmos())

        self.menu_ayuda = self.menu.addMenu(icono("ayuda.svg"), tr("Help"))
        self.menu_ayuda.setObjectName("PotMenuAyuda")
        for clave, icon, texto, ayuda, slot in (
            ("guia", icono("ayuda.svg"), tr("User guide"), tr("Open the user guide of the plugin (in Spanish)"),
             lambda *_: self.abrir_guia()),
            ("acerca", icono("pot.svg"), tr("About {title}").format(title=__title__), tr("Version, licence and links"),
             lambda *_: self.acerca_de()),
        ):
            nueva = QAction(icon, texto, ventana)
            nueva.setObjectName("pot_" + clave)
            nueva.setStatusTip(ayuda)
            nueva.triggered.connect(slot)
            self.actions[clave] = nueva
            self.menu_ayuda.addAction(nueva)

        barra = ventana.menuBar()
        ayuda = next((a for a in barra.actions() if a.menu() is not None and a.menu().objectName() == HELP_MENU), None)
        if ayuda is not None:
            barra.insertMenu(ayuda, self.menu)
        else:
            barra.addMenu(self.menu)
        self.session.changed.connect(self._al_cambiar_sesion)

        # The docks open when QGIS closed come back once QGIS has finished starting (not now: start-up stays light).
        if ajustes.paneles_abiertos:
            self._restaurar_pendiente = True
            senal = getattr(self.iface, "initializationCompleted", None)
            if senal is not None and not getattr(ventana, "isVisible", lambda: False)():
                senal.connect(self._restaurar_paneles)
            else:
                QTimer.singleShot(0, self._restaurar_paneles)

    def unload(self):
        self._restaurar_pendiente = False
        for accion in self.actions.values():  # closing the docks below must not reopen them
            accion.blockSignals(True)
        for dock in self.docks.values():
            dock.toggleViewAction().blockSignals(True)
        senal = getattr(self.iface, "initializationCompleted", None) if self.iface is not None else None
        if senal is not None:
            try:
                senal.disconnect(self._restaurar_paneles)
            except (TypeError, RuntimeError):
                pass
        dialogo, self.dialogo_nuevo = self.dialogo_nuevo, None
        if dialogo is not None:
            dialogo.close()
            dialogo.deleteLater()
        for ventana in self.ventanas:
            ventana.close()
            ventana.deleteLater()
        self.ventanas = []
        for dock in self.docks.values():
            dock.desconectar()
            self.iface.removeDockWidget(dock)
            dock.setParent(None)
            dock.deleteLater()
        self.docks = {}
        if self.menu is not None:
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
            self.menu_ayuda = None
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
    def dock(self, panel_id: str):
        """The dock of ``panel_id``, created on first use; None (after telling the user) if unavailable."""
        if panel_id in self.docks:
            return self.docks[panel_id]
        if self.session is None:  # unloaded
            return None
        try:
            panel = pasos.panel(panel_id)
        except KeyError:
            self._aviso(tr("The panel “{panel}” does not exist.").format(panel=panel_id))
            return None
        nombre = "{}.ui.{}".format(__package__, panel.modulo)
        try:
            cls = getattr(importlib.import_module(nombre), panel.clase)
        except ModuleNotFoundError as error:
            if error.name != nombre:
                raise
            self._aviso(tr("The panel “{panel}” is not available in this version of {plugin} yet.").format(
                panel=panel.titulo, plugin=__title__))
            return None
        dock = cls(self.session, self.iface)
        # Registered before anything below can signal back (showing a dock toggles its action,
        # which asks for the dock again): otherwise a second dock would be built.
        self.docks[panel_id] = dock
        if panel_id == pasos.PANEL_NAVEGADOR:
            dock.abrir_panel.connect(self.abrir_panel)
            dock.nuevo_pot.connect(lambda: self.nuevo_pot())
            dock.abrir_pot.connect(lambda: self.abrir_pot())
        accion = self.actions.get(panel_id)
        if accion is not None:  # checked while the dock is open, in front or behind another tab
            dock.toggleViewAction().toggled.connect(accion.setChecked)
        dock.toggleViewAction().toggled.connect(self._recordar_paneles)
        self._colocar(panel, dock)
        return dock

    def _colocar(self, panel, dock):
        """Where it was when QGIS closed (QGIS saved the window's state); else in its area, as a tab of
        the POT docks already there, so a laptop screen shows one panel at full height, not three
        squeezed. (``restoreDockWidget`` only works before the dock is added anywhere.)"""
        ventana = self.iface.mainWindow()
        if hasattr(ventana, "restoreDockWidget") and ventana.restoreDockWidget(dock):
            return
        self.iface.addDockWidget(AREAS.get(panel.area, Qt.DockWidgetArea.RightDockWidgetArea), dock)
        area = ventana.dockWidgetArea(dock)
        if area == Qt.DockWidgetArea.NoDockWidgetArea:
            return
        vecinos = [d for p, d in self.docks.items() if d is not dock and pasos.panel(p).area == panel.area
                   and not d.isFloating() and ventana.dockWidgetArea(d) == area]
        if panel.junto_a:
            de_qgis = ventana.findChild(QDockWidget, panel.junto_a)
            if de_qgis is not None and de_qgis.isVisible() and ventana.dockWidgetArea(de_qgis) == area:
                vecinos.append(de_qgis)
        if vecinos:
            ventana.tabifyDockWidget(vecinos[-1], dock)

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

    def _recordar_paneles(self, *_):
        """Remember which docks are open, to show them again at the next start."""
        ajustes.paneles_abiertos = [p for p, d in self.docks.items() if d.toggleViewAction().isChecked()]

    def _restaurar_paneles(self):
        if not self._restaurar_pendiente:
            return
        self._restaurar_pendiente = False
        for panel in ajustes.paneles_abiertos:
            if panel in {p.id for p in pasos.paneles()}:
                self.abrir_panel(panel)

    # -- POT files ----------------------------------------------------------------------------
    def _confirmar_descartar(self, titulo: str) -> bool:
        """Ask before a POT replaces a project with unsaved changes."""
        if not QgsProject.instance().isDirty():
            return True
        respuesta = QMessageBox.question(
            self.iface.mainWindow(), titulo,
            tr("The current QGIS project has unsaved changes, which will be lost. Continue anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return respuesta == QMessageBox.StandardButton.Yes

    def nuevo_pot(self):
        from .ui.nuevo_pot_dialog import NuevoPotDialog

        if self.dialogo_nuevo is None:
            self.dialogo_nuevo = NuevoPotDialog(self.session, self.iface.messageBar(), self.iface.mainWindow(),
                                                confirmar=lambda: self._confirmar_descartar(tr("New POT")),
                                                abrir=self._abrir_ruta)
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
            ruta, _ = QFileDialog.getOpenFileName(ventana, tr("Open POT"), ajustes.ultima_carpeta, tr("GeoPackage (*.gpkg)"))
        if not ruta:
            return False
        if not self._confirmar_descartar(tr("Open POT")):
            return False
        try:
            self._abrir_ruta(ruta)
        except PotError as problem:
            QMessageBox.warning(ventana, tr("Open POT"), str(problem))
            return False
        return True

    def _abrir_ruta(self, ruta):
        """Open a POT through QGIS's own "open project" (it then shows in Project › Recent Projects)."""
        leer = getattr(self.iface, "addProject", None)
        store = self.session.abrir(ruta, leer if callable(leer) else None)
        ajustes.ultima_carpeta = str(Path(ruta).parent)
        return store

    def _al_cambiar_sesion(self):
        """Show the navigator when a (different) POT is opened, not on every change of its contents."""
        store = self.session.store if self.session is not None else None
        ruta = store.path if store is not None else None
        if ruta is not None and ruta != self._ruta_abierta:
            self.abrir_panel(pasos.PANEL_NAVEGADOR)
        self._ruta_abierta = ruta

    # -- help -----------------------------------------------------------------------------------
    def abrir_guia(self, pagina: str = ""):
        from .ui.ayuda import abrir_guia

        if not abrir_guia(pagina):
            self._aviso(tr("The user guide could not be opened in a web browser."))

    def acerca_de(self):
        from .ui.ayuda import acerca_de

        self.ventanas = [v for v in self.ventanas if v.isVisible()]
        self.ventanas.append(acerca_de(self.iface.mainWindow()))

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
    def _mensajero(self):
        from .ui.mensajes import Mensajero

        return Mensajero(self.iface.messageBar(), self.iface.mainWindow(), exclusivo=False)

    def _aviso(self, texto: str):
        self._mensajero().aviso(__title__, texto)

    def _error_sesion(self, texto: str):
        get_logger().warning(texto)
        self._mensajero().error(__title__, texto)
