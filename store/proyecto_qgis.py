"""The QGIS project stored inside the POT GeoPackage, with one layer-tree group per phase.

Layer sources inside the stored project point at the GeoPackage's own path. When the file was moved,
renamed or copied, its layers are pointed at the current path *while* the project is read (a QGIS
path pre-processor), so every layer opens valid and QGIS never asks for "unavailable layers".

The registry (``pot_capas``) is the truth about which layers a POT has: reading a POT's project adds
any registered layer it lacks (e.g. a desktop saved its older copy while ``qgis_process`` added a
layer), so a layer is never lost from view. The plugin's own writes update the stored project in
the same transaction as the layers (``escribir_con_proyecto``, used by ``escritura``).
"""
from __future__ import annotations

import io
import os
import zipfile
from contextlib import contextmanager
from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsPathResolver, QgsProject, QgsVectorLayer, QgsWkbTypes

from ..core.errors import PotError
from ..core.i18n import tr
from .pot_store import PotStore, gpkg_y_tabla
from .proyecto_guardado import capas_guardadas, contenido_guardado, guardar_contenido, ruta_guardada  # noqa: F401

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


def cargar_capa(store: PotStore, capa: str, titulo: str = "", ruta=None) -> QgsVectorLayer:
    """A layer of the POT (or of ``ruta``, a file standing in for it while a write is prepared)."""
    layer = QgsVectorLayer(f"{ruta or store.path}|layername={capa}", titulo or capa, "ogr")
    if not layer.isValid():
        raise PotError(tr("The layer “{layer}” cannot be read from {path}.").format(layer=capa, path=store.path))
    return layer


def anadir_capas(project: QgsProject, store: PotStore, capas) -> list:
    """Add POT layers (rows of ``store.registered_layers()``) to their phase group, once each."""
    presentes = capas_del_pot(project, store)
    return [_insertar(project, cargar_capa(store, f["capa"], f.get("titulo") or f["capa"]), f.get("fase"))
            for f in capas if f["capa"] not in presentes]


def _insertar(project: QgsProject, layer, fase) -> QgsVectorLayer:
    grupos = _asegurar_grupos(project)
    project.addMapLayer(layer, False)
    grupo: QgsLayerTreeGroup = grupos.get(fase or "base", grupos["base"])
    grupo.insertLayer(_posicion(grupo, layer), layer)
    return layer


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


def capas_del_pot(project: QgsProject, store: PotStore) -> dict:
    """{table: [project layers reading it]} for the layers of ``project`` stored in this POT."""
    capas = {}
    for layer in project.mapLayers().values():
        ruta, tabla = gpkg_y_tabla(layer)
        if tabla and _misma_ruta(ruta, store.path):
            capas.setdefault(tabla, []).append(layer)
    return capas


def escribir_proyecto(project: QgsProject, store: PotStore) -> None:
    """Save ``project`` (e.g. the open one) into the POT, first adding every registered layer it lacks."""
    completar_desde_registro(project, store)
    project.writeEntry(*PROPIEDAD_GPKG, str(store.path))
    if not project.write(store.project_uri()):
        raise PotError(
            tr("The QGIS project could not be saved inside {path}: {error}").format(path=store.path, error=project.error())
        )


def completar_desde_registro(project: QgsProject, store: PotStore) -> list:
    """Add to ``project`` every registered layer of the POT it lacks (the registry is the truth)."""
    presentes = capas_del_pot(project, store)
    existentes = set(store.spatial_layers())
    faltan = [f for f in store.registered_layers() if f["capa"] not in presentes and f["capa"] in existentes]
    return anadir_capas(project, store, faltan) if faltan else []


def _misma_ruta(a, b) -> bool:
    return os.path.normcase(os.path.abspath(str(a))) == os.path.normcase(os.path.abspath(str(b)))


@contextmanager
def _redirigiendo(anterior: str, store: PotStore):
    """While reading a project, sources of the file it was saved for (``anterior``) read ``store.path``.

    QGIS stores paths relative to the GeoPackage (``./old.gpkg|layername=x``), so a renamed or copied
    POT would read "<its folder>/<old name>": the original, or nothing. Both the relative and the
    absolute spelling of the old file are redirected, and nothing else.
    """
    if not anterior or _misma_ruta(anterior, store.path):
        yield
        return
    nombre = Path(anterior).name
    viejas = {os.path.normcase(os.path.abspath(anterior)), os.path.normcase(str(store.path.parent / nombre))}

    def redirigir(fuente: str) -> str:
        ruta, separador, resto = fuente.partition("|")
        if not ruta:
            return fuente
        absoluta = ruta if os.path.isabs(ruta) else str(store.path.parent / ruta)
        if os.path.normcase(os.path.abspath(absoluta)) in viejas:
            return str(store.path) + separador + resto
        return fuente

    identificador = QgsPathResolver.setPathPreprocessor(redirigir)
    try:
        yield
    finally:
        QgsPathResolver.removePathPreprocessor(identificador)


def leer_proyecto(project: QgsProject, store: PotStore, leer=None) -> None:
    """Read the POT's stored project into ``project``: every layer pointing at this file (even when
    it was moved or copied), every registered layer present. ``leer(uri) -> bool`` reads it instead
    of ``project.read`` (the plugin passes QGIS's own "open project", which also lists the POT in
    Recent Projects)."""
    with store.connect(readonly=True) as conn:
        anterior = ruta_guardada(contenido_guardado(conn))
    with _redirigiendo(anterior, store):
        leido = (leer or project.read)(store.project_uri())
    if not leido:
        raise PotError(
            tr("{path} is a POT but its QGIS project could not be read: {error}").format(
                path=store.path, error=project.error() or tr("no project stored")
            )
        )
    movido = bool(anterior) and not _misma_ruta(anterior, store.path)
    if completar_desde_registro(project, store) or movido:
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


# -- the stored project, written in the same transaction as the data ---------------------------------
class Reintentar(Exception):
    """Raised inside ``escribir_con_proyecto``'s transaction: what was prepared outside it is stale."""


REINTENTOS = 20


def escribir_con_proyecto(store: PotStore, cambiar, escribir=None, crs=None, titulo: str = "", adjuntar=None):
    """Write ``escribir(conn)`` (sqlite only) and the stored project changed by ``cambiar(edicion)``
    (a ``proyecto_xml.EdicionDeProyecto``) in ONE transaction, and return what ``escribir`` returns.

    QGIS may open the POT while the change is prepared (to write a layer's XML), so that happens
    outside the transaction (a GDAL open and close of the file in this process would drop the
    transaction's sqlite locks: POSIX locks belong to the process). Inside, the stored project must
    still be the one the change was made on, else (another program saved it meanwhile) everything
    is done again: never a stale copy. ``escribir`` returns (result, {text: final text}) to apply to
    the project's XML (a working file or table name → the POT's own) and may raise ``Reintentar``.
    Without a stored project a new one is made (``crs``, ``titulo``). ``adjuntar``: files attached
    to the write connection ({alias: path}).
    """
    from .proyecto_xml import EdicionDeProyecto

    for _ in range(REINTENTOS):
        with store.connect(readonly=True) as conn:
            leido = contenido_guardado(conn)
        edicion = EdicionDeProyecto(store, leido, crs, titulo)
        cambiar(edicion)
        nuevo = edicion.contenido()
        try:
            with store.connect(adjuntar=adjuntar) as conn:
                if contenido_guardado(conn) != leido:
                    raise Reintentar()
                resultado, reemplazos = escribir(conn) if escribir else (None, {})
                guardar_contenido(conn, _reemplazar(nuevo, reemplazos))
            return resultado
        except Reintentar:
            continue
    raise PotError(tr("The POT {path} kept being changed by another program; nothing was changed. Try again.").format(
        path=store.path))


def _reemplazar(contenido: bytes, reemplazos: dict) -> bytes:
    """.qgz bytes with ``reemplazos`` applied to the project's XML (its .qgs renamed after nothing)."""
    with zipfile.ZipFile(io.BytesIO(contenido)) as archivo:
        entradas = [(info, archivo.read(info)) for info in archivo.infolist()]
    salida = io.BytesIO()
    with zipfile.ZipFile(salida, "w", zipfile.ZIP_DEFLATED) as archivo:
        for info, datos in entradas:
            if info.filename.lower().endswith(".qgs") and reemplazos:
                texto = datos.decode("utf-8")
                for viejo, nuevo in reemplazos.items():
                    texto = texto.replace(viejo, nuevo)
                datos = texto.encode("utf-8")
            archivo.writestr(info.filename, datos)
    return salida.getvalue()
