"""Paso 03: the scenarios and the state of every strategic variable in each.

Tables (schema v6): ``pot_prosp_escenarios`` (code, name, type, horizon, narrative, the layer that maps
it), ``pot_prosp_estados`` (the possible states — hypotheses — of each strategic variable, with an
indicative value of its indicator: the descriptors of the cross-impact analysis) and
``pot_prosp_escenario_estados`` (the state each scenario gives each strategic variable).

Scenario types after CEPLAN (2016), as the Pautas' footnotes define them: tendencial (the variables
keep their historical pattern), deseable, posible, exploratorio (some strategic variables diverge from
the trend) and optimo (the best possible state of each strategic variable). A scenario is complete
when every strategic variable has a state (``faltantes`` / ``validar``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ..core.errors import PotError
from ..core.i18n import tr, trd
from . import variables as variables_prosp

TENDENCIAL, DESEABLE, POSIBLE, EXPLORATORIO, OPTIMO = "tendencial", "deseable", "posible", "exploratorio", "optimo"
TIPOS = (TENDENCIAL, DESEABLE, POSIBLE, EXPLORATORIO, OPTIMO)
CODIGO_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,39}$")


def nombres_tipos() -> Dict[str, str]:
    """Scenario type → its name in the POT's document language."""
    return {
        TENDENCIAL: trd("Trend (probable)"),
        DESEABLE: trd("Desirable"),
        POSIBLE: trd("Possible"),
        EXPLORATORIO: trd("Exploratory"),
        OPTIMO: trd("Optimal"),
    }


def con_nombre(nombre: str, plantilla_nombrado: str, plantilla_libre: str) -> str:
    """A document text about a scenario that does not say "scenario" twice: ``plantilla_nombrado``
    ({scenario}: the name with a lower-case first letter) when the name already starts with the word
    (“Escenario deseable” → “Mapa del escenario deseable”), else ``plantilla_libre`` ({name})."""
    palabra = trd("Scenario").lower()
    if nombre.lower().startswith(palabra + " "):
        return plantilla_nombrado.format(scenario=nombre[:1].lower() + nombre[1:])
    return plantilla_libre.format(name=nombre)


@dataclass
class EstadoPosible:
    variable: str
    estado: str  # short code, e.g. "alta"
    etiqueta: str = ""
    descripcion: str = ""
    valor: Optional[float] = None  # indicative value of the variable's indicator in this state


@dataclass
class EstadoEscenario:
    variable: str
    estado: str
    valor: Optional[float] = None
    descripcion: str = ""


@dataclass
class Escenario:
    codigo: str
    nombre: str
    tipo: str
    horizonte: Optional[int] = None
    narrativa: str = ""
    capa: str = ""
    estados: List[EstadoEscenario] = field(default_factory=list)

    def estado_de(self, variable: str) -> Optional[EstadoEscenario]:
        return next((e for e in self.estados if e.variable == variable), None)


# -- possible states of the strategic variables ---------------------------------------------------------
def cargar_estados_posibles(store) -> Dict[str, List[EstadoPosible]]:
    """variable → its possible states, in order."""
    resultado: Dict[str, List[EstadoPosible]] = {}
    with store.connect(readonly=True) as conn:
        for r in conn.execute("SELECT variable, estado, etiqueta, descripcion, valor FROM pot_prosp_estados ORDER BY variable, orden, fid"):
            resultado.setdefault(r["variable"], []).append(
                EstadoPosible(r["variable"], r["estado"], r["etiqueta"] or r["estado"], r["descripcion"] or "", r["valor"]))
    return resultado


def guardar_estados_posibles(store, variable: str, estados: List[EstadoPosible]) -> None:
    """Replace the possible states of one variable (codes unique, at least two to be a descriptor)."""
    variables_prosp.obtener(store, variable)
    vistos = set()
    for estado in estados:
        codigo = (estado.estado or "").strip()
        if not codigo:
            raise PotError(tr("Variable {code}: every state needs a short code.").format(code=variable))
        if codigo in vistos:
            raise PotError(tr("Variable {code}: the state “{state}” is repeated.").format(code=variable, state=codigo))
        vistos.add(codigo)
    with store.connect() as conn:
        usados = {r[0] for r in conn.execute("SELECT estado FROM pot_prosp_escenario_estados WHERE variable = ?", (variable,))}
        perdidos = sorted(usados - vistos)
        if perdidos:
            raise PotError(tr("Variable {code}: the state(s) {states} are used by scenarios; change those scenarios first.").format(
                code=variable, states=", ".join(perdidos)))
        conn.execute("DELETE FROM pot_prosp_estados WHERE variable = ?", (variable,))
        conn.executemany(
            "INSERT INTO pot_prosp_estados (variable, estado, etiqueta, descripcion, valor, orden) VALUES (?, ?, ?, ?, ?, ?)",
            [(variable, e.estado.strip(), e.etiqueta or e.estado.strip(), e.descripcion, e.valor, k) for k, e in enumerate(estados)],
        )


# -- scenarios ----------------------------------------------------------------------------------------------
def cargar_escenarios(store) -> List[Escenario]:
    with store.connect(readonly=True) as conn:
        estados: Dict[str, List[EstadoEscenario]] = {}
        for r in conn.execute("SELECT escenario, variable, estado, valor, descripcion FROM pot_prosp_escenario_estados ORDER BY fid"):
            estados.setdefault(r["escenario"], []).append(EstadoEscenario(r["variable"], r["estado"], r["valor"], r["descripcion"] or ""))
        filas = conn.execute("SELECT codigo, nombre, tipo, horizonte, narrativa, capa FROM pot_prosp_escenarios ORDER BY orden, fid").fetchall()
    return [Escenario(f["codigo"], f["nombre"], f["tipo"], f["horizonte"], f["narrativa"] or "", f["capa"] or "",
                      estados.get(f["codigo"], [])) for f in filas]


def obtener(store, codigo: str) -> Escenario:
    for escenario in cargar_escenarios(store):
        if escenario.codigo == codigo:
            return escenario
    raise PotError(tr("The POT {path} has no scenario “{code}”.").format(path=store.path, code=codigo))


def _horizonte_del_pot(store) -> Optional[int]:
    try:
        return int(store.metadata().get("horizonte") or 0) or None
    except ValueError:
        return None


def guardar(store, escenario: Escenario) -> None:
    """Insert or update one scenario and its states. The horizon defaults to the POT's."""
    if not CODIGO_RE.match(escenario.codigo or ""):
        raise PotError(tr("Scenario “{code}”: the code must start with a letter and use only letters, digits and “_” (at most 40).").format(
            code=escenario.codigo))
    if not (escenario.nombre or "").strip():
        raise PotError(tr("Scenario {code}: the name is required.").format(code=escenario.codigo))
    if escenario.tipo not in TIPOS:
        raise PotError(tr("Scenario {code}: the type must be one of {types}, not “{type}”.").format(
            code=escenario.codigo, types=", ".join(TIPOS), type=escenario.tipo))
    escenario.horizonte = escenario.horizonte or _horizonte_del_pot(store)
    if escenario.horizonte is not None and not 2000 <= int(escenario.horizonte) <= 2200:
        raise PotError(tr("Scenario {code}: the horizon {year} is not plausible.").format(code=escenario.codigo, year=escenario.horizonte))
    prospectivas = {v.variable for v in variables_prosp.cargar(store)}
    posibles = cargar_estados_posibles(store)
    vistas = set()
    for estado in escenario.estados:
        if estado.variable in vistas:
            raise PotError(tr("Scenario {code}: the variable {variable} has two states.").format(code=escenario.codigo, variable=estado.variable))
        vistas.add(estado.variable)
        if estado.variable not in prospectivas:
            raise PotError(tr("Scenario {code}: “{variable}” is not a variable of the prospective model.").format(
                code=escenario.codigo, variable=estado.variable))
        if not (estado.estado or "").strip():
            raise PotError(tr("Scenario {code}: the variable {variable} has no state.").format(code=escenario.codigo, variable=estado.variable))
        declarados = [p.estado for p in posibles.get(estado.variable, [])]
        if declarados and estado.estado not in declarados:
            raise PotError(tr("Scenario {code}: “{state}” is not a state of {variable} (states: {states}).").format(
                code=escenario.codigo, state=estado.estado, variable=estado.variable, states=", ".join(declarados)))
    with store.connect() as conn:
        fila = conn.execute("SELECT orden, capa FROM pot_prosp_escenarios WHERE codigo = ?", (escenario.codigo,)).fetchone()
        orden = fila[0] if fila else conn.execute("SELECT COALESCE(MAX(orden), -1) + 1 FROM pot_prosp_escenarios").fetchone()[0]
        capa = escenario.capa or (fila[1] if fila else "") or ""
        conn.execute("DELETE FROM pot_prosp_escenarios WHERE codigo = ?", (escenario.codigo,))
        conn.execute("DELETE FROM pot_prosp_escenario_estados WHERE escenario = ?", (escenario.codigo,))
        conn.execute(
            "INSERT INTO pot_prosp_escenarios (codigo, nombre, tipo, horizonte, narrativa, capa, orden) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (escenario.codigo, escenario.nombre.strip(), escenario.tipo, escenario.horizonte, escenario.narrativa, capa, orden),
        )
        conn.executemany(
            "INSERT INTO pot_prosp_escenario_estados (escenario, variable, estado, valor, descripcion) VALUES (?, ?, ?, ?, ?)",
            [(escenario.codigo, e.variable, e.estado.strip(), e.valor, e.descripcion) for e in escenario.estados],
        )
    escenario.capa = capa


def asignar_capa(store, codigo: str, capa: str) -> None:
    with store.connect() as conn:
        conn.execute("UPDATE pot_prosp_escenarios SET capa = ? WHERE codigo = ?", (capa, codigo))


def eliminar(store, codigo: str) -> None:
    """Delete a scenario, its states, scores and sensitivity rows (its layer stays in the POT)."""
    with store.connect() as conn:
        if conn.execute("SELECT COUNT(*) FROM pot_prosp_optimo WHERE escenario = ?", (codigo,)).fetchone()[0]:
            raise PotError(tr("The scenario “{code}” was selected as the optimal one; select another before deleting it.").format(code=codigo))
        for tabla in ("pot_prosp_escenario_estados", "pot_prosp_puntajes", "pot_prosp_sensibilidad"):
            conn.execute(f"DELETE FROM {tabla} WHERE escenario = ?", (codigo,))
        conn.execute("DELETE FROM pot_prosp_transiciones WHERE escenario = ?", (codigo,))
        conn.execute("DELETE FROM pot_prosp_escenarios WHERE codigo = ?", (codigo,))


# -- completeness -------------------------------------------------------------------------------------------
def faltantes(store, escenario: Escenario) -> List[str]:
    """Strategic variables that the scenario gives no state."""
    con_estado = {e.variable for e in escenario.estados}
    return [v for v in variables_prosp.estrategicas(store) if v not in con_estado]


def validar(store, codigo: str) -> Escenario:
    """The scenario, or a PotError naming the scenario and the first strategic variable it lacks."""
    escenario = obtener(store, codigo)
    if not variables_prosp.estrategicas(store):
        raise PotError(tr("The prospective model has no strategic variable yet: mark them first (structural analysis)."))
    falta = faltantes(store, escenario)
    if falta:
        raise PotError(tr("Scenario {code} has no state for the strategic variable(s) {variables}.").format(
            code=codigo, variables=", ".join(falta)))
    return escenario


def tabla_estados(store) -> dict:
    """Scenarios × strategic variables: {"escenarios": [codes], "filas": [{"variable", "nombre",
    "estados": {scenario: state label or ""}, "valores": {scenario: value or None}}]} (memoria, dock)."""
    escenarios = cargar_escenarios(store)
    posibles = cargar_estados_posibles(store)
    with store.connect(readonly=True) as conn:
        nombres = {r[0]: r[1] for r in conn.execute("SELECT codigo, nombre FROM pot_variables")}
    filas = []
    for variable in variables_prosp.estrategicas(store):
        etiquetas = {p.estado: p.etiqueta for p in posibles.get(variable, [])}
        fila = {"variable": variable, "nombre": nombres.get(variable, variable), "estados": {}, "valores": {}}
        for escenario in escenarios:
            estado = escenario.estado_de(variable)
            fila["estados"][escenario.codigo] = etiquetas.get(estado.estado, estado.estado) if estado else ""
            valor = estado.valor if estado and estado.valor is not None else None
            if valor is None and estado is not None:
                valor = next((p.valor for p in posibles.get(variable, []) if p.estado == estado.estado), None)
            fila["valores"][escenario.codigo] = valor
        filas.append(fila)
    return {"escenarios": [e.codigo for e in escenarios], "filas": filas}
