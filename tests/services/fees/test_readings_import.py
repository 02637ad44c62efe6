"""Meter readings: one valid reading per meter and month, and the meter reader's messy spreadsheet imported
with a report of every row (a merged title row, blank rows, numbers typed as text, room codes with spaces,
a totals row)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.domain.errors import ConflictError, ValidationError
from app.services.fees import readings
from db.models.fees import MeterReading

D = Decimal
JUNE = date(2026, 6, 1)


def _messy(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "6月抄表"
    ws.append(["2026年6月 水电抄表记录（三期）"])
    ws.merge_cells("A1:G1")
    ws.append([])
    ws.append(["序号", "房 号", "表计", "上月读数", "本月读数(吨)", "抄表日期", "备注"])
    ws.append([1, " 3 - 2 - 1601 ", "水表", 0, "  125.5", "2026/6/5", ""])
    ws.append([None, None, None, None, None, None, None])
    ws.append([2, "3-2-1502", "水费", "", "１８８", datetime(2026, 6, 5), "数字是文本"])
    ws.append([3, "3-2-9999", "水表", "", "10", "", ""])
    ws.append([4, "3-2-1601", "水费", "", "130", "", "重复抄了"])
    ws.append([5, "3-2-1501", "物业服务费", "", "5", "", ""])
    ws.append([6, "3-2-1501", "水", "", "十二", "", ""])
    ws.append([7, "3-2-1501 ", "", "", 12.5, "", "没写表计"])
    ws.append([8, "3-2-1502", "SF", "", "60", "", ""])
    ws.append(["合计", "", "", "", "=SUM(E4:E11)", "", ""])
    wb.save(path)
    return path


def test_one_valid_reading_per_meter_and_month(db, admin, fees):
    first = readings.record_reading(db, admin, "3-2-1601", fees["SF"], JUNE, D("125.50"))
    with pytest.raises(ConflictError, match="already has a reading for 2026-06"):
        readings.record_reading(db, admin, "3-2-1601", fees["SF"], date(2026, 6, 20), D("126"))
    with pytest.raises(ValidationError, match="not a metered item"):
        readings.record_reading(db, admin, "3-2-1601", fees["WY"], JUNE, D("1"))
    with pytest.raises(ValidationError, match="reason"):
        readings.void_reading(db, admin, first, " ")
    readings.void_reading(db, admin, first, "抄错")
    again = readings.record_reading(db, admin, "3-2-1601", fees["SF"], JUNE, D("120"))
    with pytest.raises(ValidationError, match="below the previous"):
        readings.record_reading(db, admin, "3-2-1601", fees["SF"], date(2026, 7, 1), D("119"))
    with db.read() as s:
        valid = s.scalars(select(MeterReading).where(MeterReading.void_key == 0)).all()
        assert [r.id for r in valid] == [again]


def test_the_meter_readers_messy_sheet_with_a_report_of_every_row(db, admin, fees, tmp_path):
    readings.record_reading(db, admin, "3-2-1502", fees["SF"], date(2026, 5, 1), D("50"))
    report = readings.import_readings(db, admin, _messy(tmp_path / "抄表.xlsx"), JUNE, item_id=fees["SF"])
    got = {ln.row: (ln.room, ln.item, ln.reading, ln.refused) for ln in report.lines}
    assert sorted(got) == [4, 6, 7, 8, 9, 10, 11, 12]   # blank rows, the title and the totals row left out
    assert got[4] == ("3-2-1601", "水费", D("125.5"), "")
    assert got[6] == ("3-2-1502", "水费", D("188"), "")
    assert "no room 3-2-9999" in got[7][3]
    assert "also in row 4" in got[8][3]
    assert "no metered fee item “物业服务费”" in got[9][3]
    assert got[10][0] == "3-2-1501" and "must be a number" in got[10][3]
    assert got[11] == ("3-2-1501", "水费", D("12.5"), "")   # no meter named: the one chosen for the file
    assert "also in row 6" in got[12][3]                    # SF is the water meter's code
    assert (report.imported, len(report.refused), report.month) == (3, 5, "2026-06")
    with db.read() as s:
        rows = {r.reading: (r.previous, r.read_on) for r in s.scalars(select(MeterReading)
                                                                      .where(MeterReading.month == "2026-06"))}
    assert rows == {D("125.5"): (0, date(2026, 6, 5)), D("188"): (D("50"), date(2026, 6, 5)),
                    D("12.5"): (0, date(2026, 6, 8))}
    headers, table = report.table()
    assert headers == ["Row", "Room", "Meter", "Reading", "Result"] and table[0][4] == "Imported"

    again = readings.import_readings(db, admin, tmp_path / "抄表.xlsx", JUNE, item_id=fees["SF"])
    assert again.imported == 0
    assert all("already has a reading for 2026-06" in ln.refused for ln in again.lines if ln.row in (4, 6, 11))


def test_a_sheet_without_readings_is_refused_whole(db, admin, fees, tmp_path):
    wb = Workbook()
    wb.active.append(["房号", "业主", "电话"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(ValidationError, match="本月读数"):
        readings.import_readings(db, admin, tmp_path / "x.xlsx", JUNE)


def test_the_sheet_checked_first_then_its_round_saved_all_or_none(db, actor, admin, fees, tmp_path):
    from app.domain.errors import PermissionDenied
    path = _messy(tmp_path / "抄表.xlsx")
    with pytest.raises(PermissionDenied):
        readings.check_import(db, actor("receptionist"), path, JUNE, item_id=fees["SF"])
    report = readings.check_import(db, admin, path, JUNE, item_id=fees["SF"])
    assert (report.imported, len(report.refused)) == (3, 5)        # the same report as the import's
    with db.read() as s:
        assert s.scalar(select(MeterReading.id).limit(1)) is None   # nothing written by the check
    assert {ln.row: (ln.item_id, ln.read_on) for ln in report.lines if ln.imported} == {
        4: (fees["SF"], date(2026, 6, 5)), 6: (fees["SF"], date(2026, 6, 5)), 11: (fees["SF"], None)}
    # another desk reads 3-2-1601 meanwhile: the round is refused whole
    other = readings.record_reading(db, admin, "3-2-1601", fees["SF"], JUNE, D("125.5"))
    with pytest.raises(ConflictError, match="3-2-1601 水费 already has a reading for 2026-06"):
        readings.save_import(db, admin, report, JUNE)
    with db.read() as s:
        assert s.scalars(select(MeterReading.id)).all() == [other]
    readings.void_reading(db, admin, other, "另一台录重了")
    ids = readings.save_import(db, admin, report, JUNE)
    with db.read() as s:
        saved = {r.reading: r.read_on for r in s.scalars(select(MeterReading).where(MeterReading.id.in_(ids)))}
    assert saved == {D("125.5"): date(2026, 6, 5), D("188"): date(2026, 6, 5), D("12.5"): date(2026, 6, 8)}
    refused = readings.check_import(db, admin, path, JUNE, item_id=fees["SF"])
    assert refused.imported == 0
    with pytest.raises(ValidationError, match="No row of the file can be saved"):
        readings.save_import(db, admin, refused, JUNE)
