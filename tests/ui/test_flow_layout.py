"""app.ui.widgets.flow.FlowLayout: what it measures is where it places (a wrapped last row is never cut)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui.widgets.flow import FlowLayout


def test_measured_before_shown_and_placed_alike_with_a_hidden_button(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    box = QWidget(host)
    flow = FlowLayout(box)
    buttons = [QPushButton(f"Button number {i}", box) for i in range(7)]
    for b in buttons:
        flow.addWidget(b)
    buttons[2].hide()
    column.addWidget(box)
    column.addWidget(QLabel("below", host))
    column.addStretch(1)
    host.resize(300, 400)
    measured = flow.heightForWidth(300)   # before the window is shown: nothing is visible yet
    host.show()
    qtbot.waitExposed(host)
    shown = [b for b in buttons if b.isVisible()]
    assert len(shown) == 6
    bottom = max(b.geometry().bottom() for b in shown)
    assert bottom < box.height() and bottom <= measured
    assert all(b.geometry().right() < box.width() for b in shown)
    assert not buttons[2].isVisible()
