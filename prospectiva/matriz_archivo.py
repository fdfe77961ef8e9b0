"""Matrices as spreadsheets: CSV (Python's csv) or XLSX (through OGR), read as grids of texts.

The grid starts at cell A1: the first row holds the column codes, the first column the row codes.
CSV files are written as UTF-8 with a BOM, comma-separated, CRLF (Excel in Spanish opens them right);
reading accepts comma, semicolon or tab, a BOM or none, and Windows-1252 files. XLSX is read with
``OGR_XLSX_HEADERS=DISABLE`` and ``OGR_XLSX_FIELD_TYPES=STRING`` so that the header row comes as data
and every cell as the text the user typed (GDAL's header guess fails on all-text rows: platform.md).
Writing goes to a temporary file that replaces the target only once complete.
"""
from __future__ import annotations

import csv
import io
import os
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import List, Sequence

from osgeo import gdal, ogr

from ..core.errors import PotError
from ..core.gdal_silencio import gdal_silencioso
from ..core.i18n import tr
from .matriz import Matriz, desde_rejilla

EXTENSIONES = (".csv", ".xlsx")


def _extension(ruta: Path) -> str:
    extension = ruta.suffix.lower()
    if extension not in EXTENSIONES:
        raise PotError(tr("{path}: a matrix file must be .csv or .xlsx, not “{extension}”.").format(
            path=ruta, extension=ruta.suffix or tr("(no extension)")))
    return extension


@contextmanager
def _opciones_gdal(**opciones):
    previas = {clave: gdal.GetConfigOption(clave) for clave in opciones}
    for clave, valor in opciones.items():
        gdal.SetConfigOption(clave, valor)
    try:
        yield
    finally:
        for clave, valor in previas.items():
            gdal.SetConfigOption(clave, valor)


def _leer_csv(ruta: Path) -> List[List[str]]:
    datos = ruta.read_bytes()
    try:
        texto = datos.decode("utf-8-sig")
    except UnicodeDecodeError:
        texto = datos.decode("cp1252", errors="replace")
    if not texto.strip():
        raise PotError(tr("The file {path} is empty.").format(path=ruta))
    primera = texto.splitlines()[0]
    separador = max((";", ",", "\t"), key=primera.count)
    return [fila for fila in csv.reader(io.StringIO(texto), delimiter=separador)]


def _leer_xlsx(ruta: Path, hoja: str = "") -> List[List[str]]:
    with gdal_silencioso(), _opciones_gdal(OGR_XLSX_HEADERS="DISABLE", OGR_XLSX_FIELD_TYPES="STRING"):
        try:
            ds = gdal.OpenEx(str(ruta), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=["XLSX"])
        except RuntimeError:
            ds = None
        if ds is None:
            raise PotError(tr("{path} could not be read as {format}: {error}").format(
                path=ruta, format="XLSX", error=gdal.GetLastErrorMsg() or tr("unknown error")))
        try:
            nombres = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
            if not nombres:
                raise PotError(tr("The file {path} is empty.").format(path=ruta))
            if hoja and hoja not in nombres:
                raise PotError(tr("{path} has no sheet “{sheet}” (sheets found: {found}).").format(
                    path=ruta, sheet=hoja, found=", ".join(nombres)))
            capa = ds.GetLayerByName(hoja or nombres[0])
            ancho = capa.GetLayerDefn().GetFieldCount()
            filas = []
            for feature in capa:
                filas.append([feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else "" for i in range(ancho)])
            return filas
        finally:
            capa = None
            ds = None


def leer_rejilla(ruta, hoja: str = "") -> List[List[str]]:
    """The cells of a CSV file or of an XLSX sheet (the first, or ``hoja``) as rows of texts."""
    ruta = Path(ruta)
    extension = _extension(ruta)
    if not ruta.is_file():
        raise PotError(tr("The file {path} does not exist.").format(path=ruta))
    return _leer_csv(ruta) if extension == ".csv" else _leer_xlsx(ruta, hoja)


def leer_matriz(ruta, conocidos=None) -> Matriz:
    """A matrix of direct influences from a CSV or XLSX file; MatrizInvalida names every bad cell."""
    ruta = Path(ruta)
    return desde_rejilla(leer_rejilla(ruta), ruta.name, conocidos)


def _es_numero(texto: str) -> bool:
    try:
        float(texto)
    except ValueError:
        return False
    return True


def _escribir_xlsx(ruta: Path, filas: Sequence[Sequence[str]], hoja: str) -> None:
    cabecera = [str(c) for c in filas[0]]
    cabecera[0] = cabecera[0] or "codigo"
    cuerpo = filas[1:]
    tipos = []
    for j in range(len(cabecera)):
        columna = [str(f[j]) for f in cuerpo if j < len(f) and str(f[j]) != ""]
        if j == 0 or not columna or not all(_es_numero(c) for c in columna):
            tipos.append(ogr.OFTString)
        else:
            tipos.append(ogr.OFTInteger if all(float(c).is_integer() for c in columna) else ogr.OFTReal)
    with gdal_silencioso():
        ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(ruta))
        if ds is None:
            raise PotError(tr("Cannot write {path}: {error}").format(path=ruta, error=gdal.GetLastErrorMsg()))
        try:
            capa = ds.CreateLayer(hoja, geom_type=ogr.wkbNone)
            for nombre, tipo in zip(cabecera, tipos):
                capa.CreateField(ogr.FieldDefn(nombre, tipo))
            defn = capa.GetLayerDefn()
            for fila in cuerpo:
                feature = ogr.Feature(defn)
                for j, valor in enumerate(fila):
                    texto = str(valor)
                    if texto == "":
                        continue
                    if tipos[j] == ogr.OFTInteger:
                        feature.SetField(j, int(float(texto)))
                    elif tipos[j] == ogr.OFTReal:
                        feature.SetField(j, float(texto))
                    else:
                        feature.SetField(j, texto)
                if capa.CreateFeature(feature) != 0:
                    raise PotError(tr("Cannot write {path}: {error}").format(path=ruta, error=gdal.GetLastErrorMsg()))
        finally:
            capa = None
            ds = None
    if not ruta.is_file():
        raise PotError(tr("Cannot write {path}: {error}").format(path=ruta, error=gdal.GetLastErrorMsg()))


def escribir_rejilla(ruta, filas: Sequence[Sequence[str]], hoja: str = "matriz") -> Path:
    """Write a grid (first row = header) to a .csv or .xlsx file, replacing it only once complete."""
    ruta = Path(ruta)
    extension = _extension(ruta)
    if not ruta.parent.is_dir():
        raise PotError(tr("Cannot write {path}: the folder {folder} does not exist.").format(path=ruta, folder=ruta.parent))
    temporal = ruta.with_name(f".{ruta.stem}.{uuid.uuid4().hex[:8]}.tmp{ruta.suffix}")
    try:
        if extension == ".csv":
            with open(temporal, "w", encoding="utf-8-sig", newline="") as archivo:
                csv.writer(archivo, delimiter=",", lineterminator="\r\n").writerows([[str(c) for c in f] for f in filas])
        else:
            _escribir_xlsx(temporal, filas, hoja)
        os.replace(temporal, ruta)
    except OSError as error:
        raise PotError(tr(
            "Cannot write {path}: {error}. If the file is open in another program (e.g. Excel), close it and try again."
        ).format(path=ruta, error=error.strerror or error)) from error
    finally:
        if temporal.exists():
            temporal.unlink()
    return ruta


def escribir_matriz(matriz: Matriz, ruta) -> Path:
    """Write a matrix of influences as .csv or .xlsx (header row and first column of codes)."""
    filas = matriz.rejilla()
    filas[0][0] = "codigo"
    return escribir_rejilla(ruta, filas)
