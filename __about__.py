"""Plugin identity, read once from metadata.txt (the single source of truth)."""
from configparser import ConfigParser
from pathlib import Path

PLUGIN_DIR = Path(__file__).resolve().parent
PLUGIN_ID = "pot_cartografia"

_meta = ConfigParser(interpolation=None)
_meta.read(PLUGIN_DIR / "metadata.txt", encoding="utf-8")
METADATA = dict(_meta["general"])

__title__ = METADATA["name"]
__version__ = METADATA["version"]
__qgis_min__ = METADATA["qgisminimumversion"]
