"""Running POT algorithms in other processes (``proceso_hijo.py``): races and kills for the tests."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HIJO = Path(__file__).with_name("proceso_hijo.py")
RESUMEN = []  # lines for the end of the test run (kills and races survived)


class Hijo:
    """A child process; its output is read by a thread so that LISTO is seen the moment it comes."""

    def __init__(self, proceso: subprocess.Popen, errores):
        self.proceso = proceso
        self._errores = errores
        self.lineas = []
        self.listo = threading.Event()
        self.listo_en = 0.0
        self._lector = threading.Thread(target=self._leer, daemon=True)
        self._lector.start()

    def _leer(self):
        for linea in self.proceso.stdout:
            linea = linea.rstrip("\n")
            if linea == "LISTO":
                self.listo_en = time.monotonic()
                self.listo.set()
            self.lineas.append(linea)

    def esperar_listo(self, timeout=120) -> None:
        """Block until the child prints LISTO (QGIS is up; the work starts now)."""
        fin = time.monotonic() + timeout
        while not self.listo.wait(0.2):
            if self.proceso.poll() is not None and not self.listo.is_set():
                self._lector.join(5)
                raise AssertionError("the child died before starting: " + self.errores()[-3000:])
            if time.monotonic() > fin:
                raise AssertionError("the child did not start")

    def errores(self) -> str:
        self._errores.seek(0)
        return self._errores.read()

    def terminar(self, timeout=300) -> dict:
        """Wait for the end: {"ok": bool, "resultado": …, "error": str, "segundos": from LISTO}."""
        self.proceso.wait(timeout=timeout)
        fin = time.monotonic()
        self._lector.join(30)
        errores = self.errores()
        informe = {"ok": self.proceso.returncode == 0, "resultado": None, "error": "", "segundos": fin - self.listo_en}
        for linea in self.lineas:
            if linea.startswith("RESULTADO "):
                informe["resultado"] = json.loads(linea[len("RESULTADO "):])
            elif linea.startswith("ERROR "):
                informe["error"] = json.loads(linea[len("ERROR "):])
        if not informe["ok"]:
            informe["stderr"] = (errores or "")[-3000:]
        return informe

    def matar(self) -> None:
        """kill -9: no clean-up of any kind, as a crash or a power cut."""
        if self.proceso.poll() is None:
            os.kill(self.proceso.pid, signal.SIGKILL)
        self.proceso.wait(timeout=60)
        self._lector.join(30)


def lanzar(orden: dict) -> Hijo:
    """Start a child on ``orden`` ({"alg", "params"} or {"codigo"}; optional "barrera")."""
    errores = tempfile.TemporaryFile(mode="w+")
    proceso = subprocess.Popen(
        [sys.executable, str(HIJO), json.dumps(orden)],
        stdout=subprocess.PIPE, stderr=errores, text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    return Hijo(proceso, errores)


def carrera(ordenes, barrera: Path) -> list:
    """Start every order together (each waits for ``barrera`` once QGIS is up) and return their reports."""
    hijos = [lanzar(dict(orden, barrera=str(barrera))) for orden in ordenes]
    for hijo in hijos:
        hijo.esperar_listo()
    barrera.write_text("ya")
    return [hijo.terminar() for hijo in hijos]
