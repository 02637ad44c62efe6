"""Chinese line breaking: closing punctuation never starts a line, opening never ends one."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.printing.cjk import CANNOT_END, CANNOT_START, CJKParagraph, break_lines
from tests.printing.print_helpers import page_texts


def lines_of(text: str, width_chars: int, widths=None) -> list[str]:
    widths = widths or [10.0] * len(text)
    return [text[s:e] for s, e in break_lines(text, widths, [10.0 * width_chars])]


def test_comma_that_would_start_a_line_pulls_a_character_down():
    text = "一二三四五六七八九十，一二三四五"
    assert lines_of(text, 10) == ["一二三四五六七八九", "十，一二三四五"]


def test_more_closing_marks_in_a_row_are_all_kept_off_the_line_start():
    text = "一二三四五六七八九十。”）一二三"
    lines = lines_of(text, 10)
    assert all(line[0] not in CANNOT_START for line in lines)
    assert "".join(lines) == text


def test_opening_bracket_never_ends_a_line():
    text = "一二三四五六七八九《十一》二三"
    lines = lines_of(text, 10)
    assert all(line[-1] not in CANNOT_END for line in lines)
    assert lines[0] == "一二三四五六七八九"


def test_latin_runs_are_not_cut_when_a_break_before_them_exists():
    text = "房号为3-2-1502的业主"
    widths = [10.0 if ord(c) > 0x2E80 else 5.5 for c in text]
    lines = lines_of(text, 6, widths)
    assert "3-2-1502" in lines[1]


def test_a_line_of_only_punctuation_hangs_instead_of_looping():
    text = "。。。。。。"
    lines = lines_of(text, 2)
    assert "".join(lines) == text  # terminates and loses nothing


def test_hard_breaks_end_lines():
    text = "一二\n三四"
    lines = [text[s:e] for s, e in break_lines(text, [10.0] * 5, [100.0], {2})]
    assert lines == ["一二\n", "三四"]


HAN = "房屋档案业主签字经办人审核保安核验日期"
CLOSERS = "，。、；：！？）》」”…"
TOKENS = ([*HAN] + [h + c for h in HAN[:6] for c in CLOSERS] + [h + "。”" for h in HAN[:4]]
          + [o + h for o in "（《“" for h in HAN[:4]] + ["12", "3-2-1502"])


@settings(max_examples=200, deadline=None)
@given(tokens=st.lists(st.sampled_from(TOKENS), min_size=1, max_size=60),
       width=st.integers(min_value=4, max_value=30))
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(tokens, width):
    """Text as it is written (at most two marks in a row) always finds a legal break."""
    text = "".join(tokens)
    lines = lines_of(text, width)
    assert "".join(lines) == text
    assert all(lines)
    assert all(line[0] not in CANNOT_START for line in lines[1:])
    assert all(line[-1] not in CANNOT_END for line in lines[:-1])


@settings(max_examples=100, deadline=None)
@given(text=st.text(alphabet=HAN + CLOSERS + "（《“ ab1", min_size=1, max_size=80),
       width=st.integers(min_value=1, max_value=20))
def test_any_text_terminates_and_keeps_every_character(text, width):
    lines = lines_of(text, width)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_cjk_paragraph_wraps_like_break_lines(font):
    from reportlab.lib.styles import ParagraphStyle

    style = ParagraphStyle("t", fontName=font.name, fontSize=10, leading=12, wordWrap="CJK")
    text = "一二三四五六七八九十，一二三四五六七八九十。"
    p = CJKParagraph(text, style)
    p.wrap(100.5, 1000)
    lines = ["".join(line[1]) for line in p.blPara.lines]
    assert lines[0] == "一二三四五六七八九"
    assert all(line[0] not in CANNOT_START for line in lines)
    # with markup (several fragments) too
    p = CJKParagraph("一二三四五六七八<b></b>九十，一二三四<br/>五六", style)
    p.wrap(100.5, 1000)
    texts = ["".join(w.text for w in line.words) for line in p.blPara.lines]
    assert texts[0] == "一二三四五六七八九"
    assert texts[1].startswith("十，")
    assert texts[-1] == "五六"


def test_printed_paragraphs_never_start_a_line_with_a_comma(font):
    """Paragraphs built so that greedy wrapping would put the "，" first on the second line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from app.printing.layout import Document, Note, build_pdf, geometry
    from app.printing.registry import SAMPLE_ESTATE

    width = geometry("A4").frame_width
    per_line = int(width // stringWidth("字", font.name, 10))
    texts = []
    for k in range(per_line - 2, per_line + 3):
        text = "字" * k + "，后面还有很多文字" + "字" * per_line
        texts.append(text)
    # control: for k == per_line, greedy filling puts the comma at the start of line 2
    assert stringWidth("字" * per_line, font.name, 10) <= width < stringWidth(
        "字" * per_line + "，", font.name, 10)
    doc = Document(parts=[Note(t, size=10) for t in texts])
    pdf = build_pdf(doc, title="断行测试", paper="A4", copies=(), copy_indices=None,
                    estate=SAMPLE_ESTATE, font=font)
    lines = [ln.strip() for text in page_texts(pdf) for ln in text.splitlines() if ln.strip()]
    body = [ln for ln in lines if ln.startswith(("字", "，", "后"))]
    assert len(body) >= 2 * len(texts)
    assert not [ln for ln in body if ln[0] in CANNOT_START]
