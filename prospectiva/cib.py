"""Scenario consistency by Cross-Impact Balance (CIB, Weimer-Jehle 2006) and the sensitivity table.

Descriptors are the strategic variables that have at least two possible states
(``pot_prosp_estados``). A judgement J[(X, a), (Y, b)] in −3..+3 says how state a of X promotes (+)
or restrains (−) state b of Y (``pot_prosp_impactos``); judgements within one descriptor are not
allowed. For a scenario s (one state per descriptor) the impact balance of state b of Y is
``Σ_{X ≠ Y} J[(X, s_X), (Y, b)]``. The scenario is consistent when, for every descriptor, the chosen
state has the highest balance among that descriptor's states; its consistency value is
``min_Y (balance(s_Y) − max_{b ≠ s_Y} balance(b))`` (≥ 0: consistent; ties count as consistent) and
its total impact score the sum of the chosen states' balances. ``tolerancia`` admits scenarios down
to −tolerancia (weakly inconsistent ones, as ScenarioWizard's option).

``consistentes`` enumerates every combination exactly, in vectorised chunks, up to
``LIMITE_COMBINACIONES`` (10^6); beyond, it stops with a message saying how many there are.
``sucesion`` runs Weimer-Jehle's global succession (every descriptor moves to its best state at once,
until nothing moves or a cycle repeats), with some descriptors held fixed: the sensitivity table uses
it to say where a scenario goes when one strategic variable takes another state.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

from ..core.errors import PotError
from ..core.i18n import tr
from .matriz_archivo import leer_rejilla

LIMITE_COMBINACIONES = 1_000_000
BLOQUE = 65_536
SEPARADOR = ":"


@dataclass
class Descriptor:
    variable: str
    estados: List[str]
    valores: List[Optional[float]]  # indicative value of each state (None when not given)


class JuiciosCIB:
    """The judgement matrix over all descriptors' states (S × S, S = total number of states)."""

    def __init__(self, descriptores: List[Descriptor], matriz: Optional[np.ndarray] = None):
        self.descriptores = descriptores
        self.inicio = np.cumsum([0] + [len(d.estados) for d in descriptores])[:-1]
        total = int(sum(len(d.estados) for d in descriptores))
        self.matriz = np.zeros((total, total)) if matriz is None else np.asarray(matriz, dtype=float)
        self.bloque = np.repeat(np.arange(len(descriptores)), [len(d.estados) for d in descriptores])

    @property
    def combinaciones(self) -> int:
        n = 1
        for d in self.descriptores:
            n *= len(d.estados)
        return n

    def indice(self, variable: str, estado: str) -> int:
        for k, d in enumerate(self.descriptores):
            if d.variable == variable:
                if estado not in d.estados:
                    raise PotError(tr("“{state}” is not a state of {variable} (states: {states}).").format(
                        state=estado, variable=variable, states=", ".join(d.estados)))
                return int(self.inicio[k]) + d.estados.index(estado)
        raise PotError(tr("“{variable}” is not a descriptor of the cross-impact analysis (a strategic variable with states).").format(
            variable=variable))

    def poner(self, variable_origen: str, estado_origen: str, variable_destino: str, estado_destino: str, valor: float) -> None:
        if variable_origen == variable_destino:
            raise PotError(tr("Judgement {origin}={a} → {destination}={b}: a descriptor cannot judge its own states.").format(
                origin=variable_origen, a=estado_origen, destination=variable_destino, b=estado_destino))
        if not (float(valor).is_integer() and -3 <= valor <= 3):
            raise PotError(tr("Judgement {origin}={a} → {destination}={b}: “{value}” is not a whole number from −3 to +3.").format(
                origin=variable_origen, a=estado_origen, destination=variable_destino, b=estado_destino, value=valor))
        self.matriz[self.indice(variable_origen, estado_origen), self.indice(variable_destino, estado_destino)] = valor

    def seleccion(self, estados: Dict[str, str], nombre: str = "") -> Tuple[int, ...]:
        """State indices (one per descriptor) of a scenario given as variable → state."""
        resultado = []
        for d in self.descriptores:
            if d.variable not in estados:
                raise PotError(tr("Scenario {code} has no state for the strategic variable(s) {variables}.").format(
                    code=nombre or "?", variables=d.variable))
            estado = estados[d.variable]
            if estado not in d.estados:
                raise PotError(tr("Scenario {code}: “{state}” is not a state of {variable} (states: {states}).").format(
                    code=nombre or "?", state=estado, variable=d.variable, states=", ".join(d.estados)))
            resultado.append(d.estados.index(estado))
        return tuple(resultado)

    def estados_de(self, seleccion: Sequence[int]) -> Dict[str, str]:
        return {d.variable: d.estados[k] for d, k in zip(self.descriptores, seleccion)}


# -- balances and consistency -------------------------------------------------------------------------
def _globales(juicios: JuiciosCIB, selecciones: np.ndarray) -> np.ndarray:
    return selecciones + juicios.inicio[None, :]


def balances(juicios: JuiciosCIB, selecciones: np.ndarray) -> np.ndarray:
    """(N × S) impact balance of every state for N scenarios (rows of state indices, N × D)."""
    return juicios.matriz[_globales(juicios, selecciones)].sum(axis=1)


def evaluar(juicios: JuiciosCIB, selecciones: np.ndarray):
    """(consistency value, total impact score) of N scenarios (N × D state indices)."""
    selecciones = np.atleast_2d(np.asarray(selecciones, dtype=int))
    b = balances(juicios, selecciones)
    elegidos = np.take_along_axis(b, _globales(juicios, selecciones), axis=1)  # N × D
    margenes = np.empty_like(elegidos)
    for k, d in enumerate(juicios.descriptores):
        bloque = b[:, juicios.inicio[k]: juicios.inicio[k] + len(d.estados)].copy()
        bloque[np.arange(len(bloque)), selecciones[:, k]] = -np.inf
        otros = bloque.max(axis=1)
        margenes[:, k] = elegidos[:, k] - otros
    return margenes.min(axis=1), elegidos.sum(axis=1)


def consistentes(juicios: JuiciosCIB, tolerancia: float = 0.0, limite: int = LIMITE_COMBINACIONES) -> List[dict]:
    """Every scenario whose consistency value is ≥ −tolerancia, best first (consistency, then total
    impact score): [{"estados": {variable: state}, "consistencia", "impacto_total", "seleccion"}]."""
    if len(juicios.descriptores) < 2:
        raise PotError(tr("The cross-impact analysis needs at least two strategic variables with two or more states each."))
    for d in juicios.descriptores:
        if len(d.estados) < 2:
            raise PotError(tr("The strategic variable {variable} needs at least two states for the cross-impact analysis.").format(
                variable=d.variable))
    total = juicios.combinaciones
    if total > limite:
        raise PotError(tr(
            "The {count} descriptors admit {combinations} combinations of states; exact enumeration stops at {limit}. "
            "Use fewer strategic variables or fewer states per variable."
        ).format(count=len(juicios.descriptores), combinations=f"{total:,}", limit=f"{limite:,}"))
    tamanos = [len(d.estados) for d in juicios.descriptores]
    encontrados = []
    for inicio in range(0, total, BLOQUE):
        indices = np.arange(inicio, min(total, inicio + BLOQUE))
        selecciones = np.stack(np.unravel_index(indices, tamanos), axis=1)
        consistencia, impacto = evaluar(juicios, selecciones)
        for k in np.nonzero(consistencia >= -tolerancia)[0]:
            seleccion = tuple(int(x) for x in selecciones[k])
            encontrados.append({"estados": juicios.estados_de(seleccion), "consistencia": float(consistencia[k]),
                                "impacto_total": float(impacto[k]), "seleccion": seleccion})
    encontrados.sort(key=lambda e: (-e["consistencia"], -e["impacto_total"], e["seleccion"]))
    return encontrados


def sucesion(juicios: JuiciosCIB, inicio: Sequence[int], fijos=(), maximo: int = 100):
    """Global succession from ``inicio`` with the descriptors of index in ``fijos`` held fixed.
    Returns (final state indices, True when it reached a fixed point, False for a cycle)."""
    actual = tuple(int(x) for x in inicio)
    vistos = {actual}
    for _ in range(maximo):
        b = balances(juicios, np.array([actual]))[0]
        siguiente = []
        for k, d in enumerate(juicios.descriptores):
            if k in fijos:
                siguiente.append(actual[k])
                continue
            bloque = b[juicios.inicio[k]: juicios.inicio[k] + len(d.estados)]
            mejor = float(bloque.max())
            siguiente.append(actual[k] if bloque[actual[k]] >= mejor else int(np.argmax(bloque)))
        siguiente = tuple(siguiente)
        if siguiente == actual:
            return actual, True
        if siguiente in vistos:
            return siguiente, False
        vistos.add(siguiente)
        actual = siguiente
    return actual, False


def sensibilidad(juicios: JuiciosCIB, estados: Dict[str, str], nombre: str = "") -> List[dict]:
    """How a scenario moves when one strategic variable takes another state.

    For every descriptor X and every other state x of it, X is set to x and held fixed while the other
    descriptors follow the global succession; one row per (X, x, outcome descriptor Y): Y's state and
    indicative value before and after, its impact balance before and after, and whether the succession
    reached a fixed point, i.e. a scenario consistent with X held in its new state (not a cycle)."""
    seleccion = juicios.seleccion(estados, nombre)
    antes = balances(juicios, np.array([seleccion]))[0]
    filas = []
    for k, d in enumerate(juicios.descriptores):
        for nuevo in range(len(d.estados)):
            if nuevo == seleccion[k]:
                continue
            inicio = list(seleccion)
            inicio[k] = nuevo
            final, fijo = sucesion(juicios, inicio, fijos={k})
            despues = balances(juicios, np.array([final]))[0]
            consistencia, _ = evaluar(juicios, np.array([final]))
            for r, otro in enumerate(juicios.descriptores):
                if r == k:
                    continue
                filas.append({
                    "variable": d.variable,
                    "estado_nuevo": d.estados[nuevo],
                    "variable_resultado": otro.variable,
                    "estado_antes": otro.estados[seleccion[r]],
                    "estado_despues": otro.estados[final[r]],
                    "valor_antes": otro.valores[seleccion[r]],
                    "valor_despues": otro.valores[final[r]],
                    "balance_antes": float(antes[juicios.inicio[r] + seleccion[r]]),
                    "balance_despues": float(despues[juicios.inicio[r] + final[r]]),
                    # a fixed point: every free descriptor holds its best state, X its forced one
                    "consistente": bool(fijo),
                    "consistencia": float(consistencia[0]),
                })
    return filas


# -- the POT ---------------------------------------------------------------------------------------------
def desde_store(store) -> JuiciosCIB:
    """Descriptors (strategic variables with ≥ 2 states) and the stored judgements."""
    from . import escenarios, variables

    posibles = escenarios.cargar_estados_posibles(store)
    descriptores = [Descriptor(v, [p.estado for p in posibles[v]], [p.valor for p in posibles[v]])
                    for v in variables.estrategicas(store) if len(posibles.get(v, [])) >= 2]
    juicios = JuiciosCIB(descriptores)
    presentes = {d.variable for d in descriptores}
    with store.connect(readonly=True) as conn:
        filas = conn.execute("SELECT variable_origen, estado_origen, variable_destino, estado_destino, valor FROM pot_prosp_impactos").fetchall()
    for f in filas:
        if f[0] in presentes and f[2] in presentes:
            juicios.poner(f[0], f[1], f[2], f[3], f[4])
    return juicios


def guardar_juicios(store, juicios: JuiciosCIB) -> int:
    """Replace the stored judgements by the non-zero cells of ``juicios``. Returns how many."""
    filas = []
    etiquetas = [(d.variable, e) for d in juicios.descriptores for e in d.estados]
    for i, j in zip(*np.nonzero(juicios.matriz)):
        filas.append((etiquetas[i][0], etiquetas[i][1], etiquetas[j][0], etiquetas[j][1], int(juicios.matriz[i, j])))
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_prosp_impactos")
        conn.executemany(
            "INSERT INTO pot_prosp_impactos (variable_origen, estado_origen, variable_destino, estado_destino, valor) VALUES (?, ?, ?, ?, ?)",
            filas,
        )
    return len(filas)


def guardar_sensibilidad(store, escenario: str, filas: List[dict]) -> None:
    columnas = ["variable", "estado_nuevo", "variable_resultado", "estado_antes", "estado_despues", "valor_antes", "valor_despues",
                "balance_antes", "balance_despues", "consistente"]
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_prosp_sensibilidad WHERE escenario = ?", (escenario,))
        conn.executemany(
            f"INSERT INTO pot_prosp_sensibilidad (escenario, {', '.join(columnas)}) VALUES (?, {', '.join('?' * len(columnas))})",
            [[escenario] + [int(f[c]) if c == "consistente" else f[c] for c in columnas] for f in filas],
        )


def cargar_sensibilidad(store, escenario: str) -> List[dict]:
    """The sensitivity rows stored for ``escenario`` by the last consistency run (see ``sensibilidad``)."""
    with store.connect(readonly=True) as conn:
        filas = conn.execute("SELECT * FROM pot_prosp_sensibilidad WHERE escenario = ? ORDER BY fid", (escenario,)).fetchall()
    return [{k: f[k] for k in f.keys() if k != "fid"} for f in filas]


# -- judgements as a spreadsheet (rows and columns "VARIABLE:state") ------------------------------------------
def rejilla(juicios: JuiciosCIB) -> List[List[str]]:
    etiquetas = [f"{d.variable}{SEPARADOR}{e}" for d in juicios.descriptores for e in d.estados]
    filas = [["impacto"] + etiquetas]
    for i, etiqueta in enumerate(etiquetas):
        filas.append([etiqueta] + [str(int(v)) for v in juicios.matriz[i]])
    return filas


def leer_juicios(ruta, descriptores: List[Descriptor]) -> JuiciosCIB:
    """Judgements from a CSV/XLSX grid whose header row and first column are “VARIABLE:state”.
    Raises PotError naming the offending cell."""
    from .matriz import nombre_celda

    filas = leer_rejilla(ruta)
    juicios = JuiciosCIB(descriptores)
    if len(filas) < 2:
        raise PotError(tr("The file {path} has no judgements.").format(path=ruta))
    cabecera = [str(c).strip() for c in filas[0]]

    def partir(texto, fila, columna):
        variable, sep, estado = texto.partition(SEPARADOR)
        if not sep:
            raise PotError(tr("{file}, cell {cell}: “{text}” is not VARIABLE{sep}state.").format(
                file=ruta.name if hasattr(ruta, "name") else ruta, cell=nombre_celda(fila, columna), text=texto, sep=SEPARADOR))
        return variable.strip(), estado.strip()

    for i, fila in enumerate(filas[1:], start=2):
        if not any(str(c).strip() for c in fila):
            continue
        vo, eo = partir(str(fila[0]).strip(), i, 1)
        for j in range(1, len(fila)):
            texto = str(fila[j]).strip()
            if texto in ("", "0"):
                continue
            if j >= len(cabecera) or not cabecera[j]:
                raise PotError(tr("{file}, cell {cell}: the value has no column header.").format(file=ruta, cell=nombre_celda(i, j + 1)))
            vd, ed = partir(cabecera[j], 1, j + 1)
            try:
                valor = float(texto.replace("+", ""))
            except ValueError:
                valor = None
            if valor is None or not valor.is_integer() or not -3 <= valor <= 3:
                raise PotError(tr("{file}, cell {cell} ({origin} → {destination}): “{value}” is not a whole number from −3 to +3.").format(
                    file=ruta, cell=nombre_celda(i, j + 1), origin=f"{vo}{SEPARADOR}{eo}", destination=f"{vd}{SEPARADOR}{ed}", value=texto))
            try:
                juicios.poner(vo, eo, vd, ed, valor)
            except PotError as error:
                raise PotError(tr("{file}, cell {cell}: {error}").format(file=ruta, cell=nombre_celda(i, j + 1), error=error)) from error
    return juicios
