"""The record kit's hooks for a workflow's own rules, on a lending declared only here: a creation of its own
(``RecordKind.create``), a record known by a code instead of a number (``RecordKind.code``), an action done in
place of another when the input calls for it (``RecordKind.instead``), a staff field offering only who may
approve, text fields with suggestions, record and list buttons with conditions, the new-record dialog's
title."""
from __future__ import annotations

import pytest
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.errors import PermissionDenied, ValidationError
from app.domain.fields import FieldSpec
from app.domain.relay import RELAY_CREATE, RELAY_VERIFY, RELAY_VIEW
from app.domain.workflow import State, Transition, Workflow
from app.services import records
from app.ui.dialogs.action import ActionDialog
from app.ui.widgets.record_pane import ListButton, PaneSpec, RecordButton, RecordPage
from db.models.base import Timestamps, Versioned
from tests.kit import ticket
from tests.kit.ticket import T


class Lending(Versioned, Timestamps, ticket.TicketBase):
    __tablename__ = "test_lending"

    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    code: Mapped[str] = mapped_column(String(20))
    count_out: Mapped[int] = mapped_column(default=1)
    count_in: Mapped[int | None] = mapped_column(nullable=True)
    borrower: Mapped[str] = mapped_column(String(30), default="")


CODE = FieldSpec("code", T("Code"), required=True, max_len=20)
COUNT = FieldSpec("count_out", T("Count"), "int", lo=1, hi=9, default=1)
COUNT_IN = FieldSpec("count_in", T("Count back"), "int", required=True, lo=0, hi=9, column="count_in")
APPROVER = FieldSpec("approver", T("Approver"), "staff", permission=RELAY_VERIFY)
BORROWER = FieldSpec("borrower", T("Borrower"), column="borrower")

LENDING = Workflow(
    "test_lending", label=T("Test lending"), doc_type=None, initial="out", fields=(CODE, COUNT),
    states=[State("out", T("Out")), State("returned", T("Returned"), terminal=True),
            State("short", T("Returned short"), terminal=True)],
    transitions=[
        Transition("approve", "out", "out", label=T("Approve"), permission=RELAY_CREATE,
                   fields=(APPROVER, BORROWER)),
        Transition("return", "out", "returned", label=T("Return"), permission=RELAY_CREATE, fields=(COUNT_IN,)),
        Transition("return_short", "out", "short", label=T("Returned short"), permission=RELAY_VERIFY,
                   hidden=True),
    ])


def _create(session, actor, values) -> Lending:
    if values["code"] == "TAKEN":
        raise ValidationError(T("Code taken"), "code")
    return records.create_in(session, actor, KIND, Lending(code=values["code"].upper(), count_out=values["count_out"]))


def _short(ctx: records.Act) -> str | None:
    return "return_short" if ctx.values["count_in"] < ctx.record.count_out else None


def _noted(ctx: records.Act) -> None:
    ctx.values["note"] = "short"


KIND = records.RecordKind(LENDING, Lending, RELAY_VIEW, page="test_lending", create_permission=RELAY_CREATE,
                          create=_create, code=lambda r: r.code, instead={"return": _short},
                          effects={"return_short": _noted})


@pytest.fixture
def lending_db(kit_db):
    records.register(KIND)
    yield kit_db
    records.KINDS.pop(KIND.kind, None)


def test_a_creation_of_its_own_and_a_code_for_a_number(lending_db, admin):
    lid = records.create(lending_db, admin, KIND.kind, {"code": "a-1", "count_out": "2"})
    view = records.get(lending_db, admin, KIND.kind, lid)
    assert view.number == "A-1" and view.status == "out"
    with lending_db.read() as s:                             # a field left out takes its default
        assert s.get(Lending, records.create(lending_db, admin, KIND.kind, {"code": "b"})).count_out == 1
    with pytest.raises(ValidationError, match="Code taken"):
        records.create(lending_db, admin, KIND.kind, {"code": "TAKEN"})


def test_an_action_is_done_in_place_of_another_when_the_input_says_so(lending_db, admin, actor):
    full = records.create(lending_db, admin, KIND.kind, {"code": "A", "count_out": "2"})
    short = records.create(lending_db, admin, KIND.kind, {"code": "B", "count_out": "2"})
    records.act(lending_db, admin, KIND.kind, full, "return", {"count_in": "2"})
    records.act(lending_db, admin, KIND.kind, short, "return", {"count_in": "1"})
    assert records.get(lending_db, admin, KIND.kind, full).status == "returned"
    view = records.get(lending_db, admin, KIND.kind, short)
    last = view.events[-1]
    assert view.status == "short" and last.action == "Returned short" and last.note == "short"
    assert "Count back: 1" in last.details                  # the input and its column stay
    with lending_db.read() as s:
        assert s.get(Lending, short).count_in == 1
    other = records.create(lending_db, admin, KIND.kind, {"code": "C", "count_out": "2"})
    with pytest.raises(PermissionDenied):                     # the action done instead needs its own role
        records.act(lending_db, actor("receptionist"), KIND.kind, other, "return", {"count_in": "0"})
    assert records.get(lending_db, admin, KIND.kind, other).status == "out"


def test_staff_fields_offer_who_may_approve_and_text_fields_their_suggestions(qtbot, lending_db, admin,
                                                                               window_for):
    lid = records.create(lending_db, admin, KIND.kind, {"code": "A"})
    window = window_for(lending_db, admin)
    dlg = ActionDialog(window, {"kind": KIND.kind, "id": lid, "action": "approve", "number": "A",
                                "suggest": {"borrower": ["王建国", "刘志强"]}})
    qtbot.addWidget(dlg)
    approver = dlg.form.widgets["approver"]
    names = [approver.itemText(i) for i in range(approver.count())][1:]
    assert names == ["王主管"]                                # the supervisor alone may verify
    borrower = dlg.form.widgets["borrower"]
    assert borrower.isEditable() and dlg.form.value("borrower") == "王建国"
    borrower.setEditText("张三")                              # anything else may be typed
    assert dlg.form.value("borrower") == "张三"


class WideApproval(ActionDialog):
    """A page's own dialog laying the declared fields out in its own columns and order (the note is wide)."""

    columns = 3

    def ordered(self, specs):
        return tuple(reversed(specs))


def test_a_page_s_own_action_dialog_lays_the_fields_out_its_way(qtbot, lending_db, admin, window_for):
    lid = records.create(lending_db, admin, KIND.kind, {"code": "A"})
    window = window_for(lending_db, admin)
    ActionDialog.own[(KIND.kind, "approve")] = WideApproval
    try:
        dlg = ActionDialog.for_action(window, {"kind": KIND.kind, "id": lid, "action": "approve", "number": "A"})
    finally:
        ActionDialog.own.pop((KIND.kind, "approve"))
    qtbot.addWidget(dlg)
    grid = dlg.form.layout()
    cells = {key: grid.getItemPosition(grid.indexOf(w))[:2] for key, w in dlg.form.widgets.items()}
    assert isinstance(dlg, WideApproval) and cells == {"note": (0, 1), "borrower": (0, 5), "approver": (2, 1)}


class LendingPage(RecordPage):
    def open_thing(self, view) -> None:
        self.opened = view.number

    def count(self) -> None:
        self.counted = True


SPEC = PaneSpec.for_kind(
    KIND, "tests/lending", new_label="Lend", new_permission=RELAY_CREATE, new_title="Lend a thing",
    buttons=[RecordButton("openThing", T("Open"), "", "open_thing", enabled=lambda v: v.status == "out"),
             RecordButton("shortThing", T("Short"), "return_short", "open_thing")],
    list_buttons=[ListButton("countThings", T("Count"), "count", permission=RELAY_VERIFY)])


def test_buttons_with_conditions_and_the_new_record_title(qtbot, lending_db, admin, actor, window_for):
    lid = records.create(lending_db, admin, KIND.kind, {"code": "A"})
    page = LendingPage(window_for(lending_db, actor("receptionist")), [SPEC])
    qtbot.addWidget(page)
    pane = page.current()
    assert not pane.countThings.isEnabled()                  # the list button needs its permission
    page.open_record(KIND.kind, lid)
    assert pane.record_buttons["openThing"].isEnabled()      # no action: its condition alone
    assert not pane.record_buttons["shortThing"].isEnabled()  # the hidden action needs the supervisor
    pane.record_buttons["openThing"].click()
    assert page.opened == "A"
    records.act(lending_db, admin, KIND.kind, lid, "return", {"count_in": "1"})
    pane.reload()
    assert not pane.record_buttons["openThing"].isEnabled()
    boss = LendingPage(window_for(lending_db, admin), [SPEC])
    qtbot.addWidget(boss)
    assert boss.current().countThings.isEnabled()
    dlg = boss.current().new_record()
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Lend a thing"
