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
``relay.sign_minutes_urgent``/``relay.sign_minutes_normal`` minutes of office hours (``office.opens`` to
``office.closes`` on working days: a slip sent at 17:20 is due the next working morning); the reply by the slip's own
required completion time (a field the sender sets, not a parameter); a reminder ``parcel.reminder_hours``
after receipt (and again that long after each reminder); return ``parcel.return_days`` after receipt. The
services store each due time when its clock starts (it is also what the paper slip prints); being overdue
is always derived from it and the clock, never stored.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime, time, timedelta
from typing import Any

from app.domain.enums import Answer, IdType, LabelledEnum
from app.domain.errors import ValidationError
from app.domain.fields import VOID_REASON, FieldSpec
from app.domain.permissions import ST, C, R, S, declare
from app.domain.validation import check_id_number
from app.domain.workflow import Clock, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

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
    NORMAL = ("normal", T("Enum", "Normal"), "一般")
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
    LEFT = ("left", T("Enum", "Left for someone else"), "代转")


class Condition(LabelledEnum):
    INTACT = ("intact", T("Enum", "Intact"))
    DAMAGED = ("damaged", T("Enum", "Damaged"))


class NotifyMethod(LabelledEnum):
    PHONE = ("phone", T("NotifyBy", "Phone call"), "电话")
    SMS = ("sms", T("Enum", "Text message"))
    WECHAT = ("wechat", T("Enum", "WeChat"))
    VISIT = ("visit", T("Enum", "In person"), "上门")
    BOARD = ("board", T("Enum", "Notice board"))


class CollectorRelation(LabelledEnum):
    SELF = ("self", T("Enum", "Addressee in person"), "本人")
    FAMILY = ("family", T("Enum", "Family member"), "家属")
    AGENT = ("agent", T("Enum", "Authorised by the addressee"), "受托人")
    COLLEAGUE = ("colleague", T("Enum", "Colleague"))


# --------------------------------------------------------------------------------------------- rules

SUBJECT_MAX = 60
CONTENT_MAX = 250
NAME_MAX = 30
REPLY_MAX = 500
NOTE_MAX = 500
#: how far ahead a required completion time may lie
REQUIRED_BY_MAX_DAYS = 366

_TIME_RE = re.compile(r"^\s*(\d{1,2})\s*[:：]\s*(\d{2})\s*$")
_TRACKING_RE = re.compile(r"^[0-9A-Za-z-]{4,40}$")


def parse_clock_time(text: str | None, field: str, label: str) -> time:
    """``17:30`` (or ``17：30``) as a time of day; ValidationError otherwise."""
    match = _TIME_RE.match(text or "")
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise ValidationError(T("Relay", "{field} must be a time such as 17:30").format(field=label), field)
    return time(int(match[1]), int(match[2]))


def check_required_by(required_by: datetime, sent_at: datetime, field: str = "required_by") -> datetime:
    """The required completion time must lie after sending, and within a year."""
    if required_by <= sent_at:
        raise ValidationError(T("Relay", "The required completion time must be later than now"), field)
    if required_by > sent_at + timedelta(days=REQUIRED_BY_MAX_DAYS):
        raise ValidationError(T("Relay", "The required completion time is more than a year away"), field)
    return required_by


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




def _collector_id(value: str, values: Mapping[str, Any]) -> str:
    """The collector's document number, checked for its type (a resident ID by its check digit)."""
    return check_id_number(values.get("collector_id_type") or IdType.RESIDENT.value, value, "collector_id_number")


# --------------------------------------------------------------------------------------------- fields

TO_DEPT = FieldSpec("to_dept", T("Field", "Department"), "choice", choices=TARGET_DEPARTMENTS, required=True)
TO_PERSON = FieldSpec("to_person", T("Field", "Recipient"), max_len=NAME_MAX, column="to_person")
SIGNED_BY = FieldSpec("signed_by", T("Field", "Signed by"), required=True, max_len=NAME_MAX, column="signed_by",
                      placeholder=T("Relay", "Name as signed on the slip"))
SIGNED_AT = FieldSpec("signed_at", T("Field", "Signed at"), "datetime",
                      placeholder=T("Relay", "14:05 or 2025-06-12 14:05; empty: now"))
ACCEPTED = FieldSpec("accepted", T("Field", "Accepted"), "choice", choices=Answer, required=True)
REPLY = FieldSpec("reply", T("Field", "Reply"), "multiline", required=True, max_len=REPLY_MAX, column="reply",
                  placeholder=T("Relay", "Result, progress, problems"))
REPLIED_BY = FieldSpec("replied_by", T("Field", "Replied by"), required=True, max_len=NAME_MAX, column="replied_by")
VERIFY_RESULT = FieldSpec("verify_result", T("Field", "Verification result"), "multiline", required=True,
                          max_len=REPLY_MAX, column="verify_result")
CUSTOMER_INFORMED = FieldSpec("customer_informed", T("Field", "Customer informed"), "bool",
                              column="customer_informed")
METHOD = FieldSpec("method", T("Field", "Notified by"), "choice", choices=NotifyMethod, required=True,
                   column="notify_method")
COLLECTOR = FieldSpec("collector_name", T("Field", "Collector"), required=True, max_len=NAME_MAX,
                      column="collector_name")
RELATION = FieldSpec("relation", T("Field", "Relation to the addressee"), "choice", choices=CollectorRelation,
                     default=CollectorRelation.SELF.value, column="collector_relation")
COLLECTOR_ID_TYPE = FieldSpec("collector_id_type", T("Field", "Document type"), "choice", choices=IdType,
                              required=True, default=IdType.RESIDENT.value, column="collector_id_type")
COLLECTOR_ID = FieldSpec("collector_id_number", T("Field", "Collector's ID number"), required=True, max_len=30,
                         private=True, check=_collector_id, column="collector_id_number")
SIGNATURE = FieldSpec("signature", T("Field", "The collector has signed the register"), "bool", required=True,
                      column="signature_confirmed")
RETURN_REASON = FieldSpec("reason", T("Field", "Reason"), required=True, max_len=200, wide=True,
                          placeholder=T("Relay", "e.g. belongs to the engineering department"))
PARCEL_RETURN_REASON = FieldSpec("reason", T("Field", "Reason"), required=True, max_len=200, wide=True,
                                 placeholder=T("Relay", "e.g. not collected in time, returned to the courier"))


# --------------------------------------------------------------------------------------------- workflows

SLIP_STATES = [
    State("sent", T("State", "Sent"), print_label="已发出"),
    State("signed", T("State", "Signed for"), print_label="已签收"),
    State("processing", T("State", "In progress"), print_label="处理中"),
    State("replied", T("State", "Replied"), tone="attention", print_label="已回复"),
    State("returned", T("State", "Returned (wrong department)"), tone="attention", print_label="已退回"),
    State("closed", T("State", "Verified and closed"), terminal=True, print_label="已确认关闭"),
    State("void", T("State", "Void"), terminal=True, print_label="作废"),
]
#: states in which the department still owes a reply
SLIP_UNANSWERED = ("sent", "signed", "processing")

SLIPS = register(Workflow(
    "work_slip", label=T("Workflow", "Work contact slip"), doc_type="LX",
    states=SLIP_STATES, initial="sent",
    transitions=[
        Transition("sign", "sent", "signed", label=T("Action", "Record signing"), permission=RELAY_CREATE,
                   fields=(SIGNED_BY, SIGNED_AT), effective="signed_at"),
        Transition("progress", ("signed", "processing"), "processing",
                   label=T("Action", "Record progress"), permission=RELAY_CREATE, needs_note=True),
        Transition("reply", ("signed", "processing"), "replied", label=T("Action", "Record reply"),
                   permission=RELAY_CREATE, fields=(ACCEPTED, REPLY, REPLIED_BY)),
        Transition("verify", "replied", "closed", label=T("Action", "Verify and close"),
                   permission=RELAY_VERIFY, fields=(VERIFY_RESULT, CUSTOMER_INFORMED)),
        Transition("redo", "replied", "processing", label=T("Action", "Send back to redo"),
                   permission=RELAY_VERIFY, needs_note=True),
        Transition("return", ("sent", "signed"), "returned", label=T("Action", "Returned: wrong department"),
                   permission=RELAY_CREATE, fields=(RETURN_REASON,)),
        Transition("resend", "returned", "sent", label=T("Action", "Send to another department"),
                   permission=RELAY_CREATE, fields=(TO_DEPT, TO_PERSON)),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=RELAY_VOID, fields=(VOID_REASON,)),
    ],
    clocks=[
        Clock("sign", label=T("Clock", "Sign for the slip"), start_on="sent",
              stop_on=("signed", "processing", "replied", "returned", "closed", "void"),
              by="priority", param={Priority.URGENT.value: "relay.sign_minutes_urgent",
                                    Priority.NORMAL.value: "relay.sign_minutes_normal"}),
        Clock("reply", label=T("Clock", "Reply"), start_on=("sent", "processing"),
              stop_on=("replied", "returned", "closed", "void"), param=None, due_field="required_by"),
    ],
))


def approval_pending(parcel: Any) -> bool:
    """An item left for someone else that the supervisor has not approved yet."""
    return bool(parcel.needs_approval) and parcel.approved_by is None


MSG_NEEDS_APPROVAL = T("Relay", "An item left for someone else needs the supervisor's approval first")
MSG_NO_APPROVAL = T("Relay", "This item needs no approval, or is approved already")


def _after_approval(parcel: Any) -> Text | None:
    return MSG_NEEDS_APPROVAL if approval_pending(parcel) else None


def _approvable(parcel: Any) -> Text | None:
    return None if approval_pending(parcel) else MSG_NO_APPROVAL


PARCEL_STATES = [
    State("received", T("State", "To notify"), tone="attention", print_label="待通知"),
    State("notified", T("State", "Notified"), print_label="已通知"),
    State("collected", T("State", "Collected"), terminal=True, print_label="已领取"),
    State("returned", T("State", "Returned to sender"), terminal=True, print_label="已退回"),
    State("void", T("State", "Void"), terminal=True, print_label="作废"),
]
#: states in which an item waits at the desk
PARCEL_WAITING = ("received", "notified")

PARCELS = register(Workflow(
    "parcel", label=T("Workflow", "Parcel or letter kept for a resident"), doc_type="DS",
    states=PARCEL_STATES, initial="received",
    transitions=[
        Transition("notify", "received", "notified", label=T("Action", "Record notification"),
                   permission=RELAY_CREATE, fields=(METHOD,), guard=_after_approval),
        Transition("remind", "notified", "notified", label=T("Action", "Record reminder"),
                   permission=RELAY_CREATE, fields=(METHOD,), guard=_after_approval),
        # an item left for someone else waits for the supervisor's approval before anything else
        Transition("approve", "received", "received", label=T("Action", "Approve"),
                   permission=RELAY_VERIFY, guard=_approvable),
        Transition("hand_over", PARCEL_WAITING, "collected", label=T("Relay", "Hand over to the collector"),
                   permission=RELAY_CREATE, guard=_after_approval,
                   fields=(COLLECTOR, RELATION, COLLECTOR_ID_TYPE, COLLECTOR_ID, SIGNATURE)),
        Transition("return", PARCEL_WAITING, "returned", label=T("Action", "Return to sender"),
                   permission=RELAY_CREATE, fields=(PARCEL_RETURN_REASON,)),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=RELAY_VOID, fields=(VOID_REASON,)),
    ],
    clocks=[
        Clock("remind", label=T("Clock", "Remind the addressee"), start_on="received",
              stop_on=("collected", "returned", "void"), param="parcel.reminder_hours",
              restart_on=("remind",)),
        Clock("return", label=T("Clock", "Return when not collected"), start_on="received",
              stop_on=("collected", "returned", "void"), param="parcel.return_days"),
    ],
))
