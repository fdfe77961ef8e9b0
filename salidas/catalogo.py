"""The map catalogue of a POT: one sheet entry (Hoja) per map of the series, stored in ``pot_hojas``.

``catalogo_por_defecto`` proposes the usual Peruvian map set from what the POT holds; the user can
then edit titles, sheet sizes and scales, and ``guardar`` writes the catalogue back.
"""
from __future__ import annotations
import json
from dataclasses import asdict, dataclass, field

from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..core.texto import sin_acentos
from ..store.pot_store import table_names

TABLA = "pot_hojas"
TAMANOS = ("A4", "A3", "A2", "A1", "A0")
ORIENTACIONES = ("horizontal", "vertical")
PREFIJO = "MA"

# Layer names that hold the ámbito or the political-administrative limits (lower case, no accents).
_NOMBRES_AMBITO = ("ambito", "limite_departamental", "limite_provincial", "departamento", "limite")
_NOMBRES_POLITICO = ("distrit", "provinc", "politic", "limites")


@dataclass
class Hoja:
    """One sheet of the map series."""

    numero: str
    titulo: str
    fase: str = ""
    capas: list[str] = field(default_factory=list)  # layers of the POT GeoPackage, top → bottom
    variable: str = ""  # dictionary code that drives the legend ("" = none)
    capa_variable: dict = field(default_factory=dict)  # {"capa": ..., "campo": ...}
    tamano: str = "A3"
    orientacion: str = "horizontal"
    escala: int | None = None  # denominator; None = proposed from the extent
    orden: int = 0


def validar(hojas: list[Hoja]) -> list[str]:
    """Problems of a catalogue, each a sentence naming the sheet. Empty list = valid."""
    problemas = []
    vistos = set()
    for hoja in hojas:
        nombre = hoja.numero or hoja.titulo or "?"
        if not (hoja.numero or "").strip():
            problemas.append(tr("Sheet {sheet}: the map number is required.").format(sheet=nombre))
        elif hoja.numero in vistos:
            problemas.append(tr("Sheet {sheet}: the map number is repeated.").format(sheet=nombre))
        vistos.add(hoja.numero)
        if hoja.tamano not in TAMANOS:
            problemas.append(
                tr("Sheet {sheet}: the size must be one of {sizes}, not “{size}”.").format(
                    sheet=nombre, sizes=", ".join(TAMANOS), size=hoja.tamano
                )
            )
        if hoja.orientacion not in ORIENTACIONES:
            problemas.append(
                tr("Sheet {sheet}: the orientation must be “horizontal” or “vertical”, not “{orientation}”.").format(
                    sheet=nombre, orientation=hoja.orientacion
                )
            )
        if hoja.escala is not None and int(hoja.escala) <= 0:
            problemas.append(tr("Sheet {sheet}: the scale must be a positive number.").format(sheet=nombre))
        if not isinstance(hoja.capas, list) or not all(isinstance(c, str) for c in hoja.capas):
            problemas.append(tr("Sheet {sheet}: the layers must be a list of layer names.").format(sheet=nombre))
    return problemas


def _columnas(conn, tabla: str) -> set:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{tabla}")')}


def _tipos_geometria(conn) -> dict:
    """{layer: "POINT" | "MULTILINESTRING" | ...} from the GeoPackage's geometry columns."""
    filas = conn.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns")
    return {tabla: (tipo or "").upper() for tabla, tipo in filas}


def _primera_que_contiene(nombres, claves) -> str:
    for clave in claves:
        for nombre in nombres:
            if clave in sin_acentos(nombre):
                return nombre
    return ""


def _hojas_de_tabla(conn, tabla: str, capas_existentes: set, titulo_formato: str) -> list[Hoja]:
    """Hook for later phases: one sheet per row of ``tabla`` (e.g. pot_escenarios, pot_alternativas)
    when that table exists and has at least the columns ``nombre`` and ``capa``; optional columns
    ``variable`` and ``campo`` drive the legend, ``fase`` the phase line."""
    if tabla not in table_names(conn) or not {"nombre", "capa"} <= _columnas(conn, tabla):
        return []
    columnas = _columnas(conn, tabla)
    hojas = []
    for row in conn.execute(f'SELECT * FROM "{tabla}" ORDER BY fid'):
        capa = row["capa"]
        if capa not in capas_existentes:
            continue
        variable = row["variable"] if "variable" in columnas else ""
        campo = row["campo"] if "campo" in columnas else ""
        hojas.append(
            Hoja(
                numero="",
                titulo=titulo_formato.format(name=row["nombre"]),
                fase=(row["fase"] if "fase" in columnas else "") or "",
                capas=[capa],
                variable=variable or "",
                capa_variable={"capa": capa, "campo": campo} if variable and campo else {},
            )
        )
    return hojas


def catalogo_por_defecto(store) -> list[Hoja]:
    """The usual map set of a POT, built from what the GeoPackage holds:

    ubicación y ámbito; político-administrativo (when a layer of districts/provinces exists); one
    sheet per layer of ``pot_capas`` linked to a dictionary variable; one per scenario and per
    alternative (when those tables exist). Sheets are numbered MA-01, MA-02, … in that order.
    """
    capas_existentes = set(store.spatial_layers())
    hojas = []
    with store.connect(readonly=True) as conn:
        registradas = [dict(r) for r in conn.execute("SELECT capa, titulo, fase, grupo, variable FROM pot_capas ORDER BY fid")]
        campos = [dict(r) for r in conn.execute("SELECT capa, campo, variable FROM pot_campos ORDER BY fid")]
        registradas = [r for r in registradas if r["capa"] in capas_existentes]
        nombres = [r["capa"] for r in registradas] + sorted(capas_existentes - {r["capa"] for r in registradas})

        politico = _primera_que_contiene(nombres, _NOMBRES_POLITICO)
        ambito = _primera_que_contiene(nombres, _NOMBRES_AMBITO) or politico
        if ambito:
            hojas.append(Hoja("", trd("Location and scope map"), capas=[ambito]))
        if politico:
            capas = [politico] + ([ambito] if ambito and ambito != politico else [])
            hojas.append(Hoja("", trd("Political-administrative map"), capas=capas))

        # Every thematic sheet also shows the base features (points and lines registered as "base",
        # e.g. centros poblados, roads, rivers) and the ámbito's limit, drawn over the theme.
        tipos = _tipos_geometria(conn)
        base = [r["capa"] for r in registradas if r["fase"] == "base"]
        referencia = [c for c in base if "POINT" in tipos.get(c, "")] + [c for c in base if "LINE" in tipos.get(c, "")]
        referencia += [ambito] if ambito else []
        for registro in registradas:
            capa = registro["capa"]
            enlaces = [c for c in campos if c["capa"] == capa]
            variable = registro["variable"] or (enlaces[0]["variable"] if enlaces else "")
            if not variable:
                continue
            campo = next((c["campo"] for c in enlaces if c["variable"] == variable), "")
            titulo = registro["titulo"] or capa
            hojas.append(
                Hoja(
                    "",
                    trd("Map of {title}").format(title=titulo),
                    fase=registro["fase"] or "",
                    capas=[r for r in referencia if r != capa] + [capa],
                    variable=variable,
                    capa_variable={"capa": capa, "campo": campo},
                )
            )
        hojas += _hojas_de_tabla(conn, "pot_escenarios", capas_existentes, trd("Scenario map: {name}"))
        hojas += _hojas_de_tabla(conn, "pot_alternativas", capas_existentes, trd("Alternative map: {name}"))

    for orden, hoja in enumerate(hojas, start=1):
        hoja.numero = f"{PREFIJO}-{orden:02d}"
        hoja.orden = orden
    return hojas


def _hoja_de_fila(row) -> Hoja:
    return Hoja(
        numero=row["numero"],
        titulo=row["titulo"] or "",
        fase=row["fase"] or "",
        capas=json.loads(row["capas"] or "[]"),
        variable=row["variable"] or "",
        capa_variable=json.loads(row["capa_variable"] or "{}"),
        tamano=row["tamano"] or "A3",
        orientacion=row["orientacion"] or "horizontal",
        escala=row["escala"],
        orden=row["orden"] or 0,
    )


def cargar(store) -> list[Hoja]:
    """The stored catalogue in sheet order; the default catalogue when none is stored yet."""
    with store.connect(readonly=True) as conn:
        if TABLA in table_names(conn):
            filas = conn.execute(f"SELECT * FROM {TABLA} ORDER BY orden, fid").fetchall()
            if filas:
                return [_hoja_de_fila(r) for r in filas]
    return catalogo_por_defecto(store)


def guardar(store, hojas: list[Hoja]) -> None:
    """Replace the stored catalogue by ``hojas`` (validated first, one transaction)."""
    problemas = validar(hojas)
    if problemas:
        raise PotError("\n".join(problemas))
    with store.connect() as conn:
        if TABLA not in table_names(conn):
            raise PotError(
                tr("{path} has no map catalogue table ({table}); open it once with this version of the plugin to update it.").format(
                    path=store.path, table=TABLA
                )
            )
        conn.execute(f"DELETE FROM {TABLA}")
        for orden, hoja in enumerate(hojas, start=1):
            valores = asdict(hoja)
            conn.execute(
                f"INSERT INTO {TABLA} (numero, titulo, fase, capas, variable, capa_variable, tamano, orientacion, escala, orden)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    valores["numero"],
                    valores["titulo"],
                    valores["fase"],
                    json.dumps(valores["capas"], ensure_ascii=False),
                    valores["variable"],
                    json.dumps(valores["capa_variable"], ensure_ascii=False),
                    valores["tamano"],
                    valores["orientacion"],
                    None if valores["escala"] is None else int(valores["escala"]),
                    hoja.orden or orden,
                ),
            )
