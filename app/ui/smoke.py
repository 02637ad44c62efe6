"""The release check of a packaged build (docs/admin-guide.md): with ``FRONTDESK_SMOKE=user:password`` in the
environment the app signs in as that user once the sign-in dialog is ready, opens every page it may see,
writes what it did to ``FRONTDESK_SMOKE_REPORT`` (a file: a windowed build has no console) and quits.

Exit codes: 0 every page opened; 3 an exception on the way (its text in the report); 4 nothing signed in or
the walk did not finish within ``FRONTDESK_SMOKE_SECONDS`` (default 120). Not a user feature: nothing in
the app reads these variables but :func:`install_from_environment`.
"""
from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ENV = "FRONTDESK_SMOKE"


def install_from_environment(session) -> bool:
    """Arm the check on ``session`` (an app.ui.session.DeskSession) when the variable is set."""
    credentials = os.environ.get(ENV, "")
    if not credentials:
        return False
    user, _, password = credentials.partition(":")
    Smoke(session, user, password, os.environ.get(f"{ENV}_REPORT", ""),
          float(os.environ.get(f"{ENV}_SECONDS", "120")))
    return True


class Smoke:
    def __init__(self, session, user: str, password: str, report: str, seconds: float) -> None:
        self.session, self.user, self.password = session, user, password
        self.report = Path(report) if report else None
        self.lines: list[str] = []
        self.tried = False
        sys.excepthook = self._exception
        session.signed_in.connect(lambda _actor: QTimer.singleShot(0, self._walk))
        self.poll = QTimer(session, interval=100, timeout=self._sign_in)
        self.poll.start()
        QTimer.singleShot(int(seconds * 1000), lambda: self._finish(4, f"timeout after {seconds:.0f} s"))

    def _sign_in(self) -> None:
        dialog = self.session.sign_in_dialog
        if dialog is None or dialog.db is None or not dialog.isVisible() or self.tried:
            return
        self.tried = True
        self.poll.stop()
        dialog.username.setText(self.user)
        dialog.password.setText(self.password)
        dialog.try_sign_in()
        if dialog.actor is None:
            self._finish(4, f"sign-in refused: {dialog.bar.label.text()}")

    def _walk(self) -> None:
        window = self.session.window
        self.lines.append(f"signed in: {self.user}")
        for spec in window.specs:
            page = window.show_page(spec.key)
            QApplication.processEvents()
            self.lines.append(f"page {spec.key}: {type(page).__name__}")
        self._finish(0, f"pages: {len(window.specs)}")

    def _exception(self, kind, value, tb) -> None:
        self._finish(3, "".join(traceback.format_exception(kind, value, tb)))

    def _finish(self, code: int, last: str) -> None:
        self.lines.append(last)
        if self.report is not None:
            self.report.write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        QApplication.exit(code)
