"""pot:consistencia_escenarios — consistent scenarios by Cross-Impact Balance, and the sensitivity table."""
from __future__ import annotations

import json

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from ..prospectiva import cib, escenarios
from .base import PotAlgorithm


class ConsistenciaEscenarios(PotAlgorithm):
    NAME = "consistencia_escenarios"
    GROUP_ID = "prospectiva"

    def display_name(self):
        return tr("Scenario consistency (cross-impact balance)")

    def help(self):
        return tr(
            "Finds the consistent scenarios that the cross-impact judgements admit (Cross-Impact Balance): the "
            "descriptors are the POT's strategic variables with two or more states; a judgement from −3 to +3 says "
            "how a state of one variable promotes or restrains a state of another. A scenario (one state per "
            "variable) is consistent when every chosen state has the highest impact balance of its variable. "
            "Every combination is enumerated exactly (up to 1,000,000). JUDGEMENTS imports a CSV/XLSX grid whose "
            "first row and column are VARIABLE:state. TOLERANCE admits weakly inconsistent scenarios. The output "
            "lists the consistent scenarios, best first, with their consistency value and total impact score and the "
            "stored scenario they match; SENSITIVITY says, for every stored scenario, where it goes when one "
            "strategic variable takes another state (the others following the succession), and is stored in the POT."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterFile("JUDGEMENTS", tr("Cross-impact judgements to import (CSV or XLSX)"),
                                                     fileFilter=tr("Matrices (*.csv *.xlsx)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber("TOLERANCE", tr("Tolerated inconsistency"), QgsProcessingParameterNumber.Integer,
                                                       0, False, 0, 9))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Consistent scenarios"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFeatureSink("SENSITIVITY", tr("Sensitivity of the scenarios"), QgsProcessing.TypeVector,
                                                            optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Consistent scenarios")))
        self.addOutput(QgsProcessingOutputNumber("COMBINATIONS", tr("Combinations examined")))
        self.addOutput(QgsProcessingOutputString("STORED", tr("Consistency of the stored scenarios (JSON)")))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        juicios = cib.desde_store(store)
        archivo = self.parameterAsFile(parameters, "JUDGEMENTS", context)
        if archivo:
            juicios = cib.leer_juicios(archivo, juicios.descriptores)
            cib.guardar_juicios(store, juicios)
        if not juicios.matriz.any():
            raise PotError(tr("The POT {path} has no cross-impact judgements yet: import them (JUDGEMENTS).").format(path=store.path))
        tolerancia = self.parameterAsInt(parameters, "TOLERANCE", context)
        encontrados = cib.consistentes(juicios, tolerancia)
        guardados = escenarios.cargar_escenarios(store)
        por_estados = {}
        for e in guardados:
            por_estados.setdefault(tuple(sorted((s.variable, s.estado) for s in e.estados
                                                if s.variable in {d.variable for d in juicios.descriptores})), e.codigo)

        campos = QgsFields()
        campos.append(compat.campo("orden", "entero"))
        for d in juicios.descriptores:
            campos.append(compat.campo(d.variable.lower()))
        for nombre, tipo in (("consistencia", "real"), ("impacto_total", "real"), ("escenario", "texto")):
            campos.append(compat.campo(nombre, tipo))
        sink, destino = self.parameterAsSink(parameters, "OUTPUT", context, campos, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise PotError(tr("The output table cannot be created."))
        for orden, e in enumerate(encontrados, start=1):
            entidad = QgsFeature(campos)
            clave = tuple(sorted(e["estados"].items()))
            entidad.setAttributes([orden] + [e["estados"][d.variable] for d in juicios.descriptores]
                                  + [e["consistencia"], e["impacto_total"], por_estados.get(clave, "")])
            sink.addFeature(entidad, QgsFeatureSink.FastInsert)

        consistencia_guardados = {}
        filas_sensibilidad = []
        for e in guardados:
            estados = {s.variable: s.estado for s in e.estados}
            if not all(d.variable in estados for d in juicios.descriptores):
                feedback.pushWarning(tr("Scenario {code} has no state for the strategic variable(s) {variables}.").format(
                    code=e.codigo, variables=", ".join(d.variable for d in juicios.descriptores if d.variable not in estados)))
                continue
            seleccion = juicios.seleccion(estados, e.codigo)
            consistencia_guardados[e.codigo] = float(cib.evaluar(juicios, [seleccion])[0][0])
            filas = cib.sensibilidad(juicios, estados, e.codigo)
            cib.guardar_sensibilidad(store, e.codigo, filas)
            filas_sensibilidad += [dict(f, escenario=e.codigo) for f in filas]
        if parameters.get("SENSITIVITY") is not None:
            columnas = [("escenario", "texto"), ("variable", "texto"), ("estado_nuevo", "texto"), ("variable_resultado", "texto"),
                        ("estado_antes", "texto"), ("estado_despues", "texto"), ("valor_antes", "real"), ("valor_despues", "real"),
                        ("balance_antes", "real"), ("balance_despues", "real"), ("consistente", "entero")]
            campos_s = QgsFields()
            for nombre, tipo in columnas:
                campos_s.append(compat.campo(nombre, tipo))
            sink_s, destino_s = self.parameterAsSink(parameters, "SENSITIVITY", context, campos_s, QgsWkbTypes.NoGeometry,
                                                     QgsCoordinateReferenceSystem())
            if sink_s is not None:
                for f in filas_sensibilidad:
                    entidad = QgsFeature(campos_s)
                    entidad.setAttributes([int(f[c]) if c == "consistente" else f[c] for c, _ in columnas])
                    sink_s.addFeature(entidad, QgsFeatureSink.FastInsert)
        feedback.pushInfo(tr("{count} consistent scenario(s) among {combinations} combinations.").format(
            count=len(encontrados), combinations=juicios.combinaciones))
        resultado = {"OUTPUT": destino, "COUNT": len(encontrados), "COMBINATIONS": juicios.combinaciones,
                     "STORED": json.dumps(consistencia_guardados)}
        if parameters.get("SENSITIVITY") is not None:
            resultado["SENSITIVITY"] = destino_s
        return resultado
