"""Run a function in a worker thread while the calling thread waits, reporting: for the plain work at
the end of a main-thread algorithm (``FlagNoThreading``), so QGIS keeps repainting.

``en_hilo(funcion, feedback=...)`` starts ``funcion(control)`` in a worker thread and waits for it in
short slices. The thread is a QThread, not a ``threading.Thread``: Qt objects such as QTextDocument
start timers, which Qt only allows in threads that have its event dispatcher. At each slice it reports progress to ``feedback`` (the dock repaints at every report,
ui/tareas.py) and, once ``feedback`` is cancelled, tells the worker, whose next
``control.punto_de_control()`` raises ``Cancelado``. The worker's result is returned, its exception
re-raised in the caller with the worker's traceback.

The worker writes documents in the caller's language (core/i18n keeps it per thread). It must only
touch what it creates itself: QImage, QPainter on a QImage, QTextDocument, QPdfWriter, its own sqlite
connections and QgsVectorLayer objects — never widgets, QPixmap, the project or its layers, nor
``feedback`` (it lives in the caller's thread; ``control.avance`` passes progress on instead).
"""
from __future__ import annotations

import threading

from qgis.PyQt.QtCore import QThread

from .errors import PotError
from .i18n import idioma_de_documentos, idioma_documento, tr

PAUSA_S = 0.05  # the caller reports at least this often while the worker runs


class Cancelado(PotError):
    """The user cancelled: raised at the worker's next checkpoint, then in the caller."""

    def __init__(self, mensaje: str = ""):
        super().__init__(mensaje or tr("Cancelled."))


class Control:
    """What the worker gets: ``avance`` to report, ``punto_de_control`` to stop when cancelled."""

    def __init__(self):
        self._cancelar = threading.Event()
        self._lock = threading.Lock()
        self._fraccion = 0.0
        self._texto = ""

    def avance(self, fraccion: float, texto: str = "") -> None:
        """The share done (0–1) and, optionally, what is being done now (shown by the caller)."""
        with self._lock:
            self._fraccion = min(max(float(fraccion), 0.0), 1.0)
            if texto:
                self._texto = texto

    def estado(self) -> tuple:
        with self._lock:
            return self._fraccion, self._texto

    def cancelar(self) -> None:
        self._cancelar.set()

    def cancelado(self) -> bool:
        return self._cancelar.is_set()

    def punto_de_control(self, mensaje: str = "") -> None:
        """Raise ``Cancelado`` (with ``mensaje``) when the caller was cancelled."""
        if self._cancelar.is_set():
            raise Cancelado(mensaje)


def en_hilo(funcion, *args, feedback=None, progreso=(0.0, 100.0), pausa: float = PAUSA_S, **kwargs):
    """``funcion(control, *args, **kwargs)`` in a worker thread; its result, or its exception raised here.

    While it runs, every ``pausa`` seconds: a cancelled ``feedback`` cancels the worker, and the
    worker's ``control.avance`` is reported to ``feedback`` within ``progreso`` (from, to) — or the
    same value again, so whoever repaints at each report repaints.
    """
    control = Control()
    idioma = idioma_documento()
    salida = {}

    def trabajar():
        try:
            with idioma_de_documentos(idioma):
                salida["resultado"] = funcion(control, *args, **kwargs)
        except BaseException as error:  # noqa: BLE001 (re-raised in the caller, traceback included)
            salida["error"] = error

    hilo = _Hilo(trabajar)
    hilo.start()
    texto_dado = ""
    try:
        while not hilo.wait(max(1, int(pausa * 1000))):  # PyQt lets the worker run Python while this waits
            if feedback is None:
                continue
            if feedback.isCanceled():
                control.cancelar()
            fraccion, texto = control.estado()
            if texto and texto != texto_dado:
                feedback.setProgressText(texto)
                texto_dado = texto
            _informar(feedback, progreso[0] + fraccion * (progreso[1] - progreso[0]))
    finally:
        if not hilo.isFinished():  # the caller failed while waiting: stop the worker, never drop a running QThread
            control.cancelar()
            hilo.wait()
    if "error" in salida:
        error = salida.pop("error")
        try:
            raise error  # its __traceback__ still holds the worker's frames
        finally:
            del error
    if feedback is not None:
        feedback.setProgress(progreso[1])
    return salida["resultado"]


class _Hilo(QThread):
    def __init__(self, trabajo):
        super().__init__()
        self._trabajo = trabajo

    def run(self):
        self._trabajo()


def _informar(feedback, valor: float) -> None:
    """Report ``valor``; when QgsFeedback would drop it as unchanged, emit the current value again."""
    if int(valor * 10) != int(feedback.progress() * 10):
        feedback.setProgress(valor)
        return
    senal = getattr(feedback, "progressChanged", None)
    if senal is not None:
        senal.emit(feedback.progress())
