"""Dialog "Matrix of direct influences": one expert's matrix in the matrix editor, with its name and
expert; "Save" writes it to the POT only once it is valid (the offending cells are highlighted)."""
from __future__ import annotations

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox

from ...core.errors import PotError
from ...core.i18n import tr
from ...prospectiva import analisis_estructural, matriz as modulo_matriz
from ..formularios import cargar_ui, limitar_a_pantalla, ruta_ui
from ..mensajes import Mensajero
from .editor_matriz import EditorMatriz


class MatrizDialog(QDialog):
    def __init__(self, store, nombre: str = "", codigos=None, parent=None):
        """``nombre``: a stored matrix to edit; else a new one over ``codigos`` (default: the model's variables)."""
        super().__init__(parent)
        cargar_ui(self, ruta_ui(type(self)))
        self.setObjectName("PotMatrizDialog")
        self.store = store
        self.original = nombre
        nombres = analisis_estructural.nombres_del_diccionario(store)
        self.editor = EditorMatriz(nombres, analisis_estructural.codigos_del_diccionario(store), self, str(store.path.parent))
        self.contenedor_editor.layout().addWidget(self.editor)
        from qgis.gui import QgsMessageBar

        self.barra = QgsMessageBar(self)
        self.layout().insertWidget(0, self.barra)
        self.mensajes = Mensajero(self.barra, self)
        if nombre:
            matriz = analisis_estructural.cargar_matriz(store, nombre)
            fila = next((m for m in analisis_estructural.listar_matrices(store) if m["nombre"] == nombre), {})
            self.nombre.setText(nombre)
            self.experto.setText(fila.get("experto") or "")
            self.editor.cargar(matriz.rejilla())
        else:
            self.editor.vacia(list(codigos or []))
        self.botones.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save in the POT"))
        self.botones.accepted.connect(self.guardar)
        self.botones.rejected.connect(self.reject)
        limitar_a_pantalla(self, 920, 660)

    def guardar(self) -> bool:
        """Validate, then store the matrix under its name (renaming replaces the old one)."""
        nombre = self.nombre.text().strip()
        try:
            if not nombre:
                raise PotError(tr("A matrix needs a name (e.g. the expert's)."))
            existentes = {m["nombre"] for m in analisis_estructural.listar_matrices(self.store)}
            if nombre != self.original and nombre in existentes:
                raise PotError(tr("The POT already has a matrix “{name}”: choose another name.").format(name=nombre))
            matriz = self.editor.matriz()
            analisis_estructural.guardar_matriz(self.store, matriz, nombre, self.experto.text().strip() or nombre)
            if self.original and self.original != nombre:
                analisis_estructural.eliminar_matriz(self.store, self.original)
        except modulo_matriz.MatrizInvalida as invalida:
            self.mensajes.error(tr("Matrix not saved"), str(invalida))
            return False
        except PotError as problema:
            self.mensajes.error(tr("Matrix not saved"), str(problema))
            return False
        self.guardado = nombre
        self.accept()
        return True
