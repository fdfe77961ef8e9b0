"""Dialog to create or edit one variable of the dictionary and its classes (or breaks).

The rules are ``diccionario.modelo.validar_variable``'s: the dialog lists its problems live and
keeps OK disabled until there are none; saving goes through ``diccionario.repositorio.guardar``.
"""
from __future__ import annotations

import re
from html import escape
from typing import Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidgetItem,
)

from ..core.errors import PotError
from ..core.i18n import tr
from ..diccionario import repositorio
from ..diccionario.modelo import CATEGORICA, COLOR_RE, NUMERICA, Clase, Variable, validar_variable
from .formularios import cargar_ui, limitar_a_pantalla, ruta_ui
from .widgets import preparar_tabla

COL_CODIGO, COL_ETIQUETA, COL_COLOR, COL_MINIMO, COL_MAXIMO = range(5)
SIN_ANIO = 1899  # the spin box's "no year" value
PALETA = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"]


def tipos():
    return [(CATEGORICA, tr("Categorical (classes by code)")), (NUMERICA, tr("Numeric (breaks by value)"))]


def roles():
    return [("", tr("– none –")), ("tematica", tr("Thematic")), ("estrategica", tr("Strategic"))]


def dimensiones_sugeridas(variables=()):
    """The subsystems of the default dictionary plus those already used in this POT."""
    try:
        from ..diccionario import predeterminado as p

        base = [p.FISICO_BIOLOGICO, p.SOCIO_CULTURAL, p.ECONOMICO_PRODUCTIVO, p.POLITICO_INSTITUCIONAL]
    except (ImportError, AttributeError):
        base = []
    for variable in variables:
        if variable.dimension and variable.dimension not in base:
            base.append(variable.dimension)
    return base


def muestra_color(texto: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    color = QColor(texto or "")
    if color.isValid() and texto.startswith("#"):
        pixmap.fill(color)
    else:  # an invalid colour shows as a crossed box
        pixmap.fill(Qt.GlobalColor.white)
        painter = QPainter(pixmap)
        painter.setPen(QPen(QColor("#c62828"), 2))
        painter.drawLine(2, 2, 11, 11)
        painter.drawLine(11, 2, 2, 11)
        painter.end()
    return QIcon(pixmap)


def _numero(texto: str):
    """Float from "12.5" or "12,5"; None for an empty cell; ValueError otherwise."""
    texto = (texto or "").strip().replace(",", ".")
    return float(texto) if texto else None


def _texto_numero(valor) -> str:
    if valor is None:
        return ""
    return "{:g}".format(valor)


class VariableDialog(QDialog):
    """Edit ``variable`` (None = a new one) of the POT in ``store`` (form ``variable_dialog.ui``).

    The problems list has a fixed place above the buttons (they never move under the pointer); each
    problem of a class names its row; after "Add" the new class's label is open for typing.
    """

    def __init__(self, store, variable: Variable = None, parent=None):
        super().__init__(parent)
        cargar_ui(self, ruta_ui(type(self)))
        self.store = store
        self.codigo_anterior = variable.codigo if variable else ""
        todas = repositorio.cargar(store) if store is not None else []
        self.otros_codigos = {v.codigo for v in todas if v.codigo != self.codigo_anterior}
        self.setWindowTitle(tr("Variable {code}").format(code=variable.codigo) if variable else tr("New variable"))
        limitar_a_pantalla(self, 640, 520)
        self.area_problemas.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)  # three lines, always there

        for valor, texto in tipos():
            self.tipo.addItem(texto, valor)
        for valor, texto in roles():
            self.rol.addItem(texto, valor)
        self.dimension.addItems([""] + dimensiones_sugeridas(todas))
        self.anio.setRange(SIN_ANIO, 2100)
        self.anio.setSpecialValueText(tr("–"))
        preparar_tabla(self.clases, [tr("Code"), tr("Label"), tr("Colour"), tr("Minimum"), tr("Maximum")], editable=True)
        self.clases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clases.horizontalHeader().setStretchLastSection(False)
        self.clases.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.clases.horizontalHeader().setSectionResizeMode(COL_ETIQUETA, QHeaderView.ResizeMode.Stretch)
        self.boton_anadir.clicked.connect(self.anadir_clase)
        self.boton_quitar.clicked.connect(self.quitar_clase)
        self.boton_subir.clicked.connect(lambda: self.mover_clase(-1))
        self.boton_bajar.clicked.connect(lambda: self.mover_clase(1))
        self.boton_color.clicked.connect(self.elegir_color)
        for boton in (self.boton_anadir, self.boton_quitar, self.boton_subir, self.boton_bajar, self.boton_color):
            boton.setAutoDefault(False)  # Enter in a cell must not add a class or close the dialog
        self.botones.accepted.connect(self.accept)
        self.botones.rejected.connect(self.reject)

        self._cargando = False
        self.cargar(variable or Variable(codigo="", nombre=""))
        for widget in (self.codigo, self.nombre, self.tema, self.unidad, self.indicador, self.formula, self.fuente,
                       self.escala, self.rampa):
            widget.textChanged.connect(self.actualizar)
        self.dimension.editTextChanged.connect(self.actualizar)
        self.tipo.currentIndexChanged.connect(self._al_cambiar_tipo)
        self.rol.currentIndexChanged.connect(self.actualizar)
        self.anio.valueChanged.connect(self.actualizar)
        self.clases.itemChanged.connect(self._al_cambiar_celda)
        self._al_cambiar_tipo()

    # -- widgets <-> Variable -------------------------------------------------------------------
    def cargar(self, variable: Variable):
        self._cargando = True
        self.codigo.setText(variable.codigo)
        self.nombre.setText(variable.nombre)
        self.tipo.setCurrentIndex(max(0, self.tipo.findData(variable.tipo)))
        self.rol.setCurrentIndex(max(0, self.rol.findData(variable.rol or "")))
        self.dimension.setEditText(variable.dimension)
        self.tema.setText(variable.tema)
        self.unidad.setText(variable.unidad)
        self.indicador.setText(variable.indicador)
        self.formula.setText(variable.formula)
        self.fuente.setText(variable.fuente)
        self.anio.setValue(int(variable.anio) if variable.anio else SIN_ANIO)
        self.escala.setText(variable.escala)
        self.rampa.setText(variable.rampa)
        self.definicion.setPlainText(variable.definicion)
        self.clases.setRowCount(0)
        for clase in variable.clases:
            self._anadir_fila(clase)
        self._cargando = False

    def _anadir_fila(self, clase: Clase, fila: Optional[int] = None):
        fila = self.clases.rowCount() if fila is None else fila
        self.clases.insertRow(fila)
        valores = {
            COL_CODIGO: clase.codigo or "",
            COL_ETIQUETA: clase.etiqueta or "",
            COL_COLOR: clase.color or "",
            COL_MINIMO: _texto_numero(clase.minimo),
            COL_MAXIMO: _texto_numero(clase.maximo),
        }
        for columna, texto in valores.items():
            item = QTableWidgetItem(texto)
            if columna == COL_COLOR:
                item.setIcon(muestra_color(texto))
            self.clases.setItem(fila, columna, item)

    def _texto(self, fila, columna) -> str:
        item = self.clases.item(fila, columna)
        return item.text().strip() if item else ""

    def _leer_clases(self):
        """The classes in the table, and the problems of each row (named by its number)."""
        clases, problemas = [], []
        numerica = self.tipo.currentData() == NUMERICA
        for fila in range(self.clases.rowCount()):
            n = fila + 1
            clase = Clase(
                etiqueta=self._texto(fila, COL_ETIQUETA),
                color=self._texto(fila, COL_COLOR),
                codigo=self._texto(fila, COL_CODIGO),
            )
            if not clase.etiqueta:
                problemas.append(tr("Class {row}: the label is required.").format(row=n))
            if not COLOR_RE.match(clase.color or ""):
                problemas.append(tr("Class {row}: “{color}” is not a colour; write it as #RRGGBB.").format(row=n, color=clase.color))
            if numerica:
                for columna, atributo in ((COL_MINIMO, "minimo"), (COL_MAXIMO, "maximo")):
                    texto = self._texto(fila, columna)
                    try:
                        setattr(clase, atributo, _numero(texto))
                    except ValueError:
                        problemas.append(tr("Class {row}: “{value}” is not a number.").format(row=n, value=texto))
                if clase.minimo is None or clase.maximo is None:
                    problemas.append(tr("Class {row}: the minimum and the maximum are required.").format(row=n))
                elif clase.minimo >= clase.maximo:
                    problemas.append(tr("Class {row}: the break {minimum} – {maximum} is empty or reversed.").format(
                        row=n, minimum=_texto_numero(clase.minimo), maximum=_texto_numero(clase.maximo)))
            elif not clase.codigo:
                problemas.append(tr("Class {row}: the code is required.").format(row=n))
            clases.append(clase)
        return clases, problemas

    def variable(self) -> Variable:
        clases, _ = self._leer_clases()
        return Variable(
            codigo=self.codigo.text().strip(),
            nombre=self.nombre.text().strip(),
            tipo=self.tipo.currentData(),
            definicion=self.definicion.toPlainText().strip(),
            dimension=self.dimension.currentText().strip(),
            tema=self.tema.text().strip(),
            unidad=self.unidad.text().strip(),
            indicador=self.indicador.text().strip(),
            formula=self.formula.text().strip(),
            fuente=self.fuente.text().strip(),
            anio=None if self.anio.value() == SIN_ANIO else self.anio.value(),
            escala=self.escala.text().strip(),
            rol=self.rol.currentData(),
            rampa=self.rampa.text().strip(),
            clases=clases,
        )

    def problemas(self):
        """Problems of the form: each class's by row, then the variable's (without its name: the
        dialog is about it), each once."""
        clases, problemas = self._leer_clases()
        variable = self.variable()
        # The rows' own defects are said above with their numbers; the dictionary's rules still judge
        # the rest (code, name, repeated codes, overlapping breaks) on the rows that are sound.
        sanas = [c for c in clases if c.etiqueta and COLOR_RE.match(c.color or "") and
                 (c.codigo if variable.tipo != NUMERICA else c.minimo is not None and c.maximo is not None and c.minimo < c.maximo)]
        variable.clases = sanas
        nombre = variable.codigo or variable.nombre or "?"
        prefijo = re.compile(r"^\S+ " + re.escape(nombre) + r"(, [^:]*)?: ")
        for problema in validar_variable(variable, self.otros_codigos):
            sin_nombre = prefijo.sub("", problema, count=1)
            problemas.append(sin_nombre[:1].upper() + sin_nombre[1:])
        vistos = set()
        return [p for p in problemas if not (p in vistos or vistos.add(p))]

    # -- reactions ------------------------------------------------------------------------------
    def actualizar(self, *_):
        if self._cargando:
            return
        problemas = self.problemas()
        indice = self.pestanas.indexOf(self.pestana_clases)
        self.pestanas.setTabText(indice, tr("Classes ({count})").format(count=self.clases.rowCount()))
        if problemas:
            self.problemas_label.setStyleSheet("color: #c62828;")
            self.problemas_label.setText("<br>".join("• " + escape(p) for p in problemas))
        else:
            self.problemas_label.setStyleSheet("color: #2e7d32;")
            self.problemas_label.setText(tr("✔ Ready to save."))
        self.botones.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problemas)

    def _al_cambiar_tipo(self, *_):
        numerica = self.tipo.currentData() == NUMERICA
        self.clases.setColumnHidden(COL_MINIMO, not numerica)
        self.clases.setColumnHidden(COL_MAXIMO, not numerica)
        self.ayuda_clases.setText(
            tr("Breaks: each class covers minimum ≤ value < maximum (the last one includes its maximum).")
            if numerica
            else tr("Classes: each code found in the data gets a label and a colour.")
        )
        self.actualizar()

    def _al_cambiar_celda(self, item):
        if item.column() == COL_COLOR:
            self.clases.blockSignals(True)
            item.setIcon(muestra_color(item.text().strip()))
            self.clases.blockSignals(False)
        self.actualizar()

    def anadir_clase(self):
        self.pestanas.setCurrentWidget(self.pestana_clases)
        filas = self.clases.rowCount()
        clase = Clase(etiqueta="", color=PALETA[filas % len(PALETA)])
        if self.tipo.currentData() == NUMERICA and filas:
            try:
                clase.minimo = _numero(self._texto(filas - 1, COL_MAXIMO))
            except ValueError:
                pass
        else:
            clase.codigo = str(filas + 1)
        self._anadir_fila(clase)
        self.clases.setCurrentCell(filas, COL_ETIQUETA)
        self.clases.setFocus()
        self.clases.editItem(self.clases.item(filas, COL_ETIQUETA))  # type the label at once
        self.actualizar()

    def quitar_clase(self):
        fila = self.clases.currentRow()
        if fila >= 0:
            self.clases.removeRow(fila)
            self.actualizar()

    def mover_clase(self, paso: int):
        fila = self.clases.currentRow()
        destino = fila + paso
        if fila < 0 or not 0 <= destino < self.clases.rowCount():
            return
        self.clases.blockSignals(True)
        for columna in range(self.clases.columnCount()):
            a, b = self.clases.takeItem(fila, columna), self.clases.takeItem(destino, columna)
            self.clases.setItem(fila, columna, b)
            self.clases.setItem(destino, columna, a)
        self.clases.blockSignals(False)
        self.clases.setCurrentCell(destino, self.clases.currentColumn())
        self.actualizar()

    def elegir_color(self):
        fila = self.clases.currentRow()
        if fila < 0:
            return
        item = self.clases.item(fila, COL_COLOR)
        color = QColorDialog.getColor(QColor(item.text()), self, tr("Colour of the class"))
        if color.isValid():
            item.setText(color.name().upper())

    def accept(self):
        problemas = self.problemas()
        indice = self.pestanas.indexOf(self.pestana_clases)
        self.pestanas.setTabText(indice, tr("Classes ({count})").format(count=self.clases.rowCount()))
        if problemas:
            self.actualizar()
            return
        try:
            repositorio.guardar(self.store, self.variable(), self.codigo_anterior)
        except PotError as problem:
            QMessageBox.warning(self, tr("Variable not saved"), str(problem))
            return
        super().accept()
