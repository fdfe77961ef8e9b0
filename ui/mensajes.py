"""One way of telling the user: a message bar showing one message at a time, with "Details" for the
full text (long paths and errors are never cut off) and buttons for what comes next ("Open PDF",
"Open folder", "Undo"). Docks, dialogs and the plugin all report through ``Mensajero``."""
from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices, QGuiApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTextBrowser, QVBoxLayout

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
        if self.exclusivo:
            self.barra.clearWidgets()
        corto = resumen(texto)
        item = self.barra.createMessage(titulo, corto)
        completo = detalles or texto
        self.ultimo = (titulo, completo, nivel)
        if completo.strip() and completo.strip() != corto:
            boton = QPushButton(tr("Details"))
            boton.setObjectName("detalles")
            boton.clicked.connect(lambda: self._detalles(titulo, completo))
            item.layout().addWidget(boton)
        for texto_boton, funcion in acciones:
            boton = QPushButton(texto_boton)
            boton.clicked.connect(lambda *_, f=funcion: f())
            item.layout().addWidget(boton)
        duracion = DURACION_S if nivel in (Qgis.Info, Qgis.Success) else 0
        self.barra.pushWidget(item, nivel, duracion)
        return item

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
