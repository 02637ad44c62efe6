"""Refresh the translation sources and build the .qm files.

    uv run python resources/translations/update.py          # lupdate + lrelease
    uv run python resources/translations/update.py --check  # exit 1 if a string is new or untranslated
    uv run python resources/translations/update.py --todo   # the untranslated strings, as TSV to fill in
    uv run python resources/translations/update.py --fill FILE.tsv     # context, source, Chinese per line
    uv run python resources/translations/update.py --merge OTHER.ts    # take translations from another copy

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


ZH = HERE / "frontdesk_zh_CN.ts"


def todo() -> int:
    """Print the untranslated Chinese messages as ``context<TAB>source<TAB>lupdate's guess``."""
    for ctx in ET.parse(ZH).iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if m.get("numerus") != "yes" and (tr.get("type") == "unfinished" or not (tr.text or "").strip()):
                print("\t".join(_escape(x) for x in (ctx.findtext("name"), m.findtext("source"), tr.text or "")))
    return 0


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\")


def fill(table: dict[tuple[str, str], str]) -> int:
    """Write ``(context, source) → Chinese`` into the zh_CN source, marking them finished."""
    tree = ET.parse(ZH)
    done = 0
    for ctx in tree.iter("context"):
        for m in ctx.iter("message"):
            key = (ctx.findtext("name"), m.findtext("source"))
            if key in table and m.get("numerus") != "yes":
                tr = m.find("translation")
                tr.text = table[key]
                tr.attrib.pop("type", None)
                done += 1
    tree.write(ZH, encoding="utf-8", xml_declaration=True)
    print(f"{done} translations written")
    return 0


def read_tsv(path: str) -> dict[tuple[str, str], str]:
    table = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 3 and parts[2].strip():
            table[(_unescape(parts[0]), _unescape(parts[1]))] = _unescape(parts[2])
    return table


def read_ts(path: str) -> dict[tuple[str, str], str]:
    """The finished translations of another copy of the zh_CN source (a branch being merged)."""
    table = {}
    for ctx in ET.parse(path).iter("context"):
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if m.get("numerus") != "yes" and tr.get("type") is None and (tr.text or "").strip():
                table[(ctx.findtext("name"), m.findtext("source"))] = tr.text
    return table


def main() -> int:
    if "--check" in sys.argv:
        return check()
    if "--todo" in sys.argv:
        return todo()
    for flag, reader in (("--fill", read_tsv), ("--merge", read_ts)):
        if flag in sys.argv:
            fill(reader(sys.argv[sys.argv.index(flag) + 1]))
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
