"""催款通知书 and 最后缴款通知书 — the written reminders of arrears (DOMAIN.md §4.15 step 5), printed in batch for
a selection of rooms: one letter per room, many letters in one PDF (each from a new sheet with its own
number and page count).

A4 portrait letter: the addressee (room and name), the arrears by item and period with the due date and
the amount, the total in figures and in 人民币大写, the date to pay by (催款通知书: within one month; 最后缴款
通知书, from day 8 after the first: within five days), the late-fee clause when the estate's contract has one
(off by default), where and how to pay, the desk's phone, the issuer and the date, and a receipt slip for
the delivery (送达回执).

Lawful collection (§8.6, 《民法典》第944条): the letters never threaten to cut water, power, heating or gas;
the last step they name is collection by law (依法追缴). :data:`FORBIDDEN` lists the words that must never
be printed; :func:`build` refuses a letter whose text has one.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from app.domain.money import amount_in_words, format_yuan
from app.domain.validation import format_phone
from app.printing.layout import Custom, Document, format_cn_date
from app.printing.registry import register_form

FIRST_TITLE = "催款通知书"
FINAL_TITLE = "最后缴款通知书"

#: Words of a supply cut-off that no reminder may print (§8.6).
FORBIDDEN = ("停水", "停电", "断水", "断电", "停暖", "停气", "断气", "断暖", "停止供水", "停止供电", "停止供暖",
             "停止供气", "限水", "限电")


@dataclass(frozen=True)
class ArrearsLine:
    item: str                     # 物业服务费
    period_start: date
    period_end: date
    due_date: date
    amount: Decimal               # outstanding


@dataclass(frozen=True)
class ReminderLetter:
    number: str                   # CJ20260612-0001
    room: str                     # 3-2-1502
    addressee: str                # 王建国
    lines: Sequence[ArrearsLine]
    pay_by: date
    issued: date
    as_of: date | None = None     # 截至 (default: issued)
    late_fee: str = ""            # the clause, e.g. 按日万分之三计收滞纳金; empty: none
    first_notice: date | None = None   # 最后缴款通知书: when the 催款通知书 was sent
    final: bool = False


@dataclass(frozen=True)
class FeeReminders:
    """The batch: every letter shares the issuer, the desk's phone and where to pay."""

    letters: Sequence[ReminderLetter]
    issuer: str                   # 星河物业服务有限公司阳光花园物业服务中心
    phone: str                    # 客服中心 0571-88886666
    pay_at: str = "物业服务中心前台（工作日 08:30—17:30）"
    pay_ways: str = "现金、POS刷卡、微信、支付宝、银行转账"


def sample_batch(final: bool = False) -> FeeReminders:
    """Two letters (two rooms) in one batch."""
    day = date(2026, 6, 12)
    lines = [ArrearsLine("物业服务费", date(2025, 7, 1), date(2025, 9, 30), date(2025, 7, 15), Decimal("964.20")),
             ArrearsLine("物业服务费", date(2025, 10, 1), date(2025, 12, 31), date(2025, 10, 15), Decimal("964.20")),
             ArrearsLine("停车费", date(2025, 10, 1), date(2025, 12, 31), date(2025, 10, 15), Decimal("450.00"))]
    other = [ArrearsLine("物业服务费", date(2026, 1, 1), date(2026, 3, 31), date(2026, 1, 15), Decimal("720.00"))]
    prefix = "CJ20260620" if final else "CJ20260612"
    kw = dict(final=final, first_notice=date(2026, 6, 12) if final else None,
              pay_by=date(2026, 6, 25) if final else date(2026, 7, 12), issued=date(2026, 6, 20) if final else day,
              late_fee="根据《物业服务合同》第十二条约定，逾期缴纳的，自逾期之日起按日万分之三计收滞纳金。")
    return FeeReminders(
        letters=[ReminderLetter(f"{prefix}-0001", "3-2-1502", "王建国", lines, **kw),
                 ReminderLetter(f"{prefix}-0002", "1-1-0302", "李秀英", other, **kw)],
        issuer="星河物业服务有限公司阳光花园物业服务中心", phone="0571-88886666")


def sample() -> FeeReminders:
    """One letter (the gallery counts the pages of a whole PDF; a batch counts them per letter)."""
    batch = sample_batch(False)
    return replace(batch, letters=batch.letters[:1])


def final_sample() -> FeeReminders:
    batch = sample_batch(True)
    return replace(batch, letters=batch.letters[:1])


def total_of(letter: ReminderLetter) -> Decimal:
    return sum((Decimal(x.amount) for x in letter.lines), Decimal("0.00"))


def paragraphs(letter: ReminderLetter, batch: FeeReminders) -> list[str]:
    """The letter's text, paragraph by paragraph (before and after the table of arrears)."""
    as_of = format_cn_date(letter.as_of or letter.issued)
    total = total_of(letter)
    words = f"人民币{amount_in_words(total)}（{format_yuan(total)}）"
    phone = format_phone(batch.phone) or batch.phone
    if letter.final:
        first = (f"我中心已于{format_cn_date(letter.first_notice)}向您送达《催款通知书》，" if letter.first_notice
                 else "我中心已多次向您催缴，")
        opening = (f"{first}截至{as_of}，贵户（{letter.room}）仍欠缴以下费用，合计{words}。"
                   "长期欠费影响小区公共服务的正常开展，也损害按时缴费业主的权益。")
        ask = (f"请您务必于{format_cn_date(letter.pay_by)}前到{batch.pay_at}缴清。逾期仍未缴纳的，我中心将依据"
               "《中华人民共和国民法典》及《物业服务合同》的约定，通过申请支付令、提起诉讼等法律途径依法追缴。")
    else:
        opening = (f"感谢您对物业服务工作的支持！经核对，截至{as_of}，贵户（{letter.room}）尚有以下费用未缴纳，"
                   f"合计{words}。")
        ask = f"请您于{format_cn_date(letter.pay_by)}前到{batch.pay_at}缴纳，可使用{batch.pay_ways}。"
    out = [opening, ask]
    if letter.late_fee:
        out.append(letter.late_fee)
    out.append(f"如您已缴纳，请忽略本通知；如对费用有疑问，请致电客服中心 {phone}，我们将为您核对。")
    return out


def _letter(letter: ReminderLetter, batch: FeeReminders) -> Custom:
    def make(ctx):
        from reportlab.lib.enums import TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Spacer

        from app.printing.cjk import CJKParagraph, markup
        from app.printing.layout import Amount, Column, ItemTable

        size = 11.0
        base = ParagraphStyle("reminder_body", fontName=ctx.font, fontSize=size, leading=size * 1.75,
                              alignment=TA_LEFT, wordWrap="CJK", firstLineIndent=2 * size)
        plain = ParagraphStyle("reminder_plain", parent=base, firstLineIndent=0)
        right = ParagraphStyle("reminder_right", parent=plain, alignment=TA_RIGHT)
        text = paragraphs(letter, batch)
        out = [CJKParagraph(markup(f"尊敬的 {letter.room} {letter.addressee} 业主/住户："), plain),
               CJKParagraph(markup(text[0]), base), Spacer(1, 2 * mm)]
        rows = [(x.item, f"{x.period_start:%Y-%m-%d}至{x.period_end:%Y-%m-%d}", f"{x.due_date:%Y-%m-%d}",
                 format_yuan(x.amount).replace("¥", "")) for x in letter.lines]
        total = total_of(letter)
        out += ItemTable([Column("收费项目", 2.2), Column("所属期间", 3.2, "center"), Column("应缴日期", 1.8, "center"),
                          Column("欠缴金额（元）", 2.0, "right")], rows,
                         totals=("合计", "", "", format_yuan(total).replace("¥", ""))).flowables(ctx)
        out += Amount(total, label="欠费合计").flowables(ctx)
        out.append(Spacer(1, 2 * mm))
        out += [CJKParagraph(markup(p), base) for p in text[1:]]
        out.append(CJKParagraph(markup("特此通知。"), base))
        out.append(KeepTogether([
            Spacer(1, 8 * mm), CJKParagraph(markup(batch.issuer), right),
            CJKParagraph(markup(format_cn_date(letter.issued)), right), Spacer(1, 8 * mm),
            CJKParagraph(markup("- - - - - - - - - - - - - - - - 送 达 回 执 - - - - - - - - - - - - - - - -"),
                         ParagraphStyle("reminder_cut", parent=plain, alignment=1, fontSize=8, leading=12)),
            CJKParagraph(markup(f"兹收到物业服务中心{format_cn_date(letter.issued)}发出的《"
                                f"{FINAL_TITLE if letter.final else FIRST_TITLE}》（编号 {letter.number}）。"), plain),
            Spacer(1, 3 * mm),
            CJKParagraph(markup("签收人：______________　　送达方式：□当面 □留置 □邮寄　　签收日期：____年__月__日"),
                         plain),
        ]))
        return out

    return Custom(make)


def check_lawful(letter: ReminderLetter, batch: FeeReminders) -> None:
    text = "".join(paragraphs(letter, batch))
    for word in FORBIDDEN:
        if word in text:
            raise ValueError(f"reminder {letter.number}: a reminder never threatens a supply cut-off ({word})")


def _build(batch: FeeReminders, final: bool) -> Document:
    if not batch.letters:
        raise ValueError("a batch of reminders needs at least one letter")
    documents = []
    for letter in batch.letters:
        if letter.final != final:
            raise ValueError(f"reminder {letter.number} is not a {FINAL_TITLE if final else FIRST_TITLE}")
        check_lawful(letter, batch)
        documents.append(Document(number=letter.number, date=letter.issued, parts=[_letter(letter, batch)]))
    first, *rest = documents
    first.following = rest
    return first


@register_form(code="fee_reminder", title=FIRST_TITLE, number_prefix="CJ", sample=sample)
def build(batch: FeeReminders) -> Document:
    return _build(batch, final=False)


@register_form(code="fee_final_reminder", title=FINAL_TITLE, number_prefix="CJ", sample=final_sample)
def build_final(batch: FeeReminders) -> Document:
    return _build(batch, final=True)
