"""The working-day calendar, with China's 2025 National Day holiday (1–8 Oct off; Sun 28 Sep and
Sat 11 Oct worked) as the real-world case."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import DEFAULT_CLOSE_TIME, WorkCalendar, add_hours
from app.domain.errors import ValidationError

NATIONAL_DAY = WorkCalendar(holidays={date(2025, 10, d) for d in range(1, 9)},
                            workdays={date(2025, 9, 28), date(2025, 10, 11)})
PLAIN = WorkCalendar()


@pytest.mark.parametrize(("day", "working"), [
    (date(2025, 6, 9), True),       # Monday
    (date(2025, 6, 14), False),     # Saturday
    (date(2025, 10, 1), False),     # Wednesday, holiday
    (date(2025, 10, 4), False),     # Saturday, inside the holiday
    (date(2025, 9, 28), True),      # Sunday, worked in exchange
    (date(2025, 10, 11), True),     # Saturday, worked in exchange
    (datetime(2025, 10, 1, 9, 0), False),
    (datetime(2025, 9, 28, 9, 0), True),
])
def test_is_working_day(day, working):
    assert NATIONAL_DAY.is_working_day(day) is working


def test_a_day_cannot_be_both_holiday_and_working_day():
    with pytest.raises(ValidationError) as err:
        WorkCalendar(holidays={date(2025, 10, 1)}, workdays={date(2025, 10, 1)})
    assert "2025-10-01" in str(err.value)


def test_next_working_day_skips_the_holiday():
    assert NATIONAL_DAY.next_working_day(date(2025, 9, 30)) == date(2025, 10, 9)
    assert NATIONAL_DAY.next_working_day(date(2025, 9, 26)) == date(2025, 9, 28)
    assert PLAIN.next_working_day(date(2025, 6, 13)) == date(2025, 6, 16)


@pytest.mark.parametrize(("start", "n", "due"), [
    (datetime(2025, 6, 13, 10, 0), 1, datetime(2025, 6, 16, 10, 0)),    # Friday + 1 → Monday
    (datetime(2025, 6, 14, 10, 0), 1, datetime(2025, 6, 16, 10, 0)),    # Saturday + 1 → Monday
    (datetime(2025, 6, 9, 9, 0), 7, datetime(2025, 6, 18, 9, 0)),       # Monday + 7 → next Wednesday
    (datetime(2025, 6, 9, 9, 0), 0, datetime(2025, 6, 9, 9, 0)),        # 0 on a working day: itself
    (datetime(2025, 6, 14, 9, 0), 0, datetime(2025, 6, 16, 9, 0)),      # 0 on a weekend: next working day
    (datetime(2025, 9, 30, 14, 0), 1, datetime(2025, 10, 9, 14, 0)),    # over the holiday
    (datetime(2025, 9, 26, 14, 0), 1, datetime(2025, 9, 28, 14, 0)),    # onto the worked Sunday
    (datetime(2025, 9, 26, 16, 45), 5, datetime(2025, 10, 10, 16, 45)),
])
def test_add_working_days(start, n, due):
    assert NATIONAL_DAY.add_working_days(start, n) == due


def test_add_working_days_refuses_negative_counts():
    with pytest.raises(ValueError):
        PLAIN.add_working_days(datetime(2025, 6, 9), -1)


@pytest.mark.parametrize(("start", "end", "count"), [
    (date(2025, 6, 9), date(2025, 6, 9), 0),
    (date(2025, 6, 13), date(2025, 6, 16), 1),
    (date(2025, 6, 16), date(2025, 6, 13), -1),
    (date(2025, 9, 30), date(2025, 10, 9), 1),
    (date(2025, 9, 26), date(2025, 10, 11), 6),   # 28 Sep, 29, 30, 9 Oct, 10, 11
])
def test_working_days_between(start, end, count):
    assert NATIONAL_DAY.working_days_between(start, end) == count


def test_working_days_between_over_a_year():
    assert PLAIN.working_days_between(date(2024, 12, 31), date(2025, 12, 31)) == 261
    assert NATIONAL_DAY.working_days_between(date(2024, 12, 31), date(2025, 12, 31)) == 261 - 6 + 2


def test_working_days_between_accepts_datetimes():
    assert NATIONAL_DAY.working_days_between(datetime(2025, 9, 30, 18), datetime(2025, 10, 9, 8)) == 1


def test_add_hours_runs_through_weekends_and_holidays():
    assert add_hours(datetime(2025, 9, 30, 16, 0), 24) == datetime(2025, 10, 1, 16, 0)
    assert add_hours(datetime(2025, 9, 30, 16, 0), 1.5) == datetime(2025, 9, 30, 17, 30)


@pytest.mark.parametrize(("moment", "due"), [
    (datetime(2025, 6, 9, 10, 0), datetime(2025, 6, 9, 17, 30)),       # same working day
    (datetime(2025, 6, 9, 17, 29), datetime(2025, 6, 9, 17, 30)),
    (datetime(2025, 6, 9, 17, 30), datetime(2025, 6, 10, 17, 30)),     # at closing: next working day
    (datetime(2025, 6, 13, 19, 0), datetime(2025, 6, 16, 17, 30)),     # Friday evening → Monday
    (datetime(2025, 6, 14, 10, 0), datetime(2025, 6, 16, 17, 30)),     # Saturday → Monday
    (datetime(2025, 10, 3, 10, 0), datetime(2025, 10, 9, 17, 30)),     # holiday → after it
])
def test_end_of_working_day(moment, due):
    assert NATIONAL_DAY.end_of_working_day(moment) == due


def test_end_of_working_day_with_another_closing_time():
    assert PLAIN.end_of_working_day(datetime(2025, 6, 9, 17, 45), time(18, 0)) == datetime(2025, 6, 9, 18, 0)
    assert time(17, 30) == DEFAULT_CLOSE_TIME


# Property tests over random calendars ------------------------------------------------------------------

DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))
MOMENTS = st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 31))


@st.composite
def calendars(draw) -> WorkCalendar:
    holidays = draw(st.sets(DAYS, max_size=40))
    workdays = draw(st.sets(DAYS, max_size=10)) - holidays
    return WorkCalendar(holidays, workdays)


@given(calendars(), MOMENTS, st.integers(min_value=1, max_value=40))
def test_add_working_days_lands_on_the_nth_working_day(calendar, start, n):
    due = calendar.add_working_days(start, n)
    assert calendar.is_working_day(due)
    assert due.time() == start.time()
    assert due > start
    assert calendar.working_days_between(start.date(), due.date()) == n


@given(calendars(), MOMENTS)
def test_zero_working_days_lands_on_the_first_working_day(calendar, start):
    due = calendar.add_working_days(start, 0)
    assert calendar.is_working_day(due)
    assert due >= start
    assert calendar.working_days_between(start.date(), due.date()) <= 1


@given(calendars(), DAYS, DAYS)
def test_working_days_between_counts_like_walking_the_days(calendar, start, end):
    low, high = sorted((start, end))
    walked = sum(calendar.is_working_day(low + timedelta(days=i)) for i in range(1, (high - low).days + 1))
    assert calendar.working_days_between(start, end) == (walked if start <= end else -walked)


@given(calendars(), MOMENTS, st.times())
def test_end_of_working_day_is_a_later_close(calendar, moment, close):
    due = calendar.end_of_working_day(moment, close)
    assert due > moment
    assert due.time() == close
    assert calendar.is_working_day(due)
    assert due.date() == moment.date() or due.date() == calendar.next_working_day(moment.date())
