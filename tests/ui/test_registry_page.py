"""房屋档案 driven as the desk drives it: tree, lazy room list, household card, editors, search."""
from decimal import Decimal

from PySide6.QtCore import Qt

from app.services import registry
from tests.ui.conftest import wait_ops


def test_lazy_room_model_passes_the_model_tester(qtbot, qtmodeltester, demo_db, window_for):
    from app.services import auth
    w = window_for(demo_db, auth.sign_in(demo_db, "jiedai", "demo1234"))
    page = w.show_page("registry")
    assert page.rooms.rowCount() == 200          # one page, not the whole estate
    assert page.rooms.canFetchMore()
    page.rooms.fetchMore()
    assert page.rooms.rowCount() == 400
    qtmodeltester.check(page.rooms)
    assert "999" in page.count_label.text()


def test_receptionist_cannot_edit(qtbot, demo_db, window_for):
    from app.services import auth
    w = window_for(demo_db, auth.sign_in(demo_db, "jiedai", "demo1234"))
    page = w.show_page("registry")
    page.select_room(1)
    assert not page.edit_room_btn.isEnabled() and not page.new_building.isEnabled()
    assert page.print_btn.isEnabled()
    assert "*" in page.people.rows[0].id_number      # masked for a receptionist
    assert not w.findChild(type(w.menuBar().actions()[0]), "actUsers").isEnabled()


def test_add_building_unit_room_and_person(qtbot, db, admin, window_for):
    from app.ui.dialogs.registry import BuildingDialog, PersonDialog, RoomDialog, UnitDialog
    w = window_for(db, admin)
    page = w.show_page("registry")
    page.add_building()
    dlg = page.dialog
    assert isinstance(dlg, BuildingDialog)
    dlg.form.set_values({"building_no": "3"})
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    wait_ops(qtbot, w)
    building = page._find_item(("building", registry.tree(db, admin)[0].id))
    page.tree.setCurrentItem(building)
    page.add_unit()
    dlg = page.dialog
    assert isinstance(dlg, UnitDialog)
    dlg.form.set_values({"unit_no": "2"})
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    wait_ops(qtbot, w)
    unit_id = registry.tree(db, admin)[0].units[0].id
    page.tree.setCurrentItem(page._find_item(("unit", unit_id)))
    page.add_room()
    dlg = page.dialog
    assert isinstance(dlg, RoomDialog)
    dlg.form.widgets["room_no"].setText("1502")
    dlg.form.widgets["room_no"].textEdited.emit("1502")
    assert dlg.form.value("floor") == "15"             # floor guessed from the room number
    dlg.form.widgets["area"].setText("89.555")
    dlg.form.widgets["area"].textEdited.emit("89.555")
    assert "2 decimal" in dlg.form.error_text("area")  # shown as the user types
    dlg.save()
    assert dlg.isVisible() and registry.count_rooms(db, admin) == 0
    dlg.form.set_values({"area": "89.50", "layout": "三室两厅"})
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    wait_ops(qtbot, w)
    room = registry.room_by_code(db, admin, "3-2-1502")
    assert room.area == Decimal("89.50")
    assert page.rooms.rowCount() == 1
    page.select_room(room.id)
    assert "3-2-1502" in page.card_title.text()
    page.add_person()
    dlg = page.dialog
    assert isinstance(dlg, PersonDialog)
    dlg.form.set_values({"role": "owner", "name": "单田芳", "mobile": "13800138000",
                         "id_number": "110105194912310021"})
    dlg.form.check_all()
    assert "check digit" in dlg.form.error_text("id_number")
    dlg.save()
    assert dlg.isVisible()
    dlg.form.set_values({"id_number": "11010519491231002X"})
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    wait_ops(qtbot, w)
    assert [p.name for p in page.people.rows] == ["单田芳"]


def test_duplicate_room_refused_beside_the_field(qtbot, db, admin, window_for):
    from app.ui.dialogs.registry import RoomDialog
    b = registry.save_building(db, admin, registry.BuildingInput("1"))
    u = registry.save_unit(db, admin, b, "1")
    registry.save_room(db, admin, registry.RoomInput(u, "101", "1", "60"))
    w = window_for(db, admin)
    dlg = RoomDialog(w, {"unit_id": u})
    dlg.show()
    dlg.form.set_values({"room_no": "101", "floor": "1", "area": "61"})
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("room_no")))
    assert "already exists" in dlg.form.error_text("room_no")
    assert dlg.form.value("area") == "61"


def test_global_search_opens_household_card(qtbot, demo_db, window_for):
    from app.services import auth
    w = window_for(demo_db, auth.sign_in(demo_db, "zhuguan", "demo1234"))
    w.open_search("单")
    dlg = w.search_dialog
    assert dlg.results.count() >= 1
    hit = dlg.results.item(0).data(Qt.ItemDataRole.UserRole)
    dlg.open_current()
    page = w.current_page()
    assert page.room_id == hit.room_id
    assert hit.title in [p.name for p in page.people.rows]


def test_search_by_initials_finds_polyphonic_surname(qtbot, db, admin, window_for):
    b = registry.save_building(db, admin, registry.BuildingInput("2"))
    u = registry.save_unit(db, admin, b, "1")
    room = registry.save_room(db, admin, registry.RoomInput(u, "301", "3", "70"))
    registry.save_person(db, admin, registry.PersonInput("单小明", "13912345678",
                                                         id_number="11010519491231002X"),
                         room_id=room, role="owner")
    w = window_for(db, admin)
    for query in ("sxm", "dxm", "shanxiaoming", "5678", "小明", "2-1-301"):
        w.open_search(query)
        titles = [w.search_dialog.results.item(i).text() for i in range(w.search_dialog.results.count())]
        assert any("单小明" in t or "2-1-301" in t for t in titles), query
        w.search_dialog.close()


def test_a_clerk_edits_a_person_without_seeing_or_erasing_the_id(qtbot, db, admin, actor, window_for):
    """Issue 16, D1 and D9 through the real page: the editor is not pre-filled with the ID or the mobile
    (it shows them masked as a hint), and saving another field keeps both."""
    from app.services.registry import BuildingInput, PersonInput, RoomInput
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    room = registry.save_room(db, admin, RoomInput(u, "1502", "15", "89.5"))
    pid = registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number="11010519491231002X"),
                               room_id=room, role="owner", is_primary=True)
    w = window_for(db, actor("clerk"))
    page = w.show_page("registry")
    page.select_room(room)
    page.people_view.setCurrentIndex(page.people.index(0, 0))
    page.edit_person()
    dlg = page.dialog
    values = dlg.form.values()
    assert values["id_number"] == "" and values["mobile"] == ""
    assert "1101**********002X" in dlg.form.widgets["id_number"].placeholderText()
    assert "138****6688" in dlg.form.widgets["mobile"].placeholderText()
    dlg.form.set_values({"address": "已更正的地址"})
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    wait_ops(qtbot, w)
    p = registry.get_person(db, admin, pid)
    assert (p.id_number, p.mobile, p.address) == ("11010519491231002X", "13805716688", "已更正的地址")


def test_rooms_are_coloured_by_delivery_and_use_with_a_legend(qtbot, demo_db, window_for):
    """The room list as the estate's colour-coded plan: unsold, sold and not handed over, and a handed-over room
    by its use, each colour explained in the legend above the list."""
    from app.services import auth
    from app.ui.pages.registry import STATE_FILL, state_of
    w = window_for(demo_db, auth.sign_in(demo_db, "jiedai", "demo1234"))
    page = w.show_page("registry")
    while page.rooms.canFetchMore():
        page.rooms.fetchMore()
    seen = {}
    for r in range(page.rooms.rowCount()):
        row = page.rooms.row_at(r)
        brush = page.rooms.data(page.rooms.index(r, 0), Qt.ItemDataRole.BackgroundRole)
        seen.setdefault(state_of(row), brush.color().name())
    assert {"unsold", "sold", "owner_occupied", "rented", "vacant"} <= set(seen)
    assert all(STATE_FILL[key] == colour for key, colour in seen.items())
    assert len(set(seen.values())) == len(seen)                 # one colour a state
    legend = page.legend.text()
    assert page.legend.isVisible() and all(colour in legend for colour in STATE_FILL.values())
    assert "Sold, not handed over" in legend and "Rented" in legend
