"""The database side of the workflow engine (app.domain.workflow): numbers, transitions, event log, due times.

A workflow service calls :func:`create` for a new record and :func:`transition` for every state change;
both check the declaration (states, roles, required fields), write the event row, and leave the audit row
to the flush (the record is audited), all in the caller's unit of work.
"""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain import numbering
from app.domain.errors import ConflictError
from app.domain.workflow import Event, Transition, Workflow
from app.services.base import STALE, Actor, now
from db.models import DocSequence, WorkflowEvent


def next_number(session: Session, doc_type: str, when: date | datetime) -> str:
    """The next document number of a type; never reused, even when two desks save at once.

    The counter row is incremented in the caller's write transaction (SQLite: BEGIN IMMEDIATE holds the
    write lock; PostgreSQL: the UPDATE takes the row lock), so concurrent savers queue up on it.
    """
    period = numbering.period_key(doc_type, when)
    for _attempt in range(2):
        result = session.execute(update(DocSequence)
                                 .where(DocSequence.doc_type == doc_type, DocSequence.period == period)
                                 .values(last_seq=DocSequence.last_seq + 1)
                                 .returning(DocSequence.last_seq))
        seq = result.scalar()
        if seq is not None:
            return numbering.format_number(doc_type, when, seq)
        try:
            with session.begin_nested():
                session.add(DocSequence(doc_type=doc_type, period=period, last_seq=1))
            return numbering.format_number(doc_type, when, 1)
        except Exception:  # another desk created the counter first: take the next one from it
            continue
    raise ConflictError(STALE)


def _store(session: Session, workflow: Workflow, record_id: int, event: Event, actor: Actor) -> None:
    session.add(WorkflowEvent(kind=workflow.kind, record_id=record_id, at=event.at, staff_id=actor.staff_id,
                              action=event.action, from_state=event.from_state or "",
                              to_state=event.to_state, note=event.note,
                              data=json.dumps(event.data, ensure_ascii=False, default=str)
                              if event.data else ""))


def create(session: Session, actor: Actor, workflow: Workflow, record: Any, *, note: str = "",
           data: dict | None = None, when: datetime | None = None) -> Event:
    """Number a new record, put it in the initial state, add it, and log the first event."""
    at = when or now()
    record.number = next_number(session, workflow.doc_type, at)
    record.status = workflow.initial
    record.created_by = actor.staff_id
    if getattr(record, "owner_staff_id", None) is None:
        record.owner_staff_id = actor.staff_id
    session.add(record)
    session.flush()
    event = workflow.start(at=at, user_id=actor.staff_id, note=note, data=data)
    _store(session, workflow, record.id, event, actor)
    return event


def transition(session: Session, actor: Actor, workflow: Workflow, record: Any, action: str,
               fields: dict[str, Any] | None = None, *, version: int | None = None) -> Transition:
    """Apply ``action`` to ``record`` if the declaration allows it for this user; log it."""
    if version is not None and record.version != version:
        raise ConflictError(STALE)
    fields = dict(fields or {})
    event = workflow.apply(record.status, action, actor.permissions, fields, at=now(),
                           user_id=actor.staff_id)
    record.status = event.to_state
    if action == "void" and hasattr(record, "void_reason"):
        record.void_reason = str(fields.get("reason") or event.note)[:200]
    session.flush()
    _store(session, workflow, record.id, event, actor)
    return workflow.transition(action)


def events(session: Session, workflow: Workflow, record_id: int) -> list[Event]:
    rows = session.scalars(select(WorkflowEvent).where(WorkflowEvent.kind == workflow.kind,
                                                       WorkflowEvent.record_id == record_id)
                           .order_by(WorkflowEvent.id))
    return [Event(r.action, r.from_state or None, r.to_state, r.at, r.staff_id, r.note,
                  json.loads(r.data) if r.data else {}) for r in rows]


def allowed_actions(workflow: Workflow, record: Any, actor: Actor) -> list[Transition]:
    """The buttons a record's detail pane shows for this user (from the declaration, not from widgets)."""
    return workflow.allowed_actions(record.status, actor.permissions)


def due_at(session: Session, workflow: Workflow, clock: str, record: Any) -> datetime | None:
    """When a clock of the record runs out (None if it never started), from its events and parameters."""
    from app.services import calendar as calendar_service
    from app.services import params
    fields = {c.key: getattr(record, c.key) for c in record.__table__.columns}
    run = workflow.replay(clock, events(session, workflow, record.id), params.load(session),
                          calendar_service.load_calendar(session), fields)
    return None if run is None else run.due_at
