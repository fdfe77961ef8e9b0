"""Dock "Current model" (Pauta 1, Step 01): one section per activity, in the order of the work
(``ui/modelo_actual/``): 1 DIT layers, 2 check, 3 synthesis into territorial units,
4 characterisation, 5 versions, 6 contributions. A one-line selector (with ‹ ›) shows one section at a time,
so each gets the dock's whole height on a laptop. Every long action runs its "pot" algorithm in a
task through the dock (progress bar and Cancel at the bottom)."""
from __future__ import annotations

from ..core import pasos
from ..core.i18n import tr
from .dock import PotDock
from .modelo_actual.aportes import SeccionAportes
from .modelo_actual.capas import SeccionCapas
from .modelo_actual.caracterizacion import SeccionCaracterizacion
from .modelo_actual.revision import SeccionRevision
from .modelo_actual.sintesis import SeccionSintesis
from .modelo_actual.versiones import SeccionVersiones
from .widgets import estrecho


class ModeloActualDock(PotDock):
    PANEL = pasos.PANEL_MODELO_ACTUAL

    def texto_sin_pot(self):
        return tr("Open or create a POT to build its current territorial model.")

    def construir(self):
        ui = self.ui
        for clase, titulo, nombre in (
            (SeccionCapas, tr("1. DIT layers"), "capas"),
            (SeccionRevision, tr("2. Check the layers"), "revision"),
            (SeccionSintesis, tr("3. Synthesis into territorial units"), "sintesis"),
            (SeccionCaracterizacion, tr("4. Characterisation"), "caracterizacion"),
            (SeccionVersiones, tr("5. Versions"), "versiones"),
            (SeccionAportes, tr("6. Contributions"), "aportes"),
        ):
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
        """Show section ``indice`` (0–5)."""
        if 0 <= indice < self.ui.selector.count():
            self.ui.selector.setCurrentIndex(indice)

    def actualizar_botones(self):
        super().actualizar_botones()
        indice = self.ui.selector.currentIndex()
        self.ui.boton_anterior.setEnabled(indice > 0)
        self.ui.boton_siguiente.setEnabled(indice < self.ui.selector.count() - 1)
