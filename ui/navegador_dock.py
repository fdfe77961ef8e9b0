"""Dock "POT – Navigator": the open POT and the steps of the Pautas with their status.

It only shows: statuses come from ``core.pasos``; opening a step's panel is the plugin's job
(signal ``abrir_panel``), and so are "New POT" and "Open POT".
"""
from html import escape

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QPointF, QRectF, Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from qgis.PyQt.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core import pasos
from ..core.errors import PotError
from ..core.i18n import tr

COLORES = {pasos.SIN_INICIAR: "#9e9e9e", pasos.EN_CURSO: "#f0a000", pasos.COMPLETO: "#2e9d3a"}


def icono_estado(estado: str, lado: int = 16) -> QPixmap:
    """A disc: hollow grey (not started), half amber (in progress), green with a tick (complete)."""
    pixmap = QPixmap(lado, lado)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(COLORES[estado])
    rect = QRectF(1.5, 1.5, lado - 3, lado - 3)
    painter.setPen(QPen(color, 1.6))
    if estado == pasos.SIN_INICIAR:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
    elif estado == pasos.EN_CURSO:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        painter.setBrush(color)
        painter.drawPie(rect, 90 * 16, 180 * 16)
    else:
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


class FilaPaso(QFrame):
    """One step: status icon, number and title, what it does, its status and an "Open" button."""

    abrir = pyqtSignal(str)

    def __init__(self, paso: pasos.Paso, parent=None):
        super().__init__(parent)
        self.paso = paso
        self.estado = pasos.SIN_INICIAR
        self.setObjectName("fila_" + paso.id)
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.icono = QLabel()
        self.icono.setFixedSize(18, 18)
        titulo = "{code} · {title}".format(code=paso.codigo, title=paso.titulo) if paso.codigo else paso.titulo
        self.titulo = QLabel("<b>{}</b>".format(titulo))
        self.titulo.setWordWrap(True)
        self.descripcion = QLabel(paso.descripcion)
        self.descripcion.setWordWrap(True)
        self.descripcion.setStyleSheet("color: palette(mid);" if paso.panel is None else "")
        self.etiqueta_estado = QLabel()
        self.boton = QPushButton(tr("Open"))
        self.boton.setToolTip(tr("Open the panel of this step"))
        self.boton.clicked.connect(lambda: self.abrir.emit(self.paso.panel))
        self.boton.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.icono, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.titulo, 0, 1, 1, 2)
        grid.addWidget(self.descripcion, 1, 1, 1, 2)
        grid.addWidget(self.etiqueta_estado, 2, 1)
        grid.addWidget(self.boton, 2, 2, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(1, 1)

        if paso.panel is None:
            self.boton.setEnabled(False)
            self.boton.setVisible(False)
            self.titulo.setEnabled(False)
            tip = tr("Not available yet. This step will: {description}").format(description=paso.descripcion)
        else:
            tip = paso.descripcion
        self.setToolTip(tip)
        self.mostrar_estado(pasos.SIN_INICIAR)

    def mostrar_estado(self, estado: str, activo: bool = True):
        self.estado = estado
        self.icono.setPixmap(icono_estado(estado))
        texto = pasos.etiqueta_estado(estado)
        self.etiqueta_estado.setText(
            '<span style="color:{color}">{text}</span>'.format(color=COLORES[estado], text=texto)
        )
        self.icono.setToolTip(texto)
        self.boton.setEnabled(activo and self.paso.panel is not None)


class NavegadorDock(QgsDockWidget):
    """Emits ``abrir_panel(panel_id)``, ``nuevo_pot()`` and ``abrir_pot()``; refreshes on ``session.changed``."""

    abrir_panel = pyqtSignal(str)
    nuevo_pot = pyqtSignal()
    abrir_pot = pyqtSignal()

    def __init__(self, session, iface=None, parent=None):
        super().__init__(tr("POT – Navigator"), parent or (iface.mainWindow() if iface else None))
        self.setObjectName("PotNavegadorDock")
        self.session = session
        self.filas = {}

        contenido = QWidget()
        layout = QVBoxLayout(contenido)
        layout.setContentsMargins(6, 6, 6, 6)

        # Header: the open POT, or how to get one.
        self.cabecera = QLabel()
        self.cabecera.setWordWrap(True)
        self.cabecera.setTextFormat(Qt.TextFormat.RichText)
        self.cabecera.setObjectName("cabecera")
        self.boton_nuevo = QPushButton(QgsApplication.getThemeIcon("/mActionNewMap.svg"), tr("New POT…"))
        self.boton_abrir = QPushButton(QgsApplication.getThemeIcon("/mActionFileOpen.svg"), tr("Open POT…"))
        self.boton_nuevo.clicked.connect(self.nuevo_pot)
        self.boton_abrir.clicked.connect(self.abrir_pot)
        self.boton_refrescar = QToolButton()
        self.boton_refrescar.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.boton_refrescar.setToolTip(tr("Recompute the statuses"))
        self.boton_refrescar.clicked.connect(self.refrescar)
        arriba = QHBoxLayout()
        arriba.addWidget(self.cabecera, 1)
        arriba.addWidget(self.boton_refrescar, 0, Qt.AlignmentFlag.AlignTop)
        botones = QHBoxLayout()
        botones.addWidget(self.boton_nuevo)
        botones.addWidget(self.boton_abrir)
        botones.addStretch(1)
        layout.addLayout(arriba)
        layout.addLayout(botones)

        # The phases and their steps. Titles are labels (they wrap), so a narrow dock never clips.
        pasos_widget = QWidget()
        pasos_layout = QVBoxLayout(pasos_widget)
        pasos_layout.setContentsMargins(0, 0, 4, 0)
        pasos_layout.setSpacing(4)
        for fase in pasos.fases():
            titulo = QLabel("<b>{code} – {title}</b>".format(code=fase.codigo, title=fase.titulo))
            titulo.setWordWrap(True)
            titulo.setObjectName("fase_{}".format(fase.pauta))
            titulo.setContentsMargins(0, 8, 0, 0)
            pasos_layout.addWidget(titulo)
            for paso in fase.pasos:
                fila = FilaPaso(paso)
                fila.abrir.connect(self.abrir_panel)
                pasos_layout.addWidget(fila)
                self.filas[paso.id] = fila
        pasos_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(pasos_widget)
        layout.addWidget(scroll, 1)

        self.setWidget(contenido)
        self.session.changed.connect(self.refrescar)
        self.refrescar()

    def refrescar(self):
        store = self.session.store
        self.boton_nuevo.setVisible(store is None)
        self.boton_abrir.setVisible(store is None)
        self.boton_refrescar.setVisible(store is not None)
        if store is None:
            self.cabecera.setText(
                "<b>{}</b><br>{}".format(
                    tr("No POT open"), tr("Create a new POT from an ámbito layer, or open an existing POT GeoPackage.")
                )
            )
            for fila in self.filas.values():
                fila.mostrar_estado(pasos.SIN_INICIAR, activo=False)
            return
        try:
            self.cabecera.setText(self._texto_cabecera(store.metadata(), store))
            estados = pasos.estados(store)
        except PotError as problem:
            self.cabecera.setText(
                '<b>{}</b><br><span style="color:#c62828">{}</span>'.format(escape(store.path.name), escape(str(problem)))
            )
            return
        for paso_id, fila in self.filas.items():
            fila.mostrar_estado(estados[paso_id])

    @staticmethod
    def _texto_cabecera(meta: dict, store) -> str:
        nombre = meta.get("nombre") or store.path.stem
        niveles = {"regional": tr("regional"), "provincial": tr("provincial")}
        filas = [
            (tr("Level"), niveles.get(meta.get("nivel"), meta.get("nivel") or "–")),
            (tr("Ámbito"), meta.get("ambito_nombre") or "–"),
            (tr("Horizon"), meta.get("horizonte") or "–"),
        ]
        escala = meta.get("escala")
        if escala:
            try:
                escala = "1:{:,}".format(int(float(escala))).replace(",", "\u202f")
            except ValueError:
                pass
            filas.append((tr("Scale"), escala))
        if meta.get("crs"):
            filas.append((tr("CRS"), meta["crs"]))
        detalle = " · ".join("{}: {}".format(k, escape(str(v))) for k, v in filas)
        return '<span style="font-size:large"><b>{}</b></span><br>{}<br><span style="color:gray">{}</span>'.format(
            escape(nombre), detalle, escape(store.path.name)
        )

    def desconectar(self):
        try:
            self.session.changed.disconnect(self.refrescar)
        except (TypeError, RuntimeError):
            pass
