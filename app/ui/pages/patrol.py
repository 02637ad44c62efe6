"""公共区域巡查 — the common-area patrol page: the KPIs of the month at the top (巡查完成率, checkpoint
coverage, 按时整改率, overdue findings), then three tabs:

* **Rounds** — the patrols, newest first; the selected round shows every checkpoint of its route with its
  result (正常/异常, note, photo, finding) and is recorded checkpoint by checkpoint (double-click a
  checkpoint or "Record checkpoint"); then "Complete the round";
* **Findings** — open, overdue (red, by due date), due soon, to verify …; the detail shows the due date
  (and the original one after an approved extension), the work slip, the photos, the history and one
  button per action the workflow declaration allows this user; "Send as work slip" turns a finding into a
  工作联系单 of app.services.relay;
* **Routes** — routes and their checkpoints (客服主管 manages them).

Lists are the lazy record model over the service's keyset-paged queries. "Print day's record" prints the
客服部日巡视检查记录 of the chosen day. Shortcuts: Ctrl+N new round, Ctrl+Shift+N new finding, Ctrl+P the
day's record, F5 refresh.
"""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QPushButton, QScrollArea, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from app.domain import patrol as P
from app.domain.errors import UserError
from app.domain.patrol import PATROL_RECORD, PATROL_ROUTES, IssueCategory, Shift
from app.domain.relay import Department
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import patrol as svc
from app.ui.pages.base import Page
from app.ui.widgets.splitter import persist_splitter
from app.ui.widgets.table_model import Column, LazyTableModel, label_of, record_view

RED, GREEN, GREY, AMBER = (QBrush(QColor("#c62828")), QBrush(QColor("#2e7d32")), QBrush(QColor("#9aa0a6")),
                           QBrush(QColor("#b26a00")))


def _when(at: datetime | None) -> str:
    return f"{at:%m-%d %H:%M}" if at else ""


def _patrol_colour(row):
    if row.status == "void":
        return GREY
    if row.points_abnormal:
        return AMBER
    return None


PATROL_COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align, _patrol_colour) for c in [
    Column("date", T("Patrol", "Date"), lambda r: f"{r.patrol_date:%Y-%m-%d}", 90),
    Column("shift", T("Patrol", "Shift"), label_of(Shift, "shift"), 80),
    Column("route", T("Patrol", "Route"), lambda r: r.route_name, 140),
    Column("inspector", T("Patrol", "Inspector"), lambda r: r.inspector, 70),
    Column("status", T("Patrol", "Status"), lambda r: r.status_label, 90),
    Column("points", T("Patrol", "Checked"), lambda r: f"{r.points_checked}/{r.points_total}", 64),
    Column("abnormal", T("Patrol", "Abnormal"), lambda r: str(r.points_abnormal or ""), 64),
    Column("number", T("Patrol", "No."), lambda r: r.number, 124),
]]


QT_NOT_YET = T("Patrol", "not yet")
QT_PHOTO = T("Patrol", "[photo]")


def _check_colour(row):
    if row.result == "abnormal":
        return RED
    if row.result == "normal":
        return GREEN
    return GREY


CHECK_COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align, _check_colour) for c in [
    Column("point", T("Patrol", "Checkpoint"), lambda r: r.name, 130),
    Column("result", T("Patrol", "Result"), lambda r: r.result_label or QT_NOT_YET, 70),
    Column("note", T("Patrol", "What was seen"), lambda r: f"{r.note} {QT_PHOTO}".strip() if r.photo else r.note, 150),
    Column("issue", T("Patrol", "Finding"), lambda r: r.issue_number, 120),
    Column("items", T("Patrol", "What to check"), lambda r: r.items, 120),
]]


def _issue_colour(row):
    if row.overdue and row.status in P.AWAITING_FIX:
        return RED
    if row.status in ("closed", "void", "to_violation"):
        return GREY
    return None


def _dept(row) -> str:
    try:
        return str(Department(row.dept).label) if row.dept else ""
    except ValueError:
        return row.dept


def _due(row) -> str:
    text = f"{row.due_at:%m-%d}"
    if row.extended:
        text += " ⟳"
    return text


ISSUE_COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align, _issue_colour) for c in [
    Column("due", T("Patrol", "Due"), _due, 64),
    Column("status", T("Patrol", "Status"),
           lambda r: r.status_label + (" · " + str(T("Patrol", "Overdue")) if r.overdue else ""), 150),
    Column("location", T("Patrol", "Location"), lambda r: r.location, 130),
    Column("category", T("Patrol", "Category"), label_of(IssueCategory, "category"), 80),
    Column("dept", T("Patrol", "Department"), _dept, 90),
    Column("description", T("Patrol", "Description"), lambda r: r.description, 180),
    Column("found", T("Patrol", "Found"), lambda r: _when(r.found_at), 84),
    Column("slip", T("Patrol", "Work slip"), lambda r: r.relay_slip_no, 120),
    Column("number", T("Patrol", "No."), lambda r: r.number, 124),
]]

EVENT_COLUMNS = [
    Column("at", T("Patrol", "Time"), lambda e: f"{e.at:%m-%d %H:%M}", 84),
    Column("who", T("Patrol", "By"), lambda e: e.who, 70),
    Column("action", T("Patrol", "Action"), lambda e: e.action, 130),
    Column("state", T("Patrol", "Status"), lambda e: e.to_state, 90),
    Column("note", T("Patrol", "Note"), lambda e: e.note, 160),
]

ROUTE_COLUMNS = [
    Column("name", T("Patrol", "Route"), lambda r: r.name, 160),
    Column("area", T("Patrol", "Area"), lambda r: r.area, 140),
    Column("points", T("Patrol", "Checkpoints"), lambda r: str(r.points), 80),
]
POINT_COLUMNS = [
    Column("seq", T("Patrol", "Order"), lambda r: str(r.seq), 50),
    Column("name", T("Patrol", "Checkpoint"), lambda r: r.name, 140),
    Column("location", T("Patrol", "Location"), lambda r: r.location, 140),
    Column("items", T("Patrol", "What to check"), lambda r: r.items, 200),
]


class PatrolPage(Page):
    watches = (P.PATROL_KIND, P.ISSUE_KIND, P.ROUTE_KIND, "work_slip")
    report_title = T("Patrol", "Patrol findings")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.can_record = self.actor.can(PATROL_RECORD)
        self.patrol: svc.PatrolView | None = None
        self.issue: svc.IssueView | None = None
        self.action_buttons: list[QPushButton] = []
        self._loaded = False
        self.kpi_label = QLabel(self, objectName="patrolKpis")
        self.kpi_label.setTextFormat(Qt.TextFormat.RichText)
        self.kpi_label.setWordWrap(True)
        self.kpi_label.setStyleSheet("QLabel#patrolKpis{background:#f3f6fb;border:1px solid #dde2ea;"
                                     "border-radius:6px;padding:6px 10px;}")
        self.outer.addWidget(self.kpi_label)
        self.tabs = QTabWidget(self, objectName="patrolTabs")
        self.tabs.addTab(self._rounds_tab(), self.tr("&Rounds"))
        self.tabs.addTab(self._issues_tab(), self.tr("&Findings"))
        self.tabs.addTab(self._routes_tab(), self.tr("Rou&tes and checkpoints"))
        self.outer.addWidget(self.tabs, 1)
        self._shortcuts()
        self.show_patrol(None)
        self.show_issue(None)

    # ------------------------------------------------------------------------------------ rounds
    def _rounds_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.day_edit = QDateEdit(tab, objectName="patrolDay", calendarPopup=True)
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setDate(QDate.currentDate())
        self.day_edit.setToolTip(self.tr("The day whose 日巡视检查记录 is printed"))
        self.new_round_btn = QPushButton(self.tr("&New round"), tab, objectName="newRound")
        self.new_round_btn.setToolTip(self.tr("Start a patrol round of a route (Ctrl+N)"))
        self.new_round_btn.clicked.connect(self.new_round)
        self.new_round_btn.setEnabled(self.can_record)
        self.print_btn = QPushButton(self.tr("&Print day's record"), tab, objectName="printDaily")
        self.print_btn.setToolTip(self.tr("客服部日巡视检查记录 of the chosen day (Ctrl+P)"))
        self.print_btn.clicked.connect(self.print_daily)
        bar.addWidget(self.new_round_btn)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Day:"), tab))
        bar.addWidget(self.day_edit)
        bar.addWidget(self.print_btn)
        layout.addLayout(bar)
        split = QSplitter(tab)
        self.patrol_model = LazyTableModel(PATROL_COLUMNS, lambda a, n: [], parent=self)
        self.patrol_view = record_view(split, self.patrol_model, "patrolView")
        self.patrol_view.selectionModel().currentRowChanged.connect(self._patrol_selected)
        split.addWidget(self.patrol_view)
        box = QGroupBox(self.tr("Round"), split)
        inner = QVBoxLayout(box)
        self.patrol_title = QLabel(box, objectName="patrolTitle")
        self.patrol_title.setTextFormat(Qt.TextFormat.RichText)
        self.patrol_title.setWordWrap(True)
        inner.addWidget(self.patrol_title)
        self.check_model = LazyTableModel(CHECK_COLUMNS, lambda a, n: [], parent=self)
        self.check_view = record_view(box, self.check_model, "checkView")
        self.check_view.doubleClicked.connect(lambda *_: self.record_check())
        inner.addWidget(self.check_view, 1)
        row = QHBoxLayout()
        self.record_btn = QPushButton(self.tr("Record &checkpoint"), box, objectName="recordCheck")
        self.record_btn.clicked.connect(self.record_check)
        self.complete_btn = QPushButton(self.tr("Co&mplete the round"), box, objectName="completeRound")
        self.complete_btn.clicked.connect(self.complete_round)
        self.start_btn = QPushButton(self.tr("&Start the round"), box, objectName="startRound")
        self.start_btn.clicked.connect(lambda: self._patrol_action("start"))
        for b in (self.record_btn, self.complete_btn, self.start_btn):
            row.addWidget(b)
        row.addStretch(1)
        inner.addLayout(row)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 4)
        persist_splitter(split, "patrol/rounds", [520, 620])
        layout.addWidget(split, 1)
        return tab

    # ------------------------------------------------------------------------------------ findings
    def _issues_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.issue_status = QComboBox(tab, objectName="issueStatus")
        for key, label in svc.ISSUE_GROUPS.items():
            self.issue_status.addItem(str(label), key)
        self.issue_status.currentIndexChanged.connect(lambda *_: self.reload_issues())
        self.new_issue_btn = QPushButton(self.tr("New &finding"), tab, objectName="newIssue")
        self.new_issue_btn.setToolTip(self.tr("Record a finding outside a round (Ctrl+Shift+N)"))
        self.new_issue_btn.clicked.connect(self.new_issue)
        self.new_issue_btn.setEnabled(self.can_record)
        self.print_list_btn = QPushButton(self.tr("Print list"), tab, objectName="printList")
        self.print_list_btn.clicked.connect(lambda: self.print_list())
        self.export_list_btn = QPushButton(self.tr("Export to Excel"), tab, objectName="exportList")
        self.export_list_btn.clicked.connect(lambda: self.export_list())
        bar.addWidget(self.issue_status)
        bar.addWidget(self.new_issue_btn)
        bar.addStretch(1)
        bar.addWidget(self.print_list_btn)
        bar.addWidget(self.export_list_btn)
        layout.addLayout(bar)
        split = QSplitter(tab)
        self.issue_model = LazyTableModel(ISSUE_COLUMNS, lambda a, n: [], parent=self)
        self.issue_view = record_view(split, self.issue_model, "issueView")
        self.issue_view.selectionModel().currentRowChanged.connect(self._issue_selected)
        split.addWidget(self.issue_view)
        box = QGroupBox(self.tr("Finding"), split)
        inner = QVBoxLayout(box)
        self.issue_title = QLabel(box, objectName="issueTitle")
        self.issue_title.setTextFormat(Qt.TextFormat.RichText)
        self.issue_title.setWordWrap(True)
        inner.addWidget(self.issue_title)
        self.actions_row = QGridLayout()     # the declared actions, three a row: long labels stay whole
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(self.actions_row)
        self.issue_fields = QLabel(box, objectName="issueFields")
        self.issue_fields.setTextFormat(Qt.TextFormat.RichText)
        self.issue_fields.setWordWrap(True)
        self.issue_fields.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.issue_fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea(box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.issue_fields)
        inner.addWidget(scroll, 3)
        self.slip_btn = QPushButton(self.tr("Send as &work slip"), box, objectName="toSlip")
        self.slip_btn.setToolTip(self.tr("Send the finding to its department as a 工作联系单 and assign it"))
        self.slip_btn.clicked.connect(self.to_slip)
        row = QHBoxLayout()
        row.addWidget(self.slip_btn)
        row.addStretch(1)
        inner.addLayout(row)
        inner.addWidget(QLabel(self.tr("History"), box))
        self.events = LazyTableModel(EVENT_COLUMNS, lambda a, n: [], parent=self)
        inner.addWidget(record_view(box, self.events, "issueEvents"), 2)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        persist_splitter(split, "patrol/issues", [640, 480])
        layout.addWidget(split, 1)
        return tab

    # ------------------------------------------------------------------------------------ routes
    def _routes_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QHBoxLayout(tab)
        can = self.actor.can(PATROL_ROUTES)
        left, right = QVBoxLayout(), QVBoxLayout()
        self.route_model = LazyTableModel(ROUTE_COLUMNS, lambda a, n: [], parent=self)
        self.route_view = record_view(tab, self.route_model, "routeView")
        self.route_view.selectionModel().currentRowChanged.connect(lambda *_: self.reload_points())
        self.route_view.doubleClicked.connect(lambda *_: self.edit_route())
        left.addWidget(self.route_view, 1)
        self.point_model = LazyTableModel(POINT_COLUMNS, lambda a, n: [], parent=self)
        self.point_view = record_view(tab, self.point_model, "pointView")
        self.point_view.doubleClicked.connect(lambda *_: self.edit_point())
        right.addWidget(self.point_view, 1)
        row_l, row_r = QHBoxLayout(), QHBoxLayout()
        self.new_route_btn = QPushButton(self.tr("New route"), tab, objectName="newRoute")
        self.new_route_btn.clicked.connect(lambda: self.edit_route(new=True))
        self.edit_route_btn = QPushButton(self.tr("Edit route"), tab, objectName="editRoute")
        self.edit_route_btn.clicked.connect(lambda: self.edit_route())
        self.new_point_btn = QPushButton(self.tr("New checkpoint"), tab, objectName="newPoint")
        self.new_point_btn.clicked.connect(lambda: self.edit_point(new=True))
        self.edit_point_btn = QPushButton(self.tr("Edit checkpoint"), tab, objectName="editPoint")
        self.edit_point_btn.clicked.connect(lambda: self.edit_point())
        for b in (self.new_route_btn, self.edit_route_btn, self.new_point_btn, self.edit_point_btn):
            b.setVisible(can)
        row_l.addWidget(self.new_route_btn)
        row_l.addWidget(self.edit_route_btn)
        row_l.addStretch(1)
        row_r.addWidget(self.new_point_btn)
        row_r.addWidget(self.edit_point_btn)
        row_r.addStretch(1)
        left.addLayout(row_l)
        right.addLayout(row_r)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        return tab

    def _shortcuts(self) -> None:
        def key(seq, slot):
            sc = QShortcut(QKeySequence(seq), self, activated=slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return sc
        self.shortcuts = [key("Ctrl+N", self.new_round), key("Ctrl+Shift+N", self.new_issue),
                          key("Ctrl+P", self.print_daily), key("F5", self.refresh)]

    # ------------------------------------------------------------------------------------ data
    def shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        self.reload_patrols()
        self.reload_issues()
        self.reload_routes()
        self.load_kpis()

    def _guard(self, model: LazyTableModel, fetch) -> None:
        try:
            model.set_fetch(fetch)
        except UserError as exc:
            model.set_rows([])
            self.bar.error(str(exc))

    def reload_patrols(self) -> None:
        db, actor = self.db, self.actor
        self._guard(self.patrol_model, lambda after, n: svc.list_patrols(db, actor, None, after=after, limit=n))
        if self.patrol is not None:
            self.load_patrol(self.patrol.id)

    def reload_issues(self) -> None:
        db, actor = self.db, self.actor
        f = svc.IssueFilter(self.issue_status.currentData() or "")
        self._issue_fetch = lambda after, n: svc.list_issues(db, actor, f, after=after, limit=n)
        self._guard(self.issue_model, self._issue_fetch)
        if self.issue is not None:
            row = self.issue_model.find(lambda r: r.id == self.issue.id)
            if row >= 0:
                self.issue_view.selectRow(row)
                self.load_issue(self.issue.id)
            else:
                self.show_issue(None)

    def reload_routes(self) -> None:
        db, actor = self.db, self.actor
        current = self.current_route()
        self._guard(self.route_model, lambda after, n: svc.list_routes(db, actor, include_inactive=True,
                                                                       after=after, limit=n))
        row = self.route_model.find(lambda r: r.id == current.id) if current is not None else -1
        if row >= 0:
            self.route_view.selectRow(row)   # keeps the route chosen; its checkpoints reload with it
        self.reload_points()

    def current_route(self):
        return self.route_model.row_at(self.route_view.currentIndex().row())

    def reload_points(self) -> None:
        route = self.current_route()
        if route is None:
            self.point_model.set_rows([])
            self.new_point_btn.setEnabled(False)
            return
        self.new_point_btn.setEnabled(True)
        db, actor, rid = self.db, self.actor, route.id
        self._guard(self.point_model, lambda after, n: svc.list_checkpoints(db, actor, rid, include_inactive=True,
                                                                            after=after, limit=n))

    def load_kpis(self) -> None:
        today = date.today()
        db, actor = self.db, self.actor
        self.ops.run(lambda: svc.kpis(db, actor, today.replace(day=1), today), on_success=self._show_kpis,
                     on_error=lambda exc: self.bar.error(str(exc)))

    def _show_kpis(self, k: svc.PatrolKpis) -> None:
        self.kpi = k

        def strong(value, colour: str = "#1f3b73") -> str:
            return f"<b style='color:{colour};font-size:15px'>{value}</b>"

        def pct(x) -> str:
            return "—" if x is None else f"{x:.0%}"
        parts = [
            self.tr("This month: patrols {done}/{planned}, completion {rate}").format(
                done=k.done, planned=k.planned, rate=strong(pct(k.completion_rate))),
            self.tr("checkpoint coverage {c}").format(c=strong(pct(k.checkpoint_coverage))),
            self.tr("findings {n}, fixed {f}, on time {r}").format(n=k.issues_found, f=k.issues_fixed,
                                                                   r=strong(pct(k.on_time_rate))),
            self.tr("open {n}").format(n=strong(k.open_issues)),
            self.tr("overdue {n}").format(n=strong(k.overdue_now, "#c62828" if k.overdue_now else "#1f3b73")),
        ]
        if k.avg_close_days is not None:
            parts.append(self.tr("{d:.1f} days to close on average").format(d=k.avg_close_days))
        if k.repeat_locations:
            parts.append(self.tr("repeated: {places}").format(
                places=self.tr(", ").join(f"{loc} ×{n}" for loc, n in k.repeat_locations[:3])))
        self.kpi_label.setText(" &nbsp;·&nbsp; ".join(parts))

    # ------------------------------------------------------------------------------------ a round
    def _patrol_selected(self, current, _previous) -> None:
        row = self.patrol_model.row_at(current.row())
        if row is not None:
            self.load_patrol(row.id)

    def load_patrol(self, patrol_id: int) -> None:
        try:
            view = svc.get_patrol(self.db, self.actor, patrol_id)
        except UserError as exc:
            self.bar.error(str(exc))
            view = None
        self.show_patrol(view)

    def show_patrol(self, p: svc.PatrolView | None) -> None:
        self.patrol = p
        names = {t.name for t in p.actions} if p else set()
        self.record_btn.setEnabled(bool(p and p.status == "in_progress" and self.can_record))
        self.complete_btn.setEnabled("complete" in names)
        self.start_btn.setVisible("start" in names)
        if p is None:
            self.patrol_title.setText(self.tr("Choose a round in the list, or start one with “New round”."))
            self.check_model.set_rows([])
            return
        checked = sum(1 for c in p.checks if c.result)
        when = " – ".join(x for x in (_when(p.started_at), _when(p.ended_at)) if x)
        self.patrol_title.setText(
            f"<span style='font-size:16px;font-weight:600'>{_html(p.route_name)}</span>&nbsp;&nbsp;"
            f"<span style='color:#555'>{p.number}</span><br>"
            f"<span style='color:#2f6fdf;font-weight:600'>{p.status_label}</span> · {_html(p.inspector)} · "
            f"{when} · " + self.tr("{n} of {m} checkpoints recorded").format(n=checked, m=len(p.checks))
            + (f"<br>{_html(p.summary)}" if p.summary else ""))
        self.check_model.set_rows(p.checks)

    def new_round(self):
        if not self.can_record:
            self.bar.warning(self.tr("Your role may not record patrols."))
            return None
        from app.ui.dialogs.patrol import StartPatrolDialog
        routes = [(r.id, r.name) for r in self.route_model.rows if r.active and r.points]
        dlg = StartPatrolDialog(self.window_, {"routes": routes})
        dlg.accepted.connect(lambda: self._round_started(dlg))
        dlg.show()
        self.dialog = dlg
        return dlg

    def _round_started(self, dlg) -> None:
        pid = getattr(dlg, "result_value", None)
        if isinstance(pid, int):
            self.load_patrol(pid)
            row = self.patrol_model.find(lambda r: r.id == pid)
            if row >= 0:
                self.patrol_view.selectRow(row)
        self.bar.info(self.tr("Round started: record each checkpoint."))

    def record_check(self):
        p = self.patrol
        if p is None or p.status != "in_progress" or not self.can_record:
            return None
        point = self.check_model.row_at(self.check_view.currentIndex().row())
        if point is None:
            point = next((c for c in p.checks if not c.result), None)
        if point is None:
            self.bar.info(self.tr("Every checkpoint is recorded: complete the round."))
            return None
        from app.ui.dialogs.patrol import CheckDialog
        dlg = CheckDialog(self.window_, {"patrol_id": p.id, "version": p.version, "point": point})
        dlg.accepted.connect(lambda: self.bar.info(self.tr("Recorded.")))
        dlg.show()
        self.dialog = dlg
        return dlg

    def complete_round(self) -> None:
        p = self.patrol
        if p is None:
            return
        self._patrol_action("complete")

    def _patrol_action(self, action: str) -> None:
        p = self.patrol
        if p is None:
            return
        db, actor, pid, version = self.db, self.actor, p.id, p.version
        self.ops.run(lambda: svc.act_on_patrol(db, actor, pid, action, {}, version=version), kind=P.PATROL_KIND,
                     on_success=lambda *_: self.bar.info(self.tr("Saved.")),
                     on_error=lambda exc: self.bar.error(str(exc)))

    def print_daily(self) -> None:
        from app.ui.dialogs.print_preview import preview_form
        day = self.day_edit.date().toPython()
        self.preview = preview_form(self.window_, "patrol_daily", day.isoformat())

    # ------------------------------------------------------------------------------------ a finding
    def _issue_selected(self, current, _previous) -> None:
        row = self.issue_model.row_at(current.row())
        if row is not None and (self.issue is None or row.id != self.issue.id):
            self.load_issue(row.id)

    def load_issue(self, issue_id: int) -> None:
        try:
            view = svc.get_issue(self.db, self.actor, issue_id)
        except UserError as exc:
            self.bar.error(str(exc))
            view = None
        self.show_issue(view)

    def select(self, record_id: int) -> None:
        """Open a finding by id (home tile, shift handover)."""
        self.shown()
        self.tabs.setCurrentIndex(1)
        self.load_issue(record_id)

    def show_issue(self, d: svc.IssueView | None) -> None:
        self.issue = d
        for b in self.action_buttons:
            b.deleteLater()
        self.action_buttons = []
        self.slip_btn.setEnabled(bool(d and d.status == "open" and self.can_record))
        if d is None:
            self.issue_title.setText(self.tr("Choose a finding in the list."))
            self.issue_fields.setText("")
            self.events.set_rows([])
            return
        colour = "#c62828" if d.overdue else "#2f6fdf"
        late = " · " + self.tr("Overdue") if d.overdue else ""
        self.issue_title.setText(
            f"<span style='font-size:16px;font-weight:600'>{_html(d.location)}</span>&nbsp;&nbsp;"
            f"<span style='color:#555'>{d.number}</span><br>"
            f"<span style='color:{colour};font-weight:600'>{d.status_label}{late}</span>")
        for i, t in enumerate(d.actions):
            button = QPushButton(str(t.label), self)
            button.setObjectName(f"action_{t.name}")
            button.clicked.connect(lambda _=False, name=t.name: self.run_action(name))
            self.actions_row.addWidget(button, i // 3, i % 3)
            button.show()
            self.action_buttons.append(button)
        self.issue_fields.setText(self._issue_html(d))
        self.events.set_rows(d.events)

    def _issue_html(self, d: svc.IssueView) -> str:
        def enum(cls, code):
            try:
                return str(cls(code).label) if code else ""
            except ValueError:
                return code
        due = f"{d.due_at:%Y-%m-%d %H:%M}"
        if d.due_at != d.original_due_at:
            due += " " + self.tr("(extended from {d}, approved by {who})").format(
                d=f"{d.original_due_at:%Y-%m-%d}", who=d.extension_approved_by)
        rows = [
            (self.tr("Category"), f"{enum(IssueCategory, d.category)} · {enum(P.Severity, d.severity)}"),
            (self.tr("Description"), d.description),
            (self.tr("Found"), f"{_when(d.found_at)} {d.found_by}" + (f" · {d.patrol_number}" if d.patrol_number
                                                                       else "")),
            (self.tr("Department"), enum(Department, d.dept)),
            (self.tr("Work slip"), d.relay_slip_no),
            (self.tr("Due"), due),
            (self.tr("Extension requested"), f"{d.requested_due_at:%Y-%m-%d} · {d.extension_reason}"
             if d.requested_due_at else ""),
            (self.tr("Photo"), d.photo),
            (self.tr("Fixed"), f"{_when(d.fixed_at)} {d.fix_note}".strip() if d.fixed_at else ""),
            (self.tr("Photo after the fix"), d.fix_photo),
            (self.tr("Verified"), f"{_when(d.verified_at)} {d.verified_by}" if d.verified_at else ""),
            (self.tr("Void reason"), d.void_reason),
        ]
        cells = "".join(f"<tr><td style='color:#666;padding-right:10px'>{k}</td><td>{_html(v)}</td></tr>"
                        for k, v in rows if v)
        return f"<table cellspacing='2'>{cells}</table>"

    def new_issue(self):
        if not self.can_record:
            self.bar.warning(self.tr("Your role may not record findings."))
            return None
        from app.ui.dialogs.patrol import IssueDialog
        dlg = IssueDialog(self.window_, {})
        dlg.accepted.connect(lambda: self._issue_saved(dlg))
        dlg.show()
        self.dialog = dlg
        return dlg

    def _issue_saved(self, dlg) -> None:
        iid = getattr(dlg, "result_value", None)
        self.bar.info(self.tr("Finding recorded."))
        if isinstance(iid, int):
            self.tabs.setCurrentIndex(1)
            self.load_issue(iid)

    def run_action(self, action: str):
        d = self.issue
        if d is None:
            return None
        from app.ui.dialogs.patrol import IssueActionDialog
        dlg = IssueActionDialog(self.window_, {"id": d.id, "version": d.version, "number": d.number,
                                               "action": action, "due": d.due_at})
        dlg.accepted.connect(lambda: self.bar.info(self.tr("Saved.")))
        dlg.show()
        self.dialog = dlg
        return dlg

    def to_slip(self):
        d = self.issue
        if d is None:
            return None
        from app.ui.dialogs.patrol import SlipDialog
        dlg = SlipDialog(self.window_, {"id": d.id, "version": d.version, "number": d.number, "dept": d.dept})
        dlg.accepted.connect(lambda: self.bar.info(self.tr("Work slip {n} sent.").format(
            n=getattr(dlg, "result_value", ""))))
        dlg.show()
        self.dialog = dlg
        return dlg

    # ------------------------------------------------------------------------------------ routes
    def edit_route(self, new: bool = False):
        if not self.actor.can(PATROL_ROUTES):
            return None
        from app.ui.dialogs.patrol import RouteDialog
        route = None if new else self.current_route()
        if not new and route is None:
            return None
        dlg = RouteDialog(self.window_, {"route": route})
        dlg.show()
        self.dialog = dlg
        return dlg

    def edit_point(self, new: bool = False):
        route = self.current_route()
        if not self.actor.can(PATROL_ROUTES) or route is None:
            return None
        from app.ui.dialogs.patrol import CheckpointDialog
        point = None if new else self.point_model.row_at(self.point_view.currentIndex().row())
        if not new and point is None:
            return None
        dlg = CheckpointDialog(self.window_, {"route_id": route.id, "point": point})
        dlg.show()
        self.dialog = dlg
        return dlg

    # ------------------------------------------------------------------------------------ list report
    def report_columns(self):
        return ISSUE_COLUMNS

    def report_fetch(self):
        return getattr(self, "_issue_fetch", None)

    def report_filter_text(self) -> str:
        return self.tr("Status: {s}").format(s=self.issue_status.currentText())


def _html(value) -> str:
    return (str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>"))


__all__ = ["PatrolPage", "ISSUE_COLUMNS", "PATROL_COLUMNS"]
