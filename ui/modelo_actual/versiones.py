"""Section 5 "Versions": the saved versions (preliminary, validated), saving the units as a new
version with ``pot:guardar_version_modelo`` and comparing two with ``pot:comparar_versiones``, both
in a task."""
from __future__ import annotations

import json

from ...core.i18n import numero, tr
from ...modelo_actual import versiones
from ..seccion import Seccion
from ..widgets import anadir_fila, estrecho, llenar_combo, preparar_tabla
from .unidades import capas_de_unidades


class SeccionVersiones(Seccion):
    def construir(self):
        preparar_tabla(self.tabla_versiones, [tr("Version"), tr("State"), tr("Date"), tr("Units"), tr("Note")])
        llenar_combo(self.combo_estado, [(etiqueta, codigo) for codigo, etiqueta in versiones.etiquetas_estados().items()])
        estrecho(self.combo_version_capa)
        self.boton_version.clicked.connect(lambda *_: self.guardar_version())
        self.boton_comparar.clicked.connect(lambda *_: self.comparar())

    def llenar(self, store):
        llenar_combo(self.combo_version_capa, [(n, n) for n in capas_de_unidades(store, con_versiones=False)],
                     self.combo_version_capa.currentData())
        self.tabla_versiones.setRowCount(0)
        lista = versiones.listar(store)
        etiquetas = versiones.etiquetas_estados()
        for v in lista:
            anadir_fila(self.tabla_versiones, [v["version"], etiquetas.get(v["estado"], v["estado"]), v["fecha"],
                                               numero(v["unidades"] or 0), v["nota"]], v["version"])
        self.tabla_versiones.resizeColumnsToContents()
        if lista:
            ultima = lista[-1]["version"]
            self.version_a.setMaximum(ultima)
            self.version_b.setMaximum(ultima)
            self.version_b.setValue(ultima)
            self.version_a.setValue(max(1, ultima - 1))
        self.versiones = lista

    def limpiar(self):
        self.tabla_versiones.setRowCount(0)
        self.combo_version_capa.clear()
        self.texto_comparacion.clear()
        self.versiones = []

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        self.boton_version.setEnabled(abierto and self.combo_version_capa.count() > 0)
        self.boton_comparar.setEnabled(abierto and len(getattr(self, "versiones", [])) >= 2)

    def guardar_version(self):
        capa = self.combo_version_capa.currentData()
        if self.store is None or not capa:
            return

        def listo(resultados):
            self.nota_version.clear()
            self.session.notify()
            self.mensajes.exito(tr("Versions"), tr("Version {n} saved.").format(n=resultados["VERSION"]))

        self.dock.ejecutar("pot:guardar_version_modelo", {
            "PROJECT": str(self.store.path), "INPUT": self.store.layer_uri(capa),
            "STATE": versiones.ESTADOS.index(self.combo_estado.currentData()), "NOTE": self.nota_version.text(),
        }, listo, tr("Saving a version of the current model"), titulo=tr("Version not saved"))

    def comparar(self):
        if self.store is None:
            return

        def listo(resultados):
            informe = json.loads(resultados["REPORT"])
            total = informe["unidades_b"]
            lineas = [tr("{changed} of {total} units changed.", total).format(
                changed=numero(informe["unidades_cambiadas"]), total=numero(total))]
            for m in informe["movimientos"]:
                lineas.append("{v}: {a} → {b}: {ha} ha".format(v=m["variable"], a=m["desde"] or "–", b=m["hacia"] or "–",
                                                               ha=numero(m["area_ha"], 1)))
            self.texto_comparacion.setPlainText("\n".join(lineas))

        self.dock.ejecutar("pot:comparar_versiones", {
            "PROJECT": str(self.store.path), "VERSION_A": self.version_a.value(), "VERSION_B": self.version_b.value(),
        }, listo, tr("Comparing versions {a} and {b}").format(a=self.version_a.value(), b=self.version_b.value()),
            titulo=tr("Comparison"))
