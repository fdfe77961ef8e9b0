"""v8: DIT layer sources stored portably (``pot_dit_capas.fuente`` / ``origen``).

Until v5 the registry kept absolute paths, so a copied POT read the original's layers: its corrected
copies inside the original file, and the files beside the original. From v8 a source inside the POT
itself is stored by table name (``{POT}|layername=x``) and a file relative to the POT's folder
(``./dit/zee.shp``); ``modelo_actual.registro`` resolves them against the file it is read from.
This migration rewrites the existing entries relative to where the POT was when they were written
(the path its stored QGIS project records; else where it is now): a team folder copied before the
migration then reads the files it carried along. sqlite only: the path of an OGR/GDAL source is the
part before its first ``|``.
"""
import os
from pathlib import Path

POT = "{POT}"


def _portable(fuente: str, pot: Path) -> str:
    """``fuente`` relative to ``pot`` (the POT's file when the source was registered)."""
    ruta, separador, resto = (fuente or "").partition("|")
    if not ruta or not os.path.isabs(ruta):
        return fuente
    if os.path.normcase(os.path.abspath(ruta)) == os.path.normcase(str(pot)):
        return POT + separador + resto
    try:
        relativa = os.path.relpath(ruta, pot.parent).replace(os.sep, "/")
    except ValueError:  # another drive (Windows)
        return fuente
    return (relativa if relativa.startswith("../") else "./" + relativa) + separador + resto


def migrar(conn):
    fila = next((r for r in conn.execute("PRAGMA database_list") if r[1] == "main"), None)
    if fila is None or not fila[2]:
        return
    from ..proyecto_guardado import contenido_guardado, ruta_guardada

    pot = Path(ruta_guardada(contenido_guardado(conn)) or fila[2]).resolve()
    filas = conn.execute("SELECT fid, fuente, origen FROM pot_dit_capas WHERE proveedor IN ('ogr', 'gdal')").fetchall()
    for fid, fuente, origen in filas:
        conn.execute(
            "UPDATE pot_dit_capas SET fuente = ?, origen = ? WHERE fid = ?",
            (_portable(fuente, pot), _portable(origen, pot) if origen else origen, fid),
        )
