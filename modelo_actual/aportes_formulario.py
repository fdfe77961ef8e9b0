"""The attribute form of the contributions layers, for QGIS's own forms (identify, attribute table,
"Add feature") and the dock's map tool alike: Spanish aliases, a value list for ``estado``, today's
date and the recorder's name filled in, ``texto`` required, the internal ``fid`` and ``pot_uid``
hidden. Saved as the layers' default style in the POT, so every project that opens them gets it."""
from __future__ import annotations

from qgis.core import (
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsExpression,
    QgsFieldConstraints,
    QgsVectorLayer,
)

from ..core.i18n import idioma_de_documentos, trd
from . import aportes


def alias() -> dict:
    return {
        "texto": trd("Contribution"), "autor": trd("Author"), "institucion": trd("Institution"), "taller": trd("Workshop"),
        "fecha": trd("Date"), "estado": trd("Status"), "respuesta": trd("Reply of the technical team"),
    }


def etiquetas_estados_documento() -> dict:
    return {aportes.PENDIENTE: trd("pending"), aportes.INCORPORADO: trd("incorporated"), aportes.DESCARTADO: trd("discarded")}


def configurado(layer: QgsVectorLayer) -> bool:
    indice = layer.fields().indexOf("estado")
    return indice >= 0 and layer.editorWidgetSetup(indice).type() == "ValueMap"


def configurar(layer: QgsVectorLayer) -> None:
    """Set up the form of a contributions layer."""
    campos = layer.fields()

    def indice(nombre):
        return campos.indexOf(nombre)

    for nombre in ("fid", "pot_uid"):
        if indice(nombre) >= 0:
            layer.setEditorWidgetSetup(indice(nombre), QgsEditorWidgetSetup("Hidden", {}))
    if indice("pot_uid") >= 0:
        layer.setDefaultValueDefinition(indice("pot_uid"), QgsDefaultValue("substr(uuid(), 2, 36)", False))
    for nombre, texto in alias().items():
        if indice(nombre) >= 0:
            layer.setFieldAlias(indice(nombre), texto)
    if indice("estado") >= 0:
        mapa = [{etiqueta: codigo} for codigo, etiqueta in etiquetas_estados_documento().items()]
        layer.setEditorWidgetSetup(indice("estado"), QgsEditorWidgetSetup("ValueMap", {"map": mapa}))
        layer.setDefaultValueDefinition(indice("estado"), QgsDefaultValue(QgsExpression.quotedString(aportes.PENDIENTE), False))
    if indice("fecha") >= 0:
        layer.setEditorWidgetSetup(indice("fecha"), QgsEditorWidgetSetup("DateTime", {
            "field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd", "calendar_popup": True, "allow_null": True}))
        layer.setDefaultValueDefinition(indice("fecha"), QgsDefaultValue("to_date(now())", False))
    if indice("respuesta") >= 0:  # empty rather than NULL in the form of a new contribution
        layer.setDefaultValueDefinition(indice("respuesta"), QgsDefaultValue("''", False))
    for nombre in ("texto", "respuesta"):
        if indice(nombre) >= 0:
            layer.setEditorWidgetSetup(indice(nombre), QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False}))
    if indice("texto") >= 0:
        layer.setFieldConstraint(indice("texto"), QgsFieldConstraints.ConstraintNotNull, QgsFieldConstraints.ConstraintStrengthHard)


def asegurar(store) -> list:
    """Give the POT's contributions layers this form as their default style, once. Returns the layers
    that got it (their copies in the open project then reload it)."""
    from ..store.capas import refrescar_estilos

    with idioma_de_documentos(store):
        hechas = _asegurar(store)
    if hechas:
        refrescar_estilos(store, hechas)
    return hechas


def _asegurar(store) -> list:
    from ..store.estilos import guardar_estilo_predeterminado

    hechas = []
    for nombre in aportes.CAPAS:
        if nombre not in store.spatial_layers():
            continue
        layer = QgsVectorLayer(store.layer_uri(nombre), nombre, "ogr")
        if not layer.isValid() or configurado(layer):
            continue
        configurar(layer)
        guardar_estilo_predeterminado(layer, trd("Contributions"))
        hechas.append(nombre)
    return hechas
