"""装修现场管理 — renovation site supervision (DOMAIN.md §4.7): the day's patrol list, the patrol with its
checklist, and the violation notices with their re-checks, stop-work and report.

Three record panes of the kit in tabs: the patrol list (every case 装修中/停工 by room, its last patrol, due and
missed flagged; the detail pane is the renovation case's, with its patrols and notices among its links), the
patrols (a violation answered with a notice from the kit's action dialog) and the notices. The page's own:
the columns, the patrol dialog (the checklist line by line, presence, stage, photos), the complaint link and
the day's 装修巡查记录表.

Keys: Ctrl+N patrol the case chosen in the list, Ctrl+P print, F5 refresh, Alt+1 … Alt+9 the actions.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.domain import site as SD
from app.domain.parameters import effective_value
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, records
from app.services import site as svc
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets import tones
from app.ui.widgets.form import Field
from app.ui.widgets.record_pane import ListButton, PaneSpec, PrintButton, RecordButton, RecordPage, when
from app.ui.widgets.table_model import Column


def _d(day: date | None) -> str:
    return f"{day:%Y-%m-%d}" if day else ""


def _flag(row: svc.DueRow) -> str:
    if row.missed:
        return str(T("Site", "Missed"))
    return str(T("Site", "Due today")) if row.due else str(T("Site", "Done"))


def _value(key: str):
    return lambda r: r.values.get(key, "")


DUE_COLUMNS = [
    Column("room", T("Site", "Room"), lambda r: r.room_code, 90),
    Column("patrol", T("Site", "Patrol"), _flag, 80, foreground=tones.row_brush),
    Column("last", T("Site", "Last patrol"), lambda r: _d(r.last_on) or str(T("Site", "never")), 92),
    Column("status", T("Site", "Case status"), lambda r: r.status_label, 90),
    Column("notices", T("Site", "Open notices"), lambda r: str(r.open_notices or ""), 80),
    Column("company", T("Site", "Contractor"), lambda r: r.company, 170),
    Column("until", T("Site", "Permit ends"), lambda r: _d(r.valid_until), 92),
    Column("number", T("Site", "Case"), lambda r: r.number, 130),
]

PATROL_COLUMNS = [
    Column("number", T("Site", "No."), lambda r: r.number, 140),
    Column("status", T("Site", "Result"), lambda r: r.status_label, 110, foreground=tones.row_brush),
    Column("room", T("Site", "Room"), _value("room_code"), 90),
    Column("presence", T("Site", "On site"), _value("presence"), 80),
    Column("stage", T("Site", "Stage of work"), _value("stage"), 100),
    Column("at", T("Site", "Patrolled at"), lambda r: when(r.created_at), 120),
]

NOTICE_COLUMNS = [
    Column("number", T("Site", "No."), lambda r: r.number, 140),
    Column("status", T("Site", "Status"), lambda r: r.status_label, 120, foreground=tones.row_brush),
    Column("room", T("Site", "Room"), _value("room_code"), 90),
    Column("items", T("Site", "Violation items"), _value("items"), 200),
    Column("deadline", T("Site", "Rectify by"), lambda r: when(r.deadline), 120, foreground=tones.row_brush),
]

DUE_PANE = PaneSpec(
    kind="renovation", settings_key="site/due", columns=DUE_COLUMNS, title=T("Site", "Patrol list"),
    list_fn=svc.patrol_list, count_fn=svc.count_patrol_list, statuses=list(svc.PATROL_FILTERS.items()),
    default_statuses=("all", "due", "missed"), counted=("due", "missed"),
    search_hint=T("Site", "Room (3-2-1502, 3-2-)"),
    choose_hint=T("Site", "Choose a site in the list and patrol it (Ctrl+N)."),
    empty_hint=T("Site", "No renovation is under way: a case appears here once its permit is issued."),
    empty_hints={"due": T("Site", "Every site has been patrolled today."),
                 "missed": T("Site", "No site has missed its patrol.")},
    report_title=T("Site", "Renovation patrol list"), new_label=T("Site", "&Patrol the site"),
    new_method="patrol", new_permission=SD.SITE_PATROL,
    buttons=[RecordButton("linkComplaint", T("Site", "Link a complaint…"), "", "link_complaint")],
    list_buttons=[ListButton("printDay", T("Site", "Print today's patrol register"), "print_day",
                             tooltip=T("Site", "装修巡查记录表 of today"))],
    prints=[PrintButton("renovation_acceptance", T("Site", "Acceptance form"), "printAcceptance")])

PATROL_PANE = PaneSpec.for_kind(
    SD.PATROL_KIND, "site/patrols", columns=PATROL_COLUMNS, title=T("Site", "Patrols"),
    statuses=[("open", T("Site", "Violations to answer")), *[(s.name, s.label) for s in SD.PATROL.states],
              ("all", T("Site", "All"))],
    default_statuses=("open",), search_hint=T("Site", "Room or XC No."),
    choose_hint=T("Site", "Choose a patrol: a violation is answered with a notice or corrected on the spot."),
    empty_hint=T("Site", "No violation waits for a notice."), defaults_method="action_defaults",
    report_title=T("Site", "Renovation patrols"),
    prints=[PrintButton("site_patrol_day", T("Site", "Patrol register of the day"), "printPatrolDay",
                        number=lambda v: v.detail.day.isoformat())])

NOTICE_PANE = PaneSpec.for_kind(
    SD.NOTICE_KIND, "site/notices", columns=NOTICE_COLUMNS, title=T("Site", "Violation notices"),
    statuses=[("open", T("Site", "Open")), ("overdue", T("Site", "Past the deadline")),
              *[(s.name, s.label) for s in SD.NOTICE.states], ("all", T("Site", "All"))],
    default_statuses=("open", "overdue"), counted=("overdue",), chips_row=True,
    search_hint=T("Site", "Room or WG No."),
    choose_hint=T("Site", "Choose a notice to record its re-check, stop the work or report it."),
    empty_hint=T("Site", "No violation notice is open."), defaults_method="action_defaults",
    report_title=T("Site", "Violation notices"),
    prints=[PrintButton("site_notice", T("Site", "Print the notice"), "printNotice")])


class PatrolDialog(EditorDialog):
    """装修巡查: a case's checklist, a line a row (OK or a violation and what was found), presence, stage,
    photos; ``context``: case_id, room."""

    form_key = "site_patrol"

    def __init__(self, window, context: dict) -> None:
        wide = {SD.NOTES.key, SD.PHOTOS.key}
        fields = [Field.from_spec(spec, span=2 if spec.key in wide else 1) for spec in SD.PATROL_FORM]
        super().__init__(window, "", fields, columns=4, context=context)
        self.window_ = window
        self.setObjectName("sitePatrolDialog")
        self.setWindowTitle(self.tr("Patrol {room}").format(room=context.get("room", "")))
        self.form.set_values(svc.blank_patrol(patrolled_at=base.now()))
        self.setMinimumWidth(1040)

    def submit(self, values: dict[str, Any]):
        patrol_id = svc.record_patrol(self.window_.db, self.window_.actor, self.context["case_id"], values)
        return (SD.PATROL_KIND, patrol_id)     # not the list's record (the list is of cases)


drafts.register("site_patrol", PatrolDialog)


class ComplaintLinkDialog(EditorDialog):
    """A neighbour's complaint about the renovation linked to the case; ``context``: case_id, number."""

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", [Field("complaint_no", SD.COMPLAINT_NO.label, required=True, max_len=30,
                                            placeholder=T("Site", "TS…"))], context=context)
        self.window_ = window
        self.setObjectName("siteComplaintDialog")
        self.setWindowTitle(self.tr("Link a complaint to {number}").format(number=context.get("number", "")))

    def submit(self, values: dict[str, Any]):
        svc.link_complaint(self.window_.db, self.window_.actor, self.context["case_id"], values["complaint_no"])
        return (svc.PAGE, self.context["case_id"])


class SitePage(RecordPage):
    panes = (DUE_PANE, PATROL_PANE, NOTICE_PANE)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.due, self.patrols, self.notices = self.record_panes

    def _open(self, dialog: EditorDialog, done) -> EditorDialog:
        dialog.accepted.connect(done)
        dialog.show()
        self.dialog = dialog
        return dialog

    def patrol(self, _values: dict | None = None, view: records.RecordView | None = None):
        """The patrol dialog of the case chosen in the list."""
        view = view or self.due.view_data
        if view is None:
            self.bar.warning(self.tr("Choose a site in the patrol list first."))
            return None
        dialog = PatrolDialog(self.window_, {"case_id": view.id, "room": view.detail.room_code})
        return self._open(dialog, lambda: self._patrolled(dialog))

    def _patrolled(self, dialog: PatrolDialog) -> None:
        self.bar.info(self.tr("Patrol recorded."))
        result = getattr(dialog, "result_value", None)
        if isinstance(result, tuple) and result[0] == SD.PATROL_KIND:
            self.refresh()
            self.open_record(SD.PATROL_KIND, result[1])

    def link_complaint(self, view: records.RecordView | None):
        if view is None:
            return None
        dialog = ComplaintLinkDialog(self.window_, {"case_id": view.id, "number": view.number})
        return self._open(dialog, lambda: self.bar.info(self.tr("Complaint linked to the case.")))

    def print_day(self) -> None:
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "site_patrol_day", base.now().date().isoformat())

    def action_defaults(self, view: records.RecordView, action: str) -> dict:
        """A notice starts with the patrol's findings and the parameter's deadline; a re-check with none."""
        if action != "issue_notice":
            return {}
        from app.services import params
        with self.db.read() as s:
            hours = int(effective_value("renovation.rectification_hours", params.load(s)))
        return {"deadline": base.now().replace(second=0, microsecond=0) + timedelta(hours=hours),
                "items": view.detail.findings}


__all__ = ["SitePage", "PatrolDialog"]
