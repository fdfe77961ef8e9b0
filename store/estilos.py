"""Layer styles kept inside the POT GeoPackage (table ``layer_styles``, the schema QGIS itself uses).

Written with sqlite3 instead of ``QgsVectorLayer.saveStyleToDatabase``: on QGIS 3.22 that call breaks
the layer's open reader on a GeoPackage, and a second call on the same layer deadlocks.
QGIS loads the row marked ``useAsDefault`` whenever the layer is opened, anywhere.
"""
from qgis.PyQt.QtXml import QDomDocument

from ..core.errors import PotError
from ..core.i18n import tr
from . import schema
from .pot_store import connect, gpkg_y_tabla, table_names

_DDL = (
    'CREATE TABLE "layer_styles" ("id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "f_table_catalog" TEXT(256),'
    ' "f_table_schema" TEXT(256), "f_table_name" TEXT(256), "f_geometry_column" TEXT(256), "styleName" TEXT(30),'
    ' "styleQML" TEXT, "styleSLD" TEXT, "useAsDefault" BOOLEAN, "description" TEXT, "owner" TEXT(30), "ui" TEXT(30),'
    " \"update_time\" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))"
)


def guardar_estilo_predeterminado(layer, descripcion: str) -> None:
    """Save the layer's whole style (symbology, labels, form, aliases) as its default in its GeoPackage."""
    ruta, tabla = gpkg_y_tabla(layer)
    if not ruta or not tabla:
        raise PotError(tr("The layer “{layer}” is not a GeoPackage table; its style cannot be stored.").format(layer=layer.name()))
    qml = estilo_qml(layer)
    with connect(ruta) as conn:
        escribir_estilo(conn, tabla, qml, descripcion)


def estilo_qml(layer) -> str:
    """The layer's whole style as QML text."""
    documento = QDomDocument()
    error = layer.exportNamedStyle(documento)
    if error:
        raise PotError(tr("The style of “{layer}” could not be saved: {error}").format(layer=layer.name(), error=error))
    return documento.toString()


def escribir_estilo(conn, tabla: str, qml: str, descripcion: str) -> None:
    """Store ``qml`` as the default style of ``tabla``, inside the caller's transaction."""
    asegurar_tabla_de_estilos(conn)
    fila = conn.execute("SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?", (tabla,)).fetchone()
    columna = fila[0] if fila else ""
    conn.execute("UPDATE layer_styles SET useAsDefault = 0 WHERE f_table_name = ?", (tabla,))
    conn.execute("DELETE FROM layer_styles WHERE f_table_name = ? AND styleName = ?", (tabla, tabla))
    conn.execute(
        "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName,"
        " styleQML, styleSLD, useAsDefault, description, owner, ui) VALUES ('', '', ?, ?, ?, ?, '', 1, ?, '', '')",
        (tabla, columna, tabla, qml, descripcion),
    )


def aplicar_qml(layer, qml: str) -> None:
    """Give ``layer`` the style ``qml`` (as loading it from the database would)."""
    documento = QDomDocument()
    documento.setContent(qml)
    layer.importNamedStyle(documento)


def asegurar_tabla_de_estilos(conn) -> None:
    """Create ``layer_styles`` (QGIS's own schema) in ``main`` when the GeoPackage lacks it."""
    if "layer_styles" not in table_names(conn):
        conn.execute(_DDL)
        schema.register_table(conn, "layer_styles", "QGIS layer styles")
