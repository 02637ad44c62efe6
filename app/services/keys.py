"""钥匙管理 — the key cabinet and its loans (DOMAIN.md §4.6): intake (owner's entrustment with its 委托书,
developer keys), lending under the rules of §4.6, return with a count check, extension, loss and lock change,
the owner taking the key back, stock-take; lists, overdue, history per key and per room; the home tile,
the handover's open items, the household card section and the printed forms.

Every state change goes through the workflow engine (app.domain.keys: KEY for the cabinet, LOAN for loans) in
one unit of work with its events and audit rows; every rule is checked here whatever the form checked, and a
refusal names its field.

**Privacy.** Borrowers' document numbers and phones leave this module masked (4+4, 138****5678) unless the
actor may see them (``people.see_id``); printed forms always mask the document number.

**Speed.** The overdue and due lists read ``ix_key_loan_due`` (status, due_at): only the loans out, however
many there were; the histories read ``ix_key_loan_key`` / ``ix_key_loan_room``.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import keys as K
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.keys import (KEY, KEYS_APPROVE, KEYS_MANAGE, KEYS_STOCKTAKE, KEYS_VIEW, LOAN, Authorisation,
                             BorrowerType, KeyCategory, KeySource, LoanPurpose)
from app.domain.parameters import effective_value
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.validation import check_id_number, check_phone, check_text, mask_id, mask_phone
from app.domain.workflow import Transition
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, card_sections, dashboard, open_items, printing
from app.services import calendar as calendar_service
from app.services import params as params_service
from app.services import workflow as wf
from app.services.auth import permissions_of
from app.services.base import STALE, Actor, unit_of_work
from db.engine import Database
from db.models import Person, Room, RoomPerson, Staff
from db.models.keys import KeyItem, KeyLoan, KeyStocktake, KeyStocktakeLine

__all__ = [
    "KeyInput", "intake_key", "LoanInput", "lend_key", "return_key", "act_loan", "act_key", "get_key",
    "get_loan", "KeyDetail", "LoanDetail", "KeyRow", "LoanRow", "list_keys", "list_loans", "overdue_loans",
    "due_today", "key_history", "room_history", "stocktake", "StocktakeResult", "default_due", "room_people",
    "RoomPersonRow", "approvers", "EventRow", "loan_number", "key_by_slot",
]

PAGE = "keys"
MAX_OPEN_ITEMS = 200
RECENT_ON_CARD = 10
ROOM_AUTHORISED_ROLES = ("owner", "co_owner", "agent")
OWNER_ROLES = ("owner", "co_owner")
SLOT_RE = re.compile(r"[0-9A-Z][0-9A-Z-]{0,19}")

_LABELS: dict[str, Text] = {
    "key_no": T("Keys", "Cabinet slot"),
    "description": T("Keys", "Description"),
    "location": T("Keys", "Location"),
    "entrusted_by": T("Keys", "Entrusted by"),
    "entrust_reason": T("Keys", "Reason for entrusting"),
    "pickup_rule": T("Keys", "Pick-up requirements"),
    "remarks": T("Keys", "Remarks"),
    "borrower_name": T("Keys", "Borrower"),
    "purpose_text": T("Keys", "Purpose details"),
    "authoriser": T("Keys", "Authorised by"),
    "owner_notified": T("Keys", "How the owner was told"),
    "returned_by": T("Keys", "Returned by"),
    "reason": T("Keys", "Reason"),
    "note": T("Keys", "Note"),
}


def _label(key: str) -> str:
    return str(_LABELS[key])


def _int(value: Any, field_name: str, label: Text, lo: int = 0, hi: int = 99) -> int:
    text = str(value if value is not None else "").strip()
    if not text.lstrip("-").isdigit():
        raise ValidationError(T("Keys", "{field} must be a whole number").format(field=label), field_name)
    number = int(text)
    if number < lo or number > hi:
        raise ValidationError(T("Keys", "{field} must be between {lo} and {hi}").format(
            field=label, lo=lo, hi=hi), field_name)
    return number


def _enum(enum_cls, value: Any, field_name: str, message: Text):
    member = value if isinstance(value, enum_cls) else enum_cls.from_label(str(value or ""))
    if member is None:
        raise ValidationError(message, field_name)
    return member


def _room(s: Session, code: str, field_name: str = "room") -> Room:
    code = re.sub(r"\s", "", code or "").upper()
    if not code:
        raise ValidationError(T("Keys", "Give the room of the key"), field_name)
    room = s.scalar(select(Room).where(Room.code == code))
    if room is None:
        raise ValidationError(T("Keys", "There is no room {code} in this estate").format(code=code), field_name)
    return room


def _staff_names(s: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())


def _params(s: Session) -> dict[str, Any]:
    return params_service.load(s)


def default_due(s: Session, lent_at: datetime) -> datetime:
    """End of the working day of ``lent_at`` (parameter ``keys.loan_due_close_time``)."""
    close = effective_value("keys.loan_due_close_time", _params(s))
    return calendar_service.load_calendar(s).end_of_working_day(lent_at, close)


# =========================================================================================== intake

@dataclass
class KeyInput:
    """A key taken into the cabinet, as the desk typed it."""

    key_no: str = ""
    category: str = KeyCategory.OWNER.value
    room: str = ""                 # room code (room keys)
    location: str = ""             # common area (public keys)
    description: str = ""
    count: str | int = "1"
    source: str = ""               # default from the category
    entrusted_by: str = ""         # the owner (owner keys) or the developer's agent
    entrust_reason: str = ""
    pickup_rule: str = ""
    remarks: str = ""


def validate_key(data: KeyInput) -> dict[str, Any]:
    slot = re.sub(r"\s", "", data.key_no or "").upper()
    if not slot:
        raise ValidationError(T("Keys", "Give the cabinet slot of the key"), "key_no")
    if not SLOT_RE.fullmatch(slot):
        raise ValidationError(T("Keys", "A cabinet slot has at most 20 letters, digits and dashes, such as "
                                        "A-015"), "key_no")
    category = _enum(KeyCategory, data.category, "category", T("Keys", "Choose the category of the key"))
    source = (_enum(KeySource, data.source, "source", T("Keys", "Choose where the key comes from"))
              if str(data.source or "").strip() else K.DEFAULT_SOURCE[category])
    values: dict[str, Any] = {
        "key_no": slot, "category": category.value, "source": source.value,
        "count": _int(data.count, "count", T("Keys", "Number of keys"), 1, 50),
        "description": check_text(data.description, "description", _label("description"), max_len=100,
                                  required=False),
        "location": check_text(data.location, "location", _label("location"), max_len=60,
                               required=category is KeyCategory.PUBLIC),
        "entrusted_by": check_text(data.entrusted_by, "entrusted_by", _label("entrusted_by"), max_len=30,
                                   required=category is KeyCategory.OWNER),
        "entrust_reason": check_text(data.entrust_reason, "entrust_reason", _label("entrust_reason"),
                                     max_len=200, required=False),
        "pickup_rule": check_text(data.pickup_rule, "pickup_rule", _label("pickup_rule"), max_len=200,
                                  required=False),
        "remarks": check_text(data.remarks, "remarks", _label("remarks"), max_len=500, required=False),
    }
    return values


def _owner_person(s: Session, room_id: int, name: str) -> Person | None:
    """The registered owner or co-owner of the room with this name."""
    return s.scalar(select(Person).join(RoomPerson, RoomPerson.person_id == Person.id)
                    .where(RoomPerson.room_id == room_id, RoomPerson.end_date.is_(None),
                           RoomPerson.role.in_(OWNER_ROLES), Person.name == name)
                    .order_by(RoomPerson.is_primary.desc(), RoomPerson.id).limit(1))


def intake_key(db: Database, actor: Actor, data: KeyInput) -> int:
    """Take a key into the cabinet; an owner's key gets its 委托书 number (WT…). Returns the key's id."""
    actor.require(KEYS_MANAGE)
    values = validate_key(data)
    category = KeyCategory(values["category"])
    with unit_of_work(db, actor) as s:
        busy = s.scalar(select(KeyItem.id).where(KeyItem.key_no == values["key_no"],
                                                 KeyItem.status.in_(K.KEY_OPEN_STATES)).limit(1))
        if busy is not None:
            raise ValidationError(T("Keys", "Slot {slot} already holds a key: choose a free slot").format(
                slot=values["key_no"]), "key_no")
        room = None
        if category is not KeyCategory.PUBLIC:
            room = _room(s, data.room)
        at = base.now()
        key = KeyItem(**values, status=KEY.initial, room_id=room.id if room else None,
                      room_code=room.code if room else "", received_by=actor.staff_id)
        if category is KeyCategory.OWNER:
            owner = _owner_person(s, room.id, values["entrusted_by"])
            if owner is None:
                raise ValidationError(K.MSG_OWNER_MISMATCH.format(name=values["entrusted_by"], room=room.code),
                                      "entrusted_by")
            key.entrusted_person_id = owner.id
            key.entrust_no = wf.next_number(s, K.ENTRUST_DOC_TYPE, at)
            key.entrusted_at = at
        elif category is KeyCategory.DEVELOPER:
            key.entrusted_at = at
        s.add(key)
        s.flush()
        event = KEY.start(at=at, user_id=actor.staff_id, data={"entrust_no": key.entrust_no} if key.entrust_no
                          else None)
        wf._store(s, KEY, key.id, event, actor)  # a key has no document number: the engine's event row only
        return key.id


def key_by_slot(db: Database, actor: Actor, slot: str) -> int | None:
    """The open key in a slot, if any."""
    actor.require(KEYS_VIEW)
    slot = re.sub(r"\s", "", slot or "").upper()
    with db.read() as s:
        return s.scalar(select(KeyItem.id).where(KeyItem.key_no == slot, KeyItem.status.in_(K.KEY_OPEN_STATES))
                        .order_by(KeyItem.id.desc()).limit(1))


# =========================================================================================== lending

@dataclass
class LoanInput:
    key_id: int = 0
    borrower_type: str = BorrowerType.OWNER.value
    borrower_name: str = ""
    id_type: str = "resident"
    id_number: str = ""
    phone: str = ""
    staff_id: int | None = None         # a staff borrower
    purpose: str = LoanPurpose.OWNER_USE.value
    purpose_text: str = ""
    authorisation: str = ""             # written | phone (a non-registered borrower)
    authoriser: str = ""                # the owner who authorised
    approver_id: int | None = None      # 客服主管 who approved (owner's key used by staff; long loans)
    owner_notified: str = ""            # how/when the owner was told ("电话 138…, 10:05")
    emergency: bool = False
    due_at: datetime | str | None = None
    count: str | int | None = None      # default: every key of the slot
    remarks: str = ""


@dataclass(frozen=True)
class RoomPersonRow:
    person_id: int
    name: str
    role: str
    phone: str       # masked unless the actor may see it
    id_type: str
    id_number: str   # masked unless the actor may see it


def room_people(db: Database, actor: Actor, room_id: int) -> list[RoomPersonRow]:
    """The owners, co-owners and agents of a room (the people who may borrow its keys without more)."""
    actor.require(KEYS_VIEW)
    see = actor.can(PEOPLE_SEE_ID)
    with db.read() as s:
        rows = s.execute(select(Person.id, Person.name, RoomPerson.role, Person.mobile, Person.id_type,
                                Person.id_number)
                         .join(RoomPerson, RoomPerson.person_id == Person.id)
                         .where(RoomPerson.room_id == room_id, RoomPerson.end_date.is_(None),
                                RoomPerson.role.in_(ROOM_AUTHORISED_ROLES))
                         .order_by(RoomPerson.is_primary.desc(), RoomPerson.id)).all()
    return [RoomPersonRow(pid, name, role, phone if see else mask_phone(phone), id_type,
                          idno if see else mask_id(idno)) for pid, name, role, phone, id_type, idno in rows]


def approvers(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """Active staff whose role may approve the use of an owner's key."""
    actor.require(KEYS_VIEW)
    with db.read() as s:
        staff = s.scalars(select(Staff).where(Staff.active.is_(True)).order_by(Staff.id)).all()
        return [(st.id, st.name) for st in staff if KEYS_APPROVE in permissions_of(s, st.role)]


def parse_time(value: Any, field_name: str) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    text = str(value).strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%H:%M"):
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        if fmt == "%H:%M":
            parsed = datetime.combine(base.now().date(), parsed.time())
        return parsed
    raise ValidationError(T("Keys", "Give a time such as 2025-06-12 17:30"), field_name)


def _get_key(s: Session, key_id: int, version: int | None = None) -> KeyItem:
    key = s.get(KeyItem, key_id)
    if key is None:
        raise NotFound(T("Keys", "This key no longer exists"))
    if version is not None and key.version != version:
        raise ConflictError(STALE)
    return key


def _get_loan(s: Session, loan_id: int, version: int | None = None) -> KeyLoan:
    loan = s.get(KeyLoan, loan_id)
    if loan is None:
        raise NotFound(T("Keys", "This loan no longer exists"))
    if version is not None and loan.version != version:
        raise ConflictError(STALE)
    return loan


def _current_loan(s: Session, key_id: int) -> KeyLoan | None:
    return s.scalar(select(KeyLoan).where(KeyLoan.key_id == key_id, KeyLoan.status == K.OUT)
                    .order_by(KeyLoan.id.desc()).limit(1))


def lend_key(db: Database, actor: Actor, data: LoanInput) -> int:
    """Lend a key under every rule of §4.6; numbered YS…, key → 借出. Returns the loan's id."""
    actor.require(KEYS_MANAGE)
    btype = _enum(BorrowerType, data.borrower_type, "borrower_type", T("Keys", "Choose who borrows the key"))
    purpose = _enum(LoanPurpose, data.purpose, "purpose", T("Keys", "Choose the purpose of the loan"))
    auth = Authorisation.from_label(data.authorisation or "") or Authorisation.NONE
    staff_side = btype in K.STAFF_SIDE
    name = check_text(data.borrower_name, "borrower_name", _label("borrower_name"), max_len=30)
    id_number = ""
    if btype is not BorrowerType.STAFF or (data.id_number or "").strip():
        id_number = check_id_number(data.id_type or "resident", data.id_number)
    phone = check_phone(data.phone, "phone", required=not staff_side)
    purpose_text = check_text(data.purpose_text, "purpose_text", _label("purpose_text"), max_len=200,
                              required=purpose is LoanPurpose.OTHER)
    authoriser = check_text(data.authoriser, "authoriser", _label("authoriser"), max_len=30, required=False)
    owner_notified = check_text(data.owner_notified, "owner_notified", _label("owner_notified"), max_len=100,
                                required=False)
    remarks = check_text(data.remarks, "remarks", _label("remarks"), max_len=500, required=False)
    due_in = parse_time(data.due_at, "due_at")
    with unit_of_work(db, actor) as s:
        key = _get_key(s, data.key_id)
        count = key.count - key.missing_count if data.count in (None, "") else \
            _int(data.count, "count", T("Keys", "Number of keys"), 1, 50)
        if count > key.count:
            raise ValidationError(T("Keys", "Slot {slot} holds only {n} keys").format(slot=key.key_no, n=key.count),
                                  "count")
        category = KeyCategory(key.category)
        registered = is_owner = authoriser_is_owner = False
        person_id = None
        if key.room_id is not None:
            rows = s.execute(select(Person.id, Person.name, Person.id_number, RoomPerson.role)
                             .join(RoomPerson, RoomPerson.person_id == Person.id)
                             .where(RoomPerson.room_id == key.room_id, RoomPerson.end_date.is_(None),
                                    RoomPerson.role.in_(ROOM_AUTHORISED_ROLES))).all()
            for pid, pname, pid_no, role in rows:
                if pname == name and (not pid_no or not id_number or pid_no == id_number):
                    registered = True
                    person_id = pid
                    is_owner = is_owner or role in OWNER_ROLES
            authoriser_is_owner = any(pname == authoriser and role in OWNER_ROLES for _, pname, _, role in rows)
            if registered and btype is BorrowerType.AGENT:
                auth = Authorisation.REGISTERED
        approver = s.get(Staff, data.approver_id) if data.approver_id else None
        if approver is None and actor.can(KEYS_APPROVE) and staff_side and category in K.OWNER_KEYS:
            approver = s.get(Staff, actor.staff_id) if actor.staff_id else None
        may_approve = bool(approver and approver.active and KEYS_APPROVE in permissions_of(s, approver.role))
        at = base.now()
        default = default_due(s, at)
        due = due_in or default
        current = _current_loan(s, key.id)
        K.check_loan_rules(K.LoanFacts(
            slot=key.key_no, key_state=key.status, category=category, room=key.room_code or key.location,
            borrower_name=name, borrower_type=btype, borrower_registered=registered, borrower_is_owner=is_owner,
            authorisation=auth, authoriser_is_owner=authoriser_is_owner, authoriser_name=authoriser,
            approver_name=approver.name if approver else "", approver_may_approve=may_approve,
            owner_notified=bool(owner_notified), emergency=bool(data.emergency), lent_at=at, due_at=due,
            default_due=default,
            current_loan=(current.number, current.borrower_name, current.lent_at) if current else None))
        loan = KeyLoan(
            key_id=key.id, key_no=key.key_no, room_id=key.room_id, room_code=key.room_code or key.location,
            borrower_name=name, borrower_type=btype.value, person_id=person_id,
            staff_id=data.staff_id if staff_side else None, id_type=(data.id_type or "resident") if id_number else "",
            id_number=id_number, phone=phone, purpose=purpose.value, purpose_text=purpose_text,
            authorisation=auth.value, authoriser=authoriser if auth in (Authorisation.WRITTEN, Authorisation.PHONE)
            else "", emergency=bool(data.emergency), approved_by=approver.id if approver and may_approve else None,
            approved_at=at if approver and may_approve else None,
            owner_notified=owner_notified, owner_notified_at=at if owner_notified else None,
            lent_at=at, due_at=due, count_out=count, remarks=remarks, handler_id=actor.staff_id)
        wf.create(s, actor, LOAN, loan, when=at, data={"key": key.key_no, "due_at": due, "count": count})
        wf.transition(s, actor, KEY, key, "lend", {"loan": loan.number})
        return loan.id


# =========================================================================================== return and actions

def return_key(db: Database, actor: Actor, loan_id: int, *, count_in: int | str, returned_by: str,
               confirm_loss: bool = False, note: str = "", version: int | None = None) -> int:
    """Take a key back with a count check: a short count is refused unless ``confirm_loss``, which registers
    the missing keys as lost (loan 遗失, key 挂失). Returns the loan's id."""
    actor.require(KEYS_MANAGE)
    count = _int(count_in, "count_in", T("Keys", "Keys returned"), 0, 50)
    who = check_text(returned_by, "returned_by", _label("returned_by"), max_len=30)
    note = check_text(note, "note", _label("note"), max_len=200, required=False)
    with unit_of_work(db, actor) as s:
        loan = _get_loan(s, loan_id, version)
        LOAN.check(loan.status, "return", actor.permissions, {"count_in": count, "returned_by": who})
        missing = K.check_return_count(loan.count_out, count, confirm_loss)
        key = _get_key(s, loan.key_id)
        at = base.now()
        loan.count_in, loan.returned_at, loan.returned_by, loan.received_by = count, at, who, actor.staff_id
        if missing:
            loss = str(T("Keys", "{missing} of {out} keys not returned").format(missing=missing,
                                                                              out=loan.count_out))
            text = f"{loss}; {note}" if note else loss
            wf.transition(s, actor, LOAN, loan, "lose", {"note": text, "count_in": count, "returned_by": who})
            key.missing_count = min(key.count, key.missing_count + missing)
            wf.transition(s, actor, KEY, key, "take_back", {"loan": loan.number, "count_in": count})
            wf.transition(s, actor, KEY, key, "report_lost", {"note": text, "loan": loan.number})
        else:
            wf.transition(s, actor, LOAN, loan, "return", {"count_in": count, "returned_by": who, "note": note})
            wf.transition(s, actor, KEY, key, "take_back", {"loan": loan.number, "count_in": count})
        return loan.id


def act_loan(db: Database, actor: Actor, loan_id: int, action: str, values: Mapping[str, Any] | None = None,
             *, version: int | None = None) -> int:
    """``extend`` (due_at, reason), ``notify_owner`` (owner_notified), ``lose`` (note), ``void`` (reason).
    Use :func:`return_key` for a return."""
    values = dict(values or {})
    if action == "return":
        return return_key(db, actor, loan_id, count_in=values.get("count_in", ""),
                          returned_by=values.get("returned_by", ""),
                          confirm_loss=bool(values.get("confirm_loss")), note=values.get("note", ""),
                          version=version)
    try:
        transition = LOAN.transition(action)
    except KeyError:
        raise NotFound(T("Keys", "There is no action “{action}” for key loans").format(action=action)) from None
    actor.require(transition.permission)
    fields: dict[str, Any] = {"note": check_text(values.get("note"), "note", _label("note"), max_len=200,
                                                 required=False)}
    if action in ("extend", "void"):
        fields["reason"] = check_text(values.get("reason"), "reason", _label("reason"), max_len=200,
                                      required=False)
    if action == "extend":
        fields["due_at"] = parse_time(values.get("due_at"), "due_at")
    if action == "notify_owner":
        fields["owner_notified"] = check_text(values.get("owner_notified"), "owner_notified",
                                              _label("owner_notified"), max_len=100, required=False)
    with unit_of_work(db, actor) as s:
        loan = _get_loan(s, loan_id, version)
        LOAN.check(loan.status, action, actor.permissions, fields)
        at = base.now()
        key = _get_key(s, loan.key_id)
        if action == "extend":
            if fields["due_at"] <= max(at, loan.due_at):
                raise ValidationError(T("Keys", "The new due time must be later than the current one ({due})")
                                      .format(due=f"{loan.due_at:%Y-%m-%d %H:%M}"), "due_at")
            loan.extensions += 1
            loan.extension_reason = fields["reason"]
            loan.due_at = fields["due_at"]
            loan.approved_by = loan.approved_by or actor.staff_id
        elif action == "notify_owner":
            loan.owner_notified, loan.owner_notified_at = fields["owner_notified"], at
        wf.transition(s, actor, LOAN, loan, action, fields)
        if action == "lose":
            loan.count_in = 0
            key.missing_count = key.count
            wf.transition(s, actor, KEY, key, "take_back", {"loan": loan.number, "count_in": 0})
            wf.transition(s, actor, KEY, key, "report_lost", {"note": fields["note"], "loan": loan.number})
        elif action == "void" and key.status == "on_loan":
            wf.transition(s, actor, KEY, key, "take_back", {"loan": loan.number, "void": True})
        return loan.id


def act_key(db: Database, actor: Actor, key_id: int, action: str, values: Mapping[str, Any] | None = None,
            *, version: int | None = None) -> int:
    """``report_lost`` (note), ``found``, ``replace`` (note: lock changed / spare cut), ``restock`` (count),
    ``withdraw`` (identity: the owner's name as checked), ``void`` (reason)."""
    values = dict(values or {})
    if action in K.KEY_INTERNAL:
        raise ConflictError(T("Keys", "Lend and take back a key through a loan"))
    try:
        transition = KEY.transition(action)
    except KeyError:
        raise NotFound(T("Keys", "There is no action “{action}” for keys").format(action=action)) from None
    actor.require(transition.permission)
    fields: dict[str, Any] = {"note": check_text(values.get("note"), "note", _label("note"), max_len=200,
                                                 required=False)}
    if action == "void":
        fields["reason"] = check_text(values.get("reason"), "reason", _label("reason"), max_len=200,
                                      required=False)
    if action == "restock":
        raw = values.get("count")
        fields["count"] = _int(raw, "count", T("Keys", "Number of keys"), 1, 50) if str(raw or "").strip() \
            else None
    if action == "withdraw":
        fields["identity"] = check_text(values.get("identity"), "identity", str(K.KEY_FIELDS["identity"]),
                                        max_len=30, required=False)
    with unit_of_work(db, actor) as s:
        key = _get_key(s, key_id, version)
        if key.status == "on_loan" and action == "report_lost":
            raise ConflictError(T("Keys", "Key {slot} is on loan: register the loss on its loan").format(
                slot=key.key_no))
        KEY.check(key.status, action, actor.permissions, fields)
        if action == "withdraw" and key.room_id is not None and _owner_person(s, key.room_id,
                                                                              fields["identity"]) is None:
            raise ValidationError(K.MSG_OWNER_MISMATCH.format(name=fields["identity"], room=key.room_code),
                                  "identity")
        if action == "report_lost":
            key.missing_count = key.count
        elif action == "found":
            key.missing_count = 0
        elif action == "restock":
            key.count, key.missing_count = fields["count"], 0
        if action == "void":
            key.void_reason = fields["reason"][:200]
        wf.transition(s, actor, KEY, key, action, fields)
        return key.id


# =========================================================================================== reading

@dataclass(frozen=True)
class EventRow:
    at: datetime
    user: str
    action: str
    from_state: str
    to_state: str
    note: str
    data: dict


_ACTION_LABELS = {"create": T("Keys", "Registered")}


def _events(s: Session, workflow, record_id: int) -> list[EventRow]:
    events = wf.events(s, workflow, record_id)
    names = _staff_names(s, [e.user_id for e in events])
    rows = []
    for e in events:
        label = _ACTION_LABELS.get(e.action) or workflow.transition(e.action).label
        rows.append(EventRow(e.at, names.get(e.user_id, ""), str(label),
                             str(K.state_label(workflow, e.from_state)) if e.from_state else "",
                             str(K.state_label(workflow, e.to_state)), e.note, dict(e.data)))
    return rows


@dataclass(frozen=True)
class KeyRow:
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
    def status_label(self) -> str:
        return str(K.state_label(KEY, self.status))

    @property
    def category_label(self) -> str:
        return str(KeyCategory(self.category).label)

    @property
    def sort_key(self) -> tuple:
        return (self.key_no, self.id)


@dataclass(frozen=True)
class KeyDetail:
    row: KeyRow
    version: int
    room_id: int | None
    entrust_no: str
    entrusted_at: datetime | None
    entrusted_by: str
    entrust_reason: str
    pickup_rule: str
    remarks: str
    void_reason: str
    current_loan_id: int | None
    events: list[EventRow]
    loans: list[LoanRow]
    actions: list[Transition]


@dataclass(frozen=True)
class LoanRow:
    id: int
    number: str
    key_id: int
    key_no: str
    room: str
    borrower_name: str
    borrower_type: str
    purpose: str
    lent_at: datetime
    due_at: datetime
    returned_at: datetime | None
    count_out: int
    count_in: int | None
    status: str
    overdue: bool

    @property
    def status_label(self) -> str:
        return str(K.state_label(LOAN, self.status))

    @property
    def sort_key(self) -> tuple:
        return (self.lent_at, self.id)


@dataclass(frozen=True)
class LoanDetail:
    row: LoanRow
    version: int
    id_type: str
    id_number: str        # masked unless the actor may see it
    phone: str            # likewise
    purpose_text: str
    authorisation: str
    authoriser: str
    emergency: bool
    approved_by: str
    approved_at: datetime | None
    owner_notified: str
    owner_notified_at: datetime | None
    returned_by: str
    received_by: str
    extensions: int
    extension_reason: str
    remarks: str
    lent_by: str
    events: list[EventRow]
    actions: list[Transition]


def _loan_row(loan: KeyLoan, now: datetime) -> LoanRow:
    return LoanRow(loan.id, loan.number, loan.key_id, loan.key_no, loan.room_code, loan.borrower_name,
                   loan.borrower_type, loan.purpose, loan.lent_at, loan.due_at, loan.returned_at, loan.count_out,
                   loan.count_in, loan.status, K.is_overdue(loan.status, loan.due_at, now))


def _key_row(key: KeyItem, loan: KeyLoan | None, now: datetime) -> KeyRow:
    return KeyRow(key.id, key.key_no, key.category, key.room_code or key.location, key.description, key.count,
                  key.missing_count, key.source, key.status, loan.borrower_name if loan else "",
                  loan.due_at if loan else None, bool(loan and K.is_overdue(loan.status, loan.due_at, now)))


def get_key(db: Database, actor: Actor, key_id: int) -> KeyDetail:
    actor.require(KEYS_VIEW)
    now = base.now()
    with db.read() as s:
        key = _get_key(s, key_id)
        current = _current_loan(s, key.id)
        loans = s.scalars(select(KeyLoan).where(KeyLoan.key_id == key.id)
                          .order_by(KeyLoan.lent_at.desc(), KeyLoan.id.desc()).limit(50)).all()
        return KeyDetail(_key_row(key, current, now), key.version, key.room_id, key.entrust_no, key.entrusted_at,
                         key.entrusted_by, key.entrust_reason, key.pickup_rule, key.remarks, key.void_reason,
                         current.id if current else None, _events(s, KEY, key.id),
                         [_loan_row(loan, now) for loan in loans], K.key_actions(key.status, actor.permissions))


def get_loan(db: Database, actor: Actor, loan_id: int) -> LoanDetail:
    actor.require(KEYS_VIEW)
    see = actor.can(PEOPLE_SEE_ID)
    now = base.now()
    with db.read() as s:
        loan = _get_loan(s, loan_id)
        names = _staff_names(s, [loan.approved_by, loan.received_by, loan.created_by])
        return LoanDetail(
            _loan_row(loan, now), loan.version, loan.id_type, loan.id_number if see else mask_id(loan.id_number),
            loan.phone if see else mask_phone(loan.phone), loan.purpose_text, loan.authorisation, loan.authoriser,
            loan.emergency, names.get(loan.approved_by, ""), loan.approved_at, loan.owner_notified,
            loan.owner_notified_at, loan.returned_by, names.get(loan.received_by, ""), loan.extensions,
            loan.extension_reason, loan.remarks, names.get(loan.created_by, ""), _events(s, LOAN, loan.id),
            K.loan_actions(loan.status, actor.permissions))


@dataclass
class KeyFilter:
    text: str = ""                 # slot or room code prefix
    category: str = ""
    status: str = ""               # a key state, "open" (not closed) or ""


def list_keys(db: Database, actor: Actor, f: KeyFilter | None = None, *, after: tuple | None = None,
              limit: int = 200) -> list[KeyRow]:
    """The cabinet in slot order, keyset-paged (``after`` = the last row's ``sort_key``)."""
    actor.require(KEYS_VIEW)
    f = f or KeyFilter()
    now = base.now()
    q = select(KeyItem)
    if f.status == "open":
        q = q.where(KeyItem.status.in_(K.KEY_OPEN_STATES))
    elif f.status:
        q = q.where(KeyItem.status == f.status)
    if f.category:
        q = q.where(KeyItem.category == f.category)
    text = re.sub(r"\s", "", f.text or "").upper()
    if text:
        q = q.where(or_(KeyItem.key_no.startswith(text, autoescape=True),
                        KeyItem.room_code.startswith(text, autoescape=True),
                        KeyItem.location.contains(f.text.strip(), autoescape=True)))
    if after is not None:
        q = q.where(tuple_(KeyItem.key_no, KeyItem.id) > tuple_(*after))
    with db.read() as s:
        keys = s.scalars(q.order_by(KeyItem.key_no, KeyItem.id).limit(limit)).all()
        out_ids = [k.id for k in keys if k.status == "on_loan"]
        loans = {loan.key_id: loan for loan in s.scalars(select(KeyLoan).where(
            KeyLoan.key_id.in_(out_ids), KeyLoan.status == K.OUT))} if out_ids else {}
        return [_key_row(k, loans.get(k.id), now) for k in keys]


@dataclass
class LoanFilter:
    status: str = ""               # a loan state, "overdue", or ""
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""                 # number, slot, room or borrower prefix


def list_loans(db: Database, actor: Actor, f: LoanFilter | None = None, *, after: tuple | None = None,
               limit: int = 200) -> list[LoanRow]:
    """Loans newest first, keyset-paged (``after`` = the last row's ``sort_key``)."""
    actor.require(KEYS_VIEW)
    f = f or LoanFilter()
    now = base.now()
    q = select(KeyLoan)
    if f.status == "overdue":
        q = q.where(KeyLoan.status == K.OUT, KeyLoan.due_at < now)
    elif f.status:
        q = q.where(KeyLoan.status == f.status)
    if f.date_from:
        q = q.where(KeyLoan.lent_at >= datetime.combine(f.date_from, time()))
    if f.date_to:
        q = q.where(KeyLoan.lent_at < datetime.combine(f.date_to + timedelta(days=1), time()))
    text = (f.text or "").strip()
    if text:
        up = text.upper()
        q = q.where(or_(KeyLoan.number.startswith(up, autoescape=True),
                        KeyLoan.key_no.startswith(up, autoescape=True),
                        KeyLoan.room_code.startswith(up, autoescape=True),
                        KeyLoan.borrower_name.startswith(text, autoescape=True)))
    if after is not None:
        q = q.where(tuple_(KeyLoan.lent_at, KeyLoan.id) < tuple_(*after))
    with db.read() as s:
        return [_loan_row(loan, now) for loan in
                s.scalars(q.order_by(KeyLoan.lent_at.desc(), KeyLoan.id.desc()).limit(limit))]


def overdue_loans(db: Database, actor: Actor, limit: int = MAX_OPEN_ITEMS) -> list[LoanRow]:
    """Loans out past their due time, most overdue first (ix_key_loan_due)."""
    actor.require(KEYS_VIEW)
    now = base.now()
    with db.read() as s:
        return [_loan_row(loan, now) for loan in s.scalars(
            select(KeyLoan).where(KeyLoan.status == K.OUT, KeyLoan.due_at < now)
            .order_by(KeyLoan.due_at, KeyLoan.id).limit(limit))]


def due_today(db: Database, actor: Actor, limit: int = MAX_OPEN_ITEMS) -> list[LoanRow]:
    """Loans out and due back before the end of today, not yet overdue."""
    actor.require(KEYS_VIEW)
    now = base.now()
    end = datetime.combine(now.date() + timedelta(days=1), time())
    with db.read() as s:
        return [_loan_row(loan, now) for loan in s.scalars(
            select(KeyLoan).where(KeyLoan.status == K.OUT, KeyLoan.due_at >= now, KeyLoan.due_at < end)
            .order_by(KeyLoan.due_at, KeyLoan.id).limit(limit))]


def key_history(db: Database, actor: Actor, key_id: int) -> list[EventRow]:
    """Every event of a key (intake, loans, loss, lock change, withdrawal), oldest first."""
    actor.require(KEYS_VIEW)
    with db.read() as s:
        _get_key(s, key_id)
        return _events(s, KEY, key_id)


def room_history(db: Database, actor: Actor, room_id: int, limit: int = 100) -> tuple[list[KeyRow], list[LoanRow]]:
    """The keys of a room (every one it ever had) and their loans, newest first."""
    actor.require(KEYS_VIEW)
    now = base.now()
    with db.read() as s:
        keys = s.scalars(select(KeyItem).where(KeyItem.room_id == room_id).order_by(KeyItem.id)).all()
        loans = s.scalars(select(KeyLoan).where(KeyLoan.room_id == room_id)
                          .order_by(KeyLoan.lent_at.desc(), KeyLoan.id.desc()).limit(limit)).all()
        current = {loan.key_id: loan for loan in loans if loan.status == K.OUT}
        return [_key_row(k, current.get(k.id), now) for k in keys], [_loan_row(loan, now) for loan in loans]


def loan_number(db: Database, actor: Actor, loan_id: int) -> str:
    actor.require(KEYS_VIEW)
    with db.read() as s:
        return _get_loan(s, loan_id).number


# =========================================================================================== stock-take

@dataclass(frozen=True)
class StocktakeLine:
    key_id: int
    key_no: str
    expected_state: str
    expected_count: int
    found_count: int
    result: str            # ok | short | extra | unexpected


@dataclass(frozen=True)
class StocktakeResult:
    id: int
    taken_at: datetime
    keys_counted: int
    lines: list[StocktakeLine] = field(default_factory=list)

    @property
    def discrepancies(self) -> list[StocktakeLine]:
        return [line for line in self.lines if line.result != "ok"]


def stocktake(db: Database, actor: Actor, found: Mapping[int, int | str], note: str = "") -> StocktakeResult:
    """Count the cabinet: ``found`` maps key id → keys found in its slot (a key not given counts 0).

    Expected: a key in the cabinet holds ``count - missing_count``; a key on loan, lost or awaiting a new
    key holds 0. Every open key gets a line; the discrepancies are the lines that disagree.
    """
    actor.require(KEYS_STOCKTAKE)
    note = check_text(note, "note", _label("note"), max_len=200, required=False)
    counts = {int(k): _int(v, "found", T("Keys", "Keys found"), 0, 50) for k, v in found.items()}
    with unit_of_work(db, actor) as s:
        at = base.now()
        take = KeyStocktake(taken_at=at, staff_id=actor.staff_id, note=note)
        s.add(take)
        s.flush()
        lines = []
        for key in s.scalars(select(KeyItem).where(KeyItem.status.in_(K.KEY_OPEN_STATES))
                             .order_by(KeyItem.key_no, KeyItem.id)):
            expected = key.count - key.missing_count if key.status == "in_cabinet" else 0
            got = counts.get(key.id, 0)
            if got == expected:
                result = "ok"
            elif expected == 0:
                result = "unexpected"
            else:
                result = "short" if got < expected else "extra"
            s.add(KeyStocktakeLine(stocktake_id=take.id, key_id=key.id, key_no=key.key_no,
                                   expected_state=key.status, expected_count=expected, found_count=got,
                                   result=result))
            lines.append(StocktakeLine(key.id, key.key_no, key.status, expected, got, result))
        take.keys_counted = len(lines)
        take.discrepancies = sum(line.result != "ok" for line in lines)
        return StocktakeResult(take.id, at, len(lines), lines)


# =========================================================================================== the desk's hooks

def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    now = base.now()
    out = s.scalar(select(func.count()).where(KeyLoan.status == K.OUT)) or 0
    overdue = s.scalar(select(func.count()).where(KeyLoan.status == K.OUT, KeyLoan.due_at < now)) or 0
    rows = s.execute(select(KeyLoan.key_no, KeyLoan.room_code, KeyLoan.borrower_name, KeyLoan.due_at)
                     .where(KeyLoan.status == K.OUT).order_by(KeyLoan.due_at, KeyLoan.id).limit(5)).all()
    detail = str(T("Keys", "{n} overdue").format(n=overdue)) if overdue else ""
    items = [str(T("Keys", "{slot} {room} → {name}, due {due}").format(
        slot=slot, room=room, name=name, due=f"{due:%H:%M}" if due.date() == today else f"{due:%m-%d %H:%M}"))
        for slot, room, name, due in rows]
    return [dashboard.Tile(T("Keys", "Keys on loan"), str(out), detail, PAGE,
                           "alert" if overdue else ("attention" if out else "normal"), items)]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    rows = s.execute(select(KeyLoan.id, KeyLoan.number, KeyLoan.key_no, KeyLoan.room_code,
                            KeyLoan.borrower_name, KeyLoan.phone, KeyLoan.due_at)
                     .where(KeyLoan.status == K.OUT).order_by(KeyLoan.due_at, KeyLoan.id)
                     .limit(MAX_OPEN_ITEMS)).all()
    group = T("Keys", "Keys on loan")
    items = []
    for lid, number, slot, room, name, phone, due in rows:
        stamp = f"{due:%H:%M}" if due.date() == now.date() else f"{due:%m-%d %H:%M}"
        title = str(T("Keys", "Key {slot} ({room}) with {name} {phone}, due {due}").format(
            slot=slot, room=room, name=name, phone=mask_phone(phone), due=stamp))
        overdue = due < now
        if overdue:
            title += " · " + str(T("Keys", "overdue: phone the borrower"))
        items.append(open_items.OpenItem(group, title, number, PAGE, lid, "alert" if overdue else "normal"))
    return items


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection | None:
    if not actor.can(KEYS_VIEW):
        return None
    keys = s.scalars(select(KeyItem).where(KeyItem.room_id == room.id, KeyItem.status.in_(K.KEY_OPEN_STATES))
                     .order_by(KeyItem.id)).all()
    loans = s.execute(select(KeyLoan.lent_at, KeyLoan.borrower_name, KeyLoan.status, KeyLoan.number)
                      .where(KeyLoan.room_id == room.id)
                      .order_by(KeyLoan.lent_at.desc(), KeyLoan.id.desc()).limit(RECENT_ON_CARD)).all()
    if not keys and not loans:
        return None
    rows = [[k.key_no, str(KeyCategory(k.category).label), str(k.count), str(K.state_label(KEY, k.status)),
             k.entrust_no] for k in keys]
    rows += [[f"{at:%Y-%m-%d %H:%M}", name, "", str(K.state_label(LOAN, status)), number]
             for at, name, status, number in loans]
    return card_sections.CardSection(
        T("Keys", "Keys held"),
        [T("Keys", "Slot / time"), T("Keys", "Category / borrower"), T("Keys", "Count"), T("Keys", "Status"),
         T("Keys", "No.")], rows)


# =========================================================================================== forms

def _handover(session: Session, actor: Actor, number: str):
    """钥匙交接单 of one loan, by number (YS…)."""
    actor.require(KEYS_VIEW)
    from app.printing.forms.key_handover import KeyHandover
    loan = session.scalar(select(KeyLoan).where(KeyLoan.number == number.strip().upper()))
    if loan is None:
        raise NotFound(T("Keys", "There is no key loan {number}").format(number=number))
    key = session.get(KeyItem, loan.key_id)
    names = _staff_names(session, [loan.created_by, loan.approved_by, loan.received_by])
    return KeyHandover(
        number=loan.number, key_no=loan.key_no, category=key.category if key else "", room=loan.room_code,
        description=key.description if key else "", count_out=loan.count_out, borrower_name=loan.borrower_name,
        borrower_type=loan.borrower_type, id_type=loan.id_type, id_number=loan.id_number, phone=loan.phone,
        purpose=loan.purpose, purpose_text=loan.purpose_text, authorisation=loan.authorisation,
        authoriser=loan.authoriser, emergency=loan.emergency, approver=names.get(loan.approved_by, ""),
        approved_at=loan.approved_at, owner_notified=loan.owner_notified, lent_at=loan.lent_at,
        due_at=loan.due_at, keeper=names.get(loan.created_by, ""), returned_at=loan.returned_at,
        count_in=loan.count_in, returned_by=loan.returned_by, received_by=names.get(loan.received_by, ""),
        status=loan.status, remarks=loan.remarks, mask_private=not actor.can(PEOPLE_SEE_ID)), \
        loan.status == "void"


def _entrustment(session: Session, actor: Actor, number: str):
    """业主托管钥匙委托书 of one owner's key, by its number (WT…)."""
    actor.require(KEYS_VIEW)
    from app.printing.forms.key_entrustment import KeyEntrustment
    key = session.scalar(select(KeyItem).where(KeyItem.entrust_no == number.strip().upper()))
    if key is None:
        raise NotFound(T("Keys", "There is no key entrustment {number}").format(number=number))
    owner = session.get(Person, key.entrusted_person_id) if key.entrusted_person_id else None
    names = _staff_names(session, [key.received_by])
    return KeyEntrustment(
        number=key.entrust_no, entrusted_at=key.entrusted_at or key.created_at, room=key.room_code,
        owner_name=key.entrusted_by, phone=owner.mobile if owner else "", key_no=key.key_no, count=key.count,
        description=key.description, reason=key.entrust_reason, pickup_rule=key.pickup_rule,
        handler=names.get(key.received_by, ""), mask_private=not actor.can(PEOPLE_SEE_ID)), key.status == "void"


def _register(session: Session, actor: Actor, number: str):
    """钥匙借用登记表 of one day (number: 2025-06-12), in time order."""
    actor.require(KEYS_VIEW)
    from app.printing.forms.key_register import KeyRegister, RegisterEntry
    from app.services.visits import register_day
    day = register_day(number)
    start = datetime.combine(day, time())
    end = start + timedelta(days=1)
    now = base.now()
    loans = session.scalars(select(KeyLoan).where(KeyLoan.lent_at >= start, KeyLoan.lent_at < end)
                            .order_by(KeyLoan.lent_at, KeyLoan.id)).all()
    entries = [RegisterEntry(number=loan.number, key_no=loan.key_no, room=loan.room_code,
                             borrower_name=loan.borrower_name, id_number=loan.id_number, purpose=loan.purpose,
                             purpose_text=loan.purpose_text, lent_at=loan.lent_at, due_at=loan.due_at,
                             returned_at=loan.returned_at, count_out=loan.count_out, count_in=loan.count_in,
                             status=loan.status, overdue=K.is_overdue(loan.status, loan.due_at, now))
               for loan in loans]
    return KeyRegister(day=day, entries=entries, printed_by=actor.name, printed_at=now), False


dashboard.register("keys", KEYS_VIEW, _tiles)
open_items.register("keys", KEYS_VIEW, _open_items)
card_sections.register("keys", _card_section)
printing.register_source("key_handover", _handover)
printing.register_source("key_entrustment", _entrustment)
printing.register_source("key_register", _register)
