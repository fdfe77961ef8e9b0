"""Writes to a POT that are all or nothing.

A layer is never written into the POT directly. It is prepared in a hidden GeoPackage beside the
POT (``.<name>.escritura-<id>.gpkg``): written there by GDAL, given its ids, checked (CRS, geometry
types), styled and linked to the dictionary through ``vista`` (a small POT holding a copy of the
dictionary). Then ``confirmar`` moves it into the POT in ONE sqlite transaction together with its
registry row (``pot_capas``), field bindings (``pot_campos``), links (``pot_vinculos``), styles
(``layer_styles``), the stored QGIS project and whatever else the caller adds (``al_confirmar``),
replacing the old layer of the same name. A kill or a full disk at any moment leaves the POT as it
was; what the hidden files held is removed the next time the POT is opened (``limpiar_restos``).

Names and numbers that depend on the POT's current contents (a version number) are decided inside
that transaction (``nombrar``), under the write lock, so two processes never take the same one.
"""
from __future__ import annotations

import re
import sqlite3
import struct
import uuid
from xml.sax.saxutils import escape
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QLockFile

from ..core.errors import PotError
from ..core.gdal_silencio import gdal_silencioso
from ..core.i18n import tr
from . import conexion
from .pot_store import PotStore, table_names

NOMBRE_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
PREFIJO_TABLA = "pot_stg_"
UID = "pot_uid"
_RESTO = re.compile(r"^\.(?P<stem>.+)\.escritura-(?P<id>[0-9a-f]{12})\.")
# Tables copied into the prepared file so that components can work on it as on a POT.
_TABLAS_VISTA = ("pot_metadatos", "pot_variables", "pot_clases", "pot_capas", "pot_campos", "pot_vinculos")
_CON_DATOS = ("pot_metadatos", "pot_variables", "pot_clases")


def comprobar_nombre(nombre: str) -> None:
    if not NOMBRE_RE.match(nombre or ""):
        raise PotError(
            tr("“{name}” is not a valid POT layer name: use lowercase letters, digits and “_”, starting with a letter.").format(
                name=nombre
            )
        )


def comprobar_origen(layer) -> None:
    """PotError unless ``layer`` can be read and has a CRS (what every layer brought into a POT needs)."""
    if layer is None or not layer.isValid():
        raise PotError(tr("The layer to add to the POT cannot be read."))
    if not layer.crs().isValid():
        raise PotError(
            tr("The layer “{layer}” has no CRS; set its CRS in QGIS (Layer properties › Source) before adding it.").format(
                layer=layer.name()
            )
        )


@dataclass
class _Preparada:
    provisional: str
    nombre: str
    titulo: str
    fase: str
    reemplazar: bool
    omitir_si_existe: bool
    nombrar: Optional[Callable]
    layer: Optional[QgsVectorLayer] = None
    con_estilo: bool = False


@dataclass
class Escritura:
    """One all-or-nothing write to ``store``. Use as a context manager; call ``confirmar`` at the end."""

    store: PotStore
    avisos: List[str] = field(default_factory=list)

    def __post_init__(self):
        self._temporales = archivos_temporales(self.store.path)
        self.base = None
        self.ruta = None
        self._preparadas: List[_Preparada] = []
        self._funciones = []
        self.vista: Optional[PotStore] = None
        self.nombres = {}  # provisional table → final name, after confirmar

    # -- life -----------------------------------------------------------------------------------
    def __enter__(self) -> Escritura:
        self.base = self._temporales.__enter__()
        self.ruta = Path(f"{self.base}.gpkg")
        try:
            self._crear_vista()
        except BaseException as error:
            self.__exit__(type(error), error, None)
            raise
        return self

    def __exit__(self, tipo, error, traza):
        lleno = tipo is not None and issubclass(tipo, Exception) and conexion.disco_lleno(self.store.path)
        for preparada in self._preparadas:
            preparada.layer = None
        self._temporales.__exit__(tipo, error, traza)
        if lleno:  # the real cause, whatever step failed on it (GDAL, QGIS's provider, sqlite)
            raise conexion.error_de_disco_lleno(self.store.path) from error
        return False

    def _crear_vista(self) -> None:
        with gdal_silencioso():
            ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(self.ruta))
            ok = ds is not None
            ds = None
        if not ok or not self.ruta.exists():
            raise conexion.explicar_fallo_de_escritura(self.store.path, tr("the working copy could not be created"))
        with self.store.connect(readonly=True, adjuntar={"stg": self.ruta}) as conn:
            tablas = table_names(conn)
            for tabla in _TABLAS_VISTA:
                if tabla not in tablas:
                    continue
                sql = conn.execute("SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", (tabla,)).fetchone()[0]
                conn.execute(sql.replace(f'CREATE TABLE "{tabla}"', f'CREATE TABLE stg."{tabla}"', 1))
                if tabla in _CON_DATOS:
                    conn.execute(f'INSERT INTO stg."{tabla}" SELECT * FROM main."{tabla}"')
        self.vista = PotStore(self.ruta)

    # -- preparing ------------------------------------------------------------------------------
    def crs_del_pot(self) -> QgsCoordinateReferenceSystem:
        crs = QgsCoordinateReferenceSystem(self.vista.metadata().get("crs", ""))
        if not crs.isValid():
            raise PotError(tr("The POT {path} has no valid CRS in its metadata.").format(path=self.store.path))
        return crs

    def capa(self, layer: QgsVectorLayer, nombre: str, fase: str, titulo: str = "", reemplazar: bool = False,
             contexto=None, nombrar=None, omitir_si_existe: bool = False, conservar_vinculos: bool = True) -> QgsVectorLayer:
        """Prepare ``layer`` as the POT layer ``nombre`` and return the prepared layer (to link, style, count),
        or None when the layer exists and ``omitir_si_existe``.

        ``nombrar(conn) -> (nombre, titulo)`` decides the final name inside the write transaction.
        Replacing a layer keeps the bindings of the fields the new one still has
        (``conservar_vinculos``) and drops, with a warning, those whose field is gone.
        """
        from ..diccionario.vinculos import asegurar_uid, sincronizar

        comprobar_nombre(nombre)
        comprobar_origen(layer)
        crs = self.crs_del_pot()
        if nombrar is None and not self._comprobar_destino(nombre, reemplazar, omitir_si_existe):
            return None  # already there and ``omitir_si_existe``: nothing to write
        provisional = f"{PREFIJO_TABLA}{self.base.name[-12:]}_{len(self._preparadas):03d}"
        self._escribir(layer, provisional, crs, contexto)
        preparada = QgsVectorLayer(f"{self.ruta}|layername={provisional}", titulo or nombre, "ogr")
        if not preparada.isValid():
            raise conexion.explicar_fallo_de_escritura(self.store.path, tr("the layer “{layer}” was not written").format(layer=nombre))
        asegurar_uid(preparada)
        self._comprobar_crs(preparada, provisional, layer.name(), crs)
        comprobar_geometrias(self.ruta, provisional, layer.name())
        self._preparadas.append(_Preparada(provisional, nombre, titulo or layer.name() or nombre, fase, reemplazar,
                                           omitir_si_existe, nombrar, preparada))
        if reemplazar and conservar_vinculos and self._conservar_campos(nombre, provisional, preparada):
            sincronizar(self.vista, preparada, provisional)
        return preparada

    def nombre_provisional(self, preparada: QgsVectorLayer) -> str:
        """The table name of a prepared layer in ``vista`` (for component functions taking a layer name)."""
        return next(p.provisional for p in self._preparadas if p.layer is preparada)

    def al_confirmar(self, funcion) -> None:
        """``funcion(conn, nombres)`` runs inside the final transaction (``nombres``: provisional → final)."""
        self._funciones.append(funcion)

    def _comprobar_destino(self, nombre, reemplazar, omitir_si_existe, conn=None) -> bool:
        """True when the layer must be written; PotError when the name is taken and may not be replaced."""
        if conn is None:
            with self.store.connect(readonly=True) as lectura:
                return self._comprobar_destino(nombre, reemplazar, omitir_si_existe, lectura)
        capas = _capas_espaciales(conn)
        if nombre in table_names(conn) and nombre not in capas:
            raise PotError(tr("“{name}” is the name of a POT table; choose another name.").format(name=nombre))
        if nombre in capas and not reemplazar:
            if omitir_si_existe:
                return False
            raise PotError(tr("The POT already has a layer “{name}”; choose another name.").format(name=nombre))
        return True

    def _escribir(self, layer, provisional, crs, contexto) -> None:
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = provisional
        options.fileEncoding = "UTF-8"
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        contexto = contexto or QgsCoordinateTransformContext()
        if layer.crs() != crs:
            options.ct = QgsCoordinateTransform(layer.crs(), crs, contexto)
        ajeno = _uid_ajeno(layer)
        if ajeno:
            # An identifier that is not the plugin's text UUID is not kept: the POT gives its own.
            options.attributes = [i for i in range(layer.fields().count()) if i != layer.fields().indexOf(UID)]
            self.avisos.append(
                tr("The field pot_uid of “{layer}” is not text; the POT gave the features its own identifiers.").format(
                    layer=layer.name()
                )
            )
        with gdal_silencioso():
            error, mensaje, _, _ = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(self.ruta), contexto, options)
        if error != QgsVectorFileWriter.NoError:
            raise conexion.explicar_fallo_de_escritura(
                self.store.path,
                tr("the layer “{layer}” could not be written: {error}").format(layer=layer.name(), error=mensaje),
            )

    def _comprobar_crs(self, preparada, provisional, nombre, crs) -> None:
        with sqlite3.connect(str(self.ruta)) as conn:
            fila = conn.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (provisional,)).fetchone()
        if fila is None:
            return  # a table without geometry
        sin_crs = fila[0] in (0, -1)  # GeoPackage's "undefined" systems
        if sin_crs or preparada.crs() != crs:
            raise PotError(
                tr("The layer “{layer}” was written without the POT's CRS ({found} instead of {crs}); nothing was changed.").format(
                    layer=nombre, found=tr("none") if sin_crs else (preparada.crs().authid() or tr("none")), crs=crs.authid()
                )
            )

    def _conservar_campos(self, nombre, provisional, preparada) -> bool:
        campos = set(preparada.fields().names())
        with self.store.connect(readonly=True) as conn:
            filas = conn.execute("SELECT campo, variable FROM pot_campos WHERE capa = ?", (nombre,)).fetchall()
        seguidos = [(c, v) for c, v in filas if c in campos]
        perdidos = [c for c, _ in filas if c not in campos]
        if perdidos:
            self.avisos.append(
                tr("The new “{layer}” has no field {fields}: its links to the dictionary were removed.").format(
                    layer=nombre, fields=", ".join(perdidos)
                )
            )
        if seguidos:
            with self.vista.connect() as conn:
                conn.executemany("INSERT INTO pot_campos (capa, campo, variable) VALUES (?, ?, ?)",
                                 [(provisional, c, v) for c, v in seguidos])
        return bool(seguidos)

    # -- the one transaction ----------------------------------------------------------------------
    def confirmar(self, proyecto: bool = True) -> dict:
        """Move every prepared layer (and the caller's changes) into the POT in one transaction.

        Returns {provisional: final name}; a layer skipped because it already existed maps to None.
        The stored project's new version is built before the transaction (see
        ``proyecto_qgis.escribir_con_proyecto``); what it assumed is checked again inside.
        """
        from .proyecto_qgis import Reintentar, escribir_con_proyecto

        for preparada in self._preparadas:
            preparada.layer = None  # QGIS lets go of the working copy before sqlite reads it
            preparada.con_estilo = _tiene_estilo(self.ruta, preparada.provisional)
        planeadas = []

        def cambiar(edicion):
            planeadas[:] = [p for p in self._preparadas if p.nombrar is not None
                            or self._comprobar_destino(p.nombre, p.reemplazar, p.omitir_si_existe)]
            if proyecto:
                self._al_proyecto(edicion, planeadas)

        def escribir(conn):
            reemplazos = {}
            for p in self._preparadas:
                if p.nombrar is not None:
                    provisional_titulo = _titulo_provisional(p)
                    p.nombre, p.titulo = p.nombrar(conn)
                    comprobar_nombre(p.nombre)
                    reemplazos[escape(provisional_titulo)] = escape(p.titulo)
                if self._comprobar_destino(p.nombre, p.reemplazar, p.omitir_si_existe, conn) != (p in planeadas):
                    raise Reintentar()  # another program added or removed that layer meanwhile
                if p not in planeadas:
                    self.nombres[p.provisional] = None
                    continue
                _trasladar(conn, p.provisional, p.nombre)
                conn.execute(
                    "INSERT INTO pot_capas (capa, titulo, fase, grupo, variable) VALUES (?, ?, ?, '', '')"
                    " ON CONFLICT (capa) DO UPDATE SET titulo = excluded.titulo, fase = excluded.fase",
                    (p.nombre, p.titulo, p.fase),
                )
                self.nombres[p.provisional] = p.nombre
            for funcion in self._funciones:
                funcion(conn, dict(self.nombres))
            reemplazos[self.ruta.name] = self.store.path.name
            reemplazos.update({p.provisional: p.nombre for p in planeadas})
            return dict(self.nombres), reemplazos

        return escribir_con_proyecto(self.store, cambiar, escribir, adjuntar={"stg": self.ruta})

    def _al_proyecto(self, edicion, planeadas) -> None:
        presentes = edicion.capas()
        for p in planeadas:
            uri = f"{self.ruta}|layername={p.provisional}"
            titulo = _titulo_provisional(p) if p.nombrar is not None else p.titulo
            if p.nombre not in presentes or p.nombrar is not None:
                edicion.anadir(QgsVectorLayer(uri, titulo, "ogr"), p.fase)
            elif p.con_estilo:  # the project shows the new default style and fields, not the old ones
                edicion.reescribir(p.nombre, QgsVectorLayer(uri, titulo, "ogr"), titulo)
            else:
                edicion.renombrar(p.nombre, titulo)


def _titulo_provisional(preparada) -> str:
    """The project's name for a layer whose title is decided in the transaction (a token replaced then)."""
    return f"{preparada.provisional}__titulo"


def _tiene_estilo(ruta, tabla) -> bool:
    with sqlite3.connect(str(ruta)) as conn:
        if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            return False
        return bool(conn.execute("SELECT COUNT(*) FROM layer_styles WHERE f_table_name = ?", (tabla,)).fetchone()[0])


# -- moving a table between two GeoPackages with sqlite ---------------------------------------------
def _capas_espaciales(conn, esquema="main") -> set:
    return {r[0] for r in conn.execute(f"SELECT table_name FROM {esquema}.gpkg_contents WHERE data_type = 'features'")}


def _columnas(conn, esquema, tabla) -> list:
    return [r[1] for r in conn.execute(f'PRAGMA {esquema}.table_info("{tabla}")')]


def _geometrias(conn, esquema, tabla) -> list:
    if "gpkg_geometry_columns" not in {r[0] for r in conn.execute(f"SELECT name FROM {esquema}.sqlite_master")}:
        return []
    return [r[0] for r in conn.execute(f"SELECT column_name FROM {esquema}.gpkg_geometry_columns WHERE table_name = ?", (tabla,))]


_TABLAS_GPKG = ("gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents", "gpkg_data_columns",
                "gpkg_metadata_reference")


def borrar_capa(conn, nombre: str) -> None:
    """Drop a feature table of ``main`` with everything GeoPackage keeps about it (rtree, triggers,
    gpkg_* rows), as GDAL does, inside the caller's transaction."""
    tablas = table_names(conn)
    for columna in _geometrias(conn, "main", nombre):
        conn.execute(f'DROP TABLE IF EXISTS main."rtree_{nombre}_{columna}"')
    conn.execute(f'DROP TABLE IF EXISTS main."{nombre}"')  # its triggers go with it
    for tabla in _TABLAS_GPKG:
        if tabla in tablas:
            conn.execute(f"DELETE FROM main.{tabla} WHERE lower(table_name) = lower(?)", (nombre,))


def _trasladar(conn, origen: str, destino: str) -> bool:
    """Move table ``origen`` of the attached ``stg`` into ``main`` as ``destino`` (replacing it), with
    its spatial index, triggers, GeoPackage rows, styles, bindings and links. True when it brings a style."""
    tablas = table_names(conn)
    capas = _capas_espaciales(conn)
    if destino in capas:
        borrar_capa(conn, destino)
    geometrias = _geometrias(conn, "stg", origen)
    objetos = conn.execute("SELECT type, name, sql FROM stg.sqlite_master WHERE tbl_name = ? AND sql IS NOT NULL",
                           (origen,)).fetchall()
    crear = next(sql for tipo, nombre, sql in objetos if tipo == "table" and nombre == origen)
    conn.execute(crear.replace(origen, destino))
    conn.execute(f'INSERT INTO main."{destino}" SELECT * FROM stg."{origen}"')  # before its triggers exist
    for columna in geometrias:
        rtree = conn.execute("SELECT sql FROM stg.sqlite_master WHERE name = ?", (f"rtree_{origen}_{columna}",)).fetchone()
        if rtree is not None:
            conn.execute(rtree[0].replace(origen, destino))
            conn.execute(f'INSERT INTO main."rtree_{destino}_{columna}" SELECT * FROM stg."rtree_{origen}_{columna}"')
    for tipo, _nombre, sql in objetos:
        if tipo in ("index", "trigger"):
            if "gpkg_ogr_contents" in sql and "gpkg_ogr_contents" not in tablas:
                continue
            conn.execute(sql.replace(origen, destino))
    srs = _traer_srs(conn, origen)
    for tabla in ("gpkg_contents", "gpkg_geometry_columns", "gpkg_extensions", "gpkg_ogr_contents"):
        if tabla not in tablas:
            continue
        comunes = [c for c in _columnas(conn, "main", tabla) if c in _columnas(conn, "stg", tabla)]
        valores = []
        for c in comunes:
            if c in ("table_name", "identifier"):
                valores.append(f"replace({c}, '{origen}', '{destino}')")
            elif c == "srs_id" and srs is not None:
                valores.append(str(int(srs)))
            else:
                valores.append(c)
        conn.execute(
            f"INSERT INTO main.{tabla} ({', '.join(comunes)}) SELECT {', '.join(valores)} FROM stg.{tabla} WHERE table_name = ?",
            (origen,),
        )
    con_estilo = _trasladar_estilos(conn, origen, destino)
    for tabla in ("pot_campos", "pot_vinculos"):
        columnas = [c for c in _columnas(conn, "main", tabla) if c not in ("fid", "capa")]
        conn.execute(f"DELETE FROM main.{tabla} WHERE capa = ?", (destino,))
        conn.execute(
            f"INSERT INTO main.{tabla} (capa, {', '.join(columnas)}) SELECT ?, {', '.join(columnas)} FROM stg.{tabla} WHERE capa = ?",
            (destino, origen),
        )
    return con_estilo


def _traer_srs(conn, origen):
    """The srs_id the moved table gets in ``main``: its own, copied when ``main`` lacks it, or a new
    id when ``main`` uses that number for another CRS."""
    fila = conn.execute("SELECT srs_id FROM stg.gpkg_geometry_columns WHERE table_name = ?", (origen,)).fetchone()
    if fila is None:
        return None
    srs_id = fila[0]
    comunes = [c for c in _columnas(conn, "main", "gpkg_spatial_ref_sys") if c in _columnas(conn, "stg", "gpkg_spatial_ref_sys")]
    clave = "organization, organization_coordsys_id, definition"
    nuestro = conn.execute(f"SELECT {clave} FROM stg.gpkg_spatial_ref_sys WHERE srs_id = ?", (srs_id,)).fetchone()
    suyo = conn.execute(f"SELECT {clave} FROM main.gpkg_spatial_ref_sys WHERE srs_id = ?", (srs_id,)).fetchone()
    if suyo is not None and (nuestro is None or tuple(suyo) == tuple(nuestro)):
        return srs_id
    if suyo is not None:
        igual = conn.execute("SELECT srs_id FROM main.gpkg_spatial_ref_sys WHERE organization = ? AND organization_coordsys_id = ?"
                             " AND definition = ?", tuple(nuestro)).fetchone()
        if igual is not None:
            return igual[0]
        nuevo = conn.execute("SELECT MAX(srs_id) + 1 FROM main.gpkg_spatial_ref_sys").fetchone()[0]
    else:
        nuevo = srs_id
    valores = [("?" if c == "srs_id" else c) for c in comunes]
    conn.execute(f"INSERT INTO main.gpkg_spatial_ref_sys ({', '.join(comunes)}) SELECT {', '.join(valores)}"
                 " FROM stg.gpkg_spatial_ref_sys WHERE srs_id = ?", (nuevo, srs_id))
    return nuevo


def _trasladar_estilos(conn, origen, destino) -> bool:
    if "layer_styles" not in {r[0] for r in conn.execute("SELECT name FROM stg.sqlite_master")}:
        return False
    if not conn.execute("SELECT COUNT(*) FROM stg.layer_styles WHERE f_table_name = ?", (origen,)).fetchone()[0]:
        return False  # no new style: the replaced layer's own style stays
    from .estilos import asegurar_tabla_de_estilos

    asegurar_tabla_de_estilos(conn)
    conn.execute("DELETE FROM main.layer_styles WHERE f_table_name = ?", (destino,))
    columnas = [c for c in _columnas(conn, "main", "layer_styles") if c != "id" and c in _columnas(conn, "stg", "layer_styles")]
    valores = [f"replace({c}, '{origen}', '{destino}')" if c in ("f_table_name", "styleName") else c for c in columnas]
    conn.execute(
        f"INSERT INTO main.layer_styles ({', '.join(columnas)}) SELECT {', '.join(valores)} FROM stg.layer_styles"
        " WHERE f_table_name = ?",
        (origen,),
    )
    return True


# -- checks -------------------------------------------------------------------------------------------
_FAMILIAS = {1: "punto", 4: "punto", 2: "linea", 5: "linea", 8: "linea", 9: "linea", 11: "linea", 13: "linea",
             3: "poligono", 6: "poligono", 10: "poligono", 12: "poligono", 14: "poligono", 15: "poligono", 16: "poligono",
             17: "poligono", 7: "coleccion"}
_DECLARADAS = {"POINT": "punto", "MULTIPOINT": "punto", "LINESTRING": "linea", "MULTILINESTRING": "linea",
               "CIRCULARSTRING": "linea", "COMPOUNDCURVE": "linea", "MULTICURVE": "linea", "CURVE": "linea",
               "POLYGON": "poligono", "MULTIPOLYGON": "poligono", "CURVEPOLYGON": "poligono", "MULTISURFACE": "poligono",
               "SURFACE": "poligono", "POLYHEDRALSURFACE": "poligono", "TIN": "poligono", "TRIANGLE": "poligono"}
_ENVOLTURA = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def familia_de_blob(blob: bytes):
    """"punto", "linea", "poligono" or "coleccion" of a GeoPackage geometry blob; None when empty."""
    if not blob or len(blob) < 8 or blob[:2] != b"GP":
        return None
    banderas = blob[3]
    if banderas & 0x10:
        return None  # empty geometry
    inicio = 8 + _ENVOLTURA.get((banderas >> 1) & 0x07, 0)
    if len(blob) < inicio + 5:
        return None
    orden = "<" if blob[inicio] == 1 else ">"
    tipo = struct.unpack(orden + "I", blob[inicio + 1:inicio + 5])[0] & 0x0FFFFFFF
    return _FAMILIAS.get(tipo % 1000)


def comprobar_geometrias(ruta, tabla, nombre) -> None:
    """A layer declared of one kind (e.g. polygons) must hold only that kind: PotError naming the
    layer and what it found otherwise."""
    with sqlite3.connect(str(ruta)) as conn:
        fila = conn.execute("SELECT column_name, geometry_type_name FROM gpkg_geometry_columns WHERE table_name = ?",
                            (tabla,)).fetchone()
        if fila is None:
            return
        columna, declarada = fila
        esperada = _DECLARADAS.get((declarada or "").upper())
        if esperada is None:
            return  # GEOMETRY / GEOMETRYCOLLECTION: anything goes
        ajenas = {}
        for fid, blob in conn.execute(f'SELECT fid, "{columna}" FROM "{tabla}"'):
            familia = familia_de_blob(blob)
            if familia is not None and familia != esperada:
                ajenas.setdefault(familia, []).append(fid)
    if ajenas:
        raise error_geometrias_ajenas(nombre, esperada, {f: len(fids) for f, fids in ajenas.items()})


FAMILIAS = {0: "punto", 1: "linea", 2: "poligono"}  # QgsWkbTypes.GeometryType → family


def error_geometrias_ajenas(nombre: str, esperada: str, cuentas: dict) -> PotError:
    """The message for a layer declared of one family ("punto", "linea", "poligono") holding
    others (``cuentas``: {family: number of features})."""
    nombres = {"punto": tr("point"), "linea": tr("line"), "poligono": tr("polygon"), "coleccion": tr("collection")}
    detalle = ", ".join(f"{n} {nombres[f]}" for f, n in sorted(cuentas.items()))
    return PotError(
        tr(
            "The layer “{layer}” is a {kind} layer but holds other geometries ({found}); fix or remove them "
            "(e.g. with “Extract by expression”) before adding it to the POT. Nothing was changed."
        ).format(layer=nombre, kind=nombres[esperada], found=detalle)
    )


def _uid_ajeno(layer) -> bool:
    indice = layer.fields().indexOf(UID)
    if indice < 0:
        return False
    from ..core import compat

    return layer.fields().at(indice).type() != compat.tipo_campo("texto")


# -- leftovers ----------------------------------------------------------------------------------------
def _base(path: Path, ident: str) -> Path:
    """Prefix of the hidden files of one write to ``path``: ``.<name>.escritura-<id>``."""
    return path.with_name(f".{path.stem}.escritura-{ident}")


@contextmanager
def archivos_temporales(path):
    """The prefix (a Path) of hidden working files beside ``path``, locked against ``limpiar_restos``
    while this process lives; every file with that prefix is removed on exit."""
    base = _base(Path(path), uuid.uuid4().hex[:12])
    candado = QLockFile(f"{base}.lock")
    candado.setStaleLockTime(0)  # stale only when its process is gone
    if not candado.tryLock(0):
        raise conexion.explicar_fallo_de_escritura(path, tr("its working files cannot be created beside it"))
    try:
        yield base
    finally:
        _borrar_archivos(base)
        candado.unlock()


def _borrar_archivos(base: Path) -> None:
    for archivo in base.parent.glob(f"{base.name}.*"):
        if archivo.suffix == ".lock":
            continue  # QLockFile removes its own
        try:
            archivo.unlink()
        except OSError:
            pass  # held open (Windows): removed on a later open


def _quitar_candado_vacio(candado: Path, segundos: float = 10.0) -> None:
    """A lock file left empty by a process killed between creating it and writing its owner in it:
    QLockFile cannot tell whose it is and would keep it for ever."""
    import time

    try:
        estado = candado.stat()
    except OSError:
        return
    if estado.st_size == 0 and time.time() - estado.st_mtime > segundos:
        candado.unlink(missing_ok=True)


def limpiar_restos(path) -> int:
    """Remove the hidden files of writes to ``path`` that were interrupted (their process is gone).
    Returns how many writes were cleaned."""
    path = Path(path)
    try:
        nombres = [p.name for p in path.parent.iterdir()]
    except OSError:
        return 0
    ids = {m.group("id") for n in nombres if (m := _RESTO.match(n)) and m.group("stem") == path.stem}
    limpiados = 0
    for ident in ids:
        base = _base(path, ident)
        _quitar_candado_vacio(Path(f"{base}.lock"))
        candado = QLockFile(f"{base}.lock")
        candado.setStaleLockTime(0)
        if not candado.tryLock(0):
            continue  # a live write (this process or another)
        try:
            _borrar_archivos(base)
            limpiados += 1
        finally:
            candado.unlock()
    return limpiados
