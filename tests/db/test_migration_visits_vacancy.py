"""Migration 0014 on a store of the previous version: the host's and the rectification deadlines become clock
rows (those the kit wrote kept), the checklist photos attachments (one blob per content, a missing file kept
as its path), and the columns that held them go."""
from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import inspect, select

from app.services import (
    base,
    records,
    store,
    vacancy,  # noqa: F401 - registers the record kinds
    visits,  # noqa: F401
)
from app.services.base import system_actor
from db import migrate
from db.engine import Database, sqlite_url
from db.models import Attachment, AttachmentBlob, RecordClock

ARRIVAL = datetime(2026, 6, 10, 9, 0)
ESTATE = ("INSERT INTO estate (id, code, name, company, address, developer, hotline, logo_path, version) "
          "VALUES (1, 'T', '测试小区', '', '', '', '', '', 1)")
BUILDING = ("INSERT INTO building (id, estate_id, building_no, name, floors, has_lift, seq, version) "
            "VALUES (1, 1, '3', '3号楼', 18, 1, 1, 1)")
UNIT = "INSERT INTO unit (id, building_id, unit_no, floors, has_lift, seq, version) VALUES (1, 1, '2', 18, 1, 1, 1)"
ROOM = ("INSERT INTO room (id, estate_id, unit_id, room_no, floor, code, area, layout, room_type, fee_coefficient, "
        "delivery_state, occupancy_state, vacancy_flag, notes, version) VALUES (1, 1, 1, '1501', '15', '3-2-1501', "
        "98.5, '', 'residential', 1, 'unsold', 'vacant', 1, '', 1)")
VISIT = ("INSERT INTO visit (id, number, status, void_reason, category, arrival_at, visitor_name, id_type, id_number, "
         "phone, phone_tail, unit_or_address, companions, plate, purpose, room_code, host_name, items_carried, "
         "host_contact_method, host_result, pass_no, pass_returned, linked_record, outcome, watch_note, remarks, "
         "version, contact_started_at, host_contact_at, updated_at) VALUES (:id, :number, :status, '', :category, "
         ":arrival, '访客', '', '', '13957112345', '2345', '', 0, '', 'family', '3-2-1501', '王建国', '', '', '', '', "
         "0, '', '', '', '', 1, :started, :answered, :arrival)")
VACANT = ("INSERT INTO vacant_unit (id, number, status, void_reason, room_id, room_code, vacancy_type, since, holder, "
          "key_ref, meter_water, meter_power, meter_gas, fee_arrangement, removal_reason, remarks, version) VALUES "
          "(1, 'KD20260601-0001', 'active', '', 1, '3-2-1501', '1', '2026-06-01', 'developer', '', '', '', '', '', "
          "'', '', 1)")
INSPECTION = ("INSERT INTO vacant_inspection (id, number, status, void_reason, unit_id, room_id, room_code, "
              "inspected_on, aired, cleaned, locked_up, anomalies, action_taken, opinion, rectify_requirement, "
              "slip_numbers, remarks, version, rectify_deadline, reviewed_at, rectified_at) VALUES (:id, :number, "
              ":status, '', 1, 1, '3-2-1501', '2026-06-10', 1, 0, 1, 1, '', '', '', '', '', 1, :deadline, :reviewed, "
              ":rectified)")
CHECK = ("INSERT INTO vacant_check (inspection_id, seq, item, ok, note, route, photo) VALUES "
         "(:inspection, :seq, :item, :ok, :note, :route, :photo)")


def test_a_store_of_the_previous_version_keeps_its_deadlines_and_photos(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    photo = tmp_path / "leak.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo of the leak")
    (tmp_path / "copy.jpg").write_bytes(photo.read_bytes())
    gone = str(tmp_path / "moved away.jpg")
    old = Database(sqlite_url(path))
    migrate.upgrade(old, "0017_duty_worklog_kit")
    with old.engine.begin() as conn:
        for statement in (ESTATE, BUILDING, UNIT, ROOM, VACANT):
            conn.exec_driver_sql(statement)
        conn.execute(*_sql(VISIT, id=1, number="FK20260610-0001", status="contacting", category="visitor",
                           arrival=ARRIVAL, started=ARRIVAL + timedelta(minutes=5), answered=None))
        conn.execute(*_sql(VISIT, id=2, number="FK20260610-0002", status="left", category="visitor", arrival=ARRIVAL,
                           started=ARRIVAL, answered=ARRIVAL + timedelta(minutes=15)))
        conn.execute(*_sql(VISIT, id=3, number="FK20260610-0003", status="done", category="service", arrival=ARRIVAL,
                           started=None, answered=None))
        conn.execute(*_sql(INSPECTION, id=1, number="KZ20260610-0001", status="issues", deadline="2026-06-17",
                           reviewed=ARRIVAL + timedelta(hours=2), rectified=None))
        conn.execute(*_sql(INSPECTION, id=2, number="KZ20260610-0002", status="rectified", deadline="2026-06-12",
                           reviewed=ARRIVAL, rectified=datetime(2026, 6, 13, 10, 0)))
        for inspection, seq, item, path_ in ((1, 4, "water", str(photo)), (1, 5, "ceilings", gone),
                                             (2, 4, "water", str(tmp_path / "copy.jpg")), (2, 1, "doors_windows", "")):
            conn.execute(*_sql(CHECK, inspection=inspection, seq=seq, item=item, ok=not path_,
                               note="渗水" if path_ else "", route="engineering" if path_ else "", photo=path_))
        conn.exec_driver_sql("INSERT INTO record_clock (kind, record_id, clock, point, unit, started_at, spent_s, "
                             "budget_s, due_at, deadline_at, late) VALUES ('visit', 2, 'host_reply', 100, 'calendar', "
                             "'2026-06-10 09:00:00', 120, 600, NULL, '2026-06-10 09:10:00', 0), ('visit', 3, "
                             "'host_reply', 100, 'calendar', '2026-06-10 09:00:00', 0, 600, NULL, "
                             "'2026-06-10 09:10:00', 0)")
    old.dispose()

    db = store.open_store(sqlite_url(path))
    assert store.check(db).ok
    columns = {t: {c["name"] for c in inspect(db.engine).get_columns(t)} for t in ("visit", "vacant_inspection",
                                                                                   "vacant_check")}
    assert "contact_started_at" not in columns["visit"] and "rectify_deadline" not in columns["vacant_inspection"]
    assert "photo" not in columns["vacant_check"]
    with db.read() as s:
        clocks = {(c.kind, c.record_id): c for c in s.scalars(select(RecordClock))}
        blobs = s.scalars(select(AttachmentBlob)).all()
        files = s.scalars(select(Attachment).order_by(Attachment.id)).all()
    waiting, left = clocks[("visit", 1)], clocks[("visit", 2)]
    assert waiting.due_at == ARRIVAL + timedelta(minutes=15) and waiting.stopped_at is None   # 10 minutes from contact
    assert left.spent_s == 120 and left.deadline_at == ARRIVAL + timedelta(minutes=10)           # the kit's row kept
    assert ("visit", 3) not in clocks                                      # no host to answer: the kit's row goes
    open_fix, fixed = clocks[("vacant_inspection", 1)], clocks[("vacant_inspection", 2)]
    assert open_fix.due_at == datetime(2026, 6, 17, 23, 59, 59) and not open_fix.late
    assert fixed.due_at is None and fixed.stopped_at == datetime(2026, 6, 13, 10, 0) and fixed.late
    assert len(blobs) == 1 and blobs[0].data == photo.read_bytes() and blobs[0].mime == "image/jpeg"
    assert [(f.record_id, f.role, f.name, f.blob_id is None, f.missing_path) for f in files] == [
        (1, "photo_water", "leak.jpg", False, ""), (1, "photo_ceilings", "moved away.jpg", True, gone),
        (2, "photo_water", "copy.jpg", False, "")]
    monkeypatch.setattr(base, "now", lambda: datetime(2026, 6, 18, 9, 0))
    view = records.get(db, system_actor(), "vacant_inspection", 1)
    assert [(a.name, bool(a.missing_path)) for a in view.attachments] == [("leak.jpg", False), ("moved away.jpg", True)]
    assert view.rectify_deadline == date(2026, 6, 17) and view.clocks[0].late      # overdue since the 17th
    assert [c.photo for c in view.checks] == ["leak.jpg", "moved away.jpg"]
    db.dispose()


def _sql(statement: str, **values):
    from sqlalchemy import text
    return text(statement), values
