"""物品收发登记表 — the register of letters, parcels and documents kept at the desk (DOMAIN.md §4.9).

One A4 landscape table of every item received on a day (or a range of days): number, time, item, courier
and tracking number, addressee and room, who registered it, when and how the addressee was notified, who
collected it with their document number **masked** (first 4 + last 4, DOMAIN.md §3.3), when, and a column
for the collector's handwritten signature. Under it the registering clerk and the supervisor who checks
the register every day sign.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.validation import mask_id
from app.printing.layout import Column, Document, ItemTable, Meta, Printed, Signatures, format_cn_date
from app.printing.registry import register_form


@dataclass(frozen=True)
class RegisterLine:
    number: str
    received_at: datetime
    item: str                         # 包裹 小纸箱
    addressee: str
    room: str = ""
    courier: str = ""                 # 顺丰 SF1234567890 (or who left it)
    received_by: str = ""
    notified: str = ""                # 06-12 09:20 电话
    collector: str = ""
    collector_id: str = ""            # masked again when printed, whatever is given
    collected_at: datetime | None = None
    status: str = ""
    note: str = ""


@dataclass(frozen=True)
class ParcelRegister(Printed):
    first: date
    last: date
    lines: Sequence[RegisterLine] = ()


COLUMNS = [
    Column("序号", 0.5, "center"), Column("编号", 1.65), Column("登记时间", 0.9, "center"),
    Column("物品", 1.6), Column("快递公司/单号", 1.9), Column("收件人", 0.9, "center"),
    Column("房号", 1.0, "center"), Column("登记人", 0.8, "center"), Column("通知", 1.15, "center"),
    Column("领取人", 0.8, "center"), Column("证件号码", 2.15), Column("领取时间", 0.9, "center"),
    Column("领取人签字", 1.3), Column("状态/备注", 1.3),
]


def _period(first: date, last: date) -> str:
    if first == last:
        return f"登记日期：{format_cn_date(first)}"
    return f"登记日期：{format_cn_date(first)} 至 {format_cn_date(last)}"


def _short(value: datetime | None, first: date, last: date) -> str:
    if value is None:
        return ""
    return f"{value:%H:%M}" if first == last and value.date() == first else f"{value:%m-%d %H:%M}"


def sample() -> ParcelRegister:
    day = date(2025, 6, 12)
    return ParcelRegister(first=day, last=day, printed_by="周敏", printed_at=datetime(2025, 6, 12, 17, 40),
                          lines=[
        RegisterLine("DS20250612-0001", datetime(2025, 6, 12, 8, 52), "包裹 小纸箱", "王建国", "3-2-1502",
                     "顺丰 SF1402345678901", "陈晓雪", "06-12 09:00 电话", "李秀英", "330106198011204228",
                     datetime(2025, 6, 12, 12, 10), "已领取", "家属代领"),
        RegisterLine("DS20250612-0002", datetime(2025, 6, 12, 9, 30), "挂号信", "张伟", "1-1-0302",
                     "中国邮政 XA123456789CN", "陈晓雪", "06-12 09:35 短信", status="已通知", note="急"),
        RegisterLine("DS20250612-0003", datetime(2025, 6, 12, 10, 5), "文件 A4文件袋", "刘洋", "5-2-1101",
                     "业主赵敏转交", "陈晓雪", status="待通知", note="代转；存放：文件柜2层"),
        RegisterLine("DS20250612-0004", datetime(2025, 6, 12, 14, 20), "包裹×2 生鲜泡沫箱", "孙丽", "2-1-0801",
                     "京东 JD0098765432", "周敏", "06-12 14:25 微信", "孙丽", "110105194912310038",
                     datetime(2025, 6, 12, 18, 3), "已领取", "贵重"),
    ])


@register_form(code="parcel_register", title="物品收发登记表", paper="A4", qr=False, sample=sample)
def build(reg: ParcelRegister) -> Document:
    first, last = reg.first, reg.last
    rows = [(i, line.number, _short(line.received_at, first, last), line.item, line.courier, line.addressee,
             line.room, line.received_by, line.notified, line.collector, mask_id(line.collector_id),
             _short(line.collected_at, first, last), "", "；".join(x for x in (line.status, line.note) if x))
            for i, line in enumerate(reg.lines, 1)]
    collected = sum(1 for line in reg.lines if line.collected_at and line.collector)
    printed = reg.printed_line(f"共 {len(reg.lines)} 件，已领取 {collected} 件")
    return Document(
        title="物品收发登记表", subtitle=_period(first, last), landscape=True,
        parts=[
            Meta("领取时须核对领取人身份证件并由领取人本人签字；证件号码仅显示前4位和后4位。", printed),
            ItemTable(COLUMNS, rows, min_rows=12, zebra=False,
                      empty="（当日无登记物品）", font_size=8),
            Signatures(["登记人", "审核人（客服主管）"], columns=2, date=True),
        ])
