"""v5: the memoria's narrative sections and the Comisión Técnica's observations (Pauta 4)."""
from ..schema import create_table


def migrar(conn):
    create_table(
        conn,
        "pot_narrativas",
        "seccion TEXT NOT NULL UNIQUE, titulo TEXT, texto TEXT, actualizado TEXT",
        "Secciones narrativas de la memoria descriptiva",
    )
    create_table(
        conn,
        "pot_observaciones",
        "numero INTEGER, taller TEXT, fecha TEXT, institucion TEXT, autor TEXT, hoja TEXT, celda TEXT,"
        " texto TEXT NOT NULL, respuesta TEXT, estado TEXT",
        "Observaciones de la Comisión Técnica y sus respuestas",
    )
