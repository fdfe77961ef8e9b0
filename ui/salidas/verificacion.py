"""Section "Validation checklist" (Pauta 4): every deliverable with its status, grouped."""
from __future__ import annotations

from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QHeaderView, QTreeWidgetItem

from ...core import pasos
from ...salidas import validacion
from ..navegador_dock import COLORES
from ..seccion import Seccion


class SeccionVerificacion(Seccion):
    def construir(self):
        cabecera = self.arbol.header()
        cabecera.setStretchLastSection(False)
        cabecera.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        cabecera.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def llenar(self, store):
        self.arbol.clear()
        etiquetas = pasos.etiquetas_estado()
        grupos = {}
        for item in validacion.checklist(store):
            padre = grupos.get(item.grupo)
            if padre is None:
                padre = grupos[item.grupo] = QTreeWidgetItem(self.arbol, [item.grupo])
                padre.setFirstColumnSpanned(True)
                padre.setExpanded(True)
            hijo = QTreeWidgetItem(padre, [item.titulo, etiquetas[item.estado]])
            hijo.setForeground(1, QBrush(QColor(COLORES[item.estado])))
            consejo = item.titulo + (f"\n{item.detalle}" if item.detalle else "")
            hijo.setToolTip(0, consejo)
            hijo.setToolTip(1, consejo)

    def limpiar(self):
        self.arbol.clear()
