"""The desk's session as a user lives it: first run, sign-in, idle lock with a half-filled form."""
import pytest

from app.services import store
from app.ui.session import DeskSession
from db.engine import sqlite_url
from tests.conftest import PASSWORD


@pytest.fixture
def session_for(qtbot):
    sessions = []

    def make(db, demo=False):
        session = DeskSession(db, demo=demo)
        sessions.append(session)
        return session
    yield make
    for s in sessions:
        if s.window is not None:
            s.window._locking = True
            s.window.close()
        if s.sign_in_dialog is not None:
            s.sign_in_dialog.close()
        if s.idle:
            s.idle.stop()
        s.ops.wait_background()


def sign_in(qtbot, session, username, password=PASSWORD):
    dlg = session.sign_in_dialog
    assert dlg.isVisible()
    dlg.username.setText(username)
    dlg.password.setText(password)
    dlg.try_sign_in()
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    return session.window


def test_first_run_creates_estate_and_administrator(qtbot, tmp_path, session_for):
    db = store.open_store(sqlite_url(tmp_path / "first.sqlite3"))
    session = session_for(db)
    session.start()
    wizard = session.first_run
    qtbot.addWidget(wizard)
    form = wizard.form
    form.set_values({"estate_name": "阳光花园", "username": "boss", "name": "刘经理",
                     "password": "short", "password2": "short"})
    wizard.save()
    assert "at least" in form.error_text("password")          # refused beside the field
    assert form.value("estate_name") == "阳光花园"             # nothing typed lost
    form.set_values({"password": "goodpass1", "password2": "otherpass1"})
    wizard.save()
    assert "differ" in form.error_text("password2")
    form.set_values({"password2": "goodpass1"})
    wizard.save()
    qtbot.waitUntil(lambda: session.sign_in_dialog is not None)
    assert store.estate(db).name == "阳光花园"
    window = sign_in(qtbot, session, "boss", "goodpass1")
    assert "阳光花园" in window.windowTitle()
    assert session.actor.role == "supervisor"


def test_wrong_password_keeps_user_name(qtbot, db, session_for):
    session = session_for(db)
    session.start()
    dlg = session.sign_in_dialog
    dlg.username.setText("reception")
    dlg.password.setText("wrong-one1")
    dlg.try_sign_in()
    assert dlg.isVisible() and session.window is None
    assert dlg.bar.kind == "error" and dlg.bar.text()
    assert dlg.username.text() == "reception" and dlg.password.text() == ""


def test_demo_sign_in_lists_accounts(qtbot, demo_db, session_for):
    session = session_for(demo_db, demo=True)
    session.start()
    accounts = session.sign_in_dialog.demo_list
    assert accounts.count() == 5
    accounts.setCurrentRow(2)
    session.sign_in_dialog._fill(accounts.item(2))
    qtbot.waitUntil(lambda: session.window is not None)
    assert session.actor.username == "jiedai"


def test_idle_lock_keeps_half_filled_form_for_the_same_user(qtbot, db, admin, session_for):
    from app.services import registry
    b = registry.save_building(db, admin, registry.BuildingInput("3"))
    unit = registry.save_unit(db, admin, b, "2")
    session = session_for(db)
    session.start()
    window = sign_in(qtbot, session, "admin")
    from app.ui.dialogs.registry import RoomDialog
    dlg = RoomDialog(window, {"unit_id": unit, "unit_label": "3栋 2单元"})
    dlg.show()
    dlg.form.set_values({"room_no": "1502", "floor": "15", "area": "89.5", "layout": "三室两厅"})
    session.lock()
    assert session.window is None and not dlg.isVisible()
    assert "locked" in session.sign_in_dialog.bar.text()
    # another user signs in: the draft is not theirs
    window = sign_in(qtbot, session, "clerk")
    assert session.restored == []
    session.sign_out()
    window = sign_in(qtbot, session, "admin")
    assert len(session.restored) == 1
    restored = session.restored[0]
    assert restored.form.values()["room_no"] == "1502"
    assert restored.form.values()["layout"] == "三室两厅"
    assert restored.form.value("area") == "89.5"
    restored.save()
    qtbot.waitUntil(lambda: not restored.isVisible())
    assert registry.room_by_code(db, admin, "3-2-1502").area == 89.5


def test_idle_watcher_locks_after_timeout(qtbot, db, session_for):
    session = session_for(db)
    session.start()
    sign_in(qtbot, session, "reception")
    session.idle.interval_ms = 50
    session.idle.timer.start(50)
    with qtbot.waitSignal(session.locked, timeout=3000):
        pass
    assert session.window is None and session.sign_in_dialog.isVisible()


def test_forced_password_change_after_reset(qtbot, db, admin, session_for):
    from app.services import auth
    staff = next(s for s in auth.list_staff(db, admin) if s.username == "clerk")
    auth.reset_password(db, admin, staff.id, "temp12345")
    session = session_for(db)
    session.start()
    window = sign_in(qtbot, session, "clerk", "temp12345")
    from app.ui.dialogs.account import ChangePasswordDialog
    dialogs = [d for d in window.findChildren(ChangePasswordDialog) if d.isVisible()]
    assert dialogs and "own password" in dialogs[0].bar.text()


def test_sign_in_dialog_shows_before_the_store_opens(qtbot, tmp_path, session_for):
    """Given a URL, the dialog is on screen first (no SQLAlchemy needed); the store opens right after."""
    from tests.conftest import new_store
    new_store(tmp_path / "later.sqlite3").dispose()
    session = DeskSession(url=sqlite_url(tmp_path / "later.sqlite3"))
    session.start()
    dlg = session.sign_in_dialog
    assert dlg.isVisible() and dlg.db is None and not dlg.ok.isEnabled()
    qtbot.waitUntil(lambda: dlg.db is not None)
    assert dlg.ok.isEnabled() and "测试小区" in dlg.title.text()
    window = sign_in(qtbot, session, "admin")
    assert window.isVisible()
    window._locking = True
    window.close()
