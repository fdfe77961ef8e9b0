"""Where the user guide is: ``docs/guia/`` inside the plugin (shipped in the zip), one HTML page per
step that exists. Algorithms point their ``helpUrl`` here; the POT › Help menu and the navigator
open it in the system's browser."""
from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtCore import QUrl

from ..__about__ import PLUGIN_DIR

CARPETA = PLUGIN_DIR / "docs" / "guia"
INDICE = "index.html"


def ruta_guia(pagina: str = INDICE) -> Path:
    return CARPETA / (pagina or INDICE)


def url_guia(pagina: str = INDICE, ancla: str = "") -> str:
    """file:// URL of a page of the guide (with ``#ancla``)."""
    url = QUrl.fromLocalFile(str(ruta_guia(pagina)))
    if ancla:
        url.setFragment(ancla)
    return url.toString()
