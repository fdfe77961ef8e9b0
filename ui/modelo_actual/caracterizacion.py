"""Section 4 "Characterisation": the rules (variable + class → potentiality, limitation or aptitude,
with its subsystem) and ``pot:caracterizar_modelo_actual`` on a units layer, in a task. The kind is
chosen from a list of labels, never typed as a code."""
from __future__ import annotations

import json

from qgis.PyQt.QtWidgets import QComboBox, QTableWidgetItem

from ...core.errors import PotError
from ...core.i18n import numero, tr
from ...modelo_actual import caracterizacion
from ..seccion import Seccion
from ..widgets import estrecho, llenar_combo, preparar_tabla
from .unidades import capas_de_unidades

COL_VARIABLE, COL_CLASE, COL_TIPO, COL_ETIQUETA, COL_SUBSISTEMA = range(5)


class SeccionCaracterizacion(Seccion):
    def construir(self):
        preparar_tabla(self.tabla_reglas, [tr("Variable"), tr("Class"), tr("Kind"), tr("Label"), tr("Subsystem")], editable=True)
        estrecho(self.combo_unidades)
        self.boton_regla_mas.clicked.connect(lambda *_: self._fila(caracterizacion.Regla("", "", caracterizacion.POTENCIALIDAD, "")))
        self.boton_regla_menos.clicked.connect(lambda *_: self._quitar_regla())
        self.boton_reglas_guardar.clicked.connect(lambda *_: self.guardar_reglas())
        self.boton_caracterizar.clicked.connect(lambda *_: self.caracterizar())

    def _fila(self, regla):
        tabla = self.tabla_reglas
        fila = tabla.rowCount()
        tabla.insertRow(fila)
        for columna, texto in ((COL_VARIABLE, regla.variable), (COL_CLASE, regla.clase), (COL_ETIQUETA, regla.etiqueta),
                               (COL_SUBSISTEMA, regla.subsistema)):
            tabla.setItem(fila, columna, QTableWidgetItem(texto or ""))
        tipo = QComboBox()
        for codigo, etiqueta in caracterizacion.etiquetas_tipos().items():
            tipo.addItem(etiqueta, codigo)
        tipo.setCurrentIndex(max(0, tipo.findData(regla.tipo)))
        tabla.setCellWidget(fila, COL_TIPO, tipo)
        return fila

    def llenar(self, store):
        self.tabla_reglas.setRowCount(0)
        for regla in caracterizacion.cargar_reglas(store) or caracterizacion.reglas_predeterminadas():
            self._fila(regla)
        self.tabla_reglas.resizeColumnsToContents()
        llenar_combo(self.combo_unidades, [(n, n) for n in capas_de_unidades(store)], self.combo_unidades.currentData())

    def limpiar(self):
        self.tabla_reglas.setRowCount(0)
        self.combo_unidades.clear()
        self.texto_resumen.clear()

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        for boton in (self.boton_regla_mas, self.boton_regla_menos, self.boton_reglas_guardar):
            boton.setEnabled(abierto)
        self.boton_caracterizar.setEnabled(abierto and self.combo_unidades.count() > 0)
        self.combo_unidades.setToolTip("" if self.combo_unidades.count() else tr("Build the territorial units first (section 3)."))

    def reglas_de_tabla(self):
        tabla = self.tabla_reglas
        reglas = []
        def texto(fila, columna):
            item = tabla.item(fila, columna)
            return item.text().strip() if item else ""

        for fila in range(tabla.rowCount()):
            tipo = tabla.cellWidget(fila, COL_TIPO).currentData()
            textos = [texto(fila, c) for c in (COL_VARIABLE, COL_CLASE, COL_ETIQUETA, COL_SUBSISTEMA)]
            if any(textos):
                reglas.append(caracterizacion.Regla(textos[0], textos[1], tipo, textos[2], textos[3]))
        return reglas

    def _quitar_regla(self):
        filas = self.tabla_reglas.selectionModel().selectedRows()
        if filas:
            self.tabla_reglas.removeRow(filas[0].row())

    def guardar_reglas(self):
        if self.store is None:
            return
        try:
            total = caracterizacion.guardar_reglas(self.store, self.reglas_de_tabla())
        except PotError as problema:
            self.mensajes.error(tr("Rules not saved"), str(problema))
            return
        self.mensajes.exito(tr("Characterisation"), tr("{count} rules saved.", total).format(count=numero(total)))

    def caracterizar(self):
        capa = self.combo_unidades.currentData()
        if self.store is None or not capa:
            return
        tipos = caracterizacion.etiquetas_tipos()

        def listo(resultados):
            filas = json.loads(resultados["SUMMARY"])
            lineas = [tr("{kind}: {label} – {area} ha").format(kind=tipos[f["grupo"]], label=f["clave"],
                                                                 area=numero(f["area_ha"], 1))
                      for f in filas if f["grupo"] in tipos]
            self.texto_resumen.setPlainText("\n".join(lineas) or tr("No rule applies to these units."))
            self.session.notify()
            n = resultados["UNIT_COUNT"]
            self.mensajes.exito(tr("Characterisation"), tr("{count} territorial units characterised.", n).format(count=numero(n)))

        self.dock.ejecutar("pot:caracterizar_modelo_actual", {"INPUT": self.store.layer_uri(capa)}, listo,
                           tr("Characterising “{name}”").format(name=capa), titulo=tr("Characterisation"))
