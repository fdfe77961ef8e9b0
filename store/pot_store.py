"""PotStore: open, create and migrate the GeoPackage of one POT.

Tables are read and written with sqlite3 (stdlib, fast, transactional); spatial layers are written
through QGIS/OGR. Every failure a user can cause (not a GeoPackage, not a POT, newer schema, locked or
read-only file) becomes a PotError that names the file and the problem.
"""
from datetime import datetime, timezone
from pathlib import Path

from ..__about__ import __version__
from ..core.errors import PotError
from ..core.i18n import tr
from . import schema
from .conexion import connect, copia_consistente, translate_sqlite_error  # noqa: F401 (the store's API)

PROJECT_NAME = "pot"
VERSION_TABLE = "pot_esquema"


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def table_names(conn) -> set:
    """Tables and views of an open GeoPackage connection."""
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}


def read_schema_version(path) -> int:
    """0 for a GeoPackage without POT tables. Raises PotError when it is not a GeoPackage at all.

    Reading also undoes the unfinished write a crash may have left (hot journal): the connection is
    read-write whenever the folder allows it (see ``conexion``).
    """
    path = Path(path)
    if not path.is_file():
        raise PotError(tr("The file {path} does not exist.").format(path=path))
    # Never open() the file to peek at it: closing that descriptor would drop every sqlite lock this
    # process holds on it (POSIX locks belong to the process), QGIS's included. sqlite says it itself.
    try:
        with connect(path, readonly=True) as conn:
            return _version(conn, path)
    except PotError as error:
        if "not a GeoPackage" in str(error) or "damaged" in str(error):
            raise PotError(tr("{path} is not a GeoPackage.").format(path=path)) from error
        raise


def _version(conn, path) -> int:
    names = table_names(conn)
    if "gpkg_contents" not in names:
        raise PotError(tr("{path} is an SQLite file but not a GeoPackage.").format(path=path))
    if VERSION_TABLE not in names:
        return 0
    row = conn.execute(f"SELECT MAX(version) FROM {VERSION_TABLE}").fetchone()
    return int(row[0] or 0)


def apply_migrations(conn, current: int, target: int = schema.LATEST) -> None:
    if current == 0:
        schema.create_table(
            conn, VERSION_TABLE, "version INTEGER NOT NULL, aplicado TEXT NOT NULL, plugin TEXT", "POT schema versions"
        )
    for version in range(current, target):
        schema.MIGRATIONS[version](conn)
        conn.execute(
            f"INSERT INTO {VERSION_TABLE} (version, aplicado, plugin) VALUES (?, ?, ?)",
            (version + 1, _now(), __version__),
        )


def gpkg_y_tabla(layer):
    """(GeoPackage path, table) that an OGR layer reads; the table is "" when its URI names none.
    (None, None) when the layer does not come from a GeoPackage. The one place that parses sources."""
    from qgis.core import QgsProviderRegistry

    if layer.providerType() != "ogr":
        return None, None
    partes = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    ruta = partes.get("path") or ""
    if not isinstance(ruta, str) or not ruta.lower().endswith(".gpkg"):
        return None, None
    tabla = partes.get("layerName")
    return ruta, tabla if isinstance(tabla, str) else ""


class PotStore:
    """One POT GeoPackage. Cheap to construct; every call opens its own short connection."""

    def __init__(self, path):
        self.path = Path(path).resolve()

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path, migrate=True) -> "PotStore":
        """Open an existing POT, migrating an older schema forward (after a backup copy)."""
        path = Path(path)
        version = read_schema_version(path)
        if version == 0:
            raise PotError(
                tr("{path} is a GeoPackage but not a POT: it has no POT tables. Create a POT with “New POT”.").format(
                    path=path
                )
            )
        if version > schema.LATEST:
            raise PotError(
                tr(
                    "{path} was saved by a newer version of POT Cartografía (schema {found}; this version knows up "
                    "to {known}). Update the plugin; the file was not modified."
                ).format(path=path, found=version, known=schema.LATEST)
            )
        store = cls(path)
        if migrate:
            from .escritura import limpiar_restos

            limpiar_restos(store.path)
        if version < schema.LATEST and migrate:
            store.backup(suffix=f"v{version}")
            with connect(path) as conn:
                actual = _version(conn, path)  # decided under the write lock: two openers migrate once
                apply_migrations(conn, actual)
        return store

    @classmethod
    def initialise(cls, path) -> "PotStore":
        """Add the POT tables (all migrations) to a GeoPackage that has none yet."""
        with connect(path) as conn:
            apply_migrations(conn, 0)
        return cls(path)

    def backup(self, suffix: str) -> Path:
        """A consistent copy beside the POT (``<name>.<suffix>.bak.gpkg``), whatever QGIS holds open."""
        return copia_consistente(self.path, self.path.with_name(f"{self.path.stem}.{suffix}.bak{self.path.suffix}"))

    # -- plumbing ------------------------------------------------------------------------------
    def connect(self, readonly=False, adjuntar=None):
        """One transaction on the POT (see ``conexion.connect``)."""
        return connect(self.path, readonly=readonly, adjuntar=adjuntar)

    def schema_version(self) -> int:
        return read_schema_version(self.path)

    def table_names(self) -> set:
        with self.connect(readonly=True) as conn:
            return table_names(conn)

    def spatial_layers(self) -> list:
        with self.connect(readonly=True) as conn:
            rows = conn.execute("SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name")
            return [row[0] for row in rows]

    def layer_uri(self, layer: str) -> str:
        return f"{self.path}|layername={layer}"

    def project_uri(self) -> str:
        return f"geopackage:{self.path}?projectName={PROJECT_NAME}"

    def count(self, table: str, where: str = "", params=()) -> int:
        with self.connect(readonly=True) as conn:
            if table not in table_names(conn):
                return 0
            sql = f'SELECT COUNT(*) FROM "{table}"' + (f" WHERE {where}" if where else "")
            return int(conn.execute(sql, params).fetchone()[0])

    # -- metadata ------------------------------------------------------------------------------
    def metadata(self) -> dict:
        with self.connect(readonly=True) as conn:
            return {row["clave"]: row["valor"] for row in conn.execute("SELECT clave, valor FROM pot_metadatos")}

    def set_metadata(self, values: dict) -> None:
        with self.connect() as conn:
            conn.executemany(
                "INSERT INTO pot_metadatos (clave, valor) VALUES (?, ?)"
                " ON CONFLICT (clave) DO UPDATE SET valor = excluded.valor",
                [(key, None if value is None else str(value)) for key, value in values.items()],
            )

    # -- layer registry ------------------------------------------------------------------------
    def register_layer(self, layer: str, title: str, phase: str, group: str = "", variable: str = "") -> None:
        with self.connect() as conn:
            conn.execute(
                "INSERT INTO pot_capas (capa, titulo, fase, grupo, variable) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (capa) DO UPDATE SET titulo = excluded.titulo, fase = excluded.fase,"
                " grupo = excluded.grupo, variable = excluded.variable",
                (layer, title, phase, group, variable),
            )

    def registered_layers(self) -> list:
        with self.connect(readonly=True) as conn:
            return [dict(row) for row in conn.execute("SELECT capa, titulo, fase, grupo, variable FROM pot_capas ORDER BY fid")]
