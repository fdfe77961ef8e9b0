"""Synthesis of the modelo actual: overlay of the DIT polygon layers into homogeneous territorial units.

``sintetizar(capas, ...)`` reads the layers (never modifying them), repairs what it can, brings
everything to one projected CRS, overlays the layers in one pass (``sintesis_superposicion``), merges
units below a minimum area (``sintesis_fusion``) and returns the units with the attributes of every
layer, prefixed per layer (``l1_``, ``l2_``…), plus ``area_ha``. The Processing algorithm
``pot:sintesis_modelo_actual`` writes them to its sink.
"""
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingFeatureSource,
    QgsProviderRegistry,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import compat, geos
from ..core.errors import PotError
from ..core.i18n import tr
from .sintesis_fusion import fusionar_pequenas
from .sintesis_superposicion import (
    Cancelado,
    FalloGeos,
    Superposicion,
    partes_poligonales,
)

LARGO_MAXIMO_CAMPO = 63  # GeoPackage/PostgreSQL identifiers
CAMPO_AREA = "area_ha"


@dataclass
class CapaLeida:
    """One input layer, read and cleaned, in the output CRS."""

    nombre: str
    prefijo: str
    indices: list  # source field indices copied to the output
    campos: list  # output QgsField (renamed)
    geometrias: list = field(default_factory=list)  # valid 2-D (multi)polygons
    atributos: list = field(default_factory=list)
    leidas: int = 0
    sin_geometria: int = 0
    reparadas: int = 0
    no_poligonales: int = 0  # features with no polygon part at all


@dataclass
class Sintesis:
    campos: QgsFields
    crs: QgsCoordinateReferenceSystem
    unidades: list  # [(QgsGeometry, key)]
    capas: list  # [CapaLeida]
    fusionadas: int = 0
    area_fusionada_ha: float = 0.0
    aisladas: int = 0
    teselas: int = 0
    zonales: list = field(default_factory=list)  # [Zonales], one per raster, in field order
    extras: list = field(default_factory=list)  # [np.ndarray], one per extra field (points, lines), in order

    def entidades(self):
        """The units as QgsFeatures (attributes of each layer's feature, or NULL, then area_ha)."""
        vacios = [[None] * len(c.campos) for c in self.capas]
        factor = factor_hectareas(self.crs)
        for numero, (geometria, clave) in enumerate(self.unidades):
            fila = []
            for capa, indice, vacio in zip(self.capas, clave, vacios):
                fila.extend(capa.atributos[indice] if indice >= 0 else vacio)
            fila.append(round(geometria.area() * factor, 6))
            for z in self.zonales:
                fila.extend(z.valores(numero))
            for valores in self.extras:
                valor = valores[numero]
                fila.append(None if valor != valor else float(valor))  # NaN → NULL
            entidad = QgsFeature(self.campos)
            entidad.setGeometry(geometria)
            entidad.setAttributes(fila)
            yield entidad


# -- inputs ----------------------------------------------------------------------------------------
def limpiar_geometria(geometria):
    """Valid 2-D linear (multi)polygon from any feature geometry, or None.

    Returns (geometry or None, repaired: bool). Curves are segmentized, Z/M dropped, polygon parts of
    collections kept, invalid geometries repaired with makeValid (GEOS).
    """
    if geometria is None or geometria.isNull() or geometria.isEmpty():
        return None, False
    g = QgsGeometry(geometria)
    if QgsWkbTypes.isCurvedType(g.wkbType()):
        g = QgsGeometry(g.constGet().segmentize())
    if QgsWkbTypes.hasZ(g.wkbType()) or QgsWkbTypes.hasM(g.wkbType()):
        g.get().dropZValue()
        g.get().dropMValue()
    if g.type() != QgsWkbTypes.PolygonGeometry or QgsWkbTypes.flatType(g.wkbType()) == QgsWkbTypes.GeometryCollection:
        g = _coleccion(partes_poligonales(g))
        if g is None:
            return None, False
    reparada = False
    if not g.isGeosValid():
        # makeValid may give a GeometryCollection (polygons + collapsed lines): keep the polygons,
        # or their edges would never be noded (QGIS's boundary() of a collection is None).
        g = _coleccion(partes_poligonales(g.makeValid()))
        reparada = True
    return g, reparada


def _coleccion(partes):
    if not partes:
        return None
    if len(partes) == 1:
        return partes[0]
    return QgsGeometry.collectGeometry(partes)


def nombre_campo(prefijo, nombre, usados):
    """``prefijo_nombre``, cut to 63 characters and made unique (case-insensitive, as SQLite)."""
    base = f"{prefijo}_{nombre}"[:LARGO_MAXIMO_CAMPO]
    candidato, n = base, 1
    while candidato.lower() in usados:
        n += 1
        sufijo = f"_{n}"
        candidato = base[: LARGO_MAXIMO_CAMPO - len(sufijo)] + sufijo
    usados.add(candidato.lower())
    return candidato


def nombre_de(capa):
    """The layer's name, or its table name when the name is just the file's (``file.gpkg|layername=t``)."""
    nombre = capa.name()
    try:
        partes = QgsProviderRegistry.instance().decodeUri(capa.providerType(), capa.source())
    except Exception:  # noqa: BLE001 (a provider without URI decoding)
        return nombre
    tabla, ruta = partes.get("layerName"), partes.get("path")
    if tabla and ruta and Path(ruta).stem == nombre:
        return tabla
    return nombre


def _es_poligonal(capa):
    return isinstance(capa, QgsVectorLayer) and capa.geometryType() in (
        QgsWkbTypes.PolygonGeometry,
        QgsWkbTypes.UnknownGeometry,  # generic "Geometry" layers: their polygon parts are used
    )


def comprobar_capas(capas):
    """PotError naming the first layer that cannot take part in the synthesis."""
    if not capas:
        raise PotError(tr("Choose at least one polygon layer for the synthesis."))
    for capa in capas:
        if capa is None or not capa.isValid():
            nombre = nombre_de(capa) if capa is not None else "?"
            raise PotError(tr("Layer “{name}” cannot be opened.").format(name=nombre))
        if not isinstance(capa, QgsVectorLayer):
            raise PotError(
                tr("Layer “{name}” is not a vector layer; the synthesis needs polygon layers.").format(name=capa.name())
            )
        if not _es_poligonal(capa):
            raise PotError(
                tr("Layer “{name}” holds {kind}; the synthesis needs polygon layers.").format(
                    name=nombre_de(capa), kind=geos.tipo_geometria(capa.geometryType())
                )
            )


def factor_hectareas(crs):
    """CRS area units → hectares."""
    unidad = QgsUnitTypes.distanceToAreaUnit(crs.mapUnits())
    return QgsUnitTypes.fromUnitToUnitFactor(unidad, QgsUnitTypes.AreaHectares)


def elegir_crs(capas, ambito_crs, ambito_extension, feedback=None):
    """Output CRS: the ámbito's, else the first layer's; a geographic one is replaced by the UTM zone
    holding most of the data, and feedback says so."""
    from ..store.utm import elegir_zona

    crs = ambito_crs if ambito_crs is not None else capas[0].crs()
    if not crs.isValid():
        nombre = tr("the ámbito") if ambito_crs is not None else nombre_de(capas[0])
        raise PotError(
            tr("“{name}” has no coordinate reference system; assign one (a projected one, in metres) first.").format(
                name=nombre
            )
        )
    if not crs.isGeographic():
        return crs
    extension = ambito_extension if ambito_extension is not None else capas[0].extent()
    if extension is None or extension.isEmpty():
        raise PotError(
            tr("The output CRS {crs} is geographic and the data are empty: choose a projected CRS.").format(crs=crs.authid())
        )
    zona = elegir_zona(QgsGeometry.fromRect(extension), crs)
    utm = QgsCoordinateReferenceSystem(zona.authid)
    if feedback is not None:
        feedback.pushWarning(
            tr(
                "The output CRS {crs} is geographic (degrees), where areas are meaningless; the synthesis uses "
                "{utm} (UTM zone {zone}) instead. Reproject the ámbito or the first layer to choose another."
            ).format(crs=crs.authid(), utm=zona.authid, zone=zona.etiqueta)
        )
    return utm


def leer_capa(capa, numero, crs, contexto_transformacion, usados, feedback=None):
    """Read one layer into a CapaLeida (source untouched)."""
    prefijo = f"l{numero}"
    fuente_campos = capa.fields()
    clave_primaria = set(capa.primaryKeyAttributes()) if capa.providerType() == "ogr" else set()
    indices, campos = [], []
    for i in range(fuente_campos.count()):
        campo = fuente_campos.at(i)
        if i in clave_primaria and campo.name().lower() == "fid":
            continue  # the GeoPackage row id is storage, not an attribute
        nuevo = QgsField(campo)
        nuevo.setName(nombre_campo(prefijo, campo.name(), usados))
        indices.append(i)
        campos.append(nuevo)
    leida = CapaLeida(nombre_de(capa), prefijo, indices, campos)
    request = QgsFeatureRequest()
    if capa.crs() != crs:
        request.setDestinationCrs(crs, contexto_transformacion)
    for n, entidad in enumerate(capa.getFeatures(request)):
        if n % 1000 == 0 and feedback is not None and feedback.isCanceled():
            raise Cancelado()
        leida.leidas += 1
        original = entidad.geometry()
        if original is None or original.isNull() or original.isEmpty():
            leida.sin_geometria += 1
            continue
        geometria, reparada = limpiar_geometria(original)
        if geometria is None:
            leida.no_poligonales += 1
            continue
        leida.reparadas += reparada
        atributos = entidad.attributes()
        leida.geometrias.append(geometria)
        leida.atributos.append([atributos[i] for i in indices])
    return leida


def leer_ambito(fuente, crs, contexto_transformacion):
    """The ámbito as one valid (multi)polygon in ``crs``."""
    request = QgsFeatureRequest()
    if fuente.sourceCrs() != crs:
        request.setDestinationCrs(crs, contexto_transformacion)
    if isinstance(fuente, QgsProcessingFeatureSource):
        entidades = fuente.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    else:
        entidades = fuente.getFeatures(request)
    partes = []
    for entidad in entidades:
        geometria, _ = limpiar_geometria(entidad.geometry())
        if geometria is not None:
            partes.append(geometria)
    if not partes:
        raise PotError(
            tr("The ámbito layer “{name}” has no polygon; choose a polygon layer with the area to plan.").format(
                name=fuente.sourceName()
            )
        )
    union = QgsGeometry.unaryUnion(partes) if len(partes) > 1 else partes[0]
    return _coleccion(partes_poligonales(union))


# -- the synthesis ---------------------------------------------------------------------------------
def sintetizar(
    capas, ambito=None, area_minima_ha=0.0, contexto_transformacion=None, feedback=None, hilos=1, rasters=(),
    puntos=(), lineas=(),
):
    """Overlay ``capas`` (QgsVectorLayer, polygons) into units, optionally inside ``ambito`` (a feature
    source), merging units below ``area_minima_ha``, with zonal statistics of ``rasters``
    (QgsRasterLayer, band 1), and the count and density of the points of ``puntos`` and the length
    and density of the lines of ``lineas`` in each unit. Returns a ``Sintesis``; raises PotError."""
    from qgis.core import QgsProject

    comprobar_capas(capas)
    contexto = contexto_transformacion or QgsProject.instance().transformContext()
    try:
        sintesis = _sintetizar(capas, ambito, area_minima_ha, contexto, feedback, hilos)
        _zonales(sintesis, rasters or [], contexto, feedback)
        _puntos_y_lineas(sintesis, puntos or [], lineas or [], contexto, feedback)
        return sintesis
    except Cancelado:
        raise PotError(tr("The synthesis was cancelled.")) from None
    except FalloGeos as error:
        raise PotError(
            tr("The overlay failed on degenerate geometry ({error}); check the layers with “Check validity”.").format(error=error)
        ) from error


def _zonales(sintesis, rasters, contexto, feedback):
    """Add the zonal statistics of each raster: r1_mayoria (integer rasters), r1_media, r1_min, r1_max."""
    from .sintesis_raster import estadisticas_zonales

    geometrias = [g for g, _ in sintesis.unidades]
    for numero, raster in enumerate(rasters, start=1):
        if raster is None or not raster.isValid():
            raise PotError(tr("Raster “{name}” cannot be opened.").format(name=raster.name() if raster else "?"))
        zonales = estadisticas_zonales(geometrias, sintesis.crs, raster, contexto, feedback)
        prefijo = f"r{numero}"
        if zonales.mayoria is not None:
            sintesis.campos.append(compat.campo(f"{prefijo}_mayoria", "entero64"))
        for nombre in ("media", "min", "max"):
            sintesis.campos.append(compat.campo(f"{prefijo}_{nombre}", "real", 20, 6))
        sintesis.zonales.append(zonales)
        sin_pixeles = int((zonales.pixeles == 0).sum())
        _info(
            feedback,
            tr("Raster {n} “{name}”: statistics in fields “{prefix}_…”; {empty} units hold no pixel centre with data (NULL).").format(
                n=numero, name=raster.name(), prefix=prefijo, empty=sin_pixeles
            ),
        )


def areas_ha(sintesis) -> np.ndarray:
    factor = factor_hectareas(sintesis.crs)
    return np.array([g.area() * factor for g, _ in sintesis.unidades])


def _puntos_y_lineas(sintesis, puntos, lineas, contexto, feedback):
    """Fields pt1_n, pt1_dens (points per km²) per point layer; ln1_km, ln1_km_km2 per line layer."""
    from .sintesis_puntos import densidad, medir

    if not puntos and not lineas:
        return
    geometrias = [g for g, _ in sintesis.unidades]
    areas = areas_ha(sintesis)
    for numero, capa in enumerate(puntos, start=1):
        if capa is None or not capa.isValid() or capa.geometryType() != QgsWkbTypes.PointGeometry:
            raise PotError(tr("Layer “{name}” is not a point layer.").format(name=capa.name() if capa else "?"))
        medidas = medir(geometrias, sintesis.crs, capa, contexto, feedback=feedback)
        sintesis.campos.append(compat.campo(f"pt{numero}_n", "entero"))
        sintesis.campos.append(compat.campo(f"pt{numero}_dens", "real", 20, 6))
        sintesis.extras += [medidas.total, densidad(medidas.total, areas)]
        _info(feedback, tr("Points {n} “{name}”: {count} in the units (fields “pt{n}_…”), {out} outside them.").format(
            n=numero, name=nombre_de(capa), count=int(medidas.total.sum()), out=medidas.fuera))
    for numero, capa in enumerate(lineas, start=1):
        if capa is None or not capa.isValid() or capa.geometryType() != QgsWkbTypes.LineGeometry:
            raise PotError(tr("Layer “{name}” is not a line layer.").format(name=capa.name() if capa else "?"))
        medidas = medir(geometrias, sintesis.crs, capa, contexto, feedback=feedback)
        sintesis.campos.append(compat.campo(f"ln{numero}_km", "real", 20, 6))
        sintesis.campos.append(compat.campo(f"ln{numero}_km_km2", "real", 20, 6))
        sintesis.extras += [medidas.total, densidad(medidas.total, areas)]
        _info(feedback, tr("Lines {n} “{name}”: {km} km in the units (fields “ln{n}_…”).").format(
            n=numero, name=nombre_de(capa), km=round(float(medidas.total.sum()), 3)))


def _aviso(feedback, texto):
    if feedback is not None:
        feedback.pushWarning(texto)


def _info(feedback, texto):
    if feedback is not None:
        feedback.pushInfo(texto)


def _progreso(feedback, valor):
    if feedback is not None:
        feedback.setProgress(valor)


def _sintetizar(capas, ambito, area_minima_ha, contexto, feedback, hilos):
    ambito_crs = ambito.sourceCrs() if ambito is not None else None
    ambito_ext = ambito.sourceExtent() if ambito is not None else None
    crs = elegir_crs(capas, ambito_crs, ambito_ext, feedback)
    geometria_ambito = leer_ambito(ambito, crs, contexto) if ambito is not None else None

    usados = {CAMPO_AREA}
    leidas = []
    for numero, capa in enumerate(capas, start=1):
        leida = leer_capa(capa, numero, crs, contexto, usados, feedback)
        leidas.append(leida)
        _info(
            feedback,
            tr("Layer {n} “{name}”: {count} polygons; its fields are prefixed “{prefix}_”.").format(
                n=numero, name=leida.nombre, count=len(leida.geometrias), prefix=leida.prefijo
            ),
        )
        if capa.crs() != crs:
            _info(feedback, tr("  reprojected from {src} to {dst}.").format(src=capa.crs().authid(), dst=crs.authid()))
        if leida.sin_geometria:
            _aviso(feedback, tr("  {count} features without geometry skipped.").format(count=leida.sin_geometria))
        if leida.no_poligonales:
            _aviso(feedback, tr("  {count} features without any polygon part skipped.").format(count=leida.no_poligonales))
        if leida.reparadas:
            _info(feedback, tr("  {count} invalid geometries repaired (make valid).").format(count=leida.reparadas))
        if not leida.geometrias:
            _aviso(feedback, tr("Layer “{name}” has no polygons: it contributes nothing.").format(name=leida.nombre))
        _progreso(feedback, 10.0 * numero / len(capas))

    if not any(c.geometrias for c in leidas):
        raise PotError(tr("None of the layers has polygons: there is nothing to synthesize."))

    superposicion = Superposicion([c.geometrias for c in leidas], geometria_ambito, feedback)
    unidades = superposicion.caras(progreso=(10.0, 85.0), hilos=hilos)
    if not unidades:
        raise PotError(tr("No layer has polygons inside the ámbito: there is nothing to synthesize."))
    _info(
        feedback,
        tr("Overlay: {tiles} tiles, {faces} faces, {units} units.").format(
            tiles=superposicion.teselas, faces=superposicion.caras_crudas, units=len(unidades)
        ),
    )
    for k, leida in enumerate(leidas):
        if geometria_ambito is not None and leida.geometrias and not any(clave[k] >= 0 for _, clave in unidades):
            _aviso(
                feedback,
                tr("Layer “{name}” lies entirely outside the ámbito: its fields are NULL in every unit.").format(
                    name=leida.nombre
                ),
            )
    if geometria_ambito is None:
        _avisar_solapes(leidas, unidades, crs, feedback)

    factor = factor_hectareas(crs)
    resultado = Sintesis(_campos(leidas), crs, unidades, leidas, teselas=superposicion.teselas)
    if area_minima_ha and area_minima_ha > 0:
        fusion = fusionar_pequenas(unidades, area_minima_ha / factor, feedback)
        resultado.unidades = fusion.unidades
        resultado.fusionadas = fusion.fusionadas
        resultado.area_fusionada_ha = fusion.area_fusionada * factor
        resultado.aisladas = fusion.aisladas
        _info(
            feedback,
            tr("{count} units under {min} ha ({area} ha in all) were merged into their neighbour with the longest shared border.").format(
                count=fusion.fusionadas, min=area_minima_ha, area=round(resultado.area_fusionada_ha, 4)
            ),
        )
        if fusion.aisladas:
            _aviso(
                feedback,
                tr("{count} units under {min} ha have no neighbour and were kept.").format(
                    count=fusion.aisladas, min=area_minima_ha
                ),
            )
    _progreso(feedback, 92.0)
    return resultado


def _campos(leidas):
    campos = QgsFields()
    for leida in leidas:
        for campo in leida.campos:
            campos.append(campo)
    campos.append(compat.campo(CAMPO_AREA, "real", 20, 6))
    return campos


def _avisar_solapes(leidas, unidades, crs, feedback):
    """Warn about layers whose features overlap each other (units there take the first feature)."""
    factor = factor_hectareas(crs)
    areas = np.array([g.area() for g, _ in unidades])
    claves = np.array([clave for _, clave in unidades]).reshape(len(unidades), len(leidas))
    for k, leida in enumerate(leidas):
        propia = sum(g.area() for g in leida.geometrias)
        cubierta = areas[claves[:, k] >= 0].sum()
        if propia - cubierta > max(1e-6 * propia, 1.0):
            _aviso(
                feedback,
                tr(
                    "Layer “{name}” has overlapping features ({area} ha covered twice or more): units there take "
                    "the attributes of the first feature."
                ).format(name=leida.nombre, area=round((propia - cubierta) * factor, 4)),
            )
