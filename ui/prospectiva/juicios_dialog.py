"""Dialog "Cross-impact judgements": the judgement matrix over the states of the strategic variables
(rows and columns "VARIABLE:state"), whole numbers from −3 to +3; a variable's own block is closed.
"Save" checks every cell (naming the offending one) before writing the judgements to the POT."""
from __future__ import annotations

import numpy as np
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem

from ...core.errors import PotError
from ...core.i18n import tr
from ...prospectiva import cib
from ...prospectiva.matriz import nombre_celda
from ..formularios import cargar_ui, limitar_a_pantalla, ruta_ui
from ..mensajes import Mensajero

PROPIO = "#E0E0E0"
POSITIVO, NEGATIVO, ERROR = "#C8E6C9", "#FFCDD2", "#EF5350"


class JuiciosDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        cargar_ui(self, ruta_ui(type(self)))
        self.setObjectName("PotJuiciosDialog")
        self.store = store
        from qgis.gui import QgsMessageBar

        self.barra = QgsMessageBar(self)
        self.layout().insertWidget(0, self.barra)
        self.mensajes = Mensajero(self.barra, self)
        self.juicios = cib.desde_store(store)
        self.etiquetas = [(d.variable, e) for d in self.juicios.descriptores for e in d.estados]
        self.bloques = [k for k, d in enumerate(self.juicios.descriptores) for _ in d.estados]
        rejilla = self.rejilla
        rejilla.setRowCount(len(self.etiquetas))
        rejilla.setColumnCount(len(self.etiquetas))
        textos = [f"{v}{cib.SEPARADOR}{e}" for v, e in self.etiquetas]
        rejilla.setHorizontalHeaderLabels(textos)
        rejilla.setVerticalHeaderLabels(textos)
        rejilla.horizontalHeader().setDefaultSectionSize(rejilla.fontMetrics().horizontalAdvance("W") * 4)
        rejilla.verticalHeader().setDefaultSectionSize(rejilla.fontMetrics().height() + 8)
        rejilla.blockSignals(True)
        for i in range(len(textos)):
            for j in range(len(textos)):
                valor = self.juicios.matriz[i, j]
                item = QTableWidgetItem("" if valor == 0 else f"{int(valor):+d}")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(f"{textos[i]} → {textos[j]}")
                rejilla.setItem(i, j, item)
                self._pintar(item)
        rejilla.blockSignals(False)
        rejilla.itemChanged.connect(self._pintar)
        self.botones.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save in the POT"))
        self.botones.accepted.connect(self.guardar)
        self.botones.rejected.connect(self.reject)
        limitar_a_pantalla(self, 900, 640)

    def _pintar(self, item):
        self.rejilla.blockSignals(True)
        i, j = item.row(), item.column()
        if self.bloques[i] == self.bloques[j]:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setBackground(QBrush(QColor(PROPIO)))
        else:
            valor = self._valor(item.text())
            color = ERROR if valor is None else POSITIVO if valor > 0 else NEGATIVO if valor < 0 else "#FFFFFF"
            item.setBackground(QBrush(QColor(color)))
        self.rejilla.blockSignals(False)

    @staticmethod
    def _valor(texto: str):
        texto = (texto or "").strip().replace("−", "-").replace("+", "")
        if not texto:
            return 0
        try:
            valor = float(texto.replace(",", "."))
        except ValueError:
            return None
        return int(valor) if valor.is_integer() and -3 <= valor <= 3 else None

    def matriz(self) -> np.ndarray:
        """The grid's judgements; PotError naming the first cell that is not a whole number from −3 to +3."""
        n = len(self.etiquetas)
        resultado = np.zeros((n, n))
        for i in range(n):
            for j in range(n):
                if self.bloques[i] == self.bloques[j]:
                    continue
                texto = self.rejilla.item(i, j).text()
                valor = self._valor(texto)
                if valor is None:
                    self.rejilla.setCurrentCell(i, j)
                    raise PotError(tr("Cell {cell} ({origin} → {destination}): “{value}” is not a whole number from −3 to +3.").format(
                        cell=nombre_celda(i + 2, j + 2), origin=":".join(self.etiquetas[i]), destination=":".join(self.etiquetas[j]),
                        value=texto))
                resultado[i, j] = valor
        return resultado

    def guardar(self) -> bool:
        try:
            self.juicios.matriz = self.matriz()
            self.guardados = cib.guardar_juicios(self.store, self.juicios)
        except PotError as problema:
            self.mensajes.error(tr("Judgements not saved"), str(problema))
            return False
        self.accept()
        return True
