"""pot:corregir_capa_dit — write a corrected copy of a registered DIT layer into the POT."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from ..modelo_actual import validacion
from ..store.capas import nombre_de_capa, publicar_en_proyecto
from .base import PotAlgorithm


class CorregirCapaDit(PotAlgorithm):
    NAME = "corregir_capa_dit"
    GROUP_ID = "modelo_actual"

    def display_name(self):
        return tr("Correct DIT layer")


    def help(self):
        return tr(
            "Writes a corrected copy of a registered DIT layer as a NEW layer of the POT: reprojected to the POT's "
            "CRS, geometries made valid, 2-D and linear, mis-decoded text re-decoded (and a file showing “�” "
            "re-read as windows-1252). The source is never modified. By default the registry entry then points "
            "at the corrected copy (the original source is remembered)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterString("LAYER", tr("Registered DIT layer")))
        self.addParameter(QgsProcessingParameterString("NAME", tr("Name of the copy in the POT (empty: from the layer)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean("MAKE_VALID", tr("Make geometries valid"), True))
        self.addParameter(QgsProcessingParameterBoolean("REDECODE", tr("Re-decode mis-decoded text"), True))
        self.addParameter(QgsProcessingParameterBoolean("UPDATE_REGISTRY", tr("Use the copy in the registry"), True))
        self.addOutput(QgsProcessingOutputVectorLayer("OUTPUT", tr("Corrected layer")))
        self.addOutput(QgsProcessingOutputNumber("REPAIRED", tr("Geometries repaired")))
        self.addOutput(QgsProcessingOutputNumber("REDECODED", tr("Texts re-decoded")))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        nombre = self.parameterAsString(parameters, "LAYER", context).strip()
        salida = self.parameterAsString(parameters, "NAME", context).strip() or nombre_de_capa(nombre + "_corregida")
        nueva, cuentas = validacion.corregir(
            store,
            nombre,
            salida,
            self.parameterAsBool(parameters, "MAKE_VALID", context),
            self.parameterAsBool(parameters, "REDECODE", context),
            self.parameterAsBool(parameters, "UPDATE_REGISTRY", context),
            context.transformContext(),
            feedback,
        )
        self._publicar = (store, salida)
        return {"OUTPUT": nueva.source(), "REPAIRED": cuentas["reparadas"], "REDECODED": cuentas["textos"]}

    def post_process(self, context, feedback):
        store, nombre = self._publicar
        publicar_en_proyecto(store, [nombre])
        return {}
