"""Rosters as office programs write them: a totals row at the end, CSV in UTF-8 and in GBK (what Chinese
Excel saves as “CSV (逗号分隔)”), old .xls and .ods files, owners with only a landline, old 15-digit IDs."""
from __future__ import annotations

import zipfile

import pytest

from app.domain.errors import ValidationError
from app.excel.roster import MSG_ODS, MSG_TOTALS_SKIPPED, MSG_XLS, ROSTER_HEADERS_ZH, read_roster
from tests.excel.test_roster_import import ID1, ID2, make_book

HEADERS = list(ROSTER_HEADERS_ZH)
ROWS = [
    ["3", "2", "1501", "15", "89.50", "三室两厅一卫", "住宅", "曾经纬", "居民身份证", "440304196203150414",
     "0755-2888 1234"],
    ["3", "2", "1502", "15", "76.30", "两室两厅一卫", "住宅", "欧阳秀英", "身份证", "440304620315041",
     "+86 138 1234 5678"],
]


def test_a_totals_row_is_skipped_with_one_note(tmp_path):
    rows = [r[:] for r in ROWS] + [["合计", None, None, None, 165.8, None, None, "2户", None, None, None]]
    preview = read_roster(make_book(tmp_path, HEADERS, rows))
    assert preview.ok and [r.code for r in preview.rows] == ["3-2-1501", "3-2-1502"]
    assert [(n.row, n.message.source) for n in preview.notes] == [(4, MSG_TOTALS_SKIPPED.source)]
    assert "合计" in str(preview.notes[0].message)
    for label in ("小计", "总计：", "合 计"):
        preview = read_roster(make_book(tmp_path, HEADERS, [ROWS[0], [None, label, None, None, 89.5]]))
        assert preview.ok and len(preview.notes) == 1 and len(preview.rows) == 1, label


def test_real_ids_and_phones_of_a_roster(tmp_path):
    preview = read_roster(make_book(tmp_path, HEADERS, ROWS))
    assert preview.ok, [str(e) for e in preview.errors]
    first, second = preview.rows
    assert (first.id_number, first.mobile) == ("440304196203150414", "075528881234")   # a landline only
    assert (second.id_number, second.mobile) == ("440304196203150414", "13812345678")   # 15 digits


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "gbk"])
def test_csv_is_imported_directly(tmp_path, encoding):
    lines = [",".join(HEADERS)] + [",".join(r) for r in ROWS[:1]] + [
        "3,2,1503,15,76.30,两室两厅一卫,住宅,单田芳,居民身份证," + ID1 + ",13800138000",
        "3,2,1504,15,76.30,两室两厅一卫,住宅,查良镛,居民身份证,4.40305E+17,13800138001",
        "合计,,,,242.10,,,,,,"]
    path = tmp_path / "清册.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    preview = read_roster(path)
    assert [r.owner_name for r in preview.rows] == ["曾经纬", "单田芳", "查良镛"]
    assert [r.id_number for r in preview.valid_rows] == ["440304196203150414", ID1]
    assert [e.row for e in preview.errors] == [4]          # the ID Excel wrote as 4.40305E+17
    assert len(preview.notes) == 1 and preview.notes[0].row == 5


def test_csv_with_semicolons(tmp_path):
    path = tmp_path / "roster.csv"
    path.write_text(";".join(HEADERS) + "\n" + ";".join(ROWS[0]) + "\n", encoding="utf-8")
    assert read_roster(path).rows[0].code == "3-2-1501"


def test_old_xls_is_refused_with_the_way_to_convert_it(tmp_path):
    path = tmp_path / "清册.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    with pytest.raises(ValidationError) as info:
        read_roster(path)
    assert info.value.message is MSG_XLS and "另存为" in str(info.value) and ".xlsx" in str(info.value)
    renamed = tmp_path / "清册.xlsx"                       # an .xls renamed: the content decides
    renamed.write_bytes(path.read_bytes())
    with pytest.raises(ValidationError) as info:
        read_roster(renamed)
    assert info.value.message is MSG_XLS


def test_ods_is_refused_with_the_way_to_convert_it(tmp_path):
    path = tmp_path / "清册.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ValidationError) as info:
        read_roster(path)
    assert info.value.message is MSG_ODS and "LibreOffice" in str(info.value)


def test_messages_are_chinese_in_the_chinese_interface(tmp_path, qapp):
    from app import i18n_qt
    i18n_qt.install("zh_CN")
    try:
        path = tmp_path / "清册.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
        with pytest.raises(ValidationError) as info:
            read_roster(path)
        assert "另存为" in str(info.value) and "cannot" not in str(info.value)
        book = make_book(tmp_path, HEADERS, [ROWS[0], ["合计"], ROWS[1][:9] + [4.40305196203151e17, ""]])
        preview = read_roster(book)
        assert str(preview.notes[0].message) == "第 3 行是合计行（“合计”），已跳过"
        messages = [str(e.message) for e in preview.errors]
        assert "Excel 把这个证件号码当成数字并做了舍入；请把该列设为文本格式后重新输入" in messages
        assert all(m != e.message.source for m, e in zip(messages, preview.errors, strict=True))
    finally:
        i18n_qt.install("en")


def test_id_excel_rounded_is_still_explained(tmp_path):
    preview = read_roster(make_book(tmp_path, HEADERS, [ROWS[0][:9] + [int(ID2[:15] + "000"), "13800138000"]]))
    assert len(preview.errors) == 1
