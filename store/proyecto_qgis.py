"""The QGIS project stored inside the POT GeoPackage, with one layer-tree group per phase.

Layer sources inside the stored project point at the GeoPackage's own path; if the file was moved or
renamed, ``reubicar_capas`` points them at the current path again, so a POT opens as it was saved.
"""
import os
from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsProject, QgsVectorLayer, QgsWkbTypes

from ..core.errors import PotError
from ..core.i18n import tr
from .pot_store import PotStore

PROPIEDAD_GPKG = ("pot", "gpkg")  # project custom property: which POT file this project belongs to


def grupos_por_fase():
    """Layer-tree groups, in the order of the Pautas (id → title in the POT's document language),
    from the plugin's registry (``core.pasos``)."""
    from ..core.pasos import grupos_capas

    return grupos_capas()


def _asegurar_grupos(project: QgsProject) -> dict:
    root = project.layerTreeRoot()
    grupos = {}
    for clave, titulo in grupos_por_fase().items():
        grupo = next((g for g in root.findGroups() if g.customProperty("pot/fase") == clave), None)
        if grupo is None:
            grupo = root.addGroup(titulo)
            grupo.setCustomProperty("pot/fase", clave)
        grupos[clave] = grupo
    return grupos


def cargar_capa(store: PotStore, capa: str, titulo: str = "") -> QgsVectorLayer:
    layer = QgsVectorLayer(store.layer_uri(capa), titulo or capa, "ogr")
    if not layer.isValid():
        raise PotError(tr("The layer “{layer}” cannot be read from {path}.").format(layer=capa, path=store.path))
    return layer


def anadir_capas(project: QgsProject, store: PotStore, capas) -> list:
    """Add POT layers (rows of ``store.registered_layers()``) to their phase group, once each."""
    grupos = _asegurar_grupos(project)
    presentes = {lyr.source() for lyr in project.mapLayers().values()}
    anadidas = []
    for fila in capas:
        layer = cargar_capa(store, fila["capa"], fila.get("titulo") or fila["capa"])
        if layer.source() in presentes:
            continue
        project.addMapLayer(layer, False)
        grupo: QgsLayerTreeGroup = grupos.get(fila.get("fase") or "base", grupos["base"])
        grupo.insertLayer(_posicion(grupo, layer), layer)
        anadidas.append(layer)
    return anadidas


def _posicion(grupo: QgsLayerTreeGroup, layer) -> int:
    """Points and lines on top of their group; a new area above the older areas, below every line,
    so it never hides the network and the latest work is what shows."""
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        return 0
    for indice, hijo in enumerate(grupo.children()):
        capa = getattr(hijo, "layer", lambda: None)()
        if capa is not None and getattr(capa, "geometryType", lambda: None)() == QgsWkbTypes.PolygonGeometry:
            return indice
    return len(grupo.children())


def escribir_proyecto(project: QgsProject, store: PotStore) -> None:
    project.writeEntry(*PROPIEDAD_GPKG, str(store.path))
    if not project.write(store.project_uri()):
        raise PotError(
            tr("The QGIS project could not be saved inside {path}: {error}").format(path=store.path, error=project.error())
        )


def crear_proyecto_qgis(store: PotStore, crs, titulo: str) -> None:
    """Write a fresh QGIS project into the GeoPackage holding every registered layer."""
    project = QgsProject()
    project.setCrs(crs)
    project.setTitle(titulo)
    project.setEllipsoid(crs.ellipsoidAcronym() or "EPSG:7030")
    anadir_capas(project, store, store.registered_layers())
    escribir_proyecto(project, store)
    project.clear()


def _misma_ruta(a, b) -> bool:
    return os.path.normcase(os.path.abspath(str(a))) == os.path.normcase(os.path.abspath(str(b)))


def reubicar_capas(project: QgsProject, store: PotStore) -> int:
    """Point layers saved with the POT's former path (file moved, renamed or copied) at ``store.path``.

    Only layers of the file the project was saved in are touched: a copied POT must never keep
    editing the original.
    """
    anterior, ok = project.readEntry(*PROPIEDAD_GPKG, "")
    if not ok or not anterior or _misma_ruta(anterior, store.path):
        return 0
    # QGIS saves paths relative to the GeoPackage, so a renamed file's layers resolve to
    # "<its new folder>/<its old name>": match that as well as the old absolute path.
    relativa = store.path.parent / Path(anterior).name
    movidas = 0
    for layer in project.mapLayers().values():
        ruta, separador, resto = layer.source().partition("|")
        if _misma_ruta(ruta, anterior) or _misma_ruta(ruta, relativa):
            layer.setDataSource(str(store.path) + separador + resto, layer.name(), layer.providerType())
            movidas += 1
    return movidas


def leer_proyecto(project: QgsProject, store: PotStore, leer=None) -> None:
    """Read the POT's project into ``project``; ``leer(uri) -> bool`` reads it instead of ``project.read``
    (the plugin passes QGIS's own "open project", which also lists the POT in Recent Projects)."""
    if not (leer or project.read)(store.project_uri()):
        raise PotError(
            tr("{path} is a POT but its QGIS project could not be read: {error}").format(
                path=store.path, error=project.error() or tr("no project stored")
            )
        )
    if reubicar_capas(project, store):
        project.setDirty(True)
    project.writeEntry(*PROPIEDAD_GPKG, str(store.path))


def abrir_proyecto(path, leer=None) -> PotStore:
    """Open a POT in the running QGIS: check (and migrate) the file, then read its project."""
    store = PotStore.open(path)
    leer_proyecto(QgsProject.instance(), store, leer)
    return store


def pot_abierto(project: QgsProject = None):
    """The PotStore of the POT open in ``project`` (default: the current project), or None."""
    project = project or QgsProject.instance()
    ruta, ok = project.readEntry(*PROPIEDAD_GPKG, "")
    if ok and ruta and Path(ruta).is_file():
        try:
            return PotStore.open(ruta, migrate=False)
        except PotError:
            return None
    return None
