"""The meter readings import on the fees page with a real spreadsheet: every row checked and shown (refused
rows in red with the reason) before anything is written, the round saved on confirmation, the report exported
(the reading a number) and read back with openpyxl; the receptionist may not import."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from db.models.fees import MeterReading
from tests.helpers import clock, estate, fees  # noqa: F401  (fixtures)
from tests.ui.conftest import wait_ops

D = Decimal


def _sheet(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "6月抄表"
    ws.append(["2026年6月 水表抄表"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "房号", "表计", "本月读数", "抄表日期"])
    ws.append([1, "3-2-1601", "水表", "125.5", "2026-06-05"])
    ws.append([2, "3-2-1502", "", 88, ""])
    ws.append([3, "3-2-9999", "水表", 10, ""])
    ws.append([4, "3-2-1501", "水表", "十二", ""])
    wb.save(path)
    return str(path)


def _readings(db):
    with db.read() as s:
        return {r.reading: r.read_on for r in s.scalars(select(MeterReading).where(MeterReading.void_key == 0))}


def test_the_sheet_checked_row_by_row_then_saved_on_confirmation(qtbot, db, actor, window_for, fees, tmp_path):
    window = window_for(db, actor("clerk"))
    page = window.show_page("fees")
    view = page.show_view("readings")
    assert view.empty.isVisibleTo(view) and not view.buttons["save"].isEnabled()
    assert view.item.currentData() == fees["SF"]            # the meter of the rows that name none
    view.load_file(_sheet(tmp_path / "抄表.xlsx"))
    wait_ops(qtbot, window)
    assert view.report is not None and not view.empty.isVisibleTo(view)
    table = view.table
    cells = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    assert [row[:4] for row in cells] == [["3", "3-2-1601", "水费", "125.50"], ["4", "3-2-1502", "水费", "88.00"],
                                          ["5", "3-2-9999", "水费", "10.00"], ["6", "3-2-1501", "水费", ""]]
    assert cells[0][4] == cells[1][4] == "To save"
    assert "no room 3-2-9999" in cells[2][4] and "must be a number" in cells[3][4]
    assert table.item(2, 0).foreground().color().name() == "#c62828"
    assert "2 readings of 2026-06 to save, 2 rows refused" in view.summary.text()
    assert _readings(db) == {}                               # nothing written by the check
    assert view.buttons["save"].isEnabled()

    target = tmp_path / "抄表报告.xlsx"
    page.export_list(target)
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None, timeout=20000)
    rows = [r for r in load_workbook(target).active.iter_rows(values_only=True) if r and isinstance(r[0], int)]
    assert [(r[1], r[3]) for r in rows] == [("3-2-1601", 125.5), ("3-2-1502", 88), ("3-2-9999", 10),
                                            ("3-2-1501", None)]

    view.buttons["save"].click()
    wait_ops(qtbot, window)
    assert _readings(db) == {D("125.5"): date(2026, 6, 5), D("88"): date(2026, 6, 8)}
    assert view.saved and "2 meter readings saved" in page.bar.text()
    assert table.item(0, 4).text() == "Saved" and not view.buttons["save"].isEnabled()
    view.load_file(str(tmp_path / "抄表.xlsx"))             # the same file again: both meters read this month
    wait_ops(qtbot, window)
    assert all("already has a reading for 2026-06" in table.item(r, 4).text() for r in (0, 1))
    assert not view.buttons["save"].isEnabled()


def test_the_receptionist_may_not_import_readings(qtbot, db, actor, window_for, fees):
    window = window_for(db, actor("receptionist"))
    view = window.show_page("fees").show_view("readings")
    assert not view.buttons["choose"].isEnabled() and not view.empty.button.isEnabled()
    assert "clerk" in view.buttons["choose"].toolTip()
