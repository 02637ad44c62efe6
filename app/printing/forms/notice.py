"""通知 — a notice as it is posted on the boards or handed to a resident (DOMAIN.md §4.4), A4 portrait.

The standard layout: the title centred; the official number (``阳光花园物业[2026]第012号``) at the top
right; the salutation ``尊敬的业主/住户：``; the body in indented paragraphs (with the scope when the
notice does not concern the whole estate); ``特此通知。`` and the thanks; the contact phone; the issuer
(where the seal goes) and the date at the right; ``有效期至 …`` at the bottom right.

A title too long for one line of the 20-point title (more than ``PRINT_TITLE_FIT`` characters) prints as
a wrapped heading under the kind (通知, 公告 …). A notice printed before publication (for the approver)
is marked 审批稿; a correction notice names the notice it corrects.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.domain.notices import END_OF_DAY, PRINT_TITLE_FIT
from app.domain.validation import format_phone
from app.printing.layout import Custom, Document, format_cn_date
from app.printing.registry import register_form


@dataclass(frozen=True)
class NoticeSheet:
    title: str                            # 关于3号楼二次供水水箱清洗停水的通知
    number: str                           # official number, 阳光花园物业[2026]第012号
    body: str                             # paragraphs separated by line breaks
    issuer: str                           # 星河物业服务有限公司阳光花园物业服务中心
    issued: date | None                   # the date under the issuer
    valid_until: datetime | date | None   # 有效期至
    kind: str = "通知"
    effective_from: datetime | None = None
    contact_phone: str = ""
    salutation: str = "尊敬的业主/住户："
    scope: str = ""                       # 通知范围, printed when not the whole estate
    closing: str = "特此通知。"
    thanks: str = "感谢您的理解与支持！"
    draft: bool = False                   # printed before publication: 审批稿
    corrects: str = ""                    # official number of the notice this one corrects


def sample() -> NoticeSheet:
    return NoticeSheet(
        title="关于3号楼二次供水水箱清洗停水的通知", number="阳光花园物业[2026]第012号", kind="停水停电通知",
        body="为保障业主饮用水安全，根据《二次供水设施卫生规范》的要求，我中心定于2026年6月15日（星期一）"
             "08:00至18:00对3号楼二次供水水箱进行清洗消毒。届时3号楼1、2单元将暂停供水。\n"
             "请各位业主、住户提前做好储水准备，并关闭家中水龙头，以免恢复供水时发生跑水。"
             "如遇特殊情况需延长停水时间，我中心将另行通知。",
        issuer="星河物业服务有限公司阳光花园物业服务中心", issued=date(2026, 6, 11),
        effective_from=datetime(2026, 6, 15, 8, 0), valid_until=datetime(2026, 6, 15, 18, 0),
        contact_phone="0571-88886666", scope="3栋1单元、3栋2单元")


def _valid_text(value: datetime | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime) and value.time() in (END_OF_DAY, datetime.min.time()):
        value = value.date()
    return format_cn_date(value)


def _body(data: NoticeSheet):
    def make(ctx):
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Spacer

        from app.printing.cjk import CJKParagraph, markup

        size = 12.0
        base = ParagraphStyle("notice_body", fontName=ctx.font, fontSize=size, leading=size * 1.8,
                              alignment=TA_LEFT, wordWrap="CJK", firstLineIndent=2 * size)
        plain = ParagraphStyle("notice_plain", parent=base, firstLineIndent=0)
        right = ParagraphStyle("notice_right", parent=plain, alignment=TA_RIGHT)
        centre = ParagraphStyle("notice_centre", parent=plain, alignment=TA_CENTER, fontSize=size + 3,
                                leading=(size + 3) * 1.45)
        small_centre = ParagraphStyle("notice_mark", parent=plain, alignment=TA_CENTER, fontSize=size - 1.5,
                                      leading=(size - 1.5) * 1.5)
        out = []
        if len(data.title) > PRINT_TITLE_FIT:
            out += [CJKParagraph(markup(data.title), centre), Spacer(1, 2 * mm)]
        marks = []
        if data.corrects:
            marks.append(f"（本通知更正{data.corrects}）")
        if data.draft:
            marks.append("【审批稿，未经发布】")
        if marks:
            out += [CJKParagraph(markup("".join(marks)), small_centre), Spacer(1, 2 * mm)]
        out.append(CJKParagraph(markup(data.salutation), plain))
        for paragraph in (p.strip() for p in data.body.splitlines()):
            if paragraph:
                out.append(CJKParagraph(markup(paragraph), base))
        if data.scope:
            out.append(CJKParagraph(markup(f"通知范围：{data.scope}"), base))
        if data.closing:
            out.append(CJKParagraph(markup(data.closing), base))
        if data.thanks:
            out.append(CJKParagraph(markup(data.thanks), base))
        if data.contact_phone:
            out.append(CJKParagraph(markup(f"联系电话：{format_phone(data.contact_phone)}"), base))
        # the issuer (the seal goes over it) and the date at the right; 有效期至 at the bottom right
        tail = [Spacer(1, 12 * mm), CJKParagraph(markup(data.issuer), right)]
        if data.issued:
            tail.append(CJKParagraph(markup(format_cn_date(data.issued)), right))
        if data.valid_until:
            tail += [Spacer(1, 10 * mm), CJKParagraph(markup(f"有效期至：{_valid_text(data.valid_until)}"), right)]
        out.append(KeepTogether(tail))
        return out

    return Custom(make)


@register_form(code="notice", title="通知", paper="A4", qr=False, sample=sample)
def build(data: NoticeSheet) -> Document:
    title = data.title if len(data.title) <= PRINT_TITLE_FIT else data.kind
    return Document(number=data.number, title=title, parts=[_body(data)])
