"""Excel roster import (preview → all or nothing, or only the good rows) and Excel export of the registry.

Parsing and per-row checks live in app.excel.roster; this module adds what needs the database (rooms that
already exist, people already registered), writes in batches of short transactions (other desks keep
saving meanwhile), and audits both directions.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import DeliveryState, Gender, IdType, LabelledEnum, OccupancyState, RoomRole, RoomType
from app.domain.errors import UserError, ValidationError
from app.domain.permissions import PEOPLE_SEE_ID, REGISTRY_EXPORT, REGISTRY_IMPORT
from app.domain.validation import mask_id, mask_phone
from app.excel.roster import MSG_UNKNOWN_ID_TYPE, RosterPreview, RosterRow, read_roster
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import audit, search
from app.services.base import Actor, unit_of_work
from db.engine import Database
from db.models import Building, Estate, Person, Room, RoomPerson, Unit

Progress = Callable[[int, int], None]


def preview(db: Database, actor: Actor, path: Path, progress: Progress | None = None) -> RosterPreview:
    """Read the file and list every bad row with its reason, including rooms already registered."""
    actor.require(REGISTRY_IMPORT)
    result = read_roster(path, progress)
    codes = [r.code for r in result.rows]
    with db.read() as s:
        existing: set[str] = set()
        for i in range(0, len(codes), 900):
            existing |= set(s.scalars(select(Room.code).where(Room.code.in_(codes[i:i + 900]))))
    for r in result.rows:
        if r.code in existing:
            result.add_error(r.row, "room_no", T("Roster", "Room {code} is already registered").format(
                code=r.code))
    return result


@dataclass(frozen=True)
class ImportResult:
    rooms: int
    people: int
    linked_existing: int
    skipped_rows: int

    def __str__(self) -> str:
        return str(T("Roster", "Imported {rooms} rooms and {people} new people ({linked} already "
                               "registered people linked); {skipped} rows skipped").format(
            rooms=self.rooms, people=self.people, linked=self.linked_existing, skipped=self.skipped_rows))


#: rows written per transaction: the write lock is held well under a second at a time, so the other desks'
#: saves go through during a large import (a 50,000-row roster held it for 90 s in one transaction)
BATCH = 200


def apply(db: Database, actor: Actor, result: RosterPreview, *, good_rows_only: bool = False,
          progress: Progress | None = None) -> ImportResult:
    """Write the preview (everything, or when asked only the rows without errors) in batches of
    :data:`BATCH` rows, each its own transaction with its audit row.

    A file with errors writes nothing (unless ``good_rows_only``). If a batch is refused or the import is
    interrupted, the earlier batches stay; importing the file again with only the good rows finishes it
    (the rooms already imported are reported as registered).
    """
    actor.require(REGISTRY_IMPORT)
    if result.errors and not good_rows_only:
        raise ValidationError(T(
            "Roster", "{n} rows have errors. Correct them in the file, or import only the good rows.")
            .format(n=len(result.error_rows)))
    rows = result.valid_rows
    if not rows:
        raise ValidationError(T("Roster", "There is no row to import."))
    totals = [0, 0]                     # new people, linked existing people
    buildings: dict[str, int] = {}
    units: dict[tuple[int, str], int] = {}
    for start in range(0, len(rows), BATCH):
        try:
            with unit_of_work(db, actor) as s:
                new_people, linked = _write_batch(s, rows[start:start + BATCH], buildings, units)
                audit.record(s, "import_roster", "room", "", after={
                    "file": result.path, "rows": f"{start + 1}-{start + len(rows[start:start + BATCH])}",
                    "of": len(rows), "people": new_people, "linked": linked})
        except UserError as exc:
            if not start:
                raise
            raise ValidationError(T("Roster", "{done} of {n} rows were imported, then: {err} Import the file "
                                              "again with only the good rows to finish.").format(
                done=start, n=len(rows), err=exc)) from None
        totals[0] += new_people
        totals[1] += linked
        if progress:
            progress(min(start + BATCH, len(rows)), len(rows))
    return ImportResult(len(rows), totals[0], totals[1], len(result.rows) - len(rows))


def _write_batch(s: Session, rows: Sequence[RosterRow], buildings: dict[str, int],
                 units: dict[tuple[int, str], int]) -> tuple[int, int]:
    new_people = linked = 0
    today = date.today()
    estate_id = s.scalar(select(Estate.id).order_by(Estate.id).limit(1))
    if not buildings:
        buildings.update({b.building_no: b.id for b in s.scalars(select(Building))})
        units.update({(u.building_id, u.unit_no): u.id for u in s.scalars(select(Unit))})
    for r in rows:
        b = buildings.get(r.building_no)
        if b is None:
            building = Building(estate_id=estate_id, building_no=r.building_no, name=f"{r.building_no}栋",
                                seq=len(buildings) + 1)
            s.add(building)
            s.flush()
            b = buildings[r.building_no] = building.id
        u = units.get((b, r.unit_no))
        if u is None:
            unit = Unit(building_id=b, unit_no=r.unit_no, seq=len(units) + 1)
            s.add(unit)
            s.flush()
            u = units[(b, r.unit_no)] = unit.id
        room = Room(estate_id=estate_id, unit_id=u, room_no=r.room_no, floor=r.floor, code=r.code,
                    area=r.area, layout=r.layout, room_type=(r.room_type or RoomType.RESIDENTIAL).value,
                    delivery_state=(DeliveryState.DELIVERED if r.has_owner else DeliveryState.UNSOLD).value,
                    occupancy_state=OccupancyState.VACANT.value)
        s.add(room)
        s.flush()
        search.index_room(s, room)
        if r.has_owner:
            id_type, person_type = r.id_type, r.person_type
            if id_type is None or person_type is None:  # (the preview refuses an owner without an ID type)
                raise ValidationError(MSG_UNKNOWN_ID_TYPE.format(value=""), "id_type")
            person = s.scalar(select(Person).where(Person.id_type == id_type.value,
                                                   Person.id_number == r.id_number))
            if person is None:
                gender = ""
                if id_type is IdType.RESIDENT:
                    gender = (Gender.MALE if int(r.id_number[16]) % 2 else Gender.FEMALE).value
                person = Person(name=r.owner_name, id_type=id_type.value, id_number=r.id_number,
                                mobile=r.mobile, gender=gender, person_type=person_type.value)
                s.add(person)
                s.flush()
                search.index_person(s, person)
                new_people += 1
            else:
                linked += 1
            s.add(RoomPerson(room_id=room.id, person_id=person.id, role=RoomRole.OWNER.value,
                             is_primary=True, start_date=today, source="roster"))
    return new_people, linked


ROOM_HEADERS = [T("Export", "Room"), T("Export", "Building"), T("Export", "Unit"), T("Export", "Room no."),
                T("Export", "Floor"), T("Export", "Built-up area"), T("Export", "Layout"),
                T("Export", "Room type"), T("Export", "Delivery"), T("Export", "Occupancy"),
                T("Export", "Owners")]
PEOPLE_HEADERS = [T("Export", "Name"), T("Export", "Gender"), T("Export", "Room"), T("Export", "Role"),
                  T("Export", "Mobile"), T("Export", "Document type"), T("Export", "Document no."),
                  T("Export", "Since"), T("Export", "Until")]


def _label(enum_cls: type[LabelledEnum], code: str) -> str:
    try:
        return str(enum_cls(code).label)
    except ValueError:
        return code or ""


def export(db: Database, actor: Actor, what: str, path: Path, *, masked: bool = True,
           progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> int:
    """Export rooms or people. IDs and phones are masked unless the role may see them (people.see_id) and
    ``masked`` is False (the desk's export menu); the command line always masks."""
    actor.require(REGISTRY_EXPORT)
    from app.excel.export import write_xlsx
    masked = masked or not actor.can(PEOPLE_SEE_ID)
    rows: Iterator[list[object]]
    with db.read() as s:
        if what == "rooms":
            owners: dict[int, list[str]] = {}
            for room_id, name in s.execute(
                    select(RoomPerson.room_id, Person.name).join(Person, Person.id == RoomPerson.person_id)
                    .where(RoomPerson.role.in_([RoomRole.OWNER.value, RoomRole.CO_OWNER.value]),
                           RoomPerson.end_date.is_(None)).order_by(RoomPerson.is_primary.desc())):
                owners.setdefault(room_id, []).append(name)
            rooms_q = (select(Room, Building.building_no, Unit.unit_no).join(Unit, Unit.id == Room.unit_id)
                       .join(Building, Building.id == Unit.building_id)
                       .order_by(Building.seq, Unit.seq, Room.floor, Room.room_no))
            rows = ([r.code, b, u, r.room_no, r.floor, r.area, r.layout, _label(RoomType, r.room_type),
                     _label(DeliveryState, r.delivery_state), _label(OccupancyState, r.occupancy_state),
                     "、".join(owners.get(r.id, []))] for r, b, u in s.execute(rooms_q))
            headers, title = ROOM_HEADERS, T("Export", "Rooms")
        elif what == "people":
            people_q = (select(Person, Room.code, RoomPerson.role, RoomPerson.start_date, RoomPerson.end_date)
                        .join(RoomPerson, RoomPerson.person_id == Person.id)
                        .join(Room, Room.id == RoomPerson.room_id).order_by(Room.code, RoomPerson.role, Person.id))
            rows = ([p.name, _label(Gender, p.gender), code, _label(RoomRole, role),
                     mask_phone(p.mobile) if masked else p.mobile, _label(IdType, p.id_type),
                     mask_id(p.id_number) if masked else p.id_number, start, end or ""]
                    for p, code, role, start, end in s.execute(people_q))
            headers, title = PEOPLE_HEADERS, T("Export", "People")
        else:
            raise ValidationError(T("Export", "Choose rooms or people"))
        count = write_xlsx(path, str(title), [str(h) for h in headers], rows, progress, cancel)
    with unit_of_work(db, actor) as s:
        audit.record(s, "export", what, "", after={"file": str(path), "rows": count, "masked": masked})
    return count
