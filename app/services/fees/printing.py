"""The print sources of 收费 (app.services.printing.register_source): each builds its form's dataclass in Chinese
from the stored records and names the document by the number the form prints.

* ``fee_receipt`` — a receipt by its number (SJ2026-00012): 一式三联; a void one carries the large 作废 with its
  reason, a red reversal (红冲) is its own negative receipt naming the original's number and reason. A reprint
  (补打) is counted by :func:`app.services.fees.receipts.reprint` on the receipt and stamped ``补打 第n次`` by
  the print engine from the earlier prints;
* ``fee_daily_report`` — a cashier's day (收款日报表) by :func:`daily_number` (``RJ20260612-0003``: the day and
  the cashier's staff id), before the closing (to check it, cash counted left blank) or after it;
* ``fee_reminder`` / ``fee_final_reminder`` — a batch of 催款通知书 / 最后缴款通知书 by :func:`reminder_number`
  of its first letter (``CJ20260612-0041``): the reminders of that channel logged by the same person at the
  same moment (:func:`app.services.fees.arrears.remind` with one ``at`` for the rooms of a selection), one
  letter per room with the bills it owes now;
* ``deposit_refund`` — a refund application by its number (TK…): 押金退还审批表.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from app.domain.fees import rules
from app.domain.fees.codes import FEES_VIEW, OWING, Channel, EntryKind, LineKind, PayMethod
from app.domain.permissions import PEOPLE_SEE_ID
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, params, printing, records
from app.services.fees import closing
from app.services.fees.common import closed_on, payer_of
from app.services.fees.deposits import REFUNDS, deposit_view_in
from app.services.fees.receipts import receipt_view_in
from app.services.shared import numbered
from db.models import Estate, Room, Staff
from db.models.fees import (
    FeeBalanceEntry,
    FeeBill,
    FeeItem,
    FeePaymentMethod,
    FeeReceipt,
    FeeReceiptLine,
    FeeRefund,
    FeeReminder,
)

if TYPE_CHECKING:
    from app.printing.forms.deposit_refund import DepositRefundForm
    from app.printing.forms.fee_daily_report import FeeDailyReport
    from app.printing.forms.fee_receipt import FeeReceipt as ReceiptForm
    from app.printing.forms.fee_reminder import FeeReminders

MSG_NO_RECEIPT = T("Fees", "There is no receipt {number}")
MSG_NO_DAY = T("Fees", "“{number}” is not a daily report number such as RJ20260612-0003")
MSG_NO_CASHIER = T("Fees", "There is no cashier of daily report {number}")
MSG_NO_REMINDER = T("Fees", "There is no reminder {number}")
MSG_NO_REFUND = T("Fees", "There is no deposit refund application {number}")

_DAILY = re.compile(r"^RJ(\d{8})-(\d{1,6})$")
_REMINDER = re.compile(r"^CJ(\d{8})-(\d{1,8})$")


def daily_number(day: date, cashier_id: int) -> str:
    """The number of a cashier's 收款日报表: the day and her staff id (one closing per cashier and day)."""
    return f"RJ{day:%Y%m%d}-{cashier_id:04d}"


def reminder_number(reminder: FeeReminder) -> str:
    """The number of a printed reminder letter: the day and the reminder's id."""
    return f"CJ{reminder.at:%Y%m%d}-{reminder.id:04d}"


# ============================================================================================ receipt

def _quantity(kind: str, quantity: Decimal | None, unit: str) -> str:
    if quantity is None or kind != LineKind.BILL.value:
        return ""
    per = unit.split("/", 1)[1].split("·")[0] if "/" in unit else ""
    shown = f"{quantity:.2f}" if quantity != quantity.to_integral_value() or per in ("m²", "㎡") else f"{quantity:.0f}"
    return f"{shown}{per}"


def _line_name(kind: str, item: str) -> str:
    """滞纳金（物业服务费）, 减免/优惠（物业服务费）, 押金（装修押金）; 预存 as itself."""
    return f"{kind}（{item}）" if item and item != kind else kind


def _receipt(s: Session, actor: base.Actor, number: str) -> tuple[ReceiptForm, bool]:
    """收款收据 of one receipt by number (SJ…), in Chinese."""
    actor.require(FEES_VIEW)
    from app.printing.forms.fee_receipt import FeeReceipt as Form
    from app.printing.forms.fee_receipt import ReceiptLine, ReceiptPayment

    row = numbered(s, FeeReceipt, number, MSG_NO_RECEIPT)
    view = receipt_view_in(s, row.id)
    units = dict(s.execute(select(FeeReceiptLine.seq, FeeItem.unit)
                           .join(FeeBill, FeeBill.id == FeeReceiptLine.bill_id)
                           .join(FeeItem, FeeItem.id == FeeBill.item_id)
                           .where(FeeReceiptLine.receipt_id == row.id)).all())
    lines = []
    for seq, ln in enumerate(view.lines, 1):
        item = ln.item if ln.kind == LineKind.BILL.value else _line_name(ln.kind_printed, ln.item)
        unit = units.get(seq, "")
        price = f"{ln.unit_price:.2f}{unit}" if ln.unit_price is not None and ln.kind == LineKind.BILL.value else ""
        lines.append(ReceiptLine(item, ln.amount, ln.period_start, ln.period_end, _quantity(ln.kind, ln.quantity, unit),
                                 price))
    payments = []
    for method, amount, reference in view.methods:
        if method == PayMethod.CASH.value and view.change:
            payments.append(ReceiptPayment(PayMethod.printed(method), amount - view.change, tendered=amount,
                                           reference=reference))
        else:
            payments.append(ReceiptPayment(PayMethod.printed(method), amount, reference=reference))
    balance = None
    if row.room_id is not None and s.scalar(select(func.count()).select_from(FeeBalanceEntry)
                                            .where(FeeBalanceEntry.room_id == row.room_id)):
        balance = s.scalar(select(func.coalesce(func.sum(FeeBalanceEntry.amount), 0))
                           .where(FeeBalanceEntry.room_id == row.room_id, FeeBalanceEntry.at <= row.issued_at))
    reason = ""
    if view.reversal_of:
        reason = s.scalar(select(FeeReceipt.void_reason).where(FeeReceipt.number == view.reversal_of)) or ""
    return Form(number=view.number, issued_at=view.issued_at, room=view.room_code, payer=view.payer, lines=lines,
                total=view.total, payments=payments, cashier=view.cashier, reversal_of=view.reversal_of,
                reason=reason, void_reason=view.void_reason if view.status == "void" else "",
                balance_after=balance if balance is None else Decimal(balance),
                remarks=f"已红冲：红字收据 No. {view.reversed_by}" if view.reversed_by else ""), view.status == "void"


# ============================================================================================ daily report

def _daily(s: Session, actor: base.Actor, number: str) -> tuple[FeeDailyReport, bool]:
    """收款日报表 of one cashier's day by :func:`daily_number`."""
    actor.require(FEES_VIEW)
    from app.printing.forms.fee_daily_report import DayCorrection, DayReceipt, FeeDailyReport, MethodTotal, NumberRange

    found = _DAILY.match((number or "").strip().upper())
    if found is None:
        raise NotFound(MSG_NO_DAY.format(number=number))
    try:
        day = datetime.strptime(found.group(1), "%Y%m%d").date()
    except ValueError:
        raise NotFound(MSG_NO_DAY.format(number=number)) from None
    cashier = s.get(Staff, int(found.group(2)))
    if cashier is None:
        raise NotFound(MSG_NO_CASHIER.format(number=number))
    sm = closing.summary_in(s, cashier.id, day)
    rows = s.scalars(select(FeeReceipt).where(FeeReceipt.cashier_id == cashier.id, FeeReceipt.day == day)
                     .order_by(FeeReceipt.number)).all()
    live = {r.id for r in rows if r.status != "void"}
    methods: dict[int, list[str]] = {}
    counts: dict[str, int] = {}
    for receipt_id, method in s.execute(select(FeePaymentMethod.receipt_id, FeePaymentMethod.method)
                                        .where(FeePaymentMethod.receipt_id.in_([r.id for r in rows]))
                                        .order_by(FeePaymentMethod.id)):
        methods.setdefault(receipt_id, []).append(PayMethod.printed(method))
        if receipt_id in live:
            counts[method] = counts.get(method, 0) + 1

    def status(r: FeeReceipt) -> str:
        return "作废" if r.status == "void" else "红冲" if r.reversal_of_id else "正常"

    names = records.names(s, [r.voided_by for r in rows] + [r.approved_by for r in rows])
    by_number = {r.number: r for r in rows}
    reasons = dict(s.execute(select(FeeReceipt.number, FeeReceipt.void_reason)
                             .where(FeeReceipt.number.in_([o for _n, _t, o in sm.reversals]))).all())
    row = closed_on(s, cashier.id, day)
    ranges = [NumberRange(sm.first_number, sm.last_number, sm.count)] if sm.count else []
    return FeeDailyReport(
        number=daily_number(day, cashier.id), day=day, cashier=cashier.name, ranges=ranges,
        by_method=[MethodTotal(PayMethod.printed(m), counts.get(m, 0), a) for m, a in sm.by_method.items()
                   if a or counts.get(m)],
        receipts=[DayReceipt(r.number, r.issued_at, r.room_code, r.payer, "/".join(methods.get(r.id, [])), r.total,
                             status(r)) for r in rows],
        voids=[DayCorrection(n, t, reason, names.get(by_number[n].voided_by or 0, "")) for n, t, reason in sm.voids],
        reversals=[DayCorrection(n, t, reasons.get(o, ""),
                                 names.get(by_number[n].approved_by or 0, ""), original=o)
                   for n, t, o in sm.reversals],
        cash_expected=sm.cash, cash_counted=row.cash_counted if row else None,
        explanation=row.explanation if row else "", handed_to=row.handed_to if row else "",
        hand_in_ref=row.handin_ref if row else "",
        checked_by=records.names(s, [row.checked_by]).get(row.checked_by or 0, "") if row else "",
        checked_at=row.checked_at if row else None, closed=row is not None,
        printed_by=actor.name, printed_at=base.now()), False


# ============================================================================================ reminders

def _late_fee_clause(values: dict) -> str:
    if not values["fee.late_fee_enabled"]:
        return ""
    rate = Decimal(values["fee.late_fee_daily_rate"]) * 10000
    return (f"根据《物业服务合同》约定，逾期缴纳的，自逾期之日起按日万分之{rate.normalize():f}计收滞纳金。")


def _reminders(channel: Channel) -> printing.Loader:
    def load(s: Session, actor: base.Actor, number: str) -> tuple[FeeReminders, bool]:
        """催款通知书 / 最后缴款通知书 of a batch by the number of its first letter (CJ…)."""
        actor.require(FEES_VIEW)
        from app.printing.forms.fee_reminder import ArrearsLine, FeeReminders, ReminderLetter

        found = _REMINDER.match((number or "").strip().upper())
        first = s.get(FeeReminder, int(found.group(2))) if found else None
        if first is None or first.channel != channel.value or reminder_number(first) != number.strip().upper():
            raise NotFound(MSG_NO_REMINDER.format(number=number))
        batch = s.scalars(select(FeeReminder).where(FeeReminder.at == first.at, FeeReminder.by == first.by,
                                                    FeeReminder.channel == channel.value)
                          .order_by(FeeReminder.id)).all()
        values = params.load(s)
        issued = first.at.date()
        final = channel is Channel.FINAL
        pay_by = (issued + timedelta(days=int(values["fee.final_notice_pay_days"])) if final
                  else rules.add_months(issued, 1))
        clause = _late_fee_clause(values)
        letters = []
        for reminder in batch:
            bills = s.execute(select(FeeItem.name, FeeBill.period_start, FeeBill.period_end, FeeBill.due_date,
                                     FeeBill.outstanding).join(FeeItem, FeeItem.id == FeeBill.item_id)
                              .where(FeeBill.room_id == reminder.room_id, FeeBill.status.in_(OWING),
                                     FeeBill.due_date < issued)
                              .order_by(FeeBill.period_start, FeeItem.seq)).all()
            first_notice = s.scalar(select(func.max(FeeReminder.at)).where(
                FeeReminder.room_id == reminder.room_id, FeeReminder.channel == Channel.NOTICE.value,
                FeeReminder.at < reminder.at)) if final else None
            room = s.get(Room, reminder.room_id)
            letters.append(ReminderLetter(
                reminder_number(reminder), room.code if room else "", payer_of(s, reminder.room_id),
                [ArrearsLine(*b) for b in bills], pay_by=pay_by, issued=issued, late_fee=clause,
                first_notice=first_notice.date() if first_notice else None, final=final))
        estate = s.scalar(select(Estate).order_by(Estate.id).limit(1))
        issuer = f"{estate.company}{estate.name}物业服务中心" if estate and estate.company else (
            f"{estate.name}物业服务中心" if estate else "物业服务中心")
        return FeeReminders(letters=letters, issuer=issuer, phone=estate.hotline if estate else ""), False
    return load


# ============================================================================================ refund

def _refund(s: Session, actor: base.Actor, number: str) -> tuple[DepositRefundForm, bool]:
    """押金退还审批表 of one refund application by number (TK…)."""
    actor.require(FEES_VIEW)
    from app.printing.forms.deposit_refund import Deduction, DepositRefundForm

    f = numbered(s, FeeRefund, number, MSG_NO_REFUND)
    d = deposit_view_in(s, f.deposit_id)
    names = records.names(s, [f.created_by, f.reviewed_by, f.paid_by])
    receipt = s.scalar(select(FeeReceipt.number).join(FeeReceiptLine, FeeReceiptLine.receipt_id == FeeReceipt.id)
                       .where(FeeReceiptLine.deposit_id == d.id, FeeReceiptLine.kind == LineKind.DEPOSIT.value)
                       .order_by(FeeReceipt.id).limit(1)) or d.number
    paid = s.scalar(select(FeeReceipt.number).join(FeeReceiptLine, FeeReceiptLine.receipt_id == FeeReceipt.id)
                    .where(FeeReceiptLine.deposit_id == d.id, FeeReceiptLine.kind == LineKind.REFUND.value,
                           FeeReceipt.issued_at >= f.applied_at)
                    .order_by(FeeReceipt.id).limit(1)) if f.status == "refunded" else ""
    earlier = [e for e in d.entries if e.at < f.applied_at]
    deductions = [Deduction(e.reason, e.amount, e.approved_by) for e in earlier if e.kind == EntryKind.DEDUCTED.value]
    if f.deduction:
        deductions.append(Deduction(f.deduction_reason, f.deduction, names.get(f.reviewed_by or 0, "")))
    rejected = f.status == "rejected"
    return DepositRefundForm(
        number=f.number, deposit_kind=d.kind_printed, deposit_no=receipt, room=d.room_code, payer=d.payer,
        taken_on=d.taken_on, taken=d.amount, deductions=deductions,
        refunded_before=sum((e.amount for e in earlier if e.kind == EntryKind.REFUNDED.value), Decimal("0.00")),
        transferred=sum((e.amount for e in earlier if e.kind == EntryKind.TRANSFERRED.value), Decimal("0.00")),
        refund=f.amount, refund_to=f.payee, method=PayMethod.printed(f.method), basis=f.reason,
        status=REFUNDS.workflow.state(f.status).printed, applicant=names.get(f.created_by or 0, ""),
        applied_at=f.applied_at, reviewed_by=names.get(f.reviewed_by or 0, ""), reviewed_at=f.reviewed_at,
        review_note="驳回" if rejected else "", approved_by="" if rejected else names.get(f.reviewed_by or 0, ""),
        approved_at=None if rejected else f.reviewed_at, paid_receipt=paid or "",
        mask_private=not actor.can(PEOPLE_SEE_ID)), False


printing.register_source("fee_receipt", _receipt)
printing.register_source("fee_daily_report", _daily)
printing.register_source("fee_reminder", _reminders(Channel.NOTICE))
printing.register_source("fee_final_reminder", _reminders(Channel.FINAL))
printing.register_source("deposit_refund", _refund)

__all__ = ["daily_number", "reminder_number"]
