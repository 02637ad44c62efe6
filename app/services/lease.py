"""房屋租赁 — owners' leases (DOMAIN.md §4.8) on the record kit.

The workflow, its fields and rules are declared in :mod:`app.domain.lease`; this module registers it as a
record kind and adds what is its own:

* filing a lease (``records.create`` of a lease): the room handed over, the owner a registered owner of it,
  the tenant an adult (by the ID's birth date) or a company with its licence, the term, no other open lease
  of the room overlapping it (checked in the write transaction, so two desks filing at once cannot both
  pass), the room's arrears refused or warned of (``lease.arrears_block``); the tenant and co-residents
  linked to the room as 租户 / 同住人 with the lease as their source; the room 出租 and off the vacant-unit
  register; 资料待补 while a document is missing;
* the actions' effects: documents completed, access cards, the police-registration reminder, renewal (a new
  lease linked to the old one, the people's links carried over to it), the tenant moving out (links ended,
  the room's occupancy given back), void;
* 即将到期 / 已到期 derived from the end date in every list, tile and handover item (never stored);
* the lists, the detail rows, the home tile, the handover's open items, the household-card section, the
  month's figures (出租率 over delivered units) and the print sources of the four forms.

**Privacy.** Tenants' document numbers and phones leave this module masked unless the actor may see them
(``people.see_id``); printed forms always mask the document number.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain import lease as L
from app.domain.enums import DeliveryState, IdType, OccupancyState, PersonType, RoomRole
from app.domain.errors import ValidationError
from app.domain.lease import KIND, LEASE, LEASE_VIEW, OPEN, FeePayer
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.validation import mask_id, mask_phone
from app.domain.workflow import CREATE
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import (
    attachments,
    base,
    card_sections,
    dashboard,
    open_items,
    params,
    printing,
    records,
    registry,
    search,
)
from app.services.base import Actor
from app.services.shared import Query, StatusRow, counted, numbered, stamp
from db.engine import Database
from db.models import Attachment, Person, Room, RoomPerson, WorkflowEvent
from db.models.lease import Lease

if TYPE_CHECKING:
    from app.printing.forms.lease_forms import AccessCardRegister, LeaseRegistration, OwnerAuthorisation, TenantNotice

PAGE = "lease"
MAX_OPEN_ITEMS = 200
ON_CARD = 10
MSG_GONE = T("Lease", "This lease no longer exists")
MSG_NO_NUMBER = T("Lease", "No lease has the number {number}")
MSG_WITH = T("Lease", " (with {names})")


def _day(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def _source(lease: Lease) -> str:
    return f"{KIND}:{lease.id}"


def warn_days(s: Session) -> int:
    return int(params.load(s)["lease.expiry_reminder_days"])


# =========================================================================================== filing

def _open_overlapping(s: Session, room_id: int, start: date, end: date, exclude: int | None = None) -> Lease | None:
    q = select(Lease).where(Lease.room_id == room_id, Lease.status.in_(OPEN), Lease.start_date <= end,
                            Lease.end_date >= start)
    if exclude is not None:
        q = q.where(Lease.id != exclude)
    return s.scalar(q.order_by(Lease.start_date).limit(1))


def _check_room(s: Session, room: Room, start: date, end: date, exclude: int | None = None) -> str:
    """The room may be let for this term: handed over, no overlapping open lease; its arrears refused or
    (parameter) returned as a warning."""
    if room.delivery_state != DeliveryState.DELIVERED.value:
        raise ValidationError(L.MSG_NOT_DELIVERED.format(room=room.code), "room")
    other = _open_overlapping(s, room.id, start, end, exclude)
    if other is not None:
        raise ValidationError(L.MSG_OVERLAP.format(room=room.code, number=other.number, tenant=other.tenant_name,
                                                   start=_day(other.start_date), end=_day(other.end_date)),
                              "start_date")
    from app.services.fees.arrears import arrears_of
    owed = arrears_of(s, room)
    if not owed:
        return ""
    args = dict(room=room.code, amount=f"{owed.amount:,.2f}", bills=owed.bills)
    if params.load(s)["lease.arrears_block"]:
        raise ValidationError(L.MSG_ARREARS.format(**args), "room")
    return str(L.MSG_ARREARS_WARN.format(**args))


def _person(s: Session, name: str, person_type: str, id_type: str, id_number: str, phone: str = "") -> Person:
    """The registered person with this document, or a new one (indexed for the search)."""
    found = s.scalar(select(Person).where(Person.id_type == id_type, Person.id_number == id_number)
                     .limit(1)) if id_number else None
    if found is not None:
        if phone and not found.mobile:
            found.mobile = phone
        return found
    person = Person(name=name, person_type=person_type, id_type=id_type if id_number else IdType.RESIDENT.value,
                    id_number=id_number, mobile=phone)
    if id_number and id_type == IdType.RESIDENT.value:
        person.gender = "m" if int(id_number[16]) % 2 else "f"
    s.add(person)
    s.flush()
    search.index_person(s, person)
    return person


def _link(s: Session, lease: Lease, person_id: int, role: RoomRole, relation: str = "") -> None:
    s.add(RoomPerson(room_id=lease.room_id, person_id=person_id, role=role.value, start_date=lease.start_date,
                     relation=relation[:20], source=_source(lease)))


def _file(s: Session, actor: Actor, v: dict[str, Any]) -> Lease:
    """A lease filed at the desk (the rules of §4.8 "Validation"), its people linked, the room let."""
    room = records.room(s, v["room"])
    start, end = v["start_date"], v["end_date"]
    L.check_term(start, end)
    L.check_tenant(v["tenant_type"], v["id_type"], v["id_number"], v["tenant_name"], start,
                  v["birth_date"] if L.needs_birth(v) else None)
    co_residents = L.parse_co_residents(v["co_residents"])
    owners = registry.owner_names(s, room.id)
    if not owners:
        raise ValidationError(L.MSG_NO_OWNER.format(room=room.code), "owner_name")
    owner = registry.owner_named(s, room.id, v["owner_name"])
    if owner is None:
        raise ValidationError(L.MSG_NOT_OWNER.format(name=v["owner_name"], room=room.code), "owner_name")
    warning = _check_room(s, room, start, end)
    documents = {role for role in L.DOCUMENTS if v.get(role)}
    now = base.now()
    lease = Lease(room_id=room.id, room_code=room.code, owner_person_id=owner.id, owner_name=owner.name,
                  tenant_type=v["tenant_type"], tenant_name=v["tenant_name"], id_type=v["id_type"],
                  id_number=v["id_number"], birth_date=v["birth_date"] if L.needs_birth(v) else None,
                  phone=v["phone"], start_date=start, end_date=end, rent=v["rent"], fee_payer=v["fee_payer"],
                  deposits=v["deposits"],
                  access_cards=v["access_cards"], police_reminded_at=now if v["police_reminded"] else None,
                  prior_occupancy=room.occupancy_state, remarks=v["remarks"], co_residents="[]")
    state = "incomplete" if L.missing_documents(documents) else None
    records.create_in(s, actor, KIND, lease, when=now, state=state,
                      data={"arrears": warning} if warning else None)
    tenant = _person(s, lease.tenant_name, lease.tenant_type, lease.id_type, lease.id_number, lease.phone)
    lease.tenant_person_id = tenant.id
    _link(s, lease, tenant.id, RoomRole.TENANT)
    kept = []
    for co in co_residents:
        person = _person(s, co.name, PersonType.INDIVIDUAL.value, IdType.RESIDENT.value, co.id_number)
        _link(s, lease, person.id, RoomRole.CO_RESIDENT, co.relation)
        kept.append({"name": co.name, "id_number": co.id_number, "relation": co.relation, "person_id": person.id})
    lease.co_residents = json.dumps(kept, ensure_ascii=False)
    _let(s, actor, room)
    return lease


def _let(s: Session, actor: Actor, room: Room) -> None:
    """The room is rented while it has an open lease; it leaves the vacant-unit register."""
    room.occupancy_state = OccupancyState.RENTED.value
    from app.services import vacancy
    vacancy.leave_register(s, actor, room.id, "leased")


def _end(s: Session, lease: Lease, day: date) -> None:
    """The lease's people leave the room on ``day``; the room gets its occupancy back when no other lease of
    it is open (what it was before the lease; vacant if that was a lease too)."""
    for link in s.scalars(select(RoomPerson).where(RoomPerson.source == _source(lease),
                                                   RoomPerson.end_date.is_(None))):
        link.end_date = max(day, link.start_date)
    s.flush()
    if _open_overlapping(s, lease.room_id, date.min, date.max, exclude=lease.id) is None:
        room = s.get(Room, lease.room_id)
        if room is not None and room.occupancy_state == OccupancyState.RENTED.value:
            prior = lease.prior_occupancy
            room.occupancy_state = (prior if prior and prior != OccupancyState.RENTED.value
                                    else OccupancyState.VACANT.value)


# =========================================================================================== actions

def _present(s: Session, lease_id: int) -> set[str]:
    return set(s.scalars(select(Attachment.role).where(Attachment.kind == KIND, Attachment.record_id == lease_id,
                                                       Attachment.role.in_(L.DOCUMENTS))))


def _complete_rules(ctx: records.Act) -> None:
    present = _present(ctx.session, ctx.record.id) | {r for r in L.DOCUMENTS if ctx.values.get(r)}
    missing = L.missing_documents(present)
    if missing:
        raise ValidationError(L.MSG_DOCUMENTS.format(missing="、".join(str(L.DOCUMENT_LABELS[m]) for m in missing)),
                              missing[0])


def _cards(ctx: records.Act) -> None:
    issued = _card_numbers(ctx.record.access_cards) + _card_numbers(ctx.values["cards"])
    ctx.record.access_cards = ", ".join(dict.fromkeys(issued))[:200]


def _renew_rules(ctx: records.Act) -> None:
    L.check_renewal(ctx.record.end_date, ctx.values["new_end"])
    room = ctx.session.get(Room, ctx.record.room_id)
    assert room is not None
    warning = _check_room(ctx.session, room, ctx.record.end_date + timedelta(days=1), ctx.values["new_end"],
                          exclude=ctx.record.id)
    if warning:
        ctx.data["arrears"] = warning


def _renewed(ctx: records.Act) -> None:
    """The renewal: a new lease from the day after the old one ends, linked to it; the documents that stay
    true (authorisation, IDs) copied, the new contract attached; the people's links carried over."""
    s, old, v = ctx.session, ctx.record, ctx.values
    new = Lease(room_id=old.room_id, room_code=old.room_code, owner_person_id=old.owner_person_id,
                owner_name=old.owner_name, tenant_person_id=old.tenant_person_id, tenant_type=old.tenant_type,
                tenant_name=old.tenant_name, id_type=old.id_type, id_number=old.id_number,
                birth_date=old.birth_date, phone=old.phone, co_residents=old.co_residents,
                start_date=old.end_date + timedelta(days=1), end_date=v["new_end"],
                rent=v["new_rent"] if v.get("new_rent") is not None else old.rent, fee_payer=old.fee_payer,
                deposits=old.deposits, access_cards=old.access_cards, police_reminded_at=old.police_reminded_at,
                prior_occupancy=old.prior_occupancy, remarks=old.remarks)
    carried = s.execute(select(Attachment.id, Attachment.role).where(
        Attachment.kind == KIND, Attachment.record_id == old.id,
        or_(Attachment.role.in_(("authorisation", "ids")),
            and_(Attachment.role == "new_contract", Attachment.event_id == (ctx.event.id if ctx.event else -1)))
    )).all()
    roles = {("contract" if role == "new_contract" else role) for _, role in carried}
    state = "incomplete" if L.missing_documents(roles) else None
    ctx.create(KIND, new, relation="renewal", state=state, data={"renewal_of": old.number})
    for ident, role in carried:
        attachments.add(s, ctx.actor, KIND, new.id, [ident], role="contract" if role == "new_contract" else role)
    for link in s.scalars(select(RoomPerson).where(RoomPerson.source == _source(old), RoomPerson.end_date.is_(None))):
        link.source = _source(new)


def _terminate_rules(ctx: records.Act) -> None:
    L.check_ended_on(ctx.record.start_date, ctx.values["ended_on"])


def _terminated(ctx: records.Act) -> None:
    _end(ctx.session, ctx.record, ctx.values["ended_on"])


def _voided(ctx: records.Act) -> None:
    _end(ctx.session, ctx.record, ctx.now.date())


# =========================================================================================== reading

@dataclass(frozen=True)
class CoResidentView:
    name: str
    id_number: str
    relation: str


@dataclass(frozen=True)
class LeaseDetail:
    """What the lease's page and forms read beyond the kit's view."""

    room: str
    room_id: int
    owner_name: str
    tenant_type: str
    tenant_name: str
    id_type: str
    id_number: str            # masked unless the actor may see it
    phone: str                # likewise
    co_residents: tuple[CoResidentView, ...]
    start_date: date
    end_date: date
    rent: Decimal | None
    fee_payer: str
    deposits: str
    access_cards: str
    police_reminded_at: datetime | None
    ended_on: date | None
    remarks: str
    void_reason: str
    derived: str              # "expiring" / "expired" / ""
    missing: tuple[str, ...]  # documents still to attach
    arrears: str = ""         # the warning given when it was filed with arrears


def _co_residents(lease: Lease, see: bool) -> tuple[CoResidentView, ...]:
    return tuple(CoResidentView(c.get("name", ""), c.get("id_number", "") if see else mask_id(c.get("id_number", "")),
                                c.get("relation", "")) for c in json.loads(lease.co_residents or "[]"))


def _arrears_warning(s: Session, lease: Lease) -> str:
    data = s.scalar(select(WorkflowEvent.data).where(WorkflowEvent.kind == KIND, WorkflowEvent.record_id == lease.id)
                    .order_by(WorkflowEvent.id).limit(1))
    return str(json.loads(data).get("arrears", "")) if data else ""


def _detail(s: Session, actor: Actor, lease: Lease) -> LeaseDetail:
    see = actor.can(PEOPLE_SEE_ID)
    today = base.now().date()
    return LeaseDetail(
        lease.room_code, lease.room_id, lease.owner_name, lease.tenant_type, lease.tenant_name, lease.id_type,
        lease.id_number if see else mask_id(lease.id_number), lease.phone if see else mask_phone(lease.phone),
        _co_residents(lease, see), lease.start_date, lease.end_date, lease.rent, lease.fee_payer, lease.deposits,
        lease.access_cards, lease.police_reminded_at, lease.ended_on, lease.remarks, lease.void_reason,
        L.expiry(lease.status, lease.end_date, today, warn_days(s)),
        tuple(L.missing_documents(_present(s, lease.id))) if lease.status in OPEN else (),
        _arrears_warning(s, lease))


def _rows(s: Session, actor: Actor, lease: Lease) -> list[tuple[Text | str, str]]:
    d = _detail(s, actor, lease)
    co = "；".join(" ".join(x for x in (c.name, c.id_number, c.relation) if x) for c in d.co_residents)
    return [
        (T("Lease", "Owner (lessor)"), d.owner_name),
        (T("Lease", "Tenant"), f"{d.tenant_name} ({L.TENANT_TYPE.show(d.tenant_type)})"),
        (T("Lease", "Document no."), " ".join(x for x in (L.ID_TYPE.show(d.id_type), d.id_number) if x)),
        (T("Lease", "Phone"), d.phone),
        (T("Lease", "Co-residents"), co),
        (T("Lease", "Term"), f"{_day(d.start_date)} – {_day(d.end_date)}"),
        (T("Lease", "Monthly rent"), L.RENT.show(d.rent) if d.rent is not None else ""),
        (T("Lease", "Fees paid by"), L.FEE_PAYER.show(d.fee_payer)),
        (T("Lease", "Deposits held"), d.deposits),
        (T("Lease", "Access cards issued"), d.access_cards),
        (T("Lease", "Police registration reminded"),
         f"{d.police_reminded_at:%Y-%m-%d %H:%M}" if d.police_reminded_at else ""),
        (T("Lease", "Tenant left on"), _day(d.ended_on)),
        (T("Lease", "Remarks"), d.remarks),
        (T("Lease", "Void reason"), d.void_reason),
    ]


def _flags(s: Session, lease: Lease) -> list[Text | str]:
    if lease.status not in OPEN:
        return []
    flags: list[Text | str] = []
    derived = L.expiry(lease.status, lease.end_date, base.now().date(), warn_days(s))
    if derived == "expired":
        flags.append(T("Lease", "ended on {day}: renew it, or record the move-out").format(day=_day(lease.end_date)))
    elif derived == "expiring":
        flags.append(T("Lease", "ends on {day}: remind the owner and tenant to renew or give notice").format(
            day=_day(lease.end_date)))
    missing = L.missing_documents(_present(s, lease.id))
    if missing:
        flags.append(L.MSG_DOCUMENTS.format(missing="、".join(str(L.DOCUMENT_LABELS[m]) for m in missing)))
    if lease.police_reminded_at is None:
        flags.append(T("Lease", "remind them of the police registration (24 h / 3 working days)"))
    warning = _arrears_warning(s, lease)
    if warning:
        flags.append(warning)
    return flags


RECORDS = records.register(records.RecordKind(
    LEASE, Lease, LEASE_VIEW, page=PAGE, create_permission=L.LEASE_MANAGE, create=_file,
    title=lambda lease: f"{lease.room_code} · {lease.tenant_name}", rows=_rows, detail=_detail, flags=_flags,
    guards={"complete": _complete_rules, "renew": _renew_rules, "terminate": _terminate_rules},
    effects={"cards": _cards, "police": stamp("police_reminded_at"), "terminate": _terminated, "void": _voided},
    after={"renew": _renewed}, not_found=MSG_GONE))


# =========================================================================================== lists

@dataclass(frozen=True)
class LeaseRow(StatusRow):
    WORKFLOW = LEASE

    id: int
    number: str
    room: str
    tenant_name: str
    tenant_type: str
    start_date: date
    end_date: date
    rent: Decimal | None
    fee_payer: str
    status: str
    derived: str

    @property
    def status_label(self) -> str:
        if self.derived:
            return str(L.DERIVED[self.derived])
        return str(LEASE.state_label(self.status))

    @property
    def tone(self) -> str:
        return "attention" if self.derived else LEASE.state(self.status).shown_tone

    @property
    def overdue(self) -> bool:
        return self.derived == "expired"

    @property
    def sort_key(self) -> tuple:
        return (self.id,)


#: the status chips of the list: filter code → label
VIEWS: list[tuple[str, Text]] = [
    ("open", T("Lease", "Open")),
    ("incomplete", T("Lease", "Documents missing")),
    ("active", T("Lease", "Let")),
    ("expiring", T("Lease", "Expiring soon")),
    ("expired", T("Lease", "Past its end")),
    ("renewed", T("Lease", "Renewed")),
    ("terminated", T("Lease", "Moved out")),
    ("void", T("Lease", "Void")),
    ("all", T("Lease", "All leases")),
]


def _query(q: Query, status: str, text: str, today: date, days: int) -> Query:
    if status == "open":
        q = q.where(Lease.status.in_(OPEN))
    elif status == "expiring":
        q = q.where(Lease.status.in_(OPEN), Lease.end_date >= today, Lease.end_date <= today + timedelta(days=days))
    elif status == "expired":
        q = q.where(Lease.status.in_(OPEN), Lease.end_date < today)
    elif status not in ("", "all"):
        q = q.where(Lease.status == LEASE.filter_state(status))
    text = (text or "").strip()
    if text:
        up = text.upper()
        q = q.where(or_(Lease.number.startswith(up, autoescape=True), Lease.room_code.startswith(up, autoescape=True),
                        Lease.tenant_name.startswith(text, autoescape=True)))
    return q


def _row(lease: Lease, today: date, days: int) -> LeaseRow:
    return LeaseRow(lease.id, lease.number, lease.room_code, lease.tenant_name, lease.tenant_type, lease.start_date,
                    lease.end_date, lease.rent, lease.fee_payer, lease.status,
                    L.expiry(lease.status, lease.end_date, today, days))


def list_leases(db: Database, actor: Actor, *, status: str = "open", text: str = "", after: tuple | None = None,
                limit: int = 200) -> list[LeaseRow]:
    """Leases newest first, keyset-paged by id (``after`` = the last row's ``sort_key``)."""
    actor.require(LEASE_VIEW)
    today = base.now().date()
    with db.read() as s:
        days = warn_days(s)
        q = _query(select(Lease), status, text, today, days)
        if after is not None:
            q = q.where(Lease.id < after[0])
        found: Sequence[Lease] = s.scalars(q.order_by(Lease.id.desc()).limit(limit)).all()
        return [_row(r, today, days) for r in found]


def count_leases(db: Database, actor: Actor, *, status: str = "open", text: str = "") -> int:
    actor.require(LEASE_VIEW)
    with db.read() as s:
        days = warn_days(s)
    return counted(db, _query(select(func.count()).select_from(Lease), status, text, base.now().date(), days))


def _ending(s: Session, today: date, days: int, limit: int) -> Sequence[Lease]:
    """Open leases past their end or ending within ``days``, the first to end first."""
    return s.scalars(select(Lease).where(Lease.status.in_(OPEN), Lease.end_date <= today + timedelta(days=days))
                     .order_by(Lease.end_date, Lease.id).limit(limit)).all()


def expiring(db: Database, actor: Actor, limit: int = MAX_OPEN_ITEMS) -> list[LeaseRow]:
    """The leases to remind about: past their end (the tenant still registered) or ending soon."""
    actor.require(LEASE_VIEW)
    today = base.now().date()
    with db.read() as s:
        days = warn_days(s)
        return [_row(r, today, days) for r in _ending(s, today, days, limit)]


def room_owners(db: Database, actor: Actor, code: str) -> list[str]:
    """The owners a lease of the room can be filed by (the new-lease dialog offers them)."""
    actor.require(LEASE_VIEW)
    with db.read() as s:
        room = s.scalar(select(Room).where(Room.code == (code or "").strip()))
        return registry.owner_names(s, room.id) if room is not None else []


# =========================================================================================== figures

@dataclass(frozen=True)
class LeaseKpis:
    delivered: int            # handed-over units (the denominator of 出租率)
    rented: int               # of them, rooms rented (an open lease keeps the room's occupancy 出租)
    filed: int                # leases filed in the period (renewals included)
    ended: int                # tenants moved out in the period
    expiring_in_period: int   # open leases ending in the period
    expiring_soon: int        # open leases ending within the reminder days
    incomplete: int

    @property
    def rate(self) -> Decimal | None:
        """出租率: rented ÷ delivered units, in percent."""
        return (Decimal(self.rented * 100) / self.delivered).quantize(Decimal("0.1")) if self.delivered else None


def kpis(db: Database, actor: Actor, date_from: date, date_to: date) -> LeaseKpis:
    actor.require(LEASE_VIEW)
    today = base.now().date()
    start, end = datetime.combine(date_from, datetime.min.time()), datetime.combine(date_to + timedelta(days=1),
                                                                                     datetime.min.time())
    with db.read() as s:
        days = warn_days(s)
        delivered = s.scalar(select(func.count()).select_from(Room).where(
            Room.delivery_state == DeliveryState.DELIVERED.value)) or 0
        rented = s.scalar(select(func.count()).select_from(Room).where(
            Room.delivery_state == DeliveryState.DELIVERED.value,
            Room.occupancy_state == OccupancyState.RENTED.value)) or 0
        filed = s.scalar(select(func.count()).select_from(WorkflowEvent).where(
            WorkflowEvent.kind == KIND, WorkflowEvent.action == CREATE, WorkflowEvent.at >= start,
            WorkflowEvent.at < end)) or 0
        ended = s.scalar(select(func.count()).where(Lease.status == "terminated", Lease.ended_on >= date_from,
                                                    Lease.ended_on <= date_to)) or 0
        in_period = s.scalar(select(func.count()).where(Lease.status.in_(OPEN), Lease.end_date >= date_from,
                                                        Lease.end_date <= date_to)) or 0
        soon = s.scalar(select(func.count()).where(Lease.status.in_(OPEN), Lease.end_date >= today,
                                                   Lease.end_date <= today + timedelta(days=days))) or 0
        incomplete = s.scalar(select(func.count()).where(Lease.status == "incomplete")) or 0
    return LeaseKpis(delivered, rented, filed, ended, in_period, soon, incomplete)


# =========================================================================================== the desk's hooks

def _item_title(lease: Lease, derived: str) -> str:
    if derived == "expired":
        return str(T("Lease", "{room} {tenant}: the lease ended on {day}, renew it or record the move-out").format(
            room=lease.room_code, tenant=lease.tenant_name, day=_day(lease.end_date)))
    return str(T("Lease", "{room} {tenant}: the lease ends on {day}").format(
        room=lease.room_code, tenant=lease.tenant_name, day=_day(lease.end_date)))


def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    days = warn_days(s)
    ending = _ending(s, today, days, MAX_OPEN_ITEMS)
    past = sum(1 for r in ending if r.end_date < today)
    open_count = s.scalar(select(func.count()).where(Lease.status.in_(OPEN))) or 0
    detail = str(T("Lease", "{n} let · {m} past their end").format(n=open_count, m=past))
    items = [_item_title(r, L.expiry(r.status, r.end_date, today, days)) for r in ending[:5]]
    level = "alert" if past else ("attention" if ending else "normal")
    return [dashboard.Tile(T("Lease", "Leases expiring"), str(len(ending) - past), detail, PAGE, level, items)]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    today, days = now.date(), warn_days(s)
    group = T("Lease", "Leases expiring")
    out = []
    for r in _ending(s, today, days, MAX_OPEN_ITEMS):
        derived = L.expiry(r.status, r.end_date, today, days)
        out.append(open_items.OpenItem(group, _item_title(r, derived), r.number, PAGE, r.id,
                                       "alert" if derived == "expired" else "attention"))
    return out


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection:
    today, days = base.now().date(), warn_days(s)
    leases = s.scalars(select(Lease).where(Lease.room_id == room.id)
                       .order_by(Lease.status.in_(OPEN).desc(), Lease.end_date.desc(), Lease.id.desc())
                       .limit(ON_CARD)).all()
    rows = []
    for r in leases:
        co = "、".join(c.get("name", "") for c in json.loads(r.co_residents or "[]"))
        rows.append([r.number, r.tenant_name + (str(MSG_WITH.format(names=co)) if co else ""),
                     f"{_day(r.start_date)} – {_day(r.end_date)}", L.FEE_PAYER.show(r.fee_payer),
                     _row(r, today, days).status_label])
    return card_sections.CardSection(
        T("Lease", "Leases and tenants"),
        [T("Lease", "No."), T("Lease", "Tenant"), T("Lease", "Term"), T("Lease", "Fees paid by"),
         T("Lease", "Status")], rows)


dashboard.register("lease", LEASE_VIEW, _tiles)
open_items.register("lease", LEASE_VIEW, _open_items)
card_sections.register("lease", _card_section, LEASE_VIEW)


# =========================================================================================== forms

def _lease(session: Session, actor: Actor, number: str) -> Lease:
    actor.require(LEASE_VIEW)
    return numbered(session, Lease, number, MSG_NO_NUMBER)


def _status_printed(lease: Lease, s: Session) -> str:
    derived = L.expiry(lease.status, lease.end_date, base.now().date(), warn_days(s))
    return L.DERIVED_PRINTED[derived] if derived else LEASE.state(lease.status).printed


def _registration(session: Session, actor: Actor, number: str) -> tuple[LeaseRegistration, bool]:
    """租户入住登记表 of one lease, in Chinese."""
    from app.printing.forms.lease_forms import LeaseRegistration, Resident
    lease = _lease(session, actor, number)
    return LeaseRegistration(
        number=lease.number, room=lease.room_code, owner_name=lease.owner_name, tenant_name=lease.tenant_name,
        tenant_type=PersonType.printed(lease.tenant_type), id_type=IdType.printed(lease.id_type),
        id_number=lease.id_number, phone=lease.phone, start_date=lease.start_date, end_date=lease.end_date,
        rent=lease.rent, fee_payer=FeePayer.printed(lease.fee_payer), deposits=lease.deposits,
        access_cards=lease.access_cards, police_reminded_at=lease.police_reminded_at,
        residents=[Resident(c["name"], c.get("id_number", ""), c.get("relation", ""))
                   for c in json.loads(lease.co_residents or "[]")],
        status=_status_printed(lease, session), remarks=lease.remarks,
        printed_by=actor.name, printed_at=base.now()), lease.status == "void"


def _authorisation(session: Session, actor: Actor, number: str) -> tuple[OwnerAuthorisation, bool]:
    """业主授权委托书: the owner lets the room to the tenant and authorises the registration."""
    from app.printing.forms.lease_forms import OwnerAuthorisation
    lease = _lease(session, actor, number)
    owner = session.get(Person, lease.owner_person_id) if lease.owner_person_id else None
    return OwnerAuthorisation(
        number=lease.number, room=lease.room_code, owner_name=lease.owner_name,
        owner_id_number=owner.id_number if owner else "", owner_phone=owner.mobile if owner else "",
        tenant_name=lease.tenant_name, tenant_id_number=lease.id_number, start_date=lease.start_date,
        end_date=lease.end_date, fee_payer=FeePayer.printed(lease.fee_payer)), lease.status == "void"


def _notice(session: Session, actor: Actor, number: str) -> tuple[TenantNotice, bool]:
    """承租须知 with the tenant's acknowledgement."""
    from app.printing.forms.lease_forms import TenantNotice
    lease = _lease(session, actor, number)
    return TenantNotice(number=lease.number, room=lease.room_code, tenant_name=lease.tenant_name,
                        start_date=lease.start_date, end_date=lease.end_date,
                        fee_payer=FeePayer.printed(lease.fee_payer)), lease.status == "void"


def _card_numbers(text: str) -> list[str]:
    return [c.strip() for c in (text or "").replace("，", ",").split(",") if c.strip()]


def _cards_register(session: Session, actor: Actor, number: str) -> tuple[AccessCardRegister, bool]:
    """门禁卡发放登记 of one lease: every card issued (at the filing, then each 发放门禁卡), a line each with the
    tenant's signature."""
    from app.printing.forms.lease_forms import AccessCardRegister, CardLine
    lease = _lease(session, actor, number)
    events = session.execute(select(WorkflowEvent.at, WorkflowEvent.data, WorkflowEvent.staff_id)
                             .where(WorkflowEvent.kind == KIND, WorkflowEvent.record_id == lease.id,
                                    WorkflowEvent.action == "cards").order_by(WorkflowEvent.id)).all()
    who = records.names(session, [lease.created_by, *(e.staff_id for e in events)])
    later = [(at, card, staff_id) for at, data, staff_id in events
             for card in _card_numbers(json.loads(data).get("cards", "") if data else "")]
    at_filing = [c for c in _card_numbers(lease.access_cards) if c not in {card for _, card, _ in later}]
    lines = [CardLine(card, lease.tenant_name, lease.created_at, who.get(lease.created_by or 0, ""))
             for card in at_filing]
    lines += [CardLine(card, lease.tenant_name, at, who.get(staff_id or 0, "")) for at, card, staff_id in later]
    return AccessCardRegister(number=lease.number, room=lease.room_code, tenant_name=lease.tenant_name,
                              phone=lease.phone, lines=lines, printed_by=actor.name,
                              printed_at=base.now()), lease.status == "void"


printing.register_source("lease_registration", _registration)
printing.register_source("lease_authorisation", _authorisation)
printing.register_source("lease_notice", _notice)
printing.register_source("lease_cards", _cards_register)

__all__ = ["RECORDS", "LeaseRow", "LeaseKpis", "list_leases", "count_leases", "expiring", "kpis", "room_owners"]
