"""信息传递 — information relay (DOMAIN.md §4.9): work slips to departments and items kept for residents.

Two workflows share this module:

* **Work slips** (工作联系单, type LX): the desk sends a slip to a department (工程部, 秩序维护部, 环境部,
  财务部, 管理处); the department signs for it with a time (签收), may report progress (处理中), writes a
  reply (接受与否, result, progress, problems); the supervisor verifies the reply and closes the slip, or
  sends it back to be done again. A slip sent to the wrong department is returned (退回) and can be sent on
  to the right one. Departments are not users of the program: the desk records who signed and replied, by
  name, as written on the paper slip.
* **Parcels** (代收代转, type DS): letters, parcels, documents and other items received for residents
  (代收), or left at the desk by one person for another (代转, which needs the supervisor's approval):
  registered, the addressee notified (and reminded), handed over against the collector's ID and signature,
  or returned to the courier or sender when nobody collects them.

Time limits are parameters (app.domain.parameters, group "Work slips and parcels"): signing within
``relay.sign_minutes_urgent``/``relay.sign_minutes_normal`` of sending; the reply by the slip's own
required completion time (a field the sender sets, not a parameter); a reminder ``parcel.reminder_hours``
after receipt (and again that long after each reminder); return ``parcel.return_days`` after receipt. The
services store each due time when its clock starts (it is also what the paper slip prints); being overdue
is always derived from it and the clock, never stored.
"""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from app.domain.enums import IdType, LabelledEnum
from app.domain.errors import ValidationError
from app.domain.permissions import C, R, S, ST, declare
from app.domain.validation import check_id_number, check_text
from app.domain.workflow import Clock, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T

# --------------------------------------------------------------------------------------------- permissions

_GROUP = T("Permission", "Information relay")
RELAY_VIEW = declare("relay.view", T("Permission", "View work slips and parcels"), _GROUP, S, ST, R, C)
RELAY_CREATE = declare("relay.create", T(
    "Permission", "Send work slips, record signing and replies, receive and hand over parcels"),
    _GROUP, S, ST, R, C)
RELAY_VERIFY = declare("relay.verify", T("Permission", "Verify and close work slips, approve items left "
                                                       "for others"), _GROUP, S)
RELAY_VOID = declare("relay.void", T("Permission", "Void work slips and parcel records"), _GROUP, S)

# --------------------------------------------------------------------------------------------- enums


class Department(LabelledEnum):
    """The departments a slip goes to (and the desk it comes from)."""

    ENGINEERING = ("engineering", T("Enum", "Engineering"))
    SECURITY = ("security", T("Enum", "Security"))
    ENVIRONMENT = ("environment", T("Enum", "Environment"))
    FINANCE = ("finance", T("Enum", "Finance"))
    MANAGEMENT = ("management", T("Enum", "Management office"))
    SERVICE = ("service", T("Enum", "Customer service"))


#: departments a slip may be sent to (the desk itself is the sender)
TARGET_DEPARTMENTS = tuple(d for d in Department if d is not Department.SERVICE)


class SlipKind(LabelledEnum):
    SLIP = ("slip", T("Enum", "Work contact slip"))
    DISPATCH = ("dispatch", T("Enum", "Dispatch order"))
    NOTICE = ("notice", T("Enum", "Message to pass on"))
    DOCUMENT = ("document", T("Enum", "Document transfer"))


class Priority(LabelledEnum):
    NORMAL = ("normal", T("Enum", "Normal"))
    URGENT = ("urgent", T("Enum", "Urgent"))


class ItemType(LabelledEnum):
    LETTER = ("letter", T("ItemType", "Letter"))
    REGISTERED = ("registered", T("Enum", "Registered letter"))
    PARCEL = ("parcel", T("Enum", "Parcel"))
    DOCUMENT = ("document", T("Enum", "Document"))
    KEY = ("key", T("Enum", "Key"))
    OTHER = ("other", T("Enum", "Other"))


class Direction(LabelledEnum):
    """代收: received for a resident (courier, post); 代转: left at the desk by someone for someone else."""

    INCOMING = ("incoming", T("Enum", "Received for a resident"))
    LEFT = ("left", T("Enum", "Left for someone else"))


class Condition(LabelledEnum):
    INTACT = ("intact", T("Enum", "Intact"))
    DAMAGED = ("damaged", T("Enum", "Damaged"))


class NotifyMethod(LabelledEnum):
    PHONE = ("phone", T("NotifyBy", "Phone call"))
    SMS = ("sms", T("Enum", "Text message"))
    WECHAT = ("wechat", T("Enum", "WeChat"))
    VISIT = ("visit", T("Enum", "In person"))
    BOARD = ("board", T("Enum", "Notice board"))


class CollectorRelation(LabelledEnum):
    SELF = ("self", T("Enum", "Addressee in person"))
    FAMILY = ("family", T("Enum", "Family member"))
    AGENT = ("agent", T("Enum", "Authorised by the addressee"))
    COLLEAGUE = ("colleague", T("Enum", "Colleague"))


#: The paperwork is Chinese whatever the UI language: the forms and registers print these words.
ZH: dict[LabelledEnum, str] = {
    Department.ENGINEERING: "工程部", Department.SECURITY: "秩序维护部", Department.ENVIRONMENT: "环境部",
    Department.FINANCE: "财务部", Department.MANAGEMENT: "管理处", Department.SERVICE: "客服部",
    SlipKind.SLIP: "工作联系单", SlipKind.DISPATCH: "派工单", SlipKind.NOTICE: "通知转达",
    SlipKind.DOCUMENT: "文件转交",
    Priority.NORMAL: "一般", Priority.URGENT: "紧急",
    ItemType.LETTER: "信件", ItemType.REGISTERED: "挂号信", ItemType.PARCEL: "包裹",
    ItemType.DOCUMENT: "文件", ItemType.KEY: "钥匙", ItemType.OTHER: "其他",
    Direction.INCOMING: "代收", Direction.LEFT: "代转",
    Condition.INTACT: "完好", Condition.DAMAGED: "破损",
    NotifyMethod.PHONE: "电话", NotifyMethod.SMS: "短信", NotifyMethod.WECHAT: "微信",
    NotifyMethod.VISIT: "上门", NotifyMethod.BOARD: "公告栏",
    CollectorRelation.SELF: "本人", CollectorRelation.FAMILY: "家属", CollectorRelation.AGENT: "受托人",
    CollectorRelation.COLLEAGUE: "同事",
}


def zh(enum_cls: type[LabelledEnum], code: str | None) -> str:
    """The Chinese word printed for a stored code (the code itself when unknown)."""
    try:
        return ZH.get(enum_cls(code), code or "")
    except ValueError:
        return code or ""


# --------------------------------------------------------------------------------------------- workflows

SLIP_STATES = [
    State("sent", T("State", "Sent")),
    State("signed", T("State", "Signed for")),
    State("processing", T("State", "In progress")),
    State("replied", T("State", "Replied")),
    State("returned", T("State", "Returned (wrong department)")),
    State("closed", T("State", "Verified and closed"), terminal=True),
    State("void", T("State", "Void"), terminal=True),
]
#: states in which the department still owes a reply
SLIP_UNANSWERED = ("sent", "signed", "processing")

SLIP_FIELDS = {
    "signed_by": T("Field", "Signed by"),
    "signed_at": T("Field", "Signed at"),
    "reply": T("Field", "Reply"),
    "replied_by": T("Field", "Replied by"),
    "accepted": T("Field", "Accepted"),
    "verify_result": T("Field", "Verification result"),
    "customer_informed": T("Field", "Customer informed"),
    "to_dept": T("Field", "Department"),
    "to_person": T("Field", "Recipient"),
}

SLIPS = register(Workflow(
    "work_slip", label=T("Workflow", "Work contact slip"), doc_type="LX",
    states=SLIP_STATES, initial="sent", fields=SLIP_FIELDS,
    transitions=[
        Transition("sign", "sent", "signed", label=T("Action", "Record signing"),
                   permission=RELAY_CREATE, requires=("signed_by",)),
        Transition("progress", ("signed", "processing"), "processing",
                   label=T("Action", "Record progress"), permission=RELAY_CREATE, needs_note=True),
        Transition("reply", ("signed", "processing"), "replied", label=T("Action", "Record reply"),
                   permission=RELAY_CREATE, requires=("reply", "replied_by", "accepted")),
        Transition("verify", "replied", "closed", label=T("Action", "Verify and close"),
                   permission=RELAY_VERIFY, requires=("verify_result",)),
        Transition("redo", "replied", "processing", label=T("Action", "Send back to redo"),
                   permission=RELAY_VERIFY, needs_note=True),
        Transition("return", ("sent", "signed"), "returned", label=T("Action", "Returned: wrong department"),
                   permission=RELAY_CREATE, requires=("reason",)),
        Transition("resend", "returned", "sent", label=T("Action", "Send to another department"),
                   permission=RELAY_CREATE, requires=("to_dept",)),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=RELAY_VOID,
                   requires=("reason",)),
    ],
    clocks=[
        Clock("sign", label=T("Clock", "Sign for the slip"), start_on="sent",
              stop_on=("signed", "processing", "replied", "returned", "closed", "void"),
              by="priority", param={Priority.URGENT.value: "relay.sign_minutes_urgent",
                                    Priority.NORMAL.value: "relay.sign_minutes_normal"}),
    ],
))

PARCEL_STATES = [
    State("received", T("State", "To notify")),
    State("notified", T("State", "Notified")),
    State("collected", T("State", "Collected"), terminal=True),
    State("returned", T("State", "Returned to sender"), terminal=True),
    State("void", T("State", "Void"), terminal=True),
]
#: states in which an item waits at the desk
PARCEL_WAITING = ("received", "notified")

PARCEL_FIELDS = {
    "method": T("Field", "Notified by"),
    "collector_name": T("Field", "Collector"),
    "collector_id_type": T("Field", "Document type"),
    "collector_id_number": T("Field", "Collector's ID number"),
    "relation": T("Field", "Relation to the addressee"),
    "signature": T("Field", "Collector's signature"),
}

PARCELS = register(Workflow(
    "parcel", label=T("Workflow", "Parcel or letter kept for a resident"), doc_type="DS",
    states=PARCEL_STATES, initial="received", fields=PARCEL_FIELDS,
    transitions=[
        Transition("notify", "received", "notified", label=T("Action", "Record notification"),
                   permission=RELAY_CREATE, requires=("method",)),
        Transition("remind", "notified", "notified", label=T("Action", "Record reminder"),
                   permission=RELAY_CREATE, requires=("method",)),
        # an item left for someone else waits for the supervisor's approval before anything else
        Transition("approve", "received", "received", label=T("Action", "Approve"),
                   permission=RELAY_VERIFY),
        Transition("hand_over", PARCEL_WAITING, "collected", label=T("Relay", "Hand over to the collector"),
                   permission=RELAY_CREATE,
                   requires=("collector_name", "collector_id_type", "collector_id_number", "signature")),
        Transition("return", PARCEL_WAITING, "returned", label=T("Action", "Return to sender"),
                   permission=RELAY_CREATE, requires=("reason",)),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=RELAY_VOID,
                   requires=("reason",)),
    ],
    clocks=[
        Clock("remind", label=T("Clock", "Remind the addressee"), start_on="received",
              stop_on=("collected", "returned", "void"), param="parcel.reminder_hours",
              restart_on=("remind",)),
        Clock("return", label=T("Clock", "Return when not collected"), start_on="received",
              stop_on=("collected", "returned", "void"), param="parcel.return_days"),
    ],
))

# --------------------------------------------------------------------------------------------- rules

SUBJECT_MAX = 60
CONTENT_MAX = 250
NAME_MAX = 30
REPLY_MAX = 500
NOTE_MAX = 500
#: how far ahead a required completion time may lie
REQUIRED_BY_MAX_DAYS = 366

_TIME_RE = re.compile(r"^\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*$")
_DATETIME_RE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2})[:：](\d{2})\s*$")
_TRACKING_RE = re.compile(r"^[0-9A-Za-z-]{4,40}$")


def parse_clock_time(text: str | None, field: str, label: str) -> time:
    """``17:30`` (or ``17：30``) as a time of day; ValidationError otherwise."""
    match = _TIME_RE.match(text or "")
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValidationError(T("Relay", "{field} must be a time such as 17:30").format(field=label), field)
    return time(int(match[1]), int(match[2]))


def parse_moment(text: str | None, field: str, label: str, today: date) -> datetime:
    """A moment as the desk types it: ``14:05`` (today) or ``2025-06-12 14:05``."""
    text = (text or "").strip()
    if not text:
        raise ValidationError(T("Validation", "{field} is required").format(field=label), field)
    match = _DATETIME_RE.match(text)
    if match:
        try:
            return datetime(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    elif _TIME_RE.match(text):
        return datetime.combine(today, parse_clock_time(text, field, label))
    raise ValidationError(T("Relay", "{field} must be a time such as 14:05 or 2025-06-12 14:05").format(
        field=label), field)


def check_required_by(required_by: datetime, sent_at: datetime, field: str = "required_by") -> datetime:
    """The required completion time must lie after sending, and within a year."""
    if required_by <= sent_at:
        raise ValidationError(T("Relay", "The required completion time must be later than now"), field)
    if required_by > sent_at + timedelta(days=REQUIRED_BY_MAX_DAYS):
        raise ValidationError(T("Relay", "The required completion time is more than a year away"), field)
    return required_by


def check_moment_between(moment: datetime, earliest: datetime, latest: datetime, field: str,
                         label: str) -> datetime:
    """A recorded moment (signed at, replied at) between the previous step and now."""
    if moment < earliest:
        raise ValidationError(T("Relay", "{field} cannot be before {earliest}").format(
            field=label, earliest=earliest.strftime("%Y-%m-%d %H:%M")), field)
    if moment > latest:
        raise ValidationError(T("Relay", "{field} cannot be in the future").format(field=label), field)
    return moment


def check_tracking_no(text: str | None, field: str = "tracking_no") -> str:
    """A courier's tracking number: 4–40 letters, digits or dashes (optional)."""
    value = re.sub(r"\s", "", text or "").upper()
    if value and not _TRACKING_RE.match(value):
        raise ValidationError(T("Relay", "A tracking number has 4 to 40 letters, digits or dashes"), field)
    return value


def check_quantity(text: str | int | None, field: str = "quantity") -> int:
    value = str(text if text is not None else "").strip()
    if not value.isdigit() or not 1 <= int(value) <= 999:
        raise ValidationError(T("Relay", "The quantity must be a whole number from 1 to 999"), field)
    return int(value)


def check_collector(name: str | None, id_type: str | None, id_number: str | None,
                    signature: bool) -> tuple[str, str, str]:
    """Who collects an item: a name, a valid document (resident IDs by their check digit), a signature."""
    clean_name = check_text(name, "collector_name", str(T("Field", "Collector")), max_len=NAME_MAX)
    kind = IdType.from_label(id_type or "")
    if kind is None:
        raise ValidationError(T("Relay", "Choose the collector's document type"), "collector_id_type")
    number = check_id_number(kind, id_number, "collector_id_number")
    if not signature:
        raise ValidationError(T("Relay", "The collector must sign for the item before it is handed over"),
                              "signature")
    return clean_name, kind.value, number


def slip_overdue(status: str, sign_due_at: datetime | None, required_by: datetime | None,
                 now: datetime) -> tuple[bool, bool]:
    """(not signed in time, not replied in time) of a slip as it stands ``now``."""
    late_sign = status == "sent" and sign_due_at is not None and now > sign_due_at
    late_reply = status in SLIP_UNANSWERED and required_by is not None and now > required_by
    return late_sign, late_reply


def parcel_due(status: str, remind_due_at: datetime | None, return_due_at: datetime | None,
               now: datetime) -> tuple[bool, bool]:
    """(a reminder is due, the item is due to go back) of a waiting item as it stands ``now``."""
    waiting = status in PARCEL_WAITING
    remind = waiting and remind_due_at is not None and now >= remind_due_at
    back = waiting and return_due_at is not None and now >= return_due_at
    return remind, back
