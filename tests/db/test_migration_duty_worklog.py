"""Migration 0014: every work-log row of an older store gets its result clock (open rows running to the end
of their desk day, answered ones stopped, late or not), and the lists read it."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.services import base, store, worklog
from app.services.base import system_actor
from db import migrate
from db.engine import Database, sqlite_url
from db.models import RecordClock

ROWS = [  # id, number, status, at (the request), logged (its create event), result event or None
    (1, "GZ20250612-0001", "open", "2025-06-12 09:00:00", "2025-06-12 09:05:00", None),
    (2, "GZ20250612-0002", "answered", "2025-06-12 10:00:00", "2025-06-12 10:00:00", "2025-06-12 19:00:00"),
    (3, "GZ20250612-0003", "closed", "2025-06-12 11:00:00", "2025-06-12 11:00:00", "2025-06-12 11:30:00"),
    (4, "GZ20250612-0004", "open", "2025-06-11 20:00:00", "2025-06-12 08:40:00", None),
    (5, "GZ20250612-0005", "open", "2025-06-12 12:00:00", "2025-06-12 12:00:00", None),
]


def test_an_older_store_gets_the_result_clock_of_every_row(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    old = Database(sqlite_url(path))
    migrate.upgrade(old, "0016_notices_patrol_kit")
    with old.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO parameter (key, value) VALUES ('duty.night_shift_start', '18:00')")
        for rid, number, status, at, logged, result in ROWS:
            conn.exec_driver_sql(
                "INSERT INTO work_log (id, number, status, void_reason, version, at, channel, caller, room_code, "
                "phone, category, content, answer, transfer_to, created_at, updated_at) VALUES "
                f"({rid}, '{number}', '{status}', '', 1, '{at}', 'phone', '王建国', '', '13805716688', 'repair', "
                f"'楼道灯不亮', '', '', '{logged}', '{result or logged}')")
            conn.exec_driver_sql(
                "INSERT INTO workflow_event (kind, record_id, at, action, from_state, to_state, note, data) VALUES "
                f"('work_log', {rid}, '{logged}', 'create', '', 'open', '', '')")
            if result:
                conn.exec_driver_sql(
                    "INSERT INTO workflow_event (kind, record_id, at, action, from_state, to_state, note, data) "
                    f"VALUES ('work_log', {rid}, '{result}', 'answer', 'open', 'answered', '', '')")
        conn.exec_driver_sql(   # a clock the kit wrote already: kept as it is
            "INSERT INTO record_clock (kind, record_id, clock, point, unit, started_at, running_since, spent_s, "
            "budget_s, due_at, deadline_at, late) VALUES ('work_log', 5, 'result', 100, 'calendar', "
            "'2025-06-12 12:00:00', '2025-06-12 12:00:00', 0, 3600, '2025-06-12 13:00:00', '2025-06-12 13:00:00', 0)")
    old.dispose()
    db = store.open_store(sqlite_url(path))
    with db.read() as s:
        clocks = {c.record_id: c for c in s.scalars(select(RecordClock).where(RecordClock.kind == "work_log"))}
    assert set(clocks) == {1, 2, 3, 4, 5}
    assert (clocks[1].deadline_at, clocks[1].due_at, clocks[1].running_since) == (
        datetime(2025, 6, 12, 18, 0), datetime(2025, 6, 12, 18, 0), datetime(2025, 6, 12, 9, 5))
    assert (clocks[2].stopped_at, clocks[2].late, clocks[2].due_at) == (datetime(2025, 6, 12, 19, 0), True, None)
    assert (clocks[3].stopped_at, clocks[3].late) == (datetime(2025, 6, 12, 11, 30), False)
    assert clocks[4].deadline_at == datetime(2025, 6, 12, 8, 40)          # from the night before: due at once
    assert clocks[5].deadline_at == datetime(2025, 6, 12, 13, 0)          # left as the kit wrote it
    monkeypatch.setattr(base, "now", lambda: datetime(2025, 6, 12, 13, 30))
    overdue = [r.number for r in worklog.list_entries(db, system_actor(), status="overdue")]
    assert overdue == ["GZ20250612-0005", "GZ20250612-0004"]          # the lists read the clocks
    assert store.check(db).ok
    db.dispose()
