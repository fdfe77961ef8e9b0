"""Qt Designer forms: every ``.ui`` lives beside the module that controls it and is loaded at run time
(never compiled into a ``ui_*.py``). Its ``<class>`` is ``pot``, the plugin's one translation context,
so uic translates its strings from the same catalogue as ``tr()`` (``scripts/i18n_update.py`` reads
them)."""
from __future__ import annotations

import sys
from pathlib import Path

from qgis.PyQt import uic


def ruta_ui(clase: type, nombre: str = "") -> Path:
    """The form of ``clase``: ``nombre`` (or the module's own name) + ".ui", beside its module."""
    modulo = Path(sys.modules[clase.__module__].__file__)
    return modulo.with_name((nombre or modulo.stem) + ".ui")


def cargar_ui(widget, ruta) -> None:
    """Build the form at ``ruta`` into ``widget``: its children become attributes of ``widget``."""
    uic.loadUi(str(ruta), widget)


def limitar_a_pantalla(dialogo, ancho: int, alto: int, contenido=None) -> None:
    """Open at ``ancho`` wide and as tall as the form needs (at most ``alto``), never larger than the
    screen's free area (a 1366×768 laptop leaves about 700 px): the form (``contenido``, inside a
    scroll area) scrolls instead of pushing the buttons off-screen."""
    from qgis.PyQt.QtGui import QGuiApplication

    if contenido is not None:
        desplazable = contenido.parentWidget().parentWidget()  # viewport → scroll area
        resto = dialogo.sizeHint().height() - desplazable.sizeHint().height()  # bars and buttons around it
        alto = min(alto, contenido.minimumSizeHint().height() + max(resto, 0) + 8)
    pantalla = QGuiApplication.primaryScreen()
    libre = pantalla.availableGeometry() if pantalla is not None else None
    if libre is not None:
        ancho = min(ancho, libre.width() - 40)
        alto = min(alto, libre.height() - 60)
        dialogo.setMaximumHeight(libre.height() - 40)
    dialogo.resize(ancho, alto)
