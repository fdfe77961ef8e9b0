"""pot:anadir_capa — copy a layer into the POT (reprojected, with stable feature ids)."""
from qgis.core import (
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.i18n import tr
from ..store.capas import capas_en_edicion, error_en_edicion, importar_capa, nombre_de_capa, publicar_en_proyecto
from ..store.codificacion import CODIFICACIONES
from .base import PotAlgorithm

FASES = ["base", "fase1", "fase2", "fase3", "fase4"]


class AnadirCapa(PotAlgorithm):
    NAME = "anadir_capa"
    GROUP_ID = "proyecto"

    def display_name(self):
        return tr("Add layer to POT")


    def help(self):
        return tr(
            "Copies a vector layer into the POT GeoPackage, reprojected to the POT's CRS, gives every feature a "
            "stable identifier (pot_uid), lists it among the POT's layers and shows it in the phase group of the "
            "POT's QGIS project. The source layer is only read. With REPLACE, the POT layer of the same name is "
            "replaced whole (with its links to the dictionary for the fields the new layer still has) or not at all. "
            "A shapefile that declares no text encoding is read as UTF-8 when it is, else as Latin-1, with a warning."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Layer to add")))
        self.addParameter(QgsProcessingParameterString("NAME", tr("Name in the POT (empty: from the layer)"), optional=True))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title shown in legends (empty: the layer's name)"), optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                "PHASE",
                tr("Layer-tree group"),
                options=[tr("Base and ámbito"), tr("Phase I"), tr("Phase II"), tr("Phase III"), tr("Phase IV")],
                defaultValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean("REPLACE", tr("Replace a POT layer of the same name"), False))
        codificacion = QgsProcessingParameterEnum(
            "ENCODING",
            tr("Text encoding of a shapefile (automatic: the declared one, else UTF-8, else Latin-1)"),
            options=[tr("Automatic"), "UTF-8", "Latin-1 (ISO-8859-1)", "Windows-1252"],
            defaultValue=0,
        )
        codificacion.setFlags(codificacion.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(codificacion)
        self.addOutput(QgsProcessingOutputVectorLayer("OUTPUT", tr("POT layer")))

    def _nombre(self, parameters, context, layer):
        return self.parameterAsString(parameters, "NAME", context) or nombre_de_capa(layer.name() if layer else "")

    def prepare(self, parameters, context, feedback):
        # Main thread: is the layer to replace being edited in the open project?
        self._en_edicion = []
        if self.parameterAsBool(parameters, "REPLACE", context):
            nombre = self._nombre(parameters, context, self.parameterAsVectorLayer(parameters, "INPUT", context))
            self._en_edicion = capas_en_edicion(self.ruta_pot(parameters, context), nombre)
        return True

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        nombre = self._nombre(parameters, context, layer)
        if getattr(self, "_en_edicion", []):
            raise error_en_edicion(nombre, self._en_edicion)
        avisos = []
        nueva = importar_capa(
            store,
            layer,
            nombre,
            FASES[self.parameterAsEnum(parameters, "PHASE", context)],
            self.parameterAsString(parameters, "TITLE", context),
            self.parameterAsBool(parameters, "REPLACE", context),
            context.transformContext(),
            CODIFICACIONES[self.parameterAsEnum(parameters, "ENCODING", context)],
            avisos,
        )
        for aviso in avisos:
            feedback.pushWarning(aviso)
        feedback.pushInfo(tr("{count} features copied into the POT as “{name}”.").format(count=nueva.featureCount(), name=nombre))
        self._publicar = (store, nombre)
        return {"OUTPUT": nueva.source()}

    def post_process(self, context, feedback):
        # Runs in the main thread: safe to touch the open QGIS project.
        store, nombre = self._publicar
        publicar_en_proyecto(store, [nombre])
        return {}
