"""Dock "Prospective" (Pauta 1, Steps 02–04): one section per activity, in the order of the work
(``ui/prospectiva/``): 1 variables temáticas, 2 structural analysis (matrix editor, MICMAC, charts),
3 supuestos and causal relations, 4 scenarios (states, layers, comparison, trend), 5 evaluation
(consistency, experts' pertinence and probability, the óptimo), 6 ejes estratégicos. One section at a
time (``DockPorSecciones``). Every long action runs its "pot" algorithm in a task through the dock
(progress bar and Cancel at the bottom); quick edits are written straight to the POT."""
from __future__ import annotations

from ..core import pasos
from ..core.i18n import tr
from .dock import DockPorSecciones
from .prospectiva.ejes import SeccionEjes
from .prospectiva.escenarios import SeccionEscenarios
from .prospectiva.estructural import SeccionEstructural
from .prospectiva.evaluacion import SeccionEvaluacion
from .prospectiva.supuestos import SeccionSupuestos
from .prospectiva.variables import SeccionVariables


class ProspectivaDock(DockPorSecciones):
    PANEL = pasos.PANEL_PROSPECTIVA

    def texto_sin_pot(self):
        return tr("Open or create a POT to build its prospective model.")

    def secciones_del_dock(self):
        return [
            (SeccionVariables, tr("1. Thematic variables"), "variables"),
            (SeccionEstructural, tr("2. Structural analysis"), "estructural"),
            (SeccionSupuestos, tr("3. Supuestos and causal relations"), "supuestos"),
            (SeccionEscenarios, tr("4. Scenarios"), "escenarios"),
            (SeccionEvaluacion, tr("5. Consistency and the optimal scenario"), "evaluacion"),
            (SeccionEjes, tr("6. Strategic axes"), "ejes"),
        ]
