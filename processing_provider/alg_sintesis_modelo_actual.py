"""pot:sintesis_modelo_actual — overlay the DIT polygon layers into homogeneous territorial units."""
from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QThread

from ..core.errors import PotError
from ..core.i18n import tr
from ..modelo_actual.sintesis import sintetizar
from .base import PotAlgorithm

# GEOS releases Python's lock, so tiles overlay in parallel; more than 4 threads gains little
# because the attribution loop holds it.
HILOS_MAXIMOS = 4


class SintesisModeloActual(PotAlgorithm):
    NAME = "sintesis_modelo_actual"
    GROUP_ID = "modelo_actual"

    def display_name(self):
        return tr("Overlay layers into homogeneous units (any layers)")


    def help(self):
        return tr(
            "The general tool: overlays any polygon layers you choose into homogeneous units and writes them where "
            "you say (for the POT's current model from its registered DIT layers, use “Current model: units from "
            "the registered DIT layers”, which runs this and stores, links and styles the result in the POT). "
            "Every unit is a single "
            "polygon where no layer changes, carrying the attributes of every layer (field names prefixed "
            "l1_, l2_… in the order of the layers; NULL where a layer does not reach) and its area_ha. "
            "The units cover the union of the layers exactly (clipped to the ámbito if one is given), "
            "without overlaps or gaps. Invalid geometries are repaired, curves segmentized, Z/M dropped; "
            "features without geometry are skipped and counted. Where features of one layer overlap each "
            "other, the first one wins. Units smaller than the minimum area are merged into the neighbour "
            "sharing the longest border, whose attributes they take. For each raster, band 1 gives per unit the "
            "mean, minimum and maximum (fields r1_media, r1_min, r1_max…) and, for integer rasters, the majority "
            "class (r1_mayoria), counting the pixels whose centre lies in the unit. Point layers give each unit their "
            "count and density per km² (pt1_n, pt1_dens…), line layers their length in km and km per km² (ln1_km, "
            "ln1_km_km2…). The output CRS is the ámbito's, or "
            "the first layer's; a geographic CRS is replaced by its UTM zone. Source layers are only read."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "LAYERS", tr("DIT polygon layers"), layerType=QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "AMBITO", tr("Ámbito (area to plan)"), [QgsProcessing.TypeVectorPolygon], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MIN_AREA_HA",
                tr("Minimum unit area (ha); smaller units join a neighbour"),
                QgsProcessingParameterNumber.Double,
                defaultValue=0.0,
                minValue=0.0,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "RASTERS", tr("Rasters for zonal statistics (band 1)"), layerType=QgsProcessing.TypeRaster, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "POINTS", tr("Point layers to count in each unit"), layerType=QgsProcessing.TypeVectorPoint, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                "LINES", tr("Line layers to measure in each unit"), layerType=QgsProcessing.TypeVectorLine, optional=True
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Territorial units"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("UNIT_COUNT", tr("Number of units")))
        self.addOutput(QgsProcessingOutputNumber("MERGED_COUNT", tr("Units merged into a neighbour")))
        self.addOutput(QgsProcessingOutputNumber("MERGED_AREA_HA", tr("Area of the merged units (ha)")))

    def process(self, parameters, context, feedback):
        capas = self.parameterAsLayerList(parameters, "LAYERS", context)
        ambito = None
        if parameters.get("AMBITO") not in (None, ""):
            ambito = self.parameterAsSource(parameters, "AMBITO", context)
            if ambito is None:
                raise PotError(tr("The ámbito layer cannot be opened."))
        area_minima = self.parameterAsDouble(parameters, "MIN_AREA_HA", context) if parameters.get("MIN_AREA_HA") is not None else 0.0
        hilos = max(1, min(HILOS_MAXIMOS, QThread.idealThreadCount()))
        rasters = self.parameterAsLayerList(parameters, "RASTERS", context) if parameters.get("RASTERS") else []
        puntos = self.parameterAsLayerList(parameters, "POINTS", context) if parameters.get("POINTS") else []
        lineas = self.parameterAsLayerList(parameters, "LINES", context) if parameters.get("LINES") else []
        sintesis = sintetizar(capas, ambito, area_minima, context.transformContext(), feedback, hilos, rasters, puntos, lineas)

        sink, destino = self.parameterAsSink(parameters, "OUTPUT", context, sintesis.campos, QgsWkbTypes.Polygon, sintesis.crs)
        if sink is None:
            raise PotError(tr("The output layer cannot be created."))
        total = len(sintesis.unidades) or 1
        lote = []
        for n, entidad in enumerate(sintesis.entidades(), start=1):
            lote.append(entidad)
            if len(lote) == 1000:
                if feedback.isCanceled():
                    raise PotError(tr("The synthesis was cancelled."))
                self._escribir(sink, lote)
                feedback.setProgress(92.0 + 8.0 * n / total)
        self._escribir(sink, lote)
        feedback.pushInfo(tr("{count} territorial units written.").format(count=len(sintesis.unidades)))
        return {
            "OUTPUT": destino,
            "UNIT_COUNT": len(sintesis.unidades),
            "MERGED_COUNT": sintesis.fusionadas,
            "MERGED_AREA_HA": sintesis.area_fusionada_ha,
        }

    @staticmethod
    def _escribir(sink, lote):
        if lote and not sink.addFeatures(lote, QgsFeatureSink.FastInsert):
            raise PotError(tr("The output layer refused some units: {error}").format(error=sink.lastError()))
        lote.clear()
