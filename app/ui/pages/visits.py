"""来访接待 — the visitor register: who is waiting, who is on site, who left; register a visitor or a
service visit, record the host's answer, admit or refuse, sign out; print the 访客单 and the day's
来访人员登记表; the day's KPIs at the top.

The list is the lazy record model over :func:`app.services.visits.list_visits` (keyset pages of 200, newest
first), so a register of a million visits opens as fast as one of ten. The detail pane shows the selected
visit, its event timeline and one button per action the workflow declaration allows this user
(:func:`app.domain.visits.allowed_actions`), with Alt+1 … Alt+9 on them in order. Shortcuts: Ctrl+N a
visitor, Ctrl+Shift+N business at the desk, Ctrl+F the search box, Ctrl+P the 访客单, Ctrl+Shift+P the
day's register, F5 refresh.
"""
from __future__ import annotations

from dataclasses import replace

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import visits as V
from app.domain.errors import UserError
from app.domain.visits import (
    VISIT_REGISTER,
    VISIT_WATCHLIST,
    VisitCategory,
    VisitPurpose,
)
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import visits as svc
from app.ui.pages.base import Page
from app.ui.widgets.splitter import persist_splitter
from app.ui.widgets.table_model import Column, LazyTableModel, label_of, record_view

RED, AMBER, GREY = QBrush(QColor("#c62828")), QBrush(QColor("#b26a00")), QBrush(QColor("#9aa0a6"))


def _when(at: datetime | None, today: date | None = None) -> str:
    if at is None:
        return ""
    today = today or date.today()
    return f"{at:%H:%M}" if at.date() == today else f"{at:%m-%d %H:%M}"


def _status(row) -> str:
    """The status, or what is wrong with it (in red or amber): "Not signed out" says "on site" too."""
    return str(svc.FLAG_LABELS[row.flag]) if row.flag else row.status_label


def _colour(row):
    if row.flag == "not_signed_out":
        return RED
    if row.flag == "host_overdue":
        return AMBER
    if row.status == "void":
        return GREY
    return None


def _columns() -> list[Column]:
    cols = [
        Column("arrival", T("Visits", "Arrived"), lambda r: _when(r.arrival_at), 96),
        Column("visitor", T("Visits", "Visitor"),
               lambda r: r.visitor_name + (f" +{r.companions}" if r.companions else ""), 80),
        Column("status", T("Visits", "Status"), _status, 140),
        Column("room", T("Visits", "Room"), lambda r: r.room_code, 72),
        Column("host", T("Visits", "Host"), lambda r: r.host_name, 60),
        Column("purpose", T("Visits", "Purpose"), label_of(VisitPurpose, "purpose"), 110),
        Column("left", T("Visits", "Left at"), lambda r: _when(r.departure_at, r.arrival_at.date()), 64),
        Column("phone", T("Visits", "Phone"), lambda r: r.phone, 96),
        Column("document", T("Visits", "Document no."), lambda r: r.id_number, 140, private="id"),
        Column("number", T("Visits", "No."), lambda r: r.number, 124),
        Column("receptionist", T("Visits", "Receptionist"), lambda r: r.receptionist, 70),
    ]
    return [replace(c, foreground=_colour) for c in cols]


COLUMNS = _columns()

EVENT_COLUMNS = [
    Column("at", T("Visits", "Time"), lambda e: f"{e.at:%m-%d %H:%M}", 84),
    Column("who", T("Visits", "By"), lambda e: e.who, 70),
    Column("action", T("Visits", "Action"), lambda e: e.action, 110),
    Column("state", T("Visits", "Status"), lambda e: e.to_state, 110),
    Column("note", T("Visits", "Note"), lambda e: e.note, 160),
]

#: the date ranges of the filter bar: key → (label, days back from today for the start; None = all)
RANGES: list[tuple[str, object]] = [
    ("today", T("Visits", "Today")), ("yesterday", T("Visits", "Yesterday")),
    ("week", T("Visits", "Last 7 days")), ("month", T("Visits", "This month")),
    ("all", T("Visits", "All dates")), ("custom", T("Visits", "Dates…")),
]


#: status filters that ask about now, whatever day the visit began: choosing one shows all dates
NOW_STATUSES = ("on_site", "not_signed_out", "waiting", "open")


def range_dates(key: str, today: date) -> tuple[date | None, date | None]:
    if key == "today":
        return today, today
    if key == "yesterday":
        y = today - timedelta(days=1)
        return y, y
    if key == "week":
        return today - timedelta(days=6), today
    if key == "month":
        return today.replace(day=1), today
    return None, None


class VisitsPage(Page):
    watches = ("visit", "visit_watch")
    report_title = T("Visits", "Visitor register")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.can_register = self.actor.can(VISIT_REGISTER)
        self.detail: svc.VisitDetail | None = None
        self.visit_id: int | None = None
        self.action_buttons: list[QPushButton] = []
        self.kpi = None
        self._loaded = False
        self.kpi_label = QLabel(self, objectName="visitKpis")
        self.kpi_label.setTextFormat(Qt.TextFormat.RichText)
        self.kpi_label.setWordWrap(True)
        self.kpi_label.setStyleSheet("QLabel#visitKpis{background:#f3f6fb;border:1px solid #dde2ea;"
                                     "border-radius:6px;padding:6px 10px;}")
        self.outer.addWidget(self.kpi_label)
        self.outer.addLayout(self._filter_bar())
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self._list_pane())
        self.splitter.addWidget(self._detail_pane())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.outer.addWidget(self.splitter, 1)
        persist_splitter(self.splitter, "visits", [760, 460])
        self._shortcuts()
        self.show_detail(None)

    # ------------------------------------------------------------------------------------ layout
    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.range_box = QComboBox(self, objectName="visitRange")
        for key, label in RANGES:
            self.range_box.addItem(str(label), key)
        self.range_box.currentIndexChanged.connect(lambda *_: self._range_changed())
        self.date_from = QDateEdit(self, objectName="visitFrom", calendarPopup=True)
        self.date_to = QDateEdit(self, objectName="visitTo", calendarPopup=True)
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(lambda *_: self._dates_edited())
        self.status_box = QComboBox(self, objectName="visitStatus")
        for key, label in svc.STATUS_GROUPS.items():
            self.status_box.addItem(str(label), key)
        self.status_box.currentIndexChanged.connect(lambda *_: self._status_changed())
        self.room_filter = QLineEdit(self, objectName="visitRoomFilter")
        self.room_filter.setPlaceholderText(self.tr("Room (3-2-1502, 3-2-)"))
        self.room_filter.setToolTip(self.tr("A room code, or its beginning for a building or unit"))
        self.room_filter.setClearButtonEnabled(True)
        self.room_filter.setMaximumWidth(180)
        self.text_filter = QLineEdit(self, objectName="visitSearch")
        self.text_filter.setPlaceholderText(self.tr("Name, phone, last 4 digits, document or FK number (Ctrl+F)"))
        self.text_filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        self.room_filter.textChanged.connect(lambda *_: self._debounce.start())
        self.text_filter.textChanged.connect(lambda *_: self._debounce.start())
        bar.addWidget(self.range_box)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–", self))
        bar.addWidget(self.date_to)
        bar.addWidget(self.status_box)
        bar.addWidget(self.room_filter)
        bar.addWidget(self.text_filter, 1)
        self._set_dates(*range_dates("today", date.today()))
        return bar

    def _list_pane(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = LazyTableModel(COLUMNS, lambda after, n: [], parent=self)
        self.view = record_view(box, self.model, "visitView")
        self.view.selectionModel().currentRowChanged.connect(self._row_selected)
        self.view.doubleClicked.connect(lambda *_: self.run_first_action())
        layout.addWidget(self.view, 1)
        # the empty-state hint sits over the table's viewport, under the headers
        self.empty = QLabel(self.view.viewport(), objectName="visitEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color:#666;padding:24px;font-size:14px;")
        self.empty.setWordWrap(True)
        self.view.viewport().installEventFilter(self)
        row = QHBoxLayout()
        self.new_visitor_btn = QPushButton(self.tr("&New visitor"), box, objectName="newVisitor")
        self.new_visitor_btn.setToolTip(self.tr("Register a visitor entering the estate (Ctrl+N)"))
        self.new_visitor_btn.clicked.connect(lambda: self.new_visit(VisitCategory.VISITOR))
        self.new_service_btn = QPushButton(self.tr("&Business at the desk"), box, objectName="newService")
        self.new_service_btn.setToolTip(self.tr("Register an owner's business at the counter (Ctrl+Shift+N)"))
        self.new_service_btn.clicked.connect(lambda: self.new_visit(VisitCategory.SERVICE))
        for b in (self.new_visitor_btn, self.new_service_btn):
            b.setEnabled(self.can_register)
            row.addWidget(b)
        row.addStretch(1)
        self.register_btn = QPushButton(self.tr("Print &day's register"), box, objectName="printRegister")
        self.register_btn.setToolTip(self.tr("来访人员登记表 of the first day of the range (Ctrl+Shift+P)"))
        self.register_btn.clicked.connect(self.print_register)
        self.print_list_btn = QPushButton(self.tr("Print list"), box, objectName="printList")
        self.print_list_btn.clicked.connect(lambda: self.print_list())
        self.export_list_btn = QPushButton(self.tr("Export to Excel"), box, objectName="exportList")
        self.export_list_btn.clicked.connect(lambda: self.export_list())
        self.watchlist_btn = QPushButton(self.tr("&Watchlist…"), box, objectName="watchlist")
        self.watchlist_btn.clicked.connect(self.open_watchlist)
        self.watchlist_btn.setVisible(self.actor.can(VISIT_WATCHLIST))
        for b in (self.register_btn, self.print_list_btn, self.export_list_btn, self.watchlist_btn):
            row.addWidget(b)
        layout.addLayout(row)
        return box

    def _detail_pane(self) -> QWidget:
        box = QGroupBox(self.tr("Visit"), self)
        layout = QVBoxLayout(box)
        self.detail_title = QLabel(box, objectName="visitTitle")
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.detail_title.setWordWrap(True)
        layout.addWidget(self.detail_title)
        self.warning_label = QLabel(box, objectName="visitWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setStyleSheet("background:#fdecea;border:1px solid #e5a19a;color:#8a1f11;"
                                         "border-radius:4px;padding:4px 8px;")
        layout.addWidget(self.warning_label)
        self.actions_row = QHBoxLayout()
        self.actions_host = QFrame(box)
        self.actions_host.setLayout(self.actions_row)
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.addStretch(1)
        layout.addWidget(self.actions_host)
        self.fields_label = QLabel(box, objectName="visitFields")
        self.fields_label.setTextFormat(Qt.TextFormat.RichText)
        self.fields_label.setWordWrap(True)
        self.fields_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.fields_label)
        row = QHBoxLayout()
        self.slip_btn = QPushButton(self.tr("Print visitor &slip"), box, objectName="printSlip")
        self.slip_btn.setToolTip(self.tr("访客单 with its QR code (Ctrl+P)"))
        self.slip_btn.clicked.connect(self.print_slip)
        self.room_btn = QPushButton(self.tr("Household &card"), box, objectName="openRoom")
        self.room_btn.clicked.connect(self.open_room)
        row.addWidget(self.slip_btn)
        row.addWidget(self.room_btn)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("History"), box))
        self.events = LazyTableModel(EVENT_COLUMNS, lambda after, n: [], parent=self)
        self.events_view = record_view(box, self.events, "visitEvents")
        layout.addWidget(self.events_view, 1)
        return box

    def _shortcuts(self) -> None:
        def key(seq: str, slot: Callable[[], object]) -> QShortcut:
            sc = QShortcut(QKeySequence(seq), self, activated=slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return sc
        self.shortcuts = [
            key("Ctrl+N", lambda: self.new_visit(VisitCategory.VISITOR)),
            key("Ctrl+Shift+N", lambda: self.new_visit(VisitCategory.SERVICE)),
            key("Ctrl+F", self._focus_search),
            key("Ctrl+P", self.print_slip),
            key("Ctrl+Shift+P", self.print_register),
            key("F5", self.refresh),
        ]
        # Alt+1 … Alt+9: the action buttons of the selected visit, in order
        self.shortcuts += [key(f"Alt+{n}", lambda n=n: self._press_action(n - 1)) for n in range(1, 10)]

    def _press_action(self, index: int) -> None:
        if 0 <= index < len(self.action_buttons):
            self.action_buttons[index].click()

    def _focus_search(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    # ------------------------------------------------------------------------------------ filters
    def _set_dates(self, first: date | None, last: date | None) -> None:
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
            edit.setEnabled(day is not None or self.range_box.currentData() == "custom")
            edit.blockSignals(False)

    def _range_changed(self) -> None:
        key = self.range_box.currentData()
        if key != "custom":
            self._set_dates(*range_dates(key, date.today()))
        else:
            self.date_from.setEnabled(True)
            self.date_to.setEnabled(True)
        self.reload()

    def _status_changed(self) -> None:
        # who is on site or waiting now is a question about any day: a visitor admitted yesterday and never
        # signed out is the one the desk must find
        if self.status_box.currentData() in NOW_STATUSES and self.range_box.currentData() != "all":
            self.range_box.blockSignals(True)
            self.range_box.setCurrentIndex(self.range_box.findData("all"))
            self.range_box.blockSignals(False)
            self._set_dates(None, None)
        self.reload()

    def _dates_edited(self) -> None:
        if self.range_box.currentData() != "custom":
            self.range_box.blockSignals(True)
            self.range_box.setCurrentIndex(self.range_box.findData("custom"))
            self.range_box.blockSignals(False)
        if self.date_to.date() < self.date_from.date():
            self.date_to.blockSignals(True)
            self.date_to.setDate(self.date_from.date())
            self.date_to.blockSignals(False)
        self.reload()

    def dates(self) -> tuple[date | None, date | None]:
        if self.range_box.currentData() == "all":
            return None, None
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def current_filter(self) -> svc.VisitFilter:
        first, last = self.dates()
        return svc.VisitFilter(date_from=first, date_to=last, status=self.status_box.currentData() or "",
                               room=self.room_filter.text(), text=self.text_filter.text())

    def set_status_filter(self, key: str) -> None:
        self.status_box.setCurrentIndex(max(self.status_box.findData(key), 0))

    # ------------------------------------------------------------------------------------ data
    def shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        self.reload()

    def reload(self) -> None:
        self._debounce.stop()
        f = self.current_filter()
        db, actor = self.db, self.actor
        self._fetch = lambda after, n: svc.list_visits(db, actor, f, after=after, limit=n)
        self._filter = f
        try:
            self.model.set_fetch(self._fetch)
        except UserError as exc:
            self.model.set_rows([])
            self.bar.error(str(exc))
        self._update_empty()
        if self.visit_id is not None:
            row = self.model.find(lambda r: r.id == self.visit_id)
            if row >= 0:
                self.view.selectRow(row)
                self.load_detail(self.visit_id)
            else:  # the visit left the filtered list: do not show it as if it were in it
                self.show_detail(None)
        self.load_kpis()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - keeps the empty hint over the viewport
        if obj is self.view.viewport() and event.type() == event.Type.Resize:
            self.empty.setGeometry(self.view.viewport().rect())
        return super().eventFilter(obj, event)

    def _update_empty(self) -> None:
        if self.model.rowCount():
            self.empty.hide()
            return
        self.empty.setGeometry(self.view.viewport().rect())
        f = self._filter
        if f.text or f.room or f.status:
            self.empty.setText(self.tr("No visit matches the filter. Clear the search or choose “All visits”."))
        elif self.can_register:
            self.empty.setText(self.tr("No visits in this period yet. Register a visitor with “New visitor” "
                                       "(Ctrl+N) or an owner's business with Ctrl+Shift+N."))
        else:
            self.empty.setText(self.tr("No visits in this period."))
        self.empty.show()

    def load_kpis(self) -> None:
        first, last = self.dates()
        db, actor = self.db, self.actor
        self.ops.run(lambda: svc.kpis(db, actor, first, last), on_success=self._show_kpis,
                     on_error=lambda exc: self.bar.error(str(exc)))

    def _show_kpis(self, k: svc.VisitKpis) -> None:
        self.kpi = k

        def strong(value, colour: str = "#1f3b73") -> str:
            return f"<b style='color:{colour};font-size:15px'>{value}</b>"
        parts = [
            self.tr("On site now {n}").format(n=strong(k.on_site_now)),
            self.tr("Not signed out {n}").format(n=strong(k.not_signed_out,
                                                          "#c62828" if k.not_signed_out else "#1f3b73")),
            self.tr("Visits {n}").format(n=strong(k.total)),
            self.tr("visitors {a} admitted, {r} not admitted, {w} waiting").format(
                a=k.admitted, r=k.refused, w=k.waiting),
            self.tr("business at the desk {n}").format(n=k.service),
        ]
        if k.avg_handling_minutes is not None:
            parts.append(self.tr("{m:.0f} min at the counter on average").format(m=k.avg_handling_minutes))
        if k.converted_share is not None:
            parts.append(self.tr("{p:.0%} turned into records").format(p=k.converted_share))
        if k.by_purpose:
            top = sorted(k.by_purpose.items(), key=lambda kv: -kv[1])[:4]
            parts.append(self.tr(", ").join(f"{VisitPurpose(code).label} {n}" for code, n in top
                                            if code in VisitPurpose._value2member_map_))
        self.kpi_label.setText(" &nbsp;·&nbsp; ".join(parts))

    def _row_selected(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        if row is not None and row.id != self.visit_id:
            self.load_detail(row.id)

    def select_visit(self, visit_id: int) -> None:
        """Show one visit (from the home tile, the handover, a saved registration)."""
        self.shown()
        row = self.model.find(lambda r: r.id == visit_id)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self.load_detail(visit_id)

    def select(self, record_id: int) -> None:
        """Open a record of this page by id (an item of the shift handover)."""
        self.select_visit(record_id)

    def load_detail(self, visit_id: int) -> None:
        try:
            detail = svc.get_visit(self.db, self.actor, visit_id)
        except UserError as exc:
            self.bar.error(str(exc))
            detail = None
        self.show_detail(detail)

    def show_detail(self, d: svc.VisitDetail | None) -> None:
        self.detail = d
        self.visit_id = d.id if d else None
        for b in self.action_buttons:
            b.deleteLater()
        self.action_buttons = []
        self.slip_btn.setEnabled(d is not None)
        self.room_btn.setEnabled(bool(d and d.room_id))
        if d is None:
            self.detail_title.setText(self.tr("Choose a visit in the list."))
            self.fields_label.setText("")
            self.warning_label.hide()
            self.events.set_rows([])
            return
        colour = {"not_signed_out": "#c62828", "host_overdue": "#b26a00"}.get(d.flag, "#2f6fdf")
        flag = f" · {svc.FLAG_LABELS[d.flag]}" if d.flag else ""
        self.detail_title.setText(
            f"<span style='font-size:18px;font-weight:600'>{d.visitor_name}</span>&nbsp;&nbsp;"
            f"<span style='color:#555'>{d.number}</span><br>"
            f"<span style='color:{colour};font-weight:600'>{d.status_label}{flag}</span>")
        self.warning_label.setText(self.tr("Registered despite: {w}").format(w=d.watch_note) if d.watch_note
                                   else "")
        self.warning_label.setVisible(bool(d.watch_note))
        self.fields_label.setText(self._fields_html(d))
        for i, t in enumerate(d.actions):
            button = QPushButton(str(t.label), self.actions_host)
            button.setObjectName(f"action_{t.name}")
            if i < 9:
                button.setToolTip(f"Alt+{i + 1}")
            button.clicked.connect(lambda _=False, name=t.name: self.run_action(name))
            self.actions_row.insertWidget(i, button)
            button.show()   # now, so its shortcut works before the next event loop turn
            self.action_buttons.append(button)
        self.events.set_rows(d.events)

    def _fields_html(self, d: svc.VisitDetail) -> str:
        def label_of_enum(enum_cls, code):
            try:
                return str(enum_cls(code).label)
            except ValueError:
                return code or ""
        rows = [
            (self.tr("Category"), label_of_enum(VisitCategory, d.category)),
            (self.tr("Purpose"), label_of_enum(VisitPurpose, d.purpose)),
            (self.tr("Arrived"), f"{d.arrival_at:%Y-%m-%d %H:%M}"),
            (self.tr("Phone"), d.phone),
            (self.tr("Document"), f"{label_of_enum(V.VisitorIdType, d.id_type)} {d.id_number}".strip()
             if d.id_number else ""),
            (self.tr("Company or address"), d.unit_or_address),
            (self.tr("Companions"), str(d.companions) if d.companions else ""),
            (self.tr("Plate"), d.plate),
            (self.tr("Room visited"), d.room_code),
            (self.tr("Host"), d.host_name),
            (self.tr("Items carried"), d.items_carried),
            (self.tr("Host's answer"), " · ".join(x for x in (
                label_of_enum(V.HostResult, d.host_result) if d.host_result else "",
                label_of_enum(V.ContactMethod, d.host_contact_method) if d.host_contact_method else "",
                _when(d.host_contact_at)) if x)),
            (self.tr("Answer due"), _when(d.host_due_at) if d.host_due_at else ""),
            (self.tr("Pass no."), d.pass_no),
            (self.tr("Admitted"), _when(d.admitted_at)),
            (self.tr("Left"), _when(d.departure_at, d.arrival_at.date()) + (
                " · " + self.tr("pass returned") if d.pass_returned and d.departure_at else "")),
            (self.tr("Handled"), _when(d.handled_at)),
            (self.tr("Turned into"), d.linked_record),
            (self.tr("Outcome"), d.outcome),
            (self.tr("Remarks"), d.remarks),
            (self.tr("Void reason"), d.void_reason),
            (self.tr("Receptionist"), d.receptionist),
        ]
        cells = "".join(f"<tr><td style='color:#666;padding-right:10px'>{k}</td><td>{_html(v)}</td></tr>"
                        for k, v in rows if v)
        return f"<table cellspacing='2'>{cells}</table>"

    # ------------------------------------------------------------------------------------ actions
    def new_visit(self, category: VisitCategory = VisitCategory.VISITOR, prefill: dict | None = None):
        if not self.can_register:
            self.bar.warning(self.tr("Your role may not register visits."))
            return None
        from app.ui.dialogs.visits import VisitDialog
        dlg = VisitDialog(self.window_, {"category": category.value, "prefill": prefill or {}})
        dlg.accepted.connect(lambda: self._registered(dlg))
        dlg.show()
        self.dialog = dlg
        return dlg

    def _registered(self, dlg) -> None:
        visit_id = getattr(dlg, "result_value", None)
        self.bar.info(self.tr("Registered."))
        if isinstance(visit_id, int):
            self.visit_id = visit_id
            self.select_visit(visit_id)

    def run_action(self, action: str):
        d = self.detail
        if d is None:
            return None
        from app.ui.dialogs.visits import VisitActionDialog
        dlg = VisitActionDialog(self.window_, {
            "id": d.id, "version": d.version, "number": d.number, "name": d.visitor_name,
            "action": action, "method": d.host_contact_method, "pass_no": d.pass_no})
        dlg.accepted.connect(lambda: self.bar.info(self.tr("Saved.")))
        dlg.show()
        self.dialog = dlg
        return dlg

    def run_first_action(self) -> None:
        if self.detail and self.detail.actions:
            self.run_action(self.detail.actions[0].name)

    def print_slip(self) -> None:
        if self.detail is None:
            self.bar.warning(self.tr("Choose a visit first."))
            return
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "visitor_slip", self.detail.number)

    def print_register(self) -> None:
        first, _last = self.dates()
        day = first or date.today()
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "visit_register", day.isoformat())

    def open_watchlist(self) -> None:
        from app.ui.dialogs.visits import WatchlistDialog
        self.watch_dialog = WatchlistDialog(self.window_)
        self.watch_dialog.show()

    def open_room(self) -> None:
        if self.detail and self.detail.room_id:
            self.window_.open_room(self.detail.room_id)

    # ------------------------------------------------------------------------------------ list report
    def report_columns(self):
        return COLUMNS

    def report_fetch(self):
        return getattr(self, "_fetch", None)

    def report_filter_text(self) -> str:
        f = getattr(self, "_filter", None) or self.current_filter()
        parts = [self.tr("Dates: {first} to {last}").format(first=f.date_from or "…", last=f.date_to or "…")
                 if f.date_from or f.date_to else self.tr("Dates: all")]
        if f.status:
            parts.append(self.tr("Status: {s}").format(s=self.status_box.currentText()))
        if f.room.strip():
            parts.append(self.tr("Room: {r}").format(r=f.room.strip()))
        if f.text.strip():
            parts.append(self.tr("Search: {t}").format(t=f.text.strip()))
        return self.tr("; ").join(parts)


def _html(value: str) -> str:
    return (str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>"))


def open_from_worklog(window, prefill: dict, on_saved: Callable[[int], None]):
    """转为访客登记: the registration form filled in from a work-log row (caller, phone, room, content);
    ``on_saved(visit_id)`` links the row to the new visit."""
    from app.ui.dialogs.visits import VisitDialog
    values = {}
    if prefill.get("caller"):
        values["visitor_name"] = prefill["caller"]
    if prefill.get("phone"):
        values["phone"] = prefill["phone"]
    room = prefill.get("room") or prefill.get("room_code")
    if isinstance(room, int):
        from app.services import registry
        try:
            room = registry.get_room(window.db, window.actor, room).code
        except UserError:
            room = ""
    if room:
        values["room"] = room
    if prefill.get("content"):
        values["remarks"] = prefill["content"]
    dlg = VisitDialog(window, {"category": VisitCategory.VISITOR.value, "prefill": values})

    def saved() -> None:
        visit_id = getattr(dlg, "result_value", None)
        if isinstance(visit_id, int):
            on_saved(visit_id)
    dlg.accepted.connect(saved)
    dlg.show()
    window.last_dialog = dlg
    return dlg


__all__ = ["VisitsPage", "open_from_worklog", "COLUMNS"]
