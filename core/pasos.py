"""The phases (Pautas) and steps (Pasos) of MINAM's 2016 Pautas, and each step's computed status.

No widgets: the navigator dock reads this module, and so can a report or a test. A step's status is
computed from what the POT GeoPackage holds (never stored), so it cannot drift from the data.
Titles and descriptions are English literals through ``tr()``; Spanish comes from the translation.
They are built when ``fases()`` is called, so the active translator applies.
"""
from __future__ import annotations
from dataclasses import dataclass, replace
from typing import Callable, Dict, List, Optional, Tuple

from .i18n import tr, trd

_tr_interfaz = tr

SIN_INICIAR = "sin_iniciar"
EN_CURSO = "en_curso"
COMPLETO = "completo"
ESTADOS = (SIN_INICIAR, EN_CURSO, COMPLETO)

# Panel ids: the navigator asks the plugin to open one of these.
PANEL_DICCIONARIO = "diccionario"
PANEL_MODELO_ACTUAL = "modelo_actual"
PANEL_SALIDAS = "salidas"


@dataclass(frozen=True)
class Paso:
    id: str
    pauta: int
    numero: Optional[int]  # None for a phase with no numbered steps (Pauta 4)
    titulo: str
    descripcion: str
    panel: Optional[str]
    calcular_estado: Callable = None
    traducir: Callable = tr  # tr for the interface, trd for documents (see fases())

    @property
    def codigo(self) -> str:
        """"Paso 02", or "" when the Pautas number no step."""
        return self.traducir("Step {number:02d}").format(number=self.numero) if self.numero else ""

    def estado(self, store) -> str:
        if store is None or self.calcular_estado is None:
            return SIN_INICIAR
        return self.calcular_estado(store)


@dataclass(frozen=True)
class Fase:
    pauta: int
    titulo: str
    pasos: Tuple[Paso, ...]
    traducir: Callable = tr

    @property
    def codigo(self) -> str:
        return self.traducir("Pauta {number}").format(number=self.pauta)


# -- status rules --------------------------------------------------------------------------------
def estado_validacion(store) -> str:
    """Pauta 4: observations of the Comisión Técnica recorded; complete when all are answered."""
    total = store.count("pot_observaciones")
    if total == 0:
        return SIN_INICIAR
    pendientes = store.count("pot_observaciones", "COALESCE(TRIM(respuesta), '') = ''")
    return EN_CURSO if pendientes else COMPLETO


def estado_diccionario(store) -> str:
    """Pauta 1 Paso 02: variables identified, each with its strategic role."""
    total = store.count("pot_variables")
    if total == 0:
        return SIN_INICIAR
    sin_rol = store.count("pot_variables", "COALESCE(TRIM(rol), '') = ''")
    estrategicas = store.count("pot_variables", "rol = ?", ("estrategica",))
    return COMPLETO if sin_rol == 0 and estrategicas > 0 else EN_CURSO


def estado_modelo_actual(store) -> str:
    """Pauta 1 Paso 01: DIT layers registered; complete once a model version is validated."""
    if store.count("pot_modelo_versiones", "estado = ?", ("validado",)) > 0:
        return COMPLETO
    if store.count("pot_dit_capas") > 0:
        return EN_CURSO
    return SIN_INICIAR


# -- the Pautas ----------------------------------------------------------------------------------
def fases(documento: bool = False) -> List[Fase]:
    """The four phases and their eleven steps, in the order of the Pautas; in the interface's
    language, or in the POT's document language with ``documento=True`` (checklists, reports)."""
    tr = trd if documento else _tr_interfaz  # noqa: N806 (the extractor reads tr("…") below)
    lista = [
        Fase(
            1,
            tr("Prospective analysis of the territory"),
            (
                Paso(
                    "p1_paso01",
                    1,
                    1,
                    tr("Validate the current model of the territorial system"),
                    tr(
                        "Register the DIT layers, build the preliminary current model, collect the stakeholders' "
                        "contributions and validate it."
                    ),
                    PANEL_MODELO_ACTUAL,
                    estado_modelo_actual,
                ),
                Paso(
                    "p1_paso02",
                    1,
                    2,
                    tr("Design the prospective model"),
                    tr("Identify the thematic variables and give each its strategic role."),
                    PANEL_DICCIONARIO,
                    estado_diccionario,
                ),
                Paso(
                    "p1_paso03",
                    1,
                    3,
                    tr("Determine the optimal desirable scenario"),
                    tr("Relate the variables, build the probable scenarios and select the optimal one."),
                    None,
                ),
                Paso(
                    "p1_paso04",
                    1,
                    4,
                    tr("Determine the strategic axes"),
                    tr("Group the strategic variables of the optimal scenario into strategic axes."),
                    None,
                ),
            ),
        ),
        Fase(
            2,
            tr("General approach"),
            (
                Paso(
                    "p2_paso01",
                    2,
                    1,
                    tr("Vision and target image"),
                    tr("Write the vision and draw the target image of the territory."),
                    None,
                ),
                Paso(
                    "p2_paso02",
                    2,
                    2,
                    tr("Territorial Planning Model (MOT)"),
                    tr("Map the use categories and zones of the MOT with today's and target values."),
                    None,
                ),
                Paso(
                    "p2_paso03",
                    2,
                    3,
                    tr("Strategic objectives"),
                    tr("State the objectives of each axis and the variables that measure them."),
                    None,
                ),
            ),
        ),
        Fase(
            3,
            tr("Specific proposal"),
            (
                Paso(
                    "p3_paso01",
                    3,
                    1,
                    tr("Alternatives of use and occupation of the territory"),
                    tr("Assign zones to alternatives and list the actions by priority."),
                    None,
                ),
                Paso(
                    "p3_paso02",
                    3,
                    2,
                    tr("Investment programme"),
                    tr("Locate the programmes and projects and the variables they move."),
                    None,
                ),
                Paso(
                    "p3_paso03",
                    3,
                    3,
                    tr("Management model"),
                    tr("Set the monitoring indicators, their targets, costs and financing."),
                    None,
                ),
            ),
        ),
        Fase(
            4,
            tr("Validation and approval"),
            (
                Paso(
                    "p4_validacion",
                    4,
                    None,
                    tr("Validation and approval"),
                    tr("Disseminate the plan, record the Technical Commission's observations and prepare MINAM's review."),
                    PANEL_SALIDAS,
                    estado_validacion,
                ),
            ),
        ),
    ]
    if documento:
        lista = [replace(f, traducir=trd, pasos=tuple(replace(p, traducir=trd) for p in f.pasos)) for f in lista]
    return lista


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


def etiquetas_estado() -> Dict[str, str]:
    return {SIN_INICIAR: tr("not started"), EN_CURSO: tr("in progress"), COMPLETO: tr("complete")}


def etiqueta_estado(estado: str) -> str:
    return etiquetas_estado()[estado]
