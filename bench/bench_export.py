"""Excel export of one year of visits on the large estate: ours against the raw query and openpyxl write-only.

    uv run python bench/bench_export.py [--quick] [--rounds N]

Ours is what 导出Excel does on the visitor register (app.ui.pages.base.Page.export_list without the dialog):
the pane's own service query paged by key (``visits.list_visits`` with the year's dates), every column's
output value (masking, phones grouped, labels, times as the list shows them), the bounded count for the
progress total, written by app.excel.export.write_xlsx. The floor is one raw sqlite3 query of the same rows
(the year's visits, newest first) and the source columns of the same eleven columns, appended as they come
to an openpyxl write-only sheet under the same headers. Run alternately in the same run; target ≤ 1.1×;
exit code 1 on a miss. Also measured: how long a cancel takes to stop the export (target ≤ 0.1 s).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import estate  # noqa: E402
from bench.common import Targets, paired_ms  # noqa: E402

TARGET = 1.1
FLOOR = ("SELECT v.arrival_at, v.visitor_name, v.companions, v.status, v.room_code, v.host_name, v.purpose, "
         "v.departure_at, v.phone, v.id_number, v.number, st.name FROM visit v "
         "LEFT JOIN staff st ON st.id = v.created_by WHERE v.arrival_at >= ? AND v.arrival_at < ? "
         "ORDER BY v.arrival_at DESC, v.id DESC")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    estate.add_arguments(parser)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    p = estate.params_of(args)
    db, actor = estate.open_estate(p)
    import sqlite3

    from openpyxl import Workbook

    from app.services import visits as svc
    from app.ui.pages.base import EXPORT_COUNT_LIMIT, export_rows
    from app.ui.pages.visits import COLUMNS

    last = date.today()
    first = last - timedelta(days=365)
    out = Path(tempfile.mkdtemp(prefix="bench-export-"))
    headers = [str(c.header) for c in COLUMNS]
    raw = sqlite3.connect(str(p.path))
    bounds = (f"{first} 00:00:00.000000", f"{last + timedelta(days=1)} 00:00:00.000000")

    def fetch(after, limit):
        return svc.list_visits(db, actor, after=after, limit=limit, date_from=first, date_to=last)

    def count():
        return svc.count_visits(db, actor, date_from=first, date_to=last, limit=EXPORT_COUNT_LIMIT)

    def ours(progress=None, cancel=None) -> int:
        return export_rows(out / "ours.xlsx", "来访登记", fetch, COLUMNS, count=count, progress=progress,
                           cancel=cancel)

    def floor() -> int:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("来访登记")
        ws.append(headers)
        n = 0
        for row in raw.execute(FLOOR, bounds):
            ws.append(row)
            n += 1
        wb.save(out / "floor.xlsx")
        return n

    mine, theirs = ours(), floor()
    t = Targets(f"Excel export: {mine:,} visits of one year ({first} – {last}) on {p.rooms} rooms ({p.path.name})",
                large=p.large)
    if mine != theirs:
        print(f"export, one year of visits: {mine} rows / {theirs} rows: not the same rows  MISSED")
        t.rows.append(("export, one year of visits", float("nan"), None, None, "same rows", False))
    else:
        a, b = paired_ms(ours, floor, args.rounds)
        t.ratio("Excel export, one year of visits", a / 1000, b / 1000, TARGET, unit="s")

    # the cancel: pressed once a third of the rows are written; the time until the export has stopped
    seen: list[tuple[int, int]] = []
    pressed: list[float] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if not pressed and done >= mine // 3:
            pressed.append(time.perf_counter())

    from app.excel.export import ExportCancelled
    start = time.perf_counter()
    try:
        ours(progress, lambda: bool(pressed))
        stopped = None
    except ExportCancelled:
        stopped = time.perf_counter()
    if stopped is None or not pressed:
        t.limit("cancel stops the export", float("inf"), 0.1, "s")
    else:
        t.limit("cancel stops the export (a third written)", stopped - pressed[0], 0.1, "s")
    left = [f.name for f in out.iterdir() if f.name not in ("ours.xlsx", "floor.xlsx")]
    print(f"  progress: total {seen[0][1]:,} from the first report ({mine:,} rows), {len(seen)} reports in "
          f"{time.perf_counter() - start:.1f} s; files left by the cancel: {left or 'none'}")
    return t.exit_code()


if __name__ == "__main__":
    raise SystemExit(main())
