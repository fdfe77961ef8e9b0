"""Extract every tr("literal") and trd("literal") of the plugin, and every string of its Qt Designer
forms (``*.ui``), into i18n/pot_cartografia_es.ts, keeping translations.

Why not pylupdate5: our strings live in one context ("pot") whether they are called from a class or a
function, and pylupdate5 derives the context from the enclosing class. This reads the code with
``ast``, so it also refuses ``tr(f"...")`` and ``tr(variable)``, which no extractor can translate.

The forms: uic translates a form's strings in the context named by its ``<class>`` element, so every
``.ui`` of the plugin has ``<class>pot</class>`` (checked here) and its strings join the same catalogue;
strings marked ``notr="true"`` are left out, as uic leaves them untranslated.

Plural forms: ``tr("{n} layers", n)`` (a second argument) is a Qt numerus message (``numerus="yes"``,
one ``<numerusform>`` per plural form of the language: two in Spanish and English). English, the
source language, needs its own singular, so numerus messages also go to i18n/pot_cartografia_en.ts
(and only they: every other English text is the source itself).

Usage: python scripts/i18n_update.py [--check]
  --check  exit 1 if a .ts is out of date or has unfinished translations (used by tests/CI).
"""
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
TS = I18N / "pot_cartografia_es.ts"
TS_EN = I18N / "pot_cartografia_en.ts"
CONTEXT = "pot"
SKIP_DIRS = {"tests", "benchmarks", "scripts", ".venv", "dist", "build", ".git", "i18n", "docs"}
FORMAS = 2  # plural forms of Spanish and of English (singular, plural)
# tr and trd, and the registry's ``self.traducir`` (core.pasos: tr or trd, chosen per call)
NOMBRES = ("tr", "trd", "traducir")


def _archivos(patron):
    for path in sorted(ROOT.rglob(patron)):
        rel = path.relative_to(ROOT)
        if rel.parts[0] in SKIP_DIRS or any(part.startswith(".") for part in rel.parts):
            continue
        yield path


def source_files():
    yield from _archivos("*.py")


def ui_files():
    yield from _archivos("*.ui")


def _extraer_python(messages, numerus, errors):
    for path in source_files():
        rel = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=rel)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in NOMBRES or not node.args:
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                messages.setdefault(arg.value, []).append((rel, node.lineno))
                plural = len(node.args) > 1 or any(k.arg == "n" for k in node.keywords)
                numerus.setdefault(arg.value, set()).add(plural)
            elif isinstance(func, ast.Name) or (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self"):
                errors.append(f"{rel}:{node.lineno}: {name}() needs a string literal (format after translating)")


def _extraer_ui(messages, numerus, errors):
    for path in ui_files():
        rel = path.relative_to(ROOT).as_posix()
        root = ET.parse(path).getroot()
        clase = root.findtext("class")
        if clase != CONTEXT:
            errors.append(f"{rel}: <class> must be “{CONTEXT}” (uic translates a form in the context of its class), not “{clase}”")
        for string in root.iter("string"):
            if string.get("notr") == "true" or not (string.text or "").strip():
                continue
            messages.setdefault(string.text, []).append((rel, 0))
            numerus.setdefault(string.text, set()).add(False)


def extract():
    """(ordered {source: [locations]}, {numerus sources}, [errors])"""
    messages, numerus, errors = {}, {}, []
    _extraer_python(messages, numerus, errors)
    _extraer_ui(messages, numerus, errors)
    for source, usos in numerus.items():
        if len(usos) > 1:
            errors.append(f"“{source}” is translated both with and without a count: use one or the other")
    plurales = {source for source, usos in numerus.items() if usos == {True}}
    return messages, plurales, errors


def read_ts(path=TS):
    """{source: (text or [forms], unfinished)}"""
    if not path.exists():
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        unfinished = node is not None and node.get("type") in ("unfinished", "obsolete", "vanished")
        if message.get("numerus") == "yes":
            formas = [f.text or "" for f in node.iter("numerusform")] if node is not None else []
            translations[source] = (formas, unfinished)
        else:
            translations[source] = (node.text or "" if node is not None else "", unfinished)
    return translations


def _completa(traduccion, plural: bool) -> bool:
    texto, unfinished = traduccion
    if unfinished:
        return False
    if plural:
        return isinstance(texto, list) and len(texto) == FORMAS and all(texto)
    return isinstance(texto, str) and bool(texto)


def build(messages, plurales, translations, language="es_PE"):
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(messages, key=str.casefold):
        plural = source in plurales
        message = ET.SubElement(context, "message", numerus="yes") if plural else ET.SubElement(context, "message")
        # File names only: line numbers churn with every edit and make merges conflict.
        for rel in sorted({rel for rel, _ in messages[source]})[:3]:
            ET.SubElement(message, "location", filename=f"../{rel}")
        ET.SubElement(message, "source").text = source
        traduccion = translations.get(source, ("", True))
        node = ET.SubElement(message, "translation")
        if plural:
            formas = traduccion[0] if isinstance(traduccion[0], list) else [traduccion[0]] if traduccion[0] else []
            formas = (formas + [""] * FORMAS)[:FORMAS]
            for forma in formas:
                ET.SubElement(node, "numerusform").text = forma
        else:
            node.text = traduccion[0] if isinstance(traduccion[0], str) else ""
        if not _completa(traduccion, plural):
            node.set("type", "unfinished")
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _revisar(nombre, esperadas, plurales, translations) -> list:
    """Problems of one .ts against the code: strings added or gone, unfinished translations."""
    problemas = []
    nuevas = sorted(set(esperadas) - set(translations))
    viejas = sorted(set(translations) - set(esperadas))
    if nuevas or viejas:
        problemas.append(f"{nombre} is out of date: run `make i18n` (new: {nuevas[:3]}, gone: {viejas[:3]})")
    mal_numerus = sorted(s for s in esperadas if s in translations and (s in plurales) != isinstance(translations[s][0], list))
    if mal_numerus:
        problemas.append(f"{nombre}: plural (numerus) messages changed: run `make i18n` ({mal_numerus[:3]})")
    sin = [s for s in esperadas if s in translations and not _completa(translations[s], s in plurales)]
    if sin:
        problemas.append(f"{nombre}: {len(sin)} strings without translation, e.g. {sin[:3]}")
    return problemas


def main(argv):
    messages, plurales, errors = extract()
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    translations = read_ts(TS)
    translations_en = read_ts(TS_EN)
    ingles = {s: messages[s] for s in messages if s in plurales}
    if "--check" in argv:
        problemas = _revisar(TS.name, messages, plurales, translations) + _revisar(TS_EN.name, ingles, plurales, translations_en)
        if problemas:
            print("\n".join(problemas), file=sys.stderr)
            return 1
        return 0
    I18N.mkdir(exist_ok=True)
    TS.write_text(build(messages, plurales, translations), encoding="utf-8")
    TS_EN.write_text(build(ingles, plurales, translations_en, language="en"), encoding="utf-8")
    sin = [s for s in messages if not _completa(translations.get(s, ("", True)), s in plurales)]
    sin_en = [s for s in ingles if not _completa(translations_en.get(s, ("", True)), True)]
    print(f"{TS.relative_to(ROOT)}: {len(messages)} strings ({len(plurales)} plural), {len(sin)} without translation; "
          f"{TS_EN.relative_to(ROOT)}: {len(ingles)} plural strings, {len(sin_en)} without their English forms")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
