"""Versioned schema of the POT tables inside the GeoPackage.

The migrations live in ``store/migraciones/`` (``vNNN_<what>.py``, discovered by number): version i
takes a file from i-1 to i. A new POT applies them all; an older POT is migrated forward when opened
(after a backup copy); a newer one is refused untouched. Never edit a migration that has shipped.
"""
import sqlite3

ATTRIBUTES = "attributes"


def register_table(conn: sqlite3.Connection, table: str, description: str) -> None:
    """Declare a non-spatial table in gpkg_contents so QGIS and OGR list it as a layer."""
    conn.execute(
        "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description, last_change)"
        " VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
        (table, ATTRIBUTES, table, description),
    )


def create_table(conn: sqlite3.Connection, table: str, columns: str, description: str) -> None:
    # GeoPackage attribute tables need an INTEGER PRIMARY KEY AUTOINCREMENT column.
    conn.execute(f'CREATE TABLE "{table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, {columns})')
    register_table(conn, table, description)


def _cargar():
    from .migraciones import migraciones

    return [migrar for _, migrar in migraciones()]


MIGRATIONS = _cargar()
LATEST = len(MIGRATIONS)
