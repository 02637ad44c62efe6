"""押金退还审批表 — the approval form of a deposit refund (DOMAIN.md §5.6 Deposits, §4.15 step 7): shared by the
fees page, the renovation workflow (装修押金 after 复验合格) and move-out (租户押金, 水电保证金).

A4 portrait: the deposit (kind, its receipt number, the payer and the room, when it was taken and how
much), what happened to it before (refunded, transferred to fees), the deductions each with its reason and
who approved it, then the refundable amount (deposit − earlier refunds and transfers − deductions) and
the amount this application refunds (never more than refundable: such a form is refused, never printed),
in figures and in 人民币大写; how it is paid back and to whom; the basis (复验合格 …); and the lines where
申请 (the payer or the desk), 审核 and 批准 sign, with what the program recorded of each step printed in
the boxes. The number is the refund application's (``TK20260612-0001``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from app.domain.money import format_yuan
from app.domain.validation import shown_phone
from app.printing.layout import (
    Amount,
    Column,
    Document,
    Field,
    Fields,
    Heading,
    ItemTable,
    Note,
    Signatures,
    format_value,
)
from app.printing.registry import register_form

NOTICE = ("押金凭原收据（或遗失声明）及本人有效证件办理退还；扣款须列明原因并经审批。本表一式一份，经批准后由前台"
          "办理退款，附于收款日报表交财务。")


@dataclass(frozen=True)
class Deduction:
    reason: str                     # 损坏公共设施（电梯轿厢划伤）
    amount: Decimal
    approved_by: str = ""
    note: str = ""                  # 整改单 WG20260520-0002


@dataclass(frozen=True)
class DepositRefundForm:
    number: str                     # TK20260612-0001
    deposit_kind: str               # 装修押金, 出入证押金, 水电保证金, 租户押金
    deposit_no: str                 # the deposit's receipt number
    room: str
    payer: str
    taken_on: date
    taken: Decimal
    deductions: Sequence[Deduction] = ()
    refunded_before: Decimal = Decimal("0.00")      # earlier partial refunds
    transferred: Decimal = Decimal("0.00")          # transferred to fees
    refund: Decimal | None = None                   # this application; None: all that is refundable
    payer_phone: str = ""
    refund_to: str = ""             # 王建国 本人
    method: str = ""                # 现金 / 银行转账 …
    account: str = ""               # masked by the services layer
    basis: str = ""                 # 装修复验合格（2026-06-05，工程部刘建平）
    status: str = ""                # 申请 / 审核中 / 已批准 / 已退款 / 已驳回
    applicant: str = ""
    applied_at: datetime | None = None
    reviewed_by: str = ""
    reviewed_at: datetime | None = None
    review_note: str = ""
    approved_by: str = ""
    approved_at: datetime | None = None
    approval_note: str = ""
    paid_receipt: str = ""          # the refund's (negative) receipt number once paid
    mask_private: bool = True


def sample() -> DepositRefundForm:
    return DepositRefundForm(
        number="TK20260612-0001", deposit_kind="装修押金", deposit_no="SJ2026-000031", room="3-2-1502",
        payer="王建国", payer_phone="13805716688", taken_on=date(2026, 3, 2), taken=Decimal("2000.00"),
        deductions=[Deduction("电梯轿厢不锈钢面板划伤修复", Decimal("300.00"), "王丽华", "整改单 WG20260410-0002"),
                    Deduction("装修垃圾未按时清运，代为清运", Decimal("150.00"), "王丽华")],
        refund_to="王建国 本人", method="银行转账", account="6222 **** **** 1234",
        basis="装修复验合格（2026-06-05，工程部刘建平）", status="审核中", applicant="陈晓雪",
        applied_at=datetime(2026, 6, 12, 10, 30), reviewed_by="李明", reviewed_at=datetime(2026, 6, 12, 14, 5),
        review_note="扣款有整改单及照片为据")


def refundable(f: DepositRefundForm) -> Decimal:
    """What is left to refund: the deposit less earlier refunds, transfers to fees and the deductions."""
    deducted = sum((Decimal(d.amount) for d in f.deductions), Decimal("0.00"))
    return Decimal(f.taken) - Decimal(f.refunded_before) - Decimal(f.transferred) - deducted


def _step(by: str, at: datetime | None, note: str) -> str:
    return "　".join(x for x in (by, format_value(at), note) if x)


@register_form(code="deposit_refund", title="押金退还审批表", number_prefix="TK", sample=sample)
def build(f: DepositRefundForm) -> Document:
    left = refundable(f)
    refund = left if f.refund is None else Decimal(f.refund)
    if left < 0:
        raise ValueError(f"refund {f.number}: the deductions and refunds exceed the deposit")
    if refund < 0 or refund > left:
        raise ValueError(f"refund {f.number}: {refund} is more than the refundable {left}")
    deducted = sum((Decimal(d.amount) for d in f.deductions), Decimal("0.00"))
    rows = [(k, d.reason, format_yuan(d.amount), d.approved_by, d.note) for k, d in enumerate(f.deductions, 1)]
    return Document(number=f.number, date=f.applied_at or f.taken_on, parts=[
        Heading("一、押金信息"),
        Fields([
            ("押金类别", f.deposit_kind), ("收据号", f.deposit_no),
            ("房号", f.room), ("交款人", f.payer),
            ("联系电话", shown_phone(f.payer_phone, f.mask_private) if f.payer_phone else ""), ("收取日期", f.taken_on),
            ("押金金额", format_yuan(f.taken)), ("状态", f.status),
            ("已退金额", format_yuan(f.refunded_before)), ("已转抵费用", format_yuan(f.transferred)),
            Field("退还依据", f.basis, span=2),
        ], columns=2),
        ItemTable([Column("序号", 0.6, "center"), Column("扣款原因", 4.2), Column("金额", 1.4, "right"),
                   Column("批准人", 1.1, "center"), Column("依据", 2.4)], rows, title="二、扣款明细",
                  totals=("", "扣款合计", format_yuan(deducted), "", ""), empty="（无扣款）"),
        Heading("三、退还"),
        Fields([
            ("可退金额", f"{format_yuan(left)}（押金 − 已退 − 已转抵 − 扣款）"),
            ("退款方式", f.method), ("收款人", f.refund_to or f.payer), ("账户", f.account or "—"),
        ], columns=2),
        Amount(refund, label="本次退还"),
        Heading("四、审批"),
        Fields([
            Field("申请", _step(f.applicant, f.applied_at, ""), span=2),
            Field("审核意见", _step(f.reviewed_by, f.reviewed_at, f.review_note), span=2),
            Field("批准意见", _step(f.approved_by, f.approved_at, f.approval_note), span=2),
            Field("退款收据", f.paid_receipt, span=2),
        ], columns=2),
        Note(NOTICE, size=8),
        Signatures(["申请人", "审核人", "批准人"], columns=3),
    ])
