"""The registry of the plugin: the Pautas' phases and steps, the docks (panels) that do their work,
the Processing groups of the algorithms, the layer-tree groups of a POT, and each step's status.

Everything that names one of these reads it from here, and only from here:

- the navigator dock (``ui/navegador_dock.py``): phases, steps, statuses, which panel opens a step;
- the plugin (``plugin.py``): one action, menu entry and toolbar button per panel, the dock class,
  its area and tab order;
- the layer tree of a POT's project (``store/proyecto_qgis.grupos_por_fase`` → ``grupos_capas``);
- the algorithms' groups (``processing_provider/base.group_names`` → ``grupos_algoritmos``);
- the Pauta 4 checklist (``fases(documento=True)``: titles in the POT's document language).

A new dock is one ``Panel`` in ``paneles()`` (naming the steps it serves), one ``.ui`` and one
controller (recipe in docs/ARCHITECTURE.md). No widgets here: it runs headless.

Statuses are computed from what the POT GeoPackage holds (never stored), so they cannot drift from
the data. A step with no panel in this version is *no disponible*. Each rule below says which
deliverable of the Pautas (MINAM 2016) it checks:

| step | deliverable (Pautas) | sin iniciar | en curso | completo |
|---|---|---|---|---|
| Pauta 1 Paso 01 | modelo actual validated with the stakeholders | no DIT layer registered | DIT layers registered | every DIT layer checked, a version marked *validado*, no contribution pending |
| Pauta 1 Paso 02 | the prospective model: thematic variables matching the potentialities, limitations and aptitudes, each with its strategic role | no prospective variable, no matrix of influences and no variable strategic in the dictionary (the default dictionary a POT starts with is a catalogue, not a choice) | any of those | the structural analysis run; strategic variables marked, each with its indicator and, once the modelo actual is characterised, justified by one of its potentialities, limitations or aptitudes; the modelo actual characterised; every dictionary variable with a role; the dictionary's strategic variables are the model's |
| Pauta 1 Paso 03 | the escenario óptimo deseable | no scenario and no supuesto | scenarios or supuestos | every scenario gives a state to every strategic variable, and the óptimo is selected with its justification |
| Pauta 1 Paso 04 | the ejes estratégicos | no eje | ejes | every strategic variable belongs to an eje |
| Pauta 4 | Comisión Técnica's observations answered | no observation recorded | observations pending an answer | every observation answered |

The rules of Pasos 02–04 live with their data (``prospectiva/avance.py``, which the memoria reads too); a
step names them as "module:function" (resolved when a status is asked, as panels name their controllers), so
this module imports nothing above ``core``. A rule returns a status, or (status, detail): the detail says
what is missing, in the interface's language (the navigator shows it).

Titles are English literals through ``tr()`` (or ``trd()`` with ``documento=True``), built when
the functions are called, so the active translator applies.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Dict, List, Optional, Tuple, Union

from .i18n import tr, trd

_tr_interfaz = tr

NO_DISPONIBLE = "no_disponible"
SIN_INICIAR = "sin_iniciar"
EN_CURSO = "en_curso"
COMPLETO = "completo"
ESTADOS = (NO_DISPONIBLE, SIN_INICIAR, EN_CURSO, COMPLETO)

# Panel ids (also the keys of the plugin's actions and docks).
PANEL_NAVEGADOR = "navegador"
PANEL_DICCIONARIO = "diccionario"
PANEL_MODELO_ACTUAL = "modelo_actual"
PANEL_PROSPECTIVA = "prospectiva"
PANEL_SALIDAS = "salidas"

ROMANOS = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class Paso:
    id: str
    pauta: int
    numero: Optional[int]  # None for a phase with no numbered steps (Pauta 4)
    titulo: str
    descripcion: str
    calcular_estado: Union[Callable, str, None] = None  # a function of the store, or "module:function" of the plugin
    panel: Optional[str] = None  # filled from paneles(): the dock that does this step's work
    traducir: Callable = tr  # tr for the interface, trd for documents (see fases())

    @property
    def codigo(self) -> str:
        """"Paso 02", or "" when the Pautas number no step."""
        return self.traducir("Step {number:02d}").format(number=self.numero) if self.numero else ""

    @property
    def disponible(self) -> bool:
        return self.panel is not None

    def _regla(self) -> Callable:
        regla = self.calcular_estado
        if isinstance(regla, str):
            import importlib

            modulo, _, funcion = regla.partition(":")
            regla = getattr(importlib.import_module(__package__.rpartition(".")[0] + "." + modulo), funcion)
        return regla

    def estado_y_detalle(self, store) -> Tuple[str, str]:
        """(status, what is missing or "" ) of this step in ``store``."""
        if not self.disponible or self.calcular_estado is None:
            return NO_DISPONIBLE, ""
        if store is None:
            return SIN_INICIAR, ""
        resultado = self._regla()(store)
        return tuple(resultado) if isinstance(resultado, tuple) else (resultado, "")

    def estado(self, store) -> str:
        return self.estado_y_detalle(store)[0]


@dataclass(frozen=True)
class Fase:
    pauta: int
    titulo: str
    pasos: Tuple[Paso, ...]
    traducir: Callable = tr

    @property
    def codigo(self) -> str:
        return self.traducir("Pauta {number}").format(number=self.pauta)

    @property
    def grupo(self) -> str:
        """Id of its layer-tree group and of its tab group of docks."""
        return "fase{}".format(self.pauta)

    @property
    def titulo_grupo(self) -> str:
        """"Fase I – Análisis prospectivo del territorio": the layer-tree group of the phase."""
        return self.traducir("Phase {roman} – {title}").format(roman=ROMANOS[self.pauta], title=self.titulo)


@dataclass(frozen=True)
class Panel:
    """A dock of the plugin. ``modulo``/``clase``: its controller in ``ui/``; ``pasos``: the steps
    whose work it holds (the navigator's "Open"); ``pauta``: the phase it belongs to (tab order; None
    for the general ones); ``area``: "izquierda" or "derecha"; ``icono``: a file in ``icons/``;
    ``guia``: its page of the user guide (``docs/guia/``); ``titulo_corto``: the dock's own title,
    short enough for a tab when docks share a side (the menu shows ``titulo``); ``junto_a``: the
    objectName of a QGIS dock to share a tab group with the first time it opens (e.g. "Browser")."""

    id: str
    modulo: str
    clase: str
    titulo: str
    ayuda: str
    icono: str
    pasos: Tuple[str, ...] = ()
    pauta: Optional[int] = None
    area: str = "derecha"
    guia: str = "index.html"
    titulo_corto: str = ""
    junto_a: str = ""


@dataclass(frozen=True)
class GrupoAlgoritmos:
    id: str
    titulo: str
    guia: str = "index.html"  # page of the user guide that explains these algorithms


# -- status rules --------------------------------------------------------------------------------
def contar_aportes_pendientes(store) -> int:
    """Contributions still waiting for the technical team's answer (both aportes layers)."""
    return sum(
        store.count(capa, "estado IS NULL OR TRIM(estado) = '' OR estado = 'pendiente'") for capa in ("aportes", "aportes_areas")
    )


def estado_modelo_actual(store) -> str:
    """Pauta 1 Paso 01, deliverable: the modelo actual validated with the stakeholders. Complete once
    every registered DIT layer has been checked, a version is marked *validado* and no contribution
    waits for an answer."""
    capas = store.count("pot_dit_capas")
    if capas == 0:
        return SIN_INICIAR
    sin_revisar = store.count("pot_dit_capas", "validacion IS NULL OR TRIM(validacion) IN ('', '{}')")
    validada = store.count("pot_modelo_versiones", "estado = ?", ("validado",)) > 0
    if sin_revisar == 0 and validada and contar_aportes_pendientes(store) == 0:
        return COMPLETO
    return EN_CURSO


def estado_validacion(store) -> str:
    """Pauta 4, deliverable: the plan validated by the Comisión Técnica. Started once its observations
    are recorded; complete when all are answered."""
    total = store.count("pot_observaciones")
    if total == 0:
        return SIN_INICIAR
    pendientes = store.count("pot_observaciones", "COALESCE(TRIM(respuesta), '') = ''")
    return EN_CURSO if pendientes else COMPLETO


# -- the registry ----------------------------------------------------------------------------------
def paneles() -> List[Panel]:
    """The plugin's docks, in menu order."""
    return [
        Panel(
            PANEL_NAVEGADOR, "navegador_dock", "NavegadorDock", tr("Steps of the POT"),
            tr("Show the phases and steps of the POT, with their status"), "pasos.svg", titulo_corto=tr("Steps"),
        ),
        Panel(
            PANEL_DICCIONARIO, "diccionario_dock", "DiccionarioDock", tr("Variables dictionary"),
            tr("Show the dictionary of variables"), "diccionario.svg", (), 1, guia="paso02_diccionario.html",
            titulo_corto=tr("Dictionary"),
        ),
        Panel(
            PANEL_MODELO_ACTUAL, "modelo_actual_dock", "ModeloActualDock", tr("Current territorial model"),
            tr("Show the panel of the current territorial model (Pauta 1, Step 01)"), "modelo_actual.svg", ("p1_paso01",), 1,
            guia="paso01_modelo_actual.html", titulo_corto=tr("Current model"),
        ),
        Panel(
            PANEL_PROSPECTIVA, "prospectiva_dock", "ProspectivaDock", tr("Prospective analysis"),
            tr("Show the panel of the prospective analysis (Pauta 1, Steps 02–04)"), "prospectiva.svg",
            ("p1_paso02", "p1_paso03", "p1_paso04"), 1, guia="prospectiva.html", titulo_corto=tr("Prospective"),
        ),
        Panel(
            PANEL_SALIDAS, "salidas_dock", "SalidasDock", tr("Cartographic output"),
            tr("Show the map series, memoria, workshop pack and validation panel"), "salidas.svg", ("p4_validacion",), 4,
            guia="pauta4_salidas.html", titulo_corto=tr("Outputs"),
        ),
    ]


def panel(panel_id: str) -> Panel:
    for candidato in paneles():
        if candidato.id == panel_id:
            return candidato
    raise KeyError(panel_id)


def grupos_algoritmos() -> List[GrupoAlgoritmos]:
    """The Processing groups of the "pot" provider, in the order of the Pautas."""
    return [
        GrupoAlgoritmos("proyecto", tr("POT project"), "inicio.html"),
        GrupoAlgoritmos("diccionario", tr("Variables dictionary"), "paso02_diccionario.html"),
        GrupoAlgoritmos("modelo_actual", tr("Phase I – Current territorial model"), "paso01_modelo_actual.html"),
        GrupoAlgoritmos("prospectiva", tr("Phase I – Prospective analysis"), "prospectiva.html"),
        GrupoAlgoritmos("modelo_ot", tr("Phase II – Territorial planning model")),
        GrupoAlgoritmos("alternativas", tr("Phase III – Specific proposal")),
        GrupoAlgoritmos("salidas", tr("Cartographic output"), "pauta4_salidas.html"),
    ]


def grupos_capas() -> Dict[str, str]:
    """Layer-tree groups of a POT's project, in the order of the Pautas: id → title in the POT's
    document language (they are stored in the POT's project)."""
    grupos = {"base": trd("Base and ámbito")}
    grupos.update({fase.grupo: fase.titulo_grupo for fase in fases(documento=True)})
    return grupos


def fases(documento: bool = False) -> List[Fase]:
    """The four phases and their eleven steps, in the order of the Pautas; in the interface's
    language, or in the POT's document language with ``documento=True`` (checklists, reports)."""
    tr = trd if documento else _tr_interfaz  # noqa: N806 (the extractor reads tr("…") below)
    lista = [
        Fase(1, tr("Prospective analysis of the territory"), (
            Paso("p1_paso01", 1, 1, tr("Validate the current model of the territorial system"),
                 tr("Register the DIT layers, build the preliminary current model, collect the stakeholders' "
                    "contributions and validate it."), estado_modelo_actual),
            Paso("p1_paso02", 1, 2, tr("Design the prospective model"),
                 tr("Identify the thematic variables and give each its strategic role."), "prospectiva.avance:paso02"),
            Paso("p1_paso03", 1, 3, tr("Determine the optimal desirable scenario"),
                 tr("Relate the variables, build the probable scenarios and select the optimal one."), "prospectiva.avance:paso03"),
            Paso("p1_paso04", 1, 4, tr("Determine the strategic axes"),
                 tr("Group the strategic variables of the optimal scenario into strategic axes."), "prospectiva.avance:paso04"),
        )),
        Fase(2, tr("General approach"), (
            Paso("p2_paso01", 2, 1, tr("Vision and target image"),
                 tr("Write the vision and draw the target image of the territory.")),
            Paso("p2_paso02", 2, 2, tr("Territorial Planning Model (MOT)"),
                 tr("Map the use categories and zones of the MOT with today's and target values.")),
            Paso("p2_paso03", 2, 3, tr("Strategic objectives"),
                 tr("State the objectives of each axis and the variables that measure them.")),
        )),
        Fase(3, tr("Specific proposal"), (
            Paso("p3_paso01", 3, 1, tr("Alternatives of use and occupation of the territory"),
                 tr("Assign zones to alternatives and list the actions by priority.")),
            Paso("p3_paso02", 3, 2, tr("Investment programme"),
                 tr("Locate the programmes and projects and the variables they move.")),
            Paso("p3_paso03", 3, 3, tr("Management model"),
                 tr("Set the monitoring indicators, their targets, costs and financing.")),
        )),
        Fase(4, tr("Validation and approval"), (
            Paso("p4_validacion", 4, None, tr("Validation and approval"),
                 tr("Disseminate the plan, record the Technical Commission's observations and prepare MINAM's review."),
                 estado_validacion),
        )),
    ]
    panel_de = {paso_id: p.id for p in paneles() for paso_id in p.pasos}
    traducir = trd if documento else _tr_interfaz
    return [
        replace(f, traducir=traducir, pasos=tuple(replace(p, traducir=traducir, panel=panel_de.get(p.id)) for p in f.pasos))
        for f in lista
    ]


def pasos() -> List[Paso]:
    return [paso for fase in fases() for paso in fase.pasos]


def paso(paso_id: str) -> Paso:
    for candidato in pasos():
        if candidato.id == paso_id:
            return candidato
    raise KeyError(paso_id)


def estados(store) -> Dict[str, str]:
    """The status of every step, by step id."""
    return {candidato.id: candidato.estado(store) for candidato in pasos()}


def estados_y_detalles(store) -> Dict[str, Tuple[str, str]]:
    """(status, what is missing) of every step, by step id (each rule runs once)."""
    return {candidato.id: candidato.estado_y_detalle(store) for candidato in pasos()}


def etiquetas_estado() -> Dict[str, str]:
    return {
        NO_DISPONIBLE: tr("not available"),
        SIN_INICIAR: tr("not started"),
        EN_CURSO: tr("in progress"),
        COMPLETO: tr("complete"),
    }


def etiqueta_estado(estado: str) -> str:
    return etiquetas_estado()[estado]
