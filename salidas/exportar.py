"""Batch export of the POT map series: one PDF (and/or PNG) per sheet, plus one combined PDF.

The POT's QGIS project (stored in its GeoPackage) is read into a separate QgsProject, never the
user's open project; without a stored project the layers are read straight from the GeoPackage.
Sheets work on clones of the layers (named after pot_capas' titles, the variable's layer drawn from
the dictionary), never on the user's layers; a clone is made and styled once per export and style and
shared by the sheets that draw it alike. A failing sheet is reported by its
number and the others still export; every file is written under a temporary name and then moved
into place, so files already exported stay intact. The combined PDF is assembled by GDAL from the
sheets' PDFs (no second rendering); if GDAL cannot read PDFs it is rendered again with Qt.
"""
from __future__ import annotations
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

from osgeo import gdal
from qgis.core import (
    QgsLayoutExporter,
    QgsProject,
    QgsReferencedRectangle,
    QgsRenderContext,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMarginsF, QSizeF
from qgis.PyQt.QtGui import QPageSize, QPainter, QPdfWriter

from ..core.errors import PotError
from ..core.i18n import tr
from ..core.texto import slug
from ..core.log import get_logger
from ..diccionario import repositorio
from ..store.pot_store import PROJECT_NAME, PotStore, gpkg_y_tabla
from ..store.proyecto_qgis import leer_proyecto
from . import catalogo
from .hoja import (
    construir_layout,
    estilo_contexto,
    estilo_limite,
    estilo_referencia,
    estilo_resaltado,
    estilo_variable,
    etiquetar,
    factor,
)
from .plantillas import Plantillas, construir_con_plantilla

PDF, PNG, AMBOS = "pdf", "png", "ambos"
FORMATOS = (PDF, PNG, AMBOS)
MM_A_PUNTOS = 72.0 / 25.4
# Fields that hold the names to write on the political-administrative and location sheets.
CAMPOS_NOMBRE = ("nombre", "distrito", "nombdist", "provincia", "nombprov", "departamen", "nombdep", "name")


@dataclass
class Resultado:
    carpeta: str
    pdfs: list[str] = field(default_factory=list)
    pngs: list[str] = field(default_factory=list)
    combinado: str = ""
    errores: list[str] = field(default_factory=list)  # one sentence per failed sheet
    avisos: list[str] = field(default_factory=list)


class _Silencio:
    """Feedback stand-in when none is given."""

    def isCanceled(self):
        return False

    def setProgress(self, _):
        pass

    def setProgressText(self, _):
        pass

    def pushInfo(self, _):
        pass

    def pushWarning(self, _):
        pass

    def reportError(self, _, fatalError=False):
        pass


def preparar_carpeta(carpeta) -> Path:
    """Create the output folder and prove it is writable, or say clearly why not."""
    carpeta = Path(carpeta)
    try:
        carpeta.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=carpeta, prefix=".pot_prueba_"):
            pass
    except OSError as error:
        raise PotError(
            tr("Cannot write the maps to the folder {folder}: {error}").format(folder=carpeta, error=error.strerror or error)
        ) from error
    return carpeta


def _reemplazar(temporal: Path, destino: Path) -> None:
    os.replace(temporal, destino)


def _tiene_proyecto(store) -> bool:
    try:
        with store.connect(readonly=True) as conn:
            return conn.execute("SELECT 1 FROM qgis_projects WHERE name = ?", (PROJECT_NAME,)).fetchone() is not None
    except (PotError, sqlite3.Error):
        return False


def cargar_proyecto(store) -> QgsProject:
    """The POT's QGIS project in a QgsProject of its own (empty when the GeoPackage holds none)."""
    proyecto = QgsProject()
    if _tiene_proyecto(store):
        try:
            leer_proyecto(proyecto, store)  # also re-points layers when the file was moved or renamed
        except PotError as error:
            get_logger().warning(
                tr("{error} The layers are read directly from the GeoPackage.").format(error=error)
            )
            proyecto.clear()
    # Planimetric distances: the scale bar then agrees with the numeric scale of the UTM map.
    proyecto.setEllipsoid("NONE")
    return proyecto


class _Capas:
    """Finds the POT's layers in the project (or the GeoPackage) and clones them per sheet."""

    def __init__(self, store, proyecto):
        self.store = store
        self.proyecto = proyecto
        self.existentes = set(store.spatial_layers())
        self.titulos = {r["capa"]: (r["titulo"] or r["capa"]) for r in store.registered_layers()}
        self.directas = {}  # layers read straight from the GeoPackage (no stored project)
        self.clones = set()  # ids of the clones made for the sheets
        self.compartidas = {}  # reference layers, variable layers, named layers: one clone per style
        self.ambito = catalogo._primera_que_contiene(sorted(self.existentes), catalogo._NOMBRES_AMBITO)
        self._del_proyecto = None  # {layer name: the project's layer}, read once
        self._encuadre = False  # not computed yet

    def original(self, nombre: str):
        if nombre in self.directas:
            return self.directas[nombre]
        if self._del_proyecto is None:
            self._del_proyecto = {}
            for layer in self.proyecto.mapLayers().values():
                if layer.id() in self.clones:
                    continue
                ruta, tabla = gpkg_y_tabla(layer)
                if tabla and Path(ruta).resolve() == self.store.path:
                    self._del_proyecto.setdefault(tabla, layer)
        if nombre in self._del_proyecto:
            return self._del_proyecto[nombre]
        if nombre not in self.existentes:
            raise PotError(tr("the layer “{layer}” is not in {path}").format(layer=nombre, path=self.store.path))
        layer = QgsVectorLayer(self.store.layer_uri(nombre), nombre, "ogr")
        if not layer.isValid():
            raise PotError(tr("the layer “{layer}” of {path} cannot be read").format(layer=nombre, path=self.store.path))
        estilo_referencia(layer)
        self.directas[nombre] = layer
        return layer

    def compartida(self, nombre: str, escala: float = 1.0):
        """A clone shared by every sheet of one size that shows this layer with its base style."""
        clave = (nombre, escala)
        if clave not in self.compartidas:
            self.compartidas[clave] = self.estilo_base(self.tomar(nombre), nombre, escala)
        return self.compartidas[clave]

    def tomar(self, nombre: str):
        """A layer of its own for one style: the first time, a layer read straight from the GeoPackage
        is used itself (it is ours, and every style set on it replaces its renderer); else a clone."""
        layer = self.directas.get(nombre)
        if layer is None or layer.id() in self.clones:
            return self.clon(nombre)
        layer.setName(self.titulos.get(nombre, nombre))
        self.proyecto.addMapLayer(layer, False)
        self.clones.add(layer.id())
        return layer

    def estilo_base(self, layer, nombre: str, escala: float):
        """The ámbito is always drawn as the sheet's limit; layers without a stored style get lines
        and points widened for sheets larger than A3; the others keep the project's style."""
        if nombre == self.ambito and layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            estilo_limite(layer, escala)
        elif nombre in self.directas:
            estilo_referencia(layer, escala)
        return layer

    def clon(self, nombre: str, titulo: str = ""):
        layer = self.original(nombre).clone()
        layer.setName(titulo or self.titulos.get(nombre, nombre))
        self.proyecto.addMapLayer(layer, False)
        self.clones.add(layer.id())
        return layer

    def encuadre(self):
        """The ámbito's extent: every sheet of the series frames the same territory."""
        if self._encuadre is False:
            self._encuadre = None
            if self.ambito:
                layer = self.original(self.ambito)
                self._encuadre = QgsReferencedRectangle(layer.extent(), layer.crs())
        return self._encuadre

    def quitar(self, layers) -> None:
        self.proyecto.removeMapLayers([layer.id() for layer in layers if layer is not None])


def _capas_de_hoja(hoja, capas: _Capas, variables: dict):
    """The styled clones of a sheet's layers and its dictionary variable; PotError if unusable."""
    if not hoja.capas:
        raise PotError(tr("it lists no layers"))
    variable = None
    if hoja.variable:
        variable = variables.get(hoja.variable)
        if variable is None:
            raise PotError(tr("the variable “{code}” is not in the dictionary").format(code=hoja.variable))
    capa = campo = ""
    if variable is not None:
        capa = (hoja.capa_variable or {}).get("capa") or hoja.capas[0]
        campo = (hoja.capa_variable or {}).get("campo") or ""
        if capa not in hoja.capas:
            raise PotError(tr("the layer “{layer}” of its variable is not among its layers").format(layer=capa))
    rotulada = hoja.capas[0] if variable is None else ""  # names written on the sheets without a variable
    escala = max(factor(hoja.tamano), 1.0)
    # Every clone is styled once and shared by the sheets that draw it the same way (same variable
    # and field, or same labels at the same size): cloning and styling are not repeated per sheet.
    clones = []
    for nombre in hoja.capas:
        if nombre == capa:
            clones.append(_clon_variable(capas, nombre, variable, campo))
        elif nombre == rotulada:
            clave = ("rotulada", nombre, hoja.tamano)
            if clave not in capas.compartidas:
                layer = capas.estilo_base(capas.clon(nombre), nombre, escala)
                _rotular(layer, hoja)
                capas.compartidas[clave] = layer
            clones.append(capas.compartidas[clave])
        else:
            clones.append(capas.compartida(nombre, escala))
    return clones, variable


def _clon_variable(capas: _Capas, nombre: str, variable, campo: str):
    """The clone of ``nombre`` drawn by the classes of ``variable`` (one per layer, variable and field)."""
    clave = ("variable", nombre, variable.codigo, campo)
    if clave not in capas.compartidas:
        if capas.original(nombre).fields().indexFromName(campo) < 0:
            raise PotError(
                tr("the layer “{layer}” has no field “{field}” for the variable “{code}”").format(
                    layer=nombre, field=campo, code=variable.codigo
                )
            )
        layer = capas.tomar(nombre)
        estilo_variable(layer, variable, campo)
        capas.compartidas[clave] = layer
    return capas.compartidas[clave]


def _rotular(layer, hoja) -> None:
    """Write the names (districts, provinces…) of a polygon layer that has no labels of its own."""
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry or layer.labelsEnabled() or layer.featureCount() > 500:
        return
    nombres = {f.name().lower(): f.name() for f in layer.fields()}
    campo = next((nombres[c] for c in CAMPOS_NOMBRE if c in nombres), "")  # the most local name first
    if campo:
        etiquetar(layer, campo, max(7.0 * factor(hoja.tamano), 6.0))


def _capa_contexto(capa_contexto, proyecto):
    """The context layer of the inset (a layer or a file path), cloned and styled; None if not given."""
    if capa_contexto is None or capa_contexto == "":
        return None
    if isinstance(capa_contexto, (str, Path)):
        layer = QgsVectorLayer(str(capa_contexto), Path(str(capa_contexto)).stem, "ogr")
        if not layer.isValid():
            raise PotError(tr("The context layer {path} cannot be read.").format(path=capa_contexto))
    else:
        layer = capa_contexto.clone()
    proyecto.addMapLayer(layer, False)
    estilo_contexto(layer)
    return layer


def _capa_ambito(capas: _Capas):
    if not capas.ambito:
        return None
    layer = capas.clon(capas.ambito)
    estilo_resaltado(layer)
    return layer


def ajustes_pdf(dpi: int) -> QgsLayoutExporter.PdfExportSettings:
    ajustes = QgsLayoutExporter.PdfExportSettings()
    ajustes.dpi = dpi
    ajustes.appendGeoreference = True  # georeferenced (GDAL writes the map's georeference into the PDF)
    ajustes.textRenderFormat = QgsRenderContext.TextFormatAlwaysText  # real, searchable text
    ajustes.rasterizeWholeImage = False
    return ajustes


def _exportar_pdf(layout, destino: Path, dpi: int) -> None:
    temporal = destino.with_name(f".{destino.stem}.part.pdf")
    resultado = QgsLayoutExporter(layout).exportToPdf(str(temporal), ajustes_pdf(dpi))
    if resultado != QgsLayoutExporter.Success or not temporal.is_file():
        temporal.unlink(missing_ok=True)
        raise PotError(tr("the PDF {path} could not be written (QGIS error {code})").format(path=destino, code=resultado))
    _reemplazar(temporal, destino)


def _exportar_png(layout, destino: Path, dpi: int) -> None:
    temporal = destino.with_name(f".{destino.stem}.part.png")
    ajustes = QgsLayoutExporter.ImageExportSettings()
    ajustes.dpi = dpi
    ajustes.generateWorldFile = False
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # GDAL cannot georeference PNG in place; that is fine
    try:
        resultado = QgsLayoutExporter(layout).exportToImage(str(temporal), ajustes)
    finally:
        gdal.PopErrorHandler()
    if resultado != QgsLayoutExporter.Success or not temporal.is_file():
        temporal.unlink(missing_ok=True)
        raise PotError(tr("the image {path} could not be written (QGIS error {code})").format(path=destino, code=resultado))
    _reemplazar(temporal, destino)


# -- combined PDF ------------------------------------------------------------------------------
# The sheets' PDFs (Qt's classic-xref PDFs, plus GDAL's incremental update with the georeference)
# are joined by copying their objects: no re-rendering, streams copied byte for byte. Anything
# unexpected (object streams, inherited page attributes) raises ValueError and GDAL's PDF
# composition takes over.
_REFERENCIA = re.compile(rb"(\d+) (\d+) R(?![A-Za-z])")
_CABECERA_OBJETO = re.compile(rb"(\d+) (\d+) obj")


def _xref(datos: bytes) -> tuple:
    """({object: offset}, root object) following the chain of xref sections (newest first)."""
    desplazamientos, raiz = {}, None
    posicion = int(datos[datos.rindex(b"startxref") + 9 :].split()[0])
    while posicion is not None:
        if datos[posicion : posicion + 4] != b"xref":
            raise ValueError("not a classic xref table")
        fin = datos.index(b"trailer", posicion)
        lineas = datos[posicion + 4 : fin].split(b"\n")
        lineas = [linea.strip() for linea in lineas if linea.strip()]
        i = 0
        while i < len(lineas):
            primero, cantidad = (int(v) for v in lineas[i].split())
            for k in range(cantidad):
                offset, _, tipo = lineas[i + 1 + k].split()
                if tipo == b"n":
                    desplazamientos.setdefault(primero + k, int(offset))
            i += 1 + cantidad
        trailer = datos[fin : datos.index(b"startxref", fin)]
        if raiz is None:
            raiz = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
        anterior = re.search(rb"/Prev (\d+)", trailer)
        posicion = int(anterior.group(1)) if anterior else None
    return desplazamientos, raiz


def _objeto(datos: bytes, offset: int, desplazamientos: dict) -> tuple:
    """(dictionary or value part, stream bytes or None) of the object at ``offset``."""
    cabecera = _CABECERA_OBJETO.match(datos, offset)
    inicio = cabecera.end()
    marca = re.compile(rb"stream\r?\n|endobj").search(datos, inicio)
    if marca.group(0) == b"endobj":
        return datos[inicio : marca.start()].strip(), None
    valor = datos[inicio : marca.start()].strip()
    largo = re.search(rb"/Length (\d+)( 0 R)?", valor)
    longitud = int(largo.group(1))
    if largo.group(2):
        longitud = int(_objeto(datos, desplazamientos[longitud], desplazamientos)[0])
    return valor, datos[marca.end() : marca.end() + longitud]


def _texto_pdf(texto: str) -> bytes:
    return b"<FEFF" + texto.encode("utf-16-be").hex().upper().encode() + b">"


def unir_pdfs(pdfs: list, titulos: list, destino: Path) -> None:
    """Join single-page PDFs into ``destino`` with one bookmark per page."""
    salida = {}  # new number -> (value, stream)
    paginas = []
    siguiente = 1
    version = b"1.4"
    for pdf in pdfs:
        datos = Path(pdf).read_bytes()
        version = max(version, datos[5:8])
        if b"/ObjStm" in datos:
            raise ValueError("object streams")
        desplazamientos, raiz = _xref(datos)
        base = siguiente - 1
        objetos = {n: _objeto(datos, o, desplazamientos) for n, o in desplazamientos.items()}
        nodo_paginas = int(re.search(rb"/Pages (\d+) 0 R", objetos[raiz][0]).group(1))
        if re.search(rb"/(Resources|MediaBox|CropBox|Rotate)\b", objetos[nodo_paginas][0]):
            raise ValueError("inherited page attributes")
        kids = re.search(rb"/Kids\s*\[(.*?)\]", objetos[nodo_paginas][0], re.DOTALL).group(1)
        hijos = [int(n) for n, _ in _REFERENCIA.findall(kids)]
        for numero, (valor, flujo) in objetos.items():
            if numero in (raiz, nodo_paginas):
                continue
            valor = _REFERENCIA.sub(lambda m, base=base: b"%d 0 R" % (int(m.group(1)) + base), valor)
            salida[numero + base] = (valor, flujo)
        paginas += [n + base for n in hijos]
        siguiente = max(salida) + 1
    raiz, nodo_paginas, marcadores = siguiente, siguiente + 1, siguiente + 2
    for numero in paginas:
        valor, flujo = salida[numero]
        salida[numero] = (re.sub(rb"/Parent \d+ 0 R", b"/Parent %d 0 R" % nodo_paginas, valor), flujo)
    salida[raiz] = (b"<< /Type /Catalog /Pages %d 0 R /Outlines %d 0 R /PageMode /UseOutlines >>" % (nodo_paginas, marcadores), None)
    hijos = b" ".join(b"%d 0 R" % n for n in paginas)
    salida[nodo_paginas] = (b"<< /Type /Pages /Kids [%s] /Count %d >>" % (hijos, len(paginas)), None)
    items = list(range(marcadores + 1, marcadores + 1 + len(paginas)))
    salida[marcadores] = (b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>" % (items[0], items[-1], len(items)), None)
    for i, (item, pagina, titulo) in enumerate(zip(items, paginas, titulos)):
        enlaces = (b" /Prev %d 0 R" % items[i - 1] if i else b"") + (b" /Next %d 0 R" % items[i + 1] if i + 1 < len(items) else b"")
        salida[item] = (b"<< /Title %s /Parent %d 0 R /Dest [%d 0 R /Fit]%s >>" % (_texto_pdf(titulo), marcadores, pagina, enlaces), None)

    temporal = destino.with_name(f".{destino.stem}.part.pdf")
    with open(temporal, "wb") as archivo:
        archivo.write(b"%PDF-" + version + b"\n%\xe2\xe3\xcf\xd3\n")
        posiciones = {}
        for numero in sorted(salida):
            valor, flujo = salida[numero]
            posiciones[numero] = archivo.tell()
            archivo.write(b"%d 0 obj\n" % numero + valor)
            if flujo is not None:
                archivo.write(b"\nstream\n" + flujo + b"\nendstream")
            archivo.write(b"\nendobj\n")
        tamano = max(salida) + 1
        inicio_xref = archivo.tell()
        archivo.write(b"xref\n0 %d\n0000000000 65535 f \n" % tamano)
        for numero in range(1, tamano):
            if numero in posiciones:
                archivo.write(b"%010d 00000 n \n" % posiciones[numero])
            else:
                archivo.write(b"0000000000 65535 f \n")
        archivo.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (tamano, raiz, inicio_xref))
    _reemplazar(temporal, destino)


def combinar_pdfs(pdfs: list, tamanos_mm: list, titulos: list, destino: Path) -> None:
    """One PDF with every sheet, each page at its own size, with a bookmark per sheet: the sheets'
    objects copied as they are; GDAL's PDF composition when a file is not as expected."""
    try:
        unir_pdfs(pdfs, titulos, destino)
        return
    except (ValueError, KeyError, AttributeError, IndexError) as error:
        get_logger().info("PDF join fell back to GDAL (%s)", error)
    componer_pdfs(pdfs, tamanos_mm, titulos, destino)


def componer_pdfs(pdfs: list, tamanos_mm: list, titulos: list, destino: Path) -> None:
    """The combined PDF through GDAL's PDF composition (copies each page's content, no rendering)."""
    paginas, marcadores = [], []
    for i, (pdf, (ancho, alto), titulo) in enumerate(zip(pdfs, tamanos_mm, titulos), start=1):
        paginas.append(
            f'<Page id="p{i}"><DPI>72</DPI><Width>{ancho * MM_A_PUNTOS:.3f}</Width>'
            f"<Height>{alto * MM_A_PUNTOS:.3f}</Height><Content><PDF dataset={quoteattr(str(pdf))}/></Content></Page>"
        )
        marcadores.append(f'<OutlineItem name={quoteattr(titulo)}><Actions><GotoPageAction pageId="p{i}"/></Actions></OutlineItem>')
    composicion = f"<PDFComposition>{''.join(paginas)}<Outline>{''.join(marcadores)}</Outline></PDFComposition>"
    temporal = destino.with_name(f".{destino.stem}.part.pdf")
    xml = destino.with_name(f".{destino.stem}.composition.xml")
    xml.write_text(composicion, encoding="utf-8")
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = gdal.GetDriverByName("PDF").Create(
            str(temporal), 0, 0, 0, gdal.GDT_Unknown, options=[f"COMPOSITION_FILE={xml}"]
        )
        dataset = None  # noqa: F841 (closing writes the file)
        error = gdal.GetLastErrorMsg()
    finally:
        gdal.PopErrorHandler()
        xml.unlink(missing_ok=True)
    if not temporal.is_file() or temporal.stat().st_size == 0:
        temporal.unlink(missing_ok=True)
        raise PotError(tr("GDAL could not combine the PDFs into {path}: {error}").format(path=destino, error=error))
    _reemplazar(temporal, destino)


def combinar_layouts(layouts: list, destino: Path, dpi: int) -> None:
    """The combined PDF drawn again with Qt, one page per layout (used when GDAL cannot read PDFs)."""
    temporal = destino.with_name(f".{destino.stem}.part.pdf")
    escritor = QPdfWriter(str(temporal))
    escritor.setResolution(dpi)
    escritor.setPageMargins(QMarginsF(0, 0, 0, 0))
    pintor = QPainter()
    try:
        for i, layout in enumerate(layouts):
            tamano = layout.pageCollection().page(0).pageSize()
            escritor.setPageSize(QPageSize(QSizeF(tamano.width(), tamano.height()), QPageSize.Unit.Millimeter))
            if i == 0:
                if not pintor.begin(escritor):
                    raise PotError(tr("Cannot write {path}.").format(path=destino))
            else:
                escritor.newPage()
            QgsLayoutExporter(layout).renderPage(pintor, 0)
    finally:
        if pintor.isActive():
            pintor.end()
    _reemplazar(temporal, destino)


def nombre_archivo(hoja) -> str:
    return f"{hoja.numero}_{slug(hoja.titulo)}".strip("_") or "mapa"


def seleccionar(hojas, numeros, path) -> list:
    """The sheets named in ``numeros`` (in catalogue order); all when empty."""
    pedidos = [n.strip() for n in (numeros or []) if n and n.strip()]
    if not pedidos:
        return list(hojas)
    existentes = [h.numero for h in hojas]
    faltan = [n for n in pedidos if n not in existentes]
    if faltan:
        raise PotError(
            tr("The map catalogue of {path} has no sheet {numbers}. Its sheets are: {available}.").format(
                path=path, numbers=", ".join(faltan), available=", ".join(existentes) or "—"
            )
        )
    return [h for h in hojas if h.numero in pedidos]


def _exportar_hoja(hoja, proyecto, capas, variables, metadatos, contexto, ambito, logos, carpeta, formato, dpi,
                   resultado, exportados, feedback, plantillas=None) -> None:
    clones, variable = _capas_de_hoja(hoja, capas, variables)
    avisos = []
    layout = None
    ruta = plantillas.ruta(hoja) if plantillas is not None else None
    if ruta is not None:
        try:
            layout = construir_con_plantilla(proyecto, metadatos, hoja, clones, variable, ruta,
                                             plantillas.documento(ruta), avisos, capas.encuadre())
        except PotError as error:  # the sheet is still drawn, with the built-in design
            avisos.append(tr("{error} Sheet {sheet} uses the built-in design.").format(error=error, sheet=hoja.numero))
            get_logger().warning(avisos[-1])
    if layout is None:
        layout = construir_layout(
            proyecto, metadatos, hoja, clones, variable, context_layer=contexto, logos=logos, ambito_layer=ambito,
            avisos=avisos, encuadre=capas.encuadre(),
        )
    for aviso in avisos:
        if aviso not in resultado.avisos:
            resultado.avisos.append(aviso)
            feedback.pushWarning(aviso)
    base = carpeta / nombre_archivo(hoja)
    if formato in (PDF, AMBOS):
        _exportar_pdf(layout, base.with_suffix(".pdf"), dpi)
        resultado.pdfs.append(str(base.with_suffix(".pdf")))
        pagina = layout.pageCollection().page(0).pageSize()
        exportados.append(
            (base.with_suffix(".pdf"), (pagina.width(), pagina.height()), f"{hoja.numero} {hoja.titulo}", layout)
        )
    if formato in (PNG, AMBOS):
        _exportar_png(layout, base.with_suffix(".png"), dpi)
        resultado.pngs.append(str(base.with_suffix(".png")))


def exportar_mapas(
    gpkg,
    carpeta,
    numeros=None,
    formato: str = PDF,
    dpi: int = 200,
    capa_contexto=None,
    logos=(),
    feedback=None,
    hojas: list | None = None,
    plantillas=None,
) -> Resultado:
    """Export the sheets of the POT's map catalogue (or ``hojas``) to ``carpeta``.

    ``numeros``: map numbers to export (empty = all); ``formato``: pdf, png or ambos; ``capa_contexto``:
    a layer or file for the location inset; ``feedback``: a QgsProcessingFeedback (progress per sheet,
    cancel honoured); ``plantillas``: a folder of layout templates named like ``A3_horizontal.qpt``
    (default: the POT metadata key plantillas_carpeta, relative to the GeoPackage's folder; see
    salidas/plantillas.py). Failed sheets are listed in ``Resultado.errores``; PotError only when nothing
    could be exported or the inputs themselves are wrong (folder, GeoPackage, sheet numbers)."""
    feedback = feedback or _Silencio()
    if formato not in FORMATOS:
        raise PotError(tr("Unknown export format “{format}”; use pdf, png or ambos.").format(format=formato))
    store = PotStore.open(gpkg, migrate=False)
    carpeta = preparar_carpeta(carpeta)
    metadatos = store.metadata()
    hojas = seleccionar(hojas if hojas is not None else catalogo.cargar(store), numeros, store.path)
    if not hojas:
        raise PotError(tr("The map catalogue of {path} is empty: there is nothing to export.").format(path=store.path))

    resultado = Resultado(carpeta=str(carpeta))
    carpeta_plantillas = plantillas or (metadatos.get("plantillas_carpeta") or "").strip()
    plantillas = Plantillas(store.path.parent / carpeta_plantillas) if carpeta_plantillas else None
    proyecto = cargar_proyecto(store)
    capas = _Capas(store, proyecto)
    variables = {v.codigo: v for v in repositorio.cargar(store)}
    contexto = _capa_contexto(capa_contexto, proyecto)
    ambito = _capa_ambito(capas) if contexto is not None else None
    exportados = []  # (pdf, page size, bookmark, layout) of the sheets done
    try:
        for i, hoja in enumerate(hojas):
            if feedback.isCanceled():
                feedback.pushWarning(tr("Export cancelled; the sheets already exported are kept."))
                break
            feedback.setProgressText(tr("Sheet {number}: {title}").format(number=hoja.numero, title=hoja.titulo))
            try:
                _exportar_hoja(hoja, proyecto, capas, variables, metadatos, contexto, ambito, logos, carpeta, formato,
                               dpi, resultado, exportados, feedback, plantillas)
                feedback.pushInfo(tr("Sheet {number} exported.").format(number=hoja.numero))
            except Exception as error:  # noqa: BLE001 (one bad sheet must not stop the series)
                mensaje = tr("Sheet {number} ({title}) was not exported: {problem}").format(
                    number=hoja.numero, title=hoja.titulo, problem=error
                )
                if not isinstance(error, PotError):
                    get_logger().exception(mensaje)
                resultado.errores.append(mensaje)
                feedback.reportError(mensaje, False)
            feedback.setProgress(100.0 * (i + 1) / (len(hojas) + 1))

        if exportados and not feedback.isCanceled():
            destino = carpeta / f"{slug(store.path.stem) or 'pot'}_mapas.pdf"
            feedback.setProgressText(tr("Combined PDF of all sheets"))
            try:
                combinar_pdfs([e[0] for e in exportados], [e[1] for e in exportados], [e[2] for e in exportados], destino)
            except PotError as error:
                get_logger().warning(str(error))
                combinar_layouts([e[3] for e in exportados], destino, dpi)
            resultado.combinado = str(destino)
        feedback.setProgress(100.0)
    finally:
        exportados.clear()  # layouts go before the project they point to
        proyecto.clear()
    if not resultado.pdfs and not resultado.pngs and resultado.errores:
        raise PotError("\n".join(resultado.errores))
    return resultado
