"""Section 1 "DIT layers": the registered layers (theme, fields → variables, check status), and a form
to register one more. The layer list offers the project's layers that are not the POT's own, and
starts empty: nothing is registered by accident (the ámbito is not a DIT layer)."""
from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer

from ...core import compat
from ...core.i18n import tr
from ...modelo_actual import registro
from ..seccion import Seccion
from ..widgets import anadir_fila, datos_seleccion, estrecho, llenar_combo, preparar_tabla


def capas_del_pot(store) -> list:
    """Layers of the QGIS project read from the POT's own GeoPackage."""
    ruta = str(store.path) if store is not None else None
    return [lyr for lyr in QgsProject.instance().mapLayers().values() if ruta and lyr.source().split("|")[0] == ruta]


class SeccionCapas(Seccion):
    def construir(self):
        preparar_tabla(self.tabla_capas, [tr("Layer"), tr("Theme"), tr("Fields → variables"), tr("Check")])
        self.tabla_capas.itemSelectionChanged.connect(self.actualizar_botones)
        self.combo_capa.setFilters(compat.filtro_de_capas("vector", "raster"))
        self.combo_capa.setAllowEmptyLayer(True)
        self.combo_capa.setLayer(None)
        llenar_combo(self.combo_tema, [(etiqueta, codigo) for codigo, etiqueta in registro.etiquetas_temas().items()])
        self.combo_campo.setAllowEmptyFieldName(True)
        self.combo_capa.layerChanged.connect(self._al_cambiar_capa)
        for combo in (self.combo_capa, self.combo_tema, self.combo_campo, self.combo_variable):
            estrecho(combo)
        self.boton_registrar.clicked.connect(lambda *_: self.registrar())
        self.boton_quitar.clicked.connect(lambda *_: self.quitar())
        self.boton_mapeo.clicked.connect(lambda *_: self.abrir_mapeo())
        self._al_cambiar_capa(None)

    def llenar(self, store):
        from ...diccionario import repositorio

        self.combo_capa.setExceptedLayerList(capas_del_pot(store))
        llenar_combo(self.combo_variable, [("", "")] + [(f"{v.codigo} – {v.nombre}", v.codigo) for v in repositorio.cargar(store)],
                     self.combo_variable.currentData())
        self.tabla_capas.setRowCount(0)
        for capa in registro.listar(store):
            mapeos = ", ".join(f"{m.campo} → {m.variable}" for m in capa.mapeos)
            estado = tr("not checked")
            if capa.validacion:
                estado = tr("OK") if capa.validacion.get("ok") else tr("to check")
            anadir_fila(self.tabla_capas, [capa.nombre, capa.etiqueta_tema, mapeos, estado], capa.nombre, capa.fuente)
        self.tabla_capas.resizeColumnsToContents()

    def limpiar(self):
        self.tabla_capas.setRowCount(0)
        self.combo_variable.clear()

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        self.boton_quitar.setEnabled(abierto and datos_seleccion(self.tabla_capas) is not None)
        self.boton_registrar.setEnabled(abierto and self.combo_capa.currentLayer() is not None)
        self.boton_mapeo.setEnabled(abierto and isinstance(self.combo_capa.currentLayer(), QgsVectorLayer))

    def _al_cambiar_capa(self, layer):
        self.combo_campo.setLayer(layer if isinstance(layer, QgsVectorLayer) else None)
        self.actualizar_botones()

    def registrar(self):
        layer = self.combo_capa.currentLayer()
        if self.store is None or layer is None:
            return

        def listo(resultados):
            self.mapa_valores.clear()
            self.combo_capa.setLayer(None)
            self.session.notify()
            self.mensajes.exito(tr("DIT layers"), tr("“{name}” registered.").format(name=resultados["NAME"]))

        self.dock.ejecutar("pot:registrar_capa_dit", {
            "PROJECT": str(self.store.path),
            "INPUT": layer.id(),
            "THEME": registro.TEMAS.index(self.combo_tema.currentData()),
            "FIELD": self.combo_campo.currentField(),
            "VARIABLE": self.combo_variable.currentData() or "",
            "VALUE_MAP": self.mapa_valores.text(),
        }, listo, titulo=tr("DIT layer not registered"))

    def abrir_mapeo(self):
        """The value-map dialog (ui/mapeo_valores_dialog): proposals and what stays unmatched, by count."""
        from ..mapeo_valores_dialog import pedir_mapeo

        texto = pedir_mapeo(self, self.store, self.combo_capa.currentLayer(), self.combo_campo.currentField(),
                            self.combo_variable.currentData() or "", self.mapa_valores.text())
        if texto is not None:
            self.mapa_valores.setText(texto)

    def quitar(self):
        nombre = datos_seleccion(self.tabla_capas)
        if nombre and self.store is not None:
            registro.eliminar(self.store, nombre)
            self.session.notify()
            self.mensajes.exito(tr("DIT layers"), tr("“{name}” removed from the registry; its source is untouched.").format(
                name=nombre))
