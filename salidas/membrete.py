"""The membrete (cartouche) of a sheet: logos, entity, plan and phase, the title in capitals, the
political scope, the map number, the numeric scale and a scale bar in km, the working scale, the
datum and UTM zone, the sources with years, elaborado por / revisado / aprobado and the date.

``MembreteMixin`` draws it on a ``lienzo.Lienzo`` (with ``logos``, ``escala`` and, for the scale
bar, ``mapa``); item ids are "membrete:<text id>" and "marco:..." for frames and separators, the
same text ids layout templates use (salidas/plantillas.py).
"""
from datetime import date
from pathlib import Path

from qgis.core import (
    QgsBasicNumericFormat,
    QgsCoordinateReferenceSystem,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QImage

from ..core.i18n import tr, trd
from ..store.utm import etiqueta_de_crs
from .escalas import ESPACIO_FINO, formatear_numero, segmento_barra_km
from .lienzo import ALTO_LOGOS, NEGRO, RELLENO


def zona_utm(metadatos: dict, crs: QgsCoordinateReferenceSystem) -> str:
    """"18S": the metadata key zona_utm, else derived from a WGS 84 / PSAD56 UTM CRS."""
    zona = (metadatos.get("zona_utm") or "").strip().upper()
    if zona:
        return zona
    return etiqueta_de_crs(crs.authid() if crs is not None else "")


def texto_datum(metadatos: dict, crs: QgsCoordinateReferenceSystem) -> str:
    zona = zona_utm(metadatos, crs)
    authid = crs.authid() if crs is not None else ""
    if authid in ("EPSG:24877", "EPSG:24878", "EPSG:24879"):
        return trd("Datum: PSAD 56 – UTM projection – Zone {zone}").format(zone=zona)
    if zona:
        return trd("Datum: WGS 84 – UTM projection – Zone {zone}").format(zone=zona)
    return trd("Reference system: {crs}").format(crs=crs.description() if crs is not None else "?")


def texto_escala(escala: int) -> str:
    return trd("Scale 1:{scale}").format(scale=formatear_numero(escala))


def texto_fuentes(variables) -> str:
    """"MINAM (2015); INEI (2017)" from the dictionary variables of the sheet; "own elaboration" if none."""
    fuentes = []
    for variable in variables:
        if variable is None or not (variable.fuente or "").strip():
            continue
        texto = variable.fuente.strip() + (f" ({variable.anio})" if variable.anio else "")
        if texto not in fuentes:
            fuentes.append(texto)
    return trd("Sources: {sources}").format(sources="; ".join(fuentes) if fuentes else trd("own elaboration"))


def nombre_fase(fase: str) -> str:
    """The phase line of the membrete: "Phase I – …" for the POT's phases; nothing for base layers."""
    from ..processing_provider.base import group_names
    from ..store.proyecto_qgis import grupos_por_fase

    if not fase or fase == "base":
        return ""
    return grupos_por_fase().get(fase) or group_names().get(fase) or fase


class MembreteMixin:
    """The membrete, drawn by a ``Lienzo`` subclass that has ``logos``, ``escala`` and ``mapa``."""

    def variables_fuente(self) -> list:
        """The dictionary variables whose sources the membrete cites."""
        return [getattr(self, "variable", None)]

    def logos_validos(self) -> list:
        validos = []
        for logo in self.logos:
            ruta = Path(str(logo))
            if ruta.is_file() and (ruta.suffix.lower() == ".svg" or not QImage(str(ruta)).isNull()):
                validos.append(ruta)
            elif not self.midiendo:
                aviso = tr("Logo {path} was not found or is not an image; the sheet {sheet} is drawn without it.").format(
                    path=ruta, sheet=self.hoja.numero
                )
                if aviso not in self.avisos:
                    self.avisos.append(aviso)
        return validos

    def membrete(self, x, y, ancho, medir=False) -> float:
        """Place the membrete with its top-left corner at (x, y) and return its height; with
        ``medir`` nothing is placed, only the height is computed."""
        self.midiendo = medir
        try:
            return self._membrete(x, y, ancho)
        finally:
            self.midiendo = False

    def textos_membrete(self) -> dict:
        """The membrete's texts by item id (without "membrete:"); layout templates use the same ids."""
        meta = self.metadatos
        blanco = "______________________"
        textos = {
            "entidad": (meta.get("entidad") or "").upper(),
            "plan": meta.get("nombre") or trd("Territorial Planning Plan"),
            "fase": nombre_fase(self.hoja.fase),
            "titulo": self.hoja.titulo.upper(),
            "ambito": meta.get("ambito_nombre") or "—",
            "numero": self.hoja.numero,
            "escala": texto_escala(self.escala),
            "escala-trabajo": "",
            "datum": texto_datum(meta, self.crs),
            "fuentes": texto_fuentes(self.variables_fuente()),
            "elaborado": trd("Prepared by: {name}").format(name=meta.get("equipo") or blanco),
            "revisado": trd("Reviewed by: {name}").format(name=meta.get("revisado") or blanco),
            "aprobado": trd("Approved by: {name}").format(name=meta.get("aprobado") or blanco),
            "fecha": trd("Date: {date}").format(date=date.today().strftime("%d/%m/%Y")),
        }
        if (str(meta.get("escala") or "")).strip().isdigit():
            textos["escala-trabajo"] = trd("Working scale 1:{scale}").format(scale=formatear_numero(int(meta["escala"])))
        return textos

    def _membrete(self, x, y, ancho) -> float:
        textos = self.textos_membrete()
        p = self.mm(RELLENO)
        interior = ancho - 2 * p
        xi = x + p
        cursor = y + p
        hueco = self.mm(1.2)

        logos = self.logos_validos()
        if logos:
            alto_logos = self.mm(ALTO_LOGOS)
            separacion = self.mm(3)
            ancho_logo = (interior - separacion * (len(logos) - 1)) / len(logos)
            for i, logo in enumerate(logos):
                self.imagen(str(logo), xi + i * (ancho_logo + separacion), cursor, ancho_logo, alto_logos,
                            f"membrete:logo-{i + 1}")
            cursor += alto_logos + self.mm(1)
        if textos["entidad"]:
            cursor += self.texto(textos["entidad"], "entidad", xi, cursor, interior, "membrete:entidad")
        cursor += self.texto(textos["plan"], "plan", xi, cursor, interior, "membrete:plan")
        if textos["fase"]:
            cursor += self.texto(textos["fase"], "fase", xi, cursor, interior, "membrete:fase")
        cursor += self.separador(x, cursor + hueco / 2, ancho, "marco:linea-1") + hueco

        cursor += self.texto(textos["titulo"], "titulo", xi, cursor, interior, "membrete:titulo")
        cursor += self.separador(x, cursor + hueco / 2, ancho, "marco:linea-2") + hueco

        # Two cells: political scope | map number.
        ancho_numero = interior * 0.36
        ancho_ambito = interior - ancho_numero - self.mm(2)
        x_numero = xi + ancho_ambito + self.mm(2)
        izquierda = self.texto(trd("POLITICAL SCOPE"), "rotulo", xi, cursor, ancho_ambito, "membrete:ambito-rotulo",
                               alinear=Qt.AlignmentFlag.AlignLeft)
        izquierda += self.texto(textos["ambito"], "ambito", xi, cursor + izquierda, ancho_ambito,
                                "membrete:ambito", alinear=Qt.AlignmentFlag.AlignLeft)
        derecha = self.texto(trd("MAP No."), "rotulo", x_numero, cursor, ancho_numero, "membrete:numero-rotulo")
        derecha += self.texto(textos["numero"], "numero", x_numero, cursor + derecha, ancho_numero, "membrete:numero")
        cursor += max(izquierda, derecha)
        cursor += self.separador(x, cursor + hueco / 2, ancho, "marco:linea-3") + hueco

        cursor += self.texto(textos["escala"], "escala", xi, cursor, interior, "membrete:escala")
        cursor += self.barra(xi, cursor, interior) + self.mm(0.8)
        if textos["escala-trabajo"]:
            cursor += self.texto(textos["escala-trabajo"], "normal", xi, cursor, interior, "membrete:escala-trabajo")
        cursor += self.texto(textos["datum"], "normal", xi, cursor, interior, "membrete:datum")
        cursor += self.separador(x, cursor + hueco / 2, ancho, "marco:linea-4") + hueco

        cursor += self.texto(textos["fuentes"], "normal", xi, cursor, interior, "membrete:fuentes",
                             alinear=Qt.AlignmentFlag.AlignLeft)
        cursor += self.separador(x, cursor + hueco / 2, ancho, "marco:linea-5") + hueco

        for clave in ("elaborado", "revisado", "aprobado", "fecha"):
            cursor += self.texto(textos[clave], "normal", xi, cursor, interior, f"membrete:{clave}", alinear=Qt.AlignmentFlag.AlignLeft)
        alto = cursor + p - y
        self.marco(x, y, ancho, alto, "marco:membrete")
        return alto


    def alto_barra(self) -> float:
        return self.mm(1.8) + self.mm(1.0) + QgsLayoutUtils.fontHeightMM(self.fuente("barra")) * 1.3

    def barra(self, x, y, ancho) -> float:
        """A scale bar in km (m below 1 km segments), centred in ``ancho``; returns its height."""
        alto = self.alto_barra()
        if self.midiendo:
            return alto
        km = segmento_barra_km(self.escala, ancho * 0.8)
        barra = QgsLayoutItemScaleBar(self.layout)
        barra.setId("membrete:barra")
        barra.setStyle("Single Box")
        if km < 1:
            barra.setUnits(QgsUnitTypes.DistanceMeters)
            barra.setUnitLabel("m")
            barra.setUnitsPerSegment(km * 1000)
        else:
            barra.setUnits(QgsUnitTypes.DistanceKilometers)
            barra.setUnitLabel("km")
            barra.setUnitsPerSegment(km)
        barra.setMapUnitsPerScaleBarUnit(1.0)
        barra.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFixed)
        barra.setNumberOfSegments(4)
        barra.setNumberOfSegmentsLeft(0)
        barra.setHeight(self.mm(1.8))
        barra.setLabelBarSpace(self.mm(1.0))
        barra.setBoxContentSpace(0.0)
        formato = QgsTextFormat()
        formato.setFont(self.fuente("barra"))
        formato.setSize(self.fuente("barra").pointSizeF())
        formato.setColor(NEGRO)
        barra.setTextFormat(formato)
        numeros = QgsBasicNumericFormat()
        numeros.setShowThousandsSeparator(True)
        numeros.setThousandsSeparator(ESPACIO_FINO)
        numeros.setDecimalSeparator(",")
        numeros.setNumberDecimalPlaces(2)
        numeros.setShowTrailingZeros(False)
        barra.setNumericFormat(numeros)
        # Linked and added once configured: each setting above would otherwise re-measure the bar.
        barra.setLinkedMap(self.mapa)
        self.layout.addLayoutItem(barra)
        barra.update()
        barra.resizeToMinimumWidth()
        ancho_barra = min(barra.rect().width(), ancho)
        barra.attemptMove(QgsLayoutPoint(x + (ancho - ancho_barra) / 2, y))
        barra.attemptResize(QgsLayoutSize(ancho_barra, alto))
        return alto

