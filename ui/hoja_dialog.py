"""Dialog "Add a sheet" / "Re-target a sheet" of the map catalogue: which POT layer, by which of its
linked variables (or one sheet per variable), as a map or as a tiled series at the working scale.

It only gathers the parameters of ``pot:catalogo_mapas`` (``parametros()``); the dock runs it. The
layout is ``hoja_dialog.ui`` beside this file, loaded at run time; texts are set here via ``tr``.
"""
from pathlib import Path

from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QDialog

from ..core.i18n import tr
from ..diccionario import repositorio, vinculos
from ..salidas import catalogo

_FORMA, _ = uic.loadUiType(str(Path(__file__).with_suffix(".ui")))
ANADIR, REORIENTAR = 1, 3  # ACTION of pot:catalogo_mapas
TODAS = "*"


class HojaDialog(QDialog, _FORMA):
    def __init__(self, store, accion: int = ANADIR, hoja=None, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.store = store
        self.accion = accion
        self.hoja = hoja
        nuevo = accion == ANADIR
        self.setWindowTitle(tr("Add a sheet") if nuevo else tr("Re-target sheet {number}").format(number=hoja.numero))
        self.explicacion.setText(
            tr("A sheet of one POT layer, drawn by one of its linked variables; a tiled series prints it at the working "
               "scale on the IGN Carta Nacional 1:100 000 sheets (or a regular grid), with an index sheet.")
            if nuevo else tr("The sheet keeps its number, size and scale, and shows the layer and variable chosen here."))
        for rotulo, texto in ((self.rotulo_tipo, tr("Type")), (self.rotulo_capa, tr("Layer")), (self.rotulo_variable, tr("Variable")),
                              (self.rotulo_titulo, tr("Title")), (self.rotulo_tamano, tr("Size")), (self.rotulo_escala, tr("Scale 1:"))):
            rotulo.setText(texto)
        self.tipo.addItem(tr("Map"), 0)
        self.tipo.addItem(tr("Tiled series at the working scale"), 1)
        titulos = {r["capa"]: r["titulo"] or r["capa"] for r in store.registered_layers()}
        for capa in store.spatial_layers():
            self.capa.addItem(f"{titulos.get(capa, capa)} ({capa})", capa)
        self.tamano.addItems(list(catalogo.TAMANOS))
        self.tamano.setCurrentText("A3")
        self.escala.setRange(0, 10_000_000)
        self.escala.setSingleStep(5000)
        self.escala.setSpecialValueText(tr("auto"))
        self.titulo.setPlaceholderText(tr("(from the layer)"))
        self.nombres = {v.codigo: v.nombre for v in repositorio.cargar(store)}
        self.capa.currentIndexChanged.connect(lambda *_: self._variables())
        if hoja is not None:
            self.tipo.setEnabled(False)
            self.tamano.setEnabled(False)
            self.escala.setEnabled(False)
            destino = (hoja.capa_variable or {}).get("capa") or (hoja.capas[-1] if hoja.capas else "")
            self.capa.setCurrentIndex(max(self.capa.findData(destino), 0))
        self._variables()
        if hoja is not None and hoja.variable:
            self.variable.setCurrentIndex(max(self.variable.findData(hoja.variable), 0))
        self.botones.accepted.connect(self.accept)
        self.botones.rejected.connect(self.reject)

    def _variables(self) -> None:
        self.variable.clear()
        capa = self.capa.currentData()
        codigos = list(dict.fromkeys(vinculos.campos_vinculados(self.store, capa).values())) if capa else []
        for codigo in codigos:
            self.variable.addItem(f"{codigo} – {self.nombres.get(codigo, codigo)}", codigo)
        if self.accion == ANADIR and len(codigos) > 1:
            self.variable.addItem(tr("All of them, one sheet each"), TODAS)
        if not codigos:
            self.variable.addItem(tr("(none: the layer as it is drawn)"), "")

    def parametros(self) -> dict:
        """The parameters of pot:catalogo_mapas for what was chosen."""
        parametros = {"PROJECT": str(self.store.path), "ACTION": self.accion, "LAYER": self.capa.currentData() or "",
                      "VARIABLE": self.variable.currentData() or "", "TITLE": self.titulo.text().strip()}
        if self.accion == ANADIR:
            parametros.update({"TYPE": self.tipo.currentData(), "SIZE": catalogo.TAMANOS.index(self.tamano.currentText()),
                               "SCALE": self.escala.value()})
        else:
            parametros["SHEET"] = self.hoja.numero
        return parametros
