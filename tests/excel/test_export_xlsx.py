"""Excel export: no formula injection, typed cells, header layout, progress/cancel, a 5,000-row round trip."""
from __future__ import annotations

import time
import zipfile
from datetime import date, datetime, timedelta, timezone
from datetime import time as dtime
from decimal import Decimal

import openpyxl
import pytest

from app.demo import demo_roster_rows, generate_estate
from app.domain.enums import RoomType
from app.excel.export import ExportCancelled, display_width, safe_sheet_title, write_xlsx
from app.excel.roster import read_roster
from app.i18n import QT_TRANSLATE_NOOP

INJECTIONS = ["=1+1", "@SUM(A1)", "+1+2", "-2+3", "=HYPERLINK(\"http://x\",\"y\")", "\t=1", "\r=1",
              "=cmd|' /C calc'!A0", "-"]


def load(path):
    return openpyxl.load_workbook(path).active


def sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_formula_like_strings_are_text_not_formulas(tmp_path):
    path = tmp_path / "x.xlsx"
    write_xlsx(path, "名单", ["姓名", "备注"], [[v, "ok"] for v in INJECTIONS])
    assert "<f>" not in sheet_xml(path) and "<f " not in sheet_xml(path)
    ws = load(path)
    for i, expected in enumerate(INJECTIONS, start=2):
        cell = ws.cell(row=i, column=1)
        assert cell.value == expected.replace("\r", "\n") or cell.value == expected
        assert cell.data_type == "s", (expected, cell.data_type)
        assert cell.quotePrefix
        assert ws.cell(row=i, column=2).quotePrefix is False
    for row in ws.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
    # read-only and data_only readers agree
    ro = openpyxl.load_workbook(path, read_only=True)
    values = [r[0] for r in ro.active.iter_rows(min_row=2, values_only=True)]
    ro.close()
    assert values[:2] == ["=1+1", "@SUM(A1)"]


def test_typed_cells_read_back(tmp_path):
    path = tmp_path / "t.xlsx"
    aware = datetime(2025, 6, 1, 8, 30, tzinfo=timezone(timedelta(hours=8)))
    rows = [
        ["张伟", Decimal("1234.50"), date(2025, 6, 1), datetime(2025, 6, 1, 14, 5, 9), 3, 2.5, True,
         "11010519491231002X", "0755", "1502", 440305198506123419, dtime(9, 30), RoomType.SHOP,
         QT_TRANSLATE_NOOP("Test", "Hello"), aware, None, Decimal("-0.10")],
    ]
    headers = ["姓名", "金额", "日期", "时间", "整数", "小数", "布尔", "身份证", "区号", "房号", "大整数", "钟点",
               "类型", "文本", "带时区", "空", "负数"]
    assert write_xlsx(path, "Types", headers, rows) == 1
    ws = load(path)
    values = [c for c in ws[2]]
    name, money, day, moment, integer, real, flag, idno, area_code, room, big, clock, kind, text, \
        local, empty, negative = values
    assert name.value == "张伟"
    assert money.value == pytest.approx(1234.5) and money.data_type == "n" and money.number_format == "0.00"
    assert negative.value == pytest.approx(-0.1) and negative.number_format == "0.00"
    assert day.value == datetime(2025, 6, 1) and day.number_format == "yyyy-mm-dd" and day.is_date
    assert moment.value == datetime(2025, 6, 1, 14, 5, 9) and moment.number_format == "yyyy-mm-dd hh:mm:ss"
    assert integer.value == 3 and real.value == 2.5 and flag.value is True
    for cell, expected in ((idno, "11010519491231002X"), (area_code, "0755"), (room, "1502"),
                           (big, "440305198506123419")):
        assert cell.value == expected and cell.data_type == "s" and cell.number_format == "@"
    assert clock.value == dtime(9, 30) and clock.number_format == "hh:mm:ss"
    assert kind.value == "Shop" and text.value == "Hello"   # labels, not codes
    assert local.value == aware.astimezone().replace(tzinfo=None)
    assert empty.value is None
    # stored with 16 significant digits: exact for any amount of money (no binary noise like 1234.499999)
    assert "<v>1234.5</v>" in sheet_xml(path) and "<v>-0.1</v>" in sheet_xml(path)


def test_plain_enums_are_written_as_their_value(tmp_path):
    import enum

    class Colour(enum.Enum):
        RED = "red"

    class Level(enum.IntEnum):
        HIGH = 3

    path = tmp_path / "e.xlsx"
    write_xlsx(path, "e", ["a", "b"], [[Colour.RED, Level.HIGH]])
    ws = load(path)
    assert (ws["A2"].value, ws["B2"].value) == ("red", 3)


def test_header_bold_frozen_filtered_and_widths(tmp_path):
    path = tmp_path / "h.xlsx"
    rows = [["张三丰张三丰张三丰张三丰", "abcdefghijkl", "x"], ["李四", "b", "y"]]
    assert write_xlsx(path, "a/b:c*d?[e]" * 5, ["业主姓名", "Remark", "c"], rows) == 2
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    assert len(ws.title) <= 31 and not set("/\\:*?[]") & set(ws.title)
    assert all(ws.cell(row=1, column=i).font.b for i in (1, 2, 3))
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:C3"
    assert ws.print_title_rows == "$1:$1"
    w_cjk = ws.column_dimensions["A"].width
    w_ascii = ws.column_dimensions["B"].width
    assert w_cjk >= 24 and w_ascii >= 12   # 12 CJK characters need twice the width of 12 letters
    assert w_cjk > w_ascii + 10
    assert ws.column_dimensions["C"].width >= 6


def test_display_width_and_sheet_title():
    assert display_width("abc") == 3
    assert display_width("锦绣华庭") == 8
    assert display_width("ＡＢ") == 4
    assert safe_sheet_title("") == "Sheet1"
    assert safe_sheet_title("x" * 40) == "x" * 31


def test_control_characters_and_long_text(tmp_path):
    path = tmp_path / "c.xlsx"
    write_xlsx(path, "c", ["备注"], [["a\x00b\x07c\td\ne"], ["x" * 40000]])
    ws = load(path)
    assert ws["A2"].value == "abc\td\ne"
    assert len(ws["A3"].value) == 32767


def test_generator_rows_progress_and_count(tmp_path):
    path = tmp_path / "g.xlsx"
    calls = []
    n = write_xlsx(path, "g", ["n"], ((i,) for i in range(1234)), progress=lambda d, t: calls.append((d, t)),
                   total=1234)
    assert n == 1234
    assert calls == [(500, 1234), (1000, 1234), (1234, 1234)]
    ws = load(path)
    assert ws.max_row == 1235 and ws["A1235"].value == 1233
    calls.clear()
    write_xlsx(path, "g", ["n"], ((i,) for i in range(10)), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(10, 10)]  # total unknown: never below done


def test_empty_export_has_a_header(tmp_path):
    path = tmp_path / "e.xlsx"
    assert write_xlsx(path, "空", ["楼栋", "单元"], []) == 0
    ws = load(path)
    assert [c.value for c in ws[1]] == ["楼栋", "单元"] and ws.max_row == 1


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path):
    path = tmp_path / "c.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        write_xlsx(path, "c", ["n"], [(i,) for i in range(2000)], cancel=lambda: True)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.xlsx"]

    new = tmp_path / "n.xlsx"
    polls = []
    with pytest.raises(ExportCancelled):
        write_xlsx(new, "c", ["n"], [(i,) for i in range(2000)],
                   cancel=lambda: polls.append(1) or len(polls) > 1)
    assert not new.exists() and len(polls) == 2


def test_export_replaces_an_existing_file(tmp_path):
    path = tmp_path / "r.xlsx"
    write_xlsx(path, "a", ["x"], [[1], [2]])
    write_xlsx(path, "a", ["x"], [[3]])
    ws = load(path)
    assert ws.max_row == 2 and ws["A2"].value == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]


def test_round_trip_5000_rooms(tmp_path, capsys):
    t0 = time.perf_counter()
    estate = generate_estate(3, buildings=40, target_rooms=5000, today=date(2025, 6, 1))
    t1 = time.perf_counter()
    headers, rows = demo_roster_rows(estate)
    path = tmp_path / "roster.xlsx"
    assert write_xlsx(path, "房屋清册", headers, rows) == len(rows)
    t2 = time.perf_counter()
    preview = read_roster(path)
    t3 = time.perf_counter()
    with capsys.disabled():
        print(f"\n  {len(rows)} rooms: generate {t1 - t0:.2f} s, write {t2 - t1:.2f} s, "
              f"read+check {t3 - t2:.2f} s")
    assert len(rows) > 4900
    assert preview.errors == [], [str(e) for e in preview.errors[:5]]
    assert len(preview.rows) == len(rows)
    people = estate.people_by_key()
    owners = {link.room_code: people[link.person_key] for link in estate.room_people
              if link.is_primary}
    for got, room in zip(preview.rows, estate.rooms, strict=True):
        assert (got.code, got.floor, got.area, got.layout, got.room_type) == (
            room.code, room.floor, room.area, room.layout, room.room_type)
        owner = owners.get(room.code)
        if owner is None:
            assert not got.has_owner
        else:
            assert (got.owner_name, got.id_type, got.id_number, got.mobile) == (
                owner.name, owner.id_type, owner.id_number, owner.mobile)
    assert t3 - t2 < 20
