"""One logger for the plugin, mirrored to the QGIS message log (tab "POT")."""
import logging

from qgis.core import Qgis, QgsMessageLog

TAG = "POT"
_LEVELS = {
    logging.DEBUG: Qgis.Info,
    logging.INFO: Qgis.Info,
    logging.WARNING: Qgis.Warning,
    logging.ERROR: Qgis.Critical,
    logging.CRITICAL: Qgis.Critical,
}


class _QgisLogHandler(logging.Handler):
    def emit(self, record):
        try:
            QgsMessageLog.logMessage(self.format(record), TAG, _LEVELS.get(record.levelno, Qgis.Info))
        except RuntimeError:  # application already gone at interpreter exit
            pass


def get_logger() -> logging.Logger:
    logger = logging.getLogger("pot_cartografia")
    if not any(isinstance(h, _QgisLogHandler) for h in logger.handlers):
        logger.addHandler(_QgisLogHandler())
        logger.setLevel(logging.INFO)
    return logger
