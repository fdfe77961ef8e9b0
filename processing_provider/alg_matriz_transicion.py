"""pot:matriz_transicion — land-cover transition matrix between two dates, projected by Markov steps."""
from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProcessingUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from ..prospectiva import transicion
from ..prospectiva.matriz_archivo import leer_rejilla
from .base import PotAlgorithm


class MatrizTransicion(PotAlgorithm):
    NAME = "matriz_transicion"
    GROUP_ID = "prospectiva"

    def display_name(self):
        return tr("Land-cover transition matrix and Markov projection")

    def help(self):
        return tr(
            "Cross-tabulates the land cover of two dates (two polygon layers, or two fields of one layer) by area, "
            "per zone when ZONES are given, and normalises each row: the probability that a hectare of a class at "
            "the first date is of each class at the second. The areas at the second date are projected to the "
            "horizon by raising the matrix to the number of periods (a yearly matrix, clipped and renormalised, "
            "when the years to go are not a whole number of periods; the adjustment is reported). With a POT and a "
            "SCENARIO, the scenario's own matrix is used when the POT has one (edit it by importing TRANSITIONS, a "
            "CSV/XLSX grid of probabilities whose rows sum to 1); otherwise the observed matrix is stored as the "
            "scenario's, ready to be edited. Outputs: the observed transitions (zone, from, to, ha, probability) and "
            "the projection per zone and class (ha at each date and at the horizon)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot(opcional=True)
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT_START", tr("Land cover at the first date"),
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField("FIELD_START", tr("Class field at the first date"), parentLayerParameterName="INPUT_START"))
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT_END", tr("Land cover at the second date (empty: the same layer)"),
                                                            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString("FIELD_END", tr("Class field at the second date")))
        self.addParameter(QgsProcessingParameterNumber("YEAR_START", tr("First date (year)"), QgsProcessingParameterNumber.Integer, 2010,
                                                       False, 1900, 2200))
        self.addParameter(QgsProcessingParameterNumber("YEAR_END", tr("Second date (year)"), QgsProcessingParameterNumber.Integer, 2020,
                                                       False, 1900, 2200))
        self.addParameter(QgsProcessingParameterVectorLayer("ZONES", tr("Zones or units (one matrix each)"), [QgsProcessing.TypeVectorPolygon],
                                                            optional=True))
        self.addParameter(QgsProcessingParameterField("ZONE_FIELD", tr("Zone identifier"), parentLayerParameterName="ZONES", optional=True))
        self.addParameter(QgsProcessingParameterNumber("HORIZON", tr("Horizon year (0: the POT's horizon)"),
                                                       QgsProcessingParameterNumber.Integer, 0, False, 0, 2200))
        self.addParameter(QgsProcessingParameterString("VARIABLE", tr("Dictionary variable of the classes"), "COB"))
        self.addParameter(QgsProcessingParameterString("SCENARIO", tr("Scenario whose matrix is used (code; needs a POT)"), optional=True))
        self.addParameter(QgsProcessingParameterFile("TRANSITIONS", tr("Edited matrix for the scenario (CSV or XLSX)"),
                                                     fileFilter=tr("Matrices (*.csv *.xlsx)"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Observed transitions"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_PROJECTION", tr("Projected areas"), QgsProcessing.TypeVector))
        self.addOutput(QgsProcessingOutputString("METHOD", tr("Projection by whole periods or by a yearly matrix")))
        self.addOutput(QgsProcessingOutputNumber("STEPS", tr("Steps (periods or years)")))
        self.addOutput(QgsProcessingOutputNumber("ADJUSTMENT", tr("Largest adjustment of the yearly matrix")))
        self.addOutput(QgsProcessingOutputNumber("UNCLASSIFIED_HA", tr("Area without a class at some date (ha)")))

    def prepare(self, parameters, context, feedback):
        self._capas = {n: self.capa_de_trabajo(parameters, n, context) for n in ("INPUT_START", "INPUT_END", "ZONES")}
        return True

    def process(self, parameters, context, feedback):
        store = self.abrir_pot_opcional(parameters, context)
        inicio = self._capas["INPUT_START"]
        fin = self._capas["INPUT_END"]
        zonas = self._capas["ZONES"]
        campo_inicio = self.parameterAsString(parameters, "FIELD_START", context)
        campo_fin = self.parameterAsString(parameters, "FIELD_END", context).strip()
        campo_zona = self.parameterAsString(parameters, "ZONE_FIELD", context)
        if zonas is not None and not campo_zona:
            raise PotError(tr("Say which field of “{layer}” identifies each zone (ZONE_FIELD).").format(layer=zonas.name()))
        anio_inicio = self.parameterAsInt(parameters, "YEAR_START", context)
        anio_fin = self.parameterAsInt(parameters, "YEAR_END", context)
        if anio_fin <= anio_inicio:
            raise PotError(tr("The second date ({end}) must come after the first ({start}).").format(end=anio_fin, start=anio_inicio))
        horizonte = self.parameterAsInt(parameters, "HORIZON", context)
        if not horizonte and store is not None:
            horizonte = int(store.metadata().get("horizonte") or 0)
        if not horizonte:
            raise PotError(tr("Give the horizon year (or a POT, whose horizon is used)."))
        variable = self.parameterAsString(parameters, "VARIABLE", context).strip() or "COB"
        escenario = self.parameterAsString(parameters, "SCENARIO", context).strip()
        if escenario and store is None:
            raise PotError(tr("A scenario's matrix lives in a POT: give the POT GeoPackage."))
        pasos = QgsProcessingMultiStepFeedback(3, feedback)

        capa, campos = self._superponer(inicio, campo_inicio, fin, campo_fin, zonas, campo_zona, context, pasos)
        pasos.setCurrentStep(2)
        filas, sin_clase = transicion.filas_de_capa(capa, *campos)
        if not filas:
            raise PotError(tr("No area has a class at both dates: check the fields {start} and {end}.").format(start=campo_inicio, end=campo_fin))
        if sin_clase > 0:
            feedback.pushWarning(tr("{area} ha have no class at one of the dates and were left out.").format(area=f"{sin_clase:,.1f}"))
        tablas = transicion.tabular(filas)

        editada = None
        if escenario:
            archivo = self.parameterAsFile(parameters, "TRANSITIONS", context)
            if archivo:
                editada = transicion.desde_rejilla(leer_rejilla(archivo), archivo, anio_inicio, anio_fin)
                transicion.guardar(store, escenario, variable, editada)
        elif self.parameterAsFile(parameters, "TRANSITIONS", context):
            raise PotError(tr("An edited matrix belongs to a scenario: give its code (SCENARIO)."))

        campos_obs = QgsFields()
        for nombre, tipo in (("zona", "texto"), ("desde", "texto"), ("hacia", "texto"), ("area_ha", "real"), ("probabilidad", "real")):
            campos_obs.append(compat.campo(nombre, tipo))
        campos_proy = QgsFields()
        for nombre, tipo in (("zona", "texto"), ("clase", "texto"), (f"ha_{anio_inicio}", "real"), (f"ha_{anio_fin}", "real"),
                             (f"ha_{horizonte}", "real"), ("cambio_ha", "real"), ("matriz", "texto")):
            campos_proy.append(compat.campo(nombre, tipo))
        sink_obs, destino_obs = self.parameterAsSink(parameters, "OUTPUT", context, campos_obs, QgsWkbTypes.NoGeometry,
                                                     QgsCoordinateReferenceSystem())
        sink_proy, destino_proy = self.parameterAsSink(parameters, "OUTPUT_PROJECTION", context, campos_proy, QgsWkbTypes.NoGeometry,
                                                       QgsCoordinateReferenceSystem())
        if sink_obs is None or sink_proy is None:
            raise PotError(tr("The output table cannot be created."))
        metodo, pasos_markov, ajuste = "", 0, 0.0
        for zona, (clases, areas) in tablas.items():
            observada = transicion.desde_areas(clases, areas, anio_inicio, anio_fin, zona)
            if store is not None:
                transicion.guardar(store, transicion.OBSERVADA, variable, observada)
            usada, origen = observada, tr("observed")
            if escenario:
                propia = transicion.cargar(store, escenario, variable, zona) or transicion.cargar(store, escenario, variable, "")
                if propia is None and zona == "":
                    transicion.guardar(store, escenario, variable, observada)  # the scenario starts from the trend: edit it
                elif propia is not None:
                    usada, origen = transicion.alinear(propia, clases), tr("scenario {code}").format(code=escenario)
                    usada.anio_inicio, usada.anio_fin = anio_inicio, anio_fin
            proyectado = transicion.proyectar(usada, areas.sum(axis=0), horizonte)
            metodo, pasos_markov, ajuste = proyectado["metodo"], proyectado["pasos"], max(ajuste, proyectado["ajuste"])
            for i, desde in enumerate(clases):
                for j, hacia in enumerate(clases):
                    if areas[i, j] > 0:
                        self._escribir(sink_obs, campos_obs, [zona, desde, hacia, float(areas[i, j]), float(observada.probabilidades[i, j])])
            for k, clase in enumerate(clases):
                a1, a2, ah = float(areas[k].sum()), float(areas[:, k].sum()), float(proyectado["areas"][k])
                self._escribir(sink_proy, campos_proy, [zona, clase, a1, a2, ah, ah - a2, origen])
        if metodo == "anual":
            feedback.pushWarning(tr(
                "The years to the horizon are not a whole number of periods of {years} years: a yearly matrix was derived "
                "(negative roots clipped and rows renormalised; largest adjustment {adjustment})."
            ).format(years=anio_fin - anio_inicio, adjustment=f"{ajuste:.4f}"))
        return {"OUTPUT": destino_obs, "OUTPUT_PROJECTION": destino_proy, "METHOD": metodo, "STEPS": pasos_markov,
                "ADJUSTMENT": ajuste, "UNCLASSIFIED_HA": sin_clase}

    @staticmethod
    def _escribir(sink, campos, valores):
        entidad = QgsFeature(campos)
        entidad.setAttributes(valores)
        if not sink.addFeature(entidad, QgsFeatureSink.FastInsert):
            raise PotError(tr("The output table refused the results: {error}").format(error=sink.lastError()))

    @staticmethod
    def _superponer(inicio, campo_inicio, fin, campo_fin, zonas, campo_zona, context, feedback):
        """(layer holding both dates and the zone, (start field, end field, zone field)): the first layer
        itself when nothing else is given, else the exact overlay of the layers (pot:sintesis_modelo_actual)."""
        misma = fin is None or fin.source() == inicio.source()
        capas = [inicio] + ([] if misma else [fin]) + ([zonas] if zonas is not None else [])
        if len(capas) == 1:
            if inicio.fields().indexOf(campo_fin) < 0:
                raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=inicio.name(), field=campo_fin))
            return inicio, (campo_inicio, campo_fin, "")
        if not misma and fin.fields().indexOf(campo_fin) < 0:
            raise PotError(tr("The layer “{layer}” has no field “{field}”.").format(layer=fin.name(), field=campo_fin))
        sintesis = QgsApplication.processingRegistry().createAlgorithmById("pot:sintesis_modelo_actual")
        if sintesis is None:
            raise PotError(tr("The Processing algorithm “{id}” is not available. Is the POT plugin fully installed?").format(
                id="pot:sintesis_modelo_actual"))
        salida = QgsProcessingUtils.generateTempFilename("transicion.gpkg")
        resultados, ok = sintesis.run({"LAYERS": capas, "MIN_AREA_HA": 0.0, "OUTPUT": salida}, context, feedback)
        if not ok or feedback.isCanceled():
            raise PotError(tr("The overlay of the land-cover layers failed."))
        capa = QgsVectorLayer(resultados["OUTPUT"], "transicion", "ogr")
        campos = (f"l1_{campo_inicio}", f"l1_{campo_fin}" if misma else f"l2_{campo_fin}",
                  f"l{len(capas)}_{campo_zona}" if zonas is not None else "")
        return capa, campos
