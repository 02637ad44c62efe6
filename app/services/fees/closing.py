"""Daily closing (日结, §5.7): a cashier's day — receipts by number range and by method, voids, reversals, the
cash expected and counted, 长短款 with its explanation, the hand-in reference — frozen when closed (its receipts
move to 已日结; after that only 红冲), then checked by the supervisor. The shift handover lists takings not yet
closed (app.services.fees.hooks)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import money
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_COLLECT, FEES_VIEW, MONEY_METHODS, PayMethod
from app.domain.fees.workflows import RECEIPT
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base
from app.services import workflow as wf
from app.services.base import Actor, unit_of_work
from app.services.fees.common import Approval, approver_in, closed_on, confirmed, in_session
from db.engine import Database
from db.models.fees import FeeClosing, FeePaymentMethod, FeeReceipt

ZERO = rules.ZERO
MSG_CLOSED = T("Fees", "{day} is already closed for this cashier")
MSG_EXPLAIN = T("Fees", "The cash counted differs from the takings by {difference}: explain the difference")
MSG_GONE = T("Fees", "This daily closing no longer exists")
MSG_CHECKED = T("Fees", "This daily closing was checked already")
MSG_FUTURE = T("Fees", "A day can be closed only once it has begun")
A_CHECK = T("Fees", "the check of a daily closing")


@dataclass(frozen=True)
class DaySummary:
    """A cashier's day as the 收款日报表 prints it (before or after closing)."""

    cashier_id: int
    day: date
    first_number: str
    last_number: str
    count: int
    by_method: dict[str, Decimal]
    voids: tuple[tuple[str, Decimal, str], ...]        # number, total, reason
    reversals: tuple[tuple[str, Decimal, str], ...]    # number of the negative receipt, total, original
    receipts: tuple[tuple[str, str, str, Decimal, str], ...]   # number, room, payer, total, status

    @property
    def takings(self) -> Decimal:
        """The money taken (every method that brings money in; change given back deducted from cash)."""
        return sum((self.by_method.get(m.value, ZERO) for m in MONEY_METHODS), ZERO)

    @property
    def cash(self) -> Decimal:
        return self.by_method.get(PayMethod.CASH.value, ZERO)


def summary_in(s: Session, cashier_id: int, day: date) -> DaySummary:
    rows = s.execute(select(FeeReceipt).where(FeeReceipt.cashier_id == cashier_id, FeeReceipt.day == day)
                     .order_by(FeeReceipt.number)).scalars().all()
    by_method = {m.value: ZERO for m in PayMethod}
    live = [r for r in rows if r.status != "void"]
    ids = [r.id for r in live]
    if ids:
        for method, amount in s.execute(select(FeePaymentMethod.method, FeePaymentMethod.amount)
                                        .where(FeePaymentMethod.receipt_id.in_(ids))):
            by_method[method] = by_method.get(method, ZERO) + amount
        by_method[PayMethod.CASH.value] -= sum((r.change for r in live), ZERO)
    originals = dict(s.execute(select(FeeReceipt.id, FeeReceipt.number).where(FeeReceipt.id.in_(
        [r.reversal_of_id for r in rows if r.reversal_of_id]))).all())
    return DaySummary(
        cashier_id, day, rows[0].number if rows else "", rows[-1].number if rows else "", len(rows), by_method,
        tuple((r.number, r.total, r.void_reason) for r in rows if r.status == "void"),
        tuple((r.number, r.total, originals.get(r.reversal_of_id or 0, "")) for r in rows if r.reversal_of_id),
        tuple((r.number, r.room_code, r.payer, r.total, r.status) for r in rows))


def summary(db: Database, actor: Actor, day: date, cashier_id: int | None = None) -> DaySummary:
    """The day of ``cashier_id`` (default: the actor's own)."""
    actor.require(FEES_VIEW)
    with db.read() as s:
        return summary_in(s, cashier_id or actor.staff_id or 0, day)


def close_day(db: Database, actor: Actor, day: date, cash_counted: Decimal, *, explanation: str = "",
              handed_to: str = "", handin_ref: str = "") -> int:
    """Close the actor's day: the figures frozen, its receipts 已日结; a cash difference needs an explanation."""
    actor.require(FEES_COLLECT)
    with unit_of_work(db, actor) as s:
        cashier = actor.staff_id or 0
        if day > base.now().date():
            raise ValidationError(MSG_FUTURE, "day")
        if closed_on(s, cashier, day) is not None:
            raise ConflictError(MSG_CLOSED.format(day=day.isoformat()))
        sm = summary_in(s, cashier, day)
        difference = cash_counted - sm.cash
        if difference and not explanation.strip():
            raise ValidationError(MSG_EXPLAIN.format(difference=money.format_yuan(difference)), "explanation")
        m = sm.by_method
        row = FeeClosing(cashier_id=cashier, day=day, first_number=sm.first_number, last_number=sm.last_number,
                         count=sm.count, cash=m["cash"], pos=m["pos"], wechat=m["wechat"], alipay=m["alipay"],
                         transfer=m["transfer"], other=m["balance"] + m["deposit"], voids=len(sm.voids),
                         void_amount=sum((v[1] for v in sm.voids), ZERO), reversals=len(sm.reversals),
                         reversal_amount=sum((r[1] for r in sm.reversals), ZERO), cash_counted=cash_counted,
                         difference=difference, explanation=explanation.strip()[:200], handed_to=handed_to[:40],
                         handin_ref=handin_ref[:40], closed_at=base.now())
        s.add(row)
        s.flush()
        for receipt in s.scalars(select(FeeReceipt).where(FeeReceipt.cashier_id == cashier, FeeReceipt.day == day,
                                                          FeeReceipt.status == "issued")):
            receipt.closing_id = row.id
            wf.transition_event(s, actor, RECEIPT, receipt, "close")
        return int(row.id)


def check_closing(db: Database, actor: Actor, closing_id: int, approval: Approval | None = None) -> None:
    """The supervisor's check of a closing (acting herself)."""
    actor.require(FEES_COLLECT)
    checked = confirmed(db, actor, approval)
    with unit_of_work(db, actor) as s:
        in_session(s, checked)
        row = s.get(FeeClosing, closing_id)
        if row is None:
            raise NotFound(MSG_GONE)
        if row.checked_by is not None:
            raise ConflictError(MSG_CHECKED)
        row.checked_by, row.checked_at = approver_in(s, actor, approval, A_CHECK), base.now()


def unclosed(s: Session, before: date | None = None) -> list[tuple[int, date, int, Decimal]]:
    """(cashier, day, receipts, total) of days with receipts not yet closed."""
    query = select(FeeReceipt.cashier_id, FeeReceipt.day, FeeReceipt.total).where(FeeReceipt.status == "issued")
    if before is not None:
        query = query.where(FeeReceipt.day <= before)
    days: dict[tuple[int, date], tuple[int, Decimal]] = {}
    for cashier, day, total in s.execute(query):
        n, t = days.get((cashier or 0, day), (0, ZERO))
        days[(cashier or 0, day)] = (n + 1, t + total)
    return [(c, d, n, t) for (c, d), (n, t) in sorted(days.items(), key=lambda kv: kv[0][1])]


def closings(db: Database, actor: Actor, day_from: date, day_to: date) -> list[FeeClosing]:
    actor.require(FEES_VIEW)
    with db.read() as s:
        return list(s.scalars(select(FeeClosing).where(FeeClosing.day.between(day_from, day_to))
                              .order_by(FeeClosing.day.desc(), FeeClosing.cashier_id)))
