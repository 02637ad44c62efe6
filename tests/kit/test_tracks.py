"""The kit on a workflow with two tracks (tests/kit/errand.py): actions and clocks of one track only, a
deadline given later as a day, the workflow's own registration, a choice refused in its own words; and the
page's text filter, list buttons behind a permission and record buttons without an action."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.errors import ConflictError, ValidationError
from app.services import base, records
from app.ui.widgets.record_pane import ListButton, PaneSpec, RecordButton, RecordPage, TextFilter
from db.models import RecordClock
from tests.kit import ticket
from tests.kit.errand import KIND, TRACK, Errand

MONDAY_9 = datetime(2026, 6, 8, 9, 0)


@pytest.fixture
def errands(db, monkeypatch):
    ticket.TicketBase.metadata.create_all(db.engine)
    records.register(KIND)
    monkeypatch.setattr(base, "now", lambda: MONDAY_9)
    yield db
    records.KINDS.pop(KIND.kind, None)


def new(db, actor, subject="门禁卡", track="desk") -> int:
    return records.create(db, actor, KIND.kind, {"subject": subject, "track": track})


def clock_rows(db, errand_id) -> dict[str, RecordClock]:
    with db.read() as s:
        return {r.clock: r for r in s.scalars(select(RecordClock).where(RecordClock.kind == KIND.kind,
                                                                        RecordClock.record_id == errand_id))}


def test_an_action_of_the_other_track_is_refused_before_the_state(errands, admin):
    desk, field = new(errands, admin), new(errands, admin, "漏水", "field")
    assert [a.name for a in records.get(errands, admin, KIND.kind, desk).actions] == ["answer", "void"]
    assert [a.name for a in records.get(errands, admin, KIND.kind, field).actions] == ["dispatch", "void"]
    with pytest.raises(ConflictError, match="Not for this track"):
        records.act(errands, admin, KIND.kind, desk, "dispatch", {})
    records.act(errands, admin, KIND.kind, field, "dispatch", {})
    with pytest.raises(ConflictError, match="Not for this track"):   # not "cannot be done while …"
        records.act(errands, admin, KIND.kind, field, "answer", {})
    records.act(errands, admin, KIND.kind, desk, "void", {"reason": "重复"})
    with pytest.raises(ConflictError, match="can no longer be changed"):   # a closed record says so first
        records.act(errands, admin, KIND.kind, desk, "dispatch", {})


def test_a_clock_of_one_track_runs_only_for_its_records(errands, admin):
    desk, field = new(errands, admin), new(errands, admin, "漏水", "field")
    assert set(clock_rows(errands, desk)) == {"answer"}
    assert clock_rows(errands, desk)["answer"].due_at == MONDAY_9 + timedelta(minutes=10)
    assert clock_rows(errands, field) == {}


def test_a_deadline_given_later_as_a_day_starts_the_clock_at_the_end_of_that_day(errands, admin):
    field = new(errands, admin, "漏水", "field")
    records.act(errands, admin, KIND.kind, field, "dispatch", {})
    assert "fix" not in clock_rows(errands, field)            # no deadline yet: not due at once
    records.act(errands, admin, KIND.kind, field, "plan", {"fix_by": "2026-06-10"})
    row = clock_rows(errands, field)["fix"]
    assert row.due_at == datetime(2026, 6, 10, 23, 59, 59) and row.started_at == MONDAY_9
    view = records.get(errands, admin, KIND.kind, field)
    assert view.clocks[0].deadline == datetime(2026, 6, 10, 23, 59, 59) and not view.clocks[0].late
    records.act(errands, admin, KIND.kind, field, "plan", {"fix_by": "2026-06-12"})   # moved on
    assert clock_rows(errands, field)["fix"].due_at == datetime(2026, 6, 12, 23, 59, 59)
    with pytest.raises(ValidationError, match="Fill in Why it waits"):   # the action's own words, not "Reason"
        records.act(errands, admin, KIND.kind, field, "hold", {})
    records.act(errands, admin, KIND.kind, field, "fixed", {})
    assert clock_rows(errands, field)["fix"].due_at is None and not clock_rows(errands, field)["fix"].late


def test_the_workflows_own_registration_and_a_choice_refused_in_its_words(errands, admin):
    eid = new(errands, admin, "换锁")
    with errands.read() as s:
        assert s.get(Errand, eid).subject == "换锁".upper() and s.get(Errand, eid).number.startswith("HF")
    with pytest.raises(ConflictError, match="already open"):
        new(errands, admin, "twice")
    with pytest.raises(ValidationError, match="at the desk or in the field") as err:
        new(errands, admin, "换锁", "moon")
    assert err.value.field == "track"
    with pytest.raises(ValidationError, match="Choose Track"):    # a missing answer keeps the usual words
        TRACK.parse("")
    left_out = records.create(errands, admin, KIND.kind, {"subject": "门铃"})   # a key left out: the form's start
    assert records.get(errands, admin, KIND.kind, left_out).actions[0].name == "answer"


def test_text_filters_list_buttons_and_record_buttons_of_a_page(qtbot, errands, admin, actor, window_for):
    seen: list[dict] = []

    def listing(db, who, **filters):
        seen.append(filters)
        return records.list_records(db, who, KIND.kind, status=filters["status"], text=filters["code"])

    spec = PaneSpec.for_kind(
        KIND, "tests/errand", list_fn=listing, count_fn=None, new_label="Register an errand",
        empty_hint="No errands yet", no_match_hint="No errand has this code", chips_row=True,
        text_filters=[TextFilter("code", "Code", "e.g. HF2026")],
        list_buttons=[ListButton("bossOnly", "Boss only", "refresh", permission="vacancy.review")],
        buttons=[RecordButton("openRoom", "Room", "", "refresh", enabled=lambda v: v.title == "门禁卡")])
    new(errands, admin)
    for who, boss in ((admin, True), (actor("receptionist"), False)):
        window = window_for(errands, who)
        page = RecordPage(window, [spec])
        qtbot.addWidget(page)
        page.refresh()
        pane = page.current()
        assert pane.bossOnly.isHidden() is not boss and pane.bossOnly.isEnabled() is boss
    page.show()
    qtbot.waitUntil(lambda: pane.search.y() > pane.status.y())   # the chips on a row of their own
    edit = pane.text_filters[0]
    with qtbot.waitSignal(pane.model.modelReset, timeout=5000):
        edit.setText("XX")
    assert seen[-1]["code"] == "XX" and pane.model.rowCount() == 0 and "Code: XX" in pane.filter_text()
    assert pane.empty.text() == "No errand has this code"        # a typed text filter is no default view
    page.open_record(KIND.kind, 1)                       # a link widens the filter: the text filter too
    assert edit.text() == "" and pane.view_data.id == 1 and pane.record_buttons["openRoom"].isEnabled()
    dialog = pane.new_record()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Register an errand"
