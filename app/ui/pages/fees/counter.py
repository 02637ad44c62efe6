"""The counter view of the fees page (being built)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class CounterView(QWidget):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Press Ctrl+K to find the room of the payer."), self)
        layout.addWidget(self.hint)
        layout.addStretch(1)
