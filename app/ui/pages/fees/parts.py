"""What the deposits, daily closing and arrears views of the fees page share: a small list table, the hint an
empty list shows with the button that fills it, a form dialog calling one service (with the supervisor's
approval fields of .approval when it has them) and the preview of a printed form."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain import money
from app.domain.errors import UserError
from app.i18n import Text
from app.ui.dialogs.editor import EditorDialog
from app.ui.pages.fees.approval import follow_own
from app.ui.widgets.form import Field


def yuan(value: Decimal | None) -> str:
    return "" if value is None else money.format_yuan(value)


class ListTable(QTableWidget):
    """A read-only list of rows with a hidden key per row (``key_of(row)``); amounts in yuan except in the
    ``numbers`` columns (a meter reading: the number as it is)."""

    def __init__(self, headers: Sequence[Text | str], parent: QWidget, *, name: str, multi: bool = False,
                 numbers: Sequence[int] = ()) -> None:
        super().__init__(0, len(headers), parent)
        self.numbers = set(numbers)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels([str(h) for h in headers])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                              else QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.keys: list[Any] = []

    def fill(self, rows: Sequence[tuple[Any, Sequence[object]]]) -> None:
        """``rows``: (key, cells); amounts (Decimal) are shown in yuan, right-aligned."""
        self.setRowCount(0)
        self.keys = [key for key, _cells in rows]
        self.setRowCount(len(rows))
        for r, (_key, cells) in enumerate(rows):
            for c, value in enumerate(cells):
                if c in self.numbers:
                    text = "" if value is None else str(value)
                else:
                    text = yuan(value) if isinstance(value, Decimal) else str(value or "")
                item = QTableWidgetItem(text)
                if isinstance(value, (Decimal, int)):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)

    def current_key(self) -> Any:
        row = self.currentRow()
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def selected_keys(self) -> list[Any]:
        rows = sorted({i.row() for i in self.selectedIndexes()})
        return [self.keys[r] for r in rows if r < len(self.keys)]


def button_row(view: QWidget, row: QHBoxLayout, prefix: str,
               buttons: Sequence[tuple[str, str, Callable[[], object]]]) -> dict[str, QPushButton]:
    """A view's buttons (name, label, slot) added to its top ``row`` then a stretch, by name; each button's
    object name is ``{prefix}_{name}``."""
    made: dict[str, QPushButton] = {}
    for name, label, slot in buttons:
        button = QPushButton(label, view, objectName=f"{prefix}_{name}")
        button.clicked.connect(lambda _checked=False, slot=slot: slot())
        made[name] = button
        row.addWidget(button)
    row.addStretch(1)
    return made


class EmptyHint(QWidget):
    """The hint an empty list shows, with the button that does what it says."""

    def __init__(self, text: Text | str, button: Text | str, action: Callable[[], object], parent: QWidget,
                 *, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(str(text), self, objectName="emptyHint")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color:#666;padding:6px;")
        self.button = QPushButton(str(button).replace("&", ""), self, objectName="emptyAction")
        self.button.clicked.connect(lambda: action())
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()


class FeeForm(EditorDialog):
    """A dialog of fields whose save calls ``submit(values)`` (on the ops runner); ``done(result)`` after."""

    def __init__(self, view, title: Text | str, fields: list[Field], submit: Callable[[dict], Any], *,
                 kind: str | None = None, done: Callable[[Any], object] | None = None, columns: int = 1) -> None:
        super().__init__(view.page.window_, str(title), fields, columns)
        self._submit, self._done, self.kind = submit, done, kind
        follow_own(self.form, view.page.actor)   # when its fields include the approval's

    def submit(self, values: dict[str, Any]) -> Any:
        return self._submit(values)

    def _saved(self, result: Any) -> None:
        super()._saved(result)
        if self._done is not None:
            self._done(result)


def room_code(page, room_id: int) -> str | None:
    """The code of a room chosen with Ctrl+K on a view that filters by room (None, said in the bar, when the room
    cannot be read)."""
    from app.services import registry
    try:
        return str(registry.get_room(page.db, page.actor, room_id).code)
    except UserError as exc:
        page.bar.error(str(exc))
        return None


def preview(view, form_code: str, number: str):
    """The print preview of a form (a receipt, the 收款日报表, notices, the 押金退还审批表) for ``number``."""
    from app.ui.dialogs.print_preview import preview_form
    view.preview = preview_form(view.page.window_, form_code, number)
    return view.preview
