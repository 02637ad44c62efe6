"""The one workflow engine behind all fifteen workflows (DESIGN.md §3, DOMAIN.md §2.4).

A workflow module *declares* a :class:`Workflow` (states, transitions with their permission and required
fields, SLA clocks) and adds it to the registry with :func:`register`. The engine is pure: the services layer
asks it what the user may do (:meth:`Workflow.allowed_actions`, the buttons), whether an action is allowed
(:meth:`Workflow.check`), and for the :class:`Event` to store (:meth:`Workflow.apply`), then writes the
record, the event and the audit row in one transaction.

Conventions every workflow follows:

* A record's first event is :meth:`Workflow.start`: action ``"create"``, no ``from_state``.
* Transition target ``"="`` (:data:`STAY`) keeps the state the action was done in.
* Transition source ``"*"`` means every non-terminal state except those in ``exclude``. Terminal states
  (closed, archived, void) have no way out: a declaration that gives them one is refused.
* A required field is missing when it is ``None``, blank text or an empty collection; ``False`` and ``0``
  are answers. The field ``note`` is the event's note; ``needs_note`` makes it required.
* A :class:`Clock` counts in the unit of its parameter's kind (app.domain.parameters): minutes, hours and days
  of calendar time, working days on the :class:`~app.domain.calendar.WorkCalendar`, or a ``time`` meaning
  "by closing time of the working day". Due times are computed, and being overdue is always derived
  (:func:`is_overdue`), never stored as a status.
* Declarations are checked when a :class:`Workflow` is built, so a broken one fails at import, not at the
  desk.
* Fields are declared once (:class:`~app.domain.fields.FieldSpec`): a transition carries the fields it asks
  for, and :meth:`Workflow.parse` is the one parser of an action's input. A transition marked ``effective``
  may be recorded from paper: its ``effective_at`` (never in the future, never before the previous event)
  is the event's time, and the event keeps when it was recorded too.
* A transition's ``guard`` looks at the record itself (an item left for someone waits for approval), its
  ``warning`` says what to mind before doing it (a short lead time) without refusing; its ``scope`` says
  whether the action belongs to the record at all (a workflow of two tracks), asked before the state; a
  ``hidden`` transition is done by the service as part of another action and is never a button (its fields
  are what the service passes: a checkpoint's result). A clock's ``when`` limits it to the records of one
  track.
* Clocks pause and escalate (app.domain.clocks).
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from app.domain import clocks as clockwork
from app.domain.calendar import WorkCalendar
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.fields import EFFECTIVE_AT, NOTE, NOTE_REQUIRED, REASON, FieldSpec, missing_required_when
from app.domain.numbering import DOC_TYPES
from app.domain.parameters import DURATION_KINDS, PARAMS, effective_value
from app.domain.permissions import PERMISSIONS
from app.i18n import QT_TRANSLATE_NOOP, Text, chinese

_D = TypeVar("_D")

ANY = "*"
#: a transition's target that keeps the state it came from (a progress report in either of two states)
STAY = "="
CREATE = "create"
#: kinds and states are stored in 20-character columns, actions in 30-character ones
_NAME_RE = re.compile(r"[a-z][a-z0-9_]{0,19}")
_ACTION_RE = re.compile(r"[a-z][a-z0-9_]{0,29}")

COMMON_FIELDS: dict[str, Text] = {"note": NOTE.label, "reason": REASON.label, "effective_at": EFFECTIVE_AT.label}
CREATED = QT_TRANSLATE_NOOP("Workflow", "Registered")

MSG_TERMINAL = QT_TRANSLATE_NOOP("Workflow", "The record is {state} and can no longer be changed")
MSG_NOT_FROM = QT_TRANSLATE_NOOP("Workflow", "“{action}” cannot be done while the record is {state}")
MSG_DENIED = QT_TRANSLATE_NOOP("Workflow", "Your role does not allow “{action}”")
MSG_MISSING = QT_TRANSLATE_NOOP("Workflow", "Fill in {fields} before “{action}”")
#: what a record numbered by an action shows for its number until then (a notice's draft)
DRAFT_NUMBER = QT_TRANSLATE_NOOP("Workflow", "Draft")
MSG_NO_ACTION = QT_TRANSLATE_NOOP("Workflow", "There is no action “{action}” for {workflow}")
MSG_FUTURE = QT_TRANSLATE_NOOP("Workflow", "{field} cannot be in the future")
MSG_BEFORE = QT_TRANSLATE_NOOP("Workflow", "{field} cannot be before the previous step ({at})")
MSG_UNKNOWN_STATE = QT_TRANSLATE_NOOP("Workflow", "Choose a status from the list")
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("Workflow", ", ")


class WorkflowDefinitionError(ValueError):
    """A declaration that breaks the engine's rules: a bug in a workflow module, never a user's mistake."""


#: how a state is shown: plain, needing attention, done (muted), or refused/void
TONES = ("", "attention", "done", "void")


@dataclass(frozen=True)
class State:
    name: str
    label: Text
    terminal: bool = False
    _: KW_ONLY
    #: "" (plain), "attention", "done" or "void"; terminal states are "done" unless declared otherwise
    tone: str = ""
    #: the word printed on paper when it is not the Chinese translation of ``label``
    print_label: str = ""

    @property
    def shown_tone(self) -> str:
        if self.tone:
            return self.tone
        if self.name == "void":
            return "void"
        return "done" if self.terminal else ""

    @property
    def printed(self) -> str:
        return self.print_label or chinese(self.label)


@dataclass(frozen=True)
class Transition:
    """An action from ``source`` (a state, several, or ``"*"``) to ``target``, shown as a button."""

    name: str
    source: str | tuple[str, ...]
    target: str
    _: KW_ONLY
    label: Text
    permission: str
    #: the fields the action asks for (its dialog, its parsing); required ones must be given
    fields: tuple[FieldSpec, ...] = ()
    #: names of further required fields (kept for declarations that list them by name)
    requires: tuple[str, ...] = ()
    needs_note: bool = False
    exclude: tuple[str, ...] = ()
    #: the action may be recorded from paper: it asks when it really happened (``effective_at``, or the
    #: datetime field named here: a slip's "signed at")
    effective: bool | str = False
    #: done by the service as part of another action, never a button (a key lent through a loan)
    hidden: bool = False
    #: a reason why the action cannot be done on this record now (None: it can), from the record itself
    guard: Callable[[Any], Text | None] | None = None
    #: a warning the action's dialog shows first, from the record (it does not refuse: a short lead time)
    warning: Callable[[Any], Text | None] | None = None
    #: a reason why the action does not belong to this record at all (one track of a workflow with two:
    #: a visitor's host is never asked about business at the desk), asked before the state
    scope: Callable[[Any], Text | None] | None = None
    #: offer an optional note (``needs_note`` makes it required)
    note: bool = True

    @property
    def sources(self) -> tuple[str, ...]:
        return _as_tuple(self.source)

    @property
    def required_fields(self) -> tuple[str, ...]:
        names = [*self.requires, *(f.key for f in self.fields if f.required)]
        if self.needs_note and "note" not in names:
            names.append("note")
        return tuple(dict.fromkeys(names))

    @property
    def effective_key(self) -> str | None:
        """The field that holds when the action really happened, if it can be recorded from paper."""
        if isinstance(self.effective, str):
            return self.effective
        return "effective_at" if self.effective else None

    @property
    def form_fields(self) -> tuple[FieldSpec, ...]:
        """What the action's dialog asks for, in order: its fields, when it happened, a note."""
        own = {f.key for f in self.fields}
        extra: list[FieldSpec] = []
        if "reason" in self.requires and "reason" not in own:
            extra.append(REASON)
        if self.effective is True and "effective_at" not in own:
            extra.append(EFFECTIVE_AT)
        if "note" not in own and (self.note or self.needs_note):
            extra.append(NOTE_REQUIRED if self.needs_note else NOTE)
        return (*self.fields, *extra)

    def refusal(self, record: Any) -> Text | None:
        """Why the guard refuses the action on ``record`` now (None when it allows it, or there is none)."""
        return self.guard(record) if self.guard is not None and record is not None else None

    def out_of_scope(self, record: Any) -> Text | None:
        """Why the action does not belong to ``record`` (None when it does, or there is no scope)."""
        return self.scope(record) if self.scope is not None and record is not None else None

    def applies_from(self, state: State) -> bool:
        if state.terminal:
            return False
        if self.source == ANY:
            return state.name not in self.exclude
        return state.name in self.sources


@dataclass(frozen=True)
class Clock:
    """An SLA timer: runs from entering a ``start_on`` state until entering a ``stop_on`` state.

    ``param`` is the parameter key giving the limit, or a mapping from the value of the record field ``by``
    to a key (urgent and general complaints have different limits, even in different units). An action in
    ``restart_on`` restarts a running clock (a progress report restarts the progress-report interval).
    """

    name: str
    _: KW_ONLY
    label: Text
    start_on: str | tuple[str, ...]
    stop_on: str | tuple[str, ...]
    #: the parameter of the limit (or a mapping by the field ``by``); None: the deadline comes from ``due_field``
    param: str | Mapping[str, str] | None
    by: str | None = None
    restart_on: tuple[str, ...] = ()
    #: actions that stop a running clock without a change of state (a major finding reported to the manager)
    stop_by: tuple[str, ...] = ()
    #: states in which the clock stands still; leaving one resumes it with the time already spent kept
    pause_on: tuple[str, ...] = ()
    #: escalation points as multiples of the limit (1.0: the deadline itself); a point may be the key of a
    #: parameter that gives the multiple (escalate to the manager at ``complaint.manager_escalation_factor``)
    escalate_at: tuple[float | str, ...] = (1.0,)
    #: labels of the escalation points (who is told: the supervisor at 1×, the manager at 2×)
    escalation_labels: tuple[Text, ...] = ()
    #: a field whose value, when an event carries it, is the new deadline (a loan's due time, an extension);
    #: a date means the end of that day, and a clock with no parameter starts once an event gives one
    due_field: str | None = None
    #: the records the clock runs for, from their fields (the host's answer: visitors, not business at
    #: the desk); None: every record
    when: Callable[[Mapping[str, Any]], bool] | None = None

    @property
    def start_states(self) -> tuple[str, ...]:
        return _as_tuple(self.start_on)

    @property
    def stop_states(self) -> tuple[str, ...]:
        return _as_tuple(self.stop_on)

    def points(self, params: Mapping[str, Any]) -> tuple[float, ...]:
        """The escalation points with their parameters' values."""
        return tuple(float(effective_value(p, params)) if isinstance(p, str) else float(p) for p in self.escalate_at)

    @property
    def param_keys(self) -> tuple[str, ...]:
        if self.param is None:
            return ()
        return (self.param,) if isinstance(self.param, str) else tuple(self.param.values())

    def param_key(self, fields: Mapping[str, Any]) -> str:
        """The parameter that sets this record's limit."""
        if isinstance(self.param, str):
            return self.param
        assert self.param is not None and self.by is not None
        choice = fields.get(self.by)
        choice = getattr(choice, "value", choice)  # an enum member hashes by name, not by value
        if not isinstance(choice, str) or choice not in self.param:
            raise ValueError(f"clock {self.name}: no parameter for {self.by}={choice!r}")
        return self.param[choice]


@dataclass(frozen=True)
class Event:
    """One row of a record's append-only event log (who, when, from → to, note, the fields given)."""

    action: str
    from_state: str | None
    to_state: str
    at: datetime
    user_id: int | None
    note: str = ""
    data: Mapping[str, Any] = field(default_factory=dict)
    #: when the event was recorded, if later than ``at`` (an action entered from paper)
    recorded_at: datetime | None = None


class Workflow:
    """A declared workflow; see the module docstring for the conventions it enforces."""

    def __init__(self, kind: str, *, label: Text, doc_type: str | None, states: Sequence[State],
                 initial: str, transitions: Sequence[Transition], clocks: Sequence[Clock] = (),
                 fields: Mapping[str, Text] | Sequence[FieldSpec] | None = None,
                 created_label: Text = CREATED, created_with: Sequence[str] | None = None,
                 event_fields: Sequence[FieldSpec] = (), also_initial: Sequence[str] = (),
                 numbered_by: str | None = None, draft_doc_type: str | None = None) -> None:
        self.kind = kind
        self.label = label
        self.doc_type = doc_type
        #: the action that takes the record's official number (a notice's publication); until then the record
        #: holds a provisional number of ``draft_doc_type`` (a sequence of its own, whose gaps mean nothing)
        #: and shows :data:`DRAFT_NUMBER` for it; None: numbered when created
        self.numbered_by = numbered_by
        self.draft_doc_type = draft_doc_type
        self.states = tuple(states)
        self.initial = initial
        #: further states a record may be created in (a key loan sent for approval starts 待审批)
        self.also_initial = tuple(also_initial)
        self.transitions = tuple(transitions)
        self.clocks = tuple(clocks)
        self.created_label = created_label
        self._created_with = tuple(created_with) if created_with is not None else None
        #: the record's own fields (its creation form, its detail pane, its printed labels)
        self.record_fields: tuple[FieldSpec, ...] = tuple(f for f in (fields or ()) if isinstance(f, FieldSpec))
        labels = dict(fields) if isinstance(fields, Mapping) else {f.key: f.label for f in self.record_fields}
        #: values the service's side effects add to an event (a publication's lead time): labelled in timelines
        self.event_fields = tuple(event_fields)
        specs = {f.key: f for f in self.event_fields}
        specs.update({f.key: f for t in self.transitions for f in t.form_fields})
        specs.update({f.key: f for f in self.record_fields})
        #: every field spec of the workflow by key (a transition's own spec wins for its parsing)
        self.specs: dict[str, FieldSpec] = specs
        self.fields = {**COMMON_FIELDS, **{k: f.label for k, f in specs.items()}, **labels}
        self._states = {s.name: s for s in self.states}
        self._transitions = {t.name: t for t in self.transitions}
        self._clocks = {c.name: c for c in self.clocks}
        problems = _problems(self)
        if problems:
            raise WorkflowDefinitionError(f"workflow {kind!r}: " + "; ".join(problems))

    def __repr__(self) -> str:
        return f"Workflow({self.kind!r})"

    @property
    def creation_doc_type(self) -> str | None:
        """The document type a new record is numbered in: its own, or the provisional one of a workflow
        numbered by an action."""
        return self.draft_doc_type if self.numbered_by else self.doc_type

    def is_provisional(self, number: str | None) -> bool:
        """Whether ``number`` is a provisional one (the record has not taken its official number yet)."""
        return bool(self.numbered_by and self.draft_doc_type and (number or "").startswith(self.draft_doc_type))

    def shown_number(self, number: str | None, *, printed: bool = False) -> str:
        """The number as lists, search and paper (``printed``: in Chinese) show it: :data:`DRAFT_NUMBER`
        while provisional."""
        if self.is_provisional(number):
            return chinese(DRAFT_NUMBER) if printed else str(DRAFT_NUMBER)
        return number or ""

    @property
    def doc_types(self) -> tuple[str, ...]:
        """The document types its records' numbers have (the provisional one too)."""
        types = (self.doc_type, self.draft_doc_type if self.numbered_by else None)
        return tuple(t for t in types if t)

    @property
    def create_fields(self) -> tuple[FieldSpec, ...]:
        """The record fields asked when a record is registered: those named by ``created_with``, or else
        those no action sets."""
        if self._created_with is not None:
            return tuple(f for f in self.record_fields if f.key in self._created_with)
        by_actions = {f.key for t in self.transitions for f in t.fields}
        return tuple(f for f in self.record_fields if f.key not in by_actions)

    @property
    def open_states(self) -> tuple[str, ...]:
        """The non-terminal states, in declaration order (what "open records" means in lists)."""
        return tuple(s.name for s in self.states if not s.terminal)

    def _declared(self, table: Mapping[str, _D], what: str, name: str) -> _D:
        """What the workflow declares under ``name``: a KeyError naming the workflow if nothing (a caller's bug)."""
        try:
            return table[name]
        except KeyError:
            raise KeyError(f"workflow {self.kind!r} has no {what} {name!r}") from None

    def state(self, name: str) -> State:
        return self._declared(self._states, "state", name)

    def filter_state(self, name: str) -> str:
        """A list's status filter, refused in the user's words when the workflow has no such state (typed
        input, an old saved filter), not a KeyError."""
        if name not in self._states:
            raise ValidationError(MSG_UNKNOWN_STATE, "status")
        return name

    def transition(self, name: str) -> Transition:
        return self._declared(self._transitions, "action", name)

    def action(self, name: str) -> Transition:
        """The transition of an action named by a user or a caller: a NotFound (not a KeyError) if none."""
        from app.domain.errors import NotFound
        transition = self._transitions.get(str(name or ""))
        if transition is None:
            raise NotFound(MSG_NO_ACTION.format(action=str(name)[:30], workflow=self.label))
        return transition

    def action_label(self, name: str) -> Text:
        """What an event's action is called in the timeline."""
        if name == CREATE:
            return self.created_label
        transition = self._transitions.get(name)
        return transition.label if transition else Text("Workflow", name)

    def state_label(self, name: str | None) -> Text | str:
        state = self._states.get(name or "")
        return state.label if state else (name or "")

    def parse(self, action: str | Transition, raw: Mapping[str, Any], *, now: datetime) -> dict[str, Any]:
        """The action's input as typed, parsed by its fields' one parser (first error raised).

        Missing required fields are left to :meth:`check`, which names them all.
        """
        transition = action if isinstance(action, Transition) else self.action(action)
        values: dict[str, Any] = {}
        for spec in transition.form_fields:
            raw_value = raw.get(spec.key)
            if spec.required and spec.is_missing(spec._parse(raw_value, now)):
                values[spec.key] = spec.empty()
                continue
            values[spec.key] = spec.parse(raw_value, now=now, values=values)
        return values

    def clock(self, name: str) -> Clock:
        return self._declared(self._clocks, "clock", name)

    def allowed_actions(self, state: str, permissions: Iterable[str], record: Any = None, *,
                        hidden: bool = False) -> list[Transition]:
        """The buttons: actions a user with ``permissions`` may take in ``state`` (on ``record``, whose guards
        are asked), in declaration order; hidden actions are never buttons (``hidden=True`` includes them)."""
        current, granted = self.state(state), set(permissions)
        return [t for t in self.transitions if (hidden or not t.hidden) and t.applies_from(current)
                and t.permission in granted and t.out_of_scope(record) is None and t.refusal(record) is None]

    def check(self, state: str, action: str, permissions: Iterable[str],
              fields: Mapping[str, Any] | None = None, record: Any = None, *, given: bool = True) -> Transition:
        """The transition for ``action`` in ``state``, or the :class:`UserError` that says why not.

        Checked in this order: the record is closed (:class:`ConflictError`), the action is not of this
        record's track (its ``scope``), the action does not apply in
        this state (:class:`ConflictError`: another desk may have moved the record on), the role lacks the
        permission (:class:`PermissionDenied`), required fields are missing (:class:`ValidationError`,
        naming them all; its ``field`` is the first): those always required and, when ``fields`` is the
        input itself (``given``), those whose ``required_when`` holds for it.
        """
        current, transition = self.state(state), self.transition(action)
        if current.terminal:
            raise ConflictError(MSG_TERMINAL.format(state=current.label))
        elsewhere = transition.out_of_scope(record)
        if elsewhere is not None:
            raise ConflictError(elsewhere)
        if not transition.applies_from(current):
            raise ConflictError(MSG_NOT_FROM.format(action=transition.label, state=current.label))
        if transition.permission not in set(permissions):
            raise PermissionDenied(MSG_DENIED.format(action=transition.label))
        refusal = transition.refusal(record)
        if refusal is not None:
            raise ConflictError(refusal)
        fields = fields or {}
        missing = [name for name in transition.required_fields if self._missing(name, fields.get(name))]
        if given:   # the input itself: fields required in this case (``required_when``) too
            missing += [f.key for f in missing_required_when(transition.form_fields, fields) if f.key not in missing]
        if missing:
            own = {f.key: f.label for f in transition.form_fields}   # as the action's own form says it
            labels = _TextList([own.get(name) or self.fields[name] for name in missing], _LIST_SEPARATOR)
            raise ValidationError(MSG_MISSING.format(fields=labels, action=transition.label), missing[0])
        return transition

    def check_allowed(self, state: str, action: str, permissions: Iterable[str], record: Any = None) -> Transition:
        """:meth:`check` without the fields: whether the action can be done now, before its input is read
        (a record another desk moved on says so before a typing mistake does)."""
        transition = self.transition(action)
        self.check(state, action, permissions, {name: True for name in transition.required_fields}, record,
                   given=False)
        return transition

    def _missing(self, name: str, value: Any) -> bool:
        spec = self.specs.get(name)
        return spec.is_missing(value) if spec is not None else _is_missing(value)

    def start(self, *, at: datetime, user_id: int | None, note: str = "",
              data: Mapping[str, Any] | None = None) -> Event:
        """The first event of a new record, which enters the initial state."""
        return Event(CREATE, None, self.initial, at, user_id, note.strip(), dict(data or {}))

    def apply(self, state: str, action: str, permissions: Iterable[str], fields: Mapping[str, Any], *,
              at: datetime, user_id: int | None, record: Any = None,
              previous_at: datetime | None = None) -> Event:
        """:meth:`check` the action and return the event to store; ``fields["note"]`` becomes its note.

        ``at`` is now; an ``effective`` action's ``fields["effective_at"]`` (if given) becomes the event's
        time, refused in the future or before ``previous_at`` (the record's last event), and ``at`` is kept
        as when it was recorded.
        """
        transition = self.check(state, action, permissions, fields, record)
        note = str(fields.get("note") or "").strip()
        when, recorded = at, None
        key = transition.effective_key
        effective = fields.get(key) if key else None
        if key and isinstance(effective, datetime) and effective != at:
            label = self.fields.get(key, EFFECTIVE_AT.label)
            if effective > at:
                raise ValidationError(MSG_FUTURE.format(field=label), key)
            if previous_at is not None and effective < previous_at.replace(second=0):
                raise ValidationError(MSG_BEFORE.format(field=label, at=f"{previous_at:%Y-%m-%d %H:%M}"), key)
            when, recorded = max(effective, previous_at) if previous_at else effective, at
        data = {k: v for k, v in fields.items() if k not in ("note", "effective_at")}
        target = state if transition.target == STAY else transition.target
        return Event(action, state, target, when, user_id, note, data, recorded)

    def budget(self, clock: Clock | str, started: datetime, params: Mapping[str, Any],
               calendar: WorkCalendar, fields: Mapping[str, Any] | None = None) -> tuple[clockwork.Unit, int]:
        """The meter unit and counted seconds of ``clock``'s limit for a record started at ``started``."""
        clock = clock if isinstance(clock, Clock) else self.clock(clock)
        return clockwork.budget(clock, params, fields or {}, started, calendar)

    def due_at(self, clock: Clock | str, started: datetime, params: Mapping[str, Any],
               calendar: WorkCalendar, fields: Mapping[str, Any] | None = None) -> datetime:
        """When ``clock``, started at ``started`` and never paused, runs out.

        ``params`` holds parameter values (a missing key means its default); ``fields`` the record's values,
        needed only by a clock whose limit depends on one (``Clock.by``).
        """
        unit, seconds = self.budget(clock, started, params, calendar, fields)
        return clockwork.Meter(unit, calendar).advance(started, seconds)

    def replay(self, clock: Clock | str, events: Iterable[Event], params: Mapping[str, Any],
               calendar: WorkCalendar, fields: Mapping[str, Any] | None = None) -> clockwork.ClockRun | None:
        """``clock`` of a record as its events in order leave it (``None``: it never started).

        Re-entering a start state after the clock stopped (a reopened complaint) starts a new run.
        """
        clock = clock if isinstance(clock, Clock) else self.clock(clock)
        run: clockwork.ClockRun | None = None
        for event in events:
            run = self.step_clock(clock, run, event, params, calendar, fields)
        return run

    def step_clock(self, clock: Clock, run: clockwork.ClockRun | None, event: Event, params: Mapping[str, Any],
                   calendar: WorkCalendar, fields: Mapping[str, Any] | None = None) -> clockwork.ClockRun | None:
        """``run`` moved on by ``event`` (see app.domain.clocks.step)."""
        if clock.when is not None and not clock.when(fields or {}):
            return run
        due = event.data.get(clock.due_field) if clock.due_field else None
        return clockwork.step(
            clock, run, event, lambda unit: clockwork.Meter(unit, calendar),
            lambda: clockwork.budget(clock, params, fields or {}, event.at, calendar),
            clockwork.deadline_of(due), clock.points(params))


def is_overdue(due_at: datetime | None, now: datetime, stopped_at: datetime | None = None) -> bool:
    """Whether the deadline was missed: by ``now`` while the clock runs, or when it stopped."""
    if due_at is None:
        return False
    return (stopped_at or now) > due_at


WORKFLOWS: dict[str, Workflow] = {}


def register(workflow: Workflow) -> Workflow:
    """Add ``workflow`` to :data:`WORKFLOWS`: its kind and document type must be new, its permissions declared
    (app.domain.permissions), so a typo in a permission cannot lock everyone out of an action."""
    problems = []
    if workflow.kind in WORKFLOWS:
        problems.append("kind already registered")
    if workflow.doc_type and any(w.doc_type == workflow.doc_type for w in WORKFLOWS.values()):
        problems.append(f"document type {workflow.doc_type} already used by another workflow")
    problems += [f"action {t.name}: permission {t.permission!r} is not declared (app.domain.permissions)"
                 for t in workflow.transitions if t.permission not in PERMISSIONS]
    if problems:
        raise WorkflowDefinitionError(f"workflow {workflow.kind!r}: " + "; ".join(problems))
    WORKFLOWS[workflow.kind] = workflow
    return workflow


class _TextList:
    """Texts joined by a translatable separator when shown (", " in English, "、" in Chinese)."""

    def __init__(self, items: Sequence[Text], separator: Text) -> None:
        self.items, self.separator = items, separator

    def __str__(self) -> str:
        return str(self.separator).join(str(item) for item in self.items)


def _as_tuple(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    return isinstance(value, list | tuple | set | frozenset | dict) and not value


def _problems(wf: Workflow) -> list[str]:
    """Everything wrong with a declaration, so one run shows them all."""
    problems = []
    names = [s.name for s in wf.states]
    problems += [f"duplicate state {n}" for n in _duplicates(names)]
    problems += [f"duplicate action {n}" for n in _duplicates(t.name for t in wf.transitions)]
    problems += [f"duplicate clock {n}" for n in _duplicates(c.name for c in wf.clocks)]
    problems += [f"bad name {n!r} (lower-case letters, digits, _; at most 20)"
                 for n in [wf.kind, *names] if not _NAME_RE.fullmatch(n)]
    if wf.doc_type is not None and wf.doc_type not in DOC_TYPES:
        problems.append(f"unknown document type {wf.doc_type!r}")
    if wf.numbered_by is not None:
        if wf.numbered_by not in wf._transitions:
            problems.append(f"numbered_by: unknown action {wf.numbered_by!r}")
        if wf.doc_type is None or wf.draft_doc_type not in DOC_TYPES or wf.draft_doc_type == wf.doc_type:
            problems.append("numbered_by needs a document type and a provisional one of its own (draft_doc_type)")
    if wf.initial not in wf._states:
        problems.append(f"initial state {wf.initial!r} is not declared")
    elif wf._states[wf.initial].terminal:
        problems.append("the initial state is terminal")
    for t in wf.transitions:
        problems += _transition_problems(wf, t)
    for c in wf.clocks:
        problems += _clock_problems(wf, c)
    if problems:  # the graph checks below assume the names resolve
        return problems
    for state in wf.states:
        if not state.terminal and not any(t.applies_from(state) for t in wf.transitions):
            problems.append(f"state {state.name} is a dead end: declare it terminal or give it an action")
    reachable = _reachable(wf)
    problems += [f"state {n} cannot be reached from {wf.initial}" for n in names if n not in reachable]
    return problems


def _transition_problems(wf: Workflow, t: Transition) -> list[str]:
    where = f"action {t.name}"
    problems = []
    if not _ACTION_RE.fullmatch(t.name) or t.name == CREATE:
        problems.append(f"{where}: bad name (lower-case letters, digits, _; at most 30; not {CREATE!r})")
    sources = () if t.source == ANY else t.sources
    targets = () if t.target == STAY else (t.target,)
    problems += [f"{where}: unknown state {n!r}" for n in (*sources, *targets, *t.exclude)
                 if n not in wf._states]
    problems += [f"{where}: terminal state {n} cannot have an action" for n in sources
                 if n in wf._states and wf._states[n].terminal]
    if t.exclude and t.source != ANY:
        problems.append(f"{where}: exclude only applies to source {ANY!r}")
    problems += [f"{where}: field {n!r} has no label" for n in t.required_fields if n not in wf.fields]
    return problems


def _clock_problems(wf: Workflow, c: Clock) -> list[str]:
    where = f"clock {c.name}"
    problems = [f"{where}: unknown state {n!r}" for n in (*c.start_states, *c.stop_states)
                if n not in wf._states]
    if set(c.start_states) & set(c.stop_states):
        problems.append(f"{where}: a state both starts and stops it")
    problems += [f"{where}: unknown action {n!r}" for n in (*c.restart_on, *c.stop_by) if n not in wf._transitions]
    problems += [f"{where}: unknown pause state {n!r}" for n in c.pause_on if n not in wf._states]
    if set(c.pause_on) & (set(c.stop_states) | set(c.start_states)):
        problems.append(f"{where}: a pause state cannot start or stop it")
    unknown = [p for p in c.escalate_at if isinstance(p, str) and p not in PARAMS]
    problems += [f"{where}: unknown escalation parameter {p!r}" for p in unknown]
    points = list(c.points({})) if not unknown else [1.0]
    if not points or points[0] != 1.0 or points != sorted(set(points)):
        problems.append(f"{where}: escalation points start at 1.0 and increase")
    if c.escalation_labels and len(c.escalation_labels) != len(points):
        problems.append(f"{where}: one label per escalation point")
    if c.param is None and c.due_field is None:
        problems.append(f"{where}: without a parameter the deadline must come from a due field")
    if c.param is not None and isinstance(c.param, str) == (c.by is not None):
        problems.append(f"{where}: 'by' goes with a mapping of parameters and only with it")
    for key in c.param_keys:
        if key not in PARAMS:
            problems.append(f"{where}: unknown parameter {key!r}")
        elif PARAMS[key].kind not in DURATION_KINDS:
            problems.append(f"{where}: parameter {key} is not a duration")
    return problems


def _duplicates(names: Iterable[str]) -> list[str]:
    return [name for name, count in Counter(names).items() if count > 1]


def _reachable(wf: Workflow) -> set[str]:
    reached, frontier = {wf.initial, *wf.also_initial}, [wf.initial, *wf.also_initial]
    while frontier:
        state = wf._states[frontier.pop()]
        for t in wf.transitions:
            if t.applies_from(state) and t.target != STAY and t.target not in reached:
                reached.add(t.target)
                frontier.append(t.target)
    return reached
