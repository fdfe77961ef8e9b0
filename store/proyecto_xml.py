"""The stored QGIS project edited as XML, without ``QgsProject.write``.

The plugin's writes change the stored project (a layer added, a layer's style or title) in their own
transaction. It is done on the project's XML: each layer element is written by QGIS itself
(``QgsMapLayer.writeLayerXml``, ``QgsLayerTreeLayer.writeXml``), everything else stays as the user
saved it. QGIS's own project writer is avoided on purpose: on QGIS 3.44 every save goes through one
fixed temporary file (``qgis-project-XXXXXX.zip`` in the temporary folder), so two QGIS processes
saving at the same moment can swap their projects (seen in the concurrency tests).
"""
from __future__ import annotations

import io
import os
import zipfile
from xml.sax.saxutils import escape

from qgis.core import Qgis, QgsLayerTreeLayer, QgsPathResolver, QgsReadWriteContext, QgsWkbTypes
from qgis.PyQt.QtXml import QDomDocument

from ..core.errors import PotError
from ..core.i18n import tr
from .proyecto_guardado import ruta_guardada

_ESQUELETO = """<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis projectname="" version="{version}">
  <homePath path=""/>
  <title></title>
  <projectCrs/>
  <layer-tree-group><customproperties><Option/></customproperties><custom-order enabled="0"/></layer-tree-group>
  <projectlayers/>
  <layerorder/>
  <properties/>
</qgis>
"""


def _hijos(elemento, etiqueta=None) -> list:
    nodos, nodo = [], elemento.firstChildElement(etiqueta) if etiqueta else elemento.firstChildElement()
    while not nodo.isNull():
        nodos.append(nodo)
        nodo = nodo.nextSiblingElement(etiqueta) if etiqueta else nodo.nextSiblingElement()
    return nodos


def _hijo(doc, padre, etiqueta):
    nodo = padre.firstChildElement(etiqueta)
    if nodo.isNull():
        nodo = doc.createElement(etiqueta)
        padre.appendChild(nodo)
    return nodo


class EdicionDeProyecto:
    """A stored project (``.qgz`` bytes, or None for a new one) open for changes; ``contenido()``
    gives the changed bytes. Layer paths are written relative to the POT's folder, as QGIS does."""

    def __init__(self, store, contenido=None, crs=None, titulo: str = ""):
        self.store = store
        self._otros = {}  # the archive's other entries (auxiliary storage), kept as they are
        texto, self._nombre_qgs = None, f"{store.path.stem}.qgs"
        if contenido:
            with zipfile.ZipFile(io.BytesIO(contenido)) as archivo:
                for nombre in archivo.namelist():
                    if nombre.lower().endswith(".qgs") and texto is None:
                        texto, self._nombre_qgs = archivo.read(nombre).decode("utf-8"), nombre
                    else:
                        self._otros[nombre] = archivo.read(nombre)
            texto = self._reubicar(texto, ruta_guardada(contenido))
        self.doc = QDomDocument()
        leido = self.doc.setContent(texto or _ESQUELETO.format(version=Qgis.QGIS_VERSION))
        if not (leido[0] if isinstance(leido, tuple) else leido):
            raise PotError(tr("{path} is a POT but its QGIS project could not be read: {error}").format(
                path=store.path, error="XML"))
        self.raiz = self.doc.documentElement()
        if not texto:
            self._nuevo(crs, titulo)
        self.contexto = QgsReadWriteContext()
        absolutas = self.raiz.firstChildElement("properties").firstChildElement("Paths").firstChildElement("Absolute")
        base = "" if absolutas.text().strip().lower() == "true" else str(store.path.parent / self._nombre_qgs)
        self.contexto.setPathResolver(QgsPathResolver(base))

    # -- reading ---------------------------------------------------------------------------------
    def _reubicar(self, texto: str, anterior: str) -> str:
        """Sources of the file the project was saved for (moved, renamed, copied) read this one."""
        actual = self.store.path
        if not anterior or os.path.normcase(os.path.abspath(anterior)) == os.path.normcase(str(actual)):
            return texto
        viejo = os.path.basename(anterior)
        for antes, ahora in ((anterior, str(actual)), (f"./{viejo}", f"./{actual.name}")):
            texto = texto.replace(escape(antes) + "|", escape(ahora) + "|")
        return texto

    def capas(self) -> dict:
        """{table of this POT: [its <maplayer> elements]}."""
        from qgis.core import QgsProviderRegistry

        capas = {}
        for capa in _hijos(self.raiz.firstChildElement("projectlayers"), "maplayer"):
            if capa.firstChildElement("provider").text() not in ("ogr", ""):
                continue
            fuente = self.contexto.pathResolver().readPath(capa.firstChildElement("datasource").text().split("|")[0])
            partes = QgsProviderRegistry.instance().decodeUri("ogr", capa.firstChildElement("datasource").text())
            tabla = partes.get("layerName")
            if tabla and fuente and os.path.normcase(os.path.abspath(fuente)) == os.path.normcase(str(self.store.path)):
                capas.setdefault(tabla, []).append(capa)
        return capas

    # -- changing --------------------------------------------------------------------------------
    def _nuevo(self, crs, titulo):
        from .proyecto_qgis import grupos_por_fase

        self.raiz.firstChildElement("title").appendChild(self.doc.createTextNode(titulo))
        self.raiz.setAttribute("projectname", titulo)
        if crs is not None:
            crs.writeXml(self.raiz.firstChildElement("projectCrs"), self.doc)
            proyecciones = _hijo(self.doc, _hijo(self.doc, _hijo(self.doc, self.raiz, "properties"), "SpatialRefSys"),
                                 "ProjectionsEnabled")
            proyecciones.setAttribute("type", "int")
            proyecciones.appendChild(self.doc.createTextNode("1"))  # QGIS 3.22 reads <projectCrs> only then
            medida = _hijo(self.doc, _hijo(self.doc, self.raiz, "properties"), "Measure")
            elipsoide = _hijo(self.doc, medida, "Ellipsoid")
            elipsoide.setAttribute("type", "QString")
            elipsoide.appendChild(self.doc.createTextNode(crs.ellipsoidAcronym() or "EPSG:7030"))
        arbol = self.raiz.firstChildElement("layer-tree-group")
        orden = arbol.firstChildElement("custom-order")
        for clave, nombre in grupos_por_fase().items():
            grupo = self.doc.createElement("layer-tree-group")
            for atributo, valor in (("name", nombre), ("checked", "Qt::Checked"), ("expanded", "1")):
                grupo.setAttribute(atributo, valor)
            propiedades = self.doc.createElement("customproperties")
            mapa = self.doc.createElement("Option")
            mapa.setAttribute("type", "Map")
            opcion = self.doc.createElement("Option")
            for atributo, valor in (("type", "QString"), ("value", clave), ("name", "pot/fase")):
                opcion.setAttribute(atributo, valor)
            mapa.appendChild(opcion)
            propiedades.appendChild(mapa)
            grupo.appendChild(propiedades)
            arbol.insertBefore(grupo, orden)

    def _grupo(self, fase: str):
        """The layer-tree group of a phase (the base group when the project has none for it)."""
        encontrados = {}
        for grupo in _hijos(self.raiz.firstChildElement("layer-tree-group"), "layer-tree-group"):
            propiedades = grupo.firstChildElement("customproperties")
            for opcion in _hijos(propiedades.firstChildElement("Option"), "Option"):
                if opcion.attribute("name") == "pot/fase":
                    encontrados[opcion.attribute("value")] = grupo
            for vieja in _hijos(propiedades, "property"):  # the format before QGIS 3.20
                if vieja.attribute("key") == "pot/fase":
                    encontrados[vieja.attribute("value")] = grupo
        grupo = encontrados.get(fase or "base") or encontrados.get("base")
        return grupo if grupo is not None else self.raiz.firstChildElement("layer-tree-group")

    def _poligonal(self, nodo) -> bool:
        identificador = nodo.attribute("id")
        for capa in _hijos(self.raiz.firstChildElement("projectlayers"), "maplayer"):
            if capa.firstChildElement("id").text() == identificador:
                return capa.attribute("geometry") == "Polygon"
        return False

    def anadir(self, layer, fase: str) -> None:
        """Add ``layer`` to the project and to its phase group: points and lines on top, a new area
        above the older areas (as ``proyecto_qgis._posicion``)."""
        elemento = self.doc.createElement("maplayer")
        if not layer.writeLayerXml(elemento, self.doc, self.contexto):
            raise PotError(tr("The layer “{layer}” cannot be read from {path}.").format(layer=layer.name(), path=self.store.path))
        self.raiz.firstChildElement("projectlayers").appendChild(elemento)
        grupo = self._grupo(fase)
        QgsLayerTreeLayer(layer).writeXml(grupo, self.contexto)
        nodo = grupo.lastChildElement("layer-tree-layer")
        hermanos = [n for n in _hijos(grupo) if n.tagName() in ("layer-tree-layer", "layer-tree-group") and n != nodo]
        if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            antes = next((n for n in hermanos if n.tagName() == "layer-tree-layer" and self._poligonal(n)), None)
        else:
            antes = hermanos[0] if hermanos else None
        if antes is not None:
            grupo.insertBefore(nodo, antes)
        for padre, etiqueta in ((self.raiz.firstChildElement("layerorder"), "layer"),
                                (self.raiz.firstChildElement("layer-tree-group").firstChildElement("custom-order"), "item")):
            if padre.isNull():
                continue
            entrada = self.doc.createElement(etiqueta)
            if etiqueta == "layer":
                entrada.setAttribute("id", layer.id())
            else:
                entrada.appendChild(self.doc.createTextNode(layer.id()))
            padre.appendChild(entrada)

    def reescribir(self, tabla: str, layer, titulo: str = "") -> None:
        """Write the project's layers of ``tabla`` again from ``layer`` (its style, fields, source),
        keeping their ids and places in the layer tree."""
        for viejo in self.capas().get(tabla, []):
            identificador = viejo.firstChildElement("id").text()
            nombre = titulo or viejo.firstChildElement("layername").text()
            layer.setName(nombre)
            nuevo = self.doc.createElement("maplayer")
            layer.writeLayerXml(nuevo, self.doc, self.contexto)
            id_nuevo = nuevo.firstChildElement("id")
            id_nuevo.removeChild(id_nuevo.firstChild())
            id_nuevo.appendChild(self.doc.createTextNode(identificador))
            viejo.parentNode().replaceChild(nuevo, viejo)
            self._nodo_del_arbol(identificador, nombre, nuevo.firstChildElement("datasource").text())

    def renombrar(self, tabla: str, titulo: str) -> None:
        for capa in self.capas().get(tabla, []):
            nombre = capa.firstChildElement("layername")
            nombre.removeChild(nombre.firstChild())
            nombre.appendChild(self.doc.createTextNode(titulo))
            self._nodo_del_arbol(capa.firstChildElement("id").text(), titulo)

    def _nodo_del_arbol(self, identificador, nombre, fuente=None, padre=None) -> None:
        padre = padre if padre is not None else self.raiz.firstChildElement("layer-tree-group")
        for nodo in _hijos(padre):
            if nodo.tagName() == "layer-tree-group":
                self._nodo_del_arbol(identificador, nombre, fuente, nodo)
            elif nodo.tagName() == "layer-tree-layer" and nodo.attribute("id") == identificador:
                nodo.setAttribute("name", nombre)
                if fuente is not None:
                    nodo.setAttribute("source", fuente)
                    nodo.setAttribute("providerKey", "ogr")

    # -- result ----------------------------------------------------------------------------------
    def contenido(self) -> bytes:
        """The project as .qgz bytes, its ``pot/gpkg`` property saying which file it belongs to."""
        propiedades = _hijo(self.doc, self.raiz, "properties")
        gpkg = _hijo(self.doc, _hijo(self.doc, propiedades, "pot"), "gpkg")
        gpkg.setAttribute("type", "QString")
        while gpkg.hasChildNodes():
            gpkg.removeChild(gpkg.firstChild())
        gpkg.appendChild(self.doc.createTextNode(str(self.store.path)))
        salida = io.BytesIO()
        with zipfile.ZipFile(salida, "w", zipfile.ZIP_DEFLATED) as archivo:
            archivo.writestr(self._nombre_qgs, self.doc.toString(2).encode("utf-8"))
            for nombre, datos in self._otros.items():
                archivo.writestr(nombre, datos)
        return salida.getvalue()
