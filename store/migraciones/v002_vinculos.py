"""v2: the POT's layers (layer tree) and the feature ↔ dictionary-variable links."""
from ..schema import create_table


def migrar(conn):
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
