"""Section 4 "Scenarios" (Paso 03): the scenarios (tendencial, deseable, posible, exploratorios, óptimo),
each with its horizon, narrative and the state of every strategic variable; the possible states of the
strategic variables; each scenario's layer (``pot:capa_escenario`` in a task: added to the project and
styled from the dictionary), fed with values from a layer keyed by unit (e.g. a trend projection); the
comparison of the scenarios; and the trend runs (``pot:proyeccion_tendencial``, ``pot:matriz_transicion``)
opened in Processing's own dialog with the POT filled in."""
from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel
from qgis.PyQt.QtWidgets import QMessageBox

from ...core.errors import PotError
from ...core.i18n import numero, tr
from ...prospectiva import capa_escenario, escenarios, proyeccion, variables
from ..seccion import Seccion
from ..widgets import ROL_DATOS, anadir_fila, estrecho, llenar_combo, preparar_tabla
from . import comun

E_VARIABLE, E_ESTADO, E_VALOR = range(3)
P_ESTADO, P_ETIQUETA, P_VALOR, P_DESCRIPCION = range(4)


def etiquetas_tipos() -> dict:
    """Scenario type → its name in the interface (the documents use ``escenarios.nombres_tipos``)."""
    return {escenarios.TENDENCIAL: tr("Trend (probable)"), escenarios.DESEABLE: tr("Desirable"), escenarios.POSIBLE: tr("Possible"),
            escenarios.EXPLORATORIO: tr("Exploratory"), escenarios.OPTIMO: tr("Optimal")}


class SeccionEscenarios(Seccion):
    def construir(self):
        self.lista = []
        self.nuevo = False  # the form holds a scenario not saved yet
        self.dialogo = None
        self.dialogo_algoritmo = None
        from qgis.core import QgsApplication

        self.boton_nuevo.setIcon(QgsApplication.getThemeIcon("/symbologyAdd.svg"))
        self.boton_eliminar.setIcon(QgsApplication.getThemeIcon("/symbologyRemove.svg"))
        preparar_tabla(self.tabla_escenarios, [tr("Code"), tr("Name"), tr("Type"), tr("Horizon"), tr("Layer")])
        preparar_tabla(self.tabla_estados, [tr("Variable"), tr("State"), tr("Value")], editable=True)
        preparar_tabla(self.tabla_posibles, [tr("State"), tr("Label"), tr("Value"), tr("Description")], editable=True)
        preparar_tabla(self.tabla_proyecciones, [tr("Variable"), tr("Method"), tr("Years"), tr("Horizon"), tr("Observed"),
                                                 tr("Projected"), tr("R²")])
        llenar_combo(self.combo_tipo, [(t, c) for c, t in etiquetas_tipos().items()])
        estrecho(self.combo_variable_estados, 12)
        estrecho(self.combo_variable_valores, 8)
        estrecho(self.capa_valores, 12)
        estrecho(self.campo_valores, 8)
        self.capa_valores.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.capa_valores.setAllowEmptyLayer(True)
        self.capa_valores.setLayer(None)
        self.capa_valores.layerChanged.connect(self.campo_valores.setLayer)
        self.capa_valores.layerChanged.connect(lambda *_: self.actualizar_botones())
        self.tabla_escenarios.itemSelectionChanged.connect(self._al_elegir)
        self.boton_nuevo.clicked.connect(lambda *_: self.nuevo_escenario())
        self.boton_eliminar.clicked.connect(lambda *_: self.eliminar())
        self.boton_guardar.clicked.connect(lambda *_: self.guardar())
        self.boton_capa.clicked.connect(lambda *_: self.capa())
        self.boton_comparar.clicked.connect(lambda *_: self.comparar())
        self.combo_variable_estados.currentIndexChanged.connect(lambda *_: self._mostrar_posibles())
        self.boton_posible_mas.clicked.connect(lambda *_: self._fila_posible(escenarios.EstadoPosible("", "")))
        self.boton_posible_menos.clicked.connect(lambda *_: comun.quitar_fila_elegida(self.tabla_posibles))
        self.boton_posibles_guardar.clicked.connect(lambda *_: self.guardar_posibles())
        self.boton_proyeccion.clicked.connect(lambda *_: self.abrir_algoritmo("pot:proyeccion_tendencial"))
        self.boton_transicion.clicked.connect(lambda *_: self.abrir_algoritmo("pot:matriz_transicion"))
        self.boton_aplicar_valores.clicked.connect(lambda *_: self.capa(con_valores=True))
        self.pestanas.currentChanged.connect(lambda *_: self.actualizar_botones())

    # -- showing ----------------------------------------------------------------------------------
    def llenar(self, store):
        elegido = self.codigo_elegido()
        self.nombres = comun.nombres_de_variables(store)
        self.lista = escenarios.cargar_escenarios(store)
        self.estrategicas = variables.estrategicas(store)
        self.posibles = escenarios.cargar_estados_posibles(store)
        tipos = etiquetas_tipos()
        tabla = self.tabla_escenarios
        tabla.blockSignals(True)
        tabla.setRowCount(0)
        for e in self.lista:
            anadir_fila(tabla, [e.codigo, e.nombre, tipos.get(e.tipo, e.tipo), e.horizonte or "", e.capa or "–"], e.codigo)
        tabla.resizeColumnsToContents()
        tabla.blockSignals(False)
        llenar_combo(self.combo_variable_estados, [(comun.etiqueta(c, self.nombres), c) for c in self.estrategicas],
                     self.combo_variable_estados.currentData())
        llenar_combo(self.combo_variable_valores, [(c, c) for c in self.nombres], self.combo_variable_valores.currentData())
        self._mostrar_posibles()
        self.tabla_proyecciones.setRowCount(0)
        for p in proyeccion.proyecciones(store)[:20]:
            anadir_fila(self.tabla_proyecciones, [p.get("variable") or "–", p.get("metodo") or "", p.get("anios") or "",
                                                  p.get("horizonte") or "", comun.texto_de_numero(p.get("total_observado"), 1),
                                                  comun.texto_de_numero(p.get("total_proyectado"), 1),
                                                  comun.texto_de_numero(p.get("r2_mediana"), 2)])
        self.tabla_proyecciones.resizeColumnsToContents()
        if not self.nuevo:
            self.seleccionar(elegido or (self.lista[0].codigo if self.lista else None))

    def limpiar(self):
        self.lista, self.nuevo = [], False
        for tabla in (self.tabla_escenarios, self.tabla_estados, self.tabla_posibles, self.tabla_proyecciones):
            tabla.setRowCount(0)
        self._mostrar(None)

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        elegido = self.escenario_elegido()
        self.boton_nuevo.setEnabled(abierto)
        self.boton_eliminar.setEnabled(abierto and elegido is not None)
        self.boton_guardar.setEnabled(abierto and (elegido is not None or self.nuevo))
        self.boton_guardar.setVisible(self.pestanas.currentWidget() in (self.pestana_escenario, self.pestana_estados))
        unidades = abierto and capa_escenario.CAPA_UNIDADES in self.store.spatial_layers()
        self.boton_capa.setEnabled(unidades and elegido is not None)
        self.boton_capa.setToolTip(self.boton_capa.toolTip() if unidades or not abierto else
                                   tr("Build the territorial units of the current model first (Step 01, section 3)."))
        self.boton_comparar.setEnabled(abierto and bool(self.lista))
        for boton in (self.boton_posible_mas, self.boton_posible_menos, self.boton_posibles_guardar):
            boton.setEnabled(abierto and self.combo_variable_estados.count() > 0)
        self.boton_proyeccion.setEnabled(abierto)
        self.boton_transicion.setEnabled(abierto)
        self.boton_aplicar_valores.setEnabled(unidades and elegido is not None and self.capa_valores.currentLayer() is not None
                                              and bool(self.campo_valores.currentField()))

    def codigo_elegido(self):
        filas = self.tabla_escenarios.selectionModel().selectedRows() if self.tabla_escenarios.selectionModel() else []
        return self.tabla_escenarios.item(filas[0].row(), 0).data(ROL_DATOS) if filas else None

    def escenario_elegido(self):
        codigo = self.codigo_elegido()
        return next((e for e in self.lista if e.codigo == codigo), None)

    def seleccionar(self, codigo):
        for fila, e in enumerate(self.lista):
            if e.codigo == codigo:
                self.tabla_escenarios.selectRow(fila)
                break
        else:
            self.tabla_escenarios.clearSelection()
        self._al_elegir()

    def _al_elegir(self):
        escenario = self.escenario_elegido()
        if escenario is not None:
            self.nuevo = False
        self._mostrar(escenario)
        self.actualizar_botones()

    def _mostrar(self, e):
        self.codigo.setText(e.codigo if e else "")
        self.codigo.setReadOnly(e is not None)  # the code names its layer: fixed once saved
        self.nombre.setText(e.nombre if e else "")
        self.combo_tipo.setCurrentIndex(max(self.combo_tipo.findData(e.tipo), 0) if e else 0)
        self.horizonte.setValue(int(e.horizonte) if e and e.horizonte else self.horizonte.minimum())
        self.narrativa.setPlainText(e.narrativa if e else "")
        tabla = self.tabla_estados
        tabla.setRowCount(0)
        for codigo in getattr(self, "estrategicas", []):
            fila = tabla.rowCount()
            tabla.insertRow(fila)
            comun.poner(tabla, fila, E_VARIABLE, comun.etiqueta(codigo, self.nombres), False, codigo)
            actual = e.estado_de(codigo) if e else None
            pares = [("–", "")] + [(p.etiqueta or p.estado, p.estado) for p in self.posibles.get(codigo, [])]
            caja = comun.combo(tabla, fila, E_ESTADO, pares, actual.estado if actual else "")
            caja.setEditable(not self.posibles.get(codigo))  # no declared states: type one
            comun.poner(tabla, fila, E_VALOR, comun.texto_de_numero(actual.valor, 3) if actual else "")
        tabla.resizeColumnToContents(E_VARIABLE)

    # -- editing ------------------------------------------------------------------------------------
    def nuevo_escenario(self):
        self.tabla_escenarios.clearSelection()
        self.nuevo = True
        self._mostrar(None)
        usados = {e.tipo for e in self.lista}
        siguiente = next((t for t in escenarios.TIPOS if t not in usados), escenarios.EXPLORATORIO)
        self.combo_tipo.setCurrentIndex(self.combo_tipo.findData(siguiente))
        if siguiente not in {e.codigo for e in self.lista}:
            self.codigo.setText(siguiente)
        self.pestanas.setCurrentWidget(self.pestana_escenario)
        self.nombre.setFocus()
        self.actualizar_botones()

    def escenario_del_formulario(self) -> escenarios.Escenario:
        tabla = self.tabla_estados
        estados = []
        for fila in range(tabla.rowCount()):
            variable = tabla.item(fila, E_VARIABLE).data(ROL_DATOS)
            caja = tabla.cellWidget(fila, E_ESTADO)
            estado = (caja.currentText() if caja.isEditable() else caja.currentData() or "").strip()
            if not estado or estado == "–":
                continue
            try:
                valor = comun.numero_de(comun.texto(tabla, fila, E_VALOR))
            except ValueError:
                raise PotError(tr("Scenario {code}, variable {variable}: the value “{value}” is not a number.").format(
                    code=self.codigo.text(), variable=variable, value=comun.texto(tabla, fila, E_VALOR))) from None
            estados.append(escenarios.EstadoEscenario(variable, estado, valor))
        anterior = self.escenario_elegido()
        horizonte = self.horizonte.value()
        return escenarios.Escenario(self.codigo.text().strip(), self.nombre.text().strip(), self.combo_tipo.currentData(),
                                    None if horizonte == self.horizonte.minimum() else horizonte, self.narrativa.toPlainText().strip(),
                                    anterior.capa if anterior else "", estados)

    def guardar(self) -> bool:
        if self.store is None:
            return False
        try:
            escenario = self.escenario_del_formulario()
            if self.nuevo and escenario.codigo in {e.codigo for e in self.lista}:
                raise PotError(tr("The POT already has a scenario “{code}”: choose another code.").format(code=escenario.codigo))
            escenarios.guardar(self.store, escenario)
        except PotError as problema:
            self.mensajes.error(tr("Scenario not saved"), str(problema))
            return False
        self.nuevo = False
        self.session.notify()
        self.seleccionar(escenario.codigo)
        faltan = escenarios.faltantes(self.store, escenario)
        if faltan:
            self.mensajes.aviso(tr("Scenarios"), tr("Scenario {code} saved; it still has no state for {variables}.").format(
                code=escenario.codigo, variables=", ".join(faltan)))
        else:
            self.mensajes.exito(tr("Scenarios"), tr("Scenario {code} saved.").format(code=escenario.codigo))
        return True

    def eliminar(self):
        escenario = self.escenario_elegido()
        if self.store is None or escenario is None:
            return
        respuesta = QMessageBox.question(
            self, tr("Scenarios"), tr("Delete the scenario {code}, its states and scores? Its layer stays in the POT.").format(
                code=escenario.codigo), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if respuesta != QMessageBox.StandardButton.Yes:
            return
        try:
            escenarios.eliminar(self.store, escenario.codigo)
        except PotError as problema:
            self.mensajes.error(tr("Scenarios"), str(problema))
            return
        self.session.notify()

    # -- possible states --------------------------------------------------------------------------------
    def _mostrar_posibles(self):
        tabla = self.tabla_posibles
        tabla.setRowCount(0)
        for posible in getattr(self, "posibles", {}).get(self.combo_variable_estados.currentData(), []):
            self._fila_posible(posible)

    def _fila_posible(self, posible):
        tabla = self.tabla_posibles
        fila = tabla.rowCount()
        tabla.insertRow(fila)
        for columna, valor in ((P_ESTADO, posible.estado), (P_ETIQUETA, posible.etiqueta), (P_VALOR, comun.texto_de_numero(posible.valor, 3)),
                               (P_DESCRIPCION, posible.descripcion)):
            comun.poner(tabla, fila, columna, valor)

    def guardar_posibles(self) -> bool:
        variable = self.combo_variable_estados.currentData()
        if self.store is None or not variable:
            return False
        tabla = self.tabla_posibles
        lista = []
        try:
            for fila in range(tabla.rowCount()):
                textos = [comun.texto(tabla, fila, c) for c in range(4)]
                if not any(textos):
                    continue
                try:
                    valor = comun.numero_de(textos[P_VALOR])
                except ValueError:
                    raise PotError(tr("Variable {code}, state {state}: the value “{value}” is not a number.").format(
                        code=variable, state=textos[P_ESTADO], value=textos[P_VALOR])) from None
                lista.append(escenarios.EstadoPosible(variable, textos[P_ESTADO], textos[P_ETIQUETA], textos[P_DESCRIPCION], valor))
            escenarios.guardar_estados_posibles(self.store, variable, lista)
        except PotError as problema:
            self.mensajes.error(tr("States not saved"), str(problema))
            return False
        self.session.notify()
        self.mensajes.exito(tr("Possible states"), tr("{count} states of {code} saved.", len(lista)).format(
            count=numero(len(lista)), code=variable))
        return True

    # -- layers and comparison ----------------------------------------------------------------------------
    def capa(self, con_valores: bool = False):
        """Create or refresh the selected scenario's layer in a task (with the chosen values when asked)."""
        escenario = self.escenario_elegido()
        if self.store is None or escenario is None:
            return
        parametros = {"PROJECT": str(self.store.path), "SCENARIO": escenario.codigo}
        if con_valores:
            capa = self.capa_valores.currentLayer()
            campo, variable = self.campo_valores.currentField(), self.combo_variable_valores.currentData()
            if capa is None or not campo or not variable:
                return
            if capa.fields().indexOf("unidad") < 0:
                self.mensajes.error(tr("Scenario layer"), tr("The layer “{layer}” has no field “unidad” with the units' pot_uid.").format(
                    layer=capa.name()))
                return
            parametros.update({"VALUES": capa.id(), "VALUES_KEY": "unidad",
                               "VALUE_FIELDS": f"{campo}={variable}", "STYLE_VARIABLE": variable})

        def listo(resultados):
            self.session.notify()
            editados = int(resultados.get("EDITED") or 0)
            texto = tr("Layer “{layer}” in the POT and in the project.").format(layer=resultados["LAYER_NAME"])
            if editados:
                texto += " " + tr("{count} values edited in the layer were kept.", editados).format(count=numero(editados))
            self.mensajes.exito(tr("Scenario layer"), texto)

        self.dock.ejecutar("pot:capa_escenario", parametros, listo, tr("POT: layer of scenario {code}").format(code=escenario.codigo),
                           titulo=tr("Scenario layer"))

    def comparar(self):
        if self.store is None:
            return None
        from .comparacion_dialog import ComparacionDialog

        try:
            self.dialogo = ComparacionDialog(self.store, self)
        except PotError as problema:
            self.mensajes.error(tr("Comparison of scenarios"), str(problema))
            return None
        self.dialogo.show()
        return self.dialogo

    def abrir_algoritmo(self, alg_id: str):
        """Processing's dialog of a trend algorithm with this POT (and the units, the scenario) filled in;
        it runs in the background like any Processing dialog, and the dock refreshes when it ends."""
        from processing import createAlgorithmDialog

        parametros = {"PROJECT": str(self.store.path)}
        if capa_escenario.CAPA_UNIDADES in self.store.spatial_layers():
            unidades = self.store.layer_uri(capa_escenario.CAPA_UNIDADES)
            parametros.update({"UNITS": unidades} if alg_id == "pot:proyeccion_tendencial" else {"ZONES": unidades})
        escenario = self.escenario_elegido()
        if alg_id == "pot:matriz_transicion" and escenario is not None:
            parametros["SCENARIO"] = escenario.codigo
        self.dialogo_algoritmo = createAlgorithmDialog(alg_id, parametros)
        if self.dialogo_algoritmo is None:
            self.mensajes.error(tr("Scenarios"), tr("The Processing algorithm “{id}” is not available. Is the POT plugin fully installed?").format(
                id=alg_id))
            return None
        self.dialogo_algoritmo.algorithmFinished.connect(lambda *_: self.session.notify())
        self.dialogo_algoritmo.show()
        return self.dialogo_algoritmo
