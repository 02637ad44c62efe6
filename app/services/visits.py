"""来访接待 — the visitor register (DOMAIN.md §4.1): register, contact the host, admit or refuse, sign out;
service visits at the counter; the watchlist; lists, KPIs, home tile, handover items, household card, forms.

Inputs arrive as typed (:class:`VisitInput`, action values); every rule is checked here whatever the form
checked, and a refusal names its field so the form keeps what was typed. Every state change goes through
the workflow engine (app.domain.visits.VISIT) in one unit of work with its event and audit rows.

**Privacy.** Document numbers and phones leave this module masked (4+4, 138****5678) unless the actor may
see them (``people.see_id``). A returning visitor is filled in from the phone or document number the desk
typed; the *other* value comes back masked, with a ``reuse`` reference that lets :func:`register_visit`
take the real value from the earlier visit (or the registry person) — so the form never holds a number its
user may not see.

**Speed.** Lists are keyset-paged (``after`` = the last row's ``sort_key``), newest first, each filter
served by an index of db/models/visit.py; the KPIs of a range read the covering arrival index only.
bench/bench_visits.py times them on a million visits.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import visits as V
from app.domain.calendar import WorkCalendar
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.numbering import parse_number
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.validation import check_phone, check_text, mask_id, mask_phone
from app.domain.visits import (VISIT, VISIT_REGISTER, VISIT_VIEW, VISIT_WATCHLIST,
                               ContactMethod, HostResult, VisitCategory, VisitorIdType, VisitPurpose,
                               VisitWarnings)
from app.domain.workflow import Transition
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, card_sections, dashboard, open_items, printing
from app.services import params as params_service
from app.services import workflow as wf
from app.services.base import STALE, Actor, unit_of_work
from db.engine import Database
from db.models import Person, Room, RoomPerson, Staff
from db.models.visit import Visit, VisitWatch

__all__ = [
    "VisitInput", "validate_visit", "register_visit", "lookup_returning", "Returning", "act",
    "get_visit", "VisitDetail", "VisitFilter", "VisitRow", "list_visits", "kpis", "VisitKpis",
    "room_hosts", "WatchInput", "save_watch", "remove_watch", "list_watch", "WatchRow", "on_site",
    "STATUS_GROUPS", "FLAG_LABELS", "check_room_code", "parse_time", "check_action_values", "register_day",
    "registration_warnings", "get_watch", "Host", "validate_watch", "EventRow",
]

PAGE = "visits"
MAX_ON_SITE_ITEMS = 200
RECENT_ON_CARD = 10
_HIGH = "\U0010ffff"


def _label(key: str) -> str:
    return str(V.FIELDS.get(key) or _LABELS[key])


_LABELS: dict[str, Text] = {
    "category": T("Visits", "Category"),
    "visitor_name": T("Visits", "Visitor"),
    "phone": T("Visits", "Phone"),
    "id_type": T("Visits", "Document type"),
    "id_number": T("Visits", "Document no."),
    "unit_or_address": T("Visits", "Company or address"),
    "companions": T("Visits", "Companions"),
    "plate": T("Visits", "Plate"),
    "purpose": T("Visits", "Purpose"),
    "room": T("Visits", "Room visited"),
    "host_name": T("Visits", "Host"),
    "items_carried": T("Visits", "Items carried"),
    "remarks": T("Visits", "Remarks"),
    "note": T("Visits", "Note"),
    "reason": T("Visits", "Reason"),
    "name": T("Visits", "Name"),
}


# =========================================================================================== registration

@dataclass
class VisitInput:
    """A registration as the desk typed it."""

    category: str = VisitCategory.VISITOR.value
    visitor_name: str = ""
    phone: str = ""
    id_type: str = VisitorIdType.RESIDENT.value
    id_number: str = ""
    unit_or_address: str = ""
    companions: str | int = "0"
    plate: str = ""
    purpose: str = ""
    room: str = ""              # the room code (3-2-1502)
    host_name: str = ""
    items_carried: str = ""
    remarks: str = ""
    reuse: str = ""             # "visit:12" / "person:3": the record a masked number was filled in from


def _masked(text: str) -> bool:
    return "*" in (text or "")


def validate_visit(data: VisitInput) -> dict[str, Any]:
    """The typed values of a registration, or the ValidationError of the first bad field.

    A masked document number or phone (filled in from a returning visitor) passes here when ``reuse``
    names its source; :func:`register_visit` replaces it with the real value.
    """
    category = VisitCategory.from_label(data.category)
    if category is None:
        raise ValidationError(T("Visits", "Choose whether the person visits a resident or has business at "
                                          "the desk"), "category")
    visitor = category is VisitCategory.VISITOR
    purpose = VisitPurpose.from_label(data.purpose)
    if purpose is None or purpose not in V.purposes_for(category):
        raise ValidationError(T("Visits", "Choose the purpose of the visit"), "purpose")
    id_type = VisitorIdType.from_label(data.id_type)
    if id_type is None:
        raise ValidationError(T("Visits", "Choose a document type"), "id_type")
    values: dict[str, Any] = {
        "category": category.value,
        "purpose": purpose.value,
        "visitor_name": check_text(data.visitor_name, "visitor_name", _label("visitor_name"), max_len=30),
        "id_type": id_type.value,
    }
    raw_id = re.sub(r"\s", "", data.id_number or "").upper()
    if _masked(raw_id) and data.reuse:
        values["id_number"] = raw_id
    elif visitor or raw_id:
        values["id_number"] = V.check_visitor_document(id_type, raw_id)
    else:
        values["id_number"] = ""
    raw_phone = (data.phone or "").strip()
    if _masked(raw_phone) and data.reuse:
        values["phone"] = raw_phone.replace(" ", "")
    else:
        values["phone"] = check_phone(raw_phone, "phone", required=True)
    values.update(
        unit_or_address=check_text(data.unit_or_address, "unit_or_address", _label("unit_or_address"),
                                   max_len=100, required=False),
        companions=V.check_companions(data.companions),
        plate=V.check_plate(data.plate),
        room_code=check_room_code(data.room, required=visitor),
        host_name=check_text(data.host_name, "host_name", _label("host_name"), max_len=30, required=visitor),
        items_carried=check_text(data.items_carried, "items_carried", _label("items_carried"), max_len=200,
                                 required=False),
        remarks=check_text(data.remarks, "remarks", _label("remarks"), max_len=500, required=False),
    )
    return values


def check_room_code(text: str | None, *, required: bool) -> str:
    """A room code as typed (spaces dropped, upper case); whether the room exists is checked on save."""
    code = re.sub(r"\s", "", text or "").upper()
    if not code:
        if required:
            raise ValidationError(T("Visits", "Give the room the visitor goes to"), "room")
        return ""
    if len(code) > 30 or not re.fullmatch(r"[0-9A-Z]+(-[0-9A-Z]+)*", code):
        raise ValidationError(T("Visits", "A room code looks like 3-2-1502"), "room")
    return code


def _check_room(s: Session, values: dict[str, Any]) -> Room | None:
    if not values["room_code"]:
        return None
    room = s.scalar(select(Room).where(Room.code == values["room_code"]))
    if room is None:
        raise ValidationError(T("Visits", "There is no room {code} in this estate").format(
            code=values["room_code"]), "room")
    return room


def _resolve_reuse(s: Session, values: dict[str, Any], reuse: str) -> None:
    """Replace a masked document number or phone by the real one of the record it was filled in from."""
    if not (_masked(values["id_number"]) or _masked(values["phone"])):
        return
    source = _reuse_source(s, reuse)
    if _masked(values["id_number"]):
        real_type, real = source[0], source[1]
        if not real or mask_id(real) != values["id_number"]:
            raise ValidationError(T("Visits", "Type the full document number"), "id_number")
        values["id_number"], values["id_type"] = real, real_type
    if _masked(values["phone"]):
        real = source[2]
        if not real or mask_phone(real) != values["phone"]:
            raise ValidationError(T("Visits", "Type the full phone number"), "phone")
        values["phone"] = real


def _reuse_source(s: Session, reuse: str) -> tuple[str, str, str]:
    kind, _, ident = (reuse or "").partition(":")
    row = None
    if ident.isdigit():
        if kind == "visit":
            v = s.get(Visit, int(ident))
            row = (v.id_type, v.id_number, v.phone) if v else None
        elif kind == "person":
            p = s.get(Person, int(ident))
            row = (_visitor_id_type(p.id_type), p.id_number, p.mobile) if p else None
    if row is None:
        raise ValidationError(T("Visits", "Type the full document number"), "id_number")
    return row


def _visitor_id_type(person_id_type: str) -> str:
    """The visitor document type of a registry person's document (a company's code is "other")."""
    try:
        return VisitorIdType(person_id_type).value
    except ValueError:
        return VisitorIdType.OTHER.value


def registration_warnings(s: Session, values: Mapping[str, Any]) -> list[Text]:
    """What the desk must look at before registering: the watchlist, the same visitor already on site."""
    warnings: list[Text] = []
    name, phone, doc = values["visitor_name"], values["phone"], values.get("id_number") or ""
    matches = [VisitWatch.phone == phone, VisitWatch.name == name]
    if doc:
        matches.append(VisitWatch.id_number == doc)
    for w in s.scalars(select(VisitWatch).where(VisitWatch.active.is_(True), or_(*matches))
                       .order_by(VisitWatch.id).limit(5)):
        if (doc and w.id_number == doc) or (phone and w.phone == phone):
            warnings.append(T("Visits", "{name} is on the watchlist: {reason}").format(
                name=w.name, reason=w.reason))
        else:
            warnings.append(T("Visits", "Someone named {name} is on the watchlist ({reason}): compare the "
                                        "document").format(name=w.name, reason=w.reason))
    if values["category"] == VisitCategory.VISITOR.value:
        same = [and_(Visit.phone == phone, Visit.visitor_name == name)]
        if doc:
            same.append(Visit.id_number == doc)
        for v in s.scalars(select(Visit).where(Visit.status == V.ON_SITE, or_(*same))
                           .order_by(Visit.arrival_at.desc()).limit(3)):
            warnings.append(T("Visits", "{name} is still on site: admitted for {room} at {time} ({number}) "
                                        "and never signed out").format(
                name=v.visitor_name, room=v.room_code, time=f"{v.arrival_at:%m-%d %H:%M}", number=v.number))
    return warnings


def register_visit(db: Database, actor: Actor, data: VisitInput, *, acknowledge: bool = False) -> int:
    """Register a visit (numbered FK…, arrival now); a service visit is received at once (``serve``).

    Warnings (watchlist, already on site) raise :class:`VisitWarnings` unless ``acknowledge``; the warnings
    acknowledged are kept with the visit. Returns the visit's id.
    """
    actor.require(VISIT_REGISTER)
    values = validate_visit(data)
    with unit_of_work(db, actor) as s:
        _resolve_reuse(s, values, data.reuse)
        room = _check_room(s, values)
        warnings = registration_warnings(s, values)
        if warnings and not acknowledge:
            raise VisitWarnings(warnings)
        at = base.now()
        visit = Visit(**values, room_id=room.id if room else None, arrival_at=at,
                      phone_tail=V.phone_tail(values["phone"]),
                      watch_note="; ".join(str(w) for w in warnings)[:200])
        if values["category"] == VisitCategory.VISITOR.value:
            visit.contact_started_at = at
        wf.create(s, actor, VISIT, visit, when=at,
                  data={"warnings": [str(w) for w in warnings]} if warnings else None)
        if visit.category == VisitCategory.SERVICE.value:
            _transition(s, actor, visit, "serve", {})
        return visit.id


# =========================================================================================== returning visitor

@dataclass(frozen=True)
class Returning:
    """A visitor seen before (or a person of the registry), to fill in the form."""

    reuse: str                 # "visit:12" / "person:3"
    visitor_name: str
    id_type: str
    id_number: str             # masked unless the actor may see it or typed it
    phone: str                 # likewise
    unit_or_address: str = ""
    plate: str = ""
    last_visit: datetime | None = None
    last_room: str = ""
    visits: int = 0            # earlier visits found (capped at 100)


def lookup_returning(db: Database, actor: Actor, *, phone: str = "", id_number: str = "") -> Returning | None:
    """The most recent visit of the person with this document number (else phone), else the registry
    person with it; ``None`` if nobody. The value the desk did not type comes back masked unless the actor
    may see it."""
    actor.require(VISIT_REGISTER)
    doc = re.sub(r"\s", "", id_number or "").upper()
    tel = re.sub(r"[\s-]", "", phone or "")
    if _masked(doc) or len(doc) < 5:
        doc = ""
    if _masked(tel) or len(tel) < 7:
        tel = ""
    if not doc and not tel:
        return None
    see = actor.can(PEOPLE_SEE_ID)
    with db.read() as s:
        for key, column in ((doc, Visit.id_number), (tel, Visit.phone)):
            if not key:
                continue
            last = s.scalar(select(Visit).where(column == key, Visit.status != "void")
                            .order_by(Visit.arrival_at.desc(), Visit.id.desc()).limit(1))
            if last is not None:
                count = s.scalar(select(func.count()).select_from(
                    select(Visit.id).where(column == key).limit(100).subquery()))
                return Returning(
                    f"visit:{last.id}", last.visitor_name, last.id_type,
                    last.id_number if see or column is Visit.id_number else mask_id(last.id_number),
                    last.phone if see or column is Visit.phone else mask_phone(last.phone),
                    last.unit_or_address, last.plate, last.arrival_at, last.room_code, count)
        for key, column in ((doc, Person.id_number), (tel, Person.mobile)):
            if not key:
                continue
            p = s.scalar(select(Person).where(column == key).order_by(Person.id).limit(1))
            if p is not None:
                return Returning(
                    f"person:{p.id}", p.name, _visitor_id_type(p.id_type),
                    p.id_number if see or column is Person.id_number else mask_id(p.id_number),
                    p.mobile if see or column is Person.mobile else mask_phone(p.mobile),
                    p.work_unit or p.address)
    return None


@dataclass(frozen=True)
class Host:
    name: str
    role: str
    is_primary: bool


def room_hosts(db: Database, actor: Actor, code: str) -> list[Host] | None:
    """The current occupants of a room (host suggestions), ``None`` if there is no such room."""
    actor.require(VISIT_VIEW)
    code = re.sub(r"\s", "", code or "").upper()
    if not code:
        return None
    with db.read() as s:
        room_id = s.scalar(select(Room.id).where(Room.code == code))
        if room_id is None:
            return None
        rows = s.execute(select(Person.name, RoomPerson.role, RoomPerson.is_primary)
                         .join(RoomPerson, RoomPerson.person_id == Person.id)
                         .where(RoomPerson.room_id == room_id, RoomPerson.end_date.is_(None))
                         .order_by(RoomPerson.is_primary.desc(), RoomPerson.id)).all()
    return [Host(*r) for r in rows]


# =========================================================================================== actions

def _get(s: Session, visit_id: int, version: int | None = None) -> Visit:
    visit = s.get(Visit, visit_id)
    if visit is None:
        raise NotFound(T("Visits", "This visit no longer exists"))
    if version is not None and visit.version != version:
        raise ConflictError(STALE)
    return visit


def _transition(s: Session, actor: Actor, visit: Visit, action: str, fields: dict[str, Any]) -> Transition:
    V.check(visit.category, visit.status, action, actor.permissions, fields)
    return wf.transition(s, actor, VISIT, visit, action, fields)


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "y", "on", "是"}
    return bool(value)


def parse_time(value: Any, field_name: str) -> datetime | None:
    """A time the desk typed: ``14:30`` (today), ``2025-06-12 14:30``; a datetime passes; blank is None."""
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
    raise ValidationError(T("Visits", "Give a time such as 2025-06-12 14:30"), field_name)


def check_action_values(action: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of an action, checked and typed; the engine then checks the required ones are there."""
    note = check_text(str(values.get("note") or ""), "note", _label("note"), max_len=200, required=False)
    fields: dict[str, Any] = {"note": note} if note else {}
    if action in ("contact", "host_agreed", "host_refused", "host_unreachable"):
        raw = str(values.get("host_contact_method") or "")
        method = ContactMethod.from_label(raw)
        if raw and method is None:
            raise ValidationError(T("Visits", "Choose how the host was contacted"), "host_contact_method")
        fields["host_contact_method"] = method.value if method else ""
    if action in ("admit", "host_agreed"):
        fields["pass_no"] = V.check_pass_no(str(values.get("pass_no") or ""))
    if action == "depart":
        fields["departure_at"] = parse_time(values.get("departure_at"), "departure_at")
        fields["pass_returned"] = _as_bool(values.get("pass_returned"))
    if action == "convert":
        raw = str(values.get("linked_record") or "").strip().upper()
        if raw:
            try:
                parse_number(raw)
            except ValidationError:
                raise ValidationError(T("Visits", "Give the number of the record, such as TS20250612-0003"),
                                      "linked_record") from None
            if raw.startswith(V.DOC_TYPE):
                raise ValidationError(T("Visits", "A visit cannot be turned into another visit"),
                                      "linked_record")
        fields["linked_record"] = raw
    if action == "void":
        fields["reason"] = check_text(str(values.get("reason") or values.get("note") or ""), "reason",
                                      _label("reason"), max_len=200, required=False)
    return fields


def act(db: Database, actor: Actor, visit_id: int, action: str, values: Mapping[str, Any] | None = None, *,
        version: int | None = None) -> int:
    """Apply ``action`` to a visit with the values the desk entered; returns the visit's id.

    ``host_agreed`` with ``admit_now`` true admits the visitor in the same unit of work (two events).
    A stale ``version`` (another desk acted first) is a ConflictError, and nothing is written.
    """
    values = dict(values or {})
    try:
        transition = VISIT.transition(action)
    except KeyError:
        raise NotFound(T("Visits", "There is no action “{action}” for visits").format(action=action)) from None
    actor.require(transition.permission)
    fields = check_action_values(action, values)
    admit_now = action == "host_agreed" and _as_bool(values.get("admit_now"))
    with unit_of_work(db, actor) as s:
        visit = _get(s, visit_id, version)
        V.check(visit.category, visit.status, action, actor.permissions, fields)
        at = base.now()
        if action == "depart":
            fields["departure_at"] = V.check_departure(fields["departure_at"], visit.arrival_at, at,
                                                       visit.admitted_at)
        _apply(visit, action, fields, at)
        _transition(s, actor, visit, action, fields)
        if admit_now:
            admit_fields = {"pass_no": fields.get("pass_no", "")}
            _apply(visit, "admit", admit_fields, at)
            _transition(s, actor, visit, "admit", admit_fields)
        return visit.id


def _apply(visit: Visit, action: str, fields: Mapping[str, Any], at: datetime) -> None:
    """What an action records on the visit besides its status (the event keeps the rest)."""
    note = fields.get("note", "")
    if action == "contact":
        visit.host_contact_method = fields["host_contact_method"]
        if visit.status == "unreachable":  # a new attempt: the host's clock starts again
            visit.contact_started_at = at
    elif action in ("host_agreed", "host_refused", "host_unreachable"):
        result = {"host_agreed": HostResult.AGREED, "host_refused": HostResult.REFUSED,
                  "host_unreachable": HostResult.UNREACHABLE}[action]
        visit.host_contact_method = fields["host_contact_method"] or visit.host_contact_method
        visit.host_result, visit.host_contact_at = result.value, at
        if fields.get("pass_no"):
            visit.pass_no = fields["pass_no"]
        if note:
            visit.outcome = note
    elif action == "admit":
        visit.admitted_at = at
        if fields.get("pass_no"):
            visit.pass_no = fields["pass_no"]
    elif action == "refuse":
        visit.outcome = note
    elif action == "depart":
        visit.departure_at = fields["departure_at"]
        visit.pass_returned = bool(fields.get("pass_returned"))
    elif action in ("handle", "convert"):
        visit.handled_at = at
        visit.linked_record = fields.get("linked_record", "") or visit.linked_record
        if note:
            visit.outcome = note


# =========================================================================================== reading

def _day_end(params: Mapping[str, Any]) -> time:
    from app.domain.parameters import effective_value
    return effective_value("visit.day_end", params)


def _host_due(started: datetime | None, params: Mapping[str, Any]) -> datetime | None:
    if started is None:
        return None
    return VISIT.due_at("host_reply", started, params, WorkCalendar())


def _flag(status: str, arrival_at: datetime, contact_started_at: datetime | None, now: datetime,
          params: Mapping[str, Any]) -> str:
    """``not_signed_out`` (red), ``host_overdue`` (amber) or ``""``, derived from times and parameters."""
    if V.not_signed_out(status, arrival_at, now, _day_end(params)):
        return "not_signed_out"
    if status in ("registered", "contacting"):
        due = _host_due(contact_started_at or arrival_at, params)
        if due is not None and now > due:
            return "host_overdue"
    return ""


FLAG_LABELS: dict[str, Text] = {
    "not_signed_out": T("Visits", "Not signed out"),
    "host_overdue": T("Visits", "Host's answer overdue"),
}


@dataclass(frozen=True)
class EventRow:
    at: datetime
    who: str
    action: str
    from_state: str
    to_state: str
    note: str
    data: dict


@dataclass(frozen=True)
class VisitDetail:
    id: int
    number: str
    version: int
    category: str
    status: str
    purpose: str
    arrival_at: datetime
    visitor_name: str
    id_type: str
    id_number: str
    phone: str
    unit_or_address: str
    companions: int
    plate: str
    room_id: int | None
    room_code: str
    host_name: str
    items_carried: str
    host_contact_method: str
    host_result: str
    host_contact_at: datetime | None
    pass_no: str
    admitted_at: datetime | None
    departure_at: datetime | None
    pass_returned: bool
    handled_at: datetime | None
    linked_record: str
    outcome: str
    watch_note: str
    remarks: str
    void_reason: str
    receptionist: str
    masked: bool
    flag: str
    host_due_at: datetime | None
    events: list[EventRow]
    actions: list[Transition]

    @property
    def status_label(self) -> str:
        return str(V.state_label(self.status))


def _staff_names(s: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())


def get_visit(db: Database, actor: Actor, visit_id: int) -> VisitDetail:
    """One visit with its event timeline and the actions this user may take on it."""
    actor.require(VISIT_VIEW)
    masked = not actor.can(PEOPLE_SEE_ID)
    now = base.now()
    with db.read() as s:
        v = _get(s, visit_id)
        events = wf.events(s, VISIT, v.id)
        names = _staff_names(s, [v.created_by, *(e.user_id for e in events)])
        params = params_service.load(s)
    rows = [EventRow(e.at, names.get(e.user_id, ""), str(_action_label(e.action)),
                     str(V.state_label(e.from_state)) if e.from_state else "", str(V.state_label(e.to_state)),
                     e.note, dict(e.data)) for e in events]
    due = _host_due(v.contact_started_at, params) if v.status in ("registered", "contacting") else None
    return VisitDetail(
        v.id, v.number, v.version, v.category, v.status, v.purpose, v.arrival_at, v.visitor_name, v.id_type,
        mask_id(v.id_number) if masked else v.id_number, mask_phone(v.phone) if masked else v.phone,
        v.unit_or_address, v.companions, v.plate, v.room_id, v.room_code, v.host_name, v.items_carried,
        v.host_contact_method, v.host_result, v.host_contact_at, v.pass_no, v.admitted_at, v.departure_at,
        v.pass_returned, v.handled_at, v.linked_record, v.outcome, v.watch_note, v.remarks, v.void_reason,
        names.get(v.created_by, ""), masked,
        _flag(v.status, v.arrival_at, v.contact_started_at, now, params), due, rows,
        V.allowed_actions(v.category, v.status, actor.permissions))


def _action_label(action: str) -> Text | str:
    if action == "create":
        return T("Visits", "Registered")
    try:
        return VISIT.transition(action).label
    except KeyError:
        return action


# ------------------------------------------------------------------------------------------- the list

#: status filters of the page: key → (label, how it filters); each uses an index
STATUS_GROUPS: dict[str, Text] = {
    "": T("Visits", "All visits"),
    "on_site": T("Visits", "On site now"),
    "waiting": T("Visits", "Waiting at the desk"),
    "not_signed_out": T("Visits", "Not signed out"),
    "left": T("Visits", "Left"),
    "refused": T("Visits", "Not admitted"),
    "visitor": T("Visits", "Visitors"),
    "service": T("Visits", "Business at the desk"),
    "void": T("Visits", "Void"),
}


@dataclass(frozen=True)
class VisitFilter:
    date_from: date | None = None
    date_to: date | None = None
    status: str = ""            # a key of STATUS_GROUPS, or a state name
    room: str = ""              # room code, or its beginning (3-2-)
    text: str = ""              # name / phone (prefix; 4 digits: the last four) / document no. / FK number


@dataclass(frozen=True)
class VisitRow:
    id: int
    number: str
    arrival_at: datetime
    category: str
    purpose: str
    visitor_name: str
    phone: str
    id_type: str
    id_number: str
    companions: int
    room_code: str
    host_name: str
    status: str
    admitted_at: datetime | None
    departure_at: datetime | None
    receptionist: str
    remarks: str
    flag: str
    sort_key: tuple

    @property
    def status_label(self) -> str:
        return str(V.state_label(self.status))


_LIST_COLUMNS = (Visit.id, Visit.number, Visit.arrival_at, Visit.category, Visit.purpose, Visit.visitor_name,
                 Visit.phone, Visit.id_type, Visit.id_number, Visit.companions, Visit.room_code,
                 Visit.host_name, Visit.status, Visit.admitted_at, Visit.departure_at, Staff.name,
                 Visit.remarks, Visit.contact_started_at)


#: a prefix matching more visits than this is filtered while walking the register in time order (the rows
#: come in order and 200 matches are near); fewer are read from the prefix's own index and sorted
PREFIX_CAP = 20_000


def _conditions(s: Session, f: VisitFilter, now: datetime, params: Mapping[str, Any]) -> list:
    """The WHERE terms of a filter, each chosen to run on an index (see db/models/visit.py)."""
    conds: list = []
    start, end = V.day_bounds(f.date_from, f.date_to)
    if start is not None:
        conds.append(Visit.arrival_at >= start)
    if end is not None:
        conds.append(Visit.arrival_at < end)
    dates = list(conds)
    status = f.status or ""
    if status == "on_site":
        conds.append(Visit.status == V.ON_SITE)
    elif status == "waiting":
        conds.append(Visit.status.in_(V.WAITING))
    elif status == "not_signed_out":
        conds += [Visit.status == V.ON_SITE, Visit.arrival_at < V.flag_cutoff(now, _day_end(params))]
    elif status in ("visitor", "service"):
        conds.append(Visit.category == status)
    elif status == "open":
        conds.append(Visit.status.in_(V.OPEN_STATES))
    elif status:
        if status not in {st.name for st in VISIT.states}:
            raise ValidationError(T("Visits", "Unknown status filter {status}").format(status=status), "status")
        conds.append(Visit.status == status)
    room = re.sub(r"\s", "", f.room or "").upper()
    if room:
        if s.scalar(select(Room.id).where(Room.code == room)) is not None:
            conds.append(Visit.room_code == room)   # a whole code: its index gives the rows in order
        else:
            conds.append(_prefix(s, Visit.room_code, room, dates))
    text = re.sub(r"\s", "", f.text or "")
    if text:
        conds += _text_conditions(s, text, dates)
    return conds


def _prefix(s: Session, column, prefix: str, dates: list):
    """``column`` starts with ``prefix``: through the column's index when few visits match, else as a filter
    of the walk in time order (``coalesce`` keeps the planner off the column's index)."""
    probe = select(Visit.id).where(column >= prefix, column < prefix + _HIGH, *dates).limit(PREFIX_CAP)
    many = (s.scalar(select(func.count()).select_from(probe.subquery())) or 0) >= PREFIX_CAP
    target = func.coalesce(column, "") if many else column
    return and_(target >= prefix, target < prefix + _HIGH)


def _number_dates(digits: str) -> list:
    """An FK number prefix names the day it was issued on (the arrival day): FK2025 → 2025, FK202506 → June
    2025, FK20250612 → that day; so the search walks the arrival index of those days only."""
    try:
        if len(digits) >= 8:
            first = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
            last = first
        elif len(digits) >= 6:
            first = date(int(digits[:4]), int(digits[4:6]), 1)
            last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        elif len(digits) >= 4:
            first, last = date(int(digits[:4]), 1, 1), date(int(digits[:4]), 12, 31)
        else:
            return []
        start, end = V.day_bounds(first, last)
    except (ValueError, OverflowError):
        return [Visit.id < 0]   # no such day (or beyond the calendar): nothing matches
    return [Visit.arrival_at >= start, Visit.arrival_at < end]


def _text_conditions(s: Session, text: str, dates: list) -> list:
    upper = text.upper()
    number = re.fullmatch(r"FK(\d*)(-\d*)?", upper)
    if number:
        return [Visit.number >= upper, Visit.number < upper + _HIGH, *_number_dates(number[1])]
    if text.isdigit() and len(text) == 4:
        return [Visit.phone_tail == text]
    if re.fullmatch(r"\d{15,17}[\dX]", upper) or (re.fullmatch(r"[A-Z0-9]{6,20}", upper)
                                                 and re.search(r"[A-Z]", upper) and re.search(r"\d", upper)):
        return [Visit.id_number == upper]
    if re.fullmatch(r"[\d-]+", text):
        digits = text.replace("-", "") if text.startswith("1") else text
        return [_prefix(s, Visit.phone, digits, dates)]
    return [_prefix(s, Visit.visitor_name, text, dates)]


def list_visits(db: Database, actor: Actor, f: VisitFilter | None = None, *, after: tuple | None = None,
                limit: int = 200, oldest_first: bool = False) -> list[VisitRow]:
    """One page of the register, newest first (``oldest_first`` for the printed day's register);
    ``after`` is the last row's ``sort_key``. Documents and phones masked unless the actor may see them.

    Two steps: the ids of the page from an index alone (the filter's index holds arrival_at and id), then
    those rows; so sorting the matches of a prefix never reads the table.
    """
    actor.require(VISIT_VIEW)
    f = f or VisitFilter()
    masked = not actor.can(PEOPLE_SEE_ID)
    now = base.now()
    key = tuple_(Visit.arrival_at, Visit.id)
    order = (Visit.arrival_at, Visit.id) if oldest_first else (Visit.arrival_at.desc(), Visit.id.desc())
    with db.read() as s:
        params = params_service.load(s)
        ids = select(Visit.id).where(*_conditions(s, f, now, params))
        if after is not None:
            ids = ids.where(key > tuple_(*after) if oldest_first else key < tuple_(*after))
        ids = ids.order_by(*order).limit(limit)
        q = (select(*_LIST_COLUMNS).select_from(Visit).outerjoin(Staff, Staff.id == Visit.created_by)
             .where(Visit.id.in_(ids.scalar_subquery())).order_by(*order))
        rows = s.execute(q).all()
    out = []
    for r in rows:
        (vid, number, arrival, category, purpose, name, phone, id_type, id_number, companions, room_code, host,
         status, admitted, departure, staff, remarks, started) = r
        out.append(VisitRow(vid, number, arrival, category, purpose, name, mask_phone(phone) if masked else phone,
                            id_type, mask_id(id_number) if masked else id_number, companions, room_code, host,
                            status, admitted, departure, staff or "", remarks,
                            _flag(status, arrival, started, now, params), (arrival, vid)))
    return out


def on_site(db: Database, actor: Actor, limit: int = MAX_ON_SITE_ITEMS) -> list[VisitRow]:
    """The visitors on site now (admitted, not signed out), newest first."""
    return list_visits(db, actor, VisitFilter(status="on_site"), limit=limit)


# ------------------------------------------------------------------------------------------- KPIs

@dataclass(frozen=True)
class VisitKpis:
    total: int = 0                      # visits in the range, void excluded
    visitors: int = 0
    service: int = 0
    by_purpose: dict[str, int] = field(default_factory=dict)
    admitted: int = 0                   # visitors let in (on site or left)
    refused: int = 0
    waiting: int = 0
    unclosed: int = 0                   # open visits of the range (not left, refused, handled …)
    converted: int = 0
    handled: int = 0
    avg_handling_minutes: float | None = None
    on_site_now: int = 0                # whatever the range
    not_signed_out: int = 0             # whatever the range

    @property
    def refusal_rate(self) -> float | None:
        decided = self.admitted + self.refused
        return self.refused / decided if decided else None

    @property
    def converted_share(self) -> float | None:
        return self.converted / self.service if self.service else None


def kpis(db: Database, actor: Actor, date_from: date | None = None, date_to: date | None = None) -> VisitKpis:
    """The KPIs of §4.1 for a date range: visits by purpose, admitted vs refused, average counter handling
    time, share of service visits turned into records, unclosed visits; plus who is on site now."""
    actor.require(VISIT_VIEW)
    start, end = V.day_bounds(date_from, date_to)
    now = base.now()

    def in_range(q):
        if start is not None:
            q = q.where(Visit.arrival_at >= start)
        if end is not None:
            q = q.where(Visit.arrival_at < end)
        return q

    def count(*conds) -> int:
        return s.scalar(in_range(select(func.count()).select_from(Visit).where(*conds))) or 0

    # Each count walks one index range (ix_visit_state, ix_visit_category, ix_visit_purpose) without
    # touching the table or sorting: a GROUP BY over the range would sort every row of it (ten years: 2 s).
    with db.read() as s:
        params = params_service.load(s)
        by_status = Counter({st.name: count(Visit.status == st.name) for st in VISIT.states})
        voided = s.execute(in_range(select(Visit.category, Visit.purpose, func.count())
                                    .where(Visit.status == "void")
                                    .group_by(Visit.category, Visit.purpose))).all()
        by_category = Counter({c.value: count(Visit.category == c.value) for c in VisitCategory})
        by_purpose = Counter({p.value: count(Visit.purpose == p.value) for p in VisitPurpose})
        minutes = _minutes_between(s, Visit.arrival_at, Visit.handled_at)
        avg = s.scalar(in_range(select(func.avg(minutes)).where(
            Visit.category == VisitCategory.SERVICE.value, Visit.handled_at.is_not(None))))
        on_site_now = s.scalar(select(func.count()).where(Visit.status == V.ON_SITE)) or 0
        flagged = s.scalar(select(func.count()).where(
            Visit.status == V.ON_SITE, Visit.arrival_at < V.flag_cutoff(now, _day_end(params)))) or 0
    for category, purpose, n in voided:   # a voided registration was a mistake: it counts nowhere
        by_category[category] -= n
        by_purpose[purpose] -= n
    by_purpose = Counter({k: v for k, v in by_purpose.items() if v > 0})
    return VisitKpis(
        total=sum(by_category.values()), visitors=by_category[VisitCategory.VISITOR.value],
        service=by_category[VisitCategory.SERVICE.value], by_purpose=dict(by_purpose),
        admitted=by_status["admitted"] + by_status["left"], refused=by_status["refused"],
        waiting=sum(by_status[st] for st in V.WAITING),
        unclosed=sum(by_status[st] for st in V.OPEN_STATES), converted=by_status["converted"],
        handled=by_status["done"], avg_handling_minutes=float(avg) if avg is not None else None,
        on_site_now=on_site_now, not_signed_out=flagged)


def _minutes_between(s: Session, start, end):
    if s.get_bind().dialect.name == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 1440.0
    return func.extract("epoch", end - start) / 60.0


# =========================================================================================== watchlist

@dataclass
class WatchInput:
    name: str
    reason: str
    id_type: str = VisitorIdType.RESIDENT.value
    id_number: str = ""
    phone: str = ""


@dataclass(frozen=True)
class WatchRow:
    id: int
    name: str
    id_type: str
    id_number: str
    phone: str
    reason: str
    active: bool
    added_by: str
    created_at: datetime
    version: int
    sort_key: tuple


def validate_watch(data: WatchInput) -> dict[str, Any]:
    id_type = VisitorIdType.from_label(data.id_type) or VisitorIdType.RESIDENT
    doc = re.sub(r"\s", "", data.id_number or "").upper()
    return {
        "name": check_text(data.name, "name", _label("name"), max_len=30),
        "reason": check_text(data.reason, "reason", _label("reason"), max_len=200),
        "id_type": id_type.value if doc else "",
        "id_number": V.check_visitor_document(id_type, doc) if doc else "",
        "phone": check_phone(data.phone, "phone"),
    }


def save_watch(db: Database, actor: Actor, data: WatchInput, watch_id: int | None = None,
               version: int | None = None) -> int:
    """Add or change a watchlist entry (客服主管 only); an active entry per document number."""
    actor.require(VISIT_WATCHLIST)
    values = validate_watch(data)
    with unit_of_work(db, actor) as s:
        if values["id_number"]:
            clash = s.scalar(select(VisitWatch.id).where(VisitWatch.id_number == values["id_number"],
                                                         VisitWatch.active.is_(True)))
            if clash and clash != watch_id:
                raise ValidationError(T("Visits", "This document number is already on the watchlist"),
                                      "id_number")
        if watch_id is None:
            entry = VisitWatch(**values, active=True, added_by=actor.staff_id)
            s.add(entry)
        else:
            entry = s.get(VisitWatch, watch_id)
            if entry is None:
                raise NotFound(T("Visits", "This watchlist entry no longer exists"))
            if version is not None and entry.version != version:
                raise ConflictError(STALE)
            for k, v in values.items():
                if getattr(entry, k) != v:
                    setattr(entry, k, v)
        s.flush()
        return entry.id


def remove_watch(db: Database, actor: Actor, watch_id: int, version: int | None = None) -> int:
    """Take an entry off the watchlist; it is kept (inactive) for the record."""
    actor.require(VISIT_WATCHLIST)
    with unit_of_work(db, actor) as s:
        entry = s.get(VisitWatch, watch_id)
        if entry is None:
            raise NotFound(T("Visits", "This watchlist entry no longer exists"))
        if version is not None and entry.version != version:
            raise ConflictError(STALE)
        if not entry.active:
            raise ConflictError(T("Visits", "This entry is already off the watchlist"))
        entry.active = False
        s.flush()
        return entry.id


def list_watch(db: Database, actor: Actor, *, include_removed: bool = False, after: tuple | None = None,
               limit: int = 200) -> list[WatchRow]:
    """The watchlist by name (removed entries too when asked), keyset-paged."""
    actor.require(VISIT_WATCHLIST)
    masked = not actor.can(PEOPLE_SEE_ID)
    order = (VisitWatch.name, VisitWatch.id)
    q = select(VisitWatch, Staff.name).outerjoin(Staff, Staff.id == VisitWatch.added_by)
    if not include_removed:
        q = q.where(VisitWatch.active.is_(True))
    if after is not None:
        q = q.where(tuple_(*order) > tuple_(*after))
    with db.read() as s:
        rows = s.execute(q.order_by(*order).limit(limit)).all()
    return [WatchRow(w.id, w.name, w.id_type, mask_id(w.id_number) if masked else w.id_number,
                     mask_phone(w.phone) if masked else w.phone, w.reason, w.active, staff or "",
                     w.created_at, w.version, (w.name, w.id)) for w, staff in rows]


def get_watch(db: Database, actor: Actor, watch_id: int) -> VisitWatch:
    actor.require(VISIT_WATCHLIST)
    with db.read() as s:
        entry = s.get(VisitWatch, watch_id)
        if entry is None:
            raise NotFound(T("Visits", "This watchlist entry no longer exists"))
        return entry


# =========================================================================================== desk hooks

def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    now = base.now()
    params = params_service.load(s)
    start, end = V.day_bounds(today, today)
    on_site_rows = s.execute(select(Visit.visitor_name, Visit.room_code, Visit.arrival_at)
                             .where(Visit.status == V.ON_SITE)
                             .order_by(Visit.arrival_at.desc(), Visit.id.desc()).limit(5)).all()
    count = s.scalar(select(func.count()).where(Visit.status == V.ON_SITE)) or 0
    flagged = s.scalar(select(func.count()).where(
        Visit.status == V.ON_SITE, Visit.arrival_at < V.flag_cutoff(now, _day_end(params)))) or 0
    today_count = s.scalar(select(func.count()).where(Visit.arrival_at >= start, Visit.arrival_at < end,
                                                      Visit.status != "void")) or 0
    detail = str(T("Visits", "Today: {n} visits").format(n=today_count))
    if flagged:
        detail += " · " + str(T("Visits", "{n} not signed out").format(n=flagged))
    items = [str(T("Visits", "{name} → {room}, since {time}").format(
        name=name, room=room or "—", time=f"{at:%H:%M}" if at.date() == today else f"{at:%m-%d %H:%M}"))
        for name, room, at in on_site_rows]
    return [dashboard.Tile(T("Visits", "Visitors on site"), str(count), detail, PAGE,
                           "alert" if flagged else ("attention" if count else "normal"), items)]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    params = params_service.load(s)
    cutoff = V.flag_cutoff(now, _day_end(params))
    rows = s.execute(select(Visit.id, Visit.number, Visit.visitor_name, Visit.room_code, Visit.arrival_at,
                            Visit.admitted_at, Visit.pass_no)
                     .where(Visit.status == V.ON_SITE)
                     .order_by(Visit.arrival_at.desc(), Visit.id.desc()).limit(MAX_ON_SITE_ITEMS)).all()
    group = T("Visits", "Visitors on site")
    items = []
    for vid, number, name, room, arrival, admitted, pass_no in rows:
        when = admitted or arrival
        stamp = f"{when:%H:%M}" if when.date() == now.date() else f"{when:%m-%d %H:%M}"
        title = str(T("Visits", "{name} visiting {room}, in since {time}").format(
            name=name, room=room or "—", time=stamp))
        if pass_no:
            title += " · " + str(T("Visits", "pass {no}").format(no=pass_no))
        items.append(open_items.OpenItem(group, title, number, PAGE, vid,
                                         "alert" if arrival < cutoff else "normal"))
    return items


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection | None:
    if not actor.can(VISIT_VIEW):
        return None
    rows = s.execute(select(Visit.arrival_at, Visit.visitor_name, Visit.purpose, Visit.status, Visit.number)
                     .where(Visit.room_id == room.id)
                     .order_by(Visit.arrival_at.desc()).limit(RECENT_ON_CARD)).all()
    if not rows:
        return None
    return card_sections.CardSection(
        T("Visits", "Recent visits"),
        [T("Visits", "Time"), T("Visits", "Visitor"), T("Visits", "Purpose"), T("Visits", "Status"),
         T("Visits", "No.")],
        [[f"{at:%Y-%m-%d %H:%M}", name, _enum_label(VisitPurpose, purpose), str(V.state_label(status)), number]
         for at, name, purpose, status, number in rows])


def _enum_label(enum_cls, code: str) -> str:
    try:
        return str(enum_cls(code).label)
    except ValueError:
        return code or ""


# =========================================================================================== forms

def _visitor_slip(session: Session, actor: Actor, number: str):
    """访客单 of one visit, by number; documents and phones masked unless the actor may see them."""
    actor.require(VISIT_VIEW)
    from app.printing.forms.visitor_slip import VisitorSlip
    v = session.scalar(select(Visit).where(Visit.number == number.strip().upper()))
    if v is None:
        raise NotFound(T("Visits", "There is no visit {number}").format(number=number))
    names = _staff_names(session, [v.created_by])
    return VisitorSlip(
        number=v.number, category=v.category, arrival_at=v.arrival_at, visitor_name=v.visitor_name,
        id_type=v.id_type, id_number=v.id_number, phone=v.phone, unit_or_address=v.unit_or_address,
        companions=v.companions, plate=v.plate, purpose=v.purpose, room_code=v.room_code,
        host_name=v.host_name, items_carried=v.items_carried, host_contact_method=v.host_contact_method,
        host_result=v.host_result, host_contact_at=v.host_contact_at, pass_no=v.pass_no,
        admitted_at=v.admitted_at, departure_at=v.departure_at, remarks=v.remarks,
        receptionist=names.get(v.created_by, ""), status=v.status,
        mask_private=not actor.can(PEOPLE_SEE_ID)), v.status == "void"


def register_day(text: str) -> date:
    """The day of a printed register from its "number" (2025-06-12 or 20250612)."""
    raw = (text or "").strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise NotFound(T("Visits", "“{text}” is not a day such as 2025-06-12").format(text=raw))


def _visit_register(session: Session, actor: Actor, number: str):
    """来访人员登记表 of one day (number: 2025-06-12), in time order."""
    actor.require(VISIT_VIEW)
    from app.printing.forms.visit_register import RegisterEntry, VisitRegister
    day = register_day(number)
    start, end = V.day_bounds(day, day)
    now = base.now()
    params = params_service.load(session)
    rows = session.execute(
        select(Visit.arrival_at, Visit.visitor_name, Visit.phone, Visit.unit_or_address, Visit.id_type,
               Visit.id_number, Visit.companions, Visit.category, Visit.purpose, Visit.room_code,
               Visit.host_name, Visit.status, Visit.departure_at, Visit.remarks, Visit.outcome, Staff.name,
               Visit.number, Visit.contact_started_at)
        .outerjoin(Staff, Staff.id == Visit.created_by)
        .where(Visit.arrival_at >= start, Visit.arrival_at < end)
        .order_by(Visit.arrival_at, Visit.id)).all()
    entries = [RegisterEntry(
        arrival_at=r.arrival_at, visitor_name=r.visitor_name, phone=r.phone, unit_or_address=r.unit_or_address,
        id_type=r.id_type, id_number=r.id_number, companions=r.companions, category=r.category,
        purpose=r.purpose, room_code=r.room_code, host_name=r.host_name, status=r.status,
        departure_at=r.departure_at, remarks=r.remarks, outcome=r.outcome, receptionist=r.name or "",
        number=r.number,
        not_signed_out=_flag(r.status, r.arrival_at, r.contact_started_at, now, params) == "not_signed_out")
        for r in rows]
    return VisitRegister(day=day, entries=entries, printed_by=actor.name, printed_at=now,
                         mask_private=not actor.can(PEOPLE_SEE_ID)), False


# =========================================================================================== registration

dashboard.register("visits", VISIT_VIEW, _tiles)
open_items.register("visits", VISIT_VIEW, _open_items)
card_sections.register("visits", _card_section)
printing.register_source("visitor_slip", _visitor_slip)
printing.register_source("visit_register", _visit_register)
