"""Reading and writing the diccionario de variables in a POT GeoPackage."""
from typing import Dict, List

from ..core.errors import PotError
from ..core.i18n import tr
from .modelo import CLASE_FIELDS, VARIABLE_FIELDS, Clase, Variable, validar_diccionario, validar_variable


def _variable_from_row(row, clases) -> Variable:
    values = {name: row[name] for name in VARIABLE_FIELDS}
    values = {k: ("" if v is None and k != "anio" else v) for k, v in values.items()}
    return Variable(**values, clases=clases)


def cargar(store) -> List[Variable]:
    """All variables, in dictionary order, with their classes."""
    with store.connect(readonly=True) as conn:
        return _cargar(conn)


def _cargar(conn) -> List[Variable]:
    clases: Dict[str, List[Clase]] = {}
    for row in conn.execute(f"SELECT variable, {', '.join(CLASE_FIELDS)} FROM pot_clases ORDER BY variable, orden, fid"):
        clase = Clase(**{name: row[name] for name in CLASE_FIELDS})
        clase.codigo = clase.codigo or ""
        clases.setdefault(row["variable"], []).append(clase)
    rows = conn.execute(f"SELECT {', '.join(VARIABLE_FIELDS)} FROM pot_variables ORDER BY orden, fid").fetchall()
    return [_variable_from_row(row, clases.get(row["codigo"], [])) for row in rows]


def obtener(store, codigo: str) -> Variable:
    for variable in cargar(store):
        if variable.codigo == codigo:
            return variable
    raise PotError(tr("The dictionary has no variable with code “{code}”.").format(code=codigo))


def _insert(conn, variable: Variable, orden: int) -> None:
    values = [getattr(variable, name) for name in VARIABLE_FIELDS]
    conn.execute(
        f"INSERT INTO pot_variables ({', '.join(VARIABLE_FIELDS)}, orden) VALUES ({', '.join('?' * len(VARIABLE_FIELDS))}, ?)",
        values + [orden],
    )
    conn.executemany(
        f"INSERT INTO pot_clases (variable, {', '.join(CLASE_FIELDS)}, orden) VALUES (?, {', '.join('?' * len(CLASE_FIELDS))}, ?)",
        [[variable.codigo] + [getattr(c, n) for n in CLASE_FIELDS] + [i] for i, c in enumerate(variable.clases)],
    )


def guardar(store, variable: Variable, codigo_anterior: str = "") -> None:
    """Insert or update one variable (renaming its code updates its classes and links too)."""
    codigo_anterior = codigo_anterior or variable.codigo
    with store.connect() as conn:
        otros = {r[0] for r in conn.execute("SELECT codigo FROM pot_variables WHERE codigo <> ?", (codigo_anterior,))}
        problemas = validar_variable(variable, otros)
        if problemas:
            raise PotError("\n".join(problemas))
        row = conn.execute("SELECT orden FROM pot_variables WHERE codigo = ?", (codigo_anterior,)).fetchone()
        if row is None:
            orden = conn.execute("SELECT COALESCE(MAX(orden), -1) + 1 FROM pot_variables").fetchone()[0]
        else:
            orden = row[0]
            conn.execute("DELETE FROM pot_variables WHERE codigo = ?", (codigo_anterior,))
            conn.execute("DELETE FROM pot_clases WHERE variable = ?", (codigo_anterior,))
            if codigo_anterior != variable.codigo:
                for table in ("pot_campos", "pot_vinculos"):
                    conn.execute(f"UPDATE {table} SET variable = ? WHERE variable = ?", (variable.codigo, codigo_anterior))
        _insert(conn, variable, orden)


def eliminar(store, codigo: str) -> int:
    """Delete a variable and its classes. Refused while POT layers still link fields to it."""
    with store.connect() as conn:
        enlaces = conn.execute("SELECT COUNT(*) FROM pot_campos WHERE variable = ?", (codigo,)).fetchone()[0]
        if enlaces:
            raise PotError(
                tr("The variable “{code}” is linked to {count} layer field(s); unlink them before deleting it.").format(
                    code=codigo, count=enlaces
                )
            )
        conn.execute("DELETE FROM pot_clases WHERE variable = ?", (codigo,))
        return conn.execute("DELETE FROM pot_variables WHERE codigo = ?", (codigo,)).rowcount


def reemplazar(store, variables: List[Variable], conservar_existentes: bool = False) -> int:
    """Write a whole dictionary in one transaction (import). Validates everything first.

    With ``conservar_existentes`` the incoming variables are merged (same code = replaced) and the
    others kept; otherwise the dictionary becomes exactly ``variables``. The dictionary it merges
    with (and the links it checks) are read inside the write transaction: two imports at once both
    count, whatever their order.
    """
    problemas = validar_diccionario(variables)
    if problemas:
        raise PotError("\n".join(problemas))
    entrantes = {v.codigo for v in variables}
    with store.connect() as conn:
        actuales = _cargar(conn) if conservar_existentes else []
        if not conservar_existentes:
            enlazadas = sorted({r[0] for r in conn.execute("SELECT variable FROM pot_campos")} - entrantes)
            if enlazadas:
                raise PotError(
                    tr("Replacing the dictionary would remove variables that POT layer fields are linked to: {codes}. "
                       "Include them in the file, or import in merge mode.").format(codes=", ".join(enlazadas))
                )
        final = [v for v in actuales if v.codigo not in entrantes] + list(variables)
        conn.execute("DELETE FROM pot_clases")
        conn.execute("DELETE FROM pot_variables")
        for orden, variable in enumerate(final):
            _insert(conn, variable, orden)
    return len(variables)
