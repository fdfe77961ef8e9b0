"""pot:analisis_estructural — MICMAC structural analysis: the four classifications, quadrants and charts."""
from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from ..prospectiva import analisis_estructural, graficos, micmac, variables
from ..prospectiva.matriz import AGREGACIONES, P_VALOR
from ..prospectiva.matriz_archivo import escribir_rejilla, leer_matriz
from .base import PotAlgorithm

UMBRALES = (micmac.MEDIA, micmac.MEDIANA)


def campos_salida() -> QgsFields:
    campos = QgsFields()
    campos.append(compat.campo("codigo"))
    campos.append(compat.campo("nombre"))
    for nombre in micmac.CLASIFICACIONES:
        campos.append(compat.campo(f"influencia_{nombre}", "real"))
        campos.append(compat.campo(f"dependencia_{nombre}", "real"))
    for nombre in micmac.CLASIFICACIONES:
        campos.append(compat.campo(f"rango_influencia_{nombre}", "entero"))
        campos.append(compat.campo(f"rango_dependencia_{nombre}", "entero"))
    campos.append(compat.campo("cuadrante"))
    campos.append(compat.campo("cuadrante_indirecto"))
    return campos


class AnalisisEstructural(PotAlgorithm):
    NAME = "analisis_estructural"
    GROUP_ID = "prospectiva"

    def display_name(self):
        return tr("Structural analysis (MICMAC)")

    def help(self):
        return tr(
            "Computes LIPSOR's four classifications of the variables from the matrix of direct influences "
            "(cell row→column: 0 none, 1 weak, 2 moderate, 3 strong, P potential): direct (row and column sums), "
            "indirect (powers of the matrix until the rankings by influence and by dependence repeat; the power "
            "reached and whether they were stable are reported), potential (P counts as the value of P) and "
            "potential-indirect. MATRIX is a CSV or XLSX file whose first row and first column hold the variable "
            "codes; several EXPERTS' files are aggregated cell by cell (median or mean) with the spread per cell. "
            "Without files, the experts' matrices stored in the POT are used. With a POT, the codes must be "
            "dictionary variables, and the matrices and results are stored in it. The output table has, per "
            "variable, the influences and dependences of the four classifications, their ranks (1 = highest) and "
            "the quadrant (motriz, enlace, dependiente, autonoma, reguladora) on the direct and indirect planes, "
            "with thresholds at the mean or the median. OUTPUT_FOLDER receives the charts (PNG and SVG): the four "
            "influence/dependence planes, the displacement map direct → indirect and the graph of the strongest "
            "influences, and, for several experts, their disagreements (dispersion_expertos.csv)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot(opcional=True)
        self.addParameter(QgsProcessingParameterFile(
            "MATRIX", tr("Matrix of direct influences (CSV or XLSX; empty: the one stored in the POT)"),
            fileFilter=tr("Matrices (*.csv *.xlsx)"), optional=True))
        self.addParameter(QgsProcessingParameterMultipleLayers(
            "EXPERTS", tr("Other experts' matrices (CSV or XLSX), aggregated with MATRIX"), QgsProcessing.TypeFile, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            "AGGREGATION", tr("Aggregation of several experts"), [tr("Median"), tr("Mean")], defaultValue=0))
        self.addParameter(QgsProcessingParameterNumber(
            "P_VALUE", tr("Value of P (potential influence) in the potential matrices"), QgsProcessingParameterNumber.Double,
            P_VALOR, False, 0.0, 3.0))
        self.addParameter(QgsProcessingParameterEnum(
            "THRESHOLD", tr("Quadrant thresholds"), [tr("Mean"), tr("Median")], defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            "MARK_STRATEGIC", tr("Mark the driving and linkage variables as strategic in the POT"), False))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Structural analysis"), QgsProcessing.TypeVector))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Folder for the charts"), optional=True,
                                                                  createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber("POWER", tr("Power reached (indirect)")))
        self.addOutput(QgsProcessingOutputNumber("STABLE", tr("Rankings stable (1) or not (0)")))
        self.addOutput(QgsProcessingOutputNumber("POWER_POTENTIAL", tr("Power reached (potential indirect)")))
        self.addOutput(QgsProcessingOutputString("STRATEGIC", tr("Suggested strategic variables (driving and linkage)")))
        self.addOutput(QgsProcessingOutputString("CHARTS", tr("Charts written (JSON list)")))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot_opcional(parameters, context)
        conocidos = analisis_estructural.codigos_del_diccionario(store) if store else None
        archivos = []
        principal = self.parameterAsFile(parameters, "MATRIX", context)
        if principal:
            archivos.append(principal)
        if parameters.get("EXPERTS"):
            archivos += [a for a in self.parameterAsFileList(parameters, "EXPERTS", context) if a]
        if archivos:
            matrices = [leer_matriz(a, conocidos) for a in archivos]
            expertos = [Path(a).stem for a in archivos]
            if len(set(expertos)) != len(expertos):
                expertos = [f"{k + 1}_{e}" for k, e in enumerate(expertos)]
        elif store is not None:
            matrices = analisis_estructural.matrices_de_expertos(store)
            with store.connect(readonly=True) as conn:
                expertos = [r[0] for r in conn.execute(
                    "SELECT nombre FROM pot_prosp_matrices WHERE tipo = ? ORDER BY fid", (analisis_estructural.EXPERTO,))]
            if not matrices:
                raise PotError(tr("The POT {path} has no matrix of direct influences yet: give a MATRIX file.").format(path=store.path))
        else:
            raise PotError(tr("Give a MATRIX file, or a POT that stores one."))
        feedback.pushInfo(tr("{count} matri(ces) of {n} variables.").format(count=len(matrices), n=matrices[0].n))
        metodo = AGREGACIONES[self.parameterAsEnum(parameters, "AGGREGATION", context)]
        umbral = UMBRALES[self.parameterAsEnum(parameters, "THRESHOLD", context)]
        p_valor = self.parameterAsDouble(parameters, "P_VALUE", context)
        nombres = analisis_estructural.nombres_del_diccionario(store) if store else None
        corrida = analisis_estructural.ejecutar(matrices, metodo, p_valor, umbral, nombres, expertos)
        r = corrida.resultado
        feedback.setProgress(40)

        campos = campos_salida()
        sink, destino = self.parameterAsSink(parameters, "OUTPUT", context, campos, QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise PotError(tr("The output table cannot be created."))
        entidades = []
        for fila in r.filas():
            entidad = QgsFeature(campos)
            entidad.setAttributes([fila[campos.at(i).name()] for i in range(campos.count())])
            entidades.append(entidad)
        if not sink.addFeatures(entidades, QgsFeatureSink.FastInsert):
            raise PotError(tr("The output table refused the results: {error}").format(error=sink.lastError()))

        graficos_escritos = []
        carpeta = self.parameterAsString(parameters, "OUTPUT_FOLDER", context) if parameters.get("OUTPUT_FOLDER") else ""
        if carpeta:
            Path(carpeta).mkdir(parents=True, exist_ok=True)
            graficos_escritos = [str(p) for p in graficos.graficos_micmac(r, carpeta)]
            if corrida.agregada is not None:
                filas = analisis_estructural.dispersion_expertos(corrida.agregada)
                cabecera = ["origen", "destino"] + corrida.agregada.expertos + ["agregado", "rango", "desviacion"]
                ruta_csv = escribir_rejilla(Path(carpeta) / "dispersion_expertos.csv",
                                            [cabecera] + [[_texto(f.get(c, "")) for c in cabecera] for f in filas])
                graficos_escritos.append(str(ruta_csv))
        feedback.setProgress(80)

        if store is not None:
            analisis_estructural.guardar_corrida(store, corrida, matrices if archivos else (), expertos if archivos else ())
            variables.asegurar(store, r.codigos)
            if self.parameterAsBool(parameters, "MARK_STRATEGIC", context):
                variables.marcar_estrategicas(store, r.estrategicas_sugeridas())
            _roles(store, r)
        estable = r.indirecta.estable
        (feedback.pushInfo if estable else feedback.pushWarning)(
            tr("Indirect classification: power {k}, rankings {state}.").format(
                k=r.indirecta.potencia, state=tr("stable") if estable else tr("not yet stable at the cap")))
        return {
            "OUTPUT": destino,
            "POWER": r.indirecta.potencia,
            "STABLE": int(estable),
            "POWER_POTENTIAL": r.potencial_indirecta.potencia,
            "STRATEGIC": ";".join(r.estrategicas_sugeridas()),
            "CHARTS": json.dumps(graficos_escritos),
        }


def _texto(valor) -> str:
    if isinstance(valor, float):
        return repr(round(valor, 6))
    return str(valor)


def _roles(store, resultado) -> None:
    """Each variable's role in words becomes its quadrant (direct / indirect) unless the team wrote another."""
    cuadrantes = set(micmac.CUADRANTES)
    por_codigo = {c: (q, qi) for c, q, qi in zip(resultado.codigos, resultado.cuadrante, resultado.cuadrante_indirecto)}
    for variable in variables.cargar(store):
        if variable.variable not in por_codigo:
            continue
        actual = variable.rol.split("/")[0].strip() if variable.rol else ""
        if actual and actual not in cuadrantes:
            continue
        q, qi = por_codigo[variable.variable]
        variable.rol = q if q == qi else f"{q} / {qi}"
        variables.guardar(store, variable)
