"""The print preview, printing and saving (each recorded), the list report of a page, 设置 → 打印."""
from __future__ import annotations

import io
import json
import re

import pytest
from sqlalchemy import select

from tests.ui.conftest import wait_ops

pypdf = pytest.importorskip("pypdf")

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo  # noqa: E402

from app.services import printing, registry  # noqa: E402
from app.services.registry import BuildingInput, PersonInput, RoomInput  # noqa: E402
from app.ui.dialogs import print_preview  # noqa: E402
from app.ui.dialogs.print_preview import PrintPreviewDialog, preview_form  # noqa: E402
from db.models import AuditLog  # noqa: E402

VALID_ID = "11010519491231002X"


@pytest.fixture
def rooms(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    ids = {}
    for no, floor in (("1501", "15"), ("1502", "15"), ("1601", "16")):
        ids[f"3-2-{no}"] = registry.save_room(db, admin, RoomInput(u, no, floor, "98.5"))
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number=VALID_ID),
                         room_id=ids["3-2-1502"], role="owner")
    return ids


@pytest.fixture(autouse=True)
def clean_print_settings():
    from PySide6.QtCore import QSettings
    QSettings().remove("printing")
    yield
    QSettings().remove("printing")
    printing.configure(font_path=None)


def text_of(pdf: bytes) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in
                                      pypdf.PdfReader(io.BytesIO(pdf)).pages))


def audit_rows(db, action="print", entity="household_card"):
    with db.read() as s:
        return s.scalars(select(AuditLog).where(AuditLog.action == action, AuditLog.entity == entity)
                         .order_by(AuditLog.id)).all()


def open_preview(qtbot, window, form="household_card", number="3-2-1502") -> PrintPreviewDialog:
    dlg = preview_form(window, form, number)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.page_count_value() > 0 and not dlg.busy, timeout=20000)
    wait_ops(qtbot, window)
    return dlg


def test_preview_opens_with_the_pages_and_records_nothing(qtbot, window_for, db, admin, rooms):
    window = window_for(db, admin)
    dlg = open_preview(qtbot, window)
    assert dlg.page_count_value() == 1 and len(dlg._pages) == 1
    assert "1" in dlg.page_count.text()
    assert dlg.rendered.number == "3-2-1502" and "房屋档案卡" in dlg.windowTitle()
    assert dlg.reprint_notice.isHidden() and dlg.void_notice.isHidden() and dlg.font_notice.isHidden()
    assert dlg.save_button.isEnabled()
    assert audit_rows(db) == []
    dlg.zoom.setCurrentIndex(dlg.zoom.findData(1.0))
    assert dlg._pages[0].width() > 500
    dlg._pages[0].grab()   # paints: the page is rendered by pdfium


def test_registry_page_prints_the_card_of_the_room_code(qtbot, window_for, db, admin, rooms):
    window = window_for(db, admin)
    page = window.show_page("registry")
    page.select_room(rooms["3-2-1502"])
    page.print_card()
    dlg = window.last_dialog
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.rendered is not None, timeout=20000)
    assert dlg.rendered.number == "3-2-1502"
    assert VALID_ID in text_of(dlg.pdf)   # the supervisor sees the full ID
    wait_ops(qtbot, window)


def test_save_pdf_records_the_print_and_the_next_one_is_a_reprint(qtbot, window_for, db, admin, rooms,
                                                                   tmp_path):
    window = window_for(db, admin)
    dlg = open_preview(qtbot, window)
    target = tmp_path / "card"        # the suffix is added
    with qtbot.waitSignal(dlg.printed, timeout=20000):
        dlg.save_pdf(target)
    saved = tmp_path / "card.pdf"
    assert saved.read_bytes().startswith(b"%PDF-") and "补打" not in text_of(saved.read_bytes())
    [row] = audit_rows(db)
    assert row.entity_id == "3-2-1502" and row.username == "admin"
    assert json.loads(row.after) == {"copy": None, "reprint": 0, "to": "pdf", "file": "card.pdf"}
    qtbot.waitUntil(lambda: dlg.reprint_notice.isVisible(), timeout=20000)
    assert "补打 第1次" in dlg.reprint_notice.text()
    assert "补打第1次" in text_of(dlg.pdf)
    wait_ops(qtbot, window)


def test_printing_to_a_pdf_printer_works_headless_and_is_recorded(qtbot, window_for, db, actor, rooms,
                                                                   tmp_path):
    window = window_for(db, actor("receptionist"))
    dlg = open_preview(qtbot, window)
    assert "1101**********002X" in text_of(dlg.pdf)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dlg.copies_spin.setValue(2)
    with qtbot.waitSignal(dlg.printed, timeout=30000):
        dlg.print_to(printer, setup=True)
    out = pypdf.PdfReader(tmp_path / "printed.pdf")
    assert len(out.pages) == 1
    box = out.pages[0].mediabox
    assert abs(float(box.width) - 595) < 3 and abs(float(box.height) - 842) < 3   # A4
    xobjects = out.pages[0]["/Resources"]["/XObject"]
    image = next(iter(xobjects.values())).get_object()
    assert image["/Subtype"] == "/Image" and int(image["/Width"]) >= 500   # the page, drawn as an image
    [row] = audit_rows(db)
    after = json.loads(row.after)
    assert row.username == "reception" and after["to"] == "printer" and after["reprint"] == 0
    assert after["paper"] == "A4" and after["copies"] >= 1
    wait_ops(qtbot, window)


def test_without_printers_only_save_pdf_is_offered(qtbot, window_for, db, admin, rooms):
    if QPrinterInfo.availablePrinters():
        pytest.skip("this machine has printers")
    window = window_for(db, admin)
    dlg = open_preview(qtbot, window)
    assert not dlg.print_button.isEnabled() and dlg.save_button.isEnabled()
    assert not dlg.printer_notice.isHidden() and "save the PDF" in dlg.printer_notice.text()
    dlg.print_()
    assert "No printer" in dlg.bar.text()
    assert audit_rows(db) == []


def test_unknown_number_shows_the_reason(qtbot, window_for, db, admin, rooms):
    window = window_for(db, admin)
    dlg = preview_form(window, "household_card", "9-9-999")
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "9-9-999" in dlg.bar.text(), timeout=20000)
    assert not dlg.save_button.isEnabled() and not dlg.print_button.isEnabled()


def test_preview_pdf_calls_the_hook_when_saving(qtbot, window_for, db, admin, tmp_path):
    window = window_for(db, admin)
    pdf = printing.list_report("测试列表", "", ["甲", "乙"], [("1", "2")], db=db)
    calls = []
    dlg = print_preview.preview_pdf(window, "测试列表", pdf, on_print=lambda d: calls.append(d))
    qtbot.addWidget(dlg)
    assert dlg.page_count_value() == 1
    with qtbot.waitSignal(dlg.printed, timeout=20000):
        dlg.save_pdf(tmp_path / "list.pdf")
    assert calls == [{"to": "pdf", "file": "list.pdf"}]
    assert (tmp_path / "list.pdf").read_bytes() == pdf


def test_registry_list_report_prints_and_exports_the_filtered_rooms(qtbot, window_for, db, admin, rooms,
                                                                    tmp_path):
    window = window_for(db, admin)
    page = window.show_page("registry")
    page.rooms.page_size = 2          # the table holds only the first page; the report has them all
    page.filter_text.setText("3-2-15")
    assert page.print_list_btn.isEnabled() and page.export_list_btn.isEnabled()
    page.print_list()
    qtbot.waitUntil(lambda: isinstance(getattr(page, "report_dialog", None), PrintPreviewDialog),
                    timeout=20000)
    dlg = page.report_dialog
    qtbot.addWidget(dlg)
    text = text_of(dlg.pdf)
    assert "Roomlist" in text or "房屋列表" in text
    assert "3-2-1501" in text and "3-2-1502" in text and "3-2-1601" not in text and "共2条" in text
    assert "王建国" in text and "3-2-15" in text   # the owner column, the filter line
    with qtbot.waitSignal(dlg.printed, timeout=20000):
        dlg.save_pdf(tmp_path / "rooms.pdf")
    [row] = audit_rows(db, "print", "list_report")
    assert json.loads(row.after)["rows"] == 2 and json.loads(row.after)["to"] == "pdf"

    page.filter_text.setText("")
    page.export_list(tmp_path / "rooms.xlsx")
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None, timeout=20000)
    assert page.last_export[0] == 3
    from openpyxl import load_workbook
    ws = load_workbook(tmp_path / "rooms.xlsx").active
    assert [ws.cell(r, 1).value for r in range(2, 5)] == ["3-2-1501", "3-2-1502", "3-2-1601"]
    [row] = audit_rows(db, "export", "list_report")
    assert json.loads(row.after)["rows"] == 3
    wait_ops(qtbot, window)


def test_receptionist_may_print_the_list_but_not_export_it(qtbot, window_for, db, actor, rooms):
    window = window_for(db, actor("receptionist"))
    page = window.show_page("registry")
    assert page.print_list_btn.isEnabled() and not page.export_list_btn.isEnabled()


def open_settings(qtbot, window):
    from app.ui.dialogs.print_settings import PrintSettingsDialog
    dlg = PrintSettingsDialog(window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: "household_card" in dlg.paper_combos and not dlg.font_label.text()
                    .endswith("…"), timeout=20000)
    wait_ops(qtbot, window)
    return dlg


def test_settings_menu_item_follows_the_permission(qtbot, window_for, db, admin, actor):
    from PySide6.QtGui import QAction
    window = window_for(db, admin)
    assert window.findChild(QAction, "actPrintSettings").isEnabled()
    other = window_for(db, actor("receptionist"))
    assert not other.findChild(QAction, "actPrintSettings").isEnabled()


def test_settings_update_the_header_and_the_next_print_shows_it(qtbot, window_for, db, admin, rooms):
    window = window_for(db, admin)
    dlg = open_settings(qtbot, window)
    assert dlg.name.text() == "测试小区"
    assert "embedded" in dlg.font_label.text() and dlg.font_warning.isHidden()
    dlg.name.setText("阳光花园")
    dlg.company.setText("星河物业服务有限公司")
    dlg.hotline.setText("0571-88886666")
    combo = dlg.paper_combos["household_card"]
    combo.setCurrentIndex(combo.findData("A5"))
    with qtbot.waitSignal(dlg.saved, timeout=20000):
        dlg.save()
    assert print_preview.default_paper("household_card") == "A5"
    text = text_of(printing.render_document(db, admin, "household_card", "3-2-1502"))
    assert "阳光花园" in text and "星河物业服务有限公司" in text and "0571-88886666" in text
    [row] = [r for r in audit_rows(db, "update", "estate")]
    assert json.loads(row.after)["name"] == "阳光花园"
    preview = open_preview(qtbot, window)
    assert preview.paper.currentData() == "A5"
    assert "阳光花园" in text_of(preview.pdf)


def test_settings_refuse_an_empty_name_and_a_missing_font(qtbot, window_for, db, admin):
    window = window_for(db, admin)
    dlg = open_settings(qtbot, window)
    dlg.font_edit.setText("/nonexistent/font.ttf")
    dlg.save()
    assert "does not exist" in dlg.bar.text() and dlg.isVisible()
    dlg.font_edit.setText("")
    dlg.name.setText("")
    dlg.save()
    qtbot.waitUntil(lambda: "required" in dlg.bar.text(), timeout=20000)
    assert "border" in dlg.name.styleSheet() and dlg.isVisible()
    assert printing.estate_header(db).name == "测试小区"


def test_settings_show_an_unusable_font_and_print_the_test_page(qtbot, window_for, db, admin):
    window = window_for(db, admin)
    dlg = open_settings(qtbot, window)
    dlg.font_edit.setText("/nonexistent/font.ttf")
    with qtbot.waitSignal(dlg.font_checked, timeout=20000):
        dlg.check_font()
    assert not dlg.font_warning.isHidden() and "cannot be used" in dlg.font_warning.text()
    dlg.font_edit.setText("")
    preview = dlg.print_test_page()
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.page_count_value() == 1, timeout=20000)
    text = text_of(preview.pdf)
    assert "打印测试页" in text and "是（子集嵌入）" in text and "自动查找" in text
    wait_ops(qtbot, window)
