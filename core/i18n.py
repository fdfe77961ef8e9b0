"""Translation: English source strings, Spanish first.

Two kinds of text, one catalogue (``i18n/pot_cartografia_<lang>.qm``, context "pot"):

- ``tr("literal")``: the interface (docks, dialogs, messages, algorithm names). It follows the
  language QGIS shows, through the translator installed at start-up.
- ``trd("literal")``: the documents a POT produces and the names it stores (sheets, legends,
  membrete, memoria, workshop pack, MINAM bundle, checklist, file names, the default dictionary,
  layer titles). They are in the POT's document language (metadata ``idioma``, Spanish by default),
  whatever language the interface is in: a team with QGIS in English still hands the Comisión
  Técnica Spanish maps. Wrap document work in ``idioma_de_documentos(store)``.

Never pass an f-string or a variable to ``tr``/``trd``: format after translating,
``tr("Layer {name} is empty").format(name=...)``. ``scripts/i18n_update.py`` extracts both.

Counts: ``tr("{n} layers", n).format(n=numero(n))`` is a Qt numerus message: the translation has one
form per plural form of the language ("1 capa", "2 capas"). English needs its singular too, so the
numerus messages also have an English catalogue (``pot_cartografia_en``), installed for an English
interface. ``numero()`` writes a number as the user's locale does (decimal comma in Spanish).
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..__about__ import PLUGIN_DIR, PLUGIN_ID

CONTEXT = "pot"
IDIOMA_DOCUMENTOS = "es"  # the default document language of a POT (metadata key "idioma")
IDIOMAS_DOCUMENTOS = ("es", "en")
_translator = None
_catalogos = {}  # language → QTranslator for documents (None when there is no .qm)
_catalogos_lock = threading.Lock()
_documento = threading.local()


def tr(text: str, n: int = -1) -> str:
    """Interface text, in the language QGIS shows; with ``n``, the plural form for ``n``."""
    return QCoreApplication.translate(CONTEXT, text, None, n)


def numero(valor, decimales: int = 0) -> str:
    """``valor`` written as the interface's locale writes numbers ("1 234,5" or "1,234.5")."""
    if decimales <= 0:
        return QLocale().toString(int(round(valor)))
    return QLocale().toString(float(valor), "f", decimales)


def _catalogo(idioma: str):
    with _catalogos_lock:
        if idioma not in _catalogos:
            traductor = QTranslator()
            _catalogos[idioma] = traductor if traductor.load(str(archivo_qm(idioma))) else None
        return _catalogos[idioma]


def idioma_documento() -> str:
    """The document language in force in this thread (see ``idioma_de_documentos``)."""
    return getattr(_documento, "idioma", IDIOMA_DOCUMENTOS)


def trd(text: str, n: int = -1) -> str:
    """Document text, in the POT's document language whatever the interface language; with ``n``,
    the plural form for ``n``."""
    idioma = idioma_documento()
    if idioma == "en" and n < 0:
        return text  # English is the source; its catalogue only holds plural forms
    catalogo = _catalogo(idioma)
    if catalogo is None:
        return text
    # QTranslator.translate takes C strings: PyQt5 encodes a str as ASCII, so pass UTF-8 bytes.
    return catalogo.translate(CONTEXT.encode(), text.encode("utf-8"), None, n) or text


def idioma_de_store(store) -> str:
    """The POT's document language from its metadata (Spanish when unset or unknown)."""
    try:
        idioma = (store.metadata().get("idioma") or IDIOMA_DOCUMENTOS).strip().lower()[:2]
    except Exception:  # noqa: BLE001 (an unreadable POT still gets Spanish documents)
        idioma = IDIOMA_DOCUMENTOS
    return idioma if idioma in IDIOMAS_DOCUMENTOS else IDIOMA_DOCUMENTOS


@contextmanager
def idioma_de_documentos(store_o_idioma=None):
    """Documents built inside are in the POT's language (a PotStore, a language code, or None: Spanish).

    Per thread, so a sheet exported in a task never changes what another thread writes.
    """
    if store_o_idioma is None or isinstance(store_o_idioma, str):
        idioma = (store_o_idioma or IDIOMA_DOCUMENTOS)[:2]
    else:
        idioma = idioma_de_store(store_o_idioma)
    anterior = getattr(_documento, "idioma", None)
    _documento.idioma = idioma
    try:
        yield idioma
    finally:
        if anterior is None:
            del _documento.idioma
        else:
            _documento.idioma = anterior


def archivo_qm(idioma: str):
    return PLUGIN_DIR / "i18n" / f"{PLUGIN_ID}_{idioma}.qm"


def user_locale() -> str:
    """The two-letter language QGIS shows, honouring the user's override."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = QLocale.system().name()
    return (name or "en")[:2]


def install_translator(language: str = "") -> bool:
    """Load i18n/pot_cartografia_<lang>.qm for the interface. Returns True when a translation is active."""
    global _translator
    language = language or user_locale()
    qm = archivo_qm(language)
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
