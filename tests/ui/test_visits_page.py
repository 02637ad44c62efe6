"""来访接待 driven as the desk drives it: the lazy register, registering, the host's answer, admitting,
signing out, warnings, a returning visitor, filters, the watchlist, roles, two desks, prints, drafts."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from tests.ui.conftest import wait_ops
from tests.unit.services.test_visits import OTHER_ID, VISITOR_ID, rid

from app.domain.validation import mask_id
from app.services import registry
from app.services import visits as svc
from app.services.registry import BuildingInput, PersonInput, RoomInput
from db.models.visit import Visit


@pytest.fixture
def rooms(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    ids = {f"3-2-{no}": registry.save_room(db, admin, RoomInput(u, no, "15", "98.5")) for no in ("1501", "1502")}
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number="11010519491231002X"),
                         room_id=ids["3-2-1502"], role="owner", is_primary=True)
    return ids


VISITOR = {"phone": "13957112345", "visitor_name": "刘志强", "id_number": VISITOR_ID, "room": "3-2-1502",
           "companions": "1", "plate": "浙A12345", "items_carried": "水果"}


def fill(dlg, values: dict) -> None:
    """Set the fields as typed (setText: never keyClicks Chinese), and let them check themselves."""
    for key, value in values.items():
        widget = dlg.form.widgets[key]
        if hasattr(widget, "setEditText") and widget.isEditable():
            widget.setEditText(value)
        elif hasattr(widget, "setText"):
            widget.setText(value)
            if hasattr(widget, "textEdited"):
                widget.textEdited.emit(value)
        else:
            dlg.form.set_value(key, value)
        if key == "room":
            widget.editingFinished.emit()


def save(qtbot, window, dlg) -> None:
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_ops(qtbot, window)


def button(page, action: str):
    return page.actions_host.findChild(type(page.slip_btn), f"action_{action}")


def visits(db) -> list[Visit]:
    with db.read() as s:
        from sqlalchemy import select
        return list(s.scalars(select(Visit).order_by(Visit.id)))


def test_the_lazy_register_passes_the_model_tester(qtbot, qtmodeltester, db, admin, rooms, window_for):
    from bench.bench_visits import estate_rooms, insert_visits, visit_rows
    insert_visits(db, visit_rows(estate_rooms(db), date.today() - timedelta(days=30), 30, 20,
                                 staff_id=admin.staff_id))
    w = window_for(db, admin)
    page = w.show_page("visits")
    page.range_box.setCurrentIndex(page.range_box.findData("all"))
    assert page.model.rowCount() == 200                 # one page, not the whole register
    assert page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 400
    qtmodeltester.check(page.model)
    arrivals = [r.arrival_at for r in page.model.rows]
    assert arrivals == sorted(arrivals, reverse=True)
    wait_ops(qtbot, w)
    assert page.kpi is not None and page.kpi.total > 400


def test_register_then_host_agreed_admitted_and_signed_out(qtbot, db, actor, rooms, window_for):
    desk = actor("receptionist")
    w = window_for(db, desk)
    page = w.show_page("visits")
    assert page.empty.isVisible() and "Ctrl+N" in page.empty.text()
    dlg = page.new_visit()
    assert dlg.windowTitle() == "Register a visitor"
    fill(dlg, VISITOR)
    assert dlg.form.widgets["host_name"].currentText() == "王建国"   # suggested from the room
    save(qtbot, w, dlg)
    [v] = visits(db)
    assert (v.status, v.visitor_name, v.id_number, v.room_code, v.companions) == (
        "registered", "刘志强", VISITOR_ID, "3-2-1502", 1)
    assert page.model.rowCount() == 1 and page.empty.isHidden()
    assert page.detail.id == v.id
    assert [b.text() for b in page.action_buttons] == [
        "Contact the host", "Host agreed", "Host refused", "Host unreachable", "Refuse entry"]
    assert page.model.rows[0].id_number == mask_id(VISITOR_ID)          # masked in the list
    qtbot.mouseClick(button(page, "host_agreed"), Qt.MouseButton.LeftButton)
    action = page.dialog
    assert action.form.value("admit_now") is True
    action.form.set_values({"pass_no": "L-018"})
    save(qtbot, w, action)
    assert visits(db)[0].status == "admitted" and visits(db)[0].pass_no == "L-018"
    assert [b.text() for b in page.action_buttons] == ["Sign out"]
    assert "On site" in page.detail_title.text()
    wait_ops(qtbot, w)
    assert "On site now <b" in page.kpi_label.text()
    qtbot.mouseClick(button(page, "depart"), Qt.MouseButton.LeftButton)
    depart = page.dialog
    assert depart.form.value("departure_at")
    save(qtbot, w, depart)
    assert visits(db)[0].status == "left" and visits(db)[0].pass_returned
    assert page.action_buttons == []
    assert [e.action for e in page.events.rows] == ["Registered", "Host agreed", "Admit", "Sign out"]


def test_bad_input_is_shown_as_typed_and_kept_when_refused(qtbot, db, admin, rooms, window_for):
    w = window_for(db, admin)
    page = w.show_page("visits")
    dlg = page.new_visit()
    fill(dlg, {**VISITOR, "id_number": VISITOR_ID[:-1] + ("1" if VISITOR_ID[-1] != "1" else "2"),
               "phone": "1395711234", "plate": "ABC"})
    assert "check digit" in dlg.form.error_text("id_number")
    assert "mobile" in dlg.form.error_text("phone")
    assert "province" in dlg.form.error_text("plate")
    dlg.save()
    assert dlg.isVisible() and visits(db) == []
    fill(dlg, {"id_number": VISITOR_ID, "phone": "13957112345", "plate": "", "room": "3-2-9999"})
    assert "no room 3-2-9999" in dlg.form.error_text("room")
    dlg.form.widgets["room"].setText("3-2-9999")
    dlg.form.set_error("room", "")
    dlg.save()     # the service refuses it beside the field, and keeps everything typed
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("room")), timeout=10000)
    assert dlg.isVisible() and dlg.form.value("visitor_name") == "刘志强"
    assert dlg.form.value("id_number") == VISITOR_ID
    # a service visit needs no document, room or host
    dlg.form.set_value("category", "service")
    assert dlg.windowTitle() == "Business at the desk"
    assert dlg.form.widgets["purpose"].currentData() == "business"
    fill(dlg, {"room": "", "id_number": ""})
    dlg.form.widgets["host_name"].setEditText("")
    save(qtbot, w, dlg)
    [v] = visits(db)
    assert (v.category, v.status, v.id_number) == ("service", "serving", "")
    assert [b.text() for b in page.action_buttons] == ["Handled", "Turned into a record", "Void"]


def test_a_warning_turns_save_into_register_anyway(qtbot, db, admin, rooms, window_for):
    svc.save_watch(db, admin, svc.WatchInput("刘志强", "多次冒充快递员", id_number=VISITOR_ID))
    w = window_for(db, admin)
    page = w.show_page("visits")
    dlg = page.new_visit()
    fill(dlg, VISITOR)
    dlg.save()
    qtbot.waitUntil(lambda: dlg.acknowledge, timeout=10000)
    assert dlg.isVisible() and "多次冒充快递员" in dlg.bar.text()
    assert dlg.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Register &anyway"
    assert visits(db) == []
    save(qtbot, w, dlg)
    [v] = visits(db)
    assert "多次冒充快递员" in v.watch_note
    assert page.warning_label.isVisible() and "多次冒充快递员" in page.warning_label.text()


def test_a_returning_visitor_is_filled_in_without_the_full_number(qtbot, db, actor, rooms, window_for):
    desk = actor("receptionist")
    first = svc.register_visit(db, desk, svc.VisitInput(
        visitor_name="刘志强", phone="13957112345", id_number=VISITOR_ID, purpose="family", room="3-2-1502",
        host_name="王建国", plate="浙A12345"))
    svc.act(db, desk, first, "host_refused", {"host_contact_method": "phone"})
    w = window_for(db, desk)
    page = w.show_page("visits")
    dlg = page.new_visit()
    fill(dlg, {"phone": "13957112345"})
    dlg.form.widgets["phone"].editingFinished.emit()
    assert dlg.form.value("visitor_name") == "刘志强"
    assert dlg.form.value("id_number") == mask_id(VISITOR_ID)          # never the full number
    assert dlg.form.error_text("id_number") == ""
    assert dlg.info.isVisible() and "Returning visitor" in dlg.info.text()
    fill(dlg, {"room": "3-2-1501"})
    dlg.form.widgets["host_name"].setEditText("李四")
    save(qtbot, w, dlg)
    assert visits(db)[-1].id_number == VISITOR_ID


def test_filters_and_the_empty_hint(qtbot, db, admin, rooms, window_for):
    a = svc.register_visit(db, admin, svc.VisitInput(visitor_name="刘志强", phone="13957112345",
                                                      id_number=VISITOR_ID, purpose="family", room="3-2-1502",
                                                      host_name="王建国"))
    svc.act(db, admin, a, "host_agreed", {"host_contact_method": "phone", "admit_now": True})
    svc.register_visit(db, admin, svc.VisitInput(visitor_name="李雷", phone="13700007777", id_number=OTHER_ID,
                                                 purpose="delivery", room="3-2-1501", host_name="李四"))
    w = window_for(db, admin)
    page = w.show_page("visits")
    assert page.model.rowCount() == 2
    page.set_status_filter("on_site")
    assert [r.visitor_name for r in page.model.rows] == ["刘志强"]
    assert page.range_box.currentData() == "all"          # on site now: whatever day they came
    page.range_box.setCurrentIndex(page.range_box.findData("today"))
    page.set_status_filter("waiting")
    assert [r.visitor_name for r in page.model.rows] == ["李雷"]
    page.set_status_filter("")
    page.text_filter.setText("李")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.text_filter.setText("7777")
    qtbot.waitUntil(lambda: [r.visitor_name for r in page.model.rows] == ["李雷"], timeout=5000)
    page.text_filter.setText("")
    page.room_filter.setText("3-2-1502")
    qtbot.waitUntil(lambda: [r.visitor_name for r in page.model.rows] == ["刘志强"], timeout=5000)
    page.room_filter.setText("9-")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert page.empty.isVisible() and "No visit matches" in page.empty.text()
    page.room_filter.setText("")
    page.range_box.setCurrentIndex(page.range_box.findData("yesterday"))
    assert page.model.rowCount() == 0 and "No visits in this period" in page.empty.text()
    page.range_box.setCurrentIndex(page.range_box.findData("week"))
    assert page.model.rowCount() == 2
    assert "Dates:" in page.report_filter_text()
    wait_ops(qtbot, w)


def test_roles_clerk_reads_it_sees_no_page_receptionist_no_watchlist(qtbot, db, actor, admin, rooms,
                                                                     window_for):
    svc.register_visit(db, admin, svc.VisitInput(visitor_name="刘志强", phone="13957112345",
                                                 id_number=VISITOR_ID, purpose="family", room="3-2-1502",
                                                 host_name="王建国"))
    w = window_for(db, actor("clerk"))
    page = w.show_page("visits")
    assert not page.new_visitor_btn.isEnabled() and not page.new_service_btn.isEnabled()
    page.view.selectRow(0)
    assert page.detail is not None and page.action_buttons == []
    assert page.new_visit() is None and "may not register" in page.bar.text()
    assert window_for(db, actor("it")).show_page("visits") is None
    desk_page = window_for(db, actor("receptionist")).show_page("visits")
    assert desk_page.watchlist_btn.isHidden()
    wait_ops(qtbot, w)


def test_the_supervisor_keeps_the_watchlist(qtbot, db, admin, window_for):
    from app.ui.dialogs.visits import WatchEditor
    w = window_for(db, admin)
    page = w.show_page("visits")
    assert page.watchlist_btn.isVisible()
    page.open_watchlist()
    dlg = page.watch_dialog
    assert dlg.empty.isVisible()
    dlg.add()
    editor = dlg.editor
    assert isinstance(editor, WatchEditor)
    fill(editor, {"name": "赵某", "id_number": "12345"})
    assert "18 characters" in editor.form.error_text("id_number")
    fill(editor, {"id_number": VISITOR_ID})
    editor.form.set_value("reason", "多次冒充快递员")
    save(qtbot, w, editor)
    assert [r.name for r in dlg.model.rows] == ["赵某"] and dlg.empty.isHidden()
    dlg.view.selectRow(0)
    dlg.remove()
    wait_ops(qtbot, w)
    assert dlg.model.rowCount() == 0
    dlg.show_removed.setChecked(True)
    assert [r.active for r in dlg.model.rows] == [False]


def test_two_desks_the_second_action_is_refused_and_kept(qtbot, db, admin, actor, rooms, window_for):
    vid = svc.register_visit(db, admin, svc.VisitInput(visitor_name="刘志强", phone="13957112345",
                                                        id_number=VISITOR_ID, purpose="family", room="3-2-1502",
                                                        host_name="王建国"))
    w = window_for(db, admin)
    page = w.show_page("visits")
    page.view.selectRow(0)
    action = page.run_action("host_refused")
    action.form.set_values({"note": "不认识"})
    svc.act(db, actor("steward"), vid, "host_agreed", {"host_contact_method": "phone"})   # the other desk
    action.save()
    qtbot.waitUntil(lambda: bool(action.bar.text()), timeout=10000)
    assert "Someone else changed this record" in action.bar.text()
    assert action.isVisible() and action.form.value("note") == "不认识"
    assert visits(db)[0].status == "approved"
    wait_ops(qtbot, w)


def test_work_log_conversion_opens_prefilled_and_links_the_visit(qtbot, db, actor, rooms, window_for):
    from app.ui.conversions import CONVERSIONS
    desk = actor("receptionist")
    w = window_for(db, desk)
    conversion = next(c for c in CONVERSIONS if c.kind == "visit")
    saved: list[int] = []
    dlg = conversion.open(w, {"caller": "刘志强", "phone": "13957112345", "room": rooms["3-2-1502"],
                              "content": "来找业主王建国", "channel": "来访", "category": "其他"}, saved.append)
    assert dlg.form.value("visitor_name") == "刘志强" and dlg.form.value("room") == "3-2-1502"
    assert dlg.form.value("remarks") == "来找业主王建国"
    fill(dlg, {"id_number": VISITOR_ID})
    save(qtbot, w, dlg)
    assert saved == [visits(db)[0].id]


def test_print_slip_and_day_register_open_the_preview(qtbot, db, admin, rooms, window_for):
    svc.register_visit(db, admin, svc.VisitInput(visitor_name="刘志强", phone="13957112345",
                                                 id_number=VISITOR_ID, purpose="family", room="3-2-1502",
                                                 host_name="王建国"))
    w = window_for(db, admin)
    page = w.show_page("visits")
    page.view.selectRow(0)
    page.print_slip()
    slip = page.preview
    qtbot.addWidget(slip)
    qtbot.waitUntil(lambda: slip.rendered is not None, timeout=20000)
    assert slip.rendered.number == visits(db)[0].number and slip.rendered.form == "visitor_slip"
    page.print_register()
    book = page.preview
    qtbot.addWidget(book)
    qtbot.waitUntil(lambda: book.rendered is not None, timeout=20000)
    assert book.rendered.number == date.today().isoformat()
    wait_ops(qtbot, w)


def test_a_half_filled_registration_survives_the_idle_lock(qtbot, db, admin, rooms, window_for):
    from app.ui import drafts
    from app.ui.dialogs.visits import VisitDialog
    w = window_for(db, admin)
    page = w.show_page("visits")
    dlg = page.new_visit()
    fill(dlg, {"phone": "13957112345", "visitor_name": "刘志强", "room": "3-2-1502"})
    assert drafts.save_open(db, admin, [dlg]) == 1
    dlg.close()
    [reopened] = drafts.reopen(w, drafts.take(db, admin))
    qtbot.addWidget(reopened)
    assert isinstance(reopened, VisitDialog)
    assert reopened.form.value("visitor_name") == "刘志强" and reopened.form.value("room") == "3-2-1502"
    reopened.close()


def test_keyboard_new_visitor_and_action_shortcuts(qtbot, db, admin, rooms, window_for):
    from app.ui.dialogs.visits import VisitActionDialog, VisitDialog
    svc.register_visit(db, admin, svc.VisitInput(visitor_name="刘志强", phone="13957112345",
                                                 id_number=rid("11010119900101123"), purpose="family",
                                                 room="3-2-1502", host_name="王建国"))
    w = window_for(db, admin)
    page = w.show_page("visits")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, VisitDialog)
    page.dialog.reject()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)   # the second action button
    assert isinstance(page.dialog, VisitActionDialog) and page.dialog.context["action"] == "host_agreed"
    page.dialog.reject()
    wait_ops(qtbot, w)


def test_the_list_exports_as_the_table_shows_it(qtbot, db, actor, rooms, window_for, tmp_path):
    from openpyxl import load_workbook
    desk = actor("receptionist")
    svc.register_visit(db, desk, svc.VisitInput(visitor_name="刘志强", phone="13957112345",
                                                id_number=VISITOR_ID, purpose="family", room="3-2-1502",
                                                host_name="王建国"))
    w = window_for(db, desk)
    page = w.show_page("visits")
    page.export_list(tmp_path / "visits.xlsx")
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None, timeout=20000)
    wait_ops(qtbot, w)
    rows = list(load_workbook(tmp_path / "visits.xlsx").active.iter_rows(values_only=True))
    flat = [str(c) for r in rows for c in r if c is not None]
    assert "刘志强" in flat and "139****2345" in flat and mask_id(VISITOR_ID) in flat
    assert "13957112345" not in flat and VISITOR_ID not in flat


def test_printed_and_exported_lists_mask_ids_even_for_the_supervisor(qtbot, db, admin, rooms, window_for,
                                                                     tmp_path):
    """DOMAIN.md §3.3: IDs are masked on printed lists for everyone; phones as the list shows them to the
    role (the supervisor sees them), grouped as on the screen."""
    import io
    import re

    from openpyxl import load_workbook
    from pypdf import PdfReader
    svc.register_visit(db, admin, svc.VisitInput(visitor_name="刘志强", phone="0571-8800 1234",
                                                 id_number=VISITOR_ID, purpose="family", room="3-2-1502",
                                                 host_name="王建国"))
    w = window_for(db, admin)
    page = w.show_page("visits")
    assert VISITOR_ID in [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    page.export_list(tmp_path / "visits.xlsx")
    qtbot.waitUntil(lambda: getattr(page, "last_export", None) is not None, timeout=20000)
    wait_ops(qtbot, w)
    flat = [str(c) for r in load_workbook(tmp_path / "visits.xlsx").active.iter_rows(values_only=True)
            for c in r if c is not None]
    assert mask_id(VISITOR_ID) in flat and VISITOR_ID not in flat
    assert "0571-8800 1234" in flat
    page.print_list()
    qtbot.waitUntil(lambda: getattr(page, "report_dialog", None) is not None, timeout=20000)
    dialog = page.report_dialog
    qtbot.addWidget(dialog)
    text = re.sub(r"\s", "", "".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.pdf)).pages))
    assert mask_id(VISITOR_ID) in text and VISITOR_ID not in text
    dialog.reject()


def test_on_site_shows_yesterdays_visitor_flagged(qtbot, db, admin, rooms, window_for, monkeypatch):
    from datetime import datetime
    yesterday = datetime.now().replace(microsecond=0) - timedelta(days=1)
    monkeypatch.setattr("app.services.base.now", lambda: yesterday)
    vid = svc.register_visit(db, admin, svc.VisitInput(visitor_name="刘志强", phone="13957112345",
                                                        id_number=VISITOR_ID, purpose="family", room="3-2-1502",
                                                        host_name="王建国"))
    svc.act(db, admin, vid, "host_agreed", {"host_contact_method": "phone", "admit_now": True})
    monkeypatch.undo()
    w = window_for(db, admin)
    page = w.show_page("visits")
    assert page.model.rowCount() == 0                      # not today's
    page.set_status_filter("not_signed_out")
    [row] = page.model.rows
    assert row.flag == "not_signed_out" and "Not signed out" in page.model.data(page.model.index(0, 2))
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    page.view.selectRow(0)
    assert "Not signed out" in page.detail_title.text()
    wait_ops(qtbot, w)
    assert "Not signed out <b style='color:#c62828" in page.kpi_label.text()
