"""``Seccion``: one activity of a dock (e.g. "2. Check the layers"), a small widget with its own form.

A section is a module in the dock's folder (``ui/modelo_actual/validacion.py``) with its ``.ui``
beside it. It reaches the session, the messages and the task runner through its dock, so a section
never duplicates them::

    class SeccionValidacion(Seccion):
        def construir(self):
            self.boton_validar.clicked.connect(self.validar)

        def llenar(self, store):
            ...

        def validar(self):
            self.dock.ejecutar("pot:validar_capas_dit", {...}, self._mostrar, titulo=tr("Check"))
"""
from __future__ import annotations

from qgis.PyQt.QtWidgets import QWidget

from .formularios import cargar_ui, ruta_ui


class Seccion(QWidget):
    def __init__(self, dock, parent=None):
        super().__init__(parent)
        self.dock = dock
        cargar_ui(self, ruta_ui(type(self)))
        self.construir()

    @property
    def session(self):
        return self.dock.session

    @property
    def store(self):
        return self.dock.session.store

    @property
    def iface(self):
        return self.dock.iface

    @property
    def mensajes(self):
        return self.dock.mensajes

    def construir(self):
        """Connect the form's widgets (once)."""

    def llenar(self, store):
        """Show the open POT."""

    def limpiar(self):
        """No POT open."""

    def actualizar_botones(self):
        """Enable what can be done now."""

    def desconectar(self):
        """Disconnect what the section connected outside itself (map tools, layers)."""
