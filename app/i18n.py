"""Translatable text that works with and without Qt.

Source strings are English; the translations live in resources/translations (zh_CN is the default
language, en is complete by being the source). Code below the UI marks a string with
``QT_TRANSLATE_NOOP(context, text)`` so that ``pyside6-lupdate`` extracts it; the call returns a
:class:`Text` that is translated when it is shown (``str(text)``), through whatever translator the
process installed with :func:`install` (the GUI and the CLI install Qt's).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

_translate: Callable[[str, str], str] = lambda context, source: source


def install(translate: Callable[[str, str], str]) -> None:
    """Route every :class:`Text` through ``translate(context, source)``."""
    global _translate
    _translate = translate


def translate(context: str, source: str) -> str:
    return _translate(context, source)


class Text:
    """A source string with its translation context and optional ``str.format`` arguments."""

    __slots__ = ("context", "source", "args")

    def __init__(self, context: str, source: str, args: dict[str, Any] | None = None) -> None:
        self.context = context
        self.source = source
        self.args = args or {}

    def format(self, **args: Any) -> Text:
        return Text(self.context, self.source, {**self.args, **args})

    def __str__(self) -> str:
        text = _translate(self.context, self.source)
        if not self.args:
            return text
        return text.format(**{k: str(v) for k, v in self.args.items()})

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {self.source!r}, {self.args!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.context, self.source, self.args) == (
            other.context, other.source, other.args)

    def __hash__(self) -> int:
        return hash((self.context, self.source))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - the name lupdate looks for
    return Text(context, source)


_CHINESE: dict[tuple[str, str], str] | None = None


def chinese(text: Text | str) -> str:
    """``text`` in Simplified Chinese whatever language the UI shows: the words of printed forms.

    Read from the zh_CN translation source the first time (paperwork is Chinese in an English UI too);
    a plain ``str`` is returned as it is.
    """
    if not isinstance(text, Text):
        return str(text)
    global _CHINESE
    if _CHINESE is None:
        _CHINESE = _load_chinese()
    source = _CHINESE.get((text.context, text.source), text.source)
    if not text.args:
        return source
    return source.format(**{k: chinese(v) if isinstance(v, Text) else str(v) for k, v in text.args.items()})


def _load_chinese() -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET

    from app.config import RESOURCES
    path = RESOURCES / "translations" / "frontdesk_zh_CN.ts"
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or message.get("numerus") == "yes" or not translation.text:
                continue
            table[(name, message.findtext("source") or "")] = translation.text
    return table
