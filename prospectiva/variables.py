"""Paso 02: the variables temáticas of the prospective model and the analyses behind them.

Tables (schema v6): ``pot_prosp_variables`` (one row per variable: strategic flag, role in words,
indicator with unit, baseline value and year, source), ``pot_prosp_justificaciones`` (the modelo
actual's potencialidades / limitaciones / aptitudes that justify a variable) and
``pot_prosp_analisis`` (trends, visions, objectives, sectoral proposals as short texts with sources).
The strategic flag is mirrored to the dictionary's ``rol`` ('estrategica' / 'tematica'), which
legends and the navigator already read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

from ..core.errors import PotError
from ..core.i18n import tr

POTENCIALIDAD, LIMITACION, APTITUD = "potencialidad", "limitacion", "aptitud"  # as in modelo_actual.caracterizacion
TIPOS_JUSTIFICACION = (POTENCIALIDAD, LIMITACION, APTITUD)
TIPOS_ANALISIS = ("tendencia", "vision", "objetivo", "propuesta_sectorial", "dit")


@dataclass
class Justificacion:
    tipo: str  # potencialidad | limitacion | aptitud
    etiqueta: str  # as in the modelo actual's characterisation (pot_caracterizacion.etiqueta)
    nota: str = ""


@dataclass
class VariableProspectiva:
    variable: str  # code of the dictionary
    estrategica: bool = False
    rol: str = ""  # in words, e.g. the MICMAC quadrant (motriz, enlace…) or the team's wording
    justificacion: str = ""
    indicador: str = ""
    unidad: str = ""
    linea_base: Optional[float] = None
    anio_base: Optional[int] = None
    fuente: str = ""
    justificaciones: List[Justificacion] = field(default_factory=list)


@dataclass
class Analisis:
    tipo: str  # tendencia | vision | objetivo | propuesta_sectorial | dit
    titulo: str
    texto: str = ""
    fuente: str = ""
    anio: Optional[int] = None
    variables: List[str] = field(default_factory=list)


def _codigos_diccionario(conn) -> set:
    return {r[0] for r in conn.execute("SELECT codigo FROM pot_variables")}


def exigir_variables(store, codigos, contexto: str) -> None:
    """PotError naming the first code that is not a variable of the dictionary; ``contexto`` says where it was used."""
    with store.connect(readonly=True) as conn:
        conocidos = _codigos_diccionario(conn)
    for codigo in codigos:
        if codigo not in conocidos:
            raise PotError(tr("{where}: “{code}” is not a variable of the dictionary.").format(where=contexto, code=codigo))


# -- variables --------------------------------------------------------------------------------------
def desde_diccionario(store, codigo: str) -> VariableProspectiva:
    """A new prospective variable with its indicator taken from the dictionary (indicator, unit, source, year)."""
    with store.connect(readonly=True) as conn:
        fila = conn.execute("SELECT indicador, unidad, fuente, anio, rol FROM pot_variables WHERE codigo = ?", (codigo,)).fetchone()
    if fila is None:
        raise PotError(tr("The dictionary has no variable with code “{code}”.").format(code=codigo))
    return VariableProspectiva(codigo, estrategica=fila["rol"] == "estrategica", indicador=fila["indicador"] or "",
                               unidad=fila["unidad"] or "", fuente=fila["fuente"] or "", anio_base=fila["anio"])


def cargar(store) -> List[VariableProspectiva]:
    """The prospective variables in their order, with their justifications."""
    with store.connect(readonly=True) as conn:
        filas = conn.execute("SELECT * FROM pot_prosp_variables ORDER BY orden, fid").fetchall()
        justificaciones = {}
        for r in conn.execute("SELECT variable, tipo, etiqueta, nota FROM pot_prosp_justificaciones ORDER BY fid"):
            justificaciones.setdefault(r["variable"], []).append(Justificacion(r["tipo"], r["etiqueta"], r["nota"] or ""))
    return [
        VariableProspectiva(
            f["variable"], bool(f["estrategica"]), f["rol"] or "", f["justificacion"] or "", f["indicador"] or "", f["unidad"] or "",
            f["linea_base"], f["anio_base"], f["fuente"] or "", justificaciones.get(f["variable"], []),
        )
        for f in filas
    ]


def obtener(store, codigo: str) -> VariableProspectiva:
    for variable in cargar(store):
        if variable.variable == codigo:
            return variable
    raise PotError(tr("“{code}” is not a variable of the prospective model.").format(code=codigo))


def estrategicas(store) -> List[str]:
    """Codes of the strategic variables, in the model's order."""
    return [v.variable for v in cargar(store) if v.estrategica]


def opciones_de_justificacion(store) -> List[Justificacion]:
    """The potentialities, limitations and aptitudes the modelo actual's characterisation defines."""
    with store.connect(readonly=True) as conn:
        filas = conn.execute("SELECT DISTINCT tipo, etiqueta FROM pot_caracterizacion ORDER BY tipo, etiqueta").fetchall()
    return [Justificacion(r[0], r[1]) for r in filas]


def _validar(store, variable: VariableProspectiva) -> None:
    exigir_variables(store, [variable.variable], tr("Prospective variable"))
    conocidas = {(j.tipo, j.etiqueta) for j in opciones_de_justificacion(store)}
    for j in variable.justificaciones:
        if j.tipo not in TIPOS_JUSTIFICACION:
            raise PotError(tr("Variable {code}: a justification must be a potencialidad, limitacion or aptitud, not “{kind}”.").format(
                code=variable.variable, kind=j.tipo))
        if conocidas and (j.tipo, j.etiqueta) not in conocidas:
            raise PotError(tr("Variable {code}: “{label}” is not a {kind} of the current model's characterisation.").format(
                code=variable.variable, label=j.etiqueta, kind=j.tipo))
    if variable.anio_base is not None and not 1900 <= int(variable.anio_base) <= 2100:
        raise PotError(tr("Variable {code}: the baseline year {year} is not plausible.").format(code=variable.variable, year=variable.anio_base))


def guardar(store, variable: VariableProspectiva) -> None:
    """Insert or update one prospective variable (and its justifications); mirror the strategic flag to the dictionary."""
    _validar(store, variable)
    with store.connect() as conn:
        fila = conn.execute("SELECT orden FROM pot_prosp_variables WHERE variable = ?", (variable.variable,)).fetchone()
        orden = fila[0] if fila else conn.execute("SELECT COALESCE(MAX(orden), -1) + 1 FROM pot_prosp_variables").fetchone()[0]
        conn.execute("DELETE FROM pot_prosp_variables WHERE variable = ?", (variable.variable,))
        conn.execute(
            "INSERT INTO pot_prosp_variables (variable, orden, estrategica, rol, justificacion, indicador, unidad, linea_base,"
            " anio_base, fuente) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (variable.variable, orden, int(variable.estrategica), variable.rol, variable.justificacion, variable.indicador,
             variable.unidad, variable.linea_base, variable.anio_base, variable.fuente),
        )
        conn.execute("DELETE FROM pot_prosp_justificaciones WHERE variable = ?", (variable.variable,))
        conn.executemany(
            "INSERT OR IGNORE INTO pot_prosp_justificaciones (variable, tipo, etiqueta, nota) VALUES (?, ?, ?, ?)",
            [(variable.variable, j.tipo, j.etiqueta, j.nota) for j in variable.justificaciones],
        )
    _reflejar_en_diccionario(store, variable)


def _reflejar_en_diccionario(store, variable: VariableProspectiva) -> None:
    from ..diccionario import repositorio

    rol = "estrategica" if variable.estrategica else "tematica"
    entrada = repositorio.obtener(store, variable.variable)
    if entrada.rol != rol:
        entrada.rol = rol
        repositorio.guardar(store, entrada)


def asegurar(store, codigos) -> List[VariableProspectiva]:
    """Make every code a prospective variable (new ones from the dictionary); returns them all."""
    existentes = {v.variable for v in cargar(store)}
    for codigo in codigos:
        if codigo not in existentes:
            guardar(store, desde_diccionario(store, codigo))
    return cargar(store)


def marcar_estrategicas(store, codigos) -> None:
    """The strategic variables are exactly ``codigos`` (others become thematic)."""
    codigos = list(codigos)
    asegurar(store, codigos)
    for variable in cargar(store):
        variable.estrategica = variable.variable in codigos
        guardar(store, variable)


def eliminar(store, codigo: str) -> None:
    """Drop a variable from the prospective model; refused while a scenario or an eje uses it."""
    with store.connect() as conn:
        for tabla, columna, que in (
            ("pot_prosp_escenario_estados", "variable", tr("scenario states")),
            ("pot_prosp_eje_variables", "variable", tr("strategic axes")),
        ):
            if conn.execute(f"SELECT COUNT(*) FROM {tabla} WHERE {columna} = ?", (codigo,)).fetchone()[0]:
                raise PotError(tr("The variable “{code}” is used by {what}; remove it there first.").format(code=codigo, what=que))
        conn.execute("DELETE FROM pot_prosp_justificaciones WHERE variable = ?", (codigo,))
        conn.execute("DELETE FROM pot_prosp_variables WHERE variable = ?", (codigo,))


# -- analyses (trends, visions, proposals) ---------------------------------------------------------------
def cargar_analisis(store) -> List[Analisis]:
    with store.connect(readonly=True) as conn:
        filas = conn.execute("SELECT tipo, titulo, texto, fuente, anio, variables FROM pot_prosp_analisis ORDER BY orden, fid").fetchall()
    return [Analisis(f["tipo"], f["titulo"], f["texto"] or "", f["fuente"] or "", f["anio"],
                     [c for c in (f["variables"] or "").split(";") if c]) for f in filas]


def guardar_analisis(store, analisis: List[Analisis]) -> None:
    """Replace the analyses (one transaction); each needs a known kind, a title and known variables."""
    for k, a in enumerate(analisis, start=1):
        if a.tipo not in TIPOS_ANALISIS:
            raise PotError(tr("Analysis {number}: the kind must be one of {kinds}, not “{kind}”.").format(
                number=k, kinds=", ".join(TIPOS_ANALISIS), kind=a.tipo))
        if not (a.titulo or "").strip():
            raise PotError(tr("Analysis {number}: the title is required.").format(number=k))
        exigir_variables(store, a.variables, tr("Analysis “{title}”").format(title=a.titulo))
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_prosp_analisis")
        conn.executemany(
            "INSERT INTO pot_prosp_analisis (tipo, titulo, texto, fuente, anio, variables, orden) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(a.tipo, a.titulo.strip(), a.texto, a.fuente, a.anio, ";".join(a.variables), k) for k, a in enumerate(analisis)],
        )
