"""Roster import parsing: typed rows, every kind of bad row, Excel-rounded ID numbers, header tolerance."""
from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from stdnum.cn import ric

from app.domain.enums import IdType, PersonType, RoomType
from app.domain.errors import ValidationError
from app.excel.roster import (
    ID_TYPE_LABELS_ZH,
    MSG_DUPLICATE,
    MSG_ROUNDED_ID,
    ROOM_TYPE_LABELS_ZH,
    ROSTER_HEADERS_ZH,
    RosterPreview,
    match_header,
    read_roster,
)

HEADERS = list(ROSTER_HEADERS_ZH)  # 楼栋 单元 房号 楼层 建筑面积 户型 房屋类型 业主姓名 证件类型 证件号码 手机


def valid_id(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


ID1 = "11010519491231002X"
ID2 = valid_id("44030519850612341")        # ends with a digit: can be stored as an exact int
ID3 = valid_id("43010219900101123")
USCC = "91110000600037341L"


def make_book(tmp_path: Path, headers: list | None, rows: list[list], *, name: str = "roster.xlsx",
              above: list[list] | None = None, sheet: str = "清册") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in above or []:
        ws.append(row)
    if headers is not None:
        ws.append(headers)
    for row in rows:
        ws.append(row)
    path = tmp_path / name
    wb.save(path)
    return path


def good_row(**kw) -> list:
    values = {"楼栋": "3", "单元": "2", "房号": "1502", "楼层": 15, "建筑面积": 89.5, "户型": "三室两厅一卫",
              "房屋类型": "住宅", "业主姓名": "张伟", "证件类型": "居民身份证", "证件号码": ID1,
              "联系电话": "13800138000"}
    values.update(kw)
    return [values[h] for h in HEADERS]


def messages(preview: RosterPreview, row: int) -> list[str]:
    return [e.message.source if hasattr(e.message, "source") else str(e.message)
            for e in preview.errors_for(row)]


# ---------------------------------------------------------------------------------------------------------
# Happy path


def test_happy_path_typed_and_normalised(tmp_path):
    path = make_book(tmp_path, HEADERS, [
        good_row(),
        good_row(楼栋="01栋", 单元="1单元", 房号="0601室", 楼层=None, 建筑面积="76.30㎡", 户型="两室一厅一卫",
                 业主姓名=" 李\u3000娜 ", 证件号码=ID3.lower() if ID3.endswith("X") else f" {ID3} ",
                 联系电话="+86 139-2345-6789"),
        good_row(楼栋=3, 单元=1, 房号=101, 楼层=1.0, 建筑面积=Decimal("120"), 户型=None, 房屋类型="商铺",
                 业主姓名="深圳市鑫源商贸有限公司", 证件类型="统一社会信用代码", 证件号码=USCC,
                 联系电话=13912345678),
        good_row(房号="1601", 楼层=16, 业主姓名=None, 证件类型=None, 证件号码=None, 联系电话=None),
        good_row(房号="1801", 楼层=18, 业主姓名="Zhang  Wei", 证件类型="护照", 证件号码="e1234567"),
        good_row(房号="1802", 楼层=18, 业主姓名="深圳市宏达科技有限公司", 证件类型=None, 证件号码=USCC),
        good_row(房号="1701", 楼层=17, 证件类型=None, 证件号码=ID2),
    ])
    preview = read_roster(path)
    assert preview.errors == [], [str(e) for e in preview.errors]
    assert preview.ok and preview.sheet == "清册" and preview.header_row == 1
    assert [r.row for r in preview.rows] == [2, 3, 4, 5, 6, 7, 8]
    r1, r2, r3, r4, r6, r7, r5 = preview.rows
    assert (r1.building_no, r1.unit_no, r1.room_no, r1.floor) == ("3", "2", "1502", 15)
    assert r1.code == "3-2-1502"
    assert r1.area == Decimal("89.50") and str(r1.area) == "89.50"
    assert (r1.layout, r1.room_type) == ("三室两厅一卫", RoomType.RESIDENTIAL)
    assert (r1.owner_name, r1.id_type, r1.id_number, r1.mobile) == ("张伟", IdType.RESIDENT, ID1,
                                                                      "13800138000")
    assert r1.person_type is PersonType.INDIVIDUAL and r1.has_owner
    assert (r2.code, r2.floor, r2.area) == ("1-1-0601", 6, Decimal("76.30"))  # floor from the room no.
    assert (r2.owner_name, r2.id_number, r2.mobile) == ("李娜", ID3, "13923456789")
    assert (r3.code, r3.floor, r3.area, r3.room_type, r3.layout) == ("3-1-101", 1, Decimal("120.00"),
                                                                     RoomType.SHOP, "")
    assert (r3.id_type, r3.id_number, r3.mobile) == (IdType.BUSINESS, USCC, "13912345678")
    assert r3.person_type is PersonType.COMPANY
    assert not r4.has_owner and r4.id_type is None and r4.person_type is None and r4.mobile == ""
    assert (r5.id_type, r5.id_number) == (IdType.RESIDENT, ID2)
    assert (r6.owner_name, r6.id_type, r6.id_number) == ("Zhang Wei", IdType.PASSPORT, "E1234567")
    assert (r7.id_type, r7.person_type) == (IdType.BUSINESS, PersonType.COMPANY)  # blank type, a company
    assert preview.valid_rows == preview.rows


def test_blank_rows_are_skipped_but_row_numbers_kept(tmp_path):
    path = make_book(tmp_path, HEADERS, [good_row(), [None] * 11, ["  ", None, ""] + [None] * 8,
                                         good_row(房号="1602")])
    preview = read_roster(path)
    assert [r.row for r in preview.rows] == [2, 5]
    assert preview.ok


ID_TYPE_CASES = [(v, k) for k, v in ID_TYPE_LABELS_ZH.items()] + [
    ("身份证", IdType.RESIDENT), ("港澳通行证", IdType.HK_MACAO), ("台胞证", IdType.TAIWAN),
    ("营业执照", IdType.BUSINESS), ("Passport", IdType.PASSPORT), ("passport", IdType.PASSPORT),
    ("Resident ID card", IdType.RESIDENT)]
ROOM_TYPE_CASES = [(v, k) for k, v in ROOM_TYPE_LABELS_ZH.items()] + [
    ("储藏", RoomType.STORAGE), ("写字楼", RoomType.OFFICE), ("门面", RoomType.SHOP),
    ("Residential", RoomType.RESIDENTIAL), ("shop", RoomType.SHOP), (None, RoomType.RESIDENTIAL)]


@pytest.mark.parametrize("label,expected", ID_TYPE_CASES)
def test_id_type_labels(tmp_path, label, expected):
    number = {IdType.RESIDENT: ID1, IdType.BUSINESS: USCC, IdType.PASSPORT: "E12345678",
              IdType.HK_MACAO: "H12345678", IdType.TAIWAN: "12345678"}[expected]
    preview = read_roster(make_book(tmp_path, HEADERS, [good_row(证件类型=label, 证件号码=number)]))
    assert preview.ok, [str(e) for e in preview.errors]
    assert preview.rows[0].id_type is expected and preview.rows[0].id_number == number


@pytest.mark.parametrize("label,expected", ROOM_TYPE_CASES)
def test_room_type_labels(tmp_path, label, expected):
    preview = read_roster(make_book(tmp_path, HEADERS, [good_row(房屋类型=label)]))
    assert preview.ok, [str(e) for e in preview.errors]
    assert preview.rows[0].room_type is expected


# ---------------------------------------------------------------------------------------------------------
# Bad rows


BAD_ROWS = [
    # (changes, column that is blamed, source text of the message)
    ({"楼栋": None}, "楼栋", "{field} is required"),
    ({"单元": "  "}, "单元", "{field} is required"),
    ({"房号": None}, "房号", "{field} is required"),
    ({"房号": "15-02"}, "房号", "{field} may contain only letters and digits"),
    ({"建筑面积": None}, "建筑面积", "{field} is required"),
    ({"建筑面积": 0}, "建筑面积", "{field} must be greater than 0"),
    ({"建筑面积": -12.5}, "建筑面积", "{field} must be greater than 0"),
    ({"建筑面积": "八十九"}, "建筑面积", "{field} must be a number"),
    ({"建筑面积": 89.125}, "建筑面积", "{field} has at most {places} decimal places"),
    ({"建筑面积": "89.125"}, "建筑面积", "{field} has at most {places} decimal places"),
    ({"楼层": "5A"}, "楼层", "The floor must be a whole number (this is “{value}”)"),
    ({"楼层": 5.5}, "楼层", "The floor must be a whole number (this is “{value}”)"),
    ({"楼层": None, "房号": "A1"}, "楼层",
     "The floor is empty and cannot be read from the room number; fill in the floor"),
    ({"证件号码": "110105194912310021"}, "证件号码",
     "The check digit of this ID number is wrong: please check every digit"),
    ({"证件号码": "11010519491231002"}, "证件号码",
     "A resident ID number has 18 characters, or 15 digits for an old card (this one has {n})"),
    ({"证件号码": valid_id("11010519491331002")}, "证件号码",
     "The birth date {date} in this ID number is not a real date"),
    ({"证件号码": valid_id("99010519491231002")}, "证件号码",
     "The district code {code} at the start of this ID number does not exist and never existed"),
    ({"证件号码": valid_id("11010520301231002")}, "证件号码",
     "The birth date {date} in this ID number is in the future"),
    ({"证件号码": None}, "证件号码", "{field} is required"),
    ({"证件类型": "统一社会信用代码", "证件号码": "12345"}, "证件号码",
     "A unified social credit code has 18 letters and digits (this one has {n})"),
    ({"证件类型": "统一社会信用代码", "证件号码": "91110000600037341M"}, "证件号码",
     "The check character of this unified social credit code is wrong: please check every character"),
    ({"联系电话": "1380013800"}, "联系电话", "A mobile number has 11 digits (this one has {n})"),
    ({"联系电话": "12800138000"}, "联系电话", "No Chinese mobile number starts with {prefix}"),
    ({"联系电话": "28881234"}, "联系电话", "A landline needs its area code, e.g. 0755-2888 1234"),
    ({"联系电话": None}, "联系电话", "{field} is required"),
    ({"证件类型": "驾驶证"}, "证件类型", "Unknown ID type “{value}”"),
    ({"房屋类型": "别的"}, "房屋类型", "Unknown room type “{value}”"),
    ({"业主姓名": None}, "业主姓名", "An ID number or phone is given but the owner's name is empty"),
]


@pytest.mark.parametrize("changes,column,message", BAD_ROWS, ids=[f"{c}:{m[:25]}" for c, _, m in BAD_ROWS])
def test_each_bad_row_is_reported_with_its_reason(tmp_path, changes, column, message):
    path = make_book(tmp_path, HEADERS, [good_row(房号="1501"), good_row(**changes), good_row(房号="1503")])
    preview = read_roster(path)
    errors = preview.errors_for(3)
    assert [(e.row, e.column, e.message.source) for e in errors] == [(3, column, message)]
    assert preview.errors_for(2) == [] and preview.errors_for(4) == []
    assert [r.row for r in preview.valid_rows] == [2, 4]
    assert len(preview.rows) == 3          # the bad row is still previewed
    assert str(errors[0].message)          # formats without a KeyError


def test_several_errors_in_one_row(tmp_path):
    path = make_book(tmp_path, HEADERS, [good_row(建筑面积=-1, 证件号码="123", 联系电话="abc")])
    preview = read_roster(path)
    assert [e.column for e in preview.sorted_errors()] == ["建筑面积", "证件号码", "联系电话"]
    assert preview.valid_rows == []
    headers, rows = preview.error_report()
    assert len(headers) == 3 and [r[:2] for r in rows] == [(2, "建筑面积"), (2, "证件号码"), (2, "联系电话")]


# ---------------------------------------------------------------------------------------------------------
# ID numbers Excel turned into numbers


@pytest.mark.parametrize("cell", [
    int(ID2[:15] + "000"),                 # what Excel keeps of 440305198506123419: 440305198506123000
    110105194912310000,                    # ...and of 11010519491231002X typed as a number
    1.10105194912310E+17,                  # the same as a float cell (shown 1.10105E+17)
    float(ID2),                            # any float of 16+ digits has lost digits
    "1.10105194912310E+17",                # the displayed value pasted as text
    "1.10105E+17",
    ID2[:15] + "000",                      # the rounded digits re-typed as text
], ids=["int-rounded", "int-rounded-X", "float", "float-exactish", "sci-text", "sci-short", "text-000"])
def test_excel_rounded_id_number_is_explained(tmp_path, cell):
    path = make_book(tmp_path, HEADERS, [good_row(证件号码=cell)])
    preview = read_roster(path)
    assert [(e.column, e.message) for e in preview.errors] == [("证件号码", MSG_ROUNDED_ID)]
    assert "format the column as text" in str(MSG_ROUNDED_ID)


def test_exact_integer_ids_from_other_programs():
    """openpyxl (like Excel) stores integers of 16+ digits as floats, so an exact 18-digit integer only comes
    from other writers: accepted when valid, a plain check-digit error when not."""
    from app.excel.roster import _id_number
    assert _id_number(IdType.RESIDENT, int(ID2)) == (ID2, None)
    number, message = _id_number(IdType.RESIDENT, 110105194912310021)
    assert number == "" and message.source == (
        "The check digit of this ID number is wrong: please check every digit")
    assert _id_number(IdType.RESIDENT, 110105194912310000) == ("", MSG_ROUNDED_ID)


def test_short_numeric_document_numbers_are_text(tmp_path):
    path = make_book(tmp_path, HEADERS, [good_row(证件类型="台湾居民来往大陆通行证", 证件号码=12345678),
                                         good_row(房号="1503", 证件类型="台湾居民来往大陆通行证",
                                                  证件号码=12345678.0)])
    preview = read_roster(path)
    assert preview.ok, [str(e) for e in preview.errors]
    assert [r.id_number for r in preview.rows] == ["12345678", "12345678"]


# ---------------------------------------------------------------------------------------------------------
# Headers


def test_header_tolerance_spaces_markers_units_order_and_title_rows(tmp_path):
    headers = [" 手机号码 ", "业主 姓名", "证件号码", "房号*", "单 元", "楼栋号", "建筑面积（㎡）",
               "所在楼层", "户型", "房屋类型", "证件类型", "备注"]
    row = ["13800138000", "张伟", ID1, "1502", "2", "3", "89.50", "15", "三室两厅两卫", "住宅", "身份证",
           "随便写"]
    path = make_book(tmp_path, headers, [row], above=[["锦绣华庭房屋清册"], [], ["制表日期：2025-06-01"]])
    preview = read_roster(path)
    assert preview.header_row == 4
    assert preview.ok, [str(e) for e in preview.errors]
    r = preview.rows[0]
    assert r.row == 5
    assert (r.code, r.floor, r.area, r.layout, r.owner_name, r.id_number, r.mobile) == (
        "3-2-1502", 15, Decimal("89.50"), "三室两厅两卫", "张伟", ID1, "13800138000")
    assert preview.columns["room_no"] == "房号*" and preview.columns["area"] == "建筑面积（㎡）"


def test_english_headers(tmp_path):
    headers = ["Building", "Unit", "Room No.", "Floor", "Built-up area (m²)", "Layout", "Room type",
               "Owner name", "ID type", "ID number", "Mobile"]
    row = ["3", "2", "1502", 15, 89.5, "3 bed", "Residential", "Zhang Wei", "Resident ID card", ID1,
           "13800138000"]
    preview = read_roster(make_book(tmp_path, headers, [row, row[:2] + ["1503"] + row[3:8]
                                                        + ["Passport", "??", "1"]]))
    assert preview.rows[0].code == "3-2-1502" and preview.rows[0].room_type is RoomType.RESIDENTIAL
    assert preview.errors_for(2) == []
    assert {e.column for e in preview.errors_for(3)} == {"ID number", "Mobile"}


def test_one_combined_layout_or_type_column(tmp_path):
    headers = ["楼栋", "单元", "房号", "建筑面积", "户型/房屋类型"]
    path = make_book(tmp_path, headers, [["1", "1", "101", 60, "商铺"], ["1", "1", "201", 80, "两室两厅一卫"],
                                         ["1", "1", "301", 80, None]])
    preview = read_roster(path)
    assert preview.ok
    assert [(r.room_type, r.layout, r.floor) for r in preview.rows] == [
        (RoomType.SHOP, "", 1), (RoomType.RESIDENTIAL, "两室两厅一卫", 2), (RoomType.RESIDENTIAL, "", 3)]
    assert match_header("户型/房屋类型") == "layout_or_type"


def test_layout_column_holding_room_types_without_a_type_column(tmp_path):
    headers = ["楼栋", "单元", "房号", "建筑面积", "户型"]
    preview = read_roster(make_book(tmp_path, headers, [["1", "1", "101", 60, "住宅"],
                                                        ["1", "1", "102", 60, "复式"]]))
    assert [(r.room_type, r.layout) for r in preview.rows] == [(RoomType.RESIDENTIAL, ""),
                                                               (RoomType.RESIDENTIAL, "复式")]


def test_rooms_only_roster_without_owner_columns(tmp_path):
    path = make_book(tmp_path, ["楼栋", "单元", "房号", "建筑面积"], [["2", "1", "301", 99.99]])
    preview = read_roster(path)
    assert preview.ok and preview.rows[0].floor == 3 and not preview.rows[0].has_owner


def test_missing_required_column_is_a_file_error(tmp_path):
    path = make_book(tmp_path, ["楼栋", "单元", "房号", "业主姓名"], [["1", "1", "101", "张三"]])
    with pytest.raises(ValidationError) as info:
        read_roster(path)
    assert "建筑面积" in str(info.value)


def test_no_header_row_is_a_file_error(tmp_path):
    with pytest.raises(ValidationError) as info:
        read_roster(make_book(tmp_path, ["a", "b", "c"], [[1, 2, 3]]))
    assert "楼栋" in str(info.value)


def test_not_an_xlsx_file(tmp_path):
    path = tmp_path / "roster.xlsx"
    path.write_bytes(b"this is not a zip file")
    with pytest.raises(ValidationError):
        read_roster(path)
    csv = tmp_path / "roster.csv"
    csv.write_text("楼栋,单元\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        read_roster(csv)


def test_header_on_a_later_sheet(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["请在第二个工作表填写"])
    ws = wb.create_sheet("清册")
    ws.append(HEADERS)
    ws.append(good_row())
    wb.save(tmp_path / "two.xlsx")
    preview = read_roster(tmp_path / "two.xlsx")
    assert preview.sheet == "清册" and preview.ok and len(preview.rows) == 1


def test_wrong_dimension_in_the_file_does_not_truncate(tmp_path):
    """Some programs write <dimension ref="A1"/> whatever the sheet holds; every row and column is read."""
    path = make_book(tmp_path, HEADERS, [good_row(), good_row(房号="1503")])
    fixed = tmp_path / "dim.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(fixed, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, n = re.subn(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', data)
                assert n == 1
            dst.writestr(item, data)
    preview = read_roster(fixed, progress=lambda d, t: None)
    assert preview.ok and [r.code for r in preview.rows] == ["3-2-1502", "3-2-1503"]
    assert preview.rows[0].mobile == "13800138000"


# ---------------------------------------------------------------------------------------------------------
# Duplicates, extra errors, progress


def test_duplicate_rooms_in_the_file_mark_every_copy(tmp_path):
    path = make_book(tmp_path, HEADERS, [
        good_row(), good_row(房号="1501"), good_row(楼栋="03", 业主姓名="李四"), good_row(楼栋="3栋")])
    preview = read_roster(path)
    dup_rows = {e.row: e for e in preview.errors}
    assert set(dup_rows) == {2, 4, 5}
    for r, others in ((2, "4, 5"), (4, "2, 5"), (5, "2, 4")):
        e = dup_rows[r]
        assert e.message == MSG_DUPLICATE.format(code="3-2-1502", rows=others)
        assert e.column == "房号" and e.field == "room_no"
    assert [r.row for r in preview.valid_rows] == [3]


def test_caller_adds_database_errors(tmp_path):
    preview = read_roster(make_book(tmp_path, HEADERS, [good_row(), good_row(房号="1501")]))
    assert preview.ok
    e = preview.add_error(3, "room_no", "房屋已存在")
    assert (e.row, e.column, e.field) == (3, "房号", "room_no")
    e2 = preview.add_error(2, "自定义", "x")
    assert (e2.column, e2.field) == ("自定义", "")
    assert not preview.ok and preview.error_rows == {2, 3} and preview.valid_rows == []


def test_progress_is_reported(tmp_path):
    rows = [good_row(房号=f"{f}{i:02d}", 楼层=f, 证件号码=None, 业主姓名=None, 联系电话=None, 证件类型=None)
            for f in range(1, 101) for i in range(1, 6)]
    calls = []
    preview = read_roster(make_book(tmp_path, HEADERS, rows), progress=lambda d, t: calls.append((d, t)))
    assert preview.ok and len(preview.rows) == 500
    assert calls[-1] == (500, 500)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls) and len(calls) >= 3


def test_importing_the_module_does_not_import_openpyxl():
    code = ("import sys, app.excel.roster, app.excel.export, app.demo; "
            "assert 'openpyxl' not in sys.modules, 'openpyxl imported at start-up'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])
