"""装修期间物品放行 — the goods-release slip and the gate check (DOMAIN.md §4.12): permissions, codes, fields,
the declared workflow and the rules that are not state changes.

One record, the **release slip** (物品放行条, numbered FX…), with its item lines. States:
``待审核 → 已批准(待放行) → 已放行 | 拒绝放行``, ``→ 作废`` before the gate. 已过期 (approved, not used by its
``valid_until``) is derived from the date, never stored (:func:`derived`). The gate's release and refusal
are hidden actions done by the gate check of the service (a slip is used once).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.domain.enums import IdType, LabelledEnum, StaffRole
from app.domain.errors import ValidationError
from app.domain.fields import VOID_REASON, FieldSpec
from app.domain.permissions import declare
from app.domain.validation import check_id_number, check_phone
from app.domain.workflow import State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

S, ST, R, C = StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK

_GROUP = T("Permission", "Goods release")
RELEASE_VIEW = declare("release.view", T("Permission", "View release slips"), _GROUP, S, ST, R, C)
RELEASE_ISSUE = declare("release.issue", T("Permission", "Issue and void release slips"), _GROUP, S, R)
RELEASE_REVIEW = declare("release.review", T("Permission", "Review release slips (supervisor)"), _GROUP, S)
RELEASE_GATE = declare("release.gate", T("Permission", "Check release slips at the gate"), _GROUP, S, ST, R)
RELEASE_RECONCILE = declare("release.reconcile", T("Permission", "Reconcile the slips returned from the gate"),
                            _GROUP, S, R, C)

KIND = "release"
DOC_TYPE = "FX"
MAX_ITEMS = 30


class Purpose(LabelledEnum):
    RENOVATION = ("renovation", T("Enum", "Renovation goods"), "装修物品")
    MOVE_OUT = ("move_out", T("Enum", "Moving out"), "搬家/迁出")
    OTHER = ("other", T("Enum", "Other large items"), "其他大件物品")


class ApplicantType(LabelledEnum):
    OWNER = ("owner", T("Enum", "Owner"), "业主")
    CONTRACTOR = ("contractor", T("Enum", "Contractor"), "施工单位")
    MOVER = ("mover", T("Enum", "Moving company"), "搬家公司")
    TENANT = ("tenant", T("Enum", "Tenant"), "租户")


class Authorisation(LabelledEnum):
    """How the applicant may take the goods out (§3.2 identity checks)."""

    OWNER = ("owner", T("Enum", "The owner in person"), "业主本人")
    CONSENT = ("consent", T("Enum", "Owner's written consent"), "业主声明书/委托书")
    PHONE = ("phone", T("Enum", "Owner's phone confirmation"), "业主电话确认")


MSG_NO_ITEMS = T("Release", "List at least one item with its quantity")
MSG_TOO_MANY = T("Release", "A slip lists at most {n} items: write a second slip for the rest")
MSG_ITEM_LINE = T("Release", "Item line {n}: write the name, then a quantity above 0 (旧地板 12 捆)")
MSG_NOT_OWNER = T("Release", "{name} is not a registered owner of {room}: choose how the owner authorised "
                             "the applicant")
MSG_NO_OWNER = T("Release", "{room} has no registered owner: register the owner on the household card first")
MSG_CONSENT = T("Release", "Attach the owner's written consent naming the applicant and the goods")
MSG_CONFIRMER = T("Release", "{name} is not a registered owner of {room}: the phone confirmation comes from an "
                             "owner")
MSG_CONFIRM_LATE = T("Release", "The owner's phone confirmation cannot be in the future")
MSG_NO_PERMIT = T("Release", "{room} has no renovation permit valid on {day}: renovation goods leave only under "
                             "an active permit")
MSG_ARREARS = T("Release", "{room} owes {amount} overdue ({bills} bills): the goods of a move-out leave only "
                           "when the arrears are paid")
MSG_EXIT_PAST = T("Release", "The exit day cannot be before today")
MSG_VALID = T("Release", "The slip must be valid at least until the exit day ({day})")
MSG_VALID_LONG = T("Release", "A slip is valid at most {days} days after the exit day (until {day})")
MSG_NOT_FOUND = T("Release", "There is no release slip {number}")
MSG_USED = T("Release", "Slip {number} was already used: released at {at} by {name}. A slip is used once")
MSG_REFUSED = T("Release", "Slip {number} was refused at the gate at {at}: the applicant needs a new slip")
MSG_EXPIRED = T("Release", "Slip {number} was valid until {day}: it has expired, the applicant needs a new slip")
MSG_NOT_REVIEWED = T("Release", "Slip {number} has not been approved by the supervisor yet")
MSG_VOID = T("Release", "Slip {number} is void")
MSG_NOT_YET = T("Release", "Slip {number} is valid from {day}")
MSG_WEEK_DAY = T("Release", "The week reconciled starts on a {weekday} (the reconciliation day): {day} is not")
MSG_WEEK_OPEN = T("Release", "The week from {day} is not over yet: reconcile it from {next}")
MSG_NOT_IN_WEEK = T("Release", "Not released in this week: {numbers}")
MSG_APPROVER = T("Release", "{name} may not review release slips: the supervisor reviews, signed in or typing "
                            "her own password at this desk")

#: 已过期: derived, never stored
EXPIRED = "expired"
EXPIRED_LABEL = T("State", "Expired")


# ------------------------------------------------------------------------------------------ fields

def _phone(value: str, _values: Mapping[str, Any]) -> str:
    return check_phone(value, "phone")


def _id(value: str, _values: Mapping[str, Any]) -> str:
    return check_id_number(IdType.RESIDENT, value, "id_number")


def _items(value: str, _values: Mapping[str, Any]) -> str:
    return "\n".join(f"{i.name} {i.quantity} {i.unit} {i.remark}".strip() for i in parse_items(value))


_PLATE = re.compile(r"^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$")


def _plate(value: str, _values: Mapping[str, Any]) -> str:
    plate = re.sub(r"[\s·.-]", "", value or "").upper()
    if plate and not _PLATE.match(plate):
        raise ValidationError(T("Release", "Write the plate as 浙A12345 (province, letter, 5 or 6 characters)"),
                              "vehicle")
    return plate


def _by_phone(values: Mapping[str, Any]) -> bool:
    return bool(values.get("authorisation") == Authorisation.PHONE.value)


ROOM = FieldSpec("room", T("Release", "Room"), "room", required=True, placeholder=T("Release", "3-2-1502"),
                 column="room_code")
PURPOSE = FieldSpec("purpose", T("Release", "Goods"), "choice", choices=Purpose, required=True,
                    default=Purpose.RENOVATION.value)
APPLICANT = FieldSpec("applicant", T("Release", "Applicant"), required=True, max_len=30)
APPLICANT_TYPE = FieldSpec("applicant_type", T("Release", "Applicant is"), "choice", choices=ApplicantType,
                           required=True, default=ApplicantType.OWNER.value)
ID_NUMBER = FieldSpec("id_number", T("Release", "Applicant's ID"), required=True, max_len=20, private=True,
                      check=_id)
PHONE = FieldSpec("phone", T("Release", "Phone"), required=True, max_len=20, private=True, check=_phone)
AUTHORISATION = FieldSpec("authorisation", T("Release", "Authorised by"), "choice", choices=Authorisation,
                          required=True, default=Authorisation.OWNER.value)
CONSENT = FieldSpec("consent", T("Release", "Owner's written consent"), "attachment", wide=True,
                    required_when=lambda v: v.get("authorisation") == Authorisation.CONSENT.value)
CONFIRM_OWNER = FieldSpec("confirm_owner", T("Release", "Owner who confirmed by phone"), max_len=30,
                          required_when=_by_phone)
CONFIRM_AT = FieldSpec("confirm_at", T("Release", "Confirmed by phone at"), "datetime", required_when=_by_phone)
ITEMS = FieldSpec("items", T("Release", "Items"), "multiline", required=True, max_len=1500, wide=True,
                  check=_items, placeholder=T("Release", "One a line: name, quantity, unit, remark (旧地板 12 捆)"))
VEHICLE = FieldSpec("vehicle", T("Release", "Vehicle plate"), max_len=12, check=_plate)
EXIT_DATE = FieldSpec("exit_date", T("Release", "Exit day"), "date", placeholder=T("Release", "Empty: today"))
VALID_UNTIL = FieldSpec("valid_until", T("Release", "Valid until"), "date",
                        placeholder=T("Release", "Empty: the exit day"))
REMARKS = FieldSpec("remarks", T("Release", "Remarks"), max_len=200, wide=True)

OPINION = FieldSpec("opinion", T("Release", "Opinion"), max_len=200, wide=True)
#: the supervisor who reviews at another's desk, typing her own password (empty: the one signed in)
APPROVER = FieldSpec("approver", T("Release", "Reviewed by"), "staff", permission=RELEASE_REVIEW)
CARRIER_ID = FieldSpec("carrier_id", T("Release", "Carrier's ID"), required=True, max_len=20, private=True,
                       check=_id)
MISMATCH = FieldSpec("mismatch", T("Release", "What does not match"), required=True, max_len=200, wide=True)

RECORD_FIELDS = (ROOM, PURPOSE, APPLICANT, APPLICANT_TYPE, ID_NUMBER, PHONE, AUTHORISATION, CONSENT,
                 CONFIRM_OWNER, CONFIRM_AT, ITEMS, VEHICLE, EXIT_DATE, VALID_UNTIL, REMARKS)

# ------------------------------------------------------------------------------------------ the workflow

STATES = [
    State("pending", T("State", "Awaiting the supervisor's review"), tone="attention", print_label="待审核"),
    State("approved", T("State", "Approved, awaiting the gate"), print_label="已批准（待放行）"),
    State("released", T("State", "Released"), terminal=True, print_label="已放行"),
    State("refused", T("State", "Refused at the gate"), terminal=True, tone="void", print_label="拒绝放行"),
    State("void", T("State", "Void"), terminal=True, tone="void", print_label="作废"),
]

WORKFLOW = register(Workflow(
    KIND, label=T("Workflow", "Goods release slips"), doc_type=DOC_TYPE, states=STATES, initial="pending",
    fields=RECORD_FIELDS,
    transitions=[
        # the desk opens it; the supervisor signed in, or typing her own password there, approves
        Transition("approve", "pending", "approved", label=T("Action", "Approve the slip"),
                   permission=RELEASE_ISSUE, fields=(OPINION, APPROVER)),
        Transition("release", "approved", "released", label=T("Action", "Released at the gate"),
                   permission=RELEASE_GATE, fields=(CARRIER_ID,), hidden=True),
        Transition("refuse", "approved", "refused", label=T("Action", "Refused at the gate"),
                   permission=RELEASE_GATE, fields=(MISMATCH,), hidden=True),
        Transition("void", ("pending", "approved"), "void", label=T("Action", "Void"), permission=RELEASE_ISSUE,
                   fields=(VOID_REASON,)),
    ],
))


# ------------------------------------------------------------------------------------------ rules

@dataclass(frozen=True)
class Item:
    name: str
    quantity: int
    unit: str = ""
    remark: str = ""


_SPLIT = re.compile(r"[\s,，、;；]+")


def parse_items(text: str) -> list[Item]:
    """The item lines as typed, one a line: name, quantity (a whole number above 0), unit, remark
    (``旧地板 12 捆 拆除``, ``旧地板 12捆`` or ``旧地板，x12``). At least one, at most :data:`MAX_ITEMS`."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        raise ValidationError(MSG_NO_ITEMS, "items")
    if len(lines) > MAX_ITEMS:
        raise ValidationError(MSG_TOO_MANY.format(n=MAX_ITEMS), "items")
    out = []
    for n, line in enumerate(lines, 1):
        match = re.match(r"^(.+?)[\s,，、]+[x×*]?(\d+)\s*(\S*)\s*(.*)$", line)
        if match is None or int(match.group(2)) <= 0 or not _SPLIT.sub("", match.group(1)):
            raise ValidationError(MSG_ITEM_LINE.format(n=n), "items")
        name, qty, unit, remark = match.groups()
        out.append(Item(name.strip()[:40], int(qty), unit[:6], remark.strip()[:60]))
    return out


def valid_until(exit_day: date, asked: date | None, today: date, extra_days: int) -> date:
    """The slip's last valid day: the exit day plus the parameter's extra days (0: the same day), or the day
    asked within them."""
    if exit_day < today:
        raise ValidationError(MSG_EXIT_PAST, "exit_date")
    longest = exit_day + timedelta(days=extra_days)
    if asked is None:
        return longest
    if asked < exit_day:
        raise ValidationError(MSG_VALID.format(day=exit_day.isoformat()), "valid_until")
    if asked > longest:
        raise ValidationError(MSG_VALID_LONG.format(days=extra_days, day=longest.isoformat()), "valid_until")
    return asked


def derived(status: str, until: date, today: date) -> str:
    """已过期 for an approved or pending slip past its last valid day, else the stored state."""
    return EXPIRED if status in ("pending", "approved") and until < today else status


def state_label(status: str, until: date, today: date) -> Text | str:
    shown = derived(status, until, today)
    return EXPIRED_LABEL if shown == EXPIRED else WORKFLOW.state_label(status)


def week_of(week_start: date, weekday: int, today: date, weekday_label: Text) -> tuple[date, date]:
    """The week reconciled: seven days from ``week_start`` (the reconciliation weekday), over by today."""
    if week_start.weekday() != weekday:
        raise ValidationError(MSG_WEEK_DAY.format(weekday=weekday_label, day=week_start.isoformat()),
                              "week_start")
    end = week_start + timedelta(days=7)
    if end > today:
        raise ValidationError(MSG_WEEK_OPEN.format(day=week_start.isoformat(), next=end.isoformat()), "week_start")
    return week_start, end


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def last_week_start(today: date, weekday: int) -> date:
    """The start of the last full week before today's reconciliation day (the Monday a week ago)."""
    back = (today.weekday() - weekday) % 7
    return today - timedelta(days=back + 7)
