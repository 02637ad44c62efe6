"""施工人员出入证 — the workers' passes of a renovation (DOMAIN.md §4.14 step 6), eight cards per A4 sheet in
two columns, each framed by dashed cut lines: the worker's photo (from the case's attachment; an empty frame
without one), name, masked ID number, contractor, room, valid until, the pass number and its QR code. The
service gives every word in Chinese and the ID numbers already masked.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from app.printing.layout import Custom, Document, Note
from app.printing.registry import register_form

PER_ROW = 2
ROWS_PER_PAGE = 4


@dataclass(frozen=True)
class PassCard:
    pass_no: str
    name: str
    id_masked: str
    valid_until: date | None
    photo: bytes | None = None


@dataclass(frozen=True)
class PassSheet:
    permit_no: str
    room: str
    contractor: str
    issued_on: date
    cards: tuple[PassCard, ...]


def sample() -> PassSheet:
    cards = tuple(PassCard(f"XK20260615-0001-{k:02d}", name, masked, date(2026, 7, 15))
                  for k, (name, masked) in enumerate([("钱师傅", "1101**********002X"),
                                                      ("孙师傅", "4403**********0414"),
                                                      ("李师傅", "3301**********4512")], 1))
    return PassSheet("XK20260615-0001", "3-2-1502", "杭州美家装饰有限公司", date(2026, 6, 15), cards)


def _cards(sheet: PassSheet) -> Custom:
    def make(ctx):
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Image, Table, TableStyle

        from app.printing.layout import GRID, QRCode

        card_w = ctx.width / PER_ROW
        card_h = 55 * mm
        photo_w, photo_h = 25 * mm, 32 * mm
        small = ctx.size - 1

        def card(c: PassCard) -> Table:
            photo = (Image(io.BytesIO(c.photo), photo_w, photo_h) if c.photo
                     else ctx.para("照片", small, 1))
            lines = [ctx.para("施工人员出入证", ctx.size + 2, 1),
                     ctx.para(f"姓名：{c.name}"), ctx.para(f"身份证：{c.id_masked}", small),
                     ctx.para(f"施工单位：{sheet.contractor}", small), ctx.para(f"房号：{sheet.room}"),
                     ctx.para(f"有效期至：{c.valid_until:%Y-%m-%d}" if c.valid_until else "有效期至：", small),
                     ctx.para(f"证号：{c.pass_no}", small)]
            inner = Table([[photo, lines, QRCode(c.pass_no, 18 * mm)]],
                          colWidths=[photo_w + 4 * mm, card_w - photo_w - 30 * mm, 22 * mm],
                          rowHeights=[card_h - 6 * mm])
            inner.setStyle(TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, 0), "CENTER"),
                ("BOX", (0, 0), (0, 0), 0.6, GRID) if not c.photo else ("LEFTPADDING", (0, 0), (0, 0), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]))
            return inner

        cells = [card(c) for c in sheet.cards]
        while len(cells) % PER_ROW:
            cells.append("")
        rows = [cells[k:k + PER_ROW] for k in range(0, len(cells), PER_ROW)]
        table = Table(rows, colWidths=[card_w] * PER_ROW, rowHeights=[card_h] * len(rows))
        table.setStyle(TableStyle([   # the cut lines, dashed
            ("GRID", (0, 0), (-1, -1), 0.5, colors.grey, None, (3, 2)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 2)]))
        return [table]

    return Custom(make)


@register_form(code="renovation_passes", title="施工人员出入证", paper="A4", number_prefix="XK", sample=sample)
def build(sheet: PassSheet) -> Document:
    return Document(number=sheet.permit_no, date=sheet.issued_on, parts=[
        _cards(sheet),
        Note("沿虚线裁开，塑封后佩戴。出入证限本人使用，遗失须及时到客服中心挂失补办；完工验收时交回。", size=8.5),
    ])
