"""The reception PC (issue 10, items 5, 6 and 8): every page and dialog fits a 1366×768 screen (and 1280×720),
the window opens on the screen, list columns show a document number, a phone, a time in full; no two
underlined shortcut letters (&-mnemonics) of a page, its dialogs and the menu bar clash; the dialogs open
on their first field, flag every empty required field and grow to show their messages; every empty list
says what to do next, with the button to do it.

The tests run on an offscreen screen of 1366×768 (tests/offscreen-1366x768.json, set in conftest.py).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QPushButton,
    QTabBar,
    QWidget,
)

from app import i18n_qt
from app.domain.errors import UserError
from app.services import auth
from app.ui import menus
from app.ui.main_window import SCREEN, SIDE_FOLDED, SIDE_WIDTH
from tests.ui.conftest import wait_ops

SMALL_SCREEN = (1280, 720)
MENU_DIALOGS = ("app.ui.dialogs.parameters:ParametersDialog", "app.ui.dialogs.calendar:CalendarDialog",
                "app.ui.dialogs.users:UsersDialog", "app.ui.dialogs.print_settings:PrintSettingsDialog",
                "app.ui.dialogs.audit_log:AuditLogDialog", "app.ui.dialogs.backup:BackupDialog",
                "app.ui.dialogs.backup:RestoreDialog", "app.ui.dialogs.roster_import:RosterImportDialog",
                "app.ui.dialogs.signoff:SignOffDialog", "app.ui.dialogs.fee_items:FeeItemsDialog")


@pytest.fixture(params=["zh_CN", "en"])
def language(request):
    i18n_qt.install(request.param)
    yield request.param
    i18n_qt.install("en")


@pytest.fixture
def first_start():
    """No list widths or window geometry saved by an earlier test: the PC's first start."""
    from app.ui import settings
    saved = settings.store()
    for key in saved.allKeys():
        if key.endswith("/header") or key == settings.MAIN_GEOMETRY.key:
            saved.remove(key)


def settle(qtbot, window, rounds: int = 3) -> None:
    wait_ops(qtbot, window)
    for _ in range(rounds):
        QApplication.processEvents()


def fits(widget: QWidget, screen=SCREEN) -> bool:
    hint = widget.minimumSizeHint()
    return hint.width() <= screen[0] and hint.height() <= screen[1]


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).upper() if match else None


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """Every &-letter of ``root``'s buttons, buddied labels, group boxes and tabs (shown or not: a button
    hidden now, 接班, shows later in the place of another, 交班)."""
    texts = [b.text() for b in root.findChildren(QAbstractButton)]
    texts += [label.text() for label in root.findChildren(QLabel) if label.buddy() is not None]
    texts += [box.title() for box in root.findChildren(QGroupBox) if box.isCheckable() or box.title()]
    for bar in root.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    return [(key, text) for text in texts if (key := mnemonic(text))]


def clashes(items: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for key, text in items:
        seen.setdefault(key, []).append(text)
    return {key: texts for key, texts in seen.items() if len(texts) > 1}


def menu_bar_mnemonics(window) -> list[tuple[str, str]]:
    return [(key, a.text()) for a in window.menuBar().actions() if (key := mnemonic(a.text()))]


def select_first(qtbot, window, page) -> None:
    pane = getattr(page, "current", None)
    if callable(pane) and pane().model.rowCount():
        pane().table.selectRow(0)
        settle(qtbot, window)


def supervisor_window(qtbot, demo_db, window_for):
    return window_for(demo_db, auth.sign_in(demo_db, "zhuguan", "demo1234"))


def page_dialogs(qtbot, window, page):
    """The dialogs a page opens: each pane's new record and the actions of its first record."""
    for pane in getattr(page, "record_panes", ()):
        if page.tabs is not None:
            page.tabs.setCurrentWidget(pane)
        dialog = pane.new_record()
        if dialog is not None:
            settle(qtbot, window)
            yield f"{pane.spec.kind}: new", dialog
            dialog.reject()
        if pane.model.rowCount():
            pane.table.selectRow(0)
            settle(qtbot, window)
            for action in list(pane.view_data.actions if pane.view_data else ()):
                dialog = pane.run_action(action)
                if isinstance(dialog, QDialog):
                    settle(qtbot, window, 1)
                    yield f"{pane.spec.kind}: {action.name}", dialog
                    dialog.reject()


def test_window_opens_within_the_screen_and_every_page_fits_it(qtbot, demo_db, window_for, language,
                                                                 first_start):
    w = supervisor_window(qtbot, demo_db, window_for)
    area = w.screen().availableGeometry()
    assert (area.width(), area.height()) == SCREEN
    assert w.width() <= SCREEN[0] and w.height() <= SCREEN[1]
    assert area.contains(w.frameGeometry())
    too_big = []
    for spec in w.specs:
        page = w.show_page(spec.key)
        settle(qtbot, w)
        select_first(qtbot, w, page)
        if not fits(page, (SCREEN[0] - SIDE_WIDTH, SCREEN[1] - 60)):
            too_big.append((spec.key, page.minimumSizeHint().toTuple()))
    assert too_big == [], f"pages that need more than a 1366×768 screen: {too_big}"
    # the page bar lists every page of the supervisor (who sees them all) without scrolling
    w.resize(*SCREEN)
    settle(qtbot, w)
    assert w.nav.verticalScrollBar().maximum() == 0, w.nav.count()
    # the window never grew past the screen on the way (the stack needs what its biggest page needs)
    assert fits(w), w.minimumSizeHint()
    assert w.width() <= SCREEN[0] and w.height() <= SCREEN[1]
    # 1280×720 with the page bar folded (F9; at once when the screen is narrower than 1366 px)
    w.set_side_bar(False)
    settle(qtbot, w)
    assert w.side.width() == SIDE_FOLDED and w.nav.isHidden()
    assert fits(w, SMALL_SCREEN), w.minimumSizeHint()
    w.set_side_bar(True)
    assert w.side.width() == SIDE_WIDTH and w.nav.isVisible()


def test_every_dialog_fits_the_screen(qtbot, demo_db, window_for, language):
    w = supervisor_window(qtbot, demo_db, window_for)
    too_big, seen = [], 0
    for spec in w.specs:
        page = w.show_page(spec.key)
        settle(qtbot, w)
        for name, dialog in page_dialogs(qtbot, w, page):
            seen += 1
            if not fits(dialog) or dialog.width() > SCREEN[0] or dialog.height() > SCREEN[1]:
                too_big.append((spec.key, name, dialog.minimumSizeHint().toTuple(), dialog.size().toTuple()))
    for path in MENU_DIALOGS:
        menus._open(w, path)
        dialog = w.last_dialog
        settle(qtbot, w, 1)
        seen += 1
        if not fits(dialog) or dialog.width() > SCREEN[0] or dialog.height() > SCREEN[1]:
            too_big.append((path, dialog.minimumSizeHint().toTuple(), dialog.size().toTuple()))
        dialog.close()
    assert seen > 30
    assert too_big == [], f"dialogs that need more than 1366×768: {too_big}"


def test_no_mnemonic_clashes_with_the_menu_bar_or_on_a_page_or_dialog(qtbot, demo_db, window_for, language):
    w = supervisor_window(qtbot, demo_db, window_for)
    bar = menu_bar_mnemonics(w)
    assert {k for k, _ in bar} == {"F", "D", "S", "H"} and not clashes(bar)
    found = {}
    for menu in w.menuBar().findChildren(QMenu):
        items = [(key, a.text()) for a in menu.actions() if (key := mnemonic(a.text()))]
        if clashes(items):
            found[f"menu {menu.title()}"] = clashes(items)
    for spec in w.specs:
        page = w.show_page(spec.key)
        settle(qtbot, w)
        select_first(qtbot, w, page)
        if clashes(mnemonics(page) + bar):
            found[spec.key] = clashes(mnemonics(page) + bar)
        for name, dialog in page_dialogs(qtbot, w, page):
            if clashes(mnemonics(dialog)):
                found[f"{spec.key} {name}"] = clashes(mnemonics(dialog))
    assert found == {}


def test_the_collector_finds_a_clash(qtbot, demo_db, window_for):
    """The clash test can fail: a button given the menu bar's Alt+S is caught."""
    from PySide6.QtWidgets import QPushButton
    w = supervisor_window(qtbot, demo_db, window_for)
    page = w.show_page("visits")
    QPushButton("Print &slip", page)
    assert "S" in clashes(mnemonics(page) + menu_bar_mnemonics(w))


def test_duty_menu_takes_over_and_hands_over(qtbot, db, admin, window_for):
    w = window_for(db, admin)
    take, hand = w.findChild(object, "actTakeOver"), w.findChild(object, "actHandOver")
    assert take is not None and hand is not None and take.isEnabled()
    take.trigger()
    page = w.current_page()
    assert page is w.pages["duty"]
    assert page.dialog is not None and page.dialog.isVisible()
    page.dialog.reject()
    hand.trigger()   # nobody is on duty yet: the page says who can hand over
    assert page.bar.text()


def test_first_run_wizard_focuses_its_first_field_and_flags_every_empty_one(qtbot, tmp_path):
    from app.services import store
    from app.ui.dialogs.account import FirstRunDialog
    from db.engine import sqlite_url
    i18n_qt.install("zh_CN")
    try:
        database = store.open_store(sqlite_url(tmp_path / "first.sqlite3"))
        wizard = FirstRunDialog(database)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitUntil(lambda: wizard.focusWidget() is wizard.form.widgets["estate_name"])
        wizard.save()
        for key in ("estate_name", "username", "name", "password2"):
            assert wizard.form.error_text(key) == "请填写" + str(wizard.form.fields[key].label), key
        assert "8" in wizard.form.error_text("password")   # its own rule: at least 8 characters
        assert wizard.focusWidget() is wizard.form.widgets["estate_name"]
        with pytest.raises(UserError):   # nothing was created
            store.estate(database)
        database.dispose()
    finally:
        i18n_qt.install("en")


def test_required_fields_are_marked(qtbot, tmp_path):
    from app.services import store
    from app.ui.dialogs.account import FirstRunDialog
    from db.engine import sqlite_url
    database = store.open_store(sqlite_url(tmp_path / "first.sqlite3"))
    wizard = FirstRunDialog(database)
    qtbot.addWidget(wizard)
    labels = [label.text() for label in wizard.form.findChildren(QLabel) if label.text().startswith("Estate")]
    assert labels == ["Estate name *"]
    database.dispose()


def test_a_dialog_grows_to_show_its_messages(qtbot, db, admin, window_for):
    from app.ui.dialogs.account import ChangePasswordDialog
    w = window_for(db, admin)
    dialog = ChangePasswordDialog(db, admin, w)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, w)
    before = dialog.height()
    dialog.bar.error("这是一条很长的拒绝说明，" * 12)
    dialog.save()   # and every empty field says so under it
    qtbot.waitUntil(lambda: dialog.height() > before)
    layout = dialog.layout()
    qtbot.waitUntil(lambda: dialog.height() >= layout.totalHeightForWidth(dialog.width()))
    label = dialog.bar.label
    assert label.height() >= label.heightForWidth(label.width())   # the whole message, not clipped


def test_columns_show_numbers_phones_and_times_in_full(qtbot, demo_db, window_for, first_start):
    w = supervisor_window(qtbot, demo_db, window_for)
    cut = []
    for key in ("worklog", "visits", "relay", "keys", "notices", "vacancy", "patrol"):
        page = w.show_page(key)
        settle(qtbot, w)
        for pane in page.record_panes:
            view = pane.table
            if not pane.model.rowCount():
                continue
            for i, column in enumerate(pane.spec.columns[:-1]):
                if column.key in ("number", "no", "key_no") or column.is_phone or column.key.endswith("_at"):
                    if view.columnWidth(i) < view.sizeHintForColumn(i):
                        cut.append((key, column.key, view.columnWidth(i), view.sizeHintForColumn(i)))
            pane.table.selectRow(0)
            settle(qtbot, w, 1)
            events = pane.event_view
            if pane.events.rowCount() and events.columnWidth(0) < events.sizeHintForColumn(0):
                cut.append((key, "history time", events.columnWidth(0), events.sizeHintForColumn(0)))
    assert cut == []


def test_empty_lists_say_what_to_do_with_the_button_to_do_it(qtbot, db, admin, window_for):
    w = window_for(db, admin)
    registry = w.show_page("registry")
    settle(qtbot, w)
    assert registry.empty.isVisible() and "roster" in registry.empty.text()
    assert registry.import_btn.isVisible()
    registry.import_btn.click()
    assert registry.dialog.isVisible() and "roster" in registry.dialog.windowTitle()
    registry.dialog.close()
    for key in ("keys", "relay"):
        page = w.show_page(key)
        settle(qtbot, w)
        for pane in page.record_panes:
            page.tabs.setCurrentWidget(pane)
            assert pane.empty.isVisible() and pane.empty.text() == str(pane.spec.empty_hint), (key, pane.spec.kind)
            if pane.spec.new_label is not None:
                assert pane.empty_btn.isVisible()
                pane.empty_btn.click()
                assert page.dialog is not None and page.dialog.isVisible()
                page.dialog.reject()
    pane = w.show_page("keys").record_panes[0]
    pane.search.setText("no such key")
    pane.reload()
    assert pane.empty.text() == str(pane.spec.no_match_hint) and not pane.empty_btn.isVisible()


def test_a_receptionist_has_no_import_button(qtbot, db, actor, window_for):
    w = window_for(db, actor("receptionist"))
    registry = w.show_page("registry")
    settle(qtbot, w)
    assert registry.empty.isVisible() and not registry.import_btn.isVisible()


def test_detail_buttons_wrap_inside_the_pane(qtbot, demo_db, window_for, language, first_start):
    """English labels are longer: a detail pane's buttons wrap to the next row instead of pushing the pane
    wider than the splitter gives it (a clipped 'Print visitor slip' behind a scroll bar)."""
    w = supervisor_window(qtbot, demo_db, window_for)
    wide = []
    for spec in w.specs:
        page = w.show_page(spec.key)
        settle(qtbot, w)
        for pane in getattr(page, "record_panes", ()):
            if page.tabs is not None:
                page.tabs.setCurrentWidget(pane)
            if not pane.model.rowCount():
                continue
            pane.table.selectRow(0)
            settle(qtbot, w, 1)
            viewport = pane.detail_scroll.viewport().width()
            for box in (pane.actions_box, pane.tools_box):
                for button in box.findChildren(QPushButton):
                    if button.isVisible() and button.mapTo(pane.detail_scroll.viewport(),
                                                           button.rect().topRight()).x() > viewport:
                        wide.append((spec.key, pane.spec.kind, button.text()))
    assert wide == []


def test_household_card_shows_roles_and_masked_numbers_in_full(qtbot, demo_db, window_for, language,
                                                               first_start):
    w = supervisor_window(qtbot, demo_db, window_for)
    page = w.show_page("registry")
    settle(qtbot, w)
    page.room_view.selectRow(0)
    settle(qtbot, w, 1)
    view = page.people_view
    assert page.people.rowCount()
    last = view.horizontalHeader().count() - 1
    cut = [i for i in range(last) if view.columnWidth(i) < view.sizeHintForColumn(i)]
    assert cut == []
