"""The dialogs the main window opens on its own data (users, parameters, calendar, audit log …)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout

from app.ui.widgets.message_bar import MessageBar


class WindowDialog(QDialog):
    """A dialog of the main window: its database, signed-in user and background operations
    (``db``, ``actor``, ``ops``), and a column layout (``layout_``) that starts with the message bar."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.db, self.actor, self.ops = window.db, window.actor, window.ops
        self.layout_ = QVBoxLayout(self)
        self.bar = MessageBar(self)
        self.layout_.addWidget(self.bar)
