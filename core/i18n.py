"""Translation: English source strings, Spanish first.

Every user-visible string goes through ``tr("literal")`` with one context, "pot", so that
``scripts/i18n_update.py`` can extract them from any module (classes or functions alike).
Never pass an f-string or a variable to ``tr``: format after translating,
``tr("Layer {name} is empty").format(name=...)``.
"""
from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..__about__ import PLUGIN_DIR, PLUGIN_ID

CONTEXT = "pot"
_translator = None


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def user_locale() -> str:
    """The two-letter language QGIS shows, honouring the user's override."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


def install_translator(language: str = "") -> bool:
    """Load i18n/pot_cartografia_<lang>.qm once. Returns True when a translation is active."""
    global _translator
    language = language or user_locale()
    qm = PLUGIN_DIR / "i18n" / f"{PLUGIN_ID}_{language}.qm"
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
    if not qm.exists():
        return False
    translator = QTranslator()
    if not translator.load(str(qm)):
        return False
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return True
