"""Migration 0014: a key loan's due time moves from ``key_loan.due_at`` into its ``due`` clock."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import inspect

from app.services import keys, store
from app.services.base import system_actor
from db import migrate
from db.engine import Database, sqlite_url
from db.models import RecordClock

LOAN = ("INSERT INTO key_loan (id, number, status, void_reason, key_id, key_no, room_code, borrower_name, "
        "borrower_type, id_type, id_number, phone, purpose, purpose_text, authorisation, authoriser, emergency, "
        "owner_notified, lent_at, due_at, count_out, count_in, returned_at, returned_by, extensions, "
        "extension_reason, remarks, version) VALUES (?, ?, ?, '', 1, 'P-001', '水泵房', ?, 'staff', '', '', '', "
        "'work', '', '', '', 0, '', ?, ?, 1, ?, ?, '', 0, '', '', 1)")


def test_an_older_store_gets_its_loans_clocks(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    old = Database(sqlite_url(path))
    migrate.upgrade(old, "0014_complaints")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO key_item (id, key_no, status, category, room_code, location, description, count, "
            "missing_count, source, entrust_no, entrusted_by, entrust_reason, pickup_rule, label_printed, "
            "void_reason, remarks, version) VALUES (1, 'P-001', 'on_loan', 'public', '', '水泵房', '', 1, 0, "
            "'company', '', '', '', '', 0, '', '', 1)")
        for row in ((1, "YS20261201-0001", "returned", "李师傅", "2026-12-01 09:00:00", "2026-12-01 17:30:00", 1,
                     "2026-12-01 18:10:00", ),
                    (2, "YS20261202-0001", "out", "王师傅", "2026-12-02 09:00:00", "2026-12-02 17:30:00", None, None),
                    (3, "YS20261203-0001", "out", "张师傅", "2026-12-03 09:00:00", "2026-12-03 17:30:00", None, None)):
            conn.exec_driver_sql(LOAN, row)
        conn.exec_driver_sql(   # the return of the first loan, as the event log has it
            "INSERT INTO workflow_event (kind, record_id, at, staff_id, action, from_state, to_state, note, data) "
            "VALUES ('key_loan', 1, '2026-12-01 18:10:00', NULL, 'return', 'out', 'returned', '', '')")
        conn.exec_driver_sql(   # a clock the record kit already wrote is kept as it is
            "INSERT INTO record_clock (kind, record_id, clock, point, unit, started_at, running_since, spent_s, "
            "budget_s, due_at, deadline_at, late) VALUES ('key_loan', 3, 'due', 100, 'calendar', "
            "'2026-12-03 09:00:00', '2026-12-03 09:00:00', 0, 3600, '2026-12-03 10:00:00', "
            "'2026-12-03 10:00:00', 0)")
    old.dispose()
    db = store.open_store(sqlite_url(path))
    assert "due_at" not in {c["name"] for c in inspect(db.engine).get_columns("key_loan")}
    with db.read() as s:
        clocks = {c.record_id: c for c in s.query(RecordClock).filter(RecordClock.kind == "key_loan")}
    returned, out, kept = clocks[1], clocks[2], clocks[3]
    assert returned.stopped_at == datetime(2026, 12, 1, 18, 10) and returned.late and returned.due_at is None
    assert returned.deadline_at == datetime(2026, 12, 1, 17, 30)
    assert out.stopped_at is None and out.due_at == datetime(2026, 12, 2, 17, 30) and not out.late
    assert kept.deadline_at == datetime(2026, 12, 3, 10, 0)
    monkeypatch.setattr("app.services.base.now", lambda: datetime(2026, 12, 3, 12, 0))
    actor = system_actor()
    assert [r.number for r in keys.overdue_loans(db, actor)] == ["YS20261202-0001", "YS20261203-0001"]
    assert keys.list_loans(db, actor, status="out")[0].due_at == datetime(2026, 12, 3, 10, 0)
    assert store.check(db).ok
    db.dispose()
