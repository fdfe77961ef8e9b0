"""pot:proyeccion_tendencial — a variable's observed series per territorial unit, projected to the horizon."""
from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from ..prospectiva import proyeccion, series
from .base import PotAlgorithm


class ProyeccionTendencial(PotAlgorithm):
    NAME = "proyeccion_tendencial"
    GROUP_ID = "prospectiva"

    def display_name(self):
        return tr("Trend projection per territorial unit")

    def help(self):
        return tr(
            "Projects a variable's observed series, unit by unit, to the horizon: the tendencial scenario where "
            "data allow. The series comes either from EVENTS (e.g. yearly deforestation alerts: per unit and "
            "year, the number of events inside the unit, or the sum of VALUE_FIELD such as area_ha) or from "
            "SERIES_FIELDS of the units layer, one field per year with the year in its name (perdida_2019…). "
            "A gap (a unit without a value in a year, or a year without any event) or a series of one year "
            "stops with a message naming it. CUMULATIVE projects the running total (plus BASE_FIELD, an initial "
            "stock). Methods, with t = years since the first: linear y = a + b·t; exponential y = a·exp(b·t); "
            "logistic y = K / (1 + exp(−(a + b·t))) capped by K = the unit's area in ha (or CAP_FIELD). The "
            "output has, per unit, the observed values (obs_<year>), the method, the parameters a, b and the "
            "cap, the fit (r2), the last observed value, the projection at the horizon and a note where a "
            "unit cannot be fitted. With a POT, the horizon defaults to the POT's and a summary is stored."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot(opcional=True)
        self.addParameter(QgsProcessingParameterVectorLayer("UNITS", tr("Territorial units"), [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField("UNIT_ID", tr("Unit identifier (empty: pot_uid or the feature id)"),
                                                      parentLayerParameterName="UNITS", optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer("EVENTS", tr("Events (e.g. deforestation alerts)"),
                                                            [QgsProcessing.TypeVectorAnyGeometry], optional=True))
        self.addParameter(QgsProcessingParameterField("DATE_FIELD", tr("Date or year of each event"), parentLayerParameterName="EVENTS",
                                                      optional=True))
        self.addParameter(QgsProcessingParameterField("VALUE_FIELD", tr("Value to add up per year (empty: count the events)"),
                                                      parentLayerParameterName="EVENTS", type=QgsProcessingParameterField.Numeric,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterField("SERIES_FIELDS", tr("Or: fields of the units, one per year"),
                                                      parentLayerParameterName="UNITS", type=QgsProcessingParameterField.Numeric,
                                                      allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterBoolean("CUMULATIVE", tr("Project the cumulative total"), False))
        self.addParameter(QgsProcessingParameterField("BASE_FIELD", tr("Initial stock added to the cumulative total"),
                                                      parentLayerParameterName="UNITS", type=QgsProcessingParameterField.Numeric,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterEnum("METHOD", tr("Method"), [tr("Linear"), tr("Exponential"), tr("Logistic (capped)")],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterField("CAP_FIELD", tr("Cap of the logistic (empty: the unit's area in ha)"),
                                                      parentLayerParameterName="UNITS", type=QgsProcessingParameterField.Numeric,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterNumber("HORIZON", tr("Horizon year (0: the POT's horizon)"),
                                                       QgsProcessingParameterNumber.Integer, 0, False, 0, 2200))
        self.addParameter(QgsProcessingParameterString("VARIABLE", tr("Dictionary variable the series measures (for the record)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Trend projection"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("UNIT_COUNT", tr("Units")))
        self.addOutput(QgsProcessingOutputNumber("FITTED_COUNT", tr("Units fitted")))
        self.addOutput(QgsProcessingOutputNumber("R2_MEDIAN", tr("Median R²")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_OBSERVED", tr("Total at the last observed year")))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_PROJECTED", tr("Total at the horizon")))
        self.addOutput(QgsProcessingOutputNumber("OUTSIDE", tr("Events outside every unit")))
        self.addOutput(QgsProcessingOutputString("YEARS", tr("Observed years")))

    def prepare(self, parameters, context, feedback):
        self._capas = {n: self.capa_de_trabajo(parameters, n, context) for n in ("UNITS", "EVENTS")}
        return True

    def process(self, parameters, context, feedback):
        store = self.abrir_pot_opcional(parameters, context)
        unidades = self._capas["UNITS"]
        if unidades is None or not unidades.isValid():
            raise PotError(tr("The units layer cannot be read."))
        campo_id = self.parameterAsString(parameters, "UNIT_ID", context)
        eventos = self._capas["EVENTS"]
        campos_serie = compat.campos_de_parametro(self, parameters, "SERIES_FIELDS", context) if parameters.get("SERIES_FIELDS") else []
        if eventos is not None and campos_serie:
            raise PotError(tr("Give either EVENTS or SERIES_FIELDS, not both."))
        if eventos is not None:
            campo_fecha = self.parameterAsString(parameters, "DATE_FIELD", context)
            if not campo_fecha:
                raise PotError(tr("Say which field of “{layer}” holds each event's date (DATE_FIELD).").format(layer=eventos.name()))
            serie = series.series_de_eventos(unidades, eventos, campo_fecha, self.parameterAsString(parameters, "VALUE_FIELD", context),
                                             campo_id, context.transformContext(), feedback)
        elif campos_serie:
            serie = series.series_de_campos(unidades, campos_serie, campo_id)
        else:
            raise PotError(tr("Give the observed series: EVENTS with their DATE_FIELD, or SERIES_FIELDS of the units."))
        proyeccion.validar_series(serie.anios, serie.valores, serie.ids, serie.origen)

        horizonte = self.parameterAsInt(parameters, "HORIZON", context)
        if not horizonte and store is not None:
            horizonte = int(store.metadata().get("horizonte") or 0)
        if not horizonte:
            raise PotError(tr("Give the horizon year (or a POT, whose horizon is used)."))
        if horizonte <= serie.anios[-1]:
            raise PotError(tr("The horizon {horizon} must come after the last observed year {year}.").format(
                horizon=horizonte, year=serie.anios[-1]))
        metodo = proyeccion.METODOS[self.parameterAsEnum(parameters, "METHOD", context)]
        acumulado = self.parameterAsBool(parameters, "CUMULATIVE", context)
        base = self._columna(unidades, serie.fids, self.parameterAsString(parameters, "BASE_FIELD", context))
        y = proyeccion.acumular(serie.valores, base) if acumulado else serie.valores
        tope_campo = self.parameterAsString(parameters, "CAP_FIELD", context)
        tope = self._columna(unidades, serie.fids, tope_campo) if tope_campo else serie.area_ha
        ajuste = proyeccion.ajustar(serie.anios, y, metodo, tope if metodo == proyeccion.LOGISTICA or acumulado else None)
        proyectado = ajuste.evaluar([horizonte])[:, 0]
        feedback.setProgress(90)

        campos = QgsFields()
        campos.append(compat.campo("unidad"))
        campos.append(compat.campo("area_ha", "real"))
        for anio in serie.anios:
            campos.append(compat.campo(f"obs_{anio}", "real"))
        for nombre, tipo in (("metodo", "texto"), ("a", "real"), ("b", "real"), ("tope", "real"), ("r2", "real"),
                             ("observado", "real"), ("proyeccion", "real"), ("anio_proyeccion", "entero"), ("nota", "texto")):
            campos.append(compat.campo(nombre, tipo))
        sink, destino = self.parameterAsSink(parameters, "OUTPUT", context, campos, unidades.wkbType(), unidades.crs())
        if sink is None:
            raise PotError(tr("The output layer cannot be created."))
        notas = proyeccion.notas_legibles()
        posicion = {fid: k for k, fid in enumerate(serie.fids)}
        entidades = []
        for unidad in unidades.getFeatures(QgsFeatureRequest().setNoAttributes()):
            k = posicion[unidad.id()]
            entidad = QgsFeature(campos)
            entidad.setGeometry(unidad.geometry())
            entidad.setAttributes(
                [serie.ids[k], float(serie.area_ha[k])] + [float(v) for v in serie.valores[k]]
                + [metodo, _o_nulo(ajuste.a[k], ajuste.valido[k]), _o_nulo(ajuste.b[k], ajuste.valido[k]),
                   None if ajuste.tope is None else float(ajuste.tope[k]), _o_nulo(ajuste.r2[k]), float(y[k, -1]),
                   _o_nulo(proyectado[k]), horizonte, notas.get(ajuste.nota[k], "")])
            entidades.append(entidad)
        if not sink.addFeatures(entidades, QgsFeatureSink.FastInsert):
            raise PotError(tr("The output layer refused some units: {error}").format(error=sink.lastError()))

        validos = ajuste.valido
        r2 = ajuste.r2[np.isfinite(ajuste.r2)]
        resumen = {
            "UNIT_COUNT": len(serie.ids),
            "FITTED_COUNT": int(validos.sum()),
            "R2_MEDIAN": float(np.median(r2)) if r2.size else None,
            "TOTAL_OBSERVED": float(y[:, -1].sum()),
            "TOTAL_PROJECTED": float(np.nansum(proyectado)),
            "OUTSIDE": serie.fuera,
            "YEARS": ", ".join(str(a) for a in serie.anios),
        }
        sin_ajuste = [serie.ids[k] for k in range(len(serie.ids)) if not validos[k] and ajuste.nota[k] != proyeccion.SIN_CAMBIO]
        if sin_ajuste:
            feedback.pushWarning(tr("{count} unit(s) could not be fitted by the {method} method (first: {units}); see the field nota.").format(
                count=len(sin_ajuste), method=metodo, units=", ".join(sin_ajuste[:5])))
        if serie.fuera:
            feedback.pushInfo(tr("{count} event(s) fall outside every unit and were not counted.").format(count=serie.fuera))
        if store is not None:
            proyeccion.registrar(store, {
                "variable": self.parameterAsString(parameters, "VARIABLE", context) or None, "escenario": "tendencial",
                "metodo": metodo, "acumulado": int(acumulado), "anio_inicio": serie.anios[0], "anio_fin": serie.anios[-1],
                "horizonte": horizonte, "unidades": resumen["UNIT_COUNT"], "ajustadas": resumen["FITTED_COUNT"],
                "r2_mediana": resumen["R2_MEDIAN"], "total_observado": resumen["TOTAL_OBSERVED"],
                "total_proyectado": resumen["TOTAL_PROJECTED"], "capa": unidades.name(),
            })
        resumen["OUTPUT"] = destino
        return resumen

    @staticmethod
    def _columna(unidades, fids, campo):
        if not campo:
            return None
        if unidades.fields().indexOf(campo) < 0:
            raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=unidades.name(), field=campo))
        valores = {}
        for f in unidades.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([campo], unidades.fields())):
            valor = f[campo]
            valores[f.id()] = 0.0 if valor is None or (hasattr(valor, "isNull") and valor.isNull()) else float(valor)
        return np.array([valores[fid] for fid in fids])


def _o_nulo(valor, valido=True):
    valor = float(valor)
    return valor if valido and np.isfinite(valor) else None
