"""Choosing the UTM zone (WGS 84) of an ámbito: the zone holding most of its area.

Peru spans zones 17S, 18S and 19S (EPSG 32717–32719); the rule works anywhere.
"""
import math
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
)


@dataclass
class ZonaUtm:
    numero: int
    sur: bool
    fraccion: float  # share of the ámbito's area inside this zone (0–1)
    zonas_tocadas: int  # how many zones the ámbito spans

    @property
    def epsg(self) -> int:
        return (32700 if self.sur else 32600) + self.numero

    @property
    def authid(self) -> str:
        return f"EPSG:{self.epsg}"

    @property
    def etiqueta(self) -> str:
        return f"{self.numero}{'S' if self.sur else 'N'}"


def etiqueta_de_crs(authid: str) -> str:
    """"18S" for a WGS 84 (EPSG 326zz/327zz) or PSAD56 (EPSG 24877–24879) UTM CRS; "" otherwise."""
    if not authid.startswith("EPSG:") or not authid[5:].isdigit():
        return ""
    codigo = int(authid[5:])
    if 32701 <= codigo <= 32760:
        return f"{codigo - 32700}S"
    if 32601 <= codigo <= 32660:
        return f"{codigo - 32600}N"
    if 24877 <= codigo <= 24879:
        return f"{codigo - 24860}S"
    return ""


def zona_de_longitud(lon: float) -> int:
    return min(60, max(1, int(math.floor((lon + 180.0) / 6.0)) + 1))


def elegir_zona(geometria: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> ZonaUtm:
    """The UTM zone where the largest part of ``geometria`` (in ``crs``) lies."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    geo = QgsGeometry(geometria)
    if crs != wgs84:
        geo.transform(QgsCoordinateTransform(crs, wgs84, QgsProject.instance()))
    box = geo.boundingBox()
    primera, ultima = zona_de_longitud(box.xMinimum()), zona_de_longitud(box.xMaximum())
    areas = {}
    for zona in range(primera, ultima + 1):
        oeste = -180.0 + (zona - 1) * 6.0
        franja = QgsGeometry.fromRect(QgsRectangle(oeste, -90.0, oeste + 6.0, 90.0))
        # Degree areas are fine for comparing zones that share the same latitudes.
        areas[zona] = geo.intersection(franja).area()
    total = sum(areas.values()) or 1.0
    zona = max(areas, key=areas.get)
    centro = geo.centroid().asPoint()
    return ZonaUtm(zona, centro.y() < 0, areas[zona] / total, sum(1 for a in areas.values() if a > 0))
