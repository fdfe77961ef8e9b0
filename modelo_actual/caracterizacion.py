"""Characterising the territorial units: potentialities, limitations and aptitudes.

The user's rules (table ``pot_caracterizacion``) say that a class of a variable is a potencialidad,
a limitación or an aptitud, with its subsystem. ``caracterizar`` tags every unit of a POT units
layer (text fields ``potencialidades``, ``limitaciones``, ``aptitudes``, ``subsistemas``, each a
"; "-separated list) from its fields bound to variables, and writes the summary (area by class and
by tag) to ``pot_modelo_resumen``. Rule labels are Spanish data the user edits, not interface text.
"""
from dataclasses import dataclass
from typing import Dict, List

from qgis.core import QgsVectorLayer

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from ..diccionario.predeterminado import ECONOMICO_PRODUCTIVO, FISICO_BIOLOGICO, POLITICO_INSTITUCIONAL, SOCIO_CULTURAL

POTENCIALIDAD = "potencialidad"
LIMITACION = "limitacion"
APTITUD = "aptitud"
TIPOS = (POTENCIALIDAD, LIMITACION, APTITUD)
CAMPOS = {POTENCIALIDAD: "potencialidades", LIMITACION: "limitaciones", APTITUD: "aptitudes"}
CAMPO_SUBSISTEMAS = "subsistemas"
SEPARADOR = "; "


def etiquetas_tipos():
    return {POTENCIALIDAD: tr("potentiality"), LIMITACION: tr("limitation"), APTITUD: tr("aptitude")}


@dataclass
class Regla:
    variable: str
    clase: str
    tipo: str
    etiqueta: str
    subsistema: str = ""


def reglas_predeterminadas() -> List[Regla]:
    """Starting rules for the default dictionary (``diccionario/predeterminado.py``)."""
    servicios = "servicios ecosistémicos"
    reglas = [Regla("COB", c, POTENCIALIDAD, servicios, FISICO_BIOLOGICO) for c in ("1", "2", "3", "4")]
    reglas += [
        Regla("COB", "1", POTENCIALIDAD, "aprovechamiento forestal sostenible", ECONOMICO_PRODUCTIVO),
        Regla("COB", "3", LIMITACION, "suelos hidromórficos", FISICO_BIOLOGICO),
        Regla("COB", "5", APTITUD, "recuperación de la cobertura", FISICO_BIOLOGICO),
        Regla("COB", "6", POTENCIALIDAD, "producción agropecuaria", ECONOMICO_PRODUCTIVO),
        Regla("COB", "7", POTENCIALIDAD, "servicios y equipamiento urbano", SOCIO_CULTURAL),
        Regla("COB", "8", POTENCIALIDAD, "recursos hídricos y pesca", ECONOMICO_PRODUCTIVO),
        Regla("PEL_INU", "MA", LIMITACION, "peligro de inundación", FISICO_BIOLOGICO),
        Regla("PEL_INU", "A", LIMITACION, "peligro de inundación", FISICO_BIOLOGICO),
        Regla("ZEE", "ZP", APTITUD, "productiva", ECONOMICO_PRODUCTIVO),
        Regla("ZEE", "ZPC", APTITUD, "protección y conservación ecológica", FISICO_BIOLOGICO),
        Regla("ZEE", "ZTE", APTITUD, "tratamiento especial", SOCIO_CULTURAL),
        Regla("ZEE", "ZR", APTITUD, "recuperación", FISICO_BIOLOGICO),
        Regla("ZEE", "ZUI", APTITUD, "urbano-industrial", ECONOMICO_PRODUCTIVO),
        Regla("CONF_USO", "SOB", LIMITACION, "sobreuso de la tierra", POLITICO_INSTITUCIONAL),
        Regla("CONF_USO", "ANP", LIMITACION, "uso incompatible en área natural protegida", POLITICO_INSTITUCIONAL),
        Regla("CONF_USO", "SUP", LIMITACION, "superposición de derechos", POLITICO_INSTITUCIONAL),
    ]
    for situacion in ("TIT", "PRO", "REC"):
        reglas.append(Regla("CCNN", situacion, POTENCIALIDAD, "territorio y saberes de los pueblos indígenas", SOCIO_CULTURAL))
        reglas.append(Regla("CCNN", situacion, LIMITACION, "derechos territoriales de comunidades nativas", POLITICO_INSTITUCIONAL))
    for reserva in ("RT", "RI", "RE"):
        reglas.append(Regla("RT_PIACI", reserva, LIMITACION, "intangibilidad: pueblos en aislamiento", POLITICO_INSTITUCIONAL))
        reglas.append(Regla("RT_PIACI", reserva, APTITUD, "tratamiento especial", SOCIO_CULTURAL))
    for categoria in ("PN", "SN", "RN", "RC", "BP", "ZR", "ACR", "ACP"):
        reglas.append(Regla("ANP", categoria, POTENCIALIDAD, "conservación de la biodiversidad", FISICO_BIOLOGICO))
        reglas.append(Regla("ANP", categoria, LIMITACION, "uso restringido (área natural protegida)", POLITICO_INSTITUCIONAL))
    return reglas


# -- the rules table -----------------------------------------------------------------------------
def cargar_reglas(store) -> List[Regla]:
    with store.connect(readonly=True) as conn:
        rows = conn.execute("SELECT variable, clase, tipo, etiqueta, subsistema FROM pot_caracterizacion ORDER BY fid")
        return [Regla(r["variable"], r["clase"], r["tipo"], r["etiqueta"], r["subsistema"] or "") for r in rows]


def guardar_reglas(store, reglas: List[Regla]) -> int:
    """Replace all the rules (one transaction). Raises PotError naming the first bad rule."""
    vistas = set()
    for regla in reglas:
        if regla.tipo not in TIPOS:
            raise PotError(
                tr("Rule {variable}={clase}: the kind must be potencialidad, limitacion or aptitud, not “{tipo}”.").format(
                    variable=regla.variable, clase=regla.clase, tipo=regla.tipo
                )
            )
        if not regla.variable.strip() or not regla.clase.strip() or not regla.etiqueta.strip():
            raise PotError(tr("Every rule needs a variable, a class and a label."))
        vistas.add((regla.variable, regla.clase, regla.tipo, regla.etiqueta))
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_caracterizacion")
        conn.executemany(
            "INSERT OR IGNORE INTO pot_caracterizacion (variable, clase, tipo, etiqueta, subsistema) VALUES (?, ?, ?, ?, ?)",
            [(r.variable.strip(), r.clase.strip(), r.tipo, r.etiqueta.strip(), r.subsistema) for r in reglas],
        )
    return len(vistas)


def reglas_o_predeterminadas(store) -> List[Regla]:
    """The POT's rules; an empty table is first filled with the default ones."""
    reglas = cargar_reglas(store)
    if not reglas:
        guardar_reglas(store, reglas_predeterminadas())
        reglas = cargar_reglas(store)
    return reglas


# -- tagging ------------------------------------------------------------------------------------
def _texto(valor):
    if valor is None or (hasattr(valor, "isNull") and valor.isNull()):
        return None
    if isinstance(valor, float) and valor.is_integer():
        return str(int(valor))
    return str(valor)


def _clase(variable, valor):
    """The rule key of a value: the class code (categorical) or the break's label (numeric)."""
    texto = _texto(valor)
    if texto is None or variable is None:
        return texto
    if variable.es_categorica:
        return texto
    clase = variable.clase_de(texto)
    return clase.etiqueta if clase is not None else None


def caracterizar(store, layer: QgsVectorLayer, capa: str, campos: Dict[str, str] = None, feedback=None) -> dict:
    """Tag the units of the POT layer ``capa`` and write its summary. ``campos``: field → variable
    (default: the fields bound in ``pot_campos``). Returns the summary dict."""
    from ..diccionario import repositorio, vinculos

    campos = dict(campos or vinculos.campos_vinculados(store, capa))
    if not campos:
        raise PotError(
            tr("No field of “{layer}” is linked to a dictionary variable. In the panel “Current model”, register the DIT "
               "layers with the field that holds each variable (section 1) and build the units again (section 3); or link a "
               "field with the Processing algorithm “Link field to variable”.").format(layer=capa)
        )
    faltan = [c for c in campos if layer.fields().indexOf(c) < 0]
    if faltan:
        raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=capa, field=faltan[0]))
    variables = {v.codigo: v for v in repositorio.cargar(store)}
    reglas: Dict[tuple, List[Regla]] = {}
    for regla in reglas_o_predeterminadas(store):
        reglas.setdefault((regla.variable, regla.clase), []).append(regla)

    proveedor = layer.dataProvider()
    nuevos = [compat.campo(n) for n in list(CAMPOS.values()) + [CAMPO_SUBSISTEMAS] if layer.fields().indexOf(n) < 0]
    if nuevos and not proveedor.addAttributes(nuevos):
        raise PotError(tr("The layer “{layer}” cannot get the characterisation fields (read-only?).").format(layer=capa))
    layer.updateFields()
    indices = {t: layer.fields().indexOf(n) for t, n in CAMPOS.items()}
    indice_sub = layer.fields().indexOf(CAMPO_SUBSISTEMAS)
    indice_area = layer.fields().indexOf("area_ha")

    por_clase: Dict[tuple, list] = {}
    por_etiqueta: Dict[tuple, list] = {}
    cambios = {}
    for n, entidad in enumerate(layer.getFeatures()):
        if feedback is not None and n % 1000 == 0 and feedback.isCanceled():
            raise PotError(tr("The characterisation was cancelled."))
        area = entidad[indice_area] if indice_area >= 0 else None
        area = float(area) if isinstance(area, (int, float)) else entidad.geometry().area() / 10000.0
        etiquetas = {t: [] for t in TIPOS}
        subsistemas = []
        for campo, codigo in campos.items():
            variable = variables.get(codigo)
            clase = _clase(variable, entidad[campo])
            if clase is None:
                continue
            dimension = variable.dimension if variable is not None else ""
            suma = por_clase.setdefault((codigo, clase, dimension), [0, 0.0])
            suma[0] += 1
            suma[1] += area
            for regla in reglas.get((codigo, clase), []):
                if regla.etiqueta not in etiquetas[regla.tipo]:
                    etiquetas[regla.tipo].append(regla.etiqueta)
                    suma = por_etiqueta.setdefault((regla.tipo, regla.etiqueta, regla.subsistema), [0, 0.0])
                    suma[0] += 1
                    suma[1] += area
                if regla.subsistema and regla.subsistema not in subsistemas:
                    subsistemas.append(regla.subsistema)
        valores = {indices[t]: SEPARADOR.join(etiquetas[t]) or None for t in TIPOS}
        valores[indice_sub] = SEPARADOR.join(subsistemas) or None
        cambios[entidad.id()] = valores
    if cambios and not proveedor.changeAttributeValues(cambios):
        raise PotError(tr("The layer “{layer}” cannot be written (read-only?).").format(layer=capa))

    filas = [(capa, "clase", var, clase, sub, u, round(a, 4)) for (var, clase, sub), (u, a) in sorted(por_clase.items())]
    filas += [(capa, tipo, "", etiqueta, sub, u, round(a, 4)) for (tipo, etiqueta, sub), (u, a) in sorted(por_etiqueta.items())]
    with store.connect() as conn:
        conn.execute("DELETE FROM pot_modelo_resumen WHERE capa = ?", (capa,))
        conn.executemany(
            "INSERT INTO pot_modelo_resumen (capa, grupo, variable, clave, subsistema, unidades, area_ha) VALUES (?, ?, ?, ?, ?, ?, ?)",
            filas,
        )
    return {"unidades": len(cambios), "filas": len(filas)}


def resumen(store, capa: str) -> List[dict]:
    with store.connect(readonly=True) as conn:
        rows = conn.execute(
            "SELECT grupo, variable, clave, subsistema, unidades, area_ha FROM pot_modelo_resumen WHERE capa = ? ORDER BY fid", (capa,)
        )
        return [dict(r) for r in rows]
