"""Section 3 "Synthesis into territorial units": overlays the registered polygon layers with
``pot:modelo_actual_unidades`` in a task. Only polygon layers are offered (a line layer would make
the run fail); ticks survive every refresh; replacing an existing units layer is asked first; the
minimum area is remembered."""
from __future__ import annotations

from qgis.core import QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QListWidgetItem, QMessageBox

from ...core.errors import PotError
from ...core.i18n import numero, tr
from ...core.settings import ajustes
from ...modelo_actual import registro
from ..seccion import Seccion

UNIDADES = "modelo_actual_unidades"


def es_poligonal(capa, cache: dict) -> bool:
    """Whether a registered DIT layer holds polygons (from its last check, else by opening it once)."""
    if capa.tipo != registro.VECTOR:
        return False
    geometria = (capa.validacion or {}).get("geometria")
    if geometria:
        return "Polygon" in geometria or "Surface" in geometria
    if capa.fuente not in cache:
        try:
            cache[capa.fuente] = registro.cargar_capa(capa).geometryType() == QgsWkbTypes.PolygonGeometry
        except PotError:
            cache[capa.fuente] = False
    return cache[capa.fuente]


class SeccionSintesis(Seccion):
    def construir(self):
        self.desmarcadas = set()  # layers the user unticked (kept across refreshes)
        self._poligonales = {}
        self.nombre_unidades.setText(UNIDADES)
        self.area_minima.setClearValue(0.0)
        self.area_minima.setValue(ajustes.area_minima_ha)
        self.area_minima.valueChanged.connect(lambda valor: setattr(ajustes, "area_minima_ha", valor))
        self.lista_sintesis.itemChanged.connect(self._al_marcar)
        self.boton_sintesis.clicked.connect(lambda *_: self.sintetizar())

    def llenar(self, store):
        self.lista_sintesis.blockSignals(True)
        self.lista_sintesis.clear()
        for capa in registro.listar(store):
            if not es_poligonal(capa, self._poligonales):
                continue
            item = QListWidgetItem(capa.nombre)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if capa.nombre in self.desmarcadas else Qt.CheckState.Checked)
            item.setToolTip(capa.etiqueta_tema)
            self.lista_sintesis.addItem(item)
        self.lista_sintesis.blockSignals(False)

    def limpiar(self):
        self.lista_sintesis.clear()
        self.desmarcadas = set()

    def actualizar_botones(self):
        self.boton_sintesis.setEnabled(self.store is not None and not self.dock.ocupado and bool(self.capas_elegidas()))

    def _al_marcar(self, item):
        if item.checkState() == Qt.CheckState.Checked:
            self.desmarcadas.discard(item.text())
        else:
            self.desmarcadas.add(item.text())
        self.actualizar_botones()

    def capas_elegidas(self):
        lista = self.lista_sintesis
        return [lista.item(i).text() for i in range(lista.count()) if lista.item(i).checkState() == Qt.CheckState.Checked]

    def sintetizar(self):
        if self.store is None:
            return
        elegidas = self.capas_elegidas()
        if not elegidas:
            self.mensajes.aviso(tr("Synthesis"), tr("Choose at least one polygon layer for the synthesis."))
            return
        nombre = self.nombre_unidades.text().strip() or UNIDADES
        if nombre in self.store.spatial_layers():
            respuesta = QMessageBox.question(
                self, tr("Synthesis"),
                tr("The POT already has a layer “{name}”. Replace it with the new units? Saved versions are kept.").format(name=nombre),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if respuesta != QMessageBox.StandardButton.Yes:
                return

        def listo(resultados):
            self.session.notify()
            n = resultados.get("UNIT_COUNT") or 0
            self.mensajes.exito(tr("Synthesis"), tr("{count} territorial units stored in the POT.", n).format(count=numero(n)))

        self.dock.ejecutar("pot:modelo_actual_unidades", {
            "PROJECT": str(self.store.path), "LAYERS": ";".join(elegidas), "MIN_AREA_HA": self.area_minima.value(),
            "NAME": nombre, "REPLACE": True,
        }, listo, tr("POT: territorial units of the current model"), titulo=tr("Synthesis"))
