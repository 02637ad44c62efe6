"""app.services.audit_log: filtered, keyset-paged reading of the audit trail and the chain check."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from app.domain.errors import PermissionDenied
from app.services import audit, audit_log, auth
from app.services.base import unit_of_work


@pytest.fixture
def clerk(db, admin):
    """A receptionist of our own (the shared ``db`` has one, but its sign-in time is not on our clock)."""
    auth.add_user(db, admin, "lihua", "李华", "receptionist", "pass1234")
    return auth.sign_in(db, "lihua", "pass1234")


class Clock:
    def __init__(self, start: datetime) -> None:
        self.t = start

    def __call__(self) -> datetime:
        return self.t


@pytest.fixture
def clock(monkeypatch):
    c = Clock(datetime(2026, 2, 1, 9, 0))
    monkeypatch.setattr(audit, "now", c)
    return c


def write(db, actor, action, entity="room", entity_id="", after=None, before=None):
    with unit_of_work(db, actor) as s:
        audit.record(s, action, entity, entity_id, before=before, after=after)


def test_pages_by_key_newest_first_without_gaps_or_repeats(db, admin):
    for i in range(25):
        write(db, admin, "print", "room", i, after={"n": i})
    seen, before = [], None
    while True:
        page = audit_log.query(db, admin, action="print", before_id=before, limit=10)
        seen += page
        if len(page) < 10:
            break
        before = page[-1].sort_key
    assert [r.after["n"] for r in seen] == list(range(24, -1, -1))
    ids = [r.id for r in seen]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 25
    everything = audit_log.query(db, admin, limit=1000)
    assert everything[0].id > everything[-1].id and len(everything) > 25


def test_filters_by_user_dates_record_and_text(clock, db, admin, clerk):
    clock.t = datetime(2026, 3, 1, 9, 0)
    write(db, admin, "print", "room", "101", after={"doc": "FX20260301-001"})
    clock.t = datetime(2026, 3, 2, 23, 59)
    write(db, clerk, "print", "room", "102", after={"doc": "FX20260302-001", "who": "张三"})
    clock.t = datetime(2026, 3, 3, 8, 0)
    write(db, clerk, "export", "person", "7", after={"rows": 12})

    by_clerk = audit_log.query(db, admin, username="lihua")
    assert [r.action for r in by_clerk][:2] == ["export", "print"]
    assert all(r.username == "lihua" for r in by_clerk)
    assert {r.username for r in audit_log.query(db, admin, username="LiHua")} == {"lihua"}

    # until as a date includes the whole day; since is inclusive
    day2 = audit_log.query(db, admin, since=date(2026, 3, 2), until=date(2026, 3, 2))
    assert [(r.action, r.entity_id) for r in day2] == [("print", "102")]
    span = audit_log.query(db, admin, since=datetime(2026, 3, 1, 9, 0), until=datetime(2026, 3, 3, 8, 0))
    assert [r.entity_id for r in span] == ["102", "101"]

    assert [r.entity_id for r in audit_log.query(db, admin, entity="room", action="print")] == ["102", "101"]
    assert [r.action for r in audit_log.query(db, admin, entity="room", entity_id="101")] == ["print"]
    assert [r.entity_id for r in audit_log.query(db, admin, text="张三")] == ["102"]
    assert [r.entity_id for r in audit_log.query(db, admin, text="FX20260301")] == ["101"]
    assert [r.action for r in audit_log.query(db, admin, text="7", entity="person")] == ["export"]
    assert audit_log.query(db, admin, text="50%_") == []          # wildcards are literal
    assert audit_log.query(db, admin, username="nobody") == []


def test_paging_by_time_order_with_a_user_filter(clock, db, admin, clerk):
    for i in range(7):
        clock.t = datetime(2026, 4, 1, 9, 0) + timedelta(minutes=i)
        write(db, clerk, "print", "room", str(i))
    rows, before = [], None
    for _ in range(5):
        page = audit_log.query(db, admin, username="lihua", since=date(2026, 4, 1), before_id=before, limit=3)
        rows += page
        if len(page) < 3:
            break
        before = page[-1].id
    assert [r.entity_id for r in rows] == ["6", "5", "4", "3", "2", "1", "0"]


def test_system_rows_are_found_by_the_name_system(db, admin):
    rows = audit_log.query(db, admin, username="system")
    assert rows and all(r.staff_id is None and r.username == "system" for r in rows)
    assert "setup" in {r.action for r in rows}


def test_changes_and_summary_read_like_a_form(db, admin):
    auth.add_user(db, admin, "zhangsan", "张三", "clerk", "pass1234")
    staff = next(s for s in auth.list_staff(db, admin) if s.username == "zhangsan")
    auth.update_user(db, admin, staff.id, name="张四", role="clerk", phone="13800138000", active=False,
                     version=staff.version)
    row = audit_log.query(db, admin, entity="staff", action="update", limit=1)[0]
    assert row.action_label == "Changed" and row.entity_label == "Staff account"
    changes = dict((k, (old, new)) for k, old, new in row.changes())
    assert changes["name"] == ("张三", "张四")
    assert changes["active"] == ("yes", "no")
    assert changes["phone"] == ("—", "13800138000")
    assert "name: 张三 → 张四" in row.summary()
    created = audit_log.query(db, admin, entity="staff", action="create", limit=1)[0]
    assert dict((k, new) for k, _o, new in created.changes())["username"] == "zhangsan"
    assert "password_hash" not in created.after
    assert audit_log.get(db, admin, row.id) == row


def test_verify_chain_names_the_altered_row(db, admin):
    write(db, admin, "print", "room", "1")
    report = audit_log.verify_chain(db, admin)
    assert report.ok and report.broken_id is None
    victim = audit_log.query(db, admin, action="print")[0].id
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET after = '{\"doc\": \"forged\"}' WHERE id = :id"),
                     {"id": victim})
    report = audit_log.verify_chain(db, admin)
    assert not report.ok and report.broken_id == victim and report.rows == victim - 1


def test_receptionist_may_not_read_the_audit_log(db, clerk):
    with pytest.raises(PermissionDenied):
        audit_log.query(db, clerk)
    with pytest.raises(PermissionDenied):
        audit_log.verify_chain(db, clerk)
    with pytest.raises(PermissionDenied):
        audit_log.usernames(db, clerk)
    with pytest.raises(PermissionDenied):
        audit_log.get(db, clerk, 1)


def test_labels_and_filter_choices():
    assert audit_log.action_label("sign_in") == "Signed in"
    assert audit_log.action_label("something_new") == "something_new"
    assert {"staff", "parameter", "calendar_day", "role_permission"} <= set(audit_log.entities())
