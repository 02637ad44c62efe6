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
  verification goes back to the department. Overdue is derived from the stored due date.

The due date is computed from the ``fix`` clock (parameter ``patrol.issue_fix_days``) when the finding is
recorded and stored, so overdue lists run on an index; an approved extension replaces it.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

from app.domain.enums import LabelledEnum, StaffRole
from app.domain.errors import ValidationError
from app.domain.permissions import declare
from app.domain.workflow import Clock, State, Transition, Workflow, register
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


# ------------------------------------------------------------------------------------------ codes

class Shift(LabelledEnum):
    MORNING = ("morning", T("Enum", "Morning"))
    AFTERNOON = ("afternoon", T("Enum", "Afternoon"))
    NIGHT = ("night", T("Enum", "Night"))
    AD_HOC = ("ad_hoc", T("Enum", "Ad hoc (storm, complaint)"))


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
    MAJOR = ("major", T("Enum", "Major (report to the manager)"))


#: printed (Chinese) words of the codes
ZH: dict[str, str] = {
    "morning": "上午", "afternoon": "下午", "night": "夜间", "ad_hoc": "临时",
    "normal": "正常", "abnormal": "异常",
    "facility": "设施", "cleaning": "卫生", "greenery": "绿化", "order": "秩序", "fire": "消防",
    "violation": "违章", "other": "其他",
    "minor": "一般", "serious": "较重", "major": "重大",
    "planned": "计划", "in_progress": "进行中", "completed": "已完成", "void": "作废",
    "open": "待派单", "assigned": "已派单", "extension": "延期待批", "fixed": "待验证", "closed": "已关闭",
    "to_violation": "转违章",
}


# ------------------------------------------------------------------------------------------ workflows

PATROL_FIELDS: dict[str, Text] = {"summary": T("Field", "Summary")}

PATROL = register(Workflow(
    PATROL_KIND, label=T("Workflow", "Common-area patrol"), doc_type=PATROL_DOC,
    states=[
        State("planned", T("State", "Planned")),
        State("in_progress", T("PatrolState", "In progress")),
        State("completed", T("State", "Completed"), terminal=True),
        State("void", T("State", "Void"), terminal=True),
    ],
    initial="planned",
    transitions=[
        Transition("start", "planned", "in_progress", label=T("Action", "Start the round"),
                   permission=PATROL_RECORD),
        Transition("complete", "in_progress", "completed", label=T("Action", "Complete the round"),
                   permission=PATROL_RECORD),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=PATROL_VERIFY,
                   requires=("reason",)),
    ],
    fields=PATROL_FIELDS))

ISSUE_FIELDS: dict[str, Text] = {
    "dept": T("Field", "Responsible department"),
    "new_due": T("Field", "New due date"),
    "fix_note": T("Field", "What was done"),
}

ISSUE = register(Workflow(
    ISSUE_KIND, label=T("Workflow", "Patrol finding"), doc_type=ISSUE_DOC,
    states=[
        State("open", T("State", "To assign")),
        State("assigned", T("State", "Assigned")),
        State("extension", T("State", "Extension requested")),
        State("fixed", T("State", "To verify")),
        State("closed", T("State", "Closed"), terminal=True),
        State("to_violation", T("State", "Turned into a violation"), terminal=True),
        State("void", T("State", "Void"), terminal=True),
    ],
    initial="open",
    transitions=[
        Transition("assign", "open", "assigned", label=T("Action", "Assign to the department"),
                   permission=PATROL_RECORD, requires=("dept",)),
        Transition("fix", ("open", "assigned"), "fixed", label=T("Action", "Report fixed"),
                   permission=PATROL_RECORD, requires=("fix_note",)),
        Transition("request_extension", "assigned", "extension", label=T("Action", "Request an extension"),
                   permission=PATROL_RECORD, requires=("new_due",), needs_note=True),
        Transition("approve_extension", "extension", "assigned", label=T("Action", "Approve the extension"),
                   permission=PATROL_EXTEND),
        Transition("refuse_extension", "extension", "assigned", label=T("Action", "Refuse the extension"),
                   permission=PATROL_EXTEND, needs_note=True),
        Transition("verify", "fixed", "closed", label=T("Action", "Verify on site"), permission=PATROL_VERIFY),
        Transition("reject_fix", "fixed", "assigned", label=T("Action", "Not fixed: send back"),
                   permission=PATROL_VERIFY, needs_note=True),
        Transition("to_violation", ("open", "assigned"), "to_violation",
                   label=T("Action", "Turn into a violation case"), permission=PATROL_VERIFY, needs_note=True),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=PATROL_VERIFY,
                   requires=("reason",)),
    ],
    clocks=[Clock("fix", label=T("Clock", "Fix"), start_on="open",
                  stop_on=("fixed", "closed", "to_violation", "void"), param="patrol.issue_fix_days")],
    fields=ISSUE_FIELDS))

#: states in which a finding still waits for its fix (its due date counts)
AWAITING_FIX = ("open", "assigned", "extension")
PATROL_OPEN = PATROL.open_states
ISSUE_OPEN = ISSUE.open_states


def patrol_state_label(state: str) -> Text | str:
    try:
        return PATROL.state(state).label
    except KeyError:
        return state


def issue_state_label(state: str) -> Text | str:
    try:
        return ISSUE.state(state).label
    except KeyError:
        return state


# ------------------------------------------------------------------------------------------ rules

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".heic", ".bmp")
PHOTO_MAX = 260


def check_photo(path: str | None, field: str = "photo") -> str:
    """A photo's file path (the app keeps the path, not the picture): an image file name, at most 260
    characters."""
    text = (path or "").strip().strip('"')
    if not text:
        return ""
    if len(text) > PHOTO_MAX:
        raise ValidationError(T("Patrol", "A photo path has at most {n} characters").format(n=PHOTO_MAX), field)
    if not text.lower().endswith(PHOTO_SUFFIXES):
        raise ValidationError(T("Patrol", "A photo is a .jpg, .jpeg, .png, .heic or .bmp file"), field)
    return text


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


def is_issue_overdue(status: str, due_at: datetime | None, now: datetime, fixed_at: datetime | None = None) -> bool:
    """Still waiting for its fix after the due date, or fixed after it."""
    if due_at is None or status == "void":
        return False
    if status in AWAITING_FIX:
        return now > due_at
    return fixed_at is not None and fixed_at > due_at


def on_time(due_at: datetime | None, fixed_at: datetime | None) -> bool:
    return due_at is not None and fixed_at is not None and fixed_at <= due_at


def day_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    start = datetime.combine(first, datetime.min.time()) if first else None
    end = datetime.combine(last + timedelta(days=1), datetime.min.time()) if last else None
    return start, end


def completion_rate(done_per_day: dict[date, int], per_day: int, first: date, last: date) -> float | None:
    """巡查完成率: patrols done ÷ planned (``per_day`` a day from ``first`` to ``last``); a day's extra
    patrols do not make up for a missed one."""
    days = (last - first).days + 1
    planned = per_day * days
    if planned <= 0:
        return None
    done = sum(min(done_per_day.get(first + timedelta(days=k), 0), per_day) for k in range(days))
    return done / planned

