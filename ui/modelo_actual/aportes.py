"""Section 6 "Contributions": record the stakeholders' contributions on the map (a point or an area,
then QGIS's attribute form of the contributions layer: Spanish labels, a value list for the status,
today's date and the last author filled in, internal fields hidden), and answer the pending ones."""
from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayerUtils, QgsWkbTypes
from qgis.gui import QgsAttributeDialog, QgsAttributeEditorContext

from ...__about__ import PLUGIN_DIR
from ...core.errors import PotError
from ...core.i18n import tr
from ...core.settings import ajustes
from ...modelo_actual import aportes, aportes_formulario
from ..herramientas_aporte import HerramientaArea, HerramientaPunto
from ..seccion import Seccion
from ..widgets import llenar_combo
from .revision import zoom_a


def capa_del_proyecto(store, nombre):
    """The project's layer of the POT table ``nombre``, or None."""
    uri = store.layer_uri(nombre)
    return next((lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source() == uri), None)


class SeccionAportes(Seccion):
    def construir(self):
        from qgis.PyQt.QtGui import QIcon

        self.pendientes = []
        self.herramienta = None
        self.dialogo = None
        self.boton_punto.setIcon(QIcon(str(PLUGIN_DIR / "icons" / "aporte_punto.svg")))
        self.boton_area.setIcon(QIcon(str(PLUGIN_DIR / "icons" / "aporte_area.svg")))
        llenar_combo(self.combo_estado_aporte, [(etiqueta, codigo) for codigo, etiqueta in aportes.etiquetas_estados().items()])
        self.boton_punto.toggled.connect(lambda activo: self.activar("punto", activo))
        self.boton_area.toggled.connect(lambda activo: self.activar("area", activo))
        self.lista_aportes.currentRowChanged.connect(self._mostrar_aporte)
        self.lista_aportes.itemClicked.connect(lambda *_: self._zoom_aporte(self.lista_aportes.currentRow()))
        self.boton_responder.clicked.connect(lambda *_: self.responder())

    # -- showing ----------------------------------------------------------------------------------
    def llenar(self, store):
        aportes_formulario.asegurar(store)
        self._llenar_pendientes(store)

    def _llenar_pendientes(self, store):
        self.lista_aportes.clear()
        self.pendientes = aportes.pendientes(store)
        for aporte in self.pendientes:
            texto = (aporte["texto"] or "").replace("\n", " ")
            self.lista_aportes.addItem("{fecha} · {autor}: {texto}".format(
                fecha=aporte["fecha"] or tr("undated"), autor=aporte["autor"] or tr("no author"), texto=texto[:60]))
        if self.pendientes:
            self.lista_aportes.setCurrentRow(0)
        else:
            self.detalle_aporte.setText(tr("No pending contributions."))
            self.respuesta.clear()

    def limpiar(self):
        self.activar(None, False)
        self.lista_aportes.clear()
        self.pendientes = []
        self.detalle_aporte.clear()

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        puede_dibujar = abierto and self.iface is not None
        self.boton_punto.setEnabled(puede_dibujar)
        self.boton_area.setEnabled(puede_dibujar)
        self.boton_responder.setEnabled(abierto and bool(self.pendientes))

    def _mostrar_aporte(self, fila):
        if not 0 <= fila < len(self.pendientes):
            return
        aporte = self.pendientes[fila]
        self.detalle_aporte.setText(tr("<b>{author}</b> ({institution}) · {workshop} · {date}<br>{text}").format(
            author=aporte["autor"] or tr("no author"), institution=aporte["institucion"] or "–", workshop=aporte["taller"] or "–",
            date=aporte["fecha"] or tr("undated"), text=aporte["texto"] or ""))
        self.respuesta.setPlainText(aporte["respuesta"] or "")

    def _zoom_aporte(self, fila):
        """The map goes to a contribution the user picks (never on a mere refresh of the list)."""
        if not 0 <= fila < len(self.pendientes):
            return
        geometria = self.pendientes[fila]["geometria"]
        if self.iface is not None and geometria is not None and not geometria.isNull():
            punto = geometria.centroid().asPoint()
            zoom_a(self.iface, self.store, punto.x(), punto.y())

    # -- recording on the map ----------------------------------------------------------------------
    def activar(self, tipo, activo: bool):
        """Switch the map tool for a point or an area contribution on (or off)."""
        if self.iface is None:
            return
        canvas = self.iface.mapCanvas()
        if not activo:
            if self.herramienta is not None and canvas.mapTool() is self.herramienta:
                canvas.unsetMapTool(self.herramienta)
            self.herramienta = None
            for boton in (self.boton_punto, self.boton_area):
                boton.blockSignals(True)
                boton.setChecked(False)
                boton.blockSignals(False)
            return
        otro = self.boton_area if tipo == "punto" else self.boton_punto
        otro.blockSignals(True)
        otro.setChecked(False)
        otro.blockSignals(False)
        clase = HerramientaPunto if tipo == "punto" else HerramientaArea
        self.herramienta = clase(canvas, self.capturado)
        self.herramienta.setAction(None)
        self.herramienta.deactivated.connect(lambda h=self.herramienta: self._al_desactivar(h))
        canvas.setMapTool(self.herramienta)
        self.mensajes.informar(tr("Contributions"), tr("Click on the map where the contribution applies.") if tipo == "punto"
                               else tr("Click the corners of the area; right-click or double-click to close it."))

    def _al_desactivar(self, herramienta):
        if herramienta is self.herramienta:  # another map tool took over: untick our buttons
            self.herramienta = None
            for boton in (self.boton_punto, self.boton_area):
                boton.blockSignals(True)
                boton.setChecked(False)
                boton.blockSignals(False)

    def capturado(self, geometria_mapa):
        """A point or area drawn on the map: open the contribution's form."""
        store = self.store
        if store is None:
            return
        try:
            self.dialogo = self.formulario(geometria_mapa)
        except PotError as problema:
            self.mensajes.error(tr("Contributions"), str(problema))
            return
        self.dialogo.show()

    def formulario(self, geometria_mapa):
        """QGIS's attribute form of a new contribution at ``geometria_mapa`` (in the map's CRS)."""
        store = self.store
        geometria = self._al_crs_del_pot(geometria_mapa)
        nombre = aportes.CAPA_AREAS if geometria.type() == QgsWkbTypes.PolygonGeometry else aportes.CAPA_PUNTOS
        layer = self._capa_aportes(store, nombre)
        valores = {}
        for campo, valor in (("autor", ajustes.autor_aportes), ("institucion", ajustes.institucion_aportes),
                             ("taller", ajustes.taller_aportes)):
            if valor and layer.fields().indexOf(campo) >= 0:
                valores[layer.fields().indexOf(campo)] = valor
        entidad = QgsVectorLayerUtils.createFeature(layer, geometria, valores, layer.createExpressionContext())
        self._editaba = layer.isEditable()
        if not self._editaba and not layer.startEditing():
            raise PotError(tr("The layer “{layer}” cannot be edited (read-only?).").format(layer=layer.name()))
        dialogo = QgsAttributeDialog(layer, entidad, False, self, True)
        dialogo.setObjectName("PotAporteDialog")
        dialogo.setMode(QgsAttributeEditorContext.AddFeatureMode)
        dialogo.setWindowTitle(tr("New contribution"))
        dialogo.accepted.connect(lambda: self._guardar(layer, dialogo))
        dialogo.rejected.connect(lambda: self._descartar(layer))
        return dialogo

    def _al_crs_del_pot(self, geometria):
        crs_pot = QgsCoordinateReferenceSystem(self.store.metadata().get("crs", ""))
        crs_mapa = self.iface.mapCanvas().mapSettings().destinationCrs() if self.iface is not None else crs_pot
        geometria = type(geometria)(geometria)
        if crs_pot.isValid() and crs_mapa.isValid() and crs_mapa != crs_pot:
            geometria.transform(QgsCoordinateTransform(crs_mapa, crs_pot, QgsProject.instance()))
        return geometria

    def _capa_aportes(self, store, nombre):
        from ...store.capas import publicar_en_proyecto

        creadas = aportes.asegurar_capas(store)
        aportes_formulario.asegurar(store)
        layer = capa_del_proyecto(store, nombre)
        if layer is None:
            publicar_en_proyecto(store, creadas or [nombre])
            layer = capa_del_proyecto(store, nombre)
        if layer is None:
            raise PotError(tr("The layer “{layer}” is not in the POT's project.").format(layer=nombre))
        if not aportes_formulario.configurado(layer):
            layer.loadDefaultStyle()
        return layer

    def _guardar(self, layer, dialogo):
        entidad = dialogo.feature()
        if not self._editaba and not layer.commitChanges():
            errores = "; ".join(layer.commitErrors())
            layer.rollBack()
            self.mensajes.error(tr("Contributions"), tr("The contribution could not be saved: {error}").format(error=errores))
            return
        for campo, atributo in (("autor", "autor_aportes"), ("institucion", "institucion_aportes"), ("taller", "taller_aportes")):
            valor = entidad[campo] if entidad.fields().indexOf(campo) >= 0 else None
            if isinstance(valor, str) and valor.strip():
                setattr(ajustes, atributo, valor.strip())
        self.session.notify()
        self.mensajes.exito(tr("Contributions"), tr("Contribution recorded; it waits for the team's reply below."))

    def _descartar(self, layer):
        if not self._editaba and layer.isEditable():
            layer.rollBack()

    # -- replying ----------------------------------------------------------------------------------
    def responder(self):
        fila = self.lista_aportes.currentRow()
        if self.store is None or not 0 <= fila < len(self.pendientes):
            return
        aporte = self.pendientes[fila]
        try:
            aportes.responder(self.store, aporte["capa"], aporte["fid"], self.combo_estado_aporte.currentData(),
                              self.respuesta.toPlainText().strip())
        except PotError as problema:
            self.mensajes.error(tr("Contributions"), str(problema))
            return
        self.respuesta.clear()
        self.session.notify()

    def desconectar(self):
        self.activar(None, False)
