"""Help: the user guide (in the system's browser) and the "About" box."""
from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QMessageBox

from ..__about__ import METADATA, PLUGIN_DIR, __title__, __version__
from ..core.guia import url_guia
from ..core.i18n import tr


def abrir_guia(pagina: str = "", ancla: str = "") -> bool:
    return QDesktopServices.openUrl(QUrl(url_guia(pagina, ancla)))


def texto_acerca() -> str:
    return tr(
        "<h3>{title} {version}</h3>"
        "<p>Builds the cartography of a Peruvian Plan de Ordenamiento Territorial (POT) following MINAM's "
        "<i>Pautas Generales para la elaboración del POT</i> (2016): the current territorial model from the DIT, "
        "the prospective analysis, the MOT, the alternatives and the validation, in one GeoPackage per POT.</p>"
        "<p>QGIS {qgis} · licence GPL-2.0-or-later</p>"
        "<p><a href=\"{guide}\">User guide</a> · <a href=\"{home}\">Project page</a> · "
        "<a href=\"{tracker}\">Report a problem</a></p>"
    ).format(title=__title__, version=__version__, qgis=Qgis.QGIS_VERSION, guide=url_guia(),
             home=METADATA.get("homepage", ""), tracker=METADATA.get("tracker", ""))


def acerca_de(parent=None) -> QMessageBox:
    caja = QMessageBox(parent)
    caja.setObjectName("PotAcercaDialog")
    caja.setWindowTitle(tr("About {title}").format(title=__title__))
    caja.setTextFormat(Qt.TextFormat.RichText)
    caja.setText(texto_acerca())
    caja.setIconPixmap(QIcon(str(PLUGIN_DIR / "icons" / "pot.svg")).pixmap(64, 64))
    caja.setStandardButtons(QMessageBox.StandardButton.Close)
    caja.show()
    return caja
