"""空置房巡检表 — one inspection of a vacant unit (DOMAIN.md §4.5 Forms): the room, the date, each checklist
item with 正常/异常 and what was found, airing and cleaning, the action taken and the follow-up work slips,
the inspector, and the 负责人意见 box (整改要求, 整改期限, 复检时间, 处理意见) where 客服主管 signs.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.printing.layout import Column, Document, Field, Fields, Heading, ItemTable, Note, Signatures
from app.printing.registry import register_form


@dataclass(frozen=True)
class InspectionSheet:
    """One inspection in the words of paper (Chinese, as the services layer writes them)."""

    number: str
    room_code: str
    inspected_on: date
    checks: Sequence[tuple[str, str, str, str]]      # (item, 正常/异常, what was found, its photos)
    vacancy_type: str = ""
    inspector: str = ""
    storm: bool = False
    aired: bool = False
    cleaned: bool = False
    locked_up: bool = True
    action_taken: str = ""
    slips: str = ""
    opinion: str = ""
    rectify_requirement: str = ""
    rectify_deadline: date | None = None
    recheck_on: date | None = None
    reviewer: str = ""
    remarks: str = ""
    status: str = "已登记"


def sample() -> InspectionSheet:
    items = ("门窗关闭完好", "水、电、燃气表及总阀关闭", "插座、开关干燥", "无渗水、进水",
             "天花、墙面无滴漏、渗水、脱落", "室内物品无变动", "无闯入、留宿迹象")
    checks = [(text, "正常", "", "") for text in items]
    checks[3] = (checks[3][0], "异常", "卫生间顶棚渗水，地面积水约1㎡", "IMG_0612_01.jpg")
    checks[4] = (checks[4][0], "异常", "次卧墙角墙皮起鼓脱落", "IMG_0612_02.jpg")
    return InspectionSheet(
        number="KZ20250612-0003", room_code="3-2-1502", vacancy_type="已售未交付/未入住",
        inspected_on=date(2025, 6, 12),
        checks=checks, inspector="李明", storm=True, aired=True, cleaned=False,
        action_taken="已关闭总阀，清理积水，开窗通风", slips="LX20250612-0007",
        opinion="请工程部核查楼上防水，报开发商维修",
        rectify_requirement="查明渗水原因并修复墙面", rectify_deadline=date(2025, 6, 19),
        recheck_on=date(2025, 6, 20), reviewer="王丽华", status="有异常待处理")


def _yn(value: bool) -> str:
    return "是" if value else "否"


@register_form(code="vacant_inspection", title="空置房巡检表", paper="A4", number_prefix="KZ", sample=sample)
def build(data: InspectionSheet) -> Document:
    rows = [(k, *line) for k, line in enumerate(data.checks, 1)]
    opinion = "；".join(x for x in (
        f"整改要求：{data.rectify_requirement}" if data.rectify_requirement else "",
        f"整改期限：{data.rectify_deadline.isoformat()}" if data.rectify_deadline else "",
        f"复检时间：{data.recheck_on.isoformat()}" if data.recheck_on else "",
        f"处理意见：{data.opinion}" if data.opinion else "") if x)
    return Document(
        number=data.number, date=data.inspected_on,
        parts=[
            Fields([Field("房号", data.room_code), Field("空置类型", data.vacancy_type),
                    Field("巡检日期", data.inspected_on.isoformat()), Field("巡检人", data.inspector),
                    Field("台风/暴雨后复查", _yn(data.storm)), Field("状态", data.status),
                    Field("通风", _yn(data.aired)), Field("清洁", _yn(data.cleaned)),
                    Field("离开时关阀锁门", _yn(data.locked_up)), Field("工作联系单", data.slips or "无")],
                   columns=2),
            Heading("巡检项目"),
            ItemTable([Column("序号", 0.5, "center"), Column("检查项目", 3.0), Column("结果", 0.7, "center"),
                       Column("情况说明", 3.6), Column("照片", 1.6)], rows, min_rows=0),
            Note(data.action_taken or "无", label="处理措施", boxed=True),
            Note(data.remarks or "无", label="备注"),
            Note(opinion or "\n\n", label="负责人意见", boxed=True),
            Signatures(["巡检人", "负责人"], columns=2),
        ])
