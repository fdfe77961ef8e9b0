"""Every POT feature linked to the dictionary.

A POT layer's feature carries a stable id (text field ``pot_uid``). A field bound to a dictionary
variable is listed in ``pot_campos``; ``sincronizar`` mirrors the bound values into ``pot_vinculos``
(layer, feature, variable, value, source, year), which legends, tables and the memoria read.
The attribute form shows each bound field under the variable's name, with the dictionary's classes as
a value list for categorical variables.
"""
import re
import uuid
from typing import Dict, List

from qgis.core import QgsEditorWidgetSetup, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from . import repositorio
from .modelo import Variable

UID = "pot_uid"
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def campos_vinculados(store, capa: str) -> Dict[str, str]:
    """field → variable code, for one POT layer."""
    with store.connect(readonly=True) as conn:
        rows = conn.execute("SELECT campo, variable FROM pot_campos WHERE capa = ? ORDER BY fid", (capa,))
        return {row["campo"]: row["variable"] for row in rows}


def es_uid(valor) -> bool:
    """Whether ``valor`` is an identifier the plugin gives: a UUID as text."""
    return isinstance(valor, str) and bool(_UUID.fullmatch(valor))


def asegurar_uid(layer: QgsVectorLayer) -> int:
    """Give the layer a ``pot_uid`` field and a UUID to every feature lacking one (or holding anything
    else: a number, a repeated id, a foreign code). Returns how many got one."""
    provider = layer.dataProvider()
    if layer.fields().indexOf(UID) < 0:
        if not provider.addAttributes([compat.campo(UID, largo=38)]):
            raise PotError(tr("The layer “{layer}” cannot get the identifier field pot_uid (read-only?).").format(layer=layer.name()))
        layer.updateFields()
    indice = layer.fields().indexOf(UID)
    if layer.fields().at(indice).type() != compat.tipo_campo("texto"):
        raise PotError(
            tr("The field pot_uid of “{layer}” is not text; add the layer to the POT again to give it the POT's identifiers.").format(
                layer=layer.name()
            )
        )
    cambios = {}
    vistos = set()
    for feature in layer.getFeatures():
        valor = feature[UID]
        if not es_uid(valor) or valor in vistos:  # also repairs ids duplicated by copy-paste
            cambios[feature.id()] = {indice: str(uuid.uuid4())}
        else:
            vistos.add(valor)
    if cambios and not provider.changeAttributeValues(cambios):
        raise PotError(tr("The layer “{layer}” cannot be written to give its features an identifier.").format(layer=layer.name()))
    return len(cambios)


def vincular_campo(store, layer: QgsVectorLayer, capa: str, campo: str, codigo: str) -> List[str]:
    """Bind ``campo`` of a POT layer to a variable. Returns the values that have no class in the dictionary."""
    variable = repositorio.obtener(store, codigo)
    if layer.fields().indexOf(campo) < 0:
        raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=capa, field=campo))
    with store.connect() as conn:
        conn.execute(
            "INSERT INTO pot_campos (capa, campo, variable) VALUES (?, ?, ?)"
            " ON CONFLICT (capa, campo) DO UPDATE SET variable = excluded.variable",
            (capa, campo, codigo),
        )
    return valores_sin_clase(layer, campo, variable)


def valores_sin_clase(layer: QgsVectorLayer, campo: str, variable: Variable) -> List[str]:
    if not variable.clases:
        return []
    indice = layer.fields().indexOf(campo)
    sin_clase = {str(v) for v in layer.uniqueValues(indice) if v not in (None, "") and not _es_nulo(v)}
    return sorted(v for v in sin_clase if variable.clase_de(v) is None)


def _es_nulo(valor) -> bool:
    return isinstance(valor, QVariant) and valor.isNull()


def _texto(valor):
    if valor is None or _es_nulo(valor):
        return None
    if isinstance(valor, float) and valor.is_integer():
        return str(int(valor))
    return str(valor)


def sincronizar(store, layer: QgsVectorLayer, capa: str) -> int:
    """Rewrite the links of one layer from its bound fields. Returns the number of links."""
    vinculados = campos_vinculados(store, capa)
    if not vinculados:
        return 0
    filas = _filas(layer, capa, vinculados, {v.codigo: v for v in repositorio.cargar(store)})
    with store.connect() as conn:
        _escribir_vinculos(conn, capa, filas)
    return len(filas)


def _filas(layer, capa, vinculados: Dict[str, str], variables) -> list:
    filas = []
    for feature in layer.getFeatures():
        uid = feature[UID] if layer.fields().indexOf(UID) >= 0 else None
        if not uid or _es_nulo(uid):
            continue
        for campo, codigo in vinculados.items():
            variable = variables.get(codigo)
            valor = _texto(feature[campo]) if layer.fields().indexOf(campo) >= 0 else None
            if variable is not None and valor is not None:
                filas.append((capa, str(uid), codigo, valor, variable.fuente, variable.anio))
    return filas


def _escribir_vinculos(conn, capa, filas) -> None:
    conn.execute("DELETE FROM pot_vinculos WHERE capa = ?", (capa,))
    conn.executemany(
        "INSERT OR REPLACE INTO pot_vinculos (capa, entidad, variable, valor, fuente, anio) VALUES (?, ?, ?, ?, ?, ?)",
        filas,
    )


def vincular(store, layer: QgsVectorLayer, capa: str, campo: str, codigo: str, estilo_qml: str, descripcion: str):
    """Bind ``campo`` to a variable, rewrite the layer's links and store its style, in one transaction
    with the stored QGIS project (which shows that style). Returns (values without a class, links)."""
    from ..store.estilos import aplicar_qml, escribir_estilo
    from ..store.proyecto_qgis import escribir_con_proyecto

    variable = repositorio.obtener(store, codigo)
    if layer.fields().indexOf(campo) < 0:
        raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=capa, field=campo))
    vinculados = dict(campos_vinculados(store, capa), **{campo: codigo})
    filas = _filas(layer, capa, vinculados, {v.codigo: v for v in repositorio.cargar(store)})

    def estilo_en_proyecto(edicion):
        nueva = QgsVectorLayer(store.layer_uri(capa), capa, "ogr")
        aplicar_qml(nueva, estilo_qml)
        edicion.reescribir(capa, nueva)

    def escribir(conn):
        conn.execute(
            "INSERT INTO pot_campos (capa, campo, variable) VALUES (?, ?, ?)"
            " ON CONFLICT (capa, campo) DO UPDATE SET variable = excluded.variable",
            (capa, campo, codigo),
        )
        _escribir_vinculos(conn, capa, filas)
        escribir_estilo(conn, capa, estilo_qml, descripcion)
        return None, {}

    escribir_con_proyecto(store, estilo_en_proyecto, escribir)
    return valores_sin_clase(layer, campo, variable), len(filas)


def configurar_formulario(layer: QgsVectorLayer, store, capa: str, ademas: Dict[str, str] = None) -> None:
    """Field aliases and widgets from the dictionary: a value list for categorical variables.
    ``ademas``: bindings {field: variable} about to be written, shown as if they were."""
    variables = {v.codigo: v for v in repositorio.cargar(store)}
    indice_uid = layer.fields().indexOf(UID)
    if indice_uid >= 0:
        layer.setEditorWidgetSetup(indice_uid, QgsEditorWidgetSetup("Hidden", {}))
        layer.setDefaultValueDefinition(indice_uid, _default_uuid())
    for campo, codigo in dict(campos_vinculados(store, capa), **(ademas or {})).items():
        indice = layer.fields().indexOf(campo)
        variable = variables.get(codigo)
        if indice < 0 or variable is None:
            continue
        alias = variable.nombre + (f" ({variable.unidad})" if variable.unidad else "")
        layer.setFieldAlias(indice, alias)
        if variable.es_categorica and variable.clases:
            mapa = [{f"{c.codigo} – {c.etiqueta}": c.codigo} for c in variable.clases]
            layer.setEditorWidgetSetup(indice, QgsEditorWidgetSetup("ValueMap", {"map": mapa}))


def _default_uuid():
    from qgis.core import QgsDefaultValue

    # New features drawn by the user get their stable id without any plugin code running.
    return QgsDefaultValue("substr(uuid(), 2, 36)", False)
