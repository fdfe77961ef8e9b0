"""The matrix of direct influences (MID) of the structural analysis, as plain data, and its validation.

A matrix arrives as a grid of texts (a CSV or XLSX sheet, or cells pasted from a spreadsheet): the
first row holds the variable codes of the columns, the first column the codes of the rows, cell
(i, j) how much variable i influences variable j: 0 none, 1 weak, 2 moderate, 3 strong, P potential
(blank = 0). ``desde_rejilla`` validates the whole grid first and names every offending cell in
spreadsheet style (``D5``), so the matrix editor can point at it; nothing partial is returned.

Several experts' matrices are aggregated cell by cell (median or mean) with their spread
(``agregar``); the analysis then works on two real matrices: direct (P counts 0) and potential
(P counts ``p_valor``, 3 by default).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional, Sequence

import numpy as np

from ..core.errors import PotError
from ..core.i18n import tr

POTENCIAL = "P"
VALORES = ("0", "1", "2", "3", POTENCIAL)
P_VALOR = 3.0
MEDIANA = "mediana"
MEDIA = "media"
AGREGACIONES = (MEDIANA, MEDIA)
MAX_PROBLEMAS = 30


@dataclass
class ProblemaCelda:
    """One problem of a grid: its 1-based spreadsheet row and column (None when it concerns the whole
    grid or a whole row/column) and the message that names it."""

    fila: Optional[int]
    columna: Optional[int]
    mensaje: str


class MatrizInvalida(PotError):
    """A matrix that cannot be used; ``problemas`` lists every offending cell (for the editor)."""

    def __init__(self, origen: str, problemas: List[ProblemaCelda]):
        self.origen = origen
        self.problemas = problemas
        lineas = [p.mensaje for p in problemas[:MAX_PROBLEMAS]]
        if len(problemas) > MAX_PROBLEMAS:
            lineas.append(tr("… and {count} more problem(s).").format(count=len(problemas) - MAX_PROBLEMAS))
        cabecera = tr("The matrix {source} cannot be used; fix these problems first:").format(source=origen)
        super().__init__("\n".join([cabecera] + ["- " + linea for linea in lineas]))


def nombre_columna(columna: int) -> str:
    """Spreadsheet letters of a 1-based column: 1 → A, 27 → AA."""
    letras = ""
    while columna > 0:
        columna, resto = divmod(columna - 1, 26)
        letras = chr(65 + resto) + letras
    return letras


def nombre_celda(fila: int, columna: int) -> str:
    return f"{nombre_columna(columna)}{fila}"


@dataclass
class Matriz:
    """A square matrix over ``codigos``: ``valores`` (float, P cells hold 0) and ``potencial`` (True
    where the cell is P). Row i = influence of variable i on the others."""

    codigos: List[str]
    valores: np.ndarray
    potencial: np.ndarray = field(default=None)
    origen: str = ""

    def __post_init__(self):
        self.valores = np.asarray(self.valores, dtype=float)
        if self.potencial is None:
            self.potencial = np.zeros(self.valores.shape, dtype=bool)
        self.potencial = np.asarray(self.potencial, dtype=bool)

    @property
    def n(self) -> int:
        return len(self.codigos)

    def directa(self) -> np.ndarray:
        """MID: P counts 0."""
        return self.valores.copy()

    def con_potencial(self, p_valor: float = P_VALOR) -> np.ndarray:
        """MIDP: P counts ``p_valor``."""
        return np.where(self.potencial, float(p_valor), self.valores)

    def texto(self, i: int, j: int) -> str:
        """The cell as written in a file: "0".."3", "P" or a real number (aggregated matrices)."""
        if self.potencial[i, j]:
            return POTENCIAL
        valor = float(self.valores[i, j])
        return str(int(valor)) if valor.is_integer() else repr(round(valor, 6))

    def rejilla(self) -> List[List[str]]:
        """The grid a file or the editor shows: header row, then one row per code."""
        filas = [[""] + list(self.codigos)]
        for i, codigo in enumerate(self.codigos):
            filas.append([codigo] + [self.texto(i, j) for j in range(self.n)])
        return filas


def _texto(valor) -> str:
    if valor is None:
        return ""
    if isinstance(valor, float) and valor.is_integer():
        return str(int(valor))
    return str(valor).strip()


def valor_de_celda(texto: str):
    """(value, is P) of a cell text, or None when it is not 0–3 or P. Blank is 0; "3.0" is 3."""
    texto = _texto(texto)
    if texto == "":
        return 0.0, False
    if texto.upper() == POTENCIAL:
        return 0.0, True
    try:
        numero = float(texto.replace(",", "."))
    except ValueError:
        return None
    if numero.is_integer() and 0 <= numero <= 3:
        return numero, False
    return None


def _sin_vacias(filas: Sequence[Sequence]) -> List[List[str]]:
    """Texts of the grid without trailing empty rows and columns (spreadsheets leave them)."""
    rejilla = [[_texto(c) for c in fila] for fila in filas]
    while rejilla and not any(rejilla[-1]):
        rejilla.pop()
    ancho = max((max((j + 1 for j, c in enumerate(f) if c), default=0) for f in rejilla), default=0)
    return [f[:ancho] + [""] * (ancho - len(f)) for f in rejilla]


def validar_rejilla(filas: Sequence[Sequence], conocidos=None, valor=valor_de_celda, diagonal_cero: bool = True):
    """Problems of a grid, and the pieces when there are none: ([ProblemaCelda], codes of the rows,
    codes of the columns, list of (row index, column index, value, is P)).

    ``conocidos``: the codes the matrix may use (dictionary or prospective variables); None accepts any.
    ``valor``: how to read a cell (``valor_de_celda`` for influences; callers pass another reader for
    transition probabilities), returning (value, flag) or None. ``diagonal_cero``: a variable cannot
    influence itself (False for transition matrices, whose diagonal is the probability of staying).
    """
    rejilla = _sin_vacias(filas)
    problemas: List[ProblemaCelda] = []
    if len(rejilla) < 2 or len(rejilla[0]) < 2:
        problemas.append(ProblemaCelda(None, None, tr("The matrix has no variables: the first row must hold the column codes "
                                                       "and the first column the row codes.")))
        return problemas, [], [], []
    cabecera = rejilla[0]
    columnas, filas_codigo = [], []
    vistos = {}
    for j in range(1, len(cabecera)):
        codigo = cabecera[j]
        celda = nombre_celda(1, j + 1)
        if not codigo:
            problemas.append(ProblemaCelda(1, j + 1, tr("Cell {cell}: the column has no variable code.").format(cell=celda)))
        elif codigo in vistos:
            problemas.append(ProblemaCelda(1, j + 1, tr("Cell {cell}: the code “{code}” is repeated (first in cell {first}).").format(
                cell=celda, code=codigo, first=vistos[codigo])))
        else:
            vistos[codigo] = celda
        columnas.append(codigo)
    vistos = {}
    for i in range(1, len(rejilla)):
        codigo = rejilla[i][0]
        celda = nombre_celda(i + 1, 1)
        if not codigo:
            if any(rejilla[i][1:]):
                problemas.append(ProblemaCelda(i + 1, 1, tr("Cell {cell}: the row has no variable code.").format(cell=celda)))
            filas_codigo.append("")
            continue
        if codigo in vistos:
            problemas.append(ProblemaCelda(i + 1, 1, tr("Cell {cell}: the code “{code}” is repeated (first in cell {first}).").format(
                cell=celda, code=codigo, first=vistos[codigo])))
        else:
            vistos[codigo] = celda
        filas_codigo.append(codigo)
    filas_codigo_validas = [c for c in filas_codigo if c]
    if conocidos is not None:
        conocidos = set(conocidos)
        for j, codigo in enumerate(columnas, start=2):
            if codigo and codigo not in conocidos:
                problemas.append(ProblemaCelda(1, j, tr("Cell {cell}: “{code}” is not a variable of the POT.").format(
                    cell=nombre_celda(1, j), code=codigo)))
        for i, codigo in enumerate(filas_codigo, start=2):
            if codigo and codigo not in conocidos and codigo not in columnas:
                problemas.append(ProblemaCelda(i, 1, tr("Cell {cell}: “{code}” is not a variable of the POT.").format(
                    cell=nombre_celda(i, 1), code=codigo)))
    if len(filas_codigo_validas) != len([c for c in columnas if c]) or set(filas_codigo_validas) != {c for c in columnas if c}:
        solo_filas = [c for c in filas_codigo_validas if c not in columnas]
        solo_columnas = [c for c in columnas if c and c not in filas_codigo_validas]
        detalle = []
        if solo_filas:
            detalle.append(tr("rows without a column: {codes}").format(codes=", ".join(solo_filas)))
        if solo_columnas:
            detalle.append(tr("columns without a row: {codes}").format(codes=", ".join(solo_columnas)))
        problemas.append(ProblemaCelda(None, None, tr(
            "The matrix is not square: {rows} row code(s) (A2:A{last_row}) and {columns} column code(s) (B1:{last_cell}); {detail}."
        ).format(rows=len(filas_codigo_validas), last_row=len(rejilla), columns=len([c for c in columnas if c]),
                 last_cell=nombre_celda(1, len(cabecera)), detail="; ".join(detalle) or tr("the codes differ"))))
    celdas = []
    permitidos = valor.permitidos() if hasattr(valor, "permitidos") else tr("0, 1, 2, 3 or P")
    for i in range(1, len(rejilla)):
        codigo_fila = filas_codigo[i - 1]
        if not codigo_fila:
            continue
        for j in range(1, len(cabecera)):
            texto = rejilla[i][j]
            codigo_columna = columnas[j - 1]
            celda = nombre_celda(i + 1, j + 1)
            leido = valor(texto)
            if leido is None:
                problemas.append(ProblemaCelda(i + 1, j + 1, tr(
                    "Cell {cell} ({row} → {column}): “{value}” is not a valid value ({allowed})."
                ).format(cell=celda, row=codigo_fila, column=codigo_columna or "?", value=texto,
                         allowed=permitidos)))
                continue
            numero, marca = leido
            if diagonal_cero and codigo_columna and codigo_columna == codigo_fila and (numero != 0 or marca):
                problemas.append(ProblemaCelda(i + 1, j + 1, tr(
                    "Cell {cell} ({code} → {code}): the diagonal must be 0, not “{value}”."
                ).format(cell=celda, code=codigo_fila, value=texto)))
                continue
            celdas.append((i, j, numero, marca))
    return problemas, filas_codigo, columnas, celdas


def desde_rejilla(filas: Sequence[Sequence], origen: str = "", conocidos=None) -> Matriz:
    """A Matriz from a grid (header row of codes, first column of codes). Columns may come in another
    order than the rows; they are aligned by code. Raises MatrizInvalida naming every bad cell."""
    origen = origen or tr("(pasted cells)")
    problemas, filas_codigo, columnas, celdas = validar_rejilla(filas, conocidos)
    if problemas:
        raise MatrizInvalida(origen, problemas)
    codigos = [c for c in filas_codigo if c]
    posicion = {c: k for k, c in enumerate(codigos)}
    valores = np.zeros((len(codigos), len(codigos)))
    potencial = np.zeros((len(codigos), len(codigos)), dtype=bool)
    for i, j, numero, marca in celdas:
        fila, columna = posicion[filas_codigo[i - 1]], posicion[columnas[j - 1]]
        valores[fila, columna] = numero
        potencial[fila, columna] = marca
    if not valores.any() and not potencial.any():
        raise MatrizInvalida(origen, [ProblemaCelda(None, None, tr(
            "The matrix is empty: every cell is 0, so no variable influences another."))])
    return Matriz(codigos, valores, potencial, origen)


def desde_texto(texto: str, origen: str = "", conocidos=None) -> Matriz:
    """A Matriz from cells pasted from a spreadsheet (tab-separated; “;” or “,” also accepted)."""
    lineas = [linea for linea in texto.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    separador = "\t" if "\t" in texto else (";" if ";" in texto else ",")
    return desde_rejilla([linea.split(separador) for linea in lineas], origen, conocidos)


# -- several experts ------------------------------------------------------------------------------
@dataclass
class MatrizAgregada:
    """Experts' matrices combined cell by cell. ``directa`` and ``potencial`` are the aggregated MID and
    MIDP; ``rango`` (max − min) and ``desviacion`` (population standard deviation) the spread of the
    experts' direct values per cell; ``valores_expertos`` the aligned direct values (expert, i, j)."""

    codigos: List[str]
    directa: np.ndarray
    potencial: np.ndarray
    rango: np.ndarray
    desviacion: np.ndarray
    expertos: List[str]
    metodo: str
    valores_expertos: np.ndarray


def _alinear(matriz: Matriz, codigos: List[str]) -> Matriz:
    if matriz.codigos == codigos:
        return matriz
    faltan = [c for c in codigos if c not in matriz.codigos]
    sobran = [c for c in matriz.codigos if c not in codigos]
    if faltan or sobran:
        detalle = []
        if faltan:
            detalle.append(tr("missing {codes}").format(codes=", ".join(faltan)))
        if sobran:
            detalle.append(tr("extra {codes}").format(codes=", ".join(sobran)))
        raise PotError(tr("The matrix {source} does not have the same variables as the first expert's: {detail}.").format(
            source=matriz.origen or "?", detail="; ".join(detalle)))
    orden = [matriz.codigos.index(c) for c in codigos]
    return Matriz(list(codigos), matriz.valores[np.ix_(orden, orden)], matriz.potencial[np.ix_(orden, orden)], matriz.origen)


def agregar(matrices: Sequence[Matriz], metodo: str = MEDIANA, p_valor: float = P_VALOR, expertos=None) -> MatrizAgregada:
    """Aggregate experts' matrices (same variables, any order) by median or mean, cell by cell.

    The direct and the potential matrices are aggregated separately (P counts 0 in the first and
    ``p_valor`` in the second), so a cell most experts mark P stays potential after aggregation.
    """
    if metodo not in AGREGACIONES:
        raise PotError(tr("The aggregation must be “mediana” or “media”, not “{method}”.").format(method=metodo))
    if not matrices:
        raise PotError(tr("No matrix to aggregate."))
    codigos = list(matrices[0].codigos)
    alineadas = [_alinear(m, codigos) for m in matrices]
    directas = np.stack([m.directa() for m in alineadas])
    potenciales = np.stack([m.con_potencial(p_valor) for m in alineadas])
    reducir = np.median if metodo == MEDIANA else np.mean
    nombres = list(expertos) if expertos else [m.origen or str(k + 1) for k, m in enumerate(alineadas)]
    return MatrizAgregada(
        codigos=codigos,
        directa=reducir(directas, axis=0),
        potencial=reducir(potenciales, axis=0),
        rango=directas.max(axis=0) - directas.min(axis=0),
        desviacion=directas.std(axis=0),
        expertos=nombres,
        metodo=metodo,
        valores_expertos=directas,
    )
