"""业主投诉登记表 — the complaints of a day or a month (DOMAIN.md §4.2 Forms), A4 landscape, with the line where
客服主管 signs the day's records (§4.2 step 9). Phones print masked: a printed list (§3.3)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.printing.layout import Column, Document, ItemTable, Meta, Signatures
from app.printing.registry import register_form


@dataclass(frozen=True)
class RegisterLine:
    number: str
    received_at: datetime
    complainant: str
    room: str
    phone: str
    category: str
    content: str
    dept: str
    result: str
    status: str
    satisfaction: str = ""


@dataclass(frozen=True)
class ComplaintRegister:
    first: date
    last: date
    lines: Sequence[RegisterLine]
    printed_by: str = ""
    printed_at: datetime | None = None


def sample() -> ComplaintRegister:
    return ComplaintRegister(date(2025, 6, 12), date(2025, 6, 12), [
        RegisterLine("TS20250612-0001", datetime(2025, 6, 12, 9, 5), "王建国", "3-2-1502", "138****6688", "设施设备",
                     "楼上装修漏水渗到顶棚", "工程部", "已更换防水层", "已回访", "满意"),
        RegisterLine("TS20250612-0002", datetime(2025, 6, 12, 14, 30), "李秀英", "1-1-0302", "139****1234", "环境卫生",
                     "垃圾桶未及时清运", "环境部", "", "处理中")], "陈晓雪", datetime(2025, 6, 12, 18, 0))


@register_form(code="complaint_register", title="业主投诉登记表", sample=sample)
def build(r: ComplaintRegister) -> Document:
    period = r.first.isoformat() if r.first == r.last else f"{r.first.isoformat()} 至 {r.last.isoformat()}"
    rows = [[str(k), f"{line.received_at:%m-%d %H:%M}", line.number, f"{line.complainant} {line.phone}",
             line.room, line.category, line.content, line.dept, line.result, line.status, line.satisfaction]
            for k, line in enumerate(r.lines, 1)]
    return Document(
        number=None, date=r.last, subtitle=period, landscape=True,
        parts=[
            ItemTable([Column("序号", 0.5, "center"), Column("受理时间", 1.05), Column("编号", 1.6),
                       Column("投诉人", 1.3), Column("房号", 0.85), Column("类别", 0.8), Column("内容", 2.3),
                       Column("责任部门", 0.8),
                       Column("处理结果", 1.8), Column("状态", 0.7), Column("满意度", 0.65)], rows,
                      empty="本期无投诉"),
            Meta(f"共 {len(rows)} 条", f"打印：{r.printed_by} {r.printed_at:%Y-%m-%d %H:%M}" if r.printed_at else ""),
            Signatures(["登记人", "客服主管"], columns=2),
        ])
