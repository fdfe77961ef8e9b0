"""The memoria descriptiva of a POT: one document (ODT and/or PDF) built from what the GeoPackage holds.

Chapters follow the Pautas: presentation, I Análisis prospectivo (area tables of the modelo actual,
structural analysis and scenarios), II Planteamiento general, III Propuesta específica, IV
Validación (observations and answers), and the annexes (diccionario de variables, map list). Each
map of the catalogue is a numbered figure. The narrative sections the team writes are kept in
``pot_narrativas`` and merged into their chapter, so the memoria can be regenerated at any time.

The document is HTML in a QTextDocument (images as document resources), written by Qt's ODF
writer (Word and LibreOffice open it) and printed to PDF by QPdfWriter.
"""
import html
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QMarginsF, QUrl
from qgis.PyQt.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextDocumentWriter

from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..diccionario import repositorio
from ..store.pot_store import table_names
from . import catalogo

TABLA_NARRATIVAS = "pot_narrativas"
CLAVE_MEMORIA = "salidas_memoria"  # pot_metadatos: the last memoria written (the checklist reads it)
ANCHO_FIGURA_PX = 1400  # images are scaled to this width before embedding (keeps the ODT small)
ANCHO_FIGURA_PT = 460  # width of a figure on the page


def secciones() -> dict:
    """The narrative sections, in document order: id → (chapter id, translated title)."""
    return {
        "presentacion": ("presentacion", trd("Presentation")),
        "modelo_actual": ("I", trd("Current model of the territorial system")),
        "analisis_estructural": ("I", trd("Structural analysis of the variables")),
        "escenarios": ("I", trd("Scenarios")),
        "ejes": ("I", trd("Strategic axes")),
        "vision": ("II", trd("Vision and target image")),
        "mot": ("II", trd("Territorial Planning Model (MOT)")),
        "objetivos": ("II", trd("Strategic objectives")),
        "alternativas": ("III", trd("Alternatives of use and occupation of the territory")),
        "inversiones": ("III", trd("Investment programme")),
        "gestion": ("III", trd("Management model")),
        "validacion": ("IV", trd("Validation process")),
    }


# -- narratives ----------------------------------------------------------------------------------
def narrativas(store) -> dict:
    """{section id: {"titulo", "texto"}} of the sections the team has written."""
    with store.connect(readonly=True) as conn:
        if TABLA_NARRATIVAS not in table_names(conn):
            return {}
        filas = conn.execute(f"SELECT seccion, titulo, texto FROM {TABLA_NARRATIVAS}")
        return {f["seccion"]: {"titulo": f["titulo"] or "", "texto": f["texto"] or ""} for f in filas}


def narrativa(store, seccion: str) -> str:
    return narrativas(store).get(seccion, {}).get("texto", "")


def guardar_narrativa(store, seccion: str, texto: str, titulo: str = "") -> None:
    """Write (or replace) the text of one narrative section."""
    if seccion not in secciones():
        raise PotError(
            tr("“{section}” is not a section of the memoria; the sections are: {sections}.").format(
                section=seccion, sections=", ".join(secciones())
            )
        )
    ahora = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    with store.connect() as conn:
        conn.execute(
            f"INSERT INTO {TABLA_NARRATIVAS} (seccion, titulo, texto, actualizado) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (seccion) DO UPDATE SET titulo = excluded.titulo, texto = excluded.texto,"
            " actualizado = excluded.actualizado",
            (seccion, titulo or secciones()[seccion][1], texto or "", ahora),
        )


# -- data of the chapters --------------------------------------------------------------------------
@dataclass
class TablaAreas:
    capa: str
    titulo: str
    variable: str
    filas: list  # (code, label, hectares, percent)
    total_ha: float


def areas_por_clase(store, capa: str, campo: str, variable=None, crs=None) -> dict:
    """{value of ``campo``: area in m²} of the polygons of ``capa``, planar in the POT's CRS."""
    layer = QgsVectorLayer(store.layer_uri(capa), capa, "ogr")
    if not layer.isValid():
        raise PotError(tr("The layer “{layer}” of {path} cannot be read.").format(layer=capa, path=store.path))
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        return {}
    indice = layer.fields().indexFromName(campo)
    if indice < 0:
        raise PotError(
            tr("The layer “{layer}” has no field “{field}” (listed in pot_campos).").format(layer=capa, field=campo)
        )
    transformar = None
    if crs is not None and crs.isValid() and layer.crs().isValid() and layer.crs() != crs:
        transformar = QgsCoordinateTransform(layer.crs(), crs, QgsProject.instance())
    areas = {}
    for feature in layer.getFeatures():
        geometria = feature.geometry()
        if geometria.isNull():
            continue
        if transformar is not None:
            geometria.transform(transformar)
        valor = feature[indice]
        clave = "" if valor is None else str(valor)
        areas[clave] = areas.get(clave, 0.0) + geometria.area()
    return areas


def tablas_de_areas(store) -> list:
    """One area table (ha and %) per polygon layer field linked to a categorical variable."""
    variables = {v.codigo: v for v in repositorio.cargar(store)}
    titulos = {r["capa"]: r["titulo"] or r["capa"] for r in store.registered_layers()}
    crs = QgsCoordinateReferenceSystem(store.metadata().get("crs", ""))
    existentes = set(store.spatial_layers())
    with store.connect(readonly=True) as conn:
        enlaces = [dict(r) for r in conn.execute("SELECT capa, campo, variable FROM pot_campos ORDER BY fid")]
    tablas = []
    for enlace in enlaces:
        variable = variables.get(enlace["variable"])
        if variable is None or not variable.es_categorica or enlace["capa"] not in existentes:
            continue
        areas = areas_por_clase(store, enlace["capa"], enlace["campo"], variable, crs)
        total = sum(areas.values())
        if total <= 0:
            continue
        filas = []
        for clase in variable.clases:
            if areas.get(clase.codigo, 0.0) > 0:
                m2 = areas.pop(clase.codigo)
                filas.append((clase.codigo, clase.etiqueta, m2 / 10000.0, 100.0 * m2 / total))
        for valor, m2 in sorted(areas.items()):  # values that are not classes of the dictionary
            filas.append((valor, trd("(not in the dictionary)"), m2 / 10000.0, 100.0 * m2 / total))
        tablas.append(
            TablaAreas(enlace["capa"], titulos.get(enlace["capa"], enlace["capa"]), variable.nombre, filas, total / 10000.0)
        )
    return tablas


def _filas_de_tabla(store, tabla: str, columnas: tuple) -> tuple:
    """(columns present, rows) of a table written by a later phase; ((), []) when it does not exist."""
    with store.connect(readonly=True) as conn:
        if tabla not in table_names(conn):
            return (), []
        presentes = {r[1] for r in conn.execute(f'PRAGMA table_info("{tabla}")')}
        usadas = tuple(c for c in columnas if c in presentes)
        if not usadas:
            return (), []
        filas = conn.execute(f'SELECT {", ".join(usadas)} FROM "{tabla}" ORDER BY fid').fetchall()
        return usadas, [tuple(f) for f in filas]


def observaciones(store) -> list:
    """The Comisión's observations, as dicts, in their order."""
    with store.connect(readonly=True) as conn:
        if "pot_observaciones" not in table_names(conn):
            return []
        filas = conn.execute("SELECT * FROM pot_observaciones ORDER BY COALESCE(numero, fid), fid")
        return [dict(f) for f in filas]


# -- HTML ----------------------------------------------------------------------------------------
def _e(texto) -> str:
    return html.escape("" if texto is None else str(texto))


def _numero(valor: float, decimales: int = 2) -> str:
    return f"{valor:,.{decimales}f}"


def _tabla_html(encabezados, filas, pie=None) -> str:
    partes = ['<table border="1" cellspacing="0" cellpadding="3" width="100%"><tr>']
    partes += [f"<th>{_e(h)}</th>" for h in encabezados]
    partes.append("</tr>")
    for fila in filas + ([pie] if pie else []):
        partes.append("<tr>" + "".join(f"<td>{_e(v)}</td>" for v in fila) + "</tr>")
    partes.append("</table>")
    return "".join(partes)


def _parrafos(texto: str) -> str:
    bloques = [b.strip() for b in (texto or "").split("\n\n") if b.strip()]
    return "".join(f"<p>{_e(b).replace(chr(10), '<br/>')}</p>" for b in bloques)


def _no_elaborado() -> str:
    return "<p><i>{}</i></p>".format(_e(trd("Not yet elaborated.")))


class _Documento:
    """Collects the HTML and the images of the memoria."""

    def __init__(self):
        self.html = []
        self.imagenes = {}  # url → QImage
        self.figuras = []  # (number, caption)

    def h1(self, texto):
        self.html.append(f'<h1 style="page-break-before: always">{_e(texto)}</h1>')

    def h2(self, texto):
        self.html.append(f"<h2>{_e(texto)}</h2>")

    def add(self, fragmento):
        self.html.append(fragmento)

    def narrativa(self, textos, seccion, titulo=True) -> bool:
        escrita = textos.get(seccion, {})
        if titulo:
            self.h2(escrita.get("titulo") or secciones()[seccion][1])
        if escrita.get("texto", "").strip():
            self.add(_parrafos(escrita["texto"]))
            return True
        return False

    def figura(self, hoja, png) -> None:
        numero = len(self.figuras) + 1
        leyenda = trd("Figure {number}. {title}").format(number=numero, title=hoja.titulo)
        self.figuras.append((numero, leyenda))
        imagen = QImage(str(png)) if png else QImage()
        if imagen.isNull():
            self.add("<p><i>{}</i></p>".format(_e(trd("(the image of sheet {number} is not available)").format(number=hoja.numero))))
        else:
            if imagen.width() > ANCHO_FIGURA_PX:
                imagen = imagen.scaledToWidth(ANCHO_FIGURA_PX)
            url = f"pot://figura{numero}.png"
            self.imagenes[url] = imagen
            alto = round(ANCHO_FIGURA_PT * imagen.height() / imagen.width())
            self.add(f'<p align="center"><img src="{url}" width="{ANCHO_FIGURA_PT}" height="{alto}"/></p>')
        self.add(f'<p align="center"><b>{_e(leyenda)}</b></p>')

    def qt(self) -> QTextDocument:
        documento = QTextDocument()
        for url, imagen in self.imagenes.items():
            documento.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), imagen)
        documento.setHtml("<html><body>" + "".join(self.html) + "</body></html>")
        return documento


def _figuras_de_fase(doc, hojas, pngs, fases) -> None:
    for hoja in hojas:
        if (hoja.fase or "") in fases:
            doc.figura(hoja, pngs.get(hoja.numero))


def construir(store, pngs: dict) -> _Documento:
    """The memoria as HTML + images; ``pngs`` = {sheet number: PNG path}."""
    meta = store.metadata()
    textos = narrativas(store)
    hojas = catalogo.cargar(store)
    doc = _Documento()

    doc.add(f'<h1 align="center">{_e(meta.get("nombre") or store.path.stem)}</h1>')
    doc.add('<p align="center"><b>{}</b></p>'.format(_e(trd("DESCRIPTIVE REPORT"))))
    nivel = {"regional": trd("regional"), "provincial": trd("provincial")}.get(meta.get("nivel", ""), meta.get("nivel", ""))
    datos = [
        (trd("Plan"), meta.get("nombre", "")),
        (trd("Level"), nivel),
        (trd("Scope"), meta.get("ambito_nombre", "")),
        (trd("Time horizon"), meta.get("horizonte", "")),
        (trd("Working scale"), "1:{:,}".format(int(meta["escala"])) if (meta.get("escala") or "").isdigit() else ""),
        (trd("Coordinate reference system"), meta.get("crs", "")),
        (trd("Responsible entity"), meta.get("entidad", "")),
        (trd("Technical team"), meta.get("equipo", "")),
        (trd("Date"), datetime.now().strftime("%Y-%m-%d")),
    ]
    doc.h2(trd("Presentation"))
    doc.add(_tabla_html([trd("Item"), trd("Value")], [list(d) for d in datos]))
    doc.narrativa(textos, "presentacion", titulo=False)
    _figuras_de_fase(doc, hojas, pngs, ("", "base"))

    # I Análisis prospectivo
    doc.h1(trd("Chapter I. Prospective analysis of the territory"))
    doc.narrativa(textos, "modelo_actual")
    tablas = tablas_de_areas(store)
    for n, tabla in enumerate(tablas, start=1):
        doc.add("<p><b>{}</b></p>".format(_e(trd("Table {number}. Area by class: {title} ({variable})").format(
            number=n, title=tabla.titulo, variable=tabla.variable))))
        filas = [[c, e, _numero(ha), _numero(p, 1)] for c, e, ha, p in tabla.filas]
        doc.add(_tabla_html([trd("Code"), trd("Class"), trd("Area (ha)"), trd("%")], filas,
                            ["", trd("Total"), _numero(tabla.total_ha), _numero(100.0, 1)]))
    if not tablas:
        doc.add("<p><i>{}</i></p>".format(_e(trd("No polygon layer is linked to a categorical variable yet."))))
    _figuras_de_fase(doc, hojas, pngs, ("fase1",))
    if not doc.narrativa(textos, "analisis_estructural"):
        columnas, filas = _filas_de_tabla(store, "pot_influencias", ("origen", "destino", "valor"))
        doc.add(_tabla_html(columnas, filas) if filas else _no_elaborado())
    if not doc.narrativa(textos, "escenarios"):
        columnas, filas = _filas_de_tabla(store, "pot_escenarios", ("nombre", "tipo", "descripcion"))
        doc.add(_tabla_html(columnas, filas) if filas else _no_elaborado())
    if not doc.narrativa(textos, "ejes"):
        doc.add(_no_elaborado())

    # II Planteamiento general
    doc.h1(trd("Chapter II. General approach"))
    for seccion in ("vision", "mot", "objetivos"):
        if not doc.narrativa(textos, seccion):
            doc.add(_no_elaborado())
    _figuras_de_fase(doc, hojas, pngs, ("fase2",))

    # III Propuesta específica
    doc.h1(trd("Chapter III. Specific proposal"))
    for seccion in ("alternativas", "inversiones", "gestion"):
        if not doc.narrativa(textos, seccion):
            columnas, filas = _filas_de_tabla(store, "pot_alternativas", ("nombre", "descripcion")) if seccion == "alternativas" else ((), [])
            doc.add(_tabla_html(columnas, filas) if filas else _no_elaborado())
    _figuras_de_fase(doc, hojas, pngs, ("fase3", "fase4"))
    # sheets of any other phase name still get their figure
    conocidas = {"", "base", "fase1", "fase2", "fase3", "fase4"}
    for hoja in hojas:
        if (hoja.fase or "") not in conocidas:
            doc.figura(hoja, pngs.get(hoja.numero))

    # IV Validación
    doc.h1(trd("Chapter IV. Validation and approval"))
    doc.narrativa(textos, "validacion")
    obs = observaciones(store)
    doc.h2(trd("Observations of the Technical Commission and answers"))
    if obs:
        filas = [[o.get("numero") or "", o.get("institucion") or o.get("autor") or "", o.get("hoja") or "",
                  o.get("celda") or "", o.get("texto") or "", o.get("respuesta") or "", o.get("estado") or ""] for o in obs]
        doc.add(_tabla_html([trd("No."), trd("Institution"), trd("Sheet"), trd("Cell"), trd("Observation"), trd("Answer"),
                             trd("Status")], filas))
    else:
        doc.add("<p><i>{}</i></p>".format(_e(trd("No observations have been recorded yet."))))

    # Annexes
    doc.h1(trd("Annex 1. Dictionary of variables"))
    variables = repositorio.cargar(store)
    doc.add(_tabla_html(
        [trd("Code"), trd("Name"), trd("Dimension"), trd("Unit"), trd("Source"), trd("Year"), trd("Classes")],
        [[v.codigo, v.nombre, v.dimension, v.unidad, v.fuente, v.anio or "", len(v.clases)] for v in variables],
    ) if variables else _no_elaborado())
    doc.h1(trd("Annex 2. List of maps"))
    doc.add(_tabla_html(
        [trd("Map no."), trd("Title"), trd("Size"), trd("Scale")],
        [[h.numero, h.titulo, h.tamano, "1:{:,}".format(h.escala) if h.escala else trd("automatic")] for h in hojas],
    ) if hojas else _no_elaborado())
    return doc


# -- files -----------------------------------------------------------------------------------------
def _temporal(destino: Path) -> Path:
    return destino.with_name(f".{destino.stem}.part{destino.suffix}")


def escribir_odt(documento: QTextDocument, destino) -> Path:
    destino = Path(destino)
    temporal = _temporal(destino)
    escritor = QTextDocumentWriter(str(temporal), b"odf")
    if not escritor.write(documento):
        temporal.unlink(missing_ok=True)
        raise PotError(tr("The document {path} could not be written (is the folder writable?).").format(path=destino))
    os.replace(temporal, destino)
    return destino


def escribir_pdf(documento: QTextDocument, destino) -> Path:
    destino = Path(destino)
    temporal = _temporal(destino)
    escritor = QPdfWriter(str(temporal))
    escritor.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    escritor.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter)
    escritor.setResolution(150)
    escritor.setTitle(documento.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    documento.print_(escritor)
    del escritor  # closes the file
    if not temporal.is_file() or temporal.stat().st_size == 0:
        temporal.unlink(missing_ok=True)
        raise PotError(tr("The PDF {path} could not be written.").format(path=destino))
    os.replace(temporal, destino)
    return destino


def pngs_de_carpeta(hojas, carpeta) -> dict:
    """{sheet number: PNG} of the already exported images found in ``carpeta`` (named as exportar names them)."""
    from .exportar import nombre_archivo

    encontrados = {}
    carpeta = Path(carpeta)
    for hoja in hojas:
        png = carpeta / f"{nombre_archivo(hoja)}.png"
        if not png.is_file():
            candidatos = sorted(carpeta.glob(f"{hoja.numero}_*.png")) if hoja.numero else []
            png = candidatos[0] if candidatos else None
        if png is not None:
            encontrados[hoja.numero] = png
    return encontrados


def generar_memoria(gpkg, odt=None, pdf=None, carpeta_mapas=None, dpi: int = 90, feedback=None) -> dict:
    """Write the memoria to ``odt`` and/or ``pdf``. Maps: PNGs from ``carpeta_mapas`` when given (the
    sheets missing there are rendered), else every sheet rendered to PNG at ``dpi``.
    Returns {"odt", "pdf", "figuras", "avisos"}."""
    from ..store.pot_store import PotStore
    from . import exportar

    if not odt and not pdf:
        raise PotError(tr("Give a file for the memoria (ODT and/or PDF)."))
    store = PotStore.open(gpkg, migrate=False)
    hojas = catalogo.cargar(store)
    avisos = []
    pngs = pngs_de_carpeta(hojas, carpeta_mapas) if carpeta_mapas else {}
    faltan = [h.numero for h in hojas if h.numero not in pngs]
    with tempfile.TemporaryDirectory(prefix="pot_memoria_") as temporal:
        if faltan:
            if feedback is not None:
                feedback.setProgressText(tr("Rendering the maps of the memoria"))
            try:
                resultado = exportar.exportar_mapas(store.path, temporal, numeros=faltan, formato=exportar.PNG, dpi=dpi,
                                                    feedback=feedback)
                avisos += resultado.errores
                pngs.update(pngs_de_carpeta([h for h in hojas if h.numero in faltan], temporal))
            except PotError as error:
                avisos.append(str(error))
        doc = construir(store, pngs)
        documento = doc.qt()
        documento.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, store.metadata().get("nombre", "") or store.path.stem)
        salida = {"odt": "", "pdf": "", "figuras": [f[1] for f in doc.figuras], "avisos": avisos}
        if odt:
            salida["odt"] = str(escribir_odt(documento, odt))
        if pdf:
            salida["pdf"] = str(escribir_pdf(documento, pdf))
    store.set_metadata({CLAVE_MEMORIA: salida["odt"] or salida["pdf"]})
    return salida
