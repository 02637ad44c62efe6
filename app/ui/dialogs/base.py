"""What dialogs share: the main window's dialogs on its own data (users, parameters, calendar, audit log …)
and the button row of a dialog that does one thing."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout

from app.domain.errors import UserError
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


class ShortList:
    """A short list of a settings dialog (staff accounts, fee items): read whole by ``load()`` on each reload and
    shown at once (``LazyTableModel.set_rows``), the selection kept by ``ident(row)`` across a reload; a refused
    read is shown in the dialog's bar. ``model``, ``table``, ``selected()``, ``select(predicate)``."""

    def __init__(self, dialog: WindowDialog, parent, columns, load: Callable[[], list], ident: Callable,
                 name: str, *, on_select: Callable[[], object], on_open: Callable[[], object]) -> None:
        from app.ui.widgets.table_model import LazyTableModel, record_view
        self.dialog, self.load, self.ident = dialog, load, ident
        self.model = LazyTableModel(columns, lambda _after, _limit: [], parent=dialog)
        self.table = record_view(parent, self.model, name)
        self.table.doubleClicked.connect(lambda _i: on_open())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: on_select())
        self._on_select = on_select

    def reload(self, select_id=None) -> None:
        keep = select_id if select_id is not None else (self.ident(self.selected()) if self.selected() else None)
        try:
            rows = self.load()
        except UserError as exc:
            self.dialog.bar.error(str(exc))
            rows = []
        self.model.set_rows(rows)
        if keep is not None:
            self.select(lambda r: self.ident(r) == keep)
        self._on_select()

    def selected(self):
        from app.ui.widgets.table_model import RowRole
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(RowRole) if rows else None

    def select(self, predicate: Callable) -> bool:
        row = self.model.find(predicate)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0


def open_editor(dialog: WindowDialog, editor: QDialog, done_message: str, reload: Callable[[object], object]) -> None:
    """Show an editor of a settings dialog's list (``dialog.editor``); once saved, reload the list on the id the
    editor's save returned and say ``done_message`` in the dialog's bar."""
    dialog.editor = editor  # type: ignore[attr-defined]

    def accepted() -> None:
        result = getattr(editor, "result_value", None)
        reload(result if isinstance(result, int) else None)
        dialog.bar.info(done_message)
    editor.accepted.connect(accepted)
    editor.show()
