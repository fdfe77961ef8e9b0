"""The memoria descriptiva of a POT: one document (ODT and/or PDF) built from what the GeoPackage holds.

Chapters follow the Pautas: presentation, I Análisis prospectivo (area tables of the modelo actual; Pasos 02–04,
in ``memoria_prospectiva``), II Planteamiento general, III Propuesta específica, IV
Validación (observations and answers), and the annexes (diccionario de variables, map list). Each
map of the catalogue is a numbered figure. The narrative sections the team writes are kept in
``pot_narrativas`` and merged into their chapter, so the memoria can be regenerated at any time.

The document is HTML in a QTextDocument (images as document resources), written by Qt's ODF
writer (Word and LibreOffice open it) and printed to PDF by QPdfWriter.
"""
import html
import os
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingFeedback, QgsProcessingMultiStepFeedback, QgsProject
from qgis.PyQt.QtCore import QMarginsF, QUrl
from qgis.PyQt.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument, QTextDocumentWriter, QTextOption

from ..core.errors import PotError
from ..core.hilos import en_hilo
from ..core.i18n import tr, trd
from ..diccionario import repositorio
from ..store.pot_store import table_names
from . import catalogo
from .escalas import formatear_decimal, texto_escala_numerica

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
    capa: str  # the first layer that carries the variable
    titulo: str
    variable: str  # the variable's name
    filas: list  # (code, label, hectares, percent)
    total_ha: float  # area with a class
    capas: list = field(default_factory=list)  # every layer that carries it, in precedence order
    ambito_ha: float = 0.0
    codigo: str = ""


def tablas_de_areas(store, contexto=None) -> list:
    """One area table (ha and % of the ámbito) per categorical variable of the POT's polygon layers:
    inside the ámbito, in the POT's CRS, each hectare once however many layers carry the variable
    (salidas/areas.py). Values that are not classes of the dictionary have rows of their own.
    ``contexto``: the QgsCoordinateTransformContext (the project's when None)."""
    from . import areas

    variables = {v.codigo: v for v in repositorio.cargar(store)}
    titulos = {r["capa"]: r["titulo"] or r["capa"] for r in store.registered_layers()}
    crs = QgsCoordinateReferenceSystem(store.metadata().get("crs", ""))
    geometria_ambito = areas.ambito(store, crs, contexto=contexto)
    tablas = []
    for codigo, enlaces in areas.enlaces_por_variable(store).items():
        variable = variables.get(codigo)
        if variable is None or not variable.es_categorica:
            continue
        resultado = areas.areas_de_variable(store, codigo, enlaces, crs, geometria_ambito, contexto)
        por_clase = dict(resultado.areas_m2)
        total = sum(por_clase.values())
        if total <= 0:
            continue
        base = resultado.ambito_m2 or total
        filas = []
        for clase in variable.clases:
            if por_clase.get(clase.codigo, 0.0) > 0:
                m2 = por_clase.pop(clase.codigo)
                filas.append((clase.codigo, clase.etiqueta, m2 / 10000.0, 100.0 * m2 / base))
        for valor, m2 in sorted(por_clase.items()):  # values that are not classes of the dictionary
            filas.append((valor, trd("(not in the dictionary)"), m2 / 10000.0, 100.0 * m2 / base))
        capas = [c for c, _ in enlaces]
        titulo = titulos.get(capas[0], capas[0]) if len(capas) == 1 else variable.nombre
        tablas.append(TablaAreas(capas[0], titulo, variable.nombre, filas, total / 10000.0, capas,
                                 resultado.ambito_m2 / 10000.0, codigo))
    return tablas


def areas_por_clase(store, capa: str, campo: str, variable=None, crs=None) -> dict:
    """{value of ``campo``: area in m²} of one layer's polygons inside the ámbito, in ``crs``."""
    from . import areas

    crs = crs if crs is not None else QgsCoordinateReferenceSystem(store.metadata().get("crs", ""))
    return areas.areas_de_variable(store, "", [(capa, campo)], crs, areas.ambito(store, crs)).areas_m2


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


class _Numero(str):
    """A number as written in the memoria: right-aligned in its cell, never wrapped."""


def _numero(valor: float, decimales: int = 2) -> str:
    return _Numero(formatear_decimal(valor, decimales))


def _celda(valor) -> str:
    if isinstance(valor, _Numero):
        return f'<td align="right" style="white-space: nowrap">{_e(valor)}</td>'
    return f"<td>{_e(valor)}</td>"


def _tabla_html(encabezados, filas, pie=None) -> str:
    partes = ['<table border="1" cellspacing="0" cellpadding="3" width="100%"><tr>']
    partes += [f"<th>{_e(h)}</th>" for h in encabezados]
    partes.append("</tr>")
    for fila in filas + ([pie] if pie else []):
        partes.append("<tr>" + "".join(_celda(v) for v in fila) + "</tr>")
    partes.append("</table>")
    return "".join(partes)


def _leyenda_tabla(doc, texto) -> None:
    doc.numero_tabla += 1
    doc.add("<p><b>{}</b></p>".format(_e(trd("Table {number}. {caption}").format(number=doc.numero_tabla, caption=texto))))


def _parrafos(texto: str) -> str:
    bloques = [b.strip() for b in (texto or "").split("\n\n") if b.strip()]
    return "".join(f"<p>{_e(b).replace(chr(10), '<br/>')}</p>" for b in bloques)


def _no_elaborado() -> str:
    return "<p><i>{}</i></p>".format(_e(trd("Not yet elaborated.")))


class _Documento:
    """Collects the HTML and the images of the memoria."""

    def __init__(self, textos=None):
        self.html = []
        self.imagenes = {}  # url → QImage
        self.figuras = []  # (number, caption)
        self.numero_tabla = 0
        self.textos = textos or {}  # the team's narrative sections

    def h1(self, texto):
        self.html.append(f'<h1 style="page-break-before: always">{_e(texto)}</h1>')

    def h2(self, texto):
        self.html.append(f"<h2>{_e(texto)}</h2>")

    def h3(self, texto):
        self.html.append(f"<h3>{_e(texto)}</h3>")

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
        """A map sheet's PNG as a numbered figure (a note when the image is missing)."""
        imagen = QImage(str(png)) if png else QImage()
        self.figura_imagen(hoja.titulo, imagen, trd("(the image of sheet {number} is not available)").format(number=hoja.numero))

    def figura_imagen(self, titulo: str, imagen: QImage, si_falta: str = "") -> None:
        """An image (a map, a chart) as a numbered figure with its caption."""
        numero = len(self.figuras) + 1
        leyenda = trd("Figure {number}. {title}").format(number=numero, title=titulo)
        self.figuras.append((numero, leyenda))
        if imagen.isNull():
            self.add("<p><i>{}</i></p>".format(_e(si_falta)))
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
        # Break lines between words only: a narrow column widens to its longest word ("Horizonte")
        # instead of splitting it, which Qt's default (anywhere when needed) did in table headers.
        opcion = documento.defaultTextOption()
        opcion.setWrapMode(QTextOption.WrapMode.WordWrap)
        documento.setDefaultTextOption(opcion)
        for url, imagen in self.imagenes.items():
            documento.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), imagen)
        documento.setHtml("<html><body>" + "".join(self.html) + "</body></html>")
        return documento


def _figuras_de_fase(doc, hojas, pngs, fases) -> None:
    for hoja in hojas:
        if (hoja.fase or "") in fases:
            doc.figura(hoja, pngs.get(hoja.numero))


def escalas_exportadas(store) -> dict:
    import json

    from .exportar import CLAVE_ESCALAS

    try:
        return json.loads(store.metadata().get(CLAVE_ESCALAS) or "{}")
    except ValueError:
        return {}


def _escala_de_hoja(hoja, escalas: dict) -> str:
    """"1:100 000": the sheet's scale, or the one it was last exported at; a series names its tiles'."""
    escala = hoja.escala or escalas.get(hoja.numero)
    if escala:
        return _Numero(texto_escala_numerica(escala))
    return trd("chosen when exported")


def _capas_dit(doc, store) -> None:
    """The DIT layers of the modelo actual: theme, fields mapped to variables, validation."""
    from ..modelo_actual import registro

    capas = registro.listar(store)
    doc.h2(trd("Layers of the Diagnóstico Integrado del Territorio"))
    if not capas:
        doc.add(_no_elaborado())
        return
    filas = []
    for capa in capas:
        mapeos = "; ".join(f"{m.campo} → {m.variable}" + (f" ({len(m.valores)} {trd('values mapped')})" if m.valores else "")
                           for m in capa.mapeos)
        informe = capa.validacion or {}
        if not informe:
            estado = trd("not validated")
        elif informe.get("ok"):
            estado = trd("valid")
        else:
            estado = trd("{count} problems").format(count=informe.get("problemas", 0))
            if informe.get("sin_clase"):
                estado += "; " + trd("values without a class: {values}").format(
                    values=", ".join(f"{k}: {', '.join(map(str, v[:5]))}" for k, v in informe["sin_clase"].items()))
        filas.append([capa.nombre, capa.etiqueta_tema, mapeos or "—", estado])
    _leyenda_tabla(doc, trd("DIT layers, their variables and their validation"))
    doc.add(_tabla_html([trd("Layer"), trd("Theme"), trd("Fields → variables"), trd("Validation")], filas))


def _caracterizacion(doc, store) -> None:
    """Potentialities, limitations and aptitudes of the units (pot_modelo_resumen), by area."""
    from ..modelo_actual import caracterizacion

    with store.connect(readonly=True) as conn:
        if "pot_modelo_resumen" not in table_names(conn):
            return
        capas = [r[0] for r in conn.execute("SELECT DISTINCT capa FROM pot_modelo_resumen ORDER BY capa")]
    titulos = {r["capa"]: r["titulo"] or r["capa"] for r in store.registered_layers()}
    doc.h2(trd("Potentialities, limitations and aptitudes"))
    if not capas:
        doc.add("<p><i>{}</i></p>".format(_e(trd("The territorial units have not been characterised yet."))))
        return
    nombres = {caracterizacion.POTENCIALIDAD: trd("Potentialities"), caracterizacion.LIMITACION: trd("Limitations"),
               caracterizacion.APTITUD: trd("Aptitudes")}
    for capa in capas:
        filas = caracterizacion.resumen(store, capa)
        for tipo in caracterizacion.TIPOS:
            propias = [f for f in filas if f["grupo"] == tipo]
            if not propias:
                continue
            _leyenda_tabla(doc, trd("{kind} of the territorial units ({layer})").format(kind=nombres[tipo], layer=titulos.get(capa, capa)))
            doc.add(_tabla_html(
                [trd("Tag"), trd("Subsystem"), trd("Units"), trd("Area (ha)")],
                [[f["clave"], f["subsistema"] or "—", _Numero(str(f["unidades"])), _numero(f["area_ha"])]
                 for f in sorted(propias, key=lambda f: -f["area_ha"])],
            ))


def _aportes(doc, store) -> None:
    """The stakeholders' contributions to the modelo actual and the team's replies."""
    from ..modelo_actual import aportes

    filas = aportes.listar(store)
    doc.h2(trd("Contributions of the stakeholders and replies"))
    if not filas:
        doc.add("<p><i>{}</i></p>".format(_e(trd("No contributions have been recorded yet."))))
        return
    estados = {aportes.PENDIENTE: trd("pending"), aportes.INCORPORADO: trd("incorporated"), aportes.DESCARTADO: trd("discarded")}
    _leyenda_tabla(doc, trd("Contributions to the current model"))
    doc.add(_tabla_html(
        [trd("Date"), trd("Author"), trd("Workshop"), trd("Contribution"), trd("Status"), trd("Reply")],
        [[f["fecha"], f["institucion"] or f["autor"] or "", f["taller"] or "", f["texto"] or "",
          estados.get(f["estado"], f["estado"]), f["respuesta"] or ""] for f in filas],
    ))


def construir(store, pngs: dict, contexto=None) -> _Documento:
    """The memoria as HTML + images; ``pngs`` = {sheet number: PNG path}; ``contexto``: the
    QgsCoordinateTransformContext of the area tables (the project's when None)."""
    meta = store.metadata()
    textos = narrativas(store)
    hojas = catalogo.cargar(store)
    doc = _Documento(textos)

    doc.add(f'<h1 align="center">{_e(meta.get("nombre") or store.path.stem)}</h1>')
    doc.add('<p align="center"><b>{}</b></p>'.format(_e(trd("DESCRIPTIVE REPORT"))))
    nivel = {"regional": trd("regional"), "provincial": trd("provincial")}.get(meta.get("nivel", ""), meta.get("nivel", ""))
    datos = [
        (trd("Plan"), meta.get("nombre", "")),
        (trd("Level"), nivel),
        (trd("Scope"), meta.get("ambito_nombre", "")),
        (trd("Time horizon"), meta.get("horizonte", "")),
        (trd("Working scale"), texto_escala_numerica(meta["escala"]) if (meta.get("escala") or "").isdigit() else ""),
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
    _capas_dit(doc, store)
    tablas = tablas_de_areas(store, contexto)
    if tablas:
        doc.h2(trd("Area of each class"))
        doc.add("<p>{}</p>".format(_e(trd(
            "Areas inside the ámbito ({scope}), computed in {crs} on the plane of its projection; each hectare is "
            "counted once: where layers that carry a variable overlap, the one added to the POT first gives the class."
        ).format(scope=meta.get("ambito_nombre") or trd("the plan's area"), crs=meta.get("crs", "")))))
    for tabla in tablas:
        if tabla.titulo == tabla.variable:  # several layers: the variable names the table
            _leyenda_tabla(doc, trd("Area by class inside the ámbito: {variable}").format(variable=tabla.variable))
        else:
            _leyenda_tabla(doc, trd("Area by class inside the ámbito: {title} ({variable})").format(
                title=tabla.titulo, variable=tabla.variable))
        filas = [[c, e, _numero(ha), _numero(p, 1)] for c, e, ha, p in tabla.filas]
        cabecera = [trd("Code"), trd("Class"), trd("Area (ha)"), trd("% of the ámbito") if tabla.ambito_ha else trd("%")]
        pie = ["", trd("Total"), _numero(tabla.total_ha), _numero(sum(f[3] for f in tabla.filas), 1)]
        doc.add(_tabla_html(cabecera, filas, pie))
        if len(tabla.capas) > 1:
            doc.add("<p><i>{}</i></p>".format(_e(trd("Layers, in order of precedence: {layers}.").format(
                layers=", ".join(tabla.capas)))))
    if not tablas:
        doc.add("<p><i>{}</i></p>".format(_e(trd("No polygon layer is linked to a categorical variable yet."))))
    _caracterizacion(doc, store)
    _aportes(doc, store)
    _figuras_de_fase(doc, [h for h in hojas if not h.clave.startswith("escenario")], pngs, ("fase1",))
    # Pasos 02–04: variables, structural analysis, supuestos, scenarios (with their sheets), the óptimo, the ejes
    from . import memoria_prospectiva

    memoria_prospectiva.capitulo(doc, store, hojas, pngs)

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
    escalas = escalas_exportadas(store)
    doc.add(_tabla_html(
        [trd("Map no."), trd("Title"), trd("Size"), trd("Scale")],
        [[h.numero, h.titulo, h.tamano, _escala_de_hoja(h, escalas)] for h in hojas],
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
    # QTextDocument.print_ adds its own 2 cm around the text (and writes the page numbers there): 5 mm
    # more make 25 mm margins, a 160 mm column on A4.
    escritor.setPageMargins(QMarginsF(5, 5, 5, 5), QPageLayout.Unit.Millimeter)
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


def _escribir(control, store, pngs, odt, pdf, contexto) -> dict:
    """The memoria from the rendered maps to its files; runs in a worker thread (core/hilos.py): every Qt
    object it uses (QImage, QTextDocument, the writers) is created and dropped here."""
    cancelada = tr("The memoria was cancelled; no file was written.")
    control.avance(0.0, tr("Composing the memoria"))
    doc = construir(store, pngs, contexto)
    control.punto_de_control(cancelada)
    control.avance(0.4)
    documento = doc.qt()
    documento.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, store.metadata().get("nombre", "") or store.path.stem)
    salida = {"odt": "", "pdf": "", "figuras": [f[1] for f in doc.figuras]}
    control.punto_de_control(cancelada)  # the last one: the files below are written whole, or not at all
    if odt:
        control.avance(0.5, tr("Writing the memoria (ODT)"))
        salida["odt"] = str(escribir_odt(documento, odt))
    if pdf:
        control.avance(0.8, tr("Writing the memoria (PDF)"))
        salida["pdf"] = str(escribir_pdf(documento, pdf))
    return salida


def generar_memoria(gpkg, odt=None, pdf=None, carpeta_mapas=None, dpi: int = 90, feedback=None, contexto=None) -> dict:
    """Write the memoria to ``odt`` and/or ``pdf``. Maps: PNGs from ``carpeta_mapas`` when given (the
    sheets missing there are rendered), else every sheet rendered to PNG at ``dpi``.
    ``contexto``: the QgsCoordinateTransformContext of the area tables (the project's when None).
    Cancelled (``feedback``) before the files are written, it raises ``Cancelado`` and writes nothing.
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
    escribir_desde = 0.0  # the share of the progress bar the maps take
    with tempfile.TemporaryDirectory(prefix="pot_memoria_") as temporal:
        if faltan:
            mapas_feedback = feedback
            if isinstance(feedback, QgsProcessingFeedback):  # the maps fill the first half of the bar
                mapas_feedback = QgsProcessingMultiStepFeedback(2, feedback)
                escribir_desde = 50.0
            if feedback is not None:
                feedback.setProgressText(tr("Rendering the maps of the memoria"))
            try:
                resultado = exportar.exportar_mapas(store.path, temporal, numeros=faltan, formato=exportar.PNG, dpi=dpi,
                                                    feedback=mapas_feedback)
                avisos += resultado.errores
                pngs.update(pngs_de_carpeta([h for h in hojas if h.numero in faltan], temporal))
            except PotError as error:
                avisos.append(str(error))
        # The rest is plain work (no layout): a worker thread does it while this one keeps reporting.
        if contexto is None:
            contexto = QgsProject.instance().transformContext()  # read here, in the calling thread
        salida = en_hilo(_escribir, store, pngs, odt, pdf, contexto,
                         feedback=feedback, progreso=(escribir_desde, 100.0))
        salida["avisos"] = avisos
    store.set_metadata({CLAVE_MEMORIA: salida["odt"] or salida["pdf"]})
    return salida
