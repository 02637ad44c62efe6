"""Every string the code passes to tr() / translate() / QT_TRANSLATE_NOOP (and its aliases) is in the .ts
files with a Chinese translation, however it is passed.

lupdate only sees calls whose context and source are literals; a context passed through a variable
(``QT_TRANSLATE_NOOP(CTX, "…")``) is silently left out, and the Chinese interface then shows English. This
test reads the code's syntax tree: a call whose context or source is not a literal fails it (unless it is
one of the few bridges listed in :data:`BRIDGES` that forward a ``Text``'s own context and source), and so
does a literal pair that the zh_CN .ts file lacks or leaves unfinished.
"""
from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

from app.config import RESOURCES

ROOT = Path(__file__).resolve().parent.parent
TS = RESOURCES / "translations" / "frontdesk_zh_CN.ts"
NOOP_NAMES = {"QT_TRANSLATE_NOOP"}
#: functions that forward a context and source they were given (Text.__str__, the Qt bridge): not strings
BRIDGES = {("app/i18n.py", "translate"), ("app/i18n_qt.py", "*"), ("app/ui/pages/worklog.py", "tr")}
#: objects whose ``translate(context, source)`` is Qt's (Canvas.translate and str.translate are not)
TRANSLATORS = {"QCoreApplication", "QApplication", "QGuiApplication", "i18n"}


def _ts_messages() -> dict[tuple[str, str], bool]:
    out = {}
    for ctx in ET.parse(TS).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            done = tr.get("type") not in ("unfinished", "obsolete", "vanished") and "".join(tr.itertext()).strip()
            out[(name, msg.findtext("source"))] = bool(done)
    return out


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Calls(ast.NodeVisitor):
    """(line, context, source, problem) of every translation call in one module."""

    def __init__(self, rel: str) -> None:
        self.rel = rel
        self.aliases = set(NOOP_NAMES)
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.found: list[tuple[int, str | None, str | None, str]] = []

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        for a in node.names:
            if a.name in NOOP_NAMES:
                self.aliases.add(a.asname or a.name)

    def visit_Assign(self, node: ast.Assign) -> None:
        if isinstance(node.value, ast.Name) and node.value.id in self.aliases:
            self.aliases |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815 - ast.NodeVisitor's method name

    def _bridge(self) -> bool:
        return any((self.rel, f) in BRIDGES for f in ("*", *self.functions))

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        args = node.args
        qt_translate = name == "translate" and (
            isinstance(func, ast.Name) or isinstance(func.value, ast.Name) and func.value.id in TRANSLATORS)
        if (name in self.aliases or qt_translate) and not self._bridge():
            if len(args) < 2:
                self.found.append((node.lineno, None, None, "needs a context and a source"))
            else:
                ctx, src = _literal(args[0]), _literal(args[1])
                problem = "" if ctx is not None and src is not None else "context or source is not a literal"
                self.found.append((node.lineno, ctx, src, problem))
        elif name == "tr" and isinstance(func, ast.Attribute) and args and self.classes and not self._bridge():
            src = _literal(args[0])
            self.found.append((node.lineno, self.classes[-1], src,
                               "" if src is not None else "source is not a literal"))
        self.generic_visit(node)


def _calls():
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        visitor = _Calls(rel)
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), rel))
        for line, ctx, src, problem in visitor.found:
            yield f"{rel}:{line}", ctx, src, problem


def test_every_translation_call_passes_literals_that_lupdate_sees():
    bad = [f"{where}: {problem}" for where, _c, _s, problem in _calls() if problem]
    assert not bad, "translation calls lupdate cannot read:\n" + "\n".join(bad)


def test_every_translated_string_is_in_the_ts_file_with_a_translation():
    messages = _ts_messages()
    missing = [f"{where}: [{ctx}] {src!r}" for where, ctx, src, problem in _calls()
               if not problem and not messages.get((ctx, src))]
    assert not missing, "strings missing from frontdesk_zh_CN.ts or untranslated:\n" + "\n".join(missing)


def test_the_scanner_catches_a_context_in_a_variable():
    visitor = _Calls("x.py")
    visitor.visit(ast.parse('from app.i18n import QT_TRANSLATE_NOOP as T\nCTX = "Roster"\n'
                            'A = T(CTX, "Hello")\nB = T("Roster", "Hi")\n'
                            'class W:\n    def f(self, s):\n        return self.tr(s), self.tr("Ok")\n'))
    assert [(ctx, src, bool(p)) for _l, ctx, src, p in visitor.found] == [
        (None, "Hello", True), ("Roster", "Hi", False), ("W", None, True), ("W", "Ok", False)]
