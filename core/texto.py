"""Plain-text helpers for names built from Spanish titles."""
import re
import unicodedata


def sin_acentos(texto: str) -> str:
    """Lowercase ASCII: "Área de Ñandú" → "area de nandu"."""
    return unicodedata.normalize("NFKD", texto or "").encode("ascii", "ignore").decode().lower()


def slug(texto: str, largo: int = 60) -> str:
    """A name safe for files and tables: "Mapa de Ubicación" → "mapa_de_ubicacion"."""
    return re.sub(r"[^a-z0-9]+", "_", sin_acentos(texto)).strip("_")[:largo]


def texto_csv(ruta) -> tuple:
    """(text, delimiter) of a CSV file written by a spreadsheet: UTF-8 (with or without BOM), else
    Latin-1; ";" when it outnumbers "," in the first lines (Spanish-locale spreadsheets)."""
    from pathlib import Path

    datos = Path(ruta).read_bytes()
    try:
        texto = datos.decode("utf-8-sig")
    except UnicodeDecodeError:
        texto = datos.decode("latin-1")
    muestra = texto[:2000]
    return texto, (";" if muestra.count(";") > muestra.count(",") else ",")
