"""UI responsiveness: the longest main-thread stall of each dock action on a real Ucayali POT.

A 10 ms timer ticks in the main thread while an action runs, from the click until the dock is idle
again (its task finished); the longest gap between two ticks, minus the 10 ms, is how long QGIS
could not repaint or answer a click. Goal: under 0.3 s for every action. The docks are the real
ones (``ui/``), driven in code as a user drives them, on an offscreen QGIS with widgets.

The POT is the regional POT of Ucayali, created through the New POT dialog from the department's
limit (``../shared/data/peru/ucayali``, EPSG:4326 as published); the DIT layers registered are the
published 4326 files too: national protected areas, communal reserves, regional and private
conservation areas, native communities (287 polygons), indigenous reserves, districts, the
departmental road network and the 21,167 street axes.

The peer for the check of the layers is the coverage computed as the plugin did before (the union
of a whole layer intersected with the ámbito in one GEOS call), timed in the same run: the check of
the 287 native communities in the provincial POT of Coronel Portillo, as published (EPSG:4326) and in
their UTM copy, with either method.

Usage: .venv/bin/python benchmarks/bench_ui.py [--exports] [--out DIR]
  --exports  also the memoria and the workshop pack (minutes; main-thread print layouts)
Numbers taken on a shared 2-core machine are noisy: compare ratios and orders of magnitude.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
RAIZ = Path(__file__).resolve().parents[1]
DATOS = RAIZ.parent / "shared" / "data" / "peru"
OBJETIVO_S = 0.3
TICK_S = 0.010


def preparar_qgis():
    enlace = Path(tempfile.mkdtemp(prefix="pot_bench_pkg_"))
    (enlace / "pot_cartografia").symlink_to(RAIZ, target_is_directory=True)
    sys.path.insert(0, str(enlace))
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from pot_cartografia.processing_provider.provider import PotProvider

    proveedor = PotProvider()
    QgsApplication.processingRegistry().addProvider(proveedor)
    return app, proveedor


class Medidor:
    """Runs an action from the event loop and keeps the longest gap between 10 ms ticks."""

    def __init__(self, app):
        from qgis.PyQt.QtCore import QTimer

        self.app = app
        self.filas = []
        self.timer = QTimer()
        self.timer.setInterval(int(TICK_S * 1000))
        self.timer.timeout.connect(self._tic)
        self._ultimo = 0.0
        self._mayor = 0.0

    def _tic(self):
        ahora = time.perf_counter()
        self._mayor = max(self._mayor, ahora - self._ultimo)
        self._ultimo = ahora

    def medir(self, nombre, accion, listo=lambda: True, limite_s=1800):
        from qgis.PyQt.QtCore import QEventLoop, QTimer

        lanzada = []
        self._mayor = 0.0
        self._ultimo = time.perf_counter()
        self.timer.start()
        inicio = time.perf_counter()
        QTimer.singleShot(0, lambda: (accion(), lanzada.append(1)))
        while not (lanzada and listo()):
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
            time.sleep(0.001)
            if time.perf_counter() - inicio > limite_s:
                raise TimeoutError(nombre)
        # one more tick after the end, so a stall in the last callback is seen
        fin = time.perf_counter()
        while time.perf_counter() - fin < 2 * TICK_S:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        self._tic()
        self.timer.stop()
        total = fin - inicio
        atasco = max(0.0, self._mayor - TICK_S)
        self.filas.append((nombre, total, atasco))
        print(f"  {nombre:<48} {total:8.2f} s   longest stall {atasco:6.3f} s {'✔' if atasco < OBJETIVO_S else '✘'}",
              flush=True)
        return atasco


def capa(nombre):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(DATOS / "ucayali" / f"{nombre}.gpkg"), nombre, "ogr")
    assert layer.isValid(), nombre
    return layer


DIT = (  # (file, theme, field, variable, value map)
    ("10_anp_nacional_ucayali", "zee_bioecologico", "anp_cate", "ANP", "Parque Nacional=PN;Reserva Comunal=RC"),
    ("10_reservas_comunales_ucayali", "zee_bioecologico", "ANP_CATE", "ANP", "Reserva Comunal=RC"),
    ("10_areas_conservacion_regional_ucayali", "zee_bioecologico", "", "", ""),
    ("10_areas_conservacion_privada_ucayali", "zee_bioecologico", "", "", ""),
    ("20_comunidades_nativas_ucayali", "zee_historico_cultural", "", "", ""),
    ("21_reservas_territoriales_indigenas", "zee_historico_cultural", "", "", ""),
    ("02_limites_distritos_ucayali", "base", "", "", ""),
    ("30_red_vial_departamental_ucayali", "base", "", "", ""),
    ("30_calles_centros_poblados_ucayali", "base", "", "", ""),
)


def cobertura_antigua(geometrias, transformar, ambito):
    """The peer: the coverage as computed before the fix, the union of the whole layer intersected with
    the ámbito in one GEOS call (same signature as ``modelo_actual.validacion._cobertura``)."""
    from qgis.core import QgsGeometry

    if ambito is None or ambito.isEmpty() or ambito.area() <= 0:
        return None
    partes = []
    for g in geometrias:
        g = QgsGeometry(g)
        if transformar is not None:
            g.transform(transformar)
        partes.append(g)
    if not partes:
        return 0.0
    union = QgsGeometry.unaryUnion(partes)
    return round(100.0 * union.intersection(ambito).area() / ambito.area(), 2)


def comparar_revision_4326(carpeta):
    """The case reported: checking the 287 native communities as published (EPSG:4326) in the provincial
    POT of Coronel Portillo, with the present coverage and with the one before, same run."""
    import processing

    from pot_cartografia.modelo_actual import validacion
    from pot_cartografia.store.pot_store import PotStore

    print("\nCheck of the 287 native communities (EPSG:4326 as published) in the POT of Coronel Portillo:")
    ruta = carpeta / "pot_coronel_portillo.gpkg"
    if ruta.exists():
        ruta.unlink()
    processing.run("pot:crear_proyecto", {
        "NAME": "POT Coronel Portillo", "LEVEL": 1, "AMBITO": str(DATOS / "ucayali" / "01_limites_provincias_ucayali.gpkg"),
        "FILTER": "\"PROVINCIA\" = 'CORONEL PORTILLO'", "HORIZON": 2040, "OUTPUT": str(ruta)})
    for nombre, archivo in (("4326", str(DATOS / "ucayali" / "20_comunidades_nativas_ucayali.gpkg")),
                            ("utm", str(DATOS / "ucayali_dit_epsg32718.gpkg") + "|layername=20_comunidades_nativas_ucayali")):
        processing.run("pot:registrar_capa_dit", {"PROJECT": str(ruta), "INPUT": archivo, "NAME": f"comunidades_{nombre}", "THEME": 3})
    store = PotStore.open(ruta)
    presente = validacion._cobertura
    try:
        for metodo, funcion in (("present (clip, then union)", presente), ("before (union, then clip)", cobertura_antigua)):
            validacion._cobertura = funcion
            for nombre in ("4326", "utm"):
                t = time.perf_counter()
                informes, _ = validacion.validar(store, [f"comunidades_{nombre}"])
                print(f"  {metodo:<28} {nombre:>5}: {time.perf_counter() - t:6.2f} s, coverage {informes[0]['cobertura_pct']} %")
    finally:
        validacion._cobertura = presente


def main(argv=None):
    argumentos = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argumentos.add_argument("--exports", action="store_true", help="also the memoria and the workshop pack")
    argumentos.add_argument("--out", default="", help="folder for the POT and outputs (default: a temporary one)")
    opciones = argumentos.parse_args(argv)
    if not DATOS.is_dir():
        sys.exit(f"real layers not found at {DATOS}")
    app, _proveedor = preparar_qgis()
    from qgis.core import QgsGeometry, QgsProject
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMessageBox

    from pot_cartografia.core.i18n import install_translator
    from pot_cartografia.modelo_actual import aportes, registro
    from pot_cartografia.ui.diccionario_dock import DiccionarioDock
    from pot_cartografia.ui.modelo_actual_dock import ModeloActualDock
    from pot_cartografia.ui.navegador_dock import NavegadorDock
    from pot_cartografia.ui.nuevo_pot_dialog import NuevoPotDialog
    from pot_cartografia.ui.salidas_dock import SalidasDock
    from pot_cartografia.ui.sesion import PotSession

    install_translator("es")
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)  # "replace?" → yes
    carpeta = Path(opciones.out or tempfile.mkdtemp(prefix="pot_bench_ui_"))
    carpeta.mkdir(parents=True, exist_ok=True)
    ruta = carpeta / "pot_ucayali.gpkg"
    if ruta.exists():
        ruta.unlink()
    medidor = Medidor(app)
    sesion = PotSession()
    print(f"POT: {ruta}\nAction (real Ucayali data, docks driven in code)            total    main-thread stall (goal < {OBJETIVO_S} s)")

    # New POT, through its dialog
    limite = capa("00_limite_departamental_ucayali")
    QgsProject.instance().addMapLayer(limite)
    dialogo = NuevoPotDialog(sesion, None)
    dialogo.nombre.setText("POT Ucayali")
    dialogo.nivel.setCurrentIndex(0)
    dialogo.capa.setLayer(limite)
    dialogo.salida.setFilePath(str(ruta))
    medidor.medir("Nuevo POT (crear y abrir)", dialogo.crear, lambda: dialogo.tarea is None)
    assert sesion.store is not None, dialogo.mensajes.ultimo
    medidor.medir("Abrir POT", lambda: sesion.abrir(ruta))

    navegador = NavegadorDock(sesion)
    diccionario = DiccionarioDock(sesion)
    modelo = ModeloActualDock(sesion)
    salidas = SalidasDock(sesion)
    docks = (navegador, diccionario, modelo, salidas)
    # As in QGIS: the four docks share the right-hand tab group of a 1366×700 window.
    from qgis.PyQt.QtWidgets import QLabel, QMainWindow

    ventana = QMainWindow()
    ventana.setCentralWidget(QLabel("mapa"))
    for dock in docks:
        ventana.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    for dock in docks[1:]:
        ventana.tabifyDockWidget(docks[0], dock)
    ventana.resize(1366, 700)
    ventana.show()
    modelo.raise_()

    def libre(dock):
        return lambda: not dock.ocupado

    capas = []
    for nombre, tema, campo, variable, mapa in DIT:
        layer = capa(nombre)
        QgsProject.instance().addMapLayer(layer)
        capas.append(layer)
        seccion = modelo.capas

        def registrar(layer=layer, tema=tema, campo=campo, variable=variable, mapa=mapa, seccion=seccion):
            seccion.combo_capa.setLayer(layer)
            seccion.combo_tema.setCurrentIndex(registro.TEMAS.index(tema))
            seccion.combo_campo.setField(campo)
            seccion.combo_variable.setCurrentIndex(max(0, seccion.combo_variable.findData(variable)))
            seccion.mapa_valores.setText(mapa)
            seccion.registrar()

        medidor.medir(f"Registrar capa DIT «{nombre[:28]}»", registrar, libre(modelo))
    assert len(registro.listar(sesion.store)) == len(DIT), modelo.mensajes.ultimo

    medidor.medir("Revisar las capas (9 capas en EPSG:4326)", modelo.revision.validar, libre(modelo))
    revision = modelo.revision
    revision.combo_corregir.setCurrentIndex(revision.combo_corregir.findData("20_comunidades_nativas_ucayali"))
    medidor.medir("Corregir «comunidades nativas»", revision.corregir, libre(modelo))
    sintesis = modelo.sintesis
    for i in range(sintesis.lista_sintesis.count()):
        item = sintesis.lista_sintesis.item(i)
        item.setCheckState(Qt.CheckState.Checked if "distritos" not in item.text() else Qt.CheckState.Unchecked)
    sintesis.area_minima.setValue(1)
    medidor.medir("Síntesis en unidades territoriales", sintesis.sintetizar, libre(modelo))
    medidor.medir("Caracterizar", modelo.caracterizacion.caracterizar, libre(modelo))
    medidor.medir("Guardar versión (preliminar)", modelo.versiones.guardar_version, libre(modelo))
    modelo.versiones.combo_estado.setCurrentIndex(1)
    medidor.medir("Guardar versión (validado)", modelo.versiones.guardar_version, libre(modelo))
    medidor.medir("Comparar versiones 1 → 2", modelo.versiones.comparar, libre(modelo))
    for texto, autor in (("Falta la trocha a Nueva Italia", "Ana"), ("La cocha está mal ubicada", "Luis")):
        aportes.anadir(sesion.store, QgsGeometry.fromWkt("POINT(550000 9080000)"), texto, autor)
    medidor.medir("Refrescar los paneles (4 docks en pestañas)", sesion.notify)
    modelo.aportes.combo_estado_aporte.setCurrentIndex(1)
    modelo.aportes.respuesta.setPlainText("Incorporado en la versión 3")
    medidor.medir("Responder un aporte", modelo.aportes.responder)
    diccionario.raise_()
    exportado = carpeta / "diccionario.xlsx"
    medidor.medir("Exportar el diccionario", lambda: diccionario.exportar(str(exportado)), libre(diccionario))
    diccionario.preguntar_modo = lambda: 1
    medidor.medir("Importar el diccionario (fusionar)", lambda: diccionario.importar(str(exportado)), libre(diccionario))

    import pot_cartografia.ui.salidas.mapas as mapas_ui

    salidas.raise_()  # a dock behind another tab refreshes when it comes to the front
    app.processEvents()
    mapas = salidas.mapas
    numeros = mapas.seleccionadas()
    mapas._marcar(Qt.CheckState.Unchecked)
    for fila in range(min(2, mapas.tabla.rowCount())):
        mapas.tabla.item(fila, 0).setCheckState(Qt.CheckState.Checked)
    mapas_ui.QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: str(carpeta / "mapas"))
    (carpeta / "mapas").mkdir(exist_ok=True)
    medidor.medir(f"Exportar 2 mapas (de {len(numeros)})", mapas.exportar, libre(salidas))
    if opciones.exports:
        medidor.medir("Memoria descriptiva", lambda: salidas.documentos.memoria(str(carpeta / "memoria.odt")), libre(salidas))
        medidor.medir("Paquete del taller", lambda: salidas.documentos.taller(str(carpeta / "taller")), libre(salidas))
    for dock in docks:
        if dock.mensajes.ultimo and dock.mensajes.ultimo[2] == 2:  # Qgis.Critical
            print("  !", dock.objectName(), dock.mensajes.ultimo[1][:300])

    peor = max(medidor.filas, key=lambda f: f[2])
    print(f"\nLongest stall of all: {peor[2]:.3f} s ({peor[0]}); "
          f"{sum(1 for f in medidor.filas if f[2] < OBJETIVO_S)}/{len(medidor.filas)} actions under {OBJETIVO_S} s")
    comparar_revision_4326(carpeta)
    for dock in docks:
        dock.desconectar()
    sesion.desconectar()
    return 0


if __name__ == "__main__":
    sys.exit(main())
