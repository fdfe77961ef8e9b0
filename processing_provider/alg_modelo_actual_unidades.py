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
    QgsWkbTypes,
)

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr, trd
from ..diccionario import vinculos
from ..modelo_actual import registro
from ..diccionario.estilo import estilo_por_variables_vinculadas
from ..store.capas import NOMBRE_RE, importar_capa, publicar_en_proyecto
from ..store.crear_pot import CAPA_AMBITO
from .base import PotAlgorithm

NOMBRE_PREDETERMINADO = "modelo_actual_unidades"


def capas_poligonales(store, nombres=None):
    """(entry, opened layer) of the registered polygon vector layers (all, or ``nombres`` in that order)."""
    entradas = registro.listar(store)
    if nombres:
        por_nombre = {c.nombre: c for c in entradas}
        faltan = [n for n in nombres if n not in por_nombre]
        if faltan:
            raise PotError(tr("No DIT layer “{name}” is registered in {path}.").format(name=faltan[0], path=store.path))
        entradas = [por_nombre[n] for n in nombres]
    elegidas = []
    for capa in entradas:
        if capa.tipo != registro.VECTOR:
            continue
        layer = registro.cargar_capa(capa)
        if layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            elegidas.append((capa, layer))
        elif nombres:
            raise PotError(tr("Layer “{name}” is not a polygon layer; the synthesis needs polygons.").format(name=capa.nombre))
    if not elegidas:
        raise PotError(tr("The POT has no registered polygon DIT layer: register some in “Register DIT layer”."))
    return elegidas


def anadir_campos_variables(unidades: QgsVectorLayer, elegidas) -> dict:
    """Add to the (temporary) units layer one field per mapped variable, holding the class codes after
    the value map. Returns new field → variable code."""
    nombres = {n.lower(): n for n in unidades.fields().names()}
    plan = []  # (source field index, new field name, Mapeo)
    usados = set(nombres)
    for numero, (capa, _layer) in enumerate(elegidas, start=1):
        for mapeo in capa.mapeos:
            origen = nombres.get(f"l{numero}_{mapeo.campo}"[:63].lower())
            if origen is None or not mapeo.variable:
                continue
            nuevo, n = mapeo.variable.lower(), 1
            while nuevo in usados:
                n += 1
                nuevo = f"{mapeo.variable.lower()}_{n}"
            usados.add(nuevo)
            plan.append((unidades.fields().indexOf(origen), nuevo, mapeo))
    if not plan:
        return {}
    proveedor = unidades.dataProvider()
    proveedor.addAttributes([compat.campo(nuevo) for _, nuevo, _ in plan])
    unidades.updateFields()
    destinos = [unidades.fields().indexOf(nuevo) for _, nuevo, _ in plan]
    cambios = {}
    for entidad in unidades.getFeatures():
        cambios[entidad.id()] = {d: mapeo.clase(entidad[i]) for (i, _, mapeo), d in zip(plan, destinos)}
    proveedor.changeAttributeValues(cambios)
    return {nuevo: mapeo.variable for _, nuevo, mapeo in plan}


class ModeloActualUnidades(PotAlgorithm):
    NAME = "modelo_actual_unidades"
    GROUP_ID = "modelo_actual"

    def display_name(self):
        return tr("Territorial units from the registered DIT layers")


    def help(self):
        return tr(
            "Runs the synthesis of the current territorial model on the registered DIT polygon layers (all, or "
            "the ones named), inside the POT's ámbito, and stores the units in the POT. For every mapped field "
            "the units get a field named after its variable (e.g. “zee”) holding the variable's class codes "
            "after the value mapping, linked to the dictionary, ready for the characterisation."
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

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        nombre = self.parameterAsString(parameters, "NAME", context).strip() or NOMBRE_PREDETERMINADO
        if not NOMBRE_RE.match(nombre):
            raise PotError(
                tr("“{name}” is not a valid POT layer name: use lowercase letters, digits and “_”, starting with a letter.").format(
                    name=nombre
                )
            )
        nombres = [n.strip() for n in self.parameterAsString(parameters, "LAYERS", context).split(";") if n.strip()]
        elegidas = capas_poligonales(store, nombres)
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
        campos = anadir_campos_variables(unidades, elegidas)
        nueva = importar_capa(
            store, unidades, nombre, "fase1", trd("Territorial units of the current model"),
            self.parameterAsBool(parameters, "REPLACE", context), context.transformContext(),
        )
        with store.connect() as conn:
            conn.execute("DELETE FROM pot_campos WHERE capa = ?", (nombre,))
        for campo, variable in campos.items():
            sin_clase = vinculos.vincular_campo(store, nueva, nombre, campo, variable)
            if sin_clase:
                feedback.pushWarning(
                    tr("Values of “{field}” without a class in “{code}”: {values}").format(
                        field=campo, code=variable, values=", ".join(sin_clase[:20])
                    )
                )
        vinculos.sincronizar(store, nueva, nombre)
        estilo_por_variables_vinculadas(store, nueva, nombre)  # the synthesis map speaks the dictionary
        feedback.pushInfo(tr("{count} territorial units stored in the POT as “{name}”.").format(count=nueva.featureCount(), name=nombre))
        self._publicar = (store, nombre)
        return {"OUTPUT": nueva.source(), "UNIT_COUNT": nueva.featureCount(), "FIELDS": json.dumps(campos)}

    def post_process(self, context, feedback):
        store, nombre = self._publicar
        publicar_en_proyecto(store, [nombre])
        return {}
