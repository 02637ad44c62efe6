"""投诉处理 — the complaints: register one in a screen (Ctrl+N), the list with what is late or escalated, the
detail with its three clocks (initial reply, progress report, resolution) and the actions the workflow allows;
the 投诉处理单 (Ctrl+P) and the day's or month's 业主投诉登记表; this month's figures at the top.

The page is a record pane of the kit (app.ui.widgets.record_pane); it declares the list and keeps what is
its own: the registration dialog, the figures and the register.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from app.domain import complaints as C
from app.domain.relay import TARGET_DEPARTMENTS, Department
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import complaints
from app.ui.widgets.record_pane import (
    ChoiceFilter,
    ListButton,
    MonthFigures,
    PaneSpec,
    PrintButton,
    RecordButton,
    RecordPage,
    when,
)
from app.ui.widgets.table_model import Column, attr, label_of
from app.ui.widgets.tones import ATTENTION, LATE, row_brush


def _status(row) -> str:
    level = {1: T("Complaints", "late"), 2: T("Complaints", "escalated to the manager")}.get(row.level)
    return f"{row.status_label} · {level}" if level else row.status_label


def _colour(row):
    if row.level:
        return LATE
    return ATTENTION if row.repeat or row.major else row_brush(row)


COLUMNS = [
    Column("received", T("Complaints", "Received"), lambda r: when(r.received_at), 96),
    Column("number", T("Complaints", "No."), attr("number"), 132),
    Column("status", T("Complaints", "Status"), _status, 150, foreground=_colour),
    Column("complainant", T("Complaints", "Complainant"), attr("complainant"), 76),
    Column("room", T("Complaints", "Room"), attr("room"), 80),
    Column("category", T("Complaints", "Category"), label_of(C.Category, "category"), 110),
    Column("urgency", T("Complaints", "Urgency"), label_of(C.Urgency, "urgency"), 56,
           foreground=lambda r: LATE if r.urgency == C.Urgency.URGENT.value else None),
    Column("dept", T("Complaints", "Department"), lambda r: label_of(Department, "dept")(r) if r.dept else "", 90),
    Column("deadline", T("Complaints", "Resolve by"), lambda r: when(r.deadline), 96, foreground=_colour),
    Column("phone", T("Complaints", "Phone"), attr("phone"), 110),
]

PANE = PaneSpec(
    kind=C.COMPLAINT_KIND, settings_key="complaints/list", columns=COLUMNS,
    list_fn=complaints.list_complaints, count_fn=complaints.count_complaints,
    statuses=[("open", T("Complaints", "Open")), ("reply_due", T("Complaints", "Reply due")),
              ("overdue", T("Complaints", "Late")), ("escalated", T("Complaints", "Escalated")),
              ("waiting", T("Complaints", "Waiting")), ("to_close", T("Complaints", "To close")),
              ("today", T("Complaints", "Today")), ("all", T("Complaints", "All"))],
    default_statuses=("open", "reply_due", "overdue", "escalated", "waiting", "to_close"),
    filters=[ChoiceFilter("category", [("", T("Complaints", "All categories")),
                                       *[(c.value, c.label) for c in C.Category]]),
             ChoiceFilter("dept", [("", T("Complaints", "All departments")),
                                   *[(d.value, d.label) for d in TARGET_DEPARTMENTS]])],
    dates=True, search_hint=T("Complaints", "No., complainant, room or phone"),
    choose_hint=T("Complaints", "Choose a complaint on the left to reply, dispatch, report progress …"),
    empty_hint=T("Complaints", "No open complaints. A caller complains? Listen, apologise, and press Ctrl+N."),
    report_title=T("Complaints", "Complaints"), new_label=T("Complaints", "Register a complaint"),
    new_permission=C.COMPLAINT_HANDLE, new_method="new_complaint", defaults_method="action_defaults",
    prints=[PrintButton("complaint_slip", T("Complaints", "Print the slip"))],
    list_buttons=[ListButton("printRegister", T("Complaints", "Print register"), "print_register", "register_btn",
                             T("Complaints", "The register of the chosen dates' month, or of today"))])


def _top(enum_cls, counts: dict[str, int], n: int = 3) -> str:
    """The ``n`` largest counts, labelled (``设施设备 12、环境卫生 5``; buildings as ``2栋 3``), or “—”."""
    def label(code: str) -> str:
        if enum_cls is None:
            return QCoreApplication.translate("ComplaintsPage", "#{no}").format(no=code)
        try:
            return str(enum_cls(code).label)
        except ValueError:
            return code
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    return "、".join(f"{label(code)} {count}" for code, count in best) or "—"


class ComplaintsPage(MonthFigures, RecordPage):
    panes = (PANE,)
    also_watches = ("work_slip", "followup")

    figures_name = "complaintKpis"

    def month_figures(self, db, actor, date_from: date, date_to: date) -> complaints.ComplaintKpis:
        return complaints.kpis(db, actor, date_from, date_to)

    def figures_text(self, k: complaints.ComplaintKpis) -> list[str]:
        return [QCoreApplication.translate(
            "ComplaintsPage", "<b>This month</b>: {received} received · resolved in time {on_time} · initial "
                              "reply in time {reply} · followed up {followed} · satisfied {satisfied} · "
                              "repeat {repeat} · escalated {escalated}").format(
            received=k.received, on_time=k.on_time, reply=k.reply_on_time, followed=k.followed_up,
            satisfied=k.satisfied, repeat=k.repeat, escalated=k.escalated) + "<br>" + QCoreApplication.translate(
            "ComplaintsPage", "valid {valid} · resolved {closed} · average time to resolve {hours} · by "
                              "category {categories} · by department {depts} · by building {buildings}").format(
            valid=k.valid, closed=k.closed_rate, hours="—" if k.average_hours is None else QCoreApplication.translate(
                "ComplaintsPage", "{hours} h").format(hours=f"{k.average_hours:.1f}"),
            categories=_top(C.Category, k.by_category), depts=_top(Department, k.by_dept),
            buildings=_top(None, k.by_building))]

    def action_defaults(self, view, action: str) -> dict:
        if action == "classify":
            return {"validity": view.validity if view.validity != C.Validity.PENDING.value else "",
                    "category": view.category}
        if action == "dispatch":
            return {"send_slip": view.category == C.Category.FACILITIES.value}
        if action == "resolve":   # the department's reply to the complaint's slip, to be edited
            reply = complaints.department_reply(self.db, self.actor, view.id)
            return {"result": reply} if reply else {}
        return {}

    def new_complaint(self, values: dict):
        from app.ui.dialogs.complaints import ComplaintDialog
        dialog = ComplaintDialog(self.window_, {"values": values})
        dialog.show()
        return dialog

    def print_register(self) -> None:
        pane = self.current()
        day = pane.date_to.date().toPython() if pane.use_dates.isChecked() else date.today()
        key = day.strftime("%Y-%m") if pane.use_dates.isChecked() else day.isoformat()
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "complaint_register", key)


def open_from_worklog(window, prefill: dict, on_saved: Callable[[int], None]):
    """转为投诉: the registration screen filled in from a work-log row, linked back to it when saved."""
    from app.ui.dialogs.complaints import ComplaintDialog
    channel = {"来电": "phone", "来访": "visit", "来函": "letter", "微信": "online"}.get(
        str(prefill.get("channel_label") or ""), prefill.get("channel") or "phone")
    values = {k: v for k, v in {
        "complainant": prefill.get("caller") or prefill.get("name"), "phone": prefill.get("phone"),
        "room": prefill.get("room"), "content": prefill.get("content"), "channel": channel}.items() if v}
    context: dict = {"values": values, "source": str(prefill.get("number") or "")}
    if prefill.get("worklog_id"):
        context["from"] = ("work_log", int(prefill["worklog_id"]))
    dialog = ComplaintDialog(window, context)
    dialog.accepted.connect(lambda: on_saved(dialog.result_value))
    dialog.show()
    window.last_dialog = dialog
    return dialog


def open_from_record(window, kind: str, record_id: int):
    """转为投诉 from a visit or a work slip (the work log has its conversion hook): the registration screen
    filled in from the record; saved, the complaint and the record are linked both ways."""
    from app.ui.dialogs.complaints import ComplaintDialog
    prefill = complaints.prefill_from(window.db, window.actor, kind, record_id)
    dialog = ComplaintDialog(window, {"values": prefill["values"], "from": prefill["source"]})
    dialog.show()
    window.last_dialog = dialog
    return dialog


#: the detail pane's button of a visit or a work slip that turns it into a complaint (the page's
#: ``to_complaint`` calls :func:`open_from_record`); not on a void record, nor on a slip whose reply is
#: being verified (its verification, or a redo, answers the customer first)
TO_COMPLAINT = RecordButton("toComplaint", T("Complaints", "Turn into a complaint"), "", "to_complaint",
                            enabled=lambda view: view.status not in ("void", "replied"))


def flag_open_complaints(form, db, actor, bar) -> None:
    """Point out, as the desk types, that a caller's room or phone has an open complaint (the work log's
    quick entry and any form with ``room`` and ``phone`` fields)."""
    def check() -> None:
        found = complaints.open_for(db, actor, room=form.value("room"), phone=form.value("phone"))
        if found:
            bar.warning(QCoreApplication.translate("Complaints", "This caller has an open complaint: {numbers}")
                        .format(numbers="、".join(found)))
    for key in ("room", "phone"):
        widget = form.widgets.get(key)
        if widget is not None and hasattr(widget, "editingFinished"):
            widget.editingFinished.connect(check)
