"""Print engine speed, as ratios to a floor measured in the same run (DESIGN.md §9).

    uv run python bench/bench_print.py [--repeat N]

Floor: a minimal one-line reportlab PDF (canvas, one drawString) with the same embedded print font, so
the ratio says what the engine costs above "reportlab writing a PDF with this font at all". Prints the
cold first print (import reportlab + find and parse the font + first render) and, for every registered
form's sample and a 500-row list, the warm render time (median of N) and its ratio to the floor.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn, repeat: int) -> float:
    """Median wall time of ``fn()`` in milliseconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from app.printing.registry import SAMPLE_ESTATE, list_forms, render, render_sample

    first = render_sample("household_card")
    cold = (time.perf_counter() - t0) * 1000
    assert first.startswith(b"%PDF")

    from reportlab.pdfgen.canvas import Canvas

    from app.printing.fonts import resolve_font

    font = resolve_font()

    def floor() -> bytes:
        buf = io.BytesIO()
        c = Canvas(buf, invariant=1, initialFontName=font.name)
        c.setFont(font.name, 12)
        c.drawString(72, 720, "房屋档案卡 3-2-1502")
        c.save()
        return buf.getvalue()

    floor()
    floor_ms = timed(floor, args.repeat * 4)

    from app.printing.forms.list_report import ListReport
    from app.printing.layout import Column

    rows = [(f"FK20250612-{i:04d}", f"{i % 9 + 1}-{i % 3 + 1}-{i % 30 + 1:02d}01", "张三",
             "送快递（已登记身份证），离开时间待补录" if i % 7 == 0 else "送快递",
             Decimal(i) / 100) for i in range(1, 501)]
    long_list = ListReport(title="访客登记清单", rows=rows,
                           columns=[Column("单号", 2.4), Column("房号", 1.4), Column("姓名", 1.2),
                                    Column("事由", 4.0), Column("金额", 1.2, "right")])

    cases = [(spec.code, lambda code=spec.code: render_sample(code)) for spec in list_forms()]
    cases.append(("list_report (500 rows)",
                  lambda: render("list_report", long_list, estate=SAMPLE_ESTATE)))

    print(f"font: {font.name} ({font.path}), embedded={font.embedded}")
    print(f"cold first print (import + font + render household_card): {cold:8.1f} ms")
    print(f"floor (one-line PDF, same font):                         {floor_ms:8.2f} ms")
    print(f"{'form':32} {'warm ms':>9} {'pages':>6} {'x floor':>9}")
    for name, fn in cases:
        pdf = fn()  # warm up this form
        ms = timed(fn, args.repeat if "500" not in name else max(3, args.repeat // 5))
        pages = pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page ")
        print(f"{name:32} {ms:9.1f} {pages:6} {ms / floor_ms:9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
