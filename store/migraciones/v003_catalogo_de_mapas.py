"""v3: the map catalogue (the sheets of the map series)."""
from ..schema import create_table


def migrar(conn):
    create_table(
        conn,
        "pot_hojas",
        "numero TEXT NOT NULL UNIQUE, titulo TEXT, fase TEXT, capas TEXT, variable TEXT, capa_variable TEXT,"
        " tamano TEXT, orientacion TEXT, escala INTEGER, orden INTEGER",
        "Catálogo de mapas del POT (hojas)",
    )
