"""工作联系单 — the work contact slip the desk sends to a department (DOMAIN.md §4.9).

一式两联 on one A4 sheet (two A5 slips, cut along the dashed line): 第一联 存根联 stays with the desk; 第二联
回执联 goes to the department, which signs for it with the time, writes its reply in the box (接受与否、处理结果、
进度、存在问题) and returns it; the desk's verifier signs it off. What has been recorded in the program is
printed in the boxes; what has not is left blank to be written by hand.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.printing.layout import Document, Field, Fields, Note, Signatures, format_value
from app.printing.registry import register_form

COPIES_SLIP = ("第一联 存根联", "第二联 回执联")


@dataclass(frozen=True)
class WorkSlipForm:
    number: str
    subject: str
    content: str
    to_dept: str                          # 接收部门, e.g. 工程部
    sent_at: datetime
    required_by: datetime
    from_dept: str = "客服部"
    from_person: str = ""
    to_person: str = ""
    kind: str = "工作联系单"                # 工作联系单 / 派工单 / 通知转达 / 文件转交
    priority: str = "一般"
    room: str = ""
    customer: str = ""                    # 客户 name and phone
    source: str = ""                      # 相关记录 (work-log row, complaint …)
    sign_due_at: datetime | None = None
    signed_by: str = ""
    signed_at: datetime | None = None
    reply: str = ""
    replied_by: str = ""
    replied_at: datetime | None = None
    accepted: str = ""                    # 接受 / 不接受
    verify_result: str = ""
    verified_by: str = ""
    verified_at: datetime | None = None
    customer_informed: str = ""
    status: str = ""


def sample() -> WorkSlipForm:
    return WorkSlipForm(
        number="LX20250612-0004", kind="工作联系单", priority="紧急", from_dept="客服部", from_person="陈晓雪",
        to_dept="工程部", to_person="刘师傅", subject="3-2-1502卫生间顶棚漏水",
        content="业主王建国来电反映：卫生间顶棚持续滴水，怀疑楼上1602排水管渗漏，已影响吊顶。请工程部今日上门查看，"
                "必要时联系1602业主配合入户检查，并将处理结果回复客服中心。",
        room="3-2-1502", customer="王建国 13805716688", source="工作日志 GZ20250612-0011",
        sent_at=datetime(2025, 6, 12, 9, 15), sign_due_at=datetime(2025, 6, 12, 9, 45),
        required_by=datetime(2025, 6, 12, 17, 30), signed_by="刘建平", signed_at=datetime(2025, 6, 12, 9, 32),
        status="已签收")


@register_form(code="work_slip", title="工作联系单", paper="A5x2", copies=COPIES_SLIP, number_prefix="LX",
               sample=sample)
def build(slip: WorkSlipForm) -> Document:
    reply = slip.reply
    if slip.accepted:
        reply = f"【{slip.accepted}】{reply}"
    verify = "；".join(x for x in (slip.verify_result, slip.customer_informed) if x)
    return Document(
        number=slip.number,
        date=slip.sent_at,
        title=slip.kind if slip.kind != "工作联系单" else None,
        parts=[
            Fields([
                ("发单部门", f"{slip.from_dept}　{slip.from_person}".strip()),
                ("接收部门", f"{slip.to_dept}　{slip.to_person}".strip()),
                ("发出时间", format_value(slip.sent_at)), ("紧急程度", slip.priority),
                ("签收时限", format_value(slip.sign_due_at)), ("要求完成", format_value(slip.required_by)),
                ("相关房号", slip.room), ("客户", slip.customer),
                Field("事　　由", slip.subject, span=2),
                Field("内　　容", slip.content, span=2),
            ], columns=2),
            Fields([("签收人", slip.signed_by), ("签收时间", format_value(slip.signed_at))], columns=2),
            Fields([Field("回复内容", reply, span=2)], columns=2,
                   min_row_height=_box(reply, 16 if len(slip.content) <= 150 else 10)),
            Fields([("回复人", slip.replied_by), ("回复时间", format_value(slip.replied_at))], columns=2),
            Fields([Field("验证结果", verify, span=2)], columns=2, min_row_height=_box(verify, 9)),
            Note(f"相关记录：{slip.source}" if slip.source else "回复内容请写明：接受与否、处理结果、进度、存在问题。",
                 size=8),
            Signatures(["发单人", "签收人", "回复人", "验证人"], columns=4, date=False),
        ])


def _box(text: str, empty_mm: float) -> float:
    """A box tall enough to write in by hand while empty (less when a long content leaves less room on
    the A5 slip); as tall as its text once filled in."""
    from reportlab.lib.units import mm

    return (empty_mm if not text else 7) * mm
