"""投诉处理单 — one complaint from receipt to follow-up (DOMAIN.md §4.2 Forms), 一式两联 on one A4 sheet: 第一联
客服存根 stays at the desk; 第二联 部门联 goes to the responsible department, which writes the handling result,
signs (处理人, 部门负责人) and returns it. What has been recorded is printed; what has not is left to write by hand.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.printing.layout import Document, Field, Fields, Signatures, format_value
from app.printing.registry import register_form

COPIES = ("第一联 客服存根", "第二联 部门联")


@dataclass(frozen=True)
class ComplaintSlip:
    number: str
    received_at: datetime
    channel: str
    complainant: str
    phone: str
    room: str
    role: str
    ctype: str
    category: str
    urgency: str
    validity: str
    content: str
    demand: str = ""
    initial_reply: str = ""
    dept: str = ""
    assignee: str = ""
    required_by: datetime | None = None
    result: str = ""
    resolved_at: datetime | None = None
    handler: str = ""
    registered_by: str = ""
    followup: str = ""
    satisfaction: str = ""
    visitor: str = ""
    status: str = ""


def sample() -> ComplaintSlip:
    return ComplaintSlip(
        number="TS20250612-0003", received_at=datetime(2025, 6, 12, 9, 5), channel="来电", complainant="王建国",
        phone="138****6688", room="3-2-1502", role="业主", ctype="投诉", category="设施设备", urgency="一般",
        validity="有效", content="楼上1602装修期间卫生间漏水，已渗到我家顶棚，多次反映未处理。",
        demand="尽快查明漏水原因并修复顶棚", initial_reply="今日安排工程部上门查看 刘建平 2025-06-12 17:00前",
        dept="工程部", assignee="刘建平", required_by=datetime(2025, 6, 21, 9, 5), registered_by="陈晓雪",
        status="处理中")


@register_form(code="complaint_slip", title="投诉处理单", paper="A5x2", copies=COPIES, number_prefix="TS",
               sample=sample)
def build(c: ComplaintSlip) -> Document:
    return Document(
        number=c.number, date=c.received_at,
        parts=[
            Fields([
                ("受理时间", format_value(c.received_at)), ("渠道", c.channel),
                ("投诉人", f"{c.complainant}（{c.role}）" if c.role else c.complainant), ("联系电话", c.phone),
                ("房号", c.room), ("类型", f"{c.ctype}·{c.category}"),
                ("紧急程度", c.urgency), ("有效性", c.validity),
                Field("投诉内容", c.content, span=2), Field("诉求", c.demand, span=2),
                Field("初步答复", c.initial_reply, span=2),
                ("责任部门", f"{c.dept}　{c.assignee}".strip()), ("要求完成", format_value(c.required_by)),
            ], columns=2),
            Fields([Field("处理结果", c.result, span=2)], columns=2, min_row_height=None if c.result else 40),
            Fields([("完成时间", format_value(c.resolved_at)),
                    ("回访结果", "　".join(x for x in (c.followup, c.satisfaction) if x))], columns=2),
            Signatures(["处理人", "部门负责人", "经办人", "回访人", "主管审核"], columns=5, date=False),
        ])
