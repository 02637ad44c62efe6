"""客户回访 — the one queue of follow-ups, oldest due first: complaints resolved, repairs sampled, move-ins,
renovations, routine visits and surveys; record one (method, feedback, satisfaction; a signature or photo on
site), note a failed attempt, give up (the supervisor), review; plan routine visits or a survey in bulk;
print the 回访记录表 of one follow-up or of a month.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain import complaints as C
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import followups
from app.ui.widgets.record_pane import ChoiceFilter, ListButton, MonthFigures, PaneSpec, PrintButton, RecordPage
from app.ui.widgets.table_model import Column, attr, label_of
from app.ui.widgets.tones import row_brush

COLUMNS = [
    Column("due", T("FollowUps", "Due"), lambda r: r.due_on.isoformat(), 88, foreground=row_brush),
    Column("number", T("FollowUps", "No."), attr("number"), 132),
    Column("status", T("FollowUps", "Status"), attr("status_label"), 90, foreground=row_brush),
    Column("type", T("FollowUps", "Type"), label_of(C.FollowUpType, "ftype"), 110),
    Column("interviewee", T("FollowUps", "Interviewee"), attr("interviewee"), 76),
    Column("room", T("FollowUps", "Room"), attr("room"), 80),
    Column("phone", T("FollowUps", "Phone"), attr("phone"), 110),
    Column("attempts", T("FollowUps", "Attempts"), lambda r: str(r.attempts or ""), 50),
    Column("satisfaction", T("FollowUps", "Satisfaction"), lambda r: label_of(C.Satisfaction, "satisfaction")(r)
           if r.satisfaction else "", 110),
    Column("source", T("FollowUps", "Source"), attr("source"), 132),
]

PANE = PaneSpec(
    kind=C.FOLLOWUP_KIND, settings_key="followups/list", columns=COLUMNS,
    list_fn=followups.list_followups, count_fn=followups.count_followups,
    statuses=[("planned", T("FollowUps", "To follow up")), ("due_today", T("FollowUps", "Due today")),
              ("overdue", T("FollowUps", "Overdue")), ("to_review", T("FollowUps", "To review")),
              *[(s.name, s.label) for s in C.FOLLOWUP_STATES[2:]], ("all", T("FollowUps", "All"))],
    default_statuses=("planned", "due_today", "overdue", "to_review"),
    filters=[ChoiceFilter("ftype", [("", T("FollowUps", "All types")), *[(t.value, t.label) for t in C.FollowUpType]])],
    dates=True, search_hint=T("FollowUps", "No., interviewee, room or source"),
    choose_hint=T("FollowUps", "Choose a follow-up on the left to record it …"),
    empty_hint=T("FollowUps", "Nothing to follow up. Resolved complaints and sampled repairs come here by "
                              "themselves; plan routine visits with “Plan visits”."),
    report_title=T("FollowUps", "Follow-ups"), new_label=T("FollowUps", "Plan a follow-up"),
    new_permission=C.FOLLOWUP_DO, prints=[PrintButton("followup_record", T("FollowUps", "Print"))],
    list_buttons=[ListButton("planVisits", T("FollowUps", "Plan visits…"), "plan_visits", "plan_btn",
                             T("FollowUps", "Routine household visits or a satisfaction survey, in bulk")),
                  ListButton("printMonth", T("FollowUps", "Print the month"), "print_month", "month_btn")])


class FollowUpsPage(MonthFigures, RecordPage):
    panes = (PANE,)
    also_watches = ("complaint", "work_slip")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.current().plan_btn.setEnabled(self.actor.can(C.FOLLOWUP_REVIEW))

    figures_name = "followupKpis"

    def month_figures(self, db, actor, date_from: date, date_to: date) -> followups.FollowUpKpis:
        return followups.kpis(db, actor, date_from, date_to)

    def figures_text(self, k: followups.FollowUpKpis) -> list[str]:
        parts = [f"{C.FollowUpType(t).label} {done}/{planned} ({in_time})"
                 for t, (planned, done, in_time, _s) in k.by_type.items()]
        satisfaction = k.satisfaction()
        return [QCoreApplication.translate(
            "FollowUpsPage", "<b>This month</b>, followed up/planned (in time): {parts} · satisfied "
                             "{satisfied}").format(
            parts=" · ".join(parts) or "—", satisfied="—" if satisfaction is None else f"{satisfaction:.0%}")]

    def plan_visits(self):
        from app.ui.dialogs.complaints import PlanVisitsDialog
        dialog = PlanVisitsDialog(self.window_)
        dialog.accepted.connect(lambda: self.bar.info(QCoreApplication.translate(
            "FollowUpsPage", "{n} follow-ups planned.").format(n=dialog.result_value)))
        dialog.show()
        self.dialog = dialog
        return dialog

    def print_month(self) -> None:
        from app.ui.dialogs.print_preview import preview_form
        pane = self.current()
        day = pane.date_to.date().toPython() if pane.use_dates.isChecked() else date.today()
        self.preview = preview_form(self.window_, "followup_record", day.strftime("%Y-%m"))
