"""The receipts view of the fees page (being built)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ReceiptsView(QWidget):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("No receipt yet."), self)
        layout.addWidget(self.hint)
        layout.addStretch(1)
