"""钥匙管理 — key management (DOMAIN.md §4.6): permissions, codes, the two declared workflows and their rules.

Two records, two workflows:

* a **key** (钥匙) of the key cabinet: a numbered slot holding one or more keys of a room (the owner's
  entrusted keys, the developer's keys of an unsold or undelivered room, repair keys) or of a common area
  (plant room, roof). ``在柜 ⇄ 借出``; ``→ 挂失 → 已换锁/已补配 → 在柜`` (the new spare is brought in);
  ``→ 已退还业主`` (closed); ``→ 作废``.
* a **loan** (钥匙借用, numbered YS…): ``借出中 → 已归还 | 遗失 | 作废``. Overdue is derived from its
  ``due_at`` and the clock, never stored.

The rules of lending that are not state changes are pure functions here (:func:`check_loan_rules`); the
service gathers the facts from the registry (who owns the room) and calls them, so every refusal has one
wording and one test.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from app.domain.enums import LabelledEnum, StaffRole
from app.domain.errors import ConflictError, ValidationError
from app.domain.permissions import declare
from app.domain.workflow import State, Transition, Workflow, register
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
    OWNER = ("owner", T("Enum", "Entrusted by the owner"))
    DEVELOPER = ("developer", T("Enum", "Developer's key (unsold or undelivered)"))
    REPAIR = ("repair", T("Enum", "Repair key"))
    PUBLIC = ("public", T("Enum", "Common area or plant room"))


class KeySource(LabelledEnum):
    OWNER = ("owner", T("Enum", "Owner"))
    DEVELOPER = ("developer", T("Enum", "Developer"))
    COMPANY = ("company", T("Enum", "Property company"))


#: the source a category's keys come from by default
DEFAULT_SOURCE = {KeyCategory.OWNER: KeySource.OWNER, KeyCategory.DEVELOPER: KeySource.DEVELOPER,
                  KeyCategory.REPAIR: KeySource.OWNER, KeyCategory.PUBLIC: KeySource.COMPANY}


class BorrowerType(LabelledEnum):
    OWNER = ("owner", T("Enum", "Owner"))
    AGENT = ("agent", T("Enum", "Owner's agent or family"))
    STAFF = ("staff", T("Enum", "Staff"))
    CONTRACTOR = ("contractor", T("Enum", "Contractor"))


class Authorisation(LabelledEnum):
    """How a non-owner shows the owner agreed (DOMAIN.md §3.2)."""

    NONE = ("", T("Enum", "None"))
    REGISTERED = ("registered", T("Enum", "Registered co-owner or agent of the room"))
    WRITTEN = ("written", T("Enum", "Owner's written authorisation"))
    PHONE = ("phone", T("Enum", "Owner confirmed by phone"))


class LoanPurpose(LabelledEnum):
    OWNER_USE = ("owner_use", T("Enum", "Owner's own use"))
    VIEWING = ("viewing", T("Enum", "Viewing"))
    REPAIR = ("repair", T("KeyPurpose", "Repair"))
    INSPECTION = ("inspection", T("Enum", "Inspection"))
    RENOVATION = ("renovation", T("Enum", "Renovation"))
    EMERGENCY = ("emergency", T("Enum", "Emergency (fire, leak)"))
    WORK = ("work", T("Enum", "Work in a common area"))
    OTHER = ("other", T("Enum", "Other"))


STAFF_SIDE = (BorrowerType.STAFF, BorrowerType.CONTRACTOR)
#: owners' keys (entrusted or repair keys: the home is the owner's) need approval when staff use them
OWNER_KEYS = (KeyCategory.OWNER, KeyCategory.REPAIR)


# ------------------------------------------------------------------------------------------ the key

KEY_FIELDS: dict[str, Text] = {
    "count": T("Field", "Number of keys"),
    "identity": T("Field", "Identity of the person taking the key back"),
}

KEY_STATES = [
    State("in_cabinet", T("State", "In the cabinet")),
    State("on_loan", T("State", "On loan")),
    State("lost", T("State", "Lost")),
    State("replaced", T("State", "Lock changed, new key awaited")),
    State("withdrawn", T("State", "Returned to the owner"), terminal=True),
    State("void", T("State", "Void"), terminal=True),
]

KEY_TRANSITIONS = [
    Transition("lend", "in_cabinet", "on_loan", label=T("Action", "Lend"), permission=KEYS_MANAGE),
    Transition("take_back", "on_loan", "in_cabinet", label=T("Action", "Take back"), permission=KEYS_MANAGE),
    Transition("report_lost", ("in_cabinet", "on_loan"), "lost", label=T("Action", "Report lost"),
               permission=KEYS_MANAGE, needs_note=True),
    Transition("found", "lost", "in_cabinet", label=T("Action", "Found again"), permission=KEYS_MANAGE),
    Transition("replace", "lost", "replaced", label=T("Action", "Lock changed or spare cut"),
               permission=KEYS_MANAGE, needs_note=True),
    Transition("restock", ("replaced", "lost"), "in_cabinet", label=T("Action", "New key brought in"),
               permission=KEYS_MANAGE, requires=("count",)),
    Transition("withdraw", "in_cabinet", "withdrawn", label=T("Action", "Owner takes the key back"),
               permission=KEYS_MANAGE, requires=("identity",)),
    Transition("void", "*", "void", label=T("Action", "Void"), permission=KEYS_APPROVE, requires=("reason",),
               exclude=("on_loan",)),
]

KEY = register(Workflow(KEY_KIND, label=T("Workflow", "Key cabinet"), doc_type=None, states=KEY_STATES,
                        initial="in_cabinet", transitions=KEY_TRANSITIONS, fields=KEY_FIELDS))

#: key actions the service does itself, as part of a loan (never a button of the key)
KEY_INTERNAL = frozenset({"lend", "take_back"})
KEY_OPEN_STATES = KEY.open_states


# ------------------------------------------------------------------------------------------ the loan

LOAN_FIELDS: dict[str, Text] = {
    "count_in": T("Field", "Keys returned"),
    "returned_by": T("Field", "Returned by"),
    "due_at": T("Field", "New due time"),
    "owner_notified": T("Field", "How the owner was told"),
}

LOAN_STATES = [
    State("out", T("State", "On loan")),
    State("returned", T("State", "Returned"), terminal=True),
    State("lost", T("State", "Lost"), terminal=True),
    State("void", T("State", "Void"), terminal=True),
]

LOAN_TRANSITIONS = [
    Transition("return", "out", "returned", label=T("Action", "Return"), permission=KEYS_MANAGE,
               requires=("count_in", "returned_by")),
    Transition("extend", "out", "out", label=T("Action", "Extend"), permission=KEYS_APPROVE,
               requires=("due_at", "reason")),
    Transition("notify_owner", "out", "out", label=T("Action", "Owner notified"), permission=KEYS_MANAGE,
               requires=("owner_notified",)),
    Transition("lose", "out", "lost", label=T("Action", "Report lost"), permission=KEYS_MANAGE,
               needs_note=True),
    Transition("void", "*", "void", label=T("Action", "Void"), permission=KEYS_APPROVE, requires=("reason",)),
]

LOAN = register(Workflow(LOAN_KIND, label=T("Workflow", "Key loans"), doc_type=LOAN_DOC_TYPE,
                         states=LOAN_STATES, initial="out", transitions=LOAN_TRANSITIONS, fields=LOAN_FIELDS))

OUT = "out"


def state_label(workflow: Workflow, state: str) -> Text | str:
    try:
        return workflow.state(state).label
    except KeyError:
        return state


# ------------------------------------------------------------------------------------------ lending rules

MSG_KEY_OUT = T("Keys", "Key {slot} is already out: lent to {name} on {when} ({number}). It must be "
                        "returned before it can be lent again")
MSG_KEY_NOT_IN = T("Keys", "Key {slot} is not in the cabinet ({state}) and cannot be lent")
MSG_NOT_AUTHORISED = T("Keys", "{name} is not an owner, co-owner or registered agent of {room}: the owner's "
                               "written authorisation or a phone confirmation by the owner is needed")
MSG_AUTHORISER = T("Keys", "{name} is not an owner of {room}: only an owner can authorise the loan")
MSG_OWNER_MISMATCH = T("Keys", "{name} is not registered as an owner of {room} (check the household card)")
MSG_NEEDS_APPROVAL = T("Keys", "Staff using an owner's key need the approval of the CS supervisor")
MSG_APPROVER = T("Keys", "{name} may not approve the use of an owner's key")
MSG_NEEDS_NOTICE = T("Keys", "Tell the owner before staff use their key (only an emergency entry may tell "
                             "the owner afterwards)")
MSG_PUBLIC_WORK = T("Keys", "Common-area and plant-room keys are lent only to staff or contractors for work")
MSG_DUE = T("Keys", "The due time ({due}) must be after the time the key is lent ({lent})")
MSG_DUE_LONG = T("Keys", "Keys are due back by {due}: a longer loan needs the approval of the CS supervisor")
MSG_SHORT = T("Keys", "{missing} of the {out} keys lent are missing. Count again, or confirm to register "
                      "the missing keys as lost")
MSG_TOO_MANY = T("Keys", "{count_in} keys returned but only {out} were lent")


@dataclass(frozen=True)
class LoanFacts:
    """What the service found out about a loan request, for :func:`check_loan_rules`."""

    slot: str
    key_state: str
    category: KeyCategory
    room: str                              # room code or location, for messages
    borrower_name: str
    borrower_type: BorrowerType
    borrower_registered: bool              # the borrower is an owner/co-owner/agent of the room
    borrower_is_owner: bool                # ... an owner or co-owner
    authorisation: Authorisation
    authoriser_is_owner: bool              # the person who authorised is an owner of the room
    authoriser_name: str
    approver_name: str                     # "" if none
    approver_may_approve: bool
    owner_notified: bool
    emergency: bool
    lent_at: datetime
    due_at: datetime
    default_due: datetime
    current_loan: tuple[str, str, datetime] | None = None   # (number, borrower, lent at) of the loan out


def check_loan_rules(f: LoanFacts) -> None:
    """Every rule of §4.6 "Lending" and "Validation"; the first broken one raises, naming its field."""
    if f.key_state == "on_loan" and f.current_loan:
        number, name, when = f.current_loan
        raise ConflictError(MSG_KEY_OUT.format(slot=f.slot, name=name, when=f"{when:%Y-%m-%d %H:%M}",
                                               number=number))
    if f.key_state != "in_cabinet":
        raise ConflictError(MSG_KEY_NOT_IN.format(slot=f.slot, state=state_label(KEY, f.key_state)))
    staff_side = f.borrower_type in STAFF_SIDE
    if f.category is KeyCategory.PUBLIC and not staff_side:
        raise ValidationError(MSG_PUBLIC_WORK, "borrower_type")
    if f.category in OWNER_KEYS:
        if staff_side:
            if not f.approver_name:
                raise ValidationError(MSG_NEEDS_APPROVAL, "approver")
            if not f.approver_may_approve:
                raise ValidationError(MSG_APPROVER.format(name=f.approver_name), "approver")
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
    if f.due_at > f.default_due and not f.approver_may_approve:
        raise ValidationError(MSG_DUE_LONG.format(due=f"{f.default_due:%Y-%m-%d %H:%M}"), "due_at")


def check_return_count(count_out: int, count_in: int, confirm_loss: bool) -> int:
    """The number of keys missing at a return (0: complete); a short count without confirmation is refused."""
    if count_in < 0:
        raise ValidationError(T("Keys", "The number of keys returned cannot be negative"), "count_in")
    if count_in > count_out:
        raise ValidationError(MSG_TOO_MANY.format(count_in=count_in, out=count_out), "count_in")
    missing = count_out - count_in
    if missing and not confirm_loss:
        raise ConflictError(MSG_SHORT.format(missing=missing, out=count_out))
    return missing


def is_overdue(status: str, due_at: datetime | None, now: datetime) -> bool:
    """A loan still out after its due time (derived, never stored)."""
    return status == OUT and due_at is not None and now > due_at


def key_actions(state: str, permissions: Iterable[str]) -> list[Transition]:
    """The buttons of a key (the loan-driven actions are not buttons)."""
    return [t for t in KEY.allowed_actions(state, permissions) if t.name not in KEY_INTERNAL]


def loan_actions(state: str, permissions: Iterable[str]) -> list[Transition]:
    return LOAN.allowed_actions(state, permissions)
