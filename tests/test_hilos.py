"""core/hilos.py: a function run in a worker thread while the caller waits, reporting."""
import threading
import time
import traceback

import pytest
from qgis.core import QgsProcessingFeedback

from pot_cartografia.core import hilos, i18n


def test_the_result_comes_back_and_the_work_ran_in_another_thread():
    def trabajo(control, a, b=0):
        control.avance(1.0)
        return a + b, threading.get_ident()

    (suma, hilo), principal = hilos.en_hilo(trabajo, 2, b=3), threading.get_ident()
    assert suma == 5
    assert hilo != principal


def test_the_workers_exception_is_raised_in_the_caller_with_its_traceback():
    def falla_dentro(control):
        raise ValueError("roto en el hilo")

    with pytest.raises(ValueError, match="roto en el hilo") as info:
        hilos.en_hilo(falla_dentro)
    marcos = [marco.name for marco in traceback.extract_tb(info.value.__traceback__)]
    assert "falla_dentro" in marcos  # the worker's own frame, not only the caller's


def test_the_caller_keeps_reporting_while_the_worker_runs():
    textos = []

    class Feedback(QgsProcessingFeedback):
        def setProgressText(self, texto):  # noqa: N802 (QGIS API)
            textos.append(texto)

    feedback = Feedback()
    informes = []
    feedback.progressChanged.connect(informes.append)
    hilo_de_informes = []
    feedback.progressChanged.connect(lambda _: hilo_de_informes.append(threading.get_ident()))

    def lento(control):
        control.avance(0.5, "mitad")
        time.sleep(0.5)  # one stretch without a checkpoint: the caller still reports
        return "hecho"

    assert hilos.en_hilo(lento, feedback=feedback, progreso=(40.0, 60.0), pausa=0.02) == "hecho"
    assert len(informes) >= 5  # every slice, though the value does not change (QgsFeedback drops repeats)
    assert 50.0 in informes and informes[-1] == 60.0
    assert set(hilo_de_informes) == {threading.get_ident()}  # reported in the caller's thread
    assert textos == ["mitad"]


def test_cancel_stops_the_worker_at_its_next_checkpoint():
    feedback = QgsProcessingFeedback()
    pasos = []

    def largo(control):
        for paso in range(200):
            control.punto_de_control("parado")
            pasos.append(paso)
            time.sleep(0.01)
        return "no debía terminar"

    threading.Timer(0.1, feedback.cancel).start()
    with pytest.raises(hilos.Cancelado, match="parado"):
        hilos.en_hilo(largo, feedback=feedback, pausa=0.02)
    assert 0 < len(pasos) < 200


def test_the_worker_writes_in_the_callers_document_language():
    def idioma(control):
        return i18n.idioma_documento(), i18n.trd("Figure {number}. {title}")

    with i18n.idioma_de_documentos("en"):
        assert hilos.en_hilo(idioma) == ("en", "Figure {number}. {title}")
    with i18n.idioma_de_documentos("es"):
        assert hilos.en_hilo(idioma) == ("es", "Figura {number}. {title}")
