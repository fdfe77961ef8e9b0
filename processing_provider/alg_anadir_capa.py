"""pot:anadir_capa — copy a layer into the POT (clipped to the ámbito, reprojected, with stable
feature ids), optionally linking one of its fields to a dictionary variable through a value map."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingOutputVectorLayer,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ..core.errors import PotError
from ..core.i18n import tr
from ..diccionario import mapeo_valores, repositorio
from ..modelo_actual import recorte
from ..store.capas import capas_en_edicion, error_en_edicion, importar_capa, nombre_de_capa, publicar_en_proyecto
from ..store.codificacion import CODIFICACIONES, con_codificacion
from ..store.crear_pot import CAPA_AMBITO
from .base import PotAlgorithm

FASES = ["base", "fase1", "fase2", "fase3", "fase4"]


class AnadirCapa(PotAlgorithm):
    NAME = "anadir_capa"
    GROUP_ID = "proyecto"

    def display_name(self):
        return tr("Add layer to POT")

    def help(self):
        return tr(
            "Copies a vector layer into the POT GeoPackage, reprojected to the POT's CRS and clipped to its ámbito "
            "(untick “Clip to the ámbito” to keep the whole layer, e.g. a context layer), gives every feature a "
            "stable identifier (pot_uid), lists it among the POT's layers and shows it in the phase group of the "
            "POT's QGIS project. The source layer is only read. Optionally a field is linked to a dictionary "
            "variable: when its values are not the variable's class codes, a field named after the variable gets "
            "the codes through the value map (one “source value=class code” per line, or a two-column CSV file), "
            "then values equal to a class code or label (ignoring case and accents); values left unmatched are "
            "kept, listed by name with their feature counts, and shown in legends as not in the dictionary. "
            "With REPLACE, the POT layer of the same name is replaced whole (with its links to the dictionary for "
            "the fields the new layer still has) or not at all. A shapefile that declares no text encoding is read "
            "as UTF-8 when it is, else as Latin-1, with a warning."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Layer to add")))
        self.addParameter(QgsProcessingParameterString("NAME", tr("Name in the POT (empty: from the layer)"), optional=True))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title shown in legends (empty: the layer's name)"), optional=True))
        self.addParameter(
            QgsProcessingParameterEnum(
                "PHASE",
                tr("Layer-tree group"),
                options=[tr("Base and ámbito"), tr("Phase I"), tr("Phase II"), tr("Phase III"), tr("Phase IV")],
                defaultValue=0,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean("REPLACE", tr("Replace a POT layer of the same name"), False))
        self.addParameter(QgsProcessingParameterBoolean("CLIP", tr("Clip to the ámbito"), True))
        self.addParameter(QgsProcessingParameterString("FIELD", tr("Field holding a variable (optional)"), optional=True))
        self.addParameter(QgsProcessingParameterString("VARIABLE", tr("Variable code (optional)"), optional=True))
        self.addParameter(
            QgsProcessingParameterString(
                "VALUE_MAP", tr("Value map: one “source value=class code” per line, or a CSV file (optional)"),
                multiLine=True, optional=True,
            )
        )
        codificacion = QgsProcessingParameterEnum(
            "ENCODING",
            tr("Text encoding of a shapefile (automatic: the declared one, else UTF-8, else Latin-1)"),
            options=[tr("Automatic"), "UTF-8", "Latin-1 (ISO-8859-1)", "Windows-1252"],
            defaultValue=0,
        )
        codificacion.setFlags(codificacion.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(codificacion)
        self.addOutput(QgsProcessingOutputVectorLayer("OUTPUT", tr("POT layer")))
        self.addOutput(QgsProcessingOutputString("LINKED_FIELD", tr("Field linked to the variable")))
        self.addOutput(QgsProcessingOutputNumber("UNMATCHED", tr("Values without a class")))

    def _nombre(self, parameters, context, layer):
        return self.parameterAsString(parameters, "NAME", context) or nombre_de_capa(layer.name() if layer else "")

    def prepare(self, parameters, context, feedback):
        # Main thread: is the layer to replace being edited in the open project?
        self._en_edicion = []
        if self.parameterAsBool(parameters, "REPLACE", context):
            nombre = self._nombre(parameters, context, self.parameterAsVectorLayer(parameters, "INPUT", context))
            self._en_edicion = capas_en_edicion(self.ruta_pot(parameters, context), nombre)
        return True

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        if layer is None or not layer.isValid():
            raise PotError(tr("The layer to add to the POT cannot be read."))
        nombre = self._nombre(parameters, context, layer)
        if getattr(self, "_en_edicion", []):
            raise error_en_edicion(nombre, self._en_edicion)
        avisos = []
        layer = con_codificacion(layer, CODIFICACIONES[self.parameterAsEnum(parameters, "ENCODING", context)], avisos)
        campo = self.parameterAsString(parameters, "FIELD", context).strip()
        codigo = self.parameterAsString(parameters, "VARIABLE", context).strip()
        if bool(campo) != bool(codigo):
            raise PotError(tr("Give both the field and the variable to link, or neither."))
        crs = store.metadata().get("crs", "")
        from qgis.core import QgsCoordinateReferenceSystem

        crs = QgsCoordinateReferenceSystem(crs)
        if not crs.isValid():
            raise PotError(tr("The POT {path} has no valid CRS in its metadata.").format(path=store.path))
        recortar = self.parameterAsBool(parameters, "CLIP", context) and nombre != CAPA_AMBITO
        ambito = recorte.ambito_del_pot(store, CAPA_AMBITO) if recortar else None
        copia = recorte.preparar(layer, ambito, crs, context.transformContext(), recortar, feedback)
        if ambito is not None:
            feedback.pushInfo(tr("Clipped to the ámbito: {cut} features cut at its edge, {out} outside it left out (of {read}).").format(
                cut=copia.recortadas, out=copia.fuera, read=copia.leidas))
        elif recortar:
            feedback.pushWarning(tr("The POT has no ámbito layer: “{layer}” is copied whole.").format(layer=layer.name()))
        if copia.reparadas:
            feedback.pushInfo(tr("{count} invalid geometries repaired (make valid).").format(count=copia.reparadas))

        self._vinculo = None
        sin_clase = 0
        campo_clases = ""
        if campo:
            variable = repositorio.obtener(store, codigo)
            mapa = mapeo_valores.leer_mapa(self.parameterAsString(parameters, "VALUE_MAP", context))
            valores = mapeo_valores.contar_valores(copia.capa, campo)
            propuestas, directo = mapeo_valores.plan(valores, variable, mapa)
            campo_clases = campo
            if not directo:
                campo_clases = mapeo_valores.nombre_campo_clases(copia.capa, codigo)
                mapa_final = mapeo_valores.mapa_de(propuestas)
                mapeo_valores.escribir_campo_clases(copia.capa, campo, campo_clases, mapa_final)
                _informar(feedback, propuestas, campo, campo_clases, codigo)
            sin_clase = len(mapeo_valores.sin_clase(propuestas))
            self._vinculo = (campo_clases, codigo)
        nueva = importar_capa(
            store,
            copia.capa,
            nombre,
            FASES[self.parameterAsEnum(parameters, "PHASE", context)],
            self.parameterAsString(parameters, "TITLE", context) or layer.name(),
            self.parameterAsBool(parameters, "REPLACE", context),
            context.transformContext(),
            avisos=avisos,
        )
        for aviso in avisos:
            feedback.pushWarning(aviso)
        feedback.pushInfo(tr("{count} features copied into the POT as “{name}”.").format(count=nueva.featureCount(), name=nombre))
        self._publicar = (store, nombre)
        return {"OUTPUT": nueva.source(), "LINKED_FIELD": campo_clases, "UNMATCHED": sin_clase}

    def post_process(self, context, feedback):
        # Runs in the main thread: safe to touch the open QGIS project, the layer's form and style.
        store, nombre = self._publicar
        if self._vinculo is not None:
            from .alg_vincular_variable import vincular

            campo, codigo = self._vinculo
            vincular(store, nombre, campo, codigo, feedback)
        publicar_en_proyecto(store, [nombre])
        return {}


def _informar(feedback, propuestas, campo, campo_clases, codigo) -> None:
    """Say how the values found their classes, and name those that found none."""
    automaticas = [p for p in propuestas if p.motivo in (mapeo_valores.CODIGO, mapeo_valores.ETIQUETA) and p.valor != p.clase]
    if automaticas:
        feedback.pushInfo(tr("Matched by code or label: {pairs}.").format(
            pairs=", ".join(f"{p.valor} → {p.clase}" for p in automaticas[:30])))
    feedback.pushInfo(tr("The field “{target}” holds the classes of {code} for the values of “{field}”.").format(
        target=campo_clases, code=codigo, field=campo))
    faltan = mapeo_valores.sin_clase(propuestas)
    if faltan:
        feedback.pushWarning(tr("Values of “{field}” without a class in {code} (kept, and shown as not in the dictionary): {values}").format(
            field=campo, code=codigo, values=mapeo_valores.resumen_sin_clase(propuestas)))
