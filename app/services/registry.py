"""The estate registry (房屋档案): buildings, units, rooms, people and the household card.

Inputs arrive as the text the user typed (``*Input`` dataclasses); every rule is checked here, whatever
the UI already checked, and a refusal raises ValidationError naming the field, so the form keeps its text.
"""
from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import bindparam, func, select, tuple_
from sqlalchemy.orm import Session

from app.domain.enums import DeliveryState, Gender, IdType, OccupancyState, PersonType, RoomRole, RoomType
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.domain.permissions import REGISTRY_EDIT, REGISTRY_VIEW
from app.domain.validation import (
    check_id_number,
    check_phone,
    check_room_part,
    check_text,
    mask_id,
    mask_phone,
    parse_decimal,
)
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import audit, base, privacy, search
from app.services.base import STALE, Actor, unit_of_work
from db.engine import Database
from db.models import AuditLog, Building, Estate, Person, Room, RoomPerson, Unit
from db.models.base import Versioned


def room_code(building_no: str, unit_no: str, room_no: str) -> str:
    return f"{building_no}-{unit_no}-{room_no}"


def _estate_id(s: Session) -> int:
    estate_id = s.scalar(select(Estate.id).order_by(Estate.id).limit(1))
    if estate_id is None:
        raise NotFound(T("Registry", "No estate has been set up yet"))
    return estate_id


M = TypeVar("M", bound=Versioned)


def _get(s: Session, model: type[M], ident: int | None, version: int | None = None) -> M:
    obj = s.get(model, ident) if ident is not None else None
    if obj is None:
        raise NotFound(T("Registry", "This record no longer exists (another desk may have deleted it)"))
    if version is not None and obj.version != version:
        raise ConflictError(STALE)
    return obj


# ---------------------------------------------------------------- buildings and units

@dataclass
class BuildingInput:
    building_no: str
    name: str = ""
    floors: str = ""
    has_lift: bool = True


def _int(value: str | int | None, field_name: str, label: Text | str, lo: int, hi: int,
         required: bool = True) -> int:
    number = parse_decimal(value, field_name, str(label), places=0, minimum=Decimal(lo),
                           maximum=Decimal(hi), required=required)
    return int(number) if number is not None else 0


def save_building(db: Database, actor: Actor, data: BuildingInput, building_id: int | None = None,
                  version: int | None = None) -> int:
    actor.require(REGISTRY_EDIT)
    no = check_room_part(data.building_no, "building_no", str(T("Registry", "Building no.")))
    name = check_text(data.name, "name", str(T("Registry", "Building name")), max_len=40, required=False)
    floors = _int(data.floors, "floors", T("Registry", "Floors"), 1, 200, required=False)
    with unit_of_work(db, actor) as s:
        estate_id = _estate_id(s)
        clash = s.scalar(select(Building.id).where(Building.estate_id == estate_id,
                                                   Building.building_no == no))
        if clash and clash != building_id:
            raise ValidationError(T("Registry", "Building {no} already exists").format(no=no),
                                  "building_no")
        if building_id is None:
            b = Building(estate_id=estate_id, building_no=no,
                         seq=(s.scalar(select(func.max(Building.seq))) or 0) + 1)
            s.add(b)
        else:
            b = _get(s, Building, building_id, version)
            if b.building_no != no and s.scalar(select(func.count()).select_from(Room).join(Unit)
                                                .where(Unit.building_id == b.id)):
                raise ValidationError(T("Registry", "A building with rooms cannot be renumbered"),
                                      "building_no")
            b.building_no = no
        b.name, b.floors, b.has_lift = name or f"{no}栋", floors, data.has_lift
        s.flush()
        return b.id


def save_unit(db: Database, actor: Actor, building_id: int, unit_no: str, floors: str = "",
              has_lift: bool = True, unit_id: int | None = None, version: int | None = None) -> int:
    actor.require(REGISTRY_EDIT)
    no = check_room_part(unit_no, "unit_no", str(T("Registry", "Unit no.")))
    n_floors = _int(floors, "floors", T("Registry", "Floors"), 1, 200, required=False)
    with unit_of_work(db, actor) as s:
        _get(s, Building, building_id)
        clash = s.scalar(select(Unit.id).where(Unit.building_id == building_id, Unit.unit_no == no))
        if clash and clash != unit_id:
            raise ValidationError(T("Registry", "Unit {no} already exists in this building").format(
                no=no), "unit_no")
        if unit_id is None:
            u = Unit(building_id=building_id, unit_no=no,
                     seq=(s.scalar(select(func.max(Unit.seq)).where(Unit.building_id == building_id))
                          or 0) + 1)
            s.add(u)
        else:
            u = _get(s, Unit, unit_id, version)
            if u.unit_no != no and s.scalar(select(func.count()).select_from(Room)
                                            .where(Room.unit_id == u.id)):
                raise ValidationError(T("Registry", "A unit with rooms cannot be renumbered"), "unit_no")
            u.unit_no = no
        u.floors, u.has_lift = n_floors, has_lift
        s.flush()
        return u.id


@dataclass(frozen=True)
class UnitNode:
    id: int
    unit_no: str
    rooms: int
    version: int


@dataclass(frozen=True)
class BuildingNode:
    id: int
    building_no: str
    name: str
    floors: int
    has_lift: bool
    version: int
    units: list[UnitNode]


def tree(db: Database, actor: Actor) -> list[BuildingNode]:
    """Buildings with their units and room counts (two queries, whatever the estate's size)."""
    actor.require(REGISTRY_VIEW)
    with db.read() as s:
        counts = dict(s.execute(select(Room.unit_id, func.count()).group_by(Room.unit_id)).all())
        units: dict[int, list[UnitNode]] = {}
        for u in s.scalars(select(Unit).order_by(Unit.building_id, Unit.seq, Unit.unit_no)):
            units.setdefault(u.building_id, []).append(UnitNode(u.id, u.unit_no, counts.get(u.id, 0),
                                                                u.version))
        return [BuildingNode(b.id, b.building_no, b.name, b.floors, b.has_lift, b.version,
                             units.get(b.id, []))
                for b in s.scalars(select(Building).order_by(Building.seq, Building.building_no))]


# ---------------------------------------------------------------- rooms

@dataclass
class RoomInput:
    unit_id: int | None
    room_no: str
    floor: str
    area: str
    inner_area: str = ""
    layout: str = ""
    room_type: str = RoomType.RESIDENTIAL.value
    delivery_state: str = DeliveryState.DELIVERED.value
    occupancy_state: str = OccupancyState.VACANT.value
    handover_date: date | None = None
    notes: str = ""


def validate_room(data: RoomInput) -> dict[str, Any]:
    """The typed values of a room form, or ValidationError for the first bad field."""
    if not data.unit_id:
        raise ValidationError(T("Registry", "Choose the building and unit"), "unit_id")
    values: dict[str, Any] = {
        "room_no": check_room_part(data.room_no, "room_no", str(T("Registry", "Room no."))),
        "floor": _int(data.floor, "floor", T("Registry", "Floor"), -5, 200),
        "area": parse_decimal(data.area, "area", str(T("Registry", "Built-up area")),
                              strict_positive=True, maximum=Decimal(100000)),
        "inner_area": parse_decimal(data.inner_area, "inner_area", str(T("Registry", "Inner area")),
                                    strict_positive=True, maximum=Decimal(100000), required=False),
        "layout": check_text(data.layout, "layout", str(T("Registry", "Layout")), max_len=30,
                             required=False),
        "notes": check_text(data.notes, "notes", str(T("Registry", "Notes")), max_len=500,
                            required=False),
    }
    if values["inner_area"] is not None and values["inner_area"] > values["area"]:
        raise ValidationError(T("Registry", "The inner area cannot exceed the built-up area"),
                              "inner_area")
    for key, enum in (("room_type", RoomType), ("delivery_state", DeliveryState),
                      ("occupancy_state", OccupancyState)):
        member = enum.from_label(getattr(data, key))
        if member is None:
            raise ValidationError(T("Registry", "Choose a value from the list"), key)
        values[key] = member.value
    values["handover_date"] = data.handover_date
    return values


MSG_STATE_BY_WORKFLOW = T("Registry", "{field} changes only through the move-in, lease and move-out workflows, "
                                      "not on the room form")
#: the room's states a workflow keeps (DOMAIN.md §2.1, §8 design point 5): given when a room is entered, then
#: read-only on its form
WORKFLOW_STATES = {"delivery_state": T("Registry", "Delivery"), "occupancy_state": T("Registry", "Occupancy")}


def check_workflow_states(room: Room, values: Mapping[str, Any]) -> None:
    """An edited room keeps its delivery and occupancy states: only the workflows change them."""
    for key, label in WORKFLOW_STATES.items():
        if values.get(key, getattr(room, key)) != getattr(room, key):
            raise ValidationError(MSG_STATE_BY_WORKFLOW.format(field=label), key)


def save_room(db: Database, actor: Actor, data: RoomInput, room_id: int | None = None,
              version: int | None = None) -> int:
    actor.require(REGISTRY_EDIT)
    values = validate_room(data)
    with unit_of_work(db, actor) as s:
        unit = _get(s, Unit, data.unit_id)
        building = _get(s, Building, unit.building_id)
        code = room_code(building.building_no, unit.unit_no, values["room_no"])
        clash = s.scalar(select(Room.id).where(Room.estate_id == building.estate_id, Room.code == code))
        if clash and clash != room_id:
            raise ValidationError(T("Registry", "Room {code} already exists").format(code=code),
                                  "room_no")
        if room_id is None:
            room = Room(estate_id=building.estate_id, unit_id=unit.id, code=code, **values)
            s.add(room)
        else:
            room = _get(s, Room, room_id, version)
            check_workflow_states(room, values)
            values.pop("handover_date")     # set by the move-in (and kept when the form has none)
            room.unit_id, room.code = unit.id, code
            for k, v in values.items():
                setattr(room, k, v)
        s.flush()
        search.index_room(s, room)
        return room.id


@dataclass(slots=True)
class RoomRow:
    """A room list row (slots, not frozen: a page builds 200 of them per call)."""

    id: int
    code: str
    floor: int
    area: Decimal
    layout: str
    room_type: str
    delivery_state: str
    occupancy_state: str
    owner: str
    sort_key: tuple


ROOM_SORT = (Room.unit_id, Room.floor, Room.room_no, Room.id)


def list_rooms(db: Database, actor: Actor, *, building_id: int | None = None, unit_id: int | None = None,
               occupancy: str | None = None, text: str = "", after: tuple | None = None,
               limit: int = 200) -> list[RoomRow]:
    """One page of rooms in building/unit/floor order, keyset-paged (``after`` = last row's sort_key)."""
    actor.require(REGISTRY_VIEW)
    t = text.strip().lower()
    params: dict[str, Any] = {"limit": limit, "unit": unit_id, "building": building_id, "occupancy": occupancy,
                              "lo": t, "hi": t + "\U0010ffff"}
    if after:
        params.update(zip(("a_unit", "a_floor", "a_no", "a_id"), after, strict=True))
    q = _rooms_statement(bool(unit_id), bool(building_id) and not unit_id, bool(occupancy), bool(t), bool(after))
    return [RoomRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], sort_key=tuple(r[9:]))
            for r in db.rows(q, params)]


@functools.cache
def _rooms_statement(by_unit: bool, by_building: bool, by_occupancy: bool, by_code: bool, paged: bool) -> Any:
    """The room list's statement for one shape of filter, built once: a call only binds its values."""
    owner = (select(Person.name).join(RoomPerson, RoomPerson.person_id == Person.id)
             .where(RoomPerson.room_id == Room.id, RoomPerson.role == RoomRole.OWNER.value,
                    RoomPerson.end_date.is_(None))
             .order_by(RoomPerson.is_primary.desc(), RoomPerson.id).limit(1).scalar_subquery())
    q = select(Room.id, Room.code, Room.floor, Room.area, Room.layout, Room.room_type,
               Room.delivery_state, Room.occupancy_state, owner, *ROOM_SORT)
    if by_unit:
        q = q.where(Room.unit_id == bindparam("unit"))
    elif by_building:
        q = q.where(Room.unit_id.in_(select(Unit.id).where(Unit.building_id == bindparam("building"))))
    if by_occupancy:
        q = q.where(Room.occupancy_state == bindparam("occupancy"))
    if by_code:
        q = q.where(Room.code >= bindparam("lo"), Room.code < bindparam("hi"))
    if paged:
        q = q.where(tuple_(*ROOM_SORT) > tuple_(bindparam("a_unit"), bindparam("a_floor"), bindparam("a_no"),
                                                bindparam("a_id")))
    return q.order_by(*ROOM_SORT).limit(bindparam("limit"))


def count_rooms(db: Database, actor: Actor, building_id: int | None = None,
                unit_id: int | None = None) -> int:
    actor.require(REGISTRY_VIEW)
    q = select(func.count()).select_from(Room)
    if unit_id:
        q = q.where(Room.unit_id == unit_id)
    elif building_id:
        q = q.where(Room.unit_id.in_(select(Unit.id).where(Unit.building_id == building_id)))
    with db.read() as s:
        return s.scalar(q) or 0


def get_room(db: Database, actor: Actor, room_id: int) -> Room:
    actor.require(REGISTRY_VIEW)
    with db.read() as s:
        return _get(s, Room, room_id)


def room_by_code(db: Database, actor: Actor, code: str) -> Room | None:
    actor.require(REGISTRY_VIEW)
    with db.read() as s:
        return s.scalar(select(Room).where(Room.code == code.strip()))


# ---------------------------------------------------------------- people

@dataclass
class PersonInput:
    name: str
    mobile: str
    id_type: str = IdType.RESIDENT.value
    id_number: str = ""
    gender: str = ""
    person_type: str = PersonType.INDIVIDUAL.value
    other_phone: str = ""
    work_unit: str = ""
    address: str = ""
    notes: str = ""


def validate_person(data: PersonInput, *, require_id: bool = True) -> dict:
    id_type = IdType.from_label(data.id_type)
    if id_type is None:
        raise ValidationError(T("Registry", "Choose a document type"), "id_type")
    person_type = PersonType.from_label(data.person_type) or PersonType.INDIVIDUAL
    values = {
        "name": check_text(data.name, "name", str(T("Registry", "Name")), max_len=50),
        "mobile": check_phone(data.mobile, "mobile"),
        "id_type": id_type.value,
        "id_number": (check_id_number(id_type, data.id_number)
                      if require_id or (data.id_number or "").strip() else ""),
        "person_type": person_type.value,
        "other_phone": check_phone(data.other_phone, "other_phone"),
        "work_unit": check_text(data.work_unit, "work_unit", str(T("Registry", "Work unit")),
                                max_len=100, required=False),
        "address": check_text(data.address, "address", str(T("Registry", "Address")), max_len=200,
                              required=False),
        "notes": check_text(data.notes, "notes", str(T("Registry", "Notes")), max_len=500,
                            required=False),
    }
    if not values["mobile"]:
        # A person needs one reachable phone, not necessarily a mobile: the main phone is the first given.
        if not values["other_phone"]:
            raise ValidationError(T("Registry", "Give at least one phone number: a mobile or a landline "
                                                "with its area code"), "mobile")
        values["mobile"], values["other_phone"] = values["other_phone"], ""
    gender = Gender.from_label(data.gender) if data.gender else None
    if id_type is IdType.RESIDENT and values["id_number"]:
        derived = Gender.MALE if int(values["id_number"][16]) % 2 else Gender.FEMALE
        if gender is not None and gender is not derived:
            raise ValidationError(T("Registry", "The gender does not match the ID number"), "gender")
        gender = derived
    values["gender"] = gender.value if gender else ""
    return values


REQUIRES_ID = {RoomRole.OWNER, RoomRole.CO_OWNER, RoomRole.TENANT, RoomRole.AGENT}


def save_person(db: Database, actor: Actor, data: PersonInput, *, person_id: int | None = None,
                version: int | None = None, room_id: int | None = None, role: str | None = None,
                start_date: date | None = None, is_primary: bool = False) -> int:
    """Create or edit a person; with ``room_id`` and ``role``, also link them to the room.

    A role that sees ID and phone numbers only masked was not shown them in the editor: when they come
    back blank (or still masked) the stored ones are kept, never overwritten (privacy.keep_hidden).
    """
    actor.require(REGISTRY_EDIT)
    room_role = RoomRole.from_label(role) if role else None
    if role and room_role is None:
        raise ValidationError(T("Registry", "Choose the person's role in the room"), "role")
    with unit_of_work(db, actor) as s:
        person = _get(s, Person, person_id, version) if person_id is not None else None
        if person is not None:
            data = PersonInput(**privacy.keep_hidden(actor, dataclasses.asdict(data), person))
        return save_person_in(s, data, person=person, room_id=room_id, role=room_role, start_date=start_date,
                              is_primary=is_primary).id


OWNER_ROLES = (RoomRole.OWNER.value, RoomRole.CO_OWNER.value)


def owner_named(s: Session, room_id: int, name: str) -> Person | None:
    """The registered (current) owner or co-owner of the room with this name, the primary one first."""
    return s.scalar(select(Person).join(RoomPerson, RoomPerson.person_id == Person.id)
                    .where(RoomPerson.room_id == room_id, RoomPerson.end_date.is_(None),
                           RoomPerson.role.in_(OWNER_ROLES), Person.name == name)
                    .order_by(RoomPerson.is_primary.desc(), RoomPerson.id).limit(1))


def owner_names(s: Session, room_id: int) -> list[str]:
    """The names of the room's current owners and co-owners, the primary one first."""
    return list(dict.fromkeys(s.scalars(
        select(Person.name).join(RoomPerson, RoomPerson.person_id == Person.id)
        .where(RoomPerson.room_id == room_id, RoomPerson.end_date.is_(None), RoomPerson.role.in_(OWNER_ROLES))
        .order_by(RoomPerson.is_primary.desc(), RoomPerson.id))))


def save_person_in(s: Session, data: PersonInput, *, person: Person | None = None, room_id: int | None = None,
                   role: RoomRole | None = None, start_date: date | None = None, is_primary: bool = False,
                   source: str = "") -> Person:
    """:func:`save_person` in an open unit of work (the move-in completes the household file with it);
    ``source`` names the record the link comes from (RZ…)."""
    values = validate_person(data, require_id=role in REQUIRES_ID if role else False)
    if values["id_number"]:
        clash = s.scalar(select(Person.id).where(Person.id_number == values["id_number"],
                                                 Person.id_type == values["id_type"]))
        if clash and clash != (person.id if person is not None else None):
            raise ValidationError(T(
                "Registry", "A person with this ID number is already registered: search for them "
                            "and link the existing record"), "id_number")
    if person is None:
        person = Person(**values)
        s.add(person)
    else:
        for k, v in values.items():
            setattr(person, k, v)
    s.flush()
    if room_id is not None and role is not None:
        _link(s, room_id, person.id, role, start_date or date.today(), is_primary, source)
    search.index_person(s, person)
    return person


def link_in(s: Session, room_id: int, person_id: int, role: RoomRole, start: date, primary: bool = False,
            source: str = "") -> int:
    """A registered person's new role in a room, in an open unit of work (``source``: the record, RZ…)."""
    return _link(s, room_id, person_id, role, start, primary, source)


def _link(s: Session, room_id: int, person_id: int, role: RoomRole, start: date, primary: bool,
          source: str = "") -> int:
    _get(s, Room, room_id)
    dup = s.scalar(select(RoomPerson.id).where(RoomPerson.room_id == room_id,
                                               RoomPerson.person_id == person_id,
                                               RoomPerson.role == role.value,
                                               RoomPerson.end_date.is_(None)))
    if dup:
        raise ValidationError(T("Registry", "This person already has this role in the room"), "role")
    link = RoomPerson(room_id=room_id, person_id=person_id, role=role.value, start_date=start,
                      is_primary=primary, source=source)
    s.add(link)
    s.flush()
    return link.id


def link_person(db: Database, actor: Actor, room_id: int, person_id: int, role: str,
                start_date: date | None = None, is_primary: bool = False) -> int:
    actor.require(REGISTRY_EDIT)
    room_role = RoomRole.from_label(role)
    if room_role is None:
        raise ValidationError(T("Registry", "Choose the person's role in the room"), "role")
    with unit_of_work(db, actor) as s:
        person = _get(s, Person, person_id)
        if room_role in REQUIRES_ID and not person.id_number:
            raise ValidationError(T("Registry", "An owner, tenant or agent needs an ID number"),
                                  "id_number")
        return _link(s, room_id, person_id, room_role, start_date or date.today(), is_primary)


def end_link(db: Database, actor: Actor, link_id: int, end: date, version: int | None = None) -> None:
    """End a person's role in a room (moved out, sold); the history keeps it."""
    actor.require(REGISTRY_EDIT)
    with unit_of_work(db, actor) as s:
        link = _get(s, RoomPerson, link_id, version)
        if link.end_date is not None:
            raise ConflictError(T("Registry", "This relation has already ended"))
        if end < link.start_date:
            raise ValidationError(T("Registry", "The end date cannot be before the start date"),
                                  "end_date")
        link.end_date = end


PERSON_FIELDS = ("name", "gender", "mobile", "other_phone", "id_type", "id_number", "person_type",
                 "work_unit", "address", "notes")


@dataclass(frozen=True)
class PersonView:
    """A person as this user may see them; ``hidden`` names the fields shown masked (never pre-fill them)."""

    id: int
    version: int
    name: str
    gender: str
    mobile: str
    other_phone: str
    id_type: str
    id_number: str
    person_type: str
    work_unit: str
    address: str
    notes: str
    hidden: frozenset[str] = frozenset()


def get_person(db: Database, actor: Actor, person_id: int) -> PersonView:
    actor.require(REGISTRY_VIEW)
    with db.read() as s:
        p = _get(s, Person, person_id)
        values = privacy.redact(actor, {k: getattr(p, k) for k in PERSON_FIELDS})
        return PersonView(p.id, p.version, **values,
                          hidden=privacy.hidden_fields(actor, [k for k in PERSON_FIELDS if getattr(p, k)]))


# ---------------------------------------------------------------- household card

@dataclass(frozen=True)
class CardPerson:
    link_id: int
    person_id: int
    role: str
    name: str
    gender: str
    mobile: str
    id_type: str
    id_number: str
    is_primary: bool
    start_date: date
    end_date: date | None
    link_version: int


@dataclass(frozen=True)
class CardEvent:
    at: datetime
    who: str
    action: str
    summary: str                    # "area: 60.00 → 61.25; …" as the audit log viewer shows it
    fields: tuple[str, ...] = ()    # the fields the change touched

    @property
    def action_label(self) -> str:
        from app.services.audit_log import action_label
        return action_label(self.action)


@dataclass
class HouseholdCard:
    room: Room
    building: Building
    unit: Unit
    people: list[CardPerson]
    former: list[CardPerson]
    history: list[CardEvent]
    masked: bool
    #: filled by later workflows (keys held, leases, open complaints …) through sections()
    sections: dict = field(default_factory=dict)


#: the audit trail's rows of a household card being read (一户一档 is privacy-sensitive, DOMAIN §2.2, §3.3):
#: entity ``household_card`` (as its print), the room code as the record; a reveal of the full ID and phone
#: numbers is a row of its own
CARD_ENTITY, VIEW_ACTION, REVEAL_ACTION = "household_card", "view_card", "reveal_card"
#: the same user reading the same card again within this time (the card refreshed after an edit, masked again
#: after a reveal) is the same viewing: no second row
CARD_VIEW_WINDOW = timedelta(minutes=10)
MSG_NO_REVEAL = T("Registry", "Your role may not see full ID and phone numbers: ask a supervisor")


def household_card(db: Database, actor: Actor, room_id: int, history_limit: int = 50, *,
                   reveal: bool = False) -> HouseholdCard:
    """Everything the desk needs about one room, IDs and phones masked; ``reveal`` shows them whole, for a
    role with people.see_id only. Every viewing is written to the audit trail (who, which room, when), a
    reveal as its own row (see :data:`CARD_VIEW_WINDOW`)."""
    actor.require(REGISTRY_VIEW)
    if reveal and not privacy.sees_all(actor):
        raise PermissionDenied(MSG_NO_REVEAL)
    with unit_of_work(db, actor) as s:
        card = card_in(s, actor, room_id, history_limit, full=reveal)
        _log_view(s, actor, card.room.code, REVEAL_ACTION if reveal else VIEW_ACTION)
        return card


def _log_view(s: Session, actor: Actor, code: str, action: str) -> None:
    if actor.staff_id is not None:
        last = s.execute(select(AuditLog.action, AuditLog.entity_id).where(
            AuditLog.staff_id == actor.staff_id, AuditLog.at >= base.now() - CARD_VIEW_WINDOW,
            AuditLog.action.in_((VIEW_ACTION, REVEAL_ACTION))).order_by(AuditLog.at.desc(), AuditLog.id.desc())
            .limit(1)).first()
        if last is not None and last.entity_id == code and action in (last.action, VIEW_ACTION):
            return        # (masked again after a reveal: the same viewing)
    audit.record(s, action, CARD_ENTITY, code)


def card_in(s: Session, actor: Actor, room_id: int, history_limit: int = 50, *, full: bool = False) -> HouseholdCard:
    """The household card in an open session, IDs and phones whole only with ``full`` (the caller checked
    people.see_id): the printed card, whose print is audited itself, and the demo's picks read it so."""
    actor.require(REGISTRY_VIEW)
    order = {r.value: i for i, r in enumerate(RoomRole)}
    room = _get(s, Room, room_id)
    unit = _get(s, Unit, room.unit_id)
    building = _get(s, Building, unit.building_id)
    current: list[CardPerson] = []
    former: list[CardPerson] = []
    rows = s.execute(select(RoomPerson, Person).join(Person, Person.id == RoomPerson.person_id)
                     .where(RoomPerson.room_id == room_id)).all()
    link_ids = []
    for link, p in rows:
        link_ids.append(str(link.id))
        cp = CardPerson(link.id, p.id, link.role, p.name, p.gender, p.mobile if full else mask_phone(p.mobile),
                        p.id_type, p.id_number if full else mask_id(p.id_number), link.is_primary,
                        link.start_date, link.end_date, link.version)
        (former if link.end_date else current).append(cp)
    current.sort(key=lambda c: (order.get(c.role, 99), not c.is_primary, c.name))
    former.sort(key=lambda c: c.end_date or date.min, reverse=True)
    history = [
        _event(actor, a)
        for a in s.scalars(
            select(AuditLog).where(
                ((AuditLog.entity == "room") & (AuditLog.entity_id == str(room_id)))
                | ((AuditLog.entity == "room_person") & AuditLog.entity_id.in_(link_ids or ["-"])))
            .order_by(AuditLog.id.desc()).limit(history_limit))] if history_limit else []
    from app.services import card_sections
    card = HouseholdCard(room, building, unit, current, former, history, not full)
    card.sections = card_sections.collect(s, actor, room)
    return card


def _event(actor: Actor, a: AuditLog) -> CardEvent:
    from app.services.audit_log import AuditRow
    row = AuditRow(a.id, a.at, a.staff_id, a.username, a.action, a.entity, a.entity_id,
                   privacy.redact_json(actor, a.before), privacy.redact_json(actor, a.after))
    return CardEvent(a.at, a.username, a.action, row.summary(),
                     tuple(key for key, _old, _new in row.changes() if key))
