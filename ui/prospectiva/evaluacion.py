"""Section 5 "Consistency and the optimal scenario" (Paso 03): the cross-impact judgements between the
states of the strategic variables (edited in a grid, imported or exported) and
``pot:consistencia_escenarios`` in a task (the consistent scenarios, exactly, and each stored
scenario's sensitivity); the experts' pertinence and probability scores; the ranking with their mean,
spread and the consistency; and the selection of the óptimo deseable with its justification."""
from __future__ import annotations

from qgis.core import QgsApplication, QgsProcessingUtils, QgsVectorLayer
from qgis.PyQt.QtWidgets import QFileDialog

from ...core.errors import PotError
from ...core.i18n import numero, tr
from ...prospectiva import cib, escenarios, evaluacion
from ...prospectiva.matriz_archivo import escribir_rejilla
from ..seccion import Seccion
from ..widgets import anadir_fila, estrecho, llenar_combo, preparar_tabla
from . import comun

P_EXPERTO, P_ESCENARIO, P_PERTINENCIA, P_PROBABILIDAD = range(4)


def media_y_dispersion(fila: dict, criterio: str) -> str:
    """"3.7 ± 0.5 (3)": mean ± standard deviation (number of experts), or "–"."""
    media = fila.get(f"{criterio}_media")
    if media is None:
        return "–"
    return "{mean} ± {sd} ({n})".format(mean=numero(media, 1), sd=numero(fila.get(f"{criterio}_desviacion") or 0, 1),
                                        n=numero(fila.get(f"{criterio}_n") or 0))


class SeccionEvaluacion(Seccion):
    def construir(self):
        self.lista = []
        self.consistentes = []
        self.dialogo = None
        for boton, icono in ((self.boton_juicios_importar, "/mActionFileOpen.svg"), (self.boton_juicios_exportar, "/mActionFileSaveAs.svg")):
            boton.setIcon(QgsApplication.getThemeIcon(icono))
        preparar_tabla(self.tabla_consistentes, [tr("Scenario")])
        preparar_tabla(self.tabla_sensibilidad, [tr("If"), tr("takes"), tr("then"), tr("goes"), tr("Consistent")])
        preparar_tabla(self.tabla_puntajes, [tr("Expert"), tr("Scenario"), tr("Pertinence"), tr("Probability")], editable=True)
        preparar_tabla(self.tabla_ranking, [tr("Scenario"), tr("Pertinence"), tr("Probability"), tr("Consistency"), tr("Score")])
        self.tabla_ranking.horizontalHeaderItem(4).setToolTip(tr("Mean pertinence × mean probability, each as a share of its scale"))
        for caja in (self.escala_pertinencia, self.escala_probabilidad):
            llenar_combo(caja, [("1–5", "1-5"), ("%", "%")])
        estrecho(self.combo_sensibilidad, 14)  # long scenario names must not widen the dock
        estrecho(self.combo_optimo, 14)
        self.boton_juicios.clicked.connect(lambda *_: self.editar_juicios())
        self.boton_juicios_importar.clicked.connect(lambda *_: self.importar_juicios())
        self.boton_juicios_exportar.clicked.connect(lambda *_: self.exportar_juicios())
        self.boton_consistencia.clicked.connect(lambda *_: self.consistencia())
        self.combo_sensibilidad.currentIndexChanged.connect(lambda *_: self._mostrar_sensibilidad())
        self.boton_puntaje_mas.clicked.connect(lambda *_: self._fila_puntaje("", self.lista[0].codigo if self.lista else "", None, None))
        self.boton_puntaje_menos.clicked.connect(lambda *_: comun.quitar_fila_elegida(self.tabla_puntajes))
        self.boton_puntajes_guardar.clicked.connect(lambda *_: self.guardar_puntajes())
        self.boton_optimo.clicked.connect(lambda *_: self.elegir_optimo())

    # -- showing ----------------------------------------------------------------------------------
    def llenar(self, store):
        self.lista = escenarios.cargar_escenarios(store)
        try:
            self.juicios = cib.desde_store(store)
        except PotError as problema:
            self.juicios = None
            self.etiqueta_descriptores.setText(str(problema))
        else:
            d = self.juicios.descriptores
            if len(d) < 2:
                self.etiqueta_descriptores.setText(tr(
                    "The cross-impact analysis needs at least two strategic variables with two or more possible states each "
                    "(section 4, “Possible states”)."))
            else:
                self.etiqueta_descriptores.setText(tr("{count} strategic variables with states: {combinations} combinations; {judged} judgements.").format(
                    count=numero(len(d)), combinations=numero(self.juicios.combinaciones), judged=numero(int((self.juicios.matriz != 0).sum()))))
        llenar_combo(self.combo_sensibilidad, [(f"{e.codigo} – {e.nombre}", e.codigo) for e in self.lista], self.combo_sensibilidad.currentData())
        self._mostrar_consistentes()
        self._mostrar_sensibilidad()
        self._llenar_puntajes(store)
        self._llenar_ranking(store)

    def limpiar(self):
        self.lista, self.consistentes, self.juicios = [], [], None
        for tabla in (self.tabla_consistentes, self.tabla_sensibilidad, self.tabla_puntajes, self.tabla_ranking):
            tabla.setRowCount(0)
        self.combo_sensibilidad.clear()
        self.combo_optimo.clear()
        self.etiqueta_descriptores.setText("")
        self.etiqueta_optimo.setText("")

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        descriptores = abierto and getattr(self, "juicios", None) is not None and len(self.juicios.descriptores) >= 2
        for boton in (self.boton_juicios, self.boton_juicios_importar, self.boton_juicios_exportar):
            boton.setEnabled(descriptores)
        self.boton_consistencia.setEnabled(descriptores and bool(self.juicios.matriz.any()))
        for boton in (self.boton_puntaje_mas, self.boton_puntaje_menos, self.boton_puntajes_guardar):
            boton.setEnabled(abierto and bool(self.lista))
        self.boton_optimo.setEnabled(abierto and self.combo_optimo.count() > 0)

    # -- consistency --------------------------------------------------------------------------------
    def _mostrar_consistentes(self):
        tabla = self.tabla_consistentes
        descriptores = [d.variable for d in self.juicios.descriptores] if getattr(self, "juicios", None) else []
        columnas = [tr("No.")] + descriptores + [tr("Consistency"), tr("Impact"), tr("Scenario")]
        preparar_tabla(tabla, columnas)
        tabla.setRowCount(0)
        for fila in self.consistentes:
            anadir_fila(tabla, [fila.get("orden")] + [fila.get(d.lower(), "") for d in descriptores]
                        + [comun.texto_de_numero(fila.get("consistencia"), 1), comun.texto_de_numero(fila.get("impacto_total"), 1),
                           fila.get("escenario") or ""])
        tabla.resizeColumnsToContents()

    def _mostrar_sensibilidad(self):
        tabla = self.tabla_sensibilidad
        tabla.setRowCount(0)
        codigo = self.combo_sensibilidad.currentData()
        if self.store is None or not codigo:
            return
        for f in cib.cargar_sensibilidad(self.store, codigo):
            if f["estado_antes"] == f["estado_despues"]:
                continue  # only what moves
            anadir_fila(tabla, [f["variable"], f["estado_nuevo"], f["variable_resultado"], f"{f['estado_antes']} → {f['estado_despues']}",
                                tr("yes") if f["consistente"] else tr("no")])
        tabla.resizeColumnsToContents()

    def consistencia(self):
        if self.store is None:
            return

        def listo(resultados):
            capa = QgsVectorLayer(resultados["OUTPUT"], "consistentes", "ogr")
            self.consistentes = [{n: f[n] for n in capa.fields().names()} for f in capa.getFeatures()]
            self.session.notify()
            n = int(resultados["COUNT"])
            self.mensajes.exito(tr("Consistency"), tr("{count} consistent scenarios among {combinations} combinations.", n).format(
                count=numero(n), combinations=numero(int(resultados["COMBINATIONS"]))))

        # a file, not TEMPORARY_OUTPUT: a memory layer lives in the task's context, gone when "listo" reads it
        salida = QgsProcessingUtils.generateTempFilename("escenarios_consistentes.gpkg")
        self.dock.ejecutar("pot:consistencia_escenarios", {"PROJECT": str(self.store.path), "TOLERANCE": self.tolerancia.value(),
                                                           "OUTPUT": salida}, listo,
                           tr("POT: consistency of the scenarios"), titulo=tr("Consistency"))

    def editar_juicios(self):
        from .juicios_dialog import JuiciosDialog

        self.dialogo = JuiciosDialog(self.store, self)
        if self.dialogo.exec() == self.dialogo.DialogCode.Accepted:
            self.session.notify()
            self.mensajes.exito(tr("Cross-impact judgements"), tr("{count} judgements saved.", self.dialogo.guardados).format(
                count=numero(self.dialogo.guardados)))

    def importar_juicios(self, ruta: str = ""):
        ruta = ruta or QFileDialog.getOpenFileName(self, tr("Import the judgements"), str(self.store.path.parent),
                                                   tr("Matrices (*.csv *.xlsx)"))[0]
        if not ruta:
            return
        try:
            juicios = cib.leer_juicios(ruta, cib.desde_store(self.store).descriptores)
            n = cib.guardar_juicios(self.store, juicios)
        except PotError as problema:
            self.mensajes.error(tr("Judgements not imported"), str(problema))
            return
        self.session.notify()
        self.mensajes.exito(tr("Cross-impact judgements"), tr("{count} judgements saved.", n).format(count=numero(n)))

    def exportar_juicios(self, ruta: str = ""):
        ruta = ruta or QFileDialog.getSaveFileName(self, tr("Export the judgements"), str(self.store.path.parent / "juicios.csv"),
                                                   tr("CSV (*.csv);;Excel (*.xlsx)"))[0]
        if not ruta:
            return
        try:
            escrita = escribir_rejilla(ruta, cib.rejilla(cib.desde_store(self.store)))
        except PotError as problema:
            self.mensajes.error(tr("Judgements not exported"), str(problema))
            return
        self.mensajes.exito(tr("Cross-impact judgements"), tr("Judgements written to {path}.").format(path=escrita))

    # -- experts' scores ----------------------------------------------------------------------------------
    def _llenar_puntajes(self, store):
        puntajes = evaluacion.cargar(store)
        escalas = {p.criterio: p.escala for p in puntajes}
        self.escala_pertinencia.setCurrentIndex(max(self.escala_pertinencia.findData(escalas.get(evaluacion.PERTINENCIA, "1-5")), 0))
        self.escala_probabilidad.setCurrentIndex(max(self.escala_probabilidad.findData(escalas.get(evaluacion.PROBABILIDAD, "1-5")), 0))
        filas = {}
        for p in puntajes:
            filas.setdefault((p.experto, p.escenario), {})[p.criterio] = p.valor
        self.tabla_puntajes.setRowCount(0)
        for (experto, escenario), valores in filas.items():
            self._fila_puntaje(experto, escenario, valores.get(evaluacion.PERTINENCIA), valores.get(evaluacion.PROBABILIDAD))
        self.tabla_puntajes.resizeColumnToContents(P_EXPERTO)

    def _fila_puntaje(self, experto, escenario, pertinencia, probabilidad):
        tabla = self.tabla_puntajes
        fila = tabla.rowCount()
        tabla.insertRow(fila)
        comun.poner(tabla, fila, P_EXPERTO, experto)
        comun.combo(tabla, fila, P_ESCENARIO, [(e.codigo, e.codigo) for e in self.lista], escenario)
        comun.poner(tabla, fila, P_PERTINENCIA, comun.texto_de_numero(pertinencia, 1))
        comun.poner(tabla, fila, P_PROBABILIDAD, comun.texto_de_numero(probabilidad, 1))

    def puntajes_de_tabla(self):
        tabla = self.tabla_puntajes
        lista = []
        escalas = {evaluacion.PERTINENCIA: self.escala_pertinencia.currentData(), evaluacion.PROBABILIDAD: self.escala_probabilidad.currentData()}
        for fila in range(tabla.rowCount()):
            experto, escenario = comun.texto(tabla, fila, P_EXPERTO), comun.dato(tabla, fila, P_ESCENARIO)
            for columna, criterio in ((P_PERTINENCIA, evaluacion.PERTINENCIA), (P_PROBABILIDAD, evaluacion.PROBABILIDAD)):
                texto = comun.texto(tabla, fila, columna)
                if not texto:
                    continue
                try:
                    valor = comun.numero_de(texto)
                except ValueError:
                    raise PotError(tr("Score of {expert} for {code}: “{value}” is not a number.").format(
                        expert=experto or "?", code=escenario, value=texto)) from None
                lista.append(evaluacion.Puntaje(escenario, experto, criterio, valor, escalas[criterio]))
        return lista

    def guardar_puntajes(self) -> bool:
        if self.store is None:
            return False
        try:
            n = evaluacion.reemplazar(self.store, self.puntajes_de_tabla())
        except PotError as problema:
            self.mensajes.error(tr("Scores not saved"), str(problema))
            return False
        self.session.notify()
        self.mensajes.exito(tr("Experts"), tr("{count} scores saved.", n).format(count=numero(n)))
        return True

    # -- the óptimo -----------------------------------------------------------------------------------------
    def _llenar_ranking(self, store):
        ranking = evaluacion.ranking(store)
        tabla = self.tabla_ranking
        tabla.setRowCount(0)
        for fila in ranking:
            consistencia = fila.get("consistencia")
            anadir_fila(tabla, [f"{fila['escenario']} – {fila['nombre']}", media_y_dispersion(fila, evaluacion.PERTINENCIA),
                                media_y_dispersion(fila, evaluacion.PROBABILIDAD),
                                "–" if consistencia is None else comun.texto_de_numero(consistencia, 1),
                                "–" if fila.get("puntaje") is None else numero(fila["puntaje"], 2)], fila["escenario"])
        tabla.resizeColumnsToContents()
        elegido = evaluacion.optimo(store)
        # the recorded óptimo, else the best of the ranking (scores change it until one is recorded)
        llenar_combo(self.combo_optimo, [(f"{f['escenario']} – {f['nombre']}", f["escenario"]) for f in ranking],
                     elegido["escenario"] if elegido else (ranking[0]["escenario"] if ranking else None))
        if elegido:
            nombre = next((e.nombre for e in self.lista if e.codigo == elegido["escenario"]), elegido["escenario"])
            self.etiqueta_optimo.setText("<b>{}</b> {}".format(tr("Optimal scenario:"), tr("{name} (selected {date}).").format(
                name=nombre, date=(elegido["fecha"] or "")[:10])))
            self.etiqueta_optimo.setToolTip(elegido["justificacion"])
            if not self.justificacion.toPlainText().strip():
                self.justificacion.setPlainText(elegido["justificacion"])
        else:
            self.etiqueta_optimo.setText(tr("No optimal scenario selected yet."))
            self.etiqueta_optimo.setToolTip("")

    def elegir_optimo(self) -> bool:
        codigo = self.combo_optimo.currentData()
        if self.store is None or not codigo:
            return False
        try:
            evaluacion.seleccionar_optimo(self.store, codigo, self.justificacion.toPlainText())
        except PotError as problema:
            self.mensajes.error(tr("Optimal scenario"), str(problema))
            return False
        self.session.notify()
        self.mensajes.exito(tr("Optimal scenario"), tr("Scenario {code} recorded as the optimal desirable scenario.").format(code=codigo))
        return True
