"""The diccionario de variables as plain data, and its validation rules (no QGIS, no widgets)."""
from __future__ import annotations
import re
from dataclasses import dataclass, field, fields
from typing import List, Optional

from ..core.i18n import tr

CATEGORICA = "categorica"
NUMERICA = "numerica"
TIPOS = (CATEGORICA, NUMERICA)
ROLES = ("", "tematica", "estrategica")
COLOR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")
CODE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_.\-]{0,39}$")


@dataclass
class Clase:
    """A class of a categorical variable (codigo) or a break interval of a numeric one (minimo–maximo)."""

    etiqueta: str
    color: str
    codigo: str = ""
    minimo: Optional[float] = None
    maximo: Optional[float] = None


@dataclass
class Variable:
    codigo: str
    nombre: str
    tipo: str = CATEGORICA
    definicion: str = ""
    dimension: str = ""
    tema: str = ""
    unidad: str = ""
    indicador: str = ""
    formula: str = ""
    fuente: str = ""
    anio: Optional[int] = None
    escala: str = ""
    rol: str = "tematica"
    rampa: str = ""
    clases: List[Clase] = field(default_factory=list)

    @property
    def es_categorica(self) -> bool:
        return self.tipo == CATEGORICA

    def clase_de(self, valor) -> Optional[Clase]:
        """The class a value falls in: by code for categorical variables, by interval for numeric."""
        if valor is None or valor == "":
            return None
        if self.es_categorica:
            texto = str(valor)
            return next((c for c in self.clases if c.codigo == texto), None)
        try:
            numero = float(valor)
        except (TypeError, ValueError):
            return None
        ultima = len(self.clases) - 1
        for i, clase in enumerate(self.clases):
            alto_ok = numero < clase.maximo or (i == ultima and numero <= clase.maximo)
            if clase.minimo <= numero and alto_ok:
                return clase
        return None


VARIABLE_FIELDS = [f.name for f in fields(Variable) if f.name != "clases"]
CLASE_FIELDS = [f.name for f in fields(Clase)]


def validar_variable(variable: Variable, otros_codigos=()) -> List[str]:
    """Problems of one variable, each a sentence naming the variable. Empty list = valid."""
    nombre = variable.codigo or variable.nombre or "?"
    problemas = []

    def problema(texto, **kw):
        problemas.append(texto.format(variable=nombre, **kw))

    if not variable.codigo:
        problema(tr("Variable {variable}: the code is required."))
    elif not CODE_RE.match(variable.codigo):
        problema(
            tr("Variable {variable}: the code must start with a letter and use only letters, digits, “_”, “-” or “.” (at most 40).")
        )
    elif variable.codigo in otros_codigos:
        problema(tr("Variable {variable}: the code is already used by another variable."))
    if not (variable.nombre or "").strip():
        problema(tr("Variable {variable}: the name is required."))
    if variable.tipo not in TIPOS:
        problema(tr("Variable {variable}: the type must be “categorica” or “numerica”, not “{tipo}”."), tipo=variable.tipo)
    if variable.rol not in ROLES:
        problema(tr("Variable {variable}: the role must be “tematica” or “estrategica”, not “{rol}”."), rol=variable.rol)
    if variable.anio is not None and not 1900 <= int(variable.anio) <= 2100:
        problema(tr("Variable {variable}: the year {anio} is not plausible."), anio=variable.anio)
    for clase in variable.clases:
        etiqueta = clase.etiqueta or clase.codigo or "?"
        if not COLOR_RE.match(clase.color or ""):
            problema(
                tr("Variable {variable}, class “{clase}”: “{color}” is not a colour; write it as #RRGGBB."),
                clase=etiqueta,
                color=clase.color,
            )
        if not (clase.etiqueta or "").strip():
            problema(tr("Variable {variable}: a class has no label."))
    if variable.tipo == CATEGORICA:
        codigos = [c.codigo for c in variable.clases]
        if any(not c for c in codigos):
            problema(tr("Variable {variable}: every class of a categorical variable needs a code."))
        repetidos = sorted({c for c in codigos if c and codigos.count(c) > 1})
        if repetidos:
            problema(tr("Variable {variable}: repeated class codes: {codigos}."), codigos=", ".join(repetidos))
    elif variable.tipo == NUMERICA:
        previo = None
        for clase in variable.clases:
            if clase.minimo is None or clase.maximo is None:
                problema(tr("Variable {variable}: every break of a numeric variable needs a minimum and a maximum."))
                break
            if clase.minimo >= clase.maximo:
                problema(
                    tr("Variable {variable}: the break {minimo} – {maximo} is empty or reversed."),
                    minimo=clase.minimo,
                    maximo=clase.maximo,
                )
            if previo is not None and clase.minimo < previo:
                problema(tr("Variable {variable}: breaks overlap or are out of order."))
            previo = clase.maximo
    return problemas


def validar_diccionario(variables: List[Variable]) -> List[str]:
    """Problems of a whole dictionary: each variable, plus duplicate codes across variables."""
    problemas = []
    vistos = set()
    for variable in variables:
        problemas.extend(validar_variable(variable, vistos))
        vistos.add(variable.codigo)
    return problemas
