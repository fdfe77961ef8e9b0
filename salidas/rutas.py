"""File names made from what users type (sheet numbers, titles, layer names, workshop names):
never a path separator, never "..", never outside the output folder."""
import re
import unicodedata
from pathlib import Path

from ..core.errors import PotError
from ..core.i18n import tr
from ..core.texto import slug

_AJENOS = re.compile(r"[^A-Za-z0-9._-]+")


def nombre_seguro(texto, largo: int = 60) -> str:
    """A file-name piece from any text: ASCII letters, digits, ".", "_" and "-" only, no leading
    dots ("../../x/MA-01" → "x_MA-01"); "" when nothing is left."""
    plano = unicodedata.normalize("NFKD", str(texto or "")).encode("ascii", "ignore").decode()
    plano = _AJENOS.sub("_", plano).strip("._-")
    plano = re.sub(r"\.{2,}", ".", plano)
    return plano[:largo].strip("._-")


def ruta_dentro(carpeta, nombre: str) -> Path:
    """``carpeta / nombre``, refused (PotError) if it would not be a file directly inside ``carpeta``."""
    carpeta = Path(carpeta).resolve()
    ruta = (carpeta / nombre).resolve()
    if ruta.parent != carpeta or nombre in ("", ".", ".."):
        raise PotError(tr("“{name}” cannot be a file name inside {folder}.").format(name=nombre, folder=carpeta))
    return ruta


def nombre_de_hoja(hoja) -> str:
    """"MA-03_mapa_de_uso_actual": the sheet's files, from its number and title."""
    return f"{nombre_seguro(hoja.numero, 40)}_{slug(hoja.titulo)}".strip("_") or "mapa"
