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
