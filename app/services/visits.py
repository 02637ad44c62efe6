"""来访接待 — the visitor register (DOMAIN.md §4.1): registering a visitor or business at the desk, the
returning visitor, the watchlist, the register's lists and KPIs, and the desk's hooks (home tile, handover
items, household card, the 访客单 and the day's 来访人员登记表).

Every action on a visit is the record kit's (app.services.records): this module registers the visit as a
record kind with what is its own — the host's answer and when it came, admitting at once when the host
agrees, the departure checked against the arrival and the admission, when a service visit was handled and
what it came to — and the visit's projection and detail rows. The host's deadline is the visit's
``host_reply`` clock (app.services.clocks, visitors only); "not signed out" is derived from the day's end.

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

import functools
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import visits as V
from app.domain.errors import ConflictError, ValidationError
from app.domain.keys import KEYS_VIEW
from app.domain.parameters import effective_value
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.validation import mask_id, mask_phone
from app.domain.visits import (
    VISIT,
    VISIT_REGISTER,
    VISIT_VIEW,
    VISIT_WATCHLIST,
    ContactMethod,
    HostResult,
    VisitCategory,
    VisitorIdType,
    VisitPurpose,
    VisitWarnings,
)
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, card_sections, clocks, dashboard, open_items, printing, records, visit_search
from app.services import params as params_service
from app.services.base import Actor, unit_of_work
from app.services.shared import Query, StatusRow, assign, label_of, numbered, register_day, stamp, versioned
from db.engine import Database
from db.models import Person, Room, RoomPerson, Staff
from db.models.base import Base, WorkflowRecord
from db.models.visit import Visit, VisitWatch

if TYPE_CHECKING:
    from app.printing.forms.visit_register import VisitRegister
    from app.printing.forms.visitor_slip import VisitorSlip


PAGE = "visits"
KIND = V.KIND
MAX_ON_SITE_ITEMS = 200
RECENT_ON_CARD = 10
_HIGH = "\U0010ffff"
#: the registration's values kept in a visit's own columns
_COLUMNS = ("category", "purpose", "phone", "visitor_name", "id_type", "id_number", "host_name", "companions",
            "plate", "unit_or_address", "items_carried", "remarks")


# =========================================================================================== registration


def _masked(text: str) -> bool:
    return "*" in (text or "")


def parse_registration(raw: Mapping[str, Any], now: datetime) -> dict[str, Any]:
    """The typed values of a registration, or the ValidationError of the first bad field: the fields' one
    parser, then what the category asks (a visitor's document, room and host).

    A masked document number or phone (filled in from a returning visitor) passes here when ``reuse``
    names its source; :func:`register_visit` replaces it with the real value.
    """
    reuse = bool(raw.get("reuse"))
    values: dict[str, Any] = {}
    for spec in V.REGISTRATION:
        value = raw.get(spec.key, spec.initial())     # a key left out: what the form starts with
        if reuse and spec.key in ("id_number", "phone") and _masked(str(value or "")):
            values[spec.key] = re.sub(r"\s", "", str(value)).upper()
        else:
            values[spec.key] = spec.parse(value, now=now, values=values)
    V.check_registration(values)
    values["companions"] = values["companions"] or 0
    return values


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
        code: str = VisitorIdType(person_id_type).value
    except ValueError:
        code = VisitorIdType.OTHER.value
    return code


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


def register_visit(db: Database, actor: Actor, raw: Mapping[str, Any], *, acknowledge: bool = False) -> int:
    """Register a visit as typed (numbered FK…, arrival now); a service visit is received at once (``serve``).

    Warnings (watchlist, already on site) raise :class:`VisitWarnings` unless ``acknowledge``; the warnings
    acknowledged are kept with the visit. Returns the visit's id.
    """
    actor.require(VISIT_REGISTER)
    at = base.now()
    values = parse_registration(raw, at)
    with unit_of_work(db, actor) as s:
        _resolve_reuse(s, values, str(raw.get("reuse") or ""))
        room = records.room(s, values["room"], "room") if values["room"] else None
        warnings = registration_warnings(s, values)
        if warnings and not acknowledge:
            raise VisitWarnings(warnings)
        visit = Visit(**{k: values[k] for k in _COLUMNS}, room_code=values["room"],
                      room_id=room.id if room else None, arrival_at=at, phone_tail=V.phone_tail(values["phone"]),
                      watch_note="; ".join(str(w) for w in warnings)[:200])
        records.create_in(s, actor, RECORDS, visit, when=at,
                          data={"warnings": [str(w) for w in warnings]} if warnings else None)
        if visit.category == VisitCategory.SERVICE.value:
            records.act_in(s, actor, RECORDS, visit, "serve", {})
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
                    last.unit_or_address, last.plate, last.arrival_at, last.room_code, count or 0)
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


# =========================================================================================== the record kind

def _answered(result: HostResult) -> Callable[[records.Act], None]:
    """The effect of a host's answer: what it was, when it came, and the desk's note as the outcome."""
    def effect(ctx: records.Act) -> None:
        ctx.record.host_result, ctx.record.host_contact_at = result.value, ctx.now
        _outcome(ctx)
    return effect


def _outcome(ctx: records.Act) -> None:
    if ctx.values.get("note"):
        ctx.record.outcome = ctx.values["note"]


def _admit_now(ctx: records.Act) -> None:
    """The host agreed and the visitor goes in at once: admitted in the same unit of work (two events)."""
    if ctx.values.get("admit_now"):
        ctx.act(RECORDS, ctx.record, "admit")


def _depart(ctx: records.Act) -> None:
    v = ctx.record
    v.departure_at = V.check_departure(ctx.values["departure_at"], v.arrival_at, ctx.now, v.admitted_at)


def _handled(ctx: records.Act) -> None:
    ctx.record.handled_at = ctx.now
    _outcome(ctx)


MSG_NO_SUCH_RECORD = T("Visits", "No record has the number {number}: check the number on the complaint, key "
                                 "loan or slip it was turned into")


def record_number_exists(session: Session, number: str) -> bool:
    """Whether any numbered workflow record (a complaint, key loan, work slip, notice …) has ``number``."""
    for mapper in Base.registry.mappers:
        model = mapper.class_
        if issubclass(model, WorkflowRecord) and session.scalar(
                select(model.id).where(model.number == number).limit(1)) is not None:
            return True
    return False


def _converted(ctx: records.Act) -> None:
    """A service visit turned into a record: the record must exist (§4.1), then it is handled."""
    number = ctx.values.get("linked_record") or ""
    if not record_number_exists(ctx.session, number):
        raise ValidationError(MSG_NO_SUCH_RECORD.format(number=number), "linked_record")
    _handled(ctx)


def _day_end(params: Mapping[str, Any]) -> time:
    return cast(time, effective_value("visit.day_end", params))


def _flag(status: str, arrival_at: datetime, host_due: datetime | None, now: datetime,
          params: Mapping[str, Any], day_end: time | None = None) -> str:
    """``not_signed_out`` (red), ``host_overdue`` (amber) or ``""``: from the day's end and the host's clock
    (``day_end`` given by a list, which reads it once for all its rows)."""
    if V.not_signed_out(status, arrival_at, now, day_end or _day_end(params)):
        return "not_signed_out"
    if status in V.ASKING and host_due is not None and now > host_due:
        return "host_overdue"
    return ""


FLAG_LABELS: dict[str, Text] = {
    "not_signed_out": T("Visits", "Not signed out"),
    "host_overdue": T("Visits", "Host's answer overdue"),
}


@dataclass(frozen=True)
class VisitDetail:
    """What the visit's page and forms read beyond the kit's view."""

    category: str
    purpose: str
    arrival_at: datetime
    visitor_name: str
    id_type: str
    id_number: str          # masked unless the user may see it
    phone: str              # likewise
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


def _host_due(s: Session, v: Visit) -> datetime | None:
    return clocks.deadline(s, KIND, v.id, "host_reply") if v.status in V.ASKING else None


def _detail(s: Session, actor: Actor, v: Visit) -> VisitDetail:
    masked = not actor.can(PEOPLE_SEE_ID)
    due = _host_due(s, v)
    return VisitDetail(
        v.category, v.purpose, v.arrival_at, v.visitor_name, v.id_type,
        mask_id(v.id_number) if masked else v.id_number, mask_phone(v.phone) if masked else v.phone,
        v.unit_or_address, v.companions, v.plate, v.room_id, v.room_code, v.host_name, v.items_carried,
        v.host_contact_method, v.host_result, v.host_contact_at, v.pass_no, v.admitted_at, v.departure_at,
        v.pass_returned, v.handled_at, v.linked_record, v.outcome, v.watch_note, v.remarks, v.void_reason,
        records.names(s, [v.created_by]).get(v.created_by or 0, ""), masked,
        _flag(v.status, v.arrival_at, due, base.now(), params_service.load(s)), due)


def _at(value: datetime | None, day: date | None = None) -> str:
    """A time of the visit: 14:30 on its own day, with the date otherwise."""
    if value is None:
        return ""
    return f"{value:%H:%M}" if day is not None and value.date() == day else f"{value:%Y-%m-%d %H:%M}"


def _rows(s: Session, actor: Actor, v: Visit) -> list[tuple[Text | str, str]]:
    d = _detail(s, actor, v)
    day = d.arrival_at.date()
    answer = " · ".join(x for x in (label_of(HostResult, d.host_result), label_of(ContactMethod, d.host_contact_method),
                                    _at(d.host_contact_at, day)) if x) if d.host_result else ""
    left = _at(d.departure_at, day)
    if left and d.pass_returned:
        left += " · " + str(T("Visits", "pass returned"))
    return [
        (T("Visits", "Category"), label_of(VisitCategory, d.category)),
        (T("Visits", "Purpose"), label_of(VisitPurpose, d.purpose)),
        (T("Visits", "Arrived"), _at(d.arrival_at)),
        (T("Visits", "Phone"), d.phone),
        (T("Visits", "Document"), f"{label_of(VisitorIdType, d.id_type)} {d.id_number}".strip() if d.id_number else ""),
        (T("Visits", "Company or address"), d.unit_or_address),
        (T("Visits", "Companions"), str(d.companions) if d.companions else ""),
        (T("Visits", "Plate"), d.plate),
        (T("Visits", "Room visited"), d.room_code),
        (T("Visits", "Host"), d.host_name),
        (T("Visits", "Items carried"), d.items_carried),
        (T("Visits", "Host's answer"), answer),
        (T("Visits", "Pass no."), d.pass_no),
        (T("Visits", "Admitted"), _at(d.admitted_at, day)),
        (T("Visits", "Left"), left),
        (T("Visits", "Handled"), _at(d.handled_at, day)),
        (T("Visits", "Turned into"), d.linked_record),
        (T("Visits", "Outcome"), d.outcome),
        (T("Visits", "Remarks"), d.remarks),
        (T("Visits", "Void reason"), d.void_reason),
        (T("Visits", "Receptionist"), d.receptionist),
    ]


def _flags(s: Session, v: Visit) -> list[Text | str]:
    flag = _flag(v.status, v.arrival_at, _host_due(s, v), base.now(), params_service.load(s))
    out: list[Text | str] = [FLAG_LABELS[flag]] if flag else []
    if v.watch_note:
        out.append(T("Visits", "Registered despite: {w}").format(w=v.watch_note))
    return out


def _title(v: Visit) -> str:
    return v.visitor_name + (f" +{v.companions}" if v.companions else "")


RECORDS = records.register(records.RecordKind(
    VISIT, Visit, VISIT_VIEW, page=PAGE, title=_title, flags=_flags, rows=_rows, detail=_detail,
    effects={"host_agreed": _answered(HostResult.AGREED), "host_refused": _answered(HostResult.REFUSED),
             "host_unreachable": _answered(HostResult.UNREACHABLE), "admit": stamp("admitted_at"), "refuse": _outcome,
             "depart": _depart, "handle": _handled, "convert": _converted},
    after={"host_agreed": _admit_now},
    not_found=T("Visits", "This visit no longer exists")))


# =========================================================================================== the list

#: the status chips of the register: key → label; each filter uses an index
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
#: status filters that ask about now, whatever day the visit began
NOW_STATUSES = ("on_site", "not_signed_out", "waiting", "open")


@dataclass(slots=True)
class VisitRow(StatusRow):
    """A register row (slots, not frozen: a page builds 200 per call, and a frozen init costs three times)."""

    WORKFLOW = VISIT

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


_LIST_COLUMNS = (Visit.id, Visit.number, Visit.arrival_at, Visit.category, Visit.purpose, Visit.visitor_name,
                 Visit.phone, Visit.id_type, Visit.id_number, Visit.companions, Visit.room_code,
                 Visit.host_name, Visit.status, Visit.admitted_at, Visit.departure_at, Staff.name,
                 Visit.remarks)
#: a row of those columns, with the host's running deadline
_VisitLine = tuple[int, str, datetime, str, str, str, str, str, str, int, str, str, str, datetime | None,
                   datetime | None, str | None, str, datetime | None]


#: a prefix matching more visits than this is filtered while walking the register in time order (the rows
#: come in order and 200 matches are near); fewer are read from the prefix's own index and sorted
PREFIX_CAP = 20_000


def _conditions(s: Session, now: datetime, params: Mapping[str, Any], *, status: str = "", text: str = "",
                room: str = "", date_from: date | None = None, date_to: date | None = None) -> list:
    """The WHERE terms of a filter, each chosen to run on an index (see db/models/visit.py).

    ``status``: a key of :data:`STATUS_GROUPS`, ``open`` or a state; ``room``: a code or its beginning
    (3-2-); ``text``: a name or phone (prefix; 4 digits: the last four), a document or FK number.
    """
    conds: list = []
    start, end = V.day_bounds(date_from, date_to)
    if start is not None:
        conds.append(Visit.arrival_at >= start)
    if end is not None:
        conds.append(Visit.arrival_at < end)
    dates = list(conds)
    status = status or ""
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
    room = re.sub(r"\s", "", room or "").upper()
    if room:
        if s.scalar(select(Room.id).where(Room.code == room)) is not None:
            conds.append(Visit.room_code == room)   # a whole code: its index gives the rows in order
        else:
            conds.append(_prefix(s, Visit.room_code, room, dates))
    text = re.sub(r"\s", "", text or "")
    if text:
        conds += _text_conditions(s, text, dates)
    return conds


def _prefix(s: Session, column: SQLColumnExpression[str], prefix: str,
            dates: list[ColumnElement[bool]]) -> ColumnElement[bool]:
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
        digits = text.replace("-", "")
        if len(digits) >= visit_search.PHONE_PART:   # any part of the digits (the key table)
            return [visit_search.condition(s, visit_search.PHONE, digits)]
        return [_prefix(s, Visit.phone, digits, dates)]
    return [visit_search.condition(s, visit_search.NAME, text)]


def list_visits(db: Database, actor: Actor, *, after: tuple | None = None, limit: int = 200,
                oldest_first: bool = False, **filters: Any) -> list[VisitRow]:
    """One page of the register, newest first (``oldest_first`` for the printed day's register);
    ``after`` is the last row's ``sort_key``, ``filters`` those of :func:`_conditions`. Documents and
    phones masked unless the actor may see them.

    Two steps: the ids of the page from an index alone (the filter's index holds arrival_at and id), then
    those rows with their host's deadline; so sorting the matches of a prefix never reads the table.
    """
    actor.require(VISIT_VIEW)
    masked = not actor.can(PEOPLE_SEE_ID)
    now = base.now()
    key = tuple_(Visit.arrival_at, Visit.id)
    order = (Visit.arrival_at, Visit.id) if oldest_first else (Visit.arrival_at.desc(), Visit.id.desc())
    with db.read() as s:
        params = params_service.load(s)
        ids = select(Visit.id).where(*_conditions(s, now, params, **filters))
        if after is not None:
            ids = ids.where(key > tuple_(*after) if oldest_first else key < tuple_(*after))
        ids = ids.order_by(*order).limit(limit)
        rows: Sequence[_VisitLine] = s.connection().execute(  # Core rows: no ORM loading per row
            _register_rows().where(Visit.id.in_(ids.scalar_subquery())).order_by(*order)).all()
    day_end = _day_end(params)
    out = []
    for r in rows:
        (vid, number, arrival, category, purpose, name, phone, id_type, id_number, companions, room_code, host_name,
         status, admitted, departure, staff, remarks, host_due) = r
        out.append(VisitRow(vid, number, arrival, category, purpose, name, mask_phone(phone) if masked else phone,
                            id_type, mask_id(id_number) if masked else id_number, companions, room_code, host_name,
                            status, admitted, departure, staff or "", remarks,
                            _flag(status, arrival, host_due, now, params, day_end), (arrival, vid)))
    return out


@functools.cache
def _register_rows() -> Query:
    """The register's columns with the host's deadline, built once (the join to the aliased clock row is
    the costly part of building it); a call adds its page's ids and order."""
    columns: Query = select(*_LIST_COLUMNS).select_from(Visit).outerjoin(Staff, Staff.id == Visit.created_by)
    q, host = clocks.deadline_of(columns, Visit, KIND, "host_reply")
    return q.add_columns(host.due_at)


def count_visits(db: Database, actor: Actor, *, limit: int = records.COUNT_LIMIT, **filters: Any) -> int:
    """How many visits the filters leave (counted up to ``limit``: records.COUNT_LIMIT for the list, further
    for an export's progress)."""
    actor.require(VISIT_VIEW)
    with db.read() as s:
        ids = select(Visit.id).where(*_conditions(s, base.now(), params_service.load(s), **filters))
        return s.scalar(select(func.count()).select_from(ids.limit(limit).subquery())) or 0


def on_site(db: Database, actor: Actor, limit: int = MAX_ON_SITE_ITEMS) -> list[VisitRow]:
    """The visitors on site now (admitted, not signed out), newest first."""
    return list_visits(db, actor, status="on_site", limit=limit)


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

    def in_range(q: Query) -> Query:
        if start is not None:
            q = q.where(Visit.arrival_at >= start)
        if end is not None:
            q = q.where(Visit.arrival_at < end)
        return q

    def count(*conds: ColumnElement[bool]) -> int:
        return s.scalar(in_range(select(func.count()).select_from(Visit).where(*conds))) or 0

    # Each count walks one index range (ix_visit_state, ix_visit_category, ix_visit_purpose) without
    # touching the table or sorting: a GROUP BY over the range would sort every row of it (ten years: 2 s).
    with db.read() as s:
        params = params_service.load(s)
        by_status = Counter({st.name: count(Visit.status == st.name) for st in VISIT.states})
        voided: Sequence[tuple[str, str, int]] = s.execute(in_range(select(Visit.category, Visit.purpose, func.count())
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


def _minutes_between(s: Session, start: SQLColumnExpression[datetime],
                     end: SQLColumnExpression[datetime | None]) -> ColumnElement[Any]:
    if s.get_bind().dialect.name == "sqlite":
        return (func.julianday(end) - func.julianday(start)) * 1440.0
    return func.extract("epoch", end - start) / 60.0


# =========================================================================================== watchlist

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


def validate_watch(raw: Mapping[str, Any]) -> dict[str, Any]:
    """A watchlist entry as typed, by its declared fields; no document number means no document type."""
    values: dict[str, Any] = {}
    for spec in V.WATCH_FIELDS:
        values[spec.key] = spec.parse(raw.get(spec.key, spec.initial()), values=values)
    if not values["id_number"]:
        values["id_type"] = ""
    return values


def _watch_entry(s: Session, watch_id: int, version: int | None) -> VisitWatch:
    return versioned(s, VisitWatch, watch_id, version, T("Visits", "This watchlist entry no longer exists"))


def save_watch(db: Database, actor: Actor, raw: Mapping[str, Any], watch_id: int | None = None,
               version: int | None = None) -> int:
    """Add or change a watchlist entry (客服主管 only); an active entry per document number."""
    actor.require(VISIT_WATCHLIST)
    values = validate_watch(raw)
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
            entry = _watch_entry(s, watch_id, version)
            assign(entry, values)
        s.flush()
        return entry.id


def remove_watch(db: Database, actor: Actor, watch_id: int, version: int | None = None) -> int:
    """Take an entry off the watchlist; it is kept (inactive) for the record."""
    actor.require(VISIT_WATCHLIST)
    with unit_of_work(db, actor) as s:
        entry = _watch_entry(s, watch_id, version)
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
        return _watch_entry(s, watch_id, None)


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


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection:
    rows = s.execute(select(Visit.arrival_at, Visit.visitor_name, Visit.purpose, Visit.status, Visit.number)
                     .where(Visit.room_id == room.id)
                     .order_by(Visit.arrival_at.desc()).limit(RECENT_ON_CARD)).all()
    return card_sections.CardSection(
        T("Visits", "Recent visits"),
        [T("Visits", "Time"), T("Visits", "Visitor"), T("Visits", "Purpose"), T("Visits", "Status"),
         T("Visits", "No.")],
        [[f"{at:%Y-%m-%d %H:%M}", name, label_of(VisitPurpose, purpose), str(VISIT.state_label(status)), number]
         for at, name, purpose, status, number in rows])


# =========================================================================================== forms

def _purpose_printed(category: str, purpose: str) -> str:
    """来访事由 as paper says it: 其他 of business at the desk says so (其他（前台办事）)."""
    text = VisitPurpose.printed(purpose)
    if category == VisitCategory.SERVICE.value and purpose == VisitPurpose.OTHER.value:
        text += f"（{VisitCategory.printed(category)}）"
    return text


def _visitor_slip(session: Session, actor: Actor, number: str) -> tuple[VisitorSlip, bool]:
    """访客单 of one visit, by number, in Chinese; documents and phones masked unless the actor may see them."""
    actor.require(VISIT_VIEW)
    from app.printing.forms.visitor_slip import VisitorSlip
    v = numbered(session, Visit, number, T("Visits", "There is no visit {number}"))
    purpose = VisitPurpose.printed(v.purpose)
    if v.category == VisitCategory.SERVICE.value:
        purpose += f"（{VisitCategory.printed(v.category)}）"
    contact = ""
    if v.host_result:
        contact = " ".join(x for x in (ContactMethod.printed(v.host_contact_method) if v.host_contact_method else "",
                                       HostResult.printed(v.host_result), _hm(v.host_contact_at, v.arrival_at.date()))
                           if x)
    return VisitorSlip(
        number=v.number, arrival_at=v.arrival_at, visitor_name=v.visitor_name,
        id_type=VisitorIdType.printed(v.id_type) if v.id_number else "", id_number=v.id_number, phone=v.phone,
        unit_or_address=v.unit_or_address, companions=v.companions, plate=v.plate, purpose=purpose,
        room_code=v.room_code, host_name=v.host_name, items_carried=v.items_carried, contact=contact,
        pass_no=v.pass_no, admitted_at=v.admitted_at, departure_at=v.departure_at, remarks=v.remarks,
        receptionist=records.names(session, [v.created_by]).get(v.created_by or 0, ""),
        mask_private=not actor.can(PEOPLE_SEE_ID)), v.status == "void"


def _hm(value: datetime | None, day: date) -> str:
    if value is None:
        return ""
    return f"{value:%H:%M}" if value.date() == day else f"{value:%m-%d %H:%M}"


#: the statuses the day's register leaves out of its remarks (its other columns say them)
_UNREMARKED = ("left", "admitted", "done")


def _visit_register(session: Session, actor: Actor, number: str) -> tuple[VisitRegister, bool]:
    """来访人员登记表 of one day (number: 2025-06-12), in time order, in Chinese."""
    actor.require(VISIT_VIEW)
    from app.printing.forms.visit_register import RegisterEntry, VisitRegister
    day = register_day(number)
    start, end = V.day_bounds(day, day)
    now = base.now()
    day_end = _day_end(params_service.load(session))
    rows = session.execute(
        select(Visit.arrival_at, Visit.visitor_name, Visit.phone, Visit.unit_or_address, Visit.id_type,
               Visit.id_number, Visit.companions, Visit.category, Visit.purpose, Visit.room_code,
               Visit.host_name, Visit.status, Visit.departure_at, Visit.remarks, Visit.outcome, Staff.name,
               Visit.number)
        .outerjoin(Staff, Staff.id == Visit.created_by)
        .where(Visit.arrival_at >= start, Visit.arrival_at < end)
        .order_by(Visit.arrival_at, Visit.id)).all()
    entries = [RegisterEntry(
        arrival_at=r.arrival_at, visitor_name=r.visitor_name, phone=r.phone, unit_or_address=r.unit_or_address,
        id_type="" if r.id_type in ("", VisitorIdType.RESIDENT.value) else VisitorIdType.printed(r.id_type),
        id_number=r.id_number, companions=r.companions, category=r.category,
        purpose=_purpose_printed(r.category, r.purpose), room_code=r.room_code, host_name=r.host_name,
        status=r.status, state="" if r.status in _UNREMARKED else VISIT.state(r.status).printed,
        departure_at=r.departure_at, remarks=r.remarks, outcome=r.outcome, receptionist=r.name or "",
        number=r.number, not_signed_out=V.not_signed_out(r.status, r.arrival_at, now, day_end))
        for r in rows]
    if actor.can(KEYS_VIEW):   # staff using an owner's key are in the day's reception register (§4.6)
        from app.services.keys import reception_entries
        entries = sorted([*entries, *reception_entries(session, day)], key=lambda e: e.arrival_at)
    return VisitRegister(day=day, entries=entries, printed_by=actor.name, printed_at=now,
                         mask_private=not actor.can(PEOPLE_SEE_ID)), False


# =========================================================================================== registration

dashboard.register("visits", VISIT_VIEW, _tiles)
open_items.register("visits", VISIT_VIEW, _open_items)
card_sections.register("visits", _card_section, VISIT_VIEW)
printing.register_source("visitor_slip", _visitor_slip)
printing.register_source("visit_register", _visit_register)
