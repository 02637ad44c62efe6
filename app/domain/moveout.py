"""撤租 — a tenant's move-out (DOMAIN.md §4.11): permissions, codes, fields, the declared workflow and the rules
that are not state changes.

One record, the **move-out** (撤租, numbered CZ…), of a room's open lease. States of §4.11:
``已申请 → 业主已确认 → 已验房 → 已结算 (arrears 0) → 已迁出 (goods may leave, the lease ended) → 押金已退 →
已关闭``; ``取消`` from any state before 已迁出.

The notice period (``moveout.notice_days_residential`` / ``…_commercial``) is checked on the application; the
``moveout`` clock runs to the planned date, the ``refund`` clock ``moveout.deposit_refund_days`` from the move-out.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain.enums import LabelledEnum, RoomType, StaffRole
from app.domain.errors import ValidationError
from app.domain.fields import FieldSpec
from app.domain.permissions import declare
from app.domain.validation import check_phone
from app.domain.workflow import STAY, Clock, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T

S, ST, R, C = StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK

_GROUP = T("Permission", "Move-outs")
MOVEOUT_VIEW = declare("moveout.view", T("Permission", "View move-outs"), _GROUP, S, ST, R, C)
MOVEOUT_MANAGE = declare("moveout.manage", T("Permission", "Handle move-outs"), _GROUP, S, ST, R)
MOVEOUT_INSPECT = declare("moveout.inspect", T("Permission", "Inspect a unit at move-out (engineering)"),
                          _GROUP, S, ST)

KIND = "moveout"
DOC_TYPE = "CZ"
#: the fee item a compensation or a missing card is billed under (a one-off item priced per case)
COMPENSATION_ITEM = "PC"


class ApplicantRole(LabelledEnum):
    TENANT = ("tenant", T("Enum", "Tenant"), "租户")
    OWNER = ("owner", T("Enum", "Owner"), "业主")


class ConsentKind(LabelledEnum):
    """How the owner agreed to the tenant taking the belongings out (§3 rule 2)."""

    SIGNATURE = ("signature", T("Enum", "Owner's signature"), "业主签字")
    AUTHORISATION = ("authorisation", T("Enum", "Written authorisation"), "书面委托")
    PHONE = ("phone", T("Enum", "Confirmed by phone"), "电话确认")


# ------------------------------------------------------------------------------------------ messages

MSG_NO_LEASE = T("Moveout", "{room} has no open lease: a move-out ends a registered tenant's lease")
MSG_OPEN_CASE = T("Moveout", "{room} already has a move-out under way ({number})")
MSG_NOTICE = T("Moveout", "A {kind} move-out is applied for at least {days} days ahead: move out on {day} at "
                          "the earliest")
MSG_BEFORE_APPLIED = T("Moveout", "The move-out date cannot be before the application ({day})")
MSG_CONSENT_DOC = T("Moveout", "Attach the owner's signed consent or written authorisation")
MSG_CONSENT_FUTURE = T("Moveout", "The owner's confirmation cannot be later than now")
MSG_DAMAGE_LINE = T("Moveout", "Damage line {n}: write the place, the damage and the amount (客厅 墙面污损 200)")
MSG_ARREARS = T("Moveout", "{room} still owes {amount} ({bills} bills up to {day}): settle every fee through the "
                           "cashier first")
MSG_NO_RETURNS = T("Moveout", "Record the cards, keys and passes handed back first")
MSG_MISSING = T("Moveout", "{n} of {issued} access cards are not back: charge them or note why")
MSG_REFUND_OVER = T("Moveout", "A refund of {amount} is more than the deposits held less deductions ({left})")
MSG_DEDUCTION_REASON = T("Moveout", "Give the reason for the deduction")
MSG_NOT_CLEARED = T("Moveout", "{room}'s move-out {number} is {state}: goods leave only after the settlement")


# ------------------------------------------------------------------------------------------ fields

def _phone(value: str, _values: Mapping[str, Any]) -> str:
    return check_phone(value, "phone", required=True)


ROOM = FieldSpec("room", T("Moveout", "Room"), "room", required=True, placeholder=T("Moveout", "3-2-1502"),
                 column="room_code")
APPLICANT_ROLE = FieldSpec("applicant_role", T("Moveout", "Applicant is"), "choice", choices=ApplicantRole,
                           required=True, default=ApplicantRole.TENANT.value)
APPLICANT = FieldSpec("applicant", T("Moveout", "Applicant"), max_len=50,
                      placeholder=T("Moveout", "Empty: the lease's tenant"))
PHONE = FieldSpec("phone", T("Moveout", "Contact phone"), required=True, max_len=20, private=True, check=_phone)
PLANNED = FieldSpec("planned_date", T("Moveout", "Moving out on"), "date", required=True)
REASON = FieldSpec("reason", T("Moveout", "Reason"), required=True, max_len=200, wide=True,
                   suggestions=("租期届满", "提前解约", "业主收房", "换房"))

CONSENT_KIND = FieldSpec("consent_kind", T("Moveout", "Owner agreed by"), "choice", choices=ConsentKind,
                         required=True, default=ConsentKind.SIGNATURE.value, column="consent_kind")
CONSENT_AT = FieldSpec("consent_at", T("Moveout", "Agreed at"), "datetime", required=True, column="consent_at")
CONSENT_BY = FieldSpec("consent_by", T("Moveout", "Owner"), required=True, max_len=50, column="consent_by")
CONSENT_DOC = FieldSpec("consent_doc", T("Moveout", "Signed consent or authorisation"), "attachment", wide=True,
                        required_when=lambda v: v.get("consent_kind") == ConsentKind.AUTHORISATION.value)
INSPECTOR = FieldSpec("inspector", T("Moveout", "Inspected by"), required=True, max_len=50, column="inspector")
DAMAGES = FieldSpec("damages", T("Moveout", "Damage and compensation"), "multiline", max_len=1000, wide=True,
                    placeholder=T("Moveout", "One a line: place, damage, amount (客厅 墙面污损 200)"))
REPAIRS = FieldSpec("repairs_notified", T("Moveout", "Repairs notified in writing"), "bool")
CARDS_BACK = FieldSpec("cards_returned", T("Moveout", "Access cards back"), "int", required=True, lo=0, hi=99)
KEYS_BACK = FieldSpec("keys_returned", T("Moveout", "Keys back"), "int", required=True, lo=0, hi=99)
PASSES_BACK = FieldSpec("passes_returned", T("Moveout", "Passes back"), "int", lo=0, hi=99, default=0)
MISSING_CHARGE = FieldSpec("missing_charge", T("Moveout", "Charge for what is missing"), "money", lo=0)
MISSING_NOTE = FieldSpec("missing_note", T("Moveout", "What is missing, and why"), max_len=200, wide=True)
ACTUAL = FieldSpec("actual_date", T("Moveout", "Moved out on"), "date", required=True, column="actual_date")
SLIP = FieldSpec("release_slip_no", T("Moveout", "Release slip no."), max_len=30, column="release_slip_no")
REFUND = FieldSpec("amount", T("Moveout", "Refund"), "money", required=True, lo=0)
DEDUCTION = FieldSpec("deduction", T("Moveout", "Deducted"), "money", lo=0)
DEDUCTION_REASON = FieldSpec("deduction_reason", T("Moveout", "Reason for the deduction"), max_len=200, wide=True)

RECORD_FIELDS = (ROOM, APPLICANT_ROLE, APPLICANT, PHONE, PLANNED, REASON)

STATES = [
    State("applied", T("State", "Applied"), print_label="已申请"),
    State("consented", T("State", "Owner agreed"), print_label="业主已确认"),
    State("inspected", T("State", "Unit inspected"), print_label="已验房"),
    State("settled", T("State", "Fees settled"), tone="attention", print_label="已结算"),
    State("moved_out", T("State", "Moved out"), tone="attention", print_label="已迁出"),
    State("refunded", T("State", "Deposit refunded"), print_label="押金已退"),
    State("closed", T("State", "Closed"), terminal=True, print_label="已关闭"),
    State("cancelled", T("State", "Cancelled"), terminal=True, tone="void", print_label="取消"),
]
#: a move-out in these states holds the room (no second one; goods wait for the settlement)
OPEN = ("applied", "consented", "inspected", "settled")
NOT_CLEARED = ("applied", "consented", "inspected")

WORKFLOW = register(Workflow(
    KIND, label=T("Workflow", "Move-outs"), doc_type=DOC_TYPE, states=STATES, initial="applied",
    fields=RECORD_FIELDS, created_with=tuple(f.key for f in RECORD_FIELDS),
    transitions=[
        Transition("consent", "applied", "consented", label=T("Action", "Owner agreed"),
                   permission=MOVEOUT_MANAGE, fields=(CONSENT_KIND, CONSENT_AT, CONSENT_BY, CONSENT_DOC)),
        Transition("inspect", "consented", "inspected", label=T("Action", "Unit inspected"),
                   permission=MOVEOUT_INSPECT, fields=(INSPECTOR, DAMAGES, REPAIRS)),
        Transition("returns", "inspected", STAY, label=T("Action", "Cards and keys back"),
                   permission=MOVEOUT_MANAGE,
                   fields=(CARDS_BACK, KEYS_BACK, PASSES_BACK, MISSING_CHARGE, MISSING_NOTE)),
        Transition("settle", "inspected", "settled", label=T("Action", "Fees settled"),
                   permission=MOVEOUT_MANAGE),
        Transition("move_out", "settled", "moved_out", label=T("Action", "Tenant moved out"),
                   permission=MOVEOUT_MANAGE, fields=(ACTUAL, SLIP)),
        Transition("refund", "moved_out", "refunded", label=T("Action", "Refund the deposit"),
                   permission=MOVEOUT_MANAGE, fields=(REFUND, DEDUCTION, DEDUCTION_REASON)),
        Transition("close", "refunded", "closed", label=T("Action", "Close and archive"),
                   permission=MOVEOUT_MANAGE),
        Transition("cancel", OPEN, "cancelled", label=T("Action", "Cancel"), permission=MOVEOUT_MANAGE,
                   needs_note=True),
    ],
    clocks=[
        Clock("moveout", label=T("Clock", "Move out"), start_on="applied", stop_on=("moved_out", "cancelled"),
              param=None, due_field="planned_date"),
        Clock("refund", label=T("Clock", "Refund the deposit"), start_on="moved_out", stop_on=("refunded",),
              param="moveout.deposit_refund_days"),
    ],
))


# ------------------------------------------------------------------------------------------ rules

def is_commercial(room_type: str) -> bool:
    """Shops and offices give the commercial notice; homes (their garages and storage rooms too) the other."""
    return room_type in (RoomType.SHOP.value, RoomType.OFFICE.value)


def check_notice(planned: date, applied: date, days: int, commercial: bool) -> None:
    if planned < applied:
        raise ValidationError(MSG_BEFORE_APPLIED.format(day=applied.isoformat()), "planned_date")
    earliest = applied + timedelta(days=days)
    if planned < earliest:
        kind = T("Moveout", "commercial") if commercial else T("Moveout", "residential")
        raise ValidationError(MSG_NOTICE.format(kind=kind, days=days, day=earliest.isoformat()), "planned_date")


@dataclass(frozen=True)
class Damage:
    location: str
    item: str
    amount: Decimal


def parse_damages(text: str | None) -> list[Damage]:
    """One damage a line: the place, what is damaged, the compensation (its last word, a number; 0 when only
    noted)."""
    out = []
    for n, line in enumerate((text or "").splitlines(), 1):
        parts = line.replace("，", " ").replace(",", " ").split()
        if not parts:
            continue
        try:
            amount = Decimal(parts[-1].removesuffix("元"))
        except InvalidOperation:
            raise ValidationError(MSG_DAMAGE_LINE.format(n=n), "damages") from None
        if len(parts) < 3 or amount < 0 or amount != amount.quantize(Decimal("0.01")):
            raise ValidationError(MSG_DAMAGE_LINE.format(n=n), "damages")
        out.append(Damage(parts[0][:30], " ".join(parts[1:-1])[:100], amount.quantize(Decimal("0.01"))))
    return out


def check_returns(issued: int, returned: int, charge: Decimal | None, note: str | None) -> None:
    """Missing access cards are charged or noted (§4.11 validation)."""
    missing = issued - returned
    if missing > 0 and not charge and not (note or "").strip():
        raise ValidationError(MSG_MISSING.format(n=missing, issued=issued), "missing_note")


def check_refund(amount: Decimal, deduction: Decimal, held: Decimal, reason: str | None) -> None:
    """A refund never above the deposits held less the deductions; a deduction has its reason."""
    if deduction > 0 and not (reason or "").strip():
        raise ValidationError(MSG_DEDUCTION_REASON, "deduction_reason")
    left = max(held - deduction, Decimal(0))
    if amount > left:
        raise ValidationError(MSG_REFUND_OVER.format(amount=f"{amount:,.2f}", left=f"{left:,.2f}"), "amount")
