"""导出Excel of a long register (app.ui.pages.base.export_rows, what the page runs on its worker): the
progress total is the list's count (counted beyond the list's own bound), reported as rows are written; a
cancel stops within a poll of rows and leaves no file, not even a temporary one; the file holds every row."""
from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from app.excel.export import CANCEL_EVERY, ExportCancelled
from app.services import records, registry
from app.services import visits as svc
from app.services.registry import BuildingInput, RoomInput

pytest.importorskip("PySide6")


@pytest.fixture
def register(db, admin):
    from bench.bench_visits import estate_rooms, insert_visits, visit_rows
    u = registry.save_unit(db, admin, registry.save_building(db, admin, BuildingInput("3")), "2")
    for no in ("1501", "1502"):
        registry.save_room(db, admin, RoomInput(u, no, "15", "98.5"))
    n = insert_visits(db, visit_rows(estate_rooms(db), date.today() - timedelta(days=99), 100, 120,
                                     staff_id=admin.staff_id))
    assert n > records.COUNT_LIMIT          # longer than the list's own count goes
    return n


def _export(db, actor, path, **kw):
    from app.ui.pages.base import EXPORT_COUNT_LIMIT, export_rows
    from app.ui.pages.visits import COLUMNS

    def fetch(after, limit):
        return svc.list_visits(db, actor, after=after, limit=limit)

    return export_rows(path, "来访登记", fetch, COLUMNS,
                       count=lambda: svc.count_visits(db, actor, limit=EXPORT_COUNT_LIMIT), **kw)


def test_the_progress_total_is_the_lists_count(db, admin, register, tmp_path):
    seen: list[tuple[int, int]] = []
    count = _export(db, admin, tmp_path / "v.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert count == register
    assert {total for _done, total in seen} == {register}           # the true total from the first report
    assert [done for done, _t in seen] == sorted(done for done, _t in seen) and seen[-1][0] == register
    rows = list(load_workbook(tmp_path / "v.xlsx", read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == register + 1 and rows[0][0] == "Arrived"


def test_a_cancel_stops_within_a_poll_and_leaves_no_file(db, admin, register, tmp_path):
    pressed: list[tuple[float, int]] = []   # when the user pressed Cancel, and the rows written by then

    def progress(done: int, total: int) -> None:
        if not pressed and done >= register // 3:
            pressed.append((time.perf_counter(), done))

    polls: list[int] = []

    def cancel() -> bool:
        polls.append(1)
        return bool(pressed)

    from openpyxl.worksheet._writer import ALL_TEMP_FILES
    temporary = list(ALL_TEMP_FILES)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        _export(db, admin, out / "v.xlsx", progress=progress, cancel=cancel)
    stopped = time.perf_counter() - pressed[0][0]
    assert stopped < 0.5                     # ≤ 0.1 s on the bench (bench/bench_export.py); slack for CI
    assert len(polls) * CANCEL_EVERY <= pressed[0][1] + CANCEL_EVERY    # stopped at the next poll
    assert list(out.iterdir()) == []         # no file, no temporary file beside it
    assert ALL_TEMP_FILES == temporary       # and openpyxl's own temporary sheet file removed
