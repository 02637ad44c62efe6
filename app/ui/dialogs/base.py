"""What dialogs share: the main window's dialogs on its own data (users, parameters, calendar, audit log …)
and the button row of a dialog that does one thing."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

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


def action_buttons(dialog: QDialog, text: str, on_accept: Callable[[], object], *,
                   dismiss: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Close,
                   ) -> tuple[QDialogButtonBox, QPushButton]:
    """The button row of a dialog that does one thing: its action button (``text``; ``on_accept`` does
    the work and closes the dialog when it succeeds) and ``dismiss`` (Close or Cancel), which rejects."""
    buttons = QDialogButtonBox(dialog)
    action = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(dismiss)
    buttons.accepted.connect(on_accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, action
