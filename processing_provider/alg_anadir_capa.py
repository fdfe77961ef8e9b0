"""pot:anadir_capa — copy a layer into the POT (reprojected, with stable feature ids)."""
from qgis.core import (
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.i18n import tr
from ..store.capas import importar_capa, nombre_de_capa, publicar_en_proyecto
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
            "POT's QGIS project. The source layer is only read."
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
        self.addOutput(QgsProcessingOutputVectorLayer("OUTPUT", tr("POT layer")))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        nombre = self.parameterAsString(parameters, "NAME", context) or nombre_de_capa(layer.name() if layer else "")
        nueva = importar_capa(
            store,
            layer,
            nombre,
            FASES[self.parameterAsEnum(parameters, "PHASE", context)],
            self.parameterAsString(parameters, "TITLE", context),
            self.parameterAsBool(parameters, "REPLACE", context),
            context.transformContext(),
        )
        feedback.pushInfo(tr("{count} features copied into the POT as “{name}”.").format(count=nueva.featureCount(), name=nombre))
        self._publicar = (store, nombre)
        return {"OUTPUT": nueva.source()}

    def post_process(self, context, feedback):
        # Runs in the main thread: safe to touch the open QGIS project.
        store, nombre = self._publicar
        publicar_en_proyecto(store, [nombre])
        return {}
