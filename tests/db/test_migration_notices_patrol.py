"""Migration 0016 on a store of the previous version: photo paths become attachments (read once per content;
a file that is gone is kept as a missing attachment), a finding's due columns become its fix clock (rows the
kit wrote are kept), and the records read and list as before."""
from __future__ import annotations

from datetime import datetime, timedelta

from alembic import command
from sqlalchemy import func, select

from app.services import notices, patrol, records, registry, store
from app.services.registry import BuildingInput, RoomInput
from db import migrate
from db.engine import Database, sqlite_url
from db.models import Attachment, AttachmentBlob, RecordClock


def _downgrade(db: Database, target: str) -> None:
    cfg = migrate._config(db)
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)
        conn.commit()


def _old_rows(conn, photos, now: datetime) -> None:
    """What the previous version wrote: photo paths, a finding's due dates in its own columns."""
    day = now.replace(microsecond=0)
    conn.exec_driver_sql(
        "INSERT INTO notice (id, title, kind, issuing_dept, issuer, contact_phone, body, effective_from, valid_until,"
        " needs_preparation, individual, channels, approval_note, number, status, void_reason, version,"
        " approved_at, published_at) VALUES (1, '停水通知', 'outage', '客服部', '', '', '停水一天', ?, ?, 0, 0, 'post',"
        " '', 'TZ2026-00001', 'published', '', 1, ?, ?), (2, '整改通知', 'rectification', '客服部', '', '', '请整改',"
        " ?, ?, 0, 1, '', '', 'TZ2026-00002', 'published', '', 1, ?, ?)",
        (day + timedelta(days=2), day + timedelta(days=3), day, day) * 2)
    conn.exec_driver_sql(
        "INSERT INTO notice_posting (notice_id, location, posted_at, photo_path, note) VALUES"
        " (1, '大堂', ?, ?, ''), (1, '正门', ?, ?, ''), (1, '车库', ?, ?, ''), (1, '电梯', ?, '', '')",
        (day, photos["board"], day, photos["copy"], day, photos["gone"], day))
    conn.exec_driver_sql(
        "INSERT INTO notice_recipient (notice_id, room_id, name, status, method, signed_by, witness, photo_path,"
        " note, version, delivered_at) VALUES (2, 1, '王建国', 'refused', 'left', '', '刘洋', ?, '', 2, ?)",
        (photos["door"], day))
    conn.exec_driver_sql("INSERT INTO patrol_route (id, name, area, sort_order, active, version)"
                         " VALUES (1, '日常巡视', '', 0, 1, 1)")
    conn.exec_driver_sql("INSERT INTO patrol_checkpoint (id, route_id, seq, name, location, items, active, version)"
                         " VALUES (1, 1, 10, '消防通道', '1号楼', '', 1, 1)")
    conn.exec_driver_sql(
        "INSERT INTO patrol (id, status, patrol_date, shift, route_id, route_name, inspector_name, points_total,"
        " points_checked, points_abnormal, summary, number, void_reason, version, started_at, ended_at)"
        " VALUES (1, 'completed', ?, 'morning', 1, '日常巡视', '管理员', 1, 1, 1, '', 'XJ20260608-0001', '', 3, ?, ?)",
        (day.date(), day, day))
    conn.exec_driver_sql(
        "INSERT INTO patrol_check (patrol_id, checkpoint_id, seq, point_name, result, note, photo, checked_at,"
        " version) VALUES (1, 1, 10, '消防通道', 'abnormal', '堆放纸箱', ?, ?, 1)", (photos["board"], day))
    issue = ("INSERT INTO patrol_issue (id, status, found_at, location, category, severity, description, photo,"
             " handled_on_site, dept, relay_slip_no, due_at, original_due_at, requested_due_at, extension_reason,"
             " fix_note, fix_photo, number, void_reason, version, fixed_at) VALUES (?, ?, ?, ?, 'fire', 'minor',"
             " '堆放纸箱', ?, 0, 'security', '', ?, ?, ?, '', '', ?, ?, '', 1, ?)")
    found = day - timedelta(days=10)
    for values in (
            (1, "assigned", found, "已写过时钟", "", day + timedelta(days=5), day + timedelta(days=5), None, "",
             "ZG1", None),
            (2, "assigned", found, "逾期", photos["board"], day - timedelta(days=3), day - timedelta(days=3), None,
             "", "ZG2", None),
            (3, "fixed", found, "已修复", "", day - timedelta(days=3), day - timedelta(days=3), None,
             photos["gone"], "ZG3", found + timedelta(days=2)),
            (4, "extension", found, "延期中", "", day + timedelta(days=1), day - timedelta(days=3),
             day + timedelta(days=20), "", "ZG4", None)):
        conn.exec_driver_sql(issue, values)
    conn.exec_driver_sql(   # the kit already kept the clock of finding 1 (a deadline the columns lost)
        "INSERT INTO record_clock (kind, record_id, clock, point, unit, started_at, running_since, spent_s,"
        " budget_s, due_at, deadline_at, late) VALUES ('patrol_issue', 1, 'fix', 100, 'calendar', ?, ?, 0, 0, ?, ?, 0)",
        (found, found, day + timedelta(days=6), day + timedelta(days=6)))


def test_a_store_of_the_previous_version_keeps_its_photos_and_deadlines(db, admin, tmp_path):
    b = registry.save_building(db, admin, BuildingInput("3"))
    registry.save_room(db, admin, RoomInput(registry.save_unit(db, admin, b, "2"), "1502", "15", "98"))
    path = db.url.removeprefix("sqlite:///")
    db.dispose()
    old = Database(sqlite_url(path))
    _downgrade(old, "0015_keys_kit")
    photos = {name: tmp_path / f"{name}.jpg" for name in ("board", "copy", "door", "gone")}
    photos["board"].write_bytes(b"\xff\xd8\xff board")
    photos["copy"].write_bytes(b"\xff\xd8\xff board")              # the same picture under another name
    photos["door"].write_bytes(b"\xff\xd8\xff door")        # and "gone" was deleted since
    now = datetime.now()
    with old.engine.begin() as conn:
        _old_rows(conn, {k: str(v) for k, v in photos.items()}, now)
    old.dispose()
    db = store.open_store(sqlite_url(path))                          # upgrades to this version
    try:
        with db.read() as s:
            assert s.scalar(select(func.count()).select_from(AttachmentBlob)) == 2      # board (twice) and door
            missing = s.scalars(select(Attachment.missing_path).where(Attachment.missing_path != "")).all()
            assert missing == [str(photos["gone"])] * 2                                # reported, not dropped
            kept = s.scalar(select(RecordClock.deadline_at).where(RecordClock.kind == "patrol_issue",
                                                                  RecordClock.record_id == 1))
        assert kept.date() == (now + timedelta(days=6)).date()                          # the kit's row stands
        notice = records.get(db, admin, notices.KIND, 1)
        assert [p.photo for p in notice.postings] == ["board.jpg", "copy.jpg", "gone.jpg", ""]
        assert [a.missing_path != "" for a in notice.attachments] == [False, False, True]
        assert [a.name for a in records.get(db, admin, notices.DELIVERY_KIND, 1).attachments] == ["door.jpg"]
        round_view = records.get(db, admin, "patrol", 1)
        assert round_view.checks[0].photo == "board.jpg"
        overdue = records.get(db, admin, "patrol_issue", 2)
        assert overdue.overdue and overdue.clocks[0].state == "running" and overdue.clocks[0].late
        assert [a.name for a in overdue.attachments] == ["board.jpg"]
        fixed = records.get(db, admin, "patrol_issue", 3)
        assert fixed.clocks[0].state == "stopped" and not fixed.clocks[0].late
        assert [(a.role, a.missing_path != "") for a in fixed.attachments] == [("fix_photo", True)]
        waiting = records.get(db, admin, "patrol_issue", 4)
        assert waiting.requested_due_at is None                    # the request's date was a column, not an event
        assert waiting.due_at.date() == (now + timedelta(days=1)).date()
        assert {r.id for r in patrol.list_issues(db, admin, status="overdue")} == {2}
        assert store.check(db).ok
    finally:
        db.dispose()
