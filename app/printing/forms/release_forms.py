"""物品放行条 — the goods-release slip (DOMAIN.md §4.12), 一式三联 on one A4 sheet (three slips of 210 × 99 mm
with cut lines: 第一联 存根联 kept by 客服, 第二联 保安联 collected at the gate and returned on the reconciliation
day, 第三联 申请人联 carried with the goods): the number in red with its QR code (the gate scans it), the room,
the applicant and the owner's authorisation, the items, the vehicle, the validity and the signature lines. The
service gives every word in Chinese; the ID is masked.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.printing.layout import COPIES_RELEASE, PAPER_A4X3, Column, Document, Field, Fields, ItemTable, Signatures
from app.printing.registry import register_form


@dataclass(frozen=True)
class SlipLine:
    name: str
    quantity: int
    unit: str = ""
    remark: str = ""


@dataclass(frozen=True)
class ReleaseSlipForm:
    number: str
    issued_on: date
    room: str
    purpose: str
    permit_no: str
    applicant: str
    applicant_type: str
    id_number: str              # masked
    phone: str                  # masked
    authorisation: str          # 业主本人 / 业主声明书/委托书 / 业主电话确认（王建国 06-08 09:00）
    vehicle: str
    exit_date: date
    valid_until: date
    lines: tuple[SlipLine, ...]
    issuer: str = ""
    reviewer: str = ""
    guard: str = ""
    exit_at: str = ""           # 放行时间, once released
    status: str = ""


def sample() -> ReleaseSlipForm:
    return ReleaseSlipForm(
        number="FX20260608-0001", issued_on=date(2026, 6, 8), room="3-2-1502", purpose="装修物品",
        permit_no="XK20260608-0001", applicant="赵工头", applicant_type="施工单位", id_number="1101**********002X",
        phone="139****1111", authorisation="业主电话确认（王建国 06-08 09:00）", vehicle="浙A12345",
        exit_date=date(2026, 6, 8), valid_until=date(2026, 6, 8),
        lines=(SlipLine("旧木地板", 12, "捆", "拆除"), SlipLine("废弃瓷砖", 30, "袋"),
               SlipLine("电锤", 1, "台", "施工工具")),
        issuer="陈晓雪", reviewer="王主管")


def _valid(s: ReleaseSlipForm) -> str:
    if s.valid_until == s.exit_date:
        return f"{s.exit_date:%Y-%m-%d}（当天有效）"
    return f"{s.exit_date:%Y-%m-%d} 至 {s.valid_until:%Y-%m-%d}"


@register_form(code="release_slip", title="物品放行条", paper=PAPER_A4X3, copies=COPIES_RELEASE,
               number_prefix="FX", sample=sample)
def build(s: ReleaseSlipForm) -> Document:
    purpose = s.purpose + (f"（许可证 {s.permit_no}）" if s.permit_no else "")
    return Document(number=s.number, date=s.issued_on, parts=[
        Fields([("房号", s.room), ("放行类别", purpose), ("有效期", _valid(s)),
                ("申请人", f"{s.applicant}（{s.applicant_type}）"), ("身份证号", s.id_number), ("联系电话", s.phone),
                Field("授权依据", s.authorisation, span=2), ("车牌号", s.vehicle or "—")], columns=3),
        ItemTable([Column("序号", 0.6, "center"), Column("物品名称", 3), Column("数量", 1, "right"),
                   Column("单位", 0.8, "center"), Column("备注", 2.4)],
                  [(n, line.name, line.quantity, line.unit, line.remark) for n, line in enumerate(s.lines, 1)],
                  font_size=8),
        Signatures([f"申请人签字（{s.applicant_type}）", f"经办人：{s.issuer}", f"审核人：{s.reviewer}",
                    f"保安核验（放行时间 {s.exit_at or '____'}）"], columns=4, date=False),
    ])
