"""SLA clocks that pause and escalate (the record kit, DESIGN.md §3, DOMAIN.md §2.4).

A :class:`~app.domain.workflow.Clock` is declared on a workflow; a :class:`ClockRun` is one record's clock as
it stands. :func:`step` moves a run on by one event of the record: it starts when the record enters a start
state, stands still while the record is in a pause state (the time already spent is kept), resumes when it
leaves it, restarts on a restart action, takes a new deadline from a due field the event carries (a loan
extended, a fix deadline approved; a day means its end), and stops when the record enters a stop state. A
clock whose deadline only a due field gives starts with the first event that gives one. A clock whose
deadline the record can set (``param`` None, or a ``due_field``) keeps its deadline when it starts again (a
fix sent back to be redone is due when it was).

Time is counted by a :class:`Meter`, chosen by the kind of the limit's parameter:

* ``calendar``: wall-clock seconds (minutes, hours, days, and "by closing time");
* ``working``: seconds that fall on working days (a working day counts 24 h; "N working days");
* ``office``: seconds in office hours of working days ("minutes of office hours").

A run's ``budget`` and ``spent`` are counted seconds of its meter, so a pause of a weekend costs a
working-day clock nothing. Escalation points are multiples of the budget (``Clock.escalate_at``, e.g.
``(1.0, 2.0)``: the deadline, then twice it); :attr:`ClockRun.deadlines` holds when each is (or was) reached,
which the services store in one indexed table so "overdue" and "escalated" are index range queries.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Literal

from app.domain.calendar import WorkCalendar
from app.domain.parameters import PARAMS, effective_value

if TYPE_CHECKING:
    from app.domain.workflow import Clock, Event

Unit = Literal["calendar", "working", "office"]
_UNIT_OF_KIND: dict[str, Unit] = {"minutes": "calendar", "hours": "calendar", "days": "calendar",
                                  "time": "calendar", "working_days": "working", "office_minutes": "office"}
_SECONDS_OF_KIND = {"minutes": 60, "hours": 3600, "days": 86400, "working_days": 86400, "office_minutes": 60}


class Meter:
    """Counts time in one unit on a calendar, and finds the moment a count of it runs out."""

    def __init__(self, unit: Unit, calendar: WorkCalendar) -> None:
        self.unit, self.calendar = unit, calendar

    def measure(self, start: datetime, end: datetime) -> int:
        if self.unit == "working":
            return self.calendar.working_seconds(start, end)
        if self.unit == "office":
            return self.calendar.office_seconds(start, end)
        return max(int((end - start).total_seconds()), 0)

    def advance(self, start: datetime, seconds: int) -> datetime:
        if self.unit == "working":
            return self.calendar.add_working_seconds(start, seconds)
        if self.unit == "office":
            return self.calendar.add_office_seconds(start, seconds)
        return start + timedelta(seconds=max(int(seconds), 0))


@dataclass(frozen=True)
class ClockRun:
    """One record's clock: started, the budget to its deadline, what is spent, running, paused or stopped."""

    clock: str
    unit: Unit
    started_at: datetime
    budget: int                              # counted seconds to the deadline (1×)
    points: tuple[float, ...]                # escalation points, multiples of the budget
    spent: int = 0                           # counted seconds before ``running_since``
    running_since: datetime | None = None    # None while paused or stopped
    paused_at: datetime | None = None
    stopped_at: datetime | None = None
    deadlines: tuple[datetime | None, ...] = ()   # when each point is (or was) reached; None: not known yet

    @property
    def running(self) -> bool:
        return self.running_since is not None

    @property
    def paused(self) -> bool:
        return self.paused_at is not None and self.stopped_at is None

    @property
    def stopped(self) -> bool:
        return self.stopped_at is not None

    @property
    def due_at(self) -> datetime | None:
        """The deadline (the first point), when known."""
        return self.deadlines[0] if self.deadlines else None

    def target(self, point: int) -> int:
        return int(round(self.budget * self.points[point]))

    def spent_at(self, moment: datetime, meter: Meter) -> int:
        if self.running_since is None:
            return self.spent
        return self.spent + meter.measure(self.running_since, moment)

    def level(self, moment: datetime, meter: Meter) -> int:
        """How many escalation points are passed at ``moment`` (at the stop, for a stopped clock)."""
        spent = self.spent_at(self.stopped_at or moment, meter)
        past = self.deadlines if self.running else ()   # a deadline set in the past is passed at once

        def passed(k: int) -> bool:
            deadline = past[k] if k < len(past) else None
            return spent > self.target(k) or (deadline is not None and deadline < moment)

        return sum(1 for k in range(len(self.points)) if passed(k))

    @property
    def late(self) -> bool:
        """The clock stopped after its deadline (for a running one, see :meth:`level`)."""
        return self.stopped and self.spent > self.target(0)

    def remaining(self, moment: datetime, meter: Meter) -> int:
        """Counted seconds left to the deadline (negative when past it)."""
        return self.target(0) - self.spent_at(moment, meter)


def unit_of(param_key: str) -> Unit:
    return _UNIT_OF_KIND[PARAMS[param_key].kind]


def budget(clock: Clock, params: Mapping[str, Any], fields: Mapping[str, Any], started: datetime,
           calendar: WorkCalendar) -> tuple[Unit, int]:
    """The meter and counted seconds of ``clock``'s limit for a record started at ``started``."""
    if clock.param is None:
        return "calendar", 0
    key = clock.param_key(fields)
    kind, amount = PARAMS[key].kind, effective_value(key, params)
    if kind == "time":   # by closing time of the working day
        due = calendar.end_of_working_day(started, amount)
        return "calendar", int((due - started).total_seconds())
    return _UNIT_OF_KIND[kind], int(amount) * _SECONDS_OF_KIND[kind]


def start(clock: Clock, at: datetime, unit: Unit, seconds: int, meter: Meter,
          points: tuple[float, ...] | None = None) -> ClockRun:
    run = ClockRun(clock.name, unit, at, seconds, points or clock.points({}), running_since=at)
    return _with_deadlines(run, meter)


def step(clock: Clock, run: ClockRun | None, event: Event, meter_for: Any, new_budget: Any,
         due: datetime | None = None, points: tuple[float, ...] | None = None) -> ClockRun | None:
    """``run`` after ``event`` (``None``: the clock never started).

    ``meter_for(unit)`` gives the meter of a unit; ``new_budget()`` the (unit, seconds) of a clock starting
    now; ``due`` a deadline the event sets (the value of the clock's due field), if any.
    """
    at = event.at
    active = run is not None and not run.stopped
    if active and (event.to_state in clock.stop_states or event.action in clock.stop_by):
        assert run is not None
        meter = meter_for(run.unit)
        return _with_deadlines(replace(run, spent=run.spent_at(at, meter), running_since=None, stopped_at=at),
                               meter)
    if not active and event.to_state in clock.start_states or active and event.action in clock.restart_on:
        unit, seconds = new_budget()
        meter = meter_for(unit)
        if due is None and run is not None and (clock.param is None or clock.due_field and not active):
            due = run.due_at   # a deadline of the record's own (a slip, a fix sent back to be redone keeps it)
        if due is None and clock.param is None:
            return run         # no deadline given yet: the clock starts with the event that gives one
        if due is not None:
            seconds = meter.measure(at, due)
        return _passed(start(clock, at, unit, seconds, meter, points), due, at)
    if not active:
        return run
    assert run is not None
    meter = meter_for(run.unit)
    if due is not None:   # a new deadline: what is spent stays spent, the rest runs to ``due``
        spent = run.spent_at(at, meter)
        run = _passed(replace(run, budget=spent + meter.measure(at, due), spent=spent,
                              running_since=at if run.running else None, deadlines=()), due, at)
    if run.running and event.to_state in clock.pause_on:
        return _with_deadlines(replace(run, spent=run.spent_at(at, meter), running_since=None, paused_at=at),
                               meter)
    if not run.running and event.to_state not in clock.pause_on:
        return _with_deadlines(replace(run, running_since=at, paused_at=None), meter)
    return _with_deadlines(run, meter)


def _passed(run: ClockRun, due: datetime | None, at: datetime) -> ClockRun:
    """A deadline set in the past stays where it is (a fix sent back after its due date is late at once)."""
    if due is None or due > at:
        return run
    return replace(run, deadlines=tuple(min(d, due) if d else due for d in run.deadlines) or (due,) * len(run.points))


def deadline_of(value: Any) -> datetime | None:
    """A due field's value as a deadline: a time as it is, a day as its end (a fix due by 2025-06-17)."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime.combine(value, time(23, 59, 59))
    return None


def _with_deadlines(run: ClockRun, meter: Meter) -> ClockRun:
    """Each point's moment: kept once reached (and when the clock stops), computed while running, unknown
    while paused short of it."""
    known = run.deadlines
    deadlines: list[datetime | None] = []
    for k in range(len(run.points)):
        target = run.target(k)
        previous = known[k] if k < len(known) else None
        if run.running_since is not None and (run.spent < target or run.spent == target == 0):   # 0: due now
            deadlines.append(meter.advance(run.running_since, target - run.spent))
        elif previous is not None and (run.spent >= target or run.stopped_at is not None):
            deadlines.append(previous)   # reached, or the deadline the clock had when it stopped
        elif run.spent >= target and (run.stopped_at or run.paused_at):
            deadlines.append(previous or run.stopped_at or run.paused_at)
        else:
            deadlines.append(None)
    return replace(run, deadlines=tuple(deadlines))
