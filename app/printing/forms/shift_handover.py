"""交接班记录 — the record of one shift at the front desk (DOMAIN.md §2.6): who was on duty, what happened
(the duty log's events, with the records they are linked to), what is carried over to the next shift
(written by the outgoing user, plus the open items of the live data at the handover), the physical items
handed over (front-desk keys, petty items, undelivered mail), to whom and when, and who acknowledged it
and when. A4, one sheet (or more for a busy shift), signed by 交班人 and 接班人.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from app.printing.layout import Column, Document, Field, Fields, ItemTable, Note, Signatures, format_value
from app.printing.registry import register_form


@dataclass(frozen=True)
class HandoverEvent:
    at: datetime
    kind: str            # 值班记事 / 工作日志 / 转办
    summary: str
    number: str = ""     # the linked record's number
    by: str = ""


@dataclass(frozen=True)
class ShiftHandover:
    number: str                                   # ZB20250612-0001
    duty_date: date
    shift: str                                    # 2025-06-12 白班（08:30—17:30）
    on_duty: Sequence[tuple[str, datetime]]       # (name, on duty since)
    opened_at: datetime
    events: Sequence[HandoverEvent] = ()
    carried_over: str = ""                        # 遗留问题及注意事项, as the outgoing user wrote them
    open_items: Sequence[tuple[str, str, str]] = ()   # (group, item, number) at the handover
    desk_keys: str = ""
    petty_items: str = ""
    mail_count: int | None = None                 # None: not handed over yet
    handed_by: str = ""
    handed_to: str = ""
    handed_at: datetime | None = None
    acknowledged_by: str = ""
    acknowledged_at: datetime | None = None
    without_handover: bool = False                # closed by the next takeover, nobody handed it over
    status: str = ""
    printed_at: datetime | None = None
    signatures: Sequence[str] = field(default=("交班人", "接班人"))
    #: the audit chain's head when printed, ``ROWS:HASH16`` (``frontdesk audit verify --anchor`` checks it)
    audit_anchor: str = ""


def _on_duty(people: Sequence[tuple[str, datetime]], opened_at: datetime) -> str:
    parts = []
    for name, since in people:
        parts.append(name if since == opened_at else f"{name}（{since:%H:%M}起）")
    return "、".join(parts)


def _handover_line(data: ShiftHandover) -> str:
    if data.handed_at:
        return f"{data.handed_by} 交 {data.handed_to}，{format_value(data.handed_at)}"
    if data.without_handover:
        return "未办理交班"
    return "（尚未交班）"


def _ack_line(data: ShiftHandover) -> str:
    if not data.acknowledged_at:
        return "（尚未接班）"
    note = "（未经交班，直接接班）" if data.without_handover else ""
    return f"{data.acknowledged_by}，{format_value(data.acknowledged_at)}{note}"


def sample() -> ShiftHandover:
    day = date(2025, 6, 12)
    return ShiftHandover(
        number="ZB20250612-0001", duty_date=day, shift="2025-06-12 白班（08:30—17:30）",
        on_duty=[("陈静", datetime(2025, 6, 12, 8, 18)), ("刘洋", datetime(2025, 6, 12, 12, 5))],
        opened_at=datetime(2025, 6, 12, 8, 18),
        events=[
            HandoverEvent(datetime(2025, 6, 12, 9, 12), "工作日志", "王建国 3-2-1502：卫生间吊顶渗水，要求上门查看",
                          "GZ20250612-0001", "陈静"),
            HandoverEvent(datetime(2025, 6, 12, 9, 20), "转办",
                          "GZ20250612-0001 → LX20250612-0003：卫生间吊顶渗水，要求上门查看", "LX20250612-0003",
                          "陈静"),
            HandoverEvent(datetime(2025, 6, 12, 10, 45), "值班记事", "5号楼电梯年检，10:30—11:30停运，已在大堂张贴告示",
                          "", "陈静"),
            HandoverEvent(datetime(2025, 6, 12, 14, 2), "工作日志", "李秀英 1-1-0802：咨询停车月卡办理手续",
                          "GZ20250612-0004", "刘洋"),
        ],
        carried_over="3-2-1502渗水已派工程部，约定明早9点上门，请接班同事跟进回访；"
                     "快递柜故障已报厂家，明天上午维修。",
        open_items=[("在场访客", "张三 访 3-2-1502，16:40 进入", "FK20250612-0012"),
                    ("待领取物品", "顺丰快递 1件，收件人 5-1-0301 赵敏", "DS20250612-0004"),
                    ("未回复联系单", "工程部：3-2-1502 卫生间渗水", "LX20250612-0003")],
        desk_keys="前台钥匙柜钥匙1把、会议室钥匙2把、对讲机2台", petty_items="雨伞3把（借出1把，1-2-0601）",
        mail_count=6, handed_by="陈静", handed_to="赵敏", handed_at=datetime(2025, 6, 12, 17, 28),
        acknowledged_by="赵敏", acknowledged_at=datetime(2025, 6, 12, 17, 31), status="已接班",
        printed_at=datetime(2025, 6, 12, 17, 35), audit_anchor="18342:3f2a9c0d1e7b5a64")


@register_form(code="shift_handover", title="交接班记录", paper="A4", number_prefix="ZB", sample=sample)
def build(data: ShiftHandover) -> Document:
    events = [(f"{e.at:%H:%M}" if e.at.date() == data.duty_date else f"{e.at:%m-%d %H:%M}", e.kind, e.summary,
               e.number, e.by) for e in data.events]
    items = [(group, item, number) for group, item, number in data.open_items]
    mail = "" if data.mail_count is None else f"{data.mail_count} 件"
    return Document(
        number=data.number,
        date=data.printed_at or data.duty_date,
        parts=[
            Fields([
                ("值班日期", data.duty_date), ("班次", data.shift),
                Field("值班人员", _on_duty(data.on_duty, data.opened_at), span=2),
                ("接班时间", format_value(data.opened_at)), ("状态", data.status),
                Field("交班", _handover_line(data), span=2), Field("接班确认", _ack_line(data), span=2),
                *([Field("审计校验", f"{data.audit_anchor}（打印时审计日志的行数与末行哈希）", span=2)]
                  if data.audit_anchor else []),
            ], columns=2),
            ItemTable([Column("时间", 1.0, "center"), Column("类别", 1.0, "center"), Column("内容", 5.2),
                       Column("关联单号", 2.0, "center"), Column("记录人", 0.9, "center")],
                      events, title="一、值班记录", min_rows=4, empty="（本班无记录）"),
            ItemTable([Column("类别", 1.6, "center"), Column("事项", 5.8), Column("单号", 2.0, "center")],
                      items, title="二、遗留事项", empty="（交班时无未结事项）"),
            Note(data.carried_over or "无", label="遗留问题及注意事项", boxed=True),
            ItemTable([Column("移交物品", 1.6, "center"), Column("内容", 7.8)],
                      [("前台钥匙", data.desk_keys or "—"), ("零星物品", data.petty_items or "—"),
                       ("未派发信件报刊", mail or "—")], title="三、移交物品"),
            Signatures(list(data.signatures), columns=2),
        ])
