"""Section 3 "Supuestos and causal relations" (Paso 03): the supuestos territoriales (external factors:
kind, description, source) with their expected effects on named variables, and the causal relations
between variables — proposed from the strongest links of the last structural analysis, then edited by
the team (an edited proposal becomes the team's) — kept for the MOT."""
from __future__ import annotations

from ...core.errors import PotError
from ...core.i18n import numero, tr
from ...prospectiva import analisis_estructural, supuestos, variables
from ..seccion import Seccion
from ..widgets import ROL_DATOS, preparar_tabla
from . import comun

S_CODIGO, S_NOMBRE, S_TIPO, S_DESCRIPCION, S_FUENTE = range(5)
E_VARIABLE, E_SENTIDO, E_DESCRIPCION = range(3)
R_ORIGEN, R_DESTINO, R_INTENSIDAD, R_SENTIDO, R_DESCRIPCION, R_DATO = range(6)


def etiquetas_tipos() -> dict:
    return {"economia": tr("Economy"), "violencia": tr("Violence"), "epidemias": tr("Epidemics"), "clima": tr("Climate"),
            "politica": tr("Politics"), "otro": tr("Other")}


def etiquetas_sentidos() -> dict:
    return {"+": tr("+ favours"), "-": tr("− harms"), "?": tr("? uncertain")}


class SeccionSupuestos(Seccion):
    def construir(self):
        self.efectos = []  # per row of the supuestos table: its effects (kept while another row is shown)
        self.fila_efectos = -1
        self.originales = []  # per row of the relations table: the relation as loaded (None for new rows)
        self.codigos = []
        preparar_tabla(self.tabla_supuestos, [tr("Code"), tr("Name"), tr("Kind"), tr("Description"), tr("Source")], editable=True)
        preparar_tabla(self.tabla_efectos, [tr("Variable"), tr("Sign"), tr("Expected effect")], editable=True)
        preparar_tabla(self.tabla_relaciones, [tr("From"), tr("To"), tr("Intensity"), tr("Sign"), tr("Description"), tr("Origin")],
                       editable=True)
        self.tabla_supuestos.itemSelectionChanged.connect(self._al_elegir_supuesto)
        self.boton_supuesto_mas.clicked.connect(lambda *_: self._fila_supuesto(supuestos.Supuesto(self._codigo_libre(), "")))
        self.boton_supuesto_menos.clicked.connect(lambda *_: self._quitar_supuesto())
        self.boton_efecto_mas.clicked.connect(lambda *_: self._fila_efecto(supuestos.Efecto(self.codigos[0] if self.codigos else "")))
        self.boton_efecto_menos.clicked.connect(lambda *_: comun.quitar_fila_elegida(self.tabla_efectos))
        self.boton_supuestos_guardar.clicked.connect(lambda *_: self.guardar_supuestos())
        self.boton_proponer.clicked.connect(lambda *_: self.proponer())
        self.boton_relacion_mas.clicked.connect(lambda *_: self._fila_relacion(supuestos.Relacion(
            self.codigos[0] if self.codigos else "", self.codigos[1] if len(self.codigos) > 1 else ""), None))
        self.boton_relacion_menos.clicked.connect(lambda *_: self._quitar_relacion())
        self.boton_relaciones_guardar.clicked.connect(lambda *_: self.guardar_relaciones())

    # -- showing ----------------------------------------------------------------------------------
    def llenar(self, store):
        self.nombres = comun.nombres_de_variables(store)
        self.codigos = [v.variable for v in variables.cargar(store)] or list(self.nombres)
        self.tabla_supuestos.blockSignals(True)
        self.tabla_supuestos.setRowCount(0)
        self.efectos, self.fila_efectos = [], -1
        for supuesto in supuestos.cargar_supuestos(store):
            self._fila_supuesto(supuesto)
        self.tabla_supuestos.blockSignals(False)
        self.tabla_supuestos.resizeColumnToContents(S_CODIGO)
        if self.tabla_supuestos.rowCount():
            self.tabla_supuestos.selectRow(0)
        self._al_elegir_supuesto()
        self.tabla_relaciones.setRowCount(0)
        self.originales = []
        for relacion in supuestos.cargar_relaciones(store):
            self._fila_relacion(relacion, relacion)
        self.tabla_relaciones.resizeColumnsToContents()

    def limpiar(self):
        for tabla in (self.tabla_supuestos, self.tabla_efectos, self.tabla_relaciones):
            tabla.setRowCount(0)
        self.efectos, self.fila_efectos, self.originales = [], -1, []

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        for boton in (self.boton_supuesto_mas, self.boton_supuesto_menos, self.boton_supuestos_guardar, self.boton_relacion_mas,
                      self.boton_relacion_menos, self.boton_relaciones_guardar):
            boton.setEnabled(abierto)
        elegido = self.tabla_supuestos.currentRow() >= 0
        self.boton_efecto_mas.setEnabled(abierto and elegido)
        self.boton_efecto_menos.setEnabled(abierto and elegido)
        self.boton_proponer.setEnabled(abierto and self.store is not None
                                       and self.store.count("pot_prosp_matrices", "calculado IS NOT NULL") > 0)

    def _variables(self, actual=""):
        return [(comun.etiqueta(c, self.nombres), c) for c in self.codigos]

    # -- supuestos ----------------------------------------------------------------------------------
    def _codigo_libre(self) -> str:
        usados = {comun.texto(self.tabla_supuestos, f, S_CODIGO) for f in range(self.tabla_supuestos.rowCount())}
        n = 1
        while f"S{n}" in usados:
            n += 1
        return f"S{n}"

    def _fila_supuesto(self, supuesto):
        tabla = self.tabla_supuestos
        fila = tabla.rowCount()
        tabla.insertRow(fila)
        for columna, valor in ((S_CODIGO, supuesto.codigo), (S_NOMBRE, supuesto.nombre), (S_DESCRIPCION, supuesto.descripcion),
                               (S_FUENTE, supuesto.fuente)):
            comun.poner(tabla, fila, columna, valor)
        comun.combo(tabla, fila, S_TIPO, [(t, c) for c, t in etiquetas_tipos().items()], supuesto.tipo)
        self.efectos.append(list(supuesto.efectos))
        if fila and not self.tabla_supuestos.signalsBlocked():
            tabla.selectRow(fila)
        return fila

    def _quitar_supuesto(self):
        self._guardar_efectos_en_memoria()
        fila = comun.quitar_fila_elegida(self.tabla_supuestos)
        if fila >= 0:
            del self.efectos[fila]
            self.fila_efectos = -1
            self._al_elegir_supuesto()

    def _al_elegir_supuesto(self):
        self._guardar_efectos_en_memoria()
        fila = self.tabla_supuestos.currentRow()
        self.tabla_efectos.setRowCount(0)
        self.fila_efectos = fila
        if 0 <= fila < len(self.efectos):
            for efecto in self.efectos[fila]:
                self._fila_efecto(efecto)
        self.actualizar_botones()

    def _fila_efecto(self, efecto):
        tabla = self.tabla_efectos
        fila = tabla.rowCount()
        tabla.insertRow(fila)
        comun.combo(tabla, fila, E_VARIABLE, self._variables(), efecto.variable)
        comun.combo(tabla, fila, E_SENTIDO, [(t, c) for c, t in etiquetas_sentidos().items()], efecto.sentido)
        comun.poner(tabla, fila, E_DESCRIPCION, efecto.descripcion)

    def _guardar_efectos_en_memoria(self):
        """The effects table belongs to the row shown before: keep what was typed there."""
        if 0 <= self.fila_efectos < len(self.efectos):
            tabla = self.tabla_efectos
            self.efectos[self.fila_efectos] = [
                supuestos.Efecto(comun.dato(tabla, f, E_VARIABLE), comun.dato(tabla, f, E_SENTIDO), comun.texto(tabla, f, E_DESCRIPCION))
                for f in range(tabla.rowCount())]

    def supuestos_de_tabla(self):
        self._guardar_efectos_en_memoria()
        tabla = self.tabla_supuestos
        lista = []
        for fila in range(tabla.rowCount()):
            lista.append(supuestos.Supuesto(comun.texto(tabla, fila, S_CODIGO), comun.texto(tabla, fila, S_NOMBRE),
                                            comun.texto(tabla, fila, S_DESCRIPCION), comun.dato(tabla, fila, S_TIPO),
                                            comun.texto(tabla, fila, S_FUENTE), list(self.efectos[fila])))
        return lista

    def guardar_supuestos(self) -> bool:
        """Write every supuesto of the table (checked first: codes present and unique) and delete the ones removed."""
        if self.store is None:
            return False
        lista = self.supuestos_de_tabla()
        try:
            vistos = set()
            for numero_fila, s in enumerate(lista, start=1):
                if not s.codigo or not s.nombre:
                    raise PotError(tr("Supuesto in row {row}: a supuesto needs a code and a name.").format(row=numero_fila))
                if s.codigo in vistos:
                    raise PotError(tr("The supuesto code “{code}” is repeated.").format(code=s.codigo))
                vistos.add(s.codigo)
            for s in lista:
                supuestos.guardar_supuesto(self.store, s)
            for viejo in supuestos.cargar_supuestos(self.store):
                if viejo.codigo not in vistos:
                    supuestos.eliminar_supuesto(self.store, viejo.codigo)
        except PotError as problema:
            self.mensajes.error(tr("Supuestos not saved"), str(problema))
            return False
        self.session.notify()
        self.mensajes.exito(tr("Supuestos"), tr("{count} supuestos saved.", len(lista)).format(count=numero(len(lista))))
        return True

    # -- causal relations -------------------------------------------------------------------------------
    def _fila_relacion(self, relacion, original):
        tabla = self.tabla_relaciones
        fila = tabla.rowCount()
        tabla.insertRow(fila)
        comun.combo(tabla, fila, R_ORIGEN, self._variables(), relacion.origen)
        comun.combo(tabla, fila, R_DESTINO, self._variables(), relacion.destino)
        comun.combo(tabla, fila, R_INTENSIDAD, [(v, v) for v in supuestos.INTENSIDADES], relacion.intensidad)
        comun.combo(tabla, fila, R_SENTIDO, [(t, c) for c, t in etiquetas_sentidos().items()], relacion.sentido)
        comun.poner(tabla, fila, R_DESCRIPCION, relacion.descripcion)
        origen = tr("matrix") if relacion.origen_dato == supuestos.MATRIZ else tr("team")
        comun.poner(tabla, fila, R_DATO, origen, editable=False, datos=relacion.origen_dato)
        self.originales.append(original)

    def _quitar_relacion(self):
        fila = comun.quitar_fila_elegida(self.tabla_relaciones)
        if fila >= 0:
            del self.originales[fila]

    def relaciones_de_tabla(self):
        tabla = self.tabla_relaciones
        lista = []
        for fila in range(tabla.rowCount()):
            relacion = supuestos.Relacion(comun.dato(tabla, fila, R_ORIGEN), comun.dato(tabla, fila, R_DESTINO),
                                          comun.dato(tabla, fila, R_INTENSIDAD), comun.dato(tabla, fila, R_SENTIDO),
                                          comun.texto(tabla, fila, R_DESCRIPCION), tabla.item(fila, R_DATO).data(ROL_DATOS))
            original = self.originales[fila]
            if original is None or (relacion.origen, relacion.destino, relacion.intensidad, relacion.sentido, relacion.descripcion) != (
                    original.origen, original.destino, original.intensidad, original.sentido, original.descripcion):
                relacion.origen_dato = supuestos.USUARIO  # the team's now
            lista.append(relacion)
        return lista

    def guardar_relaciones(self) -> bool:
        if self.store is None:
            return False
        try:
            lista = self.relaciones_de_tabla()
            supuestos.guardar_relaciones(self.store, lista)
        except PotError as problema:
            self.mensajes.error(tr("Relations not saved"), str(problema))
            return False
        self.session.notify()
        self.mensajes.exito(tr("Causal relations"), tr("{count} causal relations saved.", len(lista)).format(count=numero(len(lista))))
        return True

    def proponer(self):
        """Add the strongest links of the last structural analysis not listed yet (the table's edits are saved first)."""
        if self.store is None or not self.guardar_relaciones():
            return
        corrida = analisis_estructural.ultima_corrida(self.store)
        if corrida is None:
            self.mensajes.aviso(tr("Causal relations"), tr("Run the structural analysis first."))
            return
        nuevas = supuestos.anadir_relaciones_de_matriz(self.store, corrida.resultado)
        self.session.notify()
        self.mensajes.exito(tr("Causal relations"), tr("{count} relations proposed from the matrix.", nuevas).format(count=numero(nuevas)))
