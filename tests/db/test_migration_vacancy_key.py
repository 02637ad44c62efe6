"""Migration 0026 on a store of the previous version: a vacant unit whose free-text key names a cabinet slot
is linked to that key (the room's own first), any other text is kept as typed and still shown."""
from __future__ import annotations

from sqlalchemy import text

from app.services import records, store
from app.services import vacancy as svc
from app.services.base import system_actor
from db import migrate
from db.engine import Database, sqlite_url
from db.models.vacancy import VacantUnit
from tests.db.test_migration_visits_vacancy import BUILDING, ESTATE, UNIT

ROOM = ("INSERT INTO room (id, estate_id, unit_id, room_no, floor, code, area, layout, room_type, fee_coefficient, "
        "delivery_state, occupancy_state, vacancy_flag, notes, version) VALUES (:id, 1, 1, :no, '15', :code, "
        "98.5, '', 'residential', 1, 'unsold', 'vacant', 1, '', 1)")
KEY = ("INSERT INTO key_item (id, key_no, status, category, room_id, room_code, location, description, count, "
       "missing_count, source, entrust_no, entrusted_by, entrust_reason, pickup_rule, label_printed, void_reason, "
       "remarks, version) VALUES (:id, :slot, :status, 'developer', :room, :code, '', '', 1, 0, 'developer', '', "
       "'', '', '', 0, '', '', 1)")
VACANT = ("INSERT INTO vacant_unit (id, number, status, void_reason, room_id, room_code, vacancy_type, since, holder, "
          "key_ref, meter_water, meter_power, meter_gas, fee_arrangement, removal_reason, remarks, version) VALUES "
          "(:id, :number, 'active', '', :room, :code, '1', '2026-06-01', 'developer', :ref, '', '', '', '', '', '', 1)")


def test_free_text_keys_are_linked_where_they_name_a_cabinet_slot(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(sqlite_url(path))
    migrate.upgrade(old, "0025_room_code_index")
    with old.engine.begin() as conn:
        for statement in (ESTATE, BUILDING, UNIT):
            conn.exec_driver_sql(statement)
        for rid, no in ((1, "1501"), (2, "1502"), (3, "1503")):
            conn.execute(text(ROOM), {"id": rid, "no": no, "code": f"3-2-{no}"})
        for kid, slot, status, room in ((1, "D-015", "void", 1), (2, "D-015", "in_cabinet", 1),
                                        (3, "D-016", "on_loan", 2), (4, "D-016", "void", 1)):
            conn.execute(text(KEY), {"id": kid, "slot": slot, "status": status, "room": room,
                                     "code": f"3-2-150{room}"})
        for uid, rid, ref in ((1, 1, " d-015"), (2, 2, "D-016"), (3, 3, "钥匙在开发商处")):
            conn.execute(text(VACANT), {"id": uid, "number": f"KD20260601-000{uid}", "room": rid,
                                        "code": f"3-2-150{rid}", "ref": ref})
    old.dispose()

    db = store.open_store(sqlite_url(path))
    assert store.check(db).ok
    with db.read() as s:
        units = {u.id: (u.key_id, u.key_ref) for u in s.query(VacantUnit)}
    assert units == {1: (2, " d-015"), 2: (3, "D-016"), 3: (None, "钥匙在开发商处")}   # the void keys never
    actor = system_actor()
    rows = {uid: dict(records.get(db, actor, svc.UNIT_KIND, uid).rows)["Key"] for uid in units}
    assert rows[1] == "D-015 · In the cabinet" and rows[2].startswith("D-016 · On loan")
    assert rows[3] == "钥匙在开发商处 (as typed: no key of the cabinet register)"
    db.dispose()
