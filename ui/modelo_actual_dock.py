"""Dock "POT – Current territorial model" (Pauta 1, Step 01): one section per activity.

1 DIT layers (register with theme and field → variable mapping, remove); 2 check (report, problems
to zoom to, corrected copy); 3 synthesis into territorial units (in a task, with progress and cancel);
4 characterisation (rules, run); 5 versions (save, compare); 6 contributions (walk through the
pending ones, set status and reply). Work is done by the "pot" algorithms and ``modelo_actual``.
"""
import json

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle
from qgis.gui import QgsDockWidget, QgsFieldComboBox, QgsMapLayerComboBox, QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolBox,
    QVBoxLayout,
    QWidget,
)

from ..core import compat
from ..core.errors import PotError
from ..core.i18n import tr
from ..modelo_actual import aportes, caracterizacion, registro, validacion, versiones
from .tareas import FeedbackConErrores, ejecutar, ejecutar_en_tarea

ROL_DATOS = Qt.ItemDataRole.UserRole + 1
UNIDADES = "modelo_actual_unidades"


def _tabla(columnas, editable=False):
    tabla = QTableWidget(0, len(columnas))
    tabla.setHorizontalHeaderLabels(columnas)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    if not editable:
        tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabla.verticalHeader().setVisible(False)
    tabla.horizontalHeader().setStretchLastSection(True)
    tabla.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    tabla.setAlternatingRowColors(True)
    return tabla


def _fila(tabla, textos, datos=None):
    fila = tabla.rowCount()
    tabla.insertRow(fila)
    for columna, texto in enumerate(textos):
        item = QTableWidgetItem("" if texto is None else str(texto))
        item.setData(ROL_DATOS, datos)
        tabla.setItem(fila, columna, item)


def _estrecho(combo, caracteres=12):
    """A combo box that does not widen the dock to its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(caracteres)
    combo.setMinimumWidth(80)  # Qt caches the long-item minimum size hint; this overrides it
    return combo


def _datos_seleccion(tabla):
    filas = tabla.selectionModel().selectedRows()
    return tabla.item(filas[0].row(), 0).data(ROL_DATOS) if filas else None


class ModeloActualDock(QgsDockWidget):
    def __init__(self, session, iface=None, parent=None):
        super().__init__(tr("POT – Current territorial model"), parent or (iface.mainWindow() if iface else None))
        self.setObjectName("PotModeloActualDock")
        self.session = session
        self.iface = iface
        self.tarea = None
        self.problemas = []
        self.pendientes = []

        contenido = QWidget()
        layout = QVBoxLayout(contenido)
        layout.setContentsMargins(6, 6, 6, 6)
        self.barra = QgsMessageBar()
        self.aviso = QLabel(tr("Open or create a POT to build its current territorial model."))
        self.aviso.setWordWrap(True)
        self.secciones = QToolBox()
        self.secciones.setMinimumWidth(280)
        self.secciones.addItem(self._seccion_registro(), tr("1. DIT layers"))
        self.secciones.addItem(self._seccion_validacion(), tr("2. Check the layers"))
        self.secciones.addItem(self._seccion_sintesis(), tr("3. Synthesis into territorial units"))
        self.secciones.addItem(self._seccion_caracterizacion(), tr("4. Characterisation"))
        self.secciones.addItem(self._seccion_versiones(), tr("5. Versions"))
        self.secciones.addItem(self._seccion_aportes(), tr("6. Contributions"))
        layout.addWidget(self.barra)
        layout.addWidget(self.aviso)
        layout.addWidget(self.secciones, 1)
        self.setWidget(contenido)
        for combo in contenido.findChildren(QComboBox):
            _estrecho(combo)

        self.session.changed.connect(self.refrescar)
        self.refrescar()

    # -- sections -----------------------------------------------------------------------------
    def _seccion_registro(self):
        pagina = QWidget()
        layout = QVBoxLayout(pagina)
        self.tabla_capas = _tabla([tr("Layer"), tr("Theme"), tr("Fields → variables"), tr("Check")])
        self.tabla_capas.itemSelectionChanged.connect(self._actualizar_botones)
        formulario = QFormLayout()
        self.combo_capa = QgsMapLayerComboBox()
        self.combo_capa.setFilters(compat.filtro_de_capas("vector", "raster"))
        self.combo_tema = QComboBox()
        for codigo, etiqueta in registro.etiquetas_temas().items():
            self.combo_tema.addItem(etiqueta, codigo)
        self.combo_campo = QgsFieldComboBox()
        self.combo_campo.setAllowEmptyFieldName(True)
        self.combo_capa.layerChanged.connect(self._al_cambiar_capa)
        self.combo_variable = QComboBox()
        self.mapa_valores = QLineEdit()
        self.mapa_valores.setPlaceholderText(tr("code=class;code=class (optional)"))
        formulario.addRow(tr("Layer"), self.combo_capa)
        formulario.addRow(tr("Theme"), self.combo_tema)
        formulario.addRow(tr("Field"), self.combo_campo)
        formulario.addRow(tr("Variable"), self.combo_variable)
        self.boton_mapeo = QPushButton(tr("Match values…"))  # opens ui/mapeo_valores_dialog
        self.boton_mapeo.clicked.connect(lambda *_: self.abrir_mapeo())
        fila_mapeo = QHBoxLayout()
        fila_mapeo.addWidget(self.mapa_valores, 1)
        fila_mapeo.addWidget(self.boton_mapeo)
        formulario.addRow(tr("Value mapping"), fila_mapeo)
        self.boton_registrar = QPushButton(tr("Register"))
        self.boton_quitar = QPushButton(tr("Remove"))
        self.boton_registrar.clicked.connect(lambda *_: self.registrar())
        self.boton_quitar.clicked.connect(lambda *_: self.quitar())
        botones = QHBoxLayout()
        botones.addWidget(self.boton_registrar)
        botones.addWidget(self.boton_quitar)
        layout.addWidget(self.tabla_capas, 1)
        layout.addLayout(formulario)
        layout.addLayout(botones)
        self._al_cambiar_capa(self.combo_capa.currentLayer())
        return pagina

    def _seccion_validacion(self):
        pagina = QWidget()
        layout = QVBoxLayout(pagina)
        self.boton_validar = QPushButton(tr("Check all registered layers"))
        self.boton_validar.clicked.connect(lambda *_: self.validar())
        self.lista_problemas = QListWidget()
        self.lista_problemas.setWordWrap(True)
        self.lista_problemas.itemClicked.connect(self._zoom_problema)
        self.combo_corregir = QComboBox()
        self.boton_corregir = QPushButton(tr("Correct"))
        self.boton_corregir.setToolTip(tr("Make valid, reproject and re-decode text into a new POT layer; the source is not touched"))
        self.boton_corregir.clicked.connect(lambda *_: self.corregir())
        layout.addWidget(self.boton_validar)
        layout.addWidget(QLabel(tr("Click a problem to zoom to it:")))
        layout.addWidget(self.lista_problemas, 1)
        fila = QHBoxLayout()
        fila.addWidget(self.combo_corregir, 1)
        fila.addWidget(self.boton_corregir)
        layout.addLayout(fila)
        return pagina

    def _seccion_sintesis(self):
        pagina = QWidget()
        layout = QVBoxLayout(pagina)
        layout.addWidget(QLabel(tr("Registered polygon layers to overlay:")))
        self.lista_sintesis = QListWidget()
        self.area_minima = QDoubleSpinBox()
        self.area_minima.setRange(0, 100000)
        self.area_minima.setDecimals(2)
        self.area_minima.setSuffix(" ha")
        self.nombre_unidades = QLineEdit(UNIDADES)
        formulario = QFormLayout()
        formulario.addRow(tr("Minimum unit area"), self.area_minima)
        formulario.addRow(tr("Name in the POT"), self.nombre_unidades)
        self.boton_sintesis = QPushButton(tr("Build the territorial units"))
        self.boton_cancelar = QPushButton(tr("Cancel"))
        self.boton_cancelar.setEnabled(False)
        self.boton_sintesis.clicked.connect(lambda *_: self.sintetizar())
        self.boton_cancelar.clicked.connect(lambda *_: self.cancelar())
        self.progreso = QProgressBar()
        self.progreso.setRange(0, 100)
        self.progreso.setValue(0)
        botones = QHBoxLayout()
        botones.addWidget(self.boton_sintesis, 1)
        botones.addWidget(self.boton_cancelar)
        layout.addWidget(self.lista_sintesis, 1)
        layout.addLayout(formulario)
        layout.addLayout(botones)
        layout.addWidget(self.progreso)
        return pagina

    def _combo_capas_pot(self):
        combo = QComboBox()
        combo.setEditable(False)
        return combo

    def _seccion_caracterizacion(self):
        pagina = QWidget()
        layout = QVBoxLayout(pagina)
        self.tabla_reglas = _tabla([tr("Variable"), tr("Class"), tr("Kind"), tr("Label"), tr("Subsystem")], editable=True)
        self.boton_regla_mas = QPushButton(tr("Add rule"))
        self.boton_regla_menos = QPushButton(tr("Delete rule"))
        self.boton_reglas_guardar = QPushButton(tr("Save rules"))
        self.boton_regla_mas.clicked.connect(lambda *_: _fila(self.tabla_reglas, ["", "", caracterizacion.POTENCIALIDAD, "", ""]))
        self.boton_regla_menos.clicked.connect(lambda *_: self._quitar_regla())
        self.boton_reglas_guardar.clicked.connect(lambda *_: self.guardar_reglas())
        botones = QHBoxLayout()
        for boton in (self.boton_regla_mas, self.boton_regla_menos, self.boton_reglas_guardar):
            botones.addWidget(boton)
        self.combo_unidades = self._combo_capas_pot()
        self.boton_caracterizar = QPushButton(tr("Characterise"))
        self.boton_caracterizar.clicked.connect(lambda *_: self.caracterizar())
        fila = QHBoxLayout()
        fila.addWidget(QLabel(tr("Units")))
        fila.addWidget(self.combo_unidades, 1)
        fila.addWidget(self.boton_caracterizar)
        self.texto_resumen = QPlainTextEdit()
        self.texto_resumen.setReadOnly(True)
        self.texto_resumen.setMaximumHeight(110)
        layout.addWidget(self.tabla_reglas, 1)
        layout.addLayout(botones)
        layout.addLayout(fila)
        layout.addWidget(self.texto_resumen)
        return pagina

    def _seccion_versiones(self):
        pagina = QWidget()
        layout = QVBoxLayout(pagina)
        self.tabla_versiones = _tabla([tr("Version"), tr("State"), tr("Date"), tr("Units"), tr("Note")])
        formulario = QFormLayout()
        self.combo_version_capa = self._combo_capas_pot()
        self.combo_estado = QComboBox()
        for codigo, etiqueta in versiones.etiquetas_estados().items():
            self.combo_estado.addItem(etiqueta, codigo)
        self.nota_version = QLineEdit()
        formulario.addRow(tr("Units"), self.combo_version_capa)
        formulario.addRow(tr("State"), self.combo_estado)
        formulario.addRow(tr("Note"), self.nota_version)
        self.boton_version = QPushButton(tr("Save version"))
        self.boton_version.clicked.connect(lambda *_: self.guardar_version())
        comparar = QHBoxLayout()
        self.version_a, self.version_b = QSpinBox(), QSpinBox()
        for spin in (self.version_a, self.version_b):
            spin.setMinimum(1)
        self.boton_comparar = QPushButton(tr("Compare"))
        self.boton_comparar.clicked.connect(lambda *_: self.comparar())
        comparar.addWidget(QLabel(tr("v")))
        comparar.addWidget(self.version_a)
        comparar.addWidget(QLabel("→"))
        comparar.addWidget(self.version_b)
        comparar.addWidget(self.boton_comparar, 1)
        self.texto_comparacion = QPlainTextEdit()
        self.texto_comparacion.setReadOnly(True)
        self.texto_comparacion.setMaximumHeight(90)
        layout.addWidget(self.tabla_versiones, 1)
        layout.addLayout(formulario)
        layout.addWidget(self.boton_version)
        layout.addLayout(comparar)
        layout.addWidget(self.texto_comparacion)
        return pagina

    def _seccion_aportes(self):
        pagina = QWidget()
        layout = QVBoxLayout(pagina)
        self.boton_capas_aportes = QPushButton(tr("Create the contributions layers"))
        self.boton_capas_aportes.setToolTip(tr("Points and areas where the workshops' contributions are drawn"))
        self.boton_capas_aportes.clicked.connect(lambda *_: self.crear_capas_aportes())
        self.lista_aportes = QListWidget()
        self.lista_aportes.currentRowChanged.connect(self._mostrar_aporte)
        self.detalle_aporte = QLabel()
        self.detalle_aporte.setWordWrap(True)
        self.combo_estado_aporte = QComboBox()
        for codigo, etiqueta in aportes.etiquetas_estados().items():
            self.combo_estado_aporte.addItem(etiqueta, codigo)
        self.respuesta = QPlainTextEdit()
        self.respuesta.setPlaceholderText(tr("Reply of the technical team"))
        self.respuesta.setMaximumHeight(70)
        self.boton_responder = QPushButton(tr("Save and go to the next"))
        self.boton_responder.clicked.connect(lambda *_: self.responder())
        layout.addWidget(self.boton_capas_aportes)
        layout.addWidget(QLabel(tr("Pending contributions:")))
        layout.addWidget(self.lista_aportes, 1)
        layout.addWidget(self.detalle_aporte)
        layout.addWidget(self.combo_estado_aporte)
        layout.addWidget(self.respuesta)
        layout.addWidget(self.boton_responder)
        return pagina

    # -- showing ------------------------------------------------------------------------------
    def refrescar(self):
        store = self.session.store
        self.aviso.setVisible(store is None)
        self.secciones.setEnabled(store is not None)
        for tabla in (self.tabla_capas, self.tabla_reglas, self.tabla_versiones):
            tabla.setRowCount(0)
        self.lista_sintesis.clear()
        self.combo_variable.clear()
        self.combo_corregir.clear()
        if store is None:
            self._actualizar_botones()
            return
        try:
            self._llenar(store)
        except PotError as problem:
            self.barra.pushMessage(tr("Current model"), str(problem), Qgis.Critical, 0)
        self._actualizar_botones()

    def _llenar(self, store):
        from ..diccionario import repositorio

        self.combo_variable.addItem("", "")
        for variable in repositorio.cargar(store):
            self.combo_variable.addItem(f"{variable.codigo} – {variable.nombre}", variable.codigo)
        for capa in registro.listar(store):
            mapeos = ", ".join(f"{m.campo} → {m.variable}" for m in capa.mapeos)
            estado = ""
            if capa.validacion:
                estado = tr("OK") if capa.validacion.get("ok") else tr("to check")
            _fila(self.tabla_capas, [capa.nombre, capa.etiqueta_tema, mapeos, estado], capa.nombre)
            if capa.tipo == registro.VECTOR:
                self.combo_corregir.addItem(capa.nombre)
                item = QListWidgetItem(capa.nombre)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.lista_sintesis.addItem(item)
        self.tabla_capas.resizeColumnsToContents()
        for regla in caracterizacion.cargar_reglas(store) or caracterizacion.reglas_predeterminadas():
            _fila(self.tabla_reglas, [regla.variable, regla.clase, regla.tipo, regla.etiqueta, regla.subsistema])
        self.tabla_reglas.resizeColumnsToContents()
        capas = store.spatial_layers()
        for combo in (self.combo_unidades, self.combo_version_capa):
            actual = combo.currentText() or UNIDADES
            combo.clear()
            combo.addItems([c for c in capas if c not in aportes.CAPAS])
            if actual in capas:
                combo.setCurrentText(actual)
        lista = versiones.listar(store)
        etiquetas = versiones.etiquetas_estados()
        for v in lista:
            _fila(self.tabla_versiones, [v["version"], etiquetas.get(v["estado"], v["estado"]), v["fecha"], v["unidades"], v["nota"]], v["version"])
        self.tabla_versiones.resizeColumnsToContents()
        if lista:
            self.version_a.setMaximum(lista[-1]["version"])
            self.version_b.setMaximum(lista[-1]["version"])
            self.version_b.setValue(lista[-1]["version"])
            self.version_a.setValue(max(1, lista[-1]["version"] - 1))
        self._llenar_aportes(store)

    def _llenar_aportes(self, store):
        self.lista_aportes.clear()
        self.pendientes = aportes.pendientes(store)
        for aporte in self.pendientes:
            texto = aporte["texto"] or ""
            self.lista_aportes.addItem(
                "{fecha} · {autor}: {texto}".format(fecha=aporte["fecha"], autor=aporte["autor"] or "?", texto=texto[:60])
            )
        self.boton_capas_aportes.setVisible(not set(aportes.CAPAS) <= set(store.spatial_layers()))
        if self.pendientes:
            self.lista_aportes.setCurrentRow(0)
        else:
            self.detalle_aporte.setText(tr("No pending contributions."))

    def _actualizar_botones(self):
        abierto = self.session.store is not None
        ocupado = self.tarea is not None
        self.boton_quitar.setEnabled(abierto and _datos_seleccion(self.tabla_capas) is not None)
        self.boton_corregir.setEnabled(abierto and self.combo_corregir.count() > 0 and not ocupado)
        self.boton_sintesis.setEnabled(abierto and not ocupado and self.lista_sintesis.count() > 0)
        self.boton_cancelar.setEnabled(ocupado)
        self.boton_responder.setEnabled(abierto and bool(self.pendientes))

    def _al_cambiar_capa(self, layer):
        from qgis.core import QgsVectorLayer

        self.combo_campo.setLayer(layer if isinstance(layer, QgsVectorLayer) else None)

    def _error(self, titulo, mensaje):
        self.barra.pushMessage(titulo, mensaje, Qgis.Critical, 0)

    def _ok(self, titulo, mensaje):
        self.barra.pushMessage(titulo, mensaje, Qgis.Success, 5)

    def _ejecutar(self, alg_id, parametros, titulo):
        """Run now; results, or None after showing the error in the bar."""
        try:
            return ejecutar(alg_id, parametros, FeedbackConErrores())
        except PotError as problem:
            self._error(titulo, str(problem))
            return None

    # -- 1 registry ---------------------------------------------------------------------------
    def registrar(self):
        layer = self.combo_capa.currentLayer()
        if self.session.store is None or layer is None:
            return
        resultado = self._ejecutar(
            "pot:registrar_capa_dit",
            {
                "PROJECT": str(self.session.store.path),
                "INPUT": layer,
                "THEME": registro.TEMAS.index(self.combo_tema.currentData()),
                "FIELD": self.combo_campo.currentField(),
                "VARIABLE": self.combo_variable.currentData() or "",
                "VALUE_MAP": self.mapa_valores.text(),
            },
            tr("DIT layer not registered"),
        )
        if resultado is not None:
            self.mapa_valores.clear()
            self.session.notify()
            self._ok(tr("DIT layers"), tr("“{name}” registered.").format(name=resultado["NAME"]))

    def abrir_mapeo(self):
        from .mapeo_valores_dialog import pedir_mapeo

        texto = pedir_mapeo(self, self.session.store, self.combo_capa.currentLayer(), self.combo_campo.currentField(),
                            self.combo_variable.currentData() or "", self.mapa_valores.text())
        if texto is not None:
            self.mapa_valores.setText(texto)

    def quitar(self):
        nombre = _datos_seleccion(self.tabla_capas)
        if nombre and self.session.store is not None:
            registro.eliminar(self.session.store, nombre)
            self.session.notify()

    # -- 2 check ------------------------------------------------------------------------------
    def validar(self):
        if self.session.store is None:
            return
        resultado = self._ejecutar("pot:validar_capas_dit", {"PROJECT": str(self.session.store.path)}, tr("Check"))
        if resultado is None:
            return
        informe = json.loads(resultado["REPORT"])
        self.mostrar_informe(informe)
        self.session.notify()

    def mostrar_informe(self, informe):
        self.lista_problemas.clear()
        self.problemas = informe["problemas"]
        etiquetas = validacion.etiquetas_problemas()
        for capa in informe["capas"]:
            cabecera = QListWidgetItem(("✔ " if capa.get("ok") else "⚠ ") + "{}: {}".format(capa["capa"], validacion.resumen(capa)))
            fuente = cabecera.font()
            fuente.setBold(True)
            cabecera.setFont(fuente)
            cabecera.setData(ROL_DATOS, None)
            self.lista_problemas.addItem(cabecera)
            for problema in (p for p in self.problemas if p["capa"] == capa["capa"]):
                texto = "    {kind} · fid {fid}{detail}".format(
                    kind=etiquetas.get(problema["problema"], problema["problema"]),
                    fid=problema["fid"],
                    detail=f" · {problema['detalle']}" if problema["detalle"] else "",
                )
                item = QListWidgetItem(texto)
                item.setData(ROL_DATOS, problema)
                if problema["x"] is None:
                    item.setForeground(Qt.GlobalColor.gray)
                self.lista_problemas.addItem(item)

    def _zoom_problema(self, item):
        problema = item.data(ROL_DATOS)
        if not problema or problema.get("x") is None or self.iface is None or self.session.store is None:
            return
        canvas = self.iface.mapCanvas()
        crs = QgsCoordinateReferenceSystem(self.session.store.metadata().get("crs", ""))
        rect = QgsRectangle(problema["x"] - 250, problema["y"] - 250, problema["x"] + 250, problema["y"] + 250)
        destino = canvas.mapSettings().destinationCrs()
        if destino.isValid() and destino != crs:
            rect = QgsCoordinateTransform(crs, destino, QgsProject.instance()).transformBoundingBox(rect)
        canvas.setExtent(rect)
        canvas.refresh()

    def corregir(self):
        nombre = self.combo_corregir.currentText()
        if not nombre or self.session.store is None:
            return
        resultado = self._ejecutar(
            "pot:corregir_capa_dit", {"PROJECT": str(self.session.store.path), "LAYER": nombre}, tr("Correction")
        )
        if resultado is not None:
            self.session.notify()
            self._ok(
                tr("Correction"),
                tr("{fixed} geometries repaired, {texts} texts re-decoded; the registry now uses the copy.").format(
                    fixed=resultado["REPAIRED"], texts=resultado["REDECODED"]
                ),
            )

    # -- 3 synthesis (task) ----------------------------------------------------------------------
    def capas_elegidas(self):
        return [
            self.lista_sintesis.item(i).text()
            for i in range(self.lista_sintesis.count())
            if self.lista_sintesis.item(i).checkState() == Qt.CheckState.Checked
        ]

    def sintetizar(self):
        if self.session.store is None or self.tarea is not None:
            return
        elegidas = self.capas_elegidas()
        if not elegidas:
            self._error(tr("Synthesis"), tr("Choose at least one polygon layer for the synthesis."))
            return
        self.progreso.setValue(0)
        self.tarea = ejecutar_en_tarea(
            "pot:modelo_actual_unidades",
            {
                "PROJECT": str(self.session.store.path),
                "LAYERS": ";".join(elegidas),
                "MIN_AREA_HA": self.area_minima.value(),
                "NAME": self.nombre_unidades.text().strip() or UNIDADES,
                "REPLACE": True,
            },
            self._al_terminar_sintesis,
            tr("POT: territorial units of the current model"),
        )
        self.tarea.progreso.connect(self.progreso.setValue)
        self._actualizar_botones()

    def cancelar(self):
        if self.tarea is not None:
            self.tarea.cancelar()

    def _al_terminar_sintesis(self, ok, resultados, error):
        self.tarea = None
        self._actualizar_botones()
        if not ok:
            self._error(tr("Synthesis"), error)
            return
        self.progreso.setValue(100)
        self.session.notify()
        self._ok(tr("Synthesis"), tr("{count} territorial units stored in the POT.").format(count=resultados.get("UNIT_COUNT")))

    # -- 4 characterisation ----------------------------------------------------------------------
    def reglas_de_tabla(self):
        reglas = []
        for fila in range(self.tabla_reglas.rowCount()):
            textos = [(self.tabla_reglas.item(fila, c).text() if self.tabla_reglas.item(fila, c) else "").strip() for c in range(5)]
            if any(textos):
                reglas.append(caracterizacion.Regla(*textos))
        return reglas

    def _quitar_regla(self):
        filas = self.tabla_reglas.selectionModel().selectedRows()
        if filas:
            self.tabla_reglas.removeRow(filas[0].row())

    def guardar_reglas(self):
        if self.session.store is None:
            return
        try:
            total = caracterizacion.guardar_reglas(self.session.store, self.reglas_de_tabla())
        except PotError as problem:
            self._error(tr("Rules not saved"), str(problem))
            return
        self._ok(tr("Characterisation"), tr("{count} rules saved.").format(count=total))

    def caracterizar(self):
        store = self.session.store
        capa = self.combo_unidades.currentText()
        if store is None or not capa:
            return
        resultado = self._ejecutar("pot:caracterizar_modelo_actual", {"INPUT": store.layer_uri(capa)}, tr("Characterisation"))
        if resultado is None:
            return
        filas = json.loads(resultado["SUMMARY"])
        tipos = caracterizacion.etiquetas_tipos()
        lineas = [
            "{kind}: {label} – {area} ha".format(kind=tipos[f["grupo"]], label=f["clave"], area=round(f["area_ha"], 1))
            for f in filas if f["grupo"] in tipos
        ]
        self.texto_resumen.setPlainText("\n".join(lineas) or tr("No rule applies to these units."))
        self._ok(tr("Characterisation"), tr("{count} units characterised.").format(count=resultado["UNIT_COUNT"]))

    # -- 5 versions -----------------------------------------------------------------------------
    def guardar_version(self):
        store = self.session.store
        capa = self.combo_version_capa.currentText()
        if store is None or not capa:
            return
        resultado = self._ejecutar(
            "pot:guardar_version_modelo",
            {
                "PROJECT": str(store.path),
                "INPUT": store.layer_uri(capa),
                "STATE": versiones.ESTADOS.index(self.combo_estado.currentData()),
                "NOTE": self.nota_version.text(),
            },
            tr("Version not saved"),
        )
        if resultado is not None:
            self.nota_version.clear()
            self.session.notify()
            self._ok(tr("Versions"), tr("Version {n} saved.").format(n=resultado["VERSION"]))

    def comparar(self):
        store = self.session.store
        if store is None:
            return
        resultado = self._ejecutar(
            "pot:comparar_versiones",
            {"PROJECT": str(store.path), "VERSION_A": self.version_a.value(), "VERSION_B": self.version_b.value()},
            tr("Comparison"),
        )
        if resultado is None:
            return
        informe = json.loads(resultado["REPORT"])
        lineas = [
            tr("{changed} of {total} units changed.").format(changed=informe["unidades_cambiadas"], total=informe["unidades_b"])
        ]
        for m in informe["movimientos"]:
            lineas.append("{v}: {a} → {b}: {ha} ha".format(v=m["variable"], a=m["desde"] or "–", b=m["hacia"] or "–", ha=m["area_ha"]))
        self.texto_comparacion.setPlainText("\n".join(lineas))

    # -- 6 contributions --------------------------------------------------------------------------
    def crear_capas_aportes(self):
        store = self.session.store
        if store is None:
            return
        try:
            creadas = aportes.asegurar_capas(store)
            from ..store.capas import publicar_en_proyecto

            publicar_en_proyecto(store, creadas)
        except PotError as problem:
            self._error(tr("Contributions"), str(problem))
            return
        self.session.notify()

    def _mostrar_aporte(self, fila):
        if not 0 <= fila < len(self.pendientes):
            return
        aporte = self.pendientes[fila]
        self.detalle_aporte.setText(
            "<b>{autor}</b> ({inst}) · {taller} · {fecha}<br>{texto}".format(
                autor=aporte["autor"] or "?", inst=aporte["institucion"] or "–", taller=aporte["taller"] or "–",
                fecha=aporte["fecha"], texto=aporte["texto"] or "",
            )
        )
        self.respuesta.setPlainText(aporte["respuesta"] or "")
        geometria = aporte["geometria"]
        if self.iface is not None and geometria is not None and not geometria.isNull():
            p = geometria.centroid().asPoint()
            self._zoom_problema(_Item({"x": p.x(), "y": p.y()}))

    def responder(self):
        fila = self.lista_aportes.currentRow()
        if self.session.store is None or not 0 <= fila < len(self.pendientes):
            return
        aporte = self.pendientes[fila]
        try:
            aportes.responder(
                self.session.store, aporte["capa"], aporte["fid"], self.combo_estado_aporte.currentData(),
                self.respuesta.toPlainText().strip(),
            )
        except PotError as problem:
            self._error(tr("Contributions"), str(problem))
            return
        self.respuesta.clear()
        self._llenar_aportes(self.session.store)
        self._actualizar_botones()


class _Item:
    """Stand-in for a list item carrying a place to zoom to."""

    def __init__(self, datos):
        self._datos = datos

    def data(self, _rol):
        return self._datos
