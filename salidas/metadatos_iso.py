"""ISO 19115 / 19139 metadata (gmd) of a POT layer: title, abstract, extent in WGS 84, CRS, date and
the contact (entity and technical team), as MINAM's review and the IDEP catalogues expect."""
import math
import uuid
import xml.etree.ElementTree as ET
from datetime import date

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

from ..core.errors import PotError
from ..core.i18n import tr, trd

GMD = "http://www.isotc211.org/2005/gmd"
GCO = "http://www.isotc211.org/2005/gco"
ET.register_namespace("gmd", GMD)
ET.register_namespace("gco", GCO)


def _e(padre, etiqueta, ns=GMD):
    return ET.SubElement(padre, f"{{{ns}}}{etiqueta}")


def _texto(padre, etiqueta, valor):
    """<gmd:etiqueta><gco:CharacterString>valor</gco:CharacterString></gmd:etiqueta>"""
    nodo = _e(padre, etiqueta)
    _e(nodo, "CharacterString", GCO).text = "" if valor is None else str(valor)
    return nodo


def _decimal(padre, etiqueta, valor):
    _e(_e(padre, etiqueta), "Decimal", GCO).text = f"{valor:.6f}"


def _codigo(padre, etiqueta, lista, valor):
    nodo = _e(_e(padre, etiqueta), lista)
    nodo.set("codeList", f"http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#{lista}")
    nodo.set("codeListValue", valor)
    nodo.text = valor


def extension_wgs84(layer):
    """(west, east, south, north) of the layer in degrees; None for a layer without features (its
    extent is empty and would transform to infinities)."""
    extent = layer.extent()
    if layer.featureCount() == 0 or extent.isNull() or not all(map(math.isfinite, (extent.xMinimum(), extent.yMaximum()))):
        return None
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if layer.crs().isValid() and layer.crs() != wgs84:
        extent = QgsCoordinateTransform(layer.crs(), wgs84, QgsProject.instance()).transformBoundingBox(extent)
    return extent.xMinimum(), extent.xMaximum(), extent.yMinimum(), extent.yMaximum()


def xml_capa(store, capa: str, titulo: str = "", resumen: str = "") -> bytes:
    """The ISO 19139 XML (UTF-8 bytes) of one spatial layer of the POT."""
    layer = QgsVectorLayer(store.layer_uri(capa), capa, "ogr")
    if not layer.isValid():
        raise PotError(tr("The layer “{layer}” of {path} cannot be read.").format(layer=capa, path=store.path))
    meta = store.metadata()
    hoy = date.today().isoformat()
    raiz = ET.Element(f"{{{GMD}}}MD_Metadata")
    _texto(raiz, "fileIdentifier", str(uuid.uuid5(uuid.NAMESPACE_URL, f"{store.path.name}#{capa}")))
    _texto(raiz, "language", "spa")
    _codigo(raiz, "characterSet", "MD_CharacterSetCode", "utf8")
    _codigo(raiz, "hierarchyLevel", "MD_ScopeCode", "dataset")
    contacto = _e(_e(raiz, "contact"), "CI_ResponsibleParty")
    _texto(contacto, "individualName", meta.get("equipo", ""))
    _texto(contacto, "organisationName", meta.get("entidad", ""))
    _codigo(contacto, "role", "CI_RoleCode", "pointOfContact")
    _e(_e(raiz, "dateStamp"), "Date", GCO).text = hoy
    _texto(raiz, "metadataStandardName", "ISO 19115:2003/19139")
    _texto(raiz, "metadataStandardVersion", "1.0")
    identificador = _e(_e(_e(raiz, "referenceSystemInfo"), "MD_ReferenceSystem"), "referenceSystemIdentifier")
    rs = _e(identificador, "RS_Identifier")
    _texto(rs, "code", layer.crs().authid() or meta.get("crs", ""))
    _texto(rs, "codeSpace", "EPSG")

    datos = _e(_e(raiz, "identificationInfo"), "MD_DataIdentification")
    cita = _e(_e(datos, "citation"), "CI_Citation")
    _texto(cita, "title", titulo or capa)
    fecha = _e(_e(cita, "date"), "CI_Date")
    _e(_e(fecha, "date"), "Date", GCO).text = (meta.get("creado") or hoy)[:10]
    _codigo(fecha, "dateType", "CI_DateTypeCode", "creation")
    caja_wgs84 = extension_wgs84(layer)
    resumen = resumen or trd("Layer “{title}” of the {plan} ({scope}).").format(
        title=titulo or capa, plan=meta.get("nombre", ""), scope=meta.get("ambito_nombre", ""))
    if caja_wgs84 is None:
        resumen += " " + trd("The layer has no features yet.")
    _texto(datos, "abstract", resumen)
    parte = _e(_e(datos, "pointOfContact"), "CI_ResponsibleParty")
    _texto(parte, "organisationName", meta.get("entidad", ""))
    _codigo(parte, "role", "CI_RoleCode", "originator")
    _texto(datos, "language", "spa")
    _e(_e(datos, "topicCategory"), "MD_TopicCategoryCode").text = "planningCadastre"
    if caja_wgs84 is not None:  # an empty layer has no extent to describe
        caja = _e(_e(_e(_e(datos, "extent"), "EX_Extent"), "geographicElement"), "EX_GeographicBoundingBox")
        oeste, este, sur, norte = caja_wgs84
        _decimal(caja, "westBoundLongitude", oeste)
        _decimal(caja, "eastBoundLongitude", este)
        _decimal(caja, "southBoundLatitude", sur)
        _decimal(caja, "northBoundLatitude", norte)
    return ET.tostring(raiz, encoding="utf-8", xml_declaration=True)
