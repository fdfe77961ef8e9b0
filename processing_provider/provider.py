"""The "pot" Processing provider; algorithms are found in the alg_*.py modules beside it."""
from pathlib import Path

from qgis.core import QgsProcessingProvider

from ..__about__ import __version__
from ..core.i18n import tr
from .base import PotAlgorithm, icono_pot

PROVIDER_ID = "pot"


def algorithm_classes():
    """Every PotAlgorithm subclass with a NAME in the modules ``alg_*.py`` of this folder, by id.

    Adding an algorithm = adding a module; nothing else to register.
    """
    import importlib
    import pkgutil

    found = {}
    for module_info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module_info.name.startswith("alg_"):
            module = importlib.import_module(f"{__package__}.{module_info.name}")
            for value in vars(module).values():
                if isinstance(value, type) and issubclass(value, PotAlgorithm) and value.NAME:
                    found[value.NAME] = value
    return [found[name] for name in sorted(found)]


class PotProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("POT Cartografía")

    def longName(self):  # noqa: N802
        return tr("POT Cartografía {version}").format(version=__version__)

    def icon(self):
        return icono_pot()

    def loadAlgorithms(self):  # noqa: N802
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
