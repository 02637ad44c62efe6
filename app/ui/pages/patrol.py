"""公共区域巡查 — the common-area patrol page: the KPIs of the month at the top (巡查完成率, checkpoint
coverage, 按时整改率, overdue findings), then two record panes of the kit:

* **Rounds** — the patrols, newest first; the selected round shows every checkpoint of its route with its
  result (正常/异常, what was seen, photo, finding) and is recorded checkpoint by checkpoint (double-click a
  checkpoint or "Record checkpoint"); then "Complete the round";
* **Findings** — open, overdue (by their fix clock), due soon, to verify …; the detail shows the fix clock,
  the due date (and the original one after an approved extension), the work slip, the photos, the history
  and the buttons the workflow allows this user ("Send as work slip" sends a 工作联系单 with it, in one go).

What is this page's own: the columns, the checkpoint table of a round, the dialogs to start a round, record
a checkpoint and record a finding, and the routes (客服主管). "Print day's record" prints the
客服部日巡视检查记录 of the selected round's day (or of the chosen dates' first day, or today).
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain import patrol as P
from app.domain.patrol import PATROL_RECORD, IssueCategory, Shift
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import patrol as svc
from app.services import records
from app.ui.widgets.record_pane import (
    ListButton,
    MonthFigures,
    PaneSpec,
    PrintButton,
    RecordButton,
    RecordPage,
    RecordPane,
    figure,
    percent,
    when,
)
from app.ui.widgets.table_model import Column, LazyTableModel, attr, label_of, record_view
from app.ui.widgets.tones import ATTENTION, DONE, LATE, row_brush

translate = QCoreApplication.translate


def _patrol_colour(row):
    if row.missed:
        return LATE
    return ATTENTION if row.points_abnormal and row.tone != "void" else row_brush(row)


PATROL_COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align, _patrol_colour) for c in [
    Column("date", T("Patrol", "Date"), lambda r: f"{r.patrol_date:%Y-%m-%d}", 90),
    Column("shift", T("Patrol", "Shift"), label_of(Shift, "shift"), 80),
    Column("route", T("Patrol", "Route"), attr("route_name"), 140),
    Column("inspector", T("Patrol", "Inspector"), attr("inspector"), 70),
    Column("status", T("Patrol", "Status"),
           lambda r: r.status_label + (" · " + str(T("Patrol", "Missed")) if r.missed else ""), 110),
    Column("points", T("Patrol", "Checked"), lambda r: f"{r.points_checked}/{r.points_total}", 64),
    Column("abnormal", T("Patrol", "Abnormal"), lambda r: str(r.points_abnormal or ""), 64),
    Column("number", T("Patrol", "No."), attr("number"), 124),
]]

QT_NOT_YET = T("Patrol", "not yet")
QT_PHOTO = T("Patrol", "[photo]")
_RESULT_BRUSH = {"abnormal": LATE, "normal": None}

CHECK_COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align,
                        lambda r: _RESULT_BRUSH.get(r.result, DONE)) for c in [
    Column("point", T("Patrol", "Checkpoint"), attr("name"), 130),
    Column("result", T("Patrol", "Result"), lambda r: r.result_label or QT_NOT_YET, 70),
    Column("note", T("Patrol", "What was seen"), lambda r: f"{r.note} {QT_PHOTO}".strip() if r.photo else r.note, 150),
    Column("issue", T("Patrol", "Finding"), attr("issue_number"), 120),
    Column("items", T("Patrol", "What to check"), attr("items"), 120),
]]


def _due(row) -> str:
    return (f"{row.due_at:%m-%d}" if row.due_at else "") + (" ⟳" if row.extended else "")


ISSUE_COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align, row_brush) for c in [
    Column("due", T("Patrol", "Due"), _due, 64),
    Column("status", T("Patrol", "Status"),
           lambda r: r.status_label + (" · " + str(T("Patrol", "Overdue")) if r.overdue else ""), 150),
    Column("location", T("Patrol", "Location"), attr("location"), 130),
    Column("category", T("Patrol", "Category"), label_of(IssueCategory, "category"), 80),
    Column("dept", T("Patrol", "Department"), lambda r: P.DEPT.show(r.dept), 90),
    Column("description", T("Patrol", "Description"), attr("description"), 180),
    Column("found", T("Patrol", "Found"), lambda r: when(r.found_at), 84),
    Column("slip", T("Patrol", "Work slip"), attr("relay_slip_no"), 120),
    Column("number", T("Patrol", "No."), attr("number"), 124),
]]

DAILY = T("Patrol", "Print day's record")

ROUNDS = PaneSpec(
    kind=P.PATROL_KIND, settings_key="patrol/rounds", columns=PATROL_COLUMNS, title=T("Patrol", "Rounds"),
    list_fn=svc.list_patrols, count_fn=svc.count_patrols,
    statuses=[("all", T("Patrol", "All rounds")), ("open", T("Patrol", "Not completed")),
              ("missed", T("Patrol", "Missed")), *[(s.name, s.label) for s in P.PATROL.states]],
    default_statuses=("all", "open"), dates=True, search_hint=T("Patrol", "Route, inspector or No."),
    choose_hint=T("Patrol", "Choose a round in the list, or start one with “New round” (Ctrl+N)."),
    empty_hint=T("Patrol", "No patrol rounds yet. Press Ctrl+N to start a round of a route."),
    report_title=T("Patrol", "Patrol rounds"), new_label=T("Patrol", "New round"), new_permission=PATROL_RECORD,
    new_method="new_round", detail_extra="checkpoints",
    buttons=[RecordButton("recordCheck", T("Patrol", "Record checkpoint"), "check", "record_check")],
    prints=[PrintButton("patrol_daily", DAILY, "printDaily", number=lambda v: v.patrol_date.isoformat())],
    list_buttons=[ListButton("printDay", DAILY, "print_daily", "print_day_btn",
                             T("Patrol", "客服部日巡视检查记录 of the chosen dates' first day, or of today")),
                  ListButton("manageRoutes", T("Patrol", "Routes and checkpoints…"), "manage_routes")])

FINDINGS = PaneSpec(
    kind=P.ISSUE_KIND, settings_key="patrol/issues", columns=ISSUE_COLUMNS, title=T("Patrol", "Findings"),
    list_fn=svc.list_issues, count_fn=svc.count_issues, statuses=list(svc.ISSUE_GROUPS.items()),
    default_statuses=("open", "overdue", "due_soon", "extension", "fixed"), counted=("overdue", "extension"),
    dates=True, search_hint=T("Patrol", "Location, ZG No. or work slip No."),
    choose_hint=T("Patrol", "Choose a finding in the list."),
    empty_hint=T("Patrol", "No open findings. Record one with Ctrl+N, or at a checkpoint of a round."),
    empty_hints={"overdue": T("Patrol", "No finding is overdue.")},
    report_title=T("Patrol", "Patrol findings"), new_label=T("Patrol", "New finding"),
    new_permission=PATROL_RECORD, new_method="new_issue", defaults_method="issue_defaults",
    prints=[PrintButton("patrol_daily", DAILY, "printDaily", number=lambda v: v.found_at.date().isoformat())])


class Checkpoints(QWidget):
    """The checkpoints of the selected round with their results; double-click one to record it."""

    def __init__(self, page: PatrolPage, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = LazyTableModel(CHECK_COLUMNS, lambda after, n: [], parent=self)
        self.view = record_view(self, self.model, "checkView")
        self.view.doubleClicked.connect(lambda *_: page.record_check(page.rounds.view_data))
        layout.addWidget(self.view)

    def show_record(self, view: records.RecordView | None) -> None:
        self.setVisible(view is not None)
        self.model.set_rows(view.checks if view is not None else [])

    def current(self) -> svc.CheckRow | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None


class PatrolPage(MonthFigures, RecordPage):
    panes = (ROUNDS, FINDINGS)
    also_watches = (P.ROUTE_KIND, "work_slip")

    kpi: svc.PatrolKpis | None = None

    def __init__(self, window) -> None:
        super().__init__(window)
        self.rounds, self.findings = self.record_panes
        self.rounds.manageRoutes.setToolTip(
            translate("PatrolPage", "Routes and their checkpoints (客服主管 changes them)"))

    def checkpoints(self, pane: RecordPane) -> Checkpoints:
        widget = Checkpoints(self, pane)
        pane.shown.connect(widget.show_record)
        return widget

    # -- data
    figures_name = "patrolKpis"

    def month_figures(self, db, actor, date_from: date, date_to: date) -> svc.PatrolKpis:
        return svc.kpis(db, actor, date_from, date_to)

    def figures_text(self, k: svc.PatrolKpis) -> list[str]:
        parts = [
            self.tr("This month: patrols {done}/{planned}, completion {rate}").format(
                done=k.done, planned=k.planned, rate=figure(percent(k.completion_rate))),
            self.tr("supervisor's rounds {done}/{required}").format(
                done=k.supervisor_done, required=figure(k.supervisor_required)),
            self.tr("missed {n}").format(n=figure(k.missed, bool(k.missed))),
            self.tr("checkpoint coverage {c}").format(c=figure(percent(k.checkpoint_coverage))),
            self.tr("findings {n}, fixed {f}, on time {r}").format(n=k.issues_found, f=k.issues_fixed,
                                                                   r=figure(percent(k.on_time_rate))),
            self.tr("open {n}").format(n=figure(k.open_issues)),
            self.tr("overdue {n}").format(n=figure(k.overdue_now, bool(k.overdue_now))),
        ]
        if k.major_found or k.major_unreported_late:
            parts.append(self.tr("major {n}, reported to the manager {r} ({t} in time)").format(
                n=k.major_found, r=k.major_reported, t=k.major_reported_on_time))
        if k.major_unreported_late:
            parts.append(self.tr("major not reported in time {n}").format(n=figure(k.major_unreported_late, True)))
        if k.avg_close_days is not None:
            parts.append(self.tr("{d:.1f} days to close on average").format(d=k.avg_close_days))
        if k.repeat_locations:
            parts.append(self.tr("repeated: {places}").format(
                places=self.tr(", ").join(f"{loc} ×{n}" for loc, n in k.repeat_locations[:3])))
        return parts

    # -- dialogs
    def _open(self, dialog, message: str):
        dialog.accepted.connect(lambda: self.bar.info(message))
        dialog.show()
        self.dialog = dialog
        return dialog

    def new_round(self, values: dict):
        from app.ui.dialogs.patrol import StartPatrolDialog
        routes = [(r.id, r.name) for r in svc.list_routes(self.db, self.actor) if r.points]
        return self._open(StartPatrolDialog(self.window_, {"routes": routes, "values": values}),
                          translate("PatrolPage", "Round started: record each checkpoint."))

    def record_check(self, view: records.RecordView | None):
        """The result at the chosen checkpoint (or the first not yet recorded) of the round in progress."""
        if view is None or "check" not in view.can:
            return None
        point = self.rounds.extra.current() or next((c for c in view.checks if not c.result), None)
        if point is None:
            self.bar.info(translate("PatrolPage", "Every checkpoint is recorded: complete the round."))
            return None
        from app.ui.dialogs.patrol import CheckDialog
        return self._open(CheckDialog(self.window_, {"patrol_id": view.id, "version": view.version,
                                                     "point": point}), translate("PatrolPage", "Recorded."))

    def new_issue(self, values: dict):
        from app.ui.dialogs.patrol import IssueDialog
        return self._open(IssueDialog(self.window_, {"values": values}), translate("PatrolPage", "Finding recorded."))

    def issue_defaults(self, view: records.RecordView, action: str) -> dict:
        if action == "request_extension":
            return {"new_due": view.due_at.date() + timedelta(days=7)}
        if action in ("send_slip", "assign") and view.dept:
            return {"to_dept": view.dept, "dept": view.dept}
        return {}

    def manage_routes(self):
        from app.ui.dialogs.patrol import RoutesDialog
        dialog = RoutesDialog(self.window_)
        dialog.show()
        self.dialog = dialog
        return dialog

    def print_daily(self) -> None:
        """客服部日巡视检查记录 of the chosen dates' first day (or of today)."""
        pane = self.rounds
        day = pane.date_from.date().toPython() if pane.use_dates.isChecked() else date.today()
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "patrol_daily", day.isoformat())


__all__ = ["PatrolPage", "ISSUE_COLUMNS", "PATROL_COLUMNS"]
