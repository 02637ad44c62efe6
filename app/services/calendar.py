"""The working-day calendar's editable data: public holidays (``off``) and worked weekend days (``work``, 调休).

Workflows compute due times with :func:`load_calendar`, which reads the whole table (a few dozen rows a
year) into an :class:`app.domain.calendar.WorkCalendar`. Writes need ``params.edit`` and run in a unit of
work, so the audit trail records each change of a ``calendar_day`` row automatically.

A holiday may fall on a weekend (国庆 covers a Saturday): it is stored so the year's list shows the whole
holiday, and the calendar ignores it for counting. A worked day must be a Saturday or Sunday, since every
weekday is a working day already.

The State Council's schedule comes from the ``chinesecalendar`` package (a release each November, when
the next year's schedule is published): :func:`update_official` writes it as ``official`` rows, at the
first start and after an upgrade (app.services.store) and whenever the supervisor asks (设置 → 工作日历 →
从 chinesecalendar 更新, or ``frontdesk calendar update``). Days the supervisor set or removed are
``manual`` rows and stay as they are; removing an official day leaves a ``normal`` row behind, so the
next update does not bring it back. :func:`missing_years` tells the home tab when the current or next
year has no schedule yet.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import insert, select, update
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
NORMAL = "normal"       # an official day the supervisor set back to the ordinary rule
OFFICIAL, MANUAL = "official", "manual"
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
                                                   CalendarDay.day <= date(year, 12, 31),
                                                   CalendarDay.kind != NORMAL)
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
                s.add(CalendarDay(day=day, kind=kind, name=name, source=MANUAL))
            else:
                row.kind, row.name, row.source = kind, name, MANUAL
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
        if row is None or row.kind == NORMAL:
            raise NotFound(QT_TRANSLATE_NOOP("Calendar", "{day} is not in the calendar").format(
                day=day.isoformat()))
        if day in official_schedule():   # keep the supervisor's word across updates of the package
            row.kind, row.name, row.source = NORMAL, "", MANUAL
        else:
            s.delete(row)


def load_calendar(source: Session | Database) -> WorkCalendar:
    """The working-day calendar from the table, inside an open session or from a database."""
    if isinstance(source, Database):
        with source.read() as s:
            return load_calendar(s)
    from app.services import params
    holidays: list[date] = []
    workdays: list[date] = []
    for day, kind in source.execute(select(CalendarDay.day, CalendarDay.kind)
                                    .where(CalendarDay.kind != NORMAL)):
        (workdays if kind == WORK else holidays).append(day)
    values = params.load(source)
    opens, closes = values["office.opens"], values["office.closes"]
    return WorkCalendar(holidays, workdays, office=(opens, closes) if closes > opens else (opens, time(23, 59)))


# ---------------------------------------------------------------------------------------------------------
# The official schedule (chinesecalendar)

#: names of the package's holidays that do not fit the 30 characters of a day's name
_SHORT_NAMES = {"中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日": "抗战胜利70周年纪念日"}


def official_schedule() -> dict[date, tuple[str, str]]:
    """Every day the installed ``chinesecalendar`` marks: day → (``off`` or ``work``, Chinese name)."""
    import chinese_calendar
    from chinese_calendar.constants import Holiday

    def name(value: str, suffix: str = "") -> str:
        chinese: str = Holiday(value).chinese
        return (_SHORT_NAMES.get(chinese, chinese) + suffix)[:30]

    days = {d: (OFF, name(v)) for d, v in chinese_calendar.holidays.items()}
    days.update({d: (WORK, name(v, "调休")) for d, v in chinese_calendar.workdays.items()})
    return days


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("chinesecalendar")
    except PackageNotFoundError:
        return ""


@dataclass(frozen=True)
class OfficialUpdate:
    added: int
    changed: int
    kept: int              # days the supervisor set or removed, left as they are
    first_year: int
    last_year: int
    version: str

    def __str__(self) -> str:
        return str(QT_TRANSLATE_NOOP(
            "Calendar", "Official schedule {first}–{last} (chinesecalendar {version}): {added} days added, "
                        "{changed} changed, {kept} days edited by hand kept").format(
            first=self.first_year, last=self.last_year, version=self.version or "?", added=self.added,
            changed=self.changed, kept=self.kept))


def apply_official(s: Session) -> OfficialUpdate:
    """Write the package's schedule into the table inside an open unit of work; manual rows stay.

    Hundreds of days are written at the first run, so they are written as one statement each way and
    recorded as one audit row (action ``calendar_update``) with the counts, not one row per day."""
    schedule = official_schedule()
    rows = {day: (kind, name, source) for day, kind, name, source in s.execute(
        select(CalendarDay.day, CalendarDay.kind, CalendarDay.name, CalendarDay.source))}
    added, changed, kept = [], [], 0
    for day, (kind, name) in sorted(schedule.items()):
        row = rows.get(day)
        if row is None:
            added.append({"day": day, "kind": kind, "name": name, "source": OFFICIAL})
        elif row[2] == MANUAL:
            kept += row[:2] != (kind, name)
        elif row[:2] != (kind, name):
            changed.append({"day": day, "kind": kind, "name": name})
    if added:
        s.execute(insert(CalendarDay), added)
    if changed:
        s.execute(update(CalendarDay), changed)          # ORM bulk update by primary key
    years = sorted({d.year for d in schedule}) or [0]
    result = OfficialUpdate(len(added), len(changed), kept, years[0], years[-1], package_version())
    if added or changed:
        from app.services import audit
        audit.record(s, "calendar_update", "calendar_day", "", after={
            "package": f"chinesecalendar {result.version}", "years": f"{result.first_year}-{result.last_year}",
            "added": result.added, "changed": result.changed, "kept": kept})
    return result


def update_official(db: Database, actor: Actor) -> OfficialUpdate:
    """设置 → 工作日历 → update from the installed package (after the package was updated)."""
    actor.require(PARAMS_EDIT)
    with unit_of_work(db, actor) as s:
        return apply_official(s)


def missing_years(source: Session | Database, today: date | None = None) -> list[int]:
    """The current year, and from November (when the State Council publishes it) the next one, if the
    calendar holds no holiday for it."""
    if isinstance(source, Database):
        with source.read() as s:
            return missing_years(s, today)
    today = today or date.today()
    wanted = (today.year, today.year + 1) if today.month >= 11 else (today.year,)
    have = {d.year for d in source.scalars(select(CalendarDay.day).where(
        CalendarDay.kind == OFF, CalendarDay.day >= date(wanted[0], 1, 1),
        CalendarDay.day <= date(wanted[-1], 12, 31)))}
    return [y for y in wanted if y not in have]
