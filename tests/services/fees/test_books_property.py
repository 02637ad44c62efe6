"""The books balance whatever the desk does (hypothesis): billing runs, payments (several tenders, part of a
bill, prepayment, the balance), voids, closings and red reversals, deposits taken, deducted, transferred and
refunded, in any order and on several days, on a real SQLite file per example.

After every sequence, checked from the posted rows themselves (not from the services' own sums):

* each bill: amount = received (its lines on receipts not voided, red ones negative) + outstanding + waived
  (its waivers not undone), and the estate's totals likewise;
* every receipt's lines sum to its total; its methods less the change given are its total; its 大写 reads back
  (an independent reader, tests/unit/domain/test_money.py) to the figures;
* receipt numbers SJ2026-00001 … N in the order issued: no gap, no repeat;
* a room's prepaid balance is what its live receipts put in less what they used, never below zero;
* a deposit holds its amount less its ledger's entries, never below zero; 已结清 exactly when nothing is held.
"""
from __future__ import annotations

import shutil
from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal
from itertools import count

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from app.domain import money
from app.domain.errors import UserError
from app.domain.fees.codes import EntryKind, LineKind
from app.services import store
from app.services.fees import Pay, Payment, billing, closing, counter, deposits, receipts
from app.services.fees.receipts import balance_of
from db.engine import sqlite_url
from db.models.fees import (
    FeeBill,
    FeeDeposit,
    FeeDepositEntry,
    FeePaymentMethod,
    FeeReceipt,
    FeeReceiptLine,
    FeeWaiver,
)
from tests.unit.domain.test_money import _words_value

D = Decimal
ROOMS = ("3-2-1502", "3-2-1601", "3-2-1501")
START = datetime(2026, 6, 8, 9, 0)

room = st.sampled_from(ROOMS)
#: one of the room's owing bills by its place in the list, paid in full or in part
pick = st.tuples(st.integers(0, 30), st.sampled_from([None, "half", "cent"]))
tender = st.sampled_from(["cash_exact", "cash_over", "split", "wechat", "prepay_rest", "balance"])
PAY = st.tuples(st.just("pay"), room, st.lists(pick, min_size=0, max_size=3), tender,
                st.sampled_from([D(0), D(0), D("50.00"), D("0.01")]))
OPS = st.one_of(
    st.tuples(st.just("bill"), st.integers(7, 9)),
    PAY, PAY, PAY,
    st.tuples(st.just("void"), st.integers(0, 40)),
    st.tuples(st.just("close"), st.booleans()),
    st.tuples(st.just("reverse"), st.integers(0, 40)),
    st.tuples(st.just("next_day")),
    st.tuples(st.just("take_deposit"), room, st.sampled_from(["renovation", "pass", "tenant"]),
              st.sampled_from([D("50"), D("300.50"), D("2000")])),
    st.tuples(st.just("deduct"), st.integers(0, 5), st.sampled_from([D("10"), D("49.99"), D("5000")])),
    st.tuples(st.just("transfer"), st.integers(0, 5), st.integers(0, 30)),
    st.tuples(st.just("refund"), st.integers(0, 5), st.sampled_from([D("1"), D("40"), D("300.50")]),
              st.sampled_from([D(0), D("10")]), st.sampled_from(["approve", "reject", "leave"])),
)


def _tenders(kind: str, due: Decimal, balance: Decimal) -> tuple[list, bool]:
    """The methods a payer offers for ``due`` (the service refuses what does not cover it)."""
    if kind == "cash_over":
        return [("cash", due + D("100"))], False
    if kind == "split":
        half = (due / 2).quantize(D("0.01"))
        return [("wechat", half), ("cash", due - half + D("7.30"))], False
    if kind == "wechat":
        return [("wechat", due)], False
    if kind == "prepay_rest":
        return [("alipay", due + D("88.80"))], True
    if kind == "balance":
        used = min(balance, due)
        return [("balance", used), ("pos", due - used)], False
    return [("cash", due)], False


class Desk:
    """One example's store, clock and the two people at the desk."""

    def __init__(self, db, clock, cashier, supervisor) -> None:
        self.db, self.clock, self.cashier, self.supervisor = db, clock, cashier, supervisor

    def run(self, op: tuple) -> None:   # each step: None when done, False when it had nothing to act on
        try:
            done = getattr(self, op[0])(*op[1:])
            event(f"{op[0]} {'nothing to act on' if done is False else 'done'}")
        except UserError:   # a refusal writes nothing: the books are checked after the whole sequence
            event(f"{op[0]} refused")

    def bill(self, month: int) -> None:
        billing.post(self.db, self.supervisor, date(2026, month, 1))

    def pay(self, code: str, picks: list, kind: str, prepay: Decimal) -> None:
        view = counter.counter(self.db, self.cashier, code)
        chosen: dict[int, Pay] = {}
        for index, part in picks:
            if not view.bills:
                break
            b = view.bills[index % len(view.bills)]
            amount = {None: None, "half": (b.outstanding / 2).quantize(D("0.01")), "cent": D("0.01")}[part]
            chosen[b.bill_id] = Pay(b.bill_id, amount)
        due = sum((view.bills[[x.bill_id for x in view.bills].index(p.bill_id)].outstanding
                   if p.amount is None else p.amount for p in chosen.values()), D(0)) + prepay
        tenders, rest = _tenders(kind, due, view.balance)
        counter.collect(self.db, self.cashier, code, Payment(bills=list(chosen.values()), tenders=tenders,
                                                             prepay=prepay, rest_to_balance=rest))

    def _receipt(self, index: int) -> int | None:
        with self.db.read() as s:
            ids = s.scalars(select(FeeReceipt.id).order_by(FeeReceipt.id)).all()
        return ids[index % len(ids)] if ids else None

    def void(self, index: int) -> bool | None:
        if (rid := self._receipt(index)) is None:
            return False
        receipts.void(self.db, self.cashier, rid, "录错")

    def reverse(self, index: int) -> bool | None:
        if (rid := self._receipt(index)) is None:
            return False
        receipts.reverse(self.db, self.supervisor, rid, "收错房号")   # the supervisor acting herself

    def close(self, exact: bool) -> None:
        today = self.clock().date()
        cash = closing.summary(self.db, self.cashier, today).cash
        closing.close_day(self.db, self.cashier, today, cash if exact else cash - D("1"),
                          explanation="" if exact else "短款一元，已补")

    def next_day(self) -> None:
        self.clock.advance(days=1)

    def take_deposit(self, code: str, kind: str, amount: Decimal) -> None:
        deposits.take_deposit(self.db, self.cashier, code, kind, amount, [("cash", amount)])

    def _deposit(self, index: int) -> int | None:
        with self.db.read() as s:
            ids = s.scalars(select(FeeDeposit.id).order_by(FeeDeposit.id)).all()
        return ids[index % len(ids)] if ids else None

    def deduct(self, index: int, amount: Decimal) -> bool | None:
        if (did := self._deposit(index)) is None:
            return False
        deposits.deduct(self.db, self.supervisor, did, amount, "损坏公共墙面")

    def transfer(self, index: int, bill_index: int) -> bool | None:
        if (did := self._deposit(index)) is None:
            return False
        code = deposits.deposit_view(self.db, self.cashier, did).room_code
        bills = counter.counter(self.db, self.cashier, code).bills
        if not bills:
            return False
        deposits.transfer(self.db, self.cashier, did, [bills[bill_index % len(bills)].bill_id])

    def refund(self, index: int, amount: Decimal, deduction: Decimal, review: str) -> bool | None:
        if (did := self._deposit(index)) is None:
            return False
        rid = deposits.apply_refund(self.db, self.cashier, did, amount, deduction=deduction,
                                    deduction_reason="清洁费" if deduction else "")
        if review == "leave":
            return None
        deposits.review_refund(self.db, self.supervisor, rid, review == "approve", note="资料不全")
        if review == "approve":
            deposits.pay_refund(self.db, self.cashier, rid)


def check_books(db) -> None:
    with db.read() as s:
        live = {r.id: r for r in s.scalars(select(FeeReceipt)) if r.status != "void"}
        every = s.scalars(select(FeeReceipt).order_by(FeeReceipt.id)).all()
        lines = s.scalars(select(FeeReceiptLine)).all()
        methods = s.scalars(select(FeePaymentMethod)).all()

        received: dict[int, Decimal] = defaultdict(Decimal)
        for ln in lines:
            if ln.receipt_id in live and ln.bill_id is not None and ln.kind in (LineKind.BILL.value,
                                                                              LineKind.DISCOUNT.value):
                received[ln.bill_id] += ln.amount
        waived: dict[int, Decimal] = defaultdict(Decimal)
        for w in s.scalars(select(FeeWaiver).where(FeeWaiver.undone_by == 0)):
            waived[w.bill_id or 0] += w.amount
        receivable = total_received = total_outstanding = total_waived = D(0)
        for b in s.scalars(select(FeeBill).where(FeeBill.void_key == 0)):
            assert b.amount == received[b.id] + b.outstanding + waived[b.id], (b.id, b.period)
            assert (b.paid, b.waived) == (received[b.id], waived[b.id])
            assert b.outstanding >= 0 and (b.status == "open") == (b.paid == 0 and b.waived == 0 and
                                                                   b.outstanding > 0)
            receivable += b.amount
            total_received += received[b.id]
            total_outstanding += b.outstanding
            total_waived += waived[b.id]
        assert receivable == total_received + total_outstanding + total_waived

        by_receipt: dict[int, Decimal] = defaultdict(Decimal)
        for ln in lines:
            by_receipt[ln.receipt_id] += ln.amount
        paid_by: dict[int, Decimal] = defaultdict(Decimal)
        for m in methods:
            paid_by[m.receipt_id] += m.amount
        for r in every:
            assert by_receipt[r.id] == r.total, r.number
            assert paid_by[r.id] - r.change == r.total, r.number
            words = receipts.receipt_view_in(s, r.id).total_in_words
            assert words == money.amount_in_words(r.total)
            assert _words_value(words) == money.to_fen(r.total), (r.number, words)
        assert [r.number for r in every] == [f"SJ2026-{n:05d}" for n in range(1, len(every) + 1)]

        for room_id in {r.room_id for r in every if r.room_id is not None}:
            put_in = sum((ln.amount for ln in lines if ln.receipt_id in live and ln.kind == LineKind.PREPAY.value
                          and live[ln.receipt_id].room_id == room_id), D(0))
            used = sum((m.amount for m in methods if m.receipt_id in live and m.method == "balance"
                        and live[m.receipt_id].room_id == room_id), D(0))
            assert balance_of(s, room_id) == put_in - used >= 0

        for d in s.scalars(select(FeeDeposit)):
            entries = s.scalars(select(FeeDepositEntry).where(FeeDepositEntry.deposit_id == d.id)).all()
            taken = sum((e.amount for e in entries if e.kind == EntryKind.TAKEN.value), D(0))
            out = sum((e.amount for e in entries if e.kind != EntryKind.TAKEN.value), D(0))
            assert taken == d.amount and d.held == taken - out >= 0, d.number
            assert (d.status in ("settled", "void")) == (d.held == 0), (d.number, d.status, d.held)
            assert s.scalar(select(func.count()).select_from(FeeReceiptLine).where(
                FeeReceiptLine.deposit_id == d.id, FeeReceiptLine.kind == LineKind.DEPOSIT.value)) >= 1


_EXAMPLE = count()
_PEOPLE: dict = {}   # per test run: the cashier signed in once and the base store's file


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(ops=st.lists(OPS, min_size=8, max_size=24))
def test_the_books_balance_after_any_sequence(tmp_path_factory, db, actor, admin, clock, fees, ops):
    if "base" not in _PEOPLE:   # the fixture's store (estate, items, January–June billed), copied per example
        _PEOPLE["cashier"] = actor("receptionist")
        db.dispose()
        _PEOPLE["base"] = tmp_path_factory.mktemp("books") / "base.sqlite3"
        shutil.copy(db.path, _PEOPLE["base"])
    path = tmp_path_factory.mktemp("books") / f"example-{next(_EXAMPLE)}.sqlite3"
    shutil.copy(_PEOPLE["base"], path)
    clock.at = START
    own = store.open_store(sqlite_url(path))
    try:
        desk = Desk(own, clock, _PEOPLE["cashier"], admin)
        for op in ops:
            desk.run(op)
        check_books(own)
    finally:
        own.dispose()
