"""The workflow engine, exercised through a made-up "ticket" workflow that uses every feature."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from app import i18n
from app.domain import workflow as engine
from app.domain.calendar import WorkCalendar
from app.domain.enums import LabelledEnum
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.permissions import PERMISSIONS, Permission
from app.domain.workflow import Clock, Event, State, Transition, Workflow, WorkflowDefinitionError, is_overdue, register
from app.i18n import QT_TRANSLATE_NOOP


def T(source: str):  # noqa: N802 - test labels are never extracted for translation
    return QT_TRANSLATE_NOOP("Test", source)


class Urgency(LabelledEnum):
    URGENT = ("urgent", T("Urgent"))
    GENERAL = ("general", T("General"))


STATES = [
    State("open", T("Open")),
    State("assigned", T("Assigned")),
    State("waiting", T("Waiting")),
    State("done", T("Done"), terminal=True),
    State("void", T("Void"), terminal=True),
]
TRANSITIONS = [
    Transition("assign", "open", "assigned", label=T("Assign"), permission="ticket.assign",
               requires=("assignee",)),
    Transition("report", "assigned", "assigned", label=T("Report progress"), permission="ticket.work",
               needs_note=True),
    Transition("pause", "assigned", "waiting", label=T("Pause"), permission="ticket.work"),
    Transition("resume", "waiting", "assigned", label=T("Resume"), permission="ticket.work"),
    Transition("finish", ("assigned", "waiting"), "done", label=T("Finish"), permission="ticket.work",
               requires=("result", "parts")),
    Transition("void", "*", "void", label=T("Void"), permission="ticket.void", requires=("reason",),
               needs_note=True, exclude=("waiting",)),
]
CLOCKS = [
    Clock("reply", label=T("Reply"), start_on="open", stop_on="assigned", by="urgency",
          param={"urgent": "complaint.reply_hours_urgent",
                 "general": "complaint.resolve_working_days_general"}),
    Clock("handoff", label=T("Hand-off"), start_on="open", stop_on=("assigned", "void"),
          param="visit.host_reply_minutes"),
    Clock("progress", label=T("Progress"), start_on="assigned", stop_on=("waiting", "done", "void"),
          param="complaint.progress_hours_urgent", restart_on=("report",)),
    Clock("follow_up", label=T("Follow-up"), start_on="done", stop_on=(), param="followup.complaint_days"),
    Clock("close", label=T("Close"), start_on="open", stop_on=("done", "void"),
          param="keys.loan_due_close_time"),
]
FIELDS = {"assignee": T("Assignee"), "result": T("Result"), "parts": T("Parts used")}
ALL = {"ticket.assign", "ticket.work", "ticket.void"}


def make(**changes) -> Workflow:
    spec = dict(label=T("Ticket"), doc_type="LX", states=STATES, initial="open", transitions=TRANSITIONS,
                clocks=CLOCKS, fields=FIELDS)
    return Workflow(changes.pop("kind", "ticket"), **{**spec, **changes})


TICKET = make()
CALENDAR = WorkCalendar(holidays={date(2025, 10, d) for d in range(1, 9)})
MONDAY_9 = datetime(2025, 6, 9, 9, 0)


# Actions the UI offers ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("state", "permissions", "actions"), [
    ("open", ALL, ["assign", "void"]),
    ("open", {"ticket.work"}, []),
    ("assigned", ALL, ["report", "pause", "finish", "void"]),
    ("assigned", {"ticket.work"}, ["report", "pause", "finish"]),
    ("waiting", ALL, ["resume", "finish"]),          # the wildcard void excludes waiting
    ("done", ALL, []),
    ("void", ALL, []),
])
def test_allowed_actions(state, permissions, actions):
    assert [t.name for t in TICKET.allowed_actions(state, permissions)] == actions


def test_lookups():
    assert TICKET.transition("assign").target == "assigned"
    assert TICKET.state("done").terminal
    assert TICKET.clock("reply").by == "urgency"
    assert TICKET.open_states == ("open", "assigned", "waiting")
    assert TICKET.fields["reason"].source == "Reason"          # common fields come with the engine
    for lookup, name in [(TICKET.transition, "fly"), (TICKET.state, "lost"), (TICKET.clock, "alarm")]:
        with pytest.raises(KeyError):
            lookup(name)


# Refusals ------------------------------------------------------------------------------------------------

def test_check_returns_the_transition():
    assert TICKET.check("open", "assign", ALL, {"assignee": "Wang"}) is TICKET.transition("assign")


def test_refused_in_a_terminal_state():
    with pytest.raises(ConflictError) as err:
        TICKET.check("done", "report", set(), {})
    assert str(err.value) == "The record is Done and can no longer be changed"


def test_refused_when_not_declared_from_the_state():
    with pytest.raises(ConflictError) as err:
        TICKET.check("open", "finish", ALL, {"result": "ok", "parts": ["fuse"]})
    assert str(err.value) == "“Finish” cannot be done while the record is Open"


def test_wildcard_exclusion_is_refused_like_any_undeclared_action():
    with pytest.raises(ConflictError) as err:
        TICKET.check("waiting", "void", ALL, {"reason": "duplicate", "note": "x"})
    assert str(err.value) == "“Void” cannot be done while the record is Waiting"


def test_refused_without_the_permission():
    with pytest.raises(PermissionDenied) as err:
        TICKET.check("open", "assign", {"ticket.work"}, {"assignee": "Wang"})
    assert str(err.value) == "Your role does not allow “Assign”"


def test_state_is_checked_before_permission():
    with pytest.raises(ConflictError):
        TICKET.check("open", "finish", set(), {})


def test_refused_with_missing_fields_named_by_label():
    with pytest.raises(ValidationError) as err:
        TICKET.check("assigned", "void", ALL, {"reason": "  "})
    assert str(err.value) == "Fill in Reason, Note before “Void”"
    assert err.value.field == "reason"


@pytest.mark.parametrize(("fields", "missing"), [
    ({}, "Result, Parts used"),
    ({"result": "fixed", "parts": []}, "Parts used"),
    ({"result": None, "parts": ("fuse",)}, "Result"),
])
def test_empty_values_count_as_missing(fields, missing):
    with pytest.raises(ValidationError) as err:
        TICKET.check("assigned", "finish", ALL, fields)
    assert str(err.value) == f"Fill in {missing} before “Finish”"


def test_false_and_zero_are_answers():
    assert TICKET.check("assigned", "finish", ALL, {"result": False, "parts": 0}).name == "finish"


def test_messages_are_translated_when_shown(monkeypatch):
    chinese = {("Workflow", "Fill in {fields} before “{action}”"): "请先填写{fields}再“{action}”",
               ("Workflow", ", "): "、", ("Field", "Reason"): "原因", ("Field", "Note"): "备注",
               ("Test", "Void"): "作废", ("Test", "Done"): "已关闭",
               ("Workflow", "The record is {state} and can no longer be changed"): "记录{state}，不能再修改"}
    monkeypatch.setattr(i18n, "_translate", lambda context, source: chinese.get((context, source), source))
    with pytest.raises(ValidationError) as err:
        TICKET.check("assigned", "void", ALL, {})
    assert str(err.value) == "请先填写原因、备注再“作废”"
    with pytest.raises(ConflictError) as err:
        TICKET.check("done", "void", ALL, {})
    assert str(err.value) == "记录已关闭，不能再修改"


def test_unknown_action_or_state_is_a_bug():
    with pytest.raises(KeyError):
        TICKET.check("open", "fly", ALL, {})
    with pytest.raises(KeyError):
        TICKET.allowed_actions("lost", ALL)


# Events --------------------------------------------------------------------------------------------------

def test_start_enters_the_initial_state():
    assert TICKET.start(at=MONDAY_9, user_id=7, note=" phoned in ", data={"urgency": "urgent"}) == Event(
        "create", None, "open", MONDAY_9, 7, "phoned in", {"urgency": "urgent"})


def test_apply_builds_the_event_to_store():
    event = TICKET.apply("assigned", "void", ALL, {"reason": "duplicate", "note": " same as TS-1 "},
                         at=MONDAY_9, user_id=3)
    assert event == Event("void", "assigned", "void", MONDAY_9, 3, "same as TS-1", {"reason": "duplicate"})


def test_apply_refuses_like_check():
    with pytest.raises(PermissionDenied):
        TICKET.apply("open", "assign", set(), {"assignee": "Wang"}, at=MONDAY_9, user_id=3)


def test_self_loop_keeps_the_state():
    event = TICKET.apply("assigned", "report", {"ticket.work"}, {"note": "parts ordered"}, at=MONDAY_9,
                         user_id=3)
    assert (event.from_state, event.to_state, event.note) == ("assigned", "assigned", "parts ordered")


# Clocks --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("clock", "fields", "started", "due"), [
    ("reply", {"urgency": "urgent"}, datetime(2025, 9, 30, 23, 0), datetime(2025, 10, 1, 1, 0)),
    ("reply", {"urgency": Urgency.URGENT}, datetime(2025, 9, 30, 23, 0), datetime(2025, 10, 1, 1, 0)),
    ("reply", {"urgency": Urgency.GENERAL}, datetime(2025, 9, 29, 10, 0), datetime(2025, 10, 16, 10, 0)),
    ("handoff", None, datetime(2025, 6, 9, 23, 55), datetime(2025, 6, 10, 0, 5)),
    ("follow_up", None, datetime(2025, 9, 30, 15, 0), datetime(2025, 10, 3, 15, 0)),
    ("close", None, datetime(2025, 9, 30, 18, 0), datetime(2025, 10, 9, 17, 30)),
])
def test_due_at_counts_in_the_unit_of_the_parameter(clock, fields, started, due):
    assert TICKET.due_at(clock, started, {}, CALENDAR, fields) == due


def test_due_at_uses_the_overridden_value():
    params = {"complaint.reply_hours_urgent": 4, "keys.loan_due_close_time": time(18, 0)}
    reply = TICKET.clock("reply")
    assert TICKET.due_at(reply, MONDAY_9, params, CALENDAR, {"urgency": "urgent"}) == datetime(2025, 6, 9, 13)
    assert TICKET.due_at("close", MONDAY_9, params, CALENDAR) == datetime(2025, 6, 9, 18, 0)


def test_due_at_needs_the_field_that_picks_the_limit():
    with pytest.raises(ValueError, match="urgency"):
        TICKET.due_at("reply", MONDAY_9, {}, CALENDAR, {})


def _events(*steps: tuple[str, str, int]) -> list[Event]:
    """Events (action, to_state, minutes after Monday 9:00) in order."""
    return [Event(action, None, to, MONDAY_9 + timedelta(minutes=m), 1) for action, to, m in steps]


def _run(clock: str, events: list[Event], workflow: Workflow = TICKET, fields=None):
    return workflow.replay(clock, events, {}, CALENDAR, fields)


def test_clock_runs_from_the_event_log():
    events = _events(("create", "open", 0), ("assign", "assigned", 30), ("finish", "done", 90))
    reply = _run("handoff", events)
    assert (reply.started_at, reply.stopped_at) == (MONDAY_9, MONDAY_9 + timedelta(minutes=30))
    assert reply.spent == 30 * 60 and reply.late   # 10 minutes allowed
    progress = _run("progress", events)
    assert (progress.started_at, progress.stopped_at) == (MONDAY_9 + timedelta(minutes=30),
                                                          MONDAY_9 + timedelta(minutes=90))
    assert not progress.late
    follow_up = _run("follow_up", events)
    assert follow_up.started_at == MONDAY_9 + timedelta(minutes=90) and not follow_up.stopped
    assert follow_up.due_at == MONDAY_9 + timedelta(minutes=90, days=3)


def test_clock_never_started():
    assert _run("progress", _events(("create", "open", 0))) is None


def test_clock_restarts_on_its_restart_action_and_on_reentering_a_start_state():
    events = _events(("create", "open", 0), ("assign", "assigned", 10), ("report", "assigned", 20),
                     ("report", "assigned", 40))
    assert _run("progress", events).started_at == MONDAY_9 + timedelta(minutes=40)
    events += _events(("pause", "waiting", 50), ("resume", "assigned", 70))
    # progress stops in "waiting": re-entering "assigned" starts a new run
    assert _run("progress", events).started_at == MONDAY_9 + timedelta(minutes=70)
    # the handoff clock does not restart on re-entering a state that is not its start state
    assert _run("handoff", events).stopped_at == MONDAY_9 + timedelta(minutes=10)


# A clock that pauses and escalates -----------------------------------------------------------------------

PAUSING = make(kind="pausing", clocks=[
    Clock("resolve", label=T("Resolve"), start_on="open", stop_on=("done", "void"), pause_on=("waiting",),
          param="complaint.resolve_hours_urgent", escalate_at=(1.0, 2.0)),
    Clock("resolve_days", label=T("Resolve"), start_on="open", stop_on=("done", "void"),
          pause_on=("waiting",), param="complaint.resolve_working_days_general"),
    Clock("fix", label=T("Fix"), start_on="open", stop_on=("done", "void"), param=None, due_field="due"),
])


def test_pause_and_resume_keep_the_time_already_spent_on_calendar_time():
    events = _events(("create", "open", 0), ("assign", "assigned", 60), ("pause", "waiting", 600))
    run = _run("resolve", events, PAUSING)
    assert run.paused and run.spent == 600 * 60 and run.due_at is None
    events += _events(("resume", "assigned", 600 + 24 * 60))        # a whole day waiting for the owner
    run = _run("resolve", events, PAUSING)
    assert run.running and run.spent == 600 * 60
    # 24 h allowed, 10 h spent before the pause: 14 h after the resume
    assert run.due_at == MONDAY_9 + timedelta(minutes=600 + 24 * 60, hours=14)
    assert run.deadlines[1] == run.due_at + timedelta(hours=24)    # 2×: another 24 h


def test_pause_and_resume_keep_the_time_already_spent_on_working_days():
    friday = datetime(2025, 6, 13, 10, 0)
    events = [Event("create", None, "open", friday, 1),
              Event("pause", "open", "waiting", friday + timedelta(hours=4), 1)]
    events.append(Event("resume", "waiting", "assigned", datetime(2025, 6, 18, 10, 0), 1))   # next Wednesday
    run = _run("resolve_days", events, PAUSING)
    assert run.spent == 4 * 3600
    # 7 working days = 168 h of working-day time; 4 h spent; the rest from Wednesday 10:00
    assert run.due_at == CALENDAR.add_working_seconds(datetime(2025, 6, 18, 10, 0), 164 * 3600)
    assert run.due_at == datetime(2025, 6, 27, 6, 0)
    unpaused = _run("resolve_days", events[:1], PAUSING)
    assert unpaused.due_at == datetime(2025, 6, 24, 10, 0)   # Friday + 7 working days, no pause


def test_escalation_points_are_reached_at_one_and_two_times_the_limit():
    events = _events(("create", "open", 0))
    run = _run("resolve", events, PAUSING)
    meter = engine.clockwork.Meter(run.unit, CALENDAR)
    assert run.deadlines == (MONDAY_9 + timedelta(hours=24), MONDAY_9 + timedelta(hours=48))
    assert run.level(MONDAY_9 + timedelta(hours=23), meter) == 0
    assert run.level(MONDAY_9 + timedelta(hours=25), meter) == 1
    assert run.level(MONDAY_9 + timedelta(hours=49), meter) == 2
    # paused after passing 1×: the first point stays reached, the second is unknown until it resumes
    events += _events(("pause", "waiting", 30 * 60))
    run = _run("resolve", events, PAUSING)
    assert run.deadlines == (MONDAY_9 + timedelta(hours=24), None)
    assert run.level(MONDAY_9 + timedelta(days=30), meter) == 1


def test_a_due_field_sets_the_deadline_and_moves_it():
    first, later = MONDAY_9 + timedelta(days=2), MONDAY_9 + timedelta(days=5)
    events = [Event("create", None, "open", MONDAY_9, 1, data={"due": first})]
    assert _run("fix", events, PAUSING).due_at == first
    events.append(Event("report", "open", "open", MONDAY_9 + timedelta(days=1), 1, data={"due": later}))
    assert _run("fix", events, PAUSING).due_at == later


@pytest.mark.parametrize(("clock", "problem"), [
    (Clock("c", label=T("C"), start_on="open", stop_on="done", param=None), "due field"),
    (Clock("c", label=T("C"), start_on="open", stop_on="done", param="visit.host_reply_minutes",
           pause_on=("nowhere",)), "unknown pause state"),
    (Clock("c", label=T("C"), start_on="open", stop_on="done", param="visit.host_reply_minutes",
           escalate_at=(2.0, 1.0)), "escalation points"),
])
def test_broken_clock_declarations_are_refused(clock, problem):
    with pytest.raises(WorkflowDefinitionError, match=problem):
        make(kind="broken", clocks=[clock])


@pytest.mark.parametrize(("due", "now", "stopped", "overdue"), [
    (None, MONDAY_9, None, False),
    (MONDAY_9, MONDAY_9, None, False),
    (MONDAY_9, MONDAY_9 + timedelta(seconds=1), None, True),
    (MONDAY_9, MONDAY_9 + timedelta(days=9), MONDAY_9 - timedelta(hours=1), False),   # stopped in time
    (MONDAY_9, MONDAY_9 - timedelta(days=9), MONDAY_9 + timedelta(hours=1), True),    # stopped late
])
def test_is_overdue(due, now, stopped, overdue):
    assert is_overdue(due, now, stopped) is overdue


# Declaration checks --------------------------------------------------------------------------------------

def _without(items, name):
    return [i for i in items if i.name != name]


@pytest.mark.parametrize(("changes", "problem"), [
    (dict(states=STATES + [State("open", T("Again"))]), "duplicate state open"),
    (dict(transitions=TRANSITIONS + [TRANSITIONS[0]]), "duplicate action assign"),
    (dict(clocks=CLOCKS + [CLOCKS[0]]), "duplicate clock reply"),
    (dict(kind="Ticket"), "bad name 'Ticket'"),
    (dict(states=STATES + [State("x" * 21, T("Long"))]), "bad name"),
    (dict(doc_type="QQ"), "unknown document type 'QQ'"),
    (dict(initial="new"), "initial state 'new' is not declared"),
    (dict(initial="done"), "the initial state is terminal"),
    (dict(transitions=TRANSITIONS + [Transition("create", "open", "void", label=T("C"), permission="p")]),
     "action create: bad name"),
    (dict(transitions=TRANSITIONS + [Transition("fly", "open", "sky", label=T("Fly"), permission="p")]),
     "action fly: unknown state 'sky'"),
    (dict(transitions=TRANSITIONS + [Transition("reopen", "done", "open", label=T("Reopen"),
                                                permission="p")]),
     "action reopen: terminal state done cannot have an action"),
    (dict(transitions=TRANSITIONS + [Transition("x", "open", "void", label=T("X"), permission="p",
                                                exclude=("assigned",))]),
     "action x: exclude only applies to source '*'"),
    (dict(transitions=TRANSITIONS + [Transition("x", "open", "void", label=T("X"), permission="p",
                                                requires=("colour",))]),
     "action x: field 'colour' has no label"),
    (dict(states=STATES + [State("stuck", T("Stuck"))],
          transitions=_without(TRANSITIONS, "void") + [
              Transition("jam", "open", "stuck", label=T("Jam"), permission="p"),
              Transition("void", "*", "void", label=T("Void"), permission="p",
                         exclude=("waiting", "stuck"))]),
     "state stuck is a dead end"),
    (dict(transitions=_without(TRANSITIONS, "pause")), "state waiting cannot be reached from open"),
    (dict(clocks=[Clock("c", label=T("C"), start_on="opened", stop_on="done", param="parcel.return_days")]),
     "clock c: unknown state 'opened'"),
    (dict(clocks=[Clock("c", label=T("C"), start_on="open", stop_on="open", param="parcel.return_days")]),
     "clock c: a state both starts and stops it"),
    (dict(clocks=[Clock("c", label=T("C"), start_on="open", stop_on="done", param="parcel.return_days",
                        restart_on=("ping",))]),
     "clock c: unknown action 'ping'"),
    (dict(clocks=[Clock("c", label=T("C"), start_on="open", stop_on="done", param="parcel.gone_days")]),
     "clock c: unknown parameter 'parcel.gone_days'"),
    (dict(clocks=[Clock("c", label=T("C"), start_on="open", stop_on="done", param="backup.keep")]),
     "clock c: parameter backup.keep is not a duration"),
    (dict(clocks=[Clock("c", label=T("C"), start_on="open", stop_on="done", param="parcel.return_days",
                        by="urgency")]),
     "clock c: 'by' goes with a mapping"),
    (dict(clocks=[Clock("c", label=T("C"), start_on="open", stop_on="done",
                        param={"a": "parcel.return_days"})]),
     "clock c: 'by' goes with a mapping"),
])
def test_broken_declarations_are_refused(changes, problem):
    with pytest.raises(WorkflowDefinitionError) as err:
        make(**changes)
    assert problem in str(err.value)


def test_all_problems_are_reported_at_once():
    with pytest.raises(WorkflowDefinitionError) as err:
        make(doc_type="QQ", initial="new")
    assert "unknown document type" in str(err.value) and "initial state 'new'" in str(err.value)


def test_a_wildcard_gives_every_open_state_a_way_out():
    states = [State("a", T("A")), State("b", T("B")), State("gone", T("Gone"), terminal=True)]
    wf = Workflow("tiny", label=T("Tiny"), doc_type=None, states=states, initial="a", transitions=[
        Transition("go", "a", "b", label=T("Go"), permission="p"),
        Transition("drop", "*", "gone", label=T("Drop"), permission="p")])
    assert [t.name for t in wf.allowed_actions("b", {"p"})] == ["drop"]


# Registry ------------------------------------------------------------------------------------------------

@pytest.fixture
def registry(monkeypatch):
    monkeypatch.setattr(engine, "WORKFLOWS", {})
    for code in ALL:
        monkeypatch.setitem(PERMISSIONS, code, Permission(code, T(code), T("Tickets"), frozenset()))
    return engine


def test_register(registry):
    assert register(TICKET) is TICKET
    assert registry.WORKFLOWS == {"ticket": TICKET}


def test_register_refuses_a_second_workflow_of_the_same_kind_or_number_type(registry):
    register(TICKET)
    with pytest.raises(WorkflowDefinitionError, match="kind already registered"):
        register(make())
    with pytest.raises(WorkflowDefinitionError, match="document type LX already used"):
        register(make(kind="other"))


def test_register_refuses_undeclared_permissions(registry, monkeypatch):
    monkeypatch.delitem(PERMISSIONS, "ticket.void")
    with pytest.raises(WorkflowDefinitionError, match="permission 'ticket.void' is not declared"):
        register(TICKET)
    assert registry.WORKFLOWS == {}


# Fields, effective time, guards ---------------------------------------------------------------------------

from app.domain.fields import FieldSpec  # noqa: E402

PAPER = make(kind="paper", transitions=[
    *TRANSITIONS[:-1],
    Transition("sign", "open", "assigned", label=T("Sign"), permission="ticket.work", effective=True,
               fields=(FieldSpec("signed_by", T("Signed by"), required=True),)),
    Transition("approve", "open", "open", label=T("Approve"), permission="ticket.work",
               guard=lambda r: None if r.pending else T("Nothing to approve")),
    Transition("lend", "open", "open", label=T("Lend"), permission="ticket.work", hidden=True),
    TRANSITIONS[-1],
])


def test_an_action_from_paper_takes_its_effective_time_and_keeps_when_it_was_recorded():
    values = PAPER.parse("sign", {"signed_by": "李工", "effective_at": "08:40"}, now=MONDAY_9)
    event = PAPER.apply("open", "sign", ALL, values, at=MONDAY_9, user_id=1,
                        previous_at=MONDAY_9 - timedelta(hours=2))
    assert event.at == datetime(2025, 6, 9, 8, 40) and event.recorded_at == MONDAY_9
    assert "effective_at" not in event.data and event.data["signed_by"] == "李工"
    now = PAPER.apply("open", "sign", ALL, PAPER.parse("sign", {"signed_by": "李工"}, now=MONDAY_9),
                      at=MONDAY_9, user_id=1)
    assert now.at == MONDAY_9 and now.recorded_at is None


@pytest.mark.parametrize(("typed", "message"), [("09:30", "future"), ("06:00", "previous step")])
def test_an_effective_time_in_the_future_or_before_the_previous_event_is_refused(typed, message):
    values = PAPER.parse("sign", {"signed_by": "李工", "effective_at": typed}, now=MONDAY_9)
    with pytest.raises(ValidationError, match=message) as err:
        PAPER.apply("open", "sign", ALL, values, at=MONDAY_9, user_id=1, previous_at=MONDAY_9 - timedelta(hours=2))
    assert err.value.field == "effective_at"


def test_fields_of_a_transition_make_its_form_and_its_required_list():
    sign = PAPER.transition("sign")
    assert [f.key for f in sign.form_fields] == ["signed_by", "effective_at", "note"]
    assert sign.required_fields == ("signed_by",)
    with pytest.raises(ValidationError, match="Signed by"):
        PAPER.check("open", "sign", ALL, PAPER.parse("sign", {}, now=MONDAY_9))
    assert [f.key for f in PAPER.transition("void").form_fields] == ["reason", "note"]


def test_a_guard_hides_and_refuses_an_action_and_hidden_actions_are_never_buttons():
    class Rec:
        pending = False
    names = [t.name for t in PAPER.allowed_actions("open", ALL, Rec())]
    assert "approve" not in names and "lend" not in names
    with pytest.raises(ConflictError, match="Nothing to approve"):
        PAPER.check("open", "approve", ALL, {}, Rec())
    Rec.pending = True
    assert "approve" in [t.name for t in PAPER.allowed_actions("open", ALL, Rec())]


def test_an_unknown_action_named_by_a_user_is_a_domain_error():
    from app.domain.errors import NotFound
    with pytest.raises(NotFound):
        PAPER.action("launch")
