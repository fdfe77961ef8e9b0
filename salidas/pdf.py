"""One PDF from many: the combined PDF of a map series, with a bookmark per sheet.

The sheets' PDFs (Qt's classic-xref PDFs, plus GDAL's incremental update with the georeference) are
joined by copying their objects: no re-rendering, streams copied byte for byte. Anything unexpected
(object streams, inherited page attributes) raises ValueError and GDAL's PDF composition takes
over; if GDAL cannot read PDFs, the layouts are drawn again with Qt. Every file is written under a
temporary name and then moved into place.
"""
import os
import re
from pathlib import Path
from xml.sax.saxutils import quoteattr

from osgeo import gdal
from qgis.core import QgsLayoutExporter
from qgis.PyQt.QtCore import QMarginsF, QSizeF
from qgis.PyQt.QtGui import QPageSize, QPainter, QPdfWriter

from ..core.errors import PotError
from ..core.i18n import tr
from ..core.log import get_logger

MM_A_PUNTOS = 72.0 / 25.4


def _reemplazar(temporal: Path, destino: Path) -> None:
    os.replace(temporal, destino)


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


