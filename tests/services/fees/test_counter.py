"""The counter, receipts, void and red reversal, deposits, closing and arrears on a real store; every refusal
with its message; posted money refused through the ORM, the session and raw SQL."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DatabaseError

from app.domain import money
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.services import card_sections, dashboard, open_items
from app.services.fees import Approval, Pay, Payment, arrears, billing, closing, counter, deposits, kpis, receipts
from db.immutable import ImmutableError
from db.models import Room, Staff
from db.models.fees import FeeBill, FeeReceipt
from tests.conftest import PASSWORD

D = Decimal


def _admin_id(db):
    with db.read() as s:
        return s.scalar(select(Staff.id).where(Staff.username == "admin"))


def test_billing_prorates_is_idempotent_and_bills_the_developer(db, admin, fees):
    with db.read() as s:
        bills = s.scalars(select(FeeBill).join(Room, Room.id == FeeBill.room_id)
                          .where(Room.code == "3-2-1502", FeeBill.item_id == fees["WY"])
                          .order_by(FeeBill.period)).all()
        assert [b.period for b in bills] == ["2026-03", "2026-04", "2026-05", "2026-06"]
        full = D("98.50") * D("2.20")
        assert bills[1].amount == full.quantize(D("0.01"))
        assert bills[0].amount == (full * 22 / 31).quantize(D("0.01"))   # from the 10th of 31 days
        developer = s.scalars(select(FeeBill).join(Room, Room.id == FeeBill.room_id)
                              .where(Room.code == "3-2-1501")).all()
        assert developer and all(b.developer for b in developer)
    again = billing.post(db, admin, date(2026, 6, 1))
    assert again.created == 0 and again.existing > 0
    plan = billing.preview(db, admin, date(2026, 7, 1))
    assert plan.count == 8 and plan.existing == 0 and plan.total > 0   # no parking for the unsold room
    assert any("no fee start date" in e for e in plan.exceptions)


def test_billing_cancel_keeps_nothing(db, admin, fees):
    result = billing.post(db, admin, date(2026, 7, 1), cancel=lambda: True)
    assert result.cancelled and result.created == 0
    assert billing.preview(db, admin, date(2026, 7, 1)).existing == 0


def test_counter_oldest_first_with_aging_and_the_skip_warning(db, actor, fees):
    reception = actor("receptionist")
    view = counter.counter(db, reception, "3-2-1601")
    periods = [b.period for b in view.bills]
    assert periods == sorted(periods) and len(view.bills) == 18
    assert view.bills[0].aging is not None and view.late_fees == 0   # late fees off by default
    wy = [b for b in view.bills if b.item_id == fees["WY"]]
    warned = counter.warnings(view, [wy[2].bill_id])
    assert warned and "2026-01" in str(warned[0])


def test_payment_change_receipt_and_words(db, actor, fees):
    reception = actor("receptionist")
    view = counter.counter(db, reception, "3-2-1502")
    first = view.bills[0]
    due = first.outstanding
    issued = counter.collect(db, reception, "3-2-1502", Payment(bills=[first.bill_id], tenders=[("cash", D("1000"))]))
    assert issued.number == "SJ2026-00001" and issued.total == due and issued.change == D("1000") - due
    r = receipts.receipt_view(db, reception, issued.number)
    assert sum(ln.amount for ln in r.lines) == r.total and r.total_in_words == money.amount_in_words(r.total)
    assert r.payer == "王建国" and r.status == "issued"
    with pytest.raises(ConflictError, match="already paid"):
        counter.collect(db, reception, "3-2-1502", Payment(bills=[first.bill_id], tenders=[("cash", D("1000"))]))


def test_refusals_of_the_tender(db, actor, fees):
    reception = actor("receptionist")
    bill = counter.counter(db, reception, "3-2-1502").bills[0]
    with pytest.raises(ValidationError, match="is due"):
        counter.collect(db, reception, "3-2-1502", Payment(bills=[bill.bill_id], tenders=[("cash", D("1"))]))
    with pytest.raises(ValidationError, match="Only cash gives change"):
        counter.collect(db, reception, "3-2-1502", Payment(bills=[bill.bill_id], tenders=[("wechat", D("9999"))]))
    with pytest.raises(ValidationError, match="more than the"):
        counter.collect(db, reception, "3-2-1502", Payment(bills=[Pay(bill.bill_id, bill.outstanding + 1)],
                                                           tenders=[("cash", D("9999"))]))
    with pytest.raises(ValidationError, match="Choose what the payer pays"):
        counter.collect(db, reception, "3-2-1502", Payment(tenders=[("cash", D("10"))]))


def test_split_payment_and_prepayment(db, actor, fees):
    reception = actor("receptionist")
    bill = counter.counter(db, reception, "3-2-1502").bills[0]
    issued = counter.collect(db, reception, "3-2-1502", Payment(
        bills=[bill.bill_id], tenders=[("wechat", D("100")), ("cash", bill.outstanding)], rest_to_balance=True))
    assert issued.prepaid == D("100") and issued.change == 0
    assert counter.counter(db, reception, "3-2-1502").balance == D("100")
    nxt = counter.counter(db, reception, "3-2-1502").bills[0]
    counter.collect(db, reception, "3-2-1502", Payment(bills=[Pay(nxt.bill_id, D("20"))],
                                                       tenders=[("balance", D("20"))]))
    assert counter.counter(db, reception, "3-2-1502").balance == D("80")
    big = max(counter.counter(db, reception, "3-2-1502").bills, key=lambda b: b.outstanding)
    with pytest.raises(ValidationError, match="prepaid balance is"):
        counter.collect(db, reception, "3-2-1502", Payment(bills=[Pay(big.bill_id, D("90"))],
                                                           tenders=[("balance", D("90"))]))


def test_discount_and_late_fee_waiver_need_the_supervisor_acting(db, actor, admin, fees):
    reception = actor("receptionist")
    bill = counter.counter(db, reception, "3-2-1502").bills[0]
    pay = Payment(bills=[Pay(bill.bill_id, discount=D("10"))], tenders=[("cash", bill.outstanding)],
                  discount_reason="老人优惠")
    with pytest.raises(PermissionDenied, match="supervisor's approval"):
        counter.collect(db, reception, "3-2-1502", pay)
    pay.approval = Approval(_admin_id(db), "wrong")
    with pytest.raises(ValidationError, match="Wrong password"):
        counter.collect(db, reception, "3-2-1502", pay)
    pay.approval = Approval(_admin_id(db), PASSWORD)
    issued = counter.collect(db, reception, "3-2-1502", pay)
    assert issued.total == bill.outstanding - D("10") and issued.change == D("10")
    with db.read() as s:
        b = s.get(FeeBill, bill.bill_id)
        assert (b.status, b.waived, b.paid + b.waived) == ("paid", D("10"), b.amount)


def test_void_same_day_reopens_and_other_day_points_to_red_reversal(db, actor, admin, clock, fees):
    reception = actor("receptionist")
    bill = counter.counter(db, reception, "3-2-1502").bills[0]
    issued = counter.collect(db, reception, "3-2-1502", Payment(bills=[bill.bill_id],
                                                                tenders=[("cash", bill.outstanding)]))
    receipts.void(db, reception, issued.receipt_id, "金额录错")
    with db.read() as s:
        assert s.get(FeeBill, bill.bill_id).status == "open"
        assert s.get(FeeReceipt, issued.receipt_id).status == "void"
    again = counter.collect(db, reception, "3-2-1502", Payment(bills=[bill.bill_id],
                                                               tenders=[("cash", bill.outstanding)]))
    assert again.number == "SJ2026-00002"   # the voided number stays with its receipt
    clock.advance(days=1)
    with pytest.raises(ConflictError, match="红冲"):
        receipts.void(db, reception, again.receipt_id, "x")


def test_closing_freezes_the_day_then_red_reversal_with_approval(db, actor, admin, clock, fees):
    reception = actor("receptionist")
    bill = counter.counter(db, reception, "3-2-1502").bills[0]
    issued = counter.collect(db, reception, "3-2-1502", Payment(bills=[bill.bill_id],
                                                                tenders=[("cash", D("500"))]))
    today = clock().date()
    with pytest.raises(ValidationError, match="explain"):
        closing.close_day(db, reception, today, D("1"))
    closing_id = closing.close_day(db, reception, today, bill.outstanding, handin_ref="BANK-1")
    with pytest.raises(ConflictError, match="already closed"):
        closing.close_day(db, reception, today, bill.outstanding)
    with pytest.raises(ConflictError, match="红冲"):
        receipts.void(db, reception, issued.receipt_id, "x")
    with pytest.raises(PermissionDenied, match="supervisor's approval"):
        receipts.reverse(db, reception, issued.receipt_id, "收错房号")
    red = receipts.reverse(db, reception, issued.receipt_id, "收错房号", Approval(_admin_id(db), PASSWORD))
    assert red.total == -issued.total and red.number == "SJ2026-00002"
    view = receipts.receipt_view(db, reception, red.receipt_id)
    assert view.reversal_of == issued.number and view.total_in_words.startswith("负")
    assert sum(a for _m, a, _r in view.methods) == red.total
    with db.read() as s:
        assert s.get(FeeBill, bill.bill_id).status == "open"
        assert s.get(FeeReceipt, issued.receipt_id).status == "reversed"
    closing.check_closing(db, admin, closing_id)
    day = closing.summary(db, reception, today)
    assert day.reversals and day.cash == bill.outstanding - issued.total


def test_deposit_taken_refund_reviewed_and_paid(db, actor, admin, fees):
    reception = actor("receptionist")
    deposit_id, issued = deposits.take_deposit(db, reception, "3-2-1502", "renovation", D("2000"),
                                               [("cash", D("2000"))], source="ZX20260608-0001")
    assert deposits.deposit_view(db, reception, deposit_id).status == "held"
    with pytest.raises(ValidationError, match="holds"):
        deposits.apply_refund(db, reception, deposit_id, D("2500"))
    refund_id = deposits.apply_refund(db, reception, deposit_id, D("1500"), deduction=D("200"),
                                      deduction_reason="损坏公共墙面")
    with pytest.raises(ConflictError, match="under way"):
        deposits.apply_refund(db, reception, deposit_id, D("100"))
    with pytest.raises(PermissionDenied, match="supervisor's approval"):
        deposits.review_refund(db, reception, refund_id, True)
    deposits.review_refund(db, admin, refund_id, True)
    paid = deposits.pay_refund(db, reception, refund_id)
    assert paid.total == D("-1500")
    view = deposits.deposit_view(db, reception, deposit_id)
    assert (view.status, view.held) == ("partly", D("300"))
    assert [e.kind for e in view.entries] == ["taken", "deducted", "refunded"]
    r2 = deposits.apply_refund(db, reception, deposit_id, D("300"))
    deposits.review_refund(db, reception, r2, True, approval=Approval(_admin_id(db), PASSWORD))
    deposits.pay_refund(db, reception, r2)
    assert deposits.deposit_view(db, reception, deposit_id).status == "settled"


def test_deposit_voided_with_its_receipt(db, actor, fees):
    reception = actor("receptionist")
    deposit_id, issued = deposits.take_deposit(db, reception, "3-2-1502", "pass", D("50"), [("cash", D("50"))])
    receipts.void(db, reception, issued.receipt_id, "重复收取")
    assert deposits.deposit_view(db, reception, deposit_id).status == "void"


def test_posted_money_cannot_change(db, admin, fees):
    bill = counter.counter(db, admin, "3-2-1601").bills[0]
    counter.collect(db, admin, "3-2-1601", Payment(bills=[bill.bill_id], tenders=[("cash", bill.outstanding)]))
    with pytest.raises(ImmutableError):
        with db.write() as s:
            s.scalars(select(FeeBill)).first().amount = D("1.00")
    with pytest.raises(ImmutableError):
        with db.write() as s:
            s.execute(update(FeeBill).values(amount=1))
    with pytest.raises(ImmutableError):
        with db.write() as s:
            s.execute(delete(FeeBill))
    with pytest.raises(DatabaseError, match="posted amounts"):   # raw SQL meets the database's trigger
        with db.write() as s:
            s.execute(text("UPDATE fee_bill SET amount = 1"))
    with pytest.raises(DatabaseError, match="posted amounts"):
        with db.write() as s:
            s.execute(text("DELETE FROM fee_bill"))
    with pytest.raises(DatabaseError, match="posted amounts"):
        with db.write() as s:
            s.execute(text("UPDATE fee_receipt_line SET amount = 0"))
    with db.read() as s:   # bookkeeping beside the posted amount still moves
        assert s.scalar(select(FeeBill.amount)) > 0


def test_arrears_aging_settlement_kpis_and_hooks(db, actor, admin, clock, fees):
    reception = actor("receptionist")
    with db.read() as s:
        owed = arrears.arrears_of(s, "3-2-1601")
        assert owed and owed.bills > 0 and owed.oldest_due == date(2026, 1, 15)
    rows = arrears.aging(db, admin)
    assert sum(r.amount for r in rows) == sum(r.amount for r in arrears.owing_rooms(db, admin))
    assert rows[0].households >= 1
    settlement = arrears.settle_to(db, admin, "3-2-1601", clock().date())
    assert settlement.to_pay == settlement.owed > 0
    arrears.remind(db, reception, "3-2-1601", "phone", "答应月底交")
    assert arrears.reminders_of(db, reception, "3-2-1601")[0].amount == owed.amount
    bill = counter.counter(db, reception, "3-2-1601").bills[0]
    counter.collect(db, reception, "3-2-1601", Payment(bills=[bill.bill_id], tenders=[("cash", bill.outstanding)]))
    k = kpis.kpis(db, admin, date(2026, 1, 1), date(2026, 6, 30))
    assert k.receivable > k.received > 0 and k.takings == bill.outstanding
    assert k.collection_rate is not None and 0 < k.collection_rate < 1
    tiles = dashboard.tiles(db, admin, clock().date())
    assert any(str(t.title) == "Arrears" for t in tiles)
    assert any(str(i.group) == "Takings not yet closed" for i in open_items.collect(db, admin, clock()))
    with db.read() as s:
        room = s.scalar(select(Room).where(Room.code == "3-2-1601"))
        assert "fees" in card_sections.collect(s, admin, room)
    clock.advance(days=1)
    assert any(i.level == "alert" for i in open_items.collect(db, admin, clock() + timedelta(0)))
