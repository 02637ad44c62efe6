"""钥匙管理 driven as the desk drives it: the cabinet and loans lists, taking a key in, lending (a refused rule
shown beside its field), returning with a short count, overdue in red, buttons from the workflow, roles."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from app.domain.keys import KEY_KIND
from app.services import keys as svc
from app.services import records, registry
from app.services.registry import BuildingInput, PersonInput, RoomInput
from db.models.keys import KeyItem, KeyLoan
from tests.conftest import PASSWORD
from tests.ui.conftest import wait_ops
from tests.unit.services.test_visits import OTHER_ID, OWNER_ID


@pytest.fixture
def rooms(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    ids = {f"3-2-{no}": registry.save_room(db, admin, RoomInput(u, no, "15", "98.5")) for no in ("1501", "1502")}
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number=OWNER_ID),
                         room_id=ids["3-2-1502"], role="owner", is_primary=True)
    return ids


def fill(dlg, values: dict) -> None:
    """Set the fields as typed (setText / set_value: never keyClicks Chinese)."""
    for key, value in values.items():
        widget = dlg.form.widgets[key]
        if hasattr(widget, "isEditable") and widget.isEditable():
            widget.setEditText(value)
        elif hasattr(widget, "textEdited"):
            widget.setText(value)
            widget.textEdited.emit(value)
        else:
            dlg.form.set_value(key, value)


def save(qtbot, window, dlg) -> None:
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_ops(qtbot, window)


def action(pane, name: str) -> QPushButton | None:
    return pane.actions_host.findChild(QPushButton, f"action_{name}")


def names(pane) -> list[str]:
    return [b.objectName() for b in pane.action_buttons]


def load(db, model, ident):
    with db.read() as s:
        return s.get(model, ident)


def test_take_in_lend_and_return_a_key(qtbot, db, actor, rooms, window_for):
    desk = actor("receptionist")
    w = window_for(db, desk)
    page = w.show_page("keys")
    keys = page.keys
    assert keys.model.rowCount() == 0 and keys.empty.isVisible()
    dlg = keys.new_record()
    fill(dlg, {"key_no": "A-015", "room": "3-2-1502", "count": "2", "entrusted_by": "王建国",
               "description": "入户门钥匙"})
    save(qtbot, w, dlg)
    keys.reload()
    assert keys.model.rowCount() == 1
    kid = keys.model.row_at(0).id
    keys.table.selectRow(0)
    assert keys.view_data is not None and keys.view_data.id == kid
    assert keys.print_buttons["printEntrustment"].isEnabled() and action(keys, "lend").isEnabled()
    assert names(keys) == ["action_lend", "action_report_lost", "action_withdraw"]
    # lend to someone who is not an owner, without authorisation: refused beside the field
    dlg = page.lend_selected()
    assert dlg.form.value("borrower_name") == "王建国"          # the room's owner is offered first
    fill(dlg, {"borrower_type": "agent", "borrower_name": "张三", "id_number": OTHER_ID,
               "phone": "13700007777"})
    dlg.save()
    wait_ops(qtbot, w)
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("authorisation")), timeout=10000)
    assert dlg.isVisible() and "authorisation" in dlg.form.error_text("authorisation")
    dlg.reject()
    # the owner borrows it
    dlg = page.lend_selected()
    fill(dlg, {"borrower_type": "owner", "borrower_name": "王建国", "id_number": OWNER_ID,
               "phone": "13805716688"})
    save(qtbot, w, dlg)
    qtbot.waitUntil(lambda: keys.view_data.status == "on_loan", timeout=5000)
    assert load(db, KeyItem, kid).status == "on_loan"
    assert keys.print_buttons["printHandover"].isEnabled() and keys.record_buttons["returnKey"].isEnabled()
    lid = keys.view_data.loan_id
    page.open_record("key_loan", lid)
    loans = page.loans
    assert page.tabs.currentWidget() is loans and loans.view_data.id == lid
    assert names(loans) == ["action_return", "action_notify_owner", "action_call", "action_lose"]
    assert loans.print_buttons["printHandover"].isEnabled()
    # a short return is refused, then registered as a loss when confirmed
    dlg = page.return_current(keys.view_data)
    fill(dlg, {"count_in": "1"})
    dlg.save()
    wait_ops(qtbot, w)
    qtbot.waitUntil(lambda: not dlg.saving, timeout=10000)
    assert dlg.isVisible() and load(db, KeyLoan, lid).status == "out"
    assert "1 of the 2 keys lent are missing" in dlg.bar.text()
    dlg.form.set_value("confirm_loss", True)
    save(qtbot, w, dlg)
    assert load(db, KeyLoan, lid).status == "lost" and load(db, KeyItem, kid).status == "lost"


def test_overdue_loans_show_in_red_and_filter(qtbot, db, actor, rooms, window_for, monkeypatch):
    desk = actor("receptionist")
    kid = records.create(db, desk, KEY_KIND, {"key_no": "D-001", "category": "developer", "room": "3-2-1501"})
    lid = svc.lend(db, desk, kid, {"borrower_type": "staff", "borrower_name": "李师傅", "purpose": "inspection"})
    later = datetime.now() + timedelta(days=3)
    monkeypatch.setattr("app.services.base.now", lambda: later.replace(microsecond=0))
    w = window_for(db, desk)
    page = w.show_page("keys")
    loans = page.loans
    page.tabs.setCurrentWidget(loans)
    loans.status.setCurrentIndex(loans.status.findData("overdue"))
    assert loans.model.rowCount() == 1 and loans.model.row_at(0).id == lid
    from PySide6.QtCore import Qt
    brush = loans.model.data(loans.model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color().name() == "#c62828"
    page.open_record("key_loan", lid)
    assert loans.view_data.overdue and "overdue" in loans.title.text()
    wait_ops(qtbot, w)


def test_roles_see_the_buttons_their_permissions_allow(qtbot, db, actor, admin, rooms, window_for):
    kid = records.create(db, admin, KEY_KIND, {"key_no": "P-001", "category": "public", "location": "水泵房"})
    w = window_for(db, actor("clerk"))
    page = w.show_page("keys")
    assert not page.keys.new_btn.isEnabled()
    page.keys.table.selectRow(0)
    assert page.keys.view_data.id == kid and page.keys.action_buttons == [] and page.lend_selected() is None
    wait_ops(qtbot, w)


def test_stocktake_dialog_lists_the_discrepancies(qtbot, demo_db, window_for):
    from app.services import auth
    from app.ui.dialogs.key_stocktake import StocktakeDialog
    clerk = auth.sign_in(demo_db, "neiqin", "demo1234")
    w = window_for(demo_db, clerk)
    page = w.show_page("keys")
    assert page.keys.stocktake_btn.isEnabled()
    page.stocktake()
    dlg = page.dialog
    # the demo's 10 keys and the developer's keys of the 6 sold units whose move-in has not reached the keys
    assert isinstance(dlg, StocktakeDialog) and len(dlg.spins) == 16
    with demo_db.read() as s:
        in_cabinet = s.query(KeyItem).filter(KeyItem.status == "in_cabinet").order_by(KeyItem.key_no).first()
    dlg.spins[in_cabinet.id].setValue(in_cabinet.count - 1)        # one key missing from its slot
    dlg.record()
    wait_ops(qtbot, w)
    assert dlg.outcome.keys_counted == 16
    assert [(line.key_no, line.result) for line in dlg.outcome.discrepancies] == [(in_cabinet.key_no, "short")]
    assert in_cabinet.key_no in dlg.result.text() and dlg.bar.kind == "warning"


def test_receptionist_may_not_take_stock(qtbot, db, actor, window_for):
    w = window_for(db, actor("receptionist"))
    assert not w.show_page("keys").keys.stocktake_btn.isEnabled()


def test_a_work_log_row_becomes_a_key_loan_or_a_parcel(qtbot, db, actor, rooms, window_for):
    """§2.6/§8.2: 转为钥匙借用 and 转为代收登记 through the work log's conversion hook, linked back by id."""
    from app.services import relay
    from app.ui.conversions import CONVERSIONS
    desk = actor("receptionist")
    kid = records.create(db, desk, KEY_KIND, dict(key_no="A-015", category="owner", room="3-2-1502",
                                                  description="入户门钥匙", count="2", entrusted_by="王建国"))
    w = window_for(db, desk)
    by_kind = {c.kind: c for c in CONVERSIONS}
    assert {"key_loan", "parcel"} <= set(by_kind)
    row = {"caller": "王建国", "phone": "13805716688", "room": "3-2-1502", "content": "取钥匙给家政进门打扫",
           "channel": "counter", "category": "other", "number": "GZ20260608-0004"}
    saved: list[int] = []
    dlg = by_kind["key_loan"].open(w, row, saved.append)
    assert w.current_page().keys.view_data.id == kid
    assert dlg.form.value("borrower_name") == "王建国" and dlg.form.value("purpose_text") == "取钥匙给家政进门打扫"
    fill(dlg, {"borrower_type": "owner", "id_number": OWNER_ID})
    save(qtbot, w, dlg)
    qtbot.waitUntil(lambda: bool(saved), timeout=10000)
    assert load(db, KeyLoan, saved[0]).key_id == kid and load(db, KeyItem, kid).status == "on_loan"
    # the key is out now: nothing in the cabinet for the room, and the page says so
    assert by_kind["key_loan"].open(w, row, saved.append) is None
    assert "No key of room 3-2-1502 is in the cabinet" in w.current_page().bar.text()
    parcels: list[int] = []
    dlg = by_kind["parcel"].open(w, {**row, "content": "顺丰快递一件，业主下班来取"}, parcels.append)
    qtbot.addWidget(dlg)
    assert dlg.form.value("addressee") == "王建国" and dlg.form.value("room") == "3-2-1502"
    assert dlg.form.value("description") == "顺丰快递一件，业主下班来取"
    save(qtbot, w, dlg)
    qtbot.waitUntil(lambda: bool(parcels), timeout=10000)
    view = records.get(db, desk, relay.PARCEL_KIND, parcels[0])
    assert (view.addressee, view.room) == ("王建国", "3-2-1502")


def test_the_approver_types_her_own_password_in_the_lend_dialog(qtbot, db, actor, admin, rooms, window_for):
    """Staff using an owner's key: the supervisor picked in the list approves only by typing her password."""
    from app.ui import drafts
    desk = actor("receptionist")
    kid = records.create(db, desk, KEY_KIND, {"key_no": "A-015", "category": "owner", "room": "3-2-1502",
                                              "entrusted_by": "王建国"})
    w = window_for(db, desk)
    page = w.show_page("keys")
    page.open_record(KEY_KIND, kid)
    dlg = page.lend_selected()
    assert type(dlg).__name__ == "LendDialog"
    password = dlg.form.widgets["approver_password"]
    assert password.echoMode() == password.EchoMode.Password
    fill(dlg, {"borrower_type": "staff", "borrower_name": "李师傅", "purpose": "repair",
               "owner_notified": "电话告知业主 09:30", "approver": admin.staff_id})
    dlg.save()                      # no password: the name picked is not an approval
    wait_ops(qtbot, w)
    qtbot.waitUntil(lambda: not dlg.saving, timeout=10000)
    assert dlg.isVisible() and "must approve the loan in person" in dlg.form.error_text("approver")
    fill(dlg, {"approver_password": "wrong-pass1"})
    assert "wrong-pass1" not in str(drafts._typed(dlg.form))   # a draft never keeps the password
    dlg.save()
    wait_ops(qtbot, w)
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("approver_password")), timeout=10000)
    assert dlg.isVisible() and "Wrong password of 王主管" in dlg.form.error_text("approver_password")
    assert load(db, KeyItem, kid).status == "in_cabinet"
    with db.read() as s:
        assert s.scalar(select(KeyLoan.id)) is None
    fill(dlg, {"approver_password": PASSWORD})
    save(qtbot, w, dlg)
    assert load(db, KeyItem, kid).status == "on_loan"
    with db.read() as s:
        loan = s.scalar(select(KeyLoan))
        assert loan.approved_by == admin.staff_id and loan.handler_id == desk.staff_id


def test_a_loan_sent_for_approval_waits_then_the_supervisor_approves_at_this_desk(qtbot, db, actor, admin, rooms,
                                                                                   window_for):
    """待审批: the receptionist sends the loan for approval; the key stays in; the supervisor approves in the
    loan's Approve dialog with her own password, and the key goes out."""
    desk = actor("receptionist")
    kid = records.create(db, desk, KEY_KIND, {"key_no": "A-015", "category": "owner", "room": "3-2-1502",
                                              "entrusted_by": "王建国"})
    w = window_for(db, desk)
    page = w.show_page("keys")
    page.open_record(KEY_KIND, kid)
    dlg = page.lend_selected()
    fill(dlg, {"borrower_type": "staff", "borrower_name": "李师傅", "purpose": "repair",
               "owner_notified": "电话告知业主 09:30"})
    dlg.form.set_value("ask_approval", True)
    save(qtbot, w, dlg)
    with db.read() as s:
        loan = s.scalar(select(KeyLoan))
    assert loan.status == "pending" and load(db, KeyItem, kid).status == "in_cabinet"
    page.open_record("key_loan", loan.id)
    loans = page.loans
    qtbot.waitUntil(lambda: loans.view_data is not None and loans.view_data.id == loan.id, timeout=5000)
    assert names(loans) == ["action_approve"]
    dlg = loans.run_action(next(a for a in loans.view_data.actions if a.name == "approve"))
    assert type(dlg).__name__ == "ApproveDialog"
    password = dlg.form.widgets["approver_password"]
    assert password.echoMode() == password.EchoMode.Password
    fill(dlg, {"approver": admin.staff_id, "approver_password": PASSWORD})
    save(qtbot, w, dlg)
    assert load(db, KeyLoan, loan.id).status == "out" and load(db, KeyItem, kid).status == "on_loan"
    assert load(db, KeyLoan, loan.id).approved_by == admin.staff_id


def test_the_keys_page_shows_the_months_key_figures(qtbot, db, actor, rooms, window_for):
    desk = actor("receptionist")
    kid = records.create(db, desk, KEY_KIND, {"key_no": "A-015", "category": "owner", "room": "3-2-1502",
                                              "entrusted_by": "王建国", "count": "2"})
    svc.lend(db, desk, kid, {"borrower_type": "owner", "borrower_name": "王建国", "id_number": OWNER_ID,
                             "phone": "13805716688", "purpose": "owner_use"})
    w = window_for(db, desk)
    page = w.show_page("keys")
    qtbot.waitUntil(lambda: "loans" in page.kpi_label.text(), timeout=10000)   # read off the GUI thread
    text = page.kpi_label.text()
    assert page.kpi_label.objectName() == "keyKpis"
    for part in ("This month: loans", "keys lost", "discrepancies", "on loan"):
        assert part in text
    assert page.kpi.loans == 1 and page.kpi.on_loan == 1


def test_the_stocktake_dialog_prints_the_count_sheet_of_a_stocktake_from_its_history(qtbot, demo_db, window_for):
    from app.services import auth
    clerk = auth.sign_in(demo_db, "neiqin", "demo1234")
    w = window_for(demo_db, clerk)
    page = w.show_page("keys")
    dlg = page.stocktake()
    before = dlg.history.count()
    dlg.record()
    wait_ops(qtbot, w)
    qtbot.waitUntil(lambda: dlg.history.count() == before + 1, timeout=10000)
    number = dlg.history.itemData(0)
    assert number == svc.stocktake_number(dlg.outcome.id) and dlg.print_button.isEnabled()
    preview = dlg.print_sheet()
    assert preview is not None and preview.isVisible()
    preview.close()


def test_the_call_memo_prints_from_an_overdue_loan_and_from_its_history(qtbot, db, actor, rooms, window_for,
                                                                         monkeypatch):
    """钥匙管理备忘录 (§4.6 step 3) from the loans tab: offered on an overdue loan, still after the return when
    the loan's history holds a call, not on a loan returned in time with no call."""
    desk = actor("receptionist")
    kid = records.create(db, desk, KEY_KIND, {"key_no": "D-002", "category": "developer", "room": "3-2-1501"})
    on_time = svc.lend(db, desk, kid, {"borrower_type": "staff", "borrower_name": "李师傅", "purpose": "inspection"})
    records.act(db, desk, "key_loan", on_time, "return", {"count_in": 1, "returned_by": "李师傅"})
    lid = svc.lend(db, desk, kid, {"borrower_type": "staff", "borrower_name": "张师傅", "purpose": "inspection"})
    later = datetime.now() + timedelta(days=3)
    monkeypatch.setattr("app.services.base.now", lambda: later.replace(microsecond=0))
    w = window_for(db, desk)
    page = w.show_page("keys")
    loans = page.loans
    page.tabs.setCurrentWidget(loans)
    button = loans.print_buttons["printCallMemo"]
    page.open_record("key_loan", on_time)
    assert not button.isEnabled()
    page.open_record("key_loan", lid)
    assert loans.view_data.overdue and button.isEnabled()
    records.act(db, desk, "key_loan", lid, "call", {"called": "张师傅", "call_result": "今晚送回"})
    records.act(db, desk, "key_loan", lid, "return", {"count_in": 1, "returned_by": "张师傅"})
    page.open_record("key_loan", on_time)
    page.open_record("key_loan", lid)
    assert not loans.view_data.overdue and button.isEnabled()        # the call is in its history
    button.click()
    preview = page.preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.rendered is not None, timeout=20000)
    assert preview.rendered.form == "key_call_memo" and preview.rendered.number == loans.view_data.number
    wait_ops(qtbot, w)
