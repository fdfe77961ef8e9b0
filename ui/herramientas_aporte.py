"""Map tools to record a contribution where it belongs: a point (one click) or an area (clicks add
vertices; right-click or double-click closes it; Esc or Backspace undo). Each hands the geometry,
in the map's CRS, to ``al_capturar(QgsGeometry)``."""
from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsMapToolEmitPoint, QgsRubberBand
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

COLOR = QColor(192, 57, 43)


class HerramientaPunto(QgsMapToolEmitPoint):
    def __init__(self, canvas, al_capturar):
        super().__init__(canvas)
        self.al_capturar = al_capturar
        self.canvasClicked.connect(self._al_clic)

    def _al_clic(self, punto, boton):
        if boton == Qt.MouseButton.LeftButton:
            self.al_capturar(QgsGeometry.fromPointXY(QgsPointXY(punto)))


class HerramientaArea(QgsMapTool):
    def __init__(self, canvas, al_capturar):
        super().__init__(canvas)
        self.al_capturar = al_capturar
        self.puntos = []
        self.banda = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
        self.banda.setColor(QColor(COLOR.red(), COLOR.green(), COLOR.blue(), 70))
        self.banda.setStrokeColor(COLOR)
        self.banda.setWidth(2)

    def canvasReleaseEvent(self, event):  # noqa: N802 (QGIS API)
        if event.button() == Qt.MouseButton.RightButton:
            self.terminar()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.puntos.append(self.toMapCoordinates(event.pos()))
            self._dibujar()

    def canvasDoubleClickEvent(self, event):  # noqa: N802 (QGIS API)
        self.terminar()

    def keyPressEvent(self, event):  # noqa: N802 (QGIS API)
        if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and self.puntos:
            self.puntos.pop()
            self._dibujar()
            event.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.reiniciar()
            event.accept()

    def _dibujar(self):
        self.banda.reset(QgsWkbTypes.PolygonGeometry)
        for punto in self.puntos:
            self.banda.addPoint(QgsPointXY(punto), True)

    def terminar(self):
        puntos = [QgsPointXY(p) for p in self.puntos]
        # a double-click also released twice on the same spot: drop repeated vertices
        unicos = [p for i, p in enumerate(puntos) if i == 0 or p != puntos[i - 1]]
        self.reiniciar()
        if len(unicos) >= 3:
            geometria = QgsGeometry.fromPolygonXY([unicos + [unicos[0]]])
            if not geometria.isGeosValid():
                geometria = geometria.makeValid()
            self.al_capturar(geometria)

    def reiniciar(self):
        self.puntos = []
        self.banda.reset(QgsWkbTypes.PolygonGeometry)

    def deactivate(self):
        self.reiniciar()
        super().deactivate()
