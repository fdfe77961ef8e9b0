"""Section 6 "Strategic axes" (Paso 04): the strategic variables grouped into ejes estratégicos (code,
name, theme, description), proposed by dimension or theme as a starting point, then renamed and
regrouped by the team; the variables left in no axis are named."""
from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QListWidgetItem

from ...core.errors import PotError
from ...core.i18n import numero, tr
from ...prospectiva import ejes, variables
from ..seccion import Seccion
from ..widgets import ROL_DATOS, llenar_combo, preparar_tabla
from . import comun

C_CODIGO, C_NOMBRE, C_TEMA, C_DESCRIPCION = range(4)


class SeccionEjes(Seccion):
    def construir(self):
        self.miembros = []  # per row: the axis's variables
        self.fila_mostrada = -1
        self.estrategicas = []
        preparar_tabla(self.tabla_ejes, [tr("Code"), tr("Name"), tr("Theme"), tr("Description")], editable=True)
        llenar_combo(self.combo_proponer, [(tr("by dimension"), "dimension"), (tr("by theme"), "tema")])
        self.tabla_ejes.itemSelectionChanged.connect(self._al_elegir)
        self.lista_variables.itemChanged.connect(lambda *_: self._recordar())
        self.boton_proponer.clicked.connect(lambda *_: self.proponer())
        self.boton_eje_mas.clicked.connect(lambda *_: self._fila(ejes.Eje(self._codigo_libre(), ""), seleccionar=True))
        self.boton_eje_menos.clicked.connect(lambda *_: self._quitar())
        self.boton_guardar.clicked.connect(lambda *_: self.guardar())

    def llenar(self, store):
        self.nombres = comun.nombres_de_variables(store)
        self.estrategicas = variables.estrategicas(store)
        self._mostrar_ejes(ejes.cargar(store))

    def _mostrar_ejes(self, lista):
        self.tabla_ejes.blockSignals(True)
        self.tabla_ejes.setRowCount(0)
        self.miembros, self.fila_mostrada = [], -1
        for eje in lista:
            self._fila(eje)
        self.tabla_ejes.blockSignals(False)
        self.tabla_ejes.resizeColumnToContents(C_CODIGO)
        if lista:
            self.tabla_ejes.selectRow(0)
        self._al_elegir()

    def limpiar(self):
        self.tabla_ejes.setRowCount(0)
        self.lista_variables.clear()
        self.miembros, self.fila_mostrada, self.estrategicas = [], -1, []
        self.sin_eje.setText("")

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        for boton in (self.boton_eje_mas, self.boton_eje_menos, self.boton_guardar):
            boton.setEnabled(abierto)
        self.boton_proponer.setEnabled(abierto and bool(self.estrategicas))

    def _codigo_libre(self) -> str:
        usados = {comun.texto(self.tabla_ejes, f, C_CODIGO) for f in range(self.tabla_ejes.rowCount())}
        n = 1
        while f"E{n}" in usados:
            n += 1
        return f"E{n}"

    def _fila(self, eje, seleccionar=False):
        tabla = self.tabla_ejes
        fila = tabla.rowCount()
        tabla.insertRow(fila)
        for columna, valor in ((C_CODIGO, eje.codigo), (C_NOMBRE, eje.nombre), (C_TEMA, eje.tema), (C_DESCRIPCION, eje.descripcion)):
            comun.poner(tabla, fila, columna, valor)
        self.miembros.append(list(eje.variables))
        if seleccionar:
            tabla.selectRow(fila)

    def _quitar(self):
        fila = comun.quitar_fila_elegida(self.tabla_ejes)
        if fila >= 0:
            del self.miembros[fila]
            self.fila_mostrada = -1
            self._al_elegir()

    def _al_elegir(self):
        fila = self.tabla_ejes.currentRow()
        self.fila_mostrada = fila
        lista = self.lista_variables
        lista.blockSignals(True)
        lista.clear()
        otras = {v: comun.texto(self.tabla_ejes, f, C_CODIGO) for f, m in enumerate(self.miembros) if f != fila for v in m}
        for codigo in self.estrategicas:
            item = QListWidgetItem(comun.etiqueta(codigo, self.nombres) + (f"  [{otras[codigo]}]" if codigo in otras else ""))
            item.setData(ROL_DATOS, codigo)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if 0 <= fila < len(self.miembros) and codigo in self.miembros[fila]
                               else Qt.CheckState.Unchecked)
            if fila < 0:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            lista.addItem(item)
        lista.blockSignals(False)
        self._mostrar_sin_eje()
        self.actualizar_botones()

    def _recordar(self):
        """The ticks belong to the axis shown: keep them while another axis is shown."""
        if 0 <= self.fila_mostrada < len(self.miembros):
            lista = self.lista_variables
            self.miembros[self.fila_mostrada] = [lista.item(i).data(ROL_DATOS) for i in range(lista.count())
                                                 if lista.item(i).checkState() == Qt.CheckState.Checked]
        self._mostrar_sin_eje()

    def _mostrar_sin_eje(self):
        agrupadas = {v for m in self.miembros for v in m}
        faltan = [v for v in self.estrategicas if v not in agrupadas]
        if not self.estrategicas:
            self.sin_eje.setText(tr("Mark the strategic variables first (section 1 or 2)."))
        elif faltan:
            self.sin_eje.setText('<span style="color:#c62828">{}</span>'.format(
                tr("Strategic variables in no axis: {codes}.").format(codes=", ".join(faltan))))
        else:
            self.sin_eje.setText(tr("Every strategic variable belongs to an axis."))

    def ejes_de_tabla(self):
        self._recordar()
        tabla = self.tabla_ejes
        return [ejes.Eje(comun.texto(tabla, f, C_CODIGO), comun.texto(tabla, f, C_NOMBRE), comun.texto(tabla, f, C_TEMA),
                         comun.texto(tabla, f, C_DESCRIPCION), list(self.miembros[f])) for f in range(tabla.rowCount())]

    def proponer(self):
        """Replace the table (not the POT) by the proposal; "Save axes" keeps it."""
        if self.store is None:
            return
        try:
            propuesta = ejes.proponer(self.store, self.combo_proponer.currentData())
        except PotError as problema:
            self.mensajes.error(tr("Strategic axes"), str(problema))
            return
        self._mostrar_ejes(propuesta)
        self.mensajes.informar(tr("Strategic axes"), tr("{count} axes proposed; rename and regroup them, then save.", len(propuesta)).format(
            count=numero(len(propuesta))))

    def guardar(self) -> bool:
        if self.store is None:
            return False
        try:
            lista = self.ejes_de_tabla()
            ejes.guardar_todos(self.store, lista)
        except PotError as problema:
            self.mensajes.error(tr("Axes not saved"), str(problema))
            return False
        self.session.notify()
        self.mensajes.exito(tr("Strategic axes"), tr("{count} axes saved.", len(lista)).format(count=numero(len(lista))))
        return True
