"""空置房管理 driven as the desk drives it: register a unit, the due list, an inspection with an anomaly
refused until described, the supervisor's opinion, a work slip, rechecks, removal, roles, prints, exports."""
from __future__ import annotations

from datetime import date

import pytest
from tests.ui.conftest import wait_ops

from app.services import registry
from app.services import vacancy as svc
from app.services.registry import BuildingInput, RoomInput
from db.models import Room
from db.models.vacancy import VacantInspection, VacantUnit


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


def button(page, action: str):
    return page.actions_host.findChild(type(page.inspect_btn), f"action_{action}")


def test_register_inspect_review_and_close(qtbot, db, admin, rooms, window_for, tmp_path):
    w = window_for(db, admin)
    page = w.show_page("vacancy")
    wait_ops(qtbot, w)
    assert page.model.rowCount() == 0
    dlg = page.register_unit()
    dlg.form.set_values({"room": "3-2-1501", "vacancy_type": "3", "holder": "owner", "key_ref": "K-07",
                         "meter_water": "12.5"})
    save(qtbot, w, dlg)
    [unit] = rows(db, VacantUnit)
    assert unit.vacancy_type == "3" and unit.since == date.today()
    with db.read() as s:
        assert s.get(Room, rooms["3-2-1501"]).vacancy_flag
    assert page.model.rowCount() == 1 and page.unit.id == unit.id and page.unit.due
    assert page.due_count == 1 and "Inspections due" in page.summary.text()

    insp = page.inspect()
    insp.form.set_value("ok_water", "anomaly")
    insp.save()                                   # refused: the anomaly is not described
    assert "Describe what is wrong" in insp.form.error_text("check_water") and insp.isVisible()
    insp.form.set_value("check_water", "卫生间顶棚渗水")
    insp.attach_photo(str(tmp_path / "leak.jpg"))
    save(qtbot, w, insp)
    [i] = rows(db, VacantInspection)
    assert i.status == "issues" and i.anomalies == 1
    assert page.inspection.id == i.id and page.tabs.currentIndex() == 1
    assert page.inspection.checks[3].photo.endswith("leak.jpg")
    assert [b.text() for b in page.action_buttons] == [
        "Supervisor's opinion", "Send a work slip", "Re-check: not yet fixed", "Re-check passed", "Void"]
    assert page.slip_btn.isEnabled()

    button(page, "review").click()
    review = page.dialog
    review.form.set_value("opinion", "工程部核查楼上防水")
    save(qtbot, w, review)
    assert rows(db, VacantInspection)[0].opinion == "工程部核查楼上防水"
    assert "工程部核查楼上防水" in page.fields_label.text()

    slip = page.send_slip()
    save(qtbot, w, slip)
    assert rows(db, VacantInspection)[0].slip_numbers.startswith("LX")

    button(page, "rectify").click()
    done = page.dialog
    done.form.set_value("note", "复检合格")
    save(qtbot, w, done)
    button(page, "close").click()
    save(qtbot, w, page.dialog)
    assert rows(db, VacantInspection)[0].status == "closed" and page.action_buttons == []
    w.resize(1400, 820)
    assert page.grab().save(str(tmp_path / "vacancy_page.png"))

    page.tabs.setCurrentIndex(0)
    page.view.selectRow(0)
    assert not page.unit.due
    page.remove_unit()
    remove = page.dialog
    remove.form.set_value("reason", "moved_in")
    save(qtbot, w, remove)
    assert rows(db, VacantUnit)[0].status == "removed" and page.model.rowCount() == 0
    with db.read() as s:
        assert not s.get(Room, rooms["3-2-1501"]).vacancy_flag


def test_receptionist_sees_but_does_not_change(qtbot, db, actor, admin, rooms, window_for):
    svc.register_unit(db, admin, svc.UnitInput(room="3-2-1502", vacancy_type="2", since=date.today()))
    w = window_for(db, actor("receptionist"))
    page = w.show_page("vacancy")
    wait_ops(qtbot, w)
    assert not page.register_btn.isEnabled() and page.storm_btn.isHidden()
    page.view.selectRow(0)
    assert page.unit is not None and not page.inspect_btn.isEnabled() and not page.remove_btn.isEnabled()
    assert page.inspect() is None and page.register_unit() is None


def test_storm_batch_and_filters(qtbot, db, actor, admin, rooms, window_for):
    for code in ("3-2-1501", "3-2-1502"):
        svc.register_unit(db, admin, svc.UnitInput(room=code, vacancy_type="3", since=date.today()))
    w = window_for(db, actor("steward"))
    page = w.show_page("vacancy")
    dlg = page.declare_storm()
    dlg.form.set_value("note", "台风过境")
    save(qtbot, w, dlg)
    assert page.storm is not None and page.storm.left == 2
    assert "Storm re-inspection" in page.summary.text()
    page.view.selectRow(0)
    insp = page.inspect()
    assert insp.form.value("storm") is True
    save(qtbot, w, insp)
    wait_ops(qtbot, w)
    assert page.storm.left == 1
    page.status_box.setCurrentIndex(page.status_box.findData("due"))
    assert [r.room_code for r in page.model.rows] == ["3-2-1502"]
    page.room_filter.setText("3-2-1501")
    page.reload()
    assert page.model.rowCount() == 0


def test_monthly_statistics_print_and_export(qtbot, db, admin, rooms, window_for, tmp_path):
    from openpyxl import load_workbook
    svc.register_unit(db, admin, svc.UnitInput(room="3-2-1501", vacancy_type="3", since=date.today()))
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
