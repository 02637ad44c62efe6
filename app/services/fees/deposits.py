"""Deposits (押金, §5.6): taken with a receipt, deducted (reason, approval), transferred to fees, refunded
through an application the supervisor reviews (申请 → 已批准 → 已退款 | 已驳回, the 押金退还审批表).

Each deposit keeps a ledger (:class:`~db.models.fees.FeeDepositEntry`, immutable) and ``held`` = amount −
deducted − transferred − refunded; its state follows: 收取中 while nothing went back, 部分退还 after a partial
refund, 已结清 when nothing is held. The ``…_in`` functions run in the caller's unit of work (renovation takes
its deposit with its own record; move-out refunds a tenant's).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import money
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_COLLECT, FEES_VIEW, DepositKind, EntryKind, LineKind, PayMethod
from app.domain.fees.workflows import DEPOSIT, REFUND
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, records
from app.services import workflow as wf
from app.services.base import Actor, unit_of_work
from app.services.fees import counter as desk
from app.services.fees.common import Approval, approver_in, confirmed, in_session, payer_of, room_of
from app.services.fees.receipts import Issued, Line, issue_in
from db.engine import Database
from db.models import Room, Staff
from db.models.fees import FeeDeposit, FeeDepositEntry, FeeRefund

ZERO = rules.ZERO
MSG_GONE = T("Fees", "This deposit no longer exists")
MSG_REFUND_GONE = T("Fees", "This refund application no longer exists")
MSG_AMOUNT = T("Fees", "Enter an amount above zero")
MSG_MORE_THAN_HELD = T("Fees", "Deposit {number} holds {held}: {amount} is more than that")
MSG_OPEN_REFUND = T("Fees", "Deposit {number} already has a refund application under way ({refund})")
MSG_REASON = T("Fees", "Give the reason for the deduction")
A_DEDUCTION = T("Fees", "a deduction from a deposit")
A_REFUND = T("Fees", "a deposit refund")


def _deposit(s: Session, deposit_id: int) -> FeeDeposit:
    d = s.get(FeeDeposit, deposit_id)
    if d is None:
        raise NotFound(MSG_GONE)
    return d


def _positive(amount: Decimal) -> None:
    if amount <= 0:
        raise ValidationError(MSG_AMOUNT, "amount")


def _take_back(s: Session, actor: Actor, d: FeeDeposit, kind: EntryKind, amount: Decimal, now: datetime, *,
               reason: str = "", approved_by: int | None = None, receipt_id: int | None = None,
               refund_id: int | None = None) -> None:
    """A ledger entry that lowers what the deposit holds; the state follows."""
    if amount > d.held:
        raise ValidationError(MSG_MORE_THAN_HELD.format(number=d.number, held=money.format_yuan(d.held),
                                                        amount=money.format_yuan(amount)), "amount")
    s.add(FeeDepositEntry(deposit_id=d.id, kind=kind.value, amount=amount, reason=reason[:200],
                          approved_by=approved_by, receipt_id=receipt_id, refund_id=refund_id, at=now,
                          by=actor.staff_id))
    d.held -= amount
    if d.held == 0:
        action = "settle"
    elif kind is EntryKind.REFUNDED or d.status == "partly":
        action = "refund"
    else:
        action = "deduct" if kind is EntryKind.DEDUCTED else "transfer"
    wf.transition_event(s, actor, DEPOSIT, d, action, {"reason": reason} if action == "deduct" else {},
                        data={"entry": kind.value, "amount": str(amount)})


# ============================================================================================ taking

def take_deposit(db: Database, actor: Actor, room: int | str, kind: DepositKind | str, amount: Decimal,
                 tenders: Sequence[tuple[str, Decimal] | tuple[str, Decimal, str]], *, payer: str = "",
                 source: str = "", note: str = "") -> tuple[int, Issued]:
    actor.require(FEES_COLLECT)
    with unit_of_work(db, actor) as s:
        d, issued = take_deposit_in(s, actor, room, kind, amount, tenders, payer=payer, source=source, note=note)
        return int(d.id), issued


def take_deposit_in(s: Session, actor: Actor, room: Room | int | str, kind: DepositKind | str, amount: Decimal,
                    tenders: Sequence[tuple[str, Decimal] | tuple[str, Decimal, str]], *, payer: str = "",
                    source: str = "", note: str = "") -> tuple[FeeDeposit, Issued]:
    """Take a deposit (YJ…) for a room with its receipt (a 押金 line), in the caller's unit of work."""
    actor.require(FEES_COLLECT)
    _positive(amount)
    kind = DepositKind(kind)
    r = room_of(s, room)
    now = base.now()
    name = payer or payer_of(s, r.id)
    d = FeeDeposit(room_id=r.id, room_code=r.code, kind=kind.value, payer=name[:60], amount=amount, held=amount,
                   taken_on=now.date(), source=source[:40], handler_id=actor.staff_id, created_by=actor.staff_id)
    records.create_in(s, actor, DEPOSITS, d, note=note, when=now, data={"amount": str(amount)})
    s.flush()
    receipt, _paid = issue_in(s, actor, r.id, r.code, name, [Line(LineKind.DEPOSIT, amount, kind.print_label,
                                                                   deposit=d)], tenders, note=note, now=now)
    d.receipt_id = receipt.id
    s.add(FeeDepositEntry(deposit_id=d.id, kind=EntryKind.TAKEN.value, amount=amount, receipt_id=receipt.id, at=now,
                          by=actor.staff_id))
    return d, Issued(receipt.id, receipt.number, receipt.total, receipt.change, receipt.prepaid)


# ============================================================================================ deducting, transferring

def deduct(db: Database, actor: Actor, deposit_id: int, amount: Decimal, reason: str,
           approval: Approval | None = None) -> None:
    """Deduct from a deposit (damage, a fine under the agreement) with the reason, the supervisor approving."""
    actor.require(FEES_COLLECT)
    checked = confirmed(db, actor, approval)
    with unit_of_work(db, actor) as s:
        in_session(s, checked)
        deduct_in(s, actor, deposit_id, amount, reason, approval)


def deduct_in(s: Session, actor: Actor, deposit_id: int, amount: Decimal, reason: str,
              approval: Approval | None = None) -> None:
    _positive(amount)
    if not reason.strip():
        raise ValidationError(MSG_REASON, "reason")
    d = _deposit(s, deposit_id)
    DEPOSIT.check_allowed(d.status, "deduct", actor.permissions)
    approver = approver_in(s, actor, approval, A_DEDUCTION)
    _take_back(s, actor, d, EntryKind.DEDUCTED, amount, base.now(), reason=reason.strip(), approved_by=approver)


def transfer(db: Database, actor: Actor, deposit_id: int, bills: Sequence[int | desk.Pay]) -> Issued:
    actor.require(FEES_COLLECT)
    with unit_of_work(db, actor) as s:
        return transfer_in(s, actor, deposit_id, bills)


def transfer_in(s: Session, actor: Actor, deposit_id: int, bills: Sequence[int | desk.Pay]) -> Issued:
    """Pay the room's bills (with their late fees) out of its deposit: a receipt paid by 押金转抵."""
    d = _deposit(s, deposit_id)
    DEPOSIT.check_allowed(d.status, "transfer", actor.permissions)
    now = base.now()
    view = desk.counter_in(s, d.room_id, now.date())
    owed = {b.bill_id: b for b in view.bills}
    due = ZERO
    for pick in bills:
        bill_id, amount = (pick.bill_id, pick.amount) if isinstance(pick, desk.Pay) else (int(pick), None)
        if bill_id in owed:
            due += (owed[bill_id].outstanding if amount is None else amount) + owed[bill_id].late_fee
    if due > d.held:
        raise ValidationError(MSG_MORE_THAN_HELD.format(number=d.number, held=money.format_yuan(d.held),
                                                        amount=money.format_yuan(due)), "amount")
    issued = desk.collect_in(s, actor, d.room_id, desk.Payment(bills=bills, tenders=[(PayMethod.DEPOSIT, due,
                                                                                     d.number)], payer=d.payer))
    _take_back(s, actor, d, EntryKind.TRANSFERRED, issued.total, now, receipt_id=issued.receipt_id)
    return issued


# ============================================================================================ refunds

def apply_refund(db: Database, actor: Actor, deposit_id: int, amount: Decimal, *, deduction: Decimal = ZERO,
                 deduction_reason: str = "", payee: str = "", method: str = PayMethod.CASH.value,
                 reason: str = "") -> int:
    actor.require(FEES_COLLECT)
    with unit_of_work(db, actor) as s:
        return int(apply_refund_in(s, actor, deposit_id, amount, deduction=deduction,
                                   deduction_reason=deduction_reason, payee=payee, method=method, reason=reason).id)


def apply_refund_in(s: Session, actor: Actor, deposit_id: int, amount: Decimal, *, deduction: Decimal = ZERO,
                    deduction_reason: str = "", payee: str = "", method: str = PayMethod.CASH.value,
                    reason: str = "") -> FeeRefund:
    """Apply to refund ``amount`` of a deposit (less a ``deduction`` with its reason): state 审核中."""
    actor.require(FEES_COLLECT)
    d = _deposit(s, deposit_id)
    DEPOSIT.check_allowed(d.status, "refund", actor.permissions)
    if amount < 0 or deduction < 0 or amount + deduction <= 0:
        raise ValidationError(MSG_AMOUNT, "amount")
    if deduction > 0 and not deduction_reason.strip():
        raise ValidationError(MSG_REASON, "deduction_reason")
    if amount + deduction > d.held:
        raise ValidationError(MSG_MORE_THAN_HELD.format(number=d.number, held=money.format_yuan(d.held),
                                                        amount=money.format_yuan(amount + deduction)), "amount")
    under_way = s.scalar(select(FeeRefund.number).where(FeeRefund.deposit_id == d.id,
                                                        FeeRefund.status.in_(("applied", "approved"))))
    if under_way:
        raise ConflictError(MSG_OPEN_REFUND.format(number=d.number, refund=under_way))
    PayMethod(method)
    now = base.now()
    refund = FeeRefund(deposit_id=d.id, amount=amount, deduction=deduction,
                       deduction_reason=deduction_reason.strip()[:200], payee=(payee or d.payer)[:60], method=method,
                       reason=reason.strip()[:200], applied_at=now, handler_id=actor.staff_id,
                       created_by=actor.staff_id)
    records.create_in(s, actor, REFUNDS, refund, when=now, link=(DEPOSIT.kind, d.id, "refund"),
                      data={"amount": str(amount), "deduction": str(deduction)})
    return refund


def review_refund(db: Database, actor: Actor, refund_id: int, approve: bool, *, note: str = "",
                  approval: Approval | None = None) -> None:
    """The supervisor's review (acting herself): 已批准, or 已驳回 with the reason in ``note``."""
    actor.require(FEES_COLLECT)
    checked = confirmed(db, actor, approval)
    with unit_of_work(db, actor) as s:
        in_session(s, checked)
        review_refund_in(s, actor, refund_id, approve, note=note, approval=approval)


def review_refund_in(s: Session, actor: Actor, refund_id: int, approve: bool, *, note: str = "",
                     approval: Approval | None = None) -> None:
    refund = records.load(s, REFUNDS, refund_id)
    action = "approve" if approve else "reject"
    REFUND.check_allowed(refund.status, action, actor.permissions)
    if not approve:
        REFUND.check(refund.status, action, actor.permissions, {"note": note})
    approver = approver_in(s, actor, approval, A_REFUND)
    refund.reviewed_by, refund.reviewed_at = approver, base.now()
    wf.transition_event(s, actor, REFUND, refund, action, {"note": note}, data={"approver": approver})


def pay_refund(db: Database, actor: Actor, refund_id: int, reference: str = "") -> Issued:
    actor.require(FEES_COLLECT)
    with unit_of_work(db, actor) as s:
        return pay_refund_in(s, actor, refund_id, reference)


def pay_refund_in(s: Session, actor: Actor, refund_id: int, reference: str = "") -> Issued:
    """Pay an approved refund out: the deduction and the refund go to the ledger, a receipt of the money paid
    back (negative, so the cashier's closing counts it) is issued."""
    refund = records.load(s, REFUNDS, refund_id)
    REFUND.check_allowed(refund.status, "pay", actor.permissions)
    d = _deposit(s, refund.deposit_id)
    now = base.now()
    if refund.deduction > 0:
        _take_back(s, actor, d, EntryKind.DEDUCTED, refund.deduction, now, reason=refund.deduction_reason,
                   approved_by=refund.reviewed_by, refund_id=refund.id)
    receipt = None
    if refund.amount > 0:
        receipt, _paid = issue_in(s, actor, d.room_id, d.room_code, refund.payee,
                                  [Line(LineKind.REFUND, -refund.amount, DepositKind(d.kind).print_label, deposit=d)],
                                  [(refund.method, -refund.amount, reference)], now=now, payout=True,
                                  approved_by=refund.reviewed_by)
        _take_back(s, actor, d, EntryKind.REFUNDED, refund.amount, now, approved_by=refund.reviewed_by,
                   receipt_id=receipt.id, refund_id=refund.id)
    refund.paid_at, refund.paid_by = now, actor.staff_id
    wf.transition_event(s, actor, REFUND, refund, "pay")
    if receipt is None:
        return Issued(0, "", ZERO, ZERO, ZERO)
    return Issued(receipt.id, receipt.number, receipt.total, ZERO, ZERO)


# ============================================================================================ reading

@dataclass(frozen=True)
class EntryView:
    at: datetime
    kind: str
    amount: Decimal
    reason: str
    by: str
    approved_by: str

    @property
    def kind_printed(self) -> str:
        return EntryKind.printed(self.kind)


@dataclass(frozen=True)
class DepositView:
    id: int
    number: str
    room_code: str
    kind: str
    payer: str
    amount: Decimal
    held: Decimal
    status: str
    status_printed: str
    taken_on: date
    source: str
    entries: tuple[EntryView, ...]

    @property
    def kind_printed(self) -> str:
        return DepositKind.printed(self.kind)


def deposit_view(db: Database, actor: Actor, deposit_id: int) -> DepositView:
    actor.require(FEES_VIEW)
    with db.read() as s:
        return deposit_view_in(s, deposit_id)


def deposit_view_in(s: Session, deposit_id: int) -> DepositView:
    d = _deposit(s, deposit_id)
    entries = s.scalars(select(FeeDepositEntry).where(FeeDepositEntry.deposit_id == d.id)
                        .order_by(FeeDepositEntry.id)).all()
    ids = {i for e in entries for i in (e.by, e.approved_by) if i is not None}
    names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())
    return DepositView(d.id, d.number, d.room_code, d.kind, d.payer, d.amount, d.held, d.status,
                       DEPOSIT.state(d.status).printed, d.taken_on, d.source,
                       tuple(EntryView(e.at, e.kind, e.amount, e.reason, names.get(e.by or 0, ""),
                                       names.get(e.approved_by or 0, "")) for e in entries))


def deposits_of(db: Database, actor: Actor, room: int | str, *, open_only: bool = False) -> list[DepositView]:
    """A room's deposits, newest first."""
    actor.require(FEES_VIEW)
    with db.read() as s:
        r = room_of(s, room)
        query = select(FeeDeposit.id).where(FeeDeposit.room_id == r.id).order_by(FeeDeposit.id.desc())
        if open_only:
            query = query.where(FeeDeposit.status.in_(("held", "partly")))
        return [deposit_view_in(s, i) for i in s.scalars(query)]


def list_deposits(db: Database, actor: Actor, *, status: str = "", room: int | str | None = None,
                  limit: int = 500) -> list[DepositView]:
    """The estate's deposits (or a room's), newest first; ``status``: ``open`` (收取中 or 部分退还) or a state."""
    actor.require(FEES_VIEW)
    with db.read() as s:
        query = select(FeeDeposit.id).order_by(FeeDeposit.id.desc()).limit(limit)
        if room is not None and str(room).strip():
            query = query.where(FeeDeposit.room_id == room_of(s, room).id)
        if status == "open":
            query = query.where(FeeDeposit.status.in_(("held", "partly")))
        elif status:
            query = query.where(FeeDeposit.status == status)
        return [deposit_view_in(s, i) for i in s.scalars(query)]


def refunds_of(db: Database, actor: Actor, deposit_id: int) -> list[tuple[int, str, str, Decimal, Decimal]]:
    """A deposit's refund applications, newest first: (id, number, status, amount, deduction)."""
    actor.require(FEES_VIEW)
    with db.read() as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(FeeRefund.id, FeeRefund.number, FeeRefund.status, FeeRefund.amount, FeeRefund.deduction)
            .where(FeeRefund.deposit_id == deposit_id).order_by(FeeRefund.id.desc()))]


@dataclass(frozen=True)
class RefundView:
    """A refund application as the 押金退还审批表 prints it."""

    id: int
    number: str
    status: str
    status_printed: str
    deposit: DepositView
    amount: Decimal
    amount_in_words: str
    deduction: Decimal
    deduction_reason: str
    payee: str
    method: str
    reason: str
    applied_at: datetime
    applicant: str
    reviewed_by: str
    reviewed_at: datetime | None
    paid_at: datetime | None
    paid_by: str


def refund_view(db: Database, actor: Actor, refund_id: int) -> RefundView:
    actor.require(FEES_VIEW)
    with db.read() as s:
        f = records.load(s, REFUNDS, refund_id)
        ids = [i for i in (f.created_by, f.reviewed_by, f.paid_by) if i is not None]
        names = dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())
        return RefundView(f.id, f.number, f.status, REFUND.state(f.status).printed, deposit_view_in(s, f.deposit_id),
                          f.amount, money.amount_in_words(f.amount), f.deduction, f.deduction_reason, f.payee,
                          f.method, f.reason, f.applied_at, names.get(f.created_by or 0, ""),
                          names.get(f.reviewed_by or 0, ""), f.reviewed_at, f.paid_at, names.get(f.paid_by or 0, ""))


DEPOSITS = records.register(records.RecordKind(
    DEPOSIT, FeeDeposit, FEES_VIEW, page="fees", not_found=MSG_GONE,
    title=lambda d: f"{d.room_code} · {DepositKind.printed(d.kind)} · {money.format_yuan(d.held)}"))
REFUNDS = records.register(records.RecordKind(
    REFUND, FeeRefund, FEES_VIEW, page="fees", not_found=MSG_REFUND_GONE,
    title=lambda f: f"{money.format_yuan(f.amount)} · {f.payee}"))
