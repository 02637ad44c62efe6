"""Printing from the database: sources, masking, 补打 counts from the audit trail, the estate header."""
from __future__ import annotations

import io
import json
import re

import pytest
from sqlalchemy import select

pypdf = pytest.importorskip("pypdf")

from app.domain.errors import NotFound, PermissionDenied, ValidationError  # noqa: E402
from app.services import audit, printing, registry  # noqa: E402
from app.services.base import system_actor  # noqa: E402
from app.services.registry import BuildingInput, PersonInput, RoomInput  # noqa: E402
from db.models import AuditLog  # noqa: E402

VALID_ID = "11010519491231002X"


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))


def pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def room(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    room_id = registry.save_room(db, admin, RoomInput(u, "1502", "15", "128.56", layout="三室两厅"))
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number=VALID_ID),
                         room_id=room_id, role="owner")
    return "3-2-1502"


def print_rows(db, form="household_card", number="3-2-1502"):
    with db.read() as s:
        return s.scalars(select(AuditLog).where(AuditLog.action == "print", AuditLog.entity == form,
                                                AuditLog.entity_id == number)
                         .order_by(AuditLog.id)).all()


def test_household_card_prints_masked_ids_for_a_receptionist(db, actor, room):
    text = text_of(printing.render_document(db, actor("receptionist"), "household_card", room))
    assert "3-2-1502" in text and "房屋档案卡" in text and "王建国" in text
    assert "1101**********002X" in text and VALID_ID not in text
    assert "138****6688" in text and "13805716688" not in text
    assert "测试小区" in text  # the estate header comes from the Estate row


def test_household_card_prints_full_ids_for_the_supervisor(db, admin, room):
    text = text_of(printing.render_document(db, admin, "household_card", room))
    assert VALID_ID in text and "13805716688" in text
    assert "128.56" in text and "三室两厅" in text


def test_first_print_is_the_original_then_reprints_count(db, admin, actor, room):
    first = text_of(printing.print_document(db, admin, "household_card", room))
    assert "补打" not in first
    second = text_of(printing.print_document(db, actor("receptionist"), "household_card", room,
                                             copy=1))
    assert "补打第1次" in second
    third = text_of(printing.print_document(db, admin, "household_card", room,
                                            details={"to": "pdf"}))
    assert "补打第2次" in third
    rows = print_rows(db)
    assert [json.loads(r.after) for r in rows] == [
        {"copy": None, "reprint": 0}, {"copy": 1, "reprint": 1}, {"copy": None, "reprint": 2, "to": "pdf"}]
    assert [r.username for r in rows] == ["admin", "reception", "admin"]
    assert audit.verify(db).ok


def test_preview_writes_nothing_but_shows_the_next_reprint_mark(db, admin, room):
    before = len(print_rows(db))
    r = printing.preview_document(db, admin, "household_card", room)
    assert r.reprint_count == 0 and not r.voided and r.title == "房屋档案卡"
    assert r.font.embedded and r.font.warning is None
    printing.print_document(db, admin, "household_card", room)
    r = printing.preview_document(db, admin, "household_card", room)
    assert r.reprint_count == 1 and "补打第1次" in text_of(r.pdf)
    assert len(print_rows(db)) == before + 1
    assert printing.print_count(db, "household_card", room) == 1


def test_unknown_form_or_number_is_not_found(db, admin, room):
    with pytest.raises(NotFound, match="no printable form nope"):
        printing.print_document(db, admin, "nope", room)
    with pytest.raises(NotFound, match="no room 9-9-999"):
        printing.print_document(db, admin, "household_card", "9-9-999")
    with pytest.raises(NotFound):   # a form without a source is not printable by number
        printing.render_document(db, admin, "list_report", "1")
    with pytest.raises(ValidationError):
        printing.print_document(db, admin, "household_card", "  ")
    with pytest.raises(ValidationError, match="1 copies"):
        printing.print_document(db, admin, "household_card", room, copy=2)
    assert print_rows(db) == []   # nothing is recorded for a refused print


def test_viewing_permission_is_enforced_by_the_source(db, actor, room):
    with pytest.raises(PermissionDenied):
        printing.render_document(db, actor("it"), "household_card", room)


def test_list_forms_and_the_cli_signature(db, room):
    forms = dict(printing.list_forms())
    assert forms["household_card"] == "房屋档案卡" and forms["test_page"] == "打印测试页"
    assert "list_report" not in forms
    assert {f.code for f in printing.all_forms()} >= {"household_card", "list_report", "test_page"}
    pdf = printing.print_document(db, system_actor(), "household_card", room, copy=1)
    assert pdf.startswith(b"%PDF-") and print_rows(db)[-1].username == "system"


def test_a_registered_source_with_copies_and_void(db, admin):
    from app.printing.registry import unregister_form
    from tests.printing.print_helpers import register_slip_form, slip_sample

    code = register_slip_form()
    printing.register_source(code, lambda s, a, n: (slip_sample(), n.endswith("7")))
    try:
        whole = printing.print_document(db, admin, code, "FX20250612-0007")
        assert pages(whole) == 2   # three A5 copies, two to an A4 sheet
        assert "作废" in text_of(whole)
        one = text_of(printing.print_document(db, admin, code, "FX20250612-0007", copy=3))
        assert "第三联申请人联" in one and "第一联存根联" not in one and "补打第1次" in one
        with pytest.raises(ValidationError, match="from 1 to 3"):
            printing.print_document(db, admin, code, "FX20250612-0007", copy=4)
        after = [json.loads(r.after) for r in print_rows(db, code, "FX20250612-0007")]
        assert after == [{"copy": None, "reprint": 0, "voided": True},
                         {"copy": 3, "reprint": 1, "voided": True}]
    finally:
        printing.unregister_source(code)
        unregister_form(code)


def test_test_page_shows_the_font_and_is_never_a_reprint(db, admin):
    printing.print_document(db, admin, "test_page", "test")
    text = text_of(printing.print_document(db, admin, "test_page", "test"))
    assert "打印测试页" in text and "嵌入PDF" in text and "是（子集嵌入）" in text
    assert "壹万贰仟叁佰肆拾伍元陆角柒分" in text
    assert "补打" not in text
    assert len(print_rows(db, "test_page", "test")) == 2


def test_header_update_needs_print_settings_and_shows_on_the_next_print(db, admin, actor, room):
    with pytest.raises(PermissionDenied):
        printing.update_estate_header(db, actor("receptionist"), name="别的小区")
    with pytest.raises(ValidationError) as e:
        printing.update_estate_header(db, admin, name="  ")
    assert e.value.field == "name"
    with pytest.raises(ValidationError) as e:
        printing.update_estate_header(db, admin, name="阳光花园", logo_path="/nonexistent/logo.png")
    assert e.value.field == "logo_path"
    header = printing.update_estate_header(db, actor("it"), name="阳光花园",
                                           company="星河物业服务有限公司", address="科技大道88号",
                                           hotline="0571-88886666")
    assert header.name == "阳光花园" and printing.estate_header(db) == header
    text = text_of(printing.render_document(db, admin, "household_card", room))
    assert "阳光花园" in text and "星河物业服务有限公司" in text and "0571-88886666" in text
    with db.read() as s:
        row = s.scalars(select(AuditLog).where(AuditLog.entity == "estate", AuditLog.action == "update")
                        .order_by(AuditLog.id.desc())).first()
    assert json.loads(row.after)["name"] == "阳光花园" and row.username == "it"


def test_header_update_refuses_a_stale_version(db, admin):
    from app.domain.errors import ConflictError
    version = printing.estate_header(db).version
    printing.update_estate_header(db, admin, name="甲", version=version)
    with pytest.raises(ConflictError):
        printing.update_estate_header(db, admin, name="乙", version=version)


def test_list_report_and_excel(db, admin, tmp_path):
    from decimal import Decimal

    rows = [("3-2-1502", "王建国", Decimal("128.56")), ("3-2-1501", "=cmd|calc", Decimal("89.10"))]
    cols = [("房号", 1.5, "center"), "业主", ("面积", 1, "right")]
    pdf = printing.list_report("房屋列表", "楼栋：3号楼", cols, rows, db=db, printed_by="王主管")
    text = text_of(pdf)
    assert "房屋列表" in text and "筛选条件：楼栋：3号楼" in text and "3-2-1502" in text and "共2条" in text
    n = printing.list_to_excel(tmp_path / "rooms.xlsx", "房屋列表", cols, rows)
    assert n == 2
    from openpyxl import load_workbook
    ws = load_workbook(tmp_path / "rooms.xlsx").active
    assert [c.value for c in ws[1]] == ["房号", "业主", "面积"]
    assert ws["B3"].value == "=cmd|calc" and ws["B3"].data_type == "s"   # never a formula
    printing.record_list_output(db, admin, "房屋列表", 2, filter_text="楼栋：3号楼", to="excel")
    with db.read() as s:
        row = s.scalars(select(AuditLog).where(AuditLog.entity == "list_report")).one()
    assert row.action == "export" and json.loads(row.after)["rows"] == 2


def test_configured_font_is_used_and_the_environment_is_read(db, admin, room, monkeypatch):
    from app.printing.fonts import resolve_font
    zen = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
    if not resolve_font(zen).embedded or resolve_font(zen).path != zen:
        pytest.skip("WenQuanYi Zen Hei is not installed")
    monkeypatch.setenv(printing.FONT_ENV, zen)
    assert printing.font_status().path == zen
    assert printing.preview_document(db, admin, "household_card", room).font.path == zen
    assert printing.font_status(printing.AUTO_FONT).path != zen
    printing.configure(font_path=None)


def test_importing_the_service_does_not_import_reportlab():
    import subprocess
    import sys
    code = ("import sys, app.services.printing\n"
            "print(','.join(sorted(m for m in sys.modules if m.startswith(('reportlab', 'app.printing.')))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
