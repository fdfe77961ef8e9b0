"""Versioned schema of the POT tables inside the GeoPackage.

``MIGRATIONS[i]`` takes a file from version i to version i+1. A new POT applies them all; an older
POT is migrated forward when opened (after a backup copy); a newer one is refused untouched.
Never edit a migration that has shipped: add a new one.
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


def _v1_plan_and_dictionary(conn):
    create_table(conn, "pot_metadatos", "clave TEXT NOT NULL UNIQUE, valor TEXT", "POT metadata (key/value)")
    create_table(
        conn,
        "pot_variables",
        "codigo TEXT NOT NULL UNIQUE, nombre TEXT NOT NULL, definicion TEXT, dimension TEXT, tema TEXT,"
        " tipo TEXT NOT NULL, unidad TEXT, indicador TEXT, formula TEXT, fuente TEXT, anio INTEGER,"
        " escala TEXT, rol TEXT, rampa TEXT, orden INTEGER",
        "Diccionario de variables",
    )
    create_table(
        conn,
        "pot_clases",
        "variable TEXT NOT NULL, codigo TEXT, etiqueta TEXT NOT NULL, color TEXT NOT NULL,"
        " minimo REAL, maximo REAL, orden INTEGER",
        "Clases (categóricas) o cortes (numéricas) de cada variable",
    )
    conn.execute("CREATE INDEX pot_clases_variable ON pot_clases (variable)")


def _v2_feature_links(conn):
    create_table(
        conn,
        "pot_capas",
        "capa TEXT NOT NULL UNIQUE, titulo TEXT, fase TEXT, grupo TEXT, variable TEXT",
        "Capas del POT y su lugar en el árbol de capas",
    )
    create_table(
        conn,
        "pot_campos",
        "capa TEXT NOT NULL, campo TEXT NOT NULL, variable TEXT NOT NULL, UNIQUE (capa, campo)",
        "Campo de una capa del POT enlazado a una variable del diccionario",
    )
    create_table(
        conn,
        "pot_vinculos",
        "capa TEXT NOT NULL, entidad TEXT NOT NULL, variable TEXT NOT NULL, valor TEXT,"
        " fuente TEXT, anio INTEGER, UNIQUE (capa, entidad, variable)",
        "Vínculo entidad ↔ variable del diccionario",
    )
    conn.execute("CREATE INDEX pot_vinculos_variable ON pot_vinculos (variable)")


def _v3_map_catalogue(conn):
    from ..salidas.catalogo import _migracion_catalogo

    _migracion_catalogo(conn)


def _v4_current_model(conn):
    from ..modelo_actual.esquema import migracion_modelo_actual

    migracion_modelo_actual(conn)


def _v5_outputs_and_validation(conn):
    from ..salidas.esquema import migracion_salidas

    migracion_salidas(conn)


MIGRATIONS = [_v1_plan_and_dictionary, _v2_feature_links, _v3_map_catalogue, _v4_current_model, _v5_outputs_and_validation]
LATEST = len(MIGRATIONS)
