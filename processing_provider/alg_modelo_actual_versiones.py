"""pot:guardar_version_modelo and pot:comparar_versiones — versions of the current model."""
import json

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsWkbTypes,
    QgsCoordinateReferenceSystem,
)

from ..core import compat
from ..core.i18n import tr
from ..modelo_actual import versiones
from ..store.capas import publicar_en_proyecto
from .base import PotAlgorithm


class GuardarVersionModelo(PotAlgorithm):
    NAME = "guardar_version_modelo"
    GROUP_ID = "modelo_actual"

    def display_name(self):
        return tr("Save a version of the current model")


    def help(self):
        return tr(
            "Copies the territorial units into the POT as modelo_actual_vN (N = next version number) and records "
            "the version with its state (preliminary or validated) and a note. Fields linked to variables stay "
            "linked in the copy. A validated version completes Pauta 1, Step 01."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Territorial units"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(
            QgsProcessingParameterEnum("STATE", tr("State"), options=[tr("preliminary"), tr("validated")], defaultValue=0)
        )
        self.addParameter(QgsProcessingParameterString("NOTE", tr("Note"), optional=True, multiLine=True))
        self.addOutput(QgsProcessingOutputVectorLayer("OUTPUT", tr("Version layer")))
        self.addOutput(QgsProcessingOutputNumber("VERSION", tr("Version number")))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        estado = versiones.ESTADOS[self.parameterAsEnum(parameters, "STATE", context)]
        version, nueva = versiones.guardar_version(
            store,
            self.parameterAsVectorLayer(parameters, "INPUT", context),
            estado,
            self.parameterAsString(parameters, "NOTE", context),
            context.transformContext(),
        )
        feedback.pushInfo(tr("Version {n} saved as “{name}”.").format(n=version, name=versiones.nombre_capa(version)))
        self._publicar = (store, versiones.nombre_capa(version))
        return {"OUTPUT": nueva.source(), "VERSION": version}

    def post_process(self, context, feedback):
        store, nombre = self._publicar
        publicar_en_proyecto(store, [nombre])
        return {}


class CompararVersiones(PotAlgorithm):
    NAME = "comparar_versiones"
    GROUP_ID = "modelo_actual"

    def display_name(self):
        return tr("Compare versions of the current model")


    def help(self):
        return tr(
            "Compares two saved versions of the current model: how many units of the later one have no identical "
            "unit (same shape, same classes) in the earlier one, and, for each variable, the area (ha) that "
            "moved from one class to another. The moves are written as a table (variable, desde, hacia, area_ha)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterNumber("VERSION_A", tr("Earlier version"), minValue=1, defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber("VERSION_B", tr("Later version"), minValue=1, defaultValue=2))
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", tr("Area moved between classes"), QgsProcessing.TypeVector, optional=True)
        )
        self.addOutput(QgsProcessingOutputNumber("CHANGED_UNITS", tr("Units changed")))
        self.addOutput(QgsProcessingOutputString("REPORT", tr("Comparison (JSON)")))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        informe = versiones.comparar(
            store,
            self.parameterAsInt(parameters, "VERSION_A", context),
            self.parameterAsInt(parameters, "VERSION_B", context),
            feedback,
        )
        resultado = {"CHANGED_UNITS": informe["unidades_cambiadas"], "REPORT": json.dumps(informe, ensure_ascii=False)}
        if parameters.get("OUTPUT") is not None:
            campos = QgsFields()
            for nombre in ("variable", "desde", "hacia"):
                campos.append(compat.campo(nombre))
            campos.append(compat.campo("area_ha", "real"))
            sink, destino = self.parameterAsSink(
                parameters, "OUTPUT", context, campos, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem()
            )
            if sink is not None:
                for fila in informe["movimientos"]:
                    entidad = QgsFeature(campos)
                    entidad.setAttributes([fila["variable"], fila["desde"], fila["hacia"], fila["area_ha"]])
                    sink.addFeature(entidad, QgsFeatureSink.FastInsert)
                resultado["OUTPUT"] = destino
        feedback.pushInfo(
            tr("{changed} of {total} units changed between versions {a} and {b}.").format(
                changed=informe["unidades_cambiadas"], total=informe["unidades_b"], a=informe["version_a"], b=informe["version_b"]
            )
        )
        return resultado
