"""Dialog "Match values": the values a layer's field holds, with their feature counts, each
against a class of the chosen dictionary variable — proposed by code, then by label (ignoring case
and accents), or as the value map already written — and what stays without a class, named.

The layout is ``mapeo_valores_dialog.ui`` beside this file, loaded at run time; every visible text
is set here through ``tr``. The matching itself is ``diccionario.mapeo_valores`` (headless).
"""
from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QHeaderView, QMessageBox, QTableWidgetItem

from ..core.errors import PotError
from ..core.i18n import tr
from ..diccionario import mapeo_valores, repositorio

_FORMA, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
COL_VALOR, COL_ENTIDADES, COL_CLASE = range(3)
SIN_CLASE = QColor("#fde0dc")


class MapeoValoresDialog(QDialog, _FORMA):
    """``valores``: {value: feature count}; ``variable``: a dictionary Variable; ``mapa``: the map
    written so far ({value: class code})."""

    def __init__(self, valores: dict, variable, mapa=None, nombre_capa: str = "", campo: str = "", parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.variable = variable
        self.setWindowTitle(tr("Match values to the classes of {code}").format(code=variable.codigo))
        self.explicacion.setText(tr(
            "Each value of the field “{field}” of “{layer}” and the class of “{name}” it stands for. Proposed: "
            "the value map written so far, then the class whose code or label is the value (ignoring case and "
            "accents). Values left without a class are kept and shown as not in the dictionary."
        ).format(field=campo, layer=nombre_capa, name=variable.nombre))
        self.tabla.setHorizontalHeaderLabels([tr("Value in the layer"), tr("Features"), tr("Class")])
        self.tabla.horizontalHeader().setSectionResizeMode(COL_VALOR, QHeaderView.ResizeMode.Stretch)
        self.tabla.horizontalHeader().setSectionResizeMode(COL_ENTIDADES, QHeaderView.ResizeMode.ResizeToContents)
        self.propuestas = mapeo_valores.proponer(valores, variable, mapa or {})
        self.tabla.setRowCount(len(self.propuestas))
        for fila, propuesta in enumerate(self.propuestas):
            valor = QTableWidgetItem(propuesta.valor)
            valor.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            cuenta = QTableWidgetItem(str(propuesta.entidades))
            cuenta.setFlags(Qt.ItemFlag.ItemIsEnabled)
            cuenta.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tabla.setItem(fila, COL_VALOR, valor)
            self.tabla.setItem(fila, COL_ENTIDADES, cuenta)
            combo = QComboBox()
            combo.addItem(tr("(no class)"), None)
            for clase in variable.clases:
                combo.addItem(f"{clase.codigo} – {clase.etiqueta}", clase.codigo)
            combo.setCurrentIndex(max(combo.findData(propuesta.clase), 0) if propuesta.clase else 0)
            combo.currentIndexChanged.connect(lambda *_: self.actualizar())
            self.tabla.setCellWidget(fila, COL_CLASE, combo)
        self.botones.accepted.connect(self.accept)
        self.botones.rejected.connect(self.reject)
        self.actualizar()

    def mapa(self) -> dict:
        """{value: class code} as chosen (values without a class left out)."""
        elegido = {}
        for fila, propuesta in enumerate(self.propuestas):
            codigo = self.tabla.cellWidget(fila, COL_CLASE).currentData()
            if codigo:
                elegido[propuesta.valor] = codigo
        return elegido

    def texto(self, separador: str = ";") -> str:
        """The map as the registry's VALUE_MAP writes it (``value=code`` pairs)."""
        return separador.join(f"{valor}={codigo}" for valor, codigo in self.mapa().items())

    def sin_clase(self) -> list:
        elegido = self.mapa()
        return [p for p in self.propuestas if p.valor not in elegido]

    def actualizar(self) -> None:
        faltan = self.sin_clase()
        for fila, propuesta in enumerate(self.propuestas):
            fondo = QBrush(SIN_CLASE) if propuesta in faltan else QBrush()
            for columna in (COL_VALOR, COL_ENTIDADES):
                self.tabla.item(fila, columna).setBackground(fondo)
        if not faltan:
            self.resumen.setText(tr("Every value has a class."))
        else:
            self.resumen.setText(tr("{count} values without a class ({features} features): {values}").format(
                count=len(faltan), features=sum(p.entidades for p in faltan),
                values=", ".join(f"{p.valor} ({p.entidades})" for p in faltan[:12]) + (" …" if len(faltan) > 12 else "")))


def pedir_mapeo(parent, store, layer, campo: str, codigo: str, texto_actual: str = ""):
    """Open the dialog for ``campo`` of ``layer`` against the variable ``codigo``; the chosen map as
    ``value=code;…`` text, or None when cancelled or impossible (a message says why)."""
    if store is None or layer is None or not campo or not codigo:
        QMessageBox.information(parent, tr("Match values"), tr("Choose a layer, a field and a categorical variable first."))
        return None
    try:
        variable = repositorio.obtener(store, codigo)
        if not variable.es_categorica:
            raise PotError(tr("The variable {code} is numeric: a value map only applies to categorical variables.").format(
                code=codigo))
        valores = mapeo_valores.contar_valores(layer, campo)
        mapa = mapeo_valores.leer_mapa(texto_actual) if texto_actual.strip() else {}
    except PotError as error:
        QMessageBox.warning(parent, tr("Match values"), str(error))
        return None
    dialogo = MapeoValoresDialog(valores, variable, mapa, layer.name(), campo, parent)
    if dialogo.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialogo.texto()
