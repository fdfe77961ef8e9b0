"""pot:registrar_capa_dit — register a DIT layer (theme, field → variable, code → class) in the POT."""
from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterString,
)

from ..core.i18n import tr
from ..modelo_actual import registro
from .base import PotAlgorithm


class RegistrarCapaDit(PotAlgorithm):
    NAME = "registrar_capa_dit"
    GROUP_ID = "modelo_actual"

    def display_name(self):
        return tr("Register DIT layer")


    def help(self):
        return tr(
            "Registers a vector or raster layer of the Diagnóstico Integrado del Territorio (a file, a GeoPackage "
            "layer or a PostGIS table) in the POT with its theme (ZEE submodel, specialised study or base layer). "
            "Optionally, a field of the layer is mapped to a dictionary variable, with a value mapping from the "
            "layer's codes to the variable's classes written as code=class;code=class. Registering the same "
            "source again adds or replaces the mapping of that field. The layer is referenced, not copied; "
            "it is never modified."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterMapLayer("INPUT", tr("DIT layer")))
        etiquetas = registro.etiquetas_temas()
        self.addParameter(
            QgsProcessingParameterEnum(
                "THEME", tr("Theme"), options=[etiquetas[t] for t in registro.TEMAS], defaultValue=len(registro.TEMAS) - 1
            )
        )
        self.addParameter(QgsProcessingParameterString("FIELD", tr("Field holding a variable"), optional=True))
        self.addParameter(QgsProcessingParameterString("VARIABLE", tr("Variable code"), optional=True))
        self.addParameter(
            QgsProcessingParameterString("VALUE_MAP", tr("Value mapping (code=class;code=class)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterString("NAME", tr("Name in the registry (empty: the layer's)"), optional=True))
        self.addOutput(QgsProcessingOutputString("NAME", tr("Registered name")))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        layer = self.parameterAsLayer(parameters, "INPUT", context)
        tema = registro.TEMAS[self.parameterAsEnum(parameters, "THEME", context)]
        capa = registro.registrar(
            store,
            layer,
            tema,
            self.parameterAsString(parameters, "FIELD", context).strip(),
            self.parameterAsString(parameters, "VARIABLE", context).strip(),
            registro.leer_mapa_valores(self.parameterAsString(parameters, "VALUE_MAP", context)),
            self.parameterAsString(parameters, "NAME", context).strip(),
        )
        feedback.pushInfo(
            tr("“{name}” registered as a DIT layer ({theme}) with {count} mapped fields.").format(
                name=capa.nombre, theme=capa.etiqueta_tema, count=len(capa.mapeos)
            )
        )
        return {"NAME": capa.nombre}
