"""Dock "Current model" (Pauta 1, Step 01): one section per activity, in the order of the work
(``ui/modelo_actual/``): 1 DIT layers, 2 check, 3 synthesis into territorial units,
4 characterisation, 5 versions, 6 contributions. A one-line selector (with ‹ ›) shows one section at a time,
so each gets the dock's whole height on a laptop (``DockPorSecciones``). Every long action runs its "pot"
algorithm in a task through the dock (progress bar and Cancel at the bottom)."""
from __future__ import annotations

from ..core import pasos
from ..core.i18n import tr
from .dock import DockPorSecciones
from .modelo_actual.aportes import SeccionAportes
from .modelo_actual.capas import SeccionCapas
from .modelo_actual.caracterizacion import SeccionCaracterizacion
from .modelo_actual.revision import SeccionRevision
from .modelo_actual.sintesis import SeccionSintesis
from .modelo_actual.versiones import SeccionVersiones


class ModeloActualDock(DockPorSecciones):
    PANEL = pasos.PANEL_MODELO_ACTUAL

    def texto_sin_pot(self):
        return tr("Open or create a POT to build its current territorial model.")

    def secciones_del_dock(self):
        return [
            (SeccionCapas, tr("1. DIT layers"), "capas"),
            (SeccionRevision, tr("2. Check the layers"), "revision"),
            (SeccionSintesis, tr("3. Synthesis into territorial units"), "sintesis"),
            (SeccionCaracterizacion, tr("4. Characterisation"), "caracterizacion"),
            (SeccionVersiones, tr("5. Versions"), "versiones"),
            (SeccionAportes, tr("6. Contributions"), "aportes"),
        ]
