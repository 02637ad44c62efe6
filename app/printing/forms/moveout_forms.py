"""The forms of a move-out (DOMAIN.md §4.11), each of one move-out by its number (CZ…), A4, in Chinese:

* 退租申请表 — the application: room, lease, tenant, owner, the date, reason and contact, the owner's consent
  (how, when), and the signature lines of §4.11 (租户签字, 业主签字, 经办人, 工程部验房, 财务, 审批人);
* 退租验房单 — the inspection: each damage with its place and compensation, the cards, keys and passes back;
* 费用结算单 — the statement: every bill of the lease's term up to the move-out date with what was paid and
  its receipt, the arrears after the settlement (must be 0), the deposits held, deducted and refunded.

The deposit refund prints the fees' own 押金退还审批表 (``deposit_refund``) of the refund the move-out made.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from app.domain.validation import shown_phone
from app.printing.layout import Column, Document, Field, Fields, Heading, ItemTable, Meta, Note, Printed, Signatures
from app.printing.registry import register_form

ZERO = Decimal("0.00")


def _day(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def _yuan(value: Decimal) -> str:
    return f"{value:,.2f}"


@dataclass(frozen=True, kw_only=True)
class MoveOutHead(Printed):
    """What every move-out form starts with."""

    number: str
    room: str
    lease_no: str
    tenant_name: str
    owner_name: str
    planned_date: date
    actual_date: date | None = None
    status: str = ""


def _head(h: MoveOutHead) -> Fields:
    return Fields([("房号", h.room), ("状态", h.status), ("租赁登记", h.lease_no), ("租户", h.tenant_name),
                   ("业主", h.owner_name), ("迁出日期", _day(h.actual_date) or f"{_day(h.planned_date)}（计划）")])


@dataclass(frozen=True, kw_only=True)
class MoveOutApplication(MoveOutHead):
    applicant: str
    applicant_role: str
    phone: str
    reason: str
    applied_on: date
    consent: str = ""               # 电话确认 王建国 2026-06-08 08:30
    mask_private: bool = True


def application_sample() -> MoveOutApplication:
    return MoveOutApplication(
        number="CZ20260608-0001", room="3-2-1502", lease_no="ZL20260101-0001", tenant_name="李明",
        owner_name="王建国", planned_date=date(2026, 6, 11), status="业主已确认", applicant="李明",
        applicant_role="租户", phone="13912345678", reason="租期届满", applied_on=date(2026, 6, 8),
        consent="电话确认 王建国 2026-06-08 08:30", printed_by="陈晓雪", printed_at=datetime(2026, 6, 8, 9, 30))


@register_form(code="moveout_application", title="退租（撤租）申请表", paper="A4", number_prefix="CZ",
               sample=application_sample)
def build_application(a: MoveOutApplication) -> Document:
    return Document(number=a.number, date=a.applied_on, parts=[
        Heading("一、房屋与租赁"),
        _head(a),
        Heading("二、申请"),
        Fields([("申请人", f"{a.applicant}（{a.applicant_role}）"), ("联系电话", shown_phone(a.phone, a.mask_private)),
                ("申请日期", _day(a.applied_on)), ("计划迁出", _day(a.planned_date)),
                Field("退租原因", a.reason, span=2), Field("业主确认", a.consent or "（待确认）", span=2)]),
        Note("退租须业主书面同意；验房、结清截至迁出日的全部费用、交回门禁卡/钥匙/出入证后方可开具物品放行条；"
             "押金在确认金额后15日内退还。", size=8),
        Signatures(["租户签字", "业主签字", "经办人", "工程部验房", "财务", "审批人"], columns=2, date=True),
        Meta("", a.printed_line()),
    ])


@dataclass(frozen=True)
class DamageLine:
    location: str
    item: str
    amount: Decimal


@dataclass(frozen=True)
class ReferenceLine:
    """An item of the move-in checklist: its name, found in order then, the finding."""

    item: str
    ok: bool
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class MoveOutInspection(MoveOutHead):
    inspector: str
    inspected_at: datetime | None
    damages: list[DamageLine] = field(default_factory=list)
    returns: str = ""               # 门禁卡 1/1，钥匙 2，出入证 0
    missing: list[DamageLine] = field(default_factory=list)
    #: the room's joint inspection at move-in (房屋验收交接单), the list this inspection is made against
    reference_no: str = ""
    reference: list[ReferenceLine] = field(default_factory=list)


def inspection_sample() -> MoveOutInspection:
    return MoveOutInspection(
        number="CZ20260608-0001", room="3-2-1502", lease_no="ZL20260101-0001", tenant_name="李明",
        owner_name="王建国", planned_date=date(2026, 6, 11), status="已验房", inspector="工程部 刘工",
        inspected_at=datetime(2026, 6, 9, 10, 0),
        damages=[DamageLine("客厅", "墙面污损", Decimal("200.00")), DamageLine("卫生间", "镜子裂纹", ZERO)],
        returns="门禁卡 1/1，钥匙 2，出入证 0", reference_no="RZ20250301-0001",
        reference=[ReferenceLine("门窗", True), ReferenceLine("墙面", True),
                   ReferenceLine("卫生洁具", False, "镜子边角破损")])


@register_form(code="moveout_inspection", title="退租验房单", paper="A4", number_prefix="CZ",
               sample=inspection_sample)
def build_inspection(i: MoveOutInspection) -> Document:
    rows = [(k, d.location, d.item, _yuan(d.amount)) for k, d in enumerate(i.damages, 1)]
    missing = [(k, "", d.item, _yuan(d.amount)) for k, d in enumerate(i.missing, len(rows) + 1)]
    total = sum((d.amount for d in (*i.damages, *i.missing)), ZERO)
    return Document(number=i.number, date=i.inspected_at or i.printed_at, parts=[
        Heading("一、房屋与租赁"),
        _head(i),
        Heading("二、验房（对照入住交接清单）"),
        Fields([("验房人", i.inspector), ("验房时间", f"{i.inspected_at:%Y-%m-%d %H:%M}" if i.inspected_at else "")]),
        ItemTable([Column("序号", 0.5, "center"), Column("位置", 1.0), Column("损坏情况", 2.6),
                   Column("赔偿金额（元）", 1.2, "right")], rows + missing, totals=("", "", "合计", _yuan(total)),
                  min_rows=4, empty="（无损坏）"),
        Fields([Field("交回物品", i.returns or "（未登记）", span=2)]),
        Note("损坏赔偿以一次性费用计入房屋账单，由收费处收取；需维修的已书面通知工程部。", size=8),
        *_reference(i),
        Signatures(["验房人（工程部）", "租户签字", "经办人"], columns=3, date=True),
        Meta("", i.printed_line()),
    ])


def _reference(i: MoveOutInspection) -> list:
    """三、the move-in checklist beside a column to write the state found now, item by item."""
    if not i.reference_no:
        return [Heading("三、入住交接清单对照"), Note("本房无入住交接记录（交付早于系统启用），按现状验房。", size=8)]
    return [Heading(f"三、入住交接清单对照（{i.reference_no}）"),
            ItemTable([Column("项目", 1.2), Column("入住时", 0.8, "center"), Column("入住时记录", 2.0),
                       Column("退租时状况", 2.0)],
                      [(r.item, "完好" if r.ok else "有缺陷", r.note, "") for r in i.reference], min_rows=0)]


@dataclass(frozen=True)
class SettlementLine:
    item: str
    period: str
    amount: Decimal
    paid: Decimal
    receipt_no: str = ""


@dataclass(frozen=True, kw_only=True)
class MoveOutSettlement(MoveOutHead):
    lines: list[SettlementLine] = field(default_factory=list)
    arrears: Decimal = ZERO
    deposit_held: Decimal = ZERO
    deducted: Decimal = ZERO
    refunded: Decimal = ZERO
    refund_no: str = ""


def settlement_sample() -> MoveOutSettlement:
    return MoveOutSettlement(
        number="CZ20260608-0001", room="3-2-1502", lease_no="ZL20260101-0001", tenant_name="李明",
        owner_name="王建国", planned_date=date(2026, 6, 11), actual_date=date(2026, 6, 11), status="押金已退",
        lines=[SettlementLine("物业服务费", "2026-06", Decimal("216.70"), Decimal("216.70"), "SJ20260001"),
               SettlementLine("赔偿费", "2026-06-08", Decimal("200.00"), Decimal("200.00"), "SJ20260002")],
        deposit_held=Decimal("500.00"), deducted=Decimal("100.00"), refunded=Decimal("400.00"),
        refund_no="TK20260611-0001")


@register_form(code="moveout_settlement", title="费用结算单", paper="A4", number_prefix="CZ",
               sample=settlement_sample)
def build_settlement(r: MoveOutSettlement) -> Document:
    rows = [(k, ln.item, ln.period, _yuan(ln.amount), _yuan(ln.paid), ln.receipt_no)
            for k, ln in enumerate(r.lines, 1)]
    amount = sum((ln.amount for ln in r.lines), ZERO)
    paid = sum((ln.paid for ln in r.lines), ZERO)
    return Document(number=r.number, date=r.actual_date or r.planned_date, parts=[
        Heading("一、房屋与租赁"),
        _head(r),
        Heading("二、费用（截至迁出日）"),
        ItemTable([Column("序号", 0.5, "center"), Column("收费项目", 1.4), Column("所属期间", 1.2),
                   Column("应收（元）", 1.0, "right"), Column("已收（元）", 1.0, "right"), Column("收据号", 1.4)],
                  rows, totals=("", "合计", "", _yuan(amount), _yuan(paid), ""), min_rows=3, empty="（无）"),
        Fields([("结算后欠费", f"{_yuan(r.arrears)} 元"), ("押金余额", f"{_yuan(r.deposit_held)} 元"),
                ("押金扣除", f"{_yuan(r.deducted)} 元"), ("押金退还", f"{_yuan(r.refunded)} 元"),
                Field("退款审批", r.refund_no or "（未办理）", span=2)]),
        Note("欠费须为 0 方可办理物品放行；押金退还以《押金退还审批表》为准。", size=8),
        Signatures(["租户签字", "经办人", "财务"], columns=3, date=True),
        Meta("", r.printed_line()),
    ])
