"""Chinese line breaking for reportlab paragraphs (禁则: closing punctuation never starts a line).

reportlab's own ``wordWrap='CJK'`` cuts "like a knife" between characters and, when the character that
overflows cannot start a line, lets that one character hang in the right margin. Its list of such
characters (``reportlab.lib.textsplit.ALL_CANNOT_START``) is Japanese-centred and misses the common
Chinese full-width marks ``，：；！？》〉”’…`` — so a ``，`` happily starts a line — and it never keeps an
opening bracket (``（《“``) off the end of a line.

:func:`break_lines` is the rule we use instead, in the spirit of GB/T 15834 and the W3C *Requirements for
Chinese Text Layout*: fill the line greedily; if the next line would start with closing punctuation, or
this line would end with opening punctuation, push characters down to the next line ("推出", at most a
few); only when that is impossible (a line of nothing but punctuation) hang the mark in the margin as
reportlab does. A run of Latin letters/digits (a room code ``3-2-1502``, a phone number, an English word)
is not cut in the middle when a break before it is available.

:class:`CJKParagraph` is a :class:`reportlab.platypus.Paragraph` whose CJK line breaker uses it; it
reuses reportlab's own line objects, so drawing, splitting across pages and alignment are unchanged.
No global state of reportlab is patched.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus.paragraph import Paragraph, ParaLines, _handleBulletWidth, cjkU, makeCJKParaLine
from reportlab.rl_config import _FUZZ

#: Characters that must not start a line (closing punctuation, stops, iteration/continuation marks).
CANNOT_START = frozenset(
    "，。、；：！？）》」』】〕〗〙〛〉］｝”’…‥—～·・％‰℃°′″"
    ",.;:!?)]}%"
    "\u3005\u309b\u309c\u30fc")
#: Characters that must not end a line (opening brackets and quotes, currency prefixes).
CANNOT_END = frozenset("（《「『【〔〖〘〚〈［｛“‘([{￥＄$£#")
#: How many characters a line may give up to the next one before we fall back to hanging punctuation.
MAX_PUSH = 4
_SPACES = frozenset(" \u3000\t")


def _is_word_char(ch: str) -> bool:
    """Part of a Latin/digit run that should not be cut (room codes, phone numbers, words)."""
    return bool(ch) and ord(ch) < 0x2E80 and ch not in _SPACES and ch not in CANNOT_START \
        and ch not in CANNOT_END


def break_lines(chars: Sequence[str], widths: Sequence[float], max_widths: Sequence[float],
                hard_breaks: frozenset[int] | set[int] = frozenset()) -> list[tuple[int, int]]:
    """Split ``chars`` (one string per glyph, with ``widths``) into lines no wider than ``max_widths``.

    ``max_widths[i]`` is the width of line ``i`` (the last value repeats). A hard break after index ``k``
    is given by ``k in hard_breaks``. Returns ``(start, end)`` index pairs; spaces at the start of a
    wrapped line are skipped.
    """
    n = len(chars)
    lines: list[tuple[int, int]] = []
    start = 0
    while start < n:
        max_w = max_widths[min(len(lines), len(max_widths) - 1)]
        used = 0.0
        i = start
        forced = False
        while i < n:
            w = widths[i]
            if used + w > max_w + _FUZZ and i > start:
                break
            used += w
            i += 1
            if i - 1 in hard_breaks:
                forced = True
                break
        end = i
        if end < n and not forced:
            end = _adjust(chars, start, end)
        lines.append((start, end))
        start = end
        if not forced:
            while start < n and chars[start] in _SPACES and start not in hard_breaks:
                start += 1
    return lines


def _bad_break(chars: Sequence[str], end: int) -> bool:
    return chars[end] in CANNOT_START or chars[end - 1] in CANNOT_END


def _adjust(chars: Sequence[str], start: int, end: int) -> int:
    """Move the break before ``end`` back to a legal position (see module docstring)."""
    # Do not cut a Latin/digit run if the line has a break before it.
    if _is_word_char(chars[end]) and _is_word_char(chars[end - 1]):
        for k in range(end - 1, start, -1):
            if not (_is_word_char(chars[k - 1]) and _is_word_char(chars[k])):
                end = k
                break
    if not _bad_break(chars, end):
        return end
    for k in range(end - 1, max(start, end - MAX_PUSH - 1), -1):
        if k > start and not _bad_break(chars, k):
            return k
    # Nothing to push down (a line of punctuation): hang the closing marks in the margin instead.
    hang = end
    while hang < len(chars) and chars[hang] in CANNOT_START and hang - end < 2:
        hang += 1
    return hang


@lru_cache(maxsize=65536)
def _char_width(ch: str, font: str, size: float) -> float:
    """reportlab's width of ``ch`` (the same characters in the same sizes on every document: the lookup per
    character is the cost of CJK wrapping)."""
    return stringWidth(ch, font, size)


@lru_cache(maxsize=8192)
def _single_lines(text: str, font: str, size: float, max_widths: tuple[float, ...]) -> tuple[tuple[float, str], ...]:
    """The lines of a one-style paragraph as (free width, text): the same text in the same box is broken
    once (tables wrap a cell to measure it and again to draw it; forms repeat their labels)."""
    widths = [_char_width(c, font, size) for c in text]
    lines = []
    for k, (s, e) in enumerate(break_lines(text, widths, max_widths)):
        max_w = max_widths[min(k, len(max_widths) - 1)]
        lines.append((max_w - sum(widths[s:e]), text[s:e].rstrip()))
    return tuple(lines)


#: parsed markup by (text, the style's values): a form's labels and headers are the same on every document
_PARSED: dict[tuple, tuple[str, list]] = {}
_PARSED_MAX = 4096


def _style_key(style: ParagraphStyle) -> tuple:
    """The values of a style that its paragraphs' parse depends on (computed once per style object)."""
    key = style.__dict__.get("_fd_key")
    if key is None:
        key = tuple(sorted((k, v if v is None or isinstance(v, (str, int, float, bool)) else repr(v))
                           for k, v in style.__dict__.items() if k not in ("name", "parent")))
        style.__dict__["_fd_key"] = key
    return key


class CJKParagraph(Paragraph):
    """A Paragraph that wraps Chinese with :func:`break_lines` (the style must say ``wordWrap='CJK'``).

    The parse of its markup is kept by text and style values, and each paragraph gets its own copies of
    the fragments: the same label is parsed once, not on every document."""

    def _setup(self, text, style, bulletText, frags, cleaner):  # noqa: N803 - reportlab's names
        if frags is not None or bulletText is not None or not isinstance(text, str):
            return super()._setup(text, style, bulletText, frags, cleaner)
        key = (text, self.caseSensitive, _style_key(style))
        hit = _PARSED.get(key)
        if hit is None:
            super()._setup(text, style, bulletText, frags, cleaner)
            if self.style is style and self.bulletText is None:
                if len(_PARSED) >= _PARSED_MAX:
                    _PARSED.clear()
                _PARSED[key] = (self.text, [f.clone() for f in self.frags])
            return None
        self.text, self.style, self.bulletText, self.debug = hit[0], style, None, 0
        self.frags = [f.clone() for f in hit[1]]
        return None

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803 - reportlab's names
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]  # noqa: N806 - reportlab's parameter name
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        frags = self.frags
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            if len(frags) == 1 and not hasattr(frags[0], "cbDefn") and not style.endDots:
                return frags[0].clone(kind=0, lines=self.blPara.lines)
            return self.blPara
        if not frags:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        if len(frags) == 1 and not hasattr(frags[0], "cbDefn") and not style.endDots:
            f = frags[0]
            text = f.text if hasattr(f, "text") else "".join(getattr(f, "words", []))
            if isinstance(text, bytes):
                text = text.decode("utf8")
            lines = [(free, [line]) for free, line in _single_lines(text, f.fontName, f.fontSize, tuple(maxWidths))]
            if not lines:
                lines = [(maxWidths[0], [""])]
            ascent, descent = getAscentDescent(f.fontName, f.fontSize)
            return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent)

        auto_leading = getattr(self, "autoLeading", getattr(style, "autoLeading", ""))
        calc_bounds = auto_leading not in ("", "off")
        units = []
        for f in frags:
            text = f.text
            if isinstance(text, bytes):
                text = text.decode("utf8")
            if text:
                units.extend(cjkU(t, f, "utf8") for t in text)
            else:
                units.append(cjkU(text, f, "utf8"))
        widths = [u.width for u in units]
        hard = {k for k, u in enumerate(units) if hasattr(u.frag, "lineBreak")}
        out = []
        for k, (s, e) in enumerate(break_lines(units, widths, maxWidths, hard)):
            max_w = maxWidths[min(k, len(maxWidths) - 1)]
            used = sum(widths[s:e])
            out.append(makeCJKParaLine(units[s:e], max_w, used, max_w - used, (e - 1) in hard,
                                       calc_bounds))
        return ParaLines(kind=1, lines=out)


def markup(text: object) -> str:
    """Escape user text for a Paragraph and keep its line breaks."""
    if text is None:
        return ""
    s = escape(str(text))
    return s.replace("\r\n", "\n").replace("\n", "<br/>")
