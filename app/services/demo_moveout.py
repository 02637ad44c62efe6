"""The demo's move-outs (撤租, DOMAIN.md §4.11), made through the public services as the demo accounts after the
leases and the fees: the open leases of :mod:`app.services.demo_leases` give notice, one move-out in each
state the desk sees: applied (after one cancelled on the same room), the owner agreed, the unit inspected with
a compensation, the fees settled, the tenant moved out (the refund due), the deposit refunded, closed. The money (the
fees paid to settle, the deposit taken and refunded) is taken today only (:func:`counter_time`): the past days
are closed.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.domain import moveout as M
from app.services import moveout as svc
from app.services import records
from app.services.demo_complaints import at, counter_time
from app.services.fees import arrears, counter, deposits, items
from app.services.fees.common import Approval
from db.models.lease import Lease
from db.models.moveout import MoveOut, MoveOutLine

KIND = "moveout"
_ORDER = ("cancelled", "consented", "inspected", "settled", "moved_out", "refunded", "closed")
#: how far each case gets, in the order of the open leases (oldest first: the let one and the company's move
#: out; the expiring, the past-due, the incomplete one and the renewal keep their leases open; the last one
#: is closed and archived)
_FATES = ("moved_out", "refunded", "cancelled", "consented", "inspected", "settled", "closed")
_REASONS = ("提前解约", "换房", "租期届满", "租期届满", "业主收房", "提前解约", "工作调动")


def _open_leases(db: Any) -> list[tuple[str, str, str, date]]:
    with db.read() as s:
        rows = s.execute(select(Lease.owner_name, Lease.room_code, Lease.phone, Lease.start_date)
                         .where(Lease.status.in_(("active", "incomplete"))).order_by(Lease.id)).all()
    return [(r.owner_name, r.room_code, r.phone, r.start_date) for r in rows]


def _settle(db: Any, desk: Any, mid: int, code: str, day: date, clock: datetime, minutes: int) -> None:
    """Everything the room owes up to the move-out paid at the counter today, then the settlement."""
    with at(counter_time(clock, minutes)):
        owed = arrears.settle_to(db, desk, code, day)
        with db.read() as s:
            extra = [b for b in s.scalars(select(MoveOutLine.bill_id).where(MoveOutLine.moveout_id == mid)) if b]
        bills = list(dict.fromkeys([b.bill_id for b in owed.bills] + extra))
        if bills:
            counter.collect(db, desk, code, counter.Payment(
                bills=bills, tenders=[("cash", owed.owed + Decimal(1000))], payer=""))
        records.act(db, desk, KIND, mid, "settle", {})


def seed(db: Any, who: dict[str, Any], clock: datetime) -> str:
    desk, boss, steward = who["desk"], who["boss"], who["steward"]
    today = clock.date()
    made: list[str] = []
    with at(clock - timedelta(days=10)):       # the item compensations are billed under (§5.1 其他)
        items.save_item(db, boss, next(i for i in items.DEFAULT_ITEMS if i.code == M.COMPENSATION_ITEM))
    leases = _open_leases(db)
    for k, ((owner, code, phone, start), fate) in enumerate(zip(leases, _FATES, strict=False)):
        applied = (clock - timedelta(days=8 - _ORDER.index(fate))).replace(hour=9, minute=10 + 7 * k, second=0,
                                                                               microsecond=0)
        planned = max(today + timedelta(days=3), start + timedelta(days=1)) if fate in ("cancelled", "consented") \
            else max(applied.date() + timedelta(days=3), start + timedelta(days=1))
        raw = dict(room=code, applicant_role="tenant", applicant="", phone=phone, planned_date=planned,
                   reason=_REASONS[k])
        if fate == "cancelled":        # cancelled (the tenant renewed), then a new notice for the same room
            with at(applied):
                mid = records.create(db, desk, KIND, raw)
                records.act(db, desk, KIND, mid, "cancel", {"note": "租户与业主协商续租"})
            made.append("cancelled")
            with at(clock - timedelta(hours=2)):
                records.create(db, desk, KIND, dict(raw, planned_date=today + timedelta(days=4)))
            made.append("applied")
            continue
        with at(applied):
            mid = records.create(db, desk, KIND, raw)
        with at(applied + timedelta(hours=2)):
            records.act(db, desk, KIND, mid, "consent", dict(
                consent_kind="phone", consent_at=applied + timedelta(hours=1, minutes=40), consent_by=owner))
        if fate == "consented":
            made.append(fate)
            continue
        with at(applied + timedelta(days=1)):
            records.act(db, steward, KIND, mid, "inspect", dict(
                inspector="工程部 刘工", damages="客厅 墙面污损 180\n卫生间 镜子裂纹 0" if k % 2 else "",
                repairs_notified=bool(k % 2)))
            with db.read() as s:
                cards = s.scalar(select(MoveOut.cards_issued).where(MoveOut.id == mid)) or 0
            records.act(db, desk, KIND, mid, "returns", dict(cards_returned=cards, keys_returned=2, passes_returned=0))
        if fate == "inspected":
            made.append(fate)
            continue
        _settle(db, desk, mid, code, planned, clock, 90 - 10 * k)
        if fate == "settled":
            made.append(fate)
            continue
        with at(counter_time(clock, 40 - 5 * k)):
            deposits.take_deposit(db, desk, code, "utility", Decimal("500"), [("cash", Decimal("500"))])
            records.act(db, desk, KIND, mid, "move_out", dict(actual_date=min(planned, today),
                                                              release_slip_no=""))
        if fate == "moved_out":
            made.append(fate)
            continue
        with at(counter_time(clock, 20)):
            svc.refund(db, boss, mid, {"amount": "450", "deduction": "50", "deduction_reason": "门禁卡遗失工本费"},
                       Approval(boss.staff_id))
        if fate == "closed":
            with at(counter_time(clock, 10)):
                records.act(db, desk, KIND, mid, "close", {})
        made.append(fate)
    return f"{len(made)} move-outs ({', '.join(made)})"


__all__ = ["seed"]
