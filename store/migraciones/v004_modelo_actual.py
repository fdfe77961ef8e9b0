"""v4: the tables of the modelo actual (Pauta 1, Paso 01).

- ``pot_dit_capas``: the DIT layers registered for the modelo actual (source, theme, field → variable
  mapping with a code → class value map, last validation report). ``mapeo`` and ``validacion`` are JSON.
- ``pot_modelo_versiones``: saved versions of the model (``estado`` 'preliminar' or 'validado').
- ``pot_caracterizacion``: the user's characterisation rules (variable + class → potencialidad,
  limitación or aptitud, with its subsystem).
- ``pot_modelo_resumen``: summary of a characterised units layer (area by class and by tag).
"""
from ..schema import create_table


def migrar(conn):
    create_table(
        conn,
        "pot_dit_capas",
        "nombre TEXT NOT NULL UNIQUE, fuente TEXT NOT NULL, proveedor TEXT, tipo TEXT, tema TEXT, subtema TEXT,"
        " mapeo TEXT, validacion TEXT, actualizado TEXT, origen TEXT",
        "Registro de capas del DIT",
    )
    create_table(
        conn,
        "pot_modelo_versiones",
        "version INTEGER NOT NULL UNIQUE, estado TEXT NOT NULL, fecha TEXT, nota TEXT, capa TEXT,"
        " unidades INTEGER, area_ha REAL",
        "Versiones del modelo actual (preliminar / validado)",
    )
    create_table(
        conn,
        "pot_caracterizacion",
        "variable TEXT NOT NULL, clase TEXT NOT NULL, tipo TEXT NOT NULL, etiqueta TEXT NOT NULL, subsistema TEXT,"
        " UNIQUE (variable, clase, tipo, etiqueta)",
        "Reglas de caracterización: clase de variable → potencialidad / limitación / aptitud",
    )
    create_table(
        conn,
        "pot_modelo_resumen",
        "capa TEXT NOT NULL, grupo TEXT NOT NULL, variable TEXT, clave TEXT, subsistema TEXT, unidades INTEGER,"
        " area_ha REAL",
        "Resumen del modelo actual: superficie por clase y por potencialidad, limitación o aptitud",
    )
