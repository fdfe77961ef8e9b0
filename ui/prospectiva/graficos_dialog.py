"""Dialog "Charts of the structural analysis": the four influence/dependence planes, the displacement
map direct → indirect and the graph of the strongest influences, drawn from the last run
(``prospectiva.graficos``, in the POT's document language); "Save charts…" writes them all as PNG and SVG."""
from __future__ import annotations

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QImage, QPixmap
from qgis.PyQt.QtWidgets import QDialog, QFileDialog, QLabel, QSizePolicy

from ...core.errors import PotError
from ...core.i18n import idioma_de_documentos, tr
from ...prospectiva import graficos
from ..formularios import cargar_ui, limitar_a_pantalla, ruta_ui
from ..mensajes import accion_abrir

ANCHO_DIBUJO, ALTO_DIBUJO = 1200, 900  # the charts' design size (fonts in pixels) for the screen


class ImagenAjustada(QLabel):
    """An image scaled to the label's size, keeping its shape; ``pulsada`` on a click."""

    pulsada = pyqtSignal()

    def mousePressEvent(self, evento):  # noqa: N802 (Qt API)
        super().mousePressEvent(evento)
        self.pulsada.emit()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.original = QImage()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)  # the text shown before there is a chart fits the dock's width
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(120, 90)

    def poner(self, original: QImage, texto: str = "") -> None:
        """Show ``original`` scaled; a null image shows ``texto`` instead."""
        self.original = original if original is not None else QImage()
        if self.original.isNull():
            self.setText(texto)
        self._escalar()

    def resizeEvent(self, evento):  # noqa: N802 (Qt API)
        super().resizeEvent(evento)
        self._escalar()

    def _escalar(self):
        if self.original.isNull():
            return
        self.setPixmap(QPixmap.fromImage(self.original.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                              Qt.TransformationMode.SmoothTransformation)))


def dibujos(resultado) -> list:
    """(tab title, drawing, file stem) of every chart of a run."""
    return [
        (tr("Direct plane"), graficos.plano(resultado, "directa"), "micmac_plano_directa"),
        (tr("Indirect plane"), graficos.plano(resultado, "indirecta"), "micmac_plano_indirecta"),
        (tr("Potential"), graficos.plano(resultado, "potencial"), "micmac_plano_potencial"),
        (tr("Potential indirect"), graficos.plano(resultado, "potencial_indirecta"), "micmac_plano_potencial_indirecta"),
        (tr("Displacement"), graficos.desplazamiento(resultado), "micmac_desplazamiento"),
        (tr("Graph"), graficos.grafo(resultado), "micmac_grafo"),
    ]


class GraficosDialog(QDialog):
    def __init__(self, store, resultado, mensajes, parent=None, pestana: int = 0):
        super().__init__(parent)
        cargar_ui(self, ruta_ui(type(self)))
        self.setObjectName("PotGraficosDialog")
        self.store = store
        self.resultado = resultado
        self.mensajes = mensajes
        with idioma_de_documentos(store):
            self.lista = dibujos(resultado)
        self.imagenes = []
        for titulo, _dibujo, _nombre in self.lista:
            etiqueta = ImagenAjustada()
            self.imagenes.append(etiqueta)
            self.pestanas.addTab(etiqueta, titulo)
        self.pestanas.currentChanged.connect(self._mostrar)
        self.pestanas.setCurrentIndex(pestana)
        self._mostrar(pestana)
        self.boton_guardar.clicked.connect(lambda *_: self.guardar())
        self.botones.rejected.connect(self.reject)
        limitar_a_pantalla(self, 900, 720)

    def _mostrar(self, indice: int) -> None:
        """Each chart is drawn the first time its tab is shown (milliseconds)."""
        if 0 <= indice < len(self.lista) and self.imagenes[indice].original.isNull():
            with idioma_de_documentos(self.store):
                self.imagenes[indice].poner(graficos.imagen(self.lista[indice][1], ANCHO_DIBUJO, ALTO_DIBUJO))

    def guardar(self, carpeta: str = "") -> list:
        carpeta = carpeta or QFileDialog.getExistingDirectory(self, tr("Folder for the charts"), str(self.store.path.parent))
        if not carpeta:
            return []
        try:
            with idioma_de_documentos(self.store):
                archivos = graficos.graficos_micmac(self.resultado, carpeta)
        except PotError as problema:
            self.mensajes.error(tr("Charts"), str(problema))
            return []
        self.mensajes.exito(tr("Charts"), tr("{count} files written to {folder}.", len(archivos)).format(
            count=len(archivos), folder=carpeta), acciones=[accion_abrir(tr("Open folder"), carpeta)])
        return archivos
