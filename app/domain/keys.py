"""钥匙管理 — key management (DOMAIN.md §4.6): permissions, codes, fields, the two declared workflows and
their rules.

Two records, two workflows:

* a **key** (钥匙) of the key cabinet: a numbered slot holding one or more keys of a room (the owner's
  entrusted keys, the developer's keys of an unsold or undelivered room, repair keys) or of a common area
  (plant room, roof). ``在柜 ⇄ 借出`` (lent with the loan's fields, taken back through the loan);
  ``→ 挂失 → 已换锁/已补配 → 在柜`` (the new spare is brought in); ``→ 已退还业主`` (closed); ``→ 作废``.
* a **loan** (钥匙借用, numbered YS…): ``借出中 → 已归还 | 遗失 | 作废``. Its deadline is the ``due`` clock
  (by closing time of the working day, or the time given when lending or extending); overdue is derived.
  A loan that needs the 客服主管's approval and is sent for it waits ``待审批`` (the key stays in the
  cabinet and is lent to nobody else) until a supervisor approves it (signed in on any desk, or typing her
  own password here: the event is hers) ``→ 借出中``, or refuses it ``→ 已拒绝``. An overdue loan's calls
  to the borrower are its ``call`` events (the 钥匙管理备忘录: who called whom, when, the result).

The rules of lending that are not state changes are pure functions here (:func:`check_loan_rules`); the
service gathers the facts from the registry (who owns the room) and calls them, so every refusal has one
wording and one test.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.enums import IdType, LabelledEnum, StaffRole
from app.domain.errors import ConflictError, ValidationError
from app.domain.fields import VOID_REASON, FieldSpec
from app.domain.permissions import declare
from app.domain.validation import check_id_number, check_phone
from app.domain.workflow import ANY, Clock, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

S, ST, R, C = StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK

# ------------------------------------------------------------------------------------------ permissions

_GROUP = T("Permission", "Key management")
KEYS_VIEW = declare("keys.view", T("Permission", "View the key cabinet and loans"), _GROUP, S, ST, R, C)
KEYS_MANAGE = declare("keys.manage", T("Permission", "Take in, lend and take back keys"), _GROUP, S, R, ST)
KEYS_APPROVE = declare("keys.approve", T("Permission", "Approve the use of an owner's key"), _GROUP, S)
KEYS_STOCKTAKE = declare("keys.stocktake", T("Permission", "Count the key cabinet"), _GROUP, S, C)

KEY_KIND = "key"
LOAN_KIND = "key_loan"
LOAN_DOC_TYPE = "YS"
ENTRUST_DOC_TYPE = "WT"


# ------------------------------------------------------------------------------------------ codes

class KeyCategory(LabelledEnum):
    OWNER = ("owner", T("Enum", "Entrusted by the owner"), "业主托管钥匙")
    DEVELOPER = ("developer", T("Enum", "Developer's key (unsold or undelivered)"), "空置房/开发商钥匙")
    REPAIR = ("repair", T("Enum", "Repair key"))
    PUBLIC = ("public", T("Enum", "Common area or plant room"), "公共区域/设备房钥匙")


class KeySource(LabelledEnum):
    OWNER = ("owner", T("Enum", "Owner"))
    DEVELOPER = ("developer", T("Enum", "Developer"))
    COMPANY = ("company", T("Enum", "Property company"))


#: the source a category's keys come from
DEFAULT_SOURCE = {KeyCategory.OWNER: KeySource.OWNER, KeyCategory.DEVELOPER: KeySource.DEVELOPER,
                  KeyCategory.REPAIR: KeySource.OWNER, KeyCategory.PUBLIC: KeySource.COMPANY}


class BorrowerType(LabelledEnum):
    OWNER = ("owner", T("Enum", "Owner"))
    AGENT = ("agent", T("Enum", "Owner's agent or family"), "代理人/家属")
    STAFF = ("staff", T("Enum", "Staff"))
    CONTRACTOR = ("contractor", T("Enum", "Contractor"))


class Authorisation(LabelledEnum):
    """How a non-owner shows the owner agreed (DOMAIN.md §3.2)."""

    NONE = ("", T("Enum", "None"))
    REGISTERED = ("registered", T("Enum", "Registered co-owner or agent of the room"), "登记的共有人/代理人")
    WRITTEN = ("written", T("Enum", "Owner's written authorisation"))
    PHONE = ("phone", T("Enum", "Owner confirmed by phone"))


class LoanPurpose(LabelledEnum):
    OWNER_USE = ("owner_use", T("Enum", "Owner's own use"))
    VIEWING = ("viewing", T("Enum", "Viewing"))
    REPAIR = ("repair", T("KeyPurpose", "Repair"))
    INSPECTION = ("inspection", T("Enum", "Inspection"), "巡检/验房")
    RENOVATION = ("renovation", T("Enum", "Renovation"))
    EMERGENCY = ("emergency", T("Enum", "Emergency (fire, leak)"), "紧急入户（火警、漏水）")
    WORK = ("work", T("Enum", "Work in a common area"))
    OTHER = ("other", T("Enum", "Other"))


STAFF_SIDE = (BorrowerType.STAFF, BorrowerType.CONTRACTOR)
#: owners' keys (entrusted or repair keys: the home is the owner's) need approval when staff use them
OWNER_KEYS = (KeyCategory.OWNER, KeyCategory.REPAIR)
SLOT_MAX = 20
_SLOT_RE = re.compile(r"[0-9A-Z][0-9A-Z-]{0,19}")


# ------------------------------------------------------------------------------------------ messages

MSG_KEY_OUT = T("Keys", "Key {slot} is already out: lent to {name} on {when} ({number}). It must be "
                        "returned before it can be lent again")
MSG_KEY_NOT_IN = T("Keys", "Key {slot} is not in the cabinet ({state}) and cannot be lent")
MSG_LOSS_ON_LOAN = T("Keys", "Key {slot} is on loan: register the loss on its loan")
MSG_SLOT = T("Keys", "A cabinet slot has at most 20 letters, digits and dashes, such as A-015")
MSG_NOT_AUTHORISED = T("Keys", "{name} is not an owner, co-owner or registered agent of {room}: the owner's "
                               "written authorisation or a phone confirmation by the owner is needed")
MSG_AUTHORISER = T("Keys", "{name} is not an owner of {room}: only an owner can authorise the loan")
MSG_OWNER_MISMATCH = T("Keys", "{name} is not registered as an owner of {room} (check the household card)")
MSG_NEEDS_APPROVAL = T("Keys", "Staff using an owner's key need the approval of the CS supervisor")
MSG_APPROVER = T("Keys", "{name} may not approve the use of an owner's key")
MSG_APPROVER_ABSENT = T("Keys", "{name} must approve the loan in person: they type their own password here, "
                                "or lend the key signed in themselves")
MSG_VIEWING = T("Keys", "For viewings staff keep the key and open the door: a developer's key, or a key for a "
                        "viewing, is lent only to staff or contractors")
MSG_NEEDS_NOTICE = T("Keys", "Tell the owner before staff use their key (only an emergency entry may tell "
                             "the owner afterwards)")
MSG_PUBLIC_WORK = T("Keys", "Common-area and plant-room keys are lent only to staff or contractors for work")
MSG_DUE = T("Keys", "The due time ({due}) must be after the time the key is lent ({lent})")
MSG_DUE_LONG = T("Keys", "Keys are due back by {due}: a longer loan needs the approval of the CS supervisor")
MSG_SHORT = T("Keys", "{missing} of the {out} keys lent are missing. Count again, or confirm to register "
                      "the missing keys as lost")
MSG_TOO_MANY = T("Keys", "{count_in} keys returned but only {out} were lent")
MSG_NOT_RETURNED = T("Keys", "{missing} of {out} keys not returned")
MSG_LATER_DUE = T("Keys", "The new due time must be later than the current one ({due})")
MSG_SLOT_HOLDS = T("Keys", "Slot {slot} holds only {n} keys")
MSG_KEY_PENDING = T("Keys", "Key {slot} is reserved: loan {number} to {name} waits for the CS supervisor's "
                            "approval")
MSG_APPROVE_IN_PERSON = T("Keys", "A CS supervisor approves the loan: signed in herself, or typing her own "
                                  "password in this dialog")
MSG_HAND_OUT = T("Keys", "Key {slot} is not in the cabinet ({state}): the loan cannot be handed out")


def _slot(value: str, _values: Mapping[str, Any]) -> str:
    slot = re.sub(r"\s", "", value).upper()
    if not _SLOT_RE.fullmatch(slot):
        raise ValidationError(MSG_SLOT, "key_no")
    return slot


def _id_number(value: str, values: Mapping[str, Any]) -> str:
    return check_id_number(values.get("id_type") or IdType.RESIDENT.value, value)


def _phone(value: str, _values: Mapping[str, Any]) -> str:
    return check_phone(value, "phone")


# ------------------------------------------------------------------------------------------ fields

def _staff_side(values: Mapping[str, Any]) -> bool:
    """The borrower is staff or a contractor (no document or phone asked): as typed or parsed."""
    return values.get("borrower_type") in {t.value for t in STAFF_SIDE}


# the key, as it is taken into the cabinet
KEY_NO = FieldSpec("key_no", T("Keys", "Cabinet slot"), required=True, max_len=SLOT_MAX, check=_slot,
                   placeholder=T("Keys", "A-015"))
CATEGORY = FieldSpec("category", T("Keys", "Category"), "choice", choices=KeyCategory, required=True,
                     default=KeyCategory.OWNER.value)
ROOM = FieldSpec("room", T("Keys", "Room"), "room", placeholder=T("Keys", "3-2-1502"))
LOCATION = FieldSpec("location", T("Keys", "Location (common area)"), max_len=60,
                     required_when=lambda v: v.get("category") == KeyCategory.PUBLIC.value)
COUNT = FieldSpec("count", T("Keys", "Number of keys"), "int", required=True, lo=1, hi=50, default=1)
DESCRIPTION = FieldSpec("description", T("Keys", "Description"), max_len=100)
ENTRUSTED_BY = FieldSpec("entrusted_by", T("Keys", "Entrusted by (owner)"), max_len=30,
                         required_when=lambda v: v.get("category") == KeyCategory.OWNER.value)
ENTRUST_REASON = FieldSpec("entrust_reason", T("Keys", "Reason for entrusting"), max_len=200)
PICKUP_RULE = FieldSpec("pickup_rule", T("Keys", "Pick-up requirements"), max_len=200, wide=True)
REMARKS = FieldSpec("remarks", T("Keys", "Remarks"), "multiline", max_len=500, wide=True)

# lending
BORROWER_TYPE = FieldSpec("borrower_type", T("Keys", "Borrower is"), "choice", choices=BorrowerType,
                          required=True, default=BorrowerType.OWNER.value)
BORROWER_NAME = FieldSpec("borrower_name", T("Keys", "Borrower"), required=True, max_len=30)
ID_TYPE = FieldSpec("id_type", T("Keys", "Document type"), "choice", choices=IdType, required=True,
                    default=IdType.RESIDENT.value)
ID_NUMBER = FieldSpec("id_number", T("Keys", "Document no."), max_len=30, private=True, check=_id_number,
                      required_when=lambda v: not _staff_side(v))
PHONE = FieldSpec("phone", T("Keys", "Phone"), max_len=20, private=True, check=_phone,
                  required_when=lambda v: not _staff_side(v))
PURPOSE = FieldSpec("purpose", T("Keys", "Purpose"), "choice", choices=LoanPurpose, required=True,
                    default=LoanPurpose.OWNER_USE.value)
PURPOSE_TEXT = FieldSpec("purpose_text", T("Keys", "Purpose details"), max_len=200, wide=True,
                         required_when=lambda v: v.get("purpose") == LoanPurpose.OTHER.value)
AUTHORISATION = FieldSpec("authorisation", T("Keys", "Owner's authorisation"), "choice",
                          choices=(Authorisation.WRITTEN, Authorisation.PHONE))
AUTHORISER = FieldSpec("authoriser", T("Keys", "Authorised by (owner)"), max_len=30)
APPROVER = FieldSpec("approver", T("Keys", "Approved by"), "staff", permission=KEYS_APPROVE)
OWNER_TOLD = FieldSpec("owner_notified", T("Keys", "Owner told (how, when)"), max_len=100)
EMERGENCY = FieldSpec("emergency", T("Keys", "Emergency entry (fire, leak)"), "bool")
COUNT_OUT = FieldSpec("count_out", T("Keys", "Number of keys"), "int", lo=1, hi=50,
                      placeholder=T("Keys", "Empty: every key of the slot"))
DUE_AT = FieldSpec("due_at", T("Keys", "Due back"), "datetime",
                   placeholder=T("Keys", "Empty: closing time of the working day"))
ASK_APPROVAL = FieldSpec("ask_approval", T("Keys", "Send for the supervisor's approval"), "bool")

# the loan's way back, and the key's own actions
COUNT_IN = FieldSpec("count_in", T("Keys", "Keys returned"), "int", required=True, lo=0, hi=50,
                     column="count_in")
RETURNED_BY = FieldSpec("returned_by", T("Keys", "Returned by"), required=True, max_len=30, column="returned_by")
CONFIRM_LOSS = FieldSpec("confirm_loss", T("Keys", "Register missing keys as lost"), "bool")
NEW_DUE = FieldSpec("due_at", T("Keys", "Due back"), "datetime", required=True)
EXTENSION_REASON = FieldSpec("reason", T("Keys", "Reason"), required=True, max_len=200, wide=True,
                             column="extension_reason")
HOW_TOLD = FieldSpec("owner_notified", T("Keys", "How the owner was told"), required=True, max_len=100,
                     column="owner_notified")
MISSING = FieldSpec("missing", T("Keys", "Keys missing"), "int", lo=1, hi=50,
                    placeholder=T("Keys", "Empty: every key of the slot"))
NEW_COUNT = FieldSpec("new_count", T("Keys", "Number of keys"), "int", required=True, lo=1, hi=50,
                      column="count")
IDENTITY = FieldSpec("identity", T("Keys", "Owner (identity checked)"), required=True, max_len=30)

# the stock-take
FOUND = FieldSpec("found", T("Keys", "Keys found"), "int", lo=0, hi=50)
STOCKTAKE_NOTE = FieldSpec("note", T("Keys", "Note"), max_len=200)

# the call to a borrower who has not brought the key back (钥匙管理备忘录)
CALLED = FieldSpec("called", T("Keys", "Person called"), required=True, max_len=30)
CALL_RESULT = FieldSpec("call_result", T("Keys", "Result of the call"), required=True, max_len=200, wide=True)


# ------------------------------------------------------------------------------------------ the key

def _lendable(key: Any) -> Text | None:
    """A key is lent from the cabinet only (the loan out, or the state it is in, says why not)."""
    loan = getattr(key, "current_loan", None)
    if key.status == "on_loan" and loan is not None:
        return MSG_KEY_OUT.format(slot=key.key_no, name=loan.borrower_name, when=f"{loan.lent_at:%Y-%m-%d %H:%M}",
                                  number=loan.number)
    if key.status != "in_cabinet":
        return MSG_KEY_NOT_IN.format(slot=key.key_no, state=KEY.state(key.status).label)
    pending = getattr(key, "pending_loan", None)
    if pending is not None:
        return MSG_KEY_PENDING.format(slot=key.key_no, number=pending.number, name=pending.borrower_name)
    return None


def _in_cabinet(key: Any) -> Text | None:
    if key.status != "in_cabinet":
        return MSG_HAND_OUT.format(slot=key.key_no, state=KEY.state(key.status).label)
    return None


def _not_on_loan(key: Any) -> Text | None:
    return MSG_LOSS_ON_LOAN.format(slot=key.key_no) if key.status == "on_loan" else None


KEY_STATES = [
    State("in_cabinet", T("State", "In the cabinet")),
    State("on_loan", T("State", "On loan")),
    State("lost", T("State", "Lost"), tone="attention"),
    State("replaced", T("State", "Lock changed, new key awaited"), tone="attention"),
    State("withdrawn", T("State", "Returned to the owner"), terminal=True),
    #: a developer's key handed to the buyer at the move-in (零星入住, §4.13 step 6)
    State("delivered", T("State", "Handed over to the owner"), terminal=True, print_label="已交付业主"),
    State("void", T("State", "Void"), terminal=True),
]

KEY = register(Workflow(
    KEY_KIND, label=T("Workflow", "Key cabinet"), doc_type=None, states=KEY_STATES, initial="in_cabinet",
    fields=(KEY_NO, CATEGORY, ROOM, LOCATION, COUNT, DESCRIPTION, ENTRUSTED_BY, ENTRUST_REASON, PICKUP_RULE,
            REMARKS),
    transitions=[
        Transition("lend", ANY, "on_loan", label=T("Action", "Lend"), permission=KEYS_MANAGE, guard=_lendable,
                   fields=(BORROWER_TYPE, BORROWER_NAME, ID_TYPE, ID_NUMBER, PHONE, PURPOSE, PURPOSE_TEXT,
                           AUTHORISATION, AUTHORISER, APPROVER, OWNER_TOLD, EMERGENCY, COUNT_OUT, DUE_AT,
                           ASK_APPROVAL)),
        # a loan sent for approval: done by the service in place of the lending (the key stays in)
        Transition("reserve", "in_cabinet", "in_cabinet", label=T("Action", "Loan sent for approval"),
                   permission=KEYS_MANAGE, hidden=True),
        # the approved loan handed out (the loan's approval does it)
        Transition("hand_out", "in_cabinet", "on_loan", label=T("Action", "Handed out on approval"),
                   permission=KEYS_APPROVE, hidden=True, guard=_in_cabinet),
        # done through the loan: its return, loss or void puts the key back
        Transition("take_back", "on_loan", "in_cabinet", label=T("Action", "Take back"), permission=KEYS_MANAGE,
                   hidden=True),
        Transition("report_lost", ("in_cabinet", "on_loan"), "lost", label=T("Action", "Report lost"),
                   permission=KEYS_MANAGE, needs_note=True, guard=_not_on_loan, fields=(MISSING,)),
        Transition("found", "lost", "in_cabinet", label=T("Action", "Found again"), permission=KEYS_MANAGE),
        Transition("replace", "lost", "replaced", label=T("Action", "Lock changed or spare cut"),
                   permission=KEYS_MANAGE, needs_note=True),
        Transition("restock", ("replaced", "lost"), "in_cabinet", label=T("Action", "New key brought in"),
                   permission=KEYS_MANAGE, fields=(NEW_COUNT,)),
        Transition("withdraw", "in_cabinet", "withdrawn", label=T("Action", "Owner takes the key back"),
                   permission=KEYS_MANAGE, fields=(IDENTITY,)),
        # done by the move-in as it hands the room over (app.services.keys.deliver_in)
        Transition("deliver", "in_cabinet", "delivered", label=T("Action", "Handed over to the owner at move-in"),
                   permission=KEYS_MANAGE, hidden=True, guard=_in_cabinet),
        Transition("void", ANY, "void", label=T("Action", "Void"), permission=KEYS_APPROVE, fields=(VOID_REASON,),
                   exclude=("on_loan",)),
    ]))


def expected_in_slot(status: str, count: int, missing: int) -> int:
    """How many keys a slot should hold: the key's count less what is missing while it is in the cabinet,
    none while it is out, lost or awaiting its new key (the stock-take compares with it)."""
    return count - missing if status == "in_cabinet" else 0


# ------------------------------------------------------------------------------------------ the loan

LOAN_STATES = [
    State("pending", T("State", "Awaiting approval"), tone="attention", print_label="待审批"),
    State("out", T("State", "On loan")),
    State("returned", T("State", "Returned"), terminal=True),
    State("lost", T("State", "Lost"), terminal=True, tone="attention", print_label="遗失"),
    State("refused", T("State", "Approval refused"), terminal=True, tone="void", print_label="已拒绝"),
    State("void", T("State", "Void"), terminal=True),
]

LOAN = register(Workflow(
    LOAN_KIND, label=T("Workflow", "Key loans"), doc_type=LOAN_DOC_TYPE, states=LOAN_STATES, initial="out",
    also_initial=("pending",),
    transitions=[
        # a supervisor signed in, or one typing her own password in the dialog (the service then acts as her)
        Transition("approve", "pending", "out", label=T("Action", "Approve and hand out"), permission=KEYS_MANAGE,
                   fields=(APPROVER,)),
        Transition("refuse", "pending", "refused", label=T("Action", "Refuse"), permission=KEYS_APPROVE,
                   needs_note=True),
        Transition("return", "out", "returned", label=T("Action", "Return"), permission=KEYS_MANAGE,
                   fields=(COUNT_IN, RETURNED_BY, CONFIRM_LOSS)),
        # a return short of keys, confirmed: the service records it in place of the return
        Transition("return_short", "out", "lost", label=T("Action", "Returned with keys missing"),
                   permission=KEYS_MANAGE, hidden=True),
        Transition("extend", "out", "out", label=T("Action", "Extend"), permission=KEYS_APPROVE,
                   fields=(NEW_DUE, EXTENSION_REASON)),
        Transition("notify_owner", "out", "out", label=T("Action", "Owner notified"), permission=KEYS_MANAGE,
                   fields=(HOW_TOLD,)),
        Transition("call", "out", "out", label=T("Action", "Record a call to the borrower"),
                   permission=KEYS_MANAGE, fields=(CALLED, CALL_RESULT)),
        Transition("lose", "out", "lost", label=T("Action", "Report lost"), permission=KEYS_MANAGE,
                   needs_note=True),
        Transition("void", ANY, "void", label=T("Action", "Void"), permission=KEYS_APPROVE, fields=(VOID_REASON,)),
    ],
    clocks=[Clock("due", label=T("Clock", "Return the key"), start_on="out", stop_on=("returned", "lost", "void"),
                  param="keys.loan_due_close_time", due_field="due_at")],
))


# ------------------------------------------------------------------------------------------ lending rules

@dataclass(frozen=True)
class LoanFacts:
    """What the service found out about a loan request, for :func:`check_loan_rules`."""

    category: KeyCategory
    room: str                              # room code or location, for messages
    borrower_name: str
    borrower_type: BorrowerType
    purpose: LoanPurpose
    borrower_registered: bool              # the borrower is an owner/co-owner/agent of the room
    borrower_is_owner: bool                # ... an owner or co-owner
    authorisation: Authorisation
    authoriser_is_owner: bool              # the person who authorised is an owner of the room
    authoriser_name: str
    approver_name: str                     # "" if none
    approver_may_approve: bool
    #: the approver approved acting: signed in at this desk, or by typing their own password here
    approver_acting: bool
    owner_notified: bool
    emergency: bool
    lent_at: datetime
    due_at: datetime
    default_due: datetime
    #: the loan is sent for the supervisor's approval when it needs one not given here and now
    ask_approval: bool = False


def needs_approval(f: LoanFacts) -> bool:
    """Whether the loan needs a 客服主管's approval: staff using an owner's key, or a loan past the day's
    close (or an approver named for it)."""
    return bool((f.category in OWNER_KEYS and f.borrower_type in STAFF_SIDE) or f.due_at > f.default_due
                or f.approver_name)


def waits_for_approval(f: LoanFacts) -> bool:
    """The loan waits 待审批: it needs an approval, it was sent for one, and none was given in person."""
    return f.ask_approval and needs_approval(f) and not (f.approver_may_approve and f.approver_acting)


def check_loan_rules(f: LoanFacts) -> None:
    """The rules of §4.6 "Lending" and "Validation" for a key in the cabinet (the lend transition's guard
    refuses a key that is not); the first broken one raises, naming its field. A loan sent for approval
    (``ask_approval``) is not refused for the approval it waits for: it waits 待审批."""
    staff_side = f.borrower_type in STAFF_SIDE
    if f.category is KeyCategory.PUBLIC and not staff_side:
        raise ValidationError(MSG_PUBLIC_WORK, "borrower_type")
    if not staff_side and (f.category is KeyCategory.DEVELOPER or f.purpose is LoanPurpose.VIEWING):
        raise ValidationError(MSG_VIEWING, "borrower_type")
    if f.approver_name:     # an approval counts only when the approver gave it (not a name picked from a list)
        if not f.approver_may_approve:
            raise ValidationError(MSG_APPROVER.format(name=f.approver_name), "approver")
        if not f.approver_acting and not f.ask_approval:
            raise ValidationError(MSG_APPROVER_ABSENT.format(name=f.approver_name), "approver")
    if f.category in OWNER_KEYS:
        if staff_side:
            if not f.approver_name and not f.ask_approval:
                raise ValidationError(MSG_NEEDS_APPROVAL, "approver")
            if not f.owner_notified and not f.emergency:
                raise ValidationError(MSG_NEEDS_NOTICE, "owner_notified")
        elif f.borrower_type is BorrowerType.OWNER:
            if not f.borrower_is_owner:
                raise ValidationError(MSG_OWNER_MISMATCH.format(name=f.borrower_name, room=f.room),
                                      "borrower_name")
        elif not f.borrower_registered:
            if f.authorisation not in (Authorisation.WRITTEN, Authorisation.PHONE):
                raise ValidationError(MSG_NOT_AUTHORISED.format(name=f.borrower_name, room=f.room),
                                      "authorisation")
            if not f.authoriser_is_owner:
                raise ValidationError(MSG_AUTHORISER.format(name=f.authoriser_name or "—", room=f.room),
                                      "authoriser")
    if f.due_at <= f.lent_at:
        raise ValidationError(MSG_DUE.format(due=f"{f.due_at:%Y-%m-%d %H:%M}", lent=f"{f.lent_at:%Y-%m-%d %H:%M}"),
                              "due_at")
    if f.due_at > f.default_due and not (f.approver_may_approve and f.approver_acting) and not f.ask_approval:
        raise ValidationError(MSG_DUE_LONG.format(due=f"{f.default_due:%Y-%m-%d %H:%M}"), "due_at")


def check_return_count(count_out: int, count_in: int, confirm_loss: bool) -> int:
    """The number of keys missing at a return (0: complete); a short count without confirmation is refused."""
    if count_in > count_out:
        raise ValidationError(MSG_TOO_MANY.format(count_in=count_in, out=count_out), "count_in")
    missing = count_out - count_in
    if missing and not confirm_loss:
        raise ConflictError(MSG_SHORT.format(missing=missing, out=count_out))
    return missing
