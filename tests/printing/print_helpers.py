"""Helpers of the print tests: a throw-away multi-part A5 slip form, and PDF reading helpers.

(A plain module, so that bench/ and scripts can register the demo form too.)"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pypdf

SLIP_CODE = "test_release_slip"


@dataclass(frozen=True)
class SlipData:
    number: str
    room: str
    applicant: str
    phone: str
    items: list[tuple[str, int, str]]
    deposit: Decimal
    day: date


def slip_sample() -> SlipData:
    return SlipData(number="FX20250612-0007", room="3-2-1502", applicant="王建国",
                    phone="138****6688",
                    items=[("旧木地板（拆除）", 12, "捆"), ("废弃瓷砖", 30, "袋"), ("旧橱柜", 1, "套")],
                    deposit=Decimal("1234.50"), day=date(2025, 6, 12))


def register_slip_form() -> str:
    """Register a release-slip-like form: A5 two-up, three copies, money, signatures."""
    from app.printing.layout import COPIES_RELEASE, Amount, Column, Document, Fields, ItemTable, Signatures
    from app.printing.registry import register_form

    @register_form(code=SLIP_CODE, title="物品放行条", paper="A5x2", copies=COPIES_RELEASE,
                   number_prefix="FX", sample=slip_sample)
    def build(data: SlipData) -> Document:
        return Document(number=data.number, date=data.day, parts=[
            Fields([("房号", data.room), ("申请人", data.applicant), ("联系电话", data.phone),
                    ("放行日期", data.day)], columns=2),
            ItemTable([Column("物品名称", 3), Column("数量", 1, "right"), Column("单位", 1, "center")],
                      data.items, min_rows=4),
            Amount(data.deposit, label="押金"),
            Signatures(["申请人签字", "经办人", "保安核验"], date=False),
        ])

    return SLIP_CODE


def reader(pdf: bytes):
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in reader(pdf).pages]


def squash(text: str) -> str:
    """Text without whitespace (extraction may put spaces or breaks between runs)."""
    return re.sub(r"\s+", "", text)


def fonts_of(pdf: bytes) -> list[dict]:
    """Every font dictionary used on any page (resolved)."""
    out = []
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            out.append(ref.get_object())
    return out
