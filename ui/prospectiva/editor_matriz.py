"""The matrix editor: a grid of the matrix of direct influences with the variables' codes and names,
cells typed or pasted from a spreadsheet, CSV/XLSX import and export, and validation that names and
highlights every offending cell (``prospectiva.matriz.validar_rejilla``: square, known codes, values
0–3 or P, zero diagonal). Row and column codes are kept apart, so a pasted or imported grid that is
not square still shows as it came, with its problems named; nothing is lost until it is fixed."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QGuiApplication
from qgis.PyQt.QtWidgets import QAbstractItemView, QFileDialog, QListWidgetItem, QTableWidgetItem, QWidget

from ...core.errors import PotError
from ...core.i18n import tr
from ...prospectiva import matriz as modulo_matriz
from ...prospectiva import matriz_archivo
from ..formularios import cargar_ui, ruta_ui
from ..widgets import ROL_DATOS, estrecho, llenar_combo
from . import comun

COLORES = {"": "#FFFFFF", "0": "#FFFFFF", "1": "#E3F2FD", "2": "#90CAF9", "3": "#42A5F5", "P": "#FFE0B2"}
DIAGONAL = "#E0E0E0"
ERROR = "#EF9A9A"


class EditorMatriz(QWidget):
    """``cambiada`` is emitted when a cell, a code or the whole grid changes."""

    cambiada = pyqtSignal()

    def __init__(self, nombres: dict, conocidos=None, parent=None, carpeta: str = ""):
        super().__init__(parent)
        cargar_ui(self, ruta_ui(type(self)))
        self.nombres = dict(nombres)
        self.conocidos = list(conocidos if conocidos is not None else nombres)
        self.carpeta = carpeta
        self.filas, self.columnas = [], []
        self.problemas = []
        for boton, icono in ((self.boton_variable_mas, "/symbologyAdd.svg"), (self.boton_variable_menos, "/symbologyRemove.svg"),
                             (self.boton_pegar, "/mActionEditPaste.svg"), (self.boton_importar, "/mActionFileOpen.svg"),
                             (self.boton_exportar, "/mActionFileSaveAs.svg"), (self.boton_validar, "/mActionCheckQgisVersion.svg")):
            boton.setIcon(QgsApplication.getThemeIcon(icono))
        self.boton_validar.setText(tr("Check"))
        self.boton_validar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        estrecho(self.combo_variable, 12)
        rejilla = self.rejilla
        rejilla.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        rejilla.horizontalHeader().setDefaultSectionSize(rejilla.fontMetrics().horizontalAdvance("WWWWW"))
        rejilla.verticalHeader().setDefaultSectionSize(rejilla.fontMetrics().height() + 8)
        rejilla.itemChanged.connect(self._al_cambiar)
        self.boton_variable_mas.clicked.connect(lambda *_: self.anadir_variable(self.combo_variable.currentData()))
        self.boton_variable_menos.clicked.connect(lambda *_: self.quitar_elegida())
        self.boton_pegar.clicked.connect(lambda *_: self.pegar(QGuiApplication.clipboard().text()))
        self.boton_importar.clicked.connect(lambda *_: self.importar())
        self.boton_exportar.clicked.connect(lambda *_: self.exportar())
        self.boton_validar.clicked.connect(lambda *_: self.validar())
        self.lista_problemas.itemClicked.connect(self._ir_al_problema)
        self._llenar_combo()

    # -- the grid -----------------------------------------------------------------------------------
    def _llenar_combo(self):
        presentes = set(self.filas) | set(self.columnas)
        llenar_combo(self.combo_variable, [(comun.etiqueta(c, self.nombres), c) for c in self.conocidos if c not in presentes])
        self.boton_variable_mas.setEnabled(self.combo_variable.count() > 0)

    def cargar(self, filas_texto) -> None:
        """Show a grid of texts: first row the column codes, first column the row codes."""
        filas_texto = [[("" if c is None else str(c)).strip() for c in f] for f in filas_texto]
        cabecera = filas_texto[0] if filas_texto else [""]
        self.columnas = list(cabecera[1:])
        self.filas = [f[0] if f else "" for f in filas_texto[1:]]
        self._dibujar([[f[j] if j < len(f) else "" for j in range(1, len(cabecera))] for f in filas_texto[1:]])

    def vacia(self, codigos) -> None:
        """A new matrix over ``codigos``, every cell 0."""
        self.filas, self.columnas = list(codigos), list(codigos)
        self._dibujar([["0" if i != j else "" for j in range(len(codigos))] for i in range(len(codigos))])

    def _dibujar(self, celdas) -> None:
        rejilla = self.rejilla
        rejilla.blockSignals(True)
        rejilla.clear()
        rejilla.setRowCount(len(self.filas))
        rejilla.setColumnCount(len(self.columnas))
        for j, codigo in enumerate(self.columnas):
            cabecera = QTableWidgetItem(codigo)
            cabecera.setToolTip(comun.etiqueta(codigo, self.nombres))
            rejilla.setHorizontalHeaderItem(j, cabecera)
        for i, codigo in enumerate(self.filas):
            cabecera = QTableWidgetItem(comun.etiqueta(codigo, self.nombres))
            cabecera.setToolTip(comun.etiqueta(codigo, self.nombres))
            rejilla.setVerticalHeaderItem(i, cabecera)
            for j in range(len(self.columnas)):
                item = QTableWidgetItem(celdas[i][j] if i < len(celdas) and j < len(celdas[i]) else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                rejilla.setItem(i, j, item)
                self._pintar(item)
        rejilla.blockSignals(False)
        self._llenar_combo()
        self.limpiar_problemas()
        self.cambiada.emit()

    def _pintar(self, item) -> None:
        """Shade a cell by its value; the diagonal greyed and closed."""
        i, j = item.row(), item.column()
        diagonal = i < len(self.filas) and j < len(self.columnas) and self.filas[i] and self.filas[i] == self.columnas[j]
        texto = item.text().strip().upper()
        if diagonal and texto in ("", "0"):
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setBackground(QBrush(QColor(DIAGONAL)))
            return
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setBackground(QBrush(QColor(COLORES.get(texto, ERROR))))
        item.setForeground(QBrush(QColor("white" if texto == "3" else "black")))
        fuente = QFont(item.font())
        fuente.setItalic(texto == "P")
        item.setFont(fuente)
        item.setToolTip("{} → {}".format(self.filas[i] if i < len(self.filas) else "?", self.columnas[j] if j < len(self.columnas) else "?"))

    def _al_cambiar(self, item) -> None:
        self.rejilla.blockSignals(True)
        texto = item.text().strip()
        if texto.lower() == "p":
            item.setText("P")
        self._pintar(item)
        self.rejilla.blockSignals(False)
        self.cambiada.emit()

    def rejilla_texto(self):
        """The grid as a spreadsheet: header row of column codes, then one row per row code."""
        filas = [[""] + list(self.columnas)]
        for i, codigo in enumerate(self.filas):
            filas.append([codigo] + [comun.texto(self.rejilla, i, j) for j in range(len(self.columnas))])
        return filas

    def anadir_variable(self, codigo) -> None:
        if not codigo or codigo in self.filas:
            return
        celdas = [r[1:] for r in self.rejilla_texto()[1:]]
        self.filas.append(codigo)
        self.columnas.append(codigo)
        for fila in celdas:
            fila.append("0")
        celdas.append(["0"] * (len(self.columnas) - 1) + [""])
        self._dibujar(celdas)

    def quitar_elegida(self) -> None:
        """Remove the variable of the selected row (its row and its column)."""
        fila = self.rejilla.currentRow()
        if not 0 <= fila < len(self.filas):
            return
        codigo = self.filas[fila]
        rejilla = self.rejilla_texto()
        quitar_col = self.columnas.index(codigo) + 1 if codigo in self.columnas else None
        nuevas = [[c for k, c in enumerate(f) if k != quitar_col] for n, f in enumerate(rejilla) if n != fila + 1]
        self.cargar(nuevas)

    # -- paste, files ----------------------------------------------------------------------------------
    def pegar(self, texto: str) -> None:
        """A whole matrix (its first row holds codes) replaces the grid; plain values are written from
        the selected cell on, as a spreadsheet does."""
        lineas = [linea for linea in (texto or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
        while lineas and not lineas[-1].strip():
            lineas.pop()
        if not lineas:
            return
        separador = "\t" if "\t" in texto else (";" if ";" in texto else ",")
        filas = [linea.split(separador) for linea in lineas]
        cabecera = [c.strip() for c in filas[0][1:]]
        if cabecera and any(c and modulo_matriz.valor_de_celda(c) is None for c in cabecera):
            self.cargar(filas)
            self.validar()
            return
        i0, j0 = max(self.rejilla.currentRow(), 0), max(self.rejilla.currentColumn(), 0)
        for di, fila in enumerate(filas):
            for dj, valor in enumerate(fila):
                item = self.rejilla.item(i0 + di, j0 + dj)
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
                    item.setText(valor.strip())

    def importar(self) -> None:
        ruta, _ = QFileDialog.getOpenFileName(self, tr("Import a matrix"), self.carpeta, tr("Matrices (*.csv *.xlsx)"))
        if ruta:
            self.importar_de(ruta)

    def importar_de(self, ruta) -> None:
        """Show the grid of a CSV or XLSX file and check it (its problems are listed, nothing is refused)."""
        try:
            self.cargar(matriz_archivo.leer_rejilla(ruta))
        except PotError as problema:
            self._mostrar_problemas([modulo_matriz.ProblemaCelda(None, None, str(problema))])
            return
        self.carpeta = str(Path(ruta).parent)
        self.validar()

    def exportar(self) -> None:
        ruta, _ = QFileDialog.getSaveFileName(self, tr("Export the matrix"), self.carpeta, tr("CSV (*.csv);;Excel (*.xlsx)"))
        if ruta:
            self.exportar_a(ruta)

    def exportar_a(self, ruta) -> Path:
        """Write the checked matrix to a .csv or .xlsx file; PotError (cells highlighted) when it is not valid."""
        ruta = Path(ruta)
        if ruta.suffix.lower() not in matriz_archivo.EXTENSIONES:
            ruta = ruta.with_suffix(".csv")
        escrita = matriz_archivo.escribir_matriz(self.matriz(), ruta)
        self.carpeta = str(ruta.parent)
        return escrita

    # -- validation -------------------------------------------------------------------------------------
    def validar(self) -> list:
        """Check the grid; highlight and list every problem. Returns the problems (empty: valid)."""
        problemas, *_ = modulo_matriz.validar_rejilla(self.rejilla_texto(), self.conocidos)
        if not problemas and self.rejilla.rowCount():
            try:
                modulo_matriz.desde_rejilla(self.rejilla_texto(), conocidos=self.conocidos)
            except modulo_matriz.MatrizInvalida as invalida:
                problemas = invalida.problemas
        self._mostrar_problemas(problemas)
        return problemas

    def matriz(self) -> modulo_matriz.Matriz:
        """The grid as a Matriz; MatrizInvalida (its cells highlighted and listed) when it is not valid."""
        problemas = self.validar()
        if problemas or not self.filas:
            raise modulo_matriz.MatrizInvalida(tr("(matrix editor)"), problemas or [
                modulo_matriz.ProblemaCelda(None, None, tr("The matrix has no variables: add them first."))])
        return modulo_matriz.desde_rejilla(self.rejilla_texto(), tr("(matrix editor)"), self.conocidos)

    def limpiar_problemas(self) -> None:
        self.problemas = []
        self.lista_problemas.clear()
        self.lista_problemas.setVisible(False)

    def _mostrar_problemas(self, problemas) -> None:
        self.rejilla.blockSignals(True)
        for i in range(self.rejilla.rowCount()):
            for j in range(self.rejilla.columnCount()):
                item = self.rejilla.item(i, j)
                if item is not None:
                    self._pintar(item)
        self.limpiar_problemas()
        self.problemas = list(problemas)
        for problema in problemas:
            item = QListWidgetItem(problema.mensaje)
            item.setData(ROL_DATOS, (problema.fila, problema.columna))
            item.setToolTip(problema.mensaje)
            self.lista_problemas.addItem(item)
            celda = self.celda_de(problema)
            if celda is not None:
                celda.setBackground(QBrush(QColor(ERROR)))
                celda.setToolTip(problema.mensaje)
        self.rejilla.blockSignals(False)
        if problemas:
            self.lista_problemas.setVisible(True)
            self._ir_al_problema(self.lista_problemas.item(0))
        else:
            self.lista_problemas.setVisible(True)
            ok = QListWidgetItem(tr("The matrix is valid."))
            ok.setForeground(QBrush(QColor("#2e7d32")))
            self.lista_problemas.addItem(ok)

    def celda_de(self, problema):
        """The grid's item of a problem's spreadsheet cell (row 1 and column 1 are the codes: no item)."""
        if problema.fila is None or problema.columna is None or problema.fila < 2 or problema.columna < 2:
            return None
        return self.rejilla.item(problema.fila - 2, problema.columna - 2)

    def _ir_al_problema(self, item) -> None:
        if item is None or not item.data(ROL_DATOS):
            return
        fila, columna = item.data(ROL_DATOS)
        if fila and columna and fila >= 2 and columna >= 2:
            self.rejilla.setCurrentCell(fila - 2, columna - 2)
            self.rejilla.scrollToItem(self.rejilla.item(fila - 2, columna - 2))
        elif fila and fila >= 2:
            self.rejilla.selectRow(fila - 2)
        elif columna and columna >= 2:
            self.rejilla.selectColumn(columna - 2)
