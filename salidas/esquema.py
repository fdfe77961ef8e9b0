"""Tables of the outputs and of validation (schema migration v5, called from store/schema.py)."""
from ..store import schema


def migracion_salidas(conn) -> None:
    schema.create_table(
        conn,
        "pot_narrativas",
        "seccion TEXT NOT NULL UNIQUE, titulo TEXT, texto TEXT, actualizado TEXT",
        "Secciones narrativas de la memoria descriptiva",
    )
    schema.create_table(
        conn,
        "pot_observaciones",
        "numero INTEGER, taller TEXT, fecha TEXT, institucion TEXT, autor TEXT, hoja TEXT, celda TEXT,"
        " texto TEXT NOT NULL, respuesta TEXT, estado TEXT",
        "Observaciones de la Comisión Técnica y sus respuestas",
    )
