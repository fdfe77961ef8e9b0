"""Dock "POT – Cartographic output" (Pauta 4 and every phase's maps): three sections
(``ui/salidas/``): the map catalogue and its export, the documents (memoria, workshop pack, MINAM
bundle) and the validation checklist. Exports run their "pot" algorithms through the dock (progress
bar, Cancel) and end with "Open PDF" / "Open folder"."""
from __future__ import annotations

from ..core import pasos
from ..core.i18n import tr
from .dock import PotDock
from .salidas.documentos import SeccionDocumentos
from .salidas.mapas import SeccionMapas
from .salidas.verificacion import SeccionVerificacion


class SalidasDock(PotDock):
    PANEL = pasos.PANEL_SALIDAS

    def texto_sin_pot(self):
        return tr("Open or create a POT to export its maps and documents.")

    def construir(self):
        self.mapas = self.agregar_seccion(SeccionMapas(self))
        self.documentos = self.agregar_seccion(SeccionDocumentos(self))
        self.verificacion = self.agregar_seccion(SeccionVerificacion(self))
        self.ui.pestanas.addTab(self.mapas, tr("Maps"))
        self.ui.pestanas.addTab(self.documentos, tr("Documents"))
        self.ui.pestanas.addTab(self.verificacion, tr("Checks"))
        self.ui.pestanas.setTabToolTip(2, tr("Validation checklist"))
