"""Bringing a layer into the POT: reprojected to the POT's CRS, given stable ids, registered.

The source is only read. The copy is prepared beside the POT and moved in, with its registry row
and its entry in the stored QGIS project, in one transaction (``escritura``): an existing POT layer
of the same name is refused unless ``reemplazar``, and then replaced whole or not at all.
"""
from qgis.core import QgsProject, QgsVectorLayer

from ..core.errors import PotError
from ..core.i18n import tr
from ..core.texto import slug
from .escritura import NOMBRE_RE, Escritura  # noqa: F401 (NOMBRE_RE: part of this module's API)
from .pot_store import PotStore, gpkg_y_tabla


def nombre_de_capa(texto: str) -> str:
    """A safe GeoPackage table name from any title: lowercase ascii, digits and underscores."""
    plano = slug(texto, 63) or "capa"
    return ("c_" + plano if not plano[0].isalpha() else plano)[:63]


def importar_capa(
    store: PotStore, layer: QgsVectorLayer, nombre: str, fase: str, titulo: str = "", reemplazar: bool = False,
    contexto=None, codificacion: str = "", avisos=None,
) -> QgsVectorLayer:
    """Copy ``layer`` into the POT as ``nombre`` and return the new POT layer.

    ``codificacion``: the text encoding of a shapefile source ("" = the declared one, else UTF-8, else
    Latin-1, with a warning in ``avisos``).
    """
    from .codificacion import con_codificacion

    layer = con_codificacion(layer, codificacion, avisos)
    with Escritura(store) as escritura:
        escritura.capa(layer, nombre, fase, titulo, reemplazar, contexto)
        escritura.confirmar()
        if avisos is not None:
            avisos.extend(escritura.avisos)
    nueva = QgsVectorLayer(store.layer_uri(nombre), titulo or nombre, "ogr")
    if not nueva.isValid():
        raise PotError(tr("The layer “{layer}” cannot be read from {path}.").format(layer=nombre, path=store.path))
    return nueva


def capas_en_edicion(ruta_pot, nombre: str) -> list:
    """Names of the layers of the open QGIS project that read ``nombre`` of the POT at ``ruta_pot``
    and are being edited. Such a layer cannot be replaced: its edit buffer refers to the old
    features. Call from the main thread (e.g. an algorithm's ``prepare``)."""
    from .proyecto_qgis import capas_del_pot

    if not ruta_pot or not nombre:
        return []
    capas = capas_del_pot(QgsProject.instance(), PotStore(ruta_pot)).get(nombre, [])
    return [layer.name() for layer in capas if layer.isEditable()]


def error_en_edicion(nombre: str, capas: list) -> PotError:
    return PotError(
        tr("The layer “{layer}” is being edited in QGIS ({titles}): save or discard its edits and stop editing before "
           "replacing it. Nothing was changed.").format(layer=nombre, titles=", ".join(capas))
    )


def _editar_proyecto_del_pot(store: PotStore, cambio_abierto, cambio_guardado=None) -> None:
    """Apply a change to the POT's QGIS project and keep it stored.

    The open project when it is this POT (so the user sees the change; saved with every registered
    layer it may lack), otherwise the stored one, read and written under the write lock so a
    concurrent write is never undone. Call from the main thread (e.g. Processing's postProcessAlgorithm).
    """
    from .proyecto_qgis import escribir_proyecto, pot_abierto

    abierto = pot_abierto()
    if abierto is not None and abierto.path == store.path:
        cambio_abierto(QgsProject.instance())
        escribir_proyecto(QgsProject.instance(), store)
    elif cambio_guardado is not None:
        editar_proyecto_guardado(store, cambio_guardado)


def editar_proyecto_guardado(store: PotStore, cambiar) -> None:
    """``cambiar(edicion)`` on the stored project (``proyecto_xml.EdicionDeProyecto``), in one transaction."""
    from .proyecto_qgis import escribir_con_proyecto

    escribir_con_proyecto(store, cambiar)


def publicar_en_proyecto(store: PotStore, capas) -> None:
    """After a write: show the POT's new or replaced layers in the open QGIS project when it is this
    POT (the stored project already has them: the write updated it)."""
    from .proyecto_qgis import capas_del_pot

    def cambio(project):
        presentes = capas_del_pot(project, store)
        for capa in capas:
            for layer in presentes.get(capa, []):
                layer.reload()  # the table was replaced under QGIS: read its new fields and features
                layer.loadDefaultStyle()
                layer.triggerRepaint()

    _editar_proyecto_del_pot(store, cambio)


def refrescar_estilos(store: PotStore, capas, guardado: bool = True) -> None:
    """Give the POT project's layers of ``capas`` their default style from the GeoPackage again
    (after a style or form was saved there), so the stored project never shows a stale style.
    ``guardado=False``: only the open project (the write already updated the stored one)."""
    from .proyecto_qgis import capas_del_pot

    def cambio_abierto(project):
        presentes = capas_del_pot(project, store)
        for capa in capas:
            for layer in presentes.get(capa, []):
                layer.loadDefaultStyle()
                layer.triggerRepaint()

    def cambio_guardado(edicion):
        for capa in capas:  # a fresh layer reads its default style from the GeoPackage
            edicion.reescribir(capa, QgsVectorLayer(store.layer_uri(capa), capa, "ogr"))

    _editar_proyecto_del_pot(store, cambio_abierto, cambio_guardado if guardado else None)


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
