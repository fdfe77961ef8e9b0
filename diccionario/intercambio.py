"""The diccionario de variables as a spreadsheet: XLSX (two sheets) or CSV (two files), through OGR.

XLSX: one workbook with the sheets ``variables`` (columns ``modelo.VARIABLE_FIELDS``) and ``clases``
(``CLASE_COLUMNAS``). CSV: ``<name>.csv`` (variables) and ``<name>_clases.csv`` (classes) beside it.
CSV files are written as UTF-8 with a BOM, comma-separated, CRLF line ends: Excel (in Spanish too)
then opens accents and ñ correctly. Reading accepts comma or semicolon separators, a BOM or none, and
Windows-1252/Latin-1 files (with a warning). Numbers are written so that they read back exactly
(``anio`` whole, ``minimo``/``maximo`` floats). Note that Excel itself may turn CSV codes such as
``01`` into numbers when it saves a CSV; the XLSX format does not have that problem.

Import validates the whole file (and ``modelo.validar_diccionario``) before returning anything, so
callers can write the result without fear of half-imported dictionaries. A file too big for a
dictionary (``MAX_MB``, ``MAX_FILAS``) or a workbook with merged cells (read as blanks) is refused
with a message before it is parsed. CSV text cells that a spreadsheet would run as formulas (``=``,
``+``, ``-``, ``@``…) are written with a leading apostrophe, which import removes again.
"""
import math
import os
import tempfile
import unicodedata
import uuid
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import List, Tuple
from xml.etree import ElementTree

from osgeo import gdal, ogr

from ..core.errors import PotError
from ..core.gdal_silencio import gdal_silencioso
from ..core.i18n import tr
from .modelo import VARIABLE_FIELDS, Clase, Variable, validar_diccionario

HOJA_VARIABLES = "variables"
HOJA_CLASES = "clases"
CLASE_COLUMNAS = ["variable", "codigo", "etiqueta", "color", "minimo", "maximo"]
REQUERIDAS_VARIABLES = ["codigo", "nombre", "tipo"]
REQUERIDAS_CLASES = ["variable", "etiqueta", "color"]
EXTENSIONES = (".xlsx", ".csv")
SUFIJO_CLASES = "_clases"
MAX_PROBLEMAS = 30


class Tabla:
    """One sheet or CSV file as read: a name for messages, its columns and its non-empty rows."""

    def __init__(self, nombre: str, columnas: List[str], filas: List[Tuple[int, dict]]):
        self.nombre = nombre
        self.columnas = columnas
        self.filas = filas  # (spreadsheet row number, {column: value})


# -- paths --------------------------------------------------------------------------------------
def ruta_clases_csv(ruta) -> Path:
    """``<name>_clases.csv`` beside ``<name>.csv``."""
    ruta = Path(ruta)
    return ruta.with_name(f"{ruta.stem}{SUFIJO_CLASES}{ruta.suffix}")


def _extension(ruta: Path) -> str:
    extension = ruta.suffix.lower()
    if extension not in EXTENSIONES:
        raise PotError(
            tr("{path}: a dictionary file must be .xlsx or .csv, not “{extension}”.").format(
                path=ruta, extension=ruta.suffix or tr("(no extension)")
            )
        )
    return extension


# -- GDAL plumbing ------------------------------------------------------------------------------


@contextmanager
def _opcion_config(clave: str, valor: str):
    previo = gdal.GetConfigOption(clave)
    gdal.SetConfigOption(clave, valor)
    try:
        yield
    finally:
        gdal.SetConfigOption(clave, previo)


def _leer_ogr(ruta: Path, driver: str, nombre_tabla, opciones=()) -> List[Tuple[str, Tabla]]:
    """Every layer (sheet) of a file as (layer name, Tabla); ``nombre_tabla(layer name)`` names it in messages."""
    with gdal_silencioso():
        try:
            ds = gdal.OpenEx(str(ruta), gdal.OF_VECTOR | gdal.OF_READONLY, allowed_drivers=[driver], open_options=list(opciones))
        except RuntimeError:
            ds = None
        if ds is None:
            raise PotError(
                tr("{path} could not be read as {format}: {error}").format(
                    path=ruta, format=driver, error=gdal.GetLastErrorMsg() or tr("unknown error")
                )
            )
        try:
            capas = [ds.GetLayer(i) for i in range(ds.GetLayerCount())]
            return [(capa.GetName(), _leer_capa(capa, nombre_tabla(capa.GetName()))) for capa in capas]
        finally:
            capas = None
            ds = None


def _leer_capa(capa, nombre: str) -> Tabla:
    defn = capa.GetLayerDefn()
    columnas = [defn.GetFieldDefn(i).GetName().strip().lower() for i in range(defn.GetFieldCount())]
    filas = []
    capa.ResetReading()
    for numero, feature in enumerate(capa, start=2):  # row 1 is the header
        valores = {}
        for i, columna in enumerate(columnas):
            valor = feature.GetField(i) if feature.IsFieldSetAndNotNull(i) else None
            valores.setdefault(columna, valor)
        if any(_texto(v) for v in valores.values()):
            filas.append((numero, valores))
    return Tabla(nombre, columnas, filas)


# -- guards: files too big to be a dictionary, merged cells --------------------------------------------
MAX_MB = 10  # a real dictionary is a few hundred kB
MAX_FILAS = 20000  # rows of a sheet or CSV file (variables or classes)
MAX_XML_MB = 200  # uncompressed size of a workbook's sheets (a zip bomb is refused before it is read)
_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet takes for the start of a formula


def _comprobar_tamano(ruta: Path) -> None:
    megas = ruta.stat().st_size / 1e6
    if megas > MAX_MB:
        raise PotError(
            tr("{path} is {size} MB: a dictionary file can be at most {max} MB. Is it the right file?").format(
                path=ruta, size=round(megas, 1), max=MAX_MB
            )
        )


def _demasiadas_filas(nombre: str) -> PotError:
    return PotError(
        tr("{table} has more than {max} rows: too many for a dictionary of variables. Is it the right file?").format(
            table=nombre, max=MAX_FILAS
        )
    )


def _hojas_xlsx(archivo: zipfile.ZipFile) -> List[Tuple[str, str]]:
    """(sheet name, its XML part) of a workbook, from its own index (no spreadsheet library)."""
    libro = ElementTree.fromstring(archivo.read("xl/workbook.xml"))
    relaciones = ElementTree.fromstring(archivo.read("xl/_rels/workbook.xml.rels"))
    destinos = {r.get("Id"): r.get("Target") for r in relaciones}
    hojas = []
    for hoja in libro.iterfind("m:sheets/m:sheet", _NS):
        destino = destinos.get(hoja.get(f"{{{_NS['r']}}}id"), "")
        parte = destino.lstrip("/") if destino.startswith("/") else "xl/" + destino
        if parte in archivo.namelist():
            hojas.append((hoja.get("name"), parte))
    return hojas


def _revisar_xlsx(ruta: Path) -> None:
    """Refuse, before OGR reads it, a workbook too big for a dictionary or with merged cells (which
    read as blanks: the variables below the first row of a merge would silently lose their values)."""
    try:
        archivo = zipfile.ZipFile(ruta)
    except (zipfile.BadZipFile, OSError) as error:
        raise PotError(tr("{path} could not be read as {format}: {error}").format(path=ruta, format="XLSX", error=error)) from error
    with archivo:
        try:
            hojas = _hojas_xlsx(archivo)
        except (KeyError, ElementTree.ParseError):
            return  # not a workbook OGR can read either: its own message follows
        if sum(archivo.getinfo(parte).file_size for _, parte in hojas) > MAX_XML_MB * 1e6:
            raise _demasiadas_filas(ruta.name)
        fusionadas = []
        for nombre, parte in hojas:
            filas = 0
            with archivo.open(parte) as xml:
                for _evento, nodo in ElementTree.iterparse(xml):
                    etiqueta = nodo.tag.rsplit("}", 1)[-1]
                    if etiqueta == "row":
                        filas += 1
                        nodo.clear()
                        if filas > MAX_FILAS + 1:  # + the header
                            raise _demasiadas_filas(tr("sheet “{sheet}” of {file}").format(sheet=nombre, file=ruta.name))
                    elif etiqueta == "mergeCell":
                        fusionadas.append((nombre, nodo.get("ref")))
        if fusionadas:
            raise PotError(
                tr(
                    "{path} has merged cells ({cells}): merged cells are read as blanks, so values would be lost. "
                    "Unmerge them and fill every cell, then import again."
                ).format(path=ruta, cells=", ".join(f"{hoja} {celdas}" for hoja, celdas in fusionadas[:10]))
            )


def neutralizar(valor):
    """A text cell that a spreadsheet would run as a formula (=, +, -, @…) gets a leading apostrophe;
    numbers stay numbers. ``restaurar`` undoes it on import."""
    if isinstance(valor, str) and valor.startswith(_FORMULA):
        try:
            float(valor)
        except ValueError:
            return "'" + valor
    return valor


def restaurar(valor):
    if isinstance(valor, str) and len(valor) > 1 and valor[0] == "'" and valor[1:].startswith(_FORMULA):
        return valor[1:]
    return valor


# -- reading -------------------------------------------------------------------------------------
def _decodificar_ansi(datos: bytes) -> Tuple[str, str]:
    """Text of a non-UTF-8 file and the name of the encoding used."""
    try:
        return datos.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        return datos.decode("latin-1"), "ISO-8859-1 (Latin-1)"


def _leer_csv(ruta: Path, avisos: List[str]) -> Tabla:
    datos = ruta.read_bytes()
    if not datos.replace(b"\xef\xbb\xbf", b"").strip():
        raise PotError(tr("The file {path} is empty.").format(path=ruta))
    with tempfile.TemporaryDirectory(prefix="pot_dic_") as carpeta:
        origen = ruta
        try:
            datos.decode("utf-8")
        except UnicodeDecodeError:
            texto, codificacion = _decodificar_ansi(datos)
            origen = Path(carpeta) / ruta.name
            origen.write_text(texto, encoding="utf-8", newline="")
            avisos.append(
                tr("{path} is not UTF-8: it was read as {encoding}. Save it as “CSV UTF-8” to keep accents safe.").format(
                    path=ruta, encoding=codificacion
                )
            )
        if datos.count(b"\n") > MAX_FILAS + 1:
            raise _demasiadas_filas(ruta.name)
        capas = _leer_ogr(origen, "CSV", lambda _: ruta.name, ["HEADERS=YES", "AUTODETECT_TYPE=NO"])
    tabla = capas[0][1]
    tabla.filas = [(numero, {c: restaurar(v) for c, v in fila.items()}) for numero, fila in tabla.filas]
    return tabla


def _leer_xlsx(ruta: Path) -> dict:
    """{sheet name (lower case): Tabla}. Empty sheets are not listed by OGR."""
    _revisar_xlsx(ruta)
    with _opcion_config("OGR_XLSX_HEADERS", "FORCE"):
        capas = _leer_ogr(ruta, "XLSX", lambda hoja: tr("sheet “{sheet}” of {file}").format(sheet=hoja, file=ruta.name))
    tablas = {}
    for hoja, tabla in capas:
        tablas.setdefault(hoja.strip().lower(), tabla)
    return tablas


def _exigir_columnas(tabla: Tabla, requeridas: List[str]) -> None:
    faltan = [c for c in requeridas if c not in tabla.columnas]
    if faltan:
        raise PotError(
            tr("{table} lacks the required column(s) {missing} (columns found: {found}).").format(
                table=tabla.nombre, missing=", ".join(faltan), found=", ".join(tabla.columnas) or tr("none")
            )
        )


def _columnas_ignoradas(tabla: Tabla, conocidas: List[str], avisos: List[str]) -> None:
    otras = [c for c in tabla.columnas if c not in conocidas]
    if otras:
        avisos.append(tr("{table}: unknown column(s) ignored: {columns}.").format(table=tabla.nombre, columns=", ".join(otras)))


# -- cell values -----------------------------------------------------------------------------------
def _texto(valor) -> str:
    """A cell as text; whole numbers without “.0” (a code typed as 1 in Excel reads back “1”)."""
    if valor is None:
        return ""
    if isinstance(valor, float) and valor.is_integer():
        return str(int(valor))
    return str(valor)


def _clave(valor) -> str:
    """Lower case, no accents, no spaces around: “Numérica ” → “numerica”."""
    texto = unicodedata.normalize("NFKD", _texto(valor).strip().lower())
    return "".join(c for c in texto if not unicodedata.combining(c))


def _entero(valor):
    """(int or None, True) or (None, False) when the cell is not a whole number."""
    if isinstance(valor, int):
        return valor, True
    texto = _texto(valor).strip()
    if not texto:
        return None, True
    try:
        return int(texto), True
    except ValueError:
        pass
    try:
        numero = float(texto)
    except ValueError:
        return None, False
    return (int(numero), True) if numero.is_integer() else (None, False)


def _real(valor):
    """(float or None, True) or (None, False) when the cell is not a finite number."""
    if isinstance(valor, (int, float)):
        return float(valor), math.isfinite(valor)
    texto = _texto(valor).strip()
    if not texto:
        return None, True
    try:
        numero = float(texto)
    except ValueError:
        return None, False
    return (numero, True) if math.isfinite(numero) else (None, False)


# -- building the dictionary -----------------------------------------------------------------------
def _variables_de(tabla: Tabla, problemas: List[str]) -> List[Variable]:
    variables, filas_de = [], {}
    for numero, fila in tabla.filas:
        valores = {}
        for campo in VARIABLE_FIELDS:
            if campo not in tabla.columnas:
                continue  # optional column absent: the model's default
            valor = fila.get(campo)
            if campo == "anio":
                valores[campo], ok = _entero(valor)
                if not ok:
                    problemas.append(
                        tr("{table}, row {row}: the year “{value}” is not a whole number.").format(
                            table=tabla.nombre, row=numero, value=_texto(valor)
                        )
                    )
            elif campo in ("tipo", "rol"):
                valores[campo] = _clave(valor)
            elif campo == "codigo":
                valores[campo] = _texto(valor).strip()
            else:
                valores[campo] = _texto(valor)
        codigo = valores["codigo"]
        if codigo and codigo in filas_de:
            problemas.append(
                tr("{table}, row {row}: the code “{code}” is repeated (first in row {first}).").format(
                    table=tabla.nombre, row=numero, code=codigo, first=filas_de[codigo]
                )
            )
            continue
        filas_de[codigo] = numero
        variables.append(Variable(**valores))
    return variables


def _asignar_clases(tabla: Tabla, variables: List[Variable], nombre_variables: str, problemas: List[str]) -> None:
    por_codigo = {v.codigo: v for v in variables}
    for numero, fila in tabla.filas:
        codigo_variable = _texto(fila.get("variable")).strip()
        variable = por_codigo.get(codigo_variable)
        if variable is None:
            problemas.append(
                tr("{table}, row {row}: the class refers to the variable “{code}”, which is not in {variables}.").format(
                    table=tabla.nombre, row=numero, code=codigo_variable, variables=nombre_variables
                )
            )
            continue
        limites = {}
        for columna in ("minimo", "maximo"):
            valor = fila.get(columna)
            limites[columna], ok = _real(valor)
            if not ok:
                problemas.append(
                    tr("{table}, row {row}: {column} “{value}” is not a number (write decimals with a point, e.g. 1.5).").format(
                        table=tabla.nombre, row=numero, column=columna, value=_texto(valor)
                    )
                )
        variable.clases.append(
            Clase(
                etiqueta=_texto(fila.get("etiqueta")),
                color=_texto(fila.get("color")).strip(),
                codigo=_texto(fila.get("codigo")).strip(),
                minimo=limites["minimo"],
                maximo=limites["maximo"],
            )
        )


def _error_de_problemas(ruta: Path, problemas: List[str]) -> PotError:
    lineas = problemas[:MAX_PROBLEMAS]
    if len(problemas) > MAX_PROBLEMAS:
        lineas.append(tr("… and {count} more problem(s).").format(count=len(problemas) - MAX_PROBLEMAS))
    cabecera = tr("The dictionary in {path} was not imported; fix these problems first:").format(path=ruta)
    return PotError("\n".join([cabecera] + ["- " + linea for linea in lineas]))


def importar(ruta) -> Tuple[List[Variable], List[str]]:
    """Read and validate a dictionary file (.xlsx, or .csv plus its ``_clases.csv``).

    Returns ``(variables, avisos)``: the variables with their classes, in file order, and translated
    warnings (encoding converted, classes missing, columns ignored). Raises PotError listing every
    problem found; nothing partial is ever returned.
    """
    ruta = Path(ruta)
    extension = _extension(ruta)
    if not ruta.is_file():
        raise PotError(tr("The file {path} does not exist.").format(path=ruta))
    _comprobar_tamano(ruta)
    avisos: List[str] = []
    if extension == ".xlsx":
        hojas = _leer_xlsx(ruta)
        tabla_variables = hojas.get(HOJA_VARIABLES)
        if tabla_variables is None:
            raise PotError(
                tr("{path} has no sheet “{sheet}” with data (sheets found: {found}).").format(
                    path=ruta, sheet=HOJA_VARIABLES, found=", ".join(hojas) or tr("none")
                )
            )
        tabla_clases = hojas.get(HOJA_CLASES)
        if tabla_clases is None:
            avisos.append(
                tr("{path} has no sheet “{sheet}” (or it is empty): the variables were read without classes.").format(
                    path=ruta, sheet=HOJA_CLASES
                )
            )
    else:
        tabla_variables = _leer_csv(ruta, avisos)
        ruta_clases = ruta_clases_csv(ruta)
        tabla_clases = None
        if ruta_clases.is_file():
            _comprobar_tamano(ruta_clases)
            tabla_clases = _leer_csv(ruta_clases, avisos)
        else:
            avisos.append(
                tr("No classes file {path} beside {file}: the variables were read without classes.").format(
                    path=ruta_clases, file=ruta.name
                )
            )

    if "etiqueta" in tabla_variables.columnas and "nombre" not in tabla_variables.columnas:
        raise PotError(
            tr("{table} looks like a table of classes, not of variables: choose the variables file instead.").format(
                table=tabla_variables.nombre
            )
        )
    _exigir_columnas(tabla_variables, REQUERIDAS_VARIABLES)
    _columnas_ignoradas(tabla_variables, VARIABLE_FIELDS, avisos)
    if not tabla_variables.filas:
        raise PotError(tr("{table} has no variables (only a header, or empty rows).").format(table=tabla_variables.nombre))
    if tabla_clases is not None:
        _exigir_columnas(tabla_clases, REQUERIDAS_CLASES)
        _columnas_ignoradas(tabla_clases, CLASE_COLUMNAS, avisos)

    problemas: List[str] = []
    variables = _variables_de(tabla_variables, problemas)
    if tabla_clases is not None:
        _asignar_clases(tabla_clases, variables, tabla_variables.nombre, problemas)
    problemas.extend(validar_diccionario(variables))
    if problemas:
        raise _error_de_problemas(ruta, problemas)
    return variables, avisos


# -- writing -----------------------------------------------------------------------------------------
def _cabe_en_xlsx(numero: float) -> bool:
    """OGR's XLSX writer keeps 16 significant digits; some doubles need 17."""
    return float(format(numero, ".16g")) == numero


def _numero_como_texto(valor) -> str:
    return "" if valor is None else repr(valor)  # repr: the shortest text that reads back exactly


def _tabla_variables(variables: List[Variable], xlsx: bool):
    columnas = [(c, ogr.OFTInteger if c == "anio" and xlsx else ogr.OFTString) for c in VARIABLE_FIELDS]
    anio = VARIABLE_FIELDS.index("anio")
    filas = []
    for variable in variables:
        fila = [getattr(variable, c) for c in VARIABLE_FIELDS]
        fila[anio] = None if fila[anio] in (None, "") else int(fila[anio])
        if not xlsx:
            fila[anio] = _numero_como_texto(fila[anio])
            fila = [neutralizar(v) for v in fila]
        filas.append(fila)
    return HOJA_VARIABLES, columnas, filas


def _tabla_clases(variables: List[Variable], xlsx: bool):
    clases = [(v.codigo, c) for v in variables for c in v.clases]
    limites = [float(x) for _, c in clases for x in (c.minimo, c.maximo) if x is not None]
    # Numeric cells in XLSX when they read back exactly; otherwise (and in CSV) exact text.
    numerico = xlsx and all(_cabe_en_xlsx(x) for x in limites)
    tipo_limite = ogr.OFTReal if numerico else ogr.OFTString
    columnas = [(c, tipo_limite if c in ("minimo", "maximo") else ogr.OFTString) for c in CLASE_COLUMNAS]
    filas = []
    for codigo, clase in clases:
        minimo = None if clase.minimo is None else float(clase.minimo)
        maximo = None if clase.maximo is None else float(clase.maximo)
        if not numerico:
            minimo, maximo = _numero_como_texto(minimo), _numero_como_texto(maximo)
        fila = [codigo, clase.codigo, clase.etiqueta, clase.color, minimo, maximo]
        filas.append(fila if xlsx else [neutralizar(v) for v in fila])
    return HOJA_CLASES, columnas, filas


def _escribir(ruta: Path, driver: str, tablas, opciones_capa=()) -> None:
    """Write tables (name, [(column, OGR type)], rows) as layers of a new OGR dataset at ``ruta``."""
    with gdal_silencioso():
        try:
            ds = ogr.GetDriverByName(driver).CreateDataSource(str(ruta))
        except RuntimeError:
            ds = None
        if ds is None:
            raise PotError(tr("Cannot write {path}: {error}").format(path=ruta, error=gdal.GetLastErrorMsg()))
        try:
            for nombre, columnas, filas in tablas:
                _escribir_capa(ds, ruta, nombre, columnas, filas, opciones_capa)
        finally:
            ds = None  # closing writes the file
        if gdal.GetLastErrorType() >= gdal.CE_Failure or not ruta.is_file():
            raise PotError(tr("Cannot write {path}: {error}").format(path=ruta, error=gdal.GetLastErrorMsg()))


def _escribir_capa(ds, ruta: Path, nombre: str, columnas, filas, opciones_capa) -> None:
    capa = ds.CreateLayer(nombre, geom_type=ogr.wkbNone, options=list(opciones_capa))
    for columna, tipo in columnas:
        capa.CreateField(ogr.FieldDefn(columna, tipo))
    defn = capa.GetLayerDefn()
    for fila in filas:
        feature = ogr.Feature(defn)
        for i, valor in enumerate(fila):
            if valor is not None and valor != "":
                feature.SetField(i, valor)
        if capa.CreateFeature(feature) != 0:
            raise PotError(tr("Cannot write {path}: {error}").format(path=ruta, error=gdal.GetLastErrorMsg()))


def _ruta_temporal(destino: Path) -> Path:
    # Same folder (so the final replace is atomic) and same extension (OGR's CSV driver needs it).
    return destino.with_name(f".{destino.stem}.{uuid.uuid4().hex[:8]}.tmp{destino.suffix}")


def _escribir_reemplazando(trabajos) -> None:
    """Each (destination, write function) is written to a temporary file; all replace their targets
    only once every one is complete, so an existing file is never left half-written."""
    temporales = []
    try:
        for destino, escribir in trabajos:
            temporal = _ruta_temporal(destino)
            temporales.append((destino, temporal))
            escribir(temporal)
        for destino, temporal in temporales:
            os.replace(temporal, destino)
    except OSError as error:
        raise PotError(
            tr("Cannot write {path}: {error}. If the file is open in another program (e.g. Excel), close it and try again.").format(
                path=trabajos[0][0], error=error.strerror or error
            )
        ) from error
    finally:
        for _, temporal in temporales:
            if temporal.exists():
                temporal.unlink()


def exportar(variables: List[Variable], ruta) -> List[Path]:
    """Write the dictionary to ``ruta`` (.xlsx, or .csv plus ``<name>_clases.csv``). Returns the files written."""
    ruta = Path(ruta)
    extension = _extension(ruta)
    if not ruta.parent.is_dir():
        raise PotError(tr("Cannot write {path}: the folder {folder} does not exist.").format(path=ruta, folder=ruta.parent))
    xlsx = extension == ".xlsx"
    tabla_variables = _tabla_variables(variables, xlsx)
    tabla_clases = _tabla_clases(variables, xlsx)
    if xlsx:
        _escribir_reemplazando([(ruta, lambda tmp: _escribir(tmp, "XLSX", [tabla_variables, tabla_clases]))])
        return [ruta]
    opciones = ["WRITE_BOM=YES", "LINEFORMAT=CRLF", "SEPARATOR=COMMA"]
    ruta_clases = ruta_clases_csv(ruta)
    _escribir_reemplazando(
        [
            (ruta, lambda tmp: _escribir(tmp, "CSV", [tabla_variables], opciones)),
            (ruta_clases, lambda tmp: _escribir(tmp, "CSV", [tabla_clases], opciones)),
        ]
    )
    return [ruta, ruta_clases]
