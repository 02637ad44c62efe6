"""月度报表 as the supervisor reads it: last month counted on opening, a quarter chosen, the sections as bold
rows, a missed target in red, a double click opening the page behind a figure, printed and exported."""
from __future__ import annotations

from openpyxl import load_workbook

from app.domain.monthly import QUARTER
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.ui.conftest import wait_ops
from tests.unit.services.test_monthly import june  # noqa: F401  (fixture)


def test_the_month_counted_printed_exported_and_opened(qtbot, db, actor, june, window_for, tmp_path):  # noqa: F811
    w = window_for(db, actor("supervisor"))
    page = w.show_page("monthly")
    wait_ops(qtbot, w)
    assert page.report is not None and page.report.period.number == "2026-05"    # the month before today
    page.year.setValue(2026)
    page.index.setValue(6)
    page.refresh()
    wait_ops(qtbot, w)
    assert page.report.period.number == "2026-06" and "1 miss" in page.summary.text()
    keys = page.table.keys
    assert keys[0] is None and page.table.columnSpan(0, 0) == page.table.columnCount()   # a section row
    row = keys.index("complaints.on_time")
    assert page.table.item(row, 2).text() == "1/2" and page.table.item(row, 3).text() == "50.0%"
    assert page.table.item(row, 3).foreground().color().name() == "#c62828" and page.table.item(row, 7).text()
    assert page.show_view("charts").tabs.currentIndex() == 1
    assert page.received_chart.lines and page.category_chart.bars == [2, 1]
    page.grab()                                                                # the charts paint
    page.kind.setCurrentIndex(page.kind.findData(QUARTER))
    assert page.index.maximum() == 4
    page.index.setValue(2)
    page.refresh()
    wait_ops(qtbot, w)
    assert page.report.period.number == "2026-Q2"
    preview = page.print_report()
    assert preview is not None
    preview.close()
    page.export(str(tmp_path / "m.xlsx"))
    wait_ops(qtbot, w)
    assert page.last_export and load_workbook(tmp_path / "m.xlsx").sheetnames
    opened = page.open_figure(page.table.keys.index("complaints.received"))
    assert opened is w.page("complaints")
    assert page.open_figure(page.table.keys.index("occupancy.moved_out")) is w.page("moveout")
    assert page.open_figure(page.table.keys.index("occupancy.rented")) is w.page("lease")
    assert page.open_figure(page.table.keys.index("release.reconciled")) is w.page("release")


def test_every_figure_has_a_page_behind_it():
    from app.services.monthly import SECTIONS
    from app.ui.pages.monthly import PAGE_OF
    assert {line.key.split(".", 1)[0] for s in SECTIONS for line in s.lines} <= set(PAGE_OF)


def test_the_desk_does_not_see_the_page(db, actor, window_for):
    w = window_for(db, actor("receptionist"))
    assert all(spec.key != "monthly" for spec in w.specs)
