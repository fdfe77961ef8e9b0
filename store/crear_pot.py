"""Creating a POT: the ámbito checked and dissolved, the GeoPackage written whole or not at all."""
import os
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import List

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ..core import compat
from ..core.errors import PotError
from ..core.geos import tipo_geometria
from ..core.i18n import IDIOMA_DOCUMENTOS, IDIOMAS_DOCUMENTOS, idioma_de_documentos, tr, trd
from . import utm
from .pot_store import PotStore, read_schema_version

NIVELES = ("regional", "provincial")
CAPA_AMBITO = "ambito"


@dataclass
class DatosPot:
    nombre: str
    nivel: str
    horizonte: int
    escala: int = 100000
    equipo: str = ""
    entidad: str = ""
    ambito_nombre: str = ""
    idioma: str = IDIOMA_DOCUMENTOS  # language of the POT's documents and stored names


@dataclass
class Ambito:
    geometria: QgsGeometry
    crs: QgsCoordinateReferenceSystem
    avisos: List[str] = field(default_factory=list)


def preparar_ambito(features, crs, nombre_capa: str) -> Ambito:
    """Dissolve the ámbito's polygons into one valid geometry, naming every problem found."""
    partes, avisos = [], []
    nulas = reparadas = 0
    for feature in features:
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            nulas += 1
            continue
        if QgsWkbTypes.geometryType(geom.wkbType()) != QgsWkbTypes.PolygonGeometry:
            raise PotError(
                tr("The ámbito layer “{layer}” must contain polygons; it has {kind}.").format(
                    layer=nombre_capa, kind=tipo_geometria(QgsWkbTypes.geometryType(geom.wkbType()))
                )
            )
        if not geom.isGeosValid():
            geom = geom.makeValid()
            reparadas += 1
        partes.append(geom)
    if not partes:
        raise PotError(
            tr("The ámbito layer “{layer}” has no polygon to use (empty layer, empty selection or filter, or only empty geometries).").format(
                layer=nombre_capa
            )
        )
    if nulas:
        avisos.append(tr("{count} feature(s) of “{layer}” without geometry were ignored.").format(count=nulas, layer=nombre_capa))
    if reparadas:
        avisos.append(
            tr("{count} invalid geometry(ies) of “{layer}” were repaired (make valid) before use.").format(
                count=reparadas, layer=nombre_capa
            )
        )
    union = QgsGeometry.unaryUnion(partes)
    # Repairs can leave lines or points beside the polygons: keep only the polygon parts.
    poligonos = [g for g in union.asGeometryCollection() if g.type() == QgsWkbTypes.PolygonGeometry]
    union = QgsGeometry.collectGeometry(poligonos) if poligonos else QgsGeometry()
    if union.isNull() or union.isEmpty() or union.area() <= 0:
        raise PotError(tr("The ámbito layer “{layer}” has no area after repairing its geometries.").format(layer=nombre_capa))
    return Ambito(union, crs, avisos)


def elegir_crs(ambito: Ambito, crs_pedido=None):
    """The POT's CRS: the one asked for (must be projected) or the UTM zone holding most of the ámbito."""
    if crs_pedido is not None and crs_pedido.isValid():
        if crs_pedido.isGeographic():
            raise PotError(
                tr("The CRS {crs} is geographic (degrees); a POT needs a projected CRS in metres, such as UTM.").format(
                    crs=crs_pedido.authid()
                )
            )
        return crs_pedido, ""
    zona = utm.elegir_zona(ambito.geometria, ambito.crs)
    crs = QgsCoordinateReferenceSystem(zona.authid)
    mensaje = tr("CRS: WGS 84 / UTM zone {zone} ({authid}), the zone of the ámbito.").format(zone=zona.etiqueta, authid=zona.authid)
    if zona.zonas_tocadas > 1:
        mensaje = tr(
            "The ámbito spans {count} UTM zones; zone {zone} ({authid}) holds {share} % of its area and was chosen."
        ).format(count=zona.zonas_tocadas, zone=zona.etiqueta, authid=zona.authid, share=round(zona.fraccion * 100, 1))
    return crs, mensaje


def comprobar_destino(destino) -> Path:
    destino = Path(destino)
    if destino.suffix.lower() != ".gpkg":
        destino = destino.with_suffix(".gpkg")
    if destino.exists():
        try:
            es_pot = read_schema_version(destino) > 0
        except PotError:
            es_pot = False
        if es_pot:
            raise PotError(tr("{path} already holds a POT; choose another file name. Nothing was changed.").format(path=destino))
        raise PotError(tr("{path} already exists; choose a new file name. Nothing was changed.").format(path=destino))
    carpeta = destino.parent
    if not carpeta.is_dir():
        try:
            carpeta.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PotError(tr("The folder {folder} cannot be created: {error}").format(folder=carpeta, error=error.strerror)) from error
    if not os.access(carpeta, os.W_OK):
        raise PotError(tr("The folder {folder} is read-only; choose another one.").format(folder=carpeta))
    return destino


def _escribir_ambito(ruta: Path, ambito: Ambito, crs, datos: DatosPot, contexto) -> None:
    geom = QgsGeometry(ambito.geometria)
    if ambito.crs != crs:
        geom.transform(QgsCoordinateTransform(ambito.crs, crs, contexto or QgsProject.instance().transformContext()))
    if not geom.isGeosValid():
        geom = geom.makeValid()
    fields = QgsFields()
    for nombre, tipo in (("pot_uid", "texto"), ("nombre", "texto"), ("nivel", "texto"), ("area_ha", "real")):
        fields.append(compat.campo(nombre, tipo))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = CAPA_AMBITO
    options.fileEncoding = "UTF-8"
    writer = QgsVectorFileWriter.create(
        str(ruta), fields, QgsWkbTypes.MultiPolygon, crs, contexto or QgsProject.instance().transformContext(), options
    )
    if writer.hasError() != QgsVectorFileWriter.NoError:
        raise PotError(tr("Cannot write {path}: {error}").format(path=ruta, error=writer.errorMessage()))
    feature = QgsFeature(fields)
    geom.convertToMultiType()
    feature.setGeometry(geom)
    feature.setAttributes([str(uuid.uuid4()), datos.ambito_nombre or datos.nombre, datos.nivel, round(geom.area() / 10000.0, 4)])
    writer.addFeature(feature)
    del writer


def _guardar_estilo_ambito(store: PotStore) -> None:
    """The ámbito is drawn as a bold outline, saved as the layer's default style in the GeoPackage."""
    from qgis.core import QgsFillSymbol, QgsSingleSymbolRenderer, QgsVectorLayer

    from .estilos import guardar_estilo_predeterminado

    layer = QgsVectorLayer(store.layer_uri(CAPA_AMBITO), CAPA_AMBITO, "ogr")
    symbol = QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#7a0019", "outline_width": "0.8", "outline_width_unit": "MM"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    guardar_estilo_predeterminado(layer, trd("Ámbito"))


def crear_pot(destino, datos: DatosPot, ambito: Ambito, crs_pedido=None, contexto=None, feedback=None) -> dict:
    """Write a complete POT GeoPackage at ``destino`` or leave nothing behind; the names it stores
    (ámbito title, layer-tree groups) are in the POT's document language."""
    if datos.idioma not in IDIOMAS_DOCUMENTOS:
        raise PotError(tr("The document language must be one of {languages}, not “{language}”.").format(
            languages=", ".join(IDIOMAS_DOCUMENTOS), language=datos.idioma))
    with idioma_de_documentos(datos.idioma):
        return _crear_pot(destino, datos, ambito, crs_pedido, contexto, feedback)


def _crear_pot(destino, datos: DatosPot, ambito: Ambito, crs_pedido=None, contexto=None, feedback=None) -> dict:
    """Write a complete POT GeoPackage at ``destino`` or leave nothing behind.

    Everything, the QGIS project included, is written to a hidden file in the same folder, which then
    takes the final name in one step (never over a file that appeared meanwhile). A kill at any
    moment leaves either no POT or the whole POT; the hidden file is removed on the next attempt.
    """
    from ..diccionario import repositorio
    from ..diccionario.predeterminado import diccionario_predeterminado
    from .escritura import archivos_temporales, limpiar_restos
    from .proyecto_qgis import cargar_capa, escribir_con_proyecto

    if datos.nivel not in NIVELES:
        raise PotError(tr("The level must be “regional” or “provincial”, not “{level}”.").format(level=datos.nivel))
    if not datos.nombre.strip():
        raise PotError(tr("The POT needs a name."))
    destino = comprobar_destino(destino)
    limpiar_restos(destino)
    crs, mensaje_crs = elegir_crs(ambito, crs_pedido)
    with archivos_temporales(destino) as base:
        temporal = Path(f"{base}.gpkg")
        _escribir_ambito(temporal, ambito, crs, datos, contexto)
        store = PotStore.initialise(temporal)
        store.set_metadata(
            {
                "nombre": datos.nombre.strip(),
                "nivel": datos.nivel,
                "ambito_nombre": datos.ambito_nombre or datos.nombre.strip(),
                "horizonte": datos.horizonte,
                "escala": datos.escala,
                "equipo": datos.equipo,
                "entidad": datos.entidad,
                "crs": crs.authid(),
                "zona_utm": utm.etiqueta_de_crs(crs.authid()),
                "creado": date.today().isoformat(),
                "idioma": datos.idioma,
            }
        )
        repositorio.reemplazar(store, diccionario_predeterminado())
        store.register_layer(CAPA_AMBITO, trd("Ámbito of the POT"), "base")
        _guardar_estilo_ambito(store)
        if feedback:
            feedback.setProgress(70)
        capas = store.registered_layers()

        def proyecto(edicion):
            for fila in capas:
                edicion.anadir(cargar_capa(store, fila["capa"], fila["titulo"]), fila["fase"])

        escribir_con_proyecto(store, proyecto, lambda conn: (None, {temporal.name: destino.name}), crs, datos.nombre.strip())
        _mover_sin_pisar(temporal, destino)
    return {"OUTPUT": str(destino), "CRS": crs.authid(), "MESSAGES": [m for m in ambito.avisos + [mensaje_crs] if m]}


def _mover_sin_pisar(temporal: Path, destino: Path) -> None:
    """Give the finished file its name in one step, refusing a destination that appeared meanwhile."""
    try:
        if os.name == "nt":
            os.rename(temporal, destino)  # Windows refuses an existing destination
        else:
            os.link(temporal, destino)  # fails if it exists; the hidden name is removed with the rest
    except FileExistsError as error:
        raise PotError(tr("{path} already exists; choose a new file name. Nothing was changed.").format(path=destino)) from error
    except OSError as error:
        if destino.exists():
            raise PotError(tr("{path} already exists; choose a new file name. Nothing was changed.").format(path=destino)) from error
        os.replace(temporal, destino)  # a filesystem without hard links
