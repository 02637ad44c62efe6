"""Lists and lookups by room code use an index, never a scan of the room table (EXPLAIN QUERY PLAN)."""
from sqlalchemy import select, text

from app.services import registry
from db.models import Room


def _plan(db, stmt) -> str:
    with db.engine.connect() as conn:
        compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
        return " | ".join(row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))


def test_a_room_by_its_code_and_a_code_prefix_are_index_searches(db):
    by_code = _plan(db, select(Room.id).where(Room.code == "3-2-1502"))
    prefix = _plan(db, select(Room.id).where(Room.code >= "3-2", Room.code < "3-2\U0010ffff").order_by(Room.code))
    for plan in (by_code, prefix):
        assert "SEARCH room USING" in plan and "ix_room_code" in plan, plan
        assert "SCAN room" not in plan, plan


def test_the_registry_finds_a_room_by_code_through_the_index(db, admin):
    b = registry.save_building(db, admin, registry.BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    room = registry.save_room(db, admin, registry.RoomInput(u, "1502", "15", "89.55"))
    with db.read() as s:
        assert s.scalar(select(Room.id).where(Room.code == "3-2-1502")) == room


def test_the_registers_name_and_phone_search_runs_on_indexes(db):
    """Few names: each name's visits through ix_visit_name; a part as common as a surname: the arrival
    index walked newest first, the names from the key table's primary key; never a scan of the keys."""
    from sqlalchemy import insert

    from app.services import visit_search
    from db.models.visit import Visit, VisitSearchKey
    many = [f"张{chr(0x4E00 + i)}" for i in range(visit_search.VALUE_CAP + 1)]
    with db.write() as s:
        s.execute(insert(VisitSearchKey), [{"field": "name", "key": k, "value": n}
                                           for n in [*many, "曾梓涵"] for k in visit_search.name_keys(n)])
        s.execute(insert(VisitSearchKey), [{"field": "phone", "key": "28881234", "value": "075528881234"}])
        few = visit_search.condition(s, "name", "梓涵")
        common = visit_search.condition(s, "name", "张")
        phone = visit_search.condition(s, "phone", "2888")

    def page(cond):
        return select(Visit.id).where(cond).order_by(Visit.arrival_at.desc(), Visit.id.desc()).limit(200)
    assert "ix_visit_name" in _plan(db, page(few)) and "SCAN visit " not in _plan(db, page(few)) + " "
    walk = _plan(db, page(common))
    assert "ix_visit_arrival" in walk and "visit_search_key USING" in walk and "SCAN visit_search_key" not in walk, walk
    assert "ix_visit_phone" in _plan(db, page(phone))
