"""Section "Maps": the map catalogue as sheets (tick, title, size, orientation, scale) and the export
of the ticked ones (``pot:exportar_mapas``). Ticks survive refreshes; edits are saved with
``salidas.catalogo.guardar`` before any export, so what is exported is what is shown."""
from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox, QFileDialog, QHeaderView, QSpinBox, QTableWidgetItem

from ...core.errors import PotError
from ...core.i18n import numero, tr
from ...salidas import catalogo, validacion
from ..mensajes import accion_abrir
from ..seccion import Seccion
from ..widgets import preparar_tabla

COL_NUMERO, COL_TITULO, COL_TAMANO, COL_ORIENTACION, COL_ESCALA = range(5)


class SeccionMapas(Seccion):
    def construir(self):
        self.hojas = []
        self.desmarcadas = set()  # sheet numbers the user unticked (kept across refreshes)
        preparar_tabla(self.tabla, [tr("Map no."), tr("Title"), tr("Size"), tr("Orientation"), tr("Scale 1:")], editable=True)
        self.tabla.horizontalHeader().setStretchLastSection(False)
        cabecera = self.tabla.horizontalHeader()
        cabecera.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The title is what people read: a usable width even in a narrow dock (the table then scrolls).
        cabecera.setSectionResizeMode(COL_TITULO, QHeaderView.ResizeMode.Interactive)
        self.tabla.setColumnWidth(COL_TITULO, 200)
        self.tabla.itemChanged.connect(self._al_marcar)
        self.boton_todas.clicked.connect(lambda *_: self._marcar(Qt.CheckState.Checked))
        self.boton_ninguna.clicked.connect(lambda *_: self._marcar(Qt.CheckState.Unchecked))
        self.boton_guardar.clicked.connect(lambda *_: self.guardar() and self.mensajes.exito(
            tr("Map catalogue"), tr("Catalogue saved in the POT.")))
        self.boton_mapas.clicked.connect(lambda *_: self.exportar())
        # Catalogue editing: icon buttons on the tick row (a laptop's dock has no height to spare).
        for boton, accion, icono in ((self.boton_anadir, "anadir", "/symbologyAdd.svg"),
                                     (self.boton_reorientar, "reorientar", "/mActionToggleEditing.svg"),
                                     (self.boton_quitar, "quitar", "/symbologyRemove.svg"),
                                     (self.boton_regenerar, "regenerar", "/mActionRefresh.svg")):
            boton.setIcon(QgsApplication.getThemeIcon(icono))
            boton.clicked.connect(lambda *_, a=accion: self.editar_catalogo(a))
        self.tabla.itemSelectionChanged.connect(self.actualizar_botones)
        self.boton_guardar.setIcon(QgsApplication.getThemeIcon("/mActionFileSave.svg"))
        self.boton_mapas.setIcon(QgsApplication.getThemeIcon("/mActionSaveAsPDF.svg"))

    def llenar(self, store):
        self.hojas = catalogo.cargar(store)
        tabla = self.tabla
        tabla.blockSignals(True)
        tabla.setRowCount(len(self.hojas))
        for fila, hoja in enumerate(self.hojas):
            numero_item = QTableWidgetItem(hoja.numero)
            numero_item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            numero_item.setCheckState(Qt.CheckState.Unchecked if hoja.numero in self.desmarcadas else Qt.CheckState.Checked)
            tabla.setItem(fila, COL_NUMERO, numero_item)
            titulo = QTableWidgetItem(hoja.titulo)
            titulo.setToolTip(hoja.titulo)
            tabla.setItem(fila, COL_TITULO, titulo)
            tamano = QComboBox()
            tamano.addItems(list(catalogo.TAMANOS))
            tamano.setCurrentText(hoja.tamano)
            tabla.setCellWidget(fila, COL_TAMANO, tamano)
            orientacion = QComboBox()
            for valor, texto in (("horizontal", tr("landscape")), ("vertical", tr("portrait"))):
                orientacion.addItem(texto, valor)
            orientacion.setCurrentIndex(max(orientacion.findData(hoja.orientacion), 0))
            tabla.setCellWidget(fila, COL_ORIENTACION, orientacion)
            escala = QSpinBox()
            escala.setRange(0, 10_000_000)
            escala.setSingleStep(5000)
            escala.setGroupSeparatorShown(True)
            escala.setSpecialValueText(tr("auto"))
            escala.setValue(int(hoja.escala or 0))
            tabla.setCellWidget(fila, COL_ESCALA, escala)
        tabla.blockSignals(False)

    def limpiar(self):
        self.tabla.setRowCount(0)
        self.hojas = []
        self.desmarcadas = set()

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        for boton in (self.boton_todas, self.boton_ninguna, self.boton_guardar):
            boton.setEnabled(abierto and bool(self.hojas))
        self.boton_anadir.setEnabled(abierto)
        self.boton_regenerar.setEnabled(abierto)
        for boton in (self.boton_reorientar, self.boton_quitar):
            boton.setEnabled(abierto and self.hoja_seleccionada() is not None)
        self.boton_mapas.setEnabled(abierto and bool(self.seleccionadas()))

    def _al_marcar(self, item):
        if item.column() != COL_NUMERO:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self.desmarcadas.discard(item.text())
        else:
            self.desmarcadas.add(item.text())
        self.actualizar_botones()

    def _marcar(self, estado):
        for fila in range(self.tabla.rowCount()):
            self.tabla.item(fila, COL_NUMERO).setCheckState(estado)

    # -- the catalogue as edited -------------------------------------------------------------------
    def hojas_editadas(self) -> list:
        for fila, hoja in enumerate(self.hojas):
            hoja.titulo = self.tabla.item(fila, COL_TITULO).text()
            hoja.tamano = self.tabla.cellWidget(fila, COL_TAMANO).currentText()
            hoja.orientacion = self.tabla.cellWidget(fila, COL_ORIENTACION).currentData()
            hoja.escala = self.tabla.cellWidget(fila, COL_ESCALA).value() or None
        return self.hojas

    def seleccionadas(self) -> list:
        return [self.tabla.item(f, COL_NUMERO).text() for f in range(self.tabla.rowCount())
                if self.tabla.item(f, COL_NUMERO).checkState() == Qt.CheckState.Checked]

    def hoja_seleccionada(self):
        filas = self.tabla.selectionModel().selectedRows() if self.tabla.selectionModel() else []
        return self.hojas[filas[0].row()] if filas and filas[0].row() < len(self.hojas) else None

    def editar_catalogo(self, accion: str) -> None:
        """Add, re-target or remove a sheet, or update the catalogue from the POT (pot:catalogo_mapas).
        The table's edits are saved first, so nothing typed is lost."""
        from ..hoja_dialog import ANADIR, REORIENTAR, HojaDialog
        from ..tareas import ejecutar

        hoja = self.hoja_seleccionada()
        if accion in ("reorientar", "quitar") and hoja is None:
            self.mensajes.aviso(tr("Map catalogue"), tr("Select a sheet first."))
            return
        if not self.guardar():
            return
        parametros = {"PROJECT": str(self.store.path), "ACTION": {"regenerar": 0, "quitar": 2}.get(accion, 0)}
        if accion == "quitar":
            parametros["SHEET"] = hoja.numero
        elif accion in ("anadir", "reorientar"):
            dialogo = HojaDialog(self.store, ANADIR if accion == "anadir" else REORIENTAR,
                                 hoja if accion == "reorientar" else None, self)
            if dialogo.exec() != dialogo.DialogCode.Accepted:
                return
            parametros = dialogo.parametros()
        try:
            ejecutar("pot:catalogo_mapas", parametros)  # a quick write: no task needed
        except PotError as error:
            self.mensajes.error(tr("Map catalogue"), str(error))
        self.session.notify()

    def guardar(self) -> bool:
        try:
            catalogo.guardar(self.store, self.hojas_editadas())
        except PotError as problema:
            self.mensajes.error(tr("Map catalogue"), str(problema))
            return False
        return True

    def exportar(self):
        numeros = self.seleccionadas()
        if not numeros:
            self.mensajes.aviso(tr("Map catalogue"), tr("Tick at least one sheet to export."))
            return
        carpeta = QFileDialog.getExistingDirectory(self, tr("Folder for the maps"), str(self.store.path.parent))
        if not carpeta or not self.guardar():
            return
        store = self.store

        def listo(resultados):
            store.set_metadata({validacion.CLAVE_MAPAS: carpeta})
            pdfs = resultados.get("PDFS") or []
            acciones = [accion_abrir(tr("Open folder"), carpeta)]
            combinado = resultados.get("COMBINED")
            if combinado:
                acciones.insert(0, accion_abrir(tr("Open PDF"), combinado))
            self.mensajes.exito(tr("Maps"), tr("{count} sheets exported to {folder}.", len(pdfs)).format(
                count=numero(len(pdfs)), folder=carpeta), acciones=acciones)
            self.session.notify()

        self.dock.ejecutar("pot:exportar_mapas", {"PROJECT": str(store.path), "OUTPUT_FOLDER": carpeta,
                                                 "SHEETS": ",".join(numeros)}, listo, tr("Export the map series"), titulo=tr("Maps"))
