"""The working-day calendar's editable data: public holidays (``off``) and worked weekend days (``work``, 调休).

Workflows compute due times with :func:`load_calendar`, which reads the whole table (a few dozen rows a
year) into an :class:`app.domain.calendar.WorkCalendar`. Writes need ``params.edit`` and run in a unit of
work, so the audit trail records each change of a ``calendar_day`` row automatically.

A holiday may fall on a weekend (国庆 covers a Saturday): it is stored so the year's list shows the whole
holiday, and the calendar ignores it for counting. A worked day must be a Saturday or Sunday, since every
weekday is a working day already.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.calendar import WorkCalendar
from app.domain.errors import NotFound, ValidationError
from app.domain.permissions import PARAMS_EDIT
from app.domain.validation import check_text
from app.i18n import QT_TRANSLATE_NOOP, Text
from app.services.base import Actor, unit_of_work
from db.engine import Database
from db.models import CalendarDay

OFF = "off"
WORK = "work"
KINDS: dict[str, Text] = {
    OFF: QT_TRANSLATE_NOOP("Calendar", "Holiday"),
    WORK: QT_TRANSLATE_NOOP("Calendar", "Working day (adjusted)"),
}
#: the longest run of days one call may set (a holiday period; a typo in the year would set hundreds)
MAX_DAYS = 31


@dataclass(frozen=True)
class DayRow:
    day: date
    kind: str
    name: str

    @property
    def sort_key(self) -> date:
        return self.day

    @property
    def kind_label(self) -> str:
        return str(KINDS.get(self.kind, self.kind))


def _as_date(day: date | str) -> date:
    if isinstance(day, datetime):
        return day.date()
    if isinstance(day, date):
        return day
    try:
        return date.fromisoformat(str(day).strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Calendar", "{day} is not a date such as 2026-10-01")
                              .format(day=day), "day") from None


def list_days(db: Database, actor: Actor, year: int) -> list[DayRow]:
    """The year's holidays and worked days in date order (anyone signed in may read the calendar)."""
    if not 1900 <= year <= 2200:
        raise ValidationError(QT_TRANSLATE_NOOP("Calendar", "Choose a year between 1900 and 2200"), "year")
    with db.read() as s:
        rows = s.scalars(select(CalendarDay).where(CalendarDay.day >= date(year, 1, 1),
                                                   CalendarDay.day <= date(year, 12, 31))
                         .order_by(CalendarDay.day))
        return [DayRow(r.day, r.kind, r.name) for r in rows]


def check_name(name: str | None) -> str:
    return check_text(name, "name", str(QT_TRANSLATE_NOOP("Calendar", "Name")), max_len=30, required=False)


def _check_day(day: date, kind: str) -> None:
    if kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("Calendar", "Choose holiday or working day"), "kind")
    if kind == WORK and day.weekday() < 5:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Calendar", "{day} is a weekday and so a working day already: only a Saturday or Sunday "
                        "can be an adjusted working day").format(day=day.isoformat()), "day")


def set_days(db: Database, actor: Actor, days: Iterable[date | str], kind: str, name: str = "") -> list[date]:
    """Mark each of ``days`` as ``kind`` ('off' or 'work') named ``name`` (e.g. 春节), replacing old marks."""
    actor.require(PARAMS_EDIT)
    wanted = sorted({_as_date(d) for d in days})
    if not wanted:
        raise ValidationError(QT_TRANSLATE_NOOP("Calendar", "Choose at least one day"), "day")
    if len(wanted) > MAX_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Calendar", "At most {n} days at a time").format(n=MAX_DAYS), "day")
    name = check_name(name)
    for day in wanted:
        _check_day(day, kind)
    with unit_of_work(db, actor) as s:
        for day in wanted:
            row = s.get(CalendarDay, day)
            if row is None:
                s.add(CalendarDay(day=day, kind=kind, name=name))
            else:
                row.kind, row.name = kind, name
    return wanted


def set_day(db: Database, actor: Actor, day: date | str, kind: str, name: str = "") -> date:
    """Mark one day as a holiday (``'off'``) or a worked weekend day (``'work'``)."""
    return set_days(db, actor, [day], kind, name)[0]


def set_range(db: Database, actor: Actor, first: date, last: date, kind: str, name: str = "") -> list[date]:
    """Mark every day from ``first`` through ``last``."""
    first, last = _as_date(first), _as_date(last)
    if last < first:
        raise ValidationError(QT_TRANSLATE_NOOP("Calendar", "The last day is before the first"), "last")
    if (last - first).days >= MAX_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Calendar", "At most {n} days at a time").format(n=MAX_DAYS), "last")
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    if kind == WORK:  # a range of worked days means the weekend days in it
        days = [d for d in days if d.weekday() >= 5] or days
    return set_days(db, actor, days, kind, name)


def remove_day(db: Database, actor: Actor, day: date | str) -> None:
    """Return a day to the ordinary rule (Monday–Friday work, weekends off)."""
    actor.require(PARAMS_EDIT)
    day = _as_date(day)
    with unit_of_work(db, actor) as s:
        row = s.get(CalendarDay, day)
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Calendar", "{day} is not in the calendar").format(
                day=day.isoformat()))
        s.delete(row)


def load_calendar(source: Session | Database) -> WorkCalendar:
    """The working-day calendar from the table, inside an open session or from a database."""
    if isinstance(source, Database):
        with source.read() as s:
            return load_calendar(s)
    holidays, workdays = [], []
    for day, kind in source.execute(select(CalendarDay.day, CalendarDay.kind)):
        (workdays if kind == WORK else holidays).append(day)
    return WorkCalendar(holidays, workdays)
