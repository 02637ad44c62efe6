"""Long work with a progress dialog and cancel, on the ops runner (imports, exports, backups)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from app.ui.ops import Progress


def run_with_progress(window, label: str, work: Callable[[Progress], Any], *, kind: str | None = None,
                      on_success: Callable[[Any], None] | None = None,
                      on_error: Callable[[Exception], None] | None = None, cancellable: bool = True):
    """Run ``work(progress)`` off the GUI thread; ``progress.cancelled`` turns true on Cancel."""
    progress = Progress()
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel") if cancellable else "", 0, 0,
                             window)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    if not cancellable:
        dialog.setCancelButton(None)
    progress.changed.connect(lambda done, total: (dialog.setMaximum(max(total, 0)), dialog.setValue(done)))
    dialog.canceled.connect(lambda: setattr(progress, "cancelled", True))

    def finish(callback, value):
        dialog.reset()
        dialog.close()
        if callback:
            callback(value)
    op = window.ops.run(lambda: work(progress), kind=kind,
                        on_success=lambda r: finish(on_success, r),
                        on_error=lambda e: finish(on_error or (lambda exc: window.statusBar().showMessage(
                            str(exc), 10000)), e))
    op.progress_dialog = dialog
    return op
