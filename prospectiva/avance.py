"""How far Pasos 02–04 have come, from what the POT holds (for the navigator and the memoria).

Each function returns (status, detail): the status is one of ``core.pasos``'s SIN_INICIAR, EN_CURSO,
COMPLETO; the detail is a short interface sentence saying what is missing.
- Paso 02: started with a prospective variable or a matrix; complete when a structural analysis was
  run and at least one variable is strategic, every strategic variable with its indicator.
- Paso 03: started with a scenario or a supuesto; complete when the óptimo is selected and every
  scenario gives a state to every strategic variable.
- Paso 04: started with an eje; complete when every strategic variable belongs to one.
"""
from __future__ import annotations

from ..core.i18n import tr
from ..core.pasos import COMPLETO, EN_CURSO, SIN_INICIAR
from . import ejes, escenarios, evaluacion, variables


def paso02(store):
    lista = variables.cargar(store)
    analizadas = store.count("pot_prosp_matrices", "calculado IS NOT NULL")
    if not lista and not store.count("pot_prosp_matrices"):
        return SIN_INICIAR, tr("No variable of the prospective model yet.")
    estrategicas = [v for v in lista if v.estrategica]
    if not analizadas:
        return EN_CURSO, tr("Run the structural analysis.")
    if not estrategicas:
        return EN_CURSO, tr("Mark the strategic variables.")
    sin_indicador = [v.variable for v in estrategicas if not v.indicador.strip()]
    if sin_indicador:
        return EN_CURSO, tr("Strategic variables without an indicator: {codes}.").format(codes=", ".join(sin_indicador))
    return COMPLETO, tr("{count} strategic variable(s).").format(count=len(estrategicas))


def paso03(store):
    lista = escenarios.cargar_escenarios(store)
    if not lista and not store.count("pot_prosp_supuestos"):
        return SIN_INICIAR, tr("No scenario yet.")
    incompletos = [e.codigo for e in lista if escenarios.faltantes(store, e)]
    if incompletos:
        return EN_CURSO, tr("Scenarios without a state for every strategic variable: {codes}.").format(codes=", ".join(incompletos))
    elegido = evaluacion.optimo(store)
    if elegido is None:
        return EN_CURSO, tr("Select the optimal desirable scenario.")
    return COMPLETO, tr("Optimal scenario: {code}.").format(code=elegido["escenario"])


def paso04(store):
    if not ejes.cargar(store):
        return SIN_INICIAR, tr("No strategic axis yet.")
    faltan = ejes.sin_eje(store)
    if faltan:
        return EN_CURSO, tr("Strategic variables in no axis: {codes}.").format(codes=", ".join(faltan))
    return COMPLETO, tr("{count} strategic axis(es).").format(count=len(ejes.cargar(store)))
