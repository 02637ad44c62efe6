"""Refresh the translation sources and build the .qm files.

    uv run python resources/translations/update.py          # lupdate + lrelease
    uv run python resources/translations/update.py --check  # exit 1 if a string is new or untranslated

Source strings are English; ``frontdesk_zh_CN.ts`` holds the Simplified Chinese (the default language),
``frontdesk_en.ts`` marks every English string as final. Edit zh_CN with Qt Linguist (pyside6-linguist) or
by hand, then run this script and commit the .ts and .qm files.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(exe) if exe.exists() else f"pyside6-{name}"


def sources() -> list[str]:
    """The application and its persistence layer (db/ words the store's and the backups' messages)."""
    return sorted(str(p.relative_to(ROOT)) for base in ("app", "db") for p in (ROOT / base).rglob("*.py")
                  if "migrations" not in p.parts)


def lupdate(ts_files: list[Path]) -> None:
    """Extract every string of app/ (``T`` is our alias of QT_TRANSLATE_NOOP) into each .ts file."""
    for ts in ts_files:
        lang = ts.stem.split("_", 1)[1]
        subprocess.run([tool("lupdate"), "-no-obsolete", "-locations", "none", "-target-language", lang,
                        "-tr-function-alias", "QT_TRANSLATE_NOOP+=T", *sources(), "-ts", str(ts)],
                       cwd=ROOT, check=True, capture_output=True)


def fill_english(ts: Path) -> None:
    """English is the source language: every translation is the source text itself."""
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        tr.attrib.pop("type", None)
        if msg.get("numerus") == "yes":  # singular and plural forms, both the source text
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = msg.findtext("source")
        else:
            tr.text = msg.findtext("source")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def unfinished(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    return [f"{ctx.findtext('name')}: {m.findtext('source')}" for ctx in tree.iter("context")
            for m in ctx.iter("message")
            if m.find("translation").get("type") == "unfinished"
            or not ("".join(m.find("translation").itertext()).strip())]


def check() -> int:
    """New strings in the code that the committed .ts files lack, or untranslated ones."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            ts = HERE / f"frontdesk_{lang}.ts"
            copy = Path(tmp) / ts.name
            copy.write_bytes(ts.read_bytes())
            lupdate([copy])
            if lang == "en":
                fill_english(copy)
            missing = unfinished(copy)
            problems += [f"{lang}: {m}" for m in missing]
    for p in problems:
        print(p)
    return 1 if problems else 0


def main() -> int:
    if "--check" in sys.argv:
        return check()
    files = [HERE / f"frontdesk_{lang}.ts" for lang in LANGS]
    lupdate(files)
    fill_english(HERE / "frontdesk_en.ts")
    for lang in LANGS:
        lrelease(HERE / f"frontdesk_{lang}.ts", HERE / f"frontdesk_{lang}.qm")
    left = unfinished(HERE / "frontdesk_zh_CN.ts")
    print(f"{len(left)} strings still to translate into Chinese")
    return 0


if __name__ == "__main__":
    sys.exit(main())
