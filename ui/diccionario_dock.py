"""Dock "POT – Variables dictionary": list, filter, add, edit, delete, import, export, restore.

Edits go through ``diccionario.repositorio``; import and export run the algorithms
``pot:importar_diccionario`` and ``pot:exportar_diccionario`` in a task. What replaces or deletes
variables asks first and offers "Undo" afterwards (the previous dictionary is kept until the next
change). After any change the session is notified, so the navigator recomputes the statuses.
"""
from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
from qgis.PyQt.QtGui import QStandardItem, QStandardItemModel
from qgis.PyQt.QtWidgets import QFileDialog, QHeaderView, QMessageBox

from ..core import pasos
from ..core.errors import PotError
from ..core.i18n import numero, tr
from ..diccionario import repositorio
from ..diccionario.modelo import CATEGORICA
from .dock import PotDock
from .mensajes import accion_abrir

ROL_CODIGO = Qt.ItemDataRole.UserRole + 1
FILTRO_TABLAS = "XLSX (*.xlsx);;CSV (*.csv)"


def columnas():
    return [tr("Code"), tr("Name"), tr("Type"), tr("Dimension"), tr("Theme"), tr("Unit"), tr("Role"), tr("Classes")]


def fila_de(variable) -> list:
    """The texts of one table row."""
    tipo = tr("categorical") if variable.tipo == CATEGORICA else tr("numeric")
    rol = {"tematica": tr("thematic"), "estrategica": tr("strategic")}.get(variable.rol, "–")
    return [variable.codigo, variable.nombre, tipo, variable.dimension, variable.tema, variable.unidad, rol,
            numero(len(variable.clases))]


class DiccionarioDock(PotDock):
    PANEL = pasos.PANEL_DICCIONARIO

    def texto_sin_pot(self):
        return tr("Open or create a POT to see and edit its dictionary of variables.")

    def construir(self):
        self.variables = []
        self.anterior = None  # the dictionary before the last replacement, for "Undo"
        ui = self.ui
        self.modelo = QStandardItemModel(0, len(columnas()))
        self.modelo.setHorizontalHeaderLabels(columnas())
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.modelo)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.filtro.textChanged.connect(self.proxy.setFilterFixedString)
        ui.tabla.setModel(self.proxy)
        ui.tabla.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        ui.tabla.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.tabla.doubleClicked.connect(lambda *_: self.editar())
        ui.tabla.selectionModel().selectionChanged.connect(lambda *_: self.actualizar_botones())
        icon = QgsApplication.getThemeIcon
        for boton, nombre, slot in (
            (ui.boton_anadir, "/symbologyAdd.svg", self.anadir), (ui.boton_editar, "/mActionToggleEditing.svg", self.editar),
            (ui.boton_eliminar, "/symbologyRemove.svg", self.eliminar), (ui.boton_importar, "/mActionFileOpen.svg", self.importar),
            (ui.boton_exportar, "/mActionFileSaveAs.svg", self.exportar), (ui.boton_restaurar, "/mActionUndo.svg", self.restaurar),
        ):
            boton.setIcon(icon(nombre))
            boton.clicked.connect(lambda *_, s=slot: s())

    # -- showing ------------------------------------------------------------------------------
    def llenar(self, store):
        codigo = self.codigo_seleccionado()
        self.variables = repositorio.cargar(store)
        self._mostrar()
        if codigo:
            self.seleccionar(codigo)

    def limpiar(self):
        self.variables = []
        self._mostrar()

    def _mostrar(self):
        self.modelo.removeRows(0, self.modelo.rowCount())
        for variable in self.variables:
            items = [QStandardItem(texto) for texto in fila_de(variable)]
            for item in items:
                item.setData(variable.codigo, ROL_CODIGO)
                item.setToolTip(variable.definicion or variable.nombre)
            items[-1].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.modelo.appendRow(items)
        tabla = self.ui.tabla
        tabla.resizeColumnsToContents()
        cabecera = tabla.horizontalHeader()
        cabecera.resizeSection(1, min(cabecera.sectionSize(1), 260))

    def actualizar_botones(self):
        abierto = self.session.store is not None and not self.ocupado
        seleccion = bool(self.codigo_seleccionado())
        ui = self.ui
        ui.boton_anadir.setEnabled(abierto)
        ui.boton_editar.setEnabled(abierto and seleccion)
        ui.boton_eliminar.setEnabled(abierto and seleccion)
        ui.boton_importar.setEnabled(abierto)
        ui.boton_exportar.setEnabled(abierto and bool(self.variables))
        ui.boton_restaurar.setEnabled(abierto and not self.variables)

    def codigo_seleccionado(self) -> str:
        modelo = self.ui.tabla.selectionModel()
        filas = modelo.selectedRows() if modelo is not None else []
        return filas[0].data(ROL_CODIGO) if filas else ""

    def seleccionar(self, codigo: str) -> bool:
        for fila in range(self.proxy.rowCount()):
            if self.proxy.index(fila, 0).data(ROL_CODIGO) == codigo:
                self.ui.tabla.selectRow(fila)
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
            self, tr("Delete variable"),
            tr("Delete the variable “{code}” ({name}) and its {count} classes from the dictionary?", len(variable.clases)).format(
                code=variable.codigo, name=variable.nombre, count=numero(len(variable.clases))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if respuesta != QMessageBox.StandardButton.Yes:
            return
        self._guardar_anterior()
        try:
            repositorio.eliminar(self.session.store, variable.codigo)
        except PotError as problema:
            self.mensajes.error(tr("Variable not deleted"), str(problema))
            return
        self.session.notify()
        self._ofrecer_deshacer(tr("Variable “{code}” deleted.").format(code=variable.codigo))

    def restaurar(self):
        store = self.session.store
        if store is None or self.variables:
            return
        from ..diccionario.predeterminado import diccionario_predeterminado

        try:
            repositorio.reemplazar(store, diccionario_predeterminado())
        except PotError as problema:
            self.mensajes.error(tr("Default dictionary"), str(problema))
            return
        self.session.notify()
        self.mensajes.exito(tr("Dictionary"), tr("{count} default variables added.", len(self.variables)).format(
            count=numero(len(self.variables))))

    # -- undo -----------------------------------------------------------------------------------
    def _guardar_anterior(self):
        self.anterior = repositorio.cargar(self.session.store) if self.session.store is not None else None

    def _ofrecer_deshacer(self, texto: str):
        self.mensajes.exito(tr("Dictionary"), texto, acciones=[(tr("Undo"), self.deshacer)])

    def deshacer(self):
        """Put back the dictionary as it was before the last import, replacement or deletion."""
        if self.anterior is None or self.session.store is None:
            return
        try:
            repositorio.reemplazar(self.session.store, self.anterior)
        except PotError as problema:
            self.mensajes.error(tr("Undo"), str(problema))
            return
        total = len(self.anterior)
        self.anterior = None
        self.session.notify()
        self.mensajes.exito(tr("Dictionary"), tr("The previous dictionary ({count} variables) is back.", total).format(
            count=numero(total)))

    # -- import / export (Processing algorithms, in a task) -----------------------------------
    def preguntar_modo(self):
        """0 = replace, 1 = merge, None = cancelled. Without variables there is nothing to merge with."""
        if not self.variables:
            return 0
        caja = QMessageBox(self)
        caja.setIcon(QMessageBox.Icon.Question)
        caja.setWindowTitle(tr("Import variables"))
        caja.setText(tr(
            "The dictionary has {count} variables. Replace them all with the imported ones, or merge "
            "(variables with the same code are replaced, the others kept)?", len(self.variables)).format(
            count=numero(len(self.variables))))
        caja.setInformativeText(tr("Either way, “Undo” puts the present dictionary back."))
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
        self._guardar_anterior()
        tarea = None

        def listo(_resultados):
            self.session.notify()
            self._ofrecer_deshacer(tr("Imported from {path}; the dictionary now has {count} variables.", len(self.variables)).format(
                path=ruta, count=numero(len(self.variables))))
            avisos = tarea.feedback.avisos if tarea is not None else []
            if avisos:
                self.mensajes.aviso(tr("Import variables"), avisos[0], detalles="\n".join(avisos))

        tarea = self.ejecutar("pot:importar_diccionario", {"PROJECT": str(store.path), "INPUT": ruta, "MODE": modo}, listo,
                              titulo=tr("Import variables"))

    def exportar(self, ruta: str = ""):
        store = self.session.store
        if store is None:
            return
        if not ruta:
            propuesta = str(store.path.with_name(store.path.stem + "_diccionario.xlsx"))
            ruta, _ = QFileDialog.getSaveFileName(self, tr("Export variables"), propuesta, FILTRO_TABLAS)
        if not ruta:
            return

        def listo(resultados):
            salida = resultados.get("OUTPUT", ruta)
            self.mensajes.exito(tr("Dictionary"), tr("{count} variables exported to {path}.", len(self.variables)).format(
                count=numero(len(self.variables)), path=salida), acciones=[accion_abrir(tr("Open file"), salida)])

        self.ejecutar("pot:exportar_diccionario", {"PROJECT": str(store.path), "OUTPUT": ruta}, listo,
                      titulo=tr("Export variables"))
