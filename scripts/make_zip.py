"""Build dist/pot_cartografia.zip as the QGIS plugin repository expects it.

One top-level folder ``pot_cartografia/`` holding the runtime code, metadata, LICENSE, icons and the
compiled translations; no tests, benchmarks, scripts, caches or development files.
"""
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "pot_cartografia"
FILES = ["__init__.py", "__about__.py", "plugin.py", "metadata.txt", "LICENSE", "README.md", "CHANGELOG.md", "resources.qrc"]
PACKAGES = ["core", "store", "diccionario", "processing_provider", "demo", "modelo_actual", "prospectiva", "modelo_ot",
            "alternativas", "salidas", "ui", "icons"]
LIMIT_MB = 25


def members():
    for name in FILES:
        yield ROOT / name
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
                yield path
    qm = sorted((ROOT / "i18n").glob("*.qm"))
    if not qm:
        sys.exit("no compiled translation in i18n/: run `make i18n-compile` first")
    yield from qm


def main():
    out = ROOT / "dist" / f"{NAME}.zip"
    out.parent.mkdir(exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in members():
            if not path.exists():
                sys.exit(f"missing {path.relative_to(ROOT)}")
            archive.write(path, f"{NAME}/{path.relative_to(ROOT).as_posix()}")
    size = out.stat().st_size / 1e6
    if size > LIMIT_MB:
        sys.exit(f"{out} is {size:.1f} MB, over the {LIMIT_MB} MB limit of the plugin repository")
    print(f"{out.relative_to(ROOT)}: {size:.2f} MB")


if __name__ == "__main__":
    main()
