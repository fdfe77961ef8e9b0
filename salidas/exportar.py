"""Batch export of the POT map series: one PDF (and/or PNG) per sheet, plus one combined PDF.

The POT's QGIS project (stored in its GeoPackage) is read into a separate QgsProject, never the
user's open project; without a stored project the layers are read straight from the GeoPackage.
Sheets work on clones of the layers (named after pot_capas' titles, the variable's layer drawn from
the dictionary), never on the user's layers; a clone is made and styled once per export and style and
shared by the sheets that draw it alike. A failing sheet is reported by its
number and the others still export; every file is written under a temporary name and then moved
into place, so files already exported stay intact; file names come from the sheets' numbers and
titles made safe (salidas/rutas.py), never outside the folder. The combined PDF is rebuilt from every
sheet of the catalogue present in the folder (salidas/pdf.py), so exporting one sheet again keeps the
others in it.

Every sheet has the location inset: the context layer given, else Peru's departments shipped with
the plugin (datos/peru_departamentos.geojson). Base layers without a style of their own in the POT
are drawn by the default dictionary's conventions. A sheet is refused, naming the layer, when one
of its layers has no coordinate reference system or its main layer has nothing inside the sheet;
labels that cannot be placed are reported. A catalogue entry of type "serie" exports its index
sheet and one sheet per tile (salidas/serie.py).
"""
from __future__ import annotations
import os
import sqlite3
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from osgeo import gdal
from qgis.core import (
    QgsLayoutExporter,
    QgsProject,
    QgsReferencedRectangle,
    QgsRenderContext,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..__about__ import PLUGIN_DIR
from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..core.log import get_logger
from ..core.texto import slug
from ..diccionario import repositorio
from ..store.pot_store import PROJECT_NAME, PotStore, gpkg_y_tabla
from ..store.proyecto_qgis import leer_proyecto
from . import catalogo
from . import hoja_escenarios  # noqa: F401 (registers the sheet type "escenarios")
from . import serie
from .estilos import (
    MAXIMO_ROTULOS,
    campo_nombre,
    estilo_contexto,
    estilo_convencional,
    estilo_limite,
    estilo_referencia,
    estilo_resaltado,
    estilo_variable,
    etiquetar,
)
from .etiquetas import etiquetas_perdidas
from .hoja import TIPOS, construir_layout, factor
from .rutas import nombre_de_hoja, nombre_seguro, ruta_dentro
from .pdf import combinar_layouts, combinar_pdfs, componer_pdfs, unir_pdfs  # noqa: F401 (re-exported)
from .plantillas import Plantillas, construir_con_plantilla

PDF, PNG, AMBOS = "pdf", "png", "ambos"
FORMATOS = (PDF, PNG, AMBOS)
MM_A_PUNTOS = 72.0 / 25.4
# Fields that hold the names to write on the political-administrative and location sheets.
CAMPOS_NOMBRE = ("nombre", "distrito", "nombdist", "provincia", "nombprov", "departamen", "nombdep", "name")
# Fields that hold the names of the features of a theme (protected areas, reserves…).
CAMPOS_NOMBRE_TEMA = ("anp_nomb", "acr_nomb", "acp_nomb", "zr_nomb", "nombres", "nombre", "name")
CONTEXTO_PREDETERMINADO = PLUGIN_DIR / "datos" / "peru_departamentos.geojson"
CLAVE_ESCALAS = "salidas_escalas"  # pot_metadatos: {sheet number: scale} of the last export of the series


@dataclass
class Resultado:
    carpeta: str
    pdfs: list[str] = field(default_factory=list)
    pngs: list[str] = field(default_factory=list)
    combinado: str = ""
    errores: list[str] = field(default_factory=list)  # one sentence per failed sheet
    avisos: list[str] = field(default_factory=list)
    escalas: dict = field(default_factory=dict)  # {sheet number: the scale it was drawn at}


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
        self.con_estilo = tablas_con_estilo(store)  # layers the team gave a style of their own
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
        """The ámbito is always drawn as the sheet's limit; a layer the team styled (a default style
        stored in the POT) keeps it; the others are drawn by the conventions of the default
        dictionary (rivers blue by order, roads by class, limits by level, capitals by hierarchy)
        when their name says what they are, else as plain reference features (lines and points
        widened for sheets larger than A3)."""
        if nombre == self.ambito and layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            estilo_limite(layer, escala)
        elif nombre not in self.con_estilo:
            if not estilo_convencional(layer, [nombre, self.titulos.get(nombre, "")], escala):
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


def tablas_con_estilo(store) -> set:
    """The POT's layers that have a default style stored in the GeoPackage (``layer_styles``)."""
    import sqlite3 as _sqlite3

    try:
        with store.connect(readonly=True) as conn:
            if "layer_styles" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}:
                return set()
            return {r[0] for r in conn.execute("SELECT DISTINCT f_table_name FROM layer_styles WHERE useAsDefault")}
    except (PotError, _sqlite3.Error):
        return set()


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
    comparadas = {c[0]: c[1] for c in (hoja.capa_variable or {}).get("comparar") or []}  # maps of one variable side by side
    rotulada = _capa_rotulada(hoja, capas) if variable is None else ""  # names written on the sheets without a variable
    escala = max(factor(hoja.tamano), 1.0)
    # Every clone is styled once and shared by the sheets that draw it the same way (same variable
    # and field, or same labels at the same size): cloning and styling are not repeated per sheet.
    clones = []
    for nombre in hoja.capas:
        if nombre == capa:
            clones.append(_clon_variable(capas, nombre, variable, campo))
        elif variable is not None and nombre in comparadas:
            clones.append(_clon_variable(capas, nombre, variable, comparadas[nombre]))
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


def _capa_rotulada(hoja, capas: _Capas) -> str:
    """The layer whose names a sheet without a variable writes: its first polygon layer other than
    the ámbito (the districts or provinces of the political-administrative sheet), else its first."""
    for nombre in hoja.capas:
        if nombre != capas.ambito and capas.original(nombre).geometryType() == QgsWkbTypes.PolygonGeometry:
            return nombre
    return hoja.capas[0]


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
        nombres = campo_nombre(layer, CAMPOS_NOMBRE_TEMA)
        if nombres and layer.geometryType() == QgsWkbTypes.PolygonGeometry and layer.featureCount() <= MAXIMO_ROTULOS:
            etiquetar(layer, nombres, 7.0)  # protected areas, reserves: their names on the sheet
        capas.compartidas[clave] = layer
    return capas.compartidas[clave]


def _rotular(layer, hoja) -> None:
    """Write the names (districts, provinces…) of a polygon layer, bold with a halo, every one."""
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry or layer.featureCount() > 500:
        return
    campo = campo_nombre(layer, CAMPOS_NOMBRE)  # the most local name first
    if campo:
        etiquetar(layer, campo, max(7.5 * factor(hoja.tamano), 6.0), negrita=True)


def _capa_contexto(capa_contexto, proyecto):
    """The context layer of the inset (a layer or a file path), cloned and styled; Peru's
    departments (shipped with the plugin) when none is given."""
    if capa_contexto is None or capa_contexto == "":
        capa_contexto = CONTEXTO_PREDETERMINADO
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


def nombre_archivo(hoja) -> str:
    """The sheet's file name without extension, safe whatever its number and title hold."""
    return nombre_de_hoja(hoja)


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


def _sin_srs(layer) -> bool:
    """A GeoPackage table stored with an undefined spatial reference (srs_id 0 or -1): QGIS may
    still give the layer a default CRS, which would put the data in the wrong place."""
    ruta, tabla = gpkg_y_tabla(layer)
    if not ruta or not tabla:
        return False
    try:
        conexion = sqlite3.connect(f"{Path(ruta).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            fila = conexion.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?", (tabla,)).fetchone()
        finally:
            conexion.close()
    except sqlite3.Error:
        return False
    return fila is not None and fila[0] is not None and int(fila[0]) <= 0


def comprobar_capas(hoja, clones) -> None:
    """PotError naming the first layer of the sheet that has no coordinate reference system."""
    for layer in clones:
        if not layer.crs().isValid() or _sin_srs(layer):
            raise PotError(tr("the layer “{layer}” has no coordinate reference system; set it in the POT before exporting").format(
                layer=layer.name()))


def comprobar_contenido(layout, principal) -> None:
    """PotError naming the sheet's main layer when none of its features falls inside the map."""
    from qgis.core import QgsCoordinateTransform, QgsFeatureRequest

    mapa = layout.itemById("mapa")
    if mapa is None or principal is None:
        return
    extent = mapa.extent()
    if mapa.crs().isValid() and principal.crs() != mapa.crs():
        extent = QgsCoordinateTransform(mapa.crs(), principal.crs(), QgsProject.instance()).transformBoundingBox(extent)
    pedido = QgsFeatureRequest().setFilterRect(extent).setLimit(1).setNoAttributes()
    if next(principal.getFeatures(pedido), None) is None:
        raise PotError(tr("the layer “{layer}” has nothing inside the sheet (is it in the POT's area, and in its CRS?)").format(
            layer=principal.name()))


def _principal(hoja, clones, variable):
    """The layer a sheet is about: its variable's layer, else its first layer."""
    if not clones:
        return None
    if variable is not None:
        capa = (hoja.capa_variable or {}).get("capa") or hoja.capas[0]
        return clones[hoja.capas.index(capa)] if capa in hoja.capas else clones[-1]
    return clones[0]


def _exportar_hoja(hoja, proyecto, capas, variables, metadatos, contexto, ambito, logos, carpeta, formato, dpi,
                   resultado, exportados, feedback, plantillas=None, extra=None, opciones=None) -> None:
    """Export one sheet; ``extra``: layers added on top (the tiles of a series' index), ``opciones``
    go to the sheet type's builder (the scale and frame of a tile)."""
    clones, variable = _capas_de_hoja(hoja, capas, variables)
    comprobar_capas(hoja, clones)
    opciones = dict(opciones or {})
    preparar = getattr(TIPOS.get(hoja.tipo), "opciones_de_exportacion", None)  # a sheet type's own inputs
    if preparar is not None:
        opciones.update(preparar(capas.store, hoja))
    encuadre = opciones.pop("encuadre", None) or capas.encuadre()
    avisos = []
    layout = None
    ruta = plantillas.ruta(hoja) if plantillas is not None and hoja.tipo == "mapa" else None
    if ruta is not None:
        try:
            layout = construir_con_plantilla(proyecto, metadatos, hoja, clones, variable, ruta,
                                             plantillas.documento(ruta), avisos, encuadre)
        except PotError as error:  # the sheet is still drawn, with the built-in design
            avisos.append(tr("{error} Sheet {sheet} uses the built-in design.").format(error=error, sheet=hoja.numero))
            get_logger().warning(avisos[-1])
    if layout is None:
        layout = construir_layout(
            proyecto, metadatos, hoja, list(extra or []) + clones, variable, context_layer=opciones.pop("contexto", contexto),
            logos=logos, ambito_layer=opciones.pop("resaltado", ambito), avisos=avisos, encuadre=encuadre, **opciones,
        )
    if hoja.tipo != "tesela":  # a tile of a series may fall where the theme has nothing
        comprobar_contenido(layout, _principal(hoja, clones, variable))
    if layout.itemById("mapa") is not None:
        resultado.escalas[hoja.numero] = round(layout.itemById("mapa").scale())
    for capa, nombres in etiquetas_perdidas(layout.itemById("mapa"), dpi=min(dpi, 96)).items():
        avisos.append(tr("Sheet {sheet}: {count} labels of “{layer}” could not be placed: {names}.").format(
            sheet=hoja.numero, count=len(nombres), layer=capa, names=", ".join(nombres[:20]) + (" …" if len(nombres) > 20 else "")))
    for aviso in avisos:
        if aviso not in resultado.avisos:
            resultado.avisos.append(aviso)
            feedback.pushWarning(aviso)
    base = ruta_dentro(carpeta, nombre_archivo(hoja))
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


def hojas_de_serie(hoja, store, capas) -> tuple:
    """(index sheet, [(tile sheet, tile)], tiles layer, "carta" | "regular") of a series entry."""
    from qgis.core import QgsGeometry

    if not capas.ambito:
        raise PotError(tr("the POT has no ámbito layer to lay the series' sheets over"))
    ambito = capas.original(capas.ambito)
    geometria = QgsGeometry.unaryUnion([f.geometry() for f in ambito.getFeatures()])
    metadatos = store.metadata()
    escala = int(hoja.escala or (metadatos.get("escala") if str(metadatos.get("escala") or "").isdigit() else 0) or 100_000)
    teselas, corte = serie.teselas_de(geometria, ambito.crs(), escala, hoja.tamano, hoja.orientacion)
    if not teselas:
        raise PotError(tr("no sheet of the series touches the ámbito"))
    indice = replace(hoja, numero=f"{hoja.numero}-00", tipo=serie.HojaIndice.TIPO, escala=None,
                     titulo=trd("Index of sheets: {title}").format(title=hoja.titulo))
    tamano = _tamano_para(teselas, escala, hoja)
    hojas = []
    for k, tesela in enumerate(teselas, start=1):
        rotulo = trd("IGN sheet {name}") if corte == "carta" else trd("sheet {name}")
        hojas.append((replace(hoja, numero=f"{hoja.numero}-{k:02d}", tipo=serie.HojaTesela.TIPO, escala=escala, tamano=tamano,
                              titulo=f"{hoja.titulo} – {rotulo.format(name=tesela.nombre)}"), tesela))
    return indice, hojas, serie.capa_teselas(teselas, ambito.crs()), corte


def _tamano_para(teselas, escala, hoja) -> str:
    """The sheet size of the tiles: the entry's, or the first bigger one whose map frame holds a tile."""
    ancho = max(t.geometria.boundingBox().width() for t in teselas) * 1000 / escala
    alto = max(t.geometria.boundingBox().height() for t in teselas) * 1000 / escala
    tamanos = list(catalogo.TAMANOS)
    for tamano in tamanos[tamanos.index(hoja.tamano):]:
        marco = serie.marco_mapa_mm(tamano, hoja.orientacion)
        if ancho <= marco[0] and alto <= marco[1]:
            return tamano
    return "A0"


def _exportar_serie(hoja, store, proyecto, capas, variables, metadatos, contexto, ambito, logos, carpeta, formato, dpi,
                    resultado, exportados, feedback, plantillas=None) -> None:
    indice, teselas, capa, corte = hojas_de_serie(hoja, store, capas)
    proyecto.addMapLayer(capa, False)
    etiquetar(capa, serie.CAMPO_NOMBRE, max(14.0 * factor(hoja.tamano), 9.0), negrita=True)
    if teselas and teselas[0][0].tamano != hoja.tamano:
        aviso = tr("Series {sheet}: the tiles are printed on {size}, the smallest size whose map holds a whole tile at 1:{scale}.").format(
            sheet=hoja.numero, size=teselas[0][0].tamano, scale=teselas[0][0].escala)
        resultado.avisos.append(aviso)
        feedback.pushWarning(aviso)
    _exportar_hoja(indice, proyecto, capas, variables, metadatos, contexto, ambito, logos, carpeta, formato, dpi,
                   resultado, exportados, feedback, extra=[capa],
                   opciones={"encuadre": QgsReferencedRectangle(capa.extent(), capa.crs())})  # the index frames every tile
    if teselas:
        resultado.escalas[hoja.numero] = teselas[0][0].escala
    for sub, tesela in teselas:
        if feedback.isCanceled():
            return
        resaltada = serie.capa_teselas([tesela], capa.crs())
        estilo_resaltado(resaltada)
        borde = serie.capa_teselas([tesela], capa.crs())  # the tile's own limit on its map
        borde.setName(trd("Limit of the sheet"))
        proyecto.addMapLayer(resaltada, False)
        proyecto.addMapLayer(borde, False)
        feedback.setProgressText(tr("Sheet {number}: {title}").format(number=sub.numero, title=sub.titulo))
        _exportar_hoja(sub, proyecto, capas, variables, metadatos, contexto, ambito, logos, carpeta, formato, dpi,
                       resultado, exportados, feedback, extra=[borde],
                       opciones={"encuadre": serie.encuadre_de(tesela, capa.crs()), "escala_fija": sub.escala,
                                 "contexto": capa, "resaltado": resaltada})


def _tamano_pdf_mm(ruta: Path) -> tuple:
    """(width, height) in mm of a one-page PDF, read from its MediaBox (A3 landscape if unreadable)."""
    import re

    coincide = re.search(rb"/MediaBox\s*\[\s*[-\d.]+\s+[-\d.]+\s+([\d.]+)\s+([\d.]+)\s*\]", ruta.read_bytes()[:200000])
    if not coincide:
        return 420.0, 297.0
    return float(coincide.group(1)) / MM_A_PUNTOS, float(coincide.group(2)) / MM_A_PUNTOS


def pdfs_de_la_serie(hojas, carpeta: Path, exportados) -> list:
    """[(pdf, page size, bookmark)] of every sheet of the catalogue present in ``carpeta`` (just
    exported or from an earlier export), in catalogue order; a series' sheets follow its entry."""
    hechos = {Path(e[0]).name: e for e in exportados}
    lista = []
    for hoja in hojas:
        nombres = [f"{nombre_archivo(hoja)}.pdf"]
        if hoja.tipo == "serie":
            nombres = sorted(p.name for p in carpeta.glob(f"{nombre_seguro(hoja.numero, 40)}-[0-9][0-9]_*.pdf"))
        for nombre in nombres:
            if nombre in hechos:
                pdf, tamano, titulo, _ = hechos[nombre]
                lista.append((Path(pdf), tamano, titulo))
            elif (carpeta / nombre).is_file():
                lista.append((carpeta / nombre, _tamano_pdf_mm(carpeta / nombre), f"{hoja.numero} {hoja.titulo}"))
    return lista


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
    hojas_dadas = hojas
    todas = hojas if hojas is not None else catalogo.cargar(store)
    hojas = seleccionar(todas, numeros, store.path)
    if not hojas:
        raise PotError(tr("The map catalogue of {path} is empty: there is nothing to export.").format(path=store.path))

    resultado = Resultado(carpeta=str(carpeta))
    carpeta_plantillas = plantillas or (metadatos.get("plantillas_carpeta") or "").strip()
    plantillas = Plantillas(store.path.parent / carpeta_plantillas) if carpeta_plantillas else None
    proyecto = cargar_proyecto(store)
    capas = _Capas(store, proyecto)
    variables = {v.codigo: v for v in repositorio.cargar(store)}
    contexto = _capa_contexto(capa_contexto, proyecto)
    ambito = _capa_ambito(capas)
    exportados = []  # (pdf, page size, bookmark, layout) of the sheets done
    try:
        for i, hoja in enumerate(hojas):
            if feedback.isCanceled():
                feedback.pushWarning(tr("Export cancelled; the sheets already exported are kept."))
                break
            feedback.setProgressText(tr("Sheet {number}: {title}").format(number=hoja.numero, title=hoja.titulo))
            try:
                if hoja.tipo == "serie":
                    _exportar_serie(hoja, store, proyecto, capas, variables, metadatos, contexto, ambito, logos, carpeta,
                                    formato, dpi, resultado, exportados, feedback, plantillas)
                else:
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
            destino = ruta_dentro(carpeta, f"{slug(store.path.stem) or 'pot'}_{slug(trd('maps'))}.pdf")
            feedback.setProgressText(tr("Combined PDF of all sheets"))
            presentes = pdfs_de_la_serie(todas, carpeta, exportados) if hojas_dadas is None else \
                [(Path(e[0]), e[1], e[2]) for e in exportados]
            try:
                combinar_pdfs([p[0] for p in presentes], [p[1] for p in presentes], [p[2] for p in presentes], destino)
            except PotError as error:
                get_logger().warning(str(error))
                combinar_layouts([e[3] for e in exportados], destino, dpi)
            resultado.combinado = str(destino)
        feedback.setProgress(100.0)
    finally:
        exportados.clear()  # layouts go before the project they point to
        proyecto.clear()
    if hojas_dadas is None and resultado.escalas:
        import json

        anteriores = {}
        try:
            anteriores = json.loads(metadatos.get(CLAVE_ESCALAS) or "{}")
        except ValueError:
            pass
        store.set_metadata({CLAVE_ESCALAS: json.dumps({**anteriores, **resultado.escalas}, ensure_ascii=False)})
    if not resultado.pdfs and not resultado.pngs and resultado.errores:
        raise PotError("\n".join(resultado.errores))
    return resultado
