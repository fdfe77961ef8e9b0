"""v1: POT metadata and the dictionary of variables (variables and their classes or breaks)."""
from ..schema import create_table


def migrar(conn):
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
