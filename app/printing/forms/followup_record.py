"""回访记录表 — one follow-up, or the follow-ups of a month as a register (DOMAIN.md §4.3 Forms): 日期, 派工单号/
投诉单号, 房号, 受访人, 回访形式, 回访事由, 反馈意见, 满意度, 回访人, 业主签名, 领导意见."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.printing.layout import Column, Document, Field, Fields, ItemTable, Meta, Signatures, format_value
from app.printing.registry import register_form


@dataclass(frozen=True)
class FollowUpLine:
    number: str
    visited_at: datetime | None
    source: str
    room: str
    interviewee: str
    method: str
    topic: str
    feedback: str
    satisfaction: str
    visitor: str
    opinion: str
    status: str


@dataclass(frozen=True)
class FollowUpRecord:
    number: str
    first: date | None
    last: date | None
    lines: Sequence[FollowUpLine]
    printed_by: str = ""
    printed_at: datetime | None = None


def sample() -> FollowUpRecord:
    return FollowUpRecord("HF20250615-0001", None, None, [FollowUpLine(
        "HF20250615-0001", datetime(2025, 6, 15, 10, 20), "TS20250612-0003", "3-2-1502", "王建国", "电话",
        "卫生间顶棚漏水", "已修好，不再滴水，感谢工程部", "满意", "陈晓雪", "", "已回访")])


@register_form(code="followup_record", title="回访记录表", sample=sample)
def build(r: FollowUpRecord) -> Document:
    if r.first is None and len(r.lines) == 1:
        f = r.lines[0]
        return Document(number=f.number, date=f.visited_at, parts=[
            Fields([("回访日期", format_value(f.visited_at)), ("单号", f.source), ("房号", f.room),
                    ("受访人", f.interviewee),
                    ("回访形式", f.method), ("满意度", f.satisfaction), Field("回访事由", f.topic, span=2),
                    Field("反馈意见", f.feedback, span=2), Field("领导意见", f.opinion, span=2)], columns=2),
            Signatures(["回访人", "业主（住户）签名", "客服主管"], columns=3),
        ])
    rows = [[format_value(f.visited_at), f.source, f.room, f.interviewee, f.method, f.topic, f.feedback, f.satisfaction,
             f.visitor, "", f.opinion] for f in r.lines]
    period = f"{r.first.isoformat()} 至 {r.last.isoformat()}" if r.first and r.last else ""
    return Document(number=None, date=r.last, subtitle=period, landscape=True, parts=[
        ItemTable([Column("日期", 1.1), Column("单号", 1.2), Column("房号", 0.8), Column("受访人", 0.7),
                   Column("形式", 0.5), Column("事由", 1.6), Column("反馈意见", 2.2), Column("满意度", 0.6),
                   Column("回访人", 0.6), Column("住户签名", 0.8), Column("领导意见", 1.2)], rows, empty="本期无回访"),
        Meta(f"共 {len(rows)} 条", f"打印：{r.printed_by} {r.printed_at:%Y-%m-%d %H:%M}" if r.printed_at else ""),
        Signatures(["客服主管"], columns=1),
    ])
