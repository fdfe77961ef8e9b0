"""Areas by class of a dictionary variable, inside the ámbito, in the POT's CRS, each hectare
counted once — however many layers carry the variable and however they overlap.

The layers linked to the variable are overlaid with the ámbito by the synthesis's exact overlay
(modelo_actual/sintesis_superposicion.py); where layers overlap, the one registered first in the POT
gives the class (the modelo actual's units follow the same rule), and inside one layer the first
feature. Derived layers (the modelo actual's units and versions) only count where no source layer
carries the variable.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsProject, QgsVectorLayer

from ..core.errors import PotError
from ..core.i18n import tr
from ..modelo_actual.sintesis import limpiar_geometria
from ..modelo_actual.sintesis_superposicion import Superposicion

DERIVADAS = "modelo_actual"  # name prefix of the units and their versions
ESCENARIOS = "escenario_"  # name prefix of the scenarios' layers (prospectiva.capa_escenario): the future, never today's areas


@dataclass
class AreasVariable:
    variable: str
    capas: list  # the layers that carry it, in precedence order
    areas_m2: dict = field(default_factory=dict)  # class value → m²
    ambito_m2: float = 0.0  # area of the ámbito (0 when the POT has none)


def _contexto(contexto):
    """The transform context given (read in the main thread when the caller runs in a worker), else the project's."""
    return contexto if contexto is not None else QgsProject.instance().transformContext()


def _leer(store, capa, campo, crs, contexto=None):
    layer = QgsVectorLayer(store.layer_uri(capa), capa, "ogr")
    if not layer.isValid():
        raise PotError(tr("The layer “{layer}” of {path} cannot be read.").format(layer=capa, path=store.path))
    indice = layer.fields().indexFromName(campo)
    if indice < 0:
        raise PotError(tr("The layer “{layer}” has no field “{field}” (listed in pot_campos).").format(layer=capa, field=campo))
    pedido = QgsFeatureRequest()
    if crs is not None and crs.isValid() and layer.crs().isValid() and layer.crs() != crs:
        pedido.setDestinationCrs(crs, _contexto(contexto))
    geometrias, valores = [], []
    for entidad in layer.getFeatures(pedido):
        geometria, _ = limpiar_geometria(entidad.geometry())
        valor = entidad[indice]
        if geometria is None or valor is None or str(valor) in ("", "NULL"):
            continue
        geometrias.append(geometria)
        valores.append(str(int(valor)) if isinstance(valor, float) and valor.is_integer() else str(valor))  # novermin
    return geometrias, valores


def ambito(store, crs, nombre: str = "ambito", contexto=None):
    """The ámbito as one geometry in ``crs`` (None without an ámbito layer); ``contexto``: the
    QgsCoordinateTransformContext (the project's when None)."""
    if nombre not in store.spatial_layers():
        return None
    layer = QgsVectorLayer(store.layer_uri(nombre), nombre, "ogr")
    partes = []
    transformar = QgsCoordinateTransform(layer.crs(), crs, _contexto(contexto)) if crs.isValid() and layer.crs() != crs else None
    for entidad in layer.getFeatures():
        geometria, _ = limpiar_geometria(entidad.geometry())
        if geometria is not None:
            if transformar is not None:
                geometria.transform(transformar)
            partes.append(geometria)
    if not partes:
        return None
    from qgis.core import QgsGeometry

    union = QgsGeometry.unaryUnion(partes) if len(partes) > 1 else partes[0]
    return union if union.isGeosValid() else union.makeValid()


def enlaces_por_variable(store) -> dict:
    """{variable: [(layer, field)]} of the polygon layers linked to each variable, in the POT's
    registration order; derived layers (units, versions) only when no source layer carries it; the
    scenarios' layers never (they map the future)."""
    orden = {r["capa"]: i for i, r in enumerate(store.registered_layers())}
    existentes = set(store.spatial_layers())
    with store.connect(readonly=True) as conn:
        tipos = {t: (g or "").upper() for t, g in conn.execute("SELECT table_name, geometry_type_name FROM gpkg_geometry_columns")}
        enlaces = [dict(r) for r in conn.execute("SELECT capa, campo, variable FROM pot_campos ORDER BY fid")]
    por_variable = {}
    for enlace in sorted(enlaces, key=lambda e: orden.get(e["capa"], len(orden))):
        tipo = tipos.get(enlace["capa"], "")
        if enlace["capa"] in existentes and ("POLYGON" in tipo or tipo == "GEOMETRY") and not enlace["capa"].startswith(ESCENARIOS):
            por_variable.setdefault(enlace["variable"], []).append((enlace["capa"], enlace["campo"]))
    for variable, lista in por_variable.items():
        fuentes = [e for e in lista if not e[0].startswith(DERIVADAS)]
        por_variable[variable] = fuentes or lista[:1]
    return por_variable


def areas_de_variable(store, variable: str, enlaces, crs, geometria_ambito=None, contexto=None) -> AreasVariable:
    """The area of each class of ``variable`` over ``enlaces`` [(layer, field)], inside the ámbito."""
    capas, clases = [], []
    for capa, campo in enlaces:
        geometrias, valores = _leer(store, capa, campo, crs, contexto)
        capas.append(geometrias)
        clases.append(valores)
    resultado = AreasVariable(variable, [c for c, _ in enlaces],
                              ambito_m2=geometria_ambito.area() if geometria_ambito is not None else 0.0)
    if not any(capas):
        return resultado
    for cara, clave in Superposicion(capas, geometria_ambito).caras():
        k = next(i for i, indice in enumerate(clave) if indice >= 0)  # the first layer with a value decides
        valor = clases[k][clave[k]]
        resultado.areas_m2[valor] = resultado.areas_m2.get(valor, 0.0) + cara.area()
    return resultado
