"""Splitters and list headers whose state survives a restart (DESIGN.md §6), under the keys of app.ui.settings."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QSplitter, QTableView

from app.ui import settings


def persist_splitter(splitter: QSplitter, settings_key: str, default_sizes: list[int]) -> None:
    """Restore ``splitter`` from the user's settings of ``settings_key`` (else ``default_sizes``) and save it
    whenever the user moves it."""
    setting = settings.splitter_key(settings_key)
    if not settings.restore_state(setting, splitter):
        splitter.setSizes(default_sizes)
    splitter.splitterMoved.connect(lambda *_: setting.set(splitter.saveState()))


def persist_header(view: QTableView, settings_key: str, widths: Sequence[int]) -> None:
    """Restore a list's column widths and order from the settings of ``settings_key`` (else ``widths``) and
    save them whenever the user changes them."""
    setting = settings.header_key(settings_key)
    header = view.horizontalHeader()
    if not settings.restore_state(setting, header) or header.count() != len(widths):
        for i, width in enumerate(widths):
            if width:
                view.setColumnWidth(i, width)
    save = lambda *_: setting.set(header.saveState())  # noqa: E731
    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
