"""pot:crear_proyecto — a new POT GeoPackage from an ámbito layer."""
from datetime import date

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExpression,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingOutputString,
)

from ..core.errors import PotError
from ..core.i18n import IDIOMAS_DOCUMENTOS, tr
from ..store.crear_pot import NIVELES, DatosPot, crear_pot, preparar_ambito
from .base import PotAlgorithm


class CrearProyecto(PotAlgorithm):
    NAME = "crear_proyecto"
    GROUP_ID = "proyecto"

    def display_name(self):
        return tr("New POT")


    def help(self):
        return tr(
            "Creates the GeoPackage of a new POT: the ámbito (dissolved from the chosen polygons, optionally "
            "filtered, e.g. one province of a provinces layer), the POT's metadata, the default dictionary of "
            "variables, layer styles and a QGIS project stored inside the GeoPackage with one group per phase. "
            "Without a CRS, the UTM zone (WGS 84) holding most of the ámbito is used. An existing file is never "
            "overwritten."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterString("NAME", tr("POT name")))
        self.addParameter(
            QgsProcessingParameterEnum("LEVEL", tr("Level"), options=[tr("Regional"), tr("Provincial")], defaultValue=0)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource("AMBITO", tr("Ámbito (polygon layer)"), [QgsProcessing.TypeVectorPolygon])
        )
        self.addParameter(
            QgsProcessingParameterExpression(
                "FILTER", tr("Keep only the features matching (expression)"), parentLayerParameterName="AMBITO", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterString("AMBITO_NAME", tr("Name of the ámbito (e.g. Provincia de Coronel Portillo)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "HORIZON", tr("Horizon year"), QgsProcessingParameterNumber.Integer, date.today().year + 15, False, 2000, 2100
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "SCALE", tr("Working scale (denominator)"), QgsProcessingParameterNumber.Integer, 100000, False, 1000, 10000000
            )
        )
        self.addParameter(QgsProcessingParameterString("TEAM", tr("Technical team"), optional=True))
        self.addParameter(QgsProcessingParameterString("ENTITY", tr("Responsible government"), optional=True))
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("CRS (empty: UTM zone of the ámbito)"), optional=True))
        idioma = QgsProcessingParameterEnum(
            "LANGUAGE", tr("Language of the documents (maps, memoria, packs)"), options=[tr("Spanish"), tr("English")], defaultValue=0
        )
        idioma.setFlags(idioma.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(idioma)
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("POT GeoPackage"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputString("CRS", tr("CRS of the POT")))

    def prepare(self, parameters, context, feedback):
        # The ámbito may be a layer of the open project: read its features here, in the main thread.
        source = self.parameterAsSource(parameters, "AMBITO", context)
        self._ambito_leido = None
        if source is not None:
            request = QgsFeatureRequest()
            expression = self.parameterAsExpression(parameters, "FILTER", context)
            if expression:
                request.setFilterExpression(expression)
                request.setExpressionContext(self.createExpressionContext(parameters, context, source))
            # We repair and report invalid geometries ourselves, so Processing's own check is skipped.
            features = list(source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks))
            self._ambito_leido = (features, source.sourceCrs(), source.sourceName() or "AMBITO")
        return True

    def process(self, parameters, context, feedback):
        if self._ambito_leido is None:
            raise PotError(tr("The ámbito layer could not be read."))
        ambito = preparar_ambito(*self._ambito_leido)
        feedback.setProgress(20)
        crs = self.parameterAsCrs(parameters, "CRS", context)
        datos = DatosPot(
            nombre=self.parameterAsString(parameters, "NAME", context),
            nivel=NIVELES[self.parameterAsEnum(parameters, "LEVEL", context)],
            horizonte=self.parameterAsInt(parameters, "HORIZON", context),
            escala=self.parameterAsInt(parameters, "SCALE", context),
            equipo=self.parameterAsString(parameters, "TEAM", context),
            entidad=self.parameterAsString(parameters, "ENTITY", context),
            ambito_nombre=self.parameterAsString(parameters, "AMBITO_NAME", context),
            idioma=IDIOMAS_DOCUMENTOS[self.parameterAsEnum(parameters, "LANGUAGE", context)],
        )
        result = crear_pot(
            self.parameterAsFileOutput(parameters, "OUTPUT", context),
            datos,
            ambito,
            crs if crs.isValid() else None,
            context.transformContext(),
            feedback,
        )
        for message in result["MESSAGES"]:
            feedback.pushInfo(message)
        feedback.setProgress(100)
        return result
