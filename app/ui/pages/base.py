"""What every page shares: its main window's services, a message bar, and refresh on change notices."""
from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.widgets.message_bar import MessageBar


class Page(QWidget):
    #: record kinds whose change notices make this page refresh
    watches: tuple[str, ...] = ()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.db, self.actor, self.ops = window.db, window.actor, window.ops
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(12, 10, 12, 10)
        self.bar = MessageBar(self)
        self.outer.addWidget(self.bar)
        self.ops.records_changed.connect(self._changed)

    def _changed(self, kind: str, ids) -> None:
        if kind in self.watches:
            self.refresh()

    def refresh(self) -> None:
        """Reload what the page shows (called on change notices and when the page is shown)."""

    def shown(self) -> None:
        self.refresh()
