"""Section 2 "Structural analysis" (Paso 02): the experts' matrices of direct influences (new, edited,
imported or exported through the matrix editor), ``pot:analisis_estructural`` in a task, and its
results: the influence/dependence plane drawn in the dock (a click opens every chart) and the table of
influences, dependences, ranks and quadrants."""
from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

from ...core.errors import PotError
from ...core.i18n import idioma_de_documentos, numero, tr
from ...prospectiva import analisis_estructural, graficos, matriz_archivo, micmac, variables
from ..seccion import Seccion
from ..widgets import ROL_DATOS, anadir_fila, llenar_combo, preparar_tabla
from . import comun
from .graficos_dialog import ImagenAjustada

AGREGACIONES = ("mediana", "media")  # the algorithm's AGGREGATION order
UMBRALES = (micmac.MEDIA, micmac.MEDIANA)  # its THRESHOLD order


def nombres_cuadrantes() -> dict:
    """Quadrant → its name in the interface (the charts and the memoria use the document's)."""
    return {micmac.MOTRIZ: tr("driving"), micmac.ENLACE: tr("linkage"), micmac.DEPENDIENTE: tr("dependent"),
            micmac.AUTONOMA: tr("autonomous"), micmac.REGULADORA: tr("regulating")}


class SeccionEstructural(Seccion):
    def construir(self):
        self.matrices = []
        self.corrida = None
        self.dialogo = None
        preparar_tabla(self.tabla_matrices, [tr("Matrix"), tr("Expert"), tr("Variables")])
        preparar_tabla(self.tabla_resultados, [tr("Code"), tr("Name"), tr("Influence"), tr("Dependence"), tr("Rank I."),
                                               tr("Rank D."), tr("Quadrant"), tr("Indirect")])
        self.tabla_resultados.horizontalHeaderItem(4).setToolTip(tr("Rank by direct influence (1 = highest)"))
        self.tabla_resultados.horizontalHeaderItem(5).setToolTip(tr("Rank by direct dependence (1 = highest)"))
        self.tabla_resultados.horizontalHeaderItem(7).setToolTip(tr("Quadrant on the indirect plane"))
        for boton, icono in ((self.boton_nueva, "/symbologyAdd.svg"), (self.boton_editar, "/mActionToggleEditing.svg"),
                             (self.boton_importar, "/mActionFileOpen.svg"), (self.boton_exportar, "/mActionFileSaveAs.svg"),
                             (self.boton_eliminar, "/symbologyRemove.svg")):
            boton.setIcon(QgsApplication.getThemeIcon(icono))
        llenar_combo(self.combo_agregacion, [(tr("Median"), 0), (tr("Mean"), 1)])
        llenar_combo(self.combo_umbral, [(tr("Mean"), 0), (tr("Median"), 1)])
        self.plano = ImagenAjustada()
        self.plano.setToolTip(tr("Click to see every chart"))
        self.contenedor_plano.layout().addWidget(self.plano)
        self.plano.pulsada.connect(lambda: self.ver_graficos())
        self.boton_graficos.clicked.connect(lambda *_: self.ver_graficos())
        self.boton_nueva.clicked.connect(lambda *_: self.editar(""))
        self.boton_editar.clicked.connect(lambda *_: self.editar(self.matriz_elegida()))
        self.tabla_matrices.itemDoubleClicked.connect(lambda *_: self.editar(self.matriz_elegida()))
        self.tabla_matrices.itemSelectionChanged.connect(self.actualizar_botones)
        self.boton_importar.clicked.connect(lambda *_: self.importar())
        self.boton_exportar.clicked.connect(lambda *_: self.exportar())
        self.boton_eliminar.clicked.connect(lambda *_: self.eliminar())
        self.boton_analizar.clicked.connect(lambda *_: self.analizar())

    # -- showing ----------------------------------------------------------------------------------
    def llenar(self, store):
        elegida = self.matriz_elegida()
        todas = analisis_estructural.listar_matrices(store)
        self.matrices = [m for m in todas if m["tipo"] == analisis_estructural.EXPERTO]
        self.tabla_matrices.setRowCount(0)
        for m in self.matrices:
            fila = anadir_fila(self.tabla_matrices, [m["nombre"], m["experto"] or "", numero(m["variables"])], m["nombre"])
            if m["nombre"] == elegida:
                self.tabla_matrices.selectRow(fila)
        if self.tabla_matrices.currentRow() < 0 and self.matrices:
            self.tabla_matrices.selectRow(0)
        self.tabla_matrices.resizeColumnsToContents()
        calculada = next((m for m in sorted(todas, key=lambda m: m["calculado"] or "", reverse=True) if m["calculado"]), None)
        if calculada is not None:  # the next run proposes the last one's settings
            self.combo_agregacion.setCurrentIndex(AGREGACIONES.index(calculada["agregacion"]) if calculada["agregacion"] in AGREGACIONES
                                                  else self.combo_agregacion.currentIndex())
            self.combo_umbral.setCurrentIndex(UMBRALES.index(calculada["umbral"]) if calculada["umbral"] in UMBRALES else 0)
            if calculada["p_valor"] is not None:
                self.valor_p.setValue(float(calculada["p_valor"]))
        try:
            self.corrida = analisis_estructural.ultima_corrida(store)
        except PotError as problema:  # matrices edited since the run and now unusable: say so, show the rest
            self.corrida = None
            self.mensajes.aviso(tr("Structural analysis"), str(problema))
        self._mostrar_resultados(store, calculada)

    def _mostrar_resultados(self, store, calculada):
        tabla = self.tabla_resultados
        tabla.setRowCount(0)
        cuadrantes = nombres_cuadrantes()
        nombres = comun.nombres_de_variables(store)
        for fila in analisis_estructural.resultados(store):
            anadir_fila(tabla, [fila["variable"], nombres.get(fila["variable"], ""),
                                comun.texto_de_numero(fila["influencia_directa"], 1), comun.texto_de_numero(fila["dependencia_directa"], 1),
                                fila["rango_influencia_directa"], fila["rango_dependencia_directa"],
                                cuadrantes.get(fila["cuadrante"], fila["cuadrante"]),
                                cuadrantes.get(fila["cuadrante_indirecto"], fila["cuadrante_indirecto"])], fila["variable"])
        tabla.resizeColumnsToContents()
        if self.corrida is None:
            self.plano.poner(None, tr("Run the structural analysis to see the influence/dependence plane."))
            self.resumen.setText("")
        else:
            with idioma_de_documentos(store):
                self.plano.poner(graficos.imagen(graficos.plano(self.corrida.resultado, "directa"), 1000, 750))
            r = self.corrida.resultado
            estable = tr("stable") if r.indirecta.estable else tr("not yet stable at the cap")
            texto = tr("Indirect: power {k}, rankings {state}.").format(k=r.indirecta.potencia, state=estable)
            if self.corrida.agregada is not None:
                texto += " " + tr("{count} experts ({method}).", len(self.corrida.agregada.expertos)).format(
                    count=numero(len(self.corrida.agregada.expertos)),
                    method=tr("median") if self.corrida.agregada.metodo == "mediana" else tr("mean"))
            self.resumen.setText(texto)
            self.resumen.setToolTip(tr("Last run: {date}").format(date=(calculada or {}).get("calculado") or "–"))

    def limpiar(self):
        self.matrices = []
        self.corrida = None
        self.tabla_matrices.setRowCount(0)
        self.tabla_resultados.setRowCount(0)
        self.plano.poner(None, "")
        self.resumen.setText("")

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        elegida = self.matriz_elegida() is not None
        self.boton_nueva.setEnabled(abierto)
        self.boton_importar.setEnabled(abierto)
        for boton in (self.boton_editar, self.boton_exportar, self.boton_eliminar):
            boton.setEnabled(abierto and elegida)
        self.boton_analizar.setEnabled(abierto and bool(self.matrices))
        self.boton_analizar.setToolTip("" if self.matrices or not abierto else tr("Add a matrix of direct influences first."))
        self.boton_graficos.setEnabled(self.corrida is not None)

    def matriz_elegida(self):
        filas = self.tabla_matrices.selectionModel().selectedRows() if self.tabla_matrices.selectionModel() else []
        return self.tabla_matrices.item(filas[0].row(), 0).data(ROL_DATOS) if filas else None

    # -- matrices -------------------------------------------------------------------------------------
    def dialogo_matriz(self, nombre: str = "", archivo: str = ""):
        """The matrix editor on ``nombre`` (a stored matrix), on a file's grid, or on a new matrix over the
        model's variables."""
        from .matriz_dialog import MatrizDialog

        codigos = [v.variable for v in variables.cargar(self.store)]
        dialogo = MatrizDialog(self.store, nombre, codigos, self)
        if archivo:
            dialogo.editor.importar_de(archivo)
            dialogo.nombre.setText(Path(archivo).stem)
            dialogo.experto.setText(Path(archivo).stem)
        return dialogo

    def editar(self, nombre: str, archivo: str = ""):
        if self.store is None:
            return
        try:
            self.dialogo = self.dialogo_matriz(nombre or "", archivo)
        except PotError as problema:
            self.mensajes.error(tr("Matrix of direct influences"), str(problema))
            return
        if self.dialogo.exec() == self.dialogo.DialogCode.Accepted:
            self.session.notify()
            self.mensajes.exito(tr("Matrix of direct influences"), tr("Matrix “{name}” saved in the POT.").format(
                name=self.dialogo.guardado))

    def importar(self):
        ruta, _ = QFileDialog.getOpenFileName(self, tr("Import an expert's matrix"), str(self.store.path.parent), tr("Matrices (*.csv *.xlsx)"))
        if ruta:
            self.editar("", ruta)

    def exportar(self, ruta: str = ""):
        nombre = self.matriz_elegida()
        if self.store is None or not nombre:
            return
        if not ruta:
            ruta, _ = QFileDialog.getSaveFileName(self, tr("Export the matrix"), str(self.store.path.parent / f"{nombre}.csv"),
                                                  tr("CSV (*.csv);;Excel (*.xlsx)"))
        if not ruta:
            return
        try:
            escrita = matriz_archivo.escribir_matriz(analisis_estructural.cargar_matriz(self.store, nombre), ruta)
        except PotError as problema:
            self.mensajes.error(tr("Matrix not exported"), str(problema))
            return
        self.mensajes.exito(tr("Matrix of direct influences"), tr("Matrix written to {path}.").format(path=escrita))

    def eliminar(self):
        nombre = self.matriz_elegida()
        if self.store is None or not nombre:
            return
        respuesta = QMessageBox.question(self, tr("Matrix of direct influences"), tr("Delete the matrix “{name}” from the POT?").format(
            name=nombre), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if respuesta == QMessageBox.StandardButton.Yes:
            analisis_estructural.eliminar_matriz(self.store, nombre)
            self.session.notify()

    # -- the run ----------------------------------------------------------------------------------------
    def analizar(self):
        if self.store is None:
            return

        def listo(resultados):
            self.session.notify()
            estrategicas = [c for c in (resultados.get("STRATEGIC") or "").split(";") if c]
            texto = tr("Power {k} ({state}). Suggested strategic variables: {codes}.").format(
                k=int(resultados["POWER"]), state=tr("stable") if resultados["STABLE"] else tr("not yet stable at the cap"),
                codes=", ".join(estrategicas) or "–")
            self.mensajes.exito(tr("Structural analysis"), texto)

        self.dock.ejecutar("pot:analisis_estructural", {
            "PROJECT": str(self.store.path), "AGGREGATION": self.combo_agregacion.currentData(), "P_VALUE": self.valor_p.value(),
            "THRESHOLD": self.combo_umbral.currentData(), "MARK_STRATEGIC": self.marcar_estrategicas.isChecked(),
            "OUTPUT": "TEMPORARY_OUTPUT",
        }, listo, tr("POT: structural analysis"), titulo=tr("Structural analysis"))

    def ver_graficos(self, pestana: int = 0):
        if self.corrida is None or self.store is None:
            return None
        from .graficos_dialog import GraficosDialog

        self.dialogo = GraficosDialog(self.store, self.corrida.resultado, self.mensajes, self, pestana)
        self.dialogo.show()
        return self.dialogo
