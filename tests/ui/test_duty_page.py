"""值班日志 / 交接班 and 工作日志 driven as the desk drives them (pytest-qt, offscreen)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import duty as svc
from app.services import records, registry, worklog
from app.ui.session import DeskSession
from tests.conftest import PASSWORD
from tests.ui.conftest import search, wait_ops

# ------------------------------------------------------------------------------------------ helpers

@pytest.fixture
def sessions(qtbot):
    made = []

    def make(db):
        session = DeskSession(db)
        made.append(session)
        session.start()
        return session
    yield make
    for s in made:
        if s.window is not None:
            s.window._locking = True
            s.window.close()
        if s.sign_in_dialog is not None:
            s.sign_in_dialog.close()
        if s.idle:
            s.idle.stop()


def sign_in(qtbot, session, username, password=PASSWORD):
    dlg = session.sign_in_dialog
    dlg.username.setText(username)
    dlg.password.setText(password)
    dlg.try_sign_in()
    qtbot.waitUntil(lambda: session.window is not None and session.window.isVisible())
    return session.window


def handover_dialog(window):
    from app.ui.dialogs.handover import TakeOverDialog
    found = [d for d in window.findChildren(TakeOverDialog) if d.isVisible()]
    return found[0] if found else None


@pytest.fixture
def room(db, admin):
    b = registry.save_building(db, admin, registry.BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    for no in ("1501", "1502"):
        registry.save_room(db, admin, registry.RoomInput(u, no, "15", "89.5"))
    return "3-2-1502"


def buttons(pane) -> set[str]:
    return {b.objectName().removeprefix("action_") for b in pane.action_buttons}


def click_action(pane, name: str):
    [button] = [b for b in pane.action_buttons if b.objectName() == f"action_{name}"]
    button.click()
    return pane.page.dialog


def new_row(db, actor, **values) -> int:
    return worklog.create_entry(db, actor, worklog.EntryInput(**{
        "caller": "王建国", "content": "楼道灯不亮", "phone": "13805716688", **values}))


def fill(form, **values):
    """Set texts as typed (never keyClicks Chinese) and let the form check them as it would live."""
    for key, value in values.items():
        form.set_value(key, value)
        widget = form.widgets[key]
        if hasattr(widget, "textEdited"):
            widget.textEdited.emit(widget.text())


# ------------------------------------------------------------------------------------------ handover (session)

def test_sign_in_asks_to_take_over_and_only_sign_out_postpones(qtbot, db, sessions):
    session = sessions(db)
    window = sign_in(qtbot, session, "reception")
    dlg = handover_dialog(window)
    assert dlg is not None and dlg.windowModality() == Qt.WindowModality.WindowModal
    assert dlg.brief.mode == "first"
    dlg.reject()                                       # Esc: refused, the dialog stays
    assert dlg.isVisible() and "sign out" in dlg.bar.text()
    dlg.close()
    assert dlg.isVisible()
    dlg.sign_out_btn.click()                           # the only way to postpone
    qtbot.waitUntil(lambda: session.window is None)
    assert svc.open_log(db, _any_actor(db)) is None
    window = sign_in(qtbot, session, "reception")
    dlg = handover_dialog(window)
    dlg.note.setText("第一班")
    dlg.take_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    log = svc.open_log(db, session.actor)
    assert log is not None and log.has_member(session.actor.staff_id)
    assert "on duty" in window.statusBar().currentMessage()
    session.lock()                                     # back after an idle lock: on duty, no dialog
    window = sign_in(qtbot, session, "reception")
    assert handover_dialog(window) is None
    session.sign_out()
    window = sign_in(qtbot, session, "it")             # IT does not take over shifts
    assert handover_dialog(window) is None
    assert "duty" not in [s.key for s in window.specs] and "worklog" not in [s.key for s in window.specs]


def _any_actor(db):
    from app.services import auth
    return auth.sign_in(db, "admin", PASSWORD)


def test_colleague_joins_and_handover_is_acknowledged(qtbot, db, admin, sessions):
    session = sessions(db)
    window = sign_in(qtbot, session, "reception")
    handover_dialog(window).take_btn.click()
    wait_ops(qtbot, window)
    page = window.show_page("duty")
    assert page.hand_btn.isVisible() and not page.take_btn.isVisible()
    page.event_text.setText("5号楼电梯年检停运")
    qtbot.keyClick(page.event_text, Qt.Key.Key_Return)
    wait_ops(qtbot, window)
    assert page.event_text.text() == "" and [e.summary for e in page.events.rows] == ["5号楼电梯年检停运"]
    dlg = page.hand_over()
    clerk = next(c for c in svc.colleagues(db, session.actor) if c.name == "clerk员工")
    dlg.save()                                         # nothing chosen: refused beside the fields
    assert dlg.isVisible() and dlg.form.error_text("handed_to")
    dlg.form.set_values({"handed_to": str(clerk.id), "carried_over": "渗水明早回访", "desk_keys": "前台钥匙3把",
                         "mail_count": "x"})
    dlg.form.check_all()
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("mail_count")))
    assert dlg.form.value("carried_over") == "渗水明早回访"   # nothing typed lost
    dlg.form.set_values({"mail_count": "3"})
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    wait_ops(qtbot, window)
    assert "Handed over" in page.bar.text()
    assert not page.hand_btn.isVisible() and page.take_btn.isVisible()
    handed = svc.pending_handover(db, session.actor)
    session.sign_out()                                 # the handover waits for the clerk: asked first
    box = session.sign_out_question
    assert box is not None and session.window is not None and "clerk员工" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: session.window is None)
    assert records.get(db, admin, svc.DUTY_KIND, handed.id).events[-1].action == "Signed out before the takeover"
    window = sign_in(qtbot, session, "clerk")
    dlg = handover_dialog(window)
    assert dlg.brief.mode == "acknowledge"
    assert "渗水明早回访" in dlg.previous.text() and "前台钥匙3把" in dlg.previous.text()
    assert [e.summary for e in dlg.events.rows] == ["5号楼电梯年检停运"]
    dlg.take_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    session.sign_out()
    window = sign_in(qtbot, session, "steward")        # a colleague joins the clerk's shift
    dlg = handover_dialog(window)
    assert dlg.brief.mode == "join" and "join" in dlg.take_btn.text()
    dlg.take_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert [m.name for m in svc.open_log(db, admin).members] == ["clerk员工", "steward员工"]


def test_the_outgoing_person_and_others_cannot_take_over_a_handover_to_a_colleague(qtbot, db, admin, actor,
                                                                                    sessions):
    """Issue 10 item 2: handed over to the clerk, the receptionist (signing in again) and the steward only read
    it: the button closes the dialog, the log stays handed over; the clerk takes over."""
    reception = actor("receptionist")
    brief = svc.handover_brief(db, reception)
    log_id = svc.take_over(db, reception, brief.key)
    clerk = next(c for c in svc.colleagues(db, reception) if c.name == "clerk员工")
    log = records.get(db, reception, svc.DUTY_KIND, log_id)
    records.act(db, reception, svc.DUTY_KIND, log_id, "hand_over",
                {"handed_to": clerk.id, "carried_over": "无"}, version=log.version)
    session = sessions(db)
    for username in ("reception", "steward"):
        window = sign_in(qtbot, session, username)
        dlg = handover_dialog(window)
        assert dlg.brief.refusal is not None and "clerk员工" in dlg.headline.text()
        assert dlg.take_btn.text() == "Close"
        dlg.take_btn.click()
        qtbot.waitUntil(lambda dlg=dlg: not dlg.isVisible())
        assert records.get(db, admin, svc.DUTY_KIND, log_id).status == "handed_over"
        if username == "reception":                    # her own handover waits: signing out asks
            session.sign_out()
            session.sign_out_question.button(QMessageBox.StandardButton.No).click()
            assert session.window is not None
            session.sign_out()
            session.sign_out_question.button(QMessageBox.StandardButton.Yes).click()
        else:
            session.sign_out()                         # not the steward's handover: no question
        qtbot.waitUntil(lambda: session.window is None)
    window = sign_in(qtbot, session, "clerk")
    dlg = handover_dialog(window)
    assert dlg.brief.refusal is None
    dlg.take_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert records.get(db, admin, svc.DUTY_KIND, log_id).acknowledged_by == "clerk员工"


def test_a_stale_handover_dialog_reloads(qtbot, db, actor, sessions):
    session = sessions(db)
    window = sign_in(qtbot, session, "reception")
    dlg = handover_dialog(window)
    clerk = actor("clerk")
    svc.take_over(db, clerk, svc.handover_brief(db, clerk).key)   # another desk took over meanwhile
    dlg.take_btn.click()
    qtbot.waitUntil(lambda: bool(dlg.bar.text()))
    assert dlg.isVisible() and "changed" in dlg.bar.text()
    assert dlg.brief.mode == "join"                    # reloaded: now the user joins
    dlg.take_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())


def test_forced_password_change_comes_before_the_handover(qtbot, db, admin, sessions):
    from app.services import auth
    from app.ui.dialogs.account import ChangePasswordDialog
    staff = next(s for s in auth.list_staff(db, admin) if s.username == "clerk")
    auth.reset_password(db, admin, staff.id, "temp12345")
    session = sessions(db)
    window = sign_in(qtbot, session, "clerk", "temp12345")
    assert handover_dialog(window) is None
    pw = next(d for d in window.findChildren(ChangePasswordDialog) if d.isVisible())
    pw.form.set_values({"old_password": "temp12345", "new_password": "mine12345", "new_password2": "mine12345"})
    pw.save()
    qtbot.waitUntil(lambda: handover_dialog(window) is not None)


# ------------------------------------------------------------------------------------------ work log page

@pytest.fixture
def page(qtbot, db, actor, window_for, room):
    w = window_for(db, actor("receptionist"))
    p = w.show_page("worklog")
    yield p
    w.ops.wait()


def test_quick_entry_enter_saves_and_clears(qtbot, page, db):
    form = page.quick.form
    assert page.quick.isVisible()
    fill(form, caller="王建国", room="3-2-1502", phone="13805716688", content="楼道灯不亮")
    form.set_value("channel", "visit")
    qtbot.keyClick(form.widgets["content"], Qt.Key.Key_Return)
    wait_ops(qtbot, page.window_)
    assert "Saved GZ" in page.bar.text()
    assert form.value("caller") == "" and form.value("content") == ""
    assert form.value("channel") == "visit"           # the channel stays for the next call
    assert [(r.caller, r.room_code, r.status, r.phone) for r in page.entries.model.rows] == [
        ("王建国", "3-2-1502", "open", "138****6688")]
    assert "1 requests, 1 without a result" in page.day_label.text()


def test_quick_entry_refusals_keep_what_was_typed(qtbot, page, db):
    form = page.quick.form
    page.save_quick()                                  # empty: refused beside the required fields
    assert form.error_text("caller") and form.error_text("content") and form.error_text("phone")
    fill(form, caller="张三", phone="1380571668", content="咨询停车")
    assert "mobile" in form.error_text("phone")          # live, before saving
    page.save_quick()
    assert not page.saving
    fill(form, phone="13805716688", room="9-9-9999", at="99:99")
    assert form.error_text("at")
    fill(form, at="")
    form.widgets["room"].editingFinished.emit()
    assert "no room" in form.error_text("room")        # checked against the registry on leaving
    page.save_quick()                                  # the service refuses it too
    qtbot.waitUntil(lambda: "no room" in form.error_text("room"))
    assert form.value("caller") == "张三" and form.value("content") == "咨询停车"
    assert worklog.count_entries(db, page.actor) == (0, 0)
    fill(form, caller="名" * 31, room="")
    assert len(form.value("caller")) == 30             # the field takes no more than the rule allows


def test_patrol_needs_no_phone_and_answer_makes_it_answered(qtbot, page):
    form = page.quick.form
    form.set_value("channel", "patrol")
    fill(form, caller="管理员巡查", content="2号楼大堂地面湿滑", answer="已通知保洁")
    assert form.value("result") == "answered"
    page.save_quick()
    wait_ops(qtbot, page.window_)
    assert [(r.status, r.phone) for r in page.entries.model.rows] == [("answered", "")]


def test_shortcuts_and_room_completer(qtbot, page):
    window = page.window_
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    caller = page.quick.form.widgets["caller"]
    caller.setFocus()
    qtbot.keyClick(caller, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert page.quick.form.value("channel") == "visit"
    qtbot.keyClick(caller, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert page.quick.form.value("category") == "repair"
    room = page.quick.form.widgets["room"]
    qtbot.keyClicks(room, "3-2-15")
    assert page.quick.completer.list.stringList() == ["3-2-1501", "3-2-1502"]
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert caller.hasFocus()


def test_row_actions_from_the_engine(qtbot, page, db):
    eid = new_row(db, page.actor)
    pane = page.entries
    pane.reload()
    pane.table.selectRow(0)
    assert pane.view_data.id == eid
    assert buttons(pane) == {"answer", "transfer", "close", "void"}
    assert [a.text() for a in pane.context_menu().actions()] == [     # a right click on the row
        "Answer", "Transfer", "Close", "Void", "Edit…", "Convert to…"]
    assert pane.action_buttons[0].shortcut().isEmpty()     # Alt+digits pick the quick entry's channel
    dlg = click_action(pane, "answer")
    dlg.save()
    assert dlg.isVisible() and dlg.form.error_text("answer")
    dlg.form.set_value("answer", "已报工程部")
    with qtbot.waitSignal(page.ops.records_changed, timeout=10000):
        dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert pane.view_data.status == "answered" and "answer" not in buttons(pane)
    dlg = click_action(pane, "close")
    assert dlg.form.value("answer") == "已报工程部"
    with qtbot.waitSignal(page.ops.records_changed, timeout=10000):
        dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    assert pane.view_data.status == "closed" and pane.action_buttons == []
    assert not page.edit_btn.isEnabled()


def test_edit_row_conflict_from_another_desk(qtbot, page, db, actor):
    eid = new_row(db, page.actor)
    page.entries.reload()
    page.entries.table.selectRow(0)
    page.edit_btn.click()
    dlg = page.dialog
    assert dlg.form.value("phone") == "13805716688"   # the receptionist typed it herself
    records.act(db, actor("clerk"), worklog.WORK_KIND, eid, "answer", {"answer": "已答复"})
    dlg.form.set_value("content", "楼道灯不亮（12楼）")
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.bar.text()))
    assert "changed" in dlg.bar.text() and dlg.form.value("content") == "楼道灯不亮（12楼）"


def test_conversion_links_the_row(qtbot, page, db, monkeypatch):
    from app.ui import conversions
    calls = []

    class Fake(conversions.Conversion):
        def open(self, window, prefill, on_saved):     # the target editor, saved at once
            calls.append(prefill)
            on_saved(7, "LX20250612-0007")

    fake = Fake("work_slip", conversions.T("Conversion", "Work contact slip"), "worklog.write", "unused:x")
    missing = conversions.Conversion("notice", conversions.T("Conversion", "Notice"), "worklog.write",
                                     "app.ui.pages.no_such_page:open_from_worklog")
    monkeypatch.setattr(conversions, "CONVERSIONS", [fake, missing])
    new_row(db, page.actor, content="卫生间渗水", room="3-2-1502", category="repair")
    page.entries.reload()
    page.entries.table.selectRow(0)
    assert [a.text() for a in page.convert_menu.actions()] == ["Work contact slip", "Notice"]
    page.convert_menu.actions()[0].trigger()
    wait_ops(qtbot, page.window_)
    assert calls[0]["caller"] == "王建国" and calls[0]["room"] == "3-2-1502" and calls[0]["category"] == "repair"
    assert page.entries.view_data.status == "transferred"
    assert [lk.number for lk in page.entries.view_data.conversions] == ["LX20250612-0007"]
    assert "LX20250612-0007" in page.entries.model.rows[0].result
    page.convert_menu.actions()[1].trigger()
    assert "not available" in page.bar.text()


def test_filters_and_lazy_model(qtbot, qtmodeltester, page, db):
    for i in range(3):
        new_row(db, page.actor, caller=f"来电{i}", content="咨询", channel="wechat" if i == 1 else "phone",
                answer="好" if i == 2 else "", result="answered" if i == 2 else "")
    pane = page.entries
    pane.reload()
    assert pane.model.rowCount() == 3
    qtmodeltester.check(pane.model)
    pane.status.setCurrentIndex(pane.status.findData("open"))
    assert [r.caller for r in pane.model.rows] == ["来电1", "来电0"]
    page.channel_filter.setCurrentIndex(page.channel_filter.findData("wechat"))
    assert [r.caller for r in pane.model.rows] == ["来电1"]
    pane.status.setCurrentIndex(pane.status.findData("all"))
    page.channel_filter.setCurrentIndex(0)
    search(qtbot, pane, "来电2")
    assert [r.caller for r in pane.model.rows] == ["来电2"]
    search(qtbot, pane, "")
    page.period.setCurrentIndex(page.period.findData("yesterday"))
    assert pane.model.rowCount() == 0
    pane.use_dates.setChecked(True)                        # a range of dates of one's own
    assert pane.date_from.isVisible() and pane.model.rowCount() == 3
    assert "Date:" in page.report_filter_text()
    from app.ui.pages.base import collect_rows  # 打印列表/导出Excel read the same query
    rows = collect_rows(page.report_fetch(), page.report_columns())
    assert [r[3] for r in rows] == ["来电2", "来电1", "来电0"] and rows[0][9] == "Answered"


def test_supervisor_checks_the_day(qtbot, db, admin, actor, window_for, room):
    new_row(db, actor("receptionist"))
    w = window_for(db, admin)
    p = w.show_page("worklog")
    assert p.review_btn.isVisible() and p.review_btn.isEnabled()
    assert p.entries.model.rows[0].phone == "13805716688"      # the supervisor sees phones
    dlg = p.review_day()
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("note")))
    dlg.form.set_value("note", "已转工程部，明早回访")
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    wait_ops(qtbot, w)
    assert "Checked by" in p.day_label.text() and not p.review_btn.isEnabled()
    rw = window_for(db, actor("receptionist")).show_page("worklog")
    assert not rw.review_btn.isVisible()


def test_quick_entry_survives_an_idle_lock(qtbot, db, room, sessions):
    session = sessions(db)
    window = sign_in(qtbot, session, "reception")
    handover_dialog(window).take_btn.click()
    wait_ops(qtbot, window)
    page = window.show_page("worklog")
    fill(page.quick.form, caller="王建国", content="电梯异响")
    session.lock()
    window = sign_in(qtbot, session, "reception")
    page = window.current_page()
    assert page.quick.form.value("caller") == "王建国" and page.quick.form.value("content") == "电梯异响"
    assert "Restored" in page.bar.text()


# ------------------------------------------------------------------------------------------ duty page

def test_duty_page_without_a_shift_and_print(qtbot, db, actor, window_for):
    reception = actor("receptionist")
    w = window_for(db, reception)
    p = w.show_page("duty")
    assert "Nobody has taken over" in p.status.text()
    assert p.take_btn.isVisible() and not p.hand_btn.isVisible() and not p.add_btn.isEnabled()
    dlg = p.take_over()
    assert dlg is not None and dlg.brief.mode == "first"
    dlg.take_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible())
    wait_ops(qtbot, w)
    assert p.logs.view_data is not None and p.logs.view_data.status == "on_duty" and p.add_btn.isEnabled()
    assert p.logs.model.rowCount() == 1
    new_row(db, reception)
    p.refresh()
    assert [e.kind for e in p.events.rows] == ["worklog"]
    assert [i.number[:2] for i in p.items.rows] == ["GZ"]       # the open row is an open item now
    preview = p.print_record()
    qtbot.waitUntil(lambda: preview.page_count_value() >= 1, timeout=20000)
    wait_ops(qtbot, w)
    preview.close()
    from app.ui.dialogs.handover import HandOverDialog, show_hand_over
    form = show_hand_over(w)                           # the 值班 menu's way in
    assert isinstance(form, HandOverDialog) and form.items.rowCount() == 1
    form.close()
    form = click_action(p.logs, "hand_over")           # the log's own action opens the same form
    assert isinstance(form, HandOverDialog) and form.context["id"] == p.logs.view_data.id
    assert [c for c, _ in form.form.fields["handed_to"].choices][1:] == [
        str(c.id) for c in svc.colleagues(db, reception)]   # colleagues who may take over, not oneself
    form.close()
    steward_window = window_for(db, actor("steward"))
    steward = steward_window.show_page("duty")
    assert "You are not on duty" in steward.status.text() and not steward.hand_btn.isVisible()
    assert show_hand_over(steward_window) is None and "Only someone on duty" in steward.bar.text()


def test_today_tiles_on_the_home_page(qtbot, db, actor, window_for):
    w = window_for(db, actor("receptionist"))
    home = w.show_page("home")
    titles = [str(t.title) for t in home.tiles]
    assert "Shift" in titles and "Work log: open requests today" in titles
