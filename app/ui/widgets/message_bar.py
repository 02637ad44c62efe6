"""The message bar at the top of a page: expected errors and confirmations, in the user's language."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

STYLES = {
    "info": "background:#e8f4ea; border:1px solid #9ccca6; color:#1e5b2a;",
    "warning": "background:#fff6e0; border:1px solid #e6c36a; color:#6b4d00;",
    "error": "background:#fdecea; border:1px solid #e5a19a; color:#8a1f11;",
}


class MessageBar(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("×")
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self, singleShot=True, timeout=self.hide)
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info", timeout_ms: int = 0) -> None:
        self.kind = kind
        self.setStyleSheet(f"QFrame#messageBar {{{STYLES[kind]} border-radius:4px;}}")
        self.label.setText(str(text))
        self.show()
        self._timer.stop()
        if timeout_ms:
            self._timer.start(timeout_ms)

    def info(self, text: str) -> None:
        self.show_message(text, "info", 5000)

    def warning(self, text: str) -> None:
        self.show_message(text, "warning")

    def error(self, text: str) -> None:
        self.show_message(text, "error")

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""
