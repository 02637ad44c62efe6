"""Issue 10, items 3 and 7, through the real window on the demo estate: Ctrl+K and Enter on a document number
open that document on its page; a room opened from search is chosen in the list beside its card; the card's
views and reveals are in the audit log, which the supervisor reads in their own language."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from app.services import audit_log, auth, records
from app.ui.widgets.record_pane import RecordPage

#: a document kind → the page that shows it
PAGES = {"visit": "visits", "work_slip": "relay", "parcel": "relay", "notice": "notices", "key_loan": "keys",
         "complaint": "complaints", "work_log": "worklog"}
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def boss_window(demo_db, window_for):
    return window_for(demo_db, auth.sign_in(demo_db, "zhuguan", "demo1234"))


@pytest.mark.parametrize("kind", list(PAGES))
def test_enter_on_a_document_number_opens_the_document_on_its_page(qtbot, demo_db, boss_window, kind):
    rk = records.KINDS[kind]
    with demo_db.read() as s:
        record_id, number = s.execute(select(rk.model.id, rk.model.number).order_by(rk.model.id.desc())
                                      .limit(1)).one()
    w = boss_window
    w.open_search(number)
    dlg = w.search_dialog
    hit = dlg.results.item(0).data(Qt.ItemDataRole.UserRole)
    assert (hit.title, hit.record_kind) == (number, kind)
    assert "document" in dlg.hint.text()
    dlg.open_current()
    page = w.current_page()
    assert page is w.pages[PAGES[kind]]
    pane = RecordPage.pane(page, kind)
    assert pane.record_id == record_id and pane.view_data is not None and pane.view_data.number == number


def test_a_room_from_search_is_chosen_in_the_list_beside_its_card(qtbot, demo_db, boss_window):
    w = boss_window
    with demo_db.read() as s:
        from db.models import Room
        room_id, code = s.execute(select(Room.id, Room.code).order_by(Room.id.desc()).limit(1)).one()
    page = w.show_page("registry")
    assert page.rooms.find(lambda r: r.id == room_id) < 0         # not on the first page of the estate
    w.open_search(code)
    w.search_dialog.open_current()
    assert w.current_page() is page and page.room_id == room_id
    current = page.rooms.row_at(page.room_view.currentIndex().row())
    assert current is not None and current.id == room_id
    card = page.card
    assert page.tree.currentItem().data(0, Qt.ItemDataRole.UserRole) == ("unit", card.unit.id)


def test_card_views_and_a_reveal_are_in_the_audit_log(qtbot, demo_db, boss_window, window_for):
    w = boss_window
    page = w.show_page("registry")
    owner_room = next(r.id for r in page.rooms.rows if r.owner)
    page.select_room(owner_room)
    code = page.card.room.code
    assert page.reveal_btn.isVisible() and all("*" in p.id_number for p in page.people.rows if p.id_number)
    page.reveal_btn.click()
    assert page.revealed and not any("*" in p.id_number for p in page.people.rows if p.id_number)
    assert "audit log" in page.bar.text() and page.reveal_btn.text() == "Hide full numbers"
    page.reveal_btn.click()
    assert all("*" in p.id_number for p in page.people.rows if p.id_number)
    desk = window_for(demo_db, auth.sign_in(demo_db, "jiedai", "demo1234"))
    desk_page = desk.show_page("registry")
    desk_page.select_room(owner_room)
    assert not desk_page.reveal_btn.isVisible()
    boss = w.actor
    rows = audit_log.query(demo_db, boss, action="card_views", entity_id=code)
    assert [(r.username, r.action) for r in rows][:2] == [("jiedai", "view_card"), ("zhuguan", "reveal_card")]
    # the supervisor's report: the audit log filtered to card views
    from app.ui.dialogs.audit_log import AuditLogDialog
    dlg = AuditLogDialog(w)
    qtbot.addWidget(dlg)
    dlg.action.setCurrentIndex(dlg.action.findData("card_views"))
    shown = {dlg.model.rows[i].action for i in range(dlg.model.rowCount())}
    assert shown == {"view_card", "reveal_card"}
    assert dlg.model.index(0, 3).data() == "Household card"


def test_audit_rows_read_in_chinese_with_declared_labels(qtbot, demo_db, boss_window):
    from app import i18n_qt
    boss = boss_window.actor
    i18n_qt.install("zh_CN")
    try:
        key = next(r for r in audit_log.query(demo_db, boss, entity="key_item", action="update", limit=50)
                   if "status" in r.after)
        assert CJK.search(key.entity_label) and key.entity_label != "key_item"
        text = key.summary()
        assert "status" not in text and "in_cabinet" not in text and CJK.search(text)
        visit = audit_log.query(demo_db, boss, entity="visit", action="update", limit=1)[0]
        assert CJK.search(visit.entity_label) and "visit" != visit.entity_label
        printed = audit_log.entity_label("household_card")
        assert CJK.search(printed)
        for label, _old, _new in visit.labelled_changes():
            assert label not in ("status", "host_contact_method"), label
    finally:
        i18n_qt.install("en")
