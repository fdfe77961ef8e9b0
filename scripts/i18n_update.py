"""Extract every tr("literal") and trd("literal") of the plugin into i18n/pot_cartografia_es.ts, keeping translations.

Why not pylupdate5: our strings live in one context ("pot") whether they are called from a class or a
function, and pylupdate5 derives the context from the enclosing class. This reads the code with
``ast``, so it also refuses ``tr(f"...")`` and ``tr(variable)``, which no extractor can translate.

Usage: python scripts/i18n_update.py [--check]
  --check  exit 1 if the .ts is out of date or has unfinished translations (used by tests/CI).
"""
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "i18n" / "pot_cartografia_es.ts"
CONTEXT = "pot"
SKIP_DIRS = {"tests", "benchmarks", "scripts", ".venv", "dist", "build", ".git", "i18n", "docs"}


def source_files():
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in SKIP_DIRS or any(part.startswith(".") for part in rel.parts):
            continue
        yield path


def extract():
    """(ordered {source: [locations]}, [errors])"""
    messages, errors = {}, []
    for path in source_files():
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in ("tr", "trd") or not node.args:
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                messages.setdefault(arg.value, []).append((rel, node.lineno))
            elif isinstance(func, ast.Name) or (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self"):
                errors.append(f"{rel}:{node.lineno}: {name}() needs a string literal (format after translating)")
    return messages, errors


def read_ts():
    if not TS.exists():
        return {}
    translations = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        unfinished = node is not None and node.get("type") in ("unfinished", "obsolete", "vanished")
        translations[source] = (node.text or "" if node is not None else "", unfinished)
    return translations


def build(messages, translations):
    root = ET.Element("TS", version="2.1", language="es_PE", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(messages, key=str.casefold):
        message = ET.SubElement(context, "message")
        # File names only: line numbers churn with every edit and make merges conflict.
        for rel in sorted({rel for rel, _ in messages[source]})[:3]:
            ET.SubElement(message, "location", filename=f"../{rel}")
        ET.SubElement(message, "source").text = source
        text, unfinished = translations.get(source, ("", True))
        node = ET.SubElement(message, "translation")
        node.text = text
        if unfinished or not text:
            node.set("type", "unfinished")
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"


def main(argv):
    messages, errors = extract()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    translations = read_ts()
    content = build(messages, translations)
    unfinished = [s for s in messages if translations.get(s, ("", True))[1] or not translations.get(s, ("", True))[0]]
    if "--check" in argv:
        # Same strings in code and file; line numbers of <location> may drift without harm.
        nuevas = sorted(set(messages) - set(translations))
        viejas = sorted(set(translations) - set(messages))
        if nuevas or viejas:
            print(f"{TS.name} is out of date: run `make i18n` (new: {nuevas[:3]}, gone: {viejas[:3]})", file=sys.stderr)
            return 1
        if unfinished:
            print(f"{len(unfinished)} strings without Spanish translation, e.g. {unfinished[:3]}", file=sys.stderr)
            return 1
        return 0
    TS.parent.mkdir(exist_ok=True)
    TS.write_text(content, encoding="utf-8")
    print(f"{TS.relative_to(ROOT)}: {len(messages)} strings, {len(unfinished)} without translation")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
