"""客服部日巡视检查记录 — the desk's daily common-area inspection record (DOMAIN.md §4.10 Forms).

One A4 sheet (more on a busy day) per day: the rounds made (route, shift, inspector, times) with every
checkpoint's result (正常/异常, what was seen, the finding's number), then the day's findings (地点, 类别,
问题描述, 责任部门, 联系单, 整改期限, 状态; overdue ones marked 逾期), the day's result, and the lines the
inspectors and 客服主管 sign. A checkpoint not recorded prints 未检.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from app.printing.layout import (
    Column,
    Document,
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


@dataclass(frozen=True)
class DailyCheck:
    point: str
    result: str            # 正常 / 异常 / 未检
    note: str = ""
    issue_number: str = ""
    photo: bool = False


@dataclass(frozen=True)
class DailyRound:
    number: str
    route: str
    shift: str
    inspector: str
    started_at: datetime | None
    ended_at: datetime | None
    status: str
    summary: str = ""
    checks: Sequence[DailyCheck] = ()


@dataclass(frozen=True)
class DailyFinding:
    number: str
    location: str
    category: str
    description: str
    dept: str
    due_at: datetime
    status: str
    relay_slip_no: str = ""
    fixed_at: datetime | None = None
    overdue: bool = False


@dataclass(frozen=True)
class PatrolDaily(Printed):
    day: date
    rounds: Sequence[DailyRound] = ()
    findings: Sequence[DailyFinding] = ()
    planned: int | None = None
    signatures: Sequence[str] = field(default=("巡视人", "客服主管"))


def sample() -> PatrolDaily:
    day = date(2025, 6, 12)
    points = [("1号楼大堂及电梯厅", "正常", ""),
              ("1号楼楼梯间及消防通道", "异常", "3层消防通道堆放纸箱", "ZG20250612-0001"),
              ("地下车库", "正常", ""), ("中心花园及儿童游乐区", "异常", "秋千链条锈蚀", "ZG20250612-0002"),
              ("垃圾收集点", "正常", ""), ("东门岗及车辆管理", "正常", "")]
    checks = [DailyCheck(p[0], p[1], p[2], p[3] if len(p) > 3 else "", len(p) > 3) for p in points]
    return PatrolDaily(
        day=day, planned=2, printed_by="王主管", printed_at=datetime(2025, 6, 12, 17, 20),
        rounds=[
            DailyRound("XJ20250612-0001", "小区公共区域日常巡视", "上午", "王主管", datetime(2025, 6, 12, 9, 5),
                       datetime(2025, 6, 12, 9, 58), "已完成", "整体良好，两处问题已派单", checks),
            DailyRound("XJ20250612-0002", "小区公共区域日常巡视", "下午", "李管家", datetime(2025, 6, 12, 15, 10),
                       None, "进行中", "", checks[:3] + [DailyCheck(p[0], "未检") for p in points[3:]]),
        ],
        findings=[
            DailyFinding("ZG20250612-0001", "1号楼3层消防通道", "消防", "消防通道堆放纸箱，影响疏散", "秩序维护部",
                         datetime(2025, 6, 19, 9, 20), "已派单", "LX20250612-0005"),
            DailyFinding("ZG20250612-0002", "中心花园儿童游乐区", "设施", "秋千链条锈蚀，存在安全隐患", "工程部",
                         datetime(2025, 6, 19, 9, 40), "待验证", "LX20250612-0006", datetime(2025, 6, 12, 16, 30)),
            DailyFinding("ZG20250605-0003", "5号楼北侧绿化带", "绿化", "草坪斑秃，需补种", "环境部",
                         datetime(2025, 6, 12, 9, 0), "已派单", "", overdue=True),
        ])


def _hm(value: datetime | None) -> str:
    return f"{value:%H:%M}" if value else ""


def _due(f: DailyFinding) -> str:
    text = f"{f.due_at:%m-%d}"
    return f"{text} 逾期" if f.overdue else text


def result_text(data: PatrolDaily) -> str:
    done = sum(1 for r in data.rounds if r.status == "已完成")
    abnormal = sum(1 for r in data.rounds for c in r.checks if c.result == "异常")
    unchecked = sum(1 for r in data.rounds for c in r.checks if c.result == "未检")
    parts = [f"本日巡视 {len(data.rounds)} 次，完成 {done} 次"]
    if data.planned:
        parts[0] += f"（计划 {data.planned} 次）"
    parts.append(f"异常点 {abnormal} 处" if abnormal else "各检查点均正常")
    if unchecked:
        parts.append(f"未检点 {unchecked} 处")
    overdue = sum(1 for f in data.findings if f.overdue)
    parts.append(f"发现问题 {len(data.findings)} 项" + (f"，其中逾期未整改 {overdue} 项" if overdue else ""))
    return "；".join(parts) + "。"


@register_form(code="patrol_daily", title="客服部日巡视检查记录", paper="A4", qr=False, sample=sample)
def build(data: PatrolDaily) -> Document:
    day = data.day
    check_rows = []
    for r in data.rounds:
        when = "—".join(x for x in (_hm(r.started_at), _hm(r.ended_at)) if x)
        head = f"{r.shift} {when}".strip()
        for k, c in enumerate(r.checks):
            check_rows.append((head if k == 0 else "", r.inspector if k == 0 else "", c.point, c.result,
                               c.note + ("（附照片）" if c.photo else ""), c.issue_number))
    findings = [(f.number, f.location, f.category, f.description, f.dept, f.relay_slip_no, _due(f),
                 f.status + (f" {f.fixed_at:%m-%d}" if f.fixed_at else ""))
                for f in data.findings]
    printed = data.printed_line(fmt=format_value)
    rounds_line = "；".join(f"{r.number} {r.route}（{r.status}）" for r in data.rounds) or "本日无巡视记录"
    summaries = "；".join(f"{r.shift}：{r.summary}" for r in data.rounds if r.summary)
    return Document(
        date=day,
        subtitle=format_cn_day(day),
        parts=[
            Meta("检查项目：投诉接待、车辆管理、违章检查、安全、清洁、绿化、维修", printed),
            Fields([("巡视记录", rounds_line)], columns=1),
            ItemTable([Column("班次/时间", 1.4, "center"), Column("巡视人", 0.9, "center"), Column("检查点", 2.4),
                       Column("结果", 0.7, "center"), Column("情况说明", 3.2), Column("问题单号", 1.7, "center")],
                      check_rows, title="一、巡视检查情况", min_rows=4, empty="（本日无巡视记录）"),
            ItemTable([Column("问题单号", 1.9, "center"), Column("地点", 1.5), Column("类别", 0.6, "center"),
                       Column("问题描述", 2.1), Column("责任部门", 1.1, "center"), Column("联系单", 1.9, "center"),
                       Column("整改期限", 1.1, "center"), Column("整改情况", 1.2, "center")],
                      findings, title="二、发现问题及整改", min_rows=3, empty="（本日未发现问题）"),
            Note(result_text(data) + (f"\n{summaries}" if summaries else ""), label="检查结果", boxed=True),
            Signatures(list(data.signatures), columns=2),
        ])
