"""The printed record of any workflow (the record kit's default form): the record's fields, its history
and the signature lines, in Chinese. A workflow with forms of its own prints those; every record can at
least be printed as this sheet (审批、存档)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.printing.layout import Column, Document, Field, Fields, Heading, ItemTable, Signatures
from app.printing.registry import register_form


@dataclass(frozen=True)
class RecordSheet:
    title: str                                  # the workflow, e.g. 工作联系单
    number: str
    status: str
    created_at: datetime
    rows: list[tuple[str, str]]
    events: list[tuple[datetime, str, str, str, str]] = field(default_factory=list)  # at, who, action, state, note
    signatures: tuple[str, ...] = ("经办人", "审核人")


def sample() -> RecordSheet:
    return RecordSheet(
        title="工作记录", number="TS20250612-0003", status="处理中", created_at=datetime(2025, 6, 12, 9, 5),
        rows=[("房号", "3-2-1502"), ("事由", "卫生间顶棚漏水"), ("联系人", "王建国 138****6688")],
        events=[(datetime(2025, 6, 12, 9, 5), "陈晓雪", "登记", "待处理", ""),
                (datetime(2025, 6, 12, 10, 20), "刘建平", "开始处理", "处理中", "已联系楼上业主")])


@register_form(code="record_sheet", title="记录单", sample=sample)
def build(sheet: RecordSheet) -> Document:
    return Document(
        number=sheet.number, date=sheet.created_at, title=sheet.title,
        parts=[
            Fields([Field("状态", sheet.status, span=2), *[Field(k, v) for k, v in sheet.rows]], columns=2),
            Heading("处理记录"),
            ItemTable([Column("时间", 1.4), Column("经办", 0.9), Column("操作", 1.2), Column("状态", 1.0),
                       Column("说明", 3.0)],
                      [[f"{at:%Y-%m-%d %H:%M}", who, action, state, note]
                       for at, who, action, state, note in sheet.events], empty="（无）"),
            Signatures(list(sheet.signatures)),
        ])
