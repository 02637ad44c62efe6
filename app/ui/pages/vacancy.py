"""空置房管理 — the vacant-unit register and its inspections: who is vacant and which inspections are due, the
inspection with its checklist, the supervisor's opinion, follow-up work slips, re-checks, the storm batch,
the monthly statistics (空置房月统计表) to print and export.

Two lazy lists in tabs (the register by room code, the inspections newest first), each over a keyset-paged
service query; the detail pane shows the selected entry or inspection, its event timeline, and one button
per action the workflow declaration allows this user (Alt+1 … Alt+9). Shortcuts: Ctrl+N put a unit on the
register, Ctrl+I inspect the selected unit, Ctrl+P print the selected inspection, F5 refresh.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFileDialog, QFrame, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from app.domain import vacancy as VC
from app.domain.errors import UserError
from app.domain.vacancy import (VACANCY_INSPECT, VACANCY_MANAGE, FindingRoute, Holder, RemovalReason,
                                VacancyType)
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import vacancy as svc
from app.ui.pages.base import Page
from app.ui.widgets.splitter import persist_splitter
from app.ui.widgets.table_model import Column, LazyTableModel, label_of, record_view

RED, AMBER, GREY = QBrush(QColor("#c62828")), QBrush(QColor("#b26a00")), QBrush(QColor("#9aa0a6"))


def _unit_colour(row):
    if row.status != "active":
        return GREY
    if row.due:
        return RED if row.last_inspected_on is None else AMBER
    return None


def _unit_status(row) -> str:
    if row.status != "active":
        reason = label_of(RemovalReason, "removal_reason")(row)
        return f"{row.status_label} ({reason})" if reason else row.status_label
    if row.due:
        return str(T("Vacancy", "Inspection due"))
    return row.status_label


def _d(day: date | None) -> str:
    return day.isoformat() if day else ""


UNIT_COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align, _unit_colour) for c in [
    Column("room", T("Vacancy", "Room"), lambda r: r.room_code, 80),
    Column("type", T("Vacancy", "Vacancy type"), label_of(VacancyType, "vacancy_type"), 200),
    Column("status", T("Vacancy", "Status"), _unit_status, 150),
    Column("since", T("Vacancy", "Vacant since"), lambda r: _d(r.since), 86),
    Column("last", T("Vacancy", "Last inspected"), lambda r: _d(r.last_inspected_on) or str(T("Vacancy", "never")),
           96),
    Column("next", T("Vacancy", "Next due"), lambda r: _d(r.next_due), 86),
    Column("holder", T("Vacancy", "Held by"), label_of(Holder, "holder"), 80),
    Column("key", T("Vacancy", "Key"), lambda r: r.key_ref, 80),
    Column("number", T("Vacancy", "No."), lambda r: r.number, 124),
]]


def _insp_colour(row):
    if row.overdue:
        return RED
    if row.status == "issues":
        return AMBER
    if row.status == "void":
        return GREY
    return None


INSPECTION_COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align, _insp_colour) for c in [
    Column("date", T("Vacancy", "Date"), lambda r: _d(r.inspected_on), 86),
    Column("room", T("Vacancy", "Room"), lambda r: r.room_code, 80),
    Column("status", T("Vacancy", "Status"), lambda r: r.status_label, 150),
    Column("anomalies", T("Vacancy", "Anomalies"), lambda r: r.anomalies or "", 70,
           Qt.AlignmentFlag.AlignCenter),
    Column("storm", T("Vacancy", "Storm"), lambda r: "✓" if r.storm else "", 50, Qt.AlignmentFlag.AlignCenter),
    Column("deadline", T("Vacancy", "Rectify by"), lambda r: _d(r.rectify_deadline), 86),
    Column("inspector", T("Vacancy", "Inspector"), lambda r: r.inspector, 70),
    Column("slips", T("Vacancy", "Work slips"), lambda r: r.slip_numbers.replace(",", ", "), 124),
    Column("number", T("Vacancy", "No."), lambda r: r.number, 124),
]]

EVENT_COLUMNS = [
    Column("at", T("Vacancy", "Time"), lambda e: f"{e.at:%m-%d %H:%M}", 84),
    Column("who", T("Vacancy", "By"), lambda e: e.who, 70),
    Column("action", T("Vacancy", "Action"), lambda e: e.action, 120),
    Column("state", T("Vacancy", "Status"), lambda e: e.to_state, 130),
    Column("note", T("Vacancy", "Note"), lambda e: e.note, 180),
]


def _html(value) -> str:
    return (str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>"))


def _table(rows) -> str:
    cells = "".join(f"<tr><td style='color:#666;padding-right:10px'>{k}</td><td>{_html(v)}</td></tr>"
                    for k, v in rows if v not in ("", None))
    return f"<table cellspacing='2'>{cells}</table>"


class VacancyPage(Page):
    watches = ("vacant_unit", "vacant_inspection")
    report_title = T("Vacancy", "Vacant-unit register")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.can_manage = self.actor.can(VACANCY_MANAGE)
        self.can_inspect = self.actor.can(VACANCY_INSPECT)
        self.unit: svc.UnitDetail | None = None
        self.inspection: svc.InspectionDetail | None = None
        self.action_buttons: list[QPushButton] = []
        self.storm: svc.StormStatus | None = None
        self._loaded = False
        self.summary = QLabel(self, objectName="vacancySummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("QLabel#vacancySummary{background:#f3f6fb;border:1px solid #dde2ea;"
                                   "border-radius:6px;padding:6px 10px;}")
        self.outer.addWidget(self.summary)
        self.outer.addLayout(self._filter_bar())
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self._list_pane())
        self.splitter.addWidget(self._detail_pane())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.outer.addWidget(self.splitter, 1)
        persist_splitter(self.splitter, "vacancy", [760, 460])
        self._shortcuts()
        self.show_detail()

    # ------------------------------------------------------------------------------------ layout
    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.status_box = QComboBox(self, objectName="vacancyStatus")
        for key, label in svc.UNIT_STATUS_GROUPS.items():
            self.status_box.addItem(str(label), key)
        self.status_box.currentIndexChanged.connect(lambda *_: self.reload())
        self.type_box = QComboBox(self, objectName="vacancyType")
        self.type_box.addItem(self.tr("Every type"), "")
        for t in VacancyType:
            self.type_box.addItem(str(t.label), t.value)
        self.type_box.currentIndexChanged.connect(lambda *_: self.reload())
        self.type_box.setMaximumWidth(220)
        self.insp_box = QComboBox(self, objectName="inspectionStatus")
        for key, label in svc.INSPECTION_STATUS_GROUPS.items():
            self.insp_box.addItem(str(label), key)
        self.insp_box.currentIndexChanged.connect(lambda *_: self.reload())
        self.room_filter = QLineEdit(self, objectName="vacancyRoomFilter")
        self.room_filter.setPlaceholderText(self.tr("Room (3-2-1502, 3-2-)"))
        self.room_filter.setClearButtonEnabled(True)
        self.room_filter.setMaximumWidth(200)
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        self.room_filter.textChanged.connect(lambda *_: self._debounce.start())
        self.month_edit = QDateEdit(self, objectName="vacancyMonth")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setDate(QDate.currentDate())
        self.month_edit.setToolTip(self.tr("The month of the statistics"))
        bar.addWidget(QLabel(self.tr("Register:"), self))
        bar.addWidget(self.status_box)
        bar.addWidget(self.type_box)
        bar.addWidget(QLabel(self.tr("Inspections:"), self))
        bar.addWidget(self.insp_box)
        bar.addWidget(self.room_filter, 1)
        bar.addWidget(QLabel(self.tr("Month:"), self))
        bar.addWidget(self.month_edit)
        return bar

    def _list_pane(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(box, objectName="vacancyTabs")
        self.model = LazyTableModel(UNIT_COLUMNS, lambda after, n: [], parent=self)
        self.view = record_view(box, self.model, "vacancyUnits")
        self.view.selectionModel().currentRowChanged.connect(self._unit_selected)
        self.view.doubleClicked.connect(lambda *_: self.inspect())
        self.inspections = LazyTableModel(INSPECTION_COLUMNS, lambda after, n: [], parent=self)
        self.insp_view = record_view(box, self.inspections, "vacancyInspections")
        self.insp_view.selectionModel().currentRowChanged.connect(self._inspection_selected)
        self.tabs.addTab(self.view, self.tr("Register"))
        self.tabs.addTab(self.insp_view, self.tr("Inspections"))
        self.tabs.currentChanged.connect(lambda *_: self._tab_changed())
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.register_btn = QPushButton(self.tr("&Register a unit"), box, objectName="registerUnit")
        self.register_btn.setToolTip(self.tr("Put a room on the vacant-unit register (Ctrl+N)"))
        self.register_btn.clicked.connect(lambda: self.register_unit())
        self.register_btn.setEnabled(self.can_manage)
        self.storm_btn = QPushButton(self.tr("&Storm batch…"), box, objectName="stormBatch")
        self.storm_btn.setToolTip(self.tr("After a typhoon or heavy rain: every vacant unit is to be inspected"))
        self.storm_btn.clicked.connect(lambda: self.declare_storm())
        self.storm_btn.setVisible(self.can_inspect)
        self.monthly_btn = QPushButton(self.tr("Print &monthly statistics"), box, objectName="printMonthly")
        self.monthly_btn.setToolTip(self.tr("空置房月统计表 of the month chosen above"))
        self.monthly_btn.clicked.connect(self.print_monthly)
        self.monthly_xlsx_btn = QPushButton(self.tr("Monthly statistics to Excel"), box, objectName="exportMonthly")
        self.monthly_xlsx_btn.clicked.connect(lambda: self.export_monthly())
        self.print_list_btn = QPushButton(self.tr("Print list"), box, objectName="printList")
        self.print_list_btn.clicked.connect(lambda: self.print_list())
        self.export_list_btn = QPushButton(self.tr("Export to Excel"), box, objectName="exportList")
        self.export_list_btn.clicked.connect(lambda: self.export_list())
        row.addWidget(self.register_btn)
        row.addWidget(self.storm_btn)
        row.addStretch(1)
        for b in (self.monthly_btn, self.monthly_xlsx_btn, self.print_list_btn, self.export_list_btn):
            row.addWidget(b)
        layout.addLayout(row)
        return box

    def _detail_pane(self) -> QWidget:
        box = QGroupBox(self.tr("Details"), self)
        layout = QVBoxLayout(box)
        self.detail_title = QLabel(box, objectName="vacancyTitle")
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.detail_title.setWordWrap(True)
        layout.addWidget(self.detail_title)
        self.actions_row = QHBoxLayout()
        self.actions_host = QFrame(box)
        self.actions_host.setLayout(self.actions_row)
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.addStretch(1)
        layout.addWidget(self.actions_host)
        self.fields_label = QLabel(box, objectName="vacancyFields")
        self.fields_label.setTextFormat(Qt.TextFormat.RichText)
        self.fields_label.setWordWrap(True)
        self.fields_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.fields_label)
        row = QHBoxLayout()
        self.inspect_btn = QPushButton(self.tr("&Inspect"), box, objectName="inspectUnit")
        self.inspect_btn.setToolTip(self.tr("Record an inspection of this unit (Ctrl+I)"))
        self.inspect_btn.clicked.connect(lambda: self.inspect())
        self.remove_btn = QPushButton(self.tr("Take &off the register"), box, objectName="removeUnit")
        self.remove_btn.clicked.connect(lambda: self.remove_unit())
        self.slip_btn = QPushButton(self.tr("Work s&lip…"), box, objectName="sendSlip")
        self.slip_btn.setToolTip(self.tr("Send a follow-up work slip for the findings"))
        self.slip_btn.clicked.connect(lambda: self.send_slip())
        self.sheet_btn = QPushButton(self.tr("&Print inspection"), box, objectName="printSheet")
        self.sheet_btn.setToolTip(self.tr("空置房巡检表 (Ctrl+P)"))
        self.sheet_btn.clicked.connect(self.print_sheet)
        self.room_btn = QPushButton(self.tr("Household &card"), box, objectName="openRoom")
        self.room_btn.clicked.connect(self.open_room)
        for b in (self.inspect_btn, self.remove_btn, self.slip_btn, self.sheet_btn, self.room_btn):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("History"), box))
        self.events = LazyTableModel(EVENT_COLUMNS, lambda after, n: [], parent=self)
        self.events_view = record_view(box, self.events, "vacancyEvents")
        layout.addWidget(self.events_view, 1)
        return box

    def _shortcuts(self) -> None:
        def key(seq: str, slot: Callable[[], object]) -> QShortcut:
            sc = QShortcut(QKeySequence(seq), self, activated=slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return sc
        self.shortcuts = [key("Ctrl+N", self.register_unit), key("Ctrl+I", self.inspect),
                          key("Ctrl+P", self.print_sheet), key("F5", self.refresh)]
        self.shortcuts += [key(f"Alt+{n}", lambda n=n: self._press_action(n - 1)) for n in range(1, 10)]

    def _press_action(self, index: int) -> None:
        if 0 <= index < len(self.action_buttons):
            self.action_buttons[index].click()

    # ------------------------------------------------------------------------------------ data
    def shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        self.reload()

    def unit_filter(self) -> svc.UnitFilter:
        return svc.UnitFilter(status=self.status_box.currentData() or "", room=self.room_filter.text(),
                              vacancy_type=self.type_box.currentData() or "")

    def inspection_filter(self) -> svc.InspectionFilter:
        return svc.InspectionFilter(status=self.insp_box.currentData() or "", room=self.room_filter.text())

    def reload(self) -> None:
        self._debounce.stop()
        db, actor = self.db, self.actor
        uf, inf = self.unit_filter(), self.inspection_filter()
        self._fetch = lambda after, n: svc.list_units(db, actor, uf, after=after, limit=n)
        self._filter = uf
        try:
            self.model.set_fetch(self._fetch)
            self.inspections.set_fetch(lambda after, n: svc.list_inspections(db, actor, inf, after=after, limit=n))
        except UserError as exc:
            self.bar.error(str(exc))
        if self.inspection is not None:
            self.load_inspection(self.inspection.id)
        elif self.unit is not None:
            self.load_unit(self.unit.id)
        self.load_summary()

    def load_summary(self) -> None:
        db, actor = self.db, self.actor

        def work():
            return svc.count_due(db, actor), svc.current_storm(db, actor)
        self.ops.run(work, on_success=self._show_summary, on_error=lambda exc: self.bar.error(str(exc)))

    def _show_summary(self, result) -> None:
        (due, active), storm = result
        self.due_count, self.active_count, self.storm = due, active, storm

        def strong(value, colour: str = "#1f3b73") -> str:
            return f"<b style='color:{colour};font-size:15px'>{value}</b>"
        parts = [self.tr("Vacant units {n}").format(n=strong(active)),
                 self.tr("Inspections due {n}").format(n=strong(due, "#c62828" if due else "#1f3b73"))]
        if storm is not None:
            parts.append(self.tr("Storm re-inspection ({note}): {left} of {units} left, due by {at}").format(
                note=_html(storm.note), left=strong(storm.left, "#c62828" if storm.left else "#1f3b73"),
                units=storm.units, at=f"{storm.due_at:%m-%d %H:%M}"))
        self.summary.setText(" &nbsp;·&nbsp; ".join(parts))

    def _tab_changed(self) -> None:
        if self.tabs.currentIndex() == 0 and self.unit is not None:
            self.show_detail(unit=self.unit)
        elif self.tabs.currentIndex() == 1 and self.inspection is not None:
            self.show_detail(inspection=self.inspection)

    def _unit_selected(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        if row is not None:
            self.load_unit(row.id)

    def _inspection_selected(self, current, _previous) -> None:
        row = self.inspections.row_at(current.row())
        if row is not None:
            self.load_inspection(row.id)

    def load_unit(self, unit_id: int) -> None:
        try:
            self.show_detail(unit=svc.get_unit(self.db, self.actor, unit_id))
        except UserError as exc:
            self.bar.error(str(exc))
            self.show_detail()

    def load_inspection(self, inspection_id: int) -> None:
        try:
            self.show_detail(inspection=svc.get_inspection(self.db, self.actor, inspection_id))
        except UserError as exc:
            self.bar.error(str(exc))
            self.show_detail()

    def select_unit(self, unit_id: int) -> None:
        self.shown()
        self.tabs.setCurrentIndex(0)
        row = self.model.find(lambda r: r.id == unit_id)
        if row >= 0:
            self.view.selectRow(row)
        self.load_unit(unit_id)

    def select(self, record_id: int) -> None:
        """Open an inspection by id (open items, the shift handover)."""
        self.shown()
        self.tabs.setCurrentIndex(1)
        row = self.inspections.find(lambda r: r.id == record_id)
        if row >= 0:
            self.insp_view.selectRow(row)
        self.load_inspection(record_id)

    # ------------------------------------------------------------------------------------ detail
    def show_detail(self, unit: svc.UnitDetail | None = None, inspection: svc.InspectionDetail | None = None):
        for b in self.action_buttons:
            b.deleteLater()
        self.action_buttons = []
        self.unit, self.inspection = (unit, None) if unit else (None, inspection) if inspection else (None, None)
        u, i = self.unit, self.inspection
        self.inspect_btn.setVisible(u is not None)
        self.inspect_btn.setEnabled(bool(u and u.can_inspect))
        self.remove_btn.setVisible(u is not None)
        self.remove_btn.setEnabled(bool(u and u.can_remove))
        self.slip_btn.setVisible(i is not None)
        self.slip_btn.setEnabled(bool(i and self.can_inspect and i.status == "issues"))
        self.sheet_btn.setVisible(i is not None)
        self.room_btn.setEnabled(u is not None or i is not None)
        if u is not None:
            colour = "#c62828" if u.due else ("#2f6fdf" if u.status == "active" else "#777")
            state = self.tr("Inspection due") if u.due else u.status_label
            self.detail_title.setText(
                f"<span style='font-size:18px;font-weight:600'>{u.room_code}</span>&nbsp;&nbsp;"
                f"<span style='color:#555'>{u.number}</span><br>"
                f"<span style='color:{colour};font-weight:600'>{state}</span>")
            self.fields_label.setText(self._unit_html(u))
            self.events.set_rows(u.events)
        elif i is not None:
            colour = {"issues": "#b26a00", "void": "#777"}.get(i.status, "#2f6fdf")
            self.detail_title.setText(
                f"<span style='font-size:18px;font-weight:600'>{i.room_code}</span>&nbsp;&nbsp;"
                f"<span style='color:#555'>{i.number}</span><br>"
                f"<span style='color:{colour};font-weight:600'>{i.status_label}</span>")
            self.fields_label.setText(self._inspection_html(i))
            self.events.set_rows(i.events)
            for k, t in enumerate(i.actions):
                button = QPushButton(str(t.label), self.actions_host)
                button.setObjectName(f"action_{t.name}")
                if k < 9:
                    button.setToolTip(f"Alt+{k + 1}")
                if t.name == "send_slip":
                    button.clicked.connect(lambda _=False: self.send_slip())
                else:
                    button.clicked.connect(lambda _=False, name=t.name: self.run_action(name))
                self.actions_row.insertWidget(k, button)
                button.show()
                self.action_buttons.append(button)
        else:
            self.detail_title.setText(self.tr("Choose a unit or an inspection in the list."))
            self.fields_label.setText("")
            self.events.set_rows([])

    def _unit_html(self, u: svc.UnitDetail) -> str:
        meters = " · ".join(f"{label} {value}" for label, value in (
            (self.tr("water"), u.meter_water), (self.tr("electricity"), u.meter_power), (self.tr("gas"), u.meter_gas))
            if value)
        recent = ", ".join(f"{r.inspected_on:%m-%d} {r.status_label}" for r in u.inspections[:3])
        removed = ""
        if u.removed_on:
            removed = f"{u.removed_on.isoformat()} · {label_of(RemovalReason, 'removal_reason')(u)}"
        return _table([
            (self.tr("Vacancy type"), str(VacancyType(u.vacancy_type).label)),
            (self.tr("Vacant since"), u.since.isoformat()),
            (self.tr("Held by"), label_of(Holder, "holder")(u)),
            (self.tr("Key"), u.key_ref),
            (self.tr("Meters at registration"), meters),
            (self.tr("Fee arrangement"), u.fee_arrangement),
            (self.tr("Last inspected"), _d(u.last_inspected_on) or self.tr("never")),
            (self.tr("Next due"), _d(u.next_due)),
            (self.tr("Recent inspections"), recent),
            (self.tr("Off the register"), removed),
            (self.tr("Registered by"), u.registered_by),
            (self.tr("Remarks"), u.remarks),
        ])

    def _inspection_html(self, i: svc.InspectionDetail) -> str:
        photo = " · " + self.tr("photo") + " "
        lines = "".join(
            f"<tr><td>{'✓' if c.ok else '<b style=color:#c62828>✗</b>'}</td><td>{_html(c.label)}</td>"
            f"<td style='color:#8a1f11'>{_html(c.note)}"
            f"{' · ' + _html(label_of(FindingRoute, 'route')(c)) if c.route else ''}"
            f"{photo + _html(c.photo.replace(chr(92), '/').split('/')[-1]) if c.photo else ''}</td></tr>"
            for c in i.checks)
        done = ", ".join(x for x, on in ((self.tr("aired"), i.aired), (self.tr("cleaned"), i.cleaned),
                                         (self.tr("locked up"), i.locked_up)) if on)
        fields = _table([
            (self.tr("Inspected"), f"{i.inspected_on.isoformat()} · {i.inspector}"
             + (" · " + self.tr("storm re-inspection") if i.storm else "")),
            (self.tr("Done"), done),
            (self.tr("Action taken"), i.action_taken),
            (self.tr("Supervisor's opinion"), i.opinion + (f" ({i.reviewer})" if i.reviewer else "")),
            (self.tr("Rectification required"), i.rectify_requirement),
            (self.tr("Rectify by"), _d(i.rectify_deadline)),
            (self.tr("Re-check on"), _d(i.recheck_on)),
            (self.tr("Work slips"), ", ".join(i.slip_numbers)),
            (self.tr("Remarks"), i.remarks),
            (self.tr("Void reason"), i.void_reason),
        ])
        return f"<table cellspacing='2' width='100%'>{lines}</table>{fields}"

    # ------------------------------------------------------------------------------------ actions
    def _open(self, dlg, on_saved: Callable[[object], None] | None = None):
        if on_saved is not None:
            dlg.accepted.connect(lambda: on_saved(getattr(dlg, "result_value", None)))
        else:
            dlg.accepted.connect(lambda: self.bar.info(self.tr("Saved.")))
        dlg.show()
        self.dialog = dlg
        return dlg

    def register_unit(self, room: str = ""):
        if not self.can_manage:
            self.bar.warning(self.tr("Your role may not change the vacant-unit register."))
            return None
        from app.ui.dialogs.vacancy import UnitDialog

        def saved(unit_id) -> None:
            self.bar.info(self.tr("Put on the register."))
            if isinstance(unit_id, int):
                self.select_unit(unit_id)
        return self._open(UnitDialog(self.window_, {"room": room}), saved)

    def inspect(self):
        u = self.unit
        if u is None or not u.can_inspect:
            self.bar.warning(self.tr("Your role may not record inspections.")
                             if u is not None and u.status == "active"
                             else self.tr("Choose a unit on the register first."))
            return None
        from app.ui.dialogs.vacancy import InspectionDialog

        def saved(inspection_id) -> None:
            self.bar.info(self.tr("Inspection recorded."))
            if isinstance(inspection_id, int):
                self.select(inspection_id)
        return self._open(InspectionDialog(self.window_, {"unit_id": u.id, "room": u.room_code,
                                                          "storm": self.storm is not None}), saved)

    def remove_unit(self):
        u = self.unit
        if u is None or not u.can_remove:
            return None
        from app.ui.dialogs.vacancy import RemoveDialog
        return self._open(RemoveDialog(self.window_, {"id": u.id, "version": u.version, "room": u.room_code}))

    def run_action(self, action: str):
        i = self.inspection
        if i is None:
            return None
        from app.ui.dialogs.vacancy import InspectionActionDialog
        return self._open(InspectionActionDialog(self.window_, {
            "id": i.id, "version": i.version, "number": i.number, "room": i.room_code, "action": action}))

    def send_slip(self):
        i = self.inspection
        if i is None or i.status != "issues":
            return None
        from app.ui.dialogs.vacancy import SlipDialog
        content = "；".join(f"{c.zh}：{c.note}" for c in i.checks if not c.ok)
        return self._open(SlipDialog(self.window_, {"id": i.id, "version": i.version, "number": i.number,
                                                    "room": i.room_code, "content": content}),
                          lambda number: self.bar.info(self.tr("Work slip {n} sent.").format(n=number)))

    def declare_storm(self):
        from app.ui.dialogs.vacancy import StormDialog
        return self._open(StormDialog(self.window_),
                          lambda _id: self.bar.info(self.tr("Storm re-inspection opened: every vacant unit is due.")))

    def month(self) -> tuple[int, int]:
        d = self.month_edit.date()
        return d.year(), d.month()

    def print_monthly(self) -> None:
        year, month = self.month()
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "vacancy_monthly", f"{year:04d}-{month:02d}")

    def export_monthly(self, path: str | None = None):
        year, month = self.month()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                                  f"空置房月统计表-{year:04d}{month:02d}.xlsx",
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        db, actor = self.db, self.actor

        def done(count) -> None:
            self.last_export = (count, path)
            self.bar.info(self.tr("{n} rows exported to {path}").format(n=count, path=path))
        return self.ops.run(lambda: svc.monthly_to_excel(db, actor, year, month, path), on_success=done,
                            on_error=lambda exc: self.bar.error(str(exc)))

    def print_sheet(self) -> None:
        if self.inspection is None:
            self.bar.warning(self.tr("Choose an inspection first."))
            return
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "vacant_inspection", self.inspection.number)

    def open_room(self) -> None:
        target = self.unit or self.inspection
        if target is not None:
            self.window_.open_room(target.room_id)

    # ------------------------------------------------------------------------------------ list report
    def report_columns(self):
        return UNIT_COLUMNS

    def report_fetch(self):
        return getattr(self, "_fetch", None)

    def report_filter_text(self) -> str:
        parts = [self.tr("Status: {s}").format(s=self.status_box.currentText())]
        if self.type_box.currentData():
            parts.append(self.tr("Type: {t}").format(t=self.type_box.currentText()))
        if self.room_filter.text().strip():
            parts.append(self.tr("Room: {r}").format(r=self.room_filter.text().strip()))
        return self.tr("; ").join(parts)


__all__ = ["VacancyPage", "UNIT_COLUMNS", "INSPECTION_COLUMNS", "VC"]
