"""收款收据, 收款日报表, 催款通知书 / 最后缴款通知书 and 押金退还审批表 printed from stored records (app.services.fees
.printing) and read back from their PDFs."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain import money
from app.domain.errors import NotFound
from app.services import printing
from app.services.fees import Approval, Payment, arrears, closing, counter, deposits, receipts
from app.services.fees.printing import daily_number, reminder_number
from db.models import Staff
from db.models.fees import FeeReminder
from tests.conftest import PASSWORD
from tests.helpers import clock, estate, fees  # noqa: F401  (fixtures)
from tests.printing.print_helpers import page_texts, squash

D = Decimal


def text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def _pay(db, desk, room="3-2-1502", given=D("1000")):
    view = counter.counter(db, desk, room)
    first = view.bills[0]
    return first, counter.collect(db, desk, room, Payment(bills=[first.bill_id], tenders=[("cash", given)]))


def test_receipt_reads_back_with_words_change_and_reprint(db, actor, fees):
    desk = actor("receptionist")
    bill, issued = _pay(db, desk)
    t = text(printing.print_document(db, desk, "fee_receipt", issued.number))
    for expected in ("收款收据", issued.number, "3-2-1502", "王建国", "物业服务费", "2026-03-01至2026-03-31",
                     "98.50m²", "2.20元/m²·月", money.amount_in_words(issued.total), "存根联", "收据联", "记账联",
                     f"找零{money.format_yuan(issued.change)}", "现金", desk.name):
        assert expected in t, expected
    assert "补打" not in t
    assert receipts.reprint(db, desk, issued.receipt_id) == 1
    again = text(printing.print_document(db, desk, "fee_receipt", issued.number))
    assert "补打第1次" in again
    with pytest.raises(NotFound, match="no receipt"):
        printing.render_document(db, desk, "fee_receipt", "SJ2026-99999")


def test_voided_receipt_is_marked_void_with_its_reason(db, actor, fees):
    desk = actor("receptionist")
    _bill, issued = _pay(db, desk)
    receipts.void(db, desk, issued.receipt_id, "金额录错")
    rendered = printing.preview_document(db, desk, "fee_receipt", issued.number)
    assert rendered.voided
    t = text(rendered.pdf)
    assert "作废" in t and "作废原因：金额录错" in t


def test_red_reversal_names_the_original_and_the_daily_report_lists_both(db, actor, fees, clock):
    desk = actor("receptionist")
    _bill, issued = _pay(db, desk)
    _bill2, second = _pay(db, desk, "3-2-1601", D("2000"))
    receipts.void(db, desk, second.receipt_id, "房号收错")
    today = clock().date()
    before = text(printing.render_document(db, desk, "fee_daily_report", daily_number(today, desk.staff_id)))
    assert "收款日报表" in before and issued.number in before and second.number in before
    closing.close_day(db, desk, today, issued.total)
    with db.read() as s:
        supervisor = s.scalar(select(Staff.id).where(Staff.username == "admin"))
    red = receipts.reverse(db, desk, issued.receipt_id, "收错房号", Approval(supervisor, PASSWORD))
    t = text(printing.render_document(db, desk, "fee_receipt", red.number))
    assert "收款收据（红冲）" in t and f"红冲原收据No.{issued.number}" in t and "收错房号" in t
    assert f"-{money.format_yuan(issued.total).lstrip('¥')}" in t or f"¥-{money.format_yuan(issued.total)[1:]}" in t
    original = text(printing.render_document(db, desk, "fee_receipt", issued.number))
    assert f"已红冲：红字收据No.{red.number}" in original
    day = text(printing.render_document(db, desk, "fee_daily_report", daily_number(today, desk.staff_id)))
    for expected in (issued.number, second.number, "房号收错", "作废", "现金"):
        assert expected in day, expected
    with pytest.raises(NotFound, match="daily report"):
        printing.render_document(db, desk, "fee_daily_report", "RJ2026-0612")


def test_reminders_print_in_batch_and_the_final_notice_names_the_first(db, actor, fees, clock):
    desk = actor("receptionist")
    at = clock()
    for room in ("3-2-1502", "3-2-1601"):
        arrears.remind(db, desk, room, "notice", at=at)
    with db.read() as s:
        first = s.scalars(select(FeeReminder).order_by(FeeReminder.id)).first()
        number = reminder_number(first)
    t = text(printing.render_document(db, desk, "fee_reminder", number))
    for expected in ("催款通知书", "3-2-1502", "王建国", "3-2-1601", "曾经纬", "物业服务费", "2026年07月08日前"):
        assert expected in t, expected
    assert len(page_texts(printing.render_document(db, desk, "fee_reminder", number))) >= 2
    clock.advance(days=10)
    arrears.remind(db, desk, "3-2-1601", "final")
    with db.read() as s:
        final = s.scalars(select(FeeReminder).where(FeeReminder.channel == "final")).one()
        final_number = reminder_number(final)
    f = text(printing.render_document(db, desk, "fee_final_reminder", final_number))
    assert "最后缴款通知书" in f and "3-2-1601" in f and "3-2-1502" not in f and "已于2026年06月08日" in f
    with pytest.raises(NotFound, match="no reminder"):
        printing.render_document(db, desk, "fee_final_reminder", number)   # a notice is not a final notice


def test_deposit_refund_form(db, actor, admin, fees):
    desk = actor("receptionist")
    deposit_id, taken = deposits.take_deposit(db, desk, "3-2-1502", "renovation", D("2000"), [("cash", D("2000"))])
    refund_id = deposits.apply_refund(db, desk, deposit_id, D("1500"), deduction=D("200"),
                                      deduction_reason="损坏公共墙面", payee="王建国", reason="装修复验合格")
    deposits.review_refund(db, admin, refund_id, True)
    number = deposits.refund_view(db, desk, refund_id).number
    t = text(printing.render_document(db, desk, "deposit_refund", number))
    for expected in ("押金退还审批表", number, "装修押金", taken.number, "3-2-1502", "王建国", "损坏公共墙面",
                     "装修复验合格", "已批准", admin.name):
        assert expected in t, expected
