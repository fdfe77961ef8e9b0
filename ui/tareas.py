"""Run a Processing algorithm of the "pot" provider without freezing QGIS: the one helper every dock
and dialog uses for work that may take over a fraction of a second (``PotDock.ejecutar`` wraps it).

``ejecutar_en_tarea`` hands the algorithm to QGIS's task manager (progress in the status bar,
cancel button) and calls ``al_terminar(ok, resultados, error)`` in the main thread. An algorithm
that must run in the main thread (``FlagNoThreading``: print layouts, the project) runs there, but
its progress reports let Qt process events (at most every 50 ms), so the window repaints and the
Cancel button answers, as in QGIS's own Processing dialog.
``ejecutar`` runs it at once and raises PotError with the algorithm's own message (tests, scripts).
Both collect the errors the algorithm reports, so a dock can show them as they are.
"""
from qgis.core import (
    QgsApplication,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)
import time

from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, pyqtSignal, pyqtSlot

from ..core.errors import PotError
from ..core.i18n import tr


INTERVALO_EVENTOS_S = 0.05  # main-thread algorithms let Qt repaint at most this often


class FeedbackConErrores(QgsProcessingFeedback):
    """Feedback that keeps every reported error, to show it to the user afterwards."""

    def __init__(self):
        super().__init__()
        self.errores = []
        self.avisos = []
        self.informes = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS API)
        self.errores.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802 (QGIS API)
        self.avisos.append(warning)
        super().pushWarning(warning)

    def pushInfo(self, info):  # noqa: N802 (QGIS API)
        self.informes.append(info)
        super().pushInfo(info)

    def mensaje(self, por_defecto="") -> str:
        return "\n".join(e for e in self.errores if e) or por_defecto


def algoritmo(alg_id: str) -> QgsProcessingAlgorithm:
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    if alg is None:
        raise PotError(
            tr("The Processing algorithm “{id}” is not available. Is the POT plugin fully installed?").format(id=alg_id)
        )
    return alg


def _contexto(feedback) -> QgsProcessingContext:
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setFeedback(feedback)
    return context


def _comprobar(alg, parametros, context) -> str:
    """The algorithm's own complaint about the parameters (missing layer, bad value), or ""."""
    ok, mensaje = alg.checkParameterValues(parametros, context)
    return "" if ok else (mensaje or tr("Invalid parameters for “{name}”.").format(name=alg.displayName()))


def ejecutar(alg_id: str, parametros: dict, feedback: FeedbackConErrores = None) -> dict:
    """Run an algorithm now, in this thread. Raises PotError with its message when it fails.

    Pass a ``feedback`` to read the warnings it reported (``feedback.avisos``) afterwards.
    """
    alg = algoritmo(alg_id)
    feedback = feedback or FeedbackConErrores()
    context = _contexto(feedback)
    problema = _comprobar(alg, parametros, context)
    if problema:
        raise PotError(problema)
    try:
        resultados, ok = alg.run(parametros, context, feedback)
    except QgsProcessingException as error:
        raise PotError(feedback.mensaje(str(error))) from error
    if not ok:
        raise PotError(feedback.mensaje(tr("The algorithm “{name}” failed.").format(name=alg.displayName())))
    return resultados


class Tarea(QObject):
    """One algorithm running in the task manager. Keep a reference until ``al_terminar`` is called.

    ``progreso`` (0–100) is emitted in the main thread, ready for a QProgressBar.
    """

    progreso = pyqtSignal(int)

    def __init__(self, alg_id: str, parametros: dict, al_terminar, descripcion: str = ""):
        super().__init__()
        self.alg = algoritmo(alg_id)
        self.al_terminar = al_terminar
        self.feedback = FeedbackConErrores()
        self.context = _contexto(self.feedback)
        # Reported from the worker thread; this QObject lives in the main thread, so it is queued.
        self.feedback.progressChanged.connect(self._al_progreso)
        self.terminada = False
        self.task = None
        self.en_hilo_principal = False
        self._ultimo_evento = 0.0
        # The caller always hears back later, from the event loop, never inside this constructor.
        problema = _comprobar(self.alg, parametros, self.context)
        if problema:
            self.feedback.reportError(problema)
            QTimer.singleShot(0, lambda: self._terminar(False, {}))
            return
        if self.alg.flags() & QgsProcessingAlgorithm.FlagNoThreading:
            # The algorithm must run in the main thread (it touches the project or the GUI).
            self.en_hilo_principal = True
            QTimer.singleShot(0, lambda: self._ejecutar_aqui(parametros))
            return
        self.task = QgsProcessingAlgRunnerTask(self.alg, parametros, self.context, self.feedback)
        if descripcion:
            self.task.setDescription(descripcion)
        if self.task.isCanceled():  # parameters refused by prepare()
            QTimer.singleShot(0, lambda: self._terminar(False, {}))
            return
        self.task.executed.connect(self._terminar)
        QgsApplication.taskManager().addTask(self.task)

    def _ejecutar_aqui(self, parametros):
        try:
            resultados, ok = self.alg.run(parametros, self.context, self.feedback)
        except QgsProcessingException as error:
            self.feedback.reportError(str(error))
            resultados, ok = {}, False
        self._terminar(ok, resultados)

    @pyqtSlot(float)
    def _al_progreso(self, valor):
        self.progreso.emit(int(valor))
        if self.en_hilo_principal and time.monotonic() - self._ultimo_evento > INTERVALO_EVENTOS_S:
            QCoreApplication.processEvents()  # repaint, and let the Cancel button be clicked
            self._ultimo_evento = time.monotonic()

    def cancelar(self):
        if self.terminada:
            return
        self.feedback.cancel()
        if self.task is not None:
            self.task.cancel()

    def _terminar(self, ok, resultados):
        if self.terminada:
            return
        self.terminada = True
        error = ""
        if not ok:
            if self.feedback.isCanceled():
                error = tr("Cancelled.")
            else:
                error = self.feedback.mensaje(tr("The algorithm “{name}” failed.").format(name=self.alg.displayName()))
        self.al_terminar(bool(ok), dict(resultados or {}), error)


def ejecutar_en_tarea(alg_id: str, parametros: dict, al_terminar, descripcion: str = "") -> Tarea:
    """Start ``alg_id`` in a QgsTask; ``al_terminar(ok, resultados, error)`` runs in the main thread."""
    return Tarea(alg_id, parametros, al_terminar, descripcion)
