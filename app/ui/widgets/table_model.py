"""The one record table model of every page: columns declared once, rows fetched lazily by key.

A page gives a ``fetch(after, limit)`` function that returns rows (objects with a ``sort_key``) after the
given key; the view asks for more as the user scrolls (``canFetchMore``/``fetchMore``), so a list of a
million rows opens as fast as one of ten (DESIGN.md §11).
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.domain.phones import format_phone
from app.domain.validation import mask_ids_in
from app.i18n import Text

RowRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Column:
    """A list column; one whose key is ``phone``, ``mobile`` or ends in ``_phone`` shows stored phone
    numbers grouped (``138 1234 5678``, ``0755-2888 1234``; masked ones as they are). ``private="id"``
    marks a column holding document numbers: printed and exported lists mask them for everyone
    (DOMAIN.md §3.3), whatever the screen shows the supervisor (:func:`output_value`)."""

    key: str
    header: Text
    value: Callable[[Any], Any]
    width: int = 0
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    foreground: Callable[[Any], Any] | None = None
    private: str = ""              # "id": document numbers, masked on paper and in files
    #: the cell's fill (a room's state in the registry's list, as on the estate's colour-coded plan)
    background: Callable[[Any], Any] | None = None

    @property
    def is_phone(self) -> bool:
        return self.key in ("phone", "mobile") or self.key.endswith("_phone")


def output_value(column: Column, row: Any) -> Any:
    """What a printed or exported list shows in ``column`` for ``row``: the one masking rule of paper
    and files. Document numbers are masked for every role; phones are as the list shows them to the
    user (masked unless the role may see them), grouped."""
    value = column.value(row)
    if value is None:
        return ""
    if column.private == "id":
        return mask_ids_in(value)
    if column.is_phone:
        return format_phone(value)
    return value


def attr(name: str) -> Callable[[Any], Any]:
    return lambda row: getattr(row, name)


def label_of(enum_cls, name: str) -> Callable[[Any], str]:
    """A column value showing the translated label of an enum code."""
    def value(row):
        code = getattr(row, name)
        try:
            return str(enum_cls(code).label)
        except ValueError:
            return code or ""
    return value


class LazyTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], fetch: Callable[[Any, int], list],
                 page_size: int = 200, parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._fetch = fetch
        self.page_size = page_size
        self.rows: list = []
        self._exhausted = False

    # -- data access
    def set_fetch(self, fetch: Callable[[Any, int], list]) -> None:
        """Switch the query (new filter) and start again from the top."""
        self._fetch = fetch
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._fetch(None, self.page_size)
        self._exhausted = len(self.rows) < self.page_size
        self.endResetModel()

    def set_rows(self, rows: list) -> None:
        """Show a short list that is already in memory (a card's people, a preview)."""
        self.beginResetModel()
        self._fetch = lambda after, limit: []
        self.rows, self._exhausted = list(rows), True
        self.endResetModel()

    def row_at(self, row: int):
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def find(self, predicate: Callable[[Any], bool]) -> int:
        return next((i for i, r in enumerate(self.rows) if predicate(r)), -1)

    # -- Qt model
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt override
        if parent.isValid() or self._exhausted:
            return
        after = self.rows[-1].sort_key if self.rows else None
        page = self._fetch(after, self.page_size)
        if len(page) < self.page_size:
            self._exhausted = True
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt override
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.columns):
            return str(self.columns[section].header)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(row)
            if col.is_phone:
                return format_phone(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(col.align)
        if role == Qt.ItemDataRole.ForegroundRole and col.foreground:
            return col.foreground(row)
        if role == Qt.ItemDataRole.BackgroundRole and col.background:
            return col.background(row)
        if role == RowRole:
            return row
        return None


def record_view(parent, model: LazyTableModel, name: str = "") -> QTableView:
    """The record list every page and dialog shows: whole rows, one selection, read-only, the columns'
    declared widths, the last column stretched."""
    view = QTableView(parent)
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    for i, col in enumerate(model.columns):
        if col.width:
            view.setColumnWidth(i, col.width)
    return view
