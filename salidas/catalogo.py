"""The map catalogue of a POT: one sheet entry (Hoja) per map of the series, stored in ``pot_hojas``.

A living catalogue: ``catalogo_por_defecto`` proposes the usual Peruvian map set from what the POT
holds now (each automatic sheet has a ``clave``: "ubicacion", "politico", "tema:<layer>",
"escenario:<code>", "escenarios:comparacion"…), and ``cargar`` merges it with what is stored: a sheet keeps the user's
number, order, title, size, orientation and scale, follows its layer's content, and vanishes with
it; layers added later get a sheet at the end of the series; sheets the user removed stay removed
(kept as hidden rows). Sheets the user adds (a variable of the units, a tiled series) have a key of
their own ("usuario:…"). ``guardar`` writes the catalogue back, noting which settings differ from the
automatic proposal (``editado``).
"""
from __future__ import annotations
import json
import uuid
from dataclasses import asdict, dataclass, field, replace

from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..core.texto import sin_acentos
from ..prospectiva.escenarios import con_nombre
from ..store.pot_store import table_names

TABLA = "pot_hojas"
TAMANOS = ("A4", "A3", "A2", "A1", "A0")
ORIENTACIONES = ("horizontal", "vertical")
TIPOS = ("mapa", "serie", "escenarios")  # sheet types a catalogue entry may have (a series expands when exported)
TABLA_ESCENARIOS = "pot_prosp_escenarios"  # the scenarios (prospectiva.escenarios)
GRUPO_ESCENARIOS = "escenarios"  # pot_capas group of the scenario layers (prospectiva.capa_escenario)
CLAVE_COMPARACION = "escenarios:comparacion"
PREFIJO = "MA"
EDITABLES = ("titulo", "tamano", "orientacion", "escala")  # the user's settings, kept on regeneration
QUITADA = "quitada"  # in ``editado``: an automatic sheet the user removed (a hidden row)
USUARIO = "usuario:"  # key prefix of the sheets the user added

# Layer names that hold the ámbito or the political-administrative limits (lower case, no accents).
_NOMBRES_AMBITO = ("ambito", "limite_departamental", "limite_provincial", "departamento", "limite")
_NOMBRES_POLITICO = ("distrit", "provinc", "politic", "limites")
# A regional POT's political-administrative sheet is by province, a provincial one's by district.
_POLITICO_POR_NIVEL = {"regional": ("provinc", "politic", "limites", "distrit")}


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
    tipo: str = "mapa"  # "mapa", or "serie" (index + one sheet per tile at the working scale)
    clave: str = ""  # what the sheet shows, for regeneration ("" = not tied to the POT's contents)
    editado: list[str] = field(default_factory=list, compare=False)  # settings the user changed


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
        if (hoja.tipo or "mapa") not in TIPOS:
            problemas.append(
                tr("Sheet {sheet}: the type must be one of {types}, not “{type}”.").format(
                    sheet=nombre, types=", ".join(TIPOS), type=hoja.tipo
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


def _hojas_de_tabla(conn, tabla: str, capas_existentes: set, titulo_formato: str, prefijo: str) -> list[Hoja]:
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
                clave=f"{prefijo}:{row['nombre']}",
            )
        )
    return hojas


def _variable_de_capa(registro: dict, campos: list, clasificadas: set) -> tuple:
    """(variable, field) a layer's sheet maps: the variable it is registered (and styled) with, else its
    first linked variable with classes, else its first linked one; ("", "") when none."""
    enlaces = [c for c in campos if c["capa"] == registro["capa"]]
    variable = registro.get("variable") or next((c["variable"] for c in enlaces if c["variable"] in clasificadas), "") or (
        enlaces[0]["variable"] if enlaces else "")
    campo = next((c["campo"] for c in enlaces if c["variable"] == variable), "")
    return (variable, campo) if campo else ("", "")


def hojas_de_escenarios(conn, registradas: list, campos: list, capas_existentes: set, referencia: list, ambito: str) -> list[Hoja]:
    """One sheet per scenario that has a layer (key "escenario:<code>", the variable its layer is styled
    by), in the scenarios' order; then, when two or more maps of one variable can be compared (the
    scenarios' layers, and the current model's units when they carry it), the comparison sheet (type
    "escenarios", key "escenarios:comparacion"): the maps side by side with a table of their values."""
    if TABLA_ESCENARIOS not in table_names(conn):
        return []
    clasificadas = {r[0] for r in conn.execute("SELECT DISTINCT variable FROM pot_clases")} if "pot_clases" in table_names(conn) else set()
    por_capa = {r["capa"]: r for r in registradas}
    hojas, mapas = [], []
    filas = conn.execute(f"SELECT codigo, nombre, capa FROM {TABLA_ESCENARIOS} ORDER BY orden, fid").fetchall()
    for fila in filas:
        capa = fila["capa"]
        if not capa or capa not in capas_existentes:
            continue
        variable, campo = _variable_de_capa(por_capa.get(capa, {"capa": capa}), campos, clasificadas)
        titulo = con_nombre(fila["nombre"], trd("Map of the {scenario}"), trd("Scenario map: {name}"))
        hojas.append(Hoja("", titulo, fase="fase1",
                          capas=[c for c in referencia if c != capa] + [capa], variable=variable,
                          capa_variable={"capa": capa, "campo": campo} if variable else {}, clave=f"escenario:{fila['codigo']}"))
        if variable:
            mapas.append((capa, variable, campo, fila["nombre"]))
    if not mapas:
        return hojas
    comunes = {}
    for _capa, variable, _campo, _nombre in mapas:
        comunes[variable] = comunes.get(variable, 0) + 1
    variable = max(comunes, key=lambda v: (comunes[v], -[m[1] for m in mapas].index(v)))  # the most mapped, first on ties
    comparar = [[c, f, n] for c, v, f, n in mapas if v == variable]
    unidades = next((c for c in campos if c["variable"] == variable and por_capa.get(c["capa"], {}).get("grupo") != GRUPO_ESCENARIOS
                     and c["capa"] == "modelo_actual_unidades" and c["capa"] in capas_existentes), None)
    if unidades is not None:
        comparar.insert(0, [unidades["capa"], unidades["campo"], trd("Current model")])
    if len(comparar) < 2:
        return hojas
    lineas = [c for c in referencia if c != ambito and c not in {m[0] for m in comparar}]
    nombre_variable = conn.execute("SELECT nombre FROM pot_variables WHERE codigo = ?", (variable,)).fetchone()
    hojas.append(Hoja("", trd("Comparison of the scenarios: {variable}").format(variable=nombre_variable[0] if nombre_variable else variable),
                      fase="fase1", capas=([ambito] if ambito else []) + lineas + [c[0] for c in comparar], variable=variable,
                      capa_variable={"capa": comparar[0][0], "campo": comparar[0][1], "comparar": comparar}, tipo="escenarios",
                      clave=CLAVE_COMPARACION))
    return hojas


def catalogo_por_defecto(store) -> list[Hoja]:
    """The usual map set of a POT, built from what the GeoPackage holds:

    ubicación y ámbito; político-administrativo (when a layer of districts/provinces exists); one
    sheet per layer of ``pot_capas`` linked to a dictionary variable (but the scenarios' layers); one
    per scenario with a layer and the scenarios' comparison (``hojas_de_escenarios``); one per
    alternative (when that table exists). Sheets are numbered MA-01, MA-02, … in that order.
    """
    capas_existentes = set(store.spatial_layers())
    hojas = []
    with store.connect(readonly=True) as conn:
        registradas = [dict(r) for r in conn.execute("SELECT capa, titulo, fase, grupo, variable FROM pot_capas ORDER BY fid")]
        campos = [dict(r) for r in conn.execute("SELECT capa, campo, variable FROM pot_campos ORDER BY fid")]
        registradas = [r for r in registradas if r["capa"] in capas_existentes]
        nombres = [r["capa"] for r in registradas] + sorted(capas_existentes - {r["capa"] for r in registradas})

        nivel = (store.metadata().get("nivel") or "").strip().lower()
        politico = _primera_que_contiene(nombres, _POLITICO_POR_NIVEL.get(nivel, _NOMBRES_POLITICO))
        ambito = _primera_que_contiene(nombres, _NOMBRES_AMBITO) or politico
        if ambito:
            hojas.append(Hoja("", trd("Location and scope map"), capas=[ambito], clave="ubicacion"))
        tipos = _tipos_geometria(conn)
        capitales = [r["capa"] for r in registradas if r["fase"] == "base" and "POINT" in tipos.get(r["capa"], "")]
        if politico:
            capas = capitales + [politico] + ([ambito] if ambito and ambito != politico else [])
            hojas.append(Hoja("", trd("Political-administrative map"), capas=capas, clave="politico"))

        # Every thematic sheet also shows the base features (points and lines registered as "base",
        # e.g. centros poblados, roads, rivers) and the ámbito's limit, drawn over the theme.
        base = [r["capa"] for r in registradas if r["fase"] == "base"]
        referencia = [c for c in base if "POINT" in tipos.get(c, "")] + [c for c in base if "LINE" in tipos.get(c, "")]
        referencia += [ambito] if ambito else []
        for registro in registradas:
            capa = registro["capa"]
            if registro["grupo"] == GRUPO_ESCENARIOS:
                continue  # a scenario's layer has its scenario sheet (hojas_de_escenarios)
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
                    clave=f"tema:{capa}",
                )
            )
        hojas += hojas_de_escenarios(conn, registradas, campos, capas_existentes, referencia, ambito)
        hojas += _hojas_de_tabla(conn, "pot_alternativas", capas_existentes, trd("Alternative map: {name}"), "alternativa")

    for orden, hoja in enumerate(hojas, start=1):
        hoja.numero = f"{PREFIJO}-{orden:02d}"
        hoja.orden = orden
    return hojas


def _hoja_de_fila(row) -> Hoja:
    claves = row.keys()
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
        tipo=(row["tipo"] if "tipo" in claves else "") or "mapa",
        clave=(row["clave"] if "clave" in claves else "") or "",
        editado=json.loads((row["editado"] if "editado" in claves else "") or "[]"),
    )


def guardadas(store) -> list[Hoja]:
    """The stored rows in sheet order, hidden ones (removed automatic sheets) included."""
    with store.connect(readonly=True) as conn:
        if TABLA not in table_names(conn):
            return []
        return [_hoja_de_fila(r) for r in conn.execute(f"SELECT * FROM {TABLA} ORDER BY orden, fid").fetchall()]


def _clave_antigua(hoja: Hoja, propuestas: list[Hoja]) -> str:
    """The key of a sheet stored before sheets had keys: the proposal showing the same layer."""
    capa = (hoja.capa_variable or {}).get("capa")
    for propuesta in propuestas:
        if capa and (propuesta.capa_variable or {}).get("capa") == capa and propuesta.clave.startswith("tema:"):
            return propuesta.clave
        if not capa and propuesta.capas == hoja.capas and propuesta.clave in ("ubicacion", "politico"):
            return propuesta.clave
    return ""


def regenerar(store, guardado: list[Hoja] | None = None) -> tuple:
    """(sheets, added, dropped): the stored catalogue merged with what the POT holds now.

    A stored automatic sheet keeps its number, order and the settings the user edited, and takes
    its layers, variable and the settings the user did not edit from the proposal; one whose
    content is gone is dropped; proposals nobody stored are added at the end; user sheets stay while
    their layers exist. Hidden rows (removed sheets) are in ``sheets`` with QUITADA in ``editado``."""
    propuestas = catalogo_por_defecto(store)
    guardado = guardadas(store) if guardado is None else guardado
    existentes = set(store.spatial_layers())
    por_clave = {p.clave: p for p in propuestas}
    resultado, quitadas, vistas = [], [], set()
    for hoja in guardado:
        clave = hoja.clave or _clave_antigua(hoja, propuestas)
        propuesta = por_clave.get(clave)
        if propuesta is None:
            if clave and not clave.startswith(USUARIO) and hoja.tipo == "mapa":
                quitadas.append(hoja)  # its layer, scenario or alternative is gone
                continue
            if not all(c in existentes for c in hoja.capas):
                quitadas.append(hoja)
                continue
            resultado.append(hoja)
            continue
        vistas.add(clave)
        nueva = replace(hoja, clave=clave)
        if "variable" not in hoja.editado:  # re-targeted sheets keep their own layers and variable
            nueva.capas, nueva.variable, nueva.capa_variable = propuesta.capas, propuesta.variable, propuesta.capa_variable
        nueva.fase = propuesta.fase
        for campo in EDITABLES:
            if campo not in hoja.editado:
                setattr(nueva, campo, getattr(propuesta, campo))
        resultado.append(nueva)
    usados = {h.numero for h in resultado} | {h.numero for h in guardado}  # a gone sheet's number is not reused
    orden = max([h.orden for h in resultado] + [0])
    anadidas = []
    for propuesta in propuestas:
        if propuesta.clave in vistas:
            continue
        orden += 1
        propuesta.numero = numero_libre(usados)
        propuesta.orden = orden
        usados.add(propuesta.numero)
        resultado.append(propuesta)
        anadidas.append(propuesta)
    resultado.sort(key=lambda h: h.orden)
    return resultado, anadidas, quitadas


def numero_libre(usados) -> str:
    n = 1
    while f"{PREFIJO}-{n:02d}" in usados:
        n += 1
    return f"{PREFIJO}-{n:02d}"


def visibles(hojas: list[Hoja]) -> list[Hoja]:
    return [h for h in hojas if QUITADA not in h.editado]


def cargar(store) -> list[Hoja]:
    """The living catalogue in sheet order: what is stored, brought up to date with the POT's
    contents (see ``regenerar``); the default catalogue when nothing is stored yet."""
    guardado = guardadas(store)
    if not guardado:
        return catalogo_por_defecto(store)
    return visibles(regenerar(store, guardado)[0])


def _ediciones(hoja: Hoja, propuesta: Hoja | None) -> list[str]:
    """The settings of ``hoja`` that differ from its automatic proposal (all, for user sheets)."""
    if propuesta is None:
        return sorted(set(hoja.editado) - {QUITADA}) or ([] if not hoja.clave.startswith(USUARIO) else list(EDITABLES))
    editado = [c for c in EDITABLES if getattr(hoja, c) != getattr(propuesta, c)]
    if hoja.variable != propuesta.variable or hoja.capa_variable != propuesta.capa_variable:
        editado.append("variable")
    return editado


def guardar(store, hojas: list[Hoja]) -> None:
    """Replace the stored catalogue by ``hojas`` (validated first, one transaction). Automatic sheets
    missing from ``hojas`` are kept as hidden rows, so regeneration does not bring them back. An
    empty list resets the catalogue: the default one is proposed again."""
    problemas = validar(visibles(hojas))
    if problemas:
        raise PotError("\n".join(problemas))
    if not hojas:
        with store.connect() as conn:
            if TABLA in table_names(conn):
                conn.execute(f"DELETE FROM {TABLA}")
        return
    propuestas = {p.clave: p for p in catalogo_por_defecto(store)}
    filas = []
    for hoja in hojas:
        if QUITADA in hoja.editado:
            filas.append(hoja)
            continue
        filas.append(replace(hoja, editado=_ediciones(hoja, propuestas.get(hoja.clave))))
    presentes = {h.clave for h in filas if h.clave}
    ocultas, vistas = [], set(presentes)
    for hoja in guardadas(store) + list(propuestas.values()):  # automatic sheets left out of ``hojas``
        if hoja.clave and hoja.clave not in vistas and not hoja.clave.startswith(USUARIO):
            vistas.add(hoja.clave)
            ocultas.append(hoja)
    for hoja in ocultas:
        if QUITADA not in hoja.editado:
            hoja.editado = hoja.editado + [QUITADA]
    numeros = {h.numero for h in filas}
    for hoja in ocultas:  # hidden rows keep a unique number of their own
        if hoja.numero in numeros:
            hoja.numero = f"~{hoja.clave}"
        numeros.add(hoja.numero)
    with store.connect() as conn:
        if TABLA not in table_names(conn):
            raise PotError(
                tr("{path} has no map catalogue table ({table}); open it once with this version of the plugin to update it.").format(
                    path=store.path, table=TABLA
                )
            )
        conn.execute(f"DELETE FROM {TABLA}")
        for orden, hoja in enumerate(filas + ocultas, start=1):
            valores = asdict(hoja)
            conn.execute(
                f"INSERT INTO {TABLA} (numero, titulo, fase, capas, variable, capa_variable, tamano, orientacion, escala, orden,"
                " tipo, clave, editado) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
                    valores["tipo"] or "mapa",
                    valores["clave"] or None,
                    json.dumps(valores["editado"], ensure_ascii=False),
                ),
            )


# -- editing (the dock and pot:catalogo_mapas) ----------------------------------------------------
def _buscar(hojas: list[Hoja], numero: str) -> Hoja:
    for hoja in hojas:
        if hoja.numero == numero:
            return hoja
    raise PotError(tr("The map catalogue has no sheet {number}. Its sheets are: {available}.").format(
        number=numero, available=", ".join(h.numero for h in hojas) or "—"))


def hoja_de_capa(store, capa: str, variable: str = "", campo: str = "", titulo: str = "", tipo: str = "mapa") -> Hoja:
    """A sheet of one POT layer: its linked field of ``variable`` (the first linked one when none
    is named), drawn over the base features of the default sheets."""
    if capa not in set(store.spatial_layers()):
        raise PotError(tr("The POT {path} has no layer “{layer}”.").format(path=store.path, layer=capa))
    with store.connect(readonly=True) as conn:
        enlaces = [dict(r) for r in conn.execute("SELECT campo, variable FROM pot_campos WHERE capa = ? ORDER BY fid", (capa,))]
    if variable and not campo:
        campo = next((e["campo"] for e in enlaces if e["variable"] == variable), "")
        if not campo:
            raise PotError(tr("No field of the layer “{layer}” is linked to the variable “{code}”.").format(layer=capa, code=variable))
    if not variable and enlaces:
        variable, campo = enlaces[0]["variable"], enlaces[0]["campo"]
    titulos = {r["capa"]: r["titulo"] or r["capa"] for r in store.registered_layers()}
    fases = {r["capa"]: r["fase"] or "" for r in store.registered_layers()}
    plantilla = next((h for h in catalogo_por_defecto(store) if h.clave == f"tema:{capa}"), None)
    base = [c for c in (plantilla.capas if plantilla else [capa]) if c != capa]
    nombre_variable = variable
    if variable:
        from ..diccionario import repositorio

        nombre_variable = next((v.nombre for v in repositorio.cargar(store) if v.codigo == variable), variable)
    if not titulo:
        titulo = trd("Map of {title}").format(title=titulos.get(capa, capa))
        if variable and plantilla is not None and plantilla.variable != variable:
            titulo = trd("Map of {title}: {variable}").format(title=titulos.get(capa, capa), variable=nombre_variable)
    return Hoja("", titulo, fase=fases.get(capa, ""), capas=base + [capa], variable=variable,
                capa_variable={"capa": capa, "campo": campo} if variable else {}, tipo=tipo)


def anadir(store, hoja: Hoja) -> Hoja:
    """Add a user sheet at the end of the catalogue (numbered when it has no number); saved."""
    hojas = regenerar(store)[0]
    hoja.numero = hoja.numero or numero_libre({h.numero for h in hojas})
    hoja.orden = max([h.orden for h in hojas] + [0]) + 1
    hoja.clave = hoja.clave or f"{USUARIO}{uuid.uuid4().hex[:12]}"
    guardar(store, hojas + [hoja])
    return hoja


def quitar(store, numero: str) -> Hoja:
    """Remove a sheet; an automatic one stays removed when the catalogue is regenerated."""
    hojas = regenerar(store)[0]
    hoja = _buscar(visibles(hojas), numero)
    if hoja.clave and not hoja.clave.startswith(USUARIO):
        hoja.editado = hoja.editado + [QUITADA]  # kept as a hidden row: regeneration leaves it out
        guardar(store, hojas)
    else:
        guardar(store, [h for h in hojas if h is not hoja])
    return hoja


def reorientar(store, numero: str, capa: str, variable: str = "", campo: str = "", titulo: str = "") -> Hoja:
    """Point a sheet at another layer or variable (e.g. the units map by another variable)."""
    hojas = regenerar(store)[0]
    hoja = _buscar(visibles(hojas), numero)
    nueva = hoja_de_capa(store, capa, variable, campo, titulo or "", hoja.tipo)
    hoja.capas, hoja.variable, hoja.capa_variable, hoja.fase = nueva.capas, nueva.variable, nueva.capa_variable, nueva.fase
    if titulo:
        hoja.titulo = titulo
    elif "titulo" not in hoja.editado:
        hoja.titulo = nueva.titulo
    guardar(store, hojas)
    return hoja


def actualizar(store) -> tuple:
    """Regenerate and save the catalogue; returns (sheets, added, dropped)."""
    hojas, anadidas, quitadas = regenerar(store)
    guardar(store, hojas)
    return visibles(hojas), anadidas, quitadas
