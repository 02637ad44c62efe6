"""Splitters whose position survives a restart (DESIGN.md §6: window, splitter and header state persist)."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSplitter


def persist_splitter(splitter: QSplitter, key: str, default_sizes: list[int]) -> None:
    """Restore ``splitter`` from the user's settings under ``key`` (else ``default_sizes``) and save it
    whenever the user moves it."""
    state = QSettings().value(key)
    if state is None or not splitter.restoreState(state):
        splitter.setSizes(default_sizes)
    splitter.splitterMoved.connect(lambda *_: QSettings().setValue(key, splitter.saveState()))
