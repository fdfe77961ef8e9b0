"""The QGIS project stored in a POT, as bytes: read and written inside a sqlite transaction, and
looked into without QGIS (migrations, checks). QGIS's GeoPackage project storage keeps it in
``qgis_projects`` (name, metadata, content) as the hex text of a .qgz (a zip holding the .qgs XML).
"""
from __future__ import annotations

import getpass
import io
import re
import zipfile
from datetime import datetime
from xml.etree import ElementTree

NOMBRE = "pot"  # the project's name inside the GeoPackage (PotStore.project_uri)


def _tablas(conn) -> set:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def contenido_guardado(conn):
    """The stored project (.qgz bytes) read through an open connection, or None."""
    if "qgis_projects" not in _tablas(conn):
        return None
    fila = conn.execute("SELECT content FROM qgis_projects WHERE name = ?", (NOMBRE,)).fetchone()
    if fila is None or not fila[0]:
        return None
    contenido = fila[0]
    return bytes.fromhex(contenido if isinstance(contenido, str) else contenido.decode("ascii"))


def qgs(contenido: bytes) -> str:
    """The project's XML."""
    with zipfile.ZipFile(io.BytesIO(contenido)) as archivo:
        nombre = next(n for n in archivo.namelist() if n.lower().endswith(".qgs"))
        return archivo.read(nombre).decode("utf-8")


def ruta_guardada(contenido) -> str:
    """The POT path the stored project was last saved for (its ``pot/gpkg`` property), or ""."""
    if not contenido:
        return ""
    try:
        raiz = ElementTree.fromstring(qgs(contenido))
    except (zipfile.BadZipFile, StopIteration, ElementTree.ParseError, UnicodeDecodeError, ValueError):
        return ""
    nodo = raiz.find("./properties/pot/gpkg")
    return (nodo.text or "") if nodo is not None else ""


def capas_guardadas(contenido) -> set:
    """Table names of the GeoPackage layers a stored project lists."""
    if not contenido:
        return set()
    return {m.group(1) for m in re.finditer(r"<datasource>[^<|]*\|layername=([^<|&]+)", qgs(contenido))}


def guardar_contenido(conn, contenido: bytes) -> None:
    """Store .qgz bytes as the POT's project, as QGIS's GeoPackage project storage does (hex text)."""
    if "qgis_projects" not in _tablas(conn):
        conn.execute("CREATE TABLE qgis_projects(name TEXT PRIMARY KEY, metadata BLOB, content BLOB)")
    metadatos = '{{"last_modified_time": "{}", "last_modified_user": "{}" }}'.format(
        datetime.now().strftime("%Y-%m-%dT%H:%M:%S"), _usuario())
    conn.execute(
        "INSERT INTO qgis_projects (name, metadata, content) VALUES (?, ?, ?)"
        " ON CONFLICT (name) DO UPDATE SET metadata = excluded.metadata, content = excluded.content",
        (NOMBRE, metadatos, contenido.hex()),
    )


def _usuario() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""
