"""The pure rules of 收费 (DOMAIN.md §5), each with its message: amounts, pro-rating, late fees, aging, tenders.

Money is ``Decimal`` with two places (app.domain.money); nothing here touches the database.

* :func:`bill_amount` — a bill's amount by the item's formula (area × price × months × the room's fee
  coefficient, a fixed amount × months, usage × price), rounded by the item's rule (:func:`round_amount`);
* :func:`prorate` — the first period pro-rated by days from the fee start date (§5.2);
* :func:`period_of` / :func:`due_date` — the period a billing month opens and the day it falls due;
* :func:`late_fee` — simple interest on the outstanding amount from the due date after the grace days, capped
  at the principal when the estate says so (§5.4); the caller asks only when late fees are switched on;
* :func:`months_overdue` / :func:`aging_of` — the §5.3 buckets (≤1, 1–3, 3–6, 6–12, >12 months);
* :func:`tender` — several methods in one payment: what is due, the money given, the change (cash only),
  what goes to the prepayment balance;
* :func:`skipped_older` — the warning when older arrears of the same item are left unpaid;
* :func:`check_void` — a void only the same day before the closing, else the message that points to 红冲.
"""
from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from app.domain.errors import ConflictError, ValidationError
from app.domain.fees.codes import Aging, Formula, PayMethod, Rounding
from app.domain.money import format_yuan
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

CENT = Decimal("0.01")
ZERO = Decimal("0.00")

MSG_NEGATIVE = T("Fees", "An amount cannot be negative ({amount})")
MSG_NO_TENDER = T("Fees", "Enter how the payer pays")
MSG_SHORT = T("Fees", "The payer gives {given}, but {due} is due")
MSG_CHANGE_NOT_CASH = T("Fees", "Only cash gives change: {method} pays {amount} more than is due. Enter the exact "
                                "amount, or put the rest to the prepaid balance")
MSG_CASH_TWICE = T("Fees", "Enter each method once")
MSG_SKIPPED = T("Fees", "{item}: older arrears are left unpaid ({periods})")
MSG_VOID_OTHER_DAY = T("Fees", "Receipt {number} was issued on {day}: only a receipt of today can be voided. "
                               "Correct it with a red reversal (红冲) approved by the supervisor")
MSG_VOID_CLOSED = T("Fees", "Receipt {number} is in a closed day: it can no longer be voided. Correct it with a "
                            "red reversal (红冲) approved by the supervisor")
MSG_OVERPAY = T("Fees", "{item} {period}: {amount} is more than the {outstanding} still owed")


def round_amount(value: Decimal, mode: Rounding | str = Rounding.HALF_UP, places: int = 2) -> Decimal:
    """``value`` rounded to ``places`` decimals (2 fen, 1 jiao, 0 yuan) by ``mode``, given with two places."""
    how = {Rounding.HALF_UP: ROUND_HALF_UP, Rounding.UP: ROUND_CEILING, Rounding.DOWN: ROUND_FLOOR}[Rounding(mode)]
    return value.quantize(Decimal(1).scaleb(-places), rounding=how).quantize(CENT)


def bill_amount(formula: Formula | str, unit_price: Decimal, *, quantity: Decimal = Decimal(1), months: int = 1,
                coefficient: Decimal = Decimal(1), rounding: Rounding | str = Rounding.HALF_UP,
                places: int = 2) -> Decimal:
    """The amount of one bill before pro-rating (``quantity``: the area, or the usage of a metered item)."""
    formula = Formula(formula)
    if formula is Formula.AREA:
        raw = quantity * unit_price * months * coefficient
    elif formula is Formula.FIXED:
        raw = unit_price * months
    else:
        raw = quantity * unit_price
    return round_amount(raw, rounding, places)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (the last day of a shorter month)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_of(month: date, cycle_months: int = 1) -> tuple[date, date]:
    """The period a billing month opens: its first day to the day before ``cycle_months`` later."""
    start = month.replace(day=1)
    return start, date.fromordinal(add_months(start, cycle_months).toordinal() - 1)


def period_key(start: date) -> str:
    """The period as bills store it: ``2026-12`` (the month it starts in)."""
    return f"{start.year:04d}-{start.month:02d}"


def due_date(period_start: date, due_day: int) -> date:
    """The day a bill of the period falls due: ``due_day`` of its first month (the month's last day at most)."""
    return period_start.replace(day=min(due_day, calendar.monthrange(period_start.year, period_start.month)[1]))


def prorate(amount: Decimal, period_start: date, period_end: date, fee_start: date | None,
            rounding: Rounding | str = Rounding.HALF_UP, places: int = 2) -> Decimal:
    """``amount`` for the days of the period from ``fee_start`` on (all of it when fees started before the period,
    nothing when they start after it)."""
    if fee_start is None or fee_start <= period_start:
        return amount
    if fee_start > period_end:
        return ZERO
    days = (period_end - period_start).days + 1
    charged = (period_end - fee_start).days + 1
    return round_amount(amount * charged / days, rounding, places)


def late_fee(outstanding: Decimal, due: date, today: date, *, daily_rate: Decimal, grace_days: int = 0,
             capped: bool = True) -> Decimal:
    """Σ outstanding × daily rate × days overdue after the grace days (simple interest), capped at the principal."""
    days = max(0, (today - due).days - grace_days)
    if outstanding <= 0 or days <= 0:
        return ZERO
    fee = round_amount(outstanding * daily_rate * days)
    return min(fee, outstanding) if capped else fee


def months_overdue(due: date, today: date) -> int:
    """Whole months from the due date to today (0 in the first month overdue; the month of a later day counts
    when its day of the month is reached)."""
    if today <= due:
        return 0
    months = (today.year - due.year) * 12 + today.month - due.month
    return months if today.day >= due.day else months - 1


def aging_of(due: date, today: date) -> Aging:
    """The §5.3 bucket of a bill overdue since ``due``: ≤1, 1–3, 3–6, 6–12 or more than 12 months."""
    months = months_overdue(due, today)
    for limit, bucket in ((1, Aging.M1), (3, Aging.M3), (6, Aging.M6), (12, Aging.M12)):
        if months < limit:
            return bucket
    return Aging.OVER12


#: the lower bound in whole months overdue of each bucket (an aggregate query groups by these)
AGING_FROM = {Aging.M1: 0, Aging.M3: 1, Aging.M6: 3, Aging.M12: 6, Aging.OVER12: 12}


def aging_cutoffs(today: date) -> list[tuple[Aging, date]]:
    """Per bucket, the latest due date a bill of it has (a bill falls in the first bucket whose cutoff its due
    date is not after): what an aggregate query on the due-date index compares with."""
    cutoffs = []
    for bucket, months in AGING_FROM.items():
        # months_overdue(due) >= months  ⇔  due <= today − months (by calendar month)
        cutoffs.append((bucket, add_months(today, -months) if months else today))
    return cutoffs


@dataclass(frozen=True)
class Tender:
    """How one payment is paid: what each method gives, the change given back, what goes to the balance."""

    due: Decimal
    lines: tuple[tuple[PayMethod, Decimal], ...]
    change: Decimal
    prepaid: Decimal

    @property
    def received(self) -> Decimal:
        """The money the methods brought in, less the change given back."""
        return sum((a for _m, a in self.lines), ZERO) - self.change


def tender(due: Decimal, given: Iterable[tuple[PayMethod | str, Decimal]], *, prepay: bool = False) -> Tender:
    """Split a payment of ``due`` over the methods the payer uses.

    More than is due is change when cash covers it (only cash gives change), or the prepayment balance when
    ``prepay`` is set; less than is due is refused. Each method once; no negative amounts.
    """
    lines: list[tuple[PayMethod, Decimal]] = []
    for method, amount in given:
        method = PayMethod(method)
        if amount < 0:
            raise ValidationError(MSG_NEGATIVE.format(amount=format_yuan(amount)), "tender")
        if amount == 0:
            continue
        if any(m is method for m, _a in lines):
            raise ValidationError(MSG_CASH_TWICE, "tender")
        lines.append((method, amount.quantize(CENT)))
    if due > 0 and not lines:
        raise ValidationError(MSG_NO_TENDER, "tender")
    total = sum((a for _m, a in lines), ZERO)
    if total < due:
        raise ValidationError(MSG_SHORT.format(given=format_yuan(total), due=format_yuan(due)), "tender")
    extra = total - due
    if prepay:
        return Tender(due, tuple(lines), ZERO, extra)
    cash = sum((a for m, a in lines if m is PayMethod.CASH), ZERO)
    if extra > cash:
        method = next(m for m, _a in lines if m is not PayMethod.CASH)
        raise ValidationError(MSG_CHANGE_NOT_CASH.format(method=method.label, amount=format_yuan(extra - cash)),
                              "tender")
    return Tender(due, tuple(lines), extra, ZERO)


@dataclass(frozen=True)
class Owed:
    """An outstanding bill as the counter lists it (oldest first)."""

    bill_id: int
    item_id: int
    item_name: str
    period: str
    outstanding: Decimal


def skipped_older(owed: Sequence[Owed], chosen: Iterable[int]) -> list[Text]:
    """A warning per item whose older arrears are left unpaid while a later period of it is paid (§5.3)."""
    picked = set(chosen)
    warnings: list[Text] = []
    by_item: dict[int, list[Owed]] = {}
    for bill in owed:
        by_item.setdefault(bill.item_id, []).append(bill)
    for bills in by_item.values():
        bills = sorted(bills, key=lambda b: b.period)
        paid_periods = [b.period for b in bills if b.bill_id in picked]
        if not paid_periods:
            continue
        left = [b.period for b in bills if b.bill_id not in picked and b.period < paid_periods[-1]]
        if left:
            warnings.append(MSG_SKIPPED.format(item=bills[0].item_name, periods="、".join(left)))
    return warnings


def check_void(number: str, issued_on: date, today: date, closed: bool) -> None:
    """A void is for today's receipt before the day is closed; after, the refusal points to 红冲 (§5.6)."""
    if closed:
        raise ConflictError(MSG_VOID_CLOSED.format(number=number))
    if issued_on != today:
        raise ConflictError(MSG_VOID_OTHER_DAY.format(number=number, day=issued_on.isoformat()))


def check_pay(item: str, period: str, amount: Decimal, outstanding: Decimal) -> None:
    """A bill is paid at most what it still owes (more goes to the balance, never into a bill)."""
    if amount <= 0:
        raise ValidationError(MSG_NEGATIVE.format(amount=format_yuan(amount)), "amount")
    if amount > outstanding:
        raise ValidationError(MSG_OVERPAY.format(item=item, period=period, amount=format_yuan(amount),
                                                 outstanding=format_yuan(outstanding)), "amount")
