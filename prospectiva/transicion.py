"""Land-cover transition matrices and their Markov projection (the tendencial scenario of land cover).

The observed matrix is the cross-tabulation of areas between two dates, normalised by rows (as MOLUSCE
computes it): P[i, j] = share of class i's area at the first date that is class j at the second. A
class absent at the first date keeps its own area (identity row). Projection from the second date to
the horizon: when the years to go are a whole number of observed periods, s periods give
``a_H = a_t2 · P^s``; otherwise a yearly matrix is derived (the principal real root P^(1/Δ) through
the eigen-decomposition; negative or complex entries clipped to 0 and each row renormalised) and
raised to the number of years, and the result says so (``metodo`` 'anual', ``ajuste`` = largest
difference between the yearly matrix raised to Δ and P).

A matrix edited per scenario (``pot_prosp_transiciones``, by scenario, variable and zone; '' = the
whole ámbito) must have rows of non-negative probabilities that sum to 1 (within 0.001; they are
then renormalised exactly); a row that does not is named with its class and its sum.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..core.errors import PotError
from ..core.i18n import tr
from .matriz import MatrizInvalida, ProblemaCelda, nombre_celda, validar_rejilla

TOLERANCIA = 1e-3
OBSERVADA = ""  # scenario code of the observed matrix


@dataclass
class MatrizTransicion:
    clases: List[str]
    probabilidades: np.ndarray
    areas: Optional[np.ndarray] = None  # observed ha (first date rows × second date columns)
    anio_inicio: Optional[int] = None
    anio_fin: Optional[int] = None
    zona: str = ""

    @property
    def periodo(self) -> Optional[int]:
        if self.anio_inicio is None or self.anio_fin is None:
            return None
        return self.anio_fin - self.anio_inicio

    def rejilla(self) -> List[List[str]]:
        filas = [["desde/hacia"] + list(self.clases)]
        for i, clase in enumerate(self.clases):
            filas.append([clase] + [repr(round(float(v), 10)) for v in self.probabilidades[i]])
        return filas


def desde_areas(clases: Sequence[str], areas: np.ndarray, anio_inicio=None, anio_fin=None, zona: str = "") -> MatrizTransicion:
    """Row-normalised cross-tabulation of areas (rows: class at the first date)."""
    areas = np.asarray(areas, dtype=float)
    sumas = areas.sum(axis=1)
    probabilidades = np.divide(areas, sumas[:, None], out=np.zeros_like(areas), where=sumas[:, None] > 0)
    for i in np.nonzero(sumas <= 0)[0]:
        probabilidades[i, i] = 1.0
    return MatrizTransicion(list(clases), probabilidades, areas, anio_inicio, anio_fin, zona)


def validar(clases: Sequence[str], probabilidades: np.ndarray, origen: str) -> np.ndarray:
    """The matrix with rows renormalised, or MatrizInvalida naming every negative cell and every row
    that does not sum to 1 (with its sum)."""
    p = np.asarray(probabilidades, dtype=float)
    k = len(clases)
    if p.shape != (k, k):
        raise MatrizInvalida(origen, [ProblemaCelda(None, None, tr("The transition matrix must be square over its {count} classes.").format(count=k))])
    problemas = []
    for i, j in np.argwhere(~np.isfinite(p) | (p < 0)):
        problemas.append(ProblemaCelda(i + 2, j + 2, tr("Cell {cell} ({origin} → {destination}): a probability cannot be {value}.").format(
            cell=nombre_celda(i + 2, j + 2), origin=clases[i], destination=clases[j], value=p[i, j])))
    sumas = p.sum(axis=1)
    for i in np.nonzero(np.abs(sumas - 1.0) > TOLERANCIA)[0]:
        problemas.append(ProblemaCelda(i + 2, None, tr("Row {row} (from class {code}): the probabilities sum to {total}, not 1.").format(
            row=i + 2, code=clases[i], total=f"{sumas[i]:.4f}")))
    if problemas:
        raise MatrizInvalida(origen, problemas)
    return p / sumas[:, None]


def _probabilidad(texto):
    try:
        valor = float(str(texto).strip().replace(",", ".")) if str(texto).strip() else 0.0
    except ValueError:
        return None
    return valor, False


_probabilidad.permitidos = lambda: tr("a probability from 0 to 1")  # named in messages


def desde_rejilla(filas, origen: str = "", anio_inicio=None, anio_fin=None, zona: str = "") -> MatrizTransicion:
    """A transition matrix from a grid (header row and first column: class codes; cells: probabilities).
    Unlike influences, the diagonal holds the probability of staying."""
    origen = origen or tr("(pasted cells)")
    problemas, filas_codigo, columnas, celdas = validar_rejilla(filas, None, _probabilidad, diagonal_cero=False)
    if problemas:
        raise MatrizInvalida(origen, problemas)
    clases = [c for c in filas_codigo if c]
    posicion = {c: k for k, c in enumerate(clases)}
    p = np.zeros((len(clases), len(clases)))
    for i, j, valor, _ in celdas:
        p[posicion[filas_codigo[i - 1]], posicion[columnas[j - 1]]] = valor
    return MatrizTransicion(clases, validar(clases, p, origen), None, anio_inicio, anio_fin, zona)


def matriz_anual(p: np.ndarray, periodo: int):
    """(yearly matrix, adjustment): the principal root P^(1/periodo), clipped to ≥ 0 and renormalised."""
    valores, vectores = np.linalg.eig(p)
    raiz = vectores @ np.diag(np.power(valores.astype(complex), 1.0 / periodo)) @ np.linalg.inv(vectores)
    anual = np.clip(raiz.real, 0.0, None)
    sumas = anual.sum(axis=1)
    anual = np.divide(anual, sumas[:, None], out=np.eye(len(p)), where=sumas[:, None] > 0)
    ajuste = float(np.abs(np.linalg.matrix_power(anual, periodo) - p).max())
    return anual, ajuste


def proyectar(matriz: MatrizTransicion, areas_fin: np.ndarray, horizonte: int) -> dict:
    """Areas per class at ``horizonte`` from the areas at the second date. Returns {"areas", "pasos",
    "metodo" ('periodos' | 'anual'), "ajuste", "matriz" (the one raised to "pasos")}."""
    periodo = matriz.periodo
    if periodo is None or periodo <= 0:
        raise PotError(tr("The transition matrix needs two dates, the second after the first."))
    anios = int(horizonte) - int(matriz.anio_fin)
    if anios < 0:
        raise PotError(tr("The horizon {horizon} is before the second date {year}.").format(horizon=horizonte, year=matriz.anio_fin))
    a = np.asarray(areas_fin, dtype=float)
    if anios % periodo == 0:
        pasos = anios // periodo
        return {"areas": a @ np.linalg.matrix_power(matriz.probabilidades, pasos), "pasos": pasos, "metodo": "periodos",
                "ajuste": 0.0, "matriz": matriz.probabilidades}
    anual, ajuste = matriz_anual(matriz.probabilidades, periodo)
    return {"areas": a @ np.linalg.matrix_power(anual, anios), "pasos": anios, "metodo": "anual", "ajuste": ajuste, "matriz": anual}


# -- the POT -----------------------------------------------------------------------------------------------
def guardar(store, escenario: str, variable: str, matriz: MatrizTransicion) -> None:
    """Store the matrix of ``escenario`` ('' = observed) for ``variable`` and ``matriz.zona``
    (rows validated first: a row that does not sum to 1 is named)."""
    p = validar(matriz.clases, matriz.probabilidades, tr("transition matrix of {variable} ({scenario})").format(
        variable=variable, scenario=escenario or tr("observed")))
    if escenario:
        with store.connect(readonly=True) as conn:
            if conn.execute("SELECT 1 FROM pot_prosp_escenarios WHERE codigo = ?", (escenario,)).fetchone() is None:
                raise PotError(tr("The POT {path} has no scenario “{code}”.").format(path=store.path, code=escenario))
    filas = []
    for i, desde in enumerate(matriz.clases):
        for j, hacia in enumerate(matriz.clases):
            area = None if matriz.areas is None else float(matriz.areas[i, j])
            if p[i, j] > 0 or (area or 0) > 0:
                filas.append((escenario, variable, matriz.zona, desde, hacia, float(p[i, j]), area, matriz.anio_inicio, matriz.anio_fin))
    # every class appears at least on its diagonal, so a class that always stays is not lost
    presentes = {f[3] for f in filas} | {f[4] for f in filas}
    for k, clase in enumerate(matriz.clases):
        if clase not in presentes:
            filas.append((escenario, variable, matriz.zona, clase, clase, float(p[k, k]), None, matriz.anio_inicio, matriz.anio_fin))
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_prosp_transiciones WHERE escenario = ? AND variable = ? AND zona = ?",
                     (escenario, variable, matriz.zona))
        conn.executemany(
            "INSERT INTO pot_prosp_transiciones (escenario, variable, zona, desde, hacia, probabilidad, area_ha, anio_inicio, anio_fin)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", filas)


def cargar(store, escenario: str, variable: str, zona: str = "") -> Optional[MatrizTransicion]:
    """The stored matrix, or None."""
    with store.connect(readonly=True) as conn:
        filas = conn.execute(
            "SELECT desde, hacia, probabilidad, area_ha, anio_inicio, anio_fin FROM pot_prosp_transiciones"
            " WHERE escenario = ? AND variable = ? AND zona = ? ORDER BY fid", (escenario, variable, zona)).fetchall()
    if not filas:
        return None
    clases = []
    for f in filas:
        for c in (f[0], f[1]):
            if c not in clases:
                clases.append(c)
    posicion = {c: k for k, c in enumerate(clases)}
    p = np.zeros((len(clases), len(clases)))
    areas = np.zeros_like(p)
    con_areas = False
    for f in filas:
        p[posicion[f[0]], posicion[f[1]]] = f[2]
        if f[3] is not None:
            areas[posicion[f[0]], posicion[f[1]]] = f[3]
            con_areas = True
    return MatrizTransicion(clases, p, areas if con_areas else None, filas[0][4], filas[0][5], zona)


def zonas(store, escenario: str, variable: str) -> List[str]:
    with store.connect(readonly=True) as conn:
        return [r[0] for r in conn.execute(
            "SELECT DISTINCT zona FROM pot_prosp_transiciones WHERE escenario = ? AND variable = ? ORDER BY zona", (escenario, variable))]


def alinear(matriz: MatrizTransicion, clases: Sequence[str]) -> MatrizTransicion:
    """The matrix over ``clases`` (a class the matrix lacks stays itself)."""
    k = len(clases)
    p = np.eye(k)
    posicion = {c: n for n, c in enumerate(matriz.clases)}
    for i, desde in enumerate(clases):
        if desde not in posicion:
            continue
        p[i] = 0.0
        for j, hacia in enumerate(clases):
            if hacia in posicion:
                p[i, j] = matriz.probabilidades[posicion[desde], posicion[hacia]]
        fuera = [c for c in matriz.clases if c not in clases and matriz.probabilidades[posicion[desde], posicion[c]] > 0]
        if fuera:
            raise PotError(tr("The transition matrix sends class {origin} to {classes}, which the map does not have.").format(
                origin=desde, classes=", ".join(fuera)))
    return MatrizTransicion(list(clases), p, None, matriz.anio_inicio, matriz.anio_fin, matriz.zona)


def tabular(filas: Sequence[tuple]) -> Dict[str, tuple]:
    """Cross-tabulation by zone from (zone, class at t1, class at t2, area ha) rows:
    zone → (classes, areas matrix). The zone '' collects every row (the whole ámbito)."""
    clases = sorted({f[1] for f in filas} | {f[2] for f in filas}, key=_clave_clase)
    posicion = {c: k for k, c in enumerate(clases)}
    tablas: Dict[str, np.ndarray] = {}
    for zona, desde, hacia, area in filas:
        for clave in {"", zona}:
            tabla = tablas.setdefault(clave, np.zeros((len(clases), len(clases))))
            tabla[posicion[desde], posicion[hacia]] += area
    return {zona: (clases, tabla) for zona, tabla in sorted(tablas.items())}


def _clave_clase(codigo: str):
    return (0, int(codigo), "") if codigo.isdigit() else (1, 0, codigo)


def filas_de_capa(layer, campo_desde: str, campo_hacia: str, campo_zona: str = ""):
    """(zone, class at t1, class at t2, area ha) per feature of a layer that holds both dates (and the
    zone), and the area (ha) left out because a class is empty. Needs QGIS (imported here only)."""
    from .series import areas_ha

    for campo in (campo_desde, campo_hacia, campo_zona):
        if campo and layer.fields().indexOf(campo) < 0:
            raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=layer.name(), field=campo))
    fids = [f.id() for f in layer.getFeatures()]
    area = dict(zip(fids, areas_ha(layer, fids)))
    filas, sin_clase = [], 0.0
    for f in layer.getFeatures():
        desde, hacia = _codigo(f[campo_desde]), _codigo(f[campo_hacia])
        zona = _codigo(f[campo_zona]) if campo_zona else ""
        if desde is None or hacia is None:
            sin_clase += area[f.id()]
            continue
        filas.append((zona or "", desde, hacia, area[f.id()]))
    return filas, sin_clase


def _codigo(valor):
    if valor is None or (hasattr(valor, "isNull") and valor.isNull()) or str(valor).strip() == "":
        return None
    if isinstance(valor, float) and valor.is_integer():
        return str(int(valor))
    return str(valor).strip()
