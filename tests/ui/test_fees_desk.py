"""The deposits, daily closing and arrears views of the 收费 page (pytest-qt, a real store): deposits taken,
deducted only with the supervisor's password, refunded through 申请 → 审核 → 已退款 with the form read back; a day
closed only with its difference explained, then frozen; reminders printed in batch (one letter per room, no word
of cutting a supply) and the arrears exported with amounts as numbers; every empty list's hint and button."""
from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from app.domain.errors import ConflictError
from app.services import printing
from app.services.fees import Payment, closing, counter, deposits, receipts
from app.services.fees.printing import daily_number, reminder_number
from db.models import Staff
from db.models.fees import FeeReminder
from tests.conftest import PASSWORD
from tests.helpers import clock, estate, fees  # noqa: F401  (fixtures)
from tests.printing.print_helpers import page_texts, squash
from tests.ui.conftest import wait_ops

D = Decimal
SUPPLIES = ("停水", "停电", "断水", "断电", "停暖", "停止供暖", "停气", "断气", "限电", "停止供水", "停止供电")


def _text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def _admin_id(db) -> int:
    with db.read() as s:
        return int(s.scalar(select(Staff.id).where(Staff.username == "admin")))


def _view(window, key):
    page = window.show_page("fees")
    view = page.show_view(key)
    view.refresh()
    return page, view


def _save(qtbot, window, dialog, values: dict) -> None:
    dialog.form.set_values(values)
    dialog.save()
    wait_ops(qtbot, window)


def test_deposit_taken_deducted_with_the_password_refunded_and_its_form(qtbot, db, actor, fees, clock,
                                                                         window_for):
    desk = actor("receptionist")
    window = window_for(db, desk)
    _page, view = _view(window, "deposits")
    take = view.take()
    _save(qtbot, window, take, {"room": "3-2-1502", "kind": "renovation", "amount": "2000", "method": "cash"})
    assert not take.isVisible() and view.preview is not None     # its receipt in the print preview
    view.refresh()
    assert [d.status for d in view.rows] == ["held"] and not view.empty.isVisibleTo(view)
    deposit_id = view.rows[0].id

    deduct = view.deduct()
    _save(qtbot, window, deduct, {"amount": "200", "reason": "损坏公共墙面", "approver": str(_admin_id(db))})
    assert deduct.isVisible() and "supervisor's approval" in deduct.bar.label.text()   # no password: refused
    assert deposits.deposit_view(db, desk, deposit_id).held == D("2000")
    _save(qtbot, window, deduct, {"approver_password": PASSWORD})
    assert not deduct.isVisible() and deposits.deposit_view(db, desk, deposit_id).held == D("1800")

    clock.advance(minutes=20)
    view.refresh()
    apply = view.apply()
    assert apply.form.value("amount") == "1800.00"
    _save(qtbot, window, apply, {"amount": "1700", "deduction": "100", "deduction_reason": "垃圾清运",
                                 "reason": "复验合格"})
    view.refresh()
    assert view.buttons["review"].isEnabled() and not view.buttons["pay"].isEnabled()
    review = view.review()
    _save(qtbot, window, review, {"decision": "approve", "approver": str(_admin_id(db)),
                                  "approver_password": PASSWORD})
    assert not review.isVisible()
    view.refresh()
    pay = view.pay()
    _save(qtbot, window, pay, {"reference": ""})
    assert not pay.isVisible()
    done = deposits.deposit_view(db, desk, deposit_id)
    assert (done.status, done.held) == ("settled", D("0"))
    number = view.refund_rows[0][1]
    t = _text(printing.render_document(db, desk, "deposit_refund", number))
    for expected in ("押金退还审批表", number, "3-2-1502", "损坏公共墙面", "垃圾清运", "复验合格", "已退款"):
        assert expected in t, expected


def test_closing_needs_the_difference_explained_then_freezes_the_day(qtbot, db, actor, admin, fees, clock,
                                                                     window_for):
    desk = actor("receptionist")
    bill = counter.counter(db, desk, "3-2-1502").bills[0]
    issued = counter.collect(db, desk, "3-2-1502", Payment(bills=[bill.bill_id], tenders=[("cash", D("1000"))]))
    window = window_for(db, desk)
    _page, view = _view(window, "closing")
    assert issued.number in view.summary_label.text() and not view.receipts_empty.isVisibleTo(view)
    assert view.closings_empty.isVisibleTo(view)
    dialog = view.close_day()
    assert dialog.form.value("cash") == f"{bill.outstanding:.2f}"
    _save(qtbot, window, dialog, {"cash": f"{bill.outstanding - 1:.2f}", "handin_ref": "BANK-7"})
    assert dialog.isVisible() and "explain the difference" in dialog.form.error_text("explanation")
    assert closing.closings(db, desk, clock().date(), clock().date()) == []
    _save(qtbot, window, dialog, {"explanation": "找零多找一元"})
    assert not dialog.isVisible()
    closed = closing.closings(db, desk, clock().date(), clock().date())
    assert [(c.difference, c.handin_ref) for c in closed] == [(D("-1.00"), "BANK-7")]
    view.refresh()
    assert not view.buttons["close"].isEnabled() and not view.closings_empty.isVisibleTo(view)
    with pytest.raises(ConflictError, match="红冲"):
        receipts.void(db, desk, issued.receipt_id, "录错")
    view.closings.selectRow(0)
    check = view.check()
    _save(qtbot, window, check, {"approver": str(_admin_id(db))})
    assert check.isVisible()                          # the supervisor's password not typed: refused
    _save(qtbot, window, check, {"approver_password": PASSWORD})
    assert not check.isVisible()
    assert closing.closings(db, desk, clock().date(), clock().date())[0].checked_by == _admin_id(db)
    report = _text(printing.render_document(db, desk, "fee_daily_report", daily_number(clock().date(),
                                                                                        desk.staff_id)))
    assert "收款日报表" in report and issued.number in report and "找零多找一元" in report


def test_reminders_printed_in_batch_and_the_arrears_exported(qtbot, db, actor, fees, window_for, tmp_path):
    desk = actor("receptionist")
    window = window_for(db, desk)
    page, view = _view(window, "arrears")
    rooms = [r.room_code for r in view.owing]
    assert len(rooms) >= 2 and view.aging.rowCount() == 6 and not view.empty.isVisibleTo(view)
    view.rooms.selectAll()
    dialog = view.print_notices(False)
    assert dialog is not None
    with db.read() as s:
        batch = s.scalars(select(FeeReminder).where(FeeReminder.channel == "notice").order_by(FeeReminder.id)).all()
    assert sorted(r.room_id for r in batch) == sorted(r.room_id for r in view.owing)   # one letter per room
    pdf = printing.render_document(db, desk, "fee_reminder", reminder_number(batch[0]))
    t = _text(pdf)
    assert len(page_texts(pdf)) >= len(rooms)
    for room in rooms:
        assert room in t
    assert not any(word in t for word in SUPPLIES), [w for w in SUPPLIES if w in t]
    view.rooms.selectAll()
    remind = view.log_reminder()
    _save(qtbot, window, remind, {"channel": "phone", "note": "答应月底交"})
    assert not remind.isVisible()
    target = tmp_path / "欠费.xlsx"
    page.export_list(target)
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None, timeout=20000)
    ws = load_workbook(target).active
    values = [row for row in ws.iter_rows(values_only=True) if row and row[0] in rooms]
    assert len(values) == len(rooms) and all(isinstance(row[1], (int, float)) for row in values)
    assert sum(D(str(row[1])) for row in values) == sum(r.amount for r in view.owing)


def test_every_empty_list_shows_its_hint_and_button(qtbot, db, actor, estate, window_for):
    window = window_for(db, actor("receptionist"))
    _page, deposits_view = _view(window, "deposits")
    assert deposits_view.empty.isVisibleTo(deposits_view) and deposits_view.empty.button.isEnabled()
    deposits_view.empty.button.click()
    assert deposits_view.dialog.isVisible()
    deposits_view.dialog.reject()
    page, closing_view = _view(window, "closing")
    for hint in (closing_view.receipts_empty, closing_view.closings_empty):
        assert hint.isVisibleTo(closing_view) and hint.label.text() and hint.button.text()
    closing_view.receipts_empty.button.click()
    assert page.current_view() is page.views["counter"]
    page, arrears_view = _view(window, "arrears")
    assert arrears_view.empty.isVisibleTo(arrears_view) and not arrears_view.buttons["notice"].isEnabled()
    arrears_view.empty.button.click()
    assert page.current_view() is page.views["bills"]


def test_a_room_that_does_not_exist_is_said_in_the_bar_and_the_typing_kept(qtbot, db, actor, estate, window_for):
    window = window_for(db, actor("receptionist"))
    page, view = _view(window, "deposits")
    view.room.setText("9-9-9999")
    view.refresh()
    assert view.rows == [] and view.room.text() == "9-9-9999"
    assert "9-9-9999" in page.bar.text()                 # "There is no room 9-9-9999 in this estate"


def test_one_approval_implementation_in_every_fees_dialog_and_the_counter(qtbot, window_for, db, actor, fees):
    """The approval fields (approval.approval_fields) everywhere: the supervisor signed in comes first and types
    no password; another approver's password is asked; a receptionist chooses."""
    from app.ui.pages.fees.approval import APPROVER, ApprovalBox, approval_fields, approval_of, follow_own
    from app.ui.widgets.form import FormView
    boss, desk = actor("supervisor"), actor("receptionist")
    fields = approval_fields(db, boss)
    assert [f.key for f in fields] == [APPROVER, "approver_password"]
    assert fields[0].choices[0][0] == str(boss.staff_id)
    form = FormView(fields)
    qtbot.addWidget(form)
    follow_own(form, boss)
    assert not form.widgets["approver_password"].isEnabled()
    assert approval_of(form.values()).approver == boss.staff_id
    mine = approval_fields(db, desk)
    assert mine[0].choices[0][0] == "" and approval_of({APPROVER: "", "approver_password": "x"}) is None
    desk_form = FormView(mine)
    qtbot.addWidget(desk_form)
    follow_own(desk_form, desk)
    desk_form.set_value(APPROVER, str(boss.staff_id))
    assert desk_form.widgets["approver_password"].isEnabled()
    w = window_for(db, desk)
    box = ApprovalBox(w, None, "probe")
    qtbot.addWidget(box)
    assert box.approval() is None and box.password.isEnabled()
    box.approver.setCurrentIndex(box.approver.findData(str(boss.staff_id)))
    box.password.setText("secret")
    assert box.approval().approver == boss.staff_id and box.approval().password == "secret"
    box.clear()
    assert box.password.text() == ""
    w.ops.wait()
