"""The structural analysis in the POT: experts' matrices and results in ``pot_prosp_matrices``,
``pot_prosp_celdas`` and ``pot_prosp_micmac`` (schema v6), and the one run that the algorithm
``pot:analisis_estructural``, the dock and the demo share (``ejecutar``).

A matrix is stored by name (an expert's, ``tipo`` 'experto'; or the aggregated one, 'agregada', kept as
the record of what the analysis used, with the experts' spread per cell). Only non-zero cells are
written. Analysing "the matrix stored in the POT" means: the experts' matrices, aggregated when there
are several.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..core.errors import PotError
from ..core.i18n import tr
from . import micmac
from .matriz import MEDIANA, P_VALOR, POTENCIAL, Matriz, MatrizAgregada, agregar

EXPERTO = "experto"
AGREGADA = "agregada"
CONSENSO = "consenso"  # name of the aggregated matrix


def _ahora() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def codigos_del_diccionario(store) -> List[str]:
    with store.connect(readonly=True) as conn:
        return [r[0] for r in conn.execute("SELECT codigo FROM pot_variables ORDER BY orden, fid")]


def nombres_del_diccionario(store) -> Dict[str, str]:
    with store.connect(readonly=True) as conn:
        return {r[0]: r[1] for r in conn.execute("SELECT codigo, nombre FROM pot_variables")}


# -- matrices -------------------------------------------------------------------------------------
def guardar_matriz(store, matriz: Matriz, nombre: str, experto: str = "", tipo: str = EXPERTO,
                   dispersion: Optional[np.ndarray] = None, nota: str = "") -> None:
    """Store (or replace) a matrix under ``nombre``. Its codes must be dictionary variables."""
    nombre = (nombre or "").strip()
    if not nombre:
        raise PotError(tr("A matrix needs a name (e.g. the expert's)."))
    desconocidos = [c for c in matriz.codigos if c not in set(codigos_del_diccionario(store))]
    if desconocidos:
        raise PotError(tr("The matrix “{name}” uses codes that are not variables of the dictionary of {path}: {codes}.").format(
            name=nombre, path=store.path, codes=", ".join(desconocidos)))
    filas = []
    for i, origen in enumerate(matriz.codigos):
        for j, destino in enumerate(matriz.codigos):
            if matriz.potencial[i, j] or matriz.valores[i, j] != 0:
                filas.append((nombre, origen, destino, matriz.texto(i, j),
                              None if dispersion is None else float(dispersion[i, j])))
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_prosp_celdas WHERE matriz = ?", (nombre,))
        conn.execute(
            "INSERT INTO pot_prosp_matrices (nombre, experto, tipo, codigos, nota) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (nombre) DO UPDATE SET experto = excluded.experto, tipo = excluded.tipo,"
            " codigos = excluded.codigos, nota = excluded.nota",
            (nombre, experto or nombre, tipo, json.dumps(matriz.codigos, ensure_ascii=False), nota),
        )
        conn.executemany("INSERT INTO pot_prosp_celdas (matriz, origen, destino, valor, dispersion) VALUES (?, ?, ?, ?, ?)", filas)


def cargar_matriz(store, nombre: str) -> Matriz:
    with store.connect(readonly=True) as conn:
        fila = conn.execute("SELECT codigos FROM pot_prosp_matrices WHERE nombre = ?", (nombre,)).fetchone()
        if fila is None:
            raise PotError(tr("The POT {path} has no matrix “{name}”.").format(path=store.path, name=nombre))
        codigos = json.loads(fila[0])
        celdas = conn.execute("SELECT origen, destino, valor FROM pot_prosp_celdas WHERE matriz = ?", (nombre,)).fetchall()
    posicion = {c: k for k, c in enumerate(codigos)}
    valores = np.zeros((len(codigos), len(codigos)))
    potencial = np.zeros_like(valores, dtype=bool)
    for origen, destino, valor in celdas:
        if origen not in posicion or destino not in posicion:
            continue
        i, j = posicion[origen], posicion[destino]
        if valor == POTENCIAL:
            potencial[i, j] = True
        else:
            valores[i, j] = float(valor)
    return Matriz(codigos, valores, potencial, tr("“{name}” (POT)").format(name=nombre))


def listar_matrices(store) -> List[dict]:
    """Stored matrices: nombre, experto, tipo, variables (count) and the last run's figures."""
    with store.connect(readonly=True) as conn:
        filas = conn.execute(
            "SELECT nombre, experto, tipo, codigos, agregacion, p_valor, umbral, potencia, estable, potencia_potencial,"
            " estable_potencial, calculado, nota FROM pot_prosp_matrices ORDER BY fid").fetchall()
    resultado = []
    for fila in filas:
        datos = dict(fila)
        datos["variables"] = len(json.loads(datos.pop("codigos")))
        resultado.append(datos)
    return resultado


def matrices_de_expertos(store) -> List[Matriz]:
    with store.connect(readonly=True) as conn:
        nombres = [r[0] for r in conn.execute("SELECT nombre FROM pot_prosp_matrices WHERE tipo = ? ORDER BY fid", (EXPERTO,))]
    return [cargar_matriz(store, n) for n in nombres]


def eliminar_matriz(store, nombre: str) -> None:
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_prosp_celdas WHERE matriz = ?", (nombre,))
        conn.execute("DELETE FROM pot_prosp_micmac WHERE matriz = ?", (nombre,))
        conn.execute("DELETE FROM pot_prosp_matrices WHERE nombre = ?", (nombre,))


# -- the run --------------------------------------------------------------------------------------
@dataclass
class Corrida:
    """One structural analysis: its result, the aggregation (None for one matrix) and its name in the POT."""

    resultado: micmac.ResultadoMicmac
    agregada: Optional[MatrizAgregada]
    p_valor: float
    nombre: str


def ejecutar(matrices: Sequence[Matriz], metodo: str = MEDIANA, p_valor: float = P_VALOR, umbral: str = micmac.MEDIA,
             nombres: Optional[Dict[str, str]] = None, expertos=None) -> Corrida:
    """Analyse one matrix, or several experts' matrices aggregated cell by cell."""
    if not matrices:
        raise PotError(tr("No matrix of direct influences to analyse."))
    if p_valor < 0:
        raise PotError(tr("The value of P must be 0 or more, not {value}.").format(value=p_valor))
    if len(matrices) == 1:
        m = matrices[0]
        resultado = micmac.analizar(m.codigos, m.directa(), m.con_potencial(p_valor), umbral, nombres)
        return Corrida(resultado, None, p_valor, (expertos or [None])[0] or CONSENSO)
    agregada = agregar(matrices, metodo, p_valor, expertos)
    resultado = micmac.analizar(agregada.codigos, agregada.directa, agregada.potencial, umbral, nombres)
    return Corrida(resultado, agregada, p_valor, CONSENSO)


def guardar_corrida(store, corrida: Corrida, matrices: Sequence[Matriz] = (), expertos: Sequence[str] = ()) -> str:
    """Store the matrices analysed (when given: they replace the experts' matrices of the POT), the
    aggregated matrix, the run's figures and the results per variable. Returns the matrix name."""
    if matrices:
        with store.connect() as conn:
            viejas = [r[0] for r in conn.execute("SELECT nombre FROM pot_prosp_matrices WHERE tipo = ?", (EXPERTO,))]
        for nombre in viejas:
            eliminar_matriz(store, nombre)
        for k, matriz in enumerate(matrices):
            nombre = (list(expertos)[k] if k < len(expertos) and expertos[k] else "") or (
                matriz.origen if len(matrices) > 1 else CONSENSO)
            guardar_matriz(store, matriz, nombre, nombre)
    nombre = corrida.nombre
    r = corrida.resultado
    if corrida.agregada is not None:
        a = corrida.agregada
        guardar_matriz(store, Matriz(a.codigos, a.directa), CONSENSO, tr("aggregation of {count} experts").format(count=len(a.expertos)),
                       AGREGADA, a.rango, nota=", ".join(a.expertos))
        nombre = CONSENSO
    with store.connect() as conn:
        existe = conn.execute("SELECT 1 FROM pot_prosp_matrices WHERE nombre = ?", (nombre,)).fetchone()
    if existe is None:
        guardar_matriz(store, Matriz(r.codigos, r.directa.matriz), nombre, nombre)
    with store.connect() as conn:
        conn.execute(
            "UPDATE pot_prosp_matrices SET agregacion = ?, p_valor = ?, umbral = ?, potencia = ?, estable = ?,"
            " potencia_potencial = ?, estable_potencial = ?, calculado = ? WHERE nombre = ?",
            (corrida.agregada.metodo if corrida.agregada else None, corrida.p_valor, r.umbral, r.indirecta.potencia,
             int(r.indirecta.estable), r.potencial_indirecta.potencia, int(r.potencial_indirecta.estable), _ahora(), nombre),
        )
        conn.execute("DELETE FROM pot_prosp_micmac WHERE matriz = ?", (nombre,))
        columnas = [c for c in r.filas()[0] if c not in ("codigo", "nombre")]
        conn.executemany(
            f"INSERT INTO pot_prosp_micmac (matriz, variable, {', '.join(columnas)}) VALUES (?, ?, {', '.join('?' * len(columnas))})",
            [[nombre, f["codigo"]] + [f[c] for c in columnas] for f in r.filas()],
        )
    return nombre


def resultados(store, matriz: str = "") -> List[dict]:
    """The stored results per variable of ``matriz`` (default: the last one analysed), ordered by direct influence rank."""
    with store.connect(readonly=True) as conn:
        if not matriz:
            fila = conn.execute("SELECT nombre FROM pot_prosp_matrices WHERE calculado IS NOT NULL ORDER BY calculado DESC, fid DESC").fetchone()
            if fila is None:
                return []
            matriz = fila[0]
        filas = conn.execute(
            "SELECT * FROM pot_prosp_micmac WHERE matriz = ? ORDER BY rango_influencia_directa, variable", (matriz,)).fetchall()
    return [{k: fila[k] for k in fila.keys() if k != "fid"} for fila in filas]


def dispersion_expertos(agregada: MatrizAgregada) -> List[dict]:
    """One row per cell where experts disagree (range > 0): the experts' values, aggregate and spread."""
    filas = []
    n = len(agregada.codigos)
    for i in range(n):
        for j in range(n):
            if agregada.rango[i, j] > 0:
                fila = {"origen": agregada.codigos[i], "destino": agregada.codigos[j]}
                for k, experto in enumerate(agregada.expertos):
                    fila[experto] = float(agregada.valores_expertos[k, i, j])
                fila.update(agregado=float(agregada.directa[i, j]), rango=float(agregada.rango[i, j]),
                            desviacion=float(agregada.desviacion[i, j]))
                filas.append(fila)
    return filas


def ultima_corrida(store) -> Optional[Corrida]:
    """The last structural analysis of the POT computed again from its stored matrices and parameters
    (the memoria and the dock redraw its charts in the POT's language), or None when none was run."""
    with store.connect(readonly=True) as conn:
        fila = conn.execute(
            "SELECT nombre, tipo, agregacion, p_valor, umbral FROM pot_prosp_matrices WHERE calculado IS NOT NULL"
            " ORDER BY calculado DESC, fid DESC").fetchone()
    if fila is None:
        return None
    if fila["tipo"] == AGREGADA:
        with store.connect(readonly=True) as conn:
            expertos = [r[0] for r in conn.execute("SELECT nombre FROM pot_prosp_matrices WHERE tipo = ? ORDER BY fid", (EXPERTO,))]
        matrices = [cargar_matriz(store, n) for n in expertos]
    else:
        expertos, matrices = [fila["nombre"]], [cargar_matriz(store, fila["nombre"])]
    return ejecutar(matrices, fila["agregacion"] or MEDIANA, fila["p_valor"] if fila["p_valor"] is not None else P_VALOR,
                    fila["umbral"] or micmac.MEDIA, nombres_del_diccionario(store), expertos)
