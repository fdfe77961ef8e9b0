"""One way of telling the user: a message bar showing one message at a time, with "Details" for the
full text (long paths and errors are never cut off) and buttons for what comes next ("Open PDF",
"Open folder", "Undo"). Docks, dialogs and the plugin all report through ``Mensajero``."""
from __future__ import annotations

from html import escape

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QGuiApplication
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr

RESUMEN_MAX = 140  # characters of the message shown in the bar; the rest behind "Details"
DURACION_S = 10  # seconds an information or success stays; warnings and errors stay until replaced


def resumen(texto: str) -> str:
    """First line of ``texto``, cut at RESUMEN_MAX characters."""
    primera = (texto or "").strip().splitlines()[0] if (texto or "").strip() else ""
    return primera if len(primera) <= RESUMEN_MAX else primera[: RESUMEN_MAX - 1].rstrip() + "…"


def mostrar_detalles(parent, titulo: str, texto: str) -> QDialog:
    """A small window with the whole text, selectable, with "Copy"."""
    dialogo = QDialog(parent)
    dialogo.setObjectName("PotDetallesDialog")
    dialogo.setWindowTitle(titulo)
    visor = QTextBrowser()
    visor.setPlainText(texto)
    visor.setOpenExternalLinks(True)
    botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    copiar = botones.addButton(tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
    copiar.clicked.connect(lambda: QGuiApplication.clipboard().setText(texto))
    botones.rejected.connect(dialogo.reject)
    layout = QVBoxLayout(dialogo)
    layout.addWidget(visor)
    layout.addWidget(botones)
    dialogo.resize(560, 320)
    dialogo.show()
    return dialogo


def abrir_ruta(ruta) -> bool:
    """Open a file or folder with the system's application (PDF viewer, file manager)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(ruta)))


def accion_abrir(texto: str, ruta):
    """("Open PDF", callback) for ``Mensajero.informar(acciones=...)``."""
    return texto, lambda: abrir_ruta(ruta)


class Mensajero:
    """Reports to ``barra`` (a QgsMessageBar). A dock's own bar shows one message at a time
    (``exclusivo``), so a new one never hides behind an old warning's "N more"; QGIS's shared bar
    (``exclusivo=False``) keeps the messages of others."""

    def __init__(self, barra, parent=None, exclusivo: bool = True):
        self.barra = barra
        self.parent = parent
        self.exclusivo = exclusivo
        self.detalles = None  # the last "Details" window
        self.ultimo = None  # (title, whole text, level) of the last message: what "Details" shows

    def informar(self, titulo: str, texto: str, nivel=Qgis.Info, detalles: str = "", acciones=()):
        """Show "<b>title</b>: summary" wrapped to the bar's width, with the buttons on a row below
        (a narrow dock still shows the message); "Details" when the summary is not the whole text."""
        if self.exclusivo:
            self.barra.clearWidgets()
        corto = resumen(texto)
        completo = detalles or texto
        self.ultimo = (titulo, completo, nivel)
        contenido = QWidget()
        contenido.setObjectName("mensaje")
        contenido.setProperty("texto_completo", completo)  # what "Details" shows (tests and logs read it)
        disposicion = QVBoxLayout(contenido)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.setSpacing(2)
        etiqueta = QLabel("<b>{}</b>: {}".format(escape(titulo), escape(corto)) if titulo else escape(corto))
        etiqueta.setObjectName("texto_mensaje")
        etiqueta.setWordWrap(True)
        etiqueta.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        contenido.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        etiqueta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        disposicion.addWidget(etiqueta)
        botones = []
        if completo.strip() and completo.strip() != corto:
            boton = QPushButton(tr("Details"))
            boton.setObjectName("detalles")
            boton.clicked.connect(lambda: self._detalles(titulo, completo))
            botones.append(boton)
        for texto_boton, funcion in acciones:
            boton = QPushButton(texto_boton)
            boton.clicked.connect(lambda *_, f=funcion: f())
            botones.append(boton)
        if botones:
            fila = QHBoxLayout()
            fila.setSpacing(4)
            for boton in botones:
                fila.addWidget(boton)
            fila.addStretch(1)
            disposicion.addLayout(fila)
        duracion = DURACION_S if nivel in (Qgis.Info, Qgis.Success) else 0
        return self.barra.pushWidget(contenido, nivel, duracion)

    def _detalles(self, titulo, texto):
        self.detalles = mostrar_detalles(self.parent, titulo, texto)

    def exito(self, titulo: str, texto: str, acciones=()):
        return self.informar(titulo, texto, Qgis.Success, acciones=acciones)

    def aviso(self, titulo: str, texto: str, detalles: str = ""):
        return self.informar(titulo, texto, Qgis.Warning, detalles)

    def error(self, titulo: str, texto: str, detalles: str = ""):
        return self.informar(titulo, texto, Qgis.Critical, detalles)

    def limpiar(self):
        self.barra.clearWidgets()
        self.ultimo = None


def texto_del_mensaje(item, completo: bool = False) -> str:
    """The text a message of ``Mensajero`` shows (for tests and logs); ``completo``: the whole text
    behind "Details"."""
    if completo and item is not None:
        contenido = item if item.objectName() == "mensaje" else item.findChild(QWidget, "mensaje")
        if contenido is not None and contenido.property("texto_completo"):
            return contenido.property("texto_completo")
    etiqueta = item.findChild(QLabel, "texto_mensaje") if item is not None else None
    return etiqueta.text() if etiqueta is not None else (item.text() if item is not None else "")
