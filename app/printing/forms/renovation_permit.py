"""装修许可证 — the renovation permit posted on the entrance door (DOMAIN.md §4.14 step 6), A4 portrait, read
from 1.6–1.8 m: the permit number (red, top right, with its QR code), the room and owner, the contractor,
the site head and his phone, the period, the allowed working hours (from the parameters), the complaint
phone, the issuer and the seal line. The service gives every word in Chinese.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.printing.layout import Document, Field, Fields, Heading, Note, Signatures
from app.printing.registry import register_form

RULES = ("施工期间请遵守《装修管理服务协议》及装修须知：不得拆改承重墙、梁、柱及外立面；装修垃圾袋装后运至指定地点；"
         "禁止在公共区域堆放材料；动火作业须事先报备并配备灭火器；施工人员凭出入证出入。")


@dataclass(frozen=True)
class RenovationPermit:
    permit_no: str
    room: str
    owner: str
    contractor: str
    head: str
    head_phone: str
    valid_from: date
    valid_until: date
    #: the allowed hours as printed, one line each: (when, hours) — (工作日, 08:00–12:00、14:00–18:00) …
    hours: tuple[tuple[str, str], ...]
    complaint_phone: str
    issuer: str
    issued_on: date
    items: str = ""
    extended: str = ""              # 已延期至2026-09-15（第1次）


def sample() -> RenovationPermit:
    return RenovationPermit(
        permit_no="XK20260615-0001", room="3-2-1502", owner="王建国", contractor="杭州美家装饰有限公司",
        head="赵工头", head_phone="13900001111", valid_from=date(2026, 6, 16), valid_until=date(2026, 8, 31),
        hours=(("工作日", "08:00–12:00、14:00–18:00"), ("周末及节假日", "08:30–12:00、14:00–18:00（禁止噪音施工）"),
               ("禁止噪音施工", "12:00–14:00 及 18:00 以后")),
        complaint_phone="0571-88886666", issuer="陈晓雪", issued_on=date(2026, 6, 15), items="墙面、地面、水电改造")


@register_form(code="renovation_permit", title="装修许可证", paper="A4", number_prefix="XK", sample=sample)
def build(p: RenovationPermit) -> Document:
    period = f"{p.valid_from:%Y年%m月%d日} 至 {p.valid_until:%Y年%m月%d日}"
    return Document(number=p.permit_no, date=p.issued_on, parts=[
        Heading("一、装修房屋"),
        Fields([("房号", p.room), ("业主", p.owner), Field("装修项目", p.items, span=2)], columns=2,
               min_row_height=12),
        Heading("二、施工单位"),
        Fields([Field("施工单位", p.contractor, span=2), ("施工负责人", p.head), ("联系电话", p.head_phone)],
               columns=2, min_row_height=12),
        Heading("三、许可期限与施工时间"),
        Fields([Field("许可期限", period + (f"（{p.extended}）" if p.extended else ""), span=2),
                *(Field(f"施工时间（{when}）" if when != "禁止噪音施工" else when, hours, span=2)
                  for when, hours in p.hours),
                Field("投诉电话", p.complaint_phone, span=2)], columns=2, min_row_height=12),
        Note(RULES, boxed=True),
        Note("本证请张贴于入户门外侧显眼处（距地面1.6–1.8米），不得涂改、转借。", size=9),
        Signatures(["发证人", "管理处（盖章）"], columns=2),
    ])
