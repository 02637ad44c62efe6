"""The developer's handover list (开发商交房清单) imported from a real .xlsx written here with openpyxl, messy as
they come: a merged title row, headers with spaces, a ``*`` and full-width brackets, the room in three columns,
room codes with spaces, an ID number Excel rounded, blank and totals rows; every row reported, the good ones
kept, and a move-in of a listed room checked against its buyer."""
from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.domain import movein as M
from app.domain.errors import PermissionDenied, ValidationError
from app.services import catalog, records, registry
from app.services import movein as svc
from app.services.registry import BuildingInput, RoomInput
from db.models.movein import HandoverListLine, MoveIn
from tests.helpers import OWNER_ID, clock  # noqa: F401  (fixture)

BUYER_ID = "110105198001010016"


@pytest.fixture
def rooms(db, admin, clock):  # noqa: F811
    catalog.load_all()
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    for no, state in (("1501", "sold"), ("1502", "sold"), ("1503", "delivered"), ("1504", "unsold"),
                      ("1601", "sold")):
        registry.save_room(db, admin, RoomInput(u, no, no[:2], "100", delivery_state=state))


def workbook(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "交房清单"
    ws.append(["XX花园二期 交房清单（2026年6月）"])
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append([" 楼栋 ", "单元", "房号*", "购房人（姓名）", "身份证号", "联系电话", "合同编号", "备注"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_messy_list_is_read_and_every_row_reported(db, admin, actor, rooms, tmp_path):
    path = workbook(tmp_path / "交房清单.xlsx", [
        ["3栋", "2单元", "1501室", "李　四", BUYER_ID, "139 0000 1111", "HT-001"],     # row 4: good
        [3, 2, 1502, "王五", 1.10105198001e17, "", ""],                                # row 5: rounded ID
        [None, None, None, None, None, None, None],                                    # blank: skipped
        ["3", "2", "1503", "赵六", "", "", ""],                                        # row 7: handed over
        ["3", "2", "1504", "钱七", "", "", ""],                                        # row 8: unsold
        ["3", "2", "1509", "孙八", "", "", ""],                                        # row 9: no such room
        ["3", "2", "1601", "", "", "", ""],                                            # row 10: no buyer
        ["3", "2", "1501", "李四", BUYER_ID, "", ""],                                  # row 11: twice
        ["3", "2", "1502", "王五", OWNER_ID, "0755-28881234", "HT-002"],              # row 12: good
        ["合计", None, None, 2, None, None, None],                                     # totals: skipped
    ])
    report = svc.import_handover_list(db, actor("clerk"), path)
    assert report.sheet == "交房清单" and report.imported == 2
    assert [(ln.row, ln.room) for ln in report.lines if ln.imported] == [(4, "3-2-1501"), (12, "3-2-1502")]
    refused = {ln.row: ln.refused for ln in report.refused}
    assert set(refused) == {5, 7, 8, 9, 10, 11}
    assert "身份证号" in refused[5] and "handed over already" in refused[7] and "unsold" in refused[8]
    assert "1509" in refused[9] and "buyer" in refused[10] and "row 4" in refused[11]
    with db.read() as s:
        lines = {ln.room_code: ln for ln in s.scalars(select(HandoverListLine))}
    assert lines["3-2-1501"].buyer_name == "李四" and lines["3-2-1501"].phone == "13900001111"
    assert lines["3-2-1502"].contract_no == "HT-002" and lines["3-2-1502"].phone == "075528881234"

    again = svc.import_handover_list(db, actor("clerk"), workbook(tmp_path / "b.xlsx", [
        ["3", "2", "1502", "王五", BUYER_ID, "", "HT-003"]]))
    assert again.lines[0].result.startswith("Imported, the room's earlier line")
    with db.read() as s:
        assert s.query(HandoverListLine).count() == 2

    with pytest.raises(ValidationError, match="developer's handover list"):
        records.create(db, actor("receptionist"), M.MOVEIN_KIND, {
            "room": "3-2-1501", "owner_name": "王五", "id_number": OWNER_ID, "phone": "13900001111"})
    mid = records.create(db, actor("receptionist"), M.MOVEIN_KIND, {
        "room": "3-2-1501", "owner_name": "李四", "id_number": BUYER_ID, "phone": "13900001111"})
    with db.read() as s:
        assert s.get(MoveIn, mid).developer_match


def test_a_sheet_without_the_columns_is_refused_and_the_import_needs_its_permission(db, actor, rooms, tmp_path):
    wb = Workbook()
    wb.active.append(["序号", "姓名"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(ValidationError, match="房号 and 购房人"):
        svc.import_handover_list(db, actor("clerk"), tmp_path / "x.xlsx")
    with pytest.raises(PermissionDenied):
        svc.import_handover_list(db, actor("receptionist"), tmp_path / "x.xlsx")
