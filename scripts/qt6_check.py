"""Qt6 readiness scan of the plugin, in the spirit of QGIS's own scripts/pyqt5_to_pyqt6 checker.

PyQt6 (QGIS 4) accepts only scoped enums and drops a few Qt5 idioms. Every finding below also has
a spelling that works on today's Qt5 QGIS (3.22 to 3.44), so the fix is never a second copy:

- unscoped Qt enum members (``Qt.AlignLeft``, ``QMessageBox.Yes``): use the enum's scope
  (``Qt.AlignmentFlag.AlignLeft``), found by asking the installed Qt which enum a member belongs to.
  QGIS's own enums are not flagged: its Qt6 builds keep their unscoped names (the generated
  ``auto_additions`` alias every member), so ``QgsWkbTypes.PolygonGeometry`` stays valid;
- ``exec_()`` (use ``exec()``), ``PyQt5`` imports (use ``qgis.PyQt``), ``QRegExp``, ``QDesktopWidget``,
  ``qApp``, ``QVariant()`` as NULL, ``QFontMetrics.width``, ``activated[str]``, compiled resources.

Usage: python scripts/qt6_check.py [paths...]   exit 1 when something is found.
"""
from __future__ import annotations

import ast
import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SKIP = {".venv", "dist", "build", ".git", "__pycache__"}
QT_MODULES = ("qgis.PyQt.",)
REMOVED = {
    "QRegExp": "QRegExp is gone in Qt6: use QRegularExpression",
    "QDesktopWidget": "QDesktopWidget is gone in Qt6: use QScreen (QGuiApplication.screens())",
    "qApp": "qApp is gone in Qt6: use QApplication.instance()",
    "resources_rc": "compiled resources are gone in Qt6: load icons and .ui files by path",
}


def _files(paths):
    for base in paths:
        base = Path(base)
        candidates = [base] if base.is_file() else sorted(base.rglob("*.py"))
        for path in candidates:
            if not SKIP.intersection(path.relative_to(ROOT).parts if path.is_relative_to(ROOT) else path.parts):
                yield path


def _imported_objects(tree):
    """Local name → object, for names imported from Qt (through qgis.PyQt)."""
    objects = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(QT_MODULES):
            try:
                module = importlib.import_module(node.module)
            except ImportError:
                continue
            for alias in node.names:
                if hasattr(module, alias.name):
                    objects[alias.asname or alias.name] = getattr(module, alias.name)
    return objects


def _enum_scope(owner, member_name):
    """The enum class name that scopes ``owner.member_name``, or "" when it is not an unscoped member."""
    if not isinstance(owner, type):
        return ""
    try:
        value = getattr(owner, member_name)
    except AttributeError:
        return ""
    enum_type = type(value)
    kind = type(enum_type).__name__
    if kind not in ("enumtype", "EnumType", "EnumMeta", "sip.enumtype"):
        return ""
    if enum_type.__name__ == member_name or isinstance(value, type):
        return ""
    # The enum must be reachable from the owner (or from Qgis, where QGIS moved many enums).
    for scope in (owner,):
        if getattr(scope, enum_type.__name__, None) is enum_type:
            return enum_type.__name__
    return enum_type.__qualname__


def check_file(path: Path):
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    objects = _imported_objects(tree)
    found = []

    def report(node, message):
        found.append(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{node.lineno}:{node.col_offset}: {message}")

    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            module = getattr(node, "module", None) or ""
            names = [alias.name for alias in node.names]
            if module.startswith("PyQt5") or any(name.startswith("PyQt5") for name in names if isinstance(node, ast.Import)):
                report(node, "import Qt through qgis.PyQt, not PyQt5")
            for name in names:
                if name in REMOVED:
                    report(node, REMOVED[name])
        elif isinstance(node, ast.Attribute):
            if node.attr == "exec_":
                report(node, "exec_() is gone in Qt6: use exec()")
            if isinstance(node.value, ast.Name):
                if node.value.id == "qApp":
                    report(node, REMOVED["qApp"])
                owner = objects.get(node.value.id)
                # QVariant.Int etc. stay: QGIS's Qt6 builds map them to QMetaType.Type (as its converter does
                # in QGIS 3 compatible mode).
                if owner is not None and node.value.id != "QVariant":
                    scope = _enum_scope(owner, node.attr)
                    if scope:
                        report(node, f"unscoped enum {node.value.id}.{node.attr}: write {node.value.id}.{scope}.{node.attr}")
            if node.attr == "width" and isinstance(node.value, ast.Call):
                func = node.value.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name in ("fontMetrics", "QFontMetrics", "QFontMetricsF"):
                    report(node, "QFontMetrics.width() is gone in Qt6: use horizontalAdvance()")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QVariant" and not node.args:
            report(node, "QVariant() as NULL is gone in Qt6: use qgis.core.NULL")
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "activated":
            report(node, "activated[str] is gone in Qt6: use textActivated")
    return found


def main(argv):
    from qgis.core import QgsApplication  # noqa: F401  (loads the bindings the scan introspects)

    paths = argv or [ROOT]
    found = [line for path in _files(paths) for line in check_file(path)]
    for line in found:
        print(line)
    print(f"qt6_check: {len(found)} Qt5-only idiom(s)" if found else "qt6_check: no Qt5-only idiom found")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
