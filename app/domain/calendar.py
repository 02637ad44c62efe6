"""The working-day calendar behind every "N working days" limit (DOMAIN.md §2.4).

A working day is Monday–Friday, minus public holidays, plus the weekend days that are worked in exchange
(调休). The services layer loads both sets from the editable holiday table; this module only computes.

Times are **naive local datetimes** throughout the project: the desk, its database and its users live in one
time zone (China has no daylight saving), every stored time is the estate's wall-clock time, and a naive value
never meets an aware one. Limits that run in calendar hours (urgent items) ignore this calendar.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP

DEFAULT_CLOSE_TIME = time(17, 30)
DEFAULT_OPEN_TIME = time(8, 30)
_ONE_DAY = timedelta(days=1)
_DAY_SECONDS = 86400


def add_hours(start: datetime, hours: float) -> datetime:
    """``start`` plus calendar hours: urgent limits run through nights, weekends and holidays."""
    return start + timedelta(hours=hours)


class WorkCalendar:
    """Working days from ``holidays`` (weekdays off) and ``workdays`` (weekend days worked, 调休)."""

    def __init__(self, holidays: Iterable[date] = (), workdays: Iterable[date] = (), *,
                 office: tuple[time, time] = (DEFAULT_OPEN_TIME, DEFAULT_CLOSE_TIME)) -> None:
        self.holidays = frozenset(holidays)
        self.workdays = frozenset(workdays)
        if office[1] <= office[0]:
            raise ValueError(f"office hours must end after they begin: {office}")
        #: (opening, closing) of the office on a working day, for limits in "minutes of office hours"
        self.office = office
        clash = self.holidays & self.workdays
        if clash:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Calendar", "{day} cannot be both a holiday and a working day").format(day=min(clash)))
        # Only the exceptions that change a day's kind matter for counting; kept sorted for bisecting.
        self._weekdays_off = sorted(d for d in self.holidays if d.weekday() < 5)
        self._weekends_on = sorted(d for d in self.workdays if d.weekday() >= 5)

    def is_working_day(self, day: date) -> bool:
        day = _as_date(day)
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def next_working_day(self, day: date) -> date:
        """The first working day strictly after ``day``."""
        day = _as_date(day) + _ONE_DAY
        while not self.is_working_day(day):
            day += _ONE_DAY
        return day

    def add_working_days(self, start: datetime, n: int) -> datetime:
        """The same time of day on the ``n``-th working day after ``start``'s date.

        Like statutory periods, the day the clock starts does not count, whether it is a working day or
        not: Friday 10:00 + 1 → Monday 10:00, and Saturday 10:00 + 1 → Monday 10:00 as well. ``n = 0``
        keeps ``start`` if it falls on a working day and otherwise moves to the next one.
        """
        if n < 0:
            raise ValueError(f"n must not be negative, got {n}")
        day = start.date()
        if n == 0 and self.is_working_day(day):
            return start
        for _ in range(max(n, 1)):
            day = self.next_working_day(day)
        return datetime.combine(day, start.time())

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie after ``start`` up to and including ``end`` (negative if end < start).

        The inverse of :meth:`add_working_days` for ``n >= 1``: counting from ``start`` to the result gives
        ``n``. Runs in time independent of the span, for reports over years of records.
        """
        start, end = _as_date(start), _as_date(end)
        if end < start:
            return -self.working_days_between(end, start)
        weekdays = _weekdays_through(end) - _weekdays_through(start)
        return weekdays - _count_in(self._weekdays_off, start, end) + _count_in(self._weekends_on, start, end)

    def end_of_working_day(self, moment: datetime, close_time: time = DEFAULT_CLOSE_TIME) -> datetime:
        """The closing time of ``moment``'s working day (keys lent today are due back by close).

        On a non-working day, or at or after closing time, it is the next working day's close, so the result
        is always later than ``moment``.
        """
        day = moment.date()
        if not self.is_working_day(day) or moment.time() >= close_time:
            day = self.next_working_day(day)
        return datetime.combine(day, close_time)


    # -- counting time (the meters of app.domain.clocks)
    def working_seconds(self, start: datetime, end: datetime) -> int:
        """Seconds between two moments that fall on working days (a working day counts 24 hours)."""
        if end <= start:
            return 0
        if start.date() == end.date():
            return int((end - start).total_seconds()) if self.is_working_day(start) else 0
        first_midnight = datetime.combine(start.date() + _ONE_DAY, time())
        total = int((first_midnight - start).total_seconds()) if self.is_working_day(start) else 0
        if self.is_working_day(end):
            total += int((end - datetime.combine(end.date(), time())).total_seconds())
        last_full = end.date() - _ONE_DAY
        if last_full > start.date():
            total += self.working_days_between(start.date(), last_full) * _DAY_SECONDS
        return total

    def add_working_seconds(self, start: datetime, seconds: int) -> datetime:
        """The moment ``seconds`` of working-day time after ``start`` (the inverse of working_seconds)."""
        moment, left = start, max(int(seconds), 0)
        if not self.is_working_day(moment):
            moment = datetime.combine(self.next_working_day(moment.date()), time())
        while True:
            day_left = int((datetime.combine(moment.date() + _ONE_DAY, time()) - moment).total_seconds())
            if left <= day_left:
                return moment + timedelta(seconds=left)
            left -= day_left
            moment = datetime.combine(self.next_working_day(moment.date()), time())

    def office_seconds(self, start: datetime, end: datetime) -> int:
        """Seconds between two moments that fall in office hours of working days."""
        if end <= start:
            return 0
        total = self._office_part(start.date(), start, end)
        if end.date() != start.date():
            total += self._office_part(end.date(), start, end)
            last_full = end.date() - _ONE_DAY
            if last_full > start.date():
                opening, closing = self.office
                per_day = (closing.hour * 3600 + closing.minute * 60) - (opening.hour * 3600 + opening.minute * 60)
                total += self.working_days_between(start.date(), last_full) * per_day
        return total

    def _office_part(self, day: date, start: datetime, end: datetime) -> int:
        if not self.is_working_day(day):
            return 0
        lo = max(start, datetime.combine(day, self.office[0]))
        hi = min(end, datetime.combine(day, self.office[1]))
        return max(int((hi - lo).total_seconds()), 0)

    def add_office_seconds(self, start: datetime, seconds: int) -> datetime:
        """The moment ``seconds`` of office time after ``start``: a slip sent at 17:20 with 2 hours to sign
        is due the next working morning."""
        opening, closing = self.office
        moment, left = start, max(int(seconds), 0)
        while True:
            day = moment.date()
            if self.is_working_day(day) and moment.time() < closing:
                moment = max(moment, datetime.combine(day, opening))
                available = int((datetime.combine(day, closing) - moment).total_seconds())
                if left <= available:
                    return moment + timedelta(seconds=left)
                left -= available
            moment = datetime.combine(self.next_working_day(day), opening)


def _as_date(day: date) -> date:
    # A datetime is a date too, but it never compares equal to one, so set lookups would miss it.
    return day.date() if isinstance(day, datetime) else day


def _weekdays_through(day: date) -> int:
    """Monday–Friday days from 0001-01-01 (a Monday) through ``day``."""
    weeks, extra = divmod(day.toordinal(), 7)
    return weeks * 5 + min(extra, 5)


def _count_in(days: list[date], start: date, end: date) -> int:
    """How many of the sorted ``days`` lie in ``(start, end]``."""
    return bisect_right(days, end) - bisect_right(days, start)
