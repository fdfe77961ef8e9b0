"""Plain-text helpers for names built from Spanish titles."""
import re
import unicodedata


def sin_acentos(texto: str) -> str:
    """Lowercase ASCII: "Área de Ñandú" → "area de nandu"."""
    return unicodedata.normalize("NFKD", texto or "").encode("ascii", "ignore").decode().lower()


def slug(texto: str, largo: int = 60) -> str:
    """A name safe for files and tables: "Mapa de Ubicación" → "mapa_de_ubicacion"."""
    return re.sub(r"[^a-z0-9]+", "_", sin_acentos(texto)).strip("_")[:largo]
