"""Section 2 "Check the layers": runs ``pot:validar_capas_dit`` in a task, lists each layer's verdict
and its located problems (a click zooms the map there), and writes a corrected copy of a layer
with ``pot:corregir_capa_dit``."""
from __future__ import annotations

import json

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QListWidgetItem

from ...core.i18n import numero, tr
from ...modelo_actual import registro, validacion
from ..seccion import Seccion
from ..widgets import ROL_DATOS, estrecho, llenar_combo

MARGEN_ZOOM_M = 250


def zoom_a(iface, store, x, y, margen=MARGEN_ZOOM_M):
    """Centre the map on (x, y) in the POT's CRS."""
    if iface is None or store is None or x is None:
        return
    canvas = iface.mapCanvas()
    crs = QgsCoordinateReferenceSystem(store.metadata().get("crs", ""))
    rect = QgsRectangle(x - margen, y - margen, x + margen, y + margen)
    destino = canvas.mapSettings().destinationCrs()
    if destino.isValid() and crs.isValid() and destino != crs:
        rect = QgsCoordinateTransform(crs, destino, QgsProject.instance()).transformBoundingBox(rect)
    canvas.setExtent(rect)
    canvas.refresh()


class SeccionRevision(Seccion):
    def construir(self):
        self.problemas = []
        estrecho(self.combo_corregir)
        self.boton_validar.clicked.connect(lambda *_: self.validar())
        self.boton_corregir.clicked.connect(lambda *_: self.corregir())
        self.lista_problemas.itemClicked.connect(self._zoom_problema)

    def llenar(self, store):
        capas = registro.listar(store)
        vectoriales = [c.nombre for c in capas if c.tipo == registro.VECTOR]
        llenar_combo(self.combo_corregir, [(n, n) for n in vectoriales], self.combo_corregir.currentData())
        if not self.problemas:  # no check run in this session: the verdicts stored at the last one
            informes = [c.validacion for c in capas if c.validacion]
            if informes:
                self.mostrar_informe({"capas": informes, "problemas": []})
                if any(i.get("problemas") for i in informes):
                    aviso = QListWidgetItem(tr("Check again to list each problem and zoom to it."))
                    aviso.setForeground(Qt.GlobalColor.gray)
                    self.lista_problemas.addItem(aviso)

    def limpiar(self):
        self.combo_corregir.clear()
        self.lista_problemas.clear()
        self.problemas = []

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        self.boton_validar.setEnabled(abierto)
        self.boton_corregir.setEnabled(abierto and self.combo_corregir.count() > 0)

    def validar(self):
        if self.store is None:
            return

        def listo(resultados):
            self.mostrar_informe(json.loads(resultados["REPORT"]))
            self.session.notify()
            malas = resultados.get("LAYERS_WITH_PROBLEMS", 0)
            if malas:
                self.mensajes.aviso(tr("Check"), tr("{n} layers to check; their problems are listed below.", malas).format(
                    n=numero(malas)))
            else:
                self.mensajes.exito(tr("Check"), tr("Every registered layer is fine."))

        self.dock.ejecutar("pot:validar_capas_dit", {"PROJECT": str(self.store.path)}, listo, tr("Checking the DIT layers"),
                           titulo=tr("Check"))

    def mostrar_informe(self, informe):
        self.lista_problemas.clear()
        self.problemas = informe["problemas"]
        for capa in informe["capas"]:
            cabecera = QListWidgetItem(("✔ " if capa.get("ok") else "⚠ ") + "{}: {}".format(capa["capa"], validacion.resumen(capa)))
            fuente = cabecera.font()
            fuente.setBold(True)
            cabecera.setFont(fuente)
            cabecera.setData(ROL_DATOS, None)
            self.lista_problemas.addItem(cabecera)
            for problema in (p for p in self.problemas if p["capa"] == capa["capa"]):
                item = QListWidgetItem("    " + validacion.texto_problema(problema))
                item.setToolTip(validacion.texto_problema(problema))
                item.setData(ROL_DATOS, problema)
                if problema["x"] is None:
                    item.setForeground(Qt.GlobalColor.gray)
                self.lista_problemas.addItem(item)

    def _zoom_problema(self, item):
        problema = item.data(ROL_DATOS)
        if problema and problema.get("x") is not None:
            zoom_a(self.iface, self.store, problema["x"], problema["y"])

    def corregir(self):
        nombre = self.combo_corregir.currentData()
        if not nombre or self.store is None:
            return

        def listo(resultados):
            self.session.notify()
            self.mensajes.exito(tr("Correction"), "{} {}".format(
                tr("{n} geometries repaired,", resultados["REPAIRED"]).format(n=numero(resultados["REPAIRED"])),
                tr("{n} texts re-decoded; the registry now uses the copy.", resultados["REDECODED"]).format(
                    n=numero(resultados["REDECODED"]))))

        self.dock.ejecutar("pot:corregir_capa_dit", {"PROJECT": str(self.store.path), "LAYER": nombre}, listo,
                           tr("Correcting “{name}”").format(name=nombre), titulo=tr("Correction"))
