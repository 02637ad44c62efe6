"""The GUI's start: Qt application, translations, the store, first run, sign-in, and the idle lock."""
from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from app import i18n_qt
from app.config import store_url
from app.ui.session import DeskSession

log = logging.getLogger(__name__)


def make_app(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("frontdesk")
    app.setOrganizationName("frontdesk")
    i18n_qt.install(i18n_qt.chosen_language(lang))
    app.setApplicationDisplayName(app.translate("App", "Front Desk"))
    font = app.font()
    if font.pointSize() < 10:
        font.setPointSize(10)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)
    return app


def run_gui(args) -> int:
    from app.ui.crash import install_excepthook
    if sys.stdout is None:  # windowed build: no console
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
    app = make_app(getattr(args, "lang", None))
    install_excepthook()
    session = DeskSession(url=store_url(args.db, args.db_url, demo=args.demo), demo=args.demo)
    from app.ui import smoke
    smoke.install_from_environment(session)   # the packaged build's release check only
    session.start()  # the sign-in dialog shows now; the store opens once it is on screen
    code = app.exec()
    session.shutdown()
    return code



class IdleWatcher(QObject):
    """Counts user input; after ``minutes`` without any, emits the lock through ``on_idle``."""

    INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}

    def __init__(self, minutes: int, on_idle) -> None:
        super().__init__()
        self.on_idle = on_idle
        self.timer = QTimer(self, singleShot=True, timeout=self._fire)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.interval_ms = max(1, int(minutes)) * 60_000
        self.timer.start(self.interval_ms)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() in self.INPUT:
            self.timer.start(self.interval_ms)
        return False

    def _fire(self) -> None:
        self.on_idle()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app:
            app.removeEventFilter(self)
