"""Bringing a layer into the POT: reprojected to the POT's CRS, given stable ids, registered.

The source is only read. The copy is written as a new layer of the POT GeoPackage (an existing POT
layer of the same name is refused unless ``reemplazar``), then listed in ``pot_capas``.
"""
import os
import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from ..core.errors import PotError
from ..core.i18n import tr
from ..core.texto import slug
from .pot_store import PotStore, gpkg_y_tabla

NOMBRE_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


def nombre_de_capa(texto: str) -> str:
    """A safe GeoPackage table name from any title: lowercase ascii, digits and underscores."""
    plano = slug(texto, 63) or "capa"
    return ("c_" + plano if not plano[0].isalpha() else plano)[:63]


def importar_capa(
    store: PotStore, layer: QgsVectorLayer, nombre: str, fase: str, titulo: str = "", reemplazar: bool = False, contexto=None
) -> QgsVectorLayer:
    """Copy ``layer`` into the POT as ``nombre`` and return the new POT layer."""
    from ..diccionario.vinculos import asegurar_uid

    if not NOMBRE_RE.match(nombre):
        raise PotError(
            tr("“{name}” is not a valid POT layer name: use lowercase letters, digits and “_”, starting with a letter.").format(
                name=nombre
            )
        )
    if layer is None or not layer.isValid():
        raise PotError(tr("The layer to add to the POT cannot be read."))
    existentes = store.spatial_layers()
    if nombre in existentes and not reemplazar:
        raise PotError(tr("The POT already has a layer “{name}”; choose another name.").format(name=nombre))
    if nombre in store.table_names() and nombre not in existentes:
        raise PotError(tr("“{name}” is the name of a POT table; choose another name.").format(name=nombre))
    crs = QgsCoordinateReferenceSystem(store.metadata().get("crs", ""))
    if not crs.isValid():
        raise PotError(tr("The POT {path} has no valid CRS in its metadata.").format(path=store.path))
    if not layer.crs().isValid():
        raise PotError(
            tr("The layer “{layer}” has no CRS; set its CRS in QGIS (Layer properties › Source) before adding it.").format(
                layer=layer.name()
            )
        )
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = nombre
    options.fileEncoding = "UTF-8"
    options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    contexto = contexto or QgsCoordinateTransformContext()
    if layer.crs() != crs:
        from qgis.core import QgsCoordinateTransform

        options.ct = QgsCoordinateTransform(layer.crs(), crs, contexto)
    error, mensaje, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(store.path), contexto, options)
    if error != QgsVectorFileWriter.NoError:
        raise PotError(
            tr("The layer “{layer}” could not be written into {path}: {error}").format(layer=layer.name(), path=store.path, error=mensaje)
        )
    nueva = QgsVectorLayer(store.layer_uri(nombre), titulo or nombre, "ogr")
    asegurar_uid(nueva)
    store.register_layer(nombre, titulo or layer.name(), fase)
    return nueva


def _editar_proyecto_del_pot(store: PotStore, cambio) -> None:
    """Apply ``cambio(project)`` to the POT's QGIS project and save it into the GeoPackage.

    The open project when it is this POT (so the user sees the change and a later save keeps it),
    otherwise the stored one. Call from the main thread (e.g. Processing's postProcessAlgorithm).
    """
    from .proyecto_qgis import escribir_proyecto, leer_proyecto, pot_abierto

    abierto = pot_abierto()
    if abierto is not None and abierto.path == store.path:
        cambio(QgsProject.instance())
        escribir_proyecto(QgsProject.instance(), store)
        return
    project = QgsProject()
    leer_proyecto(project, store)
    cambio(project)
    escribir_proyecto(project, store)
    project.clear()


def publicar_en_proyecto(store: PotStore, capas) -> None:
    """Show new POT layers in the POT's QGIS project, in their phase group."""
    from .proyecto_qgis import anadir_capas

    filas = [f for f in store.registered_layers() if f["capa"] in set(capas)]
    _editar_proyecto_del_pot(store, lambda project: anadir_capas(project, store, filas))


def refrescar_estilos(store: PotStore, capas) -> None:
    """Give the POT project's layers of ``capas`` their default style from the GeoPackage again
    (after a style or form was saved there), so the stored project never shows a stale style."""

    def cambio(project):
        for layer in project.mapLayers().values():
            ruta, tabla = gpkg_y_tabla(layer)
            if tabla in capas and ruta and os.path.abspath(ruta) == str(store.path):
                layer.loadDefaultStyle()
                layer.triggerRepaint()

    _editar_proyecto_del_pot(store, cambio)


def pot_de_capa(layer: QgsVectorLayer):
    """(PotStore, layer name in the GeoPackage) of a layer stored in a POT, or a PotError saying it is not."""
    from .pot_store import read_schema_version

    ruta, capa = gpkg_y_tabla(layer)
    if ruta is None:
        raise PotError(
            tr("The layer “{layer}” is not stored in a POT GeoPackage; add it to the POT first (algorithm “Add layer to POT”).").format(
                layer=layer.name()
            )
        )
    try:
        es_pot = read_schema_version(ruta) > 0
    except PotError:
        es_pot = False
    if not es_pot:
        raise PotError(tr("The layer “{layer}” is in {path}, which is not a POT.").format(layer=layer.name(), path=ruta))
    store = PotStore.open(ruta)
    if not capa:
        capas = store.spatial_layers()
        capa = capas[0] if len(capas) == 1 else ""
    if not capa:
        raise PotError(tr("Cannot tell which table of {path} the layer “{layer}” reads.").format(path=ruta, layer=layer.name()))
    return store, capa
