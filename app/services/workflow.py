"""The database side of the workflow engine (app.domain.workflow): numbers, transitions, event log, due times.

A workflow service calls :func:`create` for a new record and :func:`transition` for every state change;
both check the declaration (states, roles, required fields), write the event row, and leave the audit row
to the flush (the record is audited), all in the caller's unit of work.
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.domain import numbering
from app.domain.errors import ConflictError
from app.domain.workflow import Event, Transition, Workflow
from app.services import base, clocks
from app.services.base import STALE, Actor
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


def next_numbers(session: Session, doc_type: str, when: date | datetime, count: int) -> list[str]:
    """``count`` consecutive numbers of a type in one counter update (a billing run numbers its bills)."""
    if count <= 0:
        return []
    first = next_number(session, doc_type, when)
    if count == 1:
        return [first]
    period = numbering.period_key(doc_type, when)
    last = session.execute(update(DocSequence)
                           .where(DocSequence.doc_type == doc_type, DocSequence.period == period)
                           .values(last_seq=DocSequence.last_seq + (count - 1))
                           .returning(DocSequence.last_seq)).scalar_one()
    return [numbering.format_number(doc_type, when, seq) for seq in range(last - count + 1, last + 1)]


def _store(session: Session, workflow: Workflow, record: Any, event: Event, actor: Actor) -> WorkflowEvent:
    row = WorkflowEvent(kind=workflow.kind, record_id=record.id, at=event.at, staff_id=actor.staff_id,
                        action=event.action, from_state=event.from_state or "", to_state=event.to_state,
                        note=event.note, recorded_at=event.recorded_at,
                        data=json.dumps(event.data, ensure_ascii=False, default=str) if event.data else "")
    session.add(row)
    clocks.update(session, workflow, record, event)
    return row


def create(session: Session, actor: Actor, workflow: Workflow, record: Any, *, note: str = "",
           data: dict | None = None, when: datetime | None = None, numbered: bool = True,
           state: str | None = None) -> Event:
    """Number a new record (unless ``numbered`` is False: a record kept by a code of its own, such as a
    key's slot), put it in the initial state (or ``state``, a declared one: a key loan sent for approval
    starts 待审批), add it, log the first event and start its clocks."""
    at = when or base.now()
    if numbered:
        doc_type = workflow.creation_doc_type   # provisional when an action takes the number (a notice's draft)
        if doc_type is None:
            raise ValueError(f"workflow {workflow.kind} has no document type: its records are created with "
                             "numbered=False")
        record.number = next_number(session, doc_type, at)
    if state and state not in workflow.also_initial:
        raise ValueError(f"workflow {workflow.kind}: a record is not created in state {state!r}")
    record.status = state or workflow.initial
    if hasattr(type(record), "created_by"):
        record.created_by = actor.staff_id
    if getattr(record, "owner_staff_id", None) is None and hasattr(record, "owner_staff_id"):
        record.owner_staff_id = actor.staff_id
    session.add(record)
    session.flush()
    event = workflow.start(at=at, user_id=actor.staff_id, note=note, data=data)
    if state:
        event = replace(event, to_state=record.status)
    _store(session, workflow, record, event, actor)
    return event


def create_many(session: Session, actor: Actor, workflow: Workflow, records: list[Any], *,
                when: datetime | None = None, data: dict | None = None) -> None:
    """Create many records of one workflow at once (a billing run): numbers taken in one counter update,
    one flush for the records, their first events and clocks added together."""
    at = when or base.now()
    doc_type = workflow.creation_doc_type
    numbers = next_numbers(session, doc_type, at, len(records)) if doc_type else []
    for k, record in enumerate(records):
        if numbers:
            record.number = numbers[k]
        record.status = workflow.initial
        record.created_by = actor.staff_id
        if hasattr(record, "owner_staff_id") and record.owner_staff_id is None:
            record.owner_staff_id = actor.staff_id
    session.add_all(records)
    session.flush()
    event = workflow.start(at=at, user_id=actor.staff_id, data=data)
    payload = json.dumps(event.data, ensure_ascii=False, default=str) if event.data else ""
    session.add_all([WorkflowEvent(kind=workflow.kind, record_id=r.id, at=at, staff_id=actor.staff_id,
                                   action=event.action, from_state="", to_state=event.to_state, note="",
                                   data=payload) for r in records])
    if workflow.clocks:
        for record in records:
            clocks.update(session, workflow, record, event)


def last_event_at(session: Session, workflow: Workflow, record_id: int) -> datetime | None:
    return session.scalar(select(WorkflowEvent.at).where(WorkflowEvent.kind == workflow.kind,
                                                        WorkflowEvent.record_id == record_id)
                          .order_by(WorkflowEvent.id.desc()).limit(1))


def transition(session: Session, actor: Actor, workflow: Workflow, record: Any, action: str,
               fields: dict[str, Any] | None = None, *, version: int | None = None,
               data: dict[str, Any] | None = None) -> Transition:
    """Apply ``action`` to ``record`` if the declaration allows it for this user; log it.

    ``fields`` are what the engine checks (required fields, effective time); ``data`` what the event keeps
    (default: the fields), e.g. with an ID number masked.
    """
    return transition_event(session, actor, workflow, record, action, fields, version=version, data=data)[0]


def transition_event(session: Session, actor: Actor, workflow: Workflow, record: Any, action: str,
                     fields: dict[str, Any] | None = None, *, version: int | None = None,
                     data: dict[str, Any] | None = None, guarded: bool = False) -> tuple[Transition, WorkflowEvent]:
    """:func:`transition`, also returning the stored event row; ``guarded``: the caller asked the
    transition's guard before its effects changed the record (app.services.records)."""
    if version is not None and record.version != version:
        raise ConflictError(STALE)
    fields = dict(fields or {})
    key = workflow.transition(action).effective_key
    with session.no_autoflush:   # one flush (one audit row) per action, after the state is set
        previous = last_event_at(session, workflow, record.id) if key and fields.get(key) else None
    event = workflow.apply(record.status, action, actor.permissions, fields, at=base.now(), user_id=actor.staff_id,
                           record=None if guarded else record, previous_at=previous)
    if data is not None:
        event = replace(event, data={k: v for k, v in data.items() if k not in ("note", "effective_at")})
    record.status = event.to_state
    session.flush()
    row = _store(session, workflow, record, event, actor)
    return workflow.transition(action), row


def events(session: Session, workflow: Workflow, record_id: int) -> list[Event]:
    rows = session.scalars(select(WorkflowEvent).where(WorkflowEvent.kind == workflow.kind,
                                                       WorkflowEvent.record_id == record_id)
                           .order_by(WorkflowEvent.id))
    return [Event(r.action, r.from_state or None, r.to_state, r.at, r.staff_id, r.note,
                  json.loads(r.data) if r.data else {}, r.recorded_at) for r in rows]


def allowed_actions(workflow: Workflow, record: Any, actor: Actor) -> list[Transition]:
    """The buttons a record's detail pane shows for this user (from the declaration, not from widgets)."""
    return workflow.allowed_actions(record.status, actor.permissions, record)


def due_at(session: Session, workflow: Workflow, clock: str, record: Any) -> datetime | None:
    """When a clock of the record runs out (None if it never started), from its events and parameters."""
    from app.services import calendar as calendar_service
    from app.services import params
    fields = {c.key: getattr(record, c.key) for c in record.__table__.columns}
    run = workflow.replay(clock, events(session, workflow, record.id), params.load(session),
                          calendar_service.load_calendar(session), fields)
    return None if run is None else run.due_at
