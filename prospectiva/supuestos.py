"""Paso 03: supuestos territoriales and causal relations between variables.

Supuestos (``pot_prosp_supuestos`` + ``pot_prosp_supuesto_efectos``): factors that matter to the
territory but lie outside it and cannot be managed by the POT (world economy, internal or external
violence, epidemics, climate change…), each with its expected effects on named variables.
Causal relations (``pot_prosp_relaciones``): origin → destination, with intensity (1–3 or P), sign
and a description; proposed from the strongest links of the structural analysis (``origen_dato``
'matriz') and then edited by the team ('usuario'). The MOT (Pauta 2) reads them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

from ..core.errors import PotError
from ..core.i18n import tr
from .variables import exigir_variables

TIPOS_SUPUESTO = ("economia", "violencia", "epidemias", "clima", "politica", "otro")
SENTIDOS = ("+", "-", "?")
INTENSIDADES = ("1", "2", "3", "P")
MATRIZ, USUARIO = "matriz", "usuario"


@dataclass
class Efecto:
    variable: str
    sentido: str = "?"  # + favours the variable, - harms it, ? uncertain
    descripcion: str = ""


@dataclass
class Supuesto:
    codigo: str
    nombre: str
    descripcion: str = ""
    tipo: str = "otro"
    fuente: str = ""
    efectos: List[Efecto] = field(default_factory=list)


@dataclass
class Relacion:
    origen: str
    destino: str
    intensidad: str = "3"
    sentido: str = "+"
    descripcion: str = ""
    origen_dato: str = USUARIO


# -- supuestos ----------------------------------------------------------------------------------------
def cargar_supuestos(store) -> List[Supuesto]:
    with store.connect(readonly=True) as conn:
        efectos = {}
        for r in conn.execute("SELECT supuesto, variable, sentido, descripcion FROM pot_prosp_supuesto_efectos ORDER BY fid"):
            efectos.setdefault(r["supuesto"], []).append(Efecto(r["variable"], r["sentido"] or "?", r["descripcion"] or ""))
        filas = conn.execute("SELECT codigo, nombre, descripcion, tipo, fuente FROM pot_prosp_supuestos ORDER BY orden, fid").fetchall()
    return [Supuesto(f["codigo"], f["nombre"], f["descripcion"] or "", f["tipo"] or "otro", f["fuente"] or "", efectos.get(f["codigo"], []))
            for f in filas]


def guardar_supuesto(store, supuesto: Supuesto) -> None:
    """Insert or replace one supuesto with its effects. Raises PotError naming what is wrong."""
    if not (supuesto.codigo or "").strip() or not (supuesto.nombre or "").strip():
        raise PotError(tr("A supuesto needs a code and a name."))
    if supuesto.tipo not in TIPOS_SUPUESTO:
        raise PotError(tr("Supuesto {code}: the kind must be one of {kinds}, not “{kind}”.").format(
            code=supuesto.codigo, kinds=", ".join(TIPOS_SUPUESTO), kind=supuesto.tipo))
    for efecto in supuesto.efectos:
        if efecto.sentido not in SENTIDOS:
            raise PotError(tr("Supuesto {code}, effect on {variable}: the sign must be +, - or ?, not “{sign}”.").format(
                code=supuesto.codigo, variable=efecto.variable, sign=efecto.sentido))
    exigir_variables(store, [e.variable for e in supuesto.efectos], tr("Supuesto {code}").format(code=supuesto.codigo))
    with store.connect() as conn:
        fila = conn.execute("SELECT orden FROM pot_prosp_supuestos WHERE codigo = ?", (supuesto.codigo,)).fetchone()
        orden = fila[0] if fila else conn.execute("SELECT COALESCE(MAX(orden), -1) + 1 FROM pot_prosp_supuestos").fetchone()[0]
        conn.execute("DELETE FROM pot_prosp_supuestos WHERE codigo = ?", (supuesto.codigo,))
        conn.execute("DELETE FROM pot_prosp_supuesto_efectos WHERE supuesto = ?", (supuesto.codigo,))
        conn.execute("INSERT INTO pot_prosp_supuestos (codigo, nombre, descripcion, tipo, fuente, orden) VALUES (?, ?, ?, ?, ?, ?)",
                     (supuesto.codigo.strip(), supuesto.nombre.strip(), supuesto.descripcion, supuesto.tipo, supuesto.fuente, orden))
        conn.executemany(
            "INSERT OR REPLACE INTO pot_prosp_supuesto_efectos (supuesto, variable, sentido, descripcion) VALUES (?, ?, ?, ?)",
            [(supuesto.codigo.strip(), e.variable, e.sentido, e.descripcion) for e in supuesto.efectos],
        )


def eliminar_supuesto(store, codigo: str) -> None:
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_prosp_supuesto_efectos WHERE supuesto = ?", (codigo,))
        conn.execute("DELETE FROM pot_prosp_supuestos WHERE codigo = ?", (codigo,))


# -- causal relations -------------------------------------------------------------------------------------
def cargar_relaciones(store) -> List[Relacion]:
    with store.connect(readonly=True) as conn:
        filas = conn.execute(
            "SELECT origen, destino, intensidad, sentido, descripcion, origen_dato FROM pot_prosp_relaciones ORDER BY fid").fetchall()
    return [Relacion(f["origen"], f["destino"], f["intensidad"] or "", f["sentido"] or "+", f["descripcion"] or "",
                     f["origen_dato"] or USUARIO) for f in filas]


def _validar_relacion(relacion: Relacion, numero: int) -> None:
    if relacion.origen == relacion.destino:
        raise PotError(tr("Relation {number} ({code} → {code}): a variable cannot cause itself.").format(number=numero, code=relacion.origen))
    if relacion.intensidad not in INTENSIDADES:
        raise PotError(tr("Relation {number} ({origin} → {destination}): the intensity must be 1, 2, 3 or P, not “{value}”.").format(
            number=numero, origin=relacion.origen, destination=relacion.destino, value=relacion.intensidad))
    if relacion.sentido not in SENTIDOS:
        raise PotError(tr("Relation {number} ({origin} → {destination}): the sign must be +, - or ?, not “{value}”.").format(
            number=numero, origin=relacion.origen, destination=relacion.destino, value=relacion.sentido))


def guardar_relaciones(store, relaciones: List[Relacion]) -> None:
    """Replace the causal relations (the team's edited list), one transaction."""
    vistas = set()
    for numero, relacion in enumerate(relaciones, start=1):
        _validar_relacion(relacion, numero)
        clave = (relacion.origen, relacion.destino)
        if clave in vistas:
            raise PotError(tr("Relation {number} ({origin} → {destination}) is repeated.").format(
                number=numero, origin=relacion.origen, destination=relacion.destino))
        vistas.add(clave)
    exigir_variables(store, sorted({c for r in relaciones for c in (r.origen, r.destino)}), tr("Causal relations"))
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_prosp_relaciones")
        conn.executemany(
            "INSERT INTO pot_prosp_relaciones (origen, destino, intensidad, sentido, descripcion, origen_dato) VALUES (?, ?, ?, ?, ?, ?)",
            [(r.origen, r.destino, r.intensidad, r.sentido, r.descripcion, r.origen_dato) for r in relaciones],
        )


def proponer_relaciones(resultado, maximo: int = 30) -> List[Relacion]:
    """Causal relations from the strongest direct links of a structural analysis (``micmac.ResultadoMicmac``)."""
    return [Relacion(o, d, "3", "+", "", MATRIZ) for o, d, _valor, _peso in resultado.enlaces_fuertes(maximo)]


def anadir_relaciones_de_matriz(store, resultado, maximo: int = 30) -> int:
    """Add the proposed relations that the POT does not have yet (the team's edits are kept). Returns how many were added."""
    actuales = cargar_relaciones(store)
    existentes = {(r.origen, r.destino) for r in actuales}
    nuevas = [r for r in proponer_relaciones(resultado, maximo) if (r.origen, r.destino) not in existentes]
    if nuevas:
        guardar_relaciones(store, actuales + nuevas)
    return len(nuevas)
