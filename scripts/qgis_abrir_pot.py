"""Run inside QGIS desktop (--code): open the POT named by $POT_ABRIR with the plugin and show its docks.

$POT_PANELES lists the panels to show (default "navegador,diccionario"). With $POT_CAPTURA set, save a
screenshot of the main window there and quit (used under Xvfb); with $POT_INFORME set, also write a
JSON report (plugin loaded, its load time, docks shown, errors logged).

$POT_RECORRIDO=<folder>: a tour for the screenshots of the tests and of the user guide: every dock
(each section of the modelo actual, each tab of the outputs) raised in turn in the main window, and
every dialog (New POT, variable, contribution form, About, Details), each saved as
<folder>/<$POT_PREFIJO><name>.png; the JSON report ($POT_INFORME) then also says whether the window, the
docks, the dialogs and their buttons fit the screen. QGIS is closed normally, so it saves the window.

$POT_REINICIO=1 (with $POT_INFORME): open nothing; once QGIS has started, report which POT docks came
back by themselves and QGIS's recent projects, then quit.

Any modal dialog that pops up outside the tour (e.g. QGIS's "Handle Unavailable Layers") is recorded
in the report ("dialogos_modales") and closed so that the run goes on; "capas_invalidas" lists the
layers that did not open.
"""
import json
import os

from qgis.core import Qgis, QgsApplication, QgsGeometry, QgsPointXY, QgsProject, QgsSettings
from qgis.PyQt.QtCore import QRect, QTimer
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QApplication, QDockWidget, QPushButton
from qgis.utils import active_plugins, iface, plugin_times, plugins

errores = []
informe = {}
PREFIJO = os.environ.get("POT_PREFIJO", "")
dialogos_modales = []


def _vigilar_dialogos():
    if os.environ.get("POT_RECORRIDO"):  # the tour opens dialogs on purpose
        return
    modal = QApplication.activeModalWidget()
    if modal is not None:
        dialogos_modales.append(f"{type(modal).__name__}: {modal.windowTitle()}")
        modal.close()
    QTimer.singleShot(200, _vigilar_dialogos)


def _registrar(mensaje, etiqueta, nivel):
    if nivel == Qgis.Critical or etiqueta.startswith("Python"):
        errores.append(f"[{etiqueta}] {mensaje}")


QgsApplication.messageLog().messageReceived.connect(_registrar)


def _docks_pot():
    return [d for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName().startswith("Pot") and d.isVisible()]


def _recientes():
    settings = QgsSettings()
    settings.beginGroup("UI/recentProjects")
    rutas = [settings.value(f"{grupo}/path", "") for grupo in sorted(settings.childGroups(), key=lambda g: int(g) if g.isdigit() else 0)]
    settings.endGroup()
    return rutas


def _escribir_informe(**extra):
    if not os.environ.get("POT_INFORME"):
        return
    informe.update({
        "activo": "pot_cartografia" in active_plugins,
        "tiempo_carga": plugin_times.get("pot_cartografia", ""),
        "docks": [d.objectName() for d in _docks_pot()],
        "capas": sorted(layer.name() for layer in QgsProject.instance().mapLayers().values()),
        "capas_invalidas": sorted(layer.name() for layer in QgsProject.instance().mapLayers().values() if not layer.isValid()),
        "dialogos_modales": dialogos_modales,
        "menu": [a.text() for a in iface.mainWindow().menuBar().actions()],
        "acciones_pot": [a.text() for a in plugins["pot_cartografia"].menu.actions() if a.text()],
        "recientes": _recientes(),
        "errores": errores,
    })
    informe.update(extra)
    temporal = os.environ["POT_INFORME"] + ".tmp"
    with open(temporal, "w", encoding="utf-8") as handle:
        json.dump(informe, handle, ensure_ascii=False, indent=1)
    os.replace(temporal, os.environ["POT_INFORME"])


_saliendo = []


def _salir():
    if _saliendo:
        return
    _saliendo.append(1)
    for layer in QgsProject.instance().mapLayers().values():  # no "stop editing?" prompt either
        if hasattr(layer, "isEditable") and layer.isEditable():
            layer.rollBack()
    QgsProject.instance().setDirty(False)  # no "save changes?" prompt on the way out
    iface.actionExit().trigger()


# -- the classic run: open, show, one screenshot ---------------------------------------------------
def _abrir():
    plugin = plugins["pot_cartografia"]
    plugin.abrir_pot(os.environ["POT_ABRIR"])
    for panel in os.environ.get("POT_PANELES", "navegador,diccionario").split(","):
        plugin.abrir_panel(panel)
    iface.mapCanvas().zoomToFullExtent()
    if os.environ.get("POT_RECORRIDO"):
        QTimer.singleShot(3000, _recorrido)
    elif os.environ.get("POT_CAPTURA"):
        QTimer.singleShot(4000, _capturar)


def _capturar():
    iface.mainWindow().grab().save(os.environ["POT_CAPTURA"])
    _escribir_informe()
    _salir()


# -- the tour ---------------------------------------------------------------------------------------
def _esperar(ms=400):
    from qgis.PyQt.QtCore import QEventLoop, QTime

    fin = QTime.currentTime().addMSecs(ms)
    while QTime.currentTime() < fin:
        QgsApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _rect(widget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def _cabe(widget, pantalla) -> bool:
    return pantalla.contains(_rect(widget))


def _guardar(widget, nombre):
    widget.grab().save(os.path.join(os.environ["POT_RECORRIDO"], f"{PREFIJO}{nombre}.png"))


def _botones_fuera(widget, pantalla):
    """Visible buttons of ``widget`` that are not wholly on the screen (they could not be clicked)."""
    fuera = []
    for boton in widget.findChildren(QPushButton):
        if boton.isVisible() and not boton.visibleRegion().isEmpty() and not pantalla.contains(_rect(boton)):
            fuera.append(f"{widget.objectName()}:{boton.objectName() or boton.text()}")
    return fuera


def _recorrido():
    plugin = plugins["pot_cartografia"]
    ventana = iface.mainWindow()
    # Maximised on a laptop whose taskbar and title bar take about 68 px (Xvfb has no window manager).
    libre = QGuiApplication.primaryScreen().availableGeometry()
    ventana.setGeometry(libre.x(), libre.y(), libre.width(), libre.height() - 68)
    _esperar(1500)
    iface.mapCanvas().zoomToFullExtent()
    pantalla = QGuiApplication.primaryScreen().availableGeometry().adjusted(0, 0, 0, -68)
    medidas = {"pantalla": [pantalla.width(), pantalla.height()], "ventana": [ventana.frameGeometry().width(),
                                                                              ventana.frameGeometry().height()]}
    fuera = []
    docks = plugin.docks
    _esperar(800)
    _guardar(ventana, "ventana")
    medidas["docks"] = {}
    for panel, dock in docks.items():
        dock.raise_()
        _esperar()
        medidas["docks"][panel] = {"cabe": _cabe(dock, pantalla), "alto": dock.height(), "ancho": dock.width()}
        fuera += _botones_fuera(dock, pantalla)
        _guardar(ventana, f"ventana_{panel}")
        _guardar(dock, f"dock_{panel}")
    modelo = docks.get("modelo_actual")
    if modelo is not None:
        modelo.raise_()
        for indice in range(modelo.ui.selector.count()):
            modelo.ir_a(indice)
            _esperar()
            accion = {1: modelo.revision.validar, 3: modelo.caracterizacion.caracterizar}.get(indice)
            if accion is not None:  # show the results, as after a click
                accion()
                while modelo.ocupado:
                    _esperar(200)
                _esperar()
            fuera += _botones_fuera(modelo, pantalla)
            _guardar(ventana, f"modelo_actual_{indice + 1}")
        modelo.ir_a(0)
    prospectiva = docks.get("prospectiva")
    if prospectiva is not None:  # every section of Pasos 02–04, one at a time
        prospectiva.raise_()
        for indice in range(prospectiva.ui.selector.count()):
            prospectiva.ir_a(indice)
            _esperar()
            fuera += _botones_fuera(prospectiva, pantalla)
            _guardar(ventana, f"prospectiva_{indice + 1}")
        prospectiva.ir_a(0)
    salidas = docks.get("salidas")
    if salidas is not None:
        salidas.raise_()
        for indice in range(salidas.ui.pestanas.count()):
            salidas.ui.pestanas.setCurrentIndex(indice)
            _esperar()
            fuera += _botones_fuera(salidas, pantalla)
            _guardar(ventana, f"salidas_{indice + 1}")
        salidas.ui.pestanas.setCurrentIndex(0)

    dialogos = {}

    def dialogo(nombre, widget):
        widget.show()
        widget.raise_()
        _esperar(600)
        marco = widget.frameGeometry()
        dialogos[nombre] = {"cabe": pantalla.contains(marco) or (marco.height() <= pantalla.height()
                                                                and marco.width() <= pantalla.width()),
                            "alto": marco.height(), "ancho": marco.width()}
        _guardar(widget, f"dialogo_{nombre}")
        widget.close()

    plugin.nuevo_pot()
    dialogo("nuevo_pot", plugin.dialogo_nuevo)
    diccionario = docks.get("diccionario")
    if diccionario is not None:
        dialogo("variable_nueva", diccionario._dialogo(None))
        variable = next(iter(diccionario.variables), None)
        if variable is not None:
            editar = diccionario._dialogo(variable)
            editar.pestanas.setCurrentWidget(editar.pestana_clases)
            dialogo("variable_clases", editar)
    if modelo is not None and plugin.session.store is not None:
        centro = iface.mapCanvas().extent().center()
        formulario = modelo.aportes.formulario(QgsGeometry.fromPointXY(QgsPointXY(centro)))
        formulario.attributeForm().changeAttribute("texto", "La trocha carrozable a Nueva Italia no figura en el mapa de vías.")
        dialogo("aporte", formulario)
    plugin.acerca_de()
    dialogo("acerca", plugin.ventanas[-1])
    if diccionario is not None:
        diccionario.mensajes.aviso("Importar variables", "No se pudo leer /datos/equipo/diccionario_2024_final_revisado.xlsx: "
                                   "la columna «codigo» falta en la hoja «variables». " + "Revise el archivo. " * 8)
        _esperar()
        _guardar(diccionario, "mensaje")
        botones = [b for b in diccionario.barra.findChildren(QPushButton) if b.objectName() == "detalles"]
        if botones:
            botones[0].click()
            dialogo("detalles", diccionario.mensajes.detalles)
    _escribir_informe(medidas=medidas, dialogos=dialogos, botones_fuera=fuera)
    _salir()


# -- restart: what came back by itself ----------------------------------------------------------------
def _reinicio():
    if not _saliendo:
        _escribir_informe()
    _salir()


if os.environ.get("POT_REINICIO"):
    iface.initializationCompleted.connect(lambda: QTimer.singleShot(3000, _reinicio))
    QTimer.singleShot(15000, _reinicio)  # in case initializationCompleted was already emitted
else:
    QTimer.singleShot(1500, _abrir)
    QTimer.singleShot(200, _vigilar_dialogos)
