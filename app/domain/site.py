"""装修现场管理 — renovation site supervision (DOMAIN.md §4.7): permissions, the patrol's checklist, presence
and stage, and two declared workflows.

* the **patrol** (装修巡查, XC…) of a renovation case 装修中/停工: recorded clean (正常), or with a violation
  (发现违章) that is corrected on the spot or answered with a notice;
* the **violation notice** (违章整改通知书, WG…): ``待整改 → 已整改（复查合格）→ 关闭``; side branch
  ``待整改 → 逾期未改 → 停工 → 已上报``. Its deadline is the ``rectify`` clock (the notice's ``deadline``); the
  stop-work is the renovation case's own ``stop`` transition, done in the same transaction, and the case
  resumes when the notice is rectified.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from app.domain.enums import LabelledEnum, StaffRole
from app.domain.errors import ValidationError
from app.domain.fields import FieldSpec
from app.domain.permissions import declare
from app.domain.workflow import STAY, Clock, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T

S, ST, R, C = StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK

_GROUP = T("Permission", "Renovation site supervision")
SITE_VIEW = declare("site.view", T("Permission", "View renovation patrols and violation notices"), _GROUP,
                    S, ST, R, C)
SITE_PATROL = declare("site.patrol", T("Permission", "Patrol renovation sites and issue violation notices"),
                      _GROUP, S, ST)
SITE_REPORT = declare("site.report", T("Permission", "Report an unrectified violation to the authorities"),
                      _GROUP, S)

PATROL_KIND = "site_patrol"
NOTICE_KIND = "site_notice"
PATROL_DOC_TYPE = "XC"
NOTICE_DOC_TYPE = "WG"
#: the renovation case's states a patrol is possible in (§4.7 Validation)
PATROLLED = ("active", "stopped")


class CheckItem(LabelledEnum):
    """The patrol's checklist (§4.7 step 2), in the order of the 装修巡查记录表."""

    PERMIT = ("permit", T("Enum", "Permit posted"), "许可证张贴")
    PASSES = ("passes", T("Enum", "Workers wear valid passes"), "佩证上岗")
    HOURS = ("hours", T("Enum", "Approved hours kept"), "施工时间")
    EXTINGUISHERS = ("extinguishers", T("Enum", "Two fire extinguishers on site"), "灭火器")
    LODGING = ("lodging", T("Enum", "Nobody sleeping on site unregistered"), "留宿")
    PROTECTION = ("protection", T("Enum", "Pipes and drains protected"), "管道保护")
    RUBBISH = ("rubbish", T("Enum", "Rubbish bagged in the designated place"), "垃圾清运")
    PROHIBITED = ("prohibited", T("Enum", "No prohibited works"), "违禁作业")


class CheckResult(LabelledEnum):
    OK = ("ok", T("Enum", "OK"), "合格")
    VIOLATION = ("violation", T("Enum", "Violation"), "违规")


class Presence(LabelledEnum):
    PRESENT = ("present", T("Enum", "Someone there"), "有人")
    ABSENT = ("absent", T("Enum", "Nobody there"), "无人")
    REFUSED = ("refused", T("Enum", "Refused to open"), "拒不开门")


#: the prohibited works of §4.7 step 2, offered when a notice's items are typed
PROHIBITED_WORKS = ("拆改承重墙、梁、柱", "移动燃气表或燃气管道", "拆除烟道、排气道", "外装防盗网", "拆除原有栏杆",
                    "入户门外移", "移动暖气片", "给水管暗埋", "扩大卫生间", "破坏防水层", "改变外立面或阳台",
                    "安装太阳能热水器", "空调外机未装在指定位置")
STAGES = ("剔凿", "水电改造", "泥瓦铺砖", "木工", "油漆粉刷", "安装橱柜", "基本完工", "完工")

MSG_NOT_WORKING = T("Site", "{room}'s renovation case {number} is {state}: only a case renovating or stopped "
                            "is patrolled")
MSG_FINDING = T("Site", "Describe what was found for “{item}”")
MSG_NO_ITEMS = T("Site", "List at least one violation item on the notice")
MSG_DEADLINE = T("Site", "The rectification deadline must be after the notice is issued ({at})")
MSG_SIGNED = T("Site", "Write who signed for the notice, or tick that the signature was refused")
MSG_NOT_DUE = T("Site", "The notice is due {at}: it is not overdue yet")
MSG_HELD = T("Site", "Violation notice {number} ({state}) keeps the work stopped: work resumes when its re-check "
                     "passes")
MSG_NO_CASE_STOP = T("Site", "The renovation case {number} is {state}: work cannot be stopped")


def _finding_needed(key: str) -> Callable[[Mapping[str, Any]], bool]:
    return lambda values: values.get(key) == CheckResult.VIOLATION.value


def line_fields(item: CheckItem) -> tuple[FieldSpec, FieldSpec]:
    """A checklist line: OK or a violation, and what was found (needed for a violation)."""
    return (FieldSpec(f"ok_{item.value}", item.label, "choice", choices=CheckResult, required=True,
                      default=CheckResult.OK.value),
            FieldSpec(f"find_{item.value}", T("Site", "Finding"), max_len=100,
                      required_when=_finding_needed(f"ok_{item.value}")))


LINES = {item: line_fields(item) for item in CheckItem}
PATROLLED_AT = FieldSpec("patrolled_at", T("Site", "Patrolled at"), "datetime", required=True, default=datetime.now)
PRESENCE = FieldSpec("presence", T("Site", "On site"), "choice", choices=Presence, required=True,
                     default=Presence.PRESENT.value, column="presence")
WORKERS = FieldSpec("workers", T("Site", "Workers on site"), "int", lo=0, hi=200)
STAGE = FieldSpec("stage", T("Site", "Stage of work"), max_len=30, suggestions=STAGES,
                  placeholder=T("Site", "Tiling, painting …"), column="stage")
#: the room a patrol or a notice is of (the lists show it and search it)
ROOM = FieldSpec("room_code", T("Site", "Room"), column="room_code")
NOTES = FieldSpec("notes", T("Site", "Notes"), "multiline", max_len=300, wide=True)
PHOTOS = FieldSpec("photos", T("Site", "Photos"), "attachment", wide=True)
#: a patrol as its dialog asks it
PATROL_FORM = (PATROLLED_AT, PRESENCE, WORKERS, STAGE, *(spec for item in CheckItem for spec in LINES[item]),
               NOTES, PHOTOS)

# the notice's fields (asked by the patrol's "issue a notice")
ITEMS = FieldSpec("items", T("Site", "Violation items"), "multiline", required=True, max_len=300, wide=True,
                  suggestions=PROHIBITED_WORKS)
CLAUSE = FieldSpec("clause", T("Site", "Rule or clause"), max_len=100, wide=True,
                   placeholder=T("Site", "装修管理服务协议第五条"))
REQUIREMENT = FieldSpec("requirement", T("Site", "Rectification required"), "multiline", required=True,
                        max_len=300, wide=True)
DEADLINE = FieldSpec("deadline", T("Site", "Rectify by"), "datetime", required=True)
STOP_WORK = FieldSpec("stop_work", T("Site", "Stop work at once (major violation)"), "bool")
DEDUCTION = FieldSpec("deduction", T("Site", "Estimated deduction"), "money")
RECEIVER = FieldSpec("receiver", T("Site", "Signed for by (owner or site head)"), max_len=30)
REFUSED = FieldSpec("refused", T("Site", "Refused to sign"), "bool")
COMPLAINT_NO = FieldSpec("complaint_no", T("Site", "Neighbour's complaint no."), max_len=30,
                         placeholder=T("Site", "TS…"))
NOTICE_FIELDS = (ITEMS, CLAUSE, REQUIREMENT, DEADLINE, STOP_WORK, DEDUCTION, RECEIVER, REFUSED, COMPLAINT_NO)
RESULT = FieldSpec("note", T("Site", "Re-check result"), "multiline", required=True, max_len=300, wide=True)
NEW_DEADLINE = FieldSpec("deadline", T("Site", "New deadline"), "datetime")
AUTHORITY = FieldSpec("authority", T("Site", "Reported to"), required=True, max_len=60,
                      placeholder=T("Site", "街道城管执法中队"))

# ------------------------------------------------------------------------------------------ workflows

PATROL_STATES = [
    State("recorded", T("State", "No violation"), terminal=True, print_label="正常"),
    State("violation", T("State", "Violation found"), tone="attention", print_label="发现违章"),
    State("corrected", T("State", "Corrected on the spot"), terminal=True, print_label="当场整改"),
    State("noticed", T("State", "Notice issued"), terminal=True, print_label="已开整改通知"),
]

PATROL = register(Workflow(
    PATROL_KIND, label=T("Workflow", "Renovation patrols"), doc_type=PATROL_DOC_TYPE, states=PATROL_STATES,
    initial="violation", also_initial=("recorded",), fields=(ROOM, PRESENCE, STAGE),
    created_label=T("Site", "Patrolled"),
    transitions=[
        Transition("issue_notice", "violation", "noticed", label=T("Action", "Issue a violation notice"),
                   permission=SITE_PATROL, fields=NOTICE_FIELDS, note=False),
        Transition("corrected", "violation", "corrected", label=T("Action", "Corrected on the spot"),
                   permission=SITE_PATROL, needs_note=True),
    ]))

NOTICE_STATES = [
    State("issued", T("State", "Awaiting rectification"), tone="attention", print_label="待整改"),
    State("lapsed", T("State", "Not rectified in time"), tone="attention", print_label="逾期未改"),
    State("stopped", T("State", "Work stopped"), tone="attention", print_label="停工"),
    State("reported", T("State", "Reported to the authorities"), tone="attention", print_label="已上报"),
    State("rectified", T("State", "Rectified, re-check passed"), print_label="已整改（复查合格）"),
    State("closed", T("State", "Closed"), terminal=True, print_label="关闭"),
]
_OPEN = ("issued", "lapsed", "stopped", "reported")

NOTICE = register(Workflow(
    NOTICE_KIND, label=T("Workflow", "Violation notices"), doc_type=NOTICE_DOC_TYPE, states=NOTICE_STATES,
    initial="issued", fields=(ROOM, ITEMS, DEADLINE, STOP_WORK, COMPLAINT_NO), created_label=T("Site", "Issued"),
    transitions=[
        Transition("recheck_fail", _OPEN, STAY,
                   label=T("Action", "Re-check: not rectified"), permission=SITE_PATROL,
                   fields=(RESULT, NEW_DEADLINE)),
        Transition("recheck_pass", _OPEN, "rectified", label=T("Action", "Re-check passed"),
                   permission=SITE_PATROL, fields=(RESULT,)),
        Transition("lapse", "issued", "lapsed", label=T("Action", "Mark overdue"), permission=SITE_PATROL,
                   guard=lambda n: None if n.due_at is None or n.now >= n.due_at
                   else MSG_NOT_DUE.format(at=f"{n.due_at:%Y-%m-%d %H:%M}")),
        Transition("stop_work", ("issued", "lapsed"), "stopped", label=T("Action", "Stop the work"),
                   permission=SITE_PATROL, needs_note=True),
        Transition("report", ("lapsed", "stopped"), "reported", label=T("Action", "Report to the authorities"),
                   permission=SITE_REPORT, fields=(AUTHORITY,)),
        Transition("close", "rectified", "closed", label=T("Action", "Close"), permission=SITE_PATROL),
    ],
    clocks=[Clock("rectify", label=T("Clock", "Rectify by"), start_on="issued",
                  stop_on=("rectified", "closed"), param=None, due_field="deadline")]))

OPEN_NOTICE_STATES = _OPEN
#: a notice in these states keeps its case stopped: the case resumes only when its re-check passes
HOLDING = ("stopped", "reported")


# ------------------------------------------------------------------------------------------ rules

def violations(values: Mapping[str, Any]) -> list[CheckItem]:
    """The checklist lines marked violation; each needs its finding (named line by line)."""
    wrong = [item for item in CheckItem if values.get(f"ok_{item.value}") == CheckResult.VIOLATION.value]
    for item in wrong:
        if not (values.get(f"find_{item.value}") or "").strip():
            raise ValidationError(MSG_FINDING.format(item=item.label), f"find_{item.value}")
    return wrong


def check_notice(values: Mapping[str, Any], issued_at: datetime) -> None:
    """§4.7 Validation: items not empty, the deadline after the issue, signed for or refused."""
    if not (values.get("items") or "").strip():
        raise ValidationError(MSG_NO_ITEMS, "items")
    deadline = values.get("deadline")
    if deadline is None or deadline <= issued_at:
        raise ValidationError(MSG_DEADLINE.format(at=f"{issued_at:%Y-%m-%d %H:%M}"), "deadline")
    if not (values.get("receiver") or "").strip() and not values.get("refused"):
        raise ValidationError(MSG_SIGNED, "receiver")


def due_today(last: date | None, since: date, day: date, every_days: int) -> tuple[bool, bool]:
    """(due, missed) of a case on ``day``: due when the last patrol is ``every_days`` or more before the day
    (or there was none); missed when a due day before this one passed without a patrol (counted from the
    permit's issue, ``since``, when there was none)."""
    if last is not None and last >= day:
        return False, False
    gap = (day - (last or since)).days
    return last is None or gap >= every_days, gap > every_days
