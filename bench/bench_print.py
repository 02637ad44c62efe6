"""Forms, warm: ours against a bare reportlab form of the same content, measured in the same run.

    uv run python bench/bench_print.py [--rounds N] [--all]

The floor of a form is what reportlab costs to put the same content on paper without our layout: the same
strings in the same font and size at the same places, the same boxes and lines, the same QR code (encoded
by reportlab's encoder, as a bare form would), the same pages, written by a bare ``Canvas`` (font subset
and compression included). It is recorded from one render of ours (every text run, line, rectangle and
the QR's number, by wrapping reportlab's drawing calls during that render only), then replayed. Targets
(issue #15): the key handover form (钥匙交接单) and the fee receipt (收款收据, 三联) ≤ 1.2×; exit code 1 on a
miss. ``--all`` adds every registered form's sample as information (no target).
"""
from __future__ import annotations

import argparse
import io
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Targets, paired_ms  # noqa: E402

TARGETS = {"key_handover": "key handover form (钥匙交接单), warm", "fee_receipt": "fee receipt (收款收据 三联), warm"}


def record(render: Any) -> tuple[list[list[tuple]], tuple[float, float], str]:
    """The drawing of one render of ours, page by page: ("text", font, size, x, y, text), ("line", …),
    ("rect", …), ("qr", value, x, y, size); and the page size and the font."""
    from reportlab.pdfgen import canvas as rl_canvas
    from reportlab.pdfgen import textobject

    from app.printing import layout

    pages: dict[int, list[tuple]] = {}
    size: list[Any] = []

    def put(c: Any, op: tuple) -> None:
        if not size:
            size.append(c._pagesize)
        pages.setdefault(c._pageNumber, []).append(op)

    originals: list[tuple[Any, str, Any]] = []

    def wrap(owner: Any, name: str, make: Any) -> None:
        old = getattr(owner, name)
        originals.append((owner, name, old))
        setattr(owner, name, make(old))

    def text_out(old):     # every string a text object writes (drawString, paragraphs, spaced titles)
        def f(self, text, *a, **k):
            put(self._canvas, ("text", self._fontname, self._fontsize, self._x0, self._y0, text))
            return old(self, text, *a, **k)
        return f

    def line(old):
        def f(self, x1, y1, x2, y2):
            put(self, ("line", x1, y1, x2, y2, self._lineWidth))
            return old(self, x1, y1, x2, y2)
        return f

    def lines(old):
        def f(self, linelist):
            for x1, y1, x2, y2 in linelist:
                put(self, ("line", x1, y1, x2, y2, self._lineWidth))
            return old(self, linelist)
        return f

    def rect(old):
        def f(self, x, y, w, h, stroke=1, fill=0):
            put(self, ("rect", x, y, w, h, stroke, fill))
            return old(self, x, y, w, h, stroke, fill)
        return f

    def qr(old):
        def f(self):
            c = self.canv
            x, y = c.absolutePosition(0, 0)
            put(c, ("qr", self.value, x, y, self.size))
            return old(self)
        return f

    wrap(textobject.PDFTextObject, "_formatText", text_out)
    wrap(rl_canvas.Canvas, "line", line)
    wrap(rl_canvas.Canvas, "lines", lines)
    wrap(rl_canvas.Canvas, "rect", rect)
    wrap(layout._QR, "draw", qr)
    try:
        render()
    finally:
        for owner, name, old in reversed(originals):
            setattr(owner, name, old)
    fonts = {op[1] for ops in pages.values() for op in ops if op[0] == "text"}
    return [pages[k] for k in sorted(pages)], size[0], sorted(fonts)[0]


def bare(pages: list[list[tuple]], pagesize: tuple[float, float], font: str) -> bytes:
    """The recorded content written by a bare reportlab canvas (the QR encoded by reportlab)."""
    from reportlab.graphics.barcode import qrencoder
    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=pagesize, invariant=1, initialFontName=font)
    for ops in pages:
        current = None
        for op in ops:
            kind = op[0]
            if kind == "text":
                if current != (op[1], op[2]):
                    current = (op[1], op[2])
                    c.setFont(op[1], op[2])
                c.drawString(op[3], op[4], op[5])
            elif kind == "line":
                c.setLineWidth(op[5])
                c.line(op[1], op[2], op[3], op[4])
            elif kind == "rect":
                c.rect(op[1], op[2], op[3], op[4], stroke=op[5], fill=op[6])
            else:
                _kind, value, x, y, side = op
                code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
                code.addData(value)
                code.make()
                n = code.getModuleCount()
                box = side / n
                path = c.beginPath()
                for r, row in enumerate(code.modules):     # runs of dark modules, as ours
                    k = 0
                    while k < n:
                        if row[k]:
                            start = k
                            while k < n and row[k]:
                                k += 1
                            path.rect(x + start * box, y + side - (r + 1) * box, (k - start) * box, box)
                        else:
                            k += 1
                c.drawPath(path, stroke=0, fill=1)
        c.showPage()
    c.save()
    return buf.getvalue()


def _glyphs(pages: Any) -> list[str]:
    """The characters a PDF shows (read back with pypdf), in order of code: the same content, laid out or not."""
    return sorted("".join(p.extract_text() for p in pages).replace("\n", "").replace(" ", ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=25)
    parser.add_argument("--all", action="store_true", help="every form's sample, as information")
    args = parser.parse_args()

    t0 = time.perf_counter()
    from app.printing.registry import list_forms, render_sample

    first = render_sample("household_card")
    cold = (time.perf_counter() - t0) * 1000
    assert first.startswith(b"%PDF")
    from reportlab.lib import rl_accel

    accel = rl_accel.fp_str.__module__ == "_rl_accel"
    print(f"cold first print (import + font + render household_card): {cold:.0f} ms; "
          f"C accelerator (rl_accel): {'yes' if accel else 'NO'}")

    from pypdf import PdfReader

    targets = Targets("forms, warm: ours / bare reportlab of the same content")
    for code, what in TARGETS.items():
        pages, pagesize, font = record(lambda code=code: render_sample(code))
        mine, floor = (PdfReader(io.BytesIO(pdf)).pages for pdf in (render_sample(code), bare(pages, pagesize, font)))
        ours_pages, floor_pages = len(mine), len(floor)
        if ours_pages != floor_pages or _glyphs(mine) != _glyphs(floor):
            print(f"{what:<46} the floor does not show the same text on the same pages  MISSED")
            targets.rows.append((what, float("nan"), None, None, "≤ 1.2×, same content", False))
            continue
        texts = sum(op[0] == "text" for ops in pages for op in ops)
        boxes = sum(op[0] in ("line", "rect") for ops in pages for op in ops)
        print(f"  {code}: {ours_pages} pages / floor {floor_pages}; {texts} text runs, {boxes} lines and boxes")
        targets.paired(what, lambda code=code: render_sample(code), lambda p=pages, s=pagesize, f=font: bare(p, s, f),
                       1.2, args.rounds)
    if args.all:
        for spec in list_forms():
            pages, pagesize, font = record(lambda code=spec.code: render_sample(code))
            a, b = paired_ms(lambda code=spec.code: render_sample(code),
                             lambda p=pages, s=pagesize, f=font: bare(p, s, f), 7)
            print(f"  {spec.code:<24} {a:8.2f} ms / {b:8.2f} ms = {a / b:5.2f}×  (no target)")
    return targets.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
