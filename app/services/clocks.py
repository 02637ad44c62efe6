"""The running clocks of every record, kept in ``record_clock`` by the engine's transitions.

:func:`update` is called by app.services.workflow for every event it stores: it moves each declared clock
of the record on (app.domain.clocks.step) and writes one row per escalation point. Lists then ask the index
(``ix_record_clock_due``) for what is overdue, due soon or escalated — :func:`overdue`, :func:`due_between`,
:func:`escalated` return subqueries of record ids — and :func:`deadline_of` joins a list's rows to their
deadline for display. :func:`views` is a record's clocks as its detail pane shows them.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, select
from sqlalchemy.orm import Session, aliased

from app.domain import clocks as clockwork
from app.domain.calendar import WorkCalendar
from app.domain.workflow import Clock, Event, Workflow
from db.models import RecordClock

#: the deadline's point (escalation points are stored in percent of the limit)
DEADLINE = 100


class _Lazy:
    """Parameters and calendar, read once per unit of work and only when a clock needs them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._params: dict[str, Any] | None = None
        self._calendar: WorkCalendar | None = None

    @property
    def params(self) -> dict[str, Any]:
        if self._params is None:
            from app.services import params
            self._params = params.load(self.session)
        return self._params

    @property
    def calendar(self) -> WorkCalendar:
        if self._calendar is None:
            from app.services.calendar import load_calendar
            self._calendar = load_calendar(self.session)
        return self._calendar


def context(session: Session) -> _Lazy:
    cached = session.info.get("clock_context")
    if cached is None:
        cached = session.info["clock_context"] = _Lazy(session)
    return cached


def record_fields(record: Any) -> dict[str, Any]:
    return {c.key: getattr(record, c.key) for c in record.__table__.columns}


def update(session: Session, workflow: Workflow, record: Any, event: Event) -> None:
    """Move the record's clocks on by ``event`` and store them."""
    if not workflow.clocks:
        return
    rows = _rows(session, workflow.kind, record.id)
    ctx = context(session)
    fields: Mapping[str, Any] | None = None
    for clock in workflow.clocks:
        run = _run(clock, rows.get(clock.name, []))
        if fields is None:
            fields = record_fields(record)
        new = workflow.step_clock(clock, run, event, ctx.params, ctx.calendar, fields)
        if new is not None and new != run:
            _store(session, workflow.kind, record.id, new, rows.get(clock.name, []))


def _rows(session: Session, kind: str, record_id: int) -> dict[str, list[RecordClock]]:
    rows: dict[str, list[RecordClock]] = {}
    for row in session.scalars(select(RecordClock).where(RecordClock.kind == kind,
                                                         RecordClock.record_id == record_id)
                               .order_by(RecordClock.clock, RecordClock.point)):
        rows.setdefault(row.clock, []).append(row)
    return rows


def _run(clock: Clock, rows: list[RecordClock]) -> clockwork.ClockRun | None:
    if not rows:
        return None
    first = rows[0]
    return clockwork.ClockRun(
        clock.name, first.unit, first.started_at, first.budget_s, tuple(r.point / 100 for r in rows),  # type: ignore[arg-type]
        first.spent_s, first.running_since, first.paused_at, first.stopped_at,
        tuple(r.deadline_at for r in rows))


def _store(session: Session, kind: str, record_id: int, run: clockwork.ClockRun, rows: list[RecordClock]) -> None:
    by_point = {r.point: r for r in rows}
    for k, point in enumerate(run.points):
        percent = int(round(point * 100))
        row = by_point.pop(percent, None)
        if row is None:
            row = RecordClock(kind=kind, record_id=record_id, clock=run.clock, point=percent)
            session.add(row)
        deadline = run.deadlines[k] if k < len(run.deadlines) else None
        row.unit, row.started_at, row.running_since = run.unit, run.started_at, run.running_since
        row.paused_at, row.stopped_at = run.paused_at, run.stopped_at
        row.spent_s, row.budget_s = run.spent, run.budget
        row.deadline_at = deadline
        row.due_at = None if run.stopped else deadline
        row.late = run.stopped and run.spent > run.target(k)
    for stale in by_point.values():   # points no longer declared
        session.delete(stale)


# ------------------------------------------------------------------------------------------ queries

def overdue(kind: str, clock: str, now: datetime, point: int = DEADLINE) -> Select[int]:
    """Record ids whose clock has passed ``point`` (the deadline by default) and has not stopped."""
    return select(RecordClock.record_id).where(RecordClock.kind == kind, RecordClock.clock == clock,
                                               RecordClock.point == point, RecordClock.due_at < now)


def due_between(kind: str, clock: str, start: datetime, end: datetime) -> Select[int]:
    """Record ids whose running clock runs out in [start, end)."""
    return select(RecordClock.record_id).where(RecordClock.kind == kind, RecordClock.clock == clock,
                                               RecordClock.point == DEADLINE, RecordClock.due_at >= start,
                                               RecordClock.due_at < end)


def escalated(kind: str, clock: str, now: datetime, level: int) -> Select[int]:
    """Record ids whose clock has passed its ``level``-th escalation point (1: the deadline)."""
    return overdue(kind, clock, now, point=level * 100)


def deadline_of(query: Select[Any], model: Any, kind: str, clock: str) -> tuple[Select[Any], Any]:
    """``query`` outer-joined to the record's clock row (the deadline); returns it and the aliased row,
    whose ``deadline_at``/``due_at``/``paused_at`` a list can select or filter on."""
    alias = aliased(RecordClock)
    joined = query.outerjoin(alias, and_(alias.kind == kind, alias.record_id == model.id, alias.clock == clock,
                                         alias.point == DEADLINE))
    return joined, alias


@dataclass(frozen=True)
class ClockView:
    name: str
    label: str
    state: str                  # running | paused | stopped
    deadline: datetime | None   # when it runs (ran) out; None while paused short of it
    level: int                  # escalation points passed (now, or at the stop)
    late: bool                  # passed its deadline (running) or stopped after it
    escalation: str             # the label of the highest point passed ("" if none or no labels)


def views(session: Session, workflow: Workflow, record_id: int, now: datetime) -> list[ClockView]:
    rows = _rows(session, workflow.kind, record_id)
    out = []
    for clock in workflow.clocks:
        run = _run(clock, rows.get(clock.name, []))
        if run is None:
            continue
        meter = clockwork.Meter(run.unit, context(session).calendar)
        level = run.level(now, meter)
        state = "stopped" if run.stopped else "paused" if run.paused else "running"
        label = str(clock.escalation_labels[level - 1]) if level and clock.escalation_labels else ""
        out.append(ClockView(clock.name, str(clock.label), state, run.due_at, level, level > 0, label))
    return out


def deadline(session: Session, kind: str, record_id: int, clock: str) -> datetime | None:
    """The current (or last) deadline of one clock of a record."""
    return session.scalar(select(RecordClock.deadline_at).where(
        RecordClock.kind == kind, RecordClock.record_id == record_id, RecordClock.clock == clock,
        RecordClock.point == DEADLINE))
