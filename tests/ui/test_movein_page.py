"""零星入住 driven as the desk drives it: a move-in registered from the kit's dialog, walked to 已归档 through the
detail pane's buttons and dialogs (the joint inspection's own layout with its checklist shown after, the
agreements, the fees, the keys, the household file), the prints enabled as the case gets there, a refusal shown
in Chinese beside its field, two desks on one case, and 导入交房清单 with a good and a bad row."""
from __future__ import annotations

from datetime import date

from openpyxl import Workbook
from PySide6.QtCore import Qt
from sqlalchemy import select

from app import i18n_qt
from app.domain import movein as M
from app.services import records
from app.ui.dialogs.movein import HandoverListDialog, InspectionDialog
from db.models import Room
from db.models.movein import HandoverListLine
from tests.helpers import clock  # noqa: F401  (fixture)
from tests.ui.conftest import wait_ops
from tests.ui.test_keys_page import action, fill, names, save
from tests.unit.services.test_movein import BUYER_ID, KEYS, inspection, register, rooms  # noqa: F401

CASE = {"room": "3-2-1501", "owner_name": "李四", "id_number": BUYER_ID, "phone": "13900001111",
        "notice_no": "TZ-88"}


def press(qtbot, window, pane, name: str):
    """Click an action button of the detail pane: the dialog it opens."""
    button = action(pane, name)
    assert button is not None and button.isEnabled(), (name, names(pane))
    button.click()
    wait_ops(qtbot, window)
    return pane.page.dialog


def test_register_and_walk_a_move_in_to_the_archive(qtbot, db, actor, rooms, clock, window_for):  # noqa: F811
    desk = actor("receptionist")
    w = window_for(db, desk)
    page = w.show_page("movein")
    pane = page.record_panes[0]
    wait_ops(qtbot, w)
    assert pane.model.rowCount() == 0 and pane.empty.isVisible() and pane.empty_btn.isVisible()
    assert not pane.importList.isVisible()                    # the receptionist does not import the list

    dlg = pane.new_record()
    fill(dlg, {"room": "3-2-1501", "owner_name": "李四", "id_number": BUYER_ID, "phone": "13900001111"})
    for key in ("doc_notice", "doc_id"):                      # the contract not ticked yet
        dlg.form.set_value(key, True)
    save(qtbot, w, dlg)
    pane.reload()
    assert pane.model.rowCount() == 1
    pane.table.selectRow(0)
    view = pane.view_data
    # the inspection is offered once the documents are complete; the detail says which is missing
    assert view.status == "docs_check" and names(pane) == ["action_check_docs"]
    assert "Purchase contract" in pane.details.text()
    assert pane.print_buttons["printRegister"].isEnabled() and not pane.print_buttons["printInspection"].isEnabled()
    assert not pane.extra.isVisible()                         # no checklist before the inspection

    dlg = press(qtbot, w, pane, "check_docs")
    assert dlg.form.value("doc_notice") and not dlg.form.value("doc_contract")     # as the record has them
    dlg.form.set_value("doc_contract", True)
    save(qtbot, w, dlg)

    dlg = press(qtbot, w, pane, "inspect")
    assert isinstance(dlg, InspectionDialog)
    hint = dlg.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768          # the reception PC's screen
    grid = dlg.form.layout()
    row_of = {key: grid.getItemPosition(grid.indexOf(dlg.form.widgets[key]))[0]
              for key in ("ok_walls", "check_walls", "photo_walls", "ok_floors")}
    assert row_of["ok_walls"] == row_of["check_walls"] == row_of["photo_walls"] != row_of["ok_floors"]
    dlg.form.set_values({**inspection(walls="客厅墙面裂缝"), "photo_walls": [], "meter_gas": "-1"})
    dlg.save()
    wait_ops(qtbot, w)
    assert dlg.isVisible() and dlg.form.error_text("meter_gas")        # nothing typed is lost
    assert dlg.form.value("inspectors") == "工程部张工、开发商刘经理"
    dlg.form.set_value("meter_gas", "0")
    save(qtbot, w, dlg)
    view = pane.view_data
    assert view.status == "inspected" and pane.extra.isVisible()
    checks = pane.extra.model
    assert checks.rowCount() == len(M.InspectItem)
    defect = next(r for r in range(checks.rowCount()) if not checks.row_at(r).ok)
    assert checks.row_at(defect).item == "walls" and checks.row_at(defect).slip_no.startswith("LX")
    brush = checks.data(checks.index(defect, 1), Qt.ItemDataRole.ForegroundRole)     # 缺陷 in red
    assert brush is not None and pane.print_buttons["printInspection"].isEnabled()
    assert "action_hold" in names(pane)

    dlg = press(qtbot, w, pane, "sign")
    dlg.form.set_values({"agr_service": True, "agr_rules": True})
    save(qtbot, w, dlg)
    assert pane.view_data.status == "signed"
    assert "action_hand_keys" not in names(pane)              # keys only after the fees (the parameter)

    dlg = press(qtbot, w, pane, "pay")
    assert dlg.form.value("payer") == "李四"                   # the page's default
    dlg.form.set_values({"method": "cash", "handover_date": date(2026, 6, 8)})     # the service's clock
    assert dlg.form.value("prepay_months") in (0, "0")        # the declared default shown
    save(qtbot, w, dlg)
    assert pane.view_data.status == "paid" and pane.view_data.receipt_no

    dlg = press(qtbot, w, pane, "hand_keys")
    assert dlg.form.value("received_by") == "李四"
    dlg.form.set_values({k: v for k, v in KEYS.items() if k != "received_by"})
    save(qtbot, w, dlg)
    assert pane.view_data.status == "completed" and pane.print_buttons["printReceipt"].isEnabled()
    with db.read() as s:
        assert s.scalar(select(Room.delivery_state).where(Room.code == "3-2-1501")) == "delivered"

    dlg = press(qtbot, w, pane, "archive")
    fill(dlg, {"emergency_name": "李大", "emergency_phone": "13800002222"})
    save(qtbot, w, dlg)
    assert pane.view_data.status == "archived" and names(pane) == []
    pane.status.setCurrentIndex(pane.status.findData("all"))
    assert pane.model.rowCount() == 1
    wait_ops(qtbot, w)
    assert page.kpi is not None and "moveinKpis" == page.kpi_label.objectName()


def test_a_room_not_sold_is_refused_in_chinese_beside_its_field(qtbot, db, actor, rooms, clock, window_for):  # noqa: F811
    i18n_qt.install("zh_CN")
    try:
        w = window_for(db, actor("receptionist"))
        pane = w.show_page("movein").record_panes[0]
        dlg = pane.new_record()
        fill(dlg, {**CASE, "room": "3-2-1502"})
        dlg.save()
        wait_ops(qtbot, w)
        qtbot.waitUntil(lambda: bool(dlg.form.error_text("room")), timeout=10000)
        assert dlg.isVisible() and "已售未交付" in dlg.form.error_text("room")
        assert dlg.form.value("owner_name") == "李四"
    finally:
        i18n_qt.install("en")


def test_two_desks_on_one_move_in_the_second_is_told(qtbot, db, actor, rooms, clock, window_for):  # noqa: F811
    desk, other = actor("receptionist"), actor("steward")
    mid = register(db, desk)
    records.act(db, desk, M.MOVEIN_KIND, mid, "inspect", inspection())
    w = window_for(db, desk)
    page = w.show_page("movein")
    pane = page.record_panes[0]
    page.open_record(M.MOVEIN_KIND, mid)
    dlg = press(qtbot, w, pane, "sign")
    dlg.form.set_values({"agr_service": True, "agr_rules": True})
    records.act(db, other, M.MOVEIN_KIND, mid, "hold", {"note": "业主认为墙面裂缝未修好，暂不收房"})
    dlg.save()
    wait_ops(qtbot, w)
    assert dlg.isVisible() and dlg.bar.text()                 # the case changed under the dialog
    assert records.get(db, desk, M.MOVEIN_KIND, mid).status == "on_hold"
    dlg.reject()
    pane.reload()
    assert pane.view_data.status == "on_hold" and names(pane) == ["action_resume"]


def test_import_the_handover_list_with_a_good_and_a_bad_row(qtbot, db, actor, rooms, window_for, tmp_path):  # noqa: F811
    w = window_for(db, actor("clerk"))
    page = w.show_page("movein")
    pane = page.record_panes[0]
    assert pane.importList.isVisibleTo(page)
    pane.importList.click()
    dlg = page.dialog
    assert isinstance(dlg, HandoverListDialog) and dlg.isVisible()
    assert dlg.model.rowCount() == 0 and "Choose the developer's spreadsheet" in dlg.summary.text()   # what to do
    wb = Workbook()
    wb.active.append(["房号", "购房人", "证件号码"])
    wb.active.append(["3-2-1501", "李四", BUYER_ID])
    wb.active.append(["3-2-1502", "王五", ""])             # handed over already
    path = tmp_path / "交房清单.xlsx"
    wb.save(path)
    dlg.load_file(str(path))
    wait_ops(qtbot, w)
    model = dlg.model
    assert model.rowCount() == 2 and "1 rows imported, 1 refused" in dlg.summary.text()
    good, bad = model.row_at(0), model.row_at(1)
    assert (good.room, good.imported, bad.room) == ("3-2-1501", True, "3-2-1502")
    assert "handed over already" in model.data(model.index(1, 3), Qt.ItemDataRole.DisplayRole)
    assert model.data(model.index(1, 3), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole) is None
    with db.read() as s:
        assert [ln.room_code for ln in s.scalars(select(HandoverListLine))] == ["3-2-1501"]
