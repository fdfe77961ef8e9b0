"""pot:capa_escenario — a scenario's layer: the territorial units with that scenario's values, styled."""
from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsVectorLayer,
)

from ..core.errors import PotError
from ..core.i18n import tr
from ..prospectiva import capa_escenario, escenarios
from ..store.capas import publicar_en_proyecto
from ..store.pot_store import gpkg_y_tabla
from .base import PotAlgorithm


def pares(texto: str) -> dict:
    """“field=VARIABLE;field=VARIABLE” → {field: VARIABLE}."""
    resultado = {}
    for par in (texto or "").split(";"):
        if par.strip():
            campo, igual, variable = par.partition("=")
            if not igual or not campo.strip() or not variable.strip():
                raise PotError(tr("“{pair}” is not field=VARIABLE.").format(pair=par.strip()))
            resultado[campo.strip()] = variable.strip()
    return resultado


class CapaEscenario(PotAlgorithm):
    NAME = "capa_escenario"
    GROUP_ID = "prospectiva"

    def display_name(self):
        return tr("Scenario layer")

    def help(self):
        return tr(
            "Creates or refreshes the POT layer escenario_<code>: the territorial units (the POT's "
            "modelo_actual_unidades unless UNITS is given) with the scenario's values of the mapped variables — "
            "the units' fields linked to prospective variables (or FIELDS, written field=VARIABLE;…), plus values "
            "joined from VALUES (e.g. a trend projection: VALUE_FIELDS proyeccion=VARIABLE, joined by VALUES_KEY to "
            "the units' pot_uid). On a refresh, values the team edited in the layer are kept unless new values are "
            "given. The fields are linked to the dictionary (forms offer its classes) and the layer is styled from "
            "it (by STYLE_VARIABLE, or the first variable with classes). A scenario not yet in the POT is created "
            "with NAME and TYPE."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterString("SCENARIO", tr("Scenario code")))
        self.addParameter(QgsProcessingParameterString("NAME", tr("Scenario name (to create it)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum("TYPE", tr("Scenario type (to create it)"),
                                                     [escenarios.nombres_tipos()[t] for t in escenarios.TIPOS], optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer("UNITS", tr("Territorial units (empty: the POT's modelo_actual_unidades)"),
                                                            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString("FIELDS", tr("Fields of the units and their variables (field=VARIABLE;…; empty: linked fields)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer("VALUES", tr("Layer with the scenario's values (e.g. a projection)"),
                                                            [QgsProcessing.TypeVectorAnyGeometry], optional=True))
        self.addParameter(QgsProcessingParameterField("VALUES_KEY", tr("Field of VALUES holding the unit's pot_uid"), "unidad",
                                                      parentLayerParameterName="VALUES", optional=True))
        self.addParameter(QgsProcessingParameterString("VALUE_FIELDS", tr("Fields of VALUES and their variables (field=VARIABLE;…)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterBoolean("KEEP_EDITS", tr("Keep the values edited in the layer"), True))
        self.addParameter(QgsProcessingParameterString("STYLE_VARIABLE", tr("Variable that styles the layer"), optional=True))
        self.addOutput(QgsProcessingOutputVectorLayer("OUTPUT", tr("Scenario layer")))
        self.addOutput(QgsProcessingOutputString("LAYER_NAME", tr("Layer name in the POT")))
        self.addOutput(QgsProcessingOutputNumber("EDITED", tr("Edited values kept")))

    def prepare(self, parameters, context, feedback):
        self._capas = {n: self.capa_de_trabajo(parameters, n, context) for n in ("UNITS", "VALUES")}
        return True

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        codigo = self.parameterAsString(parameters, "SCENARIO", context).strip()
        if codigo not in {e.codigo for e in escenarios.cargar_escenarios(store)}:
            nombre = self.parameterAsString(parameters, "NAME", context).strip()
            if parameters.get("TYPE") is None or not nombre:
                raise PotError(tr("The POT {path} has no scenario “{code}”: create it first, or give its NAME and TYPE.").format(
                    path=store.path, code=codigo))
            escenarios.guardar(store, escenarios.Escenario(codigo, nombre, escenarios.TIPOS[self.parameterAsEnum(parameters, "TYPE", context)]))
        unidades = self._capas["UNITS"]
        capa_unidades = capa_escenario.CAPA_UNIDADES
        if unidades is None:
            if capa_unidades not in store.spatial_layers():
                raise PotError(tr("The POT {path} has no layer “{layer}”: build the territorial units first, or give UNITS.").format(
                    path=store.path, layer=capa_unidades))
            unidades = QgsVectorLayer(store.layer_uri(capa_unidades), capa_unidades, "ogr")
        else:
            ruta, tabla = gpkg_y_tabla(unidades)
            capa_unidades = tabla if ruta and Path(ruta).resolve() == store.path else unidades.name()
        campos = pares(self.parameterAsString(parameters, "FIELDS", context)) or None
        valores = self._valores(parameters, context)
        resultado = capa_escenario.crear(
            store, codigo, unidades, capa_unidades, campos, valores, self.parameterAsBool(parameters, "KEEP_EDITS", context),
            self.parameterAsString(parameters, "STYLE_VARIABLE", context).strip(), context.transformContext())
        for variable, faltan in resultado["sin_clase"].items():
            feedback.pushWarning(tr("Values of “{field}” without a class in “{code}”: {values}").format(
                field=variable.lower(), code=variable, values=", ".join(faltan[:20])))
        feedback.pushInfo(tr("Scenario {code}: layer “{layer}” with {count} variable(s).").format(
            code=codigo, layer=resultado["capa"], count=len(resultado["campos"])))
        self._publicar = (store, resultado["capa"])
        return {"OUTPUT": resultado["layer"].source(), "LAYER_NAME": resultado["capa"], "EDITED": resultado["editadas"]}

    def _valores(self, parameters, context):
        if not parameters.get("VALUES"):
            if self.parameterAsString(parameters, "VALUE_FIELDS", context).strip():
                raise PotError(tr("VALUE_FIELDS needs the VALUES layer."))
            return None
        capa = self._capas["VALUES"]
        clave = self.parameterAsString(parameters, "VALUES_KEY", context) or "unidad"
        campos = pares(self.parameterAsString(parameters, "VALUE_FIELDS", context))
        if not campos:
            raise PotError(tr("Say which fields of “{layer}” hold which variables (VALUE_FIELDS field=VARIABLE;…).").format(layer=capa.name()))
        for campo in [clave] + list(campos):
            if capa.fields().indexOf(campo) < 0:
                raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=capa.name(), field=campo))
        valores = {variable: {} for variable in campos.values()}
        for entidad in capa.getFeatures():
            uid = entidad[clave]
            if uid is None or (hasattr(uid, "isNull") and uid.isNull()):
                continue
            for campo, variable in campos.items():
                valor = entidad[campo]
                if valor is not None and not (hasattr(valor, "isNull") and valor.isNull()):
                    valores[variable][str(uid)] = valor
        return valores

    def post_process(self, context, feedback):
        store, capa = self._publicar
        publicar_en_proyecto(store, [capa])
        return {}
