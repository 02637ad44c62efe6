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
