"""Structural analysis (MICMAC, Godet / LIPSOR): the four classifications of the variables.

Definitions (``../shared/notes/metodos.md``), for a square matrix M whose cell (i, j) is how much i
influences j:
- direct: influence of i = row sum of M (MID, P counts 0); dependence of j = column sum;
- indirect: the same sums on M^k, the power k being the first k ≥ 2 at which both rankings (by
  influence and by dependence) equal those of M^(k−1), capped at ``POTENCIA_MAXIMA`` (then
  ``estable`` is False). Each power is normalised by its total, so values stay finite; the reported
  indirect sums are rescaled to the total of M (``Σ_j (M^k)_ij · ΣM / ΣM^k``), on the scale of the
  direct ones. Rankings are unaffected by either scaling;
- potential and potential-indirect: the same on MIDP (P counts ``p_valor``, 3 by default).
Ranks: 1 = highest; equal values share the lowest rank ("min" ranking, values compared to 9
significant digits of the largest one, so floating-point noise does not split ties).

The plane: each variable's influence (y) and dependence (x) as a share of the total (%), so direct
and indirect planes compare; the thresholds are the mean (classic) or the median of the shares.
Quadrants: motriz (high influence, low dependence), enlace (high, high), dependiente (low, high),
autonoma (low, low); ``reguladora`` when both shares lie within ``BANDA_REGULADORA`` (±10 %) of their
thresholds. A value equal to the threshold counts as low. Pure numpy: no QGIS.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional

import numpy as np

from ..core.errors import PotError
from ..core.i18n import tr, trd

POTENCIA_MAXIMA = 15
MEDIA = "media"
MEDIANA = "mediana"
UMBRALES = (MEDIA, MEDIANA)
BANDA_REGULADORA = 0.10
FUERTE = 2.5  # a link is strong at 3 (or, aggregated, from 2.5: most experts said 3)

MOTRIZ, ENLACE, DEPENDIENTE, AUTONOMA, REGULADORA = "motriz", "enlace", "dependiente", "autonoma", "reguladora"
CUADRANTES = (MOTRIZ, ENLACE, DEPENDIENTE, AUTONOMA, REGULADORA)
CLASIFICACIONES = ("directa", "indirecta", "potencial", "potencial_indirecta")


def nombres_cuadrantes() -> Dict[str, str]:
    """Quadrant code → its name in the POT's document language (charts, memoria)."""
    return {
        MOTRIZ: trd("Driving (influential)"),
        ENLACE: trd("Linkage (key)"),
        DEPENDIENTE: trd("Dependent (result)"),
        AUTONOMA: trd("Autonomous"),
        REGULADORA: trd("Regulating"),
    }


def rangos(valores: np.ndarray) -> np.ndarray:
    """1 for the highest value; ties share the lowest rank."""
    valores = np.asarray(valores, dtype=float)
    escala = float(np.abs(valores).max()) if valores.size else 0.0
    redondeados = np.round(valores / escala, 9) if escala > 0 else valores
    return (redondeados[None, :] > redondeados[:, None]).sum(axis=1) + 1


@dataclass
class Clasificacion:
    influencia: np.ndarray
    dependencia: np.ndarray
    potencia: int  # 1 for a direct classification
    estable: bool
    matriz: np.ndarray  # the matrix whose sums these are (M^k normalised to the total of M)

    @property
    def rango_influencia(self) -> np.ndarray:
        return rangos(self.influencia)

    @property
    def rango_dependencia(self) -> np.ndarray:
        return rangos(self.dependencia)

    def participacion(self):
        """(influence %, dependence %): each as a share of its total."""
        total_i, total_d = self.influencia.sum(), self.dependencia.sum()
        return (self.influencia / total_i * 100.0 if total_i else self.influencia * 0,
                self.dependencia / total_d * 100.0 if total_d else self.dependencia * 0)


def clasificacion_directa(m: np.ndarray) -> Clasificacion:
    return Clasificacion(m.sum(axis=1), m.sum(axis=0), 1, True, m)


def clasificacion_indirecta(m: np.ndarray, maximo: int = POTENCIA_MAXIMA) -> Clasificacion:
    """Powers of ``m`` until both rankings repeat (see the module's docstring)."""
    total = float(m.sum())
    if total <= 0:
        raise PotError(tr("The matrix is empty: every cell is 0, so no variable influences another."))
    base = m / total
    actual = base
    rango_i, rango_d = rangos(actual.sum(axis=1)), rangos(actual.sum(axis=0))
    k, estable = 1, False
    while k < maximo:
        siguiente = actual @ base
        suma = float(siguiente.sum())
        if suma <= 0:  # no cycles: influences vanish at this power; keep the last non-zero one
            break
        siguiente = siguiente / suma
        k += 1
        nuevo_i, nuevo_d = rangos(siguiente.sum(axis=1)), rangos(siguiente.sum(axis=0))
        actual = siguiente
        if np.array_equal(nuevo_i, rango_i) and np.array_equal(nuevo_d, rango_d):
            estable = True
            break
        rango_i, rango_d = nuevo_i, nuevo_d
    escalada = actual * total
    return Clasificacion(escalada.sum(axis=1), escalada.sum(axis=0), k, estable, escalada)


def cuadrantes(clasificacion: Clasificacion, umbral: str = MEDIA) -> List[str]:
    """The quadrant of every variable on the plane of ``clasificacion``."""
    if umbral not in UMBRALES:
        raise PotError(tr("The threshold must be “media” or “mediana”, not “{threshold}”.").format(threshold=umbral))
    influencia, dependencia = clasificacion.participacion()
    reducir = np.mean if umbral == MEDIA else np.median
    ti, td = float(reducir(influencia)), float(reducir(dependencia))
    resultado = []
    for y, x in zip(influencia, dependencia):
        if abs(y - ti) <= BANDA_REGULADORA * ti and abs(x - td) <= BANDA_REGULADORA * td:
            resultado.append(REGULADORA)
        elif y > ti:
            resultado.append(ENLACE if x > td else MOTRIZ)
        else:
            resultado.append(DEPENDIENTE if x > td else AUTONOMA)
    return resultado


def umbrales(clasificacion: Clasificacion, umbral: str = MEDIA):
    """(influence threshold %, dependence threshold %) of the plane."""
    influencia, dependencia = clasificacion.participacion()
    reducir = np.mean if umbral == MEDIA else np.median
    return float(reducir(influencia)), float(reducir(dependencia))


@dataclass
class ResultadoMicmac:
    codigos: List[str]
    directa: Clasificacion
    indirecta: Clasificacion
    potencial: Clasificacion
    potencial_indirecta: Clasificacion
    umbral: str
    cuadrante: List[str]
    cuadrante_indirecto: List[str]
    nombres: Optional[Dict[str, str]] = None

    def clasificacion(self, nombre: str) -> Clasificacion:
        return getattr(self, nombre)

    def filas(self) -> List[dict]:
        """One dict per variable with the output fields of pot:analisis_estructural."""
        filas = []
        for i, codigo in enumerate(self.codigos):
            fila = {"codigo": codigo, "nombre": (self.nombres or {}).get(codigo, "")}
            for nombre in CLASIFICACIONES:
                c = self.clasificacion(nombre)
                fila[f"influencia_{nombre}"] = float(c.influencia[i])
                fila[f"dependencia_{nombre}"] = float(c.dependencia[i])
            for nombre in CLASIFICACIONES:
                c = self.clasificacion(nombre)
                fila[f"rango_influencia_{nombre}"] = int(c.rango_influencia[i])
                fila[f"rango_dependencia_{nombre}"] = int(c.rango_dependencia[i])
            fila["cuadrante"] = self.cuadrante[i]
            fila["cuadrante_indirecto"] = self.cuadrante_indirecto[i]
            filas.append(fila)
        return filas

    def estrategicas_sugeridas(self) -> List[str]:
        """Candidates for strategic variables: driving or linkage in the direct or the indirect plane."""
        return [c for c, q, qi in zip(self.codigos, self.cuadrante, self.cuadrante_indirecto)
                if q in (MOTRIZ, ENLACE) or qi in (MOTRIZ, ENLACE)]

    def enlaces_fuertes(self, maximo: Optional[int] = None) -> List[tuple]:
        """(origin, destination, direct value, indirect weight) of the strong links (direct value ≥ 2.5,
        i.e. 3, or most experts said 3), strongest first (direct, then indirect value); at most ``maximo``."""
        m = self.directa.matriz
        mii = self.indirecta.matriz
        enlaces = [(self.codigos[i], self.codigos[j], float(m[i, j]), float(mii[i, j]))
                   for i, j in zip(*np.nonzero(m >= FUERTE)) if i != j]
        enlaces.sort(key=lambda e: (-e[2], -e[3], e[0], e[1]))
        return enlaces if maximo is None else enlaces[:maximo]


def analizar(codigos: List[str], directa: np.ndarray, potencial: Optional[np.ndarray] = None, umbral: str = MEDIA,
             nombres: Optional[Dict[str, str]] = None) -> ResultadoMicmac:
    """The four classifications of a direct matrix and its potential version (same shape)."""
    directa = np.asarray(directa, dtype=float)
    potencial = directa if potencial is None else np.asarray(potencial, dtype=float)
    n = len(codigos)
    if directa.shape != (n, n) or potencial.shape != (n, n):
        raise PotError(tr("The matrix is not square or does not match its {count} codes.").format(count=n))
    if n == 0 or directa.sum() <= 0:
        raise PotError(tr("The matrix is empty: every cell is 0, so no variable influences another."))
    if umbral not in UMBRALES:
        raise PotError(tr("The threshold must be “media” or “mediana”, not “{threshold}”.").format(threshold=umbral))
    d = clasificacion_directa(directa)
    ind = clasificacion_indirecta(directa)
    p = clasificacion_directa(potencial)
    pind = clasificacion_indirecta(potencial)
    return ResultadoMicmac(list(codigos), d, ind, p, pind, umbral, cuadrantes(d, umbral), cuadrantes(ind, umbral), nombres)
