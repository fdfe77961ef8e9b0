"""Dialog "New POT" (form ``nuevo_pot_dialog.ui``): gathers the parameters of ``pot:crear_proyecto``
and runs it in a QgsTask.

It asks before the new POT replaces a project with unsaved changes. On success the new POT is
opened and the QGIS message bar names the CRS chosen; on failure the algorithm's message stays in
the dialog's bar ("Details" for all of it), and the dialog remains open to fix the inputs. The form
scrolls instead of growing past the screen.
"""
import os
from datetime import date

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsExpression,
)
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from ..core.settings import ajustes
from .formularios import cargar_ui, limitar_a_pantalla, ruta_ui
from .mensajes import Mensajero

ALG_ID = "pot:crear_proyecto"
ESCALAS = (25000, 50000, 100000, 250000)
ESCALA_PREDETERMINADA = 100000
MAX_VALORES = 5000  # distinct values offered by the filter list


def expresion_filtro(campo: str, valores) -> str:
    """The expression keeping the features whose ``campo`` is one of ``valores`` ("" = keep all)."""
    valores = [v for v in valores if v is not None and v != ""]
    if not campo or not valores:
        return ""
    if len(valores) == 1:
        return QgsExpression.createFieldEqualityExpression(campo, valores[0])
    return "{} IN ({})".format(
        QgsExpression.quotedColumnRef(campo), ", ".join(QgsExpression.quotedValue(v) for v in valores)
    )


def texto_escala(denominador: int) -> str:
    return "1:{:,}".format(denominador).replace(",", "\u202f")


def ruta_gpkg(texto: str) -> str:
    texto = (texto or "").strip().strip('"')
    if texto and not texto.lower().endswith(".gpkg"):
        texto += ".gpkg"
    return texto


class NuevoPotDialog(QDialog):
    """``session``: the PotSession that opens the result; ``barra``: the QGIS message bar (optional);
    ``confirmar()``: asked before the new POT replaces the current project (False cancels);
    ``abrir(ruta)``: opens the created POT (default ``session.abrir``)."""

    def __init__(self, session, barra=None, parent=None, confirmar=None, abrir=None):
        super().__init__(parent)
        cargar_ui(self, ruta_ui(type(self)))
        self.session = session
        self.barra_qgis = barra
        self.confirmar = confirmar
        self.abrir = abrir or session.abrir
        self.tarea = None
        self.resultado = None
        self.mensajes = Mensajero(self.barra, self)
        self.setMinimumWidth(520)
        limitar_a_pantalla(self, 620, 720, self.contenido)

        self.nivel.addItem(tr("Regional (Gobierno Regional)"), 0)
        self.nivel.addItem(tr("Provincial (Municipalidad Provincial)"), 1)
        self.horizonte.setRange(date.today().year + 1, 2100)
        self.horizonte.setValue(self._horizonte_predeterminado())
        for denominador in ESCALAS:
            self.escala.addItem(texto_escala(denominador), denominador)
        self.escala.setCurrentIndex(ESCALAS.index(ESCALA_PREDETERMINADA))
        self.capa.setFilters(compat.filtro_de_capas("poligono"))
        self.capa.setAllowEmptyLayer(True)
        self.capa.setLayer(None)
        self.campo.setAllowEmptyFieldName(True)
        self.valores.setDefaultText(tr("all features"))
        self.crs.setOptionVisible(QgsProjectionSelectionWidget.CrsNotSet, True)
        self.crs.setNotSetText(tr("Automatic: UTM zone of the ámbito"))
        self.crs.setCrs(QgsCoordinateReferenceSystem())
        self.salida.setStorageMode(QgsFileWidget.SaveFile)
        self.salida.setFilter(tr("GeoPackage (*.gpkg)"))
        self.salida.setDialogTitle(tr("Save the POT GeoPackage as"))
        if ajustes.ultima_carpeta:
            self.salida.setDefaultRoot(ajustes.ultima_carpeta)
        self.progreso.setRange(0, 100)
        self.progreso.setVisible(False)
        self.boton_crear = self.botones.addButton(tr("Create POT"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.botones.accepted.connect(self.crear)
        self.botones.rejected.connect(self.cancelar)
        self.entradas = (self.grupo_plan, self.grupo_ambito, self.grupo_salida)

        self.capa.layerChanged.connect(self._al_cambiar_capa)
        self.campo.fieldChanged.connect(self._al_cambiar_campo)
        self.valores.checkedItemsChanged.connect(self._al_cambiar_valores)
        self._ambito_nombre_auto = ""
        self._al_cambiar_capa(self.capa.currentLayer())

    @staticmethod
    def _horizonte_predeterminado() -> int:
        """The algorithm's own default, so the dialog and the Processing toolbox agree."""
        alg = QgsApplication.processingRegistry().algorithmById(ALG_ID)
        definicion = alg.parameterDefinition("HORIZON") if alg else None
        if definicion is not None and definicion.defaultValue():
            return int(definicion.defaultValue())
        return date.today().year + 10

    # -- the ámbito filter --------------------------------------------------------------
    def _al_cambiar_capa(self, layer):
        self.campo.setLayer(layer)
        self.campo.setField("")
        self._al_cambiar_campo("")

    def _al_cambiar_campo(self, nombre):
        self.valores.clear()
        layer = self.capa.currentLayer()
        self.valores.setEnabled(bool(layer and nombre))
        if not layer or not nombre:
            return
        indice = layer.fields().lookupField(nombre)
        if indice < 0:
            return
        valores = sorted(layer.uniqueValues(indice, MAX_VALORES), key=lambda v: (v is None, str(v)))
        for valor in valores:
            if valor is None or str(valor) == "NULL":
                continue
            self.valores.addItem(str(valor), valor)

    def _al_cambiar_valores(self, *_):
        """Name the ámbito after the single value kept, unless the user typed a name."""
        elegidos = self.valores.checkedItems()
        actual = self.ambito_nombre.text()
        if actual and actual != self._ambito_nombre_auto:
            return
        self._ambito_nombre_auto = elegidos[0] if len(elegidos) == 1 else ""
        self.ambito_nombre.setText(self._ambito_nombre_auto)

    def expresion(self) -> str:
        return expresion_filtro(self.campo.currentField(), self.valores.checkedItemsData())

    # -- running ------------------------------------------------------------------------
    def mostrar_mensaje(self, titulo: str, texto: str, error: bool = True):
        (self.mensajes.error if error else self.mensajes.aviso)(titulo, texto)

    def limpiar_mensaje(self):
        self.mensajes.limpiar()

    def problemas(self):
        problemas = []
        if not self.nombre.text().strip():
            problemas.append(tr("Give the POT a name."))
        if self.capa.currentLayer() is None:
            problemas.append(tr("Choose the polygon layer of the ámbito."))
        ruta = ruta_gpkg(self.salida.filePath())
        if not ruta:
            problemas.append(tr("Choose where to save the POT GeoPackage."))
        elif os.path.exists(ruta):
            problemas.append(tr("{path} already exists; choose a new file name (a POT is never overwritten).").format(path=ruta))
        return problemas

    def parametros(self) -> dict:
        crs = self.crs.crs()
        return {
            "NAME": self.nombre.text().strip(),
            "LEVEL": self.nivel.currentData(),
            "AMBITO": self.capa.currentLayer().id() if self.capa.currentLayer() else None,
            "FILTER": self.expresion(),
            "AMBITO_NAME": self.ambito_nombre.text().strip(),
            "HORIZON": self.horizonte.value(),
            "SCALE": self.escala.currentData(),
            "TEAM": self.equipo.text().strip(),
            "ENTITY": self.entidad.text().strip(),
            "CRS": crs if crs.isValid() else None,
            "OUTPUT": ruta_gpkg(self.salida.filePath()),
        }

    def crear(self):
        if self.tarea is not None:
            return
        self.limpiar_mensaje()
        problemas = self.problemas()
        if problemas:
            self.mostrar_mensaje(tr("New POT"), " ".join(problemas), error=False)
            return
        if self.confirmar is not None and not self.confirmar():
            return
        from .tareas import ejecutar_en_tarea

        parametros = self.parametros()
        try:
            self.tarea = ejecutar_en_tarea(
                ALG_ID, parametros, self._al_terminar, tr("Creating the POT {name}").format(name=parametros["NAME"])
            )
        except PotError as problem:
            self.mostrar_mensaje(tr("New POT"), str(problem))
            return
        self.tarea.progreso.connect(self.progreso.setValue)
        self._ocupado(True)

    def _ocupado(self, ocupado: bool):
        for grupo in self.entradas:
            grupo.setEnabled(not ocupado)
        self.boton_crear.setEnabled(not ocupado)
        self.progreso.setVisible(ocupado)
        self.progreso.setValue(0)

    def _al_terminar(self, ok: bool, resultados: dict, error: str):
        self.tarea = None
        self._ocupado(False)
        if not ok:
            self.mostrar_mensaje(tr("The POT was not created"), error)
            return
        self.resultado = resultados
        ruta = resultados.get("OUTPUT", "")
        try:
            self.abrir(ruta)
        except PotError as problem:
            self.mostrar_mensaje(tr("The POT was created but could not be opened"), str(problem))
            return
        if self.barra_qgis is not None:
            mensajes = resultados.get("MESSAGES") or []
            if isinstance(mensajes, str):
                mensajes = [mensajes]
            texto = tr("POT “{name}” created in {path}. CRS: {crs}.").format(
                name=self.nombre.text().strip(), path=ruta, crs=resultados.get("CRS", ""))
            Mensajero(self.barra_qgis, self.parent(), exclusivo=False).informar(
                tr("New POT"), texto, Qgis.Success, detalles="\n".join([texto] + mensajes))
        self.accept()

    def cancelar(self):
        if self.tarea is not None:
            self.tarea.cancelar()
            return
        self.reject()

    def closeEvent(self, event):  # noqa: N802
        if self.tarea is not None:  # closing the window must not orphan the running task
            self.tarea.cancelar()
        super().closeEvent(event)
