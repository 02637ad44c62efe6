"""空置房管理 driven as the desk drives it: register a unit, the due list, an inspection with an anomaly
refused until described, the supervisor's opinion, a work slip, rechecks, removal, roles, prints, exports."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QPushButton

from app.services import records, registry
from app.services import vacancy as svc
from app.services.registry import BuildingInput, RoomInput
from db.models import Room
from db.models.vacancy import VacantInspection, VacantUnit
from tests.ui.conftest import search, wait_ops


@pytest.fixture
def rooms(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    return {f"3-2-{no}": registry.save_room(db, admin, RoomInput(u, no, "15", "98.5"))
            for no in ("1501", "1502")}


def save(qtbot, window, dlg) -> None:
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_ops(qtbot, window)


def rows(db, model):
    with db.read() as s:
        from sqlalchemy import select
        return list(s.scalars(select(model).order_by(model.id)))


def button(pane, action: str):
    return pane.actions_box.findChild(QPushButton, f"action_{action}")


def register(db, actor, room: str, vacancy_type: str) -> int:
    return records.create(db, actor, svc.UNIT_KIND, {"room": room, "vacancy_type": vacancy_type, "since": date.today()})


def test_register_inspect_review_and_close(qtbot, db, admin, rooms, window_for, tmp_path):
    w = window_for(db, admin)
    page = w.show_page("vacancy")
    units, inspections = page.units, page.inspections
    wait_ops(qtbot, w)
    assert units.model.rowCount() == 0
    dlg = units.new_record()
    dlg.form.set_values({"room": "3-2-1501", "vacancy_type": "3", "holder": "developer", "key_ref": "K-07",
                         "register_key": True,
                         "meter_water": "12.5"})
    save(qtbot, w, dlg)
    [unit] = rows(db, VacantUnit)
    assert unit.vacancy_type == "3" and unit.since == date.today()
    with db.read() as s:
        assert s.get(Room, rooms["3-2-1501"]).vacancy_flag
    assert units.model.rowCount() == 1 and units.view_data.id == unit.id and units.view_data.due
    assert page.due_count == 1 and "Inspections due" in page.summary.text()

    insp = page.inspect()
    insp.form.set_value("ok_water", "anomaly")
    insp.save()                                   # refused: the anomaly is not described
    assert "Describe what is wrong" in insp.form.error_text("check_water") and insp.isVisible()
    insp.form.set_value("check_water", "卫生间顶棚渗水")
    photo = tmp_path / "leak.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 not much of a photo")
    insp.form.set_value("photo_water", [str(photo)])
    save(qtbot, w, insp)
    [i] = rows(db, VacantInspection)
    assert i.status == "issues" and i.anomalies == 1
    assert inspections.view_data.id == i.id and page.tabs.currentIndex() == 1
    assert inspections.view_data.checks[3].photo.endswith("leak.jpg")
    assert [b.text() for b in inspections.action_buttons] == [
        "Supervisor's opinion", "Send a work slip", "Re-check: not yet fixed", "Re-check passed", "Void"]
    assert button(inspections, "send_slip").isEnabled()

    button(inspections, "review").click()
    review = page.dialog
    review.form.set_value("opinion", "工程部核查楼上防水")
    save(qtbot, w, review)
    assert rows(db, VacantInspection)[0].opinion == "工程部核查楼上防水"
    assert "工程部核查楼上防水" in inspections.details.text()

    button(inspections, "send_slip").click()
    slip = page.dialog
    save(qtbot, w, slip)
    assert rows(db, VacantInspection)[0].slip_numbers.startswith("LX")

    button(inspections, "rectify").click()
    done = page.dialog
    done.form.set_value("note", "复检合格")
    save(qtbot, w, done)
    button(inspections, "close").click()
    save(qtbot, w, page.dialog)
    assert rows(db, VacantInspection)[0].status == "closed" and inspections.action_buttons == []
    w.resize(1366, 768)
    assert page.grab().save(str(tmp_path / "vacancy_page.png"))

    page.tabs.setCurrentIndex(0)
    units.table.selectRow(0)
    assert not units.view_data.due
    button(units, "remove").click()
    remove = page.dialog
    remove.form.set_value("reason", "moved_in")
    save(qtbot, w, remove)
    assert rows(db, VacantUnit)[0].status == "removed" and units.model.rowCount() == 0
    with db.read() as s:
        assert not s.get(Room, rooms["3-2-1501"]).vacancy_flag


def test_receptionist_sees_but_does_not_change(qtbot, db, actor, admin, rooms, window_for):
    register(db, admin, "3-2-1502", "2")
    w = window_for(db, actor("receptionist"))
    page = w.show_page("vacancy")
    wait_ops(qtbot, w)
    assert not page.units.new_btn.isEnabled() and page.units.stormBatch.isHidden()
    page.units.table.selectRow(0)
    assert page.units.view_data is not None and not page.units.record_buttons["inspectUnit"].isEnabled()
    assert button(page.units, "remove") is None
    assert page.inspect() is None and page.units.new_record() is None


def test_storm_batch_and_filters(qtbot, db, actor, admin, rooms, window_for):
    for code in ("3-2-1501", "3-2-1502"):
        register(db, admin, code, "3")
    w = window_for(db, actor("steward"))
    page = w.show_page("vacancy")
    dlg = page.declare_storm()
    dlg.form.set_value("note", "台风过境")
    save(qtbot, w, dlg)
    assert page.storm is not None and page.storm.left == 2
    assert "Storm re-inspection" in page.summary.text()
    page.units.table.selectRow(0)
    insp = page.inspect()
    assert insp.form.value("storm") is True
    save(qtbot, w, insp)
    wait_ops(qtbot, w)
    assert page.storm.left == 1
    page.units.status.setCurrentIndex(page.units.status.findData("due"))
    assert [r.room_code for r in page.units.model.rows] == ["3-2-1502"]
    search(qtbot, page.units, "3-2-1501")
    assert page.units.model.rowCount() == 0


def test_monthly_statistics_print_and_export(qtbot, db, admin, rooms, window_for, tmp_path):
    from openpyxl import load_workbook
    register(db, admin, "3-2-1501", "3")
    w = window_for(db, admin)
    page = w.show_page("vacancy")
    page.print_monthly()
    preview = page.preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.rendered is not None, timeout=20000)
    assert preview.rendered.form == "vacancy_monthly"
    assert preview.rendered.number == date.today().strftime("%Y-%m")
    page.export_monthly(str(tmp_path / "m.xlsx"))
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None, timeout=20000)
    flat = [c for r in load_workbook(tmp_path / "m.xlsx").active.iter_rows(values_only=True) for c in r]
    assert "3-2-1501" in flat
    page.export_list(tmp_path / "list.xlsx")
    qtbot.waitUntil(lambda: getattr(page, "last_export", (None, None))[1] != str(tmp_path / "m.xlsx"),
                    timeout=20000)
    wait_ops(qtbot, w)
