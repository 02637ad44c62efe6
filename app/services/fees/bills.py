"""Bills (应收) as the desk lists and corrects them: never edited, a wrong one is voided with its reason, what a
household is let off is waived (减免) or written off (核销) with the supervisor's approval (§4.15 step 2).

* :func:`list_bills` / :func:`count_bills` — a room's or a building's bills (room code or its prefix) by period,
  status and item, newest period first, keyset-paged;
* :func:`void_bill` — a bill billed by mistake, nothing paid on it: 作废 with the reason (``fees.setup``); its
  period can be billed again (the void frees the room × item × period);
* :func:`waive` — 减免 or 核销 of what a bill still owes (all or part), with the reason, approved by the supervisor
  acting (signed in, or her own password typed at this desk).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from app.domain import money
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_COLLECT, FEES_SETUP, FEES_VIEW, OWING, BillStatus, WaiverKind
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base
from app.services.base import Actor, unit_of_work
from app.services.fees.common import BILL_COLUMNS, Approval, Bill, approver_in, bill_values, confirmed, in_session
from app.services.fees.receipts import settle_bill
from app.services.shared import Query, counted
from db.engine import Database
from db.models import Room
from db.models.fees import FeeBill, FeeItem, FeeWaiver

ZERO = rules.ZERO
MSG_GONE = T("Fees", "This bill no longer exists")
MSG_REASON = T("Fees", "Give the reason")
MSG_VOID_ALREADY = T("Fees", "{item} {period} is void already")
MSG_VOID_PAID = T("Fees", "{item} {period} has {paid} paid on it: void or reverse its receipts first, or waive "
                          "what is left")
MSG_NOT_OWING = T("Fees", "{item} {period} owes nothing: there is nothing to waive")
MSG_WAIVE_MORE = T("Fees", "{item} {period} owes {outstanding}: {amount} cannot be waived")
MSG_WAIVE_KIND = T("Fees", "A bill is waived (减免) or written off (核销)")
A_WAIVER = T("Fees", "a waiver or write-off")


@dataclass(frozen=True)
class BillRow(Bill):
    """A bill in the bills list."""

    id: int
    room_code: str
    void_reason: str

    @property
    def sort_key(self) -> tuple[str, int]:
        return (self.period, self.id)


def _query(room: str, period: str, status: str, item: str) -> Query:
    q = (select(FeeBill.id, Room.code.label("room_code"), FeeBill.void_reason, *BILL_COLUMNS)
         .join(Room, Room.id == FeeBill.room_id).join(FeeItem, FeeItem.id == FeeBill.item_id))
    room = (room or "").strip().upper()
    if room:
        q = q.where(Room.code.startswith(room, autoescape=True))
    period = (period or "").strip()
    if period:
        q = q.where(FeeBill.period.startswith(period, autoescape=True))
    if status == "owing":
        q = q.where(FeeBill.status.in_(OWING))
    elif status not in ("", "all", None):
        q = q.where(FeeBill.status == BillStatus(status).value)
    if item and str(item).isdigit():
        q = q.where(FeeBill.item_id == int(item))
    return q


def list_bills(db: Database, actor: Actor, *, room: str = "", period: str = "", status: str = "owing",
               item: str = "", after: tuple | None = None, limit: int = 200) -> list[BillRow]:
    """Bills of a room (its code) or a building (a code prefix, ``3-``), newest period first."""
    actor.require(FEES_VIEW)
    q = _query(room, period, status, item)
    if after is not None:
        q = q.where(tuple_(FeeBill.period, FeeBill.id) < tuple_(*after))
    with db.read() as s:
        rows = s.execute(q.order_by(FeeBill.period.desc(), FeeBill.id.desc()).limit(limit)).all()
    return [BillRow(id=r.id, room_code=r.room_code, void_reason=r.void_reason, **bill_values(r)) for r in rows]


def count_bills(db: Database, actor: Actor, *, room: str = "", period: str = "", status: str = "owing",
                item: str = "") -> int:
    actor.require(FEES_VIEW)
    return counted(db, select(func.count()).select_from(_query(room, period, status, item).subquery()))


def _bill(s: Session, bill_id: int) -> tuple[FeeBill, str]:
    bill = s.get(FeeBill, bill_id)
    if bill is None:
        raise NotFound(MSG_GONE)
    return bill, s.scalar(select(FeeItem.name).where(FeeItem.id == bill.item_id)) or ""


def void_bill(db: Database, actor: Actor, bill_id: int, reason: str) -> None:
    """作废 a bill billed by mistake: nothing paid on it; the reason kept; its period may be billed again."""
    actor.require(FEES_SETUP)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(MSG_REASON, "reason")
    with unit_of_work(db, actor) as s:
        bill, item = _bill(s, bill_id)
        if bill.status == BillStatus.VOID.value:
            raise ConflictError(MSG_VOID_ALREADY.format(item=item, period=bill.period))
        if bill.paid != 0:
            raise ConflictError(MSG_VOID_PAID.format(item=item, period=bill.period, paid=money.format_yuan(bill.paid)))
        bill.status, bill.void_key = BillStatus.VOID.value, bill.id
        bill.void_reason, bill.voided_by = reason[:200], actor.staff_id
        bill.outstanding = ZERO


def waive(db: Database, actor: Actor, bill_id: int, kind: WaiverKind | str, reason: str,
          amount: Decimal | None = None, approval: Approval | None = None) -> int:
    """减免 / 核销 of what a bill owes (``amount`` None: all of it), approved by the supervisor acting."""
    actor.require(FEES_COLLECT)
    try:
        kind = WaiverKind(kind)
    except ValueError:
        raise ValidationError(MSG_WAIVE_KIND, "kind") from None
    if kind not in (WaiverKind.WAIVE, WaiverKind.WRITE_OFF):
        raise ValidationError(MSG_WAIVE_KIND, "kind")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(MSG_REASON, "reason")
    checked = confirmed(db, actor, approval)
    with unit_of_work(db, actor) as s:
        in_session(s, checked)
        bill, item = _bill(s, bill_id)
        if bill.status not in OWING or bill.outstanding <= 0:
            raise ConflictError(MSG_NOT_OWING.format(item=item, period=bill.period))
        value = bill.outstanding if amount is None else amount
        if value <= 0 or value > bill.outstanding:
            raise ValidationError(MSG_WAIVE_MORE.format(item=item, period=bill.period,
                                                        outstanding=money.format_yuan(bill.outstanding),
                                                        amount=money.format_yuan(value)), "amount")
        approver = approver_in(s, actor, approval, A_WAIVER)
        waiver = FeeWaiver(bill_id=bill.id, kind=kind.value, amount=value, reason=reason[:200], approved_by=approver,
                           at=base.now(), by=actor.staff_id)
        s.add(waiver)
        bill.waived += value
        settle_bill(bill)
        s.flush()
        return int(waiver.id)
