"""The workshop pack (sheets at A0/A1, a side-by-side comparison, a comment form keyed to the map
grid) and the way back: the filled form becomes rows of ``pot_observaciones`` (and aportes points).

The workshop grid is the sheets' UTM grid over the ámbito: its lines fall on multiples of the same
round interval the map sheet uses, columns are lettered A, B, … west → east and rows numbered
1, 2, … north → south, so "C4" names one square people can point at on any sheet.
"""
import csv
import math
import os
import uuid
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from osgeo import gdal, ogr
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMarginsF, QRectF, QSize, Qt, QUrl
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QTextDocument

from ..core import compat
from ..core.errors import PotError
from ..core.gdal_silencio import gdal_silencioso
from ..core.i18n import tr, trd
from ..diccionario import repositorio
from ..store.pot_store import PotStore, table_names
from . import catalogo, exportar
from .escalas import intervalo_grilla
from .hoja import PAGINAS_MM, ajustar_aspecto, estilo_referencia, estilo_variable

TAMANOS_TALLER = ("A0", "A1")
COLUMNAS_FORMULARIO = ("numero", "taller", "fecha", "institucion", "autor", "hoja", "celda", "texto")
FILAS_EN_BLANCO = 20
CAPA_APORTES = "aportes"


# -- the grid ---------------------------------------------------------------------------------------
def letra_columna(indice: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letras = ""
    indice += 1
    while indice:
        indice, resto = divmod(indice - 1, 26)
        letras = chr(65 + resto) + letras
    return letras


def indice_columna(letras: str) -> int:
    indice = 0
    for letra in letras.upper():
        indice = indice * 26 + (ord(letra) - 64)
    return indice - 1


def cell_for(x: float, y: float, extent, cols: int, rows: int) -> str:
    """The grid cell ("C4") holding the point; "" outside ``extent`` = (xmin, ymin, xmax, ymax).
    Columns A… from west to east, rows 1… from north to south; the east and south edges belong to
    the last column and row."""
    xmin, ymin, xmax, ymax = extent
    if cols <= 0 or rows <= 0 or not (xmin <= x <= xmax and ymin <= y <= ymax):
        return ""
    columna = min(int((x - xmin) / (xmax - xmin) * cols), cols - 1)
    fila = min(int((ymax - y) / (ymax - ymin) * rows), rows - 1)
    return f"{letra_columna(columna)}{fila + 1}"


def cell_centre(celda: str, extent, cols: int, rows: int):
    """(x, y) of the centre of a cell such as "C4"; ValueError when it is not on the grid."""
    texto = (celda or "").strip().upper()
    letras = "".join(c for c in texto if c.isalpha())
    numero = texto[len(letras):]
    if not letras or not numero.isdigit() or texto != letras + numero:
        raise ValueError(celda)
    columna, fila = indice_columna(letras), int(numero) - 1
    if not (0 <= columna < cols and 0 <= fila < rows):
        raise ValueError(celda)
    xmin, ymin, xmax, ymax = extent
    ancho, alto = (xmax - xmin) / cols, (ymax - ymin) / rows
    return xmin + (columna + 0.5) * ancho, ymax - (fila + 0.5) * alto


@dataclass
class Rejilla:
    extent: tuple  # (xmin, ymin, xmax, ymax) on multiples of the interval
    intervalo: float
    cols: int
    rows: int

    def celda(self, x, y) -> str:
        return cell_for(x, y, self.extent, self.cols, self.rows)

    def centro(self, celda):
        return cell_centre(celda, self.extent, self.cols, self.rows)


def rejilla_de_extension(xmin, ymin, xmax, ymax) -> Rejilla:
    """The grid of the sheet's UTM interval, snapped outwards to its multiples."""
    intervalo = intervalo_grilla(max(xmax - xmin, ymax - ymin, 1.0))
    x0, y0 = math.floor(xmin / intervalo) * intervalo, math.floor(ymin / intervalo) * intervalo
    x1, y1 = math.ceil(xmax / intervalo) * intervalo, math.ceil(ymax / intervalo) * intervalo
    x1, y1 = max(x1, x0 + intervalo), max(y1, y0 + intervalo)
    return Rejilla((x0, y0, x1, y1), intervalo, round((x1 - x0) / intervalo), round((y1 - y0) / intervalo))


def rejilla_del_pot(store) -> Rejilla:
    """The workshop grid over the POT's ámbito (else over all its layers)."""
    existentes = store.spatial_layers()
    ambito = catalogo._primera_que_contiene(sorted(existentes), catalogo._NOMBRES_AMBITO)
    total = compat.rectangulo_vacio()
    for nombre in [ambito] if ambito else existentes:
        layer = QgsVectorLayer(store.layer_uri(nombre), nombre, "ogr")
        if layer.isValid() and not layer.extent().isEmpty():
            total.combineExtentWith(layer.extent())
    if total.isEmpty():
        raise PotError(tr("The POT {path} has no layer with features to lay a grid over.").format(path=store.path))
    return rejilla_de_extension(total.xMinimum(), total.yMinimum(), total.xMaximum(), total.yMaximum())


# -- a map image with the grid -----------------------------------------------------------------------
def _capas_de_fondo(store):
    """The ámbito and base layers, styled simply, for the grid key."""
    layers = []
    for registro in store.registered_layers():
        if registro["fase"] == "base" and registro["capa"] in store.spatial_layers():
            layer = QgsVectorLayer(store.layer_uri(registro["capa"]), registro["titulo"] or registro["capa"], "ogr")
            if layer.isValid():
                estilo_referencia(layer)
                layers.append(layer)
    return list(reversed(layers))  # points and lines over polygons, roughly


def imagen_rejilla(store, rejilla: Rejilla, ancho_px: int = 1400) -> QImage:
    """The base layers with the lettered grid drawn over them."""
    xmin, ymin, xmax, ymax = rejilla.extent
    margen = 40
    alto_px = int(ancho_px * (ymax - ymin) / (xmax - xmin))
    imagen = QImage(ancho_px + 2 * margen, alto_px + 2 * margen, QImage.Format.Format_ARGB32)
    imagen.fill(QColor("white"))
    ajustes = QgsMapSettings()
    layers = _capas_de_fondo(store)
    ajustes.setLayers(layers)
    if layers:
        ajustes.setDestinationCrs(layers[0].crs())
    ajustes.setExtent(QgsRectangle(xmin, ymin, xmax, ymax))
    ajustes.setOutputSize(QSize(ancho_px, alto_px))
    ajustes.setBackgroundColor(QColor("white"))
    pintor = QPainter(imagen)
    try:
        pintor.translate(margen, margen)
        trabajo = QgsMapRendererCustomPainterJob(ajustes, pintor)
        trabajo.renderSynchronously()
        pintor.setPen(QPen(QColor(200, 0, 0), 2))
        ancho_c, alto_c = ancho_px / rejilla.cols, alto_px / rejilla.rows
        for i in range(rejilla.cols + 1):
            pintor.drawLine(int(i * ancho_c), 0, int(i * ancho_c), alto_px)
        for j in range(rejilla.rows + 1):
            pintor.drawLine(0, int(j * alto_c), ancho_px, int(j * alto_c))
        fuente = QFont("Sans", 14)
        fuente.setBold(True)
        pintor.setFont(fuente)
        for i in range(rejilla.cols):
            pintor.drawText(QRectF(i * ancho_c, -margen, ancho_c, margen), Qt.AlignmentFlag.AlignCenter, letra_columna(i))
        for j in range(rejilla.rows):
            pintor.drawText(QRectF(-margen, j * alto_c, margen, alto_c), Qt.AlignmentFlag.AlignCenter, str(j + 1))
    finally:
        pintor.end()
    return imagen


# -- the comment form ---------------------------------------------------------------------------------


def escribir_formulario_xlsx(destino, hojas, taller: str) -> Path:
    """The form as a spreadsheet: one row per observation (numbered blank rows), and a second sheet
    listing the maps."""
    destino = Path(destino)
    temporal = destino.with_name(f".{destino.stem}.part{destino.suffix}")
    with gdal_silencioso():
        ds = ogr.GetDriverByName("XLSX").CreateDataSource(str(temporal))
        if ds is None:
            raise PotError(tr("Cannot write {path}: {error}").format(path=destino, error=gdal.GetLastErrorMsg()))
        capa = ds.CreateLayer("observaciones", geom_type=ogr.wkbNone)
        for columna in COLUMNAS_FORMULARIO:
            capa.CreateField(ogr.FieldDefn(columna, ogr.OFTInteger if columna == "numero" else ogr.OFTString))
        for numero in range(1, FILAS_EN_BLANCO + 1):
            fila = ogr.Feature(capa.GetLayerDefn())
            fila.SetField("numero", numero)
            fila.SetField("taller", taller)
            capa.CreateFeature(fila)
        mapas = ds.CreateLayer("mapas", geom_type=ogr.wkbNone)
        mapas.CreateField(ogr.FieldDefn("hoja", ogr.OFTString))
        mapas.CreateField(ogr.FieldDefn("titulo", ogr.OFTString))
        for hoja in hojas:
            fila = ogr.Feature(mapas.GetLayerDefn())
            fila.SetField("hoja", hoja.numero)
            fila.SetField("titulo", hoja.titulo)
            mapas.CreateFeature(fila)
        capa = mapas = ds = None  # closing writes the file
    if not temporal.is_file():
        raise PotError(tr("Cannot write {path}: {error}").format(path=destino, error=gdal.GetLastErrorMsg()))
    os.replace(temporal, destino)
    return destino


def escribir_formulario_pdf(destino, store, hojas, rejilla: Rejilla, taller: str) -> Path:
    """The printable form: how to name a place (the grid key), the maps, and a table to fill in."""
    meta = store.metadata()
    documento = QTextDocument()
    documento.addResource(QTextDocument.ResourceType.ImageResource, QUrl("pot://rejilla.png"), imagen_rejilla(store, rejilla))
    e = _escapar
    partes = [
        f"<h2>{e(trd('Comment form'))} – {e(meta.get('nombre', ''))}</h2>",
        f"<p>{e(trd('Workshop'))}: {e(taller)} &nbsp;&nbsp; {e(trd('Institution'))}: ________________ &nbsp;&nbsp; "
        f"{e(trd('Name'))}: ________________ &nbsp;&nbsp; {e(trd('Date'))}: __________</p>",
        "<p>{}</p>".format(e(trd(
            "Write one observation per row. Name the map by its number (Sheet) and the place by the grid cell "
            "(Cell): the column letter and the row number of the grid drawn on the comparison sheet and below, "
            "e.g. C4. Grid interval: {interval} m."
        ).format(interval=f"{rejilla.intervalo:,.0f}"))),
        '<table border="1" cellspacing="0" cellpadding="6" width="100%"><tr>',
    ]
    for titulo, ancho in ((trd("No."), 5), (trd("Sheet"), 10), (trd("Cell"), 8), (trd("Observation"), 57), (trd("Answer"), 20)):
        partes.append(f'<th width="{ancho}%">{e(titulo)}</th>')
    partes.append("</tr>")
    for numero in range(1, FILAS_EN_BLANCO + 1):
        partes.append(f"<tr><td>{numero}</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;<br/>&nbsp;</td><td>&nbsp;</td></tr>")
    partes.append("</table>")
    partes.append(f'<h3 style="page-break-before: always">{e(trd("Grid key"))}</h3>')
    ancho = 640
    imagen = documento.resource(QTextDocument.ResourceType.ImageResource, QUrl("pot://rejilla.png"))
    alto = round(ancho * imagen.height() / max(imagen.width(), 1))
    partes.append(f'<p align="center"><img src="pot://rejilla.png" width="{ancho}" height="{alto}"/></p>')
    partes.append(f"<h3>{e(trd('Maps of the workshop'))}</h3><ul>")
    partes += [f"<li>{e(h.numero)} – {e(h.titulo)}</li>" for h in hojas]
    partes.append("</ul>")
    documento.setHtml("".join(partes))
    destino = Path(destino)
    temporal = destino.with_name(f".{destino.stem}.part.pdf")
    escritor = QPdfWriter(str(temporal))
    escritor.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    escritor.setPageOrientation(QPageLayout.Orientation.Landscape)
    escritor.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    escritor.setResolution(120)
    documento.print_(escritor)
    del escritor
    if not temporal.is_file():
        raise PotError(tr("The PDF {path} could not be written.").format(path=destino))
    os.replace(temporal, destino)
    return destino


def _escapar(texto) -> str:
    import html

    return html.escape("" if texto is None else str(texto))


# -- the comparison sheet ---------------------------------------------------------------------------
def pares_para_comparar(store) -> list:
    """Two (title, layer, variable, field) to compare: the first two scenarios or alternatives that
    have a layer, else the first two layers linked to a variable."""
    existentes = set(store.spatial_layers())
    with store.connect(readonly=True) as conn:
        tablas = table_names(conn)
        for tabla in ("pot_alternativas", "pot_escenarios"):
            if tabla in tablas:
                columnas = {r[1] for r in conn.execute(f'PRAGMA table_info("{tabla}")')}
                if {"nombre", "capa"} <= columnas:
                    filas = [dict(r) for r in conn.execute(f'SELECT * FROM "{tabla}" ORDER BY fid')]
                    filas = [f for f in filas if f["capa"] in existentes]
                    if len(filas) >= 2:
                        return [(f["nombre"], f["capa"], f.get("variable") or "", f.get("campo") or "") for f in filas[:2]]
        enlaces = [dict(r) for r in conn.execute("SELECT capa, campo, variable FROM pot_campos ORDER BY fid")]
    titulos = {r["capa"]: r["titulo"] or r["capa"] for r in store.registered_layers()}
    pares = [(titulos.get(e["capa"], e["capa"]), e["capa"], e["variable"], e["campo"]) for e in enlaces if e["capa"] in existentes]
    return pares[:2]


def _par_de_capa(store, capa: str):
    existentes = set(store.spatial_layers())
    if capa not in existentes:
        raise PotError(tr("The POT {path} has no layer “{layer}” to compare.").format(path=store.path, layer=capa))
    titulos = {r["capa"]: r["titulo"] or r["capa"] for r in store.registered_layers()}
    with store.connect(readonly=True) as conn:
        enlace = conn.execute("SELECT campo, variable FROM pot_campos WHERE capa = ? ORDER BY fid", (capa,)).fetchone()
    return titulos.get(capa, capa), capa, enlace["variable"] if enlace else "", enlace["campo"] if enlace else ""


def hoja_comparativa(store, destino, pares, rejilla: Rejilla, tamano: str = "A1", dpi: int = 150) -> Path:
    """One sheet with two maps side by side, the lettered workshop grid on both, each with its legend."""
    if len(pares) != 2:
        raise PotError(tr("The comparison sheet needs two layers; the POT {path} offers {count}.").format(
            path=store.path, count=len(pares)))
    variables = {v.codigo: v for v in repositorio.cargar(store)}
    ancho, alto = PAGINAS_MM[tamano]
    escala = ancho / 420.0
    proyecto = QgsProject()
    layout = QgsPrintLayout(proyecto)
    layout.initializeDefaults()
    pagina = layout.pageCollection().page(0)
    pagina.setPageSize(QgsLayoutSize(ancho, alto, QgsUnitTypes.LayoutMillimeters))
    margen = 12 * escala
    _rotulo(layout, trd("Comparison: {a} / {b}").format(a=pares[0][0], b=pares[1][0]).upper(),
            margen, 5 * escala, ancho - 2 * margen, 10 * escala, _fuente(16 * escala, negrita=True))
    ancho_mapa = (ancho - 3 * margen) / 2
    y = 32 * escala  # title, subtitles and column letters above the maps
    alto_mapa = alto - y - 72 * escala  # legends and the note below
    xmin, ymin, xmax, ymax = rejilla.extent
    fondo = _capas_de_fondo(store)
    for base in fondo:
        proyecto.addMapLayer(base, False)
    poligonos = [b for b in fondo if b.geometryType() == QgsWkbTypes.PolygonGeometry]
    encima = [b for b in fondo if b.geometryType() != QgsWkbTypes.PolygonGeometry]
    for i, (nombre, capa, codigo, campo) in enumerate(pares):
        layer = QgsVectorLayer(store.layer_uri(capa), nombre, "ogr")
        variable = variables.get(codigo)
        if variable is not None and campo and layer.fields().indexFromName(campo) >= 0:
            estilo_variable(layer, variable, campo)
        proyecto.addMapLayer(layer, False)
        x = margen + i * (ancho_mapa + margen)
        _rotulo(layout, nombre, x, 17 * escala, ancho_mapa, 8 * escala, _fuente(12 * escala, negrita=True))
        mapa = QgsLayoutItemMap(layout)
        layout.addLayoutItem(mapa)
        mapa.attemptMove(QgsLayoutPoint(x, y))
        mapa.attemptResize(QgsLayoutSize(ancho_mapa, alto_mapa))
        mapa.setLayers(encima + [layer] + poligonos)
        mapa.setKeepLayerSet(True)
        mapa.setFrameEnabled(True)
        mapa.setCrs(layer.crs())
        mapa.setExtent(ajustar_aspecto(QgsRectangle(xmin, ymin, xmax, ymax), ancho_mapa, alto_mapa))
        mapa.setId(f"mapa{i + 1}")
        grid = QgsLayoutItemMapGrid(trd("Workshop grid"), mapa)
        mapa.grids().addGrid(grid)
        grid.setUnits(QgsLayoutItemMapGrid.MapUnit)
        grid.setIntervalX(rejilla.intervalo)
        grid.setIntervalY(rejilla.intervalo)
        grid.setGridLineColor(QColor(200, 0, 0))
        grid.setGridLineWidth(0.3 * escala)
        grid.setAnnotationEnabled(False)
        _rotulos_rejilla(layout, mapa, rejilla, escala)
        leyenda = QgsLayoutItemLegend(layout)
        leyenda.setLinkedMap(mapa)
        leyenda.setAutoUpdateModel(False)
        leyenda.model().rootGroup().clear()
        leyenda.model().rootGroup().addLayer(layer)
        leyenda.setTitle("")
        leyenda.setColumnCount(3 if len(variable.clases if variable else []) > 12 else 2)
        leyenda.setSymbolHeight(3.5 * escala)
        leyenda.setSymbolWidth(5 * escala)
        leyenda.setResizeToContents(False)
        layout.addLayoutItem(leyenda)
        leyenda.attemptMove(QgsLayoutPoint(x, y + alto_mapa + 4 * escala))
        leyenda.attemptResize(QgsLayoutSize(ancho_mapa, 56 * escala))
    nota = trd("{plan} – grid cells: column letter and row number (e.g. C4); interval {interval} m.").format(
        plan=store.metadata().get("nombre", ""), interval=f"{rejilla.intervalo:,.0f}")
    _rotulo(layout, nota, margen, alto - 10 * escala, ancho - 2 * margen, 7 * escala, _fuente(9 * escala),
            alinear=Qt.AlignmentFlag.AlignLeft)
    destino = Path(destino)
    temporal = destino.with_name(f".{destino.stem}.part.pdf")
    resultado = QgsLayoutExporter(layout).exportToPdf(str(temporal), exportar.ajustes_pdf(dpi))
    if resultado != QgsLayoutExporter.Success:
        temporal.unlink(missing_ok=True)
        raise PotError(tr("The PDF {path} could not be written (QGIS error {code})").format(path=destino, code=resultado))
    os.replace(temporal, destino)
    del layout
    proyecto.clear()
    return destino


def _rotulos_rejilla(layout, mapa, rejilla: Rejilla, escala: float) -> None:
    """The column letters above and the row numbers left of a map, placed on its cells."""
    extent = mapa.extent()
    rect = mapa.rect()
    posicion = mapa.positionWithUnits()
    x_mm, y_mm = posicion.x(), posicion.y()
    fuente = _fuente(10 * escala, negrita=True)

    def a_papel(x, y):
        return (x_mm + (x - extent.xMinimum()) / extent.width() * rect.width(),
                y_mm + (extent.yMaximum() - y) / extent.height() * rect.height())

    xmin, ymin, xmax, ymax = rejilla.extent
    paso = rejilla.intervalo
    for i in range(rejilla.cols):
        px, _ = a_papel(xmin + (i + 0.5) * paso, ymax)
        _rotulo(layout, letra_columna(i), px - 5 * escala, y_mm - 6 * escala, 10 * escala, 5 * escala, fuente, ROJO_REJILLA)
    for j in range(rejilla.rows):
        _, py = a_papel(xmin, ymax - (j + 0.5) * paso)
        _rotulo(layout, str(j + 1), x_mm - 8 * escala, py - 2.5 * escala, 7 * escala, 5 * escala, fuente, ROJO_REJILLA)


ROJO_REJILLA = QColor(200, 0, 0)  # grid letters stand out from any map colour


def _fuente(puntos: float, negrita: bool = False) -> QFont:
    fuente = QFont("Sans")
    fuente.setPointSizeF(puntos)
    fuente.setBold(negrita)
    return fuente


def _rotulo(layout, texto, x, y, ancho, alto, fuente, color=QColor(0, 0, 0), alinear=Qt.AlignmentFlag.AlignHCenter):
    etiqueta = QgsLayoutItemLabel(layout)
    etiqueta.setText(texto)
    compat.fuente_de_rotulo(etiqueta, fuente, color)
    etiqueta.setHAlign(alinear)
    layout.addLayoutItem(etiqueta)
    etiqueta.attemptMove(QgsLayoutPoint(x, y))
    etiqueta.attemptResize(QgsLayoutSize(ancho, alto))


# -- the pack ---------------------------------------------------------------------------------------
def paquete_taller(gpkg, carpeta, numeros=None, tamano: str = "A1", capas=None, taller: str = "", dpi: int = 150,
                   feedback=None) -> dict:
    """Export the workshop pack to ``carpeta``: the chosen sheets at ``tamano`` (A0/A1), the
    comparison sheet (``capas``: two POT layer names, else scenarios/alternatives, else the first two
    layers linked to variables) and the comment form (PDF and XLSX)."""
    if tamano not in TAMANOS_TALLER:
        raise PotError(tr("The workshop size must be A0 or A1, not “{size}”.").format(size=tamano))
    store = PotStore.open(gpkg, migrate=False)
    carpeta = exportar.preparar_carpeta(carpeta)
    taller = taller or trd("Workshop {date}").format(date=date.today().isoformat())
    hojas = exportar.seleccionar(catalogo.cargar(store), numeros, store.path)
    grandes = [replace(h, tamano=tamano, escala=None) for h in hojas]
    salida = {"mapas": [], "comparacion": "", "formulario_pdf": "", "formulario_xlsx": "", "avisos": []}
    resultado = exportar.exportar_mapas(store.path, carpeta / "mapas", formato=exportar.PDF, dpi=dpi, hojas=grandes,
                                        feedback=feedback)
    salida["mapas"] = resultado.pdfs
    salida["avisos"] += resultado.errores
    rejilla = rejilla_del_pot(store)
    pares = [_par_de_capa(store, c) for c in capas if c] if capas and any(capas) else pares_para_comparar(store)
    try:
        salida["comparacion"] = str(hoja_comparativa(store, carpeta / "comparacion.pdf", pares, rejilla, tamano, dpi))
    except PotError as error:
        salida["avisos"].append(str(error))
    salida["formulario_pdf"] = str(escribir_formulario_pdf(carpeta / "formulario_observaciones.pdf", store, hojas, rejilla, taller))
    salida["formulario_xlsx"] = str(escribir_formulario_xlsx(carpeta / "formulario_observaciones.xlsx", hojas, taller))
    return salida


# -- the way back --------------------------------------------------------------------------------------
def _leer_tabla(ruta: Path) -> list:
    """Rows of a filled form as (row number, {column: text})."""
    if ruta.suffix.lower() == ".csv":
        datos = ruta.read_bytes()
        try:
            texto = datos.decode("utf-8-sig")
        except UnicodeDecodeError:
            texto = datos.decode("latin-1")
        muestra = texto[:2000]
        delimitador = ";" if muestra.count(";") > muestra.count(",") else ","
        lector = csv.DictReader(texto.splitlines(), delimiter=delimitador)
        return [(n, {(k or "").strip().lower(): (v or "").strip() for k, v in fila.items()})
                for n, fila in enumerate(lector, start=2)]
    if ruta.suffix.lower() != ".xlsx":
        raise PotError(tr("{path}: the filled form must be an .xlsx or .csv file.").format(path=ruta))
    previo = gdal.GetConfigOption("OGR_XLSX_HEADERS")
    gdal.SetConfigOption("OGR_XLSX_HEADERS", "FORCE")
    try:
        with gdal_silencioso():
            ds = gdal.OpenEx(str(ruta), gdal.OF_VECTOR, allowed_drivers=["XLSX"])
            if ds is None:
                raise PotError(tr("{path} could not be read as XLSX: {error}").format(path=ruta, error=gdal.GetLastErrorMsg()))
            capa = ds.GetLayerByName("observaciones") or ds.GetLayer(0)
            defn = capa.GetLayerDefn()
            nombres = [defn.GetFieldDefn(i).GetName().strip().lower() for i in range(defn.GetFieldCount())]
            filas = []
            for n, feature in enumerate(capa, start=2):
                filas.append((n, {nombre: ("" if not feature.IsFieldSetAndNotNull(i) else str(feature.GetField(i)).strip())
                                  for i, nombre in enumerate(nombres)}))
            capa = ds = None
            return filas
    finally:
        gdal.SetConfigOption("OGR_XLSX_HEADERS", previo)


def importar_observaciones(gpkg, ruta, taller: str = "") -> dict:
    """Read a filled form into ``pot_observaciones``; with an ``aportes`` layer in the POT, each
    observation with a cell also becomes an aporte point at the cell's centre. All or nothing: any
    row with a problem stops the import and every problem is named. Rows already imported (same
    text, sheet and cell) are skipped. Returns {"importadas", "omitidas", "aportes"}."""
    ruta = Path(ruta)
    if not ruta.is_file():
        raise PotError(tr("The file {path} does not exist.").format(path=ruta))
    store = PotStore.open(gpkg, migrate=False)
    filas = _leer_tabla(ruta)
    if filas and "texto" not in filas[0][1]:
        raise PotError(tr("{path}: the column “texto” (the observation) is missing; use the form of the workshop pack.").format(path=ruta))
    numeros_hojas = {h.numero for h in catalogo.cargar(store)}
    rejilla = None
    problemas, validas = [], []
    for n, fila in filas:
        if not fila.get("texto"):
            continue
        hoja, celda = fila.get("hoja", "").upper(), fila.get("celda", "").upper().replace(" ", "")
        if hoja and hoja not in numeros_hojas:
            problemas.append(tr("{path}, row {row}: the sheet “{sheet}” is not in the map catalogue.").format(path=ruta.name, row=n, sheet=hoja))
        punto = None
        if celda:
            rejilla = rejilla or rejilla_del_pot(store)
            try:
                punto = rejilla.centro(celda)
            except ValueError:
                problemas.append(tr("{path}, row {row}: the cell “{cell}” is not on the workshop grid (columns A–{last}, rows 1–{rows}).").format(
                    path=ruta.name, row=n, cell=celda, last=letra_columna(rejilla.cols - 1), rows=rejilla.rows))
        numero = fila.get("numero", "")
        validas.append({
            "numero": int(float(numero)) if numero.replace(".", "", 1).isdigit() else None,
            "taller": fila.get("taller") or taller, "fecha": fila.get("fecha", ""), "institucion": fila.get("institucion", ""),
            "autor": fila.get("autor", ""), "hoja": hoja, "celda": celda, "texto": fila["texto"],
            "respuesta": fila.get("respuesta", ""), "estado": fila.get("estado") or "pendiente", "punto": punto,
        })
    if problemas:
        raise PotError("\n".join(problemas))
    nuevas, omitidas = [], 0
    with store.connect() as conn:
        existentes = {(r[0], r[1] or "", r[2] or "") for r in conn.execute("SELECT texto, hoja, celda FROM pot_observaciones")}
        for obs in validas:
            clave = (obs["texto"], obs["hoja"], obs["celda"])
            if clave in existentes:
                omitidas += 1
                continue
            existentes.add(clave)
            conn.execute(
                "INSERT INTO pot_observaciones (numero, taller, fecha, institucion, autor, hoja, celda, texto, respuesta, estado)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                tuple(obs[c] for c in ("numero", "taller", "fecha", "institucion", "autor", "hoja", "celda", "texto",
                                        "respuesta", "estado")),
            )
            nuevas.append(obs)
    aportes = _a_aportes(store, [o for o in nuevas if o["punto"] is not None])
    return {"importadas": len(nuevas), "omitidas": omitidas, "aportes": aportes}


def _a_aportes(store, observaciones) -> int:
    """Aportes points at the cells' centres, when the POT has an ``aportes`` point layer."""
    if not observaciones or CAPA_APORTES not in store.spatial_layers():
        return 0
    layer = QgsVectorLayer(store.layer_uri(CAPA_APORTES), CAPA_APORTES, "ogr")
    if not layer.isValid() or layer.geometryType() != QgsWkbTypes.PointGeometry:
        return 0
    nombres = layer.fields().names()
    entidades = []
    for obs in observaciones:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*obs["punto"])))
        valores = dict(obs, pot_uid=str(uuid.uuid4()), fuente=obs["taller"], autor=obs["autor"] or obs["institucion"])
        for nombre in nombres:
            if nombre in valores and nombre != "fid" and valores[nombre] not in (None, ""):
                feature[nombre] = valores[nombre]
        entidades.append(feature)
    ok, _ = layer.dataProvider().addFeatures(entidades)
    if not ok:
        raise PotError(tr("The observations were stored, but the aportes points could not be added to {path}.").format(path=store.path))
    return len(entidades)
