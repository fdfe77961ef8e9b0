"""Paso 03: pertinence and probability of the scenarios by expert, and the selection of the óptimo.

Scores (``pot_prosp_puntajes``): each expert scores each scenario's pertinence and probability on a
1–5 scale or in % (one scale per criterion across experts). ``agregar`` gives per scenario and
criterion the mean, median, standard deviation (population), minimum, maximum and number of experts.
The selection (``pot_prosp_optimo``) records the chosen scenario, the justification and the aggregated
scores and consistency it was chosen with; it is a history, the latest row is in force.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Dict, List, Optional

import numpy as np

from ..core.errors import PotError
from ..core.i18n import tr
from . import escenarios

PERTINENCIA, PROBABILIDAD = "pertinencia", "probabilidad"
CRITERIOS = (PERTINENCIA, PROBABILIDAD)
ESCALAS = {"1-5": (1.0, 5.0), "%": (0.0, 100.0)}


@dataclass
class Puntaje:
    escenario: str
    experto: str
    criterio: str
    valor: float
    escala: str = "1-5"


def _validar(store, puntajes: List[Puntaje], escala_de: Dict[str, str]) -> None:
    """PotError naming the scenario, expert and value of the first bad score; ``escala_de``: the scale
    each criterion already uses (filled as the scores are read)."""
    codigos = {e.codigo for e in escenarios.cargar_escenarios(store)}
    for p in puntajes:
        if p.escenario not in codigos:
            raise PotError(tr("Score of {expert}: the POT has no scenario “{code}”.").format(expert=p.experto, code=p.escenario))
        if not (p.experto or "").strip():
            raise PotError(tr("Score of scenario {code}: the expert's name is required.").format(code=p.escenario))
        if p.criterio not in CRITERIOS:
            raise PotError(tr("Score of {expert} for {code}: the criterion must be pertinencia or probabilidad, not “{criterion}”.").format(
                expert=p.experto, code=p.escenario, criterion=p.criterio))
        if p.escala not in ESCALAS:
            raise PotError(tr("Score of {expert} for {code}: the scale must be 1-5 or %, not “{scale}”.").format(
                expert=p.experto, code=p.escenario, scale=p.escala))
        minimo, maximo = ESCALAS[p.escala]
        if p.valor is None or not minimo <= float(p.valor) <= maximo:
            raise PotError(tr("Score of {expert} for {code} ({criterion}): {value} is outside the scale {scale}.").format(
                expert=p.experto, code=p.escenario, criterion=p.criterio, value=p.valor, scale=p.escala))
        previa = escala_de.setdefault(p.criterio, p.escala)
        if previa != p.escala:
            raise PotError(tr("Score of {expert} for {code}: {criterion} is already scored on the scale {scale}; use one scale per criterion.").format(
                expert=p.experto, code=p.escenario, criterion=p.criterio, scale=previa))


_INSERTAR = ("INSERT INTO pot_prosp_puntajes (escenario, experto, criterio, valor, escala) VALUES (?, ?, ?, ?, ?)"
             " ON CONFLICT (escenario, experto, criterio) DO UPDATE SET valor = excluded.valor, escala = excluded.escala")


def registrar(store, puntajes: List[Puntaje]) -> int:
    """Insert or update scores (one transaction). Raises PotError naming the scenario, expert and value."""
    _validar(store, puntajes, {p.criterio: p.escala for p in cargar(store)})
    with store.connect() as conn:
        conn.executemany(_INSERTAR, [(p.escenario, p.experto.strip(), p.criterio, float(p.valor), p.escala) for p in puntajes])
    return len(puntajes)


def reemplazar(store, puntajes: List[Puntaje]) -> int:
    """Replace every score by ``puntajes`` (the dock's table: rows deleted there go), checked first, one
    transaction: a bad score leaves the stored ones as they were."""
    _validar(store, puntajes, {})
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_prosp_puntajes")
        conn.executemany(_INSERTAR, [(p.escenario, p.experto.strip(), p.criterio, float(p.valor), p.escala) for p in puntajes])
    return len(puntajes)


def cargar(store) -> List[Puntaje]:
    with store.connect(readonly=True) as conn:
        filas = conn.execute("SELECT escenario, experto, criterio, valor, escala FROM pot_prosp_puntajes ORDER BY fid").fetchall()
    return [Puntaje(f[0], f[1], f[2], f[3], f[4] or "1-5") for f in filas]


def agregar(store) -> List[dict]:
    """Per scenario (in order): for each criterion its mean, median, standard deviation, min, max, n and scale."""
    puntajes = cargar(store)
    filas = []
    for escenario in escenarios.cargar_escenarios(store):
        fila = {"escenario": escenario.codigo, "nombre": escenario.nombre, "tipo": escenario.tipo}
        for criterio in CRITERIOS:
            valores = np.array([p.valor for p in puntajes if p.escenario == escenario.codigo and p.criterio == criterio], dtype=float)
            escala = next((p.escala for p in puntajes if p.criterio == criterio), "")
            if valores.size:
                fila.update({f"{criterio}_media": float(valores.mean()), f"{criterio}_mediana": float(np.median(valores)),
                             f"{criterio}_desviacion": float(valores.std()), f"{criterio}_min": float(valores.min()),
                             f"{criterio}_max": float(valores.max()), f"{criterio}_n": int(valores.size), f"{criterio}_escala": escala})
            else:
                fila.update({f"{criterio}_{k}": None for k in ("media", "mediana", "desviacion", "min", "max")})
                fila.update({f"{criterio}_n": 0, f"{criterio}_escala": escala})
        filas.append(fila)
    return filas


def consistencias(store) -> Dict[str, Optional[float]]:
    """Scenario → its CIB consistency value (None when it cannot be judged: no judgements or incomplete)."""
    from . import cib

    try:
        juicios = cib.desde_store(store)
    except PotError:
        return {}
    if len(juicios.descriptores) < 2 or not juicios.matriz.any():
        return {}
    resultado = {}
    for escenario in escenarios.cargar_escenarios(store):
        estados = {e.variable: e.estado for e in escenario.estados}
        try:
            seleccion = juicios.seleccion(estados, escenario.codigo)
        except PotError:
            resultado[escenario.codigo] = None
            continue
        resultado[escenario.codigo] = float(cib.evaluar(juicios, np.array([seleccion]))[0][0])
    return resultado


def ranking(store) -> List[dict]:
    """The aggregated scores with each scenario's consistency, best first: by the product of the
    mean pertinence and probability (each as a share of its scale), consistent scenarios first."""
    consistencia = consistencias(store)
    filas = agregar(store)
    for fila in filas:
        fila["consistencia"] = consistencia.get(fila["escenario"])
        partes = []
        for criterio in CRITERIOS:
            media, escala = fila.get(f"{criterio}_media"), fila.get(f"{criterio}_escala")
            if media is None or escala not in ESCALAS:
                partes = []
                break
            minimo, maximo = ESCALAS[escala]
            partes.append((media - minimo) / (maximo - minimo))
        fila["puntaje"] = float(np.prod(partes)) if partes else None
    filas.sort(key=lambda f: (f["consistencia"] is not None and f["consistencia"] < 0, -(f["puntaje"] or -1.0)))
    return filas


def seleccionar_optimo(store, escenario: str, justificacion: str) -> dict:
    """Record ``escenario`` as the escenario óptimo deseable. It must be complete (a state for every
    strategic variable) and the justification must say why. Returns the row recorded."""
    if not (justificacion or "").strip():
        raise PotError(tr("Selecting scenario {code} as the optimal one needs a justification.").format(code=escenario))
    escenarios.validar(store, escenario)
    fila = next((f for f in agregar(store) if f["escenario"] == escenario), {})
    consistencia = consistencias(store).get(escenario)
    registro = {
        "escenario": escenario,
        "justificacion": justificacion.strip(),
        "fecha": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "pertinencia": fila.get("pertinencia_media"),
        "probabilidad": fila.get("probabilidad_media"),
        "consistente": None if consistencia is None else int(consistencia >= 0),
    }
    with store.connect() as conn:
        conn.execute(
            "INSERT INTO pot_prosp_optimo (escenario, justificacion, fecha, pertinencia, probabilidad, consistente) VALUES (?, ?, ?, ?, ?, ?)",
            tuple(registro.values()),
        )
    return registro


def optimo(store) -> Optional[dict]:
    """The selection in force (the latest), or None."""
    with store.connect(readonly=True) as conn:
        fila = conn.execute(
            "SELECT escenario, justificacion, fecha, pertinencia, probabilidad, consistente FROM pot_prosp_optimo ORDER BY fid DESC LIMIT 1"
        ).fetchone()
    return dict(fila) if fila else None
