"""The one exception hook: a bug is logged and shown with details to copy; the app keeps running."""
from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("frontdesk")


def setup_logging() -> None:
    from app.config import log_dir
    handler = RotatingFileHandler(log_dir() / "frontdesk.log", maxBytes=2_000_000, backupCount=3,
                                  encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def show_bug(message: str, details: str) -> None:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Crash", "Unexpected error"))
    box.setText(QApplication.translate(
        "Crash", "Something went wrong that should not have. Your saved work is safe. Please copy the "
                 "details below to the network engineer."))
    box.setInformativeText(message)
    box.setDetailedText(details)
    box.open()


def _hook(exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("uncaught exception\n%s", details)
    if QApplication.instance() is not None:
        show_bug(str(exc), details)


def install_excepthook() -> None:
    setup_logging()
    sys.excepthook = _hook
