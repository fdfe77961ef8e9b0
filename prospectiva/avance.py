"""How far Pasos 02–04 have come, from what the POT holds (for the navigator and the memoria).

Each function returns (status, detail): the status is one of ``core.pasos``'s SIN_INICIAR, EN_CURSO,
COMPLETO; the detail is a short interface sentence saying what is missing.
- Paso 02 (the registry's rule, documented in ``core/pasos.py``): started with a prospective variable, a
  matrix or a variable strategic in the dictionary; complete when a structural analysis was run, at
  least one variable is strategic, every strategic variable has its indicator and (when the modelo
  actual's characterisation defines them) a potentiality, limitation or aptitude that justifies it, the
  modelo actual is characterised, every dictionary variable has a role and the dictionary's strategic
  variables are the model's (the flag is mirrored both ways only through ``variables.guardar``; a
  variable marked strategic in the dictionary dock alone is named here).
- Paso 03: started with a scenario or a supuesto; complete when the óptimo is selected and every
  scenario gives a state to every strategic variable.
- Paso 04: started with an eje; complete when every strategic variable belongs to one.
"""
from __future__ import annotations

from ..core.i18n import numero, tr
from ..core.pasos import COMPLETO, EN_CURSO, SIN_INICIAR
from . import ejes, escenarios, evaluacion, variables


def _estrategicas_del_diccionario(store):
    with store.connect(readonly=True) as conn:
        return [r[0] for r in conn.execute("SELECT codigo FROM pot_variables WHERE rol = 'estrategica' ORDER BY orden, fid")]


def paso02(store):
    lista = variables.cargar(store)
    analizadas = store.count("pot_prosp_matrices", "calculado IS NOT NULL")
    del_diccionario = _estrategicas_del_diccionario(store)
    if not lista and not store.count("pot_prosp_matrices") and not del_diccionario:
        return SIN_INICIAR, tr("No variable of the prospective model yet.")
    estrategicas = [v for v in lista if v.estrategica]
    if not analizadas:
        return EN_CURSO, tr("Run the structural analysis.")
    if not estrategicas:
        return EN_CURSO, tr("Mark the strategic variables.")
    sin_indicador = [v.variable for v in estrategicas if not v.indicador.strip()]
    if sin_indicador:
        return EN_CURSO, tr("Strategic variables without an indicator: {codes}.").format(codes=", ".join(sin_indicador))
    if variables.opciones_de_justificacion(store):
        sin_justificar = [v.variable for v in estrategicas if not v.justificaciones]
        if sin_justificar:
            return EN_CURSO, tr("Strategic variables not justified by a potentiality, limitation or aptitude: {codes}.").format(
                codes=", ".join(sin_justificar))
    ajenas = [c for c in del_diccionario if c not in {v.variable for v in estrategicas}]
    if ajenas:
        return EN_CURSO, tr("Strategic in the dictionary but not in the prospective model: {codes}.").format(codes=", ".join(ajenas))
    if store.count("pot_modelo_resumen") == 0:
        return EN_CURSO, tr("Characterise the current model (Step 01): the variables must match its potentialities, "
                            "limitations and aptitudes.")
    sin_rol = store.count("pot_variables", "COALESCE(TRIM(rol), '') = ''")
    if sin_rol:
        return EN_CURSO, tr("{count} variables of the dictionary have no role.", sin_rol).format(count=numero(sin_rol))
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
