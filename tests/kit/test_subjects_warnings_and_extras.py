"""What the kit gives a workflow beyond the ticket's: guards that see facts the record's columns do not hold,
warnings in the action dialog, refusals that name the action, values an effect adds to the event labelled in
the timeline, hidden actions with fields, a clock whose deadline survives a return to its start state, and
on the page: a widget of the workflow's own in the detail pane, counted chips, a hint per chip, a follow-up
after an action and buttons enabled by the workflow's projection."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QLabel

from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.fields import FieldSpec
from app.domain.relay import RELAY_CREATE, RELAY_VERIFY, RELAY_VIEW
from app.domain.workflow import Clock, State, Transition, Workflow
from app.services import base, clocks, records
from app.services.base import unit_of_work
from app.ui.widgets.record_pane import PaneSpec, RecordButton, RecordPage
from tests.kit.ticket import T, Ticket

MONDAY_9 = datetime(2026, 6, 8, 9, 0)
LEAD = FieldSpec("lead", T("Lead time"), "int")
MARK = FieldSpec("mark", T("Mark"), required=True, max_len=10)

MEMO = Workflow(
    "test_memo", label=T("Test memo"), doc_type="TS", initial="open",
    states=[State("open", T("Open")), State("sent", T("Sent")), State("done", T("Done"), terminal=True)],
    event_fields=(LEAD,),
    transitions=[
        Transition("send", "open", "sent", label=T("Send"), permission=RELAY_CREATE,
                   guard=lambda m: None if m.ready else T("Not ready yet"),
                   warning=lambda m: T("Only {n} h left").format(n=m.left) if m.left < 48 else None),
        Transition("stamp", "open", "open", label=T("Stamp"), permission=RELAY_CREATE, hidden=True, fields=(MARK,)),
        Transition("redo", "sent", "open", label=T("Redo"), permission=RELAY_CREATE),
        Transition("close", "sent", "done", label=T("Close"), permission=RELAY_VERIFY),
    ],
    clocks=[Clock("answer", label=T("Answer"), start_on="open", stop_on=("sent", "done"),
                  param="complaint.resolve_hours_urgent", due_field="due")])


def _send(ctx: records.Act) -> None:
    ctx.data["lead"] = 12


def _stamp(ctx: records.Act) -> None:
    ctx.record.result = ctx.values["mark"]


MEMO_KIND = records.RecordKind(
    MEMO, Ticket, RELAY_VIEW, page="test_memo", title=lambda t: t.subject,
    subject=lambda s, t: records.Subject(t, ready=t.subject != "draft", left=12),
    effects={"send": _send, "stamp": _stamp})


@pytest.fixture
def memo_db(kit_db):
    records.register(MEMO_KIND)
    yield kit_db
    records.KINDS.pop(MEMO.kind, None)


@pytest.fixture
def clock(monkeypatch):
    class Clock:
        at = MONDAY_9
    monkeypatch.setattr(base, "now", lambda: Clock.at)
    return Clock


def make(db, actor, subject="备忘") -> int:
    with unit_of_work(db, actor) as s:
        return records.create_in(s, actor, MEMO_KIND, Ticket(subject=subject)).id


def test_guards_and_warnings_see_the_subject_and_refusals_name_the_action(memo_db, admin, actor, clock):
    draft, ready = make(memo_db, admin, "draft"), make(memo_db, admin)
    assert [a.name for a in records.get(memo_db, admin, MEMO.kind, draft).actions] == []
    with pytest.raises(ConflictError, match="Not ready yet"):
        records.act(memo_db, admin, MEMO.kind, draft, "send")
    view = records.get(memo_db, admin, MEMO.kind, ready)
    assert [(a.name, a.warning) for a in view.actions] == [("send", "Only 12 h left")]
    assert "stamp" in view.can and "stamp" not in [a.name for a in view.actions]    # hidden, yet allowed
    with pytest.raises(PermissionDenied, match="Your role does not allow “Send”"):
        records.act(memo_db, actor("it"), MEMO.kind, ready, "send")
    records.act(memo_db, admin, MEMO.kind, ready, "send")
    assert records.get(memo_db, admin, MEMO.kind, ready).events[-1].details == "Lead time: 12"


def test_a_list_of_values_is_shown_as_a_list():
    assert FieldSpec("scope", T("Scope")).show(["3栋", "5栋2单元"]) == "3栋、5栋2单元"


def test_a_hidden_action_parses_its_fields(memo_db, admin, clock):
    mid = make(memo_db, admin)
    with pytest.raises(ValidationError, match="Mark"):
        records.act(memo_db, admin, MEMO.kind, mid, "stamp", {})
    records.act(memo_db, admin, MEMO.kind, mid, "stamp", {"mark": " 已阅 "})
    view = records.get(memo_db, admin, MEMO.kind, mid)
    assert view.events[-1].details == "Mark: 已阅"
    with memo_db.read() as s:
        assert s.get(Ticket, mid).result == "已阅"


def test_a_clock_with_a_due_field_keeps_its_deadline_when_it_starts_again(memo_db, admin, clock):
    mid = make(memo_db, admin)
    due = MONDAY_9 + timedelta(hours=24)
    records.act(memo_db, admin, MEMO.kind, mid, "send")
    clock.at = MONDAY_9 + timedelta(hours=5)
    records.act(memo_db, admin, MEMO.kind, mid, "redo")                     # back to open: not 24 h anew
    with memo_db.read() as s:
        assert clocks.deadline(s, MEMO.kind, mid, "answer") == due
    records.act(memo_db, admin, MEMO.kind, mid, "send")
    clock.at = MONDAY_9 + timedelta(hours=30)
    records.act(memo_db, admin, MEMO.kind, mid, "redo")                     # sent back after the deadline
    clock.at += timedelta(minutes=1)
    view = records.get(memo_db, admin, MEMO.kind, mid)
    assert view.clocks[0].deadline == due and view.clocks[0].late
    with memo_db.read() as s:
        assert mid in set(s.scalars(clocks.overdue(MEMO.kind, "answer", clock.at)))


class MemoPage(RecordPage):
    def __init__(self, window) -> None:
        self.followed: list[tuple[int, str]] = []
        super().__init__(window, [PaneSpec.for_kind(
            MEMO_KIND, "tests/memo", counted=("sent",), detail_extra="memo_extra", after_method="after",
            empty_hints={"done": "Nothing is done yet: close a memo once it is answered."},
            buttons=[RecordButton("editMemo", "Edit", "", "edit", enabled=lambda v: v.title != "draft")])])

    def memo_extra(self, pane):
        label = QLabel(pane, objectName="memoExtra")
        pane.shown.connect(lambda view: label.setText(view.title if view else ""))
        return label

    def after(self, view, action: str) -> None:
        self.followed.append((view.id, action))

    def edit(self, view) -> None:
        pass


def test_a_page_gets_its_own_widget_counted_chips_hints_follow_ups_and_enabled_buttons(qtbot, memo_db, admin,
                                                                                      window_for):
    draft, ready = make(memo_db, admin, "draft"), make(memo_db, admin)
    page = MemoPage(window_for(memo_db, admin))
    qtbot.addWidget(page)
    page.refresh()
    pane = page.current()
    chip = pane.status.group.button(pane.status.findData("sent"))
    assert chip.text() == "Sent"
    pane.status.setCurrentIndex(pane.status.findData("done"))
    assert pane.empty.text() == "Nothing is done yet: close a memo once it is answered."
    page.open_record(MEMO.kind, draft)
    assert pane.extra.text() == "draft" and not pane.record_buttons["editMemo"].isEnabled()
    page.open_record(MEMO.kind, ready)
    assert pane.extra.text() == "备忘" and pane.record_buttons["editMemo"].isEnabled()
    dialog = pane.run_action(pane.view_data.actions[0])
    qtbot.addWidget(dialog)
    assert dialog.bar.text() == "Only 12 h left"                             # the warning, before saving
    with qtbot.waitSignal(page.ops.records_changed, timeout=10000):
        dialog.save()
    qtbot.waitUntil(lambda: page.followed == [(ready, "send")], timeout=5000)
    assert chip.text() == "Sent (1)"


def test_files_of_an_action_belong_to_its_event(kit_db, admin, clock):
    from tests.kit.test_records import PNG
    from tests.kit.ticket import KIND, new_ticket
    with unit_of_work(kit_db, admin) as s:
        tid = new_ticket(s, admin).id
    records.act(kit_db, admin, KIND.kind, tid, "resolve", {"result": "已修复", "photo": [("现场.png", PNG)]})
    view = records.get(kit_db, admin, KIND.kind, tid)
    assert [a.event_id for a in view.attachments] == [view.events[-1].id]
