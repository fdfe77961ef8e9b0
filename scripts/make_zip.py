"""Build dist/pot_cartografia.zip as the QGIS plugin repository expects it.

One top-level folder ``pot_cartografia/`` holding every file git tracks, minus what only developers
need (tests, benchmarks, scripts, CI, docs, dev configuration). The user guide (``docs/guia/``) is
shipped: the POT › Help menu and every algorithm's help button open it from the installed plugin. Built from ``git ls-files`` rather
than a hand-kept list, so a new package or a .ui file can never be silently left out; a plugin
file that git does not track yet stops the build with its name.

Usage: python scripts/make_zip.py [--out PATH]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "pot_cartografia"
DEV_DIRS = {"tests", "benchmarks", "scripts", ".ci", "docs", "demo_salida", "dist", "build"}
DEV_FILES = {".gitignore", "Makefile", "pytest.ini", "ruff.toml", "requirements-dev.txt", "constraints.txt"}
DEV_SUFFIXES = {".ts", ".pyc", ".pyo"}
SHIPPED_DOCS = "guia"  # docs/guia/ is for users
LIMIT_MB = 25


def _git(*args) -> list:
    out = subprocess.run(["git", "-c", "safe.directory=*", *args], cwd=ROOT, capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"make_zip needs a git checkout: {out.stderr.strip()}")
    return [line for line in out.stdout.splitlines() if line]


def is_runtime(rel: str) -> bool:
    parts = Path(rel).parts
    if parts[0] == "docs" and len(parts) > 2 and parts[1] == SHIPPED_DOCS:
        return True
    return not (
        parts[0] in DEV_DIRS
        or rel in DEV_FILES
        or Path(rel).suffix in DEV_SUFFIXES
        or "__pycache__" in parts
        or any(part.startswith(".") for part in parts)
    )


def members() -> list:
    tracked = [rel for rel in _git("ls-files") if is_runtime(rel) and (ROOT / rel).is_file()]
    untracked = [rel for rel in _git("ls-files", "--others", "--exclude-standard") if is_runtime(rel)]
    if untracked:
        sys.exit("not tracked by git (git add them, or ignore them): " + ", ".join(sorted(untracked)))
    if not any(rel.endswith(".qm") for rel in tracked):
        sys.exit("no compiled translation (i18n/*.qm) is tracked: run `make i18n` and commit it")
    return sorted(tracked)


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "dist" / f"{NAME}.zip"))
    out = Path(parser.parse_args(argv).out)
    out.parent.mkdir(parents=True, exist_ok=True)
    temporal = out.with_name(out.name + ".tmp")
    with zipfile.ZipFile(temporal, "w", zipfile.ZIP_DEFLATED) as archive:
        for rel in members():
            archive.write(ROOT / rel, f"{NAME}/{rel}")
    temporal.replace(out)
    size = out.stat().st_size / 1e6
    if size > LIMIT_MB:
        sys.exit(f"{out} is {size:.1f} MB, over the {LIMIT_MB} MB limit of the plugin repository")
    print(f"{out}: {size:.2f} MB")


if __name__ == "__main__":
    main()
