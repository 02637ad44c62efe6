"""The counter (收银台, §4.15 step 3): a room's outstanding items oldest first with their aging and late fees,
then one payment of the chosen ones with discounts, several methods, change and prepayment, and its receipt.

* :func:`counter` — what the cashier sees for a room (:class:`CounterView`): one indexed query on the room's
  owing bills (``ix_fee_bill_room``), the balance and the deposits it holds;
* :func:`warnings` — before paying: older arrears of the same item left unpaid (§5.3);
* :func:`collect` / :func:`collect_in` — the payment (:class:`Payment`) and its receipt. A late fee is its own
  line, left out only with the supervisor's approval; a discount is an approved waiver beside the payment.
  A bill another desk paid meanwhile is refused: no period is paid twice.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import money
from app.domain.errors import ConflictError, ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_COLLECT, FEES_VIEW, OWING, Aging, LineKind, PayMethod, WaiverKind
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, params
from app.services.base import Actor, unit_of_work
from app.services.fees.common import (
    BILL_COLUMNS,
    Approval,
    Bill,
    approver_in,
    bill_values,
    confirmed,
    in_session,
    payer_of,
    room_of,
)
from app.services.fees.receipts import Issued, Line, balance_of, issue_in
from db.engine import Database
from db.models import Room
from db.models.fees import FeeBill, FeeDeposit, FeeItem, FeeWaiver

ZERO = rules.ZERO
MSG_BILL_GONE = T("Fees", "Bill {bill} is not a bill of room {room}")
MSG_BILL_DONE = T("Fees", "{item} {period} is already paid or no longer owed: reload the room")
MSG_DISCOUNT_REASON = T("Fees", "Give the reason for the discount")
MSG_DISCOUNT_TOO_BIG = T("Fees", "{item} {period}: the discount {discount} is more than the {amount} paid")
MSG_NOTHING = T("Fees", "Choose what the payer pays, or an amount to prepay")
A_DISCOUNT = T("Fees", "a discount")
A_LATE_FEE_WAIVER = T("Fees", "leaving out the late fee")


@dataclass(frozen=True)
class OwedBill(Bill):
    """One outstanding bill at the counter."""

    bill_id: int
    item_id: int
    period_start: date
    period_end: date
    quantity: Decimal
    unit_price: Decimal
    #: the §5.3 bucket when overdue, else None
    aging: Aging | None
    #: the late fee if the bill were paid today (zero unless late fees are on for the estate and the item)
    late_fee: Decimal


@dataclass(frozen=True)
class CounterView:
    room_id: int
    room_code: str
    payer: str
    bills: tuple[OwedBill, ...]
    balance: Decimal
    deposits: tuple[tuple[int, str, str, Decimal, str], ...]   # id, number, kind, held, status
    today: date

    @property
    def outstanding(self) -> Decimal:
        return sum((b.outstanding for b in self.bills), ZERO)

    @property
    def late_fees(self) -> Decimal:
        return sum((b.late_fee for b in self.bills), ZERO)

    @property
    def overdue(self) -> Decimal:
        return sum((b.outstanding for b in self.bills if b.aging is not None), ZERO)

    def by_aging(self) -> dict[Aging, Decimal]:
        result = dict.fromkeys(Aging, ZERO)
        for b in self.bills:
            if b.aging is not None:
                result[b.aging] += b.outstanding
        return result


_COLUMNS = (FeeBill.id, FeeBill.item_id, FeeBill.period_start, FeeBill.period_end, FeeBill.quantity,
            FeeBill.unit_price, FeeItem.late_fee, *BILL_COLUMNS)


def owed_query(room_id: int) -> Any:
    """The room's owing bills, oldest period first (on ``ix_fee_bill_room``)."""
    return (select(*_COLUMNS).join(FeeItem, FeeItem.id == FeeBill.item_id)
            .where(FeeBill.room_id == room_id, FeeBill.status.in_(OWING))
            .order_by(FeeBill.period_start, FeeItem.seq, FeeBill.id))


def late_terms(values: dict[str, Any]) -> tuple[bool, Decimal, int, bool]:
    return (bool(values["fee.late_fee_enabled"]), values["fee.late_fee_daily_rate"],
            int(values["fee.late_fee_grace_days"]), bool(values["fee.late_fee_capped"]))


def counter(db: Database, actor: Actor, room: int | str, today: date | None = None) -> CounterView:
    """What the counter shows for a room (by id or code)."""
    actor.require(FEES_VIEW)
    with db.read() as s:
        return counter_in(s, room, today or base.now().date())


def counter_in(s: Session, room: Room | int | str, today: date) -> CounterView:
    r = room_of(s, room)
    on, rate, grace, capped = late_terms(params.load(s))
    bills = []
    for row in s.execute(owed_query(r.id)):
        overdue = today > row.due_date
        fee = (rules.late_fee(row.outstanding, row.due_date, today, daily_rate=rate, grace_days=grace, capped=capped)
               if on and row.late_fee and overdue else ZERO)
        bills.append(OwedBill(bill_id=row.id, item_id=row.item_id, period_start=row.period_start,
                              period_end=row.period_end, quantity=row.quantity, unit_price=row.unit_price,
                              aging=rules.aging_of(row.due_date, today) if overdue else None, late_fee=fee,
                              **bill_values(row)))
    deposits = s.execute(select(FeeDeposit.id, FeeDeposit.number, FeeDeposit.kind, FeeDeposit.held, FeeDeposit.status)
                         .where(FeeDeposit.room_id == r.id, FeeDeposit.status.in_(("held", "partly")))
                         .order_by(FeeDeposit.id)).all()
    return CounterView(r.id, r.code, payer_of(s, r.id), tuple(bills), balance_of(s, r.id), tuple(deposits), today)


def warnings(view: CounterView, bill_ids: Sequence[int]) -> list[Text]:
    """What to mind before paying ``bill_ids``: older arrears of the same item left unpaid."""
    return rules.skipped_older([rules.Owed(b.bill_id, b.item_id, b.item_name, b.period, b.outstanding)
                                for b in view.bills], bill_ids)


@dataclass(frozen=True)
class Pay:
    """A bill chosen at the counter: all it owes (``amount`` None) or part; a discount off it (approved)."""

    bill_id: int
    amount: Decimal | None = None
    discount: Decimal = ZERO


@dataclass
class Payment:
    """One payment at the counter.

    ``tenders``: (method, amount[, reference]) per method used; ``prepay``: an amount put to the balance besides
    the bills; ``rest_to_balance``: what the payer gives beyond is prepaid rather than change; ``waive_late_fees``
    and discounts need ``approval`` (the supervisor acting)."""

    bills: Sequence[int | Pay] = ()
    tenders: Sequence[tuple[str | PayMethod, Decimal] | tuple[str | PayMethod, Decimal, str]] = ()
    prepay: Decimal = ZERO
    rest_to_balance: bool = False
    waive_late_fees: bool = False
    discount_reason: str = ""
    approval: Approval | None = None
    payer: str = ""
    note: str = ""
    #: lines the caller adds (a deposit taken with fees at move-in): kept as given
    extra: Sequence[Line] = field(default_factory=tuple)


def collect(db: Database, actor: Actor, room: int | str, payment: Payment) -> Issued:
    """Take a payment at the counter and issue its receipt (one transaction)."""
    actor.require(FEES_COLLECT)
    checked = confirmed(db, actor, payment.approval)
    with unit_of_work(db, actor) as s:
        in_session(s, checked)
        return collect_in(s, actor, room, payment)


def collect_in(s: Session, actor: Actor, room: Room | int | str, payment: Payment) -> Issued:
    """:func:`collect` in an open unit of work (move-in collects its fees with its own record)."""
    actor.require(FEES_COLLECT)
    r = room_of(s, room)
    now = base.now()
    today = now.date()
    values = params.load(s)
    on, rate, grace, capped = late_terms(values)
    picks = [p if isinstance(p, Pay) else Pay(int(p)) for p in payment.bills]
    lines: list[Line] = []
    waivers: list[tuple[FeeBill, WaiverKind, Decimal]] = []
    chosen_ids: list[int] = []
    # the chosen bills and their items in one query each, not one per bill
    found = {b.id: b for b in s.scalars(select(FeeBill).where(FeeBill.id.in_([p.bill_id for p in picks])))}
    fee_items = {i.id: i for i in s.scalars(select(FeeItem).where(FeeItem.id.in_({b.item_id for b in found.values()})))}
    for pick in picks:
        bill = found.get(pick.bill_id)
        if bill is None or bill.room_id != r.id:
            raise ValidationError(MSG_BILL_GONE.format(bill=pick.bill_id, room=r.code), "bills")
        item = fee_items[bill.item_id]
        if bill.status not in OWING or bill.outstanding <= 0:
            raise ConflictError(MSG_BILL_DONE.format(item=item.name, period=bill.period))
        amount = bill.outstanding if pick.amount is None else pick.amount
        rules.check_pay(item.name, bill.period, amount, bill.outstanding)
        if pick.discount < 0 or pick.discount > amount:
            raise ValidationError(MSG_DISCOUNT_TOO_BIG.format(
                item=item.name, period=bill.period, discount=money.format_yuan(pick.discount),
                amount=money.format_yuan(amount)), "discount")
        chosen_ids.append(bill.id)
        lines.append(Line(LineKind.BILL, amount, item.name, bill, bill.period_start, bill.period_end, bill.quantity,
                          bill.unit_price))
        if pick.discount > 0:
            lines.append(Line(LineKind.DISCOUNT, -pick.discount, item.name, bill))
            waivers.append((bill, WaiverKind.DISCOUNT, pick.discount))
        if on and item.late_fee and today > bill.due_date:
            fee = rules.late_fee(bill.outstanding, bill.due_date, today, daily_rate=rate, grace_days=grace,
                                 capped=capped)
            if fee > 0 and payment.waive_late_fees:
                waivers.append((bill, WaiverKind.LATE_FEE, fee))
            elif fee > 0:
                lines.append(Line(LineKind.LATE_FEE, fee, item.name, bill, bill.period_start, bill.period_end))
    if payment.prepay < 0:
        raise ValidationError(rules.MSG_NEGATIVE.format(amount=money.format_yuan(payment.prepay)), "prepay")
    if payment.prepay > 0:
        lines.append(Line(LineKind.PREPAY, payment.prepay, str(LineKind.PREPAY.print_label)))
    lines.extend(payment.extra)
    if not lines:
        raise ValidationError(MSG_NOTHING, "bills")
    approver = None
    if any(kind is WaiverKind.DISCOUNT for _b, kind, _a in waivers):
        if not payment.discount_reason.strip():
            raise ValidationError(MSG_DISCOUNT_REASON, "discount_reason")
        approver = approver_in(s, actor, payment.approval, A_DISCOUNT)
    if any(kind is WaiverKind.LATE_FEE for _b, kind, _a in waivers):
        approver = approver_in(s, actor, payment.approval, A_LATE_FEE_WAIVER)
    owed = s.execute(owed_query(r.id)).all()
    warned = rules.skipped_older([rules.Owed(o.id, o.item_id, o.item_name, o.period, o.outstanding) for o in owed],
                                 chosen_ids)
    receipt, paid = issue_in(s, actor, r.id, r.code, payment.payer or payer_of(s, r.id), lines,
                             payment.tenders, rest_to_balance=payment.rest_to_balance, note=payment.note, now=now)
    for bill, kind, amount in waivers:
        s.add(FeeWaiver(bill_id=bill.id, kind=kind.value, amount=amount,
                        reason=(payment.discount_reason.strip() or str(kind.print_label))[:200],
                        approved_by=approver, at=now, by=actor.staff_id, receipt_id=receipt.id))
    return Issued(receipt.id, receipt.number, receipt.total, receipt.change, receipt.prepaid,
                  tuple(str(w) for w in warned))
