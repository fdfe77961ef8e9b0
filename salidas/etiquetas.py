"""Labels that could not be placed: QGIS's labelling engine drops a label silently when it finds
no room; the sheet asks for every name (``estilos.etiquetar`` allows overlaps), and this check
lists, by name, those that still did not make it onto the map, so the exporter can say so."""
from qgis.core import (
    QgsCoordinateTransform,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsMapRendererSequentialJob,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSizeF


CAMPO_ROTULO = "pot/campo_rotulo"  # custom property: the field ``estilos.etiquetar`` labels with


def _texto_esperado(layer, feature, contexto) -> str:
    campo = layer.customProperty(CAMPO_ROTULO, "") or ""
    if not campo and hasattr(layer.labeling(), "settings"):
        campo = layer.labeling().settings().fieldName
    if not campo:
        return ""
    if layer.fields().indexOf(campo) >= 0:
        valor = feature[campo]
    else:
        contexto.setFeature(feature)
        valor = QgsExpression(campo).evaluate(contexto)
    return "" if valor is None or str(valor) == "NULL" else str(valor).strip()


def etiquetas_perdidas(mapa, dpi: float = 96.0) -> dict:
    """{layer name: [names whose label is not on the map]} for the labelled layers of a layout map
    item; features whose label point lies outside the map are not expected."""
    if mapa is None:
        return {}
    rotuladas = [layer for layer in mapa.layers() if isinstance(layer, QgsVectorLayer) and layer.labelsEnabled()]
    if not rotuladas:
        return {}
    rect = mapa.rect()
    pixeles = QSizeF(rect.width() / 25.4 * dpi, rect.height() / 25.4 * dpi)
    ajustes = mapa.mapSettings(mapa.extent(), pixeles, dpi, False)
    ajustes.setLayers(rotuladas)
    trabajo = QgsMapRendererSequentialJob(ajustes)
    trabajo.start()
    trabajo.waitForFinished()
    resultados = trabajo.takeLabelingResults()
    colocadas = {}
    if resultados is not None:
        for posicion in resultados.allLabels():
            colocadas.setdefault(posicion.layerID, set()).add(posicion.featureId)
    perdidas = {}
    for layer in rotuladas:
        extent = mapa.extent()
        if layer.crs().isValid() and mapa.crs().isValid() and layer.crs() != mapa.crs():
            extent = QgsCoordinateTransform(mapa.crs(), layer.crs(), QgsProject.instance()).transformBoundingBox(extent)
        contexto = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        faltan = []
        for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(extent)):
            geometria = feature.geometry()
            if geometria is None or geometria.isEmpty():
                continue
            punto = geometria.pointOnSurface().asPoint()
            if not extent.contains(punto) or feature.id() in colocadas.get(layer.id(), set()):
                continue
            texto = _texto_esperado(layer, feature, contexto)
            if texto:
                faltan.append(texto)
        if faltan:
            perdidas[layer.name()] = sorted(set(faltan))
    return perdidas
