"""Each scenario on the map: a POT layer of the territorial units with that scenario's values.

``crear`` writes (or refreshes) ``escenario_<code>``: the geometry, ``pot_uid`` and ``area_ha`` of the
POT's units layer (``modelo_actual_unidades`` by default) and one field per mapped variable — the
units' fields linked to prospective variables (all linked fields when the model has none yet), plus
the variables whose values are given (e.g. a trend projection joined by ``pot_uid``). Values come, in
order of precedence: the given values; on a refresh, what the team already edited in the scenario
layer; the units' current values. Fields are linked to the dictionary (forms offer its classes) and
the layer is styled from it, so scenarios compare side by side on the map; ``tabla_comparativa``
compares them (and the current model) in a table: area per class, sum and area-weighted mean.
"""
from __future__ import annotations

from typing import Dict, List, Optional

from qgis.core import QgsFeature, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..diccionario import repositorio, vinculos
from ..diccionario.estilo import aplicar_estilo
from ..store.capas import nombre_de_capa
from ..store.escritura import Escritura
from . import escenarios, variables
from .series import areas_ha

CAPA_UNIDADES = "modelo_actual_unidades"
PREFIJO = "escenario_"
GRUPO = "escenarios"
ACTUAL = "actual"


def nombre_capa(codigo: str) -> str:
    return nombre_de_capa(PREFIJO + codigo.lower())


def _nulo(valor) -> bool:
    return valor is None or (isinstance(valor, QVariant) and valor.isNull())


def campos_mapeados(store, capa_unidades: str) -> Dict[str, str]:
    """field → variable of the units layer that a scenario maps: the fields linked to prospective
    variables, or every linked field when none is one."""
    vinculados = vinculos.campos_vinculados(store, capa_unidades)
    prospectivas = {v.variable for v in variables.cargar(store)}
    elegidos = {c: v for c, v in vinculados.items() if v in prospectivas}
    return elegidos or vinculados


def _existentes(store, nombre: str) -> Dict[str, dict]:
    if nombre not in store.spatial_layers():
        return {}
    capa = QgsVectorLayer(store.layer_uri(nombre), nombre, "ogr")
    if not capa.isValid() or capa.fields().indexOf(vinculos.UID) < 0:
        return {}
    nombres = capa.fields().names()
    return {str(f[vinculos.UID]): {n: f[n] for n in nombres} for f in capa.getFeatures()}


def crear(store, codigo: str, unidades: QgsVectorLayer, capa_unidades: str = CAPA_UNIDADES,
          campos: Optional[Dict[str, str]] = None, valores: Optional[Dict[str, Dict[str, object]]] = None,
          conservar: bool = True, estilo_variable: str = "", contexto=None) -> dict:
    """Write the layer of scenario ``codigo``. ``campos``: units field → variable (default
    ``campos_mapeados``); ``valores``: variable → {unit pot_uid: value} that override the others.
    Returns {"capa", "layer", "campos" (field → variable), "sin_clase" (variable → values without a class),
    "editadas" (values kept from the team's edits)}."""
    escenario = escenarios.obtener(store, codigo)
    if unidades is None or not unidades.isValid():
        raise PotError(tr("The units layer “{layer}” cannot be read.").format(layer=capa_unidades))
    if unidades.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise PotError(tr("The layer “{layer}” is not a polygon layer; the units must be polygons.").format(layer=capa_unidades))
    if unidades.fields().indexOf(vinculos.UID) < 0:
        raise PotError(tr("The units layer “{layer}” has no pot_uid field: add it to the POT first.").format(layer=capa_unidades))
    campos = dict(campos if campos is not None else campos_mapeados(store, capa_unidades))
    valores = dict(valores or {})
    diccionario = {v.codigo: v for v in repositorio.cargar(store)}
    for campo in campos:
        if unidades.fields().indexOf(campo) < 0:
            raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=capa_unidades, field=campo))
    destino = {}  # field in the scenario layer → variable
    for campo, variable in campos.items():
        destino[campo.lower()] = variable
    for variable in valores:
        if variable not in diccionario:
            raise PotError(tr("Values given for “{code}”, which is not a variable of the dictionary.").format(code=variable))
        if variable not in destino.values():
            destino[variable.lower()] = variable
    if not destino:
        raise PotError(tr("No variable to map in scenario {code}: link fields of “{layer}” to the dictionary, or give values.").format(
            code=codigo, layer=capa_unidades))
    nombre = nombre_capa(codigo)
    if not estilo_variable:  # a refresh keeps the variable the layer was styled by
        anterior = next((r["variable"] for r in store.registered_layers() if r["capa"] == nombre), "")
        estilo_variable = anterior if anterior in destino.values() and diccionario.get(anterior) and diccionario[anterior].clases else ""
    estilo = _variable_de_estilo(destino, diccionario, estilo_variable)  # checked before anything is written
    origen_de = {campo.lower(): campo for campo in campos}
    previas = _existentes(store, nombre) if conservar else {}

    uri = f"{QgsWkbTypes.displayString(unidades.wkbType())}?crs={unidades.crs().authid()}"
    memoria = QgsVectorLayer(uri, nombre, "memory")
    tipos = {c: ("real" if not diccionario.get(v) or not diccionario[v].es_categorica else "texto") for c, v in destino.items()}
    memoria.dataProvider().addAttributes(
        [compat.campo(vinculos.UID, largo=38), compat.campo("area_ha", "real")] + [compat.campo(c, tipos[c]) for c in destino])
    memoria.updateFields()
    area = areas_ha(unidades, [f.id() for f in unidades.getFeatures()])
    editadas = 0
    entidades = []
    for k, unidad in enumerate(unidades.getFeatures()):
        uid = str(unidad[vinculos.UID])
        entidad = QgsFeature(memoria.fields())
        entidad.setGeometry(unidad.geometry())
        atributos = [uid, float(area[k])]
        previa = previas.get(uid, {})
        for campo, variable in destino.items():
            valor = None
            if campo in origen_de:
                valor = unidad[origen_de[campo]]
            if campo in previa and not _nulo(previa[campo]):
                if not (campo in origen_de and previa[campo] == valor):
                    editadas += 1
                valor = previa[campo]
            if variable in valores and uid in valores[variable]:
                valor = valores[variable][uid]
            atributos.append(None if _nulo(valor) else (str(valor) if tipos[campo] == "texto" else _real(valor, campo, uid)))
        entidad.setAttributes(atributos)
        entidades.append(entidad)
    memoria.dataProvider().addFeatures(entidades)

    titulo = escenarios.con_nombre(escenario.nombre, "{scenario}", trd("Scenario: {name}"))
    titulo = titulo[:1].upper() + titulo[1:]
    # One write: the layer, its bindings, links, style and form, its registry row (with the variable it is
    # styled by: its map sheet shows that variable, see salidas.catalogo) and the scenario's pointer to it.
    with Escritura(store) as escritura:
        preparada = escritura.capa(memoria, nombre, "fase1", titulo, True, contexto, conservar_vinculos=False)
        provisional = escritura.nombre_provisional(preparada)
        sin_clase = {}
        for campo, variable in destino.items():
            faltan = vinculos.vincular_campo(escritura.vista, preparada, provisional, campo, variable)
            if faltan:
                sin_clase[variable] = faltan
        vinculos.sincronizar(escritura.vista, preparada, provisional)
        vinculos.configurar_formulario(preparada, escritura.vista, provisional)
        if estilo:
            campo_estilo = next(c for c, v in destino.items() if v == estilo)
            aplicar_estilo(preparada, campo_estilo, diccionario[estilo])

        def registrar(conn, nombres):
            conn.execute("UPDATE pot_capas SET grupo = ?, variable = ? WHERE capa = ?", (GRUPO, estilo, nombres[provisional]))
            conn.execute("UPDATE pot_prosp_escenarios SET capa = ? WHERE codigo = ?", (nombres[provisional], codigo))

        escritura.al_confirmar(registrar)
        escritura.confirmar()
    nueva = QgsVectorLayer(store.layer_uri(nombre), titulo, "ogr")
    return {"capa": nombre, "layer": nueva, "campos": destino, "sin_clase": sin_clase, "editadas": editadas, "estilo": estilo}


def _real(valor, campo, uid):
    try:
        return float(valor)
    except (TypeError, ValueError):
        raise PotError(tr("Unit {unit}: “{value}” for {field} is not a number.").format(unit=uid, value=valor, field=campo)) from None


def _variable_de_estilo(destino: Dict[str, str], diccionario, pedida: str) -> str:
    if pedida:
        if pedida not in destino.values():
            raise PotError(tr("The scenario layer does not map the variable “{code}” chosen for its style.").format(code=pedida))
        if not diccionario[pedida].clases:
            raise PotError(tr("The variable “{code}” has no classes or breaks in the dictionary; add them before styling by it.").format(
                code=pedida))
        return pedida
    return next((v for v in destino.values() if v in diccionario and diccionario[v].clases), "")


# -- comparison ---------------------------------------------------------------------------------------------
def _resumen(store, capa: str) -> Dict[str, dict]:
    """variable → {"clases": {code: ha}} or {"suma", "media", "area"} for one POT layer."""
    layer = QgsVectorLayer(store.layer_uri(capa), capa, "ogr")
    if not layer.isValid():
        return {}
    campos = vinculos.campos_vinculados(store, capa)
    diccionario = {v.codigo: v for v in repositorio.cargar(store)}
    fids = [f.id() for f in layer.getFeatures()]
    area = dict(zip(fids, areas_ha(layer, fids)))
    resumen: Dict[str, dict] = {}
    for entidad in layer.getFeatures():
        a = area[entidad.id()]
        for campo, variable in campos.items():
            if layer.fields().indexOf(campo) < 0:
                continue
            valor = entidad[campo]
            if _nulo(valor):
                continue
            datos = resumen.setdefault(variable, {"clases": {}, "suma": 0.0, "ponderada": 0.0, "area": 0.0})
            definicion = diccionario.get(variable)
            if definicion is None or definicion.es_categorica:
                texto = str(int(valor)) if isinstance(valor, float) and valor.is_integer() else str(valor)
                datos["clases"][texto] = datos["clases"].get(texto, 0.0) + a
            else:
                datos["suma"] += float(valor)
                datos["ponderada"] += float(valor) * a
                datos["area"] += a
    return resumen


def tabla_comparativa(store, codigos: Optional[List[str]] = None, capa_base: str = CAPA_UNIDADES) -> dict:
    """Scenarios × variables: {"columnas": [{"codigo", "nombre", "capa"}] (the current model first when
    ``capa_base`` exists), "filas": [{"variable", "nombre", "clase", "etiqueta", "medida", "unidad",
    "valores": {column code: value}}]}. Categorical variables give one row per class (``medida``
    "area_ha"); numeric ones two rows, "suma" and "media_ponderada" (weighted by area)."""
    columnas = []
    if capa_base and capa_base in store.spatial_layers():
        columnas.append({"codigo": ACTUAL, "nombre": trd("Current model"), "capa": capa_base})
    for escenario in escenarios.cargar_escenarios(store):
        if codigos is not None and escenario.codigo not in codigos:
            continue
        if escenario.capa and escenario.capa in store.spatial_layers():
            columnas.append({"codigo": escenario.codigo, "nombre": escenario.nombre, "capa": escenario.capa})
    resumenes = {c["codigo"]: _resumen(store, c["capa"]) for c in columnas}
    diccionario = repositorio.cargar(store)
    filas = []
    for variable in diccionario:
        if not any(variable.codigo in r for r in resumenes.values()):
            continue
        if variable.es_categorica:
            clases = [c.codigo for c in variable.clases]
            otras = sorted({k for r in resumenes.values() for k in r.get(variable.codigo, {}).get("clases", {})} - set(clases))
            etiquetas = {c.codigo: c.etiqueta for c in variable.clases}
            for clase in clases + otras:
                valores = {col: resumenes[col].get(variable.codigo, {}).get("clases", {}).get(clase, 0.0) for col in resumenes}
                if any(valores.values()):
                    filas.append({"variable": variable.codigo, "nombre": variable.nombre, "clase": clase,
                                  "etiqueta": etiquetas.get(clase, clase), "medida": "area_ha", "unidad": "ha", "valores": valores})
        else:
            for medida, etiqueta in (("suma", trd("total")), ("media_ponderada", trd("area-weighted mean"))):
                valores = {}
                for col, r in resumenes.items():
                    datos = r.get(variable.codigo)
                    if not datos:
                        valores[col] = None
                    elif medida == "suma":
                        valores[col] = datos["suma"]
                    else:
                        valores[col] = datos["ponderada"] / datos["area"] if datos["area"] else None
                filas.append({"variable": variable.codigo, "nombre": variable.nombre, "clase": "", "etiqueta": etiqueta,
                              "medida": medida, "unidad": variable.unidad, "valores": valores})
    return {"columnas": columnas, "filas": filas}
