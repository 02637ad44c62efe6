"""访客单 — the visitor slip of one visit (DOMAIN.md §4.1, 访客证): A5, two slips on an A4 sheet, 一式两联
(第一联 存根联 stays at the desk; 第二联 访客联 goes with the visitor, the gate checks its QR code, the host
signs it, and it is handed back when the visitor leaves).

The words are Chinese as the services layer gives them. The document number is printed red top right with its QR code. The document number of the visitor is
always printed masked (4+4, DOMAIN.md §3.3: the slip leaves the desk); the phone is masked unless the
services layer, having checked the user may see it, sets ``mask_private=False``.
"""  # noqa: E501 - docstring text left as it is
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.validation import mask_id, shown_phone
from app.printing.layout import PAPER_A5X2, Document, Field, Fields, Note, Signatures
from app.printing.registry import register_form

COPIES_VISIT = ("第一联 存根联", "第二联 访客联")

NOTICE = "本单当日有效。访客联请随身携带，离开时交回门岗或前台；危险物品不得带入小区。"


def hm(value: datetime | None, day: date | None = None) -> str:
    """``14:30``, or ``06-13 09:10`` when not on ``day``."""
    if value is None:
        return ""
    if day is not None and value.date() != day:
        return f"{value:%m-%d %H:%M}"
    return f"{value:%H:%M}"


@dataclass(frozen=True)
class VisitorSlip:
    """One visit in the words of paper (Chinese, as the services layer writes them)."""

    number: str
    arrival_at: datetime
    visitor_name: str
    phone: str
    purpose: str                 # 探亲访友, 缴费（前台办事）
    id_type: str = ""            # 居民身份证 …
    id_number: str = ""
    unit_or_address: str = ""
    companions: int = 0
    plate: str = ""
    room_code: str = ""
    host_name: str = ""
    items_carried: str = ""
    contact: str = ""            # 电话 同意来访 09:44
    pass_no: str = ""
    admitted_at: datetime | None = None
    departure_at: datetime | None = None
    remarks: str = ""
    receptionist: str = ""
    mask_private: bool = True


def sample() -> VisitorSlip:
    return VisitorSlip(
        number="FK20250612-0007", arrival_at=datetime(2025, 6, 12, 9, 42, 15), visitor_name="刘志强",
        phone="13957112345", purpose="探亲访友", id_type="居民身份证", id_number="330106198507134512",
        unit_or_address="杭州市西湖区文三路100号", companions=2, plate="浙A12345", room_code="3-2-1502",
        host_name="王建国", items_carried="水果一箱、礼品两盒", contact="电话 同意来访 09:44", pass_no="L-018",
        admitted_at=datetime(2025, 6, 12, 9, 45), remarks="业主电话确认，来访人出示身份证原件。",
        receptionist="陈晓雪")


def _people(n: int) -> str:
    return f"{1 + max(n, 0)}人" + (f"（含随行{n}人）" if n else "")


@register_form(code="visitor_slip", title="访客单", paper=PAPER_A5X2, copies=COPIES_VISIT,
               number_prefix="FK", sample=sample)
def build(slip: VisitorSlip) -> Document:
    day = slip.arrival_at.date()
    phone = shown_phone(slip.phone, slip.mask_private)
    document = f"{slip.id_type} {mask_id(slip.id_number)}".strip() if slip.id_number else ""
    departure = hm(slip.departure_at, day) if slip.departure_at else "____时____分"
    return Document(number=slip.number, date=slip.arrival_at, parts=[
        Fields([
            ("访客姓名", slip.visitor_name), ("联系电话", phone),
            Field("证件", document or "未登记", span=2),
            Field("单位/地址", slip.unit_or_address, span=2),
            ("来访人数", _people(slip.companions)), ("车牌号", slip.plate or "无"),
            ("来访事由", slip.purpose), ("被访房号", slip.room_code),
            ("被访人", slip.host_name), ("联系结果", slip.contact),
            Field("携带物品", slip.items_carried or "无", span=2),
            ("来访时间", f"{slip.arrival_at:%Y-%m-%d %H:%M}"), ("放行时间", hm(slip.admitted_at, day)),
            ("通行证号", slip.pass_no), ("离开时间", departure),
            ("接待员", slip.receptionist), ("备注", slip.remarks),
        ], columns=2),
        Note(NOTICE, size=8),
        Signatures(["被访人签字", "保安核验"], columns=2, date=False),
    ])
