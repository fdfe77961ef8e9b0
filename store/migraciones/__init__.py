"""The POT schema, one module per version: ``vNNN_<what>.py`` with ``migrar(conn)`` takes a file from
version NNN-1 to NNN. Discovered by number, so adding a table is adding a module here.

Never edit a migration that has shipped: add the next one. Every table of a POT is created here and
nowhere else (components read and write them through the store).
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

_NOMBRE = re.compile(r"^v(\d{3})_\w+$")


def migraciones() -> list:
    """[(version, migrar)] in order; a gap or a repeated number is a programming error."""
    encontradas = {}
    for info in pkgutil.iter_modules([str(Path(__file__).parent)]):
        coincide = _NOMBRE.match(info.name)
        if not coincide:
            continue
        version = int(coincide.group(1))
        if version in encontradas:
            raise RuntimeError(f"two schema migrations numbered {version}")
        encontradas[version] = importlib.import_module(f"{__package__}.{info.name}").migrar
    versiones = sorted(encontradas)
    if versiones != list(range(1, len(versiones) + 1)):
        raise RuntimeError(f"schema migrations must be numbered 1..n without gaps, found {versiones}")
    return [(v, encontradas[v]) for v in versiones]
