"""Small helpers shared by the forms: tables filled row by row, narrow combo boxes."""
from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidgetItem

ROL_DATOS = Qt.ItemDataRole.UserRole + 1


def preparar_tabla(tabla, columnas, editable=False):
    """Headers, whole-row single selection, no row numbers, alternating colours."""
    tabla.setColumnCount(len(columnas))
    tabla.setHorizontalHeaderLabels(columnas)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if not editable:
        tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabla.verticalHeader().setVisible(False)
    tabla.verticalHeader().setDefaultSectionSize(tabla.fontMetrics().height() + 8)
    tabla.horizontalHeader().setStretchLastSection(True)
    tabla.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tabla.setAlternatingRowColors(True)
    return tabla


def anadir_fila(tabla, textos, datos=None, consejo=""):
    fila = tabla.rowCount()
    tabla.insertRow(fila)
    for columna, texto in enumerate(textos):
        item = QTableWidgetItem("" if texto is None else str(texto))
        item.setData(ROL_DATOS, datos)
        if consejo:
            item.setToolTip(consejo)
        tabla.setItem(fila, columna, item)
    return fila


def datos_seleccion(tabla):
    modelo = tabla.selectionModel()
    filas = modelo.selectedRows() if modelo is not None else []
    return tabla.item(filas[0].row(), 0).data(ROL_DATOS) if filas else None


def estrecho(combo, caracteres=12):
    """A combo box that does not widen the dock to its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(caracteres)
    combo.setMinimumWidth(80)  # Qt caches the long-item minimum size hint; this overrides it
    return combo


def llenar_combo(combo, pares, actual=None):
    """Fill with (label, data) pairs, keeping ``actual`` (data) selected when still offered."""
    combo.blockSignals(True)
    combo.clear()
    for texto, dato in pares:
        combo.addItem(texto, dato)
    indice = combo.findData(actual) if actual is not None else -1
    combo.setCurrentIndex(indice if indice >= 0 else (0 if combo.count() else -1))
    combo.blockSignals(False)
