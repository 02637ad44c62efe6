"""app.services.calendar: the editable working-day calendar and the WorkCalendar workflows use."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.services import calendar as cal
from db.models import AuditLog, CalendarDay


def test_holiday_and_worked_saturday_change_the_working_days(db, admin):
    # 2037-10-01 is a Thursday, 2037-10-10 a Saturday
    assert cal.set_day(db, admin, date(2037, 10, 1), "off", "国庆节") == date(2037, 10, 1)
    cal.set_day(db, admin, "2037-10-10", "work", "国庆调休")
    work = cal.load_calendar(db)
    assert not work.is_working_day(date(2037, 10, 1))
    assert work.is_working_day(date(2037, 10, 10))
    assert work.is_working_day(date(2037, 10, 2))            # not marked: an ordinary Friday
    assert not work.is_working_day(date(2037, 10, 11))       # an ordinary Sunday
    # Wednesday 09-30 10:00 + 1 working day skips the holiday Thursday → Friday
    assert work.add_working_days(datetime(2037, 9, 30, 10), 1) == datetime(2037, 10, 2, 10)
    # Friday 10-09 + 1 → the worked Saturday
    assert work.add_working_days(datetime(2037, 10, 9, 10), 1) == datetime(2037, 10, 10, 10)


def test_load_calendar_inside_a_session(db, admin):
    cal.set_day(db, admin, date(2037, 10, 1), "off", "国庆节")
    with db.read() as s:
        assert not cal.load_calendar(s).is_working_day(date(2037, 10, 1))


def test_list_days_of_a_year_in_order(db, admin):
    cal.set_range(db, admin, date(2037, 10, 1), date(2037, 10, 7), "off", "国庆节")
    cal.set_day(db, admin, date(2037, 9, 27), "work", "国庆调休")   # a Sunday
    cal.set_day(db, admin, date(2036, 12, 31), "off", "other year")
    rows = cal.list_days(db, admin, 2037)
    assert [r.day for r in rows] == [date(2037, 9, 27)] + [date(2037, 10, d) for d in range(1, 8)]
    assert rows[0].kind == "work" and rows[1].name == "国庆节"
    assert rows[1].kind_label == "Holiday"


def test_setting_a_day_again_replaces_it_and_remove_restores_the_rule(db, admin):
    cal.set_day(db, admin, date(2037, 10, 10), "off", "x")
    cal.set_day(db, admin, date(2037, 10, 10), "work", "调休")
    assert [(r.kind, r.name) for r in cal.list_days(db, admin, 2037)] == [("work", "调休")]
    cal.remove_day(db, admin, date(2037, 10, 10))
    assert cal.list_days(db, admin, 2037) == []
    assert not cal.load_calendar(db).is_working_day(date(2037, 10, 10))
    with pytest.raises(NotFound):
        cal.remove_day(db, admin, date(2037, 10, 10))


def test_work_range_keeps_only_the_weekend_days(db, admin):
    days = cal.set_range(db, admin, date(2037, 10, 5), date(2037, 10, 11), "work", "调休")
    assert days == [date(2037, 10, 10), date(2037, 10, 11)]


def test_refusals(db, admin):
    with pytest.raises(ValidationError) as e:
        cal.set_day(db, admin, date(2037, 10, 8), "work", "")     # a Thursday
    assert e.value.field == "day" and "weekday" in str(e.value)
    with pytest.raises(ValidationError):
        cal.set_day(db, admin, date(2037, 10, 8), "maybe", "")
    with pytest.raises(ValidationError) as e:
        cal.set_day(db, admin, date(2037, 10, 8), "off", "x" * 31)
    assert e.value.field == "name"
    with pytest.raises(ValidationError):
        cal.set_range(db, admin, date(2037, 10, 8), date(2037, 10, 1), "off")
    with pytest.raises(ValidationError):
        cal.set_range(db, admin, date(2037, 1, 1), date(2037, 12, 31), "off")   # a typo's worth of days
    with pytest.raises(ValidationError):
        cal.set_day(db, admin, "2037-13-01", "off")
    assert cal.list_days(db, admin, 2037) == []


def test_receptionist_may_read_but_not_change(db, admin, actor):
    clerk = actor("receptionist")
    cal.set_day(db, admin, date(2037, 10, 1), "off", "国庆节")
    assert len(cal.list_days(db, clerk, 2037)) == 1
    with pytest.raises(PermissionDenied):
        cal.set_day(db, clerk, date(2037, 10, 2), "off", "国庆节")
    with pytest.raises(PermissionDenied):
        cal.set_range(db, clerk, date(2037, 10, 2), date(2037, 10, 3), "off")
    with pytest.raises(PermissionDenied):
        cal.remove_day(db, clerk, date(2037, 10, 1))
    assert len(cal.list_days(db, admin, 2037)) == 1


def test_changes_are_audited(db, admin):
    cal.set_day(db, admin, date(2037, 10, 1), "off", "国庆节")
    cal.remove_day(db, admin, date(2037, 10, 1))
    with db.read() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.username, AuditLog.entity_id, AuditLog.after,
                                AuditLog.before)
                         .where(AuditLog.entity == "calendar_day", AuditLog.username == "admin")
                         .order_by(AuditLog.id)).all()
    assert [(r.action, r.username) for r in rows] == [("create", "admin"), ("delete", "admin")]
    assert "2037-10-01" in rows[0].after and "国庆节" in rows[0].after
    assert rows[1].entity_id == "2037-10-01" and "国庆节" in rows[1].before


# ---------------------------------------------------------------------------------------------------------
# The official schedule from the chinesecalendar package


def _days(year: int):
    first = date(year, 1, 1)
    return [date.fromordinal(first.toordinal() + i) for i in range((date(year + 1, 1, 1) - first).days)]


@pytest.mark.parametrize("year", [2025, 2026])
def test_a_new_store_has_the_official_schedule_of_the_package(db, year):
    import chinese_calendar
    work = cal.load_calendar(db)
    wrong = [d for d in _days(year) if work.is_working_day(d) != chinese_calendar.is_workday(d)]
    assert wrong == []
    # the weekday rule alone would be wrong on 23 days of 2025 and 25 of 2026
    assert sum(chinese_calendar.is_workday(d) != (d.weekday() < 5) for d in _days(year)) == {2025: 23,
                                                                                             2026: 25}[year]


def test_the_2025_and_2026_schedules_as_published(db, admin):
    work = cal.load_calendar(db)
    # 2025: 春节 28 Jan – 4 Feb, Sunday 26 Jan and Saturday 8 Feb worked; 国庆 1–8 Oct, 28 Sep and 11 Oct worked
    assert not any(work.is_working_day(date(2025, 1, d)) for d in range(28, 32))
    assert work.is_working_day(date(2025, 1, 26)) and work.is_working_day(date(2025, 2, 8))
    assert not work.is_working_day(date(2025, 10, 8)) and work.is_working_day(date(2025, 10, 11))
    # 2026: 春节 15–23 Feb, Saturdays 14 and 28 Feb worked
    assert not work.is_working_day(date(2026, 2, 16)) and not work.is_working_day(date(2026, 2, 23))
    assert work.is_working_day(date(2026, 2, 14)) and work.is_working_day(date(2026, 2, 28))
    names = {r.day: (r.kind, r.name) for r in cal.list_days(db, admin, 2026)}
    assert names[date(2026, 2, 17)] == ("off", "春节") and names[date(2026, 2, 14)] == ("work", "春节调休")


def test_an_update_keeps_the_supervisors_edits(db, admin, actor):
    cal.set_day(db, admin, date(2026, 10, 10), "off", "公司补休")         # the worked Saturday made off
    cal.set_day(db, admin, date(2026, 12, 31), "off", "年终盘点")         # not in the schedule at all
    cal.remove_day(db, admin, date(2026, 10, 7))                          # an official holiday taken back
    with db.write() as s:                                                 # as if the package corrected a day
        s.get(CalendarDay, date(2026, 5, 1)).name = "x"
    result = cal.update_official(db, admin)
    assert (result.added, result.changed, result.kept) == (0, 1, 2)
    assert result.first_year == 2004 and result.last_year >= 2026 and result.version
    work = cal.load_calendar(db)
    assert not work.is_working_day(date(2026, 10, 10)) and not work.is_working_day(date(2026, 12, 31))
    assert work.is_working_day(date(2026, 10, 7))
    rows = {r.day: r for r in cal.list_days(db, admin, 2026)}
    assert date(2026, 10, 7) not in rows and rows[date(2026, 5, 1)].name == "劳动节"
    assert "2004" in str(result) and "2" in str(result)
    with pytest.raises(PermissionDenied):
        cal.update_official(db, actor("receptionist"))


def test_an_emptied_calendar_is_seeded_again_by_an_update(db, admin):
    from sqlalchemy import delete
    with db.write() as s:
        s.execute(delete(CalendarDay))
    assert cal.missing_years(db, date(2026, 12, 7)) == [2026, 2027]
    result = cal.update_official(db, admin)
    assert result.added > 700
    assert cal.missing_years(db, date(2026, 12, 7)) == [2027]     # published each November
    assert cal.missing_years(db, date(2026, 6, 1)) == []


def test_an_upgraded_store_is_seeded_and_reindexed(tmp_path):
    """A store of the previous version gets the schedule and the new search keys at its upgrade."""
    from sqlalchemy import func
    from sqlalchemy import select as sel

    from app.services import store
    from db import migrate
    from db.engine import Database, sqlite_url
    path = tmp_path / "old.sqlite3"
    db = Database(sqlite_url(path))
    migrate.upgrade(db, "0010_property")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO calendar_day (day, kind, name) VALUES ('2026-10-09', 'off', '补休')")
    db.dispose()
    db = store.open_store(sqlite_url(path))
    with db.read() as s:
        assert s.scalar(sel(func.count()).select_from(CalendarDay)) > 700
        kept = s.get(CalendarDay, date(2026, 10, 9))
        assert (kept.kind, kept.name, kept.source) == ("off", "补休", "manual")
    db.dispose()


def test_home_tab_warns_when_a_year_has_no_holidays(db, admin, actor):
    from app.services import dashboard
    tiles = [t for t in dashboard.tiles(db, actor("receptionist"), date(2026, 12, 7))
             if t.title.source == "Working-day calendar"]
    assert [(t.value, t.level) for t in tiles] == [("2027", "alert")]
    assert "chinesecalendar" in tiles[0].detail and "2027" in tiles[0].detail
    assert not [t for t in dashboard.tiles(db, admin, date(2026, 6, 1)) if t.title.source == "Working-day calendar"]
