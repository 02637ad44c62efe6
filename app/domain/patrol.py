"""公共区域巡查 — common-area inspection (DOMAIN.md §4.10): permissions, codes, the two declared workflows and
their pure rules.

Two records, two workflows:

* a **patrol** (巡查, XJ…): one round of a route by one inspector, recorded checkpoint by checkpoint
  (正常/异常); ``planned → in_progress → completed``. A patrol that was planned and never done is *missed*,
  derived from its date, never stored;
* a **finding** (巡查问题, ZG…): something wrong found on a patrol (or ad hoc) with its location, category,
  photo, responsible department and due date: ``open (待派单) → assigned (已派单) → fixed (待验证) → closed
  (已关闭)``; an extension is requested by the steward and approved (or refused) by the supervisor, which
  moves the due date; a resident's breach goes on as a violation (转违章); a fix that does not hold on
  verification goes back to the department, due when it was.

The due date is the finding's ``fix`` clock (parameter ``patrol.issue_fix_days``; an approved extension
sets it through ``extended_to``), kept in the clock index, so overdue is derived, never stored. The fields
are declared once below: the dialogs, the service's parsing and the timeline read them.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

from app.domain.enums import LabelledEnum, StaffRole
from app.domain.errors import ValidationError
from app.domain.fields import VOID_REASON, FieldSpec, pictures_only
from app.domain.permissions import declare
from app.domain.relay import TARGET_DEPARTMENTS, Priority
from app.domain.workflow import STAY, Clock, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

S, ST, R, C = StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK

# ------------------------------------------------------------------------------------------ permissions

_GROUP = T("Permission", "Common-area patrol")
PATROL_VIEW = declare("patrol.view", T("Permission", "View patrols and findings"), _GROUP, S, ST, R, C)
PATROL_RECORD = declare("patrol.record", T("Permission", "Record patrols and findings, assign and report fixes"),
                        _GROUP, S, ST)
PATROL_VERIFY = declare("patrol.verify", T("Permission", "Verify fixes, void patrols and findings"), _GROUP, S)
PATROL_EXTEND = declare("patrol.extend", T("Permission", "Approve extensions of patrol findings"), _GROUP, S)
PATROL_ROUTES = declare("patrol.routes", T("Permission", "Manage patrol routes and checkpoints"), _GROUP, S)

PATROL_KIND = "patrol"
ISSUE_KIND = "patrol_issue"
ROUTE_KIND = "patrol_route"
PATROL_DOC = "XJ"
ISSUE_DOC = "ZG"
#: states in which a finding still waits for its fix (its fix clock runs)
AWAITING_FIX = ("open", "assigned", "extension")


# ------------------------------------------------------------------------------------------ codes

class Shift(LabelledEnum):
    MORNING = ("morning", T("Enum", "Morning"))
    AFTERNOON = ("afternoon", T("Enum", "Afternoon"))
    NIGHT = ("night", T("Enum", "Night"))
    AD_HOC = ("ad_hoc", T("Enum", "Ad hoc (storm, complaint)"), "临时")


class CheckResult(LabelledEnum):
    NORMAL = ("normal", T("CheckResult", "Normal"))
    ABNORMAL = ("abnormal", T("CheckResult", "Abnormal"))


class IssueCategory(LabelledEnum):
    FACILITY = ("facility", T("Enum", "Facilities"))
    CLEANING = ("cleaning", T("Enum", "Cleaning"))
    GREENERY = ("greenery", T("Enum", "Greenery"))
    ORDER = ("order", T("Enum", "Order and security"))
    FIRE = ("fire", T("Enum", "Fire safety"))
    VIOLATION = ("violation", T("Enum", "Violation"))
    OTHER = ("other", T("Enum", "Other"))


class Severity(LabelledEnum):
    MINOR = ("minor", T("Enum", "Minor"))
    SERIOUS = ("serious", T("Enum", "Serious"))
    MAJOR = ("major", T("Enum", "Major (report to the manager)"), "重大")


class ReportMethod(LabelledEnum):
    """How a major finding was reported to the manager (上报经理)."""

    PHONE = ("phone", T("Enum", "By phone"), "电话")
    IN_PERSON = ("in_person", T("Enum", "In person"), "当面")
    WECHAT = ("wechat", T("Enum", "WeChat"), "微信")
    WRITTEN = ("written", T("Enum", "In writing"), "书面")


# ------------------------------------------------------------------------------------------ rules

def check_new_due(new_due: date | datetime | None, current_due: datetime, now: datetime,
                  max_days: int = 90, field: str = "new_due") -> datetime:
    """An extension's new due date: after the current due date and now, at most ``max_days`` later.
    A date alone means the end of that day."""
    if new_due is None:
        raise ValidationError(T("Patrol", "Give the new due date"), field)
    if not isinstance(new_due, datetime):
        new_due = datetime.combine(new_due, datetime.max.time()).replace(microsecond=0)
    if new_due <= current_due:
        raise ValidationError(T("Patrol", "The new due date must be after the current one ({due})").format(
            due=f"{current_due:%Y-%m-%d %H:%M}"), field)
    if new_due <= now:
        raise ValidationError(T("Patrol", "The new due date must be in the future"), field)
    if new_due > current_due + timedelta(days=max_days):
        raise ValidationError(T("Patrol", "An extension is at most {n} days").format(n=max_days), field)
    return new_due


def day_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    start = datetime.combine(first, datetime.min.time()) if first else None
    end = datetime.combine(last + timedelta(days=1), datetime.min.time()) if last else None
    return start, end


def is_missed(status: str, patrol_date: date, today: date) -> bool:
    """漏检: a round planned for a day that has passed and never started (derived, never stored)."""
    return status == "planned" and patrol_date < today


MSG_MISSED = T("Patrol", "This round was planned for {day} and never walked: it is missed (漏检) and cannot be "
                         "started now; plan a new round")


MSG_NOT_MAJOR = T("Patrol", "Only a major (重大) finding is reported to the manager")
MSG_REPORTED = T("Patrol", "This finding was already reported to the manager")


def _major_only(i: Any) -> Text | None:
    """上报经理 belongs to major findings only (§4.10 step 4: major issues → the manager)."""
    return None if i.severity == Severity.MAJOR.value else MSG_NOT_MAJOR


def _not_reported(i: Any) -> Text | None:
    return MSG_REPORTED if getattr(i, "reported", False) else None


def _startable(p: Any) -> Text | None:
    today = getattr(p, "today", None) or date.today()
    if is_missed(p.status, p.patrol_date, today):
        return MSG_MISSED.format(day=p.patrol_date.isoformat())
    return None


def completion_rate(done_per_day: dict[date, int], per_day: int, first: date, last: date) -> float | None:
    """巡查完成率: patrols done ÷ planned (``per_day`` a day from ``first`` to ``last``); a day's extra
    patrols do not make up for a missed one."""
    days = (last - first).days + 1
    planned = per_day * days
    if planned <= 0:
        return None
    done = sum(min(done_per_day.get(first + timedelta(days=k), 0), per_day) for k in range(days))
    return done / planned


# ------------------------------------------------------------------------------------------ fields

SHIFT = FieldSpec("shift", T("Patrol", "Shift"), "choice", choices=Shift, required=True,
                  default=Shift.MORNING.value)
SUMMARY = FieldSpec("summary", T("Field", "Summary"), "multiline", max_len=1000, wide=True, column="summary")
#: the result at a checkpoint (the service passes them to the hidden action ``check``)
CHECKPOINT = FieldSpec("checkpoint", T("Patrol", "Checkpoint"), "int", required=True, lo=1)
RESULT = FieldSpec("result", T("Patrol", "Result"), "choice", choices=CheckResult, required=True,
                   default=CheckResult.NORMAL.value)
SEEN = FieldSpec("note", T("Patrol", "What was seen"), max_len=200, wide=True)
PHOTO = FieldSpec("photo", T("Patrol", "Photo"), "attachment", wide=True,
                  check=pictures_only(T("Patrol", "A photo is a .jpg, .jpeg, .png, .heic or .bmp file")))

LOCATION = FieldSpec("location", T("Patrol", "Location"), required=True, max_len=100,
                     placeholder=T("Patrol", "e.g. 1号楼3层消防通道"))
CATEGORY = FieldSpec("category", T("Patrol", "Category"), "choice", choices=IssueCategory, required=True,
                     default=IssueCategory.FACILITY.value)
SEVERITY = FieldSpec("severity", T("Patrol", "Severity"), "choice", choices=Severity, required=True,
                     default=Severity.MINOR.value)
DEPT = FieldSpec("dept", T("Field", "Responsible department"), "choice", choices=TARGET_DEPARTMENTS)
DESCRIPTION = FieldSpec("description", T("Patrol", "Description"), "multiline", required=True, max_len=500,
                        wide=True)
ON_SITE = FieldSpec("handled_on_site", T("Patrol", "Fixed on the spot"), "bool")
FIX_NOTE = FieldSpec("fix_note", T("Field", "What was done"), max_len=200, column="fix_note",
                     required_when=lambda v: v.get("handled_on_site") is True)
ROUTE_NAME = FieldSpec("name", T("Patrol", "Route"), required=True, max_len=40)
AREA = FieldSpec("area", T("Patrol", "Area"), max_len=100)
ORDER = FieldSpec("sort_order", T("Patrol", "Order"), "int", placeholder="0")
IN_USE = FieldSpec("active", T("Patrol", "In use"), "bool", default=True)
ROUTE_FIELDS = (ROUTE_NAME, AREA, ORDER, IN_USE)
CHECKPOINT_FIELDS = (
    FieldSpec("name", T("Patrol", "Checkpoint"), required=True, max_len=40),
    FieldSpec("location", T("Patrol", "Location"), max_len=100),
    FieldSpec("items", T("Patrol", "What to check"), max_len=200,
              placeholder=T("Patrol", "e.g. lights, fire doors, exit signs, escape route clear")),
    FieldSpec("seq", T("Patrol", "Order"), "int", placeholder=T("Patrol", "last")),
    IN_USE)
#: a finding as recorded (ad hoc, or at a checkpoint of a round)
ISSUE_FIELDS = (LOCATION, CATEGORY, SEVERITY, DEPT, DESCRIPTION, PHOTO, ON_SITE, FIX_NOTE)

SLIP_NO = FieldSpec("relay_slip_no", T("Patrol", "Work slip no."), max_len=30, column="relay_slip_no",
                    placeholder=T("Patrol", "LX… if a slip was already sent"), check=lambda v, _values: v.upper())
TO_DEPT = FieldSpec("to_dept", T("Patrol", "Department"), "choice", choices=TARGET_DEPARTMENTS, required=True)
PRIORITY = FieldSpec("priority", T("Patrol", "Priority"), "choice", choices=Priority, default=Priority.NORMAL.value)
COMPLETE_BY = FieldSpec("required_date", T("Patrol", "Complete by"), "date", required=True,
                        default=lambda: date.today() + timedelta(days=1))
NEW_DUE = FieldSpec("new_due", T("Field", "New due date"), "date", required=True)
EXTENDED_TO = FieldSpec("extended_to", T("Patrol", "Due after the extension"), "datetime")
EXTENDED_FROM = FieldSpec("extended_from", T("Patrol", "Due before"), "datetime")
#: 上报经理: who was told, when, how (the note says what they said)
MANAGER = FieldSpec("manager", T("Patrol", "Manager told"), required=True, max_len=30,
                    placeholder=T("Patrol", "Name of the manager"))
REPORTED_AT = FieldSpec("reported_at", T("Patrol", "Reported at"), "datetime",
                        placeholder=T("Patrol", "14:05 or 2025-06-12 14:05; empty: now"))
REPORT_METHOD = FieldSpec("report_method", T("Patrol", "Reported how"), "choice", choices=ReportMethod,
                          required=True, default=ReportMethod.PHONE.value)
REPORT_FIELDS = (MANAGER, REPORTED_AT, REPORT_METHOD)


# ------------------------------------------------------------------------------------------ workflows

PATROL = register(Workflow(
    PATROL_KIND, label=T("Workflow", "Common-area patrol"), doc_type=PATROL_DOC,
    created_label=T("Patrol", "Recorded"),
    states=[
        State("planned", T("State", "Planned")),
        State("in_progress", T("PatrolState", "In progress"), tone="attention"),
        State("completed", T("State", "Completed"), terminal=True),
        State("void", T("State", "Void"), terminal=True),
    ],
    initial="planned",
    transitions=[
        Transition("start", "planned", "in_progress", label=T("Action", "Start the round"),
                   permission=PATROL_RECORD, guard=_startable),
        Transition("check", "in_progress", "in_progress", label=T("Patrol", "Record a checkpoint"),
                   permission=PATROL_RECORD, hidden=True, fields=(CHECKPOINT, RESULT, SEEN, PHOTO)),
        Transition("complete", "in_progress", "completed", label=T("Action", "Complete the round"),
                   permission=PATROL_RECORD, fields=(SUMMARY,), note=False),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=PATROL_VERIFY,
                   fields=(VOID_REASON,)),
    ]))

ISSUE = register(Workflow(
    ISSUE_KIND, label=T("Workflow", "Patrol finding"), doc_type=ISSUE_DOC, created_label=T("Patrol", "Recorded"),
    states=[
        State("open", T("State", "To assign"), tone="attention"),
        State("assigned", T("State", "Assigned")),
        State("extension", T("State", "Extension requested"), tone="attention"),
        State("fixed", T("State", "To verify"), tone="attention"),
        State("closed", T("State", "Closed"), terminal=True, print_label="已关闭"),
        State("to_violation", T("State", "Turned into a violation"), terminal=True),
        State("void", T("State", "Void"), terminal=True),
    ],
    initial="open", fields=ISSUE_FIELDS, event_fields=(EXTENDED_TO, EXTENDED_FROM),
    transitions=[
        Transition("assign", "open", "assigned", label=T("Action", "Assign to the department"),
                   permission=PATROL_RECORD, fields=(replace(DEPT, required=True, column="dept"), SLIP_NO)),
        Transition("send_slip", "open", "assigned", label=T("Patrol", "Send as work slip"),
                   permission=PATROL_RECORD, fields=(TO_DEPT, PRIORITY, COMPLETE_BY)),
        Transition("fix", ("open", "assigned"), "fixed", label=T("Action", "Report fixed"),
                   permission=PATROL_RECORD, fields=(replace(FIX_NOTE, required=True, required_when=None),
                                                     replace(PHOTO, key="fix_photo",
                                                             label=T("Patrol", "Photo after the fix")))),
        Transition("request_extension", "assigned", "extension", label=T("Action", "Request an extension"),
                   permission=PATROL_RECORD, fields=(NEW_DUE,), needs_note=True),
        Transition("approve_extension", "extension", "assigned", label=T("Action", "Approve the extension"),
                   permission=PATROL_EXTEND),
        Transition("refuse_extension", "extension", "assigned", label=T("Action", "Refuse the extension"),
                   permission=PATROL_EXTEND, needs_note=True),
        Transition("report_manager", ("open", "assigned", "extension", "fixed"), STAY,
                   label=T("Action", "Report to the manager"), permission=PATROL_RECORD, fields=REPORT_FIELDS,
                   effective="reported_at", scope=_major_only, guard=_not_reported),
        Transition("verify", "fixed", "closed", label=T("Action", "Verify on site"), permission=PATROL_VERIFY),
        Transition("reject_fix", "fixed", "assigned", label=T("Action", "Not fixed: send back"),
                   permission=PATROL_VERIFY, needs_note=True),
        Transition("to_violation", ("open", "assigned"), "to_violation",
                   label=T("Action", "Turn into a violation case"), permission=PATROL_VERIFY, needs_note=True),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=PATROL_VERIFY,
                   fields=(VOID_REASON,)),
    ],
    clocks=[Clock("fix", label=T("Clock", "Fix"), start_on=AWAITING_FIX,
                  stop_on=("fixed", "closed", "to_violation", "void"), param="patrol.issue_fix_days",
                  due_field="extended_to"),
            # a major finding is reported to the manager within patrol.escalate_hours (上报经理, §4.10 step 4)
            Clock("report", label=T("Clock", "Report to the manager"), start_on="open",
                  stop_on=("closed", "to_violation", "void"), stop_by=("report_manager",),
                  param="patrol.escalate_hours", when=lambda f: f.get("severity") == Severity.MAJOR.value)]))

ISSUE_OPEN = ISSUE.open_states
