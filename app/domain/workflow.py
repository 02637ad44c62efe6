"""The one workflow engine behind all fifteen workflows (DESIGN.md §3, DOMAIN.md §2.4).

A workflow module *declares* a :class:`Workflow` (states, transitions with their permission and required
fields, SLA clocks) and adds it to the registry with :func:`register`. The engine is pure: the services layer
asks it what the user may do (:meth:`Workflow.allowed_actions`, the buttons), whether an action is allowed
(:meth:`Workflow.check`), and for the :class:`Event` to store (:meth:`Workflow.apply`), then writes the
record, the event and the audit row in one transaction.

Conventions every workflow follows:

* A record's first event is :meth:`Workflow.start`: action ``"create"``, no ``from_state``.
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
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass, field
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from app.domain.calendar import WorkCalendar, add_hours
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.numbering import DOC_TYPES
from app.domain.parameters import DURATION_KINDS, PARAMS, effective_value
from app.domain.permissions import PERMISSIONS
from app.i18n import QT_TRANSLATE_NOOP, Text

ANY = "*"
CREATE = "create"
#: kinds and states are stored in 20-character columns, actions in 30-character ones
_NAME_RE = re.compile(r"[a-z][a-z0-9_]{0,19}")
_ACTION_RE = re.compile(r"[a-z][a-z0-9_]{0,29}")

COMMON_FIELDS: dict[str, Text] = {
    "note": QT_TRANSLATE_NOOP("Field", "Note"),
    "reason": QT_TRANSLATE_NOOP("Field", "Reason"),
}

MSG_TERMINAL = QT_TRANSLATE_NOOP("Workflow", "The record is {state} and can no longer be changed")
MSG_NOT_FROM = QT_TRANSLATE_NOOP("Workflow", "“{action}” cannot be done while the record is {state}")
MSG_DENIED = QT_TRANSLATE_NOOP("Workflow", "Your role does not allow “{action}”")
MSG_MISSING = QT_TRANSLATE_NOOP("Workflow", "Fill in {fields} before “{action}”")
_LIST_SEPARATOR = QT_TRANSLATE_NOOP("Workflow", ", ")


class WorkflowDefinitionError(ValueError):
    """A declaration that breaks the engine's rules: a bug in a workflow module, never a user's mistake."""


@dataclass(frozen=True)
class State:
    name: str
    label: Text
    terminal: bool = False


@dataclass(frozen=True)
class Transition:
    """An action from ``source`` (a state, several, or ``"*"``) to ``target``, shown as a button."""

    name: str
    source: str | tuple[str, ...]
    target: str
    _: KW_ONLY
    label: Text
    permission: str
    requires: tuple[str, ...] = ()
    needs_note: bool = False
    exclude: tuple[str, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return _as_tuple(self.source)

    @property
    def required_fields(self) -> tuple[str, ...]:
        note = ("note",) if self.needs_note and "note" not in self.requires else ()
        return tuple(self.requires) + note

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
    param: str | Mapping[str, str]
    by: str | None = None
    restart_on: tuple[str, ...] = ()

    @property
    def start_states(self) -> tuple[str, ...]:
        return _as_tuple(self.start_on)

    @property
    def stop_states(self) -> tuple[str, ...]:
        return _as_tuple(self.stop_on)

    @property
    def param_keys(self) -> tuple[str, ...]:
        return (self.param,) if isinstance(self.param, str) else tuple(self.param.values())

    def param_key(self, fields: Mapping[str, Any]) -> str:
        """The parameter that sets this record's limit."""
        if isinstance(self.param, str):
            return self.param
        choice = fields.get(self.by)
        choice = getattr(choice, "value", choice)  # an enum member hashes by name, not by value
        try:
            return self.param[choice]
        except KeyError:
            raise ValueError(f"clock {self.name}: no parameter for {self.by}={choice!r}") from None


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


class ClockSpan(NamedTuple):
    started: datetime
    stopped: datetime | None


class Workflow:
    """A declared workflow; see the module docstring for the conventions it enforces."""

    def __init__(self, kind: str, *, label: Text, doc_type: str | None, states: Sequence[State],
                 initial: str, transitions: Sequence[Transition], clocks: Sequence[Clock] = (),
                 fields: Mapping[str, Text] | None = None) -> None:
        self.kind = kind
        self.label = label
        self.doc_type = doc_type
        self.states = tuple(states)
        self.initial = initial
        self.transitions = tuple(transitions)
        self.clocks = tuple(clocks)
        self.fields = {**COMMON_FIELDS, **(fields or {})}
        self._states = {s.name: s for s in self.states}
        self._transitions = {t.name: t for t in self.transitions}
        self._clocks = {c.name: c for c in self.clocks}
        problems = _problems(self)
        if problems:
            raise WorkflowDefinitionError(f"workflow {kind!r}: " + "; ".join(problems))

    def __repr__(self) -> str:
        return f"Workflow({self.kind!r})"

    @property
    def open_states(self) -> tuple[str, ...]:
        """The non-terminal states, in declaration order (what "open records" means in lists)."""
        return tuple(s.name for s in self.states if not s.terminal)

    def state(self, name: str) -> State:
        try:
            return self._states[name]
        except KeyError:
            raise KeyError(f"workflow {self.kind!r} has no state {name!r}") from None

    def transition(self, name: str) -> Transition:
        try:
            return self._transitions[name]
        except KeyError:
            raise KeyError(f"workflow {self.kind!r} has no action {name!r}") from None

    def clock(self, name: str) -> Clock:
        try:
            return self._clocks[name]
        except KeyError:
            raise KeyError(f"workflow {self.kind!r} has no clock {name!r}") from None

    def allowed_actions(self, state: str, permissions: Iterable[str]) -> list[Transition]:
        """The actions a user with ``permissions`` may take in ``state``, in declaration order."""
        current, granted = self.state(state), set(permissions)
        return [t for t in self.transitions if t.applies_from(current) and t.permission in granted]

    def check(self, state: str, action: str, permissions: Iterable[str],
              fields: Mapping[str, Any] | None = None) -> Transition:
        """The transition for ``action`` in ``state``, or the :class:`UserError` that says why not.

        Checked in this order: the record is closed (:class:`ConflictError`), the action does not apply in
        this state (:class:`ConflictError`: another desk may have moved the record on), the role lacks the
        permission (:class:`PermissionDenied`), required fields are missing (:class:`ValidationError`,
        naming them all; its ``field`` is the first).
        """
        current, transition = self.state(state), self.transition(action)
        if current.terminal:
            raise ConflictError(MSG_TERMINAL.format(state=current.label))
        if not transition.applies_from(current):
            raise ConflictError(MSG_NOT_FROM.format(action=transition.label, state=current.label))
        if transition.permission not in set(permissions):
            raise PermissionDenied(MSG_DENIED.format(action=transition.label))
        fields = fields or {}
        missing = [name for name in transition.required_fields if _is_missing(fields.get(name))]
        if missing:
            labels = _TextList([self.fields[name] for name in missing], _LIST_SEPARATOR)
            raise ValidationError(MSG_MISSING.format(fields=labels, action=transition.label), missing[0])
        return transition

    def start(self, *, at: datetime, user_id: int | None, note: str = "",
              data: Mapping[str, Any] | None = None) -> Event:
        """The first event of a new record, which enters the initial state."""
        return Event(CREATE, None, self.initial, at, user_id, note.strip(), dict(data or {}))

    def apply(self, state: str, action: str, permissions: Iterable[str], fields: Mapping[str, Any], *,
              at: datetime, user_id: int | None) -> Event:
        """:meth:`check` the action and return the event to store; ``fields["note"]`` becomes its note."""
        transition = self.check(state, action, permissions, fields)
        note = str(fields.get("note") or "").strip()
        data = {k: v for k, v in fields.items() if k != "note"}
        return Event(action, state, transition.target, at, user_id, note, data)

    def due_at(self, clock: Clock | str, started: datetime, params: Mapping[str, Any],
               calendar: WorkCalendar, fields: Mapping[str, Any] | None = None) -> datetime:
        """When ``clock``, started at ``started``, runs out.

        ``params`` holds parameter values (a missing key means its default); ``fields`` the record's values,
        needed only by a clock whose limit depends on one (``Clock.by``).
        """
        clock = clock if isinstance(clock, Clock) else self.clock(clock)
        key = clock.param_key(fields or {})
        amount = effective_value(key, params)
        kind = PARAMS[key].kind
        if kind == "minutes":
            return started + timedelta(minutes=amount)
        if kind == "hours":
            return add_hours(started, amount)
        if kind == "days":
            return started + timedelta(days=amount)
        if kind == "working_days":
            return calendar.add_working_days(started, amount)
        return calendar.end_of_working_day(started, amount)

    def clock_span(self, clock: Clock | str, events: Iterable[Event]) -> ClockSpan | None:
        """When ``clock`` last started and (if it has) stopped, from a record's events in order.

        ``None`` if it never started. Re-entering a start state after the clock stopped (a reopened
        complaint) starts a new span.
        """
        clock = clock if isinstance(clock, Clock) else self.clock(clock)
        span: ClockSpan | None = None
        for event in events:
            running = span is not None and span.stopped is None
            if running and event.to_state in clock.stop_states:
                span = span._replace(stopped=event.at)
            elif (event.action in clock.restart_on) if running else (event.to_state in clock.start_states):
                span = ClockSpan(event.at, None)  # a restart while running, or a (new) start
        return span


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
    problems += [f"{where}: unknown state {n!r}" for n in (*sources, t.target, *t.exclude)
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
    problems += [f"{where}: unknown action {n!r}" for n in c.restart_on if n not in wf._transitions]
    if isinstance(c.param, str) == (c.by is not None):
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
    reached, frontier = {wf.initial}, [wf.initial]
    while frontier:
        state = wf._states[frontier.pop()]
        for t in wf.transitions:
            if t.applies_from(state) and t.target not in reached:
                reached.add(t.target)
                frontier.append(t.target)
    return reached
