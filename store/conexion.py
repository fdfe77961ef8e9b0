"""How the plugin opens a POT with sqlite3, beside QGIS's own (OGR) connections to the same file.

The policy (docs/ARCHITECTURE.md, "Connection policy"):

- One short connection per transaction: opened, used, committed or rolled back, closed. The plugin
  never keeps a connection open, so QGIS's connections are never blocked by an idle plugin.
- Reads run in a deferred transaction, writes in ``BEGIN IMMEDIATE``: the write lock is taken before
  anything is read, so what a write decides (a version number, a merged dictionary) is decided on
  the current contents, never on a copy another process has changed meanwhile.
- A writer that finds the POT locked waits, says so once (``avisando_esperas``), and gives up after
  ``ESPERA_MAXIMA`` seconds with a message that says nothing was changed.
- The journal mode is the file's own: rollback journal, or WAL while QGIS edits a layer (QGIS turns
  WAL on when it opens a GeoPackage for editing and back off when it closes it). The plugin never
  changes it; sqlite3 handles both.
- Every sqlite or disk failure becomes a PotError that names the file and the real cause (disk
  full, read-only, locked, a crash's unfinished write, damaged file).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from ..core.errors import PotError
from ..core.i18n import tr

ESPERA_MAXIMA = 60.0  # seconds a writer waits for another one before giving up
_PASO_MS = 200  # each attempt to take the write lock waits this long
_avisos = threading.local()


@contextmanager
def avisando_esperas(avisar):
    """Inside, a writer that must wait for the POT calls ``avisar(message)`` once (e.g. feedback.pushInfo)."""
    anterior = getattr(_avisos, "funcion", None)
    _avisos.funcion = avisar
    try:
        yield
    finally:
        _avisos.funcion = anterior


def _avisar_espera(path) -> None:
    from ..core.log import get_logger

    mensaje = tr("Waiting for another program (another QGIS, qgis_process or an algorithm) to finish writing {path}…").format(
        path=path
    )
    get_logger().info(mensaje)
    funcion = getattr(_avisos, "funcion", None)
    if funcion is not None:
        funcion(mensaje)


def diario(path) -> Path:
    """The rollback journal a crash may leave beside the file."""
    return Path(f"{path}-journal")


def carpeta_escribible(path) -> bool:
    carpeta = Path(path).resolve().parent
    return os.access(carpeta, os.W_OK) and (not Path(path).exists() or os.access(path, os.W_OK))


def _megas_libres(path):
    try:
        return shutil.disk_usage(Path(path).resolve().parent).free / 1e6
    except OSError:
        return None


def disco_lleno(path, margen_mb: float = 1.0) -> bool:
    libres = _megas_libres(path)
    return libres is not None and libres < margen_mb


def error_de_disco_lleno(path) -> PotError:
    libres = _megas_libres(path)
    return PotError(
        tr("The disk holding {path} is full ({free} MB free): nothing was changed. Free some space and try again.").format(
            path=path, free=round(libres or 0, 1)
        )
    )


def error_de_solo_lectura(path) -> PotError:
    return PotError(tr("Cannot write to {path}: the file or its folder is read-only.").format(path=path))


def explicar_fallo_de_escritura(path, detalle: str) -> PotError:
    """A failed write (sqlite, GDAL or QGIS) named by its real cause when it is a full or read-only disk."""
    texto = (detalle or "").lower()
    if "full" in texto or "no space" in texto or disco_lleno(path):
        return error_de_disco_lleno(path)
    if "readonly" in texto or "read-only" in texto or "read only" in texto or not carpeta_escribible(path):
        return error_de_solo_lectura(path)
    return PotError(tr("Cannot write {path}: {error}").format(path=path, error=detalle))


def translate_sqlite_error(path, error) -> PotError:
    """Turn sqlite's wording into a message that names the file and says what to do."""
    text = str(error).lower()
    if "full" in text or disco_lleno(path):
        return error_de_disco_lleno(path)
    if "locked" in text or "busy" in text:
        return PotError(
            tr("The file {path} is locked by another program (or another QGIS). Close it there and try again.").format(
                path=path
            )
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        if diario(path).exists() and not carpeta_escribible(path):
            return error_de_diario_sin_permiso(path)
        if "unable to open" in text and not Path(path).exists():
            return PotError(tr("The file {path} does not exist.").format(path=path))
        return error_de_solo_lectura(path)
    if "not a database" in text or "malformed" in text:
        return PotError(tr("{path} is not a GeoPackage (or it is damaged).").format(path=path))
    if "disk i/o" in text:
        return PotError(
            tr(
                "Disk error on {path} ({error}): the disk may be disconnected, or another program removed the POT's "
                "temporary files (-wal, -shm). Close every QGIS that has the POT open and open it again; what was "
                "saved before is kept."
            ).format(path=path, error=error)
        )
    return PotError(tr("Database error in {path}: {error}").format(path=path, error=error))


def error_de_diario_sin_permiso(path) -> PotError:
    return PotError(
        tr(
            "{path} holds an unfinished write left by a crash ({journal}). It is undone automatically when the POT is "
            "opened from a writable folder: make this folder writable, or copy both files to one, and open it again."
        ).format(path=path, journal=diario(path).name)
    )


def _abrir(path: Path, solo_lectura: bool) -> sqlite3.Connection:
    # Read-write whenever possible, also to read: only a writable connection can undo the
    # unfinished write (hot journal) a crash leaves, which sqlite does by itself on first read.
    modo = "ro" if solo_lectura and not carpeta_escribible(path) else "rw"
    uri = f"{path.resolve().as_uri()}?mode={modo}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=ESPERA_MAXIMA, isolation_level=None)
    except sqlite3.Error as error:
        raise translate_sqlite_error(path, error) from error
    conn.row_factory = sqlite3.Row
    return conn


def _comenzar_escritura(conn: sqlite3.Connection, path: Path, espera: float) -> None:
    """BEGIN IMMEDIATE, waiting (and saying so once) while another writer holds the POT."""
    conn.execute(f"PRAGMA busy_timeout = {_PASO_MS}")
    limite = time.monotonic() + espera
    avisado = False
    while True:
        try:
            conn.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as error:
            texto = str(error).lower()
            if "locked" not in texto and "busy" not in texto:
                raise
            if time.monotonic() >= limite:
                raise PotError(
                    tr(
                        "The POT {path} is being written by another program (another QGIS, qgis_process or an "
                        "algorithm) and was not free within {seconds} s. Nothing was changed; try again when it finishes."
                    ).format(path=path, seconds=int(espera))
                ) from error
            if not avisado:
                _avisar_espera(path)
                avisado = True
    # The commit may still wait for readers (rollback-journal mode): the whole budget for it.
    conn.execute(f"PRAGMA busy_timeout = {int(espera * 1000)}")


@contextmanager
def connect(path, readonly=False, espera: float = None, adjuntar=None):
    """A sqlite3 connection in one transaction: committed on success, rolled back on any error.

    ``readonly``: a deferred transaction (no lock taken until something is read). Otherwise the
    write lock is taken at once (``BEGIN IMMEDIATE``), waiting up to ``espera`` seconds.
    ``adjuntar``: {alias: path} of other files attached to the connection (e.g. a prepared write).
    """
    path = Path(path)
    if not path.exists():
        raise PotError(tr("The file {path} does not exist.").format(path=path))
    conn = _abrir(path, readonly)
    try:
        for alias, otro in (adjuntar or {}).items():
            conn.execute(f"ATTACH DATABASE ? AS {alias}", (str(otro),))
        if readonly:
            conn.execute("BEGIN")
        else:
            _comenzar_escritura(conn, path, ESPERA_MAXIMA if espera is None else espera)
        yield conn
        conn.execute("COMMIT")
    except sqlite3.Error as error:
        _rollback(conn)
        raise translate_sqlite_error(path, error) from error
    except BaseException:
        _rollback(conn)
        raise
    finally:
        conn.close()


def _rollback(conn):
    try:
        conn.execute("ROLLBACK")
    except sqlite3.Error:
        pass


def copia_consistente(origen, destino) -> Path:
    """A consistent copy of a GeoPackage through sqlite's backup API (safe while QGIS has it open,
    WAL included), written beside its target and renamed into place."""
    origen, destino = Path(origen), Path(destino)
    temporal = destino.with_name(f".{destino.name}.{os.getpid()}.tmp")
    try:
        fuente = _abrir(origen, True)
        try:
            copia = sqlite3.connect(str(temporal))
            try:
                fuente.backup(copia)
            finally:
                copia.close()
        finally:
            fuente.close()
        os.replace(temporal, destino)
    except sqlite3.Error as error:
        raise translate_sqlite_error(destino if "full" in str(error).lower() else origen, error) from error
    except OSError as error:
        raise explicar_fallo_de_escritura(destino, error.strerror or str(error)) from error
    finally:
        temporal.unlink(missing_ok=True)
    return destino


def versiones_sqlite() -> tuple:
    """(SQLite of Python's sqlite3, SQLite of GDAL) in this process. Two different libraries cannot
    see each other's locks on the same file (POSIX locks belong to the process): the plugin's writes
    and QGIS's would then not be coordinated. The plugin logs a warning when they differ."""
    from osgeo import gdal, ogr

    gdal_version = ""
    with _gdal_en_silencio():
        ds = ogr.GetDriverByName("GPKG").CreateDataSource("/vsimem/pot_version_sqlite.gpkg")
        if ds is not None:
            capa = ds.ExecuteSQL("SELECT sqlite_version()")
            if capa is not None:
                gdal_version = capa.GetNextFeature().GetField(0)
                ds.ReleaseResultSet(capa)
            ds = None
            gdal.Unlink("/vsimem/pot_version_sqlite.gpkg")
    return sqlite3.sqlite_version, gdal_version


def _gdal_en_silencio():
    from ..core.gdal_silencio import gdal_silencioso

    return gdal_silencioso()


_comprobada = {}


def avisar_si_dos_sqlite() -> bool:
    """Log once per session when Python's sqlite3 and GDAL use different SQLite libraries. True if they match."""
    if "iguales" not in _comprobada:
        python, gdal_sqlite = versiones_sqlite()
        _comprobada["iguales"] = not gdal_sqlite or python == gdal_sqlite
        if not _comprobada["iguales"]:
            from ..core.log import get_logger

            get_logger().warning(
                tr(
                    "Python's sqlite3 uses SQLite {python} and QGIS (GDAL) SQLite {gdal}: two libraries in one process "
                    "cannot see each other's file locks. Avoid editing a POT in QGIS while the plugin writes to it."
                ).format(python=python, gdal=gdal_sqlite)
            )
    return _comprobada["iguales"]
