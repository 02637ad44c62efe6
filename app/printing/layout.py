"""Building blocks of the printed forms, and the engine that lays a :class:`Document` out as a PDF.

Choice of tool: reportlab **platypus** (flowables in frames) for the body, because item tables must break
across pages and repeat their header row, and Chinese paragraphs must wrap; plus a few **canvas**
drawings for what sits at fixed places on the sheet (signature grid, title, copy label, page footer,
watermarks, the A5 cut line).

A form module declares its parts and never touches reportlab::

    Document(number="FX20250612-0003", date=today, parts=[
        Fields([("房号", "3-2-1502"), ("申请人", "张三"), Field("物品清单", text, span=2)], columns=2),
        ItemTable([Column("物品名称", 3), Column("数量", 1, "right")], rows),
        Amount(Decimal("120.00"), label="押金"),
        Signatures(["申请人签字", "经办人", "保安核验"]),
    ])

Parts: :class:`Heading`, :class:`Fields` of :class:`Field`, :class:`ItemTable` of :class:`Column`,
:class:`Amount` (figures and 人民币大写), :class:`Note`, :class:`Meta`, :class:`Signatures`, :class:`Gap`
and :class:`Custom` (raw reportlab flowables). The engine adds the estate header (logo, name, company,
address and hotline; the number top right in red with its QR code; the date), the title, and the page
decorations.

Every page of a document is one **slot**: an A4 sheet (portrait, or landscape when the document asks),
or half of an A4 sheet for the ``"A5x2"`` paper (two A5-landscape slips on one A4 portrait sheet with a
dashed cut line between them), or a third of it for the ``"A4x3"`` paper (three slips of 210 × 99 mm
with two cut lines: the 一式三联 receipt on one sheet). Each copy (联) of a multi-part form is a complete form
starting on a new slot, labelled in the footer and vertically in the right margin (``第一联 存根联``); pages
are counted per copy (``第 1 页 共 2 页``). The page decorations are drawn when the document is saved, when the page
counts are known (a deferred canvas, so one pass of layout is enough). Reprints carry a red
``补打 第n次`` stamp on the title line and a grey diagonal watermark; voided documents a large red
diagonal ``作废`` stamp over every page.

Closing parts (amount, note, meta, signatures) that follow the last item table become the last rows of
that table, unsplittable together with its last rows: signatures never stand alone on a page.

Text printed *on* the forms is Chinese product text (the paperwork is Chinese whatever the UI language).
All paragraphs wrap with :class:`app.printing.cjk.CJKParagraph` (closing punctuation never starts a line).
"""
from __future__ import annotations

import io
import math
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache
from typing import Any, ClassVar, Protocol

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.pagesizes import landscape as _landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    Image,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as _RLTable

from app.printing.cjk import CJKParagraph, markup
from app.printing.fonts import FontInfo

PAPER_A4 = "A4"
PAPER_A5X2 = "A5x2"
PAPER_A4X3 = "A4x3"
PAPERS = (PAPER_A4, PAPER_A5X2, PAPER_A4X3)

INK = colors.black
GRID = colors.Color(0.15, 0.15, 0.15)
LABEL_BG = colors.Color(0.94, 0.94, 0.94)
HEAD_BG = colors.Color(0.88, 0.88, 0.88)
ZEBRA_BG = colors.Color(0.975, 0.975, 0.975)
MUTED = colors.Color(0.35, 0.35, 0.35)
NUMBER_RED = colors.Color(0.78, 0.08, 0.08)
STAMP_RED = colors.Color(0.85, 0.05, 0.05)

#: Copy sets of DOMAIN.md §2.5, for ``register_form(copies=...)``.
COPIES_RECEIPT = ("第一联 存根联", "第二联 收据联", "第三联 记账联")
COPIES_RELEASE = ("第一联 存根联", "第二联 保安联", "第三联 申请人联")
COPIES_TWO = ("第一联 存根联", "第二联 客户联")
COPIES_THREE = ("第一联 存根联", "第二联 客户联", "第三联 保安联")


# --------------------------------------------------------------------------------------------------
# Public data: the estate header and the document
# --------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EstateHeader:
    """Who issues the paper: printed at the top of every form."""

    name: str                      # 小区名称, e.g. 阳光花园
    company: str = ""              # 物业服务企业, e.g. 星河物业服务有限公司
    address: str = ""
    hotline: str = ""              # 客服电话
    logo_path: str | None = None   # PNG/JPEG; silently left out when missing


class Part(Protocol):
    """One block of a form's body."""

    def flowables(self, ctx: Ctx) -> list[Flowable]: ...


@dataclass
class Document:
    """What one form prints for one set of data; a form's ``build(data)`` returns it."""

    parts: Sequence[Part]
    number: str | None = None                  # document No. (top right, QR)
    date: date | datetime | str | None = None  # shown under the number
    title: str | None = None                   # default: the registered title of the form
    subtitle: str | None = None                # a line under the title (a list's filter, etc.)
    landscape: bool = False                    # A4 only
    qr: bool | None = None                     # default: the form's setting (needs a number)
    #: further documents printed after this one in the same PDF, each from a new slot with its own header,
    #: number and page count (a batch: one reminder per room); they share the form's copies and stamps
    following: Sequence[Document] = ()


# --------------------------------------------------------------------------------------------------
# Render context and styles
# --------------------------------------------------------------------------------------------------

@dataclass
class Ctx:
    """What parts need to build flowables: the font, the usable width, compact (A5) or not."""

    font: str
    width: float
    compact: bool
    height: float = 0.0     # of a whole frame (slot), for parts that must fit on one
    tight: bool = False     # a third of A4 (A4x3): a smaller header and title
    size: float = field(init=False)

    def __post_init__(self) -> None:
        self.size = 8.5 if self.tight else 9.0 if self.compact else 10.0
        self._styles: dict[tuple, ParagraphStyle] = {}

    def style(self, size: float | None = None, align: int = TA_LEFT, leading: float | None = None,
              color=INK) -> ParagraphStyle:
        size = size or self.size
        key = (size, align, leading, color)
        st = self._styles.get(key)
        if st is None:
            st = self._styles[key] = ParagraphStyle(
                f"fd{len(self._styles)}", fontName=self.font, fontSize=size,
                leading=leading or round(size * 1.35, 2), alignment=align, wordWrap="CJK",
                textColor=color, splitLongWords=True)
        return st

    def para(self, text: object, size: float | None = None, align: int = TA_LEFT,
             color=INK, leading: float | None = None) -> CJKParagraph:
        return CJKParagraph(markup(text), self.style(size, align, leading, color))

    def text_width(self, text: str, size: float | None = None) -> float:
        return stringWidth(text, self.font, size or self.size)


_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "centre": TA_CENTER, "right": TA_RIGHT}
_RL_ALIGN = {"left": "LEFT", "center": "CENTER", "centre": "CENTER", "right": "RIGHT"}


def format_value(value: object) -> str:
    """How a plain value prints: dates as 2025-06-12, Decimals as given, None as empty."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, bool):
        return "是" if value else "否"
    return str(value)


def format_cn_date(value: date | datetime | str | None) -> str:
    """``2025年06月12日`` (with ``14:30`` for a datetime)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value.year}年{value.month:02d}月{value.day:02d}日 {value:%H:%M}"
    if isinstance(value, date):
        return f"{value.year}年{value.month:02d}月{value.day:02d}日"
    return str(value)


WEEKDAYS = "一二三四五六日"


def format_cn_day(day: date) -> str:
    """``2025年06月12日　星期四``: the subtitle of a day's register."""
    return f"{format_cn_date(day)}　星期{WEEKDAYS[day.weekday()]}"


def printed_line(by: str, at: date | datetime | None, *extra: str, who: str = "打印人", when: str = "打印时间",
                 fmt: Callable[[date | datetime], str] = format_cn_date) -> str:
    """The small print of who printed a list and when (``打印人：王丽华　打印时间：2025年06月12日 18:00``),
    then any ``extra`` words (``共 12 条``); what is not known is left out."""
    return "　".join(x for x in (
        f"{who}：{by}" if by else "",
        f"{when}：{fmt(at)}" if at else "",
        *extra) if x)


@dataclass(frozen=True, kw_only=True)
class Printed:
    """The data of a printed list that says who printed it and when (a register, a report): its
    :meth:`printed_line` is the small print."""

    printed_by: str = ""
    printed_at: date | datetime | None = None

    def printed_line(self, *extra: str, **words: Any) -> str:
        """:func:`printed_line` of this list (``extra``, ``who``, ``when``, ``fmt`` as there)."""
        return printed_line(self.printed_by, self.printed_at, *extra, **words)


# --------------------------------------------------------------------------------------------------
# Parts
# --------------------------------------------------------------------------------------------------

def _grid_style(font: str, extra: Iterable[tuple] = (), pad: float = 3.5,
                vpad: float = 3.5) -> TableStyle:
    return TableStyle([
        ("FONT", (0, 0), (-1, -1), font, 9),
        ("GRID", (0, 0), (-1, -1), 0.6, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), vpad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), vpad),
        *extra,
    ])


@dataclass(frozen=True)
class Heading:
    """A section heading: ``一、房屋信息``."""

    text: str

    def flowables(self, ctx: Ctx) -> list[Flowable]:
        return _heading(self.text, ctx)


@dataclass(frozen=True)
class Field:
    """One label/value pair of a :class:`Fields` grid; ``span`` pairs wide."""

    label: str
    value: object = ""
    span: int = 1


@dataclass(frozen=True)
class Fields:
    """A grid of label/value pairs in ``columns`` column pairs; values wrap, labels are shaded.

    A field that does not fit in what is left of a row starts a new row, and the last value of the row
    before it widens to the edge, so the grid is always a full rectangle.
    """

    items: Sequence[Field | tuple[str, object]]
    columns: int = 2
    min_row_height: float | None = None   # points; default 7 mm (A4) / 6 mm (A5)

    def flowables(self, ctx: Ctx) -> list[Flowable]:
        items = [i if isinstance(i, Field) else Field(*i) for i in self.items]
        if not items:
            return []
        cols = max(1, self.columns)
        longest = max(ctx.text_width(f.label) for f in items)
        label_w = min(max(longest + 9, 16 * mm), 34 * mm)
        value_w = (ctx.width - cols * label_w) / cols
        if value_w < 20 * mm:
            raise ValueError(f"Fields: {cols} columns do not fit on the page")
        widths = [label_w, value_w] * cols
        rows: list[list[object]] = []
        spans: list[tuple] = []
        row: list[object] = []
        used = 0

        def close_row() -> None:
            nonlocal row, used
            if not row:
                return
            if used < cols:   # widen the last value to the edge
                last = len(row) - 1
                row.extend([""] * (2 * (cols - used)))
                spans.append(("SPAN", (last, len(rows)), (2 * cols - 1, len(rows))))
            rows.append(row)
            row, used = [], 0

        label_style = ctx.style(align=TA_CENTER)
        for f in items:
            span = min(max(1, f.span), cols)
            if used + span > cols:
                close_row()
            start = len(row)
            row.append(CJKParagraph(markup(f.label), label_style))
            row.append(ctx.para(format_value(f.value)))
            row.extend([""] * (2 * (span - 1)))
            if span > 1:
                spans.append(("SPAN", (start + 1, len(rows)), (start + 2 * span - 1, len(rows))))
            used += span
            if used == cols:
                close_row()
        close_row()
        backgrounds = [("BACKGROUND", (2 * c, 0), (2 * c, -1), LABEL_BG) for c in range(cols)]
        # A label cell that a span covers must not be shaded: repaint spanned value cells white.
        for _, (c0, r), (c1, _r) in spans:
            backgrounds.append(("BACKGROUND", (c0, r), (c1, r), colors.white))
        # Row heights: what the wrapped text needs, but at least room for a handwritten value.
        pad, vpad = 3.5, (1.8 if ctx.tight else 2.5 if ctx.compact else 3.2)
        min_h = self.min_row_height or (5 * mm if ctx.tight else 6 * mm if ctx.compact else 7 * mm)
        span_end = {(c0, r): c1 for _, (c0, r), (c1, _r) in spans}
        heights = []
        for r, cells in enumerate(rows):
            need = min_h
            for c, cell in enumerate(cells):
                if isinstance(cell, Flowable):
                    w = sum(widths[c:span_end.get((c, r), c) + 1]) - 2 * pad
                    need = max(need, cell.wrap(w, 10_000)[1] + 2 * vpad)
            heights.append(need)
        table = _RLTable(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT",
                         style=_grid_style(ctx.font, [*backgrounds, *spans], pad=pad, vpad=vpad))
        return [table]


@dataclass(frozen=True)
class Column:
    """A column of an :class:`ItemTable`: ``width`` is a relative weight; ``align`` left/center/right."""

    header: str
    width: float = 1.0
    align: str = "left"


@dataclass(frozen=True)
class ItemTable:
    """A table of items that wraps Chinese text, breaks across pages and repeats its header row.

    ``totals`` is an optional last row (shaded); ``min_rows`` pads with empty rows to write in by hand;
    ``empty`` is shown when there are no rows and no padding.

    When the table is the last table of a document and only *closing* parts (amount, note, signatures)
    follow it, the engine passes their flowables in ``closing``: they become the table's last rows, tied
    to its last :data:`TAIL_ROWS` rows, so that signatures never sit alone on a page — if they do not
    fit, they move to the next page with the last rows, under the repeated header.
    """

    TAIL_ROWS: ClassVar[int] = 2

    columns: Sequence[Column | str]
    rows: Sequence[Sequence[object]]
    title: str | None = None
    totals: Sequence[object] | None = None
    min_rows: int = 0
    zebra: bool = False
    empty: str = "（无）"
    font_size: float | None = None

    def flowables(self, ctx: Ctx, closing: Sequence[Sequence[Flowable]] = ()) -> list[Flowable]:
        cols = [c if isinstance(c, Column) else Column(str(c)) for c in self.columns]
        n = len(cols)
        size = self.font_size or (ctx.size - 0.5)
        total_weight = sum(max(c.width, 0.01) for c in cols)
        widths = [ctx.width * max(c.width, 0.01) / total_weight for c in cols]
        pad = 3.0
        head_style = ctx.style(size, TA_CENTER)
        data: list[list[object]] = [[CJKParagraph(markup(c.header), head_style) for c in cols]]
        styles = [ctx.style(size, _ALIGN.get(c.align, TA_LEFT)) for c in cols]
        font = ctx.font

        def cell(value: object, k: int) -> object:
            text = format_value(value)
            # Fast path: a value that fits on one line is a plain string (no paragraph to wrap).
            if "\n" not in text and stringWidth(text, font, size) <= widths[k] - 2 * pad - 0.5:
                return text
            return CJKParagraph(markup(text), styles[k])

        def row_of(values: Sequence[object]) -> list[object]:
            values = list(values)[:n]
            values += [""] * (n - len(values))
            return [cell(v, k) for k, v in enumerate(values)]

        data.extend(row_of(r) for r in self.rows)
        cmds: list[tuple] = [
            ("FONT", (0, 0), (-1, -1), font, size),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ]
        cmds += [("ALIGN", (k, 1), (k, -1), _RL_ALIGN.get(c.align, "LEFT"))
                 for k, c in enumerate(cols)]
        heights: list[float | None] = [None] * len(data)
        if len(data) - 1 < self.min_rows:
            blank = (6.5 if ctx.compact else 7.5) * mm   # room to write by hand
            missing = self.min_rows - (len(data) - 1)
            data.extend([[""] * n for _ in range(missing)])
            heights.extend([blank] * missing)
        if len(data) == 1:
            data.append([ctx.para(self.empty, size, TA_CENTER, MUTED)] + [""] * (n - 1))
            cmds.append(("SPAN", (0, 1), (-1, 1)))
        last_body = len(data) - 1
        if self.zebra and last_body > 2:
            cmds.append(("ROWBACKGROUNDS", (0, 1), (-1, last_body), [colors.white, ZEBRA_BG]))
        if self.totals is not None:
            data.append(row_of(self.totals))
            r = len(data) - 1
            cmds += [("BACKGROUND", (0, r), (-1, r), LABEL_BG), ("LINEABOVE", (0, r), (-1, r), 1.0, INK)]
        last_grid = len(data) - 1
        cmds += [("GRID", (0, 0), (-1, last_grid), 0.6, GRID),
                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                 ("LEFTPADDING", (0, 0), (-1, last_grid), pad),
                 ("RIGHTPADDING", (0, 0), (-1, last_grid), pad),
                 ("TOPPADDING", (0, 0), (-1, last_grid), 1.4 if ctx.tight else 2.0 if ctx.compact else 2.6),
                 ("BOTTOMPADDING", (0, 0), (-1, last_grid), 1.4 if ctx.tight else 2.0 if ctx.compact else 2.6)]
        if closing:
            for flowables in closing:
                data.append([list(flowables)] + [""] * (n - 1))
            first = last_grid + 1
            cmds += [("SPAN", (0, r), (-1, r)) for r in range(first, len(data))]
            cmds += [("LEFTPADDING", (0, first), (-1, -1), 0), ("RIGHTPADDING", (0, first), (-1, -1), 0),
                     ("TOPPADDING", (0, first), (-1, -1), 0), ("BOTTOMPADDING", (0, first), (-1, -1), 0),
                     ("VALIGN", (0, first), (-1, -1), "TOP"),
                     ("NOSPLIT", (0, max(1, first - self.TAIL_ROWS)), (-1, -1))]
        heights.extend([None] * (len(data) - len(heights)))
        table = _RLTable(data, colWidths=widths, rowHeights=heights, repeatRows=1, hAlign="LEFT",
                         style=TableStyle(cmds))
        out: list[Flowable] = []
        if self.title:
            out.extend(_heading(self.title, ctx))
        out.append(table)
        return out


@dataclass(frozen=True)
class Amount:
    """An amount in figures and in Chinese capitals (人民币大写), e.g. 合计金额（大写）… ¥120.00."""

    closing: ClassVar[bool] = True  # may be tied to the end of the last table (see ItemTable)

    value: Decimal
    label: str = "金额"

    def flowables(self, ctx: Ctx) -> list[Flowable]:
        from app.domain.money import amount_in_words, format_yuan  # lazily: printing only

        words = amount_in_words(Decimal(self.value))
        if not words.startswith("人民币"):
            words = f"人民币{words}"
        figures = format_yuan(Decimal(self.value))
        if not figures.lstrip("-").startswith(("¥", "￥")):
            figures = f"¥{figures}"
        label = f"{self.label}（大写）"
        label_w = min(max(ctx.text_width(label) + 9, 26 * mm), 40 * mm)
        small_w = ctx.text_width("（小写）") + 8
        fig_w = max(ctx.text_width(figures, ctx.size + 1) + 12, 30 * mm)
        words_w = ctx.width - label_w - small_w - fig_w
        row = [ctx.para(label, align=TA_CENTER), ctx.para(words, ctx.size + 1),
               ctx.para("（小写）", align=TA_CENTER), ctx.para(figures, ctx.size + 1, TA_RIGHT)]
        table = _RLTable([row], colWidths=[label_w, words_w, small_w, fig_w], hAlign="LEFT",
                         style=_grid_style(ctx.font, [("BACKGROUND", (0, 0), (0, 0), LABEL_BG),
                                            ("BACKGROUND", (2, 0), (2, 0), LABEL_BG)],
                                            vpad=2.2 if ctx.tight else 4))
        return [table]


@dataclass(frozen=True)
class Note:
    """A free paragraph (remarks, terms): ``label：text``, optionally boxed."""

    closing: ClassVar[bool] = True  # may be tied to the end of the last table (see ItemTable)

    text: str
    label: str | None = None
    boxed: bool = False
    size: float | None = None

    def flowables(self, ctx: Ctx) -> list[Flowable]:
        text = f"{self.label}：{self.text}" if self.label else self.text
        p = ctx.para(text, self.size)
        if not self.boxed:
            return [Spacer(1, 1.5 * mm), p]
        return [_RLTable([[p]], colWidths=[ctx.width], hAlign="LEFT",
                        style=_grid_style(ctx.font, vpad=4))]


@dataclass(frozen=True)
class Meta:
    """A line of small print: ``left`` wraps, ``right`` sits at the right edge (打印人, 共 n 条…)."""

    closing: ClassVar[bool] = True  # may be tied to the end of the last table (see ItemTable)

    left: str = ""
    right: str = ""

    def flowables(self, ctx: Ctx) -> list[Flowable]:
        size = ctx.size - 1
        left = ctx.para(self.left, size, color=MUTED)
        right = ctx.para(self.right, size, TA_RIGHT, MUTED)
        style = TableStyle([
            ("FONT", (0, 0), (-1, -1), ctx.font, size), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])
        lw = ctx.text_width(self.left, size)
        rw = ctx.text_width(self.right, size) + 2 if self.right else 0.0
        if lw + rw + 12 > ctx.width:  # both do not fit on one line: one under the other
            return [_RLTable([[left], [right]], colWidths=[ctx.width], hAlign="LEFT", style=style)]
        return [_RLTable([[left, right]], colWidths=[ctx.width - rw, rw], hAlign="LEFT", style=style)]


@dataclass(frozen=True)
class Signatures:
    """Signature lines in a grid: ``业主签字：________`` with ``日期：____年__月__日`` under each."""

    closing: ClassVar[bool] = True  # may be tied to the end of the last table (see ItemTable)

    labels: Sequence[str]
    columns: int | None = None
    date: bool = True

    def flowables(self, ctx: Ctx) -> list[Flowable]:
        if not self.labels:
            return []
        cols = self.columns or min(len(self.labels), 3)
        return [Spacer(1, 0.5 * mm if ctx.tight else 2 * mm if ctx.compact else 4 * mm),
                _SignatureGrid(list(self.labels), cols, ctx, self.date)]


@dataclass(frozen=True)
class Gap:
    """Vertical space in millimetres."""

    closing: ClassVar[bool] = True  # may be tied to the end of the last table (see ItemTable)

    mm: float = 3.0

    def flowables(self, ctx: Ctx) -> list[Flowable]:
        return [Spacer(1, self.mm * mm)]


@dataclass(frozen=True)
class Custom:
    """Escape hatch: ``make(ctx)`` returns reportlab flowables."""

    make: Callable[[Ctx], list[Flowable]]

    def flowables(self, ctx: Ctx) -> list[Flowable]:
        return list(self.make(ctx))


# --------------------------------------------------------------------------------------------------
# Flowables drawn by hand
# --------------------------------------------------------------------------------------------------

class _SectionHeading(Flowable):
    def __init__(self, text: str, ctx: Ctx) -> None:
        super().__init__()
        self.text, self.font = text, ctx.font
        self.size = ctx.size + (0.5 if ctx.compact else 1.0)
        self.space = 1.5 * mm if ctx.compact else 2.5 * mm

    def wrap(self, aw, ah):
        self.width = aw
        self.height = self.size * 1.5 + self.space
        return aw, self.height

    def draw(self):
        c = self.canv
        y = self.size * 0.45
        c.setFillColor(INK)
        c.rect(0, y - 1, 2.2, self.size + 1, stroke=0, fill=1)
        _bold_text(c, self.font, self.size, 5, y, self.text)

    def getKeepWithNext(self):  # noqa: N802 - reportlab's name
        # Not kept with the whole next flowable: reportlab would then move a long table with its heading
        # to the next page and leave this one empty. A CondPageBreak before the heading (see
        # _heading) keeps it from standing alone at the foot of a page instead.
        return False


def _heading(text: str, ctx: Ctx) -> list[Flowable]:
    """A section heading that starts a new page only when fewer than ~3 table rows would follow it."""
    from reportlab.platypus import CondPageBreak
    return [CondPageBreak(28 * mm), _SectionHeading(text, ctx)]


class _Title(Flowable):
    """The form's title: centred, letter-spaced, faux-bold (Chinese TrueType fonts have no bold).

    ``stamp`` (``补打 第2次``) is drawn as a red boxed stamp at the right end of the title line.
    """

    def __init__(self, text: str, ctx: Ctx, stamp: str = "") -> None:
        super().__init__()
        self.text, self.font, self.stamp = text, ctx.font, stamp
        self.size = 13.0 if ctx.tight else 15.0 if ctx.compact else 20.0
        self.stamp_size = 9.0 if ctx.compact else 10.5
        n = len(text)
        self.char_space = self.size * (0.5 if n <= 4 else 0.3 if n <= 6 else 0.12 if n <= 10 else 0)

    def wrap(self, aw, ah):
        self.width = aw
        self.height = self.size * 1.45
        return aw, self.height

    def draw(self):
        c = self.canv
        w = stringWidth(self.text, self.font, self.size) + self.char_space * (len(self.text) - 1)
        _bold_text(c, self.font, self.size, (self.width - w) / 2, self.size * 0.35, self.text,
                   char_space=self.char_space, stroke=0.45)
        if self.stamp:
            size = self.stamp_size
            tw = stringWidth(self.stamp, self.font, size)
            x = self.width - tw - 8
            y = self.size * 0.35 + 1
            c.saveState()
            c.setStrokeColor(STAMP_RED)
            c.setFillColor(STAMP_RED)
            c.setLineWidth(1.2)
            c.roundRect(x - 5, y - size * 0.45, tw + 10, size * 1.6, 2.5, stroke=1, fill=0)
            c.setFont(self.font, size)
            c.drawString(x, y, self.stamp)
            c.restoreState()


def _bold_text(c: Canvas, font: str, size: float, x: float, y: float, text: str, *,
               char_space: float = 0, stroke: float = 0.3, color=INK) -> None:
    t = c.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(char_space)
    t.setTextRenderMode(2)  # fill + stroke: a faux bold
    c.saveState()
    c.setFillColor(color)
    c.setStrokeColor(color)
    c.setLineWidth(stroke)
    t.textOut(text)
    c.drawText(t)
    c.restoreState()


class _SignatureGrid(Flowable):
    def __init__(self, labels: list[str], columns: int, ctx: Ctx, with_date: bool) -> None:
        super().__init__()
        self.labels, self.cols, self.font, self.with_date = labels, columns, ctx.font, with_date
        self.size = ctx.size
        self.row_h = (13 if ctx.compact else 17) * mm if with_date else (
            6.5 if ctx.tight else 8 if ctx.compact else 11) * mm
        self.label_w = max(stringWidth(f"{lb}：", self.font, self.size) for lb in labels)
        self.wanted_cols = columns

    def wrap(self, aw, ah):
        self.width = aw
        # fewer columns when a long label would leave less than 22 mm to sign on
        self.cols = self.wanted_cols
        while self.cols > 1 and aw / self.cols - self.label_w - 6 * mm < 22 * mm:
            self.cols -= 1
        self.height = math.ceil(len(self.labels) / self.cols) * self.row_h
        return aw, self.height

    def draw(self):
        c = self.canv
        cw = self.width / self.cols
        gap = 6 * mm
        label_w = self.label_w
        c.setFont(self.font, self.size)
        c.setFillColor(INK)
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        for i, label in enumerate(self.labels):
            r, k = divmod(i, self.cols)
            x = k * cw
            top = self.height - r * self.row_h
            y = top - self.size * 1.9
            c.drawString(x, y, f"{label}：")
            line_x = x + label_w + 1
            c.line(line_x, y - 2, x + cw - gap, y - 2)
            if self.with_date:
                y2 = y - self.size * 2.4
                c.drawString(x, y2, "日期：")
                px = x + label_w + 1
                for seg, unit in ((13 * mm, "年"), (7 * mm, "月"), (7 * mm, "日")):
                    c.line(px, y2 - 2, px + seg, y2 - 2)
                    px += seg + 1
                    c.drawString(px, y2, unit)
                    px += stringWidth(unit, self.font, self.size) + 1


class _QR(Flowable):
    """A QR code of the document number, drawn straight on the canvas (runs of dark modules)."""

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value, self.size = value, size

    def wrap(self, aw, ah):
        self.width = self.height = self.size
        return self.size, self.size

    def draw(self):
        n, runs = qr_runs(self.value)
        box = self.size / n
        c = self.canv
        c.setFillColor(INK)
        path = c.beginPath()
        for r, start, length in runs:
            path.rect(start * box, self.size - (r + 1) * box, length * box, box)
        c.drawPath(path, stroke=0, fill=1)


#: a QR code of any value as a flowable (a pass's number on each card of a sheet)
QRCode = _QR


@lru_cache(maxsize=512)
def qr_runs(value: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``value`` (level M) as its size in modules and its runs of dark modules (row, first,
    length): encoded once per number (the mask selection is most of a form's QR cost; the copies of a
    receipt and a reprint show the same number)."""
    from reportlab.graphics.barcode import qrencoder

    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    n = qr.getModuleCount()
    runs = []
    for r, row in enumerate(qr.modules):
        k = 0
        while k < n:
            if row[k]:
                start = k
                while k < n and row[k]:
                    k += 1
                runs.append((r, start, k - start))
            else:
                k += 1
    return n, tuple(runs)


class _Rule(Flowable):
    """The double rule under the estate header (thick over thin)."""

    def wrap(self, aw, ah):
        self.width, self.height = aw, 4.5
        return aw, self.height

    def draw(self):
        c = self.canv
        c.setStrokeColor(INK)
        c.setLineWidth(1.3)
        c.line(0, 3.6, self.width, 3.6)
        c.setLineWidth(0.4)
        c.line(0, 1.2, self.width, 1.2)


class _CopyMark(Flowable):
    """Zero-size marker at the start of each copy (of each sheet of a batch): tells the page bookkeeping
    which copy this is."""

    _ZEROSIZE = True

    def __init__(self, copy: int | None, sheet: int = 0) -> None:
        super().__init__()
        self.copy, self.sheet = copy, sheet

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        doc = self.canv._doctemplate
        doc._fd_copy = self.copy
        doc._fd_sheet = self.sheet
        if doc._fd_slots:
            doc._fd_slots[-1].copy = self.copy
            doc._fd_slots[-1].sheet = self.sheet


def _header(ctx: Ctx, estate: EstateHeader, title: str, document: Document,
            qr: bool, stamp: str = "") -> list[Flowable]:
    compact = ctx.compact
    name_size = 11.0 if ctx.tight else 12.5 if compact else 15.0
    small = 7.0 if ctx.tight else 7.5 if compact else 8.5
    contact = "　".join(x for x in (f"地址：{estate.address}" if estate.address else "",
                                     f"客服电话：{estate.hotline}" if estate.hotline else "") if x)
    if compact:
        company = f'<font size="{small + 0.5}">　{markup(estate.company)}</font>'
        first = CJKParagraph(f"{markup(estate.name)}{company}",
                             ctx.style(name_size, leading=name_size * 1.25))
        lines: list[Flowable] = [first]
    else:
        lines = [ctx.para(estate.name, name_size, leading=name_size * 1.3)]
        if estate.company:
            lines.append(ctx.para(estate.company, small + 0.5, leading=(small + 0.5) * 1.3))
    if contact:
        lines.append(ctx.para(contact, small, color=MUTED))
    right: list[Flowable] = []
    if document.number:
        right.append(CJKParagraph(
            f'编号：<font color="#{NUMBER_RED.hexval()[2:]}">{markup(document.number)}</font>',
            ctx.style(ctx.size + (0 if compact else 0.5), TA_RIGHT)))
    if document.date:
        right.append(ctx.para(f"日期：{format_cn_date(document.date)}", ctx.size - 0.5, TA_RIGHT))
    qr_size = (11 if ctx.tight else 14 if compact else 18) * mm
    want_qr = qr and bool(document.number)
    needed = max([ctx.text_width(f"编号：{document.number}", ctx.size + 0.5) if document.number else 0,
                  ctx.text_width(f"日期：{format_cn_date(document.date)}", ctx.size - 0.5)
                  if document.date else 0])
    right_w = min(max(needed + 4 * mm, 36 * mm), ctx.width * 0.45)
    logo = _logo(estate.logo_path, (10 if compact else 13) * mm)
    cells: list[object] = []
    widths: list[float] = []
    if logo is not None:
        cells.append(logo)
        widths.append(logo.drawWidth + 3 * mm)
    left_w = ctx.width - sum(widths) - right_w - (qr_size + 2 * mm if want_qr else 0)
    cells.append(lines)
    widths.append(left_w)
    cells.append(right or "")
    widths.append(right_w)
    if want_qr:
        cells.append(_QR(document.number or "", qr_size))
        widths.append(qr_size + 2 * mm)
    top = _RLTable([cells], colWidths=widths, hAlign="LEFT", style=TableStyle([
        ("FONT", (0, 0), (-1, -1), ctx.font, ctx.size), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("ALIGN", (-1, 0), (-1, 0), "RIGHT"),
    ]))
    gap = (0.6 if ctx.tight else 1.5 if compact else 3) * mm
    out: list[Flowable] = [top, _Rule(), Spacer(1, gap), _Title(title, ctx, stamp)]
    if document.subtitle:
        out.append(ctx.para(document.subtitle, ctx.size - 0.5, TA_CENTER, MUTED))
    out.append(Spacer(1, gap))
    return out


def _logo(path: str | None, height: float) -> Image | None:
    if not path or not os.path.isfile(path):
        return None
    try:
        from reportlab.lib.utils import ImageReader

        iw, ih = ImageReader(path).getSize()
    except Exception:  # noqa: BLE001 - a broken logo must not stop the print
        return None
    return Image(path, width=height * iw / ih, height=height)


# --------------------------------------------------------------------------------------------------
# The engine
# --------------------------------------------------------------------------------------------------

@dataclass
class _Slot:
    page: int
    index: int          # frame index on the page
    copy: int | None
    sheet: int = 0      # which document of a batch (Document.following)


@dataclass(frozen=True)
class _Geometry:
    pagesize: tuple[float, float]
    slots: tuple[tuple[float, float, float, float], ...]   # x, y, w, h; top first
    margins: tuple[float, float, float, float]             # left, right, top, bottom
    compact: bool
    cut_lines: tuple[float, ...] = ()
    tight: bool = False       # a third of A4: smaller header

    @property
    def frame_width(self) -> float:
        return self.slots[0][2] - self.margins[0] - self.margins[1]

    @property
    def frame_height(self) -> float:
        return self.slots[0][3] - self.margins[2] - self.margins[3]


def geometry(paper: str, landscape: bool = False) -> _Geometry:
    w, h = A4
    if paper == PAPER_A4:
        if landscape:
            w, h = _landscape(A4)
        return _Geometry((w, h), ((0, 0, w, h),), (16 * mm, 15 * mm, 11 * mm, 13 * mm), False)
    if paper == PAPER_A5X2:
        half = h / 2
        return _Geometry((w, h), ((0, half, w, half), (0, 0, w, half)),
                         (13 * mm, 13 * mm, 7 * mm, 10 * mm), True, (half,))
    if paper == PAPER_A4X3:
        third = h / 3
        return _Geometry((w, h), ((0, 2 * third, w, third), (0, third, w, third), (0, 0, w, third)),
                         (12 * mm, 13 * mm, 5 * mm, 7.5 * mm), True, (third, 2 * third), tight=True)
    raise ValueError(f"unknown paper {paper!r}; use one of {PAPERS}")


class _DocTemplate(BaseDocTemplate):
    def __init__(self, buf, geo: _Geometry, **kw) -> None:
        super().__init__(buf, pagesize=geo.pagesize, leftMargin=0, rightMargin=0, topMargin=0,
                         bottomMargin=0, **kw)
        left, right, top, bottom = geo.margins
        frames = [Frame(x + left, y + bottom, w - left - right, h - top - bottom, id=f"slot{i}",
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                  for i, (x, y, w, h) in enumerate(geo.slots)]
        self.addPageTemplates([PageTemplate(id="form", frames=frames)])
        self._fd_slots: list[_Slot] = []
        self._fd_copy: int | None = None
        self._fd_sheet = 0
        self._fd_decorate: Callable[[Canvas, list[_Slot]], None] | None = None

    def handle_frameBegin(self, resume=0, pageTopFlowables=None):  # noqa: N802,N803
        super().handle_frameBegin(resume, pageTopFlowables)
        self._fd_slots.append(_Slot(self.canv.getPageNumber(),
                                    self.pageTemplate.frames.index(self.frame), self._fd_copy,
                                    self._fd_sheet))

    def beforeDocument(self):  # noqa: N802 - reportlab's name
        self.canv._fd_doc = self


class _DeferredCanvas(Canvas):
    """Keeps the pages until ``save`` so that each can be decorated knowing the page counts."""

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self._fd_pages: list[dict] = []

    def showPage(self):  # noqa: N802 - reportlab's name
        self._fd_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        doc: _DocTemplate = self._fd_doc
        for state in self._fd_pages:
            self.__dict__.update(state)
            page = self.getPageNumber()
            if doc._fd_decorate:
                doc._fd_decorate(self, [s for s in doc._fd_slots if s.page == page])
            Canvas.showPage(self)
        Canvas.save(self)


@dataclass
class _Decorator:
    geo: _Geometry
    font: str
    copies: Sequence[str]
    numbers: Sequence[str | None]     # per sheet of a batch
    reprint_count: int
    voided: bool
    slots: list[_Slot]

    def __call__(self, c: Canvas, slots_on_page: list[_Slot]) -> None:
        geo = self.geo
        for y in geo.cut_lines:
            self._cut_line(c, y)
        for slot in slots_on_page:
            same = [s for s in self.slots if (s.sheet, s.copy) == (slot.sheet, slot.copy)]
            self._slot(c, slot, same.index(slot) + 1, len(same))

    def _slot(self, c: Canvas, slot: _Slot, page: int, pages: int) -> None:
        x, y, w, h = self.geo.slots[slot.index]
        left, right, top, bottom = self.geo.margins
        label = self.copies[slot.copy] if slot.copy is not None and self.copies else ""
        c.saveState()
        size = 7.5
        c.setFont(self.font, size)
        c.setFillColor(MUTED)
        fy = y + bottom * (0.42 if self.geo.compact else 0.5)
        if label:
            c.drawString(x + left, fy, label)
        c.drawCentredString(x + w / 2, fy, f"第 {page} 页 共 {pages} 页")
        number = self.numbers[slot.sheet] if slot.sheet < len(self.numbers) else None
        if number:
            c.drawRightString(x + w - right, fy, f"No. {number}")
        if label:
            self._side_label(c, label, x + w - right / 2, y + bottom + (h - top - bottom) / 2)
        c.restoreState()
        if self.reprint_count > 0:
            self._reprint(c, x, y, w, h)
        if self.voided:
            self._void(c, x, y, w, h)

    def _side_label(self, c: Canvas, label: str, cx: float, cy: float) -> None:
        """The copy label written vertically (upright characters) in the right margin."""
        size = 8.5 if self.geo.compact else 9.5
        step = size * 1.12
        chars = [ch for ch in label]
        total = step * len(chars)
        c.setFont(self.font, size)
        c.setFillColor(INK)
        y = cy + total / 2 - size
        for ch in chars:
            if ch.strip():
                c.drawCentredString(cx, y, ch)
            y -= step if ch.strip() else step * 0.6

    def _reprint(self, c: Canvas, x: float, y: float, w: float, h: float) -> None:
        text = f"补打 第{self.reprint_count}次"
        c.saveState()
        if not self.voided:
            size = min(w, h) * (0.11 if self.geo.compact else 0.1)
            c.translate(x + w / 2, y + h / 2)
            c.rotate(30 if not self.geo.compact else 18)
            c.setFillColor(colors.Color(0.5, 0.5, 0.5))
            c.setFillAlpha(0.22)
            c.setFont(self.font, size)
            c.drawCentredString(0, -size / 3, text)
        c.restoreState()

    def _void(self, c: Canvas, x: float, y: float, w: float, h: float) -> None:
        size = min(w, h) * (0.3 if self.geo.compact else 0.26)
        text = "作废"
        tw = stringWidth(text, self.font, size) + size * 0.4
        c.saveState()
        c.translate(x + w / 2, y + h / 2)
        c.rotate(30 if not self.geo.compact else 20)
        c.setFillColor(STAMP_RED)
        c.setStrokeColor(STAMP_RED)
        c.setFillAlpha(0.42)
        c.setStrokeAlpha(0.55)
        c.setLineWidth(size * 0.05)
        c.roundRect(-tw / 2 - size * 0.15, -size * 0.55, tw + size * 0.3, size * 1.25, size * 0.12,
                    stroke=1, fill=0)
        t = c.beginText(-tw / 2, -size * 0.25)
        t.setFont(self.font, size)
        t.setCharSpace(size * 0.4)
        t.textOut(text)
        c.drawText(t)
        c.restoreState()

    def _cut_line(self, c: Canvas, y: float) -> None:
        w = self.geo.pagesize[0]
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.5)
        c.setDash(4, 3)
        label = "裁 剪 线"
        size = 7
        lw = stringWidth(label, self.font, size) + 8
        c.line(6 * mm, y, w / 2 - lw / 2, y)
        c.line(w / 2 + lw / 2, y, w - 6 * mm, y)
        c.setFont(self.font, size)
        c.setFillColor(MUTED)
        c.drawCentredString(w / 2, y - size / 3, label)
        c.restoreState()


def _body(ctx: Ctx, parts: Sequence[Part]) -> list[Flowable]:
    """The flowables of the parts; closing parts after the last table are tied to its end."""
    parts = list(parts)
    k = len(parts)
    while k and getattr(parts[k - 1], "closing", False):
        k -= 1
    story: list[Flowable] = []
    for part in parts[:k - 1] if k else parts:
        story.extend(part.flowables(ctx))
    if not k:
        return story
    table = parts[k - 1]
    closing = [part.flowables(ctx) for part in parts[k:]]
    if isinstance(table, ItemTable) and closing:
        height = sum(f.wrap(ctx.width, ctx.height)[1] for fs in closing for f in fs)
        if height < ctx.height * 0.5:
            return story + table.flowables(ctx, closing)
    story.extend(table.flowables(ctx))
    for fs in closing:
        story.extend(fs)
    return story


def build_pdf(document: Document, *, title: str, paper: str, copies: Sequence[str],
              copy_indices: Sequence[int] | None, estate: EstateHeader, font: FontInfo,
              qr: bool = True, reprint_count: int = 0, voided: bool = False,
              author: str = "") -> bytes:
    """Lay ``document`` out and return the PDF bytes (see the module docstring)."""
    title = document.title or title
    geo = geometry(paper, document.landscape and paper == PAPER_A4)
    buf = io.BytesIO()
    doc = _DocTemplate(buf, geo, title=f"{title} {document.number or ''}".strip(),
                       author=author or estate.name, creator="Front Desk 物业客服前台",
                       subject=title, invariant=1, initialFontName=font.name,
                       initialFontSize=10)
    sheets = [document, *document.following]
    doc._fd_decorate = _Decorator(geo, font.name, copies, [d.number for d in sheets], reprint_count, voided,
                                  doc._fd_slots)
    ctx = Ctx(font.name, geo.frame_width, geo.compact, geo.frame_height, tight=geo.tight)
    indices: list[int | None] = list(copy_indices) if copy_indices is not None else (
        list(range(len(copies))) or [None])
    stamp = f"补打 第{reprint_count}次" if reprint_count > 0 else ""
    story: list[Flowable] = []
    for sheet, one in enumerate(sheets):
        want_qr = qr if one.qr is None else one.qr
        for k in indices:
            if story:
                story.append(FrameBreak)
            story.append(_CopyMark(k, sheet))
            story.extend(_header(ctx, estate, one.title or title, one, want_qr, stamp))
            story.extend(_body(ctx, one.parts))
    doc.build(story, canvasmaker=_DeferredCanvas)
    return buf.getvalue()
