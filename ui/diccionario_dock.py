"""Dock "POT – Variables dictionary": list, filter, add, edit, delete, import, export, restore.

Edits go through ``diccionario.repositorio``; import and export run the algorithms
``pot:importar_diccionario`` and ``pot:exportar_diccionario``. After any change the session is
notified, so the navigator recomputes the statuses.
"""
from qgis.core import Qgis, QgsApplication
from qgis.gui import QgsDockWidget, QgsFilterLineEdit, QgsMessageBar
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import PotError
from ..core.i18n import tr
from ..diccionario import repositorio
from ..diccionario.modelo import CATEGORICA
from .tareas import FeedbackConErrores, ejecutar

ROL_CODIGO = Qt.ItemDataRole.UserRole + 1
FILTRO_TABLAS = "XLSX (*.xlsx);;CSV (*.csv)"


def columnas():
    return [tr("Code"), tr("Name"), tr("Type"), tr("Dimension"), tr("Theme"), tr("Unit"), tr("Role"), tr("Classes")]


def fila_de(variable) -> list:
    """The texts of one table row."""
    tipo = tr("categorical") if variable.tipo == CATEGORICA else tr("numeric")
    rol = {"tematica": tr("thematic"), "estrategica": tr("strategic")}.get(variable.rol, "–")
    return [
        variable.codigo,
        variable.nombre,
        tipo,
        variable.dimension,
        variable.tema,
        variable.unidad,
        rol,
        str(len(variable.clases)),
    ]


class DiccionarioDock(QgsDockWidget):
    def __init__(self, session, iface=None, parent=None):
        super().__init__(tr("POT – Variables dictionary"), parent or (iface.mainWindow() if iface else None))
        self.setObjectName("PotDiccionarioDock")
        self.session = session
        self.variables = []

        contenido = QWidget()
        layout = QVBoxLayout(contenido)
        layout.setContentsMargins(6, 6, 6, 6)

        self.barra = QgsMessageBar()
        self.aviso = QLabel(tr("Open or create a POT to see and edit its dictionary of variables."))
        self.aviso.setWordWrap(True)
        self.filtro = QgsFilterLineEdit()
        self.filtro.setShowSearchIcon(True)
        self.filtro.setPlaceholderText(tr("Filter by code, name, dimension, theme…"))

        self.modelo = QStandardItemModel(0, len(columnas()))
        self.modelo.setHorizontalHeaderLabels(columnas())
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.modelo)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filtro.textChanged.connect(self.proxy.setFilterFixedString)

        self.tabla = QTableView()
        self.tabla.setModel(self.proxy)
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabla.setAlternatingRowColors(True)
        self.tabla.verticalHeader().setVisible(False)
        self.tabla.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.tabla.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.tabla.doubleClicked.connect(lambda *_: self.editar())
        self.tabla.selectionModel().selectionChanged.connect(self._actualizar_botones)

        icon = QgsApplication.getThemeIcon
        self.boton_anadir = QPushButton(icon("/symbologyAdd.svg"), tr("Add"))
        self.boton_editar = QPushButton(icon("/mActionToggleEditing.svg"), tr("Edit"))
        self.boton_eliminar = QPushButton(icon("/symbologyRemove.svg"), tr("Delete"))
        self.boton_importar = QPushButton(icon("/mActionFileOpen.svg"), tr("Import…"))
        self.boton_exportar = QPushButton(icon("/mActionFileSaveAs.svg"), tr("Export…"))
        self.boton_restaurar = QPushButton(icon("/mActionUndo.svg"), tr("Default"))
        self.boton_importar.setToolTip(tr("Import variables from an XLSX or CSV table"))
        self.boton_exportar.setToolTip(tr("Export the dictionary to an XLSX or CSV table"))
        self.boton_restaurar.setToolTip(tr("Fill an empty dictionary with the default DIT/ZEE variables"))
        self.boton_anadir.clicked.connect(lambda *_: self.anadir())
        self.boton_editar.clicked.connect(lambda *_: self.editar())
        self.boton_eliminar.clicked.connect(lambda *_: self.eliminar())
        self.boton_importar.clicked.connect(lambda *_: self.importar())
        self.boton_exportar.clicked.connect(lambda *_: self.exportar())
        self.boton_restaurar.clicked.connect(lambda *_: self.restaurar())
        botones = QGridLayout()
        botones.setSpacing(4)
        for i, boton in enumerate(
            (self.boton_anadir, self.boton_editar, self.boton_eliminar,
             self.boton_importar, self.boton_exportar, self.boton_restaurar)
        ):
            botones.addWidget(boton, i // 3, i % 3)

        layout.addWidget(self.barra)
        layout.addWidget(self.aviso)
        layout.addWidget(self.filtro)
        layout.addWidget(self.tabla, 1)
        layout.addLayout(botones)
        self.setWidget(contenido)

        self.session.changed.connect(self.refrescar)
        self.refrescar()

    # -- showing ------------------------------------------------------------------------------
    def refrescar(self):
        store = self.session.store
        codigo = self.codigo_seleccionado()
        self.variables = []
        if store is not None:
            try:
                self.variables = repositorio.cargar(store)
            except PotError as problem:
                self.barra.pushMessage(tr("Dictionary"), str(problem), Qgis.Critical, 0)
        self.modelo.removeRows(0, self.modelo.rowCount())
        for variable in self.variables:
            items = [QStandardItem(texto) for texto in fila_de(variable)]
            for item in items:
                item.setData(variable.codigo, ROL_CODIGO)
                item.setToolTip(variable.definicion or variable.nombre)
            items[-1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.modelo.appendRow(items)
        self.tabla.resizeColumnsToContents()
        header = self.tabla.horizontalHeader()
        header.resizeSection(1, min(header.sectionSize(1), 260))
        self.aviso.setVisible(store is None)
        self.filtro.setEnabled(store is not None)
        self.tabla.setEnabled(store is not None)
        if codigo:
            self.seleccionar(codigo)
        self._actualizar_botones()

    def _actualizar_botones(self, *_):
        abierto = self.session.store is not None
        seleccion = bool(self.codigo_seleccionado())
        self.boton_anadir.setEnabled(abierto)
        self.boton_editar.setEnabled(abierto and seleccion)
        self.boton_eliminar.setEnabled(abierto and seleccion)
        self.boton_importar.setEnabled(abierto)
        self.boton_exportar.setEnabled(abierto and bool(self.variables))
        self.boton_restaurar.setEnabled(abierto and not self.variables)

    def codigo_seleccionado(self) -> str:
        filas = self.tabla.selectionModel().selectedRows() if self.tabla.selectionModel() else []
        return filas[0].data(ROL_CODIGO) if filas else ""

    def seleccionar(self, codigo: str) -> bool:
        for fila in range(self.proxy.rowCount()):
            indice = self.proxy.index(fila, 0)
            if indice.data(ROL_CODIGO) == codigo:
                self.tabla.selectRow(fila)
                return True
        return False

    def variable_seleccionada(self):
        codigo = self.codigo_seleccionado()
        return next((v for v in self.variables if v.codigo == codigo), None)

    # -- editing ------------------------------------------------------------------------------
    def _dialogo(self, variable=None):
        from .variable_dialog import VariableDialog

        return VariableDialog(self.session.store, variable, self)

    def anadir(self):
        self._editar_con(None)

    def editar(self):
        variable = self.variable_seleccionada()
        if variable is not None:
            self._editar_con(variable)

    def _editar_con(self, variable):
        if self.session.store is None:
            return
        dialogo = self._dialogo(variable)
        if dialogo.exec():
            codigo = dialogo.variable().codigo
            self.session.notify()
            self.seleccionar(codigo)

    def eliminar(self):
        variable = self.variable_seleccionada()
        if variable is None:
            return
        respuesta = QMessageBox.question(
            self,
            tr("Delete variable"),
            tr("Delete the variable “{code}” ({name}) and its {count} classes from the dictionary?").format(
                code=variable.codigo, name=variable.nombre, count=len(variable.clases)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if respuesta != QMessageBox.StandardButton.Yes:
            return
        try:
            repositorio.eliminar(self.session.store, variable.codigo)
        except PotError as problem:
            QMessageBox.warning(self, tr("Variable not deleted"), str(problem))
            return
        self.session.notify()

    def restaurar(self):
        store = self.session.store
        if store is None or self.variables:
            return
        try:
            from ..diccionario.predeterminado import diccionario_predeterminado

            repositorio.reemplazar(store, diccionario_predeterminado())
        except ImportError:
            QMessageBox.warning(self, tr("Default dictionary"), tr("The default dictionary is not available in this version."))
            return
        except PotError as problem:
            QMessageBox.warning(self, tr("Default dictionary"), str(problem))
            return
        self.session.notify()
        self.barra.pushMessage(
            tr("Dictionary"), tr("{count} default variables added.").format(count=len(self.variables)), Qgis.Success, 5
        )

    # -- import / export (Processing algorithms) ---------------------------------------------
    def _ejecutar(self, alg_id, parametros, titulo):
        """Run the algorithm; its results, or None after showing its error. Warnings go to the bar."""
        feedback = FeedbackConErrores()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            resultados = ejecutar(alg_id, parametros, feedback)
        except PotError as problem:
            resultados, error = None, str(problem)
        finally:
            QApplication.restoreOverrideCursor()
        if resultados is None:
            QMessageBox.warning(self, titulo, error)
        for aviso in feedback.avisos:
            self.barra.pushMessage(titulo, aviso, Qgis.Warning, 0)
        return resultados

    def preguntar_modo(self):
        """0 = replace, 1 = merge, None = cancelled. Without variables there is nothing to merge with."""
        if not self.variables:
            return 0
        caja = QMessageBox(self)
        caja.setIcon(QMessageBox.Icon.Question)
        caja.setWindowTitle(tr("Import variables"))
        caja.setText(
            tr("The dictionary has {count} variables. Replace them all with the imported ones, or merge "
               "(variables with the same code are replaced, the others kept)?").format(count=len(self.variables))
        )
        reemplazar = caja.addButton(tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        fusionar = caja.addButton(tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        caja.addButton(QMessageBox.StandardButton.Cancel)
        caja.setDefaultButton(fusionar)
        caja.exec()
        return {reemplazar: 0, fusionar: 1}.get(caja.clickedButton())

    def importar(self, ruta: str = ""):
        store = self.session.store
        if store is None:
            return
        if not ruta:
            ruta, _ = QFileDialog.getOpenFileName(self, tr("Import variables"), "", FILTRO_TABLAS)
        if not ruta:
            return
        modo = self.preguntar_modo()
        if modo is None:
            return
        resultado = self._ejecutar(
            "pot:importar_diccionario", {"PROJECT": str(store.path), "INPUT": ruta, "MODE": modo}, tr("Import variables")
        )
        if resultado is None:
            return
        self.session.notify()
        self.barra.pushMessage(
            tr("Dictionary"),
            tr("Imported from {path}; the dictionary now has {count} variables.").format(path=ruta, count=len(self.variables)),
            Qgis.Success,
            5,
        )

    def exportar(self, ruta: str = ""):
        store = self.session.store
        if store is None:
            return
        if not ruta:
            propuesta = str(store.path.with_name(store.path.stem + "_diccionario.xlsx"))
            ruta, _ = QFileDialog.getSaveFileName(self, tr("Export variables"), propuesta, FILTRO_TABLAS)
        if not ruta:
            return
        resultado = self._ejecutar(
            "pot:exportar_diccionario", {"PROJECT": str(store.path), "OUTPUT": ruta}, tr("Export variables")
        )
        if resultado is None:
            return
        self.barra.pushMessage(
            tr("Dictionary"),
            tr("{count} variables exported to {path}.").format(count=len(self.variables), path=resultado.get("OUTPUT", ruta)),
            Qgis.Success,
            5,
        )

    def desconectar(self):
        try:
            self.session.changed.disconnect(self.refrescar)
        except (TypeError, RuntimeError):
            pass
