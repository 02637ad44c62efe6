"""值班日志 / 交接班 and 工作日志 (DOMAIN.md §2.6): the rules, without Qt or the database.

**Shifts.** The desk runs a day shift and a night shift whose start times are parameters
(``duty.day_shift_start`` 08:30, ``duty.night_shift_start`` 17:30). A night shift belongs to the date it
starts on (the night of 12 June runs 12 June 17:30 → 13 June 08:30). :func:`shift_at` finds the shift a
moment falls in; :func:`takeover_shift` the one a user who signs in now takes over — staff arrive about
15 minutes early, so within ``duty.early_takeover_minutes`` of a shift's start it is the coming one.

**Duty logs** (workflow ``duty_log``, numbered ``ZB{yyyyMMdd}-{seq}``). A duty log is one period at the
desk: it is opened when someone takes over (已阅/接班) and is ``on_duty`` while they work; colleagues who
sign in during the same shift join it. The outgoing user hands it over to a named colleague
(``hand_over``: carried-over items, front-desk keys, petty items, mail count), and it stays
``handed_over`` until the incoming user acknowledges it (``acknowledge``), which opens the next log. A log
nobody handed over is closed by the next user's takeover (``take_over``), and the duty log says so.

**Work log** (workflow ``work_log``, numbered ``GZ{yyyyMMdd}-{seq}``). One row per phone or counter
request. A row without a result is ``open``; it gets one by being answered (``answer``), transferred to
someone who will handle it (``transfer``, also what a conversion into another workflow's record does) or
closed (``close``). Open rows are flagged in the handover and at the end of the day; being flagged is
derived from the time, never stored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from app.domain.enums import LabelledEnum
from app.domain.errors import ValidationError
from app.domain.permissions import C, R, S, ST, declare
from app.domain.validation import check_phone, check_text
from app.domain.workflow import State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

# ----------------------------------------------------------------------------------------- permissions

_GROUP = T("Permission", "Duty log and work log")
DUTY_VIEW = declare("duty.view", T("Permission", "View the duty log"), _GROUP, S, ST, R, C)
DUTY_HANDOVER = declare("duty.handover", T("Permission", "Take over and hand over the shift"), _GROUP,
                        S, ST, R, C)
WORKLOG_VIEW = declare("worklog.view", T("Permission", "View the work log"), _GROUP, S, ST, R, C)
WORKLOG_WRITE = declare("worklog.write", T("Permission", "Log phone and counter requests"), _GROUP,
                        S, ST, R, C)
WORKLOG_REVIEW = declare("worklog.review", T("Permission", "Check the day's work log"), _GROUP, S)

# ----------------------------------------------------------------------------------------- enums


class ShiftKind(LabelledEnum):
    DAY = ("day", T("Enum", "Day shift"))
    NIGHT = ("night", T("Enum", "Night shift"))


class Channel(LabelledEnum):
    """How a request reached the desk; ``key`` is its quick-entry shortcut (Alt+1 … Alt+5)."""

    PHONE = ("phone", T("Channel", "Phone call"))
    VISIT = ("visit", T("Enum", "Counter visit"))
    LETTER = ("letter", T("Channel", "Letter"))
    WECHAT = ("wechat", T("Enum", "WeChat"))
    PATROL = ("patrol", T("Enum", "Found on patrol"))

    @property
    def key(self) -> str:
        return str(list(Channel).index(self) + 1)


class Category(LabelledEnum):
    """What the request is about; ``key`` is its quick-entry shortcut letter (Alt+letter), taken from
    the pinyin of the Chinese name the desk uses (咨询 Z, 报修 B, 投诉 T, 建议 J, 求助 Q, 表扬 Y, 其他 O)."""

    ENQUIRY = ("enquiry", T("Enum", "Enquiry"))
    REPAIR = ("repair", T("Enum", "Repair"))
    COMPLAINT = ("complaint", T("Enum", "Complaint"))
    SUGGESTION = ("suggestion", T("Enum", "Suggestion"))
    HELP = ("help", T("Enum", "Help"))
    PRAISE = ("praise", T("Enum", "Praise"))
    OTHER = ("other", T("Enum", "Other"))

    @property
    def key(self) -> str:
        return _CATEGORY_KEYS[self.value]


_CATEGORY_KEYS = {"enquiry": "Z", "repair": "B", "complaint": "T", "suggestion": "J", "help": "Q",
                  "praise": "Y", "other": "O"}


class DutyEventKind(LabelledEnum):
    MANUAL = ("manual", T("Enum", "Event"))
    WORKLOG = ("worklog", T("Enum", "Work log"))
    CONVERSION = ("conversion", T("Enum", "Converted"))


#: The paperwork is Chinese whatever the UI language (DESIGN.md §7).
ZH = {
    ShiftKind.DAY: "白班", ShiftKind.NIGHT: "夜班",
    Channel.PHONE: "来电", Channel.VISIT: "来访", Channel.LETTER: "来函", Channel.WECHAT: "微信",
    Channel.PATROL: "巡查发现",
    Category.ENQUIRY: "咨询", Category.REPAIR: "报修", Category.COMPLAINT: "投诉", Category.SUGGESTION: "建议",
    Category.HELP: "求助", Category.PRAISE: "表扬", Category.OTHER: "其他",
    DutyEventKind.MANUAL: "值班记事", DutyEventKind.WORKLOG: "工作日志", DutyEventKind.CONVERSION: "转办",
}
STATUS_ZH = {
    "on_duty": "值班中", "handed_over": "已交班待接班", "closed": "已接班",
    "open": "待处理", "answered": "已答复", "transferred": "已转办", "void": "作废",
}
WORKLOG_CLOSED_ZH = "已办结"


def zh(member: LabelledEnum | str | None) -> str:
    """The Chinese name printed for an enum member or code (the code itself if unknown)."""
    if member is None:
        return ""
    if not isinstance(member, LabelledEnum):
        for enum in (ShiftKind, Channel, Category, DutyEventKind):
            if member in enum._value2member_map_:
                member = enum(member)
                break
        else:
            return str(member)
    return ZH.get(member, str(member))


# ----------------------------------------------------------------------------------------- workflows

DUTY_LOG = register(Workflow(
    "duty_log", label=T("Workflow", "Duty log"), doc_type="ZB",
    states=[
        State("on_duty", T("State", "On duty")),
        State("handed_over", T("State", "Handed over, awaiting takeover")),
        State("closed", T("State", "Taken over"), terminal=True),
    ],
    initial="on_duty",
    transitions=[
        Transition("hand_over", "on_duty", "handed_over", label=T("Duty", "Hand over the shift"),
                   permission=DUTY_HANDOVER, requires=("handed_to", "carried_over")),
        Transition("acknowledge", "handed_over", "closed", label=T("Action", "Acknowledge and take over"),
                   permission=DUTY_HANDOVER),
        Transition("take_over", "on_duty", "closed",
                   label=T("Action", "Take over without a handover"), permission=DUTY_HANDOVER),
    ],
    fields={"handed_to": T("Field", "Handed to"), "carried_over": T("Field", "Items carried over")},
))

WORK_LOG = register(Workflow(
    "work_log", label=T("Workflow", "Work log"), doc_type="GZ",
    states=[
        State("open", T("State", "Open, no result")),
        State("answered", T("State", "Answered")),
        State("transferred", T("State", "Transferred")),
        State("closed", T("State", "Closed"), terminal=True),
        State("void", T("State", "Void"), terminal=True),
    ],
    initial="open",
    transitions=[
        Transition("answer", "open", "answered", label=T("Action", "Answer"), permission=WORKLOG_WRITE,
                   requires=("answer",)),
        Transition("transfer", ("open", "answered"), "transferred", label=T("Action", "Transfer"),
                   permission=WORKLOG_WRITE, requires=("transfer_to",)),
        Transition("close", ("open", "answered", "transferred"), "closed", label=T("Action", "Close"),
                   permission=WORKLOG_WRITE, requires=("answer",)),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=WORKLOG_WRITE,
                   requires=("reason",)),
    ],
    fields={"answer": T("Field", "Answer or result"), "transfer_to": T("Field", "Transferred to")},
))

#: the result a new row may be saved with directly (quick entry), and the action that gives it
RESULT_ACTIONS = {"answered": "answer", "transferred": "transfer", "closed": "close"}

# ----------------------------------------------------------------------------------------- shifts


@dataclass(frozen=True)
class Shift:
    """One shift: its kind, the date it belongs to (the date it starts on), and when it runs."""

    kind: ShiftKind
    day: date
    start: datetime
    end: datetime

    @property
    def key(self) -> tuple[date, str]:
        return (self.day, self.kind.value)

    def label(self) -> str:
        return f"{self.day:%Y-%m-%d} {self.kind.label} {self.start:%H:%M}–{self.end:%H:%M}"

    def zh(self) -> str:
        return f"{self.day:%Y-%m-%d} {ZH[self.kind]}（{self.start:%H:%M}—{self.end:%H:%M}）"


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def shift_at(moment: datetime, day_start: time = time(8, 30), night_start: time = time(17, 30)) -> Shift:
    """The shift ``moment`` falls in. The day shift runs from ``day_start`` to ``night_start`` (over
    midnight if a desk sets them so), the night shift for the rest of the 24 hours."""
    day_len = (_minutes(night_start) - _minutes(day_start)) % 1440 or 1440
    at = moment.replace(second=0, microsecond=0)
    offset = (at.hour * 60 + at.minute - _minutes(day_start)) % 1440
    day_begins = at - timedelta(minutes=offset)
    if offset < day_len:
        start, kind, end = day_begins, ShiftKind.DAY, day_begins + timedelta(minutes=day_len)
    else:
        start, kind = day_begins + timedelta(minutes=day_len), ShiftKind.NIGHT
        end = day_begins + timedelta(days=1)
    return Shift(kind, start.date(), start, end)


def takeover_shift(moment: datetime, day_start: time = time(8, 30), night_start: time = time(17, 30),
                   early_minutes: int = 30) -> Shift:
    """The shift a user who takes over at ``moment`` starts: the coming one within ``early_minutes`` of
    its start (people arrive early to read the handover), else the one running."""
    return shift_at(moment + timedelta(minutes=max(0, early_minutes)), day_start, night_start)


# ----------------------------------------------------------------------------------------- work-log input

MAX_CALLER, MAX_CONTENT, MAX_ANSWER, MAX_TRANSFER, MAX_EVENT = 30, 500, 500, 60, 500
#: a request time may be typed a little ahead of the clock (two PCs' clocks differ), not more
FUTURE_TOLERANCE = timedelta(minutes=5)
_TIME_RE = re.compile(r"^(?:(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})\s+)?(\d{1,2})[:：](\d{2})$")


def parse_request_time(text: str | datetime | None, now: datetime, field: str = "at") -> datetime:
    """When the request came: blank means now; ``14:05`` today; ``06-12 14:05`` or ``2025-06-12 14:05``.

    A time later than now (beyond a few minutes' clock difference) is refused.
    """
    if isinstance(text, datetime):
        value = text.replace(microsecond=0)
    else:
        raw = (text or "").strip()
        if not raw:
            return now.replace(microsecond=0)
        match = _TIME_RE.match(raw)
        if not match:
            raise ValidationError(T("WorkLog", "Give the time as 14:05 or 06-12 14:05"), field)
        year, month, day, hour, minute = match.groups()
        try:
            value = datetime(int(year) if year else now.year, int(month) if month else now.month,
                             int(day) if day else now.day, int(hour), int(minute))
        except ValueError:
            raise ValidationError(T("WorkLog", "There is no such date or time"), field) from None
    if value > now + FUTURE_TOLERANCE:
        raise ValidationError(T("WorkLog", "The time cannot be later than now"), field)
    return value


def _enum(enum_cls, value, field: str, message: Text):
    member = value if isinstance(value, enum_cls) else enum_cls.from_label(str(value or ""))
    if member is None:  # the Chinese name the desk uses, whatever the UI language
        member = next((m for m in enum_cls if ZH.get(m) == str(value or "").strip()), None)
    if member is None:
        raise ValidationError(message, field)
    return member


def check_channel(value) -> Channel:
    return _enum(Channel, value, "channel", T("WorkLog", "Choose the channel"))


def check_category(value) -> Category:
    return _enum(Category, value, "category", T("WorkLog", "Choose the category"))


def check_caller(value: str | None) -> str:
    return check_text(value, "caller", str(T("WorkLog", "Caller")), max_len=MAX_CALLER)


def check_content(value: str | None) -> str:
    return check_text(value, "content", str(T("WorkLog", "Request")), max_len=MAX_CONTENT)


def check_answer(value: str | None) -> str:
    return check_text(value, "answer", str(T("WorkLog", "Answer")), max_len=MAX_ANSWER, required=False)


def check_caller_phone(value: str | None, channel: Channel | str | None) -> str:
    """A mobile or a landline; required except for what staff found on patrol (nobody called)."""
    required = not (channel == Channel.PATROL or channel == Channel.PATROL.value)
    return check_phone(value, "phone", required=required)


def check_room_code(value: str | None) -> str:
    """The room code as typed (``3-2-1502``), normalised; whether it exists the service checks."""
    text = re.sub(r"\s+", "", value or "").replace("－", "-").replace("—", "-")
    if len(text) > 30:
        raise ValidationError(T("WorkLog", "There is no room {code}").format(code=text[:30] + "…"), "room")
    return text.upper()


def check_transfer_to(value: str | None, *, required: bool = True) -> str:
    return check_text(value, "transfer_to", str(T("WorkLog", "Transferred to")), max_len=MAX_TRANSFER,
                      required=required)


def check_event(value: str | None) -> str:
    return check_text(value, "summary", str(T("Duty", "Event")), max_len=MAX_EVENT)


def is_flagged(status: str, at: datetime, now: datetime, day_end: time) -> bool:
    """Whether an open row is flagged: it has no result and its day's desk hours are over (the day's
    end is the night shift's start), or it is from an earlier day."""
    if status != "open":
        return False
    return at.date() < now.date() or now.time() >= day_end
