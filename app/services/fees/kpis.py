"""The KPIs of 收费 (§6): 收缴率 by amount and by household for a range of periods, 清欠率, daily takings,
voids and reversals (count and amount)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, case, func, select

from app.domain import money
from app.domain.fees.codes import FEES_VIEW
from app.domain.fees.rules import period_key
from app.services.base import Actor
from db.engine import Database
from db.models.fees import FeeBill, FeeReceipt, FeeReceiptLine


@dataclass(frozen=True)
class FeeKpis:
    receivable: Decimal
    received: Decimal
    households_billed: int
    households_paid: int
    old_arrears_start: Decimal
    old_collected: Decimal
    takings: Decimal
    voids: int
    void_amount: Decimal
    reversals: int
    reversal_amount: Decimal

    @staticmethod
    def _rate(part: Decimal | int, whole: Decimal | int) -> float | None:
        return float(part) / float(whole) if whole else None

    @property
    def collection_rate(self) -> float | None:
        """收缴率 (amount): received of the periods' bills ÷ receivable."""
        return self._rate(self.received, self.receivable)

    @property
    def household_rate(self) -> float | None:
        """收缴率 (households): rooms with nothing left of the periods' bills ÷ rooms billed."""
        return self._rate(self.households_paid, self.households_billed)

    @property
    def arrears_clearing_rate(self) -> float | None:
        """清欠率: old arrears collected in the range ÷ old arrears at its start."""
        return self._rate(self.old_collected, self.old_arrears_start)


def kpis(db: Database, actor: Actor, first: date, last: date) -> FeeKpis:
    """The KPIs of the periods from ``first`` to ``last`` (months) and the receipts of those days."""
    actor.require(FEES_VIEW)
    b, ln, r = FeeBill.__table__.c, FeeReceiptLine.__table__.c, FeeReceipt.__table__.c
    lo, hi = period_key(first), period_key(last)

    def fen(value: object) -> Decimal:
        return money.from_fen(int(value or 0))  # type: ignore[call-overload]

    with db.read() as s:
        receivable, paid = s.execute(select(func.sum(b.amount, type_=Integer), func.sum(b.paid, type_=Integer))
                                     .where(b.period.between(lo, hi), b.void_key == 0)).one()
        per_room = (select(b.room_id, func.sum(b.outstanding, type_=Integer).label("left"))
                    .where(b.period.between(lo, hi), b.void_key == 0).group_by(b.room_id).subquery())
        billed, cleared = s.execute(select(func.count(), func.sum(case((per_room.c.left == 0, 1), else_=0)))).one()
        old_now = s.scalar(select(func.sum(b.outstanding, type_=Integer))
                           .where(b.due_date < first, b.void_key == 0, b.status.in_(("open", "partial")))) or 0
        collected = s.scalar(select(func.sum(ln.amount, type_=Integer)).select_from(
                             FeeReceiptLine.__table__.join(FeeReceipt.__table__, r.id == ln.receipt_id)
                             .join(FeeBill.__table__, b.id == ln.bill_id))
                             .where(r.day.between(first, last), r.status != "void", b.due_date < first,
                                    ln.kind.in_(("bill", "discount")))) or 0
        takings = s.scalar(select(func.sum(r.total, type_=Integer)).where(r.day.between(first, last),
                                                                          r.status != "void")) or 0
        voids, void_amount = s.execute(select(func.count(), func.sum(r.total, type_=Integer))
                                       .where(r.day.between(first, last), r.status == "void")).one()
        reversals, reversal_amount = s.execute(select(func.count(), func.sum(r.total, type_=Integer))
                                               .where(r.day.between(first, last), r.reversal_of_id.isnot(None))).one()
    counts: list[Any] = [billed, cleared, voids, reversals, old_now, collected]
    n_billed, n_cleared, n_voids, n_reversals, old, got = (int(v or 0) for v in counts)
    return FeeKpis(fen(receivable), fen(paid), n_billed, n_cleared, fen(old + got), fen(got), fen(takings), n_voids,
                   fen(void_amount), n_reversals, fen(reversal_amount))
