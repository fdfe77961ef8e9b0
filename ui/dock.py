"""``PotDock``: the one shape of every dock of the plugin.

A dock is a registry entry (``core.pasos.paneles()``), a Qt Designer form beside its controller
(``<module>.ui``, loaded at run time) and a controller subclassing ``PotDock``::

    class ProspectivaDock(PotDock):
        PANEL = "prospectiva"                      # its Panel in core.pasos

        def construir(self):                       # connect the form's widgets, add sections
            self.ui.boton_x.clicked.connect(...)

        def llenar(self, store):                   # show the open POT (called on every change)
            ...

The base owns what every dock needs, done one way:

- session wiring: ``refrescar`` runs on ``session.changed`` (a dock behind another tab waits until
  it is shown); without a POT the form is disabled and a notice says what to do; a ``PotError``
  while filling is reported, never raised into Qt;
- messages: ``self.mensajes`` (``ui.mensajes.Mensajero`` over the dock's message bar: one message at
  a time, "Details" for the full text, buttons such as "Open PDF");
- long work: ``ejecutar(alg_id, parametros, al_terminar)`` runs a Processing algorithm in a QgsTask
  with the dock's progress bar and Cancel button; the form is disabled meanwhile;
- ``desconectar()``: the plugin calls it on every dock before unloading; subclasses that connect to
  more than the session extend it (and call ``super().desconectar()``).

The form sits in a scroll area: a dock never forces the window taller than the screen.
"""
from __future__ import annotations

from qgis.core import Qgis
from qgis.gui import QgsDockWidget, QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..core import pasos
from ..core.errors import PotError
from ..core.i18n import tr
from .formularios import cargar_ui, ruta_ui
from .mensajes import Mensajero
from .tareas import ejecutar_en_tarea

ANCHO_MINIMO = 350  # px: the forms' labels beside their fields, and the tabs of four docks readable


class PotDock(QgsDockWidget):
    PANEL = ""  # id of the dock's Panel in core.pasos.paneles()

    def __init__(self, session, iface=None, parent=None):
        self.panel = pasos.panel(self.PANEL)
        super().__init__(self.panel.titulo_corto or self.panel.titulo, parent or (iface.mainWindow() if iface else None))
        self.setToolTip(self.panel.titulo)
        self.setObjectName("Pot" + self.panel.clase)
        self.setMinimumWidth(ANCHO_MINIMO)
        self.session = session
        self.iface = iface
        self.tarea = None
        self.secciones = []
        self._desconectado = False

        marco = QWidget()
        layout = QVBoxLayout(marco)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        self.barra = QgsMessageBar()
        self.mensajes = Mensajero(self.barra, self)
        self.aviso = QLabel(self.texto_sin_pot())
        self.aviso.setObjectName("aviso")
        self.aviso.setWordWrap(True)
        self.ui = QWidget()
        cargar_ui(self.ui, ruta_ui(type(self)))
        desplazable = QScrollArea()
        desplazable.setWidgetResizable(True)
        desplazable.setFrameShape(QFrame.Shape.NoFrame)
        desplazable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        desplazable.setWidget(self.ui)
        self.progreso = QProgressBar()
        self.progreso.setRange(0, 100)
        self.boton_cancelar = QPushButton(tr("Cancel"))
        self.boton_cancelar.setObjectName("cancelar")
        self.boton_cancelar.clicked.connect(self.cancelar)
        self.pie = QWidget()
        pie = QHBoxLayout(self.pie)
        pie.setContentsMargins(0, 0, 0, 0)
        pie.addWidget(self.progreso, 1)
        pie.addWidget(self.boton_cancelar)
        self.pie.setVisible(False)
        layout.addWidget(self.barra)
        layout.addWidget(self.aviso)
        layout.addWidget(desplazable, 1)
        layout.addWidget(self.pie)
        self.setWidget(marco)

        self._pendiente = False  # a refresh waits until the dock comes to the front
        self.visibilityChanged.connect(self._al_mostrarse)
        self.construir()
        self.session.changed.connect(self.refrescar)
        self.refrescar()

    # -- to override ------------------------------------------------------------------------------
    def construir(self):
        """Connect the form's widgets and add sections (once, after the form is loaded)."""

    def llenar(self, store):
        """Show the open POT ``store`` in the form (every time it changes)."""
        for seccion in self.secciones:
            seccion.llenar(store)

    def limpiar(self):
        """No POT open: empty what showed the previous one."""
        for seccion in self.secciones:
            seccion.limpiar()

    def actualizar_botones(self):
        """Enable what can be done now (a POT open, a selection, no task running)."""
        for seccion in self.secciones:
            seccion.actualizar_botones()

    def texto_sin_pot(self) -> str:
        return tr("Open or create a POT to work in this panel.")

    # -- session ----------------------------------------------------------------------------------
    @property
    def store(self):
        return self.session.store

    def agregar_seccion(self, seccion):
        self.secciones.append(seccion)
        return seccion

    def _detras(self) -> bool:
        """A tab behind another dock: nobody sees it, so it refreshes when it comes to the front."""
        ventana = self.parent()
        return (ventana is not None and hasattr(ventana, "tabifiedDockWidgets") and bool(ventana.tabifiedDockWidgets(self))
                and not self.isUserVisible())

    def _al_mostrarse(self, visible: bool):
        if visible and self._pendiente:
            self.refrescar()

    def refrescar(self):
        """Show the session's POT now, or when the dock comes to the front if it is behind a tab."""
        if self._detras():
            self._pendiente = True
            return
        self._pendiente = False
        self.mostrar()

    def mostrar(self):
        """Fill the form from the open POT (or empty it without one)."""
        store = self.session.store
        self.aviso.setVisible(store is None)
        self.ui.setEnabled(store is not None and self.tarea is None)
        if store is None:
            self.limpiar()
        else:
            try:
                self.llenar(store)
            except PotError as problema:
                self.mensajes.error(self.panel.titulo, str(problema))
        self.actualizar_botones()

    # -- long work --------------------------------------------------------------------------------
    @property
    def ocupado(self) -> bool:
        return self.tarea is not None

    def ejecutar(self, alg_id: str, parametros: dict, al_terminar, descripcion: str = "", titulo: str = ""):
        """Run ``alg_id`` in a QgsTask (progress bar and Cancel in the dock). ``al_terminar(resultados)``
        runs in the main thread when it succeeds; a failure is reported under ``titulo``. Returns
        the task, or None when another one is still running or the algorithm is missing."""
        if self.tarea is not None:
            self.mensajes.aviso(titulo or self.panel.titulo, tr("Wait until the running task finishes, or cancel it."))
            return None
        titulo = titulo or descripcion or self.panel.titulo
        try:
            self.tarea = ejecutar_en_tarea(alg_id, parametros, lambda ok, r, e: self._fin(ok, r, e, al_terminar, titulo),
                                           descripcion or titulo)
        except PotError as problema:
            self.mensajes.error(titulo, str(problema))
            return None
        self.progreso.setValue(0)
        self.tarea.progreso.connect(self.progreso.setValue)
        self._ocupado(True)
        return self.tarea

    def _ocupado(self, ocupado: bool):
        self.pie.setVisible(ocupado)
        self.ui.setEnabled(not ocupado and self.session.store is not None)
        if ocupado:
            self.mensajes.limpiar()
        self.actualizar_botones()

    def _fin(self, ok, resultados, error, al_terminar, titulo):
        self.tarea = None
        if self._desconectado:  # the plugin was unloaded while the task ran
            return
        self._ocupado(False)
        if not ok:
            nivel = Qgis.Warning if error == tr("Cancelled.") else Qgis.Critical
            self.mensajes.informar(titulo, error, nivel)
            return
        self.progreso.setValue(100)
        try:
            al_terminar(resultados)
        except PotError as problema:
            self.mensajes.error(titulo, str(problema))

    def cancelar(self):
        if self.tarea is not None:
            self.tarea.cancelar()

    # -- unloading --------------------------------------------------------------------------------
    def desconectar(self):
        """Stop listening to the session and cancel running work (the plugin is being unloaded)."""
        self._desconectado = True
        try:
            self.session.changed.disconnect(self.refrescar)
        except (TypeError, RuntimeError):
            pass
        for seccion in self.secciones:
            seccion.desconectar()
        self.cancelar()


class DockPorSecciones(PotDock):
    """A dock whose activities are sections shown one at a time: a one-line selector with ‹ ›
    (``selector``, ``boton_anterior``, ``boton_siguiente`` and the container ``paginas`` in its form),
    so each section gets the dock's whole height on a laptop. Subclasses list their sections in
    ``secciones_del_dock()`` as (Seccion class, title, attribute name)."""

    def secciones_del_dock(self):
        return []

    def construir(self):
        from .widgets import estrecho

        ui = self.ui
        for clase, titulo, nombre in self.secciones_del_dock():
            seccion = self.agregar_seccion(clase(self))
            setattr(self, nombre, seccion)
            ui.paginas.layout().addWidget(seccion)
            ui.selector.addItem(titulo)
        estrecho(ui.selector, 18)
        ui.selector.currentIndexChanged.connect(self._mostrar_seccion)
        self._mostrar_seccion(0)
        ui.selector.currentIndexChanged.connect(lambda *_: self.actualizar_botones())
        ui.boton_anterior.clicked.connect(lambda *_: self.ir_a(ui.selector.currentIndex() - 1))
        ui.boton_siguiente.clicked.connect(lambda *_: self.ir_a(ui.selector.currentIndex() + 1))

    def _mostrar_seccion(self, actual: int):
        """Only the section shown is in the layout: the dock is as tall as that section needs (a
        stacked widget is as tall as its tallest page, and a short section's button would scroll away)."""
        for indice, seccion in enumerate(self.secciones):
            seccion.setVisible(indice == actual)

    def ir_a(self, indice: int):
        """Show section ``indice`` (0-based)."""
        if 0 <= indice < self.ui.selector.count():
            self.ui.selector.setCurrentIndex(indice)

    def actualizar_botones(self):
        super().actualizar_botones()
        indice = self.ui.selector.currentIndex()
        self.ui.boton_anterior.setEnabled(indice > 0)
        self.ui.boton_siguiente.setEnabled(indice < self.ui.selector.count() - 1)
