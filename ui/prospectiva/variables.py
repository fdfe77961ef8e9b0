"""Section 1 "Thematic variables" (Paso 02): the variables of the prospective model, chosen from the
dictionary; the strategic tick (written at once, mirrored to the dictionary's role); each variable's
indicator (unit, baseline value and year, source) and role; the potentialities, limitations and
aptitudes of the modelo actual that justify it; and the analyses of trends, visions, objectives and
sectoral proposals, each with its source."""
from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QListWidgetItem, QMessageBox

from ...core.errors import PotError
from ...core.i18n import tr
from ...modelo_actual import caracterizacion
from ...prospectiva import variables
from ..seccion import Seccion
from ..widgets import ROL_DATOS, estrecho, llenar_combo, preparar_tabla
from . import comun

COL_CODIGO, COL_NOMBRE, COL_ESTRATEGICA, COL_ROL = range(4)
A_TIPO, A_TITULO, A_TEXTO, A_FUENTE, A_ANIO, A_VARIABLES = range(6)


def etiquetas_analisis() -> dict:
    return {"tendencia": tr("Trend"), "vision": tr("Vision"), "objetivo": tr("Objective"),
            "propuesta_sectorial": tr("Sectoral proposal"), "dit": tr("DIT analysis")}


class SeccionVariables(Seccion):
    def construir(self):
        self.lista = []
        self.nombres = {}
        preparar_tabla(self.tabla_variables, [tr("Code"), tr("Name"), tr("Strategic"), tr("Role")])
        preparar_tabla(self.tabla_analisis, [tr("Kind"), tr("Title"), tr("Text"), tr("Source"), tr("Year"), tr("Variables")],
                       editable=True)
        self.tabla_analisis.horizontalHeaderItem(A_VARIABLES).setToolTip(tr("Codes of the variables it concerns, separated by “;”"))
        estrecho(self.combo_diccionario, 14)
        self.tabla_variables.itemChanged.connect(self._al_marcar)
        self.tabla_variables.itemSelectionChanged.connect(self._al_seleccionar)
        self.boton_anadir.clicked.connect(lambda *_: self.anadir())
        self.boton_quitar.clicked.connect(lambda *_: self.quitar())
        self.boton_guardar.clicked.connect(lambda *_: self.guardar())
        self.boton_analisis_mas.clicked.connect(lambda *_: self._fila_analisis(variables.Analisis("tendencia", "")))
        self.boton_analisis_menos.clicked.connect(lambda *_: comun.quitar_fila_elegida(self.tabla_analisis))
        self.boton_analisis_guardar.clicked.connect(lambda *_: self.guardar_analisis())
        self.pestanas.currentChanged.connect(lambda *_: self.actualizar_botones())

    # -- showing ----------------------------------------------------------------------------------
    def llenar(self, store):
        elegida = self.codigo_elegido()
        self.lista = variables.cargar(store)
        self.nombres = comun.nombres_de_variables(store)
        presentes = {v.variable for v in self.lista}
        llenar_combo(self.combo_diccionario, [(comun.etiqueta(c, self.nombres), c) for c in self.nombres if c not in presentes],
                     self.combo_diccionario.currentData())
        tabla = self.tabla_variables
        tabla.blockSignals(True)
        tabla.setRowCount(len(self.lista))
        for fila, v in enumerate(self.lista):
            comun.poner(tabla, fila, COL_CODIGO, v.variable, False, v.variable)
            comun.poner(tabla, fila, COL_NOMBRE, self.nombres.get(v.variable, ""), False, v.variable)
            comun.marca(tabla, fila, COL_ESTRATEGICA, v.estrategica, v.variable)
            comun.poner(tabla, fila, COL_ROL, v.rol, False, v.variable)
        tabla.resizeColumnsToContents()
        tabla.blockSignals(False)
        self._opciones = variables.opciones_de_justificacion(store)
        self.seleccionar(elegida or (self.lista[0].variable if self.lista else None))
        self.tabla_analisis.setRowCount(0)
        for analisis in variables.cargar_analisis(store):
            self._fila_analisis(analisis)
        self.tabla_analisis.resizeColumnToContents(A_TIPO)

    def limpiar(self):
        self.lista = []
        self.tabla_variables.setRowCount(0)
        self.tabla_analisis.setRowCount(0)
        self.combo_diccionario.clear()
        self._mostrar(None)

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        elegida = self.variable_elegida() is not None
        self.boton_anadir.setEnabled(abierto and self.combo_diccionario.count() > 0)
        self.boton_quitar.setEnabled(abierto and elegida)
        self.boton_guardar.setEnabled(abierto and elegida)
        self.boton_guardar.setVisible(self.pestanas.currentWidget() is not self.pestana_analisis)
        for boton in (self.boton_analisis_mas, self.boton_analisis_menos, self.boton_analisis_guardar):
            boton.setEnabled(abierto)

    def codigo_elegido(self):
        filas = self.tabla_variables.selectionModel().selectedRows() if self.tabla_variables.selectionModel() else []
        return self.tabla_variables.item(filas[0].row(), COL_CODIGO).text() if filas else None

    def variable_elegida(self):
        codigo = self.codigo_elegido()
        return next((v for v in self.lista if v.variable == codigo), None)

    def seleccionar(self, codigo):
        for fila, v in enumerate(self.lista):
            if v.variable == codigo:
                self.tabla_variables.selectRow(fila)
                break
        else:
            self.tabla_variables.clearSelection()
        self._al_seleccionar()

    def _al_seleccionar(self):
        self._mostrar(self.variable_elegida())
        self.actualizar_botones()

    def _mostrar(self, v):
        for campo in (self.indicador, self.unidad, self.linea_base, self.fuente, self.rol):
            campo.setEnabled(v is not None)
        self.indicador.setText(v.indicador if v else "")
        self.unidad.setText(v.unidad if v else "")
        self.linea_base.setText(comun.texto_de_numero(v.linea_base, 3) if v else "")
        self.anio_base.setValue(int(v.anio_base) if v and v.anio_base else self.anio_base.minimum())
        self.fuente.setText(v.fuente if v else "")
        self.rol.setText(v.rol if v else "")
        self.justificacion.setPlainText(v.justificacion if v else "")
        elegidas = {(j.tipo, j.etiqueta) for j in v.justificaciones} if v else set()
        tipos = caracterizacion.etiquetas_tipos()
        self.lista_justificaciones.clear()
        opciones = list(getattr(self, "_opciones", []))
        opciones += [j for j in (v.justificaciones if v else []) if (j.tipo, j.etiqueta) not in {(o.tipo, o.etiqueta) for o in opciones}]
        for opcion in opciones:
            item = QListWidgetItem("{kind}: {label}".format(kind=tipos.get(opcion.tipo, opcion.tipo), label=opcion.etiqueta))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if (opcion.tipo, opcion.etiqueta) in elegidas else Qt.CheckState.Unchecked)
            item.setData(ROL_DATOS, (opcion.tipo, opcion.etiqueta))
            self.lista_justificaciones.addItem(item)
        if not opciones:
            item = QListWidgetItem(tr("Characterise the current model (Step 01) to choose its potentialities, limitations and aptitudes."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.lista_justificaciones.addItem(item)

    # -- editing ------------------------------------------------------------------------------------
    def _al_marcar(self, item):
        """The strategic tick is written at once (and mirrored to the dictionary's role)."""
        if item.column() != COL_ESTRATEGICA or self.store is None:
            return
        variable = next((v for v in self.lista if v.variable == item.data(ROL_DATOS)), None)
        if variable is None:
            return
        variable.estrategica = item.checkState() == Qt.CheckState.Checked
        try:
            variables.guardar(self.store, variable)
        except PotError as problema:
            self.mensajes.error(tr("Thematic variables"), str(problema))
        self.session.notify()

    def anadir(self):
        codigo = self.combo_diccionario.currentData()
        if self.store is None or not codigo:
            return
        try:
            variables.guardar(self.store, variables.desde_diccionario(self.store, codigo))
        except PotError as problema:
            self.mensajes.error(tr("Thematic variables"), str(problema))
            return
        self.session.notify()
        self.seleccionar(codigo)

    def quitar(self):
        v = self.variable_elegida()
        if self.store is None or v is None:
            return
        respuesta = QMessageBox.question(
            self, tr("Thematic variables"),
            tr("Remove {code} from the prospective model? Its indicator and justification are lost; the dictionary keeps the variable.").format(
                code=v.variable), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if respuesta != QMessageBox.StandardButton.Yes:
            return
        try:
            variables.eliminar(self.store, v.variable)
        except PotError as problema:
            self.mensajes.error(tr("Thematic variables"), str(problema))
            return
        self.session.notify()

    def variable_del_formulario(self):
        """The selected variable with the form's values; PotError naming a bad number."""
        v = self.variable_elegida()
        try:
            linea_base = comun.numero_de(self.linea_base.text())
        except ValueError:
            raise PotError(tr("Variable {code}: the baseline “{value}” is not a number.").format(
                code=v.variable, value=self.linea_base.text())) from None
        elegidas = []
        for i in range(self.lista_justificaciones.count()):
            item = self.lista_justificaciones.item(i)
            if item.data(ROL_DATOS) and item.checkState() == Qt.CheckState.Checked:
                elegidas.append(variables.Justificacion(*item.data(ROL_DATOS)))
        anio = self.anio_base.value()
        return variables.VariableProspectiva(
            v.variable, v.estrategica, self.rol.text().strip(), self.justificacion.toPlainText().strip(), self.indicador.text().strip(),
            self.unidad.text().strip(), linea_base, None if anio == self.anio_base.minimum() else anio, self.fuente.text().strip(),
            elegidas)

    def guardar(self) -> bool:
        if self.store is None or self.variable_elegida() is None:
            return False
        try:
            variable = self.variable_del_formulario()
            variables.guardar(self.store, variable)
        except PotError as problema:
            self.mensajes.error(tr("Variable not saved"), str(problema))
            return False
        self.session.notify()
        self.mensajes.exito(tr("Thematic variables"), tr("Variable {code} saved.").format(code=variable.variable))
        return True

    # -- analyses ---------------------------------------------------------------------------------
    def _fila_analisis(self, analisis):
        tabla = self.tabla_analisis
        fila = tabla.rowCount()
        tabla.insertRow(fila)
        comun.combo(tabla, fila, A_TIPO, [(t, c) for c, t in etiquetas_analisis().items()], analisis.tipo)
        for columna, valor in ((A_TITULO, analisis.titulo), (A_TEXTO, analisis.texto), (A_FUENTE, analisis.fuente),
                               (A_ANIO, analisis.anio or ""), (A_VARIABLES, "; ".join(analisis.variables))):
            item = comun.poner(tabla, fila, columna, valor)
            if columna == A_TEXTO:
                item.setToolTip(analisis.texto)
        return fila

    def analisis_de_tabla(self):
        tabla = self.tabla_analisis
        lista = []
        for fila in range(tabla.rowCount()):
            titulo = comun.texto(tabla, fila, A_TITULO)
            textos = [titulo] + [comun.texto(tabla, fila, c) for c in (A_TEXTO, A_FUENTE, A_ANIO, A_VARIABLES)]
            if not any(textos):
                continue
            anio = comun.texto(tabla, fila, A_ANIO)
            if anio and not anio.isdigit():
                raise PotError(tr("Analysis {number}: the year “{year}” is not a year.").format(number=fila + 1, year=anio))
            codigos = [c.strip() for c in comun.texto(tabla, fila, A_VARIABLES).replace(",", ";").split(";") if c.strip()]
            lista.append(variables.Analisis(comun.dato(tabla, fila, A_TIPO), titulo, comun.texto(tabla, fila, A_TEXTO),
                                            comun.texto(tabla, fila, A_FUENTE), int(anio) if anio else None, codigos))
        return lista

    def guardar_analisis(self) -> bool:
        if self.store is None:
            return False
        try:
            lista = self.analisis_de_tabla()
            variables.guardar_analisis(self.store, lista)
        except PotError as problema:
            self.mensajes.error(tr("Analyses not saved"), str(problema))
            return False
        self.session.notify()
        self.mensajes.exito(tr("Analyses"), tr("{count} analyses saved.", len(lista)).format(count=len(lista)))
        return True
