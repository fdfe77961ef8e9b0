"""pot:catalogo_mapas — the living map catalogue: regenerate it from the POT's contents, add,
remove or re-target sheets (e.g. the units map by another variable, a tiled series)."""
import json

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core.errors import PotError
from ..core.i18n import tr
from ..salidas import catalogo
from .base import PotAlgorithm

ACCIONES = ("regenerar", "anadir", "quitar", "reorientar", "listar")


class CatalogoMapas(PotAlgorithm):
    NAME = "catalogo_mapas"
    GROUP_ID = "salidas"

    def display_name(self):
        return tr("Map catalogue")

    def help(self):
        return tr(
            "Keeps the POT's map catalogue up to date. Regenerate: sheets follow what the POT holds (a layer added "
            "later gets a sheet at the end, a removed one loses it) keeping the numbers, order, titles, sizes and "
            "scales the team set. Add: a sheet of a POT layer by one of its linked variables (all of them, one sheet "
            "each, with the variable “*”), or a tiled series of it at the working scale (type “series”: an index "
            "sheet and one sheet per tile of the IGN Carta Nacional 1:100 000, or of a regular grid at other "
            "scales). Remove: a sheet (an automatic one stays removed). Re-target: point a sheet at another layer "
            "or variable. List: the catalogue as JSON."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.agregar_parametro_pot()
        self.addParameter(QgsProcessingParameterEnum(
            "ACTION", tr("Action"), options=[tr("Regenerate"), tr("Add"), tr("Remove"), tr("Re-target"), tr("List")],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterString("SHEET", tr("Sheet number (remove, re-target)"), optional=True))
        self.addParameter(QgsProcessingParameterString("LAYER", tr("POT layer (add, re-target)"), optional=True))
        self.addParameter(QgsProcessingParameterString(
            "VARIABLE", tr("Variable code (empty: the layer's first linked one; * : one sheet per linked variable)"), optional=True))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title (empty: from the layer)"), optional=True))
        self.addParameter(QgsProcessingParameterEnum("TYPE", tr("Sheet type"), options=[tr("map"), tr("tiled series")],
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum("SIZE", tr("Sheet size"), options=list(catalogo.TAMANOS), defaultValue=1))
        self.addParameter(QgsProcessingParameterNumber(
            "SCALE", tr("Scale denominator (0: automatic; a series: the working scale)"), QgsProcessingParameterNumber.Integer,
            defaultValue=0, minValue=0))
        self.addOutput(QgsProcessingOutputString("SHEETS", tr("Sheets (JSON)")))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Number of sheets")))

    def process(self, parameters, context, feedback):
        store = self.abrir_pot(parameters, context)
        accion = ACCIONES[self.parameterAsEnum(parameters, "ACTION", context)]
        numero = self.parameterAsString(parameters, "SHEET", context).strip()
        capa = self.parameterAsString(parameters, "LAYER", context).strip()
        variable = self.parameterAsString(parameters, "VARIABLE", context).strip()
        titulo = self.parameterAsString(parameters, "TITLE", context).strip()
        tipo = ("mapa", "serie")[self.parameterAsEnum(parameters, "TYPE", context)]
        tamano = catalogo.TAMANOS[self.parameterAsEnum(parameters, "SIZE", context)]
        escala = self.parameterAsInt(parameters, "SCALE", context) or None
        if accion == "regenerar":
            hojas, anadidas, quitadas = catalogo.actualizar(store)
            for hoja in anadidas:
                feedback.pushInfo(tr("Sheet {number} added: {title}.").format(number=hoja.numero, title=hoja.titulo))
            for hoja in quitadas:
                feedback.pushInfo(tr("Sheet {number} removed: what it showed is no longer in the POT.").format(number=hoja.numero))
        elif accion == "anadir":
            if not capa:
                raise PotError(tr("Name the POT layer of the new sheet."))
            codigos = [variable]
            if variable == "*":
                from ..diccionario import vinculos

                codigos = list(dict.fromkeys(vinculos.campos_vinculados(store, capa).values()))
                if not codigos:
                    raise PotError(tr("No field of the layer “{layer}” is linked to a variable.").format(layer=capa))
            for codigo in codigos:
                hoja = catalogo.hoja_de_capa(store, capa, codigo, titulo=titulo if len(codigos) == 1 else "", tipo=tipo)
                hoja.tamano, hoja.escala = tamano, escala
                if tipo == "serie" and not titulo:
                    from ..core.i18n import trd

                    hoja.titulo = trd("Series at the working scale: {title}").format(title=hoja.titulo)
                hoja = catalogo.anadir(store, hoja)
                feedback.pushInfo(tr("Sheet {number} added: {title}.").format(number=hoja.numero, title=hoja.titulo))
            hojas = catalogo.cargar(store)
        elif accion == "quitar":
            hoja = catalogo.quitar(store, numero)
            feedback.pushInfo(tr("Sheet {number} removed.").format(number=hoja.numero))
            hojas = catalogo.cargar(store)
        elif accion == "reorientar":
            if not capa:
                raise PotError(tr("Name the POT layer the sheet should show."))
            hoja = catalogo.reorientar(store, numero, capa, variable, titulo=titulo)
            feedback.pushInfo(tr("Sheet {number} now shows {title}.").format(number=hoja.numero, title=hoja.titulo))
            hojas = catalogo.cargar(store)
        else:
            hojas = catalogo.cargar(store)
        listado = [{"numero": h.numero, "titulo": h.titulo, "tipo": h.tipo, "capas": h.capas, "variable": h.variable,
                    "tamano": h.tamano, "escala": h.escala} for h in hojas]
        return {"SHEETS": json.dumps(listado, ensure_ascii=False), "COUNT": len(hojas)}
