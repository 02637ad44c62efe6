"""The base of every record editor dialog: a FormView, a message bar, save through the ops runner.

A refused save (ValidationError, conflict) shows the reason beside the field or in the bar and keeps
everything typed. Editors with a ``form_key`` survive an idle lock: their input is saved as a draft and
the dialog reopens, filled in, when the same user signs in again (app/ui/drafts.py).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from app.domain.errors import UserError
from app.ui.widgets.form import Field, FormView
from app.ui.widgets.message_bar import MessageBar


class EditorDialog(QDialog):
    #: the key drafts are stored under; ``None`` for dialogs that need no draft
    form_key: str | None = None

    def __init__(self, parent, title: str, fields: list[Field], columns: int = 1,
                 context: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.context = dict(context or {})
        self.ops = getattr(parent, "ops", None)
        layout = QVBoxLayout(self)
        self.bar = MessageBar(self)
        self.form = FormView(fields, columns, self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.bar)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420 if columns == 1 else 720)
        self.saving = False
        self._focused = False

    # -- the dialog grows to show every message (a refusal under a field, the bar) and opens on its first field
    def event(self, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self.fit_height)   # not after the dialog is gone
        return super().event(event)

    def fit_height(self) -> None:
        """Grow (never shrink) to the height the wrapped messages need at this width, within the screen."""
        layout = self.layout()
        if layout is None:
            return
        need = max(layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1,
                   layout.totalMinimumSize().height())
        screen = self.screen()
        if screen is not None:
            need = min(need, screen.availableGeometry().height() - 40)
        if need > self.height():
            self.resize(self.width(), need)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._focused:
            self._focused = True
            QTimer.singleShot(0, self, self.focus_first)

    def focus_first(self) -> None:
        """The first field that takes input has the focus when the dialog opens (unless one is focused)."""
        focus = self.focusWidget()
        if focus is not None and focus is not self and focus.parent() is not self.buttons and \
                self.form.isAncestorOf(focus):
            return
        for widget in self.form.widgets.values():
            if widget.isEnabled() and widget.isVisible() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setFocus()
                return

    # subclasses implement this: call the service with self.form.values(); return what it returns
    def submit(self, values: dict[str, Any]) -> Any:
        raise NotImplementedError

    #: the kind of record a successful save changes (broadcast through records_changed)
    kind: str | None = None

    def save(self) -> None:
        if self.saving:
            return
        if not self.form.check_all():
            self.form.widgets[self.form.first_invalid()].setFocus()
            return
        values = self.form.values()
        self.saving = True
        self.buttons.setEnabled(False)
        self._run(lambda: self.submit(values), self._saved, self._refused)

    def _run(self, fn: Callable[[], Any], ok, err) -> None:
        if self.ops is None:  # no runner (e.g. before the main window exists): run here
            try:
                result = fn()
            except UserError as exc:
                err(exc)
            else:
                ok(result)
            return
        self.ops.run(fn, kind=self.kind, on_success=ok, on_error=err)

    def _saved(self, result: Any) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.result_value = result
        self.accept()

    def _refused(self, exc: UserError) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        if not self.form.show_user_error(exc):
            self.bar.error(str(exc))

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Enter saves even from a line edit
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            focus = self.focusWidget()
            if focus is None or focus.metaObject().className() != "QPlainTextEdit":
                self.save()
                return
        super().keyPressEvent(event)
