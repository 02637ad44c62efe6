"""Receipts (§5.5–5.6): issuing one per payment, voiding the same day, the red reversal, reprints, reading.

:func:`issue_in` is the one way money comes in: lines (bills paid, late fees, discounts, prepayment, deposits)
and the methods that paid them, in the caller's unit of work; it numbers the receipt SJ{yyyy}-{seq} from the
one yearly counter (app.services.workflow.next_number: the write lock queues two desks, so numbers never skip
or repeat), posts the lines and methods (immutable) and moves the bills' paid amounts and the balance.

:func:`void` (today's receipt, before the cashier closed the day) and :func:`reverse` (a closed receipt: a
negative receipt with the same lines, approved by the supervisor) both undo what the receipt did to the bills,
the balance and its deposit, through :func:`_undo`.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import money
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_COLLECT, FEES_VIEW, BillStatus, EntryKind, LineKind, PayMethod
from app.domain.fees.workflows import DEPOSIT, RECEIPT
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, records
from app.services import workflow as wf
from app.services.base import Actor, unit_of_work
from app.services.fees.common import Approval, approver_in, closed_on, confirmed, in_session
from app.services.shared import Query, StatusRow, counted
from db.engine import Database
from db.models import Staff
from db.models.fees import (
    FeeBalanceEntry,
    FeeBill,
    FeeDeposit,
    FeeDepositEntry,
    FeePaymentMethod,
    FeeReceipt,
    FeeReceiptLine,
    FeeWaiver,
)

ZERO = rules.ZERO
MSG_NO_RECEIPT = T("Fees", "There is no receipt {number}")
MSG_GONE = T("Fees", "This receipt no longer exists")
MSG_REVERSAL_VOID = T("Fees", "Receipt {number} is a red reversal: it cannot be voided or reversed")
MSG_NOT_CLOSED = T("Fees", "Receipt {number} is not in a closed day yet: void it instead")
MSG_BALANCE_USED = T("Fees", "The prepaid balance this receipt added has been used since ({balance} left)")
MSG_DEPOSIT_USED = T("Fees", "Deposit {number} has been deducted, transferred or refunded since: settle it first")
MSG_NO_LINES = T("Fees", "A receipt needs at least one line")
MSG_BALANCE_SHORT = T("Fees", "The prepaid balance is {balance}: it cannot pay {amount}")
RED_REVERSAL = T("Fees", "a red reversal")


@dataclass(frozen=True)
class Line:
    """A line to post: its kind, amount (negative for a discount) and what it is for."""

    kind: LineKind
    amount: Decimal
    item_name: str
    bill: FeeBill | None = None
    period_start: date | None = None
    period_end: date | None = None
    quantity: Decimal | None = None
    unit_price: Decimal | None = None
    deposit: FeeDeposit | None = None


@dataclass(frozen=True)
class Issued:
    """A receipt just issued: what the counter shows and prints at once."""

    receipt_id: int
    number: str
    total: Decimal
    change: Decimal
    prepaid: Decimal
    warnings: tuple[str, ...] = ()


def balance_of(s: Session, room_id: int) -> Decimal:
    """The room's prepaid balance (Σ of its balance entries)."""
    return s.scalar(select(func.coalesce(func.sum(FeeBalanceEntry.amount), 0))
                    .where(FeeBalanceEntry.room_id == room_id)) or ZERO


def issue_in(s: Session, actor: Actor, room_id: int | None, room_code: str, payer: str, lines: Sequence[Line],
             tenders: Sequence[tuple[PayMethod | str, Decimal] | tuple[PayMethod | str, Decimal, str]], *,
             rest_to_balance: bool = False, note: str = "", now: datetime | None = None,
             reversal_of: FeeReceipt | None = None, approved_by: int | None = None,
             payout: bool = False) -> tuple[FeeReceipt, rules.Tender]:
    """Post a receipt of ``lines`` paid by ``tenders`` (method, amount[, reference]) in an open unit of work;
    a red reversal (``reversal_of``) and a payout (a deposit refunded: ``payout``) take the tenders as given
    (money paid back, negative)."""
    actor.require(FEES_COLLECT)
    if not lines:
        raise ValidationError(MSG_NO_LINES, "lines")
    at = now or base.now()
    due = sum((ln.amount for ln in lines), ZERO)
    refs = {PayMethod(t[0]): (t[2] if len(t) > 2 else "") for t in tenders}   # type: ignore[misc]
    if reversal_of is None and not payout:
        paid = rules.tender(due, [(t[0], t[1]) for t in tenders], prepay=rest_to_balance)
    else:   # the money paid back, method by method
        paid = rules.Tender(due, tuple((PayMethod(t[0]), t[1]) for t in tenders), ZERO, ZERO)
    lines = list(lines)
    if paid.prepaid:
        lines.append(Line(LineKind.PREPAY, paid.prepaid, str(LineKind.PREPAY.print_label)))
    used = sum((a for m, a in paid.lines if m is PayMethod.BALANCE), ZERO)
    if used > 0 and room_id is not None:
        balance = balance_of(s, room_id)
        if used > balance:
            raise ValidationError(MSG_BALANCE_SHORT.format(balance=money.format_yuan(balance),
                                                           amount=money.format_yuan(used)), "tender")
    total = sum((ln.amount for ln in lines), ZERO)
    receipt = FeeReceipt(room_id=room_id, room_code=room_code, payer=payer[:60], day=at.date(), issued_at=at,
                         cashier_id=actor.staff_id, total=total, change=paid.change,
                         prepaid=sum((ln.amount for ln in lines if ln.kind is LineKind.PREPAY), ZERO),
                         reversal_of_id=reversal_of.id if reversal_of else None, approved_by=approved_by,
                         handler_id=actor.staff_id, owner_staff_id=actor.staff_id, created_by=actor.staff_id)
    records.create_in(s, actor, RECEIPT_KIND_, receipt, note=note, when=at,
                      link=(RECEIPT.kind, reversal_of.id, "reversal") if reversal_of else None,
                      data={"total": str(total)})
    s.add_all([FeeReceiptLine(receipt_id=receipt.id, seq=i, kind=ln.kind.value, bill_id=ln.bill.id if ln.bill else None,
                              item_name=ln.item_name[:40], period_start=ln.period_start, period_end=ln.period_end,
                              quantity=ln.quantity, unit_price=ln.unit_price, amount=ln.amount,
                              deposit_id=ln.deposit.id if ln.deposit else None)
               for i, ln in enumerate(lines, 1)])
    s.add_all([FeePaymentMethod(receipt_id=receipt.id, method=m.value, amount=a, reference=refs.get(m, "")[:40])
               for m, a in paid.lines])
    if reversal_of is None:
        for ln in lines:
            if ln.kind is LineKind.BILL and ln.bill is not None:
                ln.bill.paid += ln.amount
            if ln.kind is LineKind.DISCOUNT and ln.bill is not None:
                ln.bill.paid += ln.amount   # the bill line was gross: the discount is not paid but waived
                ln.bill.waived -= ln.amount
        for bill in {ln.bill.id: ln.bill for ln in lines if ln.bill is not None}.values():
            settle_bill(bill)
        if room_id is not None:
            if used:
                s.add(FeeBalanceEntry(room_id=room_id, amount=-used, receipt_id=receipt.id, at=at))
            if receipt.prepaid:
                s.add(FeeBalanceEntry(room_id=room_id, amount=receipt.prepaid, receipt_id=receipt.id, at=at))
    return receipt, paid


def settle_bill(bill: FeeBill) -> None:
    """A bill's outstanding amount and status from what was paid and waived of it."""
    bill.outstanding = bill.amount - bill.paid - bill.waived
    if bill.status == BillStatus.VOID.value:
        return
    if bill.outstanding <= 0:
        bill.status = (BillStatus.PAID if bill.paid > 0 else BillStatus.WAIVED).value
    elif bill.paid > 0 or bill.waived > 0:
        bill.status = BillStatus.PARTIAL.value
    else:
        bill.status = BillStatus.OPEN.value


def _undo(s: Session, actor: Actor, receipt: FeeReceipt, by: FeeReceipt, at: datetime) -> None:
    """Take back what ``receipt`` did: its bills reopen, its waivers lapse, its balance entries and deposits
    are undone (``by``: the receipt itself when voided, its negative receipt when reversed)."""
    lines = s.scalars(select(FeeReceiptLine).where(FeeReceiptLine.receipt_id == receipt.id)).all()
    for ln in lines:
        if ln.bill_id is None or ln.kind not in (LineKind.BILL.value, LineKind.DISCOUNT.value):
            continue
        bill = s.get(FeeBill, ln.bill_id)
        assert bill is not None
        bill.paid -= ln.amount
        if ln.kind == LineKind.DISCOUNT.value:
            bill.waived += ln.amount
        settle_bill(bill)
    for waiver in s.scalars(select(FeeWaiver).where(FeeWaiver.receipt_id == receipt.id)):
        waiver.undone_by = by.id
    if receipt.room_id is not None:
        moved = s.scalar(select(func.coalesce(func.sum(FeeBalanceEntry.amount), 0))
                         .where(FeeBalanceEntry.receipt_id == receipt.id)) or ZERO
        if moved:
            balance = balance_of(s, receipt.room_id)
            if balance - moved < 0:
                raise ConflictError(MSG_BALANCE_USED.format(balance=money.format_yuan(balance)))
            s.add(FeeBalanceEntry(room_id=receipt.room_id, amount=-moved, receipt_id=by.id, at=at))
    for ln in lines:
        if ln.deposit_id is None or ln.kind != LineKind.DEPOSIT.value:
            continue
        deposit = s.get(FeeDeposit, ln.deposit_id)
        assert deposit is not None
        if deposit.status != "held" or deposit.held != deposit.amount:
            raise ConflictError(MSG_DEPOSIT_USED.format(number=deposit.number))
        s.add(FeeDepositEntry(deposit_id=deposit.id, kind=EntryKind.VOIDED.value, amount=deposit.held,
                              receipt_id=by.id, at=at, by=actor.staff_id))
        deposit.held = ZERO
        wf.transition_event(s, actor, DEPOSIT, deposit, "void")


def _load(s: Session, receipt_id: int) -> FeeReceipt:
    receipt = s.get(FeeReceipt, receipt_id)
    if receipt is None:
        raise NotFound(MSG_GONE)
    return receipt


def void(db: Database, actor: Actor, receipt_id: int, reason: str) -> None:
    """作废: today's receipt before the cashier's closing; all copies are marked 作废, the payment reversed and
    the bills reopened. After the closing (or another day) the refusal points to 红冲."""
    actor.require(FEES_COLLECT)
    with unit_of_work(db, actor) as s:
        void_in(s, actor, receipt_id, reason)


def void_in(s: Session, actor: Actor, receipt_id: int, reason: str) -> FeeReceipt:
    receipt = _load(s, receipt_id)
    if receipt.reversal_of_id is not None:
        raise ConflictError(MSG_REVERSAL_VOID.format(number=receipt.number))
    now = base.now()
    closed = receipt.status == "closed" or closed_on(s, receipt.cashier_id, receipt.day) is not None
    rules.check_void(receipt.number, receipt.day, now.date(), closed)
    wf.transition_event(s, actor, RECEIPT, receipt, "void", {"reason": (reason or "").strip()})
    receipt.void_reason, receipt.voided_at, receipt.voided_by = reason.strip()[:200], now, actor.staff_id
    _undo(s, actor, receipt, receipt, now)
    return receipt


def reverse(db: Database, actor: Actor, receipt_id: int, reason: str, approval: Approval | None = None) -> Issued:
    """红冲: a receipt of a closed day is reversed by a negative receipt (new number, same lines negated, the
    methods paid back), approved by the supervisor acting; its bills reopen for a correct receipt."""
    actor.require(FEES_COLLECT)
    checked = confirmed(db, actor, approval)
    with unit_of_work(db, actor) as s:
        in_session(s, checked)
        return reverse_in(s, actor, receipt_id, reason, approval)


def reverse_in(s: Session, actor: Actor, receipt_id: int, reason: str, approval: Approval | None = None) -> Issued:
    original = _load(s, receipt_id)
    if original.reversal_of_id is not None:
        raise ConflictError(MSG_REVERSAL_VOID.format(number=original.number))
    if original.status == "issued":
        raise ConflictError(MSG_NOT_CLOSED.format(number=original.number))
    RECEIPT.check_allowed(original.status, "reverse", actor.permissions)
    if not (reason or "").strip():
        RECEIPT.check(original.status, "reverse", actor.permissions, {"reason": ""})
    approver = approver_in(s, actor, approval, RED_REVERSAL)
    now = base.now()
    lines = s.scalars(select(FeeReceiptLine).where(FeeReceiptLine.receipt_id == original.id)
                      .order_by(FeeReceiptLine.seq)).all()
    methods = s.scalars(select(FeePaymentMethod).where(FeePaymentMethod.receipt_id == original.id)).all()
    negative = [Line(LineKind(ln.kind), -ln.amount, ln.item_name, s.get(FeeBill, ln.bill_id) if ln.bill_id else None,
                     ln.period_start, ln.period_end, ln.quantity, ln.unit_price,
                     s.get(FeeDeposit, ln.deposit_id) if ln.deposit_id else None) for ln in lines]
    back = [(m.method, -m.amount, m.reference) for m in methods]
    change = original.change
    if change:   # the change given back was not paid in: pay back cash net of it
        back = [(m, a + change if m == PayMethod.CASH.value else a, r) for m, a, r in back]
    red, _paid = issue_in(s, actor, original.room_id, original.room_code, original.payer, negative, back,
                          now=now, reversal_of=original, approved_by=approver, note=reason.strip())
    wf.transition_event(s, actor, RECEIPT, original, "reverse", {"reason": reason.strip()})
    original.void_reason, original.approved_by = reason.strip()[:200], approver
    _undo(s, actor, original, red, now)
    return Issued(red.id, red.number, red.total, ZERO, ZERO)


def reprint(db: Database, actor: Actor, receipt_id: int) -> int:
    """A reprint (补打): counted and logged; returns the count to print on it."""
    actor.require(FEES_COLLECT)
    with unit_of_work(db, actor) as s:
        receipt = _load(s, receipt_id)
        receipt.reprints += 1
        if receipt.status in ("issued", "closed"):
            wf.transition_event(s, actor, RECEIPT, receipt, "reprint", {"count": receipt.reprints})
        return receipt.reprints


# ============================================================================================ reading

@dataclass(frozen=True)
class LineView:
    kind: str
    item: str
    period_start: date | None
    period_end: date | None
    quantity: Decimal | None
    unit_price: Decimal | None
    amount: Decimal

    @property
    def kind_printed(self) -> str:
        return LineKind.printed(self.kind)


@dataclass(frozen=True)
class ReceiptView:
    """A receipt as the forms print it (三联) and the lists show it."""

    id: int
    number: str
    status: str
    status_printed: str
    day: date
    issued_at: datetime
    room_code: str
    payer: str
    cashier: str
    total: Decimal
    total_in_words: str
    change: Decimal
    prepaid: Decimal
    lines: tuple[LineView, ...]
    methods: tuple[tuple[str, Decimal, str], ...]
    reprints: int
    void_reason: str
    reversal_of: str
    reversed_by: str
    approved_by: str

    @property
    def methods_printed(self) -> str:
        return "、".join(f"{PayMethod.printed(m)} {money.format_yuan(a)}" for m, a, _r in self.methods)


def receipt_view(db: Database, actor: Actor, receipt: int | str) -> ReceiptView:
    """The receipt by id or by number (SJ2026-00012 as typed)."""
    actor.require(FEES_VIEW)
    with db.read() as s:
        return receipt_view_in(s, receipt)


def receipt_view_in(s: Session, receipt: int | str) -> ReceiptView:
    if isinstance(receipt, int):
        r = _load(s, receipt)
    else:
        found = s.scalar(select(FeeReceipt).where(FeeReceipt.number == receipt.strip().upper()))
        if found is None:
            raise NotFound(MSG_NO_RECEIPT.format(number=receipt))
        r = found
    lines = s.scalars(select(FeeReceiptLine).where(FeeReceiptLine.receipt_id == r.id)
                      .order_by(FeeReceiptLine.seq)).all()
    methods = s.scalars(select(FeePaymentMethod).where(FeePaymentMethod.receipt_id == r.id)
                        .order_by(FeePaymentMethod.id)).all()
    names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(
        [i for i in (r.cashier_id, r.approved_by) if i is not None]))).all())
    original = s.get(FeeReceipt, r.reversal_of_id) if r.reversal_of_id else None
    red = s.scalar(select(FeeReceipt.number).where(FeeReceipt.reversal_of_id == r.id))
    return ReceiptView(
        r.id, r.number, r.status, RECEIPT.state(r.status).printed, r.day, r.issued_at, r.room_code, r.payer,
        names.get(r.cashier_id or 0, ""), r.total, money.amount_in_words(r.total), r.change, r.prepaid,
        tuple(LineView(ln.kind, ln.item_name, ln.period_start, ln.period_end, ln.quantity, ln.unit_price, ln.amount)
              for ln in lines),
        tuple((m.method, m.amount, m.reference) for m in methods), r.reprints, r.void_reason,
        original.number if original else "", red or "", names.get(r.approved_by or 0, ""))


# ============================================================================================ the list

@dataclass(frozen=True)
class ReceiptRow(StatusRow):
    """A receipt in the receipts list (newest first)."""

    WORKFLOW = RECEIPT
    id: int
    number: str
    status: str
    issued_at: datetime
    room_code: str
    payer: str
    cashier: str
    total: Decimal
    red: bool             # a red reversal (negative receipt)

    @property
    def sort_key(self) -> tuple[datetime, int]:
        return (self.issued_at, self.id)


def _receipt_query(actor: Actor, status: str, text: str, date_from: date | None, date_to: date | None,
                   cashier: str | None) -> Query:
    q = select(FeeReceipt.id, FeeReceipt.number, FeeReceipt.status, FeeReceipt.issued_at, FeeReceipt.room_code,
               FeeReceipt.payer, FeeReceipt.cashier_id, FeeReceipt.total, FeeReceipt.reversal_of_id)
    if status == "red":
        q = q.where(FeeReceipt.reversal_of_id.isnot(None))
    elif status not in ("", "all"):
        RECEIPT.filter_state(status)
        q = q.where(FeeReceipt.status == status)
    if date_from:
        q = q.where(FeeReceipt.day >= date_from)
    if date_to:
        q = q.where(FeeReceipt.day <= date_to)
    if cashier == "mine":
        q = q.where(FeeReceipt.cashier_id == actor.staff_id)
    elif cashier and cashier.isdigit():
        q = q.where(FeeReceipt.cashier_id == int(cashier))
    text = (text or "").strip()
    if text:
        q = q.where(or_(FeeReceipt.number.startswith(text.upper(), autoescape=True),
                        FeeReceipt.room_code.startswith(text.upper(), autoescape=True),
                        FeeReceipt.payer.startswith(text, autoescape=True)))
    return q


def list_receipts(db: Database, actor: Actor, *, status: str = "all", text: str = "", date_from: date | None = None,
                  date_to: date | None = None, cashier: str | None = "", after: tuple | None = None,
                  limit: int = 200) -> list[ReceiptRow]:
    """Receipts newest first by day, cashier, number, room or payer; keyset-paged (``after``: ``sort_key``)."""
    actor.require(FEES_VIEW)
    q = _receipt_query(actor, status, text, date_from, date_to, cashier)
    if after is not None:
        q = q.where(tuple_(FeeReceipt.issued_at, FeeReceipt.id) < tuple_(*after))
    with db.read() as s:
        rows = s.execute(q.order_by(FeeReceipt.issued_at.desc(), FeeReceipt.id.desc()).limit(limit)).all()
        names = records.names(s, [r.cashier_id for r in rows])
    return [ReceiptRow(r.id, r.number, r.status, r.issued_at, r.room_code, r.payer, names.get(r.cashier_id or 0, ""),
                       r.total, r.reversal_of_id is not None) for r in rows]


def count_receipts(db: Database, actor: Actor, *, status: str = "all", text: str = "", date_from: date | None = None,
                   date_to: date | None = None, cashier: str | None = "") -> int:
    actor.require(FEES_VIEW)
    q = _receipt_query(actor, status, text, date_from, date_to, cashier)
    return counted(db, select(func.count()).select_from(q.subquery()))


def _title(r: FeeReceipt) -> str:
    return f"{r.room_code} · {r.payer} · {money.format_yuan(r.total)}"


RECEIPTS = records.register(records.RecordKind(
    RECEIPT, FeeReceipt, FEES_VIEW, page="fees", title=_title, not_found=MSG_GONE))
RECEIPT_KIND_ = RECEIPTS
