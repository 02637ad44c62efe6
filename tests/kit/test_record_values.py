"""Kit additions on the service side: an action's field that falls back to the record's value, a clock whose
deadline is already past when it starts, and the open items read inside a unit of work."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain import clocks as clockwork
from app.domain.calendar import WorkCalendar
from app.domain.errors import ValidationError
from app.domain.fields import FieldSpec
from app.domain.relay import RELAY_CREATE, RELAY_VIEW
from app.domain.workflow import Clock, Event, State, Transition, Workflow
from app.services import open_items, records
from app.services.base import unit_of_work
from tests.kit.ticket import T, Ticket, new_ticket

#: the test ticket's table, acted on by a second declaration: a result given once closes it later
ANSWER = FieldSpec("result", T("Result"), "multiline", column="result")
CLOSING = FieldSpec("result", T("Result"), "multiline", required=True, column="result", from_record=True)
MEMO = Workflow(
    "test_memo", label=T("Memo"), doc_type=None, initial="open",
    states=[State("open", T("Open")), State("resolved", T("Resolved")), State("closed", T("Closed"), terminal=True)],
    transitions=[
        Transition("answer", "open", "resolved", label=T("Answer"), permission=RELAY_CREATE, fields=(ANSWER,)),
        Transition("close", ("open", "resolved"), "closed", label=T("Close"), permission=RELAY_CREATE,
                   fields=(CLOSING,)),
    ])
MEMO_KIND = records.RecordKind(MEMO, Ticket, RELAY_VIEW)


def ticket(db, actor) -> int:
    with unit_of_work(db, actor) as s:
        return new_ticket(s, actor).id


def result_of(db, tid) -> tuple[str, str]:
    with db.read() as s:
        row = s.get(Ticket, tid)
        return row.status, row.result


def test_a_field_left_empty_takes_the_records_value(kit_db, admin):
    tid = ticket(kit_db, admin)
    with pytest.raises(ValidationError, match="Result") as err:    # nothing on the record yet: required
        records.act(kit_db, admin, MEMO_KIND, tid, "close", {})
    assert err.value.field == "result"
    records.act(kit_db, admin, MEMO_KIND, tid, "answer", {"result": "已答复"})
    records.act(kit_db, admin, MEMO_KIND, tid, "close", {"result": " "})
    assert result_of(kit_db, tid) == ("closed", "已答复")
    other = ticket(kit_db, admin)
    records.act(kit_db, admin, MEMO_KIND, other, "answer", {"result": "先答复"})
    records.act(kit_db, admin, MEMO_KIND, other, "close", {"result": "已办结"})   # a value typed wins
    assert result_of(kit_db, other) == ("closed", "已办结")


def test_from_record_needs_its_column():
    with pytest.raises(ValueError, match="column"):
        FieldSpec("result", T("Result"), from_record=True)


def test_a_deadline_already_past_is_late_from_the_start():
    clock = Clock("fix", label=T("Fix"), start_on="open", stop_on="closed", param=None, due_field="due")
    start = datetime(2026, 6, 8, 9, 0)
    meter = clockwork.Meter("calendar", WorkCalendar())
    event = Event("create", None, "open", start, 1, data={"due": start - timedelta(hours=3)})
    run = clockwork.step(clock, None, event, lambda unit: meter, lambda: ("calendar", 0), start - timedelta(hours=3))
    assert run.running and run.due_at == run.deadlines[0] == start - timedelta(hours=3)
    assert run.level(start + timedelta(seconds=1), meter) == 1
    later = Event("create", None, "open", start, 1, data={"due": start + timedelta(hours=2)})
    run = clockwork.step(clock, None, later, lambda unit: meter, lambda: ("calendar", 0), start + timedelta(hours=2))
    assert run.due_at == start + timedelta(hours=2) and run.level(start + timedelta(hours=1), meter) == 0


def test_open_items_are_read_in_the_unit_of_work_that_writes(kit_db, admin):
    seen = []
    open_items.register("test_kit_probe", None, lambda s, actor, now: seen.append(s) or [])
    try:
        with unit_of_work(kit_db, admin) as s:
            assert open_items.collect_in(s, admin, datetime.now()) == [] and seen[-1] is s
    finally:
        open_items._PROVIDERS[:] = [p for p in open_items._PROVIDERS if p[0] != "test_kit_probe"]
