"""收款收据 — the receipt of one payment at the counter (DOMAIN.md §4.15, §5.5, §5.6).

一式三联 on one A4 sheet (three slips of 210 × 99 mm, cut along the dashed lines): 第一联 存根联 stays in the
desk's book, 第二联 收据联 goes to the payer, 第三联 记账联 to accounting. Each slip: the number red top right
with its QR code, the room and the payer, the lines (项目, 所属期间, 数量/面积/读数, 单价, 金额, with the 滞纳金,
减免/优惠 and 预存 lines as their own rows), the total in figures and in 人民币大写, the methods of payment (cash
with what was tendered and the change), the cashier, and the lines where 收款人, 经手人 and 审核 sign.

A reprint carries the engine's red ``补打 第n次`` stamp (the services layer counts the earlier prints); a void
its large 作废 over every copy (``voided``, with the reason printed when given). A red reversal (红冲) is a
receipt of its own with negative amounts, titled 收款收据（红冲） and naming the original's number. The lines must
sum to the total: a receipt that does not balance is refused, never printed.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from app.domain.money import format_yuan
from app.printing.layout import (
    COPIES_RECEIPT,
    PAPER_A4X3,
    Amount,
    Column,
    Document,
    Fields,
    ItemTable,
    Meta,
    Signatures,
)
from app.printing.registry import register_form

TITLE = "收款收据"


@dataclass(frozen=True)
class ReceiptLine:
    """One row of the receipt: a bill (item × period), or the 滞纳金 / 减免 / 预存 / 抵扣 line."""

    item: str                         # 物业服务费, 滞纳金, 减免（滞纳金）, 预存, 余额抵扣 …
    amount: Decimal
    period_start: date | None = None
    period_end: date | None = None
    quantity: str = ""                # 128.56㎡, 读数 1203→1245, 1个
    unit_price: str = ""              # 2.50元/㎡·月


@dataclass(frozen=True)
class ReceiptPayment:
    method: str                       # 现金, POS刷卡, 微信, 支付宝, 银行转账, 余额抵扣
    amount: Decimal
    tendered: Decimal | None = None   # cash handed over (the change is tendered − amount)
    reference: str = ""               # POS/transfer reference, last digits


@dataclass(frozen=True)
class FeeReceipt:
    number: str                       # SJ2026-000123
    issued_at: datetime
    room: str                         # 3-2-1502
    payer: str                        # 王建国
    lines: Sequence[ReceiptLine]
    total: Decimal
    payments: Sequence[ReceiptPayment]
    cashier: str
    title: str = TITLE                # 物业服务费收据 where the estate prints it so
    reversal_of: str = ""             # 红冲: the number of the receipt it reverses
    reissue_of: str = ""              # re-issued after the void or reversal of this number
    reason: str = ""                  # of the reversal
    void_reason: str = ""             # printed when the receipt is voided
    balance_after: Decimal | None = None   # the room's prepaid balance after this payment
    remarks: str = ""


def sample() -> FeeReceipt:
    return FeeReceipt(
        number="SJ2026-000123", issued_at=datetime(2026, 6, 12, 10, 18), room="3-2-1502", payer="王建国",
        lines=[
            ReceiptLine("物业服务费", Decimal("964.20"), date(2026, 4, 1), date(2026, 6, 30), "128.56㎡",
                        "2.50元/㎡·月"),
            ReceiptLine("停车费", Decimal("450.00"), date(2026, 4, 1), date(2026, 6, 30), "1个", "150.00元/月"),
            ReceiptLine("滞纳金", Decimal("8.68"), quantity="物业服务费逾期36天", unit_price="日万分之二点五"),
            ReceiptLine("减免（滞纳金）", Decimal("-8.68"), quantity="客服主管王丽华批准"),
        ],
        total=Decimal("1414.20"),
        payments=[ReceiptPayment("现金", Decimal("414.20"), tendered=Decimal("500.00")),
                  ReceiptPayment("微信", Decimal("1000.00"), reference="4200…7731")],
        cashier="陈晓雪", balance_after=Decimal("0.00"))


def period_text(start: date | None, end: date | None) -> str:
    """``2026-04-01至2026-06-30``, one day as itself, nothing without a period."""
    if start is None:
        return ""
    if end is None or end == start:
        return f"{start:%Y-%m-%d}"
    return f"{start:%Y-%m-%d}至{end:%Y-%m-%d}"


def yuan(amount: Decimal) -> str:
    """``1,234.50`` (no sign of the currency: the column says 金额（元）)."""
    return format_yuan(amount).replace("¥", "")


def payments_text(payments: Sequence[ReceiptPayment]) -> str:
    parts = []
    for p in payments:
        text = f"{p.method} {format_yuan(p.amount)}"
        if p.tendered is not None and p.tendered != p.amount:
            text += f"（实收 {format_yuan(p.tendered)}，找零 {format_yuan(p.tendered - p.amount)}）"
        if p.reference:
            text += f"（{p.reference}）"
        parts.append(text)
    return "；".join(parts) or "—"


def merge_periods(lines: Sequence[ReceiptLine]) -> list[ReceiptLine]:
    """Consecutive bills of the same item, quantity and price whose periods follow each other print as one
    line over the whole span (twelve months of 物业服务费 are one line, so the receipt stays on its slip)."""
    out: list[ReceiptLine] = []
    for line in lines:
        prev = out[-1] if out else None
        if (prev is not None and prev.period_end is not None and line.period_start is not None
                and (prev.item, prev.quantity, prev.unit_price) == (line.item, line.quantity, line.unit_price)
                and (line.period_start - prev.period_end).days == 1 and (prev.amount > 0) == (line.amount > 0)):
            out[-1] = replace(prev, amount=prev.amount + line.amount, period_end=line.period_end)
        else:
            out.append(line)
    return out


def check_balanced(r: FeeReceipt) -> None:
    """The lines sum to the total and the payments pay it exactly (a receipt that does not balance is a bug
    upstream: refuse to print it)."""
    lines = sum((Decimal(line.amount) for line in r.lines), Decimal("0"))
    paid = sum((Decimal(p.amount) for p in r.payments), Decimal("0"))
    if lines != Decimal(r.total):
        raise ValueError(f"receipt {r.number}: the lines sum to {lines}, not the total {r.total}")
    if r.payments and paid != Decimal(r.total):
        raise ValueError(f"receipt {r.number}: the payments sum to {paid}, not the total {r.total}")


def title_of(r: FeeReceipt) -> str:
    return f"{r.title}（红冲）" if r.reversal_of else r.title


@register_form(code="fee_receipt", title=TITLE, paper=PAPER_A4X3, copies=COPIES_RECEIPT, number_prefix="SJ",
               sample=sample)
def build(r: FeeReceipt) -> Document:
    check_balanced(r)
    notes = []
    if r.reversal_of:
        notes.append(f"红冲原收据 No. {r.reversal_of}" + (f"，原因：{r.reason}" if r.reason else ""))
    if r.reissue_of:
        notes.append(f"本收据重开自 No. {r.reissue_of}")
    if r.void_reason:
        notes.append(f"作废原因：{r.void_reason}")
    if r.balance_after is not None:
        notes.append(f"预存余额：{format_yuan(r.balance_after)}")
    if r.remarks:
        notes.append(r.remarks)
    rows = [(line.item, period_text(line.period_start, line.period_end), line.quantity, line.unit_price,
             yuan(line.amount)) for line in merge_periods(r.lines)]
    parts = [
        Fields([("房号", r.room), ("交款人", r.payer), ("收款时间", f"{r.issued_at:%Y-%m-%d %H:%M}")], columns=3),
        ItemTable([Column("项目", 2.2), Column("所属期间", 3.0, "center"), Column("数量/面积/读数", 2.4, "center"),
                   Column("单价", 1.9, "center"), Column("金额（元）", 1.6, "right")], rows),
        Amount(Decimal(r.total), label="合计"),
        Meta(f"收款方式：{payments_text(r.payments)}", f"收款人：{r.cashier}"),
    ]
    if notes:
        parts.append(Meta("　".join(notes)))
    parts.append(Signatures(["收款人", "经手人", "审核"], columns=3, date=False))
    parts.append(Meta("本收据加盖财务专用章有效，涂改无效，请妥善保管。"))
    return Document(number=r.number, date=r.issued_at, title=title_of(r), parts=parts)
