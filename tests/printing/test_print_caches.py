"""What the forms keep between documents (parsed labels, CJK line breaks, character widths, the QR code of a
number) changes nothing on paper: a form printed with the caches empty and printed again from them is the
same PDF, byte for byte, and reads back the same; the cached QR is the encoder's."""
from __future__ import annotations

import io

from pypdf import PdfReader

from app.printing import cjk, layout
from app.printing.registry import render_sample


def _empty_caches() -> None:
    cjk._PARSED.clear()
    cjk._single_lines.cache_clear()
    cjk._char_width.cache_clear()
    layout.qr_runs.cache_clear()


def test_a_form_from_the_caches_is_the_same_pdf():
    for code in ("key_handover", "fee_receipt", "household_card"):
        _empty_caches()
        cold = render_sample(code)
        assert cjk._PARSED and layout.qr_runs.cache_info().currsize
        warm = render_sample(code)
        assert cjk._single_lines.cache_info().hits and layout.qr_runs.cache_info().hits
        assert warm == cold, code
        text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(warm)).pages)
        assert text == "".join(p.extract_text() for p in PdfReader(io.BytesIO(cold)).pages)


def test_the_fee_receipt_encodes_its_number_once_for_three_copies():
    _empty_caches()
    pdf = render_sample("fee_receipt")
    info = layout.qr_runs.cache_info()
    assert (info.misses, info.hits) == (1, 2)          # 第一联 encodes, 第二联 and 第三联 reuse
    assert "收款收据" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text().replace(" ", "")


def test_cached_qr_runs_are_the_encoders_modules():
    from reportlab.graphics.barcode import qrencoder

    value = "SJ2026-000123"
    qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    qr.addData(value)
    qr.make()
    n, runs = layout.qr_runs(value)
    assert n == qr.getModuleCount()
    dark = {(r, k) for r, start, length in runs for k in range(start, start + length)}
    assert dark == {(r, k) for r, row in enumerate(qr.modules) for k, on in enumerate(row) if on}


def test_a_paragraph_gets_its_own_fragments():
    from reportlab.lib.styles import ParagraphStyle

    from app.printing.fonts import resolve_font

    style = ParagraphStyle("t", fontName=resolve_font().name, fontSize=9, wordWrap="CJK")
    first, second = cjk.CJKParagraph("房号：3-2-1502", style), cjk.CJKParagraph("房号：3-2-1502", style)
    assert first.frags is not second.frags and first.frags[0] is not second.frags[0]
    first.frags[0].text = "changed"
    assert cjk.CJKParagraph("房号：3-2-1502", style).frags[0].text == "房号：3-2-1502"
