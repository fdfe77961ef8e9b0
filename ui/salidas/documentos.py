"""Section "Documents": the memoria descriptiva, the workshop pack for the Comisión Técnica and the
bundle for MINAM, each a "pot" algorithm run through the dock; when done, "Open PDF" / "Open folder"."""
from __future__ import annotations

import os
from pathlib import Path

from qgis.PyQt.QtWidgets import QFileDialog

from ...core.i18n import tr
from ...core.settings import ajustes
from ...salidas import validacion
from ...salidas.taller import TAMANOS_TALLER
from ..mensajes import accion_abrir
from ..seccion import Seccion


class SeccionDocumentos(Seccion):
    def construir(self):
        self.tamano_taller.addItems(list(TAMANOS_TALLER))
        self.tamano_taller.setCurrentText(ajustes.tamano_taller if ajustes.tamano_taller in TAMANOS_TALLER else "A1")
        self.tamano_taller.setToolTip(tr("Sheet size of the workshop pack"))
        self.tamano_taller.currentTextChanged.connect(lambda texto: setattr(ajustes, "tamano_taller", texto))
        self.boton_memoria.clicked.connect(lambda *_: self.memoria())
        self.boton_taller.clicked.connect(lambda *_: self.taller())
        self.boton_minam.clicked.connect(lambda *_: self.minam())

    def actualizar_botones(self):
        abierto = self.store is not None and not self.dock.ocupado
        for boton in (self.boton_memoria, self.boton_taller, self.boton_minam):
            boton.setEnabled(abierto)

    def _carpeta_mapas(self):
        carpeta = self.store.metadata().get(validacion.CLAVE_MAPAS, "")
        return carpeta if carpeta and os.path.isdir(carpeta) else ""

    def memoria(self, ruta: str = ""):
        store = self.store
        if not ruta:
            propuesta = str(store.path.with_name(store.path.stem + "_memoria.odt"))
            ruta, _ = QFileDialog.getSaveFileName(self, tr("Memoria descriptiva"), propuesta, "ODT (*.odt)")
        if not ruta or not self.dock.mapas.guardar():
            return
        ruta = ruta if ruta.lower().endswith(".odt") else ruta + ".odt"
        parametros = {"PROJECT": str(store.path), "OUTPUT": ruta, "OUTPUT_PDF": ruta[:-4] + ".pdf"}
        if self._carpeta_mapas():
            parametros["MAPS_FOLDER"] = self._carpeta_mapas()

        def listo(resultados):
            pdf = resultados.get("OUTPUT_PDF")
            acciones = ([accion_abrir(tr("Open PDF"), pdf)] if pdf and Path(pdf).is_file() else []) + [
                accion_abrir(tr("Open ODT"), resultados.get("OUTPUT") or ruta), accion_abrir(tr("Open folder"), Path(ruta).parent)]
            self.mensajes.exito(tr("Memoria"), tr("Written: {path}").format(path=resultados.get("OUTPUT") or ruta), acciones=acciones)
            self.session.notify()

        self.dock.ejecutar("pot:memoria_descriptiva", parametros, listo, tr("Descriptive report (memoria descriptiva)"),
                           titulo=tr("Memoria"))

    def taller(self, carpeta: str = ""):
        store = self.store
        numeros = self.dock.mapas.seleccionadas()
        if not carpeta:
            carpeta = QFileDialog.getExistingDirectory(self, tr("Folder for the workshop pack"), str(store.path.parent))
        if not carpeta or not self.dock.mapas.guardar():
            return

        def listo(resultados):
            acciones = [accion_abrir(tr("Open folder"), carpeta)]
            if resultados.get("COMPARISON"):
                acciones.insert(0, accion_abrir(tr("Open PDF"), resultados["COMPARISON"]))
            self.mensajes.exito(tr("Workshop pack"), tr("Written to {folder}.").format(folder=carpeta), acciones=acciones)

        self.dock.ejecutar("pot:paquete_taller", {"PROJECT": str(store.path), "OUTPUT_FOLDER": carpeta,
                                                  "SHEETS": ",".join(numeros), "SIZE": self.tamano_taller.currentIndex()},
                           listo, tr("Workshop pack"), titulo=tr("Workshop pack"))

    def minam(self, ruta: str = ""):
        store = self.store
        if not ruta:
            propuesta = str(store.path.with_name(store.path.stem + "_minam.zip"))
            ruta, _ = QFileDialog.getSaveFileName(self, tr("Bundle for MINAM"), propuesta, "ZIP (*.zip)")
        if not ruta or not self.dock.mapas.guardar():
            return
        parametros = {"PROJECT": str(store.path), "OUTPUT": ruta}
        if self._carpeta_mapas():
            parametros["MAPS_FOLDER"] = self._carpeta_mapas()

        def listo(resultados):
            salida = resultados.get("OUTPUT") or ruta
            self.mensajes.exito(tr("MINAM"), tr("Written: {path}").format(path=salida),
                                acciones=[accion_abrir(tr("Open folder"), Path(salida).parent)])

        self.dock.ejecutar("pot:paquete_minam", parametros, listo, tr("Bundle for MINAM's review"), titulo=tr("MINAM"))
