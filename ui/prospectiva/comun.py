"""Small helpers the prospective sections share: cells of editable tables (texts, combo boxes, check
boxes), numbers typed by people (comma or point) and the dictionary's names of the variables."""
from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QTableWidgetItem

from ...core.i18n import numero
from ..widgets import ROL_DATOS


def texto(tabla, fila: int, columna: int) -> str:
    """The cell's text (stripped), or "" for an empty cell."""
    item = tabla.item(fila, columna)
    return item.text().strip() if item is not None else ""


def poner(tabla, fila: int, columna: int, valor, editable: bool = True, datos=None, consejo: str = ""):
    """Write a cell; read-only cells are greyed like labels."""
    item = QTableWidgetItem("" if valor is None else str(valor))
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if datos is not None:
        item.setData(ROL_DATOS, datos)
    if consejo:
        item.setToolTip(consejo)
    tabla.setItem(fila, columna, item)
    return item


def marca(tabla, fila: int, columna: int, marcado: bool, datos=None):
    """A check box cell (no text)."""
    item = QTableWidgetItem("")
    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setCheckState(Qt.CheckState.Checked if marcado else Qt.CheckState.Unchecked)
    if datos is not None:
        item.setData(ROL_DATOS, datos)
    tabla.setItem(fila, columna, item)
    return item


def marcado(tabla, fila: int, columna: int) -> bool:
    item = tabla.item(fila, columna)
    return item is not None and item.checkState() == Qt.CheckState.Checked


def combo(tabla, fila: int, columna: int, pares, actual=None) -> QComboBox:
    """A combo box in a cell, filled with (label, data) pairs, ``actual`` (data) selected; a value not
    among the pairs is added, so nothing stored is lost by showing it."""
    caja = QComboBox()
    for etiqueta, dato in pares:
        caja.addItem(etiqueta, dato)
    if actual not in (None, "") and caja.findData(actual) < 0:
        caja.addItem(str(actual), actual)
    caja.setCurrentIndex(max(caja.findData(actual), 0) if actual not in (None, "") else 0)
    tabla.setCellWidget(fila, columna, caja)
    return caja


def dato(tabla, fila: int, columna: int):
    caja = tabla.cellWidget(fila, columna)
    return caja.currentData() if caja is not None else None


def numero_de(texto_: str) -> Optional[float]:
    """A number typed by a person ("12,5", "1 234.5"), or None for an empty text; ValueError otherwise."""
    limpio = (texto_ or "").strip().replace("\u202f", "").replace(" ", "")
    if not limpio:
        return None
    if "," in limpio and "." in limpio:
        limpio = limpio.replace(",", "") if limpio.rfind(".") > limpio.rfind(",") else limpio.replace(".", "").replace(",", ".")
    return float(limpio.replace(",", "."))


def texto_de_numero(valor, decimales: int = 2) -> str:
    """A stored number as the interface writes it ("" for none); whole numbers without decimals."""
    if valor is None:
        return ""
    valor = float(valor)
    return numero(valor) if valor.is_integer() else numero(valor, decimales)


def nombres_de_variables(store) -> dict:
    """{code: name} of the dictionary's variables."""
    with store.connect(readonly=True) as conn:
        return {r[0]: r[1] for r in conn.execute("SELECT codigo, nombre FROM pot_variables")}


def etiqueta(codigo: str, nombres: dict) -> str:
    """"COB – Cobertura vegetal", or the code alone."""
    nombre = nombres.get(codigo, "")
    return f"{codigo} – {nombre}" if nombre and nombre != codigo else codigo


def quitar_fila_elegida(tabla) -> int:
    """Remove the selected row; returns its index, or -1."""
    filas = tabla.selectionModel().selectedRows() if tabla.selectionModel() is not None else []
    if not filas:
        return -1
    fila = filas[0].row()
    tabla.removeRow(fila)
    return fila
