"""The few colours the desk reads meaning from, in one place: late (red), attention (amber), done (grey),
a state's name (blue). Lists use the brushes, detail panes the hex values."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor

LATE_HEX, ATTENTION_HEX, DONE_HEX, STATE_HEX, LABEL_HEX = "#c62828", "#b26a00", "#8a8f96", "#2f6fdf", "#666666"
LATE, ATTENTION, DONE = QBrush(QColor(LATE_HEX)), QBrush(QColor(ATTENTION_HEX)), QBrush(QColor(DONE_HEX))

#: a state's tone (app.domain.workflow.State.tone) as a list's text colour
TONE_BRUSH = {"attention": ATTENTION, "done": DONE, "void": DONE}
TONE_HEX = {"attention": ATTENTION_HEX, "done": DONE_HEX, "void": DONE_HEX, "": STATE_HEX}


def row_brush(row: object) -> QBrush | None:
    """Red when the row is overdue, else its state's tone."""
    if getattr(row, "overdue", False):
        return LATE
    return TONE_BRUSH.get(getattr(row, "tone", ""), None)
