"""The one record pane of every workflow page (the record kit, DESIGN.md §6).

A page declares a :class:`PaneSpec` per list it shows; :class:`RecordPane` makes of it:

* a filter bar: status chips, the declared choice filters, an optional date range, and a search box whose
  typing reloads the list after a short pause;
* the lazy list (keyset pages of the workflow's own list query), the count, and a hint when it is empty
  that says what to do next (with the button to do it);
* the detail pane of the selected record (app.services.records.RecordView): number, state, headline, the
  running clocks (deadline, paused, overdue, escalated), the fields, links to other records, attachments
  (thumbnails; a click opens the file with the system's viewer), the action buttons the engine allows this
  user now (Alt+1 … Alt+9 in order; digits never clash with the menu bar's letters), the print buttons, and
  the event timeline;
* the list's header and the splitter saved under the spec's settings key (app.ui.settings).

:class:`RecordPage` composes one pane (or several in tabs) into a page, with Ctrl+N new, Ctrl+P print,
Ctrl+F search, F5 reload, the list report (打印列表 / 导出Excel) of the current pane, and ``open_record``.
Buttons never come from ``if``s in widgets: from the declaration (RecordView.actions), or a spec's
:class:`RecordButton` enabled by an action the engine allows (``RecordView.can``) or by the record's view.
A right click on the list offers the same buttons as a menu.

A page with parts of its own declares them on the spec: an action's own dialog (``dialogs``), a widget in
the detail pane that follows :attr:`RecordPane.shown` (``detail_extra``), action buttons without Alt+digits
where the page's own keys come first (``action_keys``).
"""
from __future__ import annotations

import html
import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from time import monotonic
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import records
from app.ui.pages.base import EXPORT_COUNT_LIMIT, Page
from app.ui.widgets import tones
from app.ui.widgets.dates import date_range
from app.ui.widgets.flow import FlowLayout
from app.ui.widgets.splitter import fit_columns, persist_header, persist_splitter
from app.ui.widgets.table_model import Column, LazyTableModel, record_view

translate = QCoreApplication.translate
#: the pause after the last keystroke before the list reloads
DEBOUNCE_MS = 250
#: more status chips than this go on a row of their own above the other filters
CHIPS_INLINE_MAX = 7


# ============================================================================================ declarations

@dataclass(frozen=True)
class PrintButton:
    """A form printed from the selected record: ``number`` gives the document number to print."""

    form: str
    label: Text
    name: str = "printRecord"
    number: Callable[[records.RecordView], str] = lambda view: view.number
    enabled: Callable[[records.RecordView], bool] = lambda view: True


@dataclass(frozen=True)
class ChoiceFilter:
    """A combo box of the filter bar: ``choices`` (value, label), the first one meaning "all"; ``to_filters``
    turns the chosen value into the list query's keyword arguments (default ``{key: value or None}``)."""

    key: str
    choices: Sequence[tuple[str, Text | str]]
    to_filters: Callable[[Any], dict[str, Any]] | None = None


@dataclass(frozen=True)
class TextFilter:
    """A second text box of the filter bar (a room code beside the search): its text is the list query's
    keyword argument ``key``; typing reloads the list after the same pause as the search."""

    key: str
    label: Text | str            # as the printed list's filter says it ("Room: 3-2-")
    placeholder: Text | str = ""
    tooltip: Text | str = ""
    width: int = 180


@dataclass(frozen=True)
class RecordButton:
    """A button of the detail pane that opens a dialog of the page (Return on a key lent), enabled when the
    engine allows its ``action`` (a hidden one) on the record for this user (no ``action``: always) and
    ``enabled`` says so of the record's view (a correction of a record still open: ``lambda view: view.editable``,
    as the service says; the household card of a key that has a room)."""

    name: str
    label: Text
    action: str
    run: str                     # the page's method that is called with the RecordView
    enabled: Callable[[records.RecordView], bool] | None = None

    def allows(self, view: records.RecordView) -> bool:
        return (not self.action or self.action in view.can) and (self.enabled is None or self.enabled(view))


@dataclass(frozen=True)
class ListButton:
    """A button under the list (a day's register): calls the page's ``method``; the pane keeps it as
    ``attr``."""

    name: str
    label: Text | str
    method: str
    attr: str = ""
    tooltip: Text | str = ""
    #: without it the button is not there (hidden and disabled)
    permission: str | None = None


@dataclass(frozen=True)
class PaneSpec:
    kind: str
    settings_key: str
    columns: Sequence[Column]
    #: ``list_fn(db, actor, *, after, limit, **filters)`` and ``count_fn(db, actor, **filters)``
    list_fn: Callable[..., list[Any]]
    count_fn: Callable[..., int] | None = None
    #: the status chips (value, label); the first is the default view
    statuses: Sequence[tuple[str, Text | str]] = ()
    #: chips that show "what needs the desk" (the empty hint is shown for these; others say "nothing matches")
    default_statuses: tuple[str, ...] = ()
    filters: Sequence[ChoiceFilter] = ()
    text_filters: Sequence[TextFilter] = ()
    #: the status chips on a row of their own (long words), the other filters below them; more than
    #: CHIPS_INLINE_MAX chips always have their own row
    chips_row: bool = False
    dates: bool = False
    search_hint: Text | str = ""
    empty_hint: Text | str = ""
    #: the hint of an empty list per status chip (what it means that nothing is waiting for approval)
    empty_hints: Mapping[str, Text | str] = field(default_factory=dict)
    #: chips that show how many records they hold (what needs the desk: pending, expired)
    counted: tuple[str, ...] = ()
    #: what an empty list says when the user's filter left nothing (the search, a text filter, a chip)
    no_match_hint: Text | str = T("RecordPane", "Nothing matches this filter.")
    choose_hint: Text | str = T("RecordPane", "Choose a record on the left to see it and act on it.")
    title: Text | str = ""                       # the tab's title when a page shows several panes
    report_title: Text | str | None = None
    new_label: Text | str | None = None
    new_permission: str | None = None
    #: the page's method that opens the new-record dialog (default: a dialog from the record fields)
    new_method: str = ""
    #: the title of the default new-record dialog (default "New: <workflow>")
    new_title: Text | str = ""
    prints: Sequence[PrintButton] = ()
    buttons: Sequence[RecordButton] = ()
    #: the page's method that gives an action's starting values: ``(view, action_name) -> dict``
    defaults_method: str = ""
    #: the page's method that gives texts an action's text fields offer: ``(view, action_name) -> {key: [..]}``
    suggest_method: str = ""
    #: actions whose dialog is the page's own: action name → the page's method ``(view) -> dialog | None``
    dialogs: Mapping[str, str] = field(default_factory=dict)
    #: the page's method ``(pane) -> QWidget`` adding a part of its own to the detail pane, under the buttons;
    #: it follows the record shown through :attr:`RecordPane.shown`
    detail_extra: str = ""
    #: Alt+1 … Alt+9 on the action buttons; off where the page's own Alt+digits come first (a quick entry)
    action_keys: bool = True
    #: the widths of the list and the detail pane until the user moves the splitter
    sizes: tuple[int, int] = (700, 460)
    #: the record shown in the detail pane: ``get_fn(db, actor, id)``; default records.get of the kind
    get_fn: Callable[..., records.RecordView] | None = None
    list_buttons: Sequence[ListButton] = ()
    #: the page's method called after an action's dialog is saved: ``(view, action_name)`` (offer the
    #: correction notice after a revocation)
    after_method: str = ""

    @classmethod
    def for_kind(cls, kind: str | records.RecordKind, settings_key: str, **changes: Any) -> PaneSpec:
        """The default pane of a record kind: its generic list, its record fields as columns, chips from
        its states, and the printed record sheet."""
        rk = records.kind_of(kind)
        workflow, kind = rk.workflow, rk.kind
        columns = [Column("number", T("RecordPane", "No."), lambda r: r.number, 140),
                   Column("status", T("RecordPane", "Status"), _status_text, 110, foreground=tones.row_brush),
                   *[Column(f.key, f.label, (lambda k: lambda r: r.values.get(k, ""))(f.key), 120)
                     for f in workflow.record_fields if f.kind != "attachment"]]
        if workflow.clocks:
            columns.append(Column("deadline", workflow.clocks[0].label, lambda r: when(r.deadline), 96,
                                  foreground=tones.row_brush))
        statuses: list[tuple[str, Text | str]] = [("open", T("RecordPane", "Open"))]
        if workflow.clocks:
            statuses.append(("overdue", T("RecordPane", "Overdue")))
        statuses += [(s.name, s.label) for s in workflow.states] + [("all", T("RecordPane", "All"))]
        spec = cls(kind=kind, settings_key=settings_key, columns=columns,
                   list_fn=lambda db, actor, **f: records.list_records(db, actor, kind, **f),
                   count_fn=lambda db, actor, limit=records.COUNT_LIMIT, **f: records.count_records(
                       db, actor, kind, limit=limit, **f),
                   statuses=statuses, default_statuses=("open", "overdue"), report_title=workflow.label,
                   prints=(PrintButton("record_sheet", T("RecordPane", "Print")),))
        return _replace(spec, **changes)


def _replace(spec: PaneSpec, **changes: Any) -> PaneSpec:
    from dataclasses import replace
    return replace(spec, **changes) if changes else spec


def _status_text(row: Any) -> str:
    text = getattr(row, "status_label", "")
    if not getattr(row, "overdue", False):
        return text
    return f"{text} · {translate('RecordPane', 'overdue')}"


_today: list[Any] = [date.min, -1.0]   # (the day, the monotonic second it was read): date.today() per cell
                                      # costs an export of a year of visits a tenth of its time


def _cached_today() -> date:
    tick = monotonic()
    if tick - _today[1] >= 1.0:
        _today[0], _today[1] = date.today(), tick
    return _today[0]


def when(value: datetime | None, short: bool = True) -> str:
    """A time as lists show it: today's as 14:05, this year's as 06-12 14:05, older ones in full."""
    if value is None:
        return ""
    today = _cached_today()
    # formatted by hand: an export formats every row's times, and strftime costs twice as much
    hm = f"{value.hour:02d}:{value.minute:02d}"
    if short and value.date() == today:
        return hm
    if short and value.year == today.year:
        return f"{value.month:02d}-{value.day:02d} {hm}"
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d} {hm}"


EVENT_COLUMNS = [
    Column("at", T("RecordPane", "Time"), lambda e: e.at.strftime("%Y-%m-%d %H:%M")
           + (" *" if e.recorded_at else ""), 122),
    Column("who", T("RecordPane", "By"), lambda e: e.who, 64),
    Column("action", T("RecordPane", "Action"), lambda e: e.action, 110),
    Column("state", T("RecordPane", "Now"), lambda e: e.state, 90),
    Column("note", T("RecordPane", "Note"), lambda e: " · ".join(x for x in (e.note, e.details) if x)),
]


# ============================================================================================ widgets

class _ChipFlow(FlowLayout):
    """The chips' flow: it would like one row of them all, and wraps when it gets less."""

    def sizeHint(self) -> QSize:  # noqa: N802
        items = [self.itemAt(i).sizeHint() for i in range(self.count())]
        if not items:
            return super().sizeHint()
        return QSize(sum(i.width() for i in items) + self.spacing() * (len(items) - 1),
                     max(i.height() for i in items))


class ChipBar(QWidget):
    """Exclusive status chips with the part of QComboBox's interface that filters use."""

    currentIndexChanged = Signal(int)   # noqa: N815 - as QComboBox names it

    def __init__(self, items: Sequence[tuple[str, Text | str]], parent=None, wrap: bool = False) -> None:
        super().__init__(parent)
        row: QHBoxLayout | FlowLayout
        if wrap:   # a row of their own that wraps when the page is narrow (1366×768, English words)
            row = _ChipFlow(self, spacing=2)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        else:
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.values: list[str] = []
        for i, (value, label) in enumerate(items):
            chip = QToolButton(self, objectName=f"chip_{value or 'all'}")
            chip.setText(str(label))
            chip.setCheckable(True)
            chip.setAutoRaise(True)
            chip.setStyleSheet("QToolButton{padding:3px 8px;border:1px solid #d0d5dd;border-radius:10px;}"
                               "QToolButton:checked{background:#2f6fdf;color:white;border-color:#2f6fdf;}")
            self.group.addButton(chip, i)
            row.addWidget(chip)
            self.values.append(value)
        if self.values:
            self.group.button(0).setChecked(True)
        self.group.idToggled.connect(lambda i, on: on and self.currentIndexChanged.emit(i))

    def count(self) -> int:
        return len(self.values)

    def currentIndex(self) -> int:  # noqa: N802
        return self.group.checkedId()

    def setCurrentIndex(self, index: int) -> None:  # noqa: N802
        if 0 <= index < len(self.values) and index != self.currentIndex():
            self.group.button(index).setChecked(True)

    def currentData(self) -> str:  # noqa: N802
        i = self.currentIndex()
        return self.values[i] if i >= 0 else ""

    def currentText(self) -> str:  # noqa: N802
        i = self.currentIndex()
        return self.group.button(i).text() if i >= 0 else ""

    def findData(self, value: str) -> int:  # noqa: N802
        return self.values.index(value) if value in self.values else -1

    def itemData(self, index: int) -> str:  # noqa: N802
        return self.values[index]


class RecordPane(QWidget):
    """One list with its filters and the detail pane of its selected record; see the module docstring."""

    #: the record the detail pane shows now (a RecordView, or None)
    shown = Signal(object)

    def __init__(self, page: RecordPage, spec: PaneSpec) -> None:
        super().__init__(page)
        self.page, self.spec = page, spec
        self.db, self.actor = page.db, page.actor
        self.record_id: int | None = None
        self.view_data: records.RecordView | None = None
        self.action_buttons: list[QPushButton] = []
        self._fetch: Callable[[Any, int], list[Any]] | None = None
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.reload)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = self._filter_bar()
        if self.chips_own_row:
            layout.addWidget(self.status)
        layout.addLayout(bar)
        self.splitter = QSplitter(self, objectName=f"{spec.settings_key.replace('/', '_')}Splitter")
        self.splitter.addWidget(self._list_pane())
        # the detail pane scrolls when a small screen (1366×768, 1280×720) is shorter than all it shows
        self.detail_scroll = QScrollArea(self, objectName="detailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(self._detail_pane())
        self.splitter.addWidget(self.detail_scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        persist_splitter(self.splitter, spec.settings_key, list(spec.sizes))
        layout.addWidget(self.splitter, 1)
        self.show_detail(None)

    @property
    def columns(self) -> Sequence[Column]:
        return self.spec.columns

    # ------------------------------------------------------------------ filter bar
    def _filter_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        #: many chips beside the filters would widen the page past the reception PC's 1366 px: a row of their own
        self.chips_own_row = self.spec.chips_row or len(self.spec.statuses) > CHIPS_INLINE_MAX
        self.status = ChipBar(self.spec.statuses, self, wrap=self.chips_own_row)
        self.status.setObjectName("statusFilter")
        self.status.currentIndexChanged.connect(lambda *_: self.reload())
        if not self.chips_own_row:
            row.addWidget(self.status)
        self.choice_filters: list[QComboBox] = []
        for f in self.spec.filters:
            combo = QComboBox(self, objectName=f"filter_{f.key}")
            for value, label in f.choices:
                combo.addItem(str(label), value)
            combo.currentIndexChanged.connect(lambda *_: self.reload())
            row.addWidget(combo)
            self.choice_filters.append(combo)
        self.second = self.choice_filters[0] if self.choice_filters else None
        self.use_dates = QCheckBox(translate("RecordPane", "Dates"), self, objectName="useDates")
        self.date_from, self.date_to = date_range(self, self.use_dates, 30, lambda: self.reload(),
                                                  ("dateFrom", "dateTo"))
        if self.spec.dates:
            row.addWidget(self.use_dates)
            row.addWidget(self.date_from)
            row.addWidget(QLabel("–", self))
            row.addWidget(self.date_to)
        else:
            for w in (self.use_dates, self.date_from, self.date_to):
                w.hide()
        self.text_filters: list[QLineEdit] = []
        for t in self.spec.text_filters:
            edit = QLineEdit(self, objectName=f"filter_{t.key}")
            edit.setPlaceholderText(str(t.placeholder or t.label))
            edit.setToolTip(str(t.tooltip))
            edit.setClearButtonEnabled(True)
            edit.setMaximumWidth(t.width)
            edit.textChanged.connect(lambda *_: self.debounce.start())
            row.addWidget(edit)
            self.text_filters.append(edit)
        self.search = QLineEdit(self, objectName="searchFilter")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(str(self.spec.search_hint))
        self.search.textChanged.connect(lambda *_: self.debounce.start())
        self.search.returnPressed.connect(self.reload)
        row.addWidget(self.search, 1)
        return row

    def filters(self) -> dict[str, Any]:
        """The list query's keyword arguments as the filter bar sets them."""
        out: dict[str, Any] = {"status": self.status.currentData(), "text": self.search.text()}
        for f, combo in zip(self.spec.filters, self.choice_filters, strict=True):
            value = combo.currentData()
            out.update(f.to_filters(value) if f.to_filters else {f.key: value or None})
        out.update({t.key: edit.text() for t, edit in zip(self.spec.text_filters, self.text_filters, strict=True)})
        if self.use_dates.isChecked():
            out.update(date_from=self.date_from.date().toPython(), date_to=self.date_to.date().toPython())
        return out

    def filter_text(self) -> str:
        """The filter as printed under a list report's title."""
        parts = [translate("RecordPane", "Status: {s}").format(s=self.status.currentText())]
        parts += [c.currentText() for c in self.choice_filters if c.currentIndex() > 0]
        parts += [f"{t.label}: {edit.text().strip()}" for t, edit in zip(self.spec.text_filters, self.text_filters,
                                                                        strict=True) if edit.text().strip()]
        if self.use_dates.isChecked():
            parts.append(translate("RecordPane", "{a} to {b}").format(a=self.date_from.date().toString("yyyy-MM-dd"),
                                                                 b=self.date_to.date().toString("yyyy-MM-dd")))
        if self.search.text().strip():
            parts.append(translate("RecordPane", "Search: {t}").format(t=self.search.text().strip()))
        return translate("RecordPane", "; ").join(parts)

    # ------------------------------------------------------------------ list
    def _list_pane(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        key = self.spec.settings_key.replace("/", "_")
        self.model = LazyTableModel(self.spec.columns, lambda after, n: [], parent=self)
        self.table = record_view(box, self.model, f"{key}Table")
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        #: the columns are sized to the first rows shown unless the user set their own widths
        self.fit_pending = not persist_header(self.table, self.spec.settings_key, [c.width for c in self.spec.columns])
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda *_: self.first_action())
        self.table.activated.connect(lambda *_: self.first_action())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.table, 1)
        empty_row = QHBoxLayout()
        self.empty = QLabel(box, objectName="emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#666;padding:8px;")
        empty_row.addWidget(self.empty, 1)
        #: the button that does what the empty list's hint says (the new-record button's twin)
        self.empty_btn = QPushButton(str(self.spec.new_label or "").replace("&", ""), box, objectName="emptyAction")
        self.empty_btn.clicked.connect(lambda: self.new_record())
        self.empty_btn.hide()
        empty_row.addWidget(self.empty_btn, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(empty_row)
        bottom = QHBoxLayout()
        self.count_label = QLabel(box, objectName="countLabel")
        bottom.addWidget(self.count_label, 1)
        for spec in self.spec.list_buttons:
            button = QPushButton(str(spec.label), box, objectName=spec.name)
            button.setToolTip(str(spec.tooltip))
            button.clicked.connect(lambda _=False, m=spec.method: getattr(self.page, m)())
            if spec.permission is not None and not self.actor.can(spec.permission):
                button.setEnabled(False)
                button.hide()
            bottom.addWidget(button)
            setattr(self, spec.attr or spec.name, button)
        self.print_list_btn = QPushButton(translate("RecordPane", "Print list"), box, objectName="printList")
        self.print_list_btn.clicked.connect(lambda: self.page.print_list())
        self.export_btn = QPushButton(translate("RecordPane", "Export to Excel"), box, objectName="exportList")
        self.export_btn.clicked.connect(lambda: self.page.export_list())
        self.new_btn = QPushButton(str(self.spec.new_label or translate("RecordPane", "New")), box,
                                   objectName="newRecord")
        self.new_btn.setToolTip("Ctrl+N")
        self.new_btn.clicked.connect(lambda: self.new_record())
        self.new_btn.setVisible(self.spec.new_label is not None)
        self.new_btn.setEnabled(self.spec.new_permission is None or self.actor.can(self.spec.new_permission))
        for b in (self.print_list_btn, self.export_btn, self.new_btn):
            bottom.addWidget(b)
        layout.addLayout(bottom)
        return box

    def reload(self) -> None:
        """Query the list again with the filter bar's filters (and keep the selected record shown)."""
        self.debounce.stop()
        try:
            f = self.filters()
            db, actor, list_fn, count_fn = self.db, self.actor, self.spec.list_fn, self.spec.count_fn
            fetch = lambda after, n, f=f: list_fn(db, actor, after=after, limit=n, **f)  # noqa: E731
            self.model.set_fetch(fetch)
            total = count_fn(db, actor, **f) if count_fn else self.model.rowCount()
        except UserError as exc:
            self.page.bar.error(str(exc))
            return
        self._fetch = fetch
        shown = translate("RecordPane", "{n} shown by this filter").format(n=f"{total:,}")
        if count_fn and total >= records.COUNT_LIMIT:
            shown = translate("RecordPane", "More than {n} match this filter: narrow it").format(
                n=f"{records.COUNT_LIMIT:,}")
        self.count_label.setText(shown)
        self._count_chips()
        if self.fit_pending and self.model.rowCount():
            self.fit_pending = False
            fit_columns(self.table)
        self.empty.setVisible(total == 0)
        self.empty.setText(self._empty_text(f))
        self.empty_btn.setVisible(total == 0 and self.empty.text() == str(self.spec.empty_hint) and
                                  self.new_btn.isVisibleTo(self) and self.new_btn.isEnabled())
        if self.record_id is not None:
            row = self.model.find(lambda r: r.id == self.record_id)
            if row >= 0:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
            self.load_detail(self.record_id)

    def _empty_text(self, f: Mapping[str, Any]) -> str:
        status = f.get("status")
        typed = f.get("text") or any(edit.text().strip() for edit in self.text_filters)
        if not typed and status in self.spec.empty_hints:
            return str(self.spec.empty_hints[status])
        default_view = not typed and (not self.spec.default_statuses or status in self.spec.default_statuses)
        return str(self.spec.empty_hint if default_view and self.spec.empty_hint else self.spec.no_match_hint)

    def _count_chips(self) -> None:
        if not (self.spec.counted and self.spec.count_fn):
            return
        for value in self.spec.counted:
            index = self.status.findData(value)
            if index < 0:
                continue
            n = self.spec.count_fn(self.db, self.actor, status=value)
            label = str(dict(self.spec.statuses)[value])
            self.status.group.button(index).setText(f"{label} ({n})" if n else label)

    def context_menu(self) -> QMenu:
        """The detail pane's buttons open to this user now, as a menu (a right click on the list)."""
        menu = QMenu(self)
        for button in (*self.action_buttons, *self.record_buttons.values(), *self.print_buttons.values()):
            if not button.isEnabled():
                continue
            if button.menu() is not None:
                sub = menu.addMenu(button.text().replace("&", ""))
                sub.addActions(button.menu().actions())
            else:
                menu.addAction(button.text().replace("&", ""), button.click)
        return menu

    def _context_menu(self, pos) -> None:
        if self.view_data is None or not self.table.indexAt(pos).isValid():
            return
        self.row_menu = self.context_menu()
        self.row_menu.popup(self.table.viewport().mapToGlobal(pos))

    def _row_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        if row is not None and row.id != self.record_id:
            self.load_detail(row.id)

    def select(self, record_id: int) -> None:
        """Show one record (from the handover, the home page, a search): widen the filter if needed."""
        self.record_id = record_id
        if self.model.find(lambda r: r.id == record_id) < 0:
            for edit in self.text_filters:
                edit.blockSignals(True)
                edit.clear()
                edit.blockSignals(False)
            for w, reset in ((self.search, lambda: self.search.clear()),
                             (self.use_dates, lambda: self.use_dates.setChecked(False)),
                             (self.status, lambda: self.status.setCurrentIndex(max(self.status.findData("all"), 0)))):
                w.blockSignals(True)
                reset()
                w.blockSignals(False)
            for combo in self.choice_filters:
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData("all"), 0))
                combo.blockSignals(False)
        self.reload()
        row = self.model.find(lambda r: r.id == record_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.find(lambda r: r.id == record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.load_detail(record_id)

    # ------------------------------------------------------------------ detail
    def _detail_pane(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title = rich_label(box, "detailTitle")
        self.clock_label = rich_label(box, "detailClocks")
        self.details = rich_label(box, "detailFields")
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.details.linkActivated.connect(self._open_link)
        self.files_box = QWidget(box, objectName="attachments")
        self.files_row = QHBoxLayout(self.files_box)
        self.files_row.setContentsMargins(0, 0, 0, 0)
        self.files_row.setSpacing(4)
        row = QHBoxLayout()
        self.actions_box = QWidget(box, objectName="actionButtons")
        self.actions_host = self.actions_box
        self.actions_row = FlowLayout(self.actions_box)
        self.actions_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.no_actions = QLabel(translate("RecordPane", "No action is open to you on this record now."), box,
                                 objectName="noActions")
        self.no_actions.setStyleSheet(f"color:{tones.DONE_HEX};")
        layout_actions = QVBoxLayout()
        layout_actions.addWidget(self.actions_box)
        layout_actions.addWidget(self.no_actions)
        row.addLayout(layout_actions, 1)
        # the page's buttons and the prints, under the actions, wrapping as they do: a narrow pane fits them
        self.tools_box = QWidget(box, objectName="toolButtons")
        tools = FlowLayout(self.tools_box)
        self.tools_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.record_buttons: dict[str, QPushButton] = {}
        for b in self.spec.buttons:
            button = QPushButton(str(b.label), self.tools_box, objectName=b.name)
            button.clicked.connect(lambda _=False, spec=b: self.view_data and getattr(self.page, spec.run)(
                self.view_data))
            button.setEnabled(False)
            tools.addWidget(button)
            self.record_buttons[b.name] = button
        self.print_buttons: dict[str, QPushButton] = {}
        for p in self.spec.prints:
            button = QPushButton(str(p.label), self.tools_box, objectName=p.name)
            button.clicked.connect(lambda _=False, spec=p: self.print_form(spec))
            tools.addWidget(button)
            self.print_buttons[p.name] = button
        self.print_btn = next(iter(self.print_buttons.values()), None)
        if self.print_btn is not None:
            self.print_btn.setToolTip("Ctrl+P")
        self.events = LazyTableModel(EVENT_COLUMNS, lambda after, n: [], parent=self)
        self.event_view = record_view(box, self.events, f"{self.spec.settings_key.replace('/', '_')}Events")
        self.event_view.setMinimumHeight(120)
        self.event_view.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.details)
        layout.addWidget(self.files_box)
        layout.addLayout(row)
        if tools.count():
            layout.addWidget(self.tools_box)
        else:
            self.tools_box.hide()
        #: the page's own part of the detail pane (``PaneSpec.detail_extra``), if any
        self.extra = getattr(self.page, self.spec.detail_extra)(self) if self.spec.detail_extra else None
        if self.extra is not None:
            layout.addWidget(self.extra, 2)
        layout.addWidget(QLabel(translate("RecordPane", "History"), box))
        layout.addWidget(self.event_view, 1)
        return box

    def load_detail(self, record_id: int) -> None:
        get = self.spec.get_fn or (lambda db, actor, rid: records.get(db, actor, self.spec.kind, rid))
        try:
            data = get(self.db, self.actor, record_id)
        except UserError as exc:
            self.page.bar.warning(str(exc))
            self.show_detail(None)
            return
        self.show_detail(data)

    def show_detail(self, data: records.RecordView | None) -> None:
        self.view_data = data
        self.record_id = data.id if data is not None else None
        for b in self.action_buttons:
            self.actions_row.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.action_buttons = []
        self._show_files(data)
        self.no_actions.setVisible(data is not None and not data.actions)
        if data is None:
            self.title.setText(f"<span style='color:#666'>{html.escape(str(self.spec.choose_hint))}</span>")
            self.clock_label.setText("")
            self.details.setText("")
            self.events.set_rows([])
            for button in (*self.print_buttons.values(), *self.record_buttons.values()):
                button.setEnabled(False)
            self.shown.emit(None)
            return
        self.title.setText(title_html(data))
        self.clock_label.setText(clocks_html(data))
        self.clock_label.setVisible(bool(data.clocks))
        self.details.setText(rows_html(data.rows) + links_html(data))
        self.events.set_rows(data.events)
        fit_columns(self.event_view)   # the times in full, the note takes what is left
        for i, action in enumerate(data.actions):
            button = QPushButton(action.label, self.actions_box, objectName=f"action_{action.name}")
            if i < 9 and self.spec.action_keys:
                button.setShortcut(QKeySequence(f"Alt+{i + 1}"))
                button.setToolTip(f"Alt+{i + 1}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.actions_row.addWidget(button)
            button.show()   # now, so its shortcut works before the next turn of the event loop
            self.action_buttons.append(button)
        for spec in self.spec.prints:
            self.print_buttons[spec.name].setEnabled(bool(spec.number(data)) and spec.enabled(data))
        for spec in self.spec.buttons:
            self.record_buttons[spec.name].setEnabled(spec.allows(data))
        self.no_actions.setVisible(not data.actions and not any(b.isEnabled() for b in self.record_buttons.values()))
        self.shown.emit(data)

    def _show_files(self, data: records.RecordView | None) -> None:
        while self.files_row.count():
            item = self.files_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        files = data.attachments if data is not None else []
        self.files_box.setVisible(bool(files))
        for a in files:
            button = QToolButton(self.files_box, objectName=f"attachment_{a.id}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setText(a.name if len(a.name) <= 14 else a.name[:12] + "…")
            button.setToolTip(
                a.name if not a.missing_path else
                translate("RecordPane", "The file was missing when it was moved into the database: {path}")
                .format(path=a.missing_path))
            if a.missing_path:
                button.setStyleSheet(f"color:{tones.LATE_HEX};")
            elif a.is_image:
                from app.services import attachments
                pixmap = QPixmap()
                if pixmap.loadFromData(attachments.thumbnail(self.db, self.actor, a.id) or b""):
                    button.setIcon(QIcon(pixmap))
                    button.setIconSize(QSize(72, 54))
            button.clicked.connect(lambda _=False, aid=a.id: self.open_attachment(aid))
            self.files_row.addWidget(button)
        self.files_row.addStretch(1)

    def open_attachment(self, attachment_id: int) -> str | None:
        """Open an attachment with the system's viewer (from a copy in the user's temporary folder)."""
        import tempfile
        from pathlib import Path

        from app.services import attachments
        try:
            name, content = attachments.content(self.db, self.actor, attachment_id)
        except UserError as exc:
            self.page.bar.warning(str(exc))
            return None
        folder = Path(tempfile.gettempdir()) / "frontdesk-attachments" / str(attachment_id)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / name
        path.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return str(path)

    def _open_link(self, href: str) -> None:
        kind, _, ident = href.partition(":")
        self.page.window_.open_record(kind, int(ident))

    def first_action(self) -> None:
        if self.action_buttons:
            self.action_buttons[0].click()

    def run_action(self, action: records.ActionView):
        """Open the action's dialog (its declared fields), filled with the page's defaults for it."""
        from app.ui.dialogs.action import ActionDialog
        data = self.view_data
        if data is None:
            return None
        if action.name in self.spec.dialogs:    # the page's own dialog, which says what it did
            dialog = getattr(self.page, self.spec.dialogs[action.name])(data)
            if dialog is not None:
                self.page.dialog = dialog
            return dialog
        defaults = getattr(self.page, self.spec.defaults_method)(data, action.name) if self.spec.defaults_method \
            else {}
        context = {"kind": data.kind, "id": data.id, "version": data.version, "action": action.name,
                   "number": data.shown_number or data.title, "values": defaults, "warning": action.warning}
        if self.spec.suggest_method:
            context["suggest"] = getattr(self.page, self.spec.suggest_method)(data, action.name)
        dialog = ActionDialog.for_action(self.page.window_, context)
        dialog.accepted.connect(lambda: self.page.bar.info(translate("RecordPane", "{action}: {number} saved.").format(
            action=action.label, number=data.shown_number or data.title)))
        if self.spec.after_method:
            dialog.accepted.connect(lambda: getattr(self.page, self.spec.after_method)(data, action.name))
        dialog.show()
        self.page.dialog = dialog
        return dialog

    def new_record(self, values: Mapping[str, Any] | None = None):
        if self.spec.new_label is None or (self.spec.new_permission and not self.actor.can(self.spec.new_permission)):
            return None
        if self.spec.new_method:
            dialog = getattr(self.page, self.spec.new_method)(dict(values or {}))
        else:
            from app.ui.dialogs.create import CreateDialog
            title = str(self.spec.new_title or self.spec.new_label or "").replace("&", "")
            dialog = CreateDialog(self.page.window_, {"kind": self.spec.kind, "values": dict(values or {}),
                                                      "title": title})
            dialog.show()
        if dialog is not None:
            dialog.accepted.connect(lambda: self._created(dialog))
            self.page.dialog = dialog
        return dialog

    def _created(self, dialog) -> None:
        result = getattr(dialog, "result_value", None)
        if isinstance(result, int):
            self.record_id = result

    def print_form(self, spec: PrintButton | None = None) -> None:
        spec = spec or (self.spec.prints[0] if self.spec.prints else None)
        if spec is None or self.view_data is None or not spec.enabled(self.view_data):
            return
        from app.ui.dialogs.print_preview import preview_form
        self.page.preview = preview_form(self.page.window_, spec.form, spec.number(self.view_data))


# ------------------------------------------------------------------------------------------ HTML

def rich_label(parent: QWidget, name: str) -> QLabel:
    """A label that shows HTML (the detail pane's title and fields, a page's status line), wrapped."""
    label = QLabel(parent, objectName=name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def header_label(parent: QWidget, name: str) -> QLabel:
    """The band of the day's figures a page may show above its panes (:meth:`RecordPage.header`)."""
    label = rich_label(parent, name)
    label.setStyleSheet(f"QLabel#{name}{{background:#f3f6fb;border:1px solid #dde2ea;border-radius:6px;"
                        "padding:6px 10px;}")
    return label


def percent(rate: float | None) -> str:
    """A rate of the header band (``87%``), or “—” when there is nothing to divide by."""
    return "—" if rate is None else f"{rate:.0%}"


class MonthFigures:
    """A record page's band of this month's figures (its KPIs), put before :class:`RecordPage` in the bases.

    The figures are read off the GUI thread when the page refreshes or a record of a kind it watches changes.
    A page names the band (``figures_name``, its object name) and gives :meth:`month_figures` (the service call,
    run on the worker) and :meth:`figures_text` (the band's parts from its result); the result is kept as ``kpi``.
    """

    figures_name = "monthFigures"
    kpi: Any = None

    def month_figures(self, db: Any, actor: Any, date_from: date, date_to: date) -> Any:
        raise NotImplementedError

    def figures_text(self, kpi: Any) -> list[str]:
        raise NotImplementedError

    def header(self) -> QWidget:
        self.kpi_label = header_label(self, self.figures_name)
        return self.kpi_label

    def refresh(self) -> None:
        super().refresh()
        self.load_kpis()

    def _changed(self, kind: str, ids: Any) -> None:
        super()._changed(kind, ids)
        if kind in self.watches:
            self.load_kpis()

    def load_kpis(self) -> None:
        today = date.today()
        db, actor, first = self.db, self.actor, today.replace(day=1)
        self.ops.run(lambda: self.month_figures(db, actor, first, today),
                     on_success=self._figures_loaded, on_error=lambda exc: self.bar.error(str(exc)))

    def _figures_loaded(self, kpi: Any) -> None:
        self.kpi = kpi
        self.kpi_label.setText(" &nbsp;·&nbsp; ".join(self.figures_text(kpi)))


def figure(value: object, alert: bool = False) -> str:
    """A figure of the header band, in red when it asks for attention."""
    colour = tones.LATE_HEX if alert else "#1f3b73"
    return f"<b style='color:{colour};font-size:15px'>{html.escape(str(value))}</b>"


def title_html(view: records.RecordView) -> str:
    colour = tones.TONE_HEX.get(view.tone, tones.STATE_HEX)
    headline = f"<br><span style='font-size:14px'>{html.escape(view.title)}</span>" if view.title else ""
    flags = "".join(f" <span style='color:{tones.LATE_HEX}'>· {html.escape(flag)}</span>" for flag in view.flags)
    return (f"<span style='font-size:16px;font-weight:600'>{html.escape(view.shown_number)}</span>&nbsp; "
            f"<span style='color:{colour}'>{html.escape(view.status_label)}</span>{flags}{headline}")


def clocks_html(view: records.RecordView) -> str:
    parts = []
    for c in view.clocks:
        if c.state == "stopped":
            text = (translate("RecordPane", "{clock}: done late") if c.late
                    else translate("RecordPane", "{clock}: done in time")).format(clock=c.label)
            colour = tones.LATE_HEX if c.late else tones.DONE_HEX
        elif c.state == "paused":
            text, colour = translate("RecordPane", "{clock}: paused").format(clock=c.label), tones.ATTENTION_HEX
        else:
            text = translate("RecordPane", "{clock}: due {when}").format(clock=c.label, when=when(c.deadline, False))
            colour = tones.LATE_HEX if c.late else tones.STATE_HEX
            if c.late:
                text += " · " + translate("RecordPane", "overdue")
            if c.escalation:
                text += " · " + translate("RecordPane", "escalated to {who}").format(who=c.escalation)
        parts.append(f"<span style='color:{colour}'>{html.escape(text)}</span>")
    return "&nbsp;&nbsp;".join(parts)


def rows_html(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:{tones.LABEL_HEX};padding:2px 10px 2px 0;white-space:nowrap' valign='top'>"
        f"{html.escape(k)}</td><td style='padding:2px 0'>{html.escape(str(v)).replace(chr(10), '<br>')}</td></tr>"
        for k, v in rows if v)
    return f"<table cellspacing='0'>{cells}</table>"


def links_html(view: records.RecordView) -> str:
    if not view.links:
        return ""
    items = ", ".join(f"<a href='{link.kind}:{link.id}'>{html.escape(link.number or str(link.id))}</a>"
                      f" ({html.escape(link.relation_label)})" for link in view.links)
    label = translate("RecordPane", "Linked records")
    return f"<p style='margin-top:4px'>{html.escape(label)}: {items}</p>"


# ============================================================================================ the page

class RecordPage(Page):
    """A workflow page made of declared panes (tabs when there are several); see the module docstring."""

    panes: ClassVar[Sequence[PaneSpec]] = ()

    def __init__(self, window, panes: Sequence[PaneSpec] | None = None) -> None:
        super().__init__(window)
        if panes is not None:
            self.panes = tuple(panes)
        header = self.header()
        if header is not None:
            self.outer.addWidget(header)
        self.record_panes = [RecordPane(self, spec) for spec in self.pane_specs()]
        extra = self.extra_tabs()
        if len(self.record_panes) == 1 and not extra:
            self.tabs = None
            self.outer.addWidget(self.record_panes[0], 1)
        else:
            self.tabs = QTabWidget(self, objectName="recordTabs")
            for pane in self.record_panes:
                self.tabs.addTab(pane, str(pane.spec.title))
            for widget, title in extra:
                self.tabs.addTab(widget, str(title))
            self.outer.addWidget(self.tabs, 1)
        for keys, slot in (("Ctrl+N", lambda: self.current().new_record()),
                           ("Ctrl+P", self.print_current),
                           ("Ctrl+F", lambda: self.current().search.setFocus()), ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._loaded = False

    # -- hooks
    def pane_specs(self) -> Sequence[PaneSpec]:
        return self.panes

    def header(self) -> QWidget | None:
        """A widget above the panes (the day's figures), if the page has one."""
        return None

    def extra_tabs(self) -> Sequence[tuple[QWidget, Text | str]]:
        """Tabs of the page's own after its panes (widget, title): a gate check. On them Ctrl+N, Ctrl+P and
        Ctrl+F act on the first pane."""
        return ()

    def print_current(self) -> None:
        """Ctrl+P: the current pane's first form of its selected record."""
        self.current().print_form()

    @property
    def watches(self) -> tuple[str, ...]:  # type: ignore[override]
        return tuple(p.spec.kind for p in self.record_panes) + self.also_watches

    also_watches: ClassVar[tuple[str, ...]] = ()

    # -- composition
    def current(self) -> RecordPane:
        shown = self.tabs.currentWidget() if self.tabs is not None else None
        return shown if isinstance(shown, RecordPane) else self.record_panes[0]

    def pane(self, kind: str) -> RecordPane:
        return next(p for p in self.record_panes if p.spec.kind == kind)

    def shown(self) -> None:
        """Reload whenever the page is shown: overdue marks move on with the clock."""
        self.refresh()

    def refresh(self) -> None:
        for pane in self.record_panes:
            pane.reload()
        self._loaded = True

    def _changed(self, kind: str, ids) -> None:
        for pane in self.record_panes:
            if pane.spec.kind == kind or kind in self.also_watches:
                pane.reload()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show one record (from the shift handover, the home tiles, a search, a link)."""
        pane = RecordPage.pane(self, kind)     # (a page may name its only pane ``self.pane``)
        if self.tabs is not None:
            self.tabs.setCurrentWidget(pane)
        pane.select(record_id)

    # -- list report of the current pane
    @property
    def report_title(self):  # type: ignore[override]
        return self.current().spec.report_title

    def report_columns(self):
        return self.current().spec.columns

    def report_fetch(self):
        return self.current()._fetch

    def report_filter_text(self) -> str:
        return self.current().filter_text()

    def report_count(self):
        pane = self.current()
        count_fn = pane.spec.count_fn
        if count_fn is None:
            return None
        f, db, actor = pane.filters(), self.db, self.actor
        if "limit" in inspect.signature(count_fn).parameters:     # counted further than the list's own count
            return lambda: count_fn(db, actor, limit=EXPORT_COUNT_LIMIT, **f)
        return lambda: count_fn(db, actor, **f)

