"""Every QSettings key of the program, declared once (as MusicBrainz Picard declares its options).

What a user's settings hold: the window's geometry, each page's splitter and list header state, the
language, and this PC's print choices (font, paper per form, printer). Per-page keys are made from the page's
declared ``settings_key`` by :func:`splitter_key` and :func:`header_key`, so two pages never share one by
accident. Nothing else in app/ui names a key.

The organisation and application names ("frontdesk") are set on the QApplication; the language is also read
before it exists (the sign-in screen's language), hence the explicit scope of :func:`store`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = APPLICATION = "frontdesk"


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any = None

    def get(self) -> Any:
        value = store().value(self.key, self.default)
        return self.default if value is None else value

    def set(self, value: Any) -> None:
        store().setValue(self.key, value)


def store() -> QSettings:
    return QSettings(ORGANISATION, APPLICATION)


MAIN_GEOMETRY = Setting("main/geometry")
LANGUAGE = Setting("language", "zh_CN")
PRINT_FONT = Setting("printing/font_path", "")
PRINTER = Setting("printing/printer", "")


def paper(form: str) -> Setting:
    """The paper this PC prints ``form`` on."""
    return Setting(f"printing/paper/{form}", "A4")


def splitter_key(settings_key: str) -> Setting:
    return Setting(f"{settings_key}/splitter")


def header_key(settings_key: str) -> Setting:
    return Setting(f"{settings_key}/header")


def restore_state(setting: Setting, widget: Any) -> bool:
    """Restore a widget's saved state (a splitter, a header); False when there is none or it does not fit."""
    state = setting.get()
    return isinstance(state, QByteArray | bytes) and bool(widget.restoreState(state))
