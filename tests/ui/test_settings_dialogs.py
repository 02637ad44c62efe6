"""The settings dialogs against a real database file: users and permissions, parameters, audit log,
working-day calendar, backup and restore."""
from __future__ import annotations

import sys
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).parent))
from app.domain.errors import PermissionDenied  # noqa: E402
from app.domain.permissions import PERMISSIONS, preset  # noqa: E402
from app.services import auth, params, registry  # noqa: E402
from app.services import calendar as cal  # noqa: E402
from db.models import Parameter  # noqa: E402
from tests.ui.conftest_settings import make_user, receptionist, wait_ops, window  # noqa: E402,F401


def save_button(editor):
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)


# ---------------------------------------------------------------- users

@pytest.fixture
def users(qtbot, window):
    from app.ui.dialogs.users import UsersDialog
    dlg = UsersDialog(window)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def fill_new_user(qtbot, editor, username="zhaoliu", name="赵六", role="clerk", password="pass1234",
                  password2=None, phone=""):
    qtbot.keyClicks(editor.form.widgets["username"], username)
    editor.form.widgets["name"].setText(name)            # Chinese: set, never typed with keyClicks
    editor.form.set_value("role", role)
    if phone:
        qtbot.keyClicks(editor.form.widgets["phone"], phone)
    qtbot.keyClicks(editor.form.widgets["password"], password)
    qtbot.keyClicks(editor.form.widgets["password2"], password if password2 is None else password2)


def test_add_user_through_the_dialog_and_sign_in_with_the_role(qtbot, users, db):
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    editor = users.editor
    qtbot.addWidget(editor)
    assert editor.isVisible() and editor.form.value("role") == "receptionist"
    fill_new_user(qtbot, editor, phone="13800138000")
    with qtbot.waitSignal(editor.accepted, timeout=10000):
        qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.model.find(lambda r: r.username == "zhaoliu") >= 0)
    row = users.selected()
    assert (row.username, row.name, row.role, row.phone) == ("zhaoliu", "赵六", "clerk", "13800138000")
    col = [c.key for c in users.model.columns].index("role")
    assert users.model.index(users.model.find(lambda r: r.username == "zhaoliu"), col).data() \
        == "Back-office clerk"
    assert users.bar.text() == "User added."

    actor = auth.sign_in(db, "zhaoliu", "pass1234")
    assert actor.role == "clerk" and actor.name == "赵六"
    assert actor.permissions == frozenset(preset("clerk"))
    assert actor.must_change_password


def test_weak_password_is_refused_beside_the_field_and_nothing_typed_is_lost(qtbot, users, db):
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    editor = users.editor
    qtbot.addWidget(editor)
    fill_new_user(qtbot, editor, password="abc", password2="abc")
    # as typed: the reason appears beside the password field before saving
    assert "at least 8" in editor.form.error_text("password")
    assert editor.form.error_text("username") == ""
    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    wait_ops(qtbot, users.window_)
    assert editor.isVisible()
    assert editor.form.values() == {"username": "zhaoliu", "name": "赵六", "role": "clerk", "phone": "",
                                    "password": "abc", "password2": "abc"}
    assert "zhaoliu" not in {s.username for s in auth.list_staff(db, users.actor)}

    editor.form.widgets["password"].clear()
    qtbot.keyClicks(editor.form.widgets["password"], "lettersonly")
    assert "letters and digits" in editor.form.error_text("password")
    editor.form.widgets["password"].clear()
    editor.form.widgets["password2"].clear()
    qtbot.keyClicks(editor.form.widgets["password"], "better123")
    qtbot.keyClicks(editor.form.widgets["password2"], "better124")
    assert editor.form.error_text("password") == ""
    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)      # refused by submit: differ
    qtbot.waitUntil(lambda: editor.form.error_text("password2") != "")
    assert editor.isVisible() and editor.form.value("name") == "赵六"
    editor.form.widgets["password2"].clear()
    qtbot.keyClicks(editor.form.widgets["password2"], "better123")
    with qtbot.waitSignal(editor.accepted, timeout=10000):
        qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    assert auth.sign_in(db, "zhaoliu", "better123").role == "clerk"


def test_taken_user_name_is_refused_by_the_service_beside_the_field(qtbot, users, db):
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    editor = users.editor
    qtbot.addWidget(editor)
    fill_new_user(qtbot, editor, username="admin")
    qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "taken" in editor.form.error_text("username"))
    assert editor.isVisible() and editor.form.value("password") == "pass1234"
    # a user name the rules refuse shows as typed
    editor.form.widgets["username"].clear()
    qtbot.keyClicks(editor.form.widgets["username"], "li hua")
    assert "Latin letters" in editor.form.error_text("username")


def test_edit_disable_enable_and_reset_password(qtbot, users, db):
    make_user(db, users.actor, "lihua", "receptionist")
    users.reload_staff()
    assert users.select_username("lihua")
    qtbot.mouseClick(users.edit_button, Qt.MouseButton.LeftButton)
    editor = users.editor
    qtbot.addWidget(editor)
    editor.form.widgets["name"].setText("李华华")
    editor.form.set_value("role", "steward")
    with qtbot.waitSignal(editor.accepted, timeout=10000):
        qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.selected() is not None and users.selected().role == "steward")
    assert users.selected().name == "李华华"

    assert users.toggle_button.text() == "&Disable"
    qtbot.mouseClick(users.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.selected() is not None and not users.selected().active)
    assert users.toggle_button.text() == "&Enable"
    with pytest.raises(auth.SignInError):
        auth.sign_in(db, "lihua", "pass1234")
    qtbot.mouseClick(users.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.selected() is not None and users.selected().active)

    qtbot.mouseClick(users.reset_button, Qt.MouseButton.LeftButton)
    editor = users.editor
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.widgets["password"], "fresh2026")
    qtbot.keyClicks(editor.form.widgets["password2"], "fresh2026")
    with qtbot.waitSignal(editor.accepted, timeout=10000):
        qtbot.mouseClick(save_button(editor), Qt.MouseButton.LeftButton)
    actor = auth.sign_in(db, "lihua", "fresh2026")
    assert actor.role == "steward" and actor.must_change_password


def test_own_account_cannot_be_disabled(qtbot, users):
    assert users.select_username("admin")
    qtbot.mouseClick(users.toggle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.bar.kind == "error" and users.bar.text() != "")
    assert "own account" in users.bar.text()
    assert users.selected().active


def test_matrix_model_is_a_well_behaved_model(qtmodeltester, users):
    qtmodeltester.check(users.matrix)


def test_matrix_change_is_saved_and_enforced_by_the_services(qtbot, users, db):
    clerk = make_user(db, users.actor, "lihua", "receptionist")
    assert registry.tree(db, clerk) == []
    m = users.matrix
    index = m.index(m.row_of("registry.view"), m.column_of("receptionist"))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not users.save_button.isEnabled()
    assert m.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert m.changed_roles() == ["receptionist"] and index.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert users.save_button.isEnabled()
    qtbot.mouseClick(users.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: m.changed_roles() == [] and users.bar.kind == "info")
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "registry.view" not in auth.matrix(db)["receptionist"]

    clerk = auth.sign_in(db, "lihua", "pass1234")
    with pytest.raises(PermissionDenied):
        registry.tree(db, clerk)

    # 恢复预设 puts the preset back; saving restores the access
    users.restore_preset("receptionist")
    assert m.current["receptionist"] == preset("receptionist") and m.changed_roles() == ["receptionist"]
    qtbot.mouseClick(users.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: m.changed_roles() == [])
    assert auth.matrix(db)["receptionist"] == preset("receptionist")
    assert registry.tree(db, auth.sign_in(db, "lihua", "pass1234")) == []


def test_the_network_engineer_reads_the_matrix_but_cannot_change_it(qtbot, window_for, db, actor):
    from app.ui.dialogs.users import UsersDialog
    w = window_for(db, actor("it"))
    dlg = UsersDialog(w)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.save_button.isEnabled() and not dlg.matrix_view.viewport().isEnabled()
    assert dlg.matrix.current["it"] == auth.matrix(db)["it"]
    w.ops.wait()


def test_a_click_in_the_middle_of_a_matrix_cell_toggles_it(qtbot, users):
    users.tabs.setCurrentIndex(1)
    m, view = users.matrix, users.matrix_view
    index = m.index(m.row_of("people.see_id"), m.column_of("clerk"))
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert m.changed_roles() == ["clerk"]
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert m.changed_roles() == []
    qtbot.mouseClick(users.revert_button, Qt.MouseButton.LeftButton)


def test_removing_the_last_users_manage_is_refused_and_keeps_the_ticks(qtbot, users, db):
    m = users.matrix
    for role in ("supervisor", "it"):
        m.setData(m.index(m.row_of("users.manage"), m.column_of(role)), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(users.save_button, Qt.MouseButton.LeftButton)
    assert users.bar.kind == "error" and "manage users" in users.bar.text()
    assert sorted(m.changed_roles()) == ["it", "supervisor"]
    assert "users.manage" not in m.current["supervisor"] | m.current["it"]
    assert "users.manage" in auth.matrix(db)["supervisor"] & auth.matrix(db)["it"]


def test_the_service_refusal_reaches_the_bar_when_another_desk_got_there_first(qtbot, users, db):
    m = users.matrix
    # another desk takes users.manage away from IT after this dialog loaded the matrix
    auth.set_role_permissions(db, users.actor, "it", preset("it") - {"users.manage"})
    m.setData(m.index(m.row_of("users.manage"), m.column_of("supervisor")), Qt.CheckState.Unchecked.value,
              Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(users.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: users.bar.kind == "error")
    assert "manage users" in users.bar.text()
    assert m.changed_roles() == ["supervisor"] and "users.manage" not in m.current["supervisor"]
    assert "users.manage" in auth.matrix(db)["supervisor"]
    assert users.save_button.isEnabled()


def test_matrix_lists_every_declared_permission_by_group(users):
    m = users.matrix
    codes = [e.permission.code for e in m.entries if e.permission]
    assert sorted(codes) == sorted(PERMISSIONS)
    groups = [m.index(r, 0).data() for r in m.group_rows()]
    expected = list(dict.fromkeys(p.group.source for p in PERMISSIONS.values()))  # declaration order
    assert groups == expected and groups[:2] == ["Estate registry", "System"]
    assert users.matrix_view.columnSpan(m.group_rows()[0], 0) == m.columnCount()
    assert m.headerData(m.column_of("it"), Qt.Orientation.Horizontal) == "Network engineer"


def test_user_services_refuse_a_receptionist(db, receptionist):
    with pytest.raises(PermissionDenied):
        auth.add_user(db, receptionist, "x1", "某人", "clerk", "pass1234")
    with pytest.raises(PermissionDenied):
        auth.list_staff(db, receptionist)
    with pytest.raises(PermissionDenied):
        auth.set_role_permissions(db, receptionist, "receptionist", set(PERMISSIONS))
    with pytest.raises(PermissionDenied):
        auth.reset_password(db, receptionist, 1, "pass1234")


# ---------------------------------------------------------------- parameters

@pytest.fixture
def parameters(qtbot, window):
    from app.ui.dialogs.parameters import ParametersDialog
    dlg = ParametersDialog(window)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_parameters_changed_in_the_dialog_are_read_back(qtbot, parameters, db):
    dlg = parameters
    assert dlg.row("auth.max_failed_logins").text() == "5"
    assert not dlg.save_button.isEnabled()
    dlg.set_text("auth.max_failed_logins", "7")
    dlg.row("backup.daily").editor.setChecked(False)
    dlg.row("keys.loan_due_close_time").editor.setTime(
        dlg.row("keys.loan_due_close_time").editor.time().addSecs(30 * 60))
    combo = dlg.row("release.reconcile_weekday").editor
    combo.setCurrentIndex(combo.findData("fri"))
    dlg.set_text("fee.late_fee_daily_rate", "0.0005")
    assert set(dlg.changed()) == {"auth.max_failed_logins", "backup.daily", "keys.loan_due_close_time",
                                  "release.reconcile_weekday", "fee.late_fee_daily_rate"}
    assert dlg.row("auth.max_failed_logins").label.font().bold()
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.bar.kind == "info" and "Saved" in dlg.bar.text())
    assert params.get(db, "auth.max_failed_logins") == 7
    assert params.get(db, "backup.daily") is False
    assert params.get(db, "keys.loan_due_close_time") == time(18, 0)
    assert params.get(db, "release.reconcile_weekday") == "fri"
    assert params.get(db, "fee.late_fee_daily_rate") == Decimal("0.0005")
    assert dlg.changed() == {} and not dlg.row("auth.max_failed_logins").label.font().bold()

    # a parameter put back to its default loses its override
    qtbot.mouseClick(dlg.row("auth.max_failed_logins").reset, Qt.MouseButton.LeftButton)
    assert dlg.row("auth.max_failed_logins").text() == "5"
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.changed() == {})
    with db.read() as s:
        assert s.get(Parameter, "auth.max_failed_logins") is None
        assert s.get(Parameter, "backup.daily").value == "false"
    assert params.get(db, "auth.max_failed_logins") == 5


def test_bad_parameter_input_shows_the_reason_and_saves_nothing(qtbot, parameters, db):
    dlg = parameters
    dlg.set_text("auth.max_failed_logins", "50")
    assert "must not exceed 20" in dlg.error_text("auth.max_failed_logins")
    assert dlg.row("auth.max_failed_logins").error.isVisible()
    dlg.set_text("auth.max_failed_logins", "abc")
    assert "whole number" in dlg.error_text("auth.max_failed_logins")
    dlg.set_text("fee.late_fee_daily_rate", "x")
    assert "must be a number" in dlg.error_text("fee.late_fee_daily_rate")
    dlg.set_text("backup.keep", "0")
    assert "must not be below 1" in dlg.error_text("backup.keep")
    dlg.set_text("fee.due_day", "20")                     # a valid change alongside
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot, dlg.window_)
    assert dlg.bar.kind == "error" and "(3)" in dlg.bar.text()
    assert dlg.row("auth.max_failed_logins").text() == "abc"          # nothing typed is lost
    assert params.get(db, "fee.due_day") == 15 and params.get(db, "auth.max_failed_logins") == 5
    dlg.set_text("auth.max_failed_logins", "6")
    assert dlg.error_text("auth.max_failed_logins") == ""


def test_parameter_search_hides_other_rows(parameters):
    dlg = parameters
    dlg.filter("idle")
    visible = [k for k, r in dlg.rows.items() if not r.label.isHidden()]
    assert visible == ["auth.idle_lock_minutes"]
    assert sum(not box.isHidden() for box, _rows in dlg.groups) == 1
    dlg.filter("")
    assert all(not r.label.isHidden() for r in dlg.rows.values())


def test_parameters_are_read_only_for_a_receptionist_and_the_service_refuses(qtbot, window_for, db,
                                                                              receptionist):
    from app.ui.dialogs.parameters import ParametersDialog
    w = window_for(db, receptionist)
    dlg = ParametersDialog(w)
    qtbot.addWidget(dlg)
    assert not dlg.row("auth.max_failed_logins").editor.isEnabled() and dlg.save_button.isHidden()
    assert dlg.bar.kind == "warning"
    with pytest.raises(PermissionDenied):
        params.set_values(db, receptionist, {"auth.max_failed_logins": "7"})
    with pytest.raises(PermissionDenied):
        params.set_value(db, receptionist, "auth.max_failed_logins", "7")
    assert params.get(db, "auth.max_failed_logins") == 5


def test_set_values_is_all_or_nothing(db, admin):
    from app.domain.errors import ValidationError
    with pytest.raises(ValidationError) as e:
        params.set_values(db, admin, {"fee.due_day": "20", "backup.keep": "0"})
    assert e.value.field == "backup.keep"
    assert params.get(db, "fee.due_day") == 15
    assert params.set_values(db, admin, {"fee.due_day": "20", "backup.keep": "30"}) == {
        "fee.due_day": 20, "backup.keep": 30}
    assert params.all_values(db)["backup.keep"] == 30


# ---------------------------------------------------------------- audit log

@pytest.fixture
def audit_dialog(qtbot, window):
    from app.ui.dialogs.audit_log import AuditLogDialog

    def make():
        dlg = AuditLogDialog(window)
        qtbot.addWidget(dlg)
        dlg.show()
        return dlg
    return make


def add_prints(db, actor, n, entity="room"):
    from app.services import audit
    from app.services.base import unit_of_work
    with unit_of_work(db, actor) as s:
        for i in range(n):
            audit.record(s, "print", entity, str(i), after={"doc": f"FX-{i:04d}", "copies": 2})


def test_audit_log_pages_lazily_and_filters(qtbot, audit_dialog, db, admin):
    add_prints(db, admin, 450)
    make_user(db, admin, "lihua", "receptionist")
    dlg = audit_dialog()
    m = dlg.model
    assert m.rowCount() == 200 and m.canFetchMore()
    ids = [m.row_at(i).id for i in range(m.rowCount())]
    assert ids == sorted(ids, reverse=True)
    newest = m.row_at(0)
    assert newest.action == "sign_in" and newest.username == "lihua"
    pages = 1
    while m.canFetchMore():     # pages of 200 (how many depends on the store's own audit rows: its permissions);
        before = m.rowCount()   # a full last page is known to be the last when the next one comes back empty
        m.fetchMore()
        added = m.rowCount() - before
        assert 0 <= added <= 200
        pages += bool(added)
    total = m.rowCount()
    assert total > 450 and pages == -(-total // 200) and not m.canFetchMore()
    assert len({m.row_at(i).id for i in range(total)}) == total

    dlg.action.setCurrentIndex(dlg.action.findData("print"))
    assert m.rowCount() == 200 and all(m.row_at(i).action == "print" for i in range(200))
    while m.canFetchMore():
        m.fetchMore()
    assert m.rowCount() == 450
    dlg.action.setCurrentIndex(0)

    dlg.user.setCurrentIndex(dlg.user.findData("lihua"))
    assert [m.row_at(i).action for i in range(m.rowCount())] == ["sign_in"]
    dlg.user.setCurrentIndex(0)

    dlg.text.setText("FX-0417")
    qtbot.mouseClick(dlg.findChild(type(dlg.verify_button), "search"), Qt.MouseButton.LeftButton)
    assert m.rowCount() == 1 and m.row_at(0).entity_id == "417"
    detail = dlg.detail.toPlainText()
    assert "FX-0417" in detail and "copies" in detail and "Printed" in detail

    dlg.text.clear()
    dlg.entity.setCurrentIndex(dlg.entity.findData("staff"))
    assert {m.row_at(i).entity for i in range(m.rowCount())} == {"staff"}
    dlg.entity.setCurrentIndex(0)

    today = date.today()
    dlg.set_dates(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    assert m.rowCount() == 0
    dlg.set_dates(today, today)
    assert m.rowCount() == 200


def test_audit_detail_shows_before_and_after_as_fields(qtbot, audit_dialog, db, admin):
    make_user(db, admin, "lihua", "receptionist")
    staff = next(s for s in auth.list_staff(db, admin) if s.username == "lihua")
    auth.update_user(db, admin, staff.id, name="李小华", role="receptionist", phone="", active=True,
                     version=staff.version)
    dlg = audit_dialog()
    dlg.action.setCurrentIndex(dlg.action.findData("update"))
    assert dlg.model.rowCount() == 1
    row = dlg.selected()
    assert row.summary() == "name: 李华 → 李小华"
    col = [c.key for c in dlg.model.columns].index("changes")
    assert dlg.model.index(0, col).data() == "name: 李华 → 李小华"
    html = dlg.detail.toHtml()
    assert "李华" in html and "李小华" in html and "Before" in html and "After" in html


def test_tampering_is_shown_by_verify_chain(qtbot, audit_dialog, db, admin):
    add_prints(db, admin, 3)
    dlg = audit_dialog()
    qtbot.mouseClick(dlg.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.chain_label.text().startswith("OK"))
    victim = dlg.model.find(lambda r: r.action == "print")
    victim_id = dlg.model.row_at(victim).id
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET username = 'nobody' WHERE id = :id"), {"id": victim_id})
    dlg.action.setCurrentIndex(dlg.action.findData("sign_in"))           # the row is filtered out
    qtbot.mouseClick(dlg.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Broken" in dlg.chain_label.text())
    assert f"#{victim_id}" in dlg.chain_label.text()
    assert dlg.bar.kind == "error" and f"#{victim_id}" in dlg.bar.text()
    assert dlg.broken_id == victim_id
    assert dlg.selected() is not None and dlg.selected().id == victim_id      # filters cleared, row shown
    assert dlg.action.currentIndex() == 0


def test_audit_log_refuses_a_receptionist(qtbot, window_for, db, receptionist):
    from app.services import audit_log
    from app.ui.dialogs.audit_log import AuditLogDialog
    with pytest.raises(PermissionDenied):
        audit_log.query(db, receptionist)
    w = window_for(db, receptionist)
    assert not w.findChild(type(w.menuBar().actions()[0]), "actAudit").isEnabled()
    dlg = AuditLogDialog(w)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.model.rowCount() == 0 and dlg.bar.kind == "error"


# ---------------------------------------------------------------- calendar

@pytest.fixture
def calendar_dialog(qtbot, window):
    from app.ui.dialogs.calendar import CalendarDialog
    dlg = CalendarDialog(window)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def mark(qtbot, dlg, first, last, kind, name):
    dlg.form.set_values({"first": first, "last": last, "kind": kind})
    dlg.form.widgets["name"].setText(name)
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot, dlg.window_)


def test_calendar_holiday_and_worked_saturday_reach_the_work_calendar(qtbot, calendar_dialog, db):
    dlg = calendar_dialog
    mark(qtbot, dlg, date(2037, 10, 1), date(2037, 10, 7), "off", "国庆节")
    assert dlg.bar.kind == "info" and "7" in dlg.bar.text()
    mark(qtbot, dlg, date(2037, 10, 10), date(2037, 10, 10), "work", "国庆调休")
    assert dlg.year == 2037
    assert [(r.day, r.kind) for r in (dlg.model.row_at(i) for i in range(dlg.model.rowCount()))][-1] == \
        (date(2037, 10, 10), "work")
    assert dlg.model.rowCount() == 8
    assert dlg.mark_of(date(2037, 10, 1)) == "off" and dlg.mark_of(date(2037, 10, 10)) == "work"
    assert dlg.mark_of(date(2037, 10, 9)) is None
    assert "8" not in dlg.year_label.text() and "7 holidays" in dlg.year_label.text()

    work = cal.load_calendar(db)
    assert not work.is_working_day(date(2037, 10, 1))
    assert work.is_working_day(date(2037, 10, 10))

    # clicking a marked day fills the form with it
    dlg.calendar.setSelectedDate(QDate(2037, 10, 10))
    dlg._date_clicked(QDate(2037, 10, 10))
    assert dlg.form.value("kind") == "work" and dlg.form.value("name") == "国庆调休"

    # remove the worked Saturday again
    dlg.table.clearSelection()
    dlg.table.selectRow(dlg.model.find(lambda r: r.day == date(2037, 10, 10)))
    qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)
    wait_ops(qtbot, dlg.window_)
    assert dlg.model.rowCount() == 7 and dlg.mark_of(date(2037, 10, 10)) is None
    assert not cal.load_calendar(db).is_working_day(date(2037, 10, 10))


def test_calendar_refusal_shows_beside_the_field(qtbot, calendar_dialog, db):
    dlg = calendar_dialog
    mark(qtbot, dlg, date(2037, 10, 8), date(2037, 10, 8), "work", "调休")     # a Thursday
    assert dlg.bar.kind == "error" and "weekday" in dlg.form.error_text("first")
    assert dlg.form.value("name") == "调休"
    assert cal.list_days(db, dlg.actor, 2037) == []


def test_calendar_is_read_only_for_a_receptionist(qtbot, window_for, db, admin, receptionist):
    from app.ui.dialogs.calendar import CalendarDialog
    cal.set_day(db, admin, date(2037, 10, 1), "off", "国庆节")
    w = window_for(db, receptionist)
    dlg = CalendarDialog(w)
    qtbot.addWidget(dlg)
    dlg.calendar.setCurrentPage(2037, 10)
    assert dlg.mark_of(date(2037, 10, 1)) == "off"
    assert not dlg.add_button.isEnabled() and dlg.bar.kind == "warning"
    with pytest.raises(PermissionDenied):
        cal.set_day(db, receptionist, date(2037, 10, 2), "off", "x")


def test_the_menu_item_updates_the_official_schedule_and_keeps_edits(qtbot, window, db, admin):
    from sqlalchemy import delete

    from db.models import CalendarDay
    with db.write() as s:
        s.execute(delete(CalendarDay).where(CalendarDay.day >= date(2026, 1, 1)))
    cal.set_day(db, admin, date(2026, 10, 10), "off", "公司补休")       # officially a worked Saturday
    action = window.findChild(type(window.menuBar().actions()[0]), "actCalendarUpdate")
    assert action.isEnabled()
    action.trigger()
    dlg = window.last_dialog
    qtbot.addWidget(dlg)
    wait_ops(qtbot, window)
    assert dlg.bar.kind == "info" and "2004" in dlg.bar.text()
    work = cal.load_calendar(db)
    assert not work.is_working_day(date(2026, 10, 10))                   # the supervisor's edit stays
    assert not work.is_working_day(date(2026, 10, 1)) and work.is_working_day(date(2026, 9, 20))


# ---------------------------------------------------------------- backup and restore

def test_backup_now_lists_the_new_backup(qtbot, window, db):
    from app.ui.dialogs.backup import BackupDialog
    dlg = BackupDialog(window)
    qtbot.addWidget(dlg)
    dlg.show()
    before = dlg.model.rowCount()
    qtbot.mouseClick(dlg.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.model.rowCount() == before + 1, timeout=15000)
    row = dlg.selected()
    assert row is not None and row.path.exists() and row.size > 0 and row.reason == "Manual"
    assert row.path.parent == db.path.parent / "backups"
    assert "Backed up" in dlg.bar.text()
    assert str(db.path.parent / "backups") in dlg.where.text()


class FakeSession:
    def __init__(self) -> None:
        self.restored: list[Path] = []

    def restore(self, path) -> None:
        self.restored.append(Path(path))


def test_restore_needs_a_choice_a_confirmation_and_a_session(qtbot, window, db, admin):
    from app.services import maintenance
    from app.ui.dialogs.backup import RestoreDialog
    made = maintenance.manual_backup(db, admin)
    dlg = RestoreDialog(window)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.restore_button.isEnabled() and not dlg.confirm.isEnabled()
    assert "replaces all current data" in dlg.findChild(type(dlg.chosen), "restoreWarning").text()
    dlg.table.selectRow(dlg.model.find(lambda r: r.path == made))
    assert dlg.source == made and str(made) in dlg.chosen.text()
    assert not dlg.restore_button.isEnabled()
    dlg.confirm.setChecked(True)
    assert dlg.restore_button.isEnabled()

    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)        # no session in this window
    assert dlg.bar.kind == "error" and "session" in dlg.bar.text() and dlg.isVisible()

    window.session = FakeSession()
    qtbot.mouseClick(dlg.restore_button, Qt.MouseButton.LeftButton)
    assert window.session.restored == [made] and not dlg.isVisible()


def test_backup_refuses_a_receptionist(db, receptionist):
    from app.services import maintenance
    with pytest.raises(PermissionDenied):
        maintenance.manual_backup(db, receptionist)


def test_the_home_tab_warns_when_this_year_has_no_holidays(qtbot, window, db):
    from sqlalchemy import delete

    from db.models import CalendarDay
    year = date.today().year
    with db.write() as s:
        s.execute(delete(CalendarDay).where(CalendarDay.day >= date(year, 1, 1)))
    page = window.show_page("home")
    page.refresh()
    tiles = [t for t in page.tiles if t.title.source == "Working-day calendar"]
    assert len(tiles) == 1 and str(year) in tiles[0].value and tiles[0].level == "alert"
    assert "chinesecalendar" in tiles[0].detail
