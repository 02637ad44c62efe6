"""One record service for every workflow (the record kit, DESIGN.md §3).

A workflow registers a :class:`RecordKind`: its declared :class:`~app.domain.workflow.Workflow`, its model,
the permission to view it, and what is its own — the detail projection its page and forms use, the rows its
detail pane shows, and per action the cross-record guards and side effects. Everything else is here, once:

* :func:`get` — a record with its fields, version, event timeline, running clocks, attachments, links and
  the actions this user may take now (:class:`RecordView`, what every detail pane shows);
* :func:`act` — permission → parse (the fields' one parser) → load with version → engine check (state,
  role, required fields, the transition's guard on the record or its :class:`Subject`) → the kind's guards →
  the action done instead, if the input calls for another → values stored in their declared columns → the
  kind's effects → transition (event row, clocks, audit row) → attachments → the kind's after-effects, in one
  unit of work;
* :func:`act_in` — the same inside a unit of work that is already open, so one transaction spans workflows
  (a patrol finding sent as a work slip; later a move-out, its release slip and the deposit refund):
  :meth:`Act.act` and :meth:`Act.create` are how an effect reaches another record;
* :func:`create_in` — a new record (numbered, first event, clocks), optionally linked to the one acted on;
* :func:`events` — the timeline as :class:`EventView` rows, labels from the declaration.

Only domain errors leave these functions: an unknown kind or action is a NotFound, a stale version a
ConflictError, bad input the field's ValidationError.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.domain.fields import FieldSpec, check_required_when
from app.domain.workflow import MSG_DENIED, Transition, Workflow
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import attachments, base, clocks
from app.services import workflow as wf
from app.services.auth import permissions_of
from app.services.base import STALE, Actor, unit_of_work
from db.engine import Database
from db.models import RecordLink, Room, Staff, WorkflowEvent

Effect = Callable[["Act"], None]

MSG_NO_KIND = T("Records", "There is no kind of record “{kind}”")
MSG_GONE = T("Records", "This record no longer exists")
MSG_NO_ROOM = T("Records", "There is no room {code} in this estate")
MSG_NO_STAFF = T("Records", "{field}: choose an active member of staff")
MSG_NO_NUMBER = T("Records", "No document has the number {number}")


@dataclass(frozen=True)
class RecordKind:
    """How a workflow's records are read and acted on; see the module docstring."""

    workflow: Workflow
    #: the mapped class of the records (columns read by name: ``id``, ``status``, ``number`` when it has one)
    model: type[Any]
    view: str
    #: the page (app/ui/pages) that shows these records
    page: str = ""
    #: the permission to register a new record from the workflow's record fields (:func:`create`)
    create_permission: str | None = None
    #: the workflow's own registration of a new record from its parsed record fields (checks across records,
    #: a number of its own, the room looked up): ``create(session, actor, values)`` returns the record it
    #: made with :func:`create_in`; default: the model made from the fields' columns
    create: Callable[[Session, Actor, dict[str, Any]], Any] | None = None
    #: the code a record without a document number is known by (a key's cabinet slot)
    code: Callable[[Any], str] | None = None
    #: the headline under the number in the detail pane
    title: Callable[[Any], str] | None = None
    #: warnings shown beside the state (not signed for in time, waits for approval), from the record
    flags: Callable[[Session, Any], list[Text | str]] | None = None
    #: the detail pane's rows (label, shown value); default: the workflow's record fields
    rows: Callable[[Session, Actor, Any], list[tuple[Text | str, str]]] | None = None
    #: the workflow's own projection of a record (its page and forms read it)
    detail: Callable[[Session, Actor, Any], Any] | None = None
    #: what the transitions' guards and warnings look at when the record's columns are not enough (how many
    #: recipients have not signed, the time now): a :class:`Subject` of the record; default the record
    subject: Callable[[Session, Any], Any] | None = None
    #: per action: cross-record rules (raise a UserError), then side effects, then effects after the event
    guards: Mapping[str, Effect] = field(default_factory=dict)
    effects: Mapping[str, Effect] = field(default_factory=dict)
    after: Mapping[str, Effect] = field(default_factory=dict)
    #: per action: the name of another action done in its place when the input says so (a return short of
    #: keys, confirmed, is the loan's loss), or None; the input and its columns stay, the other action's
    #: effects run and its event is stored
    instead: Mapping[str, Callable[[Act], str | None]] = field(default_factory=dict)
    not_found: Text = MSG_GONE

    @property
    def kind(self) -> str:
        return self.workflow.kind


KINDS: dict[str, RecordKind] = {}

#: what a linked record is to the one shown (a work slip sent with it, its follow-up, a reversal …)
RELATIONS: dict[str, Text] = {
    "slip": T("Records", "work slip"), "followup": T("Records", "follow-up"), "complaint": T("Records", "complaint"),
    "reversal": T("Records", "reversal"), "renewal": T("Records", "renewal"),
    "finding": T("Records", "finding"), "key_loan": T("Records", "key loan"), "work_slip": T("Records", "work slip"),
    "moveout": T("Records", "move-out"),
}


class Subject:
    """A record with facts its columns do not hold, for the transitions' guards and warnings: attributes
    not given here are the record's (``Subject(notice, pending=2, now=now).status``)."""

    def __init__(self, record: Any, **facts: Any) -> None:
        self.__dict__.update(facts, record=record)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["record"], name)


def subject_of(session: Session, kind: RecordKind, record: Any) -> Any:
    return kind.subject(session, record) if kind.subject is not None else record


def register(kind: RecordKind) -> RecordKind:
    if kind.kind in KINDS:
        raise ValueError(f"record kind {kind.kind!r} registered twice")
    KINDS[kind.kind] = kind
    attachments.register_kind(kind.kind, kind.view)
    return kind


def kind_of(kind: str | RecordKind) -> RecordKind:
    if isinstance(kind, RecordKind):
        return kind
    try:
        return KINDS[kind]
    except KeyError:
        raise NotFound(MSG_NO_KIND.format(kind=str(kind)[:30])) from None


# ============================================================================================ acting

@dataclass
class Act:
    """One action being done: what an effect or guard sees, and how it reaches other records."""

    session: Session
    actor: Actor
    kind: RecordKind
    record: Any
    transition: Transition
    #: the input, parsed by the fields' parser
    values: dict[str, Any]
    #: what the event keeps (an effect may add to it)
    data: dict[str, Any]
    now: datetime
    #: rooms and staff the values name, found by :func:`act_in`
    resolved: dict[str, Any] = field(default_factory=dict)
    #: the stored event (set before the after-effects run)
    event: WorkflowEvent | None = None

    def act(self, kind: str | RecordKind, record: Any, action: str, raw: Mapping[str, Any] | None = None) -> Act:
        """Another action, on another (or the same) record, in this transaction."""
        return act_in(self.session, self.actor, kind, record, action, raw or {})

    def create(self, kind: str | RecordKind, record: Any, *, relation: str = "", note: str = "",
               data: dict[str, Any] | None = None, state: str | None = None) -> Any:
        """A new record in this transaction, linked to this one when ``relation`` is given (``state``: it
        starts in that declared state instead of the initial one)."""
        return create_in(self.session, self.actor, kind, record, note=note, data=data, state=state,
                         link=(self.kind.kind, self.record.id, relation) if relation else None)


def act(db: Database, actor: Actor, kind: str, record_id: int, action: str,
        raw: Mapping[str, Any] | None = None, *, version: int | None = None) -> int:
    """Do ``action`` on a record with the input as typed; returns the record's id (see module docstring)."""
    rk = kind_of(kind)
    _require(rk.workflow.action(action), actor)
    with unit_of_work(db, actor) as s:
        done = act_in(s, actor, rk, record_id, action, raw or {}, version=version)
        return int(done.record.id)


def act_in(session: Session, actor: Actor, kind: str | RecordKind, record: Any, action: str,
           raw: Mapping[str, Any], *, version: int | None = None) -> Act:
    """:func:`act` inside an open unit of work; ``record`` is a record or its id."""
    rk = kind_of(kind)
    workflow = rk.workflow
    transition = workflow.action(action)
    _require(transition, actor)
    if not isinstance(record, rk.model):
        record = load(session, rk, record)
    if version is not None and record.version != version:
        raise ConflictError(STALE)
    now = base.now()
    subject = subject_of(session, rk, record)
    workflow.check_allowed(record.status, action, actor.permissions, subject)
    values = workflow.parse(transition, raw, now=now)
    for spec in transition.form_fields:
        if spec.from_record and spec.is_missing(values.get(spec.key)):
            values[spec.key] = getattr(record, spec.column)
    workflow.check(record.status, action, actor.permissions, values, subject)
    ctx = Act(session, actor, rk, record, transition, values, {}, now)
    ctx.data = _event_data(ctx)
    guard = rk.guards.get(action)
    if guard is not None:
        guard(ctx)
    choose = rk.instead.get(action)
    other = choose(ctx) if choose is not None else None
    if other:
        ctx.transition = workflow.check_allowed(record.status, other, actor.permissions, record)
    for spec in transition.form_fields:
        if spec.column and (spec.key in raw or spec.required or not spec.is_missing(values.get(spec.key))):
            setattr(record, spec.column, values.get(spec.key))
    if hasattr(record, "handler_id"):   # 首问负责: who acted last handles the record now
        record.handler_id = actor.staff_id
    action = ctx.transition.name
    if action == workflow.numbered_by and workflow.is_provisional(getattr(record, "number", None)):
        # the official number, taken now in this write transaction (two desks queue on the counter row); the
        # provisional one stays in the audit trail of the change
        record.number = wf.next_number(session, str(workflow.doc_type), now)
    effect = rk.effects.get(action)
    if effect is not None:
        effect(ctx)
    _, ctx.event = wf.transition_event(session, actor, workflow, record, action, values, data=ctx.data,
                                       guarded=True)
    session.flush()   # the event's id, for the files attached to it
    for spec in transition.form_fields:
        if spec.kind == "attachment" and values.get(spec.key):
            attachments.add(session, actor, rk.kind, record.id, values[spec.key], role=spec.key,
                            event_id=ctx.event.id, field=spec.key)
    after = rk.after.get(action)
    if after is not None:
        after(ctx)
    return ctx


def _require(transition: Transition, actor: Actor) -> None:
    """The role may do the action (the refusal names the action, as the buttons do)."""
    if transition.permission not in actor.permissions:
        raise PermissionDenied(MSG_DENIED.format(action=transition.label))


def _event_data(ctx: Act) -> dict[str, Any]:
    """The event's copy of the input: rooms and staff checked, ID numbers and phones masked, files named."""
    data: dict[str, Any] = {}
    for spec in ctx.transition.form_fields:
        if spec.key in ("note", "effective_at"):
            continue
        value: Any = ctx.values.get(spec.key)
        if spec.is_missing(value) and spec.kind != "bool":
            continue
        if spec.kind == "room":
            ctx.resolved[spec.key] = room(ctx.session, value, spec.key)
        elif spec.kind == "staff":
            member = ctx.session.get(Staff, value)
            if member is None or not member.active:
                raise ValidationError(MSG_NO_STAFF.format(field=spec.label), spec.key)
            ctx.resolved[spec.key] = member
            value = member.name
        elif spec.kind == "attachment":
            value = [_file_name(item) for item in value]
        elif spec.private:
            value = spec.mask(value)
        data[spec.key] = value
    return data


def _file_name(item: Any) -> str:
    if isinstance(item, tuple | list):
        return str(item[0])
    return str(item).replace("\\", "/").rsplit("/", 1)[-1]


def room(session: Session, code: str, field_name: str = "room") -> Room:
    """The room of a code as the desk typed it (the field's ValidationError when there is none)."""
    found = session.scalar(select(Room).where(Room.code == code))
    if found is None:
        raise ValidationError(MSG_NO_ROOM.format(code=code), field_name)
    return found


def parse_create(kind: str | RecordKind, raw: Mapping[str, Any]) -> dict[str, Any]:
    """A new record's declared record fields as typed, parsed (a key left out: what the form starts with),
    those required in this case checked."""
    rk = kind_of(kind)
    now = base.now()
    values: dict[str, Any] = {}
    for spec in rk.workflow.create_fields:
        values[spec.key] = spec.parse(raw.get(spec.key, spec.initial()), now=now, values=values)
    check_required_when(rk.workflow.create_fields, values)
    return values


def create(db: Database, actor: Actor, kind: str, raw: Mapping[str, Any]) -> int:
    """A new record of ``kind`` from its declared record fields as typed (a field left out takes its
    default); returns its id."""
    rk = kind_of(kind)
    actor.require(rk.create_permission or rk.view)
    values = parse_create(rk, raw)
    with unit_of_work(db, actor) as s:
        if rk.create is not None:
            record = rk.create(s, actor, values)
        else:
            for spec in rk.workflow.create_fields:
                if spec.kind == "room" and values[spec.key]:
                    room(s, values[spec.key], spec.key)
            columns = {spec.column or spec.key: values[spec.key] for spec in rk.workflow.create_fields
                       if spec.kind != "attachment"}
            record = create_in(s, actor, rk, rk.model(**columns))
        for spec in rk.workflow.create_fields:
            if spec.kind == "attachment" and values[spec.key]:
                attachments.add(s, actor, rk.kind, record.id, values[spec.key], role=spec.key, field=spec.key)
        return int(record.id)


def create_in(session: Session, actor: Actor, kind: str | RecordKind, record: Any, *, note: str = "",
              data: dict[str, Any] | None = None, when: datetime | None = None,
              link: tuple[str, int, str] | None = None, state: str | None = None) -> Any:
    """Add a new record of ``kind`` (numbered if its workflow numbers records) in an open unit of work;
    ``link`` = (kind, id, relation) of the record it was made from; ``state`` a declared state it starts in
    instead of the initial one."""
    rk = kind_of(kind)
    wf.create(session, actor, rk.workflow, record, note=note, data=data, when=when,
              numbered=rk.workflow.doc_type is not None, state=state)
    if link is not None:
        from_kind, from_id, relation = link
        session.add(RecordLink(from_kind=from_kind, from_id=from_id, to_kind=rk.kind, to_id=record.id,
                               relation=relation))
    return record


def link(session: Session, source: tuple[str, int], target: tuple[str, int], relation: str) -> None:
    session.add(RecordLink(from_kind=source[0], from_id=source[1], to_kind=target[0], to_id=target[1],
                           relation=relation))


def load(session: Session, kind: str | RecordKind, record_id: Any, version: int | None = None) -> Any:
    rk = kind_of(kind)
    try:
        ident = int(record_id)
    except (TypeError, ValueError):
        raise NotFound(rk.not_found) from None
    record = session.get(rk.model, ident) if 0 < ident < 2 ** 63 else None
    if record is None:
        raise NotFound(rk.not_found)
    if version is not None and record.version != version:
        raise ConflictError(STALE)
    return record


# ============================================================================================ reading

@dataclass(frozen=True)
class EventView:
    """One row of a record's timeline."""

    at: datetime
    who: str
    action: str
    from_state: str
    state: str
    note: str
    details: str
    #: when it was entered, for an action recorded from paper later than it happened
    recorded_at: datetime | None = None
    id: int = 0
    data: Mapping[str, Any] = field(default_factory=dict)

    @property
    def sort_key(self) -> tuple[datetime, int]:
        return (self.at, self.id)


@dataclass(frozen=True)
class ActionView:
    name: str
    label: str
    transition: Transition
    #: what to mind before doing it (the transition's warning on this record), shown in its dialog
    warning: str = ""

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        return self.transition.form_fields

    @property
    def needs_note(self) -> bool:
        return self.transition.needs_note


@dataclass(frozen=True)
class LinkView:
    kind: str
    id: int
    number: str
    relation: str
    page: str

    @property
    def relation_label(self) -> str:
        return str(RELATIONS.get(self.relation, self.relation))


@dataclass(frozen=True)
class RecordView:
    """A record as its detail pane shows it."""

    kind: str
    id: int
    number: str
    status: str
    status_label: str
    tone: str
    version: int
    title: str
    rows: list[tuple[str, str]]
    events: list[EventView]
    actions: list[ActionView]
    clocks: list[clocks.ClockView]
    attachments: list[attachments.AttachmentView]
    links: list[LinkView]
    detail: Any = None
    #: every action the engine allows this user now, the hidden ones included (what enables a page's buttons)
    can: frozenset[str] = frozenset()
    #: warnings shown beside the state
    flags: tuple[str, ...] = ()

    @property
    def shown_number(self) -> str:
        """The number as the desk sees it: 草稿 while a record numbered by an action has not taken it."""
        return kind_of(self.kind).workflow.shown_number(self.number)

    def __getattr__(self, name: str) -> Any:
        """The workflow's own projection answers for what the kit does not know (``view.signed_by``)."""
        detail = self.__dict__.get("detail")
        if detail is None or name.startswith("__"):
            raise AttributeError(name)
        return getattr(detail, name)


def get(db: Database, actor: Actor, kind: str, record_id: int) -> RecordView:
    rk = kind_of(kind)
    actor.require(rk.view)
    with db.read() as s:
        return view(s, actor, rk, load(s, rk, record_id))


def view(session: Session, actor: Actor, kind: str | RecordKind, record: Any) -> RecordView:
    rk = kind_of(kind)
    workflow = rk.workflow
    state = workflow.state(record.status)
    now = base.now()
    subject = subject_of(session, rk, record)
    rows = rk.rows(session, actor, record) if rk.rows else default_rows(workflow, record)
    number = getattr(record, "number", "") or (rk.code(record) if rk.code else "")
    return RecordView(
        rk.kind, record.id, number, record.status, str(state.label),
        state.shown_tone, record.version, rk.title(record) if rk.title else "",
        [(str(label), value) for label, value in rows if value],
        events(session, workflow, record.id), actions(workflow, subject, actor),
        clocks.views(session, workflow, record.id, now), attachments.of_record(session, rk.kind, record.id),
        links(session, rk.kind, record.id),
        rk.detail(session, actor, record) if rk.detail else snapshot(rk, record, actor),
        frozenset(t.name for t in workflow.allowed_actions(record.status, actor.permissions, subject, hidden=True)),
        tuple(str(flag) for flag in rk.flags(session, record)) if rk.flags else ())


def snapshot(kind: RecordKind, record: Any, actor: Actor) -> Any:
    """The record's columns as read-only attributes (the detail of a kind without a projection of its own);
    the values of ``private`` fields masked for a role that may not see ID numbers and phones."""
    from types import SimpleNamespace

    from app.domain.permissions import PEOPLE_SEE_ID
    values = {c.key: getattr(record, c.key) for c in record.__table__.columns}
    if not actor.can(PEOPLE_SEE_ID):
        for spec in kind.workflow.record_fields:
            column = spec.column or spec.key
            if spec.private and isinstance(values.get(column), str):
                values[column] = spec.mask(values[column])
    return SimpleNamespace(**values)


def default_rows(workflow: Workflow, record: Any) -> list[tuple[Text | str, str]]:
    return [(spec.label, spec.show(getattr(record, spec.column or spec.key, None)))
            for spec in workflow.record_fields if spec.kind != "attachment"]


def actions(workflow: Workflow, record: Any, actor: Actor) -> list[ActionView]:
    """The buttons for this user on ``record`` (or its :class:`Subject`), with their warnings."""
    return [ActionView(t.name, str(t.label), t, str(t.warning(record) or "") if t.warning else "")
            for t in workflow.allowed_actions(record.status, actor.permissions, record)]


def events(session: Session, workflow: Workflow, record_id: int) -> list[EventView]:
    rows = session.scalars(select(WorkflowEvent).where(WorkflowEvent.kind == workflow.kind,
                                                       WorkflowEvent.record_id == record_id)
                           .order_by(WorkflowEvent.id)).all()
    who = names(session, (r.staff_id for r in rows))
    out = []
    for r in rows:
        data = json.loads(r.data) if r.data else {}
        out.append(EventView(r.at, who.get(r.staff_id, "") if r.staff_id else "",
                             str(workflow.action_label(r.action)),
                             str(workflow.state_label(r.from_state)) if r.from_state else "",
                             str(workflow.state_label(r.to_state)), r.note, details(workflow, data),
                             r.recorded_at, r.id, data))
    return out


def details(workflow: Workflow, data: Mapping[str, Any]) -> str:
    """An event's values as "label: value; …" for the fields the workflow declares."""
    parts = []
    for key, value in data.items():
        spec = workflow.specs.get(key)
        if spec is None or value in (None, "", []):
            continue
        shown = spec.show(value) if spec.kind != "attachment" else "、".join(str(v) for v in value)
        if shown:
            parts.append(f"{spec.label}: {shown}")
    return "; ".join(parts)


def links(session: Session, kind: str, record_id: int) -> list[LinkView]:
    rows = session.scalars(select(RecordLink).where(or_(
        (RecordLink.from_kind == kind) & (RecordLink.from_id == record_id),
        (RecordLink.to_kind == kind) & (RecordLink.to_id == record_id))).order_by(RecordLink.id)).all()
    out = []
    for row in rows:
        other_kind, other_id = ((row.to_kind, row.to_id) if (row.from_kind, row.from_id) == (kind, record_id)
                                else (row.from_kind, row.from_id))
        other = KINDS.get(other_kind)
        number = ""
        if other is not None:
            number = session.scalar(select(other.model.number).where(other.model.id == other_id)) or ""
        out.append(LinkView(other_kind, other_id, number, row.relation, other.page if other else ""))
    return out


def names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    """Staff names by id (the one lookup every read model uses)."""
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(session.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted))).all())


def by_number(db: Database, actor: Actor, number: str) -> tuple[str, int]:
    """(kind, id) of the record with a document number, whatever its workflow."""
    text = (number or "").strip().upper()
    for rk in KINDS.values():
        if any(text.startswith(t) for t in rk.workflow.doc_types) and hasattr(rk.model, "number") \
                and actor.can(rk.view):
            with db.read() as s:
                ident = s.scalar(select(rk.model.id).where(rk.model.number == text))
            if ident is not None:
                return rk.kind, int(ident)
    raise NotFound(MSG_NO_NUMBER.format(number=text[:30]))


# ============================================================================================ lists

@dataclass(frozen=True)
class RecordRow:
    """A record in the generic list of a kind (a workflow with its own list query shows its own rows)."""

    id: int
    number: str
    status: str
    status_label: str
    tone: str
    created_at: datetime
    values: Mapping[str, str]
    deadline: datetime | None
    overdue: bool

    @property
    def sort_key(self) -> tuple[int]:
        return (self.id,)


#: a count stops here: the list says "more than …" instead of counting a whole table on each keystroke
COUNT_LIMIT = 10_000


def _list_query(rk: RecordKind, status: str, text: str, now: datetime) -> Select[Any]:
    model, workflow = rk.model, rk.workflow
    query = select(model)
    if status == "open":
        query = query.where(model.status.in_(workflow.open_states))
    elif status == "overdue" and workflow.clocks:
        query = query.where(model.id.in_(clocks.overdue(rk.kind, workflow.clocks[0].name, now)))
    elif status not in ("", "all"):
        query = query.where(model.status == workflow.filter_state(status))
    text = (text or "").strip()
    if text:
        first_text = next((f for f in workflow.record_fields if f.kind in ("text", "room")), None)
        conditions = [model.number.startswith(text.upper())] if hasattr(model, "number") else []
        if first_text is not None:
            conditions.append(getattr(model, first_text.column or first_text.key).contains(
                text.replace("%", r"\%").replace("_", r"\_"), autoescape=False))
        query = query.where(or_(*conditions)) if conditions else query
    return query


def list_records(db: Database, actor: Actor, kind: str, *, status: str = "open", text: str = "",
                 after: tuple[int] | None = None, limit: int = 200) -> list[RecordRow]:
    """The records of a kind, newest first, keyset-paged by id."""
    rk = kind_of(kind)
    actor.require(rk.view)
    now = base.now()
    query = _list_query(rk, status, text, now)
    if after is not None:
        query = query.where(rk.model.id < after[0])
    clock = rk.workflow.clocks[0].name if rk.workflow.clocks else None
    with db.read() as s:
        found = s.scalars(query.order_by(rk.model.id.desc()).limit(limit)).all()
        deadlines = {}
        if clock and found:
            from db.models import RecordClock
            deadlines = dict(s.execute(select(RecordClock.record_id, RecordClock.due_at).where(
                RecordClock.kind == rk.kind, RecordClock.clock == clock, RecordClock.point == clocks.DEADLINE,
                RecordClock.record_id.in_([r.id for r in found]))).all())
        out = []
        for r in found:
            state = rk.workflow.state(r.status)
            due = deadlines.get(r.id)
            out.append(RecordRow(r.id, getattr(r, "number", "") or "", r.status, str(state.label),
                                 state.shown_tone, r.created_at,
                                 {f.key: f.show(getattr(r, f.column or f.key, None))
                                  for f in rk.workflow.record_fields if f.kind != "attachment"},
                                 due, bool(due and due < now)))
        return out


def count_records(db: Database, actor: Actor, kind: str, *, status: str = "open", text: str = "",
                  limit: int = COUNT_LIMIT) -> int:
    """How many records the filter leaves, counted up to ``limit`` (an export counts further)."""
    rk = kind_of(kind)
    actor.require(rk.view)
    from sqlalchemy import func
    query = _list_query(rk, status, text, base.now()).with_only_columns(rk.model.id).limit(limit)
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)


def staff_choices(db: Database, actor: Actor, permission: str = "") -> list[tuple[str, str]]:
    """Active staff as (id, name), for a staff field of an action; with ``permission``, only those whose
    role holds it (who may approve)."""
    with db.read() as s:
        rows = s.execute(select(Staff.id, Staff.name, Staff.role).where(Staff.active.is_(True))
                         .order_by(Staff.name)).all()
        roles = {role: permissions_of(s, role) for role in {r.role for r in rows}} if permission else {}
        return [(str(i), n) for i, n, role in rows if not permission or permission in roles[role]]


# ============================================================================================ printing

def _sheet(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """记录单: any record by its number, in Chinese (the kit's default printed form)."""
    from app.i18n import chinese
    from app.printing.forms.record_sheet import RecordSheet
    text = (number or "").strip().upper()
    for rk in KINDS.values():
        if not (any(text.startswith(t) for t in rk.workflow.doc_types) and hasattr(rk.model, "number")):
            continue
        record = session.scalar(select(rk.model).where(rk.model.number == text))
        if record is None:
            continue
        actor.require(rk.view)
        workflow = rk.workflow
        rows = [(spec.printed_label, spec.show_printed(getattr(record, spec.column or spec.key, None)))
                for spec in workflow.record_fields if spec.kind != "attachment"]
        rows = [(label, value) for label, value in rows if value]
        history = session.scalars(select(WorkflowEvent).where(WorkflowEvent.kind == workflow.kind,
                                                              WorkflowEvent.record_id == record.id)
                                  .order_by(WorkflowEvent.id)).all()
        who = names(session, (e.staff_id for e in history))
        events = [(e.at, who.get(e.staff_id or 0, ""), chinese(workflow.action_label(e.action)),
                   workflow.state(e.to_state).printed, e.note) for e in history]
        sheet = RecordSheet(chinese(workflow.label), workflow.shown_number(record.number, printed=True),
                            workflow.state(record.status).printed,
                            record.created_at, rows, events)
        return sheet, record.status == "void"
    raise NotFound(MSG_NO_NUMBER.format(number=text[:30]))


def _register_sheet() -> None:
    from app.services import printing
    printing.register_source("record_sheet", _sheet)


_register_sheet()


# ============================================================================================ approvals

MSG_IN_PERSON = T("Records", "The approver acts herself: signed in, or typing her own password here")
MSG_MAY_NOT = T("Records", "{name} may not do this: the approver acts herself, signed in or typing her own "
                           "password at this desk")
APPROVER_PASSWORD = "approver_password"


def act_as(db: Database, actor: Actor, kind: str, record_id: int, action: str,
           raw: Mapping[str, Any] | None = None, *, approver: int | None = None, approver_password: str = "",
           version: int | None = None, in_person: Text = MSG_IN_PERSON, may_not: Text = MSG_MAY_NOT) -> int:
    """An approval done by the approver acting: the one signed in, or another (``approver``) whose own
    password is typed at this desk (checked as at sign-in, failures counted); the action is then done, and
    logged, as hers, refused (``may_not``, given her name) when her role may not do it. A name picked alone
    never approves (``in_person``)."""
    from app.services import auth
    rk = kind_of(kind)
    actor.require(rk.view)
    confirmed = None
    if approver is not None and approver != actor.staff_id:
        if not approver_password:
            raise ValidationError(in_person, APPROVER_PASSWORD)
        auth.confirm_password(db, actor, approver, approver_password, APPROVER_PASSWORD)
        confirmed = approver
    with unit_of_work(db, actor) as s:
        acting = actor
        if confirmed is not None:
            staff = s.get(Staff, confirmed)
            if staff is None or not staff.active:
                raise ValidationError(in_person, "approver")
            acting = auth.actor_for(s, staff)
            if rk.workflow.action(action).permission not in acting.permissions:
                raise PermissionDenied(may_not.format(name=staff.name))
        return int(act_in(s, acting, rk, record_id, action, raw or {}, version=version).record.id)
