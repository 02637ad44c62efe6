"""值班日志 / 交接班 and 工作日志 (DOMAIN.md §2.6): the rules and the fields, without Qt or the database.

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
nobody handed over is closed by the next user's takeover (``take_over``), and the duty log says so. Both
are done by the takeover itself, never a button of their own (hidden actions).

**Who takes over** (:func:`takeover_refusal`). A log handed over to a named colleague is taken over by that
colleague only; should they no longer be able to (their account disabled, their role without the
permission), by anyone but the people who were on duty in it. The outgoing person never acknowledges their
own handover. Signing out while their handover waits is asked and kept on the log (``leave``, hidden).

**Work log** (workflow ``work_log``, numbered ``GZ{yyyyMMdd}-{seq}``). One row per phone or counter
request. A row without a result is ``open``; it gets one by being answered (``answer``), transferred to
someone who will handle it (``transfer``, also what a conversion into another workflow's record does) or
closed (``close``). An open row is due a result by the end of its desk day (:func:`result_due`, the night
shift's start): its ``result`` clock runs to then, so rows left without one are overdue in every list, the
handover and the home tiles.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from app.domain.enums import LabelledEnum
from app.domain.errors import ValidationError
from app.domain.fields import MSG_ABOVE, NOTE, VOID_REASON, FieldSpec
from app.domain.permissions import ST, C, R, S, declare
from app.domain.validation import check_phone
from app.domain.workflow import Clock, State, Transition, Workflow, register
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
#: 主管日审: the day's complaints, follow-ups and unusual events signed (app.services.signoff)
DAY_SIGNOFF = declare("signoff.sign", T("Permission", "Sign the day's records (主管日审)"), _GROUP, S)

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
    MANUAL = ("manual", T("Enum", "Event"), "值班记事")
    WORKLOG = ("worklog", T("Enum", "Work log"))
    CONVERSION = ("conversion", T("Enum", "Converted"))


class Result(LabelledEnum):
    """What a request logged in the quick entry ends with: the action done with it at once, if any."""

    OPEN = ("open", T("WorkLog", "Open (no result yet)"))
    ANSWERED = ("answered", T("WorkLog", "Answered"))
    TRANSFERRED = ("transferred", T("WorkLog", "Transferred"))
    CLOSED = ("closed", T("WorkLog", "Closed"))

    @property
    def action(self) -> str | None:
        return {"answered": "answer", "transferred": "transfer", "closed": "close"}.get(self.value)


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

    def printed(self) -> str:
        return f"{self.day:%Y-%m-%d} {self.kind.print_label}（{self.start:%H:%M}—{self.end:%H:%M}）"


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


# ----------------------------------------------------------------------------------------- who takes over

MSG_NOT_NAMED = T("Duty", "{number} was handed over to {name}: only {name} can acknowledge it and take "
                          "over. Ask them to sign in (here or at their desk).")
MSG_OWN_HANDOVER = T("Duty", "You handed over {number} yourself: a colleague who was not on that shift takes "
                             "it over.")


def takeover_refusal(actor_id: int | None, number: str, outgoing: set[int], handed_to_id: int | None,
                     handed_to: str, named_may_take_over: bool) -> Text | None:
    """Why ``actor_id`` may not acknowledge the handover of log ``number`` (None: they may). ``outgoing`` are
    the people on duty in it; ``named_may_take_over`` whether the colleague named can still take a shift."""
    if handed_to_id is not None and actor_id == handed_to_id:
        return None
    if actor_id in outgoing:
        return MSG_OWN_HANDOVER.format(number=number)
    if handed_to_id is not None and named_may_take_over:
        return MSG_NOT_NAMED.format(number=number, name=handed_to)
    return None


# ----------------------------------------------------------------------------------------- work-log rules

MAX_CALLER, MAX_CONTENT, MAX_ANSWER, MAX_TRANSFER, MAX_EVENT = 30, 500, 500, 60, 500
MAX_MAIL = 9999
#: a request time may be typed a little ahead of the clock (two PCs' clocks differ), not more
FUTURE_TOLERANCE = timedelta(minutes=5)
_TIME_RE = re.compile(r"^(?:(?:(\d{4})[-/.])?(\d{1,2})[-/.](\d{1,2})\s+)?(\d{1,2})[:：](\d{2})$")


def parse_request_time(text: str | datetime | None, now: datetime | None = None, field: str = "at") -> datetime:
    """When the request came: blank means now; ``14:05`` today; ``06-12 14:05`` or ``2025-06-12 14:05``.

    A time later than ``now`` (the wall clock if not given) beyond a few minutes' clock difference is refused.
    """
    now = now or datetime.now()
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


def check_caller_phone(value: str | None, channel: Channel | str | None) -> str:
    """A mobile or a landline; required except for what staff found on patrol (nobody called)."""
    required = not (channel == Channel.PATROL or channel == Channel.PATROL.value)
    return check_phone(value, "phone", required=required)


def result_due(at: datetime, day_end: time) -> datetime:
    """When a request received at ``at`` is due a result: the end of its desk day (``day_end``, the night
    shift's start); one received after it is due at once."""
    return max(datetime.combine(at.date(), day_end), at)


def _room_code(value: str, _values: Mapping[str, Any]) -> str:
    return value.replace("—", "-").replace("–", "-")


def _phone(value: str, values: Mapping[str, Any]) -> str:
    return check_caller_phone(value, values.get("channel"))


def _mail_count(value: int, _values: Mapping[str, Any]) -> int:
    if value > MAX_MAIL:
        raise ValidationError(MSG_ABOVE.format(field=MAIL_COUNT.label, max=MAX_MAIL), "mail_count")
    return value


def _request_time(value: str, _values: Mapping[str, Any]) -> datetime:
    return parse_request_time(value)


# ----------------------------------------------------------------------------------------- fields

#: a work-log row as the quick entry and the editor take it (the service parses the time with its clock)
AT = FieldSpec("at", T("WorkLog", "Time"), max_len=16, placeholder=T("WorkLog", "now, or 14:05"),
               check=_request_time)
CHANNEL = FieldSpec("channel", T("WorkLog", "Channel"), "choice", choices=Channel, required=True,
                    default=Channel.PHONE.value)
CALLER = FieldSpec("caller", T("WorkLog", "Caller"), required=True, max_len=MAX_CALLER)
ROOM = FieldSpec("room", T("WorkLog", "Room"), "room", column="room_code", check=_room_code)
PHONE = FieldSpec("phone", T("WorkLog", "Phone"), max_len=20, private=True, check=_phone)
CATEGORY = FieldSpec("category", T("WorkLog", "Category"), "choice", choices=Category, required=True,
                     default=Category.ENQUIRY.value)
CONTENT = FieldSpec("content", T("WorkLog", "Request"), required=True, max_len=MAX_CONTENT, wide=True)
ENTRY_ANSWER = FieldSpec("answer", T("WorkLog", "Answer"), max_len=MAX_ANSWER, wide=True)
ENTRY_TRANSFER = FieldSpec("transfer_to", T("WorkLog", "Transferred to"), max_len=MAX_TRANSFER)
RESULT = FieldSpec("result", T("WorkLog", "Result"), "choice", choices=Result, default=Result.OPEN.value)
#: the quick entry offers no "transferred" (it asks nobody to transfer to): 转为… does that
QUICK_RESULT = replace(RESULT, choices=(Result.OPEN, Result.ANSWERED, Result.CLOSED))
ENTRY_FIELDS = (CHANNEL, CALLER, ROOM, PHONE, CATEGORY, CONTENT, ENTRY_ANSWER, ENTRY_TRANSFER)

ANSWER = FieldSpec("answer", T("WorkLog", "Answer"), "multiline", required=True, max_len=MAX_ANSWER, wide=True,
                   column="answer", from_record=True)
CLOSE_RESULT = replace(ANSWER, label=T("WorkLog", "Answer or result"))
TRANSFER_TO = FieldSpec("transfer_to", T("WorkLog", "Transferred to"), required=True, max_len=MAX_TRANSFER,
                        column="transfer_to", from_record=True, placeholder=T("WorkLog", "e.g. 工程部 张师傅"))
ACTION_NOTE = replace(NOTE, max_len=200)

#: the 交班 form
HANDED_TO = FieldSpec("handed_to", T("Duty", "Hand over to"), "staff", required=True, column="handed_to_id")
MAIL_COUNT = FieldSpec("mail_count", T("Duty", "Undelivered mail and newspapers"), "int", lo=0,
                       placeholder="0", check=_mail_count)
CARRIED_OVER = FieldSpec("carried_over", T("Duty", "Items carried over"), "multiline", required=True,
                         max_len=2000, wide=True, column="carried_over", placeholder=T(
                             "Duty", "Outstanding issues and cautions: repairs, complaints, major events; write 无 "
                                     "if there are none"))
DESK_KEYS = FieldSpec("desk_keys", T("Duty", "Front-desk keys"), max_len=200, wide=True, column="desk_keys",
                      placeholder=T("Duty", "e.g. 前台钥匙3把、对讲机2台"))
PETTY_ITEMS = FieldSpec("petty_items", T("Duty", "Petty items and things lent out"), max_len=500, wide=True,
                        column="petty_items")
HANDOVER_NOTE = FieldSpec("note", T("Duty", "Note"), max_len=200, wide=True)
#: what the incoming user notes on taking over (why the last shift was not handed over …)
TAKEOVER_NOTE = FieldSpec("note", T("Duty", "Note"), max_len=200)
EVENT_SUMMARY = FieldSpec("summary", T("Duty", "Event"), required=True, max_len=MAX_EVENT)
#: the supervisor's daily check of the work log: how rows without a result are followed up
REVIEW_NOTE = FieldSpec("note", T("WorkLog", "Note (how open rows are followed up)"), "multiline", max_len=500)

# ----------------------------------------------------------------------------------------- workflows

DUTY_LOG = register(Workflow(
    "duty_log", label=T("Workflow", "Duty log"), doc_type="ZB", created_label=T("Duty", "Taken over"),
    states=[
        State("on_duty", T("State", "On duty")),
        State("handed_over", T("State", "Handed over, awaiting takeover"), tone="attention",
              print_label="已交班待接班"),
        State("closed", T("State", "Taken over"), terminal=True),
    ],
    initial="on_duty",
    transitions=[
        Transition("hand_over", "on_duty", "handed_over", label=T("Duty", "Hand over the shift"),
                   permission=DUTY_HANDOVER,
                   fields=(HANDED_TO, MAIL_COUNT, CARRIED_OVER, DESK_KEYS, PETTY_ITEMS, HANDOVER_NOTE)),
        Transition("acknowledge", "handed_over", "closed", label=T("Action", "Acknowledge and take over"),
                   permission=DUTY_HANDOVER, hidden=True),
        Transition("take_over", "on_duty", "closed",
                   label=T("Action", "Take over without a handover"), permission=DUTY_HANDOVER, hidden=True),
        Transition("leave", "handed_over", "handed_over", label=T("Duty", "Signed out before the takeover"),
                   permission=DUTY_HANDOVER, hidden=True, note=False),
    ],
))

WORK_LOG = register(Workflow(
    "work_log", label=T("Workflow", "Work log"), doc_type="GZ", created_label=T("WorkLog", "Logged"),
    fields=(AT, *ENTRY_FIELDS),
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
                   fields=(ANSWER,), note=False),
        Transition("transfer", ("open", "answered"), "transferred", label=T("Action", "Transfer"),
                   permission=WORKLOG_WRITE, fields=(TRANSFER_TO, ACTION_NOTE)),
        Transition("close", ("open", "answered", "transferred"), "closed", label=T("Action", "Close"),
                   permission=WORKLOG_WRITE, fields=(CLOSE_RESULT, ACTION_NOTE)),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=WORKLOG_WRITE,
                   fields=(VOID_REASON,), note=False),
        Transition("retime", "open", "open", label=T("WorkLog", "Time corrected"), permission=WORKLOG_WRITE,
                   hidden=True, note=False),
    ],
    clocks=[Clock("result", label=T("WorkLog", "Result"), start_on="open",
                  stop_on=("answered", "transferred", "closed", "void"), param=None, due_field="result_due")],
))
