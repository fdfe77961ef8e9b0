"""Dock "POT – Steps of the POT": the open POT and the steps of the Pautas with their status.

It only shows: steps and statuses come from the registry (``core.pasos``); opening a step's panel
is the plugin's job (signal ``abrir_panel``), and so are "New POT" and "Open POT". One compact row
per step, so the whole plan fits a laptop's screen; the selected step's description shows below.
"""
from __future__ import annotations

from html import escape

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QPointF, QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap
from qgis.PyQt.QtWidgets import QTreeWidgetItem

from ..__about__ import PLUGIN_DIR
from ..core import pasos
from ..core.errors import PotError
from ..core.i18n import tr
from .ayuda import abrir_guia
from .dock import PotDock

COLORES = {pasos.NO_DISPONIBLE: "#b0b0b0", pasos.SIN_INICIAR: "#8a8a8a", pasos.EN_CURSO: "#d08a00", pasos.COMPLETO: "#2e9d3a"}
ROL_PASO = Qt.ItemDataRole.UserRole + 1


def icono_estado(estado: str, lado: int = 16) -> QPixmap:
    """A disc: dashed (not available), hollow (not started), half (in progress), green with a tick (complete)."""
    pixmap = QPixmap(lado, lado)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(COLORES[estado])
    rect = QRectF(1.5, 1.5, lado - 3, lado - 3)
    painter.setPen(QPen(color, 1.6, Qt.PenStyle.DotLine if estado == pasos.NO_DISPONIBLE else Qt.PenStyle.SolidLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)
    if estado == pasos.EN_CURSO:
        painter.setBrush(color)
        painter.drawPie(rect, 90 * 16, 180 * 16)
    elif estado == pasos.COMPLETO:
        painter.setBrush(color)
        painter.drawEllipse(rect)
        tick = QPainterPath(QPointF(lado * 0.28, lado * 0.52))
        tick.lineTo(QPointF(lado * 0.44, lado * 0.68))
        tick.lineTo(QPointF(lado * 0.73, lado * 0.34))
        painter.setPen(QPen(Qt.GlobalColor.white, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    painter.end()
    return pixmap


def icono(nombre: str) -> QIcon:
    return QIcon(str(PLUGIN_DIR / "icons" / nombre))


class NavegadorDock(PotDock):
    """Emits ``abrir_panel(panel_id)``, ``nuevo_pot()`` and ``abrir_pot()``; refreshes on ``session.changed``."""

    PANEL = pasos.PANEL_NAVEGADOR
    abrir_panel = pyqtSignal(str)
    nuevo_pot = pyqtSignal()
    abrir_pot = pyqtSignal()

    def construir(self):
        self.aviso.setVisible(False)
        self.filas = {}  # step id → its tree item
        self.estados = {}
        self.detalles = {}  # step → what is missing (the rules of Pasos 02–04 say it)
        ui = self.ui
        ui.boton_nuevo.setIcon(icono("nuevo_pot.svg"))
        ui.boton_abrir.setIcon(icono("abrir_pot.svg"))
        ui.boton_refrescar.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        ui.boton_abrir_paso.setIcon(icono("abrir_panel.svg"))
        ui.boton_guia.setIcon(icono("ayuda.svg"))
        ui.boton_nuevo.clicked.connect(lambda *_: self.nuevo_pot.emit())
        ui.boton_abrir.clicked.connect(lambda *_: self.abrir_pot.emit())
        ui.boton_refrescar.clicked.connect(lambda *_: self.refrescar())
        ui.boton_abrir_paso.clicked.connect(lambda *_: self.abrir_seleccionado())
        ui.boton_guia.clicked.connect(lambda *_: self.abrir_guia_seleccionada())
        arbol = ui.arbol
        arbol.header().setStretchLastSection(True)
        negrita = QFont(arbol.font())
        negrita.setBold(True)
        for fase in pasos.fases():
            item_fase = QTreeWidgetItem(arbol, ["{} · {}".format(fase.codigo, fase.titulo)])
            item_fase.setFont(0, negrita)
            item_fase.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item_fase.setToolTip(0, fase.titulo)
            for paso in fase.pasos:
                texto = "{} · {}".format(paso.codigo, paso.titulo) if paso.codigo else paso.titulo
                item = QTreeWidgetItem(item_fase, [texto])
                item.setData(0, ROL_PASO, paso.id)
                self.filas[paso.id] = item
        arbol.expandAll()
        arbol.currentItemChanged.connect(lambda *_: self._al_seleccionar())
        arbol.itemDoubleClicked.connect(lambda item, *_: self.abrir_seleccionado(item))
        self._al_seleccionar()

    # -- showing ----------------------------------------------------------------------------------
    def mostrar(self):
        """Without a POT the steps still show (not started / not available): the plan is the guide."""
        store = self.session.store
        ui = self.ui
        ui.setEnabled(True)
        ui.boton_nuevo.setVisible(store is None)
        ui.boton_abrir.setVisible(store is None)
        ui.boton_refrescar.setVisible(store is not None)
        if store is None:
            ui.cabecera.setText("<b>{}</b><br>{}".format(
                tr("No POT open"), tr("Create a new POT from an ámbito layer, or open an existing POT GeoPackage.")))
            self._mostrar(pasos.estados(None))
            return
        try:
            ui.cabecera.setText(self._texto_cabecera(store.metadata(), store))
            self._mostrar(pasos.estados_y_detalles(store))
        except PotError as problema:
            ui.cabecera.setText('<b>{}</b><br><span style="color:#c62828">{}</span>'.format(
                escape(store.path.name), escape(str(problema))))

    def _mostrar(self, estados: dict):
        """``estados``: {step: status} or {step: (status, what is missing)}."""
        self.detalles = {k: v[1] for k, v in estados.items() if isinstance(v, tuple)}
        self.estados = {k: v[0] if isinstance(v, tuple) else v for k, v in estados.items()}
        estados = self.estados
        etiquetas = pasos.etiquetas_estado()
        for paso_id, item in self.filas.items():
            estado = estados[paso_id]
            paso = pasos.paso(paso_id)
            item.setIcon(0, QIcon(icono_estado(estado)))
            detalle = self.detalles.get(paso_id, "")
            item.setToolTip(0, "<b>{}</b><br><i>{}</i> · {}{}".format(
                escape(item.text(0)), escape(etiquetas[estado]), escape(self._que_hace(paso)),
                "<br>" + escape(detalle) if detalle else ""))
            if estado == pasos.NO_DISPONIBLE:
                item.setForeground(0, QBrush(QColor(COLORES[estado])))
        self._al_seleccionar()

    @staticmethod
    def _que_hace(paso) -> str:
        if paso.disponible:
            return paso.descripcion
        return tr("Not available in this version yet. This step will: {description}").format(description=paso.descripcion)

    def paso_seleccionado(self):
        item = self.ui.arbol.currentItem()
        paso_id = item.data(0, ROL_PASO) if item is not None else None
        return pasos.paso(paso_id) if paso_id else None

    def _al_seleccionar(self):
        paso = self.paso_seleccionado()
        ui = self.ui
        if paso is None:
            ui.descripcion.setText(tr("Select a step to see what it does; double-click it to open its panel."))
        else:
            estado = self.estados.get(paso.id, pasos.NO_DISPONIBLE)
            detalle = self.detalles.get(paso.id, "")
            ui.descripcion.setText('<b>{title}</b><br><b style="color:{color}">{status}</b> · {text}{detail}'.format(
                title=escape(self.filas[paso.id].text(0)), color=COLORES[estado], status=escape(pasos.etiqueta_estado(estado)),
                text=escape(self._que_hace(paso)), detail="<br><i>{}</i>".format(escape(detalle)) if detalle else ""))
        ui.boton_abrir_paso.setEnabled(paso is not None and paso.disponible)
        ui.boton_guia.setEnabled(paso is None or paso.disponible)

    def abrir_seleccionado(self, item=None):
        if item is not None:
            self.ui.arbol.setCurrentItem(item)
        paso = self.paso_seleccionado()
        if paso is not None and paso.disponible:
            self.abrir_panel.emit(paso.panel)

    def abrir_guia_seleccionada(self):
        paso = self.paso_seleccionado()
        abrir_guia(pasos.panel(paso.panel).guia if paso is not None and paso.disponible else "")

    def _texto_cabecera(self, meta: dict, store) -> str:
        """Two lines: the plan's name, then level · horizon · scale · CRS (ámbito and file in the tooltip)."""
        nombre = meta.get("nombre") or store.path.stem
        niveles = {"regional": tr("regional"), "provincial": tr("provincial")}
        filas = [niveles.get(meta.get("nivel"), meta.get("nivel") or "–")]
        if meta.get("horizonte"):
            filas.append(tr("horizon {year}").format(year=meta["horizonte"]))
        escala = meta.get("escala")
        if escala:
            try:
                escala = "1:" + "{:,}".format(int(float(escala))).replace(",", "\u202f")
            except ValueError:
                pass
            filas.append(escala)
        if meta.get("crs"):
            filas.append(meta["crs"])
        self.ui.cabecera.setToolTip("{}\n{}".format(meta.get("ambito_nombre") or "", store.path))
        return '<b>{}</b><br><span style="color:gray">{}</span>'.format(escape(nombre), escape(" · ".join(str(f) for f in filas)))
