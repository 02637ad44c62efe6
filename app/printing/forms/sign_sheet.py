"""文件签收表 — the sign sheet of an individual notice (DOMAIN.md §4.4): one row per recipient, with room,
name, a box to sign in and the date; A4 portrait, rows tall enough to sign by hand, the header repeated on
every page, empty rows to add recipients by hand. A recipient who refused is noted (拒签, the witness) in
the remarks when the sheet is printed again after the deliveries were recorded.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.printing.layout import Custom, Document, Fields, Note, Signatures
from app.printing.registry import register_form

#: at least this many rows on the sheet (empty ones to write in)
MIN_ROWS = 12


@dataclass(frozen=True)
class SignRow:
    room: str
    name: str
    remark: str = ""


@dataclass(frozen=True)
class SignSheet:
    document: str              # 文件名称: the notice's title
    number: str                # the notice's official number
    issued: date | None
    rows: Sequence[SignRow] = ()
    sender: str = ""           # 发文单位, printed when given


def sample() -> SignSheet:
    names = ["王建国", "李秀英", "张伟", "刘洋", "陈静", "赵敏"]
    rows = [SignRow(f"3-2-{floor:02d}0{door}", names[(floor + door) % len(names)])
            for floor, door in ((5, 1), (5, 2), (8, 1), (12, 3), (15, 2))]
    rows[2] = SignRow(rows[2].room, rows[2].name, "拒签 06-12，见证人：刘洋")
    return SignSheet(document="关于限期整改违规搭建的通知", number="阳光花园物业[2026]第015号",
                     issued=date(2026, 6, 11), rows=rows)


def _table(data: SignSheet):
    def make(ctx):
        from reportlab.lib.units import mm
        from reportlab.platypus import Table, TableStyle

        from app.printing.cjk import CJKParagraph, markup
        from app.printing.layout import GRID, HEAD_BG

        size = ctx.size
        head = ["序号", "房号", "姓名", "签收人签字", "签收日期", "备注"]
        weights = [0.7, 1.6, 1.4, 2.2, 2.0, 2.1]
        widths = [ctx.width * w / sum(weights) for w in weights]
        centre = ctx.style(size, 1)
        rows: list[list[object]] = [[CJKParagraph(h, centre) for h in head]]
        for k, r in enumerate(data.rows, 1):
            rows.append([str(k), r.room, CJKParagraph(markup(r.name), centre), "", "　　年　 月　 日",
                         CJKParagraph(markup(r.remark), ctx.style(size - 1))])
        for k in range(len(data.rows) + 1, max(MIN_ROWS, len(data.rows) + 2) + 1):
            rows.append([str(k), "", "", "", "　　年　 月　 日", ""])
        heights: list[float | None] = [8 * mm] + [11 * mm] * (len(rows) - 1)
        last = len(rows) - 1
        # the note and the signatures are the table's last row, kept with its last rows on one page
        closing = [f for part in _closing() for f in part.flowables(ctx)]
        rows.append([closing] + [""] * (len(head) - 1))
        heights.append(None)
        table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), ctx.font, size),
            ("GRID", (0, 0), (-1, last), 0.6, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("VALIGN", (0, 0), (-1, last), "MIDDLE"),
            ("ALIGN", (0, 1), (2, last), "CENTER"),
            ("ALIGN", (4, 1), (4, last), "CENTER"),
            ("SPAN", (0, last + 1), (-1, last + 1)),
            ("VALIGN", (0, last + 1), (-1, last + 1), "TOP"),
            ("LEFTPADDING", (0, last + 1), (-1, last + 1), 0),
            ("RIGHTPADDING", (0, last + 1), (-1, last + 1), 0),
            ("NOSPLIT", (0, max(1, last - 1)), (-1, last + 1)),
        ]))
        return [table]

    return Custom(make)


def _closing():
    return [Note("签收人请在“签收人签字”栏内签名并注明日期；代签的，请注明与收件人的关系。"
                 "拒绝签收的，由送达人在备注栏注明“拒签”及时间，并由见证人签字。", size=8.5),
            Signatures(["送达人", "见证人", "经办人"], date=False)]


@register_form(code="notice_sign_sheet", title="文件签收表", paper="A4", qr=False, sample=sample)
def build(data: SignSheet) -> Document:
    fields = [("文件名称", data.document), ("文号", data.number), ("发文日期", data.issued),
              ("送达份数", f"{len(data.rows)}份")]
    if data.sender:
        fields.append(("发文单位", data.sender))
    return Document(number=data.number, date=data.issued, parts=[
        Fields(fields, columns=2),
        _table(data),
    ])
