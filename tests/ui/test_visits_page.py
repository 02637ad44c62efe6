"""来访接待 driven as the desk drives it: the lazy register, registering, the host's answer, admitting,
signing out, warnings, a returning visitor, filters, the watchlist, roles, two desks, prints, drafts."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from app.domain.validation import mask_id
from app.services import records, registry
from app.services import visits as svc
from app.services.registry import BuildingInput, PersonInput, RoomInput
from db.models.visit import Visit
from tests.ui.conftest import search, wait_ops
from tests.unit.services.test_visits import OTHER_ID, VISITOR_ID, rid


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
    return page.pane.actions_box.findChild(QPushButton, f"action_{action}")


def register(db, actor, **values) -> int:
    return svc.register_visit(db, actor, {"visitor_name": "刘志强", "phone": "13957112345", "id_number": VISITOR_ID,
                                          "purpose": "family", "room": "3-2-1502", "host_name": "王建国", **values})


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
    page.pane.choice_filters[0].setCurrentIndex(page.pane.choice_filters[0].findData("all"))
    assert page.pane.model.rowCount() == 200                 # one page, not the whole register
    assert page.pane.model.canFetchMore()
    page.pane.model.fetchMore()
    assert page.pane.model.rowCount() == 400
    qtmodeltester.check(page.pane.model)
    arrivals = [r.arrival_at for r in page.pane.model.rows]
    assert arrivals == sorted(arrivals, reverse=True)
    wait_ops(qtbot, w)
    assert page.kpi is not None and page.kpi.total > 400


def test_register_then_host_agreed_admitted_and_signed_out(qtbot, db, actor, rooms, window_for):
    desk = actor("receptionist")
    w = window_for(db, desk)
    page = w.show_page("visits")
    assert page.pane.empty.isVisible() and "Ctrl+N" in page.pane.empty.text()
    dlg = page.pane.new_record()
    assert dlg.windowTitle() == "Register a visitor"
    fill(dlg, VISITOR)
    assert dlg.form.widgets["host_name"].currentText() == "王建国"   # suggested from the room
    save(qtbot, w, dlg)
    [v] = visits(db)
    assert (v.status, v.visitor_name, v.id_number, v.room_code, v.companions) == (
        "registered", "刘志强", VISITOR_ID, "3-2-1502", 1)
    assert page.pane.model.rowCount() == 1 and page.pane.empty.isHidden()
    assert page.pane.view_data.id == v.id
    assert [b.text() for b in page.pane.action_buttons] == [
        "Contact the host", "Host agreed", "Host refused", "Host unreachable", "Refuse entry"]
    assert page.pane.model.rows[0].id_number == mask_id(VISITOR_ID)          # masked in the list
    qtbot.mouseClick(button(page, "host_agreed"), Qt.MouseButton.LeftButton)
    action = page.dialog
    assert action.form.value("admit_now") is True
    action.form.set_values({"pass_no": "L-018"})
    save(qtbot, w, action)
    assert visits(db)[0].status == "admitted" and visits(db)[0].pass_no == "L-018"
    assert [b.text() for b in page.pane.action_buttons] == ["Sign out"]
    assert "On site" in page.pane.title.text()
    wait_ops(qtbot, w)
    assert "On site now <b" in page.kpi_label.text()
    qtbot.mouseClick(button(page, "depart"), Qt.MouseButton.LeftButton)
    depart = page.dialog
    assert depart.form.value("departure_at")
    save(qtbot, w, depart)
    assert visits(db)[0].status == "left" and visits(db)[0].pass_returned
    assert page.pane.action_buttons == []
    assert [e.action for e in page.pane.events.rows] == ["Registered", "Host agreed", "Admit", "Sign out"]


def test_bad_input_is_shown_as_typed_and_kept_when_refused(qtbot, db, admin, rooms, window_for):
    w = window_for(db, admin)
    page = w.show_page("visits")
    dlg = page.pane.new_record()
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
    assert [b.text() for b in page.pane.action_buttons] == ["Handled", "Turned into a record", "Void"]


def test_a_warning_turns_save_into_register_anyway(qtbot, db, admin, rooms, window_for):
    svc.save_watch(db, admin, {"name": "刘志强", "reason": "多次冒充快递员", "id_number": VISITOR_ID})
    w = window_for(db, admin)
    page = w.show_page("visits")
    dlg = page.pane.new_record()
    fill(dlg, VISITOR)
    dlg.save()
    qtbot.waitUntil(lambda: dlg.acknowledge, timeout=10000)
    assert dlg.isVisible() and "多次冒充快递员" in dlg.bar.text()
    assert dlg.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Register &anyway"
    assert visits(db) == []
    save(qtbot, w, dlg)
    [v] = visits(db)
    assert "多次冒充快递员" in v.watch_note
    assert "多次冒充快递员" in page.pane.title.text()


def test_a_returning_visitor_is_filled_in_without_the_full_number(qtbot, db, actor, rooms, window_for):
    desk = actor("receptionist")
    first = register(db, desk, plate="浙A12345")
    records.act(db, desk, svc.KIND, first, "host_refused", {"host_contact_method": "phone"})
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
    a = register(db, admin)
    records.act(db, admin, svc.KIND, a, "host_agreed", {"host_contact_method": "phone", "admit_now": True})
    register(db, admin, visitor_name="李雷", phone="13700007777", id_number=OTHER_ID, purpose="delivery",
             room="3-2-1501", host_name="李四")
    w = window_for(db, admin)
    page = w.show_page("visits")
    assert page.pane.model.rowCount() == 2
    page.set_status_filter("on_site")
    assert [r.visitor_name for r in page.pane.model.rows] == ["刘志强"]
    assert page.pane.choice_filters[0].currentData() == "all"          # on site now: whatever day they came
    page.pane.choice_filters[0].setCurrentIndex(page.pane.choice_filters[0].findData("today"))
    page.set_status_filter("waiting")
    assert [r.visitor_name for r in page.pane.model.rows] == ["李雷"]
    page.set_status_filter("")
    search(qtbot, page.pane, "李")
    assert page.pane.model.rowCount() == 1
    search(qtbot, page.pane, "7777")
    assert [r.visitor_name for r in page.pane.model.rows] == ["李雷"]
    search(qtbot, page.pane, "")
    room = page.pane.text_filters[0]
    with qtbot.waitSignal(page.pane.model.modelReset, timeout=5000):
        room.setText("3-2-1502")
    assert [r.visitor_name for r in page.pane.model.rows] == ["刘志强"]
    with qtbot.waitSignal(page.pane.model.modelReset, timeout=5000):
        room.setText("9-")
    assert page.pane.model.rowCount() == 0
    assert page.pane.empty.isVisible() and "No visit matches" in page.pane.empty.text()
    room.clear()
    page.pane.choice_filters[0].setCurrentIndex(page.pane.choice_filters[0].findData("yesterday"))
    assert page.pane.model.rowCount() == 0 and "No visits in this period" in page.pane.empty.text()
    page.pane.choice_filters[0].setCurrentIndex(page.pane.choice_filters[0].findData("week"))
    assert page.pane.model.rowCount() == 2
    assert "Dates:" in page.report_filter_text()
    wait_ops(qtbot, w)


def test_roles_clerk_reads_it_sees_no_page_receptionist_no_watchlist(qtbot, db, actor, admin, rooms,
                                                                     window_for):
    register(db, admin)
    w = window_for(db, actor("clerk"))
    page = w.show_page("visits")
    assert not page.pane.new_btn.isEnabled() and not page.pane.newService.isEnabled()
    page.pane.table.selectRow(0)
    assert page.pane.view_data is not None and page.pane.action_buttons == []
    assert page.new_visit() is None and "may not register" in page.bar.text()
    assert window_for(db, actor("it")).show_page("visits") is None
    desk_page = window_for(db, actor("receptionist")).show_page("visits")
    assert desk_page.pane.watchlist.isHidden()
    wait_ops(qtbot, w)


def test_the_supervisor_keeps_the_watchlist(qtbot, db, admin, window_for):
    from app.ui.dialogs.visits import WatchEditor
    w = window_for(db, admin)
    page = w.show_page("visits")
    assert page.pane.watchlist.isVisible()
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
    vid = register(db, admin)
    w = window_for(db, admin)
    page = w.show_page("visits")
    page.pane.table.selectRow(0)
    button(page, "host_refused").click()
    action = page.dialog
    action.form.set_values({"note": "不认识"})
    records.act(db, actor("steward"), svc.KIND, vid, "host_agreed", {"host_contact_method": "phone"})   # the other desk
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
    register(db, admin)
    w = window_for(db, admin)
    page = w.show_page("visits")
    page.pane.table.selectRow(0)
    page.pane.print_form()
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
    from app.ui.dialogs.action import ActionDialog
    from app.ui.dialogs.visits import VisitDialog
    register(db, admin, id_number=rid("11010119900101123"))
    w = window_for(db, admin)
    page = w.show_page("visits")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    page.pane.table.setFocus()
    page.pane.table.selectRow(0)
    qtbot.keyClick(page.pane.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(page.dialog, VisitDialog)
    page.dialog.reject()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    page.pane.table.setFocus()
    qtbot.keyClick(page.pane.table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)   # the second action button
    qtbot.waitUntil(lambda: isinstance(page.dialog, ActionDialog), timeout=2000)      # a button's shortcut animates
    assert isinstance(page.dialog, ActionDialog) and page.dialog.context["action"] == "host_agreed"
    page.dialog.reject()
    wait_ops(qtbot, w)


def test_the_list_exports_as_the_table_shows_it(qtbot, db, actor, rooms, window_for, tmp_path):
    from openpyxl import load_workbook
    desk = actor("receptionist")
    register(db, desk)
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
    register(db, admin, phone="0571-8800 1234")
    w = window_for(db, admin)
    page = w.show_page("visits")
    assert VISITOR_ID in [page.pane.model.data(page.pane.model.index(0, c))
                          for c in range(page.pane.model.columnCount())]
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
    vid = register(db, admin)
    records.act(db, admin, svc.KIND, vid, "host_agreed", {"host_contact_method": "phone", "admit_now": True})
    monkeypatch.undo()
    w = window_for(db, admin)
    page = w.show_page("visits")
    assert page.pane.model.rowCount() == 0                      # not today's
    page.set_status_filter("not_signed_out")
    [row] = page.pane.model.rows
    assert row.flag == "not_signed_out" and "Not signed out" in page.pane.model.data(page.pane.model.index(0, 2))
    assert page.pane.model.data(page.pane.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    page.pane.table.selectRow(0)
    assert "Not signed out" in page.pane.title.text()
    wait_ops(qtbot, w)
    assert "Not signed out <b style='color:#c62828" in page.kpi_label.text()
