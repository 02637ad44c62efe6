"""收款日报表 — one cashier's day at the counter, printed at the daily closing (日结, DOMAIN.md §4.15 step 4, §5.7).

A4 portrait: the cashier and the day; the receipts by number range (each range first–last with its count)
and by method of payment (count and amount, with the total); the list of the day's receipts; the voids
(作废) and the red reversals (红冲) with their reasons and approvers; then the cash: what the receipts say
should be in the drawer, what was counted, the difference (长款 when over, 短款 when short) with the
cashier's explanation, to whom the money was handed in with the bank slip or hand-in reference; and the
lines where 收款员, 复核 and 主管 sign. Its number is the closing's (``RJ20260612-0001``); a report printed before
the closing (to check the day) is marked 未日结.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.domain.money import format_yuan
from app.printing.layout import (
    Column,
    Document,
    Field,
    Fields,
    Heading,
    ItemTable,
    Meta,
    Note,
    Printed,
    Signatures,
    format_cn_day,
    format_value,
)
from app.printing.registry import register_form


@dataclass(frozen=True)
class NumberRange:
    first: str
    last: str
    count: int


@dataclass(frozen=True)
class MethodTotal:
    method: str                 # 现金, POS刷卡, 微信, 支付宝, 银行转账
    count: int
    amount: Decimal


@dataclass(frozen=True)
class DayReceipt:
    number: str
    at: datetime
    room: str
    payer: str
    methods: str                # 现金/微信
    amount: Decimal
    status: str = "正常"         # 正常 / 作废 / 红冲


@dataclass(frozen=True)
class DayCorrection:
    """A void (作废) or a red reversal (红冲) of the day."""

    number: str
    amount: Decimal
    reason: str
    by: str = ""                # who voided it / who approved the reversal
    original: str = ""          # 红冲: the receipt it reverses


@dataclass(frozen=True)
class FeeDailyReport(Printed):
    number: str                 # RJ20260612-0001
    day: date
    cashier: str
    ranges: Sequence[NumberRange]
    by_method: Sequence[MethodTotal]
    receipts: Sequence[DayReceipt] = ()
    voids: Sequence[DayCorrection] = ()
    reversals: Sequence[DayCorrection] = ()
    cash_expected: Decimal = Decimal("0.00")     # the cash the day's receipts took
    cash_counted: Decimal | None = None          # None: not counted yet (blank to fill in)
    explanation: str = ""                        # of the difference
    handed_to: str = ""                          # 财务部 张会计 / 银行
    hand_in_ref: str = ""                        # 交款单号 / bank slip
    checked_by: str = ""
    checked_at: datetime | None = None
    closed: bool = True                          # False: printed to check the day before closing


def sample() -> FeeDailyReport:
    at = datetime(2026, 6, 12, 9, 0)
    receipts = [
        DayReceipt("SJ2026-000118", at.replace(hour=8, minute=52), "1-1-0302", "李秀英", "现金", Decimal("862.00")),
        DayReceipt("SJ2026-000119", at.replace(hour=9, minute=15), "2-1-0601", "赵敏", "微信", Decimal("1285.50")),
        DayReceipt("SJ2026-000120", at.replace(hour=9, minute=40), "5-2-0801", "孙立", "POS刷卡", Decimal("3600.00"),
                   "作废"),
        DayReceipt("SJ2026-000121", at.replace(hour=9, minute=48), "5-2-0801", "孙立", "POS刷卡", Decimal("360.00")),
        DayReceipt("SJ2026-000122", at.replace(hour=10, minute=5), "3-1-1201", "周强", "支付宝", Decimal("-450.00"),
                   "红冲"),
        DayReceipt("SJ2026-000123", at.replace(hour=10, minute=18), "3-2-1502", "王建国", "现金/微信",
                   Decimal("1414.20")),
    ]
    return FeeDailyReport(
        number="RJ20260612-0001", day=date(2026, 6, 12), cashier="陈晓雪",
        ranges=[NumberRange("SJ2026-000118", "SJ2026-000123", 6)],
        by_method=[MethodTotal("现金", 2, Decimal("1276.20")), MethodTotal("POS刷卡", 1, Decimal("360.00")),
                   MethodTotal("微信", 2, Decimal("2285.50")), MethodTotal("支付宝", 1, Decimal("-450.00"))],
        receipts=receipts,
        voids=[DayCorrection("SJ2026-000120", Decimal("3600.00"), "金额录错（应为360.00元），已重开SJ2026-000121",
                             "陈晓雪")],
        reversals=[DayCorrection("SJ2026-000122", Decimal("-450.00"), "停车费重复缴纳，退回业主", "王丽华",
                                 original="SJ2026-000087")],
        cash_expected=Decimal("1276.20"), cash_counted=Decimal("1276.00"), explanation="找零差0.20元，收款员补足",
        handed_to="财务部 张会计", hand_in_ref="JK20260612-01", checked_by="王丽华",
        checked_at=datetime(2026, 6, 12, 17, 40), printed_by="陈晓雪", printed_at=datetime(2026, 6, 12, 17, 35))


def yuan(amount: Decimal) -> str:
    return format_yuan(amount).replace("¥", "")


def difference_text(expected: Decimal, counted: Decimal | None) -> str:
    """``长款 ¥0.20``, ``短款 ¥0.20``, ``无`` — or blank while the cash is not counted."""
    if counted is None:
        return ""
    diff = Decimal(counted) - Decimal(expected)
    if not diff:
        return "无（账实相符）"
    return f"{'长款' if diff > 0 else '短款'} {format_yuan(abs(diff))}"


def net_total(report: FeeDailyReport) -> Decimal:
    return sum((Decimal(m.amount) for m in report.by_method), Decimal("0.00"))


@register_form(code="fee_daily_report", title="收款日报表", number_prefix="RJ", sample=sample)
def build(r: FeeDailyReport) -> Document:
    total = net_total(r)
    count = sum(m.count for m in r.by_method)
    issued = sum(x.count for x in r.ranges)
    ranges = [(x.first, x.last, x.count) for x in r.ranges]
    methods = [(m.method, m.count, yuan(m.amount)) for m in r.by_method]
    receipts = [(x.number, f"{x.at:%H:%M}", x.room, x.payer, x.methods, yuan(x.amount), x.status)
                for x in r.receipts]
    corrections = [("作废", v.number, "", yuan(v.amount), v.reason, v.by) for v in r.voids]
    corrections += [("红冲", v.number, v.original, yuan(v.amount), v.reason, v.by) for v in r.reversals]
    counted = "" if r.cash_counted is None else format_yuan(r.cash_counted)
    checked = f"{r.checked_by} {format_value(r.checked_at)}".strip() if r.checked_by else ""
    return Document(
        number=r.number, date=r.day, subtitle=format_cn_day(r.day) + ("" if r.closed else "　（未日结，仅供核对）"),
        parts=[
            Fields([("收款员", r.cashier), ("收款日期", r.day),
                    ("收据张数", f"{issued} 张（作废 {len(r.voids)} 张，红冲 {len(r.reversals)} 张）"),
                    ("实收合计", format_yuan(total))], columns=2),
            ItemTable([Column("起始号码", 3), Column("终止号码", 3), Column("张数", 1.2, "right")], ranges,
                      title="一、收据号段"),
            ItemTable([Column("收款方式", 3), Column("笔数", 1.2, "right"), Column("金额（元）", 2.2, "right")],
                      methods, title="二、按收款方式", totals=("合计", count, yuan(total))),
            Heading("三、现金核对与交款"),
            Fields([("应存现金", format_yuan(r.cash_expected)), ("实点现金", counted),
                    ("长短款", difference_text(r.cash_expected, r.cash_counted)), ("复核", checked),
                    Field("差异说明", r.explanation or ("无" if r.cash_counted is not None else ""), span=2),
                    ("交款去向", r.handed_to), ("交款单号", r.hand_in_ref)], columns=2),
            ItemTable([Column("收据号", 2.6), Column("时间", 1.0, "center"), Column("房号", 1.5, "center"),
                       Column("交款人", 1.4), Column("方式", 1.6, "center"), Column("金额（元）", 1.6, "right"),
                       Column("状态", 1.0, "center")], receipts, title="四、收据明细", zebra=True),
            ItemTable([Column("类别", 0.9, "center"), Column("收据号", 2.3), Column("原收据号", 2.3),
                       Column("金额（元）", 1.5, "right"), Column("原因", 3.6), Column("经办/批准", 1.3, "center")],
                      corrections, title="五、作废与红冲", empty="（本日无作废、红冲）"),
            Note("当日收款当日交存，不得坐支；日结后本日收据冻结，更正只能红冲。", size=8),
            Signatures(["收款员", "复核", "主管"], columns=3),
            Meta(r.printed_line()),
        ])
