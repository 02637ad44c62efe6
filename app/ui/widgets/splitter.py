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


#: a column sized to its content is at most this wide (a long text column leaves room for the others)
FIT_MAX = 300


def persist_header(view: QTableView, settings_key: str, widths: Sequence[int]) -> bool:
    """Restore a list's column widths and order from the settings of ``settings_key`` (else ``widths``) and
    save them whenever the user changes them. True when the user's own widths were restored (then
    :func:`fit_columns` leaves them)."""
    setting = settings.header_key(settings_key)
    header = view.horizontalHeader()
    restored = settings.restore_state(setting, header) and header.count() == len(widths)
    if not restored:
        for i, width in enumerate(widths):
            if width:
                view.setColumnWidth(i, width)

    def save(*_) -> None:
        if not view.property("fitting"):
            setting.set(header.saveState())
    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    return restored


def fit_columns(view: QTableView) -> None:
    """Size every column but the stretched last one to its header and the rows loaded (a document number, a
    phone, a time is never cut), a long text at most FIT_MAX px; not saved as the user's widths."""
    view.setProperty("fitting", True)
    try:
        header = view.horizontalHeader()
        last = header.count() - 1 if header.stretchLastSection() else header.count()
        for i in range(last):
            if header.isSectionHidden(i):
                continue
            width = max(view.sizeHintForColumn(i), header.sectionSizeHint(i))
            view.setColumnWidth(i, min(width, FIT_MAX))
    finally:
        view.setProperty("fitting", False)
