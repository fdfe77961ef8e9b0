"""Trend projection of a series per territorial unit (the tendencial scenario where data allow).

Every unit's series is fitted at once (numpy, vectorised over units) by least squares, t being the
years since the first observed year (t = year − first year):
- ``lineal``: y = a + b·t;
- ``exponencial``: y = a·exp(b·t), fitted as ln y = ln a + b·t (needs y > 0 in every year);
- ``logistica``: y = K / (1 + exp(−(a + b·t))), K the unit's cap (e.g. its area in ha), fitted as
  ln(y / (K − y)) = a + b·t (needs 0 < y < K in every year).
The fit is reported as R² = 1 − SS_res/SS_tot on the original scale (None when the series is
constant and not fitted exactly). A unit whose series cannot be transformed (a zero for the
exponential, a value at or above the cap for the logistic) gets no fit and a note saying why; an
all-zero series projects to 0 ("no change observed"). Projections are never negative (counts and
areas) and never above the cap when one is given. Pure numpy: no QGIS.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional, Sequence

import numpy as np

from ..core.errors import PotError
from ..core.i18n import tr

LINEAL, EXPONENCIAL, LOGISTICA = "lineal", "exponencial", "logistica"
METODOS = (LINEAL, EXPONENCIAL, LOGISTICA)
SIN_CAMBIO, NO_POSITIVA, FUERA_DEL_TOPE, SIN_TOPE = "sin_cambio", "valores_no_positivos", "fuera_del_tope", "sin_tope"


@dataclass
class Ajuste:
    metodo: str
    anio0: int  # t = 0
    a: np.ndarray
    b: np.ndarray
    tope: Optional[np.ndarray]
    r2: np.ndarray  # NaN where undefined
    valido: np.ndarray  # bool: the unit has a fit
    nota: List[str]  # per unit: "" or a code (SIN_CAMBIO, NO_POSITIVA, FUERA_DEL_TOPE, SIN_TOPE)

    def evaluar(self, anios) -> np.ndarray:
        """(units × years) fitted values; NaN where the unit has no fit; 0 for all-zero series."""
        t = np.asarray(anios, dtype=float)[None, :] - self.anio0
        a, b = self.a[:, None], self.b[:, None]
        with np.errstate(over="ignore", invalid="ignore"):
            if self.metodo == LINEAL:
                y = a + b * t
            elif self.metodo == EXPONENCIAL:
                y = a * np.exp(b * t)
            else:
                y = self.tope[:, None] / (1.0 + np.exp(-(a + b * t)))
        y = np.maximum(y, 0.0)
        if self.tope is not None:
            y = np.minimum(y, self.tope[:, None])
        nulas = np.array([n == SIN_CAMBIO for n in self.nota])
        y[nulas] = 0.0
        y[~self.valido & ~nulas] = np.nan
        return y


def validar_series(anios: Sequence[int], valores: np.ndarray, ids: Sequence, origen: str) -> None:
    """PotError for a series that cannot be projected: fewer than two years, or a gap (no value)
    in some unit's year, naming the unit and the year."""
    anios = list(anios)
    if len(anios) < 2:
        raise PotError(tr("{source}: a projection needs a series of at least two years; it has {count} ({years}).").format(
            source=origen, count=len(anios), years=", ".join(str(a) for a in anios) or "—"))
    if len(set(anios)) != len(anios):
        raise PotError(tr("{source}: the year {year} appears twice in the series.").format(
            source=origen, year=next(a for a in anios if anios.count(a) > 1)))
    valores = np.asarray(valores, dtype=float)
    huecos = np.argwhere(~np.isfinite(valores))
    if len(huecos):
        fila, columna = huecos[0]
        raise PotError(tr(
            "{source}: the unit {unit} has no value for {year} (a gap in its series; {count} gap(s) in all). "
            "Fill the gaps or leave that year out."
        ).format(source=origen, unit=ids[fila], year=anios[columna], count=len(huecos)))


def ajustar(anios: Sequence[int], valores: np.ndarray, metodo: str, tope: Optional[np.ndarray] = None) -> Ajuste:
    """Fit every row of ``valores`` (units × years) by ``metodo`` (see the module's docstring)."""
    if metodo not in METODOS:
        raise PotError(tr("The projection method must be one of {methods}, not “{method}”.").format(
            methods=", ".join(METODOS), method=metodo))
    anios = np.asarray(anios, dtype=float)
    y = np.asarray(valores, dtype=float)
    tope = None if tope is None else np.asarray(tope, dtype=float)
    n = y.shape[0]
    anio0 = int(anios.min())
    t = anios - anio0
    nota = [""] * n
    valido = np.ones(n, dtype=bool)
    ceros = np.all(y == 0, axis=1)
    if metodo == LINEAL:
        z = y
    elif metodo == EXPONENCIAL:
        malos = np.any(y <= 0, axis=1) & ~ceros
        with np.errstate(divide="ignore", invalid="ignore"):
            z = np.log(np.where(y > 0, y, 1.0))
        valido &= ~malos
        for k in np.nonzero(malos)[0]:
            nota[k] = NO_POSITIVA
    else:
        if tope is None:
            raise PotError(tr("The logistic projection needs a cap per unit (e.g. its area)."))
        sin_tope = ~(tope > 0)
        malos = (np.any(y <= 0, axis=1) | np.any(y >= tope[:, None], axis=1)) & ~ceros & ~sin_tope
        seguro = np.where((y > 0) & (y < tope[:, None]), y, np.where(tope[:, None] > 0, tope[:, None] / 2, 1.0))
        with np.errstate(divide="ignore", invalid="ignore"):
            z = np.log(seguro / (np.where(tope[:, None] > 0, tope[:, None], 2.0) - seguro))
        valido &= ~malos & ~sin_tope
        for k in np.nonzero(malos)[0]:
            nota[k] = FUERA_DEL_TOPE
        for k in np.nonzero(sin_tope & ~ceros)[0]:
            nota[k] = SIN_TOPE
    for k in np.nonzero(ceros)[0]:
        nota[k] = SIN_CAMBIO
    valido &= ~ceros
    # least squares of z on t, every unit at once
    tm = t.mean()
    st = ((t - tm) ** 2).sum()
    zm = z.mean(axis=1)
    b = ((z - zm[:, None]) * (t - tm)[None, :]).sum(axis=1) / st
    a = zm - b * tm
    if metodo == EXPONENCIAL:
        a = np.exp(a)
    ajuste = Ajuste(metodo, anio0, a, b, tope, np.full(n, np.nan), valido, nota)
    ajustado = _sin_recortes(ajuste, anios)
    residuo = ((y - ajustado) ** 2).sum(axis=1)
    total = ((y - y.mean(axis=1)[:, None]) ** 2).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        r2 = np.where(total > 0, 1.0 - residuo / total, np.where(residuo <= 1e-12 * (1 + np.abs(y).sum(axis=1)), 1.0, np.nan))
    r2[~valido] = np.nan
    ajuste.r2 = r2
    return ajuste


def _sin_recortes(ajuste: Ajuste, anios) -> np.ndarray:
    """The fitted curve on the observed years, without the ≥ 0 / ≤ cap clipping (for R²)."""
    t = np.asarray(anios, dtype=float)[None, :] - ajuste.anio0
    a, b = ajuste.a[:, None], ajuste.b[:, None]
    with np.errstate(over="ignore", invalid="ignore"):
        if ajuste.metodo == LINEAL:
            return a + b * t
        if ajuste.metodo == EXPONENCIAL:
            return a * np.exp(b * t)
        return ajuste.tope[:, None] / (1.0 + np.exp(-(a + b * t)))


def acumular(valores: np.ndarray, base: Optional[np.ndarray] = None) -> np.ndarray:
    """Cumulative series (e.g. area deforested up to each year), plus an initial stock per unit."""
    acumulado = np.cumsum(np.asarray(valores, dtype=float), axis=1)
    if base is not None:
        acumulado = acumulado + np.asarray(base, dtype=float)[:, None]
    return acumulado


def registrar(store, resumen: dict) -> None:
    """Record a projection's summary in ``pot_prosp_proyecciones`` (keys: its columns but ``fecha``)."""
    from datetime import datetime, timezone

    fila = dict(resumen, fecha=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    with store.connect() as conn:
        conn.execute(f"INSERT INTO pot_prosp_proyecciones ({', '.join(fila)}) VALUES ({', '.join('?' * len(fila))})", list(fila.values()))


def proyecciones(store) -> List[dict]:
    """The recorded projections, latest first (memoria)."""
    with store.connect(readonly=True) as conn:
        return [dict(r) for r in conn.execute("SELECT * FROM pot_prosp_proyecciones ORDER BY fid DESC")]


def notas_legibles() -> dict:
    return {
        SIN_CAMBIO: tr("no change observed: projected as 0"),
        NO_POSITIVA: tr("the exponential needs values above 0 in every year"),
        FUERA_DEL_TOPE: tr("the logistic needs values between 0 and the cap in every year"),
        SIN_TOPE: tr("no cap (area) for the logistic"),
    }
