"""钥匙管理 — the key cabinet and its loans (DOMAIN.md §4.6) on the record kit.

The two workflows, their fields and rules are declared in :mod:`app.domain.keys`; this module registers them
as record kinds (app.services.records does every action: permission, parsing, checks, events, clocks) and
adds what is their own:

* taking a key in (``records.create`` of a key: the slot free, the room known, an owner's key entrusted by a
  registered owner and numbered WT… for its 委托书);
* lending it: the key's ``lend`` checks every rule of §4.6 and makes the loan (YS…) in the same transaction;
  the loan's return (a short count, confirmed, is recorded as its loss), loss and void put the key back or
  report it lost, also in that transaction; extension, the owner told, lock changes, the owner taking the key
  back, the stock-take;
* the lists (keyset-paged; deadlines through the loan's ``due`` clock and its index), the detail panes' rows,
  the home tile, the handover's open items, the household-card section and the print sources
  ``key_handover`` (YS…), ``key_entrustment`` (WT…) and ``key_register`` (a day).

**Privacy.** Borrowers' document numbers and phones leave this module masked (4+4, 138****5678) unless the
actor may see them (``people.see_id``); printed forms always mask the document number.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import keys as K
from app.domain.enums import IdType
from app.domain.errors import NotFound, ValidationError
from app.domain.keys import (
    KEY,
    KEY_KIND,
    KEYS_APPROVE,
    KEYS_MANAGE,
    KEYS_STOCKTAKE,
    KEYS_VIEW,
    LOAN,
    LOAN_KIND,
    Authorisation,
    BorrowerType,
    KeyCategory,
    LoanPurpose,
)
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.validation import mask_id, mask_phone
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import auth, base, card_sections, clocks, dashboard, open_items, printing, records, registry
from app.services import workflow as wf
from app.services.auth import permissions_of
from app.services.base import Actor, unit_of_work
from app.services.shared import Query, StatusRow, counted, numbered, register_day, stamp
from db.engine import Database
from db.models import Person, Room, RoomPerson, Staff, WorkflowEvent
from db.models.keys import KeyItem, KeyLoan, KeyStocktake, KeyStocktakeLine

if TYPE_CHECKING:
    from app.printing.forms.key_call_memo import KeyCallMemo
    from app.printing.forms.key_entrustment import KeyEntrustment
    from app.printing.forms.key_handover import KeyHandover
    from app.printing.forms.key_register import KeyRegister

PAGE = "keys"
MAX_OPEN_ITEMS = 200
RECENT_ON_CARD = 10
ROOM_AUTHORISED_ROLES = ("owner", "co_owner", "agent")
OWNER_ROLES = ("owner", "co_owner")
OUT = "out"

MSG_SLOT_TAKEN = T("Keys", "Slot {slot} already holds a key: choose a free slot")
MSG_NO_ROOM = T("Keys", "Give the room of the key")
#: the lend dialog's input of the approver's own password (not a declared field: never stored)
APPROVER_PASSWORD = "approver_password"
#: the first event of a loan sent for approval keeps the due time asked for under this key
ASKED_DUE = "asked_due"
_CONFIRMED = "keys.approver_confirmed"   # session.info: the approver whose password was checked for this loan


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _due(session: Session, loan_id: int) -> datetime | None:
    return clocks.deadline(session, LOAN_KIND, loan_id, "due")


def _owner_person(s: Session, room_id: int, name: str) -> Person | None:
    """The registered owner or co-owner of the room with this name."""
    return registry.owner_named(s, room_id, name)


def _room_people(s: Session, room_id: int) -> list[tuple[int, str, str, str]]:
    """(person id, name, ID number, role) of a room's owners, co-owners and agents, the primary first."""
    return [(pid, name, id_no, role) for pid, name, id_no, role in s.execute(
        select(Person.id, Person.name, Person.id_number, RoomPerson.role)
        .join(RoomPerson, RoomPerson.person_id == Person.id)
        .where(RoomPerson.room_id == room_id, RoomPerson.end_date.is_(None),
               RoomPerson.role.in_(ROOM_AUTHORISED_ROLES))
        .order_by(RoomPerson.is_primary.desc(), RoomPerson.id))]


# =========================================================================================== intake

def _intake(s: Session, actor: Actor, v: dict[str, Any]) -> KeyItem:
    """A key taken into the cabinet; an owner's key gets its 委托书 number (WT…)."""
    category = KeyCategory(v["category"])
    busy = s.scalar(select(KeyItem.id).where(KeyItem.key_no == v["key_no"], KeyItem.status.in_(KEY.open_states))
                    .limit(1))
    if busy is not None:
        raise ValidationError(MSG_SLOT_TAKEN.format(slot=v["key_no"]), "key_no")
    room = None
    if category is not KeyCategory.PUBLIC:
        if not v["room"]:
            raise ValidationError(MSG_NO_ROOM, "room")
        room = records.room(s, v["room"])
    at = base.now()
    key = KeyItem(key_no=v["key_no"], category=category.value, source=K.DEFAULT_SOURCE[category].value,
                  count=v["count"], description=v["description"], location=v["location"],
                  entrusted_by=v["entrusted_by"], entrust_reason=v["entrust_reason"], pickup_rule=v["pickup_rule"],
                  remarks=v["remarks"], room_id=room.id if room else None, room_code=room.code if room else "",
                  received_by=actor.staff_id)
    if category is KeyCategory.OWNER and room is not None:
        owner = _owner_person(s, room.id, v["entrusted_by"])
        if owner is None:
            raise ValidationError(K.MSG_OWNER_MISMATCH.format(name=v["entrusted_by"], room=room.code),
                                  "entrusted_by")
        key.entrusted_person_id, key.entrusted_at = owner.id, at
        key.entrust_no = wf.next_number(s, K.ENTRUST_DOC_TYPE, at)
    elif category is KeyCategory.DEVELOPER:
        key.entrusted_at = at
    records.create_in(s, actor, KEY_KIND, key, when=at,
                      data={"entrust_no": key.entrust_no} if key.entrust_no else None)
    return key


def take_in_in(s: Session, actor: Actor, raw: Mapping[str, Any]) -> KeyItem:
    """Take a key into the cabinet inside an open unit of work, from its declared fields as typed (the
    vacant-unit register takes a unit's developer key in as it registers the unit)."""
    actor.require(KEYS_MANAGE)
    return _intake(s, actor, records.parse_create(KEY_KIND, raw))


def open_loan_of(s: Session, key_id: int) -> KeyLoan | None:
    """The key's loan out now (借出中), if it is lent."""
    return s.scalar(select(KeyLoan).where(KeyLoan.key_id == key_id, KeyLoan.status == OUT)
                    .order_by(KeyLoan.id.desc()).limit(1))


def room_keys_in(s: Session, room_id: int) -> list[KeyItem]:
    """The room's keys the cabinet still answers for (not returned, handed over or void), slot order."""
    return list(s.scalars(select(KeyItem).where(KeyItem.room_id == room_id, KeyItem.status.in_(KEY.open_states),
                                                KeyItem.category != KeyCategory.PUBLIC.value)
                          .order_by(KeyItem.key_no, KeyItem.id)))


def deliver_in(s: Session, actor: Actor, key: KeyItem, note: str = "") -> None:
    """The move-in hands a key in the cabinet to the buyer (零星入住, §4.13 step 6): the key record closes as
    已交付业主 in the caller's unit of work. The move-in's permission is what allowed it, so it is enough;
    a key not in the cabinet is refused by the action's guard."""
    acting = dataclasses.replace(actor, permissions=frozenset(actor.permissions | {KEYS_MANAGE}))
    records.act_in(s, acting, KEY_RECORDS, key, "deliver", {"note": note})


# =========================================================================================== lending

@dataclass(frozen=True)
class _Terms:
    """What the rules decided about a loan, for the loan the lending makes."""

    count: int
    due: datetime
    person_id: int | None
    authorisation: Authorisation
    approver_id: int | None
    #: the loan waits 待审批 for the supervisor (sent for approval, none given here and now)
    pending: bool = False


def _lend_rules(ctx: records.Act) -> None:
    """Every rule of §4.6 "Lending", with the facts of the registry and the parameters."""
    key, v, s = ctx.record, ctx.values, ctx.session
    btype = BorrowerType(v["borrower_type"])
    staff_side = btype in K.STAFF_SIDE
    count = v["count_out"] or key.count - key.missing_count
    if count > key.count:
        raise ValidationError(K.MSG_SLOT_HOLDS.format(slot=key.key_no, n=key.count), "count_out")
    name, auth = v["borrower_name"], Authorisation(v["authorisation"] or "")
    people = _room_people(s, key.room_id) if key.room_id is not None else []
    matches = [(pid, role) for pid, pname, pid_no, role in people
               if pname == name and (not pid_no or not v["id_number"] or pid_no == v["id_number"])]
    if matches and btype is BorrowerType.AGENT:
        auth = Authorisation.REGISTERED
    approver = ctx.resolved.get("approver")
    if (approver is None and staff_side and KeyCategory(key.category) in K.OWNER_KEYS
            and ctx.actor.can(KEYS_APPROVE)):
        approver = s.get(Staff, ctx.actor.staff_id) if ctx.actor.staff_id else None
    may_approve = bool(approver and approver.active and KEYS_APPROVE in permissions_of(s, approver.role))
    acting = approver is not None and approver.id in (ctx.actor.staff_id, s.info.get(_CONFIRMED))
    timing = clocks.context(s)
    default = LOAN.due_at("due", ctx.now, timing.params, timing.calendar)
    due = v["due_at"] or default
    facts = K.LoanFacts(
        category=KeyCategory(key.category), room=key.room_code or key.location, borrower_name=name,
        borrower_type=btype, purpose=LoanPurpose(v["purpose"]), borrower_registered=bool(matches),
        borrower_is_owner=any(role in OWNER_ROLES for _, role in matches), authorisation=auth,
        authoriser_is_owner=any(p == v["authoriser"] and role in OWNER_ROLES for _, p, _, role in people),
        authoriser_name=v["authoriser"], approver_name=approver.name if approver else "",
        approver_may_approve=may_approve, approver_acting=acting, owner_notified=bool(v["owner_notified"]),
        emergency=v["emergency"],
        lent_at=ctx.now, due_at=due, default_due=default, ask_approval=bool(v.get("ask_approval")))
    K.check_loan_rules(facts)
    pending = K.waits_for_approval(facts)
    ctx.resolved["terms"] = _Terms(count, due, matches[0][0] if matches else None, auth,
                                   approver.id if approver and may_approve and acting and not pending else None,
                                   pending)


def _reserve_instead(ctx: records.Act) -> str | None:
    """A loan sent for approval and waiting for it is made 待审批; the key stays in the cabinet."""
    return "reserve" if ctx.resolved["terms"].pending else None


def _lend(ctx: records.Act) -> None:
    """The loan (YS…) of the key, made in the key's transaction."""
    key, v, t = ctx.record, ctx.values, ctx.resolved["terms"]
    loan = KeyLoan(
        key_id=key.id, key_no=key.key_no, room_id=key.room_id, room_code=key.room_code or key.location,
        borrower_name=v["borrower_name"], borrower_type=v["borrower_type"], person_id=t.person_id,
        id_type=v["id_type"] if v["id_number"] else "", id_number=v["id_number"], phone=v["phone"],
        purpose=v["purpose"], purpose_text=v["purpose_text"], authorisation=t.authorisation.value,
        authoriser=v["authoriser"] if t.authorisation in (Authorisation.WRITTEN, Authorisation.PHONE) else "",
        emergency=v["emergency"], approved_by=t.approver_id, approved_at=ctx.now if t.approver_id else None,
        owner_notified=v["owner_notified"], owner_notified_at=ctx.now if v["owner_notified"] else None,
        lent_at=ctx.now, count_out=t.count, remarks=v["note"], handler_id=ctx.actor.staff_id)
    if t.pending:   # the due time asked for waits with the loan; its clock starts when it is handed out
        asked = {"count_out": t.count, ASKED_DUE: t.due if v["due_at"] else None}
        ctx.create(LOAN_KIND, loan, note=v["note"], data=asked, state="pending")
    else:
        ctx.create(LOAN_KIND, loan, note=v["note"], data={"due_at": t.due, "count_out": t.count})
    ctx.resolved["loan"] = loan
    ctx.data["loan"] = loan.number


def lend(db: Database, actor: Actor, key_id: int, raw: Mapping[str, Any], *, approver_password: str = "",
         version: int | None = None) -> int:
    """Lend a key (its ``lend`` action, as the desk's dialog does: a field left out takes its default);
    returns the id of the loan it made.

    The approver (``approver``) approves acting: they are the one signed in, or they type their own password
    (``approver_password``, checked as at sign-in, failures counted towards the lockout) at this desk; a name
    picked from the list alone is refused. The password is never kept in the loan or its event."""
    actor.require(KEYS_MANAGE)
    values = {**{spec.key: spec.initial() for spec in KEY.action("lend").form_fields}, **raw}
    confirmed = None
    approver = K.APPROVER.parse(values.get("approver"))
    if approver_password and approver is not None and approver != actor.staff_id:
        auth.confirm_password(db, actor, approver, approver_password, APPROVER_PASSWORD)
        confirmed = approver
    with unit_of_work(db, actor) as s:
        s.info[_CONFIRMED] = confirmed
        return int(records.act_in(s, actor, KEY_KIND, key_id, "lend", values, version=version).resolved["loan"].id)


def approve(db: Database, actor: Actor, loan_id: int, *, approver: int | str | None = None,
            approver_password: str = "", version: int | None = None) -> int:
    """Approve a loan waiting 待审批 and hand the key out: the signed-in supervisor approves herself; at a
    receptionist's desk the supervisor (``approver``) types her own password, checked as at sign-in, and the
    approval is done as hers (its event, the loan's approved_by). Returns the loan's id."""
    actor.require(KEYS_MANAGE)
    who = K.APPROVER.parse(approver) if approver not in (None, "") else None
    confirmed = None
    if who is not None and who != actor.staff_id:
        if not approver_password:
            raise ValidationError(K.MSG_APPROVE_IN_PERSON, APPROVER_PASSWORD)
        auth.confirm_password(db, actor, who, approver_password, APPROVER_PASSWORD)
        confirmed = who
    with unit_of_work(db, actor) as s:
        acting = actor
        if confirmed is not None:
            staff = s.get(Staff, confirmed)
            if staff is None:
                raise ValidationError(K.MSG_APPROVE_IN_PERSON, "approver")
            acting = auth.actor_for(s, staff)
        return int(records.act_in(s, acting, LOAN_KIND, loan_id, "approve", {"approver": who or ""},
                                  version=version).record.id)


def _approve_rules(ctx: records.Act) -> None:
    """Only a 客服主管 acting herself approves (the service acts as her once her password is checked)."""
    named = ctx.resolved.get("approver")
    if not ctx.actor.can(KEYS_APPROVE) or (named is not None and named.id != ctx.actor.staff_id):
        raise ValidationError(K.MSG_APPROVE_IN_PERSON, "approver")
    key = ctx.session.get(KeyItem, ctx.record.key_id)
    if key is not None and key.status != "in_cabinet":
        raise ValidationError(K.MSG_HAND_OUT.format(slot=key.key_no, state=KEY.state(key.status).label), "approver")


def _asked_due(s: Session, loan_id: int) -> datetime | None:
    data = s.scalar(select(WorkflowEvent.data)
                    .where(WorkflowEvent.kind == LOAN_KIND, WorkflowEvent.record_id == loan_id)
                    .order_by(WorkflowEvent.id).limit(1))
    asked = json.loads(data).get(ASKED_DUE) if data else None
    return datetime.fromisoformat(asked) if asked else None


def _approved(ctx: records.Act) -> None:
    """Handed out now: lent from now, due when asked (if still ahead) or by the day's close."""
    loan, now = ctx.record, ctx.now
    loan.approved_by, loan.approved_at, loan.lent_at = ctx.actor.staff_id, now, now
    timing = clocks.context(ctx.session)
    asked = _asked_due(ctx.session, loan.id)
    due = asked if asked is not None and asked > now else LOAN.due_at("due", now, timing.params, timing.calendar)
    ctx.data["due_at"] = due
    ctx.data["approver"] = ctx.actor.name


def _hand_out(ctx: records.Act) -> None:
    key = ctx.session.get(KeyItem, ctx.record.key_id)
    if key is not None:
        ctx.act(KEY_KIND, key, "hand_out", {"note": ctx.record.number})


def _lost(ctx: records.Act) -> None:
    key, missing = ctx.record, ctx.values.get("missing") or ctx.record.count
    if missing > key.count:
        raise ValidationError(K.MSG_SLOT_HOLDS.format(slot=key.key_no, n=key.count), "missing")
    key.missing_count = min(key.count, key.missing_count + missing)


def _complete(ctx: records.Act) -> None:
    ctx.record.missing_count = 0


def _withdraw_rules(ctx: records.Act) -> None:
    key, who = ctx.record, ctx.values["identity"]
    if key.room_id is not None and _owner_person(ctx.session, key.room_id, who) is None:
        raise ValidationError(K.MSG_OWNER_MISMATCH.format(name=who, room=key.room_code), "identity")


# =========================================================================================== the loan's way back

def _short_return(ctx: records.Act) -> str | None:
    missing = K.check_return_count(ctx.record.count_out, ctx.values["count_in"], ctx.values["confirm_loss"])
    return "return_short" if missing else None


def _returned(ctx: records.Act) -> None:
    ctx.record.returned_at, ctx.record.received_by = ctx.now, ctx.actor.staff_id


def _returned_short(ctx: records.Act) -> None:
    loan = ctx.record
    loss = str(K.MSG_NOT_RETURNED.format(missing=loan.count_out - loan.count_in, out=loan.count_out))
    ctx.values["note"] = f"{loss}; {ctx.values['note']}" if ctx.values.get("note") else loss
    _returned(ctx)


def _take_back(ctx: records.Act, lost: int = 0) -> None:
    """The key back in the cabinet, and reported lost when keys are missing."""
    key = ctx.session.get(KeyItem, ctx.record.key_id)
    if key is None or key.status != "on_loan":
        return
    ctx.act(KEY_KIND, key, "take_back", {"note": ctx.record.number})
    if lost:
        ctx.act(KEY_KIND, key, "report_lost", {"note": ctx.values.get("note") or ctx.record.number, "missing": lost})


def _extend_rules(ctx: records.Act) -> None:
    current = _due(ctx.session, ctx.record.id) or ctx.now
    if ctx.values["due_at"] <= max(ctx.now, current):
        raise ValidationError(K.MSG_LATER_DUE.format(due=_when(current)), "due_at")


def _extend(ctx: records.Act) -> None:
    ctx.record.extensions += 1
    ctx.record.approved_by = ctx.record.approved_by or ctx.actor.staff_id


def _lose(ctx: records.Act) -> None:
    ctx.record.count_in = 0


# =========================================================================================== reading

@dataclass(frozen=True)
class KeyDetail:
    """What the key's page and forms read beyond the kit's view."""

    key_no: str
    category: str
    room: str                      # room code or location
    room_id: int | None
    description: str
    count: int
    missing_count: int
    source: str
    entrust_no: str
    entrusted_at: datetime | None
    entrusted_by: str
    entrust_reason: str
    pickup_rule: str
    remarks: str
    void_reason: str
    loan_id: int | None            # the loan out now
    loan_number: str
    borrower: str
    due_at: datetime | None
    overdue: bool
    #: for lending it: the default due time and the room's owners and agents (the primary owner first)
    default_due: datetime | None = None
    people: tuple[str, ...] = ()


def _key_detail(s: Session, actor: Actor, key: KeyItem) -> KeyDetail:
    loan, now = key.current_loan, base.now()
    due = _due(s, loan.id) if loan is not None else None
    lending = key.status == "in_cabinet"
    timing = clocks.context(s)
    return KeyDetail(
        key.key_no, key.category, key.room_code or key.location, key.room_id, key.description, key.count,
        key.missing_count, key.source, key.entrust_no, key.entrusted_at, key.entrusted_by, key.entrust_reason,
        key.pickup_rule, key.remarks, key.void_reason, loan.id if loan else None, loan.number if loan else "",
        loan.borrower_name if loan else "", due, bool(due and due < now),
        LOAN.due_at("due", now, timing.params, timing.calendar) if lending else None,
        tuple(dict.fromkeys(p[1] for p in _room_people(s, key.room_id))) if lending and key.room_id else ())


def _key_rows(s: Session, actor: Actor, key: KeyItem) -> list[tuple[Text | str, str]]:
    d = _key_detail(s, actor, key)
    count = str(d.count) + (str(T("Keys", " ({n} missing)").format(n=d.missing_count)) if d.missing_count else "")
    loan = " · ".join(x for x in (d.borrower, d.loan_number, str(T("Keys", "due {time}").format(time=_when(d.due_at)))
                                  if d.due_at else "") if x)
    return [
        (T("Keys", "Category"), K.CATEGORY.show(d.category)),
        (T("Keys", "Keys"), count),
        (T("Keys", "Description"), d.description),
        (T("Keys", "Entrustment"), " · ".join(x for x in (d.entrust_no, _when(d.entrusted_at), d.entrusted_by) if x)),
        (T("Keys", "Reason for entrusting"), d.entrust_reason),
        (T("Keys", "Pick-up requirements"), d.pickup_rule),
        (T("Keys", "On loan to"), loan),
        (T("Keys", "Remarks"), d.remarks),
        (T("Keys", "Void reason"), d.void_reason),
    ]


def _key_flags(s: Session, key: KeyItem) -> list[Text | str]:
    loan = key.current_loan
    due = _due(s, loan.id) if loan is not None else None
    return [T("Keys", "overdue: phone the borrower")] if due is not None and due < base.now() else []


@dataclass(frozen=True)
class LoanDetail:
    """What the loan's page and forms read beyond the kit's view."""

    key_id: int
    key_no: str
    room: str
    room_id: int | None
    borrower_name: str
    borrower_type: str
    id_type: str
    id_number: str        # masked unless the actor may see it
    phone: str            # likewise
    purpose: str
    purpose_text: str
    authorisation: str
    authoriser: str
    emergency: bool
    approved_by: str
    approved_at: datetime | None
    owner_notified: str
    owner_notified_at: datetime | None
    lent_at: datetime
    lent_by: str
    due_at: datetime | None
    count_out: int
    count_in: int | None
    returned_at: datetime | None
    returned_by: str
    received_by: str
    extensions: int
    extension_reason: str
    remarks: str
    overdue: bool
    calls: int = 0        # calls to the borrower recorded (the 钥匙管理备忘录)


def _loan_detail(s: Session, actor: Actor, loan: KeyLoan) -> LoanDetail:
    see = actor.can(PEOPLE_SEE_ID)
    names = records.names(s, (loan.approved_by, loan.received_by, loan.created_by))
    due = _due(s, loan.id)
    return LoanDetail(
        loan.key_id, loan.key_no, loan.room_code, loan.room_id, loan.borrower_name, loan.borrower_type,
        loan.id_type, loan.id_number if see else mask_id(loan.id_number),
        loan.phone if see else mask_phone(loan.phone), loan.purpose, loan.purpose_text, loan.authorisation,
        loan.authoriser, loan.emergency, names.get(loan.approved_by or 0, ""), loan.approved_at, loan.owner_notified,
        loan.owner_notified_at, loan.lent_at, names.get(loan.created_by or 0, ""), due, loan.count_out,
        loan.count_in, loan.returned_at, loan.returned_by, names.get(loan.received_by or 0, ""), loan.extensions,
        loan.extension_reason, loan.remarks, loan.status == OUT and due is not None and due < base.now(),
        s.scalar(select(func.count()).where(WorkflowEvent.kind == LOAN_KIND, WorkflowEvent.record_id == loan.id,
                                            WorkflowEvent.action == "call")) or 0)


def _loan_rows(s: Session, actor: Actor, loan: KeyLoan) -> list[tuple[Text | str, str]]:
    d = _loan_detail(s, actor, loan)
    document = " ".join(x for x in (K.ID_TYPE.show(d.id_type) if d.id_number else "", d.id_number) if x)
    authorised = " · ".join(x for x in (str(Authorisation(d.authorisation).label) if d.authorisation else "",
                                        d.authoriser) if x)
    returned = " · ".join(x for x in (_when(d.returned_at), d.returned_by, d.received_by) if x)
    return [
        (T("Keys", "Key"), f"{d.key_no} · {d.room}"),
        (T("Keys", "Borrower is"), K.BORROWER_TYPE.show(d.borrower_type)),
        (T("Keys", "Document no."), document),
        (T("Keys", "Phone"), d.phone),
        (T("Keys", "Purpose"), " · ".join(x for x in (K.PURPOSE.show(d.purpose), d.purpose_text) if x)),
        (T("Keys", "Authorisation"), authorised),
        (T("Keys", "Approved by"), " ".join(x for x in (d.approved_by, _when(d.approved_at)) if x)),
        (T("Keys", "Owner told"), " · ".join(x for x in (d.owner_notified, _when(d.owner_notified_at)) if x)),
        (T("Keys", "Emergency entry"), K.EMERGENCY.show(True) if d.emergency else ""),
        (T("Keys", "Lent"), " · ".join(x for x in (_when(d.lent_at), d.lent_by) if x)),
        (T("Keys", "Extended"), f"{d.extensions} × {d.extension_reason}" if d.extensions else ""),
        (T("Keys", "Keys out/in"), f"{d.count_out}/{'' if d.count_in is None else d.count_in}"),
        (T("Keys", "Returned"), returned),
        (T("Keys", "Remarks"), d.remarks),
        (T("Keys", "Void reason"), loan.void_reason),
    ]


def _loan_flags(s: Session, loan: KeyLoan) -> list[Text | str]:
    if loan.status != OUT:
        return []
    due = _due(s, loan.id)
    flags: list[Text | str] = [T("Keys", "overdue: phone the borrower")] if due is not None and due < base.now() else []
    if loan.emergency and not loan.owner_notified:
        flags.append(T("Keys", "tell the owner of the emergency entry"))
    return flags


KEY_RECORDS = records.register(records.RecordKind(
    KEY, KeyItem, KEYS_VIEW, page=PAGE, create_permission=KEYS_MANAGE, create=_intake, code=lambda k: k.key_no,
    title=lambda k: " · ".join(x for x in (k.room_code or k.location, k.description) if x),
    rows=_key_rows, detail=_key_detail, flags=_key_flags,
    guards={"lend": _lend_rules, "withdraw": _withdraw_rules}, instead={"lend": _reserve_instead},
    effects={"lend": _lend, "reserve": _lend, "report_lost": _lost, "found": _complete, "restock": _complete},
    not_found=T("Keys", "This key no longer exists")))

LOAN_RECORDS = records.register(records.RecordKind(
    LOAN, KeyLoan, KEYS_VIEW, page=PAGE, title=lambda loan: f"{loan.borrower_name} · {loan.key_no} {loan.room_code}",
    rows=_loan_rows, detail=_loan_detail, flags=_loan_flags,
    guards={"extend": _extend_rules, "approve": _approve_rules}, instead={"return": _short_return},
    effects={"approve": _approved, "return": _returned, "return_short": _returned_short, "extend": _extend,
             "notify_owner": stamp("owner_notified_at"), "lose": _lose},
    after={"approve": _hand_out, "return": _take_back, "void": _take_back,
           "return_short": lambda ctx: _take_back(ctx, ctx.record.count_out - ctx.record.count_in),
           "lose": lambda ctx: _take_back(ctx, ctx.record.count_out)},
    not_found=T("Keys", "This loan no longer exists")))


# =========================================================================================== lists

@dataclass(frozen=True)
class KeyRow(StatusRow):
    WORKFLOW = KEY

    id: int
    key_no: str
    category: str
    room: str
    description: str
    count: int
    missing_count: int
    source: str
    status: str
    borrower: str = ""
    due_at: datetime | None = None
    overdue: bool = False

    @property
    def sort_key(self) -> tuple:
        return (self.key_no, self.id)


@dataclass(frozen=True)
class LoanRow(StatusRow):
    WORKFLOW = LOAN

    id: int
    number: str
    key_id: int
    key_no: str
    room: str
    borrower_name: str
    borrower_type: str
    purpose: str
    lent_at: datetime
    due_at: datetime | None
    returned_at: datetime | None
    count_out: int
    count_in: int | None
    status: str
    overdue: bool

    @property
    def sort_key(self) -> tuple:
        return (self.lent_at, self.id)


#: a list's row: the key, the borrower of its loan out, the loan's deadline and its running deadline
_KeyLine = tuple[KeyItem, str | None, datetime | None, datetime | None]
#: a list's row: the loan, its deadline and its running deadline (None once it is closed)
_LoanLine = tuple[KeyLoan, datetime | None, datetime | None]


def _with_due(query: Query) -> tuple[Query, Any]:
    """``query`` with the loan's deadline and its running deadline (None once the loan is closed) as its
    last two columns."""
    query, clock = clocks.deadline_of(query, KeyLoan, LOAN_KIND, "due")
    return query.add_columns(clock.deadline_at, clock.due_at), clock


def _key_query(status: str, category: str | None, text: str) -> Query:
    q = select(KeyItem).outerjoin(KeyLoan, and_(KeyLoan.key_id == KeyItem.id, KeyLoan.status == OUT))
    if status == "open":
        q = q.where(KeyItem.status.in_(KEY.open_states))
    elif status not in ("", "all"):
        KEY.filter_state(status)
        q = q.where(KeyItem.status == status)
    if category:
        q = q.where(KeyItem.category == category)
    slot = "".join((text or "").split()).upper()
    if slot:
        q = q.where(or_(KeyItem.key_no.startswith(slot, autoescape=True),
                        KeyItem.room_code.startswith(slot, autoescape=True),
                        KeyItem.location.contains(text.strip(), autoescape=True)))
    return q


def list_keys(db: Database, actor: Actor, *, status: str = "open", category: str | None = None, text: str = "",
              after: tuple | None = None, limit: int = 200) -> list[KeyRow]:
    """The cabinet in slot order, keyset-paged (``after`` = the last row's ``sort_key``), with the loan out."""
    actor.require(KEYS_VIEW)
    q, _ = _with_due(_key_query(status, category, text).add_columns(KeyLoan.borrower_name))
    if after is not None:
        q = q.where(tuple_(KeyItem.key_no, KeyItem.id) > tuple_(*after))
    now = base.now()
    with db.read() as s:
        rows: Sequence[_KeyLine] = s.execute(q.order_by(KeyItem.key_no, KeyItem.id).limit(limit)).all()
    return [KeyRow(k.id, k.key_no, k.category, k.room_code or k.location, k.description, k.count, k.missing_count,
                   k.source, k.status, borrower or "", due, bool(due and due < now)) for k, borrower, _, due in rows]


def count_keys(db: Database, actor: Actor, *, status: str = "open", category: str | None = None,
               text: str = "") -> int:
    actor.require(KEYS_VIEW)
    return counted(db, select(func.count()).select_from(_key_query(status, category, text).subquery()))


def _loan_query(status: str, text: str, date_from: date | None, date_to: date | None, now: datetime) -> Query:
    q = select(KeyLoan)
    if status == "overdue":
        q = q.where(KeyLoan.id.in_(clocks.overdue(LOAN_KIND, "due", now)))
    elif status not in ("", "all"):
        LOAN.filter_state(status)
        q = q.where(KeyLoan.status == status)
    if date_from:
        q = q.where(KeyLoan.lent_at >= datetime.combine(date_from, time()))
    if date_to:
        q = q.where(KeyLoan.lent_at < datetime.combine(date_to + timedelta(days=1), time()))
    text = (text or "").strip()
    if text:
        up = text.upper()
        q = q.where(or_(KeyLoan.number.startswith(up, autoescape=True),
                        KeyLoan.key_no.startswith(up, autoescape=True),
                        KeyLoan.room_code.startswith(up, autoescape=True),
                        KeyLoan.borrower_name.startswith(text, autoescape=True)))
    return q


def _loans(s: Session, query: Query, now: datetime, *, by_due: bool = False,
           limit: int = MAX_OPEN_ITEMS) -> list[LoanRow]:
    """Rows of the loans ``query`` selects, newest first (``by_due``: first due first)."""
    q, clock = _with_due(query)
    order = (clock.due_at, KeyLoan.id) if by_due else (KeyLoan.lent_at.desc(), KeyLoan.id.desc())
    rows: Sequence[_LoanLine] = s.execute(q.order_by(*order).limit(limit)).all()
    return [LoanRow(r.id, r.number, r.key_id, r.key_no, r.room_code, r.borrower_name, r.borrower_type, r.purpose,
                    r.lent_at, deadline, r.returned_at, r.count_out, r.count_in, r.status, bool(due and due < now))
            for r, deadline, due in rows]


def list_loans(db: Database, actor: Actor, *, status: str = "all", text: str = "", date_from: date | None = None,
               date_to: date | None = None, after: tuple | None = None, limit: int = 200) -> list[LoanRow]:
    """Loans newest first, keyset-paged (``after`` = the last row's ``sort_key``)."""
    actor.require(KEYS_VIEW)
    now = base.now()
    q = _loan_query(status, text, date_from, date_to, now)
    if after is not None:
        q = q.where(tuple_(KeyLoan.lent_at, KeyLoan.id) < tuple_(*after))
    with db.read() as s:
        return _loans(s, q, now, limit=limit)


def count_loans(db: Database, actor: Actor, *, status: str = "all", text: str = "", date_from: date | None = None,
                date_to: date | None = None) -> int:
    actor.require(KEYS_VIEW)
    q = _loan_query(status, text, date_from, date_to, base.now())
    return counted(db, select(func.count()).select_from(q.subquery()))


def overdue_loans(db: Database, actor: Actor, limit: int = MAX_OPEN_ITEMS) -> list[LoanRow]:
    """Loans out past their due time, most overdue first (the clock index)."""
    actor.require(KEYS_VIEW)
    now = base.now()
    with db.read() as s:
        return _loans(s, select(KeyLoan).where(KeyLoan.id.in_(clocks.overdue(LOAN_KIND, "due", now))), now,
                      by_due=True, limit=limit)


def due_today(db: Database, actor: Actor, limit: int = MAX_OPEN_ITEMS) -> list[LoanRow]:
    """Loans out and due back before the end of today, not yet overdue."""
    actor.require(KEYS_VIEW)
    now = base.now()
    end = datetime.combine(now.date() + timedelta(days=1), time())
    with db.read() as s:
        return _loans(s, select(KeyLoan).where(KeyLoan.id.in_(clocks.due_between(LOAN_KIND, "due", now, end))),
                      now, by_due=True, limit=limit)


def room_history(db: Database, actor: Actor, room_id: int, limit: int = 100) -> tuple[list[KeyRow], list[LoanRow]]:
    """The keys of a room (every one it ever had) and their loans, newest first."""
    actor.require(KEYS_VIEW)
    now = base.now()
    with db.read() as s:
        q, _ = _with_due(_key_query("all", None, "").add_columns(KeyLoan.borrower_name))
        keys: Sequence[_KeyLine] = s.execute(q.where(KeyItem.room_id == room_id).order_by(KeyItem.id)).all()
        loans = _loans(s, select(KeyLoan).where(KeyLoan.room_id == room_id), now, limit=limit)
    return [KeyRow(k.id, k.key_no, k.category, k.room_code or k.location, k.description, k.count, k.missing_count,
                   k.source, k.status, b or "", due, bool(due and due < now)) for k, b, _, due in keys], loans


# =========================================================================================== 钥匙管理备忘录

@dataclass(frozen=True)
class CallRow:
    """One call to a borrower about a key not brought back: who called whom, when, the result."""

    at: datetime
    loan_id: int
    number: str
    key_no: str
    room: str
    borrower: str
    called: str
    result: str
    by: str


def _calls(s: Session, q: Select[WorkflowEvent, KeyLoan], limit: int) -> list[CallRow]:
    """The ``call`` events a select of (WorkflowEvent, KeyLoan) finds, newest first, as memo rows."""
    q = q.where(WorkflowEvent.kind == LOAN_KIND, WorkflowEvent.action == "call")
    rows = s.execute(q.order_by(WorkflowEvent.at.desc(), WorkflowEvent.id.desc()).limit(limit)).all()
    who = records.names(s, (e.staff_id for e, _ in rows))
    out = []
    for event, loan in rows:
        data = json.loads(event.data) if event.data else {}
        out.append(CallRow(event.at, loan.id, loan.number, loan.key_no, loan.room_code, loan.borrower_name,
                           str(data.get("called", "")), str(data.get("call_result", "")),
                           who.get(event.staff_id or 0, "")))
    return out


def call_memo(db: Database, actor: Actor, *, date_from: date | None = None, date_to: date | None = None,
              limit: int = MAX_OPEN_ITEMS) -> list[CallRow]:
    """The 钥匙管理备忘录: the calls recorded on loans (their ``call`` events), newest first."""
    actor.require(KEYS_VIEW)
    q = select(WorkflowEvent, KeyLoan).join(KeyLoan, KeyLoan.id == WorkflowEvent.record_id)
    if date_from:
        q = q.where(WorkflowEvent.at >= datetime.combine(date_from, time()))
    if date_to:
        q = q.where(WorkflowEvent.at < datetime.combine(date_to + timedelta(days=1), time()))
    with db.read() as s:
        return _calls(s, q, limit)


# =========================================================================================== stock-take

@dataclass(frozen=True)
class StocktakeLine:
    key_id: int
    key_no: str
    expected_state: str
    expected_count: int
    found_count: int
    result: str            # ok | short | extra | unexpected
    room: str = ""

    @property
    def state_label(self) -> str:
        return str(KEY.state(self.expected_state).label)


@dataclass(frozen=True)
class StocktakeResult:
    id: int
    taken_at: datetime
    keys_counted: int
    lines: list[StocktakeLine] = field(default_factory=list)

    @property
    def discrepancies(self) -> list[StocktakeLine]:
        return [line for line in self.lines if line.result != "ok"]


def _open_keys(s: Session) -> list[KeyItem]:
    return list(s.scalars(select(KeyItem).where(KeyItem.status.in_(KEY.open_states))
                          .order_by(KeyItem.key_no, KeyItem.id)))


def stocktake_sheet(db: Database, actor: Actor) -> list[StocktakeLine]:
    """Every open key with what its slot should hold (found: as expected), for the count to be entered."""
    actor.require(KEYS_VIEW)
    with db.read() as s:
        return [StocktakeLine(k.id, k.key_no, k.status, n, n, "ok", k.room_code or k.location)
                for k in _open_keys(s) for n in [K.expected_in_slot(k.status, k.count, k.missing_count)]]


def stocktake(db: Database, actor: Actor, found: Mapping[int, int | str], note: str = "") -> StocktakeResult:
    """Count the cabinet: ``found`` maps key id → keys found in its slot (a key not given counts 0).

    Every open key gets a line; the discrepancies are the lines that disagree with
    :func:`app.domain.keys.expected_in_slot`.
    """
    actor.require(KEYS_STOCKTAKE)
    note = K.STOCKTAKE_NOTE.parse(note)
    counts = {int(k): K.FOUND.parse(v) or 0 for k, v in found.items()}
    with unit_of_work(db, actor) as s:
        at = base.now()
        take = KeyStocktake(taken_at=at, staff_id=actor.staff_id, note=note)
        s.add(take)
        s.flush()
        lines = []
        for key in _open_keys(s):
            expected, got = K.expected_in_slot(key.status, key.count, key.missing_count), counts.get(key.id, 0)
            result = ("ok" if got == expected else "unexpected" if expected == 0
                      else "short" if got < expected else "extra")
            s.add(KeyStocktakeLine(stocktake_id=take.id, key_id=key.id, key_no=key.key_no,
                                   expected_state=key.status, expected_count=expected, found_count=got,
                                   result=result))
            lines.append(StocktakeLine(key.id, key.key_no, key.status, expected, got, result,
                                       key.room_code or key.location))
        take.keys_counted = len(lines)
        take.discrepancies = sum(line.result != "ok" for line in lines)
        return StocktakeResult(take.id, at, len(lines), lines)


# ================================================================= the monthly count, retention, KPIs

@dataclass(frozen=True)
class CountDue:
    """Whether the cabinet is due for its count (keys.inventory_days since the last stock-take)."""

    last: datetime | None
    days: int
    due: bool


def _count_due(s: Session, today: date) -> CountDue:
    """Due ``keys.inventory_days`` after the last stock-take, or after the first key of the cabinet was taken
    in when it was never counted (an empty cabinet is never due)."""
    days = int(params_of(s)["keys.inventory_days"])
    last = s.scalar(select(func.max(KeyStocktake.taken_at)))
    since = last or s.scalar(select(func.min(WorkflowEvent.at)).join(KeyItem, KeyItem.id == WorkflowEvent.record_id)
                             .where(WorkflowEvent.kind == KEY_KIND, WorkflowEvent.action == "create",
                                    KeyItem.status.in_(KEY.open_states)))
    return CountDue(last, days, since is not None and since.date() + timedelta(days=days) <= today)


def count_due(db: Database, actor: Actor, today: date | None = None) -> CountDue:
    """The monthly count (盘点) reminder: due when the last stock-take is ``keys.inventory_days`` old or
    there was none while the cabinet holds keys."""
    actor.require(KEYS_VIEW)
    with db.read() as s:
        return _count_due(s, today or base.now().date())


def params_of(s: Session) -> Mapping[str, Any]:
    return clocks.context(s).params


MSG_COUNT_DUE = T("Keys", "Count the key cabinet: last stock-take {last} (every {days} days)")
MSG_NEVER_COUNTED = T("Keys", "Count the key cabinet: it has never been counted (every {days} days)")
#: the loans a retention purge may delete (closed ones)
_CLOSED = ("returned", "lost", "void", "refused")


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:      # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class Purged:
    loans: int
    stocktakes: int


def apply_retention(db: Database, actor: Actor | None = None, today: date | None = None) -> Purged:
    """Key records are kept keys.record_retention_years (§4.6): closed loans lent before then and the
    stock-takes taken before then are deleted, with their events, clocks and links; each deletion is written
    to the audit trail, which stays. Run at sign-in (after the daily backup) on every desk."""
    from db.models import RecordClock, RecordLink
    actor = actor or Actor(None, "system", "", "")
    with unit_of_work(db, actor) as s:
        years = int(params_of(s)["keys.record_retention_years"])
        cutoff = datetime.combine(_years_before(today or base.now().date(), years), time())
        loans = list(s.scalars(select(KeyLoan).where(KeyLoan.status.in_(_CLOSED), KeyLoan.lent_at < cutoff)
                               .limit(5000)))
        ids = [loan.id for loan in loans]
        if ids:
            for event in s.scalars(select(WorkflowEvent).where(WorkflowEvent.kind == LOAN_KIND,
                                                               WorkflowEvent.record_id.in_(ids))):
                s.delete(event)
            for clock in s.scalars(select(RecordClock).where(RecordClock.kind == LOAN_KIND,
                                                             RecordClock.record_id.in_(ids))):
                s.delete(clock)
            for link in s.scalars(select(RecordLink).where(or_(
                    and_(RecordLink.from_kind == LOAN_KIND, RecordLink.from_id.in_(ids)),
                    and_(RecordLink.to_kind == LOAN_KIND, RecordLink.to_id.in_(ids))))):
                s.delete(link)
            for loan in loans:
                s.delete(loan)
        takes = list(s.scalars(select(KeyStocktake).where(KeyStocktake.taken_at < cutoff)))
        for take in takes:
            for line in s.scalars(select(KeyStocktakeLine).where(KeyStocktakeLine.stocktake_id == take.id)):
                s.delete(line)
            s.flush()
            s.delete(take)
        return Purged(len(loans), len(takes))


@dataclass(frozen=True)
class KeyKpis:
    """The month's key figures (§4.6 KPIs): loans made, losses, stock-take discrepancies; on loan and
    overdue now; whether the cabinet is due for its count."""

    loans: int
    losses: int
    stocktakes: int
    discrepancies: int
    on_loan: int
    overdue: int
    pending: int
    count: CountDue


def kpis(db: Database, actor: Actor, date_from: date, date_to: date) -> KeyKpis:
    actor.require(KEYS_VIEW)
    start, end = datetime.combine(date_from, time()), datetime.combine(date_to + timedelta(days=1), time())
    now = base.now()
    with db.read() as s:
        loans = s.scalar(select(func.count()).select_from(KeyLoan).where(
            KeyLoan.lent_at >= start, KeyLoan.lent_at < end, KeyLoan.status.not_in(("pending", "refused")))) or 0
        losses = s.scalar(select(func.count()).select_from(WorkflowEvent).where(
            WorkflowEvent.kind == KEY_KIND, WorkflowEvent.action == "report_lost",
            WorkflowEvent.at >= start, WorkflowEvent.at < end)) or 0
        takes, wrong = s.execute(select(func.count(), func.coalesce(func.sum(KeyStocktake.discrepancies), 0))
                                 .where(KeyStocktake.taken_at >= start, KeyStocktake.taken_at < end)).one()
        on_loan = s.scalar(select(func.count()).select_from(KeyLoan).where(KeyLoan.status == OUT)) or 0
        overdue = s.scalar(select(func.count()).select_from(clocks.overdue(LOAN_KIND, "due", now).subquery())) or 0
        pending = s.scalar(select(func.count()).select_from(KeyLoan).where(KeyLoan.status == "pending")) or 0
        return KeyKpis(int(loans), int(losses), int(takes or 0), int(wrong or 0), int(on_loan), int(overdue),
                       int(pending), _count_due(s, date_to))


# =========================================================================================== stock-take history

def stocktake_number(stocktake_id: int) -> str:
    """The number a stock-take is printed and found by (PD-0007)."""
    return f"PD-{stocktake_id:04d}"


@dataclass(frozen=True)
class StocktakeRow:
    id: int
    number: str
    taken_at: datetime
    counted_by: str
    keys_counted: int
    discrepancies: int
    note: str


def stocktakes(db: Database, actor: Actor, limit: int = 100) -> list[StocktakeRow]:
    """The stock-takes, newest first (the count's history, each printable as its 钥匙盘点表)."""
    actor.require(KEYS_VIEW)
    with db.read() as s:
        takes = s.scalars(select(KeyStocktake).order_by(KeyStocktake.taken_at.desc(), KeyStocktake.id.desc())
                          .limit(limit)).all()
        who = records.names(s, (t.staff_id for t in takes))
        return [StocktakeRow(t.id, stocktake_number(t.id), t.taken_at, who.get(t.staff_id or 0, ""),
                             t.keys_counted, t.discrepancies, t.note) for t in takes]


def reception_entries(session: Session, day: date) -> list[Any]:
    """Staff using an owner's key that day, as rows of the day's 来访人员登记表 (§4.6 Lending: "record this
    in the daily reception register"): who went in, to which room, when (lent) and out (returned), what for,
    who approved and how the owner was told; in Chinese."""
    from app.printing.forms.visit_register import RegisterEntry
    start = datetime.combine(day, time())
    loans = session.scalars(select(KeyLoan).join(KeyItem, KeyItem.id == KeyLoan.key_id).where(
        KeyLoan.lent_at >= start, KeyLoan.lent_at < start + timedelta(days=1),
        KeyLoan.borrower_type.in_([b.value for b in K.STAFF_SIDE]),
        KeyItem.category.in_([c.value for c in K.OWNER_KEYS]),
        KeyLoan.status.not_in(("pending", "refused", "void"))).order_by(KeyLoan.lent_at, KeyLoan.id)).all()
    names = records.names(session, [n for loan in loans for n in (loan.created_by, loan.approved_by)])
    out = []
    for loan in loans:
        purpose = LoanPurpose.printed(loan.purpose) + (f"：{loan.purpose_text}" if loan.purpose_text else "")
        remarks = "；".join(x for x in (
            f"{loan.number} 钥匙 {loan.key_no}", purpose, "紧急入户" if loan.emergency else "",
            f"审批 {names.get(loan.approved_by or 0, '')}" if loan.approved_by else "",
            f"业主告知 {loan.owner_notified}" if loan.owner_notified else "") if x)
        out.append(RegisterEntry(
            arrival_at=loan.lent_at, visitor_name=loan.borrower_name, phone=loan.phone,
            purpose="持业主钥匙入户", category="key_use", unit_or_address=BorrowerType.printed(loan.borrower_type),
            room_code=loan.room_code, status="left" if loan.returned_at else "admitted",
            departure_at=loan.returned_at, remarks=remarks, receptionist=names.get(loan.created_by or 0, ""),
            number=loan.number))
    return out


def _stocktake_sheet(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """钥匙盘点表 of one stock-take, by its number (PD-0007, or the id)."""
    actor.require(KEYS_VIEW)
    from app.printing.forms.key_stocktake import KeyStocktakeSheet, StocktakeEntry
    text = (number or "").strip().upper().removeprefix("PD-").removeprefix("PD")
    take = session.get(KeyStocktake, int(text)) if text.isdigit() and 0 < int(text) < 2 ** 31 else None
    if take is None:
        raise NotFound(T("Keys", "There is no key stock-take {number}").format(number=(number or "")[:30]))
    lines = session.scalars(select(KeyStocktakeLine).where(KeyStocktakeLine.stocktake_id == take.id)
                            .order_by(KeyStocktakeLine.key_no, KeyStocktakeLine.id)).all()
    rooms = dict(session.execute(select(KeyItem.id, KeyItem.room_code + KeyItem.location)
                                 .where(KeyItem.id.in_([line.key_id for line in lines]))).all()) if lines else {}
    who = records.names(session, [take.staff_id])
    entries = [StocktakeEntry(line.key_no, rooms.get(line.key_id, ""), KEY.state(line.expected_state).printed,
                              line.expected_count, line.found_count, line.result) for line in lines]
    return KeyStocktakeSheet(number=stocktake_number(take.id), taken_at=take.taken_at,
                             counted_by=who.get(take.staff_id or 0, ""), entries=entries, note=take.note,
                             printed_by=actor.name, printed_at=base.now()), False


# =========================================================================================== the desk's hooks

def _due_short(due: datetime | None, today: date) -> str:
    if due is None:
        return ""
    return f"{due:%H:%M}" if due.date() == today else f"{due:%m-%d %H:%M}"


def _loans_out(s: Session, limit: int) -> Sequence[Any]:
    """The loans out, first due first, with their deadline as ``due``."""
    columns: Query = select(KeyLoan.id, KeyLoan.number, KeyLoan.key_no, KeyLoan.room_code,
                             KeyLoan.borrower_name, KeyLoan.phone)
    q, clock = clocks.deadline_of(columns, KeyLoan, LOAN_KIND, "due")
    return s.execute(q.add_columns(clock.due_at.label("due")).where(KeyLoan.status == OUT)
                     .order_by(clock.due_at, KeyLoan.id).limit(limit)).all()


def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    out = s.scalar(select(func.count()).where(KeyLoan.status == OUT)) or 0
    overdue = s.scalar(select(func.count()).select_from(clocks.overdue(LOAN_KIND, "due", base.now()).subquery())) or 0
    detail = str(T("Keys", "{n} overdue").format(n=overdue)) if overdue else ""
    items = [str(T("Keys", "{slot} {room} → {name}, due {due}").format(
        slot=r.key_no, room=r.room_code, name=r.borrower_name, due=_due_short(r.due, today)))
        for r in _loans_out(s, 5)]
    count = _count_due(s, today)
    pending = s.scalar(select(func.count()).where(KeyLoan.status == "pending")) or 0
    level = "alert" if overdue else ("attention" if out or count.due or pending else "normal")
    if pending:
        items.insert(0, str(T("Keys", "{n} loans await the supervisor's approval").format(n=pending)))
    if count.due:
        items.insert(0, _count_text(count))
    return [dashboard.Tile(T("Keys", "Keys on loan"), str(out), detail, PAGE, level, items)]


def _count_text(count: CountDue) -> str:
    if count.last is None:
        return str(MSG_NEVER_COUNTED.format(days=count.days))
    return str(MSG_COUNT_DUE.format(last=f"{count.last:%Y-%m-%d}", days=count.days))


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    group = T("Keys", "Keys on loan")
    items = []
    count = _count_due(s, now.date())
    if count.due:
        items.append(open_items.OpenItem(T("Keys", "Key stock-take"), _count_text(count), "", PAGE, None,
                                         "attention"))
    for r in s.execute(select(KeyLoan.id, KeyLoan.number, KeyLoan.key_no, KeyLoan.room_code, KeyLoan.borrower_name)
                       .where(KeyLoan.status == "pending").order_by(KeyLoan.id).limit(MAX_OPEN_ITEMS)):
        items.append(open_items.OpenItem(
            T("Keys", "Key loans awaiting approval"),
            str(T("Keys", "Key {slot} ({room}) for {name}: the CS supervisor approves or refuses").format(
                slot=r.key_no, room=r.room_code, name=r.borrower_name)), r.number, PAGE, r.id, "attention"))
    for r in _loans_out(s, MAX_OPEN_ITEMS):
        title = str(T("Keys", "Key {slot} ({room}) with {name} {phone}, due {due}").format(
            slot=r.key_no, room=r.room_code, name=r.borrower_name, phone=mask_phone(r.phone),
            due=_due_short(r.due, now.date())))
        overdue = r.due is not None and r.due < now
        if overdue:
            title += " · " + str(T("Keys", "overdue: phone the borrower"))
        items.append(open_items.OpenItem(group, title, r.number, PAGE, r.id, "alert" if overdue else "normal"))
    return items


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection:
    keys = s.scalars(select(KeyItem).where(KeyItem.room_id == room.id, KeyItem.status.in_(KEY.open_states))
                     .order_by(KeyItem.id)).all()
    loans = s.execute(select(KeyLoan.lent_at, KeyLoan.borrower_name, KeyLoan.status, KeyLoan.number)
                      .where(KeyLoan.room_id == room.id)
                      .order_by(KeyLoan.lent_at.desc(), KeyLoan.id.desc()).limit(RECENT_ON_CARD)).all()
    rows = [[k.key_no, K.CATEGORY.show(k.category), str(k.count), str(KEY.state(k.status).label), k.entrust_no]
            for k in keys]
    rows += [[f"{at:%Y-%m-%d %H:%M}", name, "", str(LOAN.state(status).label), number]
             for at, name, status, number in loans]
    return card_sections.CardSection(
        T("Keys", "Keys held"),
        [T("Keys", "Slot / time"), T("Keys", "Category / borrower"), T("Keys", "Count"), T("Keys", "Status"),
         T("Keys", "No.")], rows)


# =========================================================================================== forms

def _handover(session: Session, actor: Actor, number: str) -> tuple[KeyHandover, bool]:
    """钥匙交接单 of one loan, by number (YS…), in Chinese."""
    actor.require(KEYS_VIEW)
    from app.printing.forms.key_handover import KeyHandover
    loan = numbered(session, KeyLoan, number, T("Keys", "There is no key loan {number}"))
    key = session.get(KeyItem, loan.key_id)
    names = records.names(session, [loan.created_by, loan.approved_by, loan.received_by])
    return KeyHandover(
        number=loan.number, key_no=loan.key_no, category=KeyCategory.printed(key.category) if key else "",
        room=loan.room_code, description=key.description if key else "", count_out=loan.count_out,
        borrower_name=loan.borrower_name, borrower_type=BorrowerType.printed(loan.borrower_type),
        by_owner=loan.borrower_type == BorrowerType.OWNER.value,
        id_type=IdType.printed(loan.id_type) if loan.id_type else "", id_number=loan.id_number, phone=loan.phone,
        purpose=LoanPurpose.printed(loan.purpose), purpose_text=loan.purpose_text,
        authorisation=Authorisation.printed(loan.authorisation) if loan.authorisation else "",
        authoriser=loan.authoriser, emergency=loan.emergency, approver=names.get(loan.approved_by or 0, ""),
        approved_at=loan.approved_at, owner_notified=loan.owner_notified, lent_at=loan.lent_at,
        due_at=_due(session, loan.id), keeper=names.get(loan.created_by or 0, ""), returned_at=loan.returned_at,
        count_in=loan.count_in, returned_by=loan.returned_by, received_by=names.get(loan.received_by or 0, ""),
        remarks=loan.remarks, mask_private=not actor.can(PEOPLE_SEE_ID)), loan.status == "void"


def _call_memo(session: Session, actor: Actor, number: str) -> tuple[KeyCallMemo, bool]:
    """钥匙管理备忘录 of one loan, by number (YS…): the loan and every call to its borrower, in time order."""
    actor.require(KEYS_VIEW)
    from app.printing.forms.key_call_memo import KeyCallMemo, MemoCall
    loan = numbered(session, KeyLoan, number, T("Keys", "There is no key loan {number}"))
    calls = _calls(session, select(WorkflowEvent, KeyLoan).join(KeyLoan, KeyLoan.id == WorkflowEvent.record_id)
                   .where(WorkflowEvent.record_id == loan.id), 1000)
    now = base.now()
    due_at = _due(session, loan.id)
    state = LOAN.state(loan.status).printed
    if loan.status == "out" and due_at is not None and due_at < now:
        state = f"{state}（逾期）"
    return KeyCallMemo(
        number=loan.number, key_no=loan.key_no, room=loan.room_code, borrower_name=loan.borrower_name,
        phone=loan.phone, lent_at=loan.lent_at, due_at=due_at, state=state, returned_at=loan.returned_at,
        calls=[MemoCall(c.at, c.called, c.result, c.by) for c in reversed(calls)],
        mask_private=not actor.can(PEOPLE_SEE_ID), printed_by=actor.name, printed_at=now), False


def _entrustment(session: Session, actor: Actor, number: str) -> tuple[KeyEntrustment, bool]:
    """业主托管钥匙委托书 of one owner's key, by its number (WT…)."""
    actor.require(KEYS_VIEW)
    from app.printing.forms.key_entrustment import KeyEntrustment
    key = session.scalar(select(KeyItem).where(KeyItem.entrust_no == number.strip().upper()))
    if key is None:
        raise NotFound(T("Keys", "There is no key entrustment {number}").format(number=number))
    owner = session.get(Person, key.entrusted_person_id) if key.entrusted_person_id else None
    names = records.names(session, [key.received_by])
    return KeyEntrustment(
        number=key.entrust_no, entrusted_at=key.entrusted_at or key.created_at, room=key.room_code,
        owner_name=key.entrusted_by, phone=owner.mobile if owner else "", key_no=key.key_no, count=key.count,
        description=key.description, reason=key.entrust_reason, pickup_rule=key.pickup_rule,
        handler=names.get(key.received_by or 0, ""), mask_private=not actor.can(PEOPLE_SEE_ID)), key.status == "void"


def _register(session: Session, actor: Actor, number: str) -> tuple[KeyRegister, bool]:
    """钥匙借用登记表 of one day (number: 2025-06-12), in time order."""
    actor.require(KEYS_VIEW)
    from app.printing.forms.key_register import KeyRegister, RegisterEntry
    day = register_day(number)
    start = datetime.combine(day, time())
    now = base.now()
    q, clock = _with_due(select(KeyLoan).where(KeyLoan.lent_at >= start, KeyLoan.lent_at < start + timedelta(days=1)))
    rows: Sequence[_LoanLine] = session.execute(q.order_by(KeyLoan.lent_at, KeyLoan.id)).all()
    entries = [RegisterEntry(number=loan.number, key_no=loan.key_no, room=loan.room_code,
                             borrower_name=loan.borrower_name, id_number=loan.id_number,
                             purpose=LoanPurpose.printed(loan.purpose), purpose_text=loan.purpose_text,
                             lent_at=loan.lent_at, due_at=deadline, returned_at=loan.returned_at,
                             count_out=loan.count_out, count_in=loan.count_in, status=loan.status,
                             status_label=LOAN.state(loan.status).printed, overdue=bool(due and due < now))
               for loan, deadline, due in rows]
    return KeyRegister(day=day, entries=entries, printed_by=actor.name, printed_at=now), False


dashboard.register("keys", KEYS_VIEW, _tiles)
open_items.register("keys", KEYS_VIEW, _open_items)
card_sections.register("keys", _card_section, KEYS_VIEW)
printing.register_source("key_handover", _handover)
printing.register_source("key_entrustment", _entrustment)
printing.register_source("key_register", _register)
printing.register_source("key_stocktake", _stocktake_sheet)
printing.register_source("key_call_memo", _call_memo)

__all__ = [
    "KEY_RECORDS", "LOAN_RECORDS", "KeyDetail", "LoanDetail", "KeyRow", "LoanRow", "StocktakeLine",
    "StocktakeResult", "lend", "list_keys", "count_keys", "list_loans", "count_loans", "overdue_loans",
    "due_today", "room_history", "stocktake_sheet", "stocktake", "approve", "call_memo", "CallRow", "take_in_in",
    "open_loan_of",
    "count_due", "CountDue", "apply_retention", "Purged", "kpis", "KeyKpis",
    "stocktakes", "StocktakeRow", "stocktake_number",
]
