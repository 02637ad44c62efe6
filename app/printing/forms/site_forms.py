"""The forms of renovation site supervision (DOMAIN.md §4.7) and of the renovation's acceptance (§4.14):

* 违章整改通知书 (``site_notice``): A5, 一式两联 on one A4 with the cut line (存根联 kept, 业主/施工单位联 handed
  over); items, clause, required rectification, deadline, stop-work, estimated deduction, the re-check, and the
  lines 巡查人、审批人、业主/施工负责人签收 — a refusal printed in the receipt line (拒签);
* 装修巡查记录表 (``site_patrol_day``): one day's patrols, one line per visit per unit, the checklist as ✓/×;
* 装修验收单 (``renovation_acceptance``): the initial inspection and the re-inspection, inspectors, passes
  collected, the violation notices and the deductions, and the lines 业主、施工负责人、验收人、审批人;
* 装修验收退款审批表 (``renovation_refund``): the case's deposit refunds, each the 押金退还审批表 of the fees
  ledger (app.printing.forms.deposit_refund) under the renovation's title.

The services give every word in Chinese.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal

from app.domain.money import format_yuan
from app.printing.forms import deposit_refund
from app.printing.layout import (
    PAPER_A5X2,
    Column,
    Document,
    Field,
    Fields,
    ItemTable,
    Meta,
    Note,
    Printed,
    Signatures,
    format_cn_day,
    format_value,
)
from app.printing.registry import register_form

COPIES_NOTICE = ("第一联 存根联（存档）", "第二联 业主/施工单位联")
NOTICE_TEXT = ("经现场巡查，你户装修存在上述违章行为，违反《住宅室内装饰装修管理办法》及《装修管理服务协议》。"
               "请立即停止违章行为，并于整改期限前整改完毕，届时复查；逾期不改的，将责令停工并报有关部门处理，"
               "由此造成的损失从装修押金中扣除。")
#: the checklist's columns on the 装修巡查记录表, in the order of app.domain.site.CheckItem
CHECK_HEADS = ("许可证", "佩证", "时间", "灭火器", "留宿", "管道", "垃圾", "违禁")


def _ts(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _yuan(value: Decimal | None) -> str:
    return format_yuan(value) if value else "—"


# =========================================================================================== 违章整改通知书

@dataclass(frozen=True)
class SiteNoticeForm:
    number: str                     # WG20260608-0001
    room: str
    owner: str
    contractor: str
    head: str
    case_no: str                    # ZX… (许可证 XK…)
    items: str
    requirement: str
    deadline: datetime | None
    issued_at: datetime
    issued_by: str
    clause: str = ""
    stop_work: bool = False
    deduction: Decimal | None = None
    receiver: str = ""
    refused: bool = False
    patrol_no: str = ""
    recheck_at: datetime | None = None
    recheck_result: str = ""
    status: str = ""


def sample_notice() -> SiteNoticeForm:
    return SiteNoticeForm(
        number="WG20260608-0001", room="3-2-1502", owner="王建国", contractor="杭州美家装饰有限公司", head="赵工头",
        case_no="ZX20260608-0001（XK20260608-0001）", items="拆改卫生间承重墙", clause="装修管理服务协议第五条",
        requirement="立即停止拆改，按原设计恢复并出具结构安全鉴定", deadline=datetime(2026, 6, 10, 9, 0),
        issued_at=datetime(2026, 6, 8, 9, 30), issued_by="李管家", stop_work=True, deduction=Decimal("500.00"),
        refused=True, patrol_no="XC20260608-0003", status="停工")


def _received(n: SiteNoticeForm) -> str:
    if n.refused:
        return f"拒签（由{n.issued_by}注明，{n.issued_at:%Y-%m-%d %H:%M}）"
    return n.receiver


@register_form(code="site_notice", title="违章整改通知书", paper=PAPER_A5X2, copies=COPIES_NOTICE,
               number_prefix="WG", sample=sample_notice)
def build_notice(n: SiteNoticeForm) -> Document:
    recheck = "　".join(x for x in (_ts(n.recheck_at), n.recheck_result) if x)
    return Document(number=n.number, date=n.issued_at, parts=[
        Fields([
            ("房号", n.room), ("业主", n.owner),
            ("施工单位", n.contractor), ("施工负责人", n.head),
            ("装修申报", n.case_no), ("巡查单号", n.patrol_no),
            Field("违章内容", n.items, span=2),
            Field("违反条款", n.clause, span=2),
            Field("整改要求", n.requirement, span=2),
            ("整改期限", _ts(n.deadline)), ("停工", "是（责令停工）" if n.stop_work else "否"),
            ("预计扣款", _yuan(n.deduction)), ("开单时间", _ts(n.issued_at)),
            ("签收", _received(n)), ("状态", n.status),
            Field("复查", recheck, span=2),
        ], columns=2),
        Note(NOTICE_TEXT, size=7),
        Signatures([f"巡查人 {n.issued_by}", "审批人", "业主/施工负责人签收"], columns=3, date=False),
    ])


# =========================================================================================== 装修巡查记录表

@dataclass(frozen=True)
class PatrolLine:
    at: datetime
    number: str
    room: str
    presence: str                   # 有人 / 无人 / 拒不开门
    workers: int | None
    stage: str
    checks: tuple[bool, ...]        # per CHECK_HEADS: True OK, False a violation
    findings: str
    notice_no: str
    inspector: str


@dataclass(frozen=True)
class PatrolDay(Printed):
    day: date
    lines: Sequence[PatrolLine] = ()
    due: int = 0                    # cases on the day's list
    missed: tuple[str, ...] = ()    # rooms due and not patrolled that day


def sample_patrol_day() -> PatrolDay:
    ok = (True,) * 8
    return PatrolDay(day=date(2026, 6, 8), due=3, missed=("3-2-1601",), printed_by="李管家",
                     printed_at=datetime(2026, 6, 8, 17, 30), lines=[
        PatrolLine(datetime(2026, 6, 8, 9, 10), "XC20260608-0001", "3-2-1502", "有人", 4, "剔凿",
                   (*ok[:7], False), "违禁：拆除卫生间承重墙", "WG20260608-0001", "李管家"),
        PatrolLine(datetime(2026, 6, 8, 9, 40), "XC20260608-0002", "3-2-1501", "无人", None, "", ok, "", "",
                   "李管家")])


@register_form(code="site_patrol_day", title="装修巡查记录表", sample=sample_patrol_day, qr=False)
def build_patrol_day(d: PatrolDay) -> Document:
    rows = [(f"{ln.at:%H:%M}", ln.room, ln.presence, "" if ln.workers is None else str(ln.workers), ln.stage,
             *("✓" if ok else "×" for ok in ln.checks), ln.findings, ln.notice_no, ln.inspector)
            for ln in d.lines]
    summary = f"应巡查 {d.due} 户，已巡查 {len({ln.room for ln in d.lines})} 户，" \
              f"发现违章 {sum(1 for ln in d.lines if not all(ln.checks))} 户次"
    if d.missed:
        summary += f"；未巡查：{'、'.join(d.missed)}"
    return Document(date=d.day, subtitle=format_cn_day(d.day), landscape=True, parts=[
        Meta("✓ 合格　× 违规", d.printed_line()),
        ItemTable([Column("时间", 0.8, "center"), Column("房号", 1.2, "center"), Column("现场", 1.0, "center"),
                   Column("人数", 0.6, "center"), Column("施工阶段", 1.2),
                   *(Column(h, 0.75, "center") for h in CHECK_HEADS),
                   Column("违章情况", 3.0), Column("整改通知书", 2.0, "center"), Column("巡查人", 1.0, "center")],
                  rows, min_rows=6, empty="（本日无装修巡查记录）"),
        Note(summary + "。", label="小结", boxed=True),
        Signatures(["巡查人", "客服主管"], columns=2),
    ])


# =========================================================================================== 装修验收单

@dataclass(frozen=True)
class Inspection:
    at: date | datetime | None
    inspectors: str
    result: str                     # 初验合格 / 初验不合格 / 复验合格 …
    defects: str = ""


@dataclass(frozen=True)
class AcceptanceForm:
    number: str                     # ZX…
    room: str
    owner: str
    contractor: str
    head: str
    permit_no: str
    period: str                     # 2026-06-16 至 2026-08-31
    items: str
    applied_at: datetime | None
    initial: Sequence[Inspection] = ()
    recheck: Sequence[Inspection] = ()
    passes: str = ""                # 已收回 3 张 / 未收回
    notices: Sequence[tuple[str, str, str]] = ()        # (WG…, items, state)
    deductions: Sequence[tuple[str, Decimal, str]] = ()  # (reason, amount, approved by)
    status: str = ""


def sample_acceptance() -> AcceptanceForm:
    return AcceptanceForm(
        number="ZX20260608-0001", room="3-2-1502", owner="王建国", contractor="杭州美家装饰有限公司", head="赵工头",
        permit_no="XK20260608-0001", period="2026-06-16 至 2026-08-31", items="墙面、地面、水电改造",
        applied_at=datetime(2026, 8, 30, 10, 0),
        initial=[Inspection(datetime(2026, 8, 30, 15, 0), "工程部刘建平、客服李管家", "初验不合格", "卫生间闭水不合格"),
                 Inspection(datetime(2026, 9, 2, 10, 0), "工程部刘建平", "初验合格")],
        recheck=[Inspection(datetime(2026, 10, 2, 10, 0), "工程部刘建平", "复验合格")], passes="已收回 3 张",
        notices=[("WG20260608-0001", "拆改卫生间承重墙", "关闭")],
        deductions=[("违章整改通知书 WG20260608-0001：拆改卫生间承重墙", Decimal("500.00"), "王主管")],
        status="复验合格")


def _inspection_rows(label: str, rows: Sequence[Inspection]) -> list[tuple[str, ...]]:
    return [(label, format_value(i.at), i.inspectors, i.result, i.defects) for i in rows]


@register_form(code="renovation_acceptance", title="装修验收单", number_prefix="ZX", sample=sample_acceptance)
def build_acceptance(a: AcceptanceForm) -> Document:
    inspections = _inspection_rows("初验", a.initial) + _inspection_rows("复验", a.recheck)
    total = sum((Decimal(amount) for _r, amount, _w in a.deductions), Decimal("0.00"))
    return Document(number=a.number, date=a.applied_at, parts=[
        Fields([
            ("房号", a.room), ("业主", a.owner),
            ("施工单位", a.contractor), ("施工负责人", a.head),
            ("许可证号", a.permit_no), ("装修期限", a.period),
            Field("装修项目", a.items, span=2),
            ("竣工申请", format_value(a.applied_at)), ("状态", a.status),
            Field("出入证收回", a.passes or "未收回", span=2),
        ], columns=2),
        ItemTable([Column("验收", 0.8, "center"), Column("日期", 1.6, "center"), Column("验收人", 2.2),
                   Column("结果", 1.2, "center"), Column("问题及整改要求", 3.4)], inspections,
                  title="一、验收情况", min_rows=3, empty="（尚未验收）"),
        ItemTable([Column("通知书", 2.0, "center"), Column("违章内容", 5.0), Column("状态", 1.6, "center")],
                  list(a.notices), title="二、装修期间违章", empty="（无违章记录）"),
        ItemTable([Column("扣款原因", 5.6), Column("金额", 1.4, "right"), Column("批准人", 1.4, "center")],
                  [(r, format_yuan(amount), w) for r, amount, w in a.deductions], title="三、扣款明细",
                  totals=("扣款合计", format_yuan(total), ""), empty="（无扣款）"),
        Signatures(["业主签字", "施工负责人", "验收人", "审批人"], columns=2),
    ])


# =========================================================================================== 装修验收退款审批表

@dataclass(frozen=True)
class RenovationRefund:
    """The case's deposit refunds (owner's, contractor's, passes'), each a 押金退还审批表."""

    case_no: str
    refunds: Sequence[deposit_refund.DepositRefundForm] = field(default_factory=tuple)


def sample_refund() -> RenovationRefund:
    return RenovationRefund("ZX20260608-0001", (deposit_refund.sample(),))


TITLE_REFUND = "装修验收退款审批表"


@register_form(code="renovation_refund", title=TITLE_REFUND, number_prefix="TK", sample=sample_refund)
def build_refund(r: RenovationRefund) -> Document:
    if not r.refunds:
        raise ValueError(f"renovation {r.case_no}: no deposit refund to print")
    docs = [replace(deposit_refund.build(f), title=TITLE_REFUND, subtitle=f"装修申报 {r.case_no}")
            for f in r.refunds]
    return replace(docs[0], following=tuple(docs[1:]))
