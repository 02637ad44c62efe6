"""来访人员登记表 — the day's visitor register (DOMAIN.md §4.1 Forms): every visit of one day in time order,
on A4 landscape (序号, 时间, 来访人姓名/电话/单位, 证件, 来访事由, 被访房号, 被访人, 离开时间, 接待员, 备注),
the day's totals, and the lines where the desk and 客服主管 sign the register (the supervisor checks every
front-desk register before leaving each day).

Staff who went into a home with the owner's key that day are rows too (category ``key_use``: the key
register's loans, 持业主钥匙入户, DOMAIN.md §4.6), counted apart in the totals.

Visits left open at the end of the day are marked 未登记离开 in the remarks. Document numbers always print
masked (4+4, DOMAIN.md §3.3: a printed list); phones unless ``mask_private`` is false.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.domain.validation import mask_id, shown_phone
from app.printing.forms.visitor_slip import hm
from app.printing.layout import Column, Document, ItemTable, Meta, Printed, Signatures, format_cn_day
from app.printing.registry import register_form


@dataclass(frozen=True)
class RegisterEntry:
    """One visit of the day: its words in Chinese (as the services layer writes them), its category and
    status codes for the day's totals."""

    arrival_at: datetime
    visitor_name: str
    phone: str
    purpose: str                 # 探亲访友, 其他（前台办事）
    category: str = "visitor"
    unit_or_address: str = ""
    id_type: str = ""            # the document's name when it is not a resident ID card (护照 …)
    id_number: str = ""
    companions: int = 0
    room_code: str = ""
    host_name: str = ""
    status: str = "registered"
    state: str = ""              # the status as the remarks say it (未放行), empty when it says itself
    departure_at: datetime | None = None
    remarks: str = ""
    outcome: str = ""
    receptionist: str = ""
    number: str = ""
    not_signed_out: bool = False


@dataclass(frozen=True)
class VisitRegister(Printed):
    day: date
    entries: Sequence[RegisterEntry]
    mask_private: bool = True


def sample() -> VisitRegister:
    day = date(2025, 6, 12)
    people = [
        ("刘志强", "13957112345", "杭州市西湖区文三路100号", "330106198507134512", 2, "探亲访友", "3-2-1502",
         "王建国", "left", (10, 55), "", ""),
        ("顺丰 张师傅", "13588886666", "顺丰速运", "", 0, "快递外卖", "1-1-0302", "李秀英", "left", (9, 58),
         "", ""),
        ("赵敏", "0571-88001234", "江城市供电局", "330102197912011238", 1, "商务拜访", "5-1-0801",
         "孙丽", "refused", None, "被访人拒绝来访，已婉拒", ""),
        ("周杰", "18657109876", "", "", 0, "缴费", "2-2-0601", "", "done", None, "", "缴纳物业费"),
        ("吴芳", "15088776655", "绿城家政", "330104199203154421", 0, "上门服务/维修", "6-2-1101", "郑强",
         "admitted", None, "", "钟点工，约2小时"),
        ("钱多多", "13312345678", "宏达装饰", "330106199011110011", 3, "其他", "4-1-0502", "陈静",
         "admitted", None, "", ""),
    ]
    entries = []
    for i, (name, phone, unit, idno, comp, purpose, room, host, status, left, outcome, remarks) in \
            enumerate(people):
        arrival = datetime(2025, 6, 12, 9 + i, 5 + 7 * i)
        entries.append(RegisterEntry(
            arrival_at=arrival, visitor_name=name, phone=phone, purpose=purpose,
            category="service" if purpose == "缴费" else "visitor", unit_or_address=unit,
            id_number=idno, companions=comp,
            room_code=room, host_name=host, status=status, state="未放行" if status == "refused" else "",
            departure_at=datetime(2025, 6, 12, *left) if left else None, outcome=outcome, remarks=remarks,
            receptionist="陈晓雪", number=f"FK20250612-{i + 1:04d}", not_signed_out=i == 5))
    return VisitRegister(day=day, entries=entries, printed_by="王丽华", printed_at=datetime(2025, 6, 12, 22, 5))


COLUMNS = [
    Column("时间", 0.8, "center"), Column("来访人姓名", 1.3), Column("联系电话", 1.35),
    Column("单位/地址", 1.8), Column("证件号码", 1.9), Column("人数", 0.55, "center"),
    Column("来访事由", 1.25, "center"), Column("被访房号", 1.1, "center"), Column("被访人", 0.9, "center"),
    Column("离开时间", 0.85, "center"), Column("接待员", 0.85, "center"), Column("备注", 2.3),
]


def _remarks(e: RegisterEntry) -> str:
    parts = []
    if e.not_signed_out:
        parts.append("未登记离开")
    if e.state:
        parts.append(e.state)
    parts += [e.outcome, e.remarks]
    return "；".join(p for p in parts if p)


def rows_of(register: VisitRegister) -> list[tuple]:
    day = register.day
    rows = []
    for k, e in enumerate(register.entries, 1):
        document = f"{mask_id(e.id_number)}" if e.id_number else ""
        if e.id_number and e.id_type:
            document = f"{e.id_type} {document}"
        rows.append((k, hm(e.arrival_at), e.visitor_name,
                     shown_phone(e.phone, register.mask_private),
                     e.unit_or_address, document, 1 + e.companions, e.purpose, e.room_code, e.host_name,
                     hm(e.departure_at, day), e.receptionist, _remarks(e)))
    return rows


def summary(register: VisitRegister) -> str:
    live = [e for e in register.entries if e.status != "void"]
    visitors = [e for e in live if e.category == "visitor"]
    admitted = sum(e.status in ("admitted", "left") for e in visitors)
    refused = sum(e.status == "refused" for e in visitors)
    keyed = sum(e.category == "key_use" for e in live)
    service = len(live) - len(visitors) - keyed
    open_ = sum(e.not_signed_out for e in live)
    people = sum(1 + e.companions for e in visitors)
    text = (f"共 {len(live)} 次来访：访客 {len(visitors)} 批 {people} 人（放行 {admitted}，未放行 {refused}），"
            f"前台办事 {service} 次；未登记离开 {open_} 人")
    return text + (f"；员工持业主钥匙入户 {keyed} 次" if keyed else "")


@register_form(code="visit_register", title="来访人员登记表", paper="A4", qr=False, sample=sample)
def build(register: VisitRegister) -> Document:
    day = register.day
    printed = register.printed_line()
    columns = [Column("序号", 0.55, "center"), *COLUMNS]
    return Document(
        date=day, landscape=True,
        subtitle=format_cn_day(day),
        parts=[
            Meta(summary(register), printed),
            ItemTable(columns, rows_of(register), zebra=True, font_size=8, min_rows=0,
                      empty="（当日无来访登记）"),
            Signatures(["值班接待员", "客服主管审核"], columns=2, date=False),
        ])
