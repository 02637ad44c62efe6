"""文件 → 导出: rooms or people to Excel, off the GUI thread with progress and cancel."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QFileDialog

from app.domain.errors import UserError
from app.services import roster
from app.ui.widgets.progress import run_with_progress


def excel_path(parent, title: str, default: str, path: str | Path | None = None) -> Path | None:
    """The Excel workbook to write: ``path`` when given, else the file chosen in the save dialog (offered as
    ``default``; None when cancelled), ending in .xlsx."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, title, default,
                                              QCoreApplication.translate("Export", "Excel workbook (*.xlsx)"))
        if not path:
            return None
    target = Path(path)
    return target if target.suffix.lower() == ".xlsx" else target.with_suffix(".xlsx")


def dated_name(stem: str) -> str:
    """``stem-20250612.xlsx``: today's export of ``stem``."""
    return f"{stem}-{QDate.currentDate().toString('yyyyMMdd')}.xlsx"


def export_registry(window, what: str, path: str | Path | None = None):
    """Ask for a file (unless given) and export; the result shows in the status bar."""
    title = (QCoreApplication.translate("Export", "Export rooms") if what == "rooms"
             else QCoreApplication.translate("Export", "Export people"))
    stem = (QCoreApplication.translate("Export", "rooms") if what == "rooms"
            else QCoreApplication.translate("Export", "people"))
    path = excel_path(window, title, dated_name(stem), path)
    if path is None:
        return None

    def work(progress):
        from app.excel.export import ExportCancelled
        try:
            return roster.export(window.db, window.actor, what, path, masked=False, progress=progress,
                                 cancel=lambda: progress.cancelled)
        except ExportCancelled:
            return None

    def done(count):
        if count is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("Export", "Export cancelled; no file was written."), 8000)
        else:
            window.statusBar().showMessage(
                QCoreApplication.translate("Export", "{n} rows exported to {path}").format(n=count, path=path), 15000)
        window.last_export = (count, path)

    def failed(exc: UserError):
        window.statusBar().showMessage(str(exc), 15000)
        window.last_export = (None, exc)

    return run_with_progress(window, QCoreApplication.translate("Export", "Exporting to Excel…"), work,
                             on_success=done, on_error=failed)
