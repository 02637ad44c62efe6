"""The demo estate: generated once (app.demo.generate) and bulk-loaded into an empty store.

Also used by bench/ to build large estates. Rows are inserted with Core bulk inserts (thousands per
statement); the audit trail gets one summary row instead of one per generated record.
"""
from __future__ import annotations

from sqlalchemy import func, insert, select

from app.demo.generate import DEMO_PASSWORD, DemoEstate, generate_estate, generate_staff
from app.services import audit, auth, search
from app.services.base import system_actor, unit_of_work
from db.engine import Database
from db.models import Building, Estate, Person, Room, RoomPerson, Staff, Unit


def demo_accounts() -> list[tuple[str, str, str, str]]:
    """(username, name, role label, password) of the demo staff, for the sign-in dialog."""
    return [(s.username, s.name, str(s.role.label), s.password) for s in generate_staff()]


def ensure_demo(db: Database, *, seed: int = 1, buildings: int = 6, target_rooms: int = 1000) -> str:
    """Fill an empty store with the demo estate and staff; a store that has an estate is left alone."""
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(Estate)):
            rooms = s.scalar(select(func.count()).select_from(Room))
            return f"demo estate ready ({rooms} rooms)"
    estate = generate_estate(seed, buildings, target_rooms)
    load_estate(db, estate, with_staff=True)
    return (f"demo estate {estate.name}: {len(estate.rooms)} rooms, {len(estate.people)} people; "
            f"accounts {', '.join(s.username for s in generate_staff())} (password {DEMO_PASSWORD})")


def load_estate(db: Database, estate: DemoEstate, *, with_staff: bool = False,
                index: bool = True) -> None:
    actor = system_actor()
    with unit_of_work(db, actor) as s:
        est = Estate(code=estate.code, name=estate.name, company=estate.company, address=estate.address,
                     developer=estate.developer, hotline=estate.hotline)
        s.add(est)
        s.flush()
        room_ids: dict[str, int] = {}
        for b in estate.buildings:
            building = Building(estate_id=est.id, building_no=b.building_no, name=b.name, floors=b.floors,
                                has_lift=b.has_lift, seq=b.seq)
            s.add(building)
            s.flush()
            for u in b.units:
                unit = Unit(building_id=building.id, unit_no=u.unit_no, floors=u.floors,
                            has_lift=u.has_lift, seq=u.seq)
                s.add(unit)
                s.flush()
                rows = [dict(estate_id=est.id, unit_id=unit.id, room_no=r.room_no, floor=r.floor,
                             code=r.code, area=r.area, inner_area=r.inner_area, layout=r.layout,
                             room_type=r.room_type.value, fee_coefficient=r.fee_coefficient,
                             handover_date=r.handover_date, fee_start_date=r.fee_start_date,
                             delivery_state=r.delivery_state.value,
                             occupancy_state=r.occupancy_state.value, vacancy_flag=r.vacancy_flag,
                             notes=r.notes, version=1) for r in u.rooms]
                if rows:
                    s.execute(insert(Room), rows)
        room_ids = dict(s.execute(select(Room.code, Room.id)).all())
        people = [dict(name=p.name, gender=p.gender.value if p.gender else "",
                       person_type=p.person_type.value, id_type=p.id_type.value, id_number=p.id_number,
                       mobile=p.mobile, other_phone=p.other_phone, work_unit=p.work_unit,
                       address=p.address, notes=p.notes, version=1) for p in estate.people]
        for chunk in range(0, len(people), 5000):
            s.execute(insert(Person), people[chunk:chunk + 5000])
        person_ids = [pid for (pid,) in s.execute(select(Person.id).order_by(Person.id))]
        by_key = {p.key: pid for p, pid in zip(estate.people, person_ids[-len(estate.people):])}
        links = [dict(room_id=room_ids[rp.room_code], person_id=by_key[rp.person_key], role=rp.role.value,
                      is_primary=rp.is_primary, start_date=rp.start_date, end_date=rp.end_date,
                      relation=rp.relation, source=rp.source, version=1) for rp in estate.room_people]
        for chunk in range(0, len(links), 5000):
            s.execute(insert(RoomPerson), links[chunk:chunk + 5000])
        if index:
            search.rebuild(s)
        if with_staff:
            for st in generate_staff():
                if not s.scalar(select(Staff.id).where(Staff.username == st.username)):
                    auth.create_staff(s, st.username, st.name, st.role.value, st.password, phone=st.phone)
        audit.record(s, "demo_load", "estate", est.id,
                     after={"rooms": len(room_ids), "people": len(people), "links": len(links)})


__all__ = ["demo_accounts", "ensure_demo", "load_estate"]
