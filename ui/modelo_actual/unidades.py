"""Which POT layers are territorial units (what Characterise and Save version accept): polygon
layers of Phase I written by the synthesis or copied as a version, recognised by their ``area_ha``
field. The ámbito (a base layer), the contributions and the corrected DIT copies are never offered."""
from __future__ import annotations

import re

from ...modelo_actual import aportes
from ...modelo_actual.sintesis import CAMPO_AREA

VERSION = re.compile(r"^modelo_actual_v\d+$")


def capas_de_unidades(store, con_versiones: bool = True) -> list:
    """Names of the POT's unit layers, the synthesis output first, then versions newest first."""
    with store.connect(readonly=True) as conn:
        filas = conn.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns").fetchall()
        fase1 = {r[0] for r in conn.execute("SELECT capa FROM pot_capas WHERE fase = 'fase1'")}
        copias_dit = {r[0].split("layername=")[-1] for r in conn.execute("SELECT fuente FROM pot_dit_capas")
                      if str(store.path) in r[0]}
        nombres = []
        for tabla, tipo in filas:
            if not any(t in (tipo or "").upper() for t in ("POLYGON", "SURFACE")):
                continue
            if tabla not in fase1 or tabla in copias_dit or tabla in aportes.CAPAS:
                continue
            columnas = {c[1] for c in conn.execute(f'PRAGMA table_info("{tabla}")')}
            if CAMPO_AREA in columnas and (con_versiones or not VERSION.match(tabla)):
                nombres.append(tabla)

    def orden(nombre):
        version = VERSION.match(nombre)
        return (1, -int(nombre.rsplit("v", 1)[1])) if version else (0, nombre)

    return sorted(nombres, key=orden)
