"""收费 page on a real SQLite store with six months of bills: the counter driven by keys only from Ctrl+K to the
printed receipt (read back with pypdf), the skipped-arrears warning, the late-fee waiver refused without the
supervisor's password and taken with it, several methods in one payment; the receipts view: void the same day,
void after the closing refused with the service's message (红冲), the red reversal with the password; the bills
view; the KPI band; every empty list's hint with its button."""
from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.domain import money
from app.services import params
from app.services.fees import Payment, closing, counter
from db.models import Staff
from db.models.fees import FeeReceipt, FeeWaiver
from tests.conftest import PASSWORD
from tests.helpers import clock, estate, fees  # noqa: F401  (fixtures)
from tests.ui.conftest import wait_ops

pypdf = pytest.importorskip("pypdf")

D = Decimal


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(pdf)).pages))


def supervisor_id(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(Staff.id).where(Staff.username == "admin")))


@pytest.fixture
def desk(qtbot, db, actor, window_for, fees):
    """The receptionist's window on the fees page."""
    w = window_for(db, actor("receptionist"))
    page = w.show_page("fees")
    wait_ops(qtbot, w)
    return w, page


def open_room(qtbot, w, page, room: str):
    view = page.views["counter"]
    view.room_edit.setText(room)
    view.load_room(room)
    wait_ops(qtbot, w)
    assert view.view is not None and view.view.room_code == room
    return view


def preview_done(qtbot, w, view):
    qtbot.waitUntil(lambda: view.preview is not None and view.preview.page_count_value() > 0
                    and not view.preview.busy, timeout=20000)
    wait_ops(qtbot, w)
    return view.preview


def test_counter_by_keys_only_from_ctrl_k_to_the_printed_receipt(qtbot, desk, db, tmp_path):
    w, page = desk
    view = page.views["counter"]
    assert view.empty.isVisible() and "Ctrl+K" in view.empty.text() and view.find_btn.isVisible()
    w.activateWindow()
    view.setFocus()
    qtbot.keyClick(w.focusWidget() or w, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialog = w.search_dialog
    assert dialog.isVisible() and dialog.pick_room is not None
    qtbot.keyClicks(dialog.query, "3-2-1502")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=5000)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    wait_ops(qtbot, w)
    assert view.view is not None and view.view.room_code == "3-2-1502" and w.focusWidget() is view.table
    first = view.view.bills[0]
    assert "王建国" in view.room_info.text()
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    assert [b.bill_id for b in view.chosen_bills()] == [first.bill_id]
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    cash = view.tenders[counter.PayMethod.CASH]
    assert w.focusWidget() is cash
    qtbot.keyClicks(cash, "1000")
    change = D("1000") - first.outstanding
    assert money.format_yuan(change) in view.due.text()
    qtbot.keyClick(cash, Qt.Key.Key_Return)
    dlg = preview_done(qtbot, w, view)
    issued = view.last_issued
    assert issued.number == "SJ2026-00001" and issued.change == change
    assert dlg.print_button.isDefault()
    target = tmp_path / "receipt.pdf"
    with qtbot.waitSignal(dlg.printed, timeout=30000):
        dlg.save_pdf(target)
    t = text_of(target.read_bytes())
    for expected in (issued.number, "3-2-1502", "王建国", "物业服务费", "2026-03-01至2026-03-31",
                     money.amount_in_words(issued.total), f"找零{money.format_yuan(change)}", "存根联", "收据联"):
        assert expected in t, expected
    dlg.close()
    wait_ops(qtbot, w)
    assert all(b.bill_id != first.bill_id for b in view.view.bills)   # the room reloaded: the bill is paid


def test_skipped_arrears_warn_before_paying(qtbot, desk):
    w, page = desk
    view = open_room(qtbot, w, page, "3-2-1601")
    wy = [i for i, b in enumerate(view.rows) if b is not None and b.item_name == "物业服务费"]
    view.toggle(wy[2])
    assert "2026-01" in view.warning.text() and "2026-02" in view.warning.text()
    view.toggle(wy[0])
    view.toggle(wy[1])
    assert "物业服务费" not in view.warning.text()


def test_late_fee_waiver_needs_the_supervisors_password(qtbot, db, admin, desk, clock):
    params.set_value(db, admin, "fee.late_fee_enabled", "true")
    w, page = desk
    view = open_room(qtbot, w, page, "3-2-1601")
    oldest = view.view.bills[0]
    assert oldest.late_fee > 0
    late_rows = [i for i, b in enumerate(view.rows) if b is None]
    assert late_rows and "Late fee (物业服务费 2026-01)" in view.table.item(late_rows[0], 1).text()
    assert view.table.item(late_rows[0], 4).text() == money.format_yuan(oldest.late_fee)
    view.toggle(0)
    view.waive.setChecked(True)
    view.approval.approver.setCurrentIndex(view.approval.approver.findData(str(supervisor_id(db))))
    view.approval.password.setText("wrong password")
    view.tenders[counter.PayMethod.CASH].setText(str(oldest.outstanding))
    view.collect()
    wait_ops(qtbot, w)
    assert view.last_issued is None and page.bar.text()
    view.approval.password.setText(PASSWORD)
    view.collect()
    wait_ops(qtbot, w)
    issued = view.last_issued
    assert issued is not None and issued.total == oldest.outstanding
    with db.read() as s:
        waiver = s.scalars(select(FeeWaiver).where(FeeWaiver.receipt_id == issued.receipt_id)).one()
        assert waiver.kind == "late_fee" and waiver.amount == oldest.late_fee
        assert waiver.approved_by == supervisor_id(db)
    preview_done(qtbot, w, view).close()


def test_several_methods_and_the_rest_to_the_balance(qtbot, db, desk):
    w, page = desk
    view = open_room(qtbot, w, page, "3-2-1601")
    view.tick_all(True)
    due = view.view.outstanding
    view.tenders[counter.PayMethod.WECHAT].setText("500")
    view.references[counter.PayMethod.WECHAT].setText("4200…7731")
    view.tenders[counter.PayMethod.POS].setText(str(due - D("500") + D("100")))
    view.to_balance.setChecked(True)
    assert money.format_yuan(D("100")) in view.due.text()
    view.collect()
    wait_ops(qtbot, w)
    issued = view.last_issued
    assert issued.total == due + D("100") and issued.prepaid == D("100") and issued.change == 0
    preview_done(qtbot, w, view).close()
    wait_ops(qtbot, w)
    assert view.view.bills == () and view.view.balance == D("100")
    assert "100" in view.room_info.text()


def test_the_kpi_band_shows_the_collection_rate(qtbot, desk):
    w, page = desk
    qtbot.waitUntil(lambda: page.kpi is not None, timeout=10000)
    assert page.kpi_label.objectName() == "feeKpis" and "%" in page.kpi_label.text()


def _pay_cash(qtbot, w, page, room="3-2-1502"):
    view = open_room(qtbot, w, page, room)
    view.toggle(0)
    view.tenders[counter.PayMethod.CASH].setText("1000")
    view.collect()
    wait_ops(qtbot, w)
    preview_done(qtbot, w, view).close()
    wait_ops(qtbot, w)
    return view.last_issued


def receipts_pane(qtbot, w, page, number: str):
    view = page.show_view("receipts")
    wait_ops(qtbot, w)
    pane = view.pane
    pane.reload()
    row = pane.model.find(lambda r: r.number == number)
    assert row >= 0, number
    pane.table.selectRow(row)
    qtbot.waitUntil(lambda: pane.view_data is not None and pane.view_data.number == number, timeout=5000)
    return view, pane


def test_receipts_void_same_day_then_refused_after_closing_then_red_reversal(qtbot, db, desk, clock):
    w, page = desk
    first = _pay_cash(qtbot, w, page)
    view, pane = receipts_pane(qtbot, w, page, first.number)
    assert money.amount_in_words(first.total) in view.lines.text() and "物业服务费" in view.lines.text()
    assert pane.record_buttons["voidReceipt"].isEnabled() and not pane.record_buttons["reverseReceipt"].isEnabled()
    dialog = view.void(pane.view_data)
    dialog.form.set_values({"reason": "金额录错"})
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    wait_ops(qtbot, w)
    with db.read() as s:
        assert s.scalar(select(FeeReceipt.status).where(FeeReceipt.number == first.number)) == "void"
    assert pane.record_buttons["reissueReceipt"].isEnabled()
    view.reissue(pane.view_data)
    wait_ops(qtbot, w)
    assert page.current_view() is page.views["counter"] and page.views["counter"].view.room_code == "3-2-1502"

    second = _pay_cash(qtbot, w, page)
    closing.close_day(db, w.actor, clock().date(), D("1000") - second.change)
    view, pane = receipts_pane(qtbot, w, page, second.number)
    assert pane.record_buttons["voidReceipt"].isEnabled()   # the service says why not, and what to do
    dialog = view.void(pane.view_data)
    dialog.form.set_values({"reason": "金额录错"})
    dialog.save()
    wait_ops(qtbot, w)
    assert dialog.isVisible() and "red reversal (红冲)" in dialog.bar.text()
    dialog.reject()

    assert pane.record_buttons["reverseReceipt"].isEnabled()
    dialog = view.reverse(pane.view_data)
    dialog.form.set_values({"reason": "收错房号", "approver": str(supervisor_id(db)), "approver_password": "nope"})
    dialog.save()
    wait_ops(qtbot, w)
    assert dialog.isVisible() and (dialog.bar.text() or dialog.form.error_text("approver_password"))
    with db.read() as s:
        assert s.scalar(select(FeeReceipt.status).where(FeeReceipt.number == second.number)) == "closed"
    dialog.form.set_values({"approver_password": PASSWORD})
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    wait_ops(qtbot, w)
    red = dialog.issued
    assert red.total == -second.total
    with db.read() as s:
        assert s.scalar(select(FeeReceipt.status).where(FeeReceipt.number == second.number)) == "reversed"
        assert s.scalar(select(FeeReceipt.approved_by).where(FeeReceipt.number == red.number)) == supervisor_id(db)
    view, pane = receipts_pane(qtbot, w, page, red.number)
    assert f"Red reversal of {second.number}" in view.lines.text()


def test_reprint_is_counted_and_stamped(qtbot, db, desk, tmp_path):
    w, page = desk
    issued = _pay_cash(qtbot, w, page)
    view, pane = receipts_pane(qtbot, w, page, issued.number)
    view.reprint(pane.view_data)
    wait_ops(qtbot, w)
    qtbot.waitUntil(lambda: view.preview is not None and view.preview.page_count_value() > 0, timeout=20000)
    with qtbot.waitSignal(view.preview.printed, timeout=30000):
        view.preview.save_pdf(tmp_path / "first.pdf")
    wait_ops(qtbot, w)
    view.preview.close()
    view.reprint(pane.view_data)
    wait_ops(qtbot, w)
    qtbot.waitUntil(lambda: view.preview.reprint_notice.isVisible(), timeout=20000)
    with qtbot.waitSignal(view.preview.printed, timeout=30000):
        view.preview.save_pdf(tmp_path / "again.pdf")
    assert "补打第1次" in text_of((tmp_path / "again.pdf").read_bytes())
    with db.read() as s:
        assert s.scalar(select(FeeReceipt.reprints).where(FeeReceipt.number == issued.number)) == 2
    view.preview.close()


def test_empty_receipts_list_says_take_a_payment_with_its_button(qtbot, desk):
    w, page = desk
    view = page.show_view("receipts")
    wait_ops(qtbot, w)
    pane = view.pane
    assert pane.empty.isVisible() and "take a payment at the counter" in pane.empty.text()
    assert pane.empty_btn.isVisible()
    pane.empty_btn.click()
    assert page.current_view() is page.views["counter"]


def bills_view(qtbot, w, page, room: str, period: str = ""):
    view = page.show_view("bills")
    view.room.setText(room)
    view.period.setText(period)
    view.reload()
    return view


def test_bills_of_a_room_and_a_building_voided_and_waived(qtbot, db, actor, window_for, fees, tmp_path):
    w = window_for(db, actor("supervisor"))
    page = w.show_page("fees")
    wait_ops(qtbot, w)
    view = bills_view(qtbot, w, page, "3-2-1601")
    rows = view.model.rows
    assert rows and {r.room_code for r in rows} == {"3-2-1601"} and "bills" in view.count.text()
    view = bills_view(qtbot, w, page, "3-")
    assert {r.room_code for r in view.model.rows} >= {"3-2-1502", "3-2-1601"}
    view = bills_view(qtbot, w, page, "3-2-1601", "2026-06")
    view.item.setCurrentIndex(view.item.findData(str(fees["WY"])))
    [bill] = view.model.rows
    view.table.selectRow(0)
    assert view.void_btn.isEnabled()
    dialog = view.void_selected()
    dialog.form.set_values({"reason": "面积录错"})
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    wait_ops(qtbot, w)
    view.status.setCurrentIndex(view.status.findData("void"))
    assert [r.id for r in view.model.rows] == [bill.id] and view.model.rows[0].void_reason == "面积录错"

    view.status.setCurrentIndex(view.status.findData("owing"))
    view.period.setText("2026-05")
    view.reload()
    view.table.selectRow(0)
    dialog = view.waive_selected()
    dialog.form.set_values({"kind": "waive", "amount": "20.00", "reason": "困难户减免"})
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    wait_ops(qtbot, w)
    assert view.model.rows[0].waived == D("20.00") and view.model.rows[0].status == "partial"

    view.period.setText("")
    view.status.setCurrentIndex(view.status.findData("all"))
    view.reload()
    page.export_list(tmp_path / "bills.xlsx")
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None, timeout=20000)
    from openpyxl import load_workbook
    ws = load_workbook(tmp_path / "bills.xlsx").active
    values = [[c for c in r] for r in ws.iter_rows(values_only=True)]
    assert any("3-2-1601" in [str(c) for c in r] for r in values)
    assert any(isinstance(c, (int, float)) and c == 20 for r in values for c in r)   # amounts as numbers
    wait_ops(qtbot, w)


def test_a_waiver_at_the_reception_desk_needs_the_supervisors_password(qtbot, db, desk, fees):
    w, page = desk
    view = bills_view(qtbot, w, page, "3-2-1601", "2026-04")
    assert not view.void_btn.isVisible()    # voiding a bill is the supervisor's (fees.setup)
    view.table.selectRow(0)
    dialog = view.waive_selected()
    dialog.form.set_values({"kind": "write_off", "reason": "核销", "approver": str(supervisor_id(db)),
                            "approver_password": "nope"})
    dialog.save()
    wait_ops(qtbot, w)
    assert dialog.isVisible()
    dialog.form.set_values({"approver_password": PASSWORD})
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.save()
    wait_ops(qtbot, w)
    view.status.setCurrentIndex(view.status.findData("waived"))
    assert view.model.rows and all(r.status == "waived" for r in view.model.rows)


def test_empty_bills_list_says_what_to_do_with_its_button(qtbot, db, actor, window_for):
    w = window_for(db, actor("receptionist"))
    page = w.show_page("fees")
    wait_ops(qtbot, w)
    view = page.show_view("bills")
    wait_ops(qtbot, w)
    assert view.empty.isVisible() and "Ctrl+K" in view.empty.text() and view.empty_btn.isVisible()
    view.empty_btn.click()
    assert w.search_dialog.isVisible() and w.search_dialog.pick_room is not None
    w.search_dialog.reject()
    counter_view = page.show_view("counter")
    assert counter_view.empty.isVisible() and counter_view.find_btn.isVisible()


def test_the_fee_dialogs_fit_the_screen_without_mnemonic_clashes(qtbot, db, actor, window_for, fees, clock):
    from tests.ui.test_screen_fit import clashes, fits, menu_bar_mnemonics, mnemonics
    w = window_for(db, actor("supervisor"))
    page = w.show_page("fees")
    wait_ops(qtbot, w)
    issued = _pay_cash(qtbot, w, page)
    closing.close_day(db, w.actor, clock().date(), D("1000") - issued.change)
    view, pane = receipts_pane(qtbot, w, page, issued.number)
    bills = bills_view(qtbot, w, page, "3-2-1601")
    bills.table.selectRow(0)
    dialogs = [view.void(pane.view_data), view.reverse(pane.view_data), bills.void_selected(),
               bills.waive_selected()]
    menu = menu_bar_mnemonics(w)
    for dialog in dialogs:
        assert fits(dialog), (dialog.windowTitle(), dialog.minimumSizeHint())
        assert clashes(menu + mnemonics(dialog)) == {}, dialog.windowTitle()
        dialog.reject()
    assert clashes(menu + mnemonics(page)) == {}


def test_a_discount_needs_its_reason_and_the_approval(qtbot, db, desk):
    w, page = desk
    view = open_room(qtbot, w, page, "3-2-1601")
    view.toggle(0)
    bill = view.chosen_bills()[0]
    view.discount.setText("10")
    view.tenders[counter.PayMethod.CASH].setText(str(bill.outstanding - 10))
    assert money.format_yuan(bill.outstanding - 10) in view.due.text()
    view.collect()
    wait_ops(qtbot, w)
    assert view.last_issued is None and "reason" in page.bar.text()
    view.discount_reason.setText("老年户优惠")
    view.collect()
    wait_ops(qtbot, w)
    assert view.last_issued is None and "approval" in page.bar.text()
    view.approval.approver.setCurrentIndex(view.approval.approver.findData(str(supervisor_id(db))))
    view.approval.password.setText(PASSWORD)
    view.collect()
    wait_ops(qtbot, w)
    assert view.last_issued is not None and view.last_issued.total == bill.outstanding - 10
    preview_done(qtbot, w, view).close()


def test_the_receipts_list_prints_as_filtered(qtbot, db, desk):
    from app.ui.dialogs.print_preview import PrintPreviewDialog
    w, page = desk
    issued = _pay_cash(qtbot, w, page)
    view, pane = receipts_pane(qtbot, w, page, issued.number)
    pane.print_list_btn.click()
    qtbot.waitUntil(lambda: isinstance(getattr(page, "report_dialog", None), PrintPreviewDialog), timeout=20000)
    text = text_of(page.report_dialog.pdf)
    assert issued.number in text and "3-2-1502" in text
    page.report_dialog.close()
    wait_ops(qtbot, w)


FULL_WIDTH = re.compile("[（），；、：。]")


def test_english_counter_and_receipt_use_english_punctuation_chinese_its_own(qtbot, desk, db):
    from app import i18n_qt
    w, page = desk
    view = open_room(qtbot, w, page, "3-2-1601")
    info = view.room_info.text()
    assert "overdue" in info and " (" in info and ", " in info and not FULL_WIDTH.search(info), info
    i18n_qt.install("zh_CN")
    try:
        view.load_room("3-2-1601")
        wait_ops(qtbot, w)
        info = view.room_info.text()
        assert "逾期" in info and "（" in info and "，" in info and "), " not in info, info
    finally:
        i18n_qt.install("en")


def _ctrl_k(qtbot, w, room: str) -> None:
    """Ctrl+K's search on the page shown (the key itself is the first test's), the room typed, Enter: the view
    shown takes the room."""
    w.open_search()
    dialog = w.search_dialog
    assert dialog.isVisible() and dialog.pick_room is not None
    qtbot.keyClicks(dialog.query, room)
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=5000)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    wait_ops(qtbot, w)


def test_ctrl_k_picks_the_room_on_the_deposits_and_arrears_views(qtbot, desk, db, actor):
    from app.services.fees import deposits
    w, page = desk
    desk_actor = actor("receptionist")
    deposits.take_deposit(db, desk_actor, "3-2-1502", "renovation", D("2000"), [("cash", D("2000"))])
    deposits.take_deposit(db, desk_actor, "3-2-1601", "pass", D("100"), [("cash", D("100"))])
    view = page.show_view("deposits")
    view.refresh()
    assert {d.room_code for d in view.rows} == {"3-2-1502", "3-2-1601"}
    view.status.setCurrentIndex(view.status.findData("settled"))
    _ctrl_k(qtbot, w, "3-2-1601")
    assert page.current_view() is view and view.room.text() == "3-2-1601"
    assert [d.room_code for d in view.rows] == ["3-2-1601"] and view.status.currentData() == ""

    arrears_view = page.show_view("arrears")
    arrears_view.refresh()
    assert {"3-2-1502", "3-2-1601"} <= set(arrears_view.rooms.keys)
    _ctrl_k(qtbot, w, "3-2-1502")
    assert page.current_view() is arrears_view and arrears_view.chosen() == ["3-2-1502"]
    assert arrears_view.buttons["notice"].isEnabled()
    for bill in counter.counter(db, desk_actor, "3-2-1601").bills:   # 3-2-1601 pays everything
        counter.collect(db, desk_actor, "3-2-1601", Payment(bills=[bill.bill_id], tenders=[("cash", D("5000"))]))
    arrears_view.building.setCurrentIndex(1)
    _ctrl_k(qtbot, w, "3-2-1601")
    assert arrears_view.building.currentIndex() == 0 and "3-2-1601" not in arrears_view.rooms.keys
    assert "Room 3-2-1601 owes nothing overdue" in page.bar.text()

    page.show_view("closing")                        # no room there: Ctrl+K takes the room to the counter
    _ctrl_k(qtbot, w, "3-2-1601")
    assert page.current_view() is page.views["counter"] and page.views["counter"].view.room_code == "3-2-1601"
