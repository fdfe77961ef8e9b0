"""The sample territory: a fictitious Amazonian province in Ucayali, written as one GeoPackage.

Everything comes from closed-form curves and one seeded numpy generator, so every run writes the
same geometries and attributes. Attribute values are class codes of the default dictionary
(``diccionario/predeterminado.py``); ``VINCULOS`` says which field holds which variable.
Coordinates are WGS 84 / UTM 18S (EPSG:32718); the province spans about 85 x 65 km.
"""
import math
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Tuple

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr

NOMBRE_ARCHIVO = "territorio_demo.gpkg"
CRS = "EPSG:32718"
SEMILLA = 20240607
CENTRO = (540000.0, 9060000.0)

CAPAS = (
    "ambito",
    "distritos",
    "cobertura",
    "zee",
    "anp",
    "peligro_inundacion",
    "centros_poblados",
    "vias",
    "rios",
)
# layer -> (field, code of the default-dictionary variable whose classes the field holds)
VINCULOS = {
    "cobertura": ("cob", "COB"),
    "zee": ("zee", "ZEE"),
    "anp": ("categoria", "ANP"),
    "peligro_inundacion": ("nivel", "PEL_INU"),
    "centros_poblados": ("jerarquia", "JER_CP"),
    "vias": ("clase", "RED_VIAL"),
    "rios": ("clase", "HIDRO"),
    "distritos": ("dens_pob", "DENS_POB"),
}

Punto = Tuple[float, float]
TEXTO, ENTERO, REAL = "texto", "entero", "real"

NOMBRES_CP = [
    "San José", "Santa Rosa", "Nuevo Progreso", "Bellavista", "San Juan", "Nueva Esperanza",
    "Villa Paraíso", "San Francisco", "Santa Isabel", "Dos de Mayo", "Primavera", "Las Palmeras",
    "Nuevo Amanecer", "San Pedro", "Santa Teresa", "Monte Alegre", "Puerto Alegre", "Libertad",
    "Unión Progreso", "San Lorenzo", "El Porvenir", "Nuevo San Martín", "Tres Unidos",
    "Buenos Aires", "Limoncocha", "Vista Alegre", "San Miguel", "Nueva Unión", "Santa Marta",
    "Flor de Mayo", "Pampa Hermosa", "Los Ángeles", "Cashibo", "Shirambari", "Nuevo Edén",
    "Tierra Roja", "Puerto Belén", "San Antonio", "Santa Lucía", "Huacamayo",
]


@dataclass
class _Capa:
    nombre: str
    tipo: int  # QgsWkbTypes.Type
    campos: List[Tuple[str, int]]
    filas: list = field(default_factory=list)  # (QgsGeometry, [values])


# -- shapes ---------------------------------------------------------------------------------
def _contorno(cx, cy, rx, ry, ondas, n=240) -> QgsGeometry:
    """A star-shaped (hence valid) irregular polygon: an ellipse whose radius wobbles by harmonics."""
    puntos = []
    for i in range(n):
        t = 2 * math.pi * i / n
        f = 1 + sum(a * math.sin(k * t + fase) for a, k, fase in ondas)
        puntos.append(QgsPointXY(cx + rx * f * math.cos(t), cy + ry * f * math.sin(t)))
    return QgsGeometry.fromPolygonXY([puntos + puntos[:1]])


def _sinuoso(p0: Punto, p1: Punto, amplitud, onda, fase, paso=150.0) -> List[Punto]:
    """Points from p0 to p1 swinging around the chord; the ends are exact so that lines meet."""
    (x0, y0), (x1, y1) = p0, p1
    dx, dy = x1 - x0, y1 - y0
    largo = math.hypot(dx, dy)
    t = np.linspace(0.0, 1.0, max(2, int(largo / paso)) + 1)
    # the swing fades to zero at both ends (sin(pi t)), so the line leaves and arrives on the chord
    desvio = amplitud * np.sin(2 * np.pi * t * largo / onda + fase) * np.sin(np.pi * t)
    xs = x0 + t * dx - desvio * dy / largo
    ys = y0 + t * dy + desvio * dx / largo
    puntos = list(zip(xs.tolist(), ys.tolist()))
    puntos[0], puntos[-1] = p0, p1
    return puntos


def _camino(vertices: List[Punto], amplitud, onda, fase=0.0) -> List[Punto]:
    """A sinuous polyline through the given vertices."""
    puntos = [vertices[0]]
    for i, (a, b) in enumerate(zip(vertices, vertices[1:])):
        puntos += _sinuoso(a, b, amplitud, onda, fase + i)[1:]
    return puntos


def _linea(puntos: List[Punto]) -> QgsGeometry:
    return QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in puntos])


def _punto(p: Punto) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(*p))


def _x_rio(y: float) -> float:
    """The main river flows south to north; its meanders are a function of the northing."""
    s = y - 9020000.0
    return 548000.0 + 4000.0 * math.sin(s / 14000.0) + 900.0 * math.sin(s / 2300.0 + 1.0)


def _partes(geometria: QgsGeometry) -> List[QgsGeometry]:
    """The polygon parts of a (multi)polygon or collection; the rest (slivers' lines, points) dropped."""
    partes = []
    for parte in geometria.asGeometryCollection():
        if parte.type() == QgsWkbTypes.PolygonGeometry and parte.area() > 0:
            partes.append(parte)
    return partes


def _recortar(geometria: QgsGeometry, ambito: QgsGeometry) -> QgsGeometry:
    """Clip to the ámbito keeping only the geometry's own dimension (no stray points or lines)."""
    recorte = geometria.intersection(ambito)
    tipo = geometria.type()
    partes = [p for p in recorte.asGeometryCollection() if p.type() == tipo and not p.isEmpty()]
    return QgsGeometry.collectGeometry(partes) if partes else QgsGeometry()


# -- the territory ----------------------------------------------------------------------------
class _Territorio:
    """Builds every layer in memory, in dependency order: frame, water, towns, roads, cover."""

    def __init__(self):
        self.rng = np.random.RandomState(SEMILLA)
        cx, cy = CENTRO
        self.ambito = _contorno(
            cx, cy, 42000, 32000, [(0.07, 3, 0.8), (0.04, 5, 2.1), (0.015, 11, 0.3)], n=360
        )

    def dentro(self, p: Punto) -> bool:
        return self.ambito.contains(_punto(p))

    # water
    def _rios(self):
        confluencias = {"Río Shambo": 9055000.0, "Río Tamshiyacu": 9074000.0, "Quebrada Honda": 9083000.0,
                        "Quebrada Yanayacu": 9038000.0, "Río Pintuyacu": 9030000.0}
        ys = sorted(set(np.arange(9015000.0, 9105001.0, 150.0).tolist()) | set(confluencias.values()))
        self.rio_principal = _linea([(_x_rio(y), y) for y in ys])
        self.rios = [("Río Yanayacu Grande", "RP", self.rio_principal)]
        nacientes = {"Río Shambo": (497000.0, 9046000.0), "Río Tamshiyacu": (586000.0, 9080000.0),
                     "Quebrada Honda": (507000.0, 9088000.0), "Quebrada Yanayacu": (579000.0, 9033000.0),
                     "Río Pintuyacu": (512000.0, 9021000.0)}
        for i, (nombre, naciente) in enumerate(nacientes.items()):
            y = confluencias[nombre]
            clase = "QDA" if nombre.startswith("Quebrada") else "RS"
            puntos = _sinuoso(naciente, (_x_rio(y), y), 1300 if clase == "RS" else 700, 5200, 0.7 * i, 120)
            self.rios.append((nombre, clase, _linea(puntos)))

    # towns and districts
    def _distritos(self):
        # Four wedges around one pivot; neighbours share the same wiggly ray, so the clipped wedges
        # partition the ámbito exactly.
        self.capital = (_x_rio(9062000.0) - 1200.0, 9062000.0)
        pivote = (535000.0, 9063000.0)
        angulos = [-70.0, 20.0, 110.0, 200.0]
        rayos = []
        for i, grados in enumerate(angulos):
            a = math.radians(grados)
            lejos = (pivote[0] + 90000 * math.cos(a), pivote[1] + 90000 * math.sin(a))
            rayos.append(_sinuoso(pivote, lejos, 1500, 11000, 1.3 * i, 1000))
        nombres = ["Puerto Nuevo", "Nueva Alianza", "Alto Shambo", "Santa Clara"]
        capitales = [self.capital, (542600.0, 9079300.0), (516900.0, 9071500.0), (527400.0, 9046700.0)]
        self.distritos = []
        for i, nombre in enumerate(nombres):
            rayo, siguiente = rayos[i], rayos[(i + 1) % 4]
            # close the wedge far outside the ámbito, along an arc between the two rays' ends
            a0, a1 = math.radians(angulos[i]), math.radians(angulos[i] + 90)
            arco = [(pivote[0] + 95000 * math.cos(a), pivote[1] + 95000 * math.sin(a)) for a in np.linspace(a0, a1, 12)]
            anillo = rayo + arco + siguiente[::-1]
            sector = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in anillo]])
            self.distritos.append((nombre, capitales[i], _recortar(sector, self.ambito)))

    def _vias(self):
        cap, norte, oeste, sur = (d[1] for d in self.distritos)
        self.vias = [
            ("PE-18C", "Carretera Federico Demo (Red Nacional)", "NAC",
             _linea(_camino([(478000.0, 9043000.0), (505000.0, 9049500.0), sur, cap], 450, 7000))),
            ("UC-101", "Carretera Puerto Nuevo – Nueva Alianza", "DEP",
             _linea(_camino([cap, (544500.0, 9071000.0), norte, (547000.0, 9100000.0)], 350, 5000, 1.0))),
            ("UC-102", "Carretera Santa Clara – Alto Shambo", "DEP",
             _linea(_camino([sur, (521000.0, 9060000.0), oeste, (503000.0, 9088000.0)], 350, 5000, 2.0))),
        ]
        self.red = QgsGeometry.collectGeometry([g for _, _, _, g in self.vias])
        self.caminos_vecinales = []
        # vecinal roads branch off the main roads towards the forest, each ending at a caserío
        for k in range(9):
            _, _, _, troncal = self.vias[k % 3]
            d = troncal.length() * (0.15 + 0.7 * self.rng.rand())
            inicio = troncal.interpolate(d).asPoint()
            antes, despues = troncal.interpolate(d - 200).asPoint(), troncal.interpolate(d + 200).asPoint()
            tx, ty = despues.x() - antes.x(), despues.y() - antes.y()
            norma = math.hypot(tx, ty)
            largo = 5000 + 6000 * self.rng.rand()
            for lado in (1, -1) if self.rng.rand() < 0.5 else (-1, 1):
                fin = (inicio.x() - lado * ty / norma * largo, inicio.y() + lado * tx / norma * largo)
                linea = _linea(_sinuoso((inicio.x(), inicio.y()), fin, 300, 3000, k))
                if self.dentro(fin) and not linea.intersects(self.rio_principal):
                    self.caminos_vecinales.append((fin, linea))
                    break

    def _centros_poblados(self):
        nombres = iter(NOMBRES_CP)
        self.centros = [(nombre, "1" if i == 0 else "3", capital) for i, (nombre, capital, _) in enumerate(self.distritos)]
        self.centros[3] = (self.centros[3][0], "2", self.centros[3][2])  # Santa Clara: on the national road
        poblacion = {"1": (42000, 52000), "2": (9000, 14000), "3": (2500, 7000), "4": (1000, 2500), "5": (60, 900)}
        for k in range(4):  # villas along the trunk roads
            _, _, _, troncal = self.vias[k % 3]
            p = troncal.interpolate(troncal.length() * (0.3 + 0.15 * k)).asPoint()
            p = (p.x() + 250.0, p.y() + 150.0)
            if self.dentro(p):
                self.centros.append((next(nombres), "4", p))
        self.destinos_vecinales = []
        for fin, _ in self.caminos_vecinales:
            self.destinos_vecinales.append(next(nombres))
            self.centros.append((self.destinos_vecinales[-1], "5", fin))
        for y in np.linspace(9030000.0, 9095000.0, 9):  # river ports on either bank
            lado = 1 if self.rng.rand() < 0.5 else -1
            p = (_x_rio(y) + lado * (600 + 400 * self.rng.rand()), float(y))
            if self.dentro(p):
                self.centros.append((next(nombres), "5", p))
        for _, _clase, rio in self.rios[1:]:
            p = rio.interpolate(rio.length() * (0.35 + 0.3 * self.rng.rand())).asPoint()
            p = (p.x() + 400.0, p.y() + 400.0)
            if self.dentro(p):
                self.centros.append((next(nombres), "5", p))
        self.poblacion = []
        for _, jerarquia, _ in self.centros:
            bajo, alto = poblacion[jerarquia]
            self.poblacion.append(int(bajo + (alto - bajo) * self.rng.rand()))

    def _anp(self):
        self.anp = [
            ("Bosque de Protección Alto Shambo", "BP",
             _contorno(499000, 9071000, 15000, 11000, [(0.1, 3, 0.4), (0.05, 7, 1.1)])),
            ("Área de Conservación Regional Cochas de Yanayacu", "ACR",
             _recortar(_contorno(557500, 9045000, 5000, 3500, [(0.12, 4, 2.0), (0.05, 9, 0.5)]), self.ambito)),
        ]

    def _peligro(self):
        # nested buffers of the main river: the nearer the channel, the higher the flood hazard
        bandas = [("MA", 1200), ("A", 3000), ("M", 6000), ("B", 10000)]
        self.peligro, anterior = [], QgsGeometry()
        for nivel, distancia in bandas:
            zona = self.rio_principal.buffer(distancia, 12)
            banda = zona if anterior.isEmpty() else zona.difference(anterior)
            self.peligro.append((nivel, _recortar(banda, self.ambito)))
            anterior = zona

    def _cobertura(self):
        """Voronoi cells, denser where people work the land; each cell's class follows its seed's
        distance to town, roads and river, softened by noise so that the classes do not form rings."""
        rng = self.rng
        xmin, ymin, xmax, ymax = 495000.0, 9024000.0, 585000.0, 9096000.0
        semillas = list(zip(rng.uniform(xmin, xmax, 320), rng.uniform(ymin, ymax, 320)))
        lineas = [g for _, _, _, g in self.vias] + [self.rio_principal]
        for _ in range(160):  # extra seeds beside roads and the river: a finer mosaic there
            linea = lineas[rng.randint(len(lineas))]
            p = linea.interpolate(linea.length() * rng.rand()).asPoint()
            semillas.append((p.x() + rng.normal(0, 1500), p.y() + rng.normal(0, 1500)))
        for _ in range(6):  # the capital's urban area, on the west bank
            semillas.append((self.capital[0] - abs(rng.normal(0, 1000)), self.capital[1] + rng.normal(0, 1500)))
        semillas = np.array(semillas)
        ruido, sorteo = rng.uniform(0.7, 1.3, len(semillas)), rng.rand(len(semillas))
        vecinales = [g for _, g in self.caminos_vecinales]
        red = QgsGeometry.collectGeometry([self.red] + vecinales) if vecinales else self.red
        bp = self.anp[0][2]
        clases, zee = [], []
        for (x, y), r, u in zip(semillas, ruido, sorteo):
            p = _punto((x, y))
            d_cap = math.hypot(x - self.capital[0], y - self.capital[1]) * r
            d_via, d_rio = p.distance(red) * r, p.distance(self.rio_principal) * r
            en_anp = bp.contains(p)
            if d_cap < 3000 and x < _x_rio(y):
                cob = "7"
            elif en_anp:
                cob = "1"
            elif d_rio < 1500 and u < 0.3:
                cob = "8"  # cochas (oxbow lakes)
            elif d_via < 3500 or d_rio < 2500:
                cob = "6" if u < 0.6 else "5"
            elif d_rio < 9000:
                cob = "3" if u < 0.4 else "2"
            elif math.hypot(x - 572000, y - 9084000) * r < 12000:
                cob = "4"
            else:
                cob = "1" if x < 540000 or u < 0.6 else "2"
            clases.append(cob)
            # ZEE from cover plus the protected area, a native community and the forests' remoteness
            if cob == "7":
                categoria = "ZUI"
            elif en_anp or cob in ("3", "8"):
                categoria = "ZPC"
            elif math.hypot(x - 573000, y - 9035000) < 9000:
                categoria = "ZTE"
            elif cob == "5":
                categoria = "ZR" if u < 0.8 else "ZP"
            elif cob == "1" and d_via > 15000:
                categoria = "ZPC"
            else:
                categoria = "ZP"
            zee.append(categoria)

        puntos = QgsGeometry.fromMultiPointXY([QgsPointXY(x, y) for x, y in semillas])
        marco = QgsGeometry.fromRect(self.ambito.boundingBox().buffered(5000))
        celdas = [None] * len(semillas)
        for celda in puntos.voronoiDiagram(marco).asGeometryCollection():
            # cells are convex, so the seed nearest to a cell's centroid is that cell's seed
            c = celda.centroid().asPoint()
            celdas[int(np.argmin((semillas[:, 0] - c.x()) ** 2 + (semillas[:, 1] - c.y()) ** 2))] = celda
        self.cobertura = []
        for celda, cob in zip(celdas, clases):
            for parte in _partes(celda.intersection(self.ambito)):
                self.cobertura.append((cob, parte))
        # dissolve the unclipped cells (exactly shared edges), then clip: no slivers between zones
        self.zee = []
        for categoria in ("ZP", "ZPC", "ZTE", "ZR", "ZUI"):
            grupo = [c for c, z in zip(celdas, zee) if z == categoria]
            if grupo:
                for parte in _partes(QgsGeometry.unaryUnion(grupo).intersection(self.ambito)):
                    self.zee.append((categoria, parte))

    def construir(self):
        self._rios()
        self._distritos()
        self._vias()
        self._centros_poblados()
        self._anp()
        self._peligro()
        self._cobertura()


def _capas(t: _Territorio) -> List[_Capa]:
    poligono, linea = QgsWkbTypes.MultiPolygon, QgsWkbTypes.MultiLineString
    ambito = _Capa("ambito", poligono, [("nombre", TEXTO), ("departamento", TEXTO), ("capital", TEXTO)])
    ambito.filas.append((t.ambito, ["Provincia Demo", "Ucayali", "Puerto Nuevo"]))

    distritos = _Capa("distritos", poligono, [("nombre", TEXTO), ("capital", TEXTO), ("poblacion", ENTERO),
                                              ("area_km2", REAL), ("dens_pob", REAL)])
    for nombre, _, geometria in t.distritos:
        # dispersed rural population (about 1.5 hab/km²) plus the centros poblados inside
        area = geometria.area() / 1e6
        poblacion = int(1.5 * area) + sum(
            pob for (_, _, p), pob in zip(t.centros, t.poblacion) if geometria.contains(_punto(p))
        )
        distritos.filas.append((geometria, [nombre, nombre, poblacion, round(area, 2), round(poblacion / area, 2)]))

    cobertura = _Capa("cobertura", poligono, [("cob", TEXTO), ("area_ha", REAL)])
    cobertura.filas = [(g, [cob, round(g.area() / 1e4, 2)]) for cob, g in t.cobertura]
    zee = _Capa("zee", poligono, [("zee", TEXTO), ("area_ha", REAL)])
    zee.filas = [(g, [z, round(g.area() / 1e4, 2)]) for z, g in t.zee]
    anp = _Capa("anp", poligono, [("nombre", TEXTO), ("categoria", TEXTO)])
    anp.filas = [(g, [nombre, categoria]) for nombre, categoria, g in t.anp]
    peligro = _Capa("peligro_inundacion", poligono, [("nivel", TEXTO)])
    peligro.filas = [(g, [nivel]) for nivel, g in t.peligro if not g.isEmpty()]

    centros = _Capa("centros_poblados", QgsWkbTypes.Point, [("nombre", TEXTO), ("jerarquia", TEXTO), ("poblacion", ENTERO)])
    centros.filas = [(_punto(p), [nombre, jer, pob]) for (nombre, jer, p), pob in zip(t.centros, t.poblacion)]

    vias = _Capa("vias", linea, [("codigo", TEXTO), ("nombre", TEXTO), ("clase", TEXTO)])
    vias.filas = [(_recortar(g, t.ambito), [codigo, nombre, clase]) for codigo, nombre, clase, g in t.vias]
    for k, ((_, g), destino) in enumerate(zip(t.caminos_vecinales, t.destinos_vecinales)):
        vias.filas.append((_recortar(g, t.ambito), [f"UC-5{k + 1:02d}", f"Camino vecinal a {destino}", "VEC"]))

    rios = _Capa("rios", linea, [("nombre", TEXTO), ("clase", TEXTO)])
    rios.filas = [(_recortar(g, t.ambito), [nombre, clase]) for nombre, clase, g in t.rios]
    return [ambito, distritos, cobertura, zee, anp, peligro, centros, vias, rios]


def _escribir(ruta: Path, capas: List[_Capa]) -> None:
    crs = QgsCoordinateReferenceSystem(CRS)
    contexto = QgsCoordinateTransformContext()
    for i, capa in enumerate(capas):
        opciones = QgsVectorFileWriter.SaveVectorOptions()
        opciones.driverName = "GPKG"
        opciones.fileEncoding = "UTF-8"
        opciones.layerName = capa.nombre
        opciones.actionOnExistingFile = (
            QgsVectorFileWriter.CreateOrOverwriteFile if i == 0 else QgsVectorFileWriter.CreateOrOverwriteLayer
        )
        campos = QgsFields()
        for nombre, tipo in capa.campos:
            campos.append(compat.campo(nombre, tipo))
        writer = QgsVectorFileWriter.create(str(ruta), campos, capa.tipo, crs, contexto, opciones)
        if writer.hasError() != QgsVectorFileWriter.NoError:
            raise PotError(
                tr("The layer “{layer}” could not be created in {file}: {error}").format(
                    layer=capa.nombre, file=ruta, error=writer.errorMessage()
                )
            )
        multi = QgsWkbTypes.isMultiType(capa.tipo)
        for geometria, valores in capa.filas:
            feature = QgsFeature(campos)
            geometria = QgsGeometry(geometria)
            if multi:
                geometria.convertToMultiType()
            feature.setGeometry(geometria)
            feature.setAttributes(valores)
            if not writer.addFeature(feature):
                raise PotError(
                    tr("A feature of the layer “{layer}” could not be written to {file}: {error}").format(
                        layer=capa.nombre, file=ruta, error=writer.errorMessage()
                    )
                )
        del writer  # closes the layer; the next one reopens the file


def generar_territorio(carpeta, feedback=None) -> Path:
    """Write ``territorio_demo.gpkg`` (the layers in ``CAPAS``) in ``carpeta`` and return its path.

    The folder is created if needed. The GeoPackage is written beside the target under a temporary
    name and renamed into place, so a failure never leaves a half-written sample.
    """
    carpeta = Path(carpeta)
    try:
        carpeta.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise PotError(
            tr("The folder {folder} cannot be created: {error}").format(folder=carpeta, error=error.strerror or error)
        ) from error
    if not os.access(carpeta, os.W_OK):
        raise PotError(tr("The folder {folder} is not writable.").format(folder=carpeta))
    destino = carpeta / NOMBRE_ARCHIVO

    territorio = _Territorio()
    territorio.construir()
    if feedback:
        feedback.setProgress(50)
    capas = _capas(territorio)

    try:
        descriptor, temporal = tempfile.mkstemp(prefix=".territorio_demo.", suffix=".gpkg", dir=carpeta)
    except OSError as error:
        raise PotError(
            tr("The folder {folder} is not writable: {error}").format(folder=carpeta, error=error.strerror or error)
        ) from error
    os.close(descriptor)
    temporal = Path(temporal)
    try:
        temporal.unlink()  # OGR creates the file itself
        _escribir(temporal, capas)
        os.replace(temporal, destino)
    except OSError as error:
        raise PotError(
            tr("The sample territory could not be written to {file}: {error}").format(
                file=destino, error=error.strerror or error
            )
        ) from error
    finally:
        if temporal.exists():
            temporal.unlink()
    if feedback:
        feedback.setProgress(100)
    return destino
