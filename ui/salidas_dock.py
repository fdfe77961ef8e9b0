"""Dock "POT – Cartographic output": the map catalogue (which sheets, size, orientation, scale), the
exports (maps, memoria, workshop pack, MINAM bundle) and the validation checklist.

Exports run their Processing algorithms in a task (progress bar, cancel); the catalogue edits are
saved with ``salidas.catalogo.guardar`` before any export, so what is exported is what is shown.
"""
import os

from qgis.core import Qgis
from qgis.gui import QgsDockWidget, QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import pasos
from ..core.errors import PotError
from ..core.i18n import tr
from ..salidas import catalogo, validacion
from ..salidas.taller import TAMANOS_TALLER
from .tareas import ejecutar_en_tarea

COL_NUMERO, COL_TITULO, COL_TAMANO, COL_ORIENTACION, COL_ESCALA = range(5)
COLORES_ESTADO = {pasos.SIN_INICIAR: Qt.GlobalColor.gray, pasos.EN_CURSO: Qt.GlobalColor.darkYellow, pasos.COMPLETO: Qt.GlobalColor.darkGreen}


class SalidasDock(QgsDockWidget):
    def __init__(self, session, iface=None, parent=None):
        super().__init__(tr("POT – Cartographic output"), parent or (iface.mainWindow() if iface else None))
        self.setObjectName("PotSalidasDock")
        self.session = session
        self.iface = iface
        self.hojas = []
        self.tarea = None

        contenido = QWidget()
        layout = QVBoxLayout(contenido)
        layout.setContentsMargins(6, 6, 6, 6)
        self.barra = QgsMessageBar()
        self.aviso = QLabel(tr("Open or create a POT to export its maps and documents."))
        self.aviso.setWordWrap(True)
        layout.addWidget(self.barra)
        layout.addWidget(self.aviso)

        self.pestanas = QTabWidget()
        layout.addWidget(self.pestanas)

        # -- maps tab
        mapas = QWidget()
        vmapas = QVBoxLayout(mapas)
        vmapas.setContentsMargins(0, 4, 0, 0)
        self.tabla = QTableWidget(0, 5)
        self.tabla.setHorizontalHeaderLabels([tr("Map no."), tr("Title"), tr("Size"), tr("Orientation"), tr("Scale 1:")])
        self.tabla.verticalHeader().setVisible(False)
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        cabecera = self.tabla.horizontalHeader()
        cabecera.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The title is what people read: a usable width even in a narrow dock (the table then scrolls).
        cabecera.setSectionResizeMode(COL_TITULO, QHeaderView.ResizeMode.Interactive)
        self.tabla.setColumnWidth(COL_TITULO, 200)
        vmapas.addWidget(self.tabla)
        fila = QHBoxLayout()
        self.boton_todas = QPushButton(tr("All"))
        self.boton_ninguna = QPushButton(tr("None"))
        self.boton_guardar = QPushButton(tr("Save catalogue"))
        for boton in (self.boton_todas, self.boton_ninguna):
            fila.addWidget(boton)
        fila.addStretch(1)
        fila.addWidget(self.boton_guardar)
        vmapas.addLayout(fila)
        # Catalogue editing (ui/hoja_dialog.py, pot:catalogo_mapas): add, re-target, remove, update.
        edicion = QHBoxLayout()
        self.botones_catalogo = {}
        for clave, texto in (("anadir", tr("Add sheet…")), ("reorientar", tr("Re-target…")), ("quitar", tr("Remove")),
                             ("regenerar", tr("Update from the POT"))):
            self.botones_catalogo[clave] = QPushButton(texto)
            self.botones_catalogo[clave].clicked.connect(lambda *_, c=clave: self.editar_catalogo(c))
            edicion.addWidget(self.botones_catalogo[clave])
        vmapas.addLayout(edicion)
        self.pestanas.addTab(mapas, tr("Maps"))

        # -- checklist tab
        self.arbol = QTreeWidget()
        self.arbol.setHeaderLabels([tr("Component"), tr("Status")])
        self.arbol.header().setStretchLastSection(False)
        self.arbol.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.arbol.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.pestanas.addTab(self.arbol, tr("Validation checklist"))

        # -- actions
        acciones = QGridLayout()
        self.boton_mapas = QPushButton(tr("Export maps…"))
        self.boton_memoria = QPushButton(tr("Memoria descriptiva…"))
        self.boton_taller = QPushButton(tr("Workshop pack…"))
        self.tamano_taller = QComboBox()
        self.tamano_taller.addItems(list(TAMANOS_TALLER))
        self.tamano_taller.setCurrentText("A1")
        self.tamano_taller.setToolTip(tr("Sheet size of the workshop pack"))
        self.boton_minam = QPushButton(tr("Bundle for MINAM…"))
        acciones.addWidget(self.boton_mapas, 0, 0)
        acciones.addWidget(self.boton_memoria, 0, 1, 1, 2)
        acciones.addWidget(self.boton_taller, 1, 0)
        acciones.addWidget(self.tamano_taller, 1, 1)
        acciones.addWidget(self.boton_minam, 1, 2)
        layout.addLayout(acciones)
        progreso = QHBoxLayout()
        self.progreso = QProgressBar()
        self.progreso.setRange(0, 100)
        self.boton_cancelar = QPushButton(tr("Cancel"))
        progreso.addWidget(self.progreso, 1)
        progreso.addWidget(self.boton_cancelar)
        layout.addLayout(progreso)
        self.setWidget(contenido)

        self.boton_todas.clicked.connect(lambda: self._marcar(Qt.CheckState.Checked))
        self.boton_ninguna.clicked.connect(lambda: self._marcar(Qt.CheckState.Unchecked))
        self.boton_guardar.clicked.connect(self.guardar)
        self.boton_mapas.clicked.connect(self.exportar_mapas)
        self.boton_memoria.clicked.connect(self.memoria)
        self.boton_taller.clicked.connect(self.taller)
        self.boton_minam.clicked.connect(self.minam)
        self.boton_cancelar.clicked.connect(self.cancelar)
        self.session.changed.connect(self.recargar)
        self.recargar()

    # -- loading -------------------------------------------------------------------------------
    @property
    def store(self):
        return self.session.store

    def recargar(self):
        abierto = self.store is not None
        self.aviso.setVisible(not abierto)
        self.pestanas.setEnabled(abierto)
        for boton in (self.boton_mapas, self.boton_memoria, self.boton_taller, self.boton_minam):
            boton.setEnabled(abierto and self.tarea is None)
        self.boton_cancelar.setEnabled(self.tarea is not None)
        self.progreso.setVisible(self.tarea is not None)
        self.boton_cancelar.setVisible(self.tarea is not None)
        self.tabla.setRowCount(0)
        self.arbol.clear()
        if not abierto:
            return
        try:
            self.hojas = catalogo.cargar(self.store)
            self._llenar_tabla()
            self._llenar_checklist()
        except PotError as error:
            self.barra.pushMessage(tr("POT"), str(error), Qgis.Warning)

    def _llenar_tabla(self):
        self.tabla.setRowCount(len(self.hojas))
        for fila, hoja in enumerate(self.hojas):
            numero = QTableWidgetItem(hoja.numero)
            numero.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            numero.setCheckState(Qt.CheckState.Checked)
            self.tabla.setItem(fila, COL_NUMERO, numero)
            titulo = QTableWidgetItem(hoja.titulo)
            titulo.setToolTip(hoja.titulo)
            self.tabla.setItem(fila, COL_TITULO, titulo)
            tamano = QComboBox()
            tamano.addItems(list(catalogo.TAMANOS))
            tamano.setCurrentText(hoja.tamano)
            self.tabla.setCellWidget(fila, COL_TAMANO, tamano)
            orientacion = QComboBox()
            for valor, texto in (("horizontal", tr("landscape")), ("vertical", tr("portrait"))):
                orientacion.addItem(texto, valor)
            orientacion.setCurrentIndex(max(orientacion.findData(hoja.orientacion), 0))
            self.tabla.setCellWidget(fila, COL_ORIENTACION, orientacion)
            escala = QSpinBox()
            escala.setRange(0, 10_000_000)
            escala.setSingleStep(5000)
            escala.setSpecialValueText(tr("auto"))
            escala.setValue(int(hoja.escala or 0))
            self.tabla.setCellWidget(fila, COL_ESCALA, escala)

    def _llenar_checklist(self):
        etiquetas = pasos.etiquetas_estado()
        grupos = {}
        for item in validacion.checklist(self.store):
            padre = grupos.get(item.grupo)
            if padre is None:
                padre = grupos[item.grupo] = QTreeWidgetItem(self.arbol, [item.grupo])
                padre.setFirstColumnSpanned(True)
                padre.setExpanded(True)
            hijo = QTreeWidgetItem(padre, [item.titulo, etiquetas[item.estado]])
            hijo.setForeground(1, COLORES_ESTADO[item.estado])
            consejo = item.titulo + (f"\n{item.detalle}" if item.detalle else "")
            hijo.setToolTip(0, consejo)
            hijo.setToolTip(1, consejo)

    def _marcar(self, estado):
        for fila in range(self.tabla.rowCount()):
            self.tabla.item(fila, COL_NUMERO).setCheckState(estado)

    # -- the catalogue as edited -----------------------------------------------------------------
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

    def guardar(self) -> bool:
        try:
            catalogo.guardar(self.store, self.hojas_editadas())
        except PotError as error:
            self.barra.pushMessage(tr("Map catalogue"), str(error), Qgis.Critical)
            return False
        return True

    def editar_catalogo(self, accion: str) -> None:
        """Add, re-target or remove a sheet, or update the catalogue, through pot:catalogo_mapas."""
        from .hoja_dialog import ANADIR, REORIENTAR, HojaDialog
        from .tareas import ejecutar

        filas = self.tabla.selectionModel().selectedRows() if self.tabla.selectionModel() else []
        hoja = self.hojas[filas[0].row()] if filas else None
        if accion in ("reorientar", "quitar") and hoja is None:
            self.barra.pushMessage(tr("Map catalogue"), tr("Select a sheet first."), Qgis.Warning)
            return
        if not self.guardar():
            return
        parametros = {"PROJECT": str(self.store.path), "ACTION": {"regenerar": 0, "quitar": 2}.get(accion, 0)}
        if accion == "quitar":
            parametros["SHEET"] = hoja.numero
        elif accion in ("anadir", "reorientar"):
            dialogo = HojaDialog(self.store, ANADIR if accion == "anadir" else REORIENTAR, hoja if accion == "reorientar" else None, self)
            if dialogo.exec() != dialogo.DialogCode.Accepted:
                return
            parametros = dialogo.parametros()
        try:
            ejecutar("pot:catalogo_mapas", parametros)
        except PotError as error:
            self.barra.pushMessage(tr("Map catalogue"), str(error), Qgis.Critical)
        self.recargar()

    # -- actions ---------------------------------------------------------------------------------
    def _ejecutar(self, alg_id, parametros, al_terminar, descripcion):
        self.progreso.setValue(0)
        self.tarea = ejecutar_en_tarea(alg_id, parametros, self._fin(al_terminar), descripcion)
        self.tarea.progreso.connect(self.progreso.setValue)
        self.recargar()

    def _fin(self, al_terminar):
        def terminar(ok, resultados, error):
            self.tarea = None
            if ok:
                al_terminar(resultados)
            else:
                self.barra.pushMessage(tr("POT"), error, Qgis.Critical)
            self.session.notify()
            self.recargar()

        return terminar

    def cancelar(self):
        if self.tarea is not None:
            self.tarea.cancelar()

    def exportar_mapas(self):
        numeros = self.seleccionadas()
        if not numeros:
            self.barra.pushMessage(tr("Map catalogue"), tr("Tick at least one sheet to export."), Qgis.Warning)
            return
        carpeta = QFileDialog.getExistingDirectory(self, tr("Folder for the maps"))
        if not carpeta or not self.guardar():
            return

        def listo(resultados):
            self.store.set_metadata({validacion.CLAVE_MAPAS: carpeta})
            self.barra.pushMessage(tr("Maps"), tr("{count} sheets exported to {folder}.").format(
                count=len(resultados.get("PDFS") or []), folder=carpeta), Qgis.Success)

        self._ejecutar("pot:exportar_mapas", {"PROJECT": str(self.store.path), "OUTPUT_FOLDER": carpeta,
                                              "SHEETS": ",".join(numeros)}, listo, tr("Export the map series"))

    def memoria(self):
        ruta, _ = QFileDialog.getSaveFileName(self, tr("Memoria descriptiva"), "", "ODT (*.odt)")
        if not ruta or not self.guardar():
            return
        ruta = ruta if ruta.lower().endswith(".odt") else ruta + ".odt"
        parametros = {"PROJECT": str(self.store.path), "OUTPUT": ruta, "OUTPUT_PDF": ruta[:-4] + ".pdf"}
        carpeta = self.store.metadata().get(validacion.CLAVE_MAPAS, "")
        if carpeta and os.path.isdir(carpeta):
            parametros["MAPS_FOLDER"] = carpeta
        self._ejecutar("pot:memoria_descriptiva", parametros,
                       lambda r: self.barra.pushMessage(tr("Memoria"), tr("Written: {path}").format(path=r.get("OUTPUT")), Qgis.Success),
                       tr("Descriptive report (memoria descriptiva)"))

    def taller(self):
        numeros = self.seleccionadas()
        carpeta = QFileDialog.getExistingDirectory(self, tr("Folder for the workshop pack"))
        if not carpeta or not self.guardar():
            return
        self._ejecutar("pot:paquete_taller", {"PROJECT": str(self.store.path), "OUTPUT_FOLDER": carpeta,
                                              "SHEETS": ",".join(numeros), "SIZE": self.tamano_taller.currentIndex()},
                       lambda r: self.barra.pushMessage(tr("Workshop pack"), tr("Written to {folder}.").format(folder=carpeta), Qgis.Success),
                       tr("Workshop pack"))

    def minam(self):
        ruta, _ = QFileDialog.getSaveFileName(self, tr("Bundle for MINAM"), "", "ZIP (*.zip)")
        if not ruta or not self.guardar():
            return
        parametros = {"PROJECT": str(self.store.path), "OUTPUT": ruta}
        carpeta = self.store.metadata().get(validacion.CLAVE_MAPAS, "")
        if carpeta and os.path.isdir(carpeta):
            parametros["MAPS_FOLDER"] = carpeta
        self._ejecutar("pot:paquete_minam", parametros,
                       lambda r: self.barra.pushMessage(tr("MINAM"), tr("Written: {path}").format(path=r.get("OUTPUT")), Qgis.Success),
                       tr("Bundle for MINAM's review"))
