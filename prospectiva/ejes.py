"""Paso 04: the ejes estratégicos, strategic variables grouped into themes.

``pot_prosp_ejes`` (code, name, theme, description, order) and ``pot_prosp_eje_variables`` (the
strategic variables of each eje). The Pautas form the ejes "on the strategic themes identified by
grouping common and individual themes, which are the strategic, driving variables of the prospective
model"; ``proponer`` groups the strategic variables by their dictionary dimension (subsystem) or theme as
a starting point. Pauta 2 (the MOT, the objectives per eje) reads ``cargar``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

from ..core.errors import PotError
from ..core.i18n import tr
from . import variables as variables_prosp


@dataclass
class Eje:
    codigo: str
    nombre: str
    tema: str = ""
    descripcion: str = ""
    variables: List[str] = field(default_factory=list)


def cargar(store) -> List[Eje]:
    with store.connect(readonly=True) as conn:
        miembros = {}
        for r in conn.execute("SELECT eje, variable FROM pot_prosp_eje_variables ORDER BY fid"):
            miembros.setdefault(r[0], []).append(r[1])
        filas = conn.execute("SELECT codigo, nombre, tema, descripcion FROM pot_prosp_ejes ORDER BY orden, fid").fetchall()
    return [Eje(f[0], f[1], f[2] or "", f[3] or "", miembros.get(f[0], [])) for f in filas]


def _validar(store, ejes: List[Eje]) -> None:
    estrategicas = set(variables_prosp.estrategicas(store))
    vistos = set()
    for eje in ejes:
        if not (eje.codigo or "").strip() or not (eje.nombre or "").strip():
            raise PotError(tr("An eje estratégico needs a code and a name."))
        if eje.codigo in vistos:
            raise PotError(tr("The eje code “{code}” is repeated.").format(code=eje.codigo))
        vistos.add(eje.codigo)
        if not eje.variables:
            raise PotError(tr("Eje {code}: group at least one strategic variable in it.").format(code=eje.codigo))
        for variable in eje.variables:
            if variable not in estrategicas:
                raise PotError(tr("Eje {code}: “{variable}” is not a strategic variable of the prospective model.").format(
                    code=eje.codigo, variable=variable))


def guardar_todos(store, ejes: List[Eje]) -> None:
    """Replace the ejes (one transaction)."""
    _validar(store, ejes)
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_prosp_eje_variables")
        conn.execute("DELETE FROM pot_prosp_ejes")
        for orden, eje in enumerate(ejes):
            conn.execute("INSERT INTO pot_prosp_ejes (codigo, nombre, tema, descripcion, orden) VALUES (?, ?, ?, ?, ?)",
                         (eje.codigo.strip(), eje.nombre.strip(), eje.tema, eje.descripcion, orden))
            conn.executemany("INSERT OR IGNORE INTO pot_prosp_eje_variables (eje, variable) VALUES (?, ?)",
                             [(eje.codigo.strip(), v) for v in eje.variables])


def guardar(store, eje: Eje) -> None:
    """Insert or replace one eje, keeping the others."""
    otros = [e for e in cargar(store) if e.codigo != eje.codigo]
    actuales = [e.codigo for e in cargar(store)]
    posicion = actuales.index(eje.codigo) if eje.codigo in actuales else len(otros)
    guardar_todos(store, otros[:posicion] + [eje] + otros[posicion:])


def eliminar(store, codigo: str) -> None:
    guardar_todos(store, [e for e in cargar(store) if e.codigo != codigo])


def proponer(store, por: str = "dimension") -> List[Eje]:
    """One eje per dictionary dimension (subsystem; ``por="tema"``: per theme) of the strategic
    variables, in model order, named after it. A starting point the team renames and regroups."""
    if por not in ("dimension", "tema"):
        raise PotError(tr("Ejes are proposed by “dimension” or “tema”, not “{by}”.").format(by=por))
    otra = "tema" if por == "dimension" else "dimension"
    with store.connect(readonly=True) as conn:
        datos = {r[0]: (r[1] or r[2] or tr("Other")) for r in conn.execute(f"SELECT codigo, {por}, {otra} FROM pot_variables")}
    grupos = {}
    for variable in variables_prosp.estrategicas(store):
        grupos.setdefault(datos.get(variable, tr("Other")), []).append(variable)
    return [Eje(f"E{k}", tema[:1].upper() + tema[1:], tema, "", miembros) for k, (tema, miembros) in enumerate(grupos.items(), start=1)]


def sin_eje(store) -> List[str]:
    """Strategic variables not grouped in any eje."""
    agrupadas = {v for e in cargar(store) for v in e.variables}
    return [v for v in variables_prosp.estrategicas(store) if v not in agrupadas]
