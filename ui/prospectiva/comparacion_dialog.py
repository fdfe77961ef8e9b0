"""Dialog "Comparison of the scenarios": the state of every strategic variable in each scenario
(``escenarios.tabla_estados``) and each scenario's layer against the current model
(``capa_escenario.tabla_comparativa``: area per class, total and area-weighted mean), exportable as CSV."""
from __future__ import annotations

from pathlib import Path

from qgis.PyQt.QtWidgets import QDialog, QFileDialog

from ...core.errors import PotError
from ...core.i18n import idioma_de_documentos, tr
from ...prospectiva import capa_escenario, escenarios
from ...prospectiva.matriz_archivo import escribir_rejilla
from ..formularios import cargar_ui, limitar_a_pantalla, ruta_ui
from ..mensajes import Mensajero, accion_abrir
from ..widgets import anadir_fila, preparar_tabla
from . import comun


def filas_estados(store) -> list:
    """The states table as rows of texts, header first."""
    tabla = escenarios.tabla_estados(store)
    nombres = {e.codigo: e.nombre for e in escenarios.cargar_escenarios(store)}
    filas = [[tr("Variable")] + [nombres.get(c, c) for c in tabla["escenarios"]]]
    for fila in tabla["filas"]:
        filas.append([comun.etiqueta(fila["variable"], {fila["variable"]: fila["nombre"]})]
                     + [fila["estados"].get(c) or "–" for c in tabla["escenarios"]])
    return filas


def filas_valores(store) -> list:
    """The mapped values table as rows of texts, header first (numbers as the interface writes them)."""
    with idioma_de_documentos(store):
        tabla = capa_escenario.tabla_comparativa(store)
    filas = [[tr("Variable"), tr("Class or measure"), tr("Unit")] + [c["nombre"] for c in tabla["columnas"]]]
    for fila in tabla["filas"]:
        unidad = "ha" if fila["medida"] == "area_ha" else fila["unidad"] or ""
        filas.append([fila["variable"], fila["etiqueta"], unidad]
                     + [comun.texto_de_numero(fila["valores"].get(c["codigo"]), 1) or "–" for c in tabla["columnas"]])
    return filas


class ComparacionDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        cargar_ui(self, ruta_ui(type(self)))
        self.setObjectName("PotComparacionDialog")
        self.store = store
        from qgis.gui import QgsMessageBar

        self.barra = QgsMessageBar(self)
        self.layout().insertWidget(0, self.barra)
        self.mensajes = Mensajero(self.barra, self)
        self.estados = filas_estados(store)
        self.valores = filas_valores(store)
        for tabla, filas in ((self.tabla_estados, self.estados), (self.tabla_valores, self.valores)):
            preparar_tabla(tabla, filas[0])
            for fila in filas[1:]:
                anadir_fila(tabla, fila)
            tabla.resizeColumnsToContents()
        if len(self.valores) == 1:
            self.etiqueta_valores.setText(tr("No scenario has a layer yet: create them in the Scenarios section (button “Layer”)."))
        self.boton_exportar.clicked.connect(lambda *_: self.exportar())
        self.botones.rejected.connect(self.reject)
        limitar_a_pantalla(self, 860, 560)

    def exportar(self, carpeta: str = "") -> list:
        carpeta = carpeta or QFileDialog.getExistingDirectory(self, tr("Folder for the tables"), str(self.store.path.parent))
        if not carpeta:
            return []
        try:
            rutas = [escribir_rejilla(Path(carpeta) / "escenarios_estados.csv", self.estados),
                     escribir_rejilla(Path(carpeta) / "escenarios_valores.csv", self.valores)]
        except PotError as problema:
            self.mensajes.error(tr("Comparison of scenarios"), str(problema))
            return []
        self.mensajes.exito(tr("Comparison of scenarios"), tr("Tables written to {folder}.").format(folder=carpeta),
                            acciones=[accion_abrir(tr("Open folder"), carpeta)])
        return rutas
