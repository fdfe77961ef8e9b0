"""The workshop's comment form: a spreadsheet to fill in (one row per observation, a second sheet
listing the maps) and a printable PDF with the grid key."""
import os
from pathlib import Path

from osgeo import gdal, ogr
from qgis.PyQt.QtCore import QMarginsF, QUrl
from qgis.PyQt.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ..core.errors import PotError
from ..core.gdal_silencio import gdal_silencioso
from ..core.i18n import tr, trd
from .rejilla import Rejilla, imagen_rejilla

COLUMNAS_FORMULARIO = ("numero", "taller", "fecha", "institucion", "autor", "hoja", "celda", "texto")
FILAS_EN_BLANCO = 20


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

