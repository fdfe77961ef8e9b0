"""Checking the registered DIT layers, and writing corrected copies of them into the POT.

``validar(store)`` reads every registered layer (never modifying it) and returns one report per layer:
CRS and whether it is the POT's, invalid / empty / NULL geometries, Z/M and curved geometries, text
that looks mis-decoded (UTF-8 read as Latin-1 → "HuÃ¡nuco", or U+FFFD replacement characters),
mapped fields missing, values without a class of their variable (after the value map) and the share
of the ámbito the layer covers. Problems with a place are returned as points in the POT's CRS.

``corregir(store, nombre, ...)`` writes a fixed copy (valid 2-D geometries in the POT's CRS, text
re-decoded) as a NEW layer of the POT with ``store.capas.importar_capa``; the source is only read.
"""
import html
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsMapLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import compat, geos
from ..core.errors import PotError
from ..core.i18n import numero, tr
from . import registro

REEMPLAZO = "\ufffd"
MAX_EJEMPLOS = 20  # examples of each text problem kept in a report
MAX_PROBLEMAS = 5000  # located problems kept per layer

# Kinds of located problems (field "problema" of the problems layer).
GEOMETRIA_INVALIDA = "geometria_invalida"
GEOMETRIA_VACIA = "geometria_vacia"
GEOMETRIA_NULA = "geometria_nula"
TEXTO_MAL_DECODIFICADO = "texto_mal_decodificado"
TEXTO_CON_REEMPLAZO = "texto_con_reemplazo"


def etiquetas_problemas():
    return {
        GEOMETRIA_INVALIDA: tr("invalid geometry"),
        GEOMETRIA_VACIA: tr("empty geometry"),
        GEOMETRIA_NULA: tr("no geometry"),
        TEXTO_MAL_DECODIFICADO: tr("mis-decoded text"),
        TEXTO_CON_REEMPLAZO: tr("text with replacement characters"),
    }


# -- text ---------------------------------------------------------------------------------------
def redecodificar(texto):
    """The text as it was meant if it is UTF-8 bytes read as Latin-1/cp1252 ("HuÃ¡nuco" → "Huánuco"),
    else None. Correct accented text never round-trips, so this does not touch it."""
    if not isinstance(texto, str) or texto.isascii():
        return None
    for codificacion in ("cp1252", "latin-1"):
        try:
            arreglado = texto.encode(codificacion).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if arreglado != texto:
            return arreglado
    return None


def _campos_texto(layer):
    return [i for i in range(layer.fields().count()) if layer.fields().at(i).type() == QVariant.String]


def _contar_reemplazos(layer, campos, limite=100000):
    total = 0
    for n, entidad in enumerate(layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry))):
        if n >= limite:
            break
        total += sum(1 for i in campos if isinstance(entidad[i], str) and REEMPLAZO in entidad[i])
    return total


def abrir_con_codificacion(capa_dit, layer):
    """For a file source whose text shows U+FFFD (e.g. a cp1252 shapefile read as UTF-8), the same source
    opened as windows-1252 when that removes them; else ``layer``."""
    campos = _campos_texto(layer)
    if layer.providerType() != "ogr" or not campos or _contar_reemplazos(layer, campos) == 0:
        return layer
    otra = QgsVectorLayer(capa_dit.fuente, capa_dit.nombre, "ogr")
    otra.setProviderEncoding("windows-1252")
    if otra.isValid() and _contar_reemplazos(otra, campos) == 0:
        return otra
    return layer


# -- geometry -----------------------------------------------------------------------------------
def _punto(geometria):
    if geometria is None or geometria.isNull() or geometria.isEmpty():
        return None
    punto = geometria.pointOnSurface()
    return punto if not punto.isNull() else geometria.centroid()


def _lineal_2d(geometria):
    g = QgsGeometry(geometria)
    if QgsWkbTypes.isCurvedType(g.wkbType()):
        g = QgsGeometry(g.constGet().segmentize())
    if QgsWkbTypes.hasZ(g.wkbType()) or QgsWkbTypes.hasM(g.wkbType()):
        g.get().dropZValue()
        g.get().dropMValue()
    return g


def reparar(geometria, tipo):
    """A valid 2-D linear geometry of ``tipo`` (QgsWkbTypes.GeometryType) as multi-part, or None."""
    if geometria is None or geometria.isNull() or geometria.isEmpty():
        return None
    g = _lineal_2d(geometria)
    if not g.isGeosValid():
        g = g.makeValid()
    if QgsWkbTypes.flatType(g.wkbType()) == QgsWkbTypes.GeometryCollection or g.type() != tipo:
        partes = [p for p in g.asGeometryCollection() if p.type() == tipo and not p.isEmpty()]
        if not partes:
            return None
        g = QgsGeometry.collectGeometry(partes)
    g.convertToMultiType()
    return g


# -- the ámbito ---------------------------------------------------------------------------------
def geometria_ambito(store):
    """The POT's ámbito as one geometry in the POT's CRS, or None when the POT has none."""
    from ..store.crear_pot import CAPA_AMBITO

    if CAPA_AMBITO not in store.spatial_layers():
        return None
    layer = QgsVectorLayer(store.layer_uri(CAPA_AMBITO), CAPA_AMBITO, "ogr")
    partes = [reparar(e.geometry(), QgsWkbTypes.PolygonGeometry) for e in layer.getFeatures()]
    partes = [p for p in partes if p is not None]
    if not partes:
        return None
    return QgsGeometry.unaryUnion(partes) if len(partes) > 1 else partes[0]


def crs_del_pot(store):
    crs = QgsCoordinateReferenceSystem(store.metadata().get("crs", ""))
    if not crs.isValid():
        raise PotError(tr("The POT {path} has no valid CRS in its metadata.").format(path=store.path))
    return crs


# -- one layer ----------------------------------------------------------------------------------
@dataclass
class Problema:
    capa: str
    fid: int
    problema: str
    x: float = None
    y: float = None
    detalle: str = ""

    def como_dict(self):
        return {"capa": self.capa, "fid": self.fid, "problema": self.problema, "x": self.x, "y": self.y, "detalle": self.detalle}


def validar_capa(capa_dit, crs_pot, ambito, variables, contexto=None, feedback=None):
    """(report dict, [Problema]) of one registered layer. ``variables``: code → Variable."""
    contexto = contexto or QgsCoordinateTransformContext()
    informe = {"capa": capa_dit.nombre, "fuente": capa_dit.fuente, "tipo": capa_dit.tipo, "tema": capa_dit.tema}
    problemas = []
    try:
        layer = registro.cargar_capa(capa_dit)
    except PotError as error:
        informe["error"] = str(error)
        informe["ok"] = False
        return informe, problemas
    crs = layer.crs()
    informe["crs"] = crs.authid() if crs.isValid() else ""
    informe["crs_pot"] = crs_pot.authid()
    informe["crs_coincide"] = crs.isValid() and crs == crs_pot
    transformar = None
    if crs.isValid() and crs != crs_pot:
        transformar = QgsCoordinateTransform(crs, crs_pot, contexto)

    if layer.type() == QgsMapLayer.RasterLayer:
        informe["cobertura_pct"] = _cobertura([QgsGeometry.fromRect(layer.extent())], transformar, ambito)
        informe["ok"] = informe["crs_coincide"]
        return informe, problemas

    tipo = layer.wkbType()
    informe["geometria"] = QgsWkbTypes.displayString(tipo)
    informe["z"] = QgsWkbTypes.hasZ(tipo)
    informe["m"] = QgsWkbTypes.hasM(tipo)
    informe["curvas"] = 0
    informe["entidades"] = 0
    for clave in ("invalidas", "vacias", "nulas", "texto_mal_decodificado", "texto_con_reemplazo"):
        informe[clave] = 0
    ejemplos_texto = []
    campos_texto = _campos_texto(layer)
    nombres = layer.fields().names()
    poligonal = layer.geometryType() == QgsWkbTypes.PolygonGeometry
    geometrias = []

    def anotar(fid, clase, geometria=None, detalle=""):
        if len(problemas) >= MAX_PROBLEMAS:
            return
        problema = Problema(capa_dit.nombre, fid, clase, detalle=detalle)
        if geometria is not None and not geometria.isNull():
            g = QgsGeometry(geometria)
            if transformar is not None:
                try:
                    g.transform(transformar)
                except Exception:  # noqa: BLE001 (a point outside the CRS's area keeps no location)
                    g = QgsGeometry()
            if not g.isNull():
                p = g.asPoint()
                problema.x, problema.y = p.x(), p.y()
        problemas.append(problema)

    for n, entidad in enumerate(layer.getFeatures()):
        if feedback is not None and n % 1000 == 0 and feedback.isCanceled():
            break
        informe["entidades"] += 1
        fid = entidad.id()
        g = entidad.geometry()
        if g is None or g.isNull():
            informe["nulas"] += 1
            anotar(fid, GEOMETRIA_NULA)
        elif g.isEmpty():
            informe["vacias"] += 1
            anotar(fid, GEOMETRIA_VACIA)
        else:
            if QgsWkbTypes.isCurvedType(g.wkbType()):
                informe["curvas"] += 1
            lineal = _lineal_2d(g)
            errores = lineal.validateGeometry(QgsGeometry.ValidatorGeos)
            if errores:
                informe["invalidas"] += 1
                donde = next((e.where() for e in errores if e.hasWhere()), None)
                lugar = QgsGeometry.fromPointXY(donde) if donde is not None else _punto(lineal)
                anotar(fid, GEOMETRIA_INVALIDA, lugar, errores[0].what())
                lineal = lineal.makeValid()
            if poligonal and ambito is not None:
                geometrias.append(lineal)
        for i in campos_texto:
            valor = entidad[i]
            if not isinstance(valor, str):
                continue
            if REEMPLAZO in valor:
                informe["texto_con_reemplazo"] += 1
                anotar(fid, TEXTO_CON_REEMPLAZO, _punto(g), f"{nombres[i]}: {valor}")
                if len(ejemplos_texto) < MAX_EJEMPLOS:
                    ejemplos_texto.append({"campo": nombres[i], "fid": fid, "valor": valor, "corregido": None})
            else:
                arreglado = redecodificar(valor)
                if arreglado is not None:
                    informe["texto_mal_decodificado"] += 1
                    anotar(fid, TEXTO_MAL_DECODIFICADO, _punto(g), f"{nombres[i]}: {valor} → {arreglado}")
                    if len(ejemplos_texto) < MAX_EJEMPLOS:
                        ejemplos_texto.append({"campo": nombres[i], "fid": fid, "valor": valor, "corregido": arreglado})
    informe["ejemplos_texto"] = ejemplos_texto

    informe["campos_faltantes"] = [m.campo for m in capa_dit.mapeos if layer.fields().indexOf(m.campo) < 0]
    informe["sin_clase"] = _valores_sin_clase(layer, capa_dit.mapeos, variables)
    informe["cobertura_pct"] = _cobertura(geometrias, transformar, ambito) if poligonal and ambito is not None else None
    informe["problemas"] = len(problemas)
    informe["ok"] = (
        informe["crs_coincide"]
        and not problemas
        and not informe["z"] and not informe["m"] and not informe["curvas"]
        and not informe["campos_faltantes"]
        and not informe["sin_clase"]
    )
    return informe, problemas


def _valores_sin_clase(layer, mapeos, variables):
    faltan = {}
    for mapeo in mapeos:
        variable = variables.get(mapeo.variable)
        indice = layer.fields().indexOf(mapeo.campo)
        if variable is None or indice < 0 or not variable.clases:
            if variable is None and mapeo.variable:
                faltan[mapeo.variable] = [tr("(the variable is not in the dictionary)")]
            continue
        sin = set()
        for valor in layer.uniqueValues(indice):
            clase = mapeo.clase(valor)
            if clase is not None and variable.clase_de(clase) is None:
                sin.add(clase)
        if sin:
            faltan[mapeo.variable] = sorted(sin)
    return faltan


def _cobertura(geometrias, transformar, ambito):
    """% of the ámbito covered by the union of ``geometrias`` (source CRS).

    Each geometry is clipped to the ámbito first (prepared ámbito, bounding-box filter) and only the
    clipped pieces are unioned. Intersecting the union of a whole layer with a detailed ámbito in one
    GEOS call took 18–20 s for the 287 native communities of Ucayali against Coronel Portillo (11,752
    vertices), whatever the layer's CRS; clipping first takes 0.2 s and gives the same area.
    """
    if ambito is None or ambito.isEmpty() or ambito.area() <= 0:
        return None
    motor = QgsGeometry.createGeometryEngine(ambito.constGet())
    motor.prepareGeometry()
    caja = ambito.boundingBox()
    partes = []
    for g in geometrias:
        g = QgsGeometry(g)
        if transformar is not None:
            try:
                g.transform(transformar)
            except Exception:  # noqa: BLE001
                continue
        if g.isEmpty() or not g.boundingBox().intersects(caja):
            continue
        if motor.contains(g.constGet()):
            partes.append(g)
        elif motor.intersects(g.constGet()):
            recorte = motor.intersection(g.constGet())
            if recorte is not None and not recorte.isEmpty():
                partes.append(QgsGeometry(recorte))
    if not partes:
        return 0.0
    union = QgsGeometry.unaryUnion(partes)
    return round(100.0 * union.area() / ambito.area(), 2)


# -- the whole registry ------------------------------------------------------------------------
def validar(store, nombres=None, contexto=None, feedback=None):
    """Reports of the registered layers (all, or ``nombres``), saved in the registry, and their problems."""
    from ..diccionario import repositorio

    crs_pot = crs_del_pot(store)
    ambito = geometria_ambito(store)
    variables = {v.codigo: v for v in repositorio.cargar(store)}
    capas = [c for c in registro.listar(store) if not nombres or c.nombre in nombres]
    if nombres:
        faltan = sorted(set(nombres) - {c.nombre for c in capas})
        if faltan:
            raise PotError(tr("No DIT layer “{name}” is registered in {path}.").format(name=faltan[0], path=store.path))
    informes, problemas = [], []
    for n, capa in enumerate(capas):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.pushInfo(tr("Checking “{name}”…").format(name=capa.nombre))
            feedback.setProgress(100.0 * n / max(1, len(capas)))
        informe, encontrados = validar_capa(capa, crs_pot, ambito, variables, contexto, feedback)
        registro.guardar_validacion(store, capa.nombre, informe)
        informes.append(informe)
        problemas.extend(encontrados)
    return informes, problemas


def resumen(informe) -> str:
    """One line saying what is wrong with a layer (or that it is fine), with counts in the user's
    locale and the right plural."""
    if informe.get("error"):
        return informe["error"]
    partes = []
    if not informe.get("crs_coincide"):
        partes.append(tr("CRS {crs} (POT: {pot})").format(crs=informe.get("crs") or "?", pot=informe.get("crs_pot")))
    cuentas = (
        ("invalidas", lambda n: tr("{n} invalid geometries", n)),
        ("vacias", lambda n: tr("{n} empty geometries", n)),
        ("nulas", lambda n: tr("{n} features without geometry", n)),
        ("curvas", lambda n: tr("{n} curved geometries", n)),
        ("texto_mal_decodificado", lambda n: tr("{n} mis-decoded texts", n)),
        ("texto_con_reemplazo", lambda n: tr("{n} texts with replacement characters", n)),
    )
    for clave, texto in cuentas:
        if informe.get(clave):
            partes.append(texto(informe[clave]).format(n=numero(informe[clave])))
    if informe.get("z") or informe.get("m"):
        partes.append(tr("Z/M values"))
    if informe.get("campos_faltantes"):
        partes.append(tr("missing fields: {fields}").format(fields=", ".join(informe["campos_faltantes"])))
    for variable, valores in (informe.get("sin_clase") or {}).items():
        partes.append(tr("values without a class of {code}: {values}").format(code=variable, values=", ".join(valores[:10])))
    if not partes:
        partes.append(tr("no problems"))
    if informe.get("cobertura_pct") is not None:
        partes.append(tr("covers {pct} % of the ámbito").format(pct=numero(informe["cobertura_pct"], 1)))
    return "; ".join(partes)


def texto_problema(problema: dict) -> str:
    """A located problem as a sentence naming the layer and the feature; GEOS's reason in the user's words."""
    if problema["problema"] == GEOMETRIA_INVALIDA:
        return geos.geometria_invalida(problema["capa"], problema["fid"], problema.get("detalle") or "")
    clase = etiquetas_problemas().get(problema["problema"], problema["problema"])
    detalle = problema.get("detalle") or ""
    return tr("Feature {fid} of “{layer}”: {kind}").format(fid=problema["fid"], layer=problema["capa"], kind=clase) + (
        " · " + detalle if detalle else "")


def informe_html(informes, titulo="") -> str:
    """A self-contained HTML page with one row per layer."""
    filas = []
    for informe in informes:
        estado = tr("OK") if informe.get("ok") else tr("Check")
        color = "#2E7D32" if informe.get("ok") else "#C62828"
        textos = "".join(
            "<li>{} → {}</li>".format(html.escape(e["valor"]), html.escape(e["corregido"] or "?"))
            for e in informe.get("ejemplos_texto", [])[:5]
        )
        filas.append(
            "<tr><td>{capa}</td><td>{tema}</td><td>{crs}</td><td>{n}</td><td style='color:{color}'><b>{estado}</b></td>"
            "<td>{resumen}{textos}</td></tr>".format(
                capa=html.escape(informe["capa"]),
                tema=html.escape(registro.etiquetas_temas().get(informe.get("tema"), informe.get("tema") or "")),
                crs=html.escape(informe.get("crs") or ""),
                n=informe.get("entidades", ""),
                color=color,
                estado=estado,
                resumen=html.escape(resumen(informe)),
                textos=f"<ul>{textos}</ul>" if textos else "",
            )
        )
    cabecera = "".join(
        f"<th>{html.escape(t)}</th>" for t in (tr("Layer"), tr("Theme"), tr("CRS"), tr("Features"), tr("Status"), tr("Findings"))
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{t}</title>"
        "<style>body{{font-family:sans-serif}}table{{border-collapse:collapse}}td,th{{border:1px solid #999;padding:4px;"
        "vertical-align:top}}th{{background:#eee}}</style></head><body><h1>{t}</h1><table><tr>{c}</tr>{f}</table>"
        "</body></html>"
    ).format(t=html.escape(titulo or tr("Check of the DIT layers")), c=cabecera, f="".join(filas))


def campos_problemas() -> QgsFields:
    campos = QgsFields()
    campos.append(compat.campo("capa"))
    campos.append(compat.campo("fid", "entero64"))
    campos.append(compat.campo("problema"))
    campos.append(compat.campo("detalle"))
    return campos


def entidad_problema(problema: Problema, campos: QgsFields) -> QgsFeature:
    entidad = QgsFeature(campos)
    entidad.setAttributes([problema.capa, problema.fid, problema.problema, problema.detalle])
    if problema.x is not None:
        entidad.setGeometry(QgsGeometry.fromWkt(f"POINT({problema.x} {problema.y})"))
    return entidad


# -- corrected copy -----------------------------------------------------------------------------
def corregir(store, nombre, nombre_salida, reparar_geometrias=True, redecodificar_texto=True, actualizar_registro=True,
             contexto=None, feedback=None):
    """Write a corrected copy of the registered layer ``nombre`` into the POT as ``nombre_salida``.

    Geometries: reprojected to the POT's CRS and, when ``reparar_geometrias``, made valid, 2-D and
    linear (curves segmentized), as multi-part. Text: mis-decoded values re-decoded, and a file whose
    text shows U+FFFD re-read as windows-1252. Features without geometry are kept. The source is
    only read. With ``actualizar_registro`` the registry entry then points at the copy (the original
    source is kept in ``origen``). Returns (the new POT layer, counts dict).
    """
    from ..store.capas import importar_capa

    capa = registro.obtener(store, nombre)
    if capa.tipo != registro.VECTOR:
        raise PotError(tr("“{name}” is a raster: only vector layers can be corrected here.").format(name=nombre))
    layer = registro.cargar_capa(capa)
    if not layer.crs().isValid():
        raise PotError(
            tr("The layer “{layer}” has no CRS; set its CRS in QGIS (Layer properties › Source) before correcting it.").format(
                layer=nombre
            )
        )
    crs = crs_del_pot(store)
    cuentas = {"reparadas": 0, "textos": 0, "descartadas": 0, "recodificada": False}
    if redecodificar_texto:
        otra = abrir_con_codificacion(capa, layer)
        cuentas["recodificada"] = otra is not layer
        layer = otra
    transformar = QgsCoordinateTransform(layer.crs(), crs, contexto or QgsCoordinateTransformContext())
    tipo = layer.geometryType()
    salida_wkb = QgsWkbTypes.multiType(QgsWkbTypes.flatType(QgsWkbTypes.linearType(layer.wkbType())))
    if tipo == QgsWkbTypes.NullGeometry:
        salida_wkb = QgsWkbTypes.NoGeometry
    clave = set(layer.primaryKeyAttributes()) if layer.providerType() == "ogr" else set()
    indices = [i for i in range(layer.fields().count()) if not (i in clave and layer.fields().at(i).name().lower() == "fid")]
    indices = [i for i in indices if layer.fields().at(i).name() != "pot_uid"]
    campos = QgsFields()
    for i in indices:
        campos.append(layer.fields().at(i))
    memoria = QgsVectorLayer(
        "{}?crs={}".format(QgsWkbTypes.displayString(salida_wkb) if salida_wkb != QgsWkbTypes.NoGeometry else "None", crs.authid()),
        nombre_salida,
        "memory",
    )
    memoria.dataProvider().addAttributes(campos.toList())
    memoria.updateFields()
    nuevas = []
    for entidad in layer.getFeatures():
        atributos = entidad.attributes()
        fila = []
        for i in indices:
            valor = atributos[i]
            if redecodificar_texto and isinstance(valor, str):
                arreglado = redecodificar(valor)
                if arreglado is not None:
                    valor = arreglado
                    cuentas["textos"] += 1
            fila.append(valor)
        nueva = QgsFeature(memoria.fields())
        nueva.setAttributes(fila)
        g = entidad.geometry()
        if g is not None and not g.isNull() and not g.isEmpty() and salida_wkb != QgsWkbTypes.NoGeometry:
            g = QgsGeometry(g)
            g.transform(transformar)
            if reparar_geometrias:
                valida = g.isGeosValid() and not QgsWkbTypes.isCurvedType(g.wkbType())
                g = reparar(g, tipo)
                if g is None:
                    cuentas["descartadas"] += 1
                    g = QgsGeometry()
                elif not valida:
                    cuentas["reparadas"] += 1
            nueva.setGeometry(g)
        nuevas.append(nueva)
    memoria.dataProvider().addFeatures(nuevas)
    resultado = importar_capa(store, memoria, nombre_salida, "fase1", tr("{name} (corrected)").format(name=nombre),
                              contexto=contexto)
    if actualizar_registro:
        capa.origen = capa.origen or capa.fuente
        capa.fuente = store.layer_uri(nombre_salida)
        capa.proveedor = "ogr"
        registro.guardar(store, capa)
    if feedback is not None:
        feedback.pushInfo(
            tr("“{name}” copied into the POT as “{out}”: {fixed} geometries repaired, {texts} texts re-decoded.").format(
                name=nombre, out=nombre_salida, fixed=cuentas["reparadas"], texts=cuentas["textos"]
            )
        )
    return resultado, cuentas
