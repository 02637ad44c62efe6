"""信息传递 — two tabs: 工作联系单 (work slips to departments) and 代收代转 (items kept for residents).

Each tab: a filter bar (status, department or item type, dates, free text), a lazy list (keyset-paged
service query), and a detail pane with the record's fields, its event timeline and the action buttons the
workflow allows this user (from the declaration: ``relay.get_slip(...).actions``), plus the print
buttons of its forms (the slip, 一式两联; the day's 物品收发登记表).

Keys: Ctrl+N new (in the current tab), Ctrl+P print the selected slip or the register, Ctrl+F the search
box, F5 reload, Alt+1 … Alt+9 the action buttons in order.
"""
from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import relay as R
from app.domain.enums import IdType
from app.domain.errors import UserError
from app.domain.relay import PARCELS, RELAY_CREATE, SLIPS
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import relay
from app.ui.pages.base import Page
from app.ui.widgets.splitter import persist_splitter
from app.ui.widgets.table_model import Column, LazyTableModel, attr

#: strings of the base class of both tabs have one context ("RecordTab"), whichever tab shows them
translate = QCoreApplication.translate
LATE = QBrush(QColor("#c62828"))
ATTENTION = QBrush(QColor("#b26a00"))
MUTED = QBrush(QColor("#777777"))
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _when(value: datetime | None, short: bool = True) -> str:
    if value is None:
        return ""
    if short and value.date() == date.today():
        return value.strftime("%H:%M")
    return value.strftime("%m-%d %H:%M" if short and value.year == date.today().year else "%Y-%m-%d %H:%M")


def _label(enum_cls, code: str) -> str:
    try:
        return str(enum_cls(code).label)
    except ValueError:
        return code or ""


def _slip_deadline(row) -> str:
    if row.status == "sent":
        return str(T("Relay", "sign by {time}")).format(time=_when(row.sign_due_at))
    if row.status in R.SLIP_UNANSWERED:
        return str(T("Relay", "reply by {time}")).format(time=_when(row.required_by))
    return ""


_OVERDUE = T("Relay", "overdue")


def _slip_status(row) -> str:
    text = str(SLIPS.state(row.status).label)
    return f"{text} · {_OVERDUE}" if row.overdue else text


def _parcel_flags(row) -> str:
    flags = []
    if row.approval_pending:
        flags.append(str(T("Relay", "needs approval")))
    if row.return_due:
        flags.append(str(T("Relay", "to return")))
    elif row.remind_due:
        flags.append(str(T("Relay", "remind")))
    if row.urgent:
        flags.append(str(T("Relay", "urgent")))
    if row.valuable:
        flags.append(str(T("Relay", "valuable")))
    return " · ".join(flags)


def _parcel_colour(row):
    if row.return_due or row.approval_pending:
        return LATE
    if row.remind_due:
        return ATTENTION
    return None


SLIP_COLUMNS = [
    Column("number", T("Relay", "No."), attr("number"), width=140),
    Column("status", T("Relay", "Status"), _slip_status, width=120,
           foreground=lambda r: LATE if r.overdue else (MUTED if r.status in ("closed", "void") else None)),
    Column("priority", T("Relay", "Priority"), lambda r: _label(R.Priority, r.priority), width=64,
           foreground=lambda r: LATE if r.priority == "urgent" else None),
    Column("dept", T("Relay", "Department"), lambda r: _label(R.Department, r.to_dept), width=100),
    Column("subject", T("Relay", "Subject"), attr("subject"), width=200),
    Column("room", T("Relay", "Room"), attr("room"), width=76),
    Column("sent", T("Relay", "Sent"), lambda r: _when(r.sent_at), width=84),
    Column("deadline", T("Relay", "Deadline"), _slip_deadline, width=130,
           foreground=lambda r: LATE if r.overdue else None),
]

PARCEL_COLUMNS = [
    Column("number", T("Relay", "No."), attr("number"), width=140),
    Column("status", T("Relay", "Status"), lambda r: str(PARCELS.state(r.status).label), width=90,
           foreground=lambda r: MUTED if r.status in ("collected", "returned", "void") else None),
    Column("item", T("Relay", "Item"), lambda r: _label(R.ItemType, r.item_type)
           + (f" ×{r.quantity}" if r.quantity != 1 else ""), width=90),
    Column("addressee", T("Relay", "Addressee"), attr("addressee"), width=80),
    Column("room", T("Relay", "Room"), attr("room"), width=76),
    Column("flags", T("Relay", "Attention"), _parcel_flags, foreground=_parcel_colour, width=120),
    Column("received", T("Relay", "Received"), lambda r: _when(r.received_at), width=84),
    Column("phone", T("Relay", "Phone"), attr("phone"), width=100),
    Column("courier", T("Relay", "Courier / tracking no."),
           lambda r: " ".join(x for x in (r.courier, r.tracking_no) if x), width=180),
    Column("storage", T("Relay", "Kept at"), attr("storage"), width=70),
    Column("collector", T("Relay", "Collected by"),
           lambda r: " ".join(x for x in (r.collector_name, r.collector_id) if x), private="id"),
]

EVENT_COLUMNS = [
    Column("at", T("Relay", "Time"), lambda e: e.at.strftime("%m-%d %H:%M"), width=84),
    Column("who", T("Relay", "By"), attr("who"), width=64),
    Column("action", T("Relay", "Action"), attr("action"), width=120),
    Column("state", T("Relay", "Now"), attr("state"), width=90),
    Column("note", T("Relay", "Note"), lambda e: " · ".join(x for x in (e.note, e.details) if x)),
]


def _table(parent, model, name: str) -> QTableView:
    view = QTableView(parent, objectName=name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    return view


def _apply_widths(view: QTableView, columns) -> None:
    for i, c in enumerate(columns):
        if c.width:
            view.setColumnWidth(i, c.width)


def _rows_html(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#666;padding:2px 10px 2px 0;white-space:nowrap' valign='top'>"
        f"{html.escape(k)}</td>"
        f"<td style='padding:2px 0'>{v}</td></tr>" for k, v in rows if v)
    return f"<table cellspacing='0'>{cells}</table>"


def _esc(text: object) -> str:
    return html.escape(str(text or "")).replace("\n", "<br>")


class RecordTab(QWidget):
    """What both tabs share: filters, the lazy list, the detail pane with timeline and action buttons."""

    columns: list[Column] = []
    statuses: list[tuple[str, object]] = []
    settings_key = ""
    empty_hint: object = ""

    def __init__(self, page: RelayPage) -> None:
        super().__init__(page)
        self.page = page
        self.db, self.actor = page.db, page.actor
        self.record_id: int | None = None
        self.view_data = None
        self.action_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self._filters())
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self._list_pane())
        self.splitter.addWidget(self._detail_pane())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        persist_splitter(self.splitter, f"relay/{self.settings_key}", [640, 420])
        layout.addWidget(self.splitter, 1)
        self.show_detail(None)

    # -- filters
    def _filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QComboBox(self, objectName="statusFilter")
        for value, label in self.statuses:
            self.status.addItem(str(label), value)
        self.second = QComboBox(self, objectName="secondFilter")
        self._fill_second(self.second)
        self.use_dates = QCheckBox(translate("RecordTab", "Dates"), self, objectName="useDates")
        self.date_from = QDateEdit(QDate.currentDate().addDays(-30), self, objectName="dateFrom")
        self.date_to = QDateEdit(QDate.currentDate(), self, objectName="dateTo")
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
            d.setEnabled(False)
            d.dateChanged.connect(lambda *_: self.reload())
        self.use_dates.toggled.connect(self._dates_toggled)
        self.search = QLineEdit(self, objectName="searchFilter")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(str(self.search_hint))
        self.search.textChanged.connect(lambda *_: self.reload())
        self.status.currentIndexChanged.connect(lambda *_: self.reload())
        self.second.currentIndexChanged.connect(lambda *_: self.reload())
        row.addWidget(self.status)
        row.addWidget(self.second)
        row.addWidget(self.use_dates)
        row.addWidget(self.date_from)
        row.addWidget(QLabel("–", self))
        row.addWidget(self.date_to)
        row.addWidget(self.search, 1)
        return row

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.reload()

    def _fill_second(self, combo: QComboBox) -> None:
        raise NotImplementedError

    def filters(self) -> dict:
        dates = {}
        if self.use_dates.isChecked():
            dates = {"date_from": self.date_from.date().toPython(), "date_to": self.date_to.date().toPython()}
        return {"status": self.status.currentData(), "text": self.search.text(), **dates,
                **self.second_filter()}

    def second_filter(self) -> dict:
        raise NotImplementedError

    # -- panes
    def _list_pane(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = LazyTableModel(self.columns, lambda after, n: [], parent=self)
        self.table = _table(box, self.model, f"{self.settings_key}Table")
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.doubleClicked.connect(lambda *_: self._first_action())
        header = QSettings().value(f"relay/{self.settings_key}/header")
        if header is None or not self.table.horizontalHeader().restoreState(header):
            _apply_widths(self.table, self.columns)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: QSettings().setValue(
            f"relay/{self.settings_key}/header", self.table.horizontalHeader().saveState()))
        layout.addWidget(self.table, 1)
        self.empty = QLabel(box, objectName="emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#666;padding:8px;")
        layout.addWidget(self.empty)
        bottom = QHBoxLayout()
        self.count_label = QLabel(box, objectName="countLabel")
        self.new_btn = QPushButton(str(self.new_label), box, objectName="newRecord")
        self.new_btn.setToolTip(translate("RecordTab", "Ctrl+N"))
        self.new_btn.clicked.connect(self.new_record)
        self.new_btn.setEnabled(self.actor.can(RELAY_CREATE))
        self.print_list_btn = QPushButton(translate("RecordTab", "Print list"), box, objectName="printList")
        self.print_list_btn.clicked.connect(lambda: self.page.print_list())
        self.export_btn = QPushButton(translate("RecordTab", "Export to Excel"), box, objectName="exportList")
        self.export_btn.clicked.connect(lambda: self.page.export_list())
        bottom.addWidget(self.count_label, 1)
        for b in self.extra_list_buttons(box):
            bottom.addWidget(b)
        bottom.addWidget(self.print_list_btn)
        bottom.addWidget(self.export_btn)
        bottom.addWidget(self.new_btn)
        layout.addLayout(bottom)
        return box

    def extra_list_buttons(self, parent) -> list[QPushButton]:
        return []

    def _detail_pane(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel(box, objectName="detailTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.details = QLabel(box, objectName="detailFields")
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        row = QHBoxLayout()
        self.actions_box = QWidget(box, objectName="actionButtons")
        self.actions_row = QHBoxLayout(self.actions_box)
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.setSpacing(6)
        self.print_btn = QPushButton(translate("RecordTab", "Print"), box, objectName="printRecord")
        self.print_btn.setToolTip(translate("RecordTab", "Ctrl+P"))
        self.print_btn.clicked.connect(self.print_record)
        self.no_actions = QLabel(translate("RecordTab", "No action is open to you on this record now."),
                                 box, objectName="noActions")
        self.no_actions.setStyleSheet("color:#777;")
        row.addWidget(self.actions_box)
        row.addWidget(self.no_actions)
        row.addStretch(1)
        row.addWidget(self.print_btn)
        self.events = LazyTableModel(EVENT_COLUMNS, lambda after, n: [], parent=self)
        self.event_view = _table(box, self.events, f"{self.settings_key}Events")
        self.event_view.setMinimumHeight(120)
        _apply_widths(self.event_view, EVENT_COLUMNS)
        self.event_view.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(row)
        layout.addWidget(QLabel(translate("RecordTab", "History"), box))
        layout.addWidget(self.event_view, 1)
        return box

    # -- data
    def reload(self) -> None:
        try:
            f = self.filters()
            db, actor = self.db, self.actor
            list_fn, count_fn = self.list_fn, self.count_fn
            fetch = lambda after, n, f=f: list_fn(db, actor, after=after, limit=n, **f)  # noqa: E731
            total = count_fn(db, actor, **f)
        except UserError as exc:
            self.page.bar.error(str(exc))
            return
        self._fetch, self._filters_used = fetch, f
        self.model.set_fetch(fetch)
        self.count_label.setText(translate("RecordTab", "{n} shown by this filter").format(n=total))
        self.empty.setVisible(total == 0)
        self.empty.setText(str(self.empty_hint) if not f.get("text") and f["status"] in self.default_statuses
                           else translate("RecordTab", "Nothing matches this filter."))
        if self.record_id is not None:
            row = self.model.find(lambda r: r.id == self.record_id)
            if row >= 0:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
            self.load_detail(self.record_id)

    def _row_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        if row is not None and row.id != self.record_id:
            self.load_detail(row.id)

    def load_detail(self, record_id: int) -> None:
        try:
            data = self.get_fn(self.db, self.actor, record_id)
        except UserError as exc:
            self.page.bar.warning(str(exc))
            self.show_detail(None)
            return
        self.show_detail(data)

    def show_detail(self, data) -> None:
        self.view_data = data
        self.record_id = data.id if data is not None else None
        for b in self.action_buttons:
            self.actions_row.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.action_buttons = []
        self.no_actions.setVisible(data is not None and not data.actions)
        if data is None:
            self.title.setText(f"<span style='color:#666'>{html.escape(str(self.choose_hint))}</span>")
            self.details.setText("")
            self.events.set_rows([])
            self.print_btn.setEnabled(False)
            return
        self.title.setText(self.title_html(data))
        self.details.setText(_rows_html(self.detail_rows(data)))
        self.events.set_rows(data.events)
        for i, action in enumerate(data.actions):
            button = QPushButton(action.label, self.actions_box, objectName=f"action_{action.name}")
            if i < 9:
                button.setShortcut(QKeySequence(f"Alt+{i + 1}"))
                button.setToolTip(f"Alt+{i + 1}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.actions_row.addWidget(button)
            self.action_buttons.append(button)
        self.print_btn.setEnabled(self.printable(data))

    def _first_action(self) -> None:
        if self.action_buttons:
            self.action_buttons[0].click()

    def run_action(self, action) -> None:
        from app.ui.dialogs.relay import ActionDialog
        data = self.view_data
        context = {"kind": self.kind, "id": data.id, "version": data.version, "action": action.name,
                   "label": action.label, "number": data.number, **self.action_context(data)}
        dialog = ActionDialog(self.page.window_, context)
        dialog.accepted.connect(lambda: self.page.bar.info(
            translate("RecordTab", "{action}: {number} saved.").format(action=action.label,
                                                                       number=data.number)))
        dialog.show()
        self.page.dialog = dialog

    def action_context(self, data) -> dict:
        return {}

    def select(self, record_id: int) -> None:
        """Show one record (from the handover, the home page, a search): widen the filter if needed."""
        self.record_id = record_id
        if self.model.find(lambda r: r.id == record_id) < 0:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.use_dates.blockSignals(True)
            self.use_dates.setChecked(False)
            self.use_dates.blockSignals(False)
            self.status.setCurrentIndex(self.status.findData("all"))
        self.reload()
        row = self.model.find(lambda r: r.id == record_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.find(lambda r: r.id == record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- hooks of the subclasses
    kind = ""
    new_label: object = ""
    search_hint: object = ""
    choose_hint: object = ""
    default_statuses: tuple = ()
    list_fn: Callable
    count_fn: Callable
    get_fn: Callable

    def title_html(self, data) -> str:
        raise NotImplementedError

    def detail_rows(self, data) -> list[tuple[str, str]]:
        raise NotImplementedError

    def printable(self, data) -> bool:
        return True

    def new_record(self) -> None:
        raise NotImplementedError

    def print_record(self) -> None:
        raise NotImplementedError

    def filter_text(self) -> str:
        parts = [translate("RecordTab", "Status: {s}").format(s=self.status.currentText())]
        if self.second.currentData():
            parts.append(self.second.currentText())
        if self.use_dates.isChecked():
            parts.append(translate("RecordTab", "{a} to {b}").format(
                a=self.date_from.date().toString("yyyy-MM-dd"), b=self.date_to.date().toString("yyyy-MM-dd")))
        if self.search.text().strip():
            parts.append(translate("RecordTab", "Search: {t}").format(t=self.search.text().strip()))
        return translate("RecordTab", "; ").join(parts)


class SlipTab(RecordTab):
    kind = relay.SLIP_KIND
    columns = SLIP_COLUMNS
    settings_key = "slips"
    statuses = [("open", T("Relay", "Open")), ("unanswered", T("Relay", "Awaiting a reply")),
                ("overdue", T("Relay", "Overdue")), ("to_verify", T("Relay", "To verify")),
                *[(s.name, s.label) for s in R.SLIP_STATES], ("all", T("Relay", "All"))]
    default_statuses = ("open", "unanswered", "overdue", "to_verify")
    new_label = T("Relay", "New work slip")
    search_hint = T("Relay", "No., subject or customer")
    choose_hint = T("Relay", "Choose a slip on the left to see it, sign for it, record the reply …")
    empty_hint = T("Relay", "No open work slips. A request that needs another department? Press Ctrl+N to "
                            "send a work slip.")
    list_fn = staticmethod(relay.list_slips)
    count_fn = staticmethod(relay.count_slips)
    get_fn = staticmethod(relay.get_slip)

    def _fill_second(self, combo: QComboBox) -> None:
        combo.addItem(self.tr("All departments"), "")
        for d in R.TARGET_DEPARTMENTS:
            combo.addItem(str(d.label), d.value)

    def second_filter(self) -> dict:
        return {"to_dept": self.second.currentData() or None}

    def title_html(self, v) -> str:
        state = str(SLIPS.state(v.status).label)
        late = ""
        if v.late_sign:
            late = str(T("Relay", "not signed for in time"))
        elif v.late_reply:
            late = str(T("Relay", "reply overdue"))
        badge = f" <span style='color:#c62828'>· {html.escape(late)}</span>" if late else ""
        return (f"<span style='font-size:16px;font-weight:600'>{html.escape(v.number)}</span>&nbsp; "
                f"<span style='color:#2f6fdf'>{html.escape(state)}</span>{badge}"
                f"<br><span style='font-size:14px'>{html.escape(v.subject)}</span>")

    def detail_rows(self, v) -> list[tuple[str, str]]:
        accepted = ("" if v.accepted is None
                    else self.tr("Accepted") if v.accepted else self.tr("Not accepted"))
        return [
            (self.tr("Type"), _esc(f"{_label(R.SlipKind, v.kind)} · {_label(R.Priority, v.priority)}")),
            (self.tr("From"), _esc(f"{_label(R.Department, v.from_dept)} {v.from_person}")),
            (self.tr("To"), _esc(f"{_label(R.Department, v.to_dept)} {v.to_person}")),
            (self.tr("Room"), _esc(v.room)),
            (self.tr("Customer"), _esc(" ".join(x for x in (v.customer_name, v.customer_phone) if x))),
            (self.tr("Content"), _esc(v.content)),
            (self.tr("Sent"), _esc(_when(v.sent_at, short=False))),
            (self.tr("Sign by"), _esc(_when(v.sign_due_at, short=False)) if v.status == "sent" else ""),
            (self.tr("Complete by"), _esc(_when(v.required_by, short=False))),
            (self.tr("Signed"), _esc(f"{v.signed_by} {_when(v.signed_at, short=False)}".strip())),
            (self.tr("Reply"), _esc(" · ".join(x for x in (accepted, v.reply) if x))),
            (self.tr("Replied"), _esc(f"{v.replied_by} {_when(v.replied_at, short=False)}".strip())),
            (self.tr("Verified"), _esc(" · ".join(x for x in (
                v.verify_result, self.tr("customer informed") if v.customer_informed else "",
                f"{v.verified_by} {_when(v.verified_at, short=False)}".strip()) if x))),
            (self.tr("Related record"), _esc(v.source)),
            (self.tr("Void reason"), _esc(v.void_reason)),
        ]

    def new_record(self, values: dict | None = None):
        if not self.actor.can(RELAY_CREATE):
            return None
        dialog = new_slip_dialog(self.page.window_, values or {}, self._created)
        self.page.dialog = dialog
        return dialog

    def _created(self, slip_id: int) -> None:
        self.record_id = slip_id
        self.page.bar.info(self.tr("Work slip sent. Print it (Ctrl+P) for the department to sign."))

    def print_record(self) -> None:
        if self.view_data is None:
            return
        from app.ui.dialogs.print_preview import preview_form
        self.page.preview = preview_form(self.page.window_, "work_slip", self.view_data.number)


class ParcelTab(RecordTab):
    kind = relay.PARCEL_KIND
    columns = PARCEL_COLUMNS
    settings_key = "parcels"
    statuses = [("waiting", T("Relay", "Waiting")), ("to_notify", T("Relay", "To notify")),
                ("remind", T("Relay", "Reminder due")), ("to_return", T("Relay", "Due to return")),
                ("approval", T("Relay", "Needs approval")),
                *[(s.name, s.label) for s in R.PARCEL_STATES], ("all", T("Relay", "All"))]
    default_statuses = ("waiting", "to_notify", "remind", "to_return", "approval")
    new_label = T("Relay", "Receive an item")
    search_hint = T("Relay", "Name, room, tracking no., last 4 digits of the phone, No.")
    choose_hint = T("Relay", "Choose an item on the left to notify, remind or hand it over …")
    empty_hint = T("Relay", "Nothing is waiting at the desk. Press Ctrl+N when a letter or parcel arrives.")
    list_fn = staticmethod(relay.list_parcels)
    count_fn = staticmethod(relay.count_parcels)
    get_fn = staticmethod(relay.get_parcel)

    def _fill_second(self, combo: QComboBox) -> None:
        combo.addItem(self.tr("All item types"), "")
        for t in R.ItemType:
            combo.addItem(str(t.label), t.value)

    def second_filter(self) -> dict:
        return {"item_type": self.second.currentData() or None}

    def extra_list_buttons(self, parent) -> list[QPushButton]:
        self.register_btn = QPushButton(self.tr("Print register"), parent, objectName="printRegister")
        self.register_btn.setToolTip(self.tr(
            "Print the register of items of today, or of the dates chosen above"))
        self.register_btn.clicked.connect(self.print_register)
        return [self.register_btn]

    def title_html(self, v) -> str:
        state = str(PARCELS.state(v.status).label)
        notes = []
        if v.approval_pending:
            notes.append(str(T("Relay", "waits for the supervisor's approval")))
        if v.return_due:
            notes.append(str(T("Relay", "due to be returned")))
        elif v.remind_due:
            notes.append(str(T("Relay", "reminder due")))
        badge = "".join(f" <span style='color:#c62828'>· {html.escape(n)}</span>" for n in notes)
        what = f"{_label(R.ItemType, v.item_type)} · {v.addressee} {v.room}".strip()
        return (f"<span style='font-size:16px;font-weight:600'>{html.escape(v.number)}</span>&nbsp; "
                f"<span style='color:#2f6fdf'>{html.escape(state)}</span>{badge}"
                f"<br><span style='font-size:14px'>{html.escape(what)}</span>")

    def detail_rows(self, v) -> list[tuple[str, str]]:
        flags = " · ".join(x for x in (self.tr("urgent") if v.urgent else "",
                                       self.tr("valuable") if v.valuable else "") if x)
        condition = _label(R.Condition, v.condition) + (f": {v.condition_note}" if v.condition_note else "")
        collector = ""
        if v.collector_name:
            collector = " ".join(x for x in (
                v.collector_name, _label(R.CollectorRelation, v.collector_relation),
                _label(IdType, v.collector_id_type), v.collector_id, _when(v.collected_at, short=False)) if x)
        return [
            (self.tr("Kind"), _esc(_label(R.Direction, v.direction))),
            (self.tr("Item"), _esc(f"{v.description} ×{v.quantity}")),
            (self.tr("Courier"), _esc(" ".join(x for x in (v.courier, v.tracking_no) if x))),
            (self.tr("Sender"), _esc(v.sender)),
            (self.tr("Addressee"), _esc(" ".join(x for x in (v.addressee, v.addressee_phone) if x))),
            (self.tr("Room"), _esc(v.room)),
            (self.tr("Flags"), _esc(flags)),
            (self.tr("Condition"), _esc(condition)),
            (self.tr("Kept at"), _esc(v.storage)),
            (self.tr("Received"), _esc(f"{_when(v.received_at, short=False)} {v.received_by}")),
            (self.tr("Approved"), _esc(f"{v.approved_by} {_when(v.approved_at, short=False)}".strip())
             if v.needs_approval else ""),
            (self.tr("Notified"), _esc(" ".join(x for x in (
                _when(v.notified_at, short=False), _label(R.NotifyMethod, v.notify_method),
                self.tr("{n} reminders").format(n=v.reminders) if v.reminders else "") if x))),
            (self.tr("Remind at"), _esc(_when(v.remind_due_at, short=False))
             if v.status in R.PARCEL_WAITING else ""),
            (self.tr("Return after"), _esc(_when(v.return_due_at, short=False))
             if v.status in R.PARCEL_WAITING else ""),
            (self.tr("Collected by"), _esc(collector)),
            (self.tr("Returned"), _esc(_when(v.returned_at, short=False))),
            (self.tr("Void reason"), _esc(v.void_reason)),
        ]

    def action_context(self, data) -> dict:
        return {"addressee": data.addressee}

    def _detail_pane(self) -> QWidget:
        box = super()._detail_pane()
        self.print_btn.hide()   # an item has no paper of its own: "Print register" prints its day
        return box

    def new_record(self, values: dict | None = None, on_saved=None):
        from app.ui.dialogs.relay import ParcelDialog
        if not self.actor.can(RELAY_CREATE):
            return None
        dialog = ParcelDialog(self.page.window_, {"values": values or {}})
        dialog.accepted.connect(lambda: self._created(dialog))
        dialog.show()
        self.page.dialog = dialog
        return dialog

    def _created(self, dialog) -> None:
        self.record_id = dialog.result_value
        self.page.bar.info(self.tr("Item registered. Notify the addressee now."))

    def register_range(self) -> tuple[date, date]:
        if self.use_dates.isChecked():
            return self.date_from.date().toPython(), self.date_to.date().toPython()
        if self.view_data is not None:
            day = self.view_data.received_at.date()
            return day, day
        return date.today(), date.today()

    def print_record(self) -> None:
        """Ctrl+P on this tab prints the register of the item's day (or of the chosen dates)."""
        self.print_register()

    def print_register(self) -> None:
        first, last = self.register_range()
        try:
            key = relay.register_key(*relay.parse_register_range(relay.register_key(first, last)))
        except UserError as exc:
            self.page.bar.error(str(exc))
            return
        from app.ui.dialogs.print_preview import preview_form
        self.page.preview = preview_form(self.page.window_, "parcel_register", key)


class RelayPage(Page):
    watches = (relay.SLIP_KIND, relay.PARCEL_KIND)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.tabs = QTabWidget(self, objectName="relayTabs")
        self.slips = SlipTab(self)
        self.parcels = ParcelTab(self)
        self.tabs.addTab(self.slips, self.tr("Work slips"))
        self.tabs.addTab(self.parcels, self.tr("Parcels and letters"))
        self.outer.addWidget(self.tabs, 1)
        for keys, slot in (("Ctrl+N", lambda: self.current().new_record()),
                           ("Ctrl+P", lambda: self.current().print_record()),
                           ("Ctrl+F", lambda: self.current().search.setFocus()),
                           ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def current(self) -> RecordTab:
        return self.tabs.currentWidget()

    def shown(self) -> None:
        """Reload whenever the page is shown: overdue marks move on with the clock."""
        self.refresh()

    def refresh(self) -> None:
        self.slips.reload()
        self.parcels.reload()

    def _changed(self, kind: str, ids) -> None:
        if kind == relay.SLIP_KIND:
            self.slips.reload()
        elif kind == relay.PARCEL_KIND:
            self.parcels.reload()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a slip or an item (from the shift handover, the home tiles, a household card)."""
        tab = self.slips if kind == relay.SLIP_KIND else self.parcels
        self.tabs.setCurrentWidget(tab)
        tab.select(record_id)

    def open_number(self, number: str) -> bool:
        """Show the slip (LX…) or item (DS…) of a document number, e.g. an open item of the handover."""
        number = (number or "").strip().upper()
        try:
            if number.startswith("LX"):
                self.open_record(relay.SLIP_KIND, relay.slip_by_number(self.db, self.actor, number).id)
            elif number.startswith("DS"):
                self.open_record(relay.PARCEL_KIND, relay.parcel_by_number(self.db, self.actor, number).id)
            else:
                return False
        except UserError as exc:
            self.bar.warning(str(exc))
            return False
        return True

    # -- list report of the current tab (打印列表 / 导出Excel)
    @property
    def report_title(self):  # type: ignore[override]
        return T("Relay", "Work slips") if self.current() is self.slips else T("Relay", "Parcels and letters")

    def report_columns(self):
        return self.current().columns

    def report_fetch(self):
        return getattr(self.current(), "_fetch", None)

    def report_filter_text(self) -> str:
        return self.current().filter_text()


def new_slip_dialog(window, values: dict, on_saved: Callable[[int], None] | None = None):
    """Open the new-slip editor over ``window`` with ``values``; ``on_saved(slip_id)`` after the save."""
    from app.ui.dialogs.relay import SlipDialog
    dialog = SlipDialog(window, {"values": values})
    if on_saved is not None:
        dialog.accepted.connect(lambda: on_saved(dialog.result_value))
    dialog.show()
    window.last_dialog = dialog
    return dialog


def open_slip_from_worklog(window, prefill: dict, on_saved: Callable[[int], None]):
    """转为工作联系单: the new-slip editor filled in from a work-log row, over whatever page is showing;
    ``on_saved(slip_id)`` lets the work log link the row to the slip."""
    from app.ui.dialogs.relay import slip_values_from_worklog
    return new_slip_dialog(window, slip_values_from_worklog(prefill), on_saved)
