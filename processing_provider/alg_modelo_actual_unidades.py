"""pot:modelo_actual_unidades — synthesis of the registered DIT layers into units stored in the POT."""
import json

from qgis.core import (
    QgsApplication,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsVectorLayer,
)

from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..diccionario import vinculos
from ..modelo_actual import unidades as unidades_ma
from ..diccionario.estilo import estilo_por_variables_vinculadas
from ..store.capas import NOMBRE_RE, capas_en_edicion, error_en_edicion, publicar_en_proyecto
from ..store.crear_pot import CAPA_AMBITO
from ..store.escritura import Escritura
from .base import PotAlgorithm

NOMBRE_PREDETERMINADO = unidades_ma.NOMBRE_PREDETERMINADO


class ModeloActualUnidades(PotAlgorithm):
    NAME = "modelo_actual_unidades"
    GROUP_ID = "modelo_actual"

    def display_name(self):
        return tr("Current model: units from the registered DIT layers")


    def help(self):
        return tr(
            "Runs the synthesis of the current territorial model on the registered DIT polygon layers (all, or "
            "the ones named), inside the POT's ámbito, and stores the units in the POT. Every mapped variable "
            "gets one field named after it (e.g. “zee”) holding its class codes after the value mapping, linked "
            "to the dictionary, ready for the characterisation — one field whatever the number of layers that "
            "map it: where they overlap, the layer registered first decides, and the area where they disagree "
            "is reported. The registered point and line layers are counted and measured in each unit (count "
            "and density per km², or km and km per km²; per class when their field is mapped to a variable)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(
            QgsProcessingParameterString("LAYERS", tr("Registered layers (names separated by “;”, empty: all polygon layers)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MIN_AREA_HA", tr("Minimum unit area (ha)"), QgsProcessingParameterNumber.Double, 0.0, True, 0.0
            )
        )
        self.addParameter(QgsProcessingParameterString("NAME", tr("Name in the POT"), NOMBRE_PREDETERMINADO))
        self.addParameter(QgsProcessingParameterBoolean("REPLACE", tr("Replace a POT layer of the same name"), True))
        self.addOutput(QgsProcessingOutputVectorLayer("OUTPUT", tr("Territorial units")))
        self.addOutput(QgsProcessingOutputNumber("UNIT_COUNT", tr("Number of units")))
        self.addOutput(QgsProcessingOutputString("FIELDS", tr("Fields linked to variables (JSON)")))

    def prepare(self, parameters, context, feedback):
        # Main thread: units being edited in the open project are not replaced under the editor.
        nombre = self.parameterAsString(parameters, "NAME", context).strip() or NOMBRE_PREDETERMINADO
        self._en_edicion = capas_en_edicion(self.ruta_pot(parameters, context), nombre)
        return True

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        nombre = self.parameterAsString(parameters, "NAME", context).strip() or NOMBRE_PREDETERMINADO
        if getattr(self, "_en_edicion", []):
            raise error_en_edicion(nombre, self._en_edicion)
        if not NOMBRE_RE.match(nombre):
            raise PotError(
                tr("“{name}” is not a valid POT layer name: use lowercase letters, digits and “_”, starting with a letter.").format(
                    name=nombre
                )
            )
        nombres = [n.strip() for n in self.parameterAsString(parameters, "LAYERS", context).split(";") if n.strip()]
        elegidas = unidades_ma.capas_poligonales(store, nombres)
        pasos = QgsProcessingMultiStepFeedback(2, feedback)
        temporal = QgsProcessingUtils.generateTempFilename("unidades.gpkg")
        sintesis = QgsApplication.processingRegistry().createAlgorithmById("pot:sintesis_modelo_actual")
        if sintesis is None:
            raise PotError(tr("The Processing algorithm “{id}” is not available. Is the POT plugin fully installed?").format(
                id="pot:sintesis_modelo_actual"))
        ambito = store.layer_uri(CAPA_AMBITO) if CAPA_AMBITO in store.spatial_layers() else None
        resultados, ok = sintesis.run(
            {
                "LAYERS": [layer for _, layer in elegidas],
                "AMBITO": ambito,
                "MIN_AREA_HA": self.parameterAsDouble(parameters, "MIN_AREA_HA", context),
                "OUTPUT": temporal,
            },
            context,
            pasos,
        )
        if not ok or feedback.isCanceled():
            raise PotError(tr("The synthesis was cancelled.") if feedback.isCanceled() else tr("The synthesis failed."))
        pasos.setCurrentStep(1)
        unidades = QgsVectorLayer(resultados["OUTPUT"], nombre, "ogr")
        por_variable = unidades_ma.un_campo_por_variable(unidades, elegidas)
        campos = por_variable.campos
        for variable, fuentes in por_variable.fuentes.items():
            if len(fuentes) > 1:
                feedback.pushInfo(tr("Variable {code} from {count} layers, in this order of precedence: {layers}.").format(
                    code=variable, count=len(fuentes), layers=", ".join(fuentes)))
        for conflicto in por_variable.conflictos:
            feedback.pushWarning(
                tr("Layers {layers} give {code} different classes on {area} ha ({units} units): the first one decides there.").format(
                    layers=", ".join(conflicto.capas), code=conflicto.variable, area=round(conflicto.area_ha, 2),
                    units=conflicto.unidades))
        medidas = unidades_ma.medir_puntos_y_lineas(unidades, unidades_ma.capas_puntos_lineas(store),
                                                     context.transformContext(), feedback)
        if medidas:
            feedback.pushInfo(tr("Points and lines per unit in the fields: {fields}.").format(fields=", ".join(medidas)))
        # The units replace the old ones whole, with their links and style, or not at all.
        with Escritura(store) as escritura:
            nueva = escritura.capa(
                unidades, nombre, "fase1", trd("Territorial units of the current model"),
                self.parameterAsBool(parameters, "REPLACE", context), context.transformContext(), conservar_vinculos=False,
            )
            provisional = escritura.nombre_provisional(nueva)
            for campo, variable in campos.items():
                sin_clase = vinculos.vincular_campo(escritura.vista, nueva, provisional, campo, variable)
                if sin_clase:
                    feedback.pushWarning(
                        tr("Values of “{field}” without a class in “{code}”: {values}").format(
                            field=campo, code=variable, values=", ".join(sin_clase[:20])
                        )
                    )
            vinculos.sincronizar(escritura.vista, nueva, provisional)
            estilo_por_variables_vinculadas(escritura.vista, nueva, provisional)  # the synthesis map speaks the dictionary
            cuenta = nueva.featureCount()
            escritura.confirmar()
        for aviso in escritura.avisos:
            feedback.pushWarning(aviso)
        feedback.pushInfo(tr("{count} territorial units stored in the POT as “{name}”.").format(count=cuenta, name=nombre))
        self._publicar = (store, nombre)
        return {"OUTPUT": store.layer_uri(nombre), "UNIT_COUNT": cuenta, "FIELDS": json.dumps(campos)}

    def post_process(self, context, feedback):
        store, nombre = self._publicar
        publicar_en_proyecto(store, [nombre])
        return {}
