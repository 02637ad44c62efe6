"""The date range of a filter bar: from … to, used only while its check box is ticked."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QWidget


def date_range(parent: QWidget, use: QCheckBox, days: int, on_change: Callable[[], object],
               names: tuple[str, str]) -> tuple[QDateEdit, QDateEdit]:
    """Two date edits (object names ``names``) from ``days`` ago to today, enabled while ``use`` is ticked;
    ticking it, or changing a date, calls ``on_change``."""
    today = QDate.currentDate()
    start = QDateEdit(today.addDays(-days), parent, objectName=names[0])
    end = QDateEdit(today, parent, objectName=names[1])
    for edit in (start, end):
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        edit.dateChanged.connect(lambda *_: on_change())

    def toggled(on: bool) -> None:
        start.setEnabled(on)
        end.setEnabled(on)
        on_change()

    use.toggled.connect(toggled)
    return start, end
