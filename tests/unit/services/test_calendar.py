"""app.services.calendar: the editable working-day calendar and the WorkCalendar workflows use."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.services import calendar as cal
from db.models import AuditLog


def test_holiday_and_worked_saturday_change_the_working_days(db, admin):
    # 2026-10-01 is a Thursday, 2026-10-10 a Saturday
    assert cal.set_day(db, admin, date(2026, 10, 1), "off", "国庆节") == date(2026, 10, 1)
    cal.set_day(db, admin, "2026-10-10", "work", "国庆调休")
    work = cal.load_calendar(db)
    assert not work.is_working_day(date(2026, 10, 1))
    assert work.is_working_day(date(2026, 10, 10))
    assert work.is_working_day(date(2026, 10, 2))            # not marked: an ordinary Friday
    assert not work.is_working_day(date(2026, 10, 11))       # an ordinary Sunday
    # Wednesday 09-30 10:00 + 1 working day skips the holiday Thursday → Friday
    assert work.add_working_days(datetime(2026, 9, 30, 10), 1) == datetime(2026, 10, 2, 10)
    # Friday 10-09 + 1 → the worked Saturday
    assert work.add_working_days(datetime(2026, 10, 9, 10), 1) == datetime(2026, 10, 10, 10)


def test_load_calendar_inside_a_session(db, admin):
    cal.set_day(db, admin, date(2026, 10, 1), "off", "国庆节")
    with db.read() as s:
        assert not cal.load_calendar(s).is_working_day(date(2026, 10, 1))


def test_list_days_of_a_year_in_order(db, admin):
    cal.set_range(db, admin, date(2026, 10, 1), date(2026, 10, 7), "off", "国庆节")
    cal.set_day(db, admin, date(2026, 9, 27), "work", "国庆调休")   # a Sunday
    cal.set_day(db, admin, date(2025, 12, 31), "off", "other year")
    rows = cal.list_days(db, admin, 2026)
    assert [r.day for r in rows] == [date(2026, 9, 27)] + [date(2026, 10, d) for d in range(1, 8)]
    assert rows[0].kind == "work" and rows[1].name == "国庆节"
    assert rows[1].kind_label == "Holiday"


def test_setting_a_day_again_replaces_it_and_remove_restores_the_rule(db, admin):
    cal.set_day(db, admin, date(2026, 10, 10), "off", "x")
    cal.set_day(db, admin, date(2026, 10, 10), "work", "调休")
    assert [(r.kind, r.name) for r in cal.list_days(db, admin, 2026)] == [("work", "调休")]
    cal.remove_day(db, admin, date(2026, 10, 10))
    assert cal.list_days(db, admin, 2026) == []
    assert not cal.load_calendar(db).is_working_day(date(2026, 10, 10))
    with pytest.raises(NotFound):
        cal.remove_day(db, admin, date(2026, 10, 10))


def test_work_range_keeps_only_the_weekend_days(db, admin):
    days = cal.set_range(db, admin, date(2026, 10, 5), date(2026, 10, 11), "work", "调休")
    assert days == [date(2026, 10, 10), date(2026, 10, 11)]


def test_refusals(db, admin):
    with pytest.raises(ValidationError) as e:
        cal.set_day(db, admin, date(2026, 10, 8), "work", "")     # a Thursday
    assert e.value.field == "day" and "weekday" in str(e.value)
    with pytest.raises(ValidationError):
        cal.set_day(db, admin, date(2026, 10, 8), "maybe", "")
    with pytest.raises(ValidationError) as e:
        cal.set_day(db, admin, date(2026, 10, 8), "off", "x" * 31)
    assert e.value.field == "name"
    with pytest.raises(ValidationError):
        cal.set_range(db, admin, date(2026, 10, 8), date(2026, 10, 1), "off")
    with pytest.raises(ValidationError):
        cal.set_range(db, admin, date(2026, 1, 1), date(2026, 12, 31), "off")   # a typo's worth of days
    with pytest.raises(ValidationError):
        cal.set_day(db, admin, "2026-13-01", "off")
    assert cal.list_days(db, admin, 2026) == []


def test_receptionist_may_read_but_not_change(db, admin, actor):
    clerk = actor("receptionist")
    cal.set_day(db, admin, date(2026, 10, 1), "off", "国庆节")
    assert len(cal.list_days(db, clerk, 2026)) == 1
    with pytest.raises(PermissionDenied):
        cal.set_day(db, clerk, date(2026, 10, 2), "off", "国庆节")
    with pytest.raises(PermissionDenied):
        cal.set_range(db, clerk, date(2026, 10, 2), date(2026, 10, 3), "off")
    with pytest.raises(PermissionDenied):
        cal.remove_day(db, clerk, date(2026, 10, 1))
    assert len(cal.list_days(db, admin, 2026)) == 1


def test_changes_are_audited(db, admin):
    cal.set_day(db, admin, date(2026, 10, 1), "off", "国庆节")
    cal.remove_day(db, admin, date(2026, 10, 1))
    with db.read() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.username, AuditLog.entity_id, AuditLog.after,
                                AuditLog.before)
                         .where(AuditLog.entity == "calendar_day").order_by(AuditLog.id)).all()
    assert [(r.action, r.username) for r in rows] == [("create", "admin"), ("delete", "admin")]
    assert "2026-10-01" in rows[0].after and "国庆节" in rows[0].after
    assert rows[1].entity_id == "2026-10-01" and "国庆节" in rows[1].before
