"""打印测试页 — the printer test page of 设置 → 打印: which font this PC prints with and whether it is
embedded in the PDF, sample Chinese text (common words of the desk and characters of personal names),
punctuation that must not start a line, an amount in figures and 大写, a table's alignments, and a QR
code of the page's number (scan it to check the printer's resolution).

The font facts are read at layout time from the font the engine actually uses (``ctx.font``), so the
page reports the truth even when the configured font could not be used and another one was taken.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from app.printing.layout import Amount, Column, Ctx, Custom, Document, Fields, Heading, ItemTable, Note, Signatures
from app.printing.registry import register_form

COMMON_TEXT = ("业主、租户、访客、装修、钥匙、投诉、回访、通知、空置、巡查、放行、入住、撤租、收费、"
               "滞纳金、押金、物业服务中心、房屋档案、联系单、存根联、客户联、保安联。")
NAME_CHARS = "喆堃淼犇琍珺昇旻彧晔赟甦骉懿鑫䶮"
PUNCTUATION = "，。、；：？！“”‘’（）《》【】—…·￥％℃№①②③ m² 0123456789 ABCXYZ abcxyz"
WRAP_TEST = ("标点换行测试：本段文字较长，用于检查换行规则，句号、逗号、顿号、冒号、分号、问号、感叹号、"
             "右括号和右书名号都不应出现在行首；左括号（例如这里）和左书名号《例如这里》不应出现在行尾。"
             "如果这里的任何一行以“，”或“。”开头，请联系系统管理员。")
AMOUNT = Decimal("12345.67")


@dataclass(frozen=True)
class PrintTestPage:
    number: str                        # printed top right and as the QR code
    printed_at: datetime
    printed_by: str = ""
    font_setting: str = ""             # the configured font path ("" = found automatically)
    computer: str = ""


def sample() -> PrintTestPage:
    return PrintTestPage(number="CS20250612-143000", printed_at=datetime(2025, 6, 12, 14, 30),
                    printed_by="陈静", computer="FRONTDESK-01")


def font_facts(font_name: str) -> tuple[str, str, bool, list[str]]:
    """(family, file, embedded, missing characters) of a font registered with reportlab."""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(font_name)
    face = getattr(font, "face", None)
    charmap = getattr(face, "charToGlyph", None)
    if face is None or charmap is None or not getattr(face, "filename", None):
        return font_name, "", False, []  # a CID font (STSong-Light): not embedded

    def text(v: object) -> str:
        return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v or "")

    family = text(getattr(face, "familyName", "")) or text(getattr(face, "name", font_name))
    style = text(getattr(face, "styleName", ""))
    missing = [ch for ch in dict.fromkeys(NAME_CHARS + COMMON_TEXT + PUNCTUATION)
               if ch.strip() and ord(ch) not in charmap]
    return (f"{family} {style}".strip(), str(face.filename), True, missing)


def _font_part(data: PrintTestPage):
    def make(ctx: Ctx):
        family, path, embedded, missing = font_facts(ctx.font)
        return Fields([
            ("字体名称", family), ("嵌入PDF", "是（子集嵌入）" if embedded else "否"),
            ("字体文件", path or "（系统CID字体，未嵌入）"),
            ("字体设置", data.font_setting or "自动查找"),
            ("缺字检查", (f"缺 {len(missing)} 个字形：" + "、".join(f"U+{ord(ch):04X}" for ch in missing))
             if missing else "样张中的字符均有字形"),
            ("打印电脑", data.computer or "—"),
        ], columns=1).flowables(ctx)
    return Custom(make)


@register_form(code="test_page", title="打印测试页", paper="A4", sample=sample)
def build(data: PrintTestPage) -> Document:
    return Document(
        number=data.number,
        date=data.printed_at,
        parts=[
            Heading("一、打印字体"),
            _font_part(data),
            Note("若“嵌入PDF”为“否”，打印机或PDF阅读器缺少该字体时中文可能显示为空白或方框，"
                 "请在“设置 → 打印”中选择一个中文TrueType字体（如黑体、宋体或文泉驿微米黑）。",
                 size=8.5),
            Heading("二、中文样张"),
            Note(COMMON_TEXT, label="常用词"),
            Note(f"{NAME_CHARS}（缺字时此处出现空白或方框）", label="姓名用字"),
            Heading("三、标点与换行"),
            Note(PUNCTUATION, label="标点符号"),
            Note(WRAP_TEST),
            Heading("四、表格与金额"),
            ItemTable([Column("左对齐", 3), Column("居中", 2, "center"), Column("右对齐", 2, "right")],
                      [("物业服务费（2025年第二季度）", "3-2-1502", "1,234.50"),
                       ("停车管理费", "地下B2-018", "450.00"),
                       ("装修押金（可退）", "3-2-1502", "10,000.00")]),
            Amount(AMOUNT, label="示例金额"),
            Note(f"二维码：右上角二维码的内容应为 {data.number}，请用手机扫描核对。"
                 f"打印人：{data.printed_by or '—'}。", size=9),
            Signatures(["测试人", "核对人"], columns=2),
        ])
