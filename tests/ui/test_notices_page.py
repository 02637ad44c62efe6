"""通知 driven as the desk drives it: the list and its chips, the editor with its live checks, the action
buttons each role gets from the workflow, postings, recipients and deliveries, printing, the work-log
conversion and two desks on one notice."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import notices, registry
from app.services.notices import NoticeInput
from app.services.registry import BuildingInput, PersonInput, RoomInput
from tests.ui.conftest import wait_ops


def fmt(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%d %H:%M")


SOON = datetime.now().replace(second=0, microsecond=0) + timedelta(days=4)


@pytest.fixture
def rooms(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    ids = [registry.save_room(db, admin, RoomInput(u, no, "15", "98")) for no in ("1502", "1503")]
    registry.save_person(db, admin, PersonInput("王建国", "13805716688"), room_id=ids[0], role="family")
    registry.save_person(db, admin, PersonInput("李秀英", "13905712233"), room_id=ids[1], role="family")
    return ids


def make(db, actor, **changes) -> int:
    values = dict(title="关于3号楼停水的通知", kind="outage", body="3号楼停水一天。",
                  effective_from=fmt(SOON), valid_until=fmt(SOON + timedelta(hours=10)), scope="3栋")
    values.update(changes)
    return notices.create_notice(db, actor, NoticeInput(**values))


def step(db, actor_, nid, action, **kw):
    version = notices.get_notice(db, actor_, nid).notice.version
    notices.act(db, actor_, nid, action, version=version, **kw)


def save(qtbot, window, dlg) -> None:
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_ops(qtbot, window)


def shortcut(page, keys: str):
    """The page's shortcut for ``keys`` (offscreen windows are never active, so keys are not sent)."""
    from PySide6.QtGui import QShortcut
    [found] = [s for s in page.findChildren(QShortcut) if s.key().toString() == keys]
    return found


def buttons(page) -> list[str]:
    return list(page.action_buttons)


@pytest.fixture
def yes(monkeypatch):
    asked = []

    def answer(*args, **kw):
        asked.append(args[2] if len(args) > 2 else "")
        return QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_list_model_passes_the_model_tester_and_pages_lazily(qtbot, qtmodeltester, db, actor, rooms,
                                                             window_for):
    clerk = actor("clerk")
    for k in range(205):
        make(db, clerk, title=f"温馨提示{k}", kind="reminder")
    w = window_for(db, clerk)
    page = w.show_page("notices")
    assert page.model.rowCount() == 200 and page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 205
    qtmodeltester.check(page.model)
    assert "205" in page.count_label.text()


def test_draft_with_live_checks_then_submit(qtbot, db, actor, rooms, window_for):
    steward = actor("steward")
    w = window_for(db, steward)
    page = w.show_page("notices")
    assert "Ctrl+N" in page.empty_hint.text() and page.empty_hint.isVisible()
    shortcut(page, "Ctrl+N").activated.emit()
    dlg = page.dialog
    assert dlg.isVisible() and dlg.form.value("issuing_dept") == "客服部"
    assert dlg.form.value("issuer") == "" or dlg.form.value("issuer").endswith("物业服务中心")
    form = dlg.form
    form.widgets["title"].setText("关于3号楼停水的通知")
    form.widgets["effective_from"].setText("15/06/2026")
    form.widgets["effective_from"].textEdited.emit("15/06/2026")
    assert "such as 2026-06-12 08:00" in form.error_text("effective_from")       # shown as typed
    form.widgets["effective_from"].setText(fmt(SOON))
    form.widgets["effective_from"].textEdited.emit(fmt(SOON))
    form.widgets["valid_until"].setText(fmt(SOON - timedelta(days=1)))
    form.widgets["valid_until"].textEdited.emit("x")
    assert "cannot be before" in form.error_text("valid_until")
    form.widgets["valid_until"].setText(SOON.strftime("%Y-%m-%d"))
    form.widgets["valid_until"].textEdited.emit("x")
    assert form.error_text("valid_until") == ""                                   # a day runs to its end
    form.widgets["scope"].setText("9栋")
    form.widgets["body"].setPlainText("3号楼停水一天，请提前储水。")
    dlg.save()                                                                    # the service refuses 9栋
    qtbot.waitUntil(lambda: bool(form.error_text("scope")), timeout=10000)
    assert "There is no building 9" in form.error_text("scope") and dlg.isVisible()
    assert form.value("title") == "关于3号楼停水的通知"                           # nothing typed lost
    form.widgets["scope"].setText("3栋2单元")
    qtbot.keyClick(form.widgets["title"], Qt.Key.Key_Return)                      # Enter saves
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_ops(qtbot, w)
    assert page.model.rowCount() == 1 and page.detail.notice.title == "关于3号楼停水的通知"
    assert page.field_labels["scope"].text() == "3栋2单元"
    assert buttons(page) == ["submit"] and page.edit_button.isEnabled()
    page.action_buttons["submit"].click()
    wait_ops(qtbot, w)
    assert page.bar.text() == "Submit for approval: done."
    assert page.detail.notice.status == "pending" and buttons(page) == ["recall"]
    assert not page.edit_button.isEnabled()
    assert page.chip_buttons["pending"].text().endswith("(1)")


def test_each_role_gets_its_buttons(qtbot, db, actor, rooms, window_for):
    nid = make(db, actor("steward"))
    step(db, actor("steward"), nid, "submit")
    for role, expected in (("receptionist", ["recall"]), ("it", []), ("clerk", ["recall"]),
                           ("supervisor", ["recall", "approve", "reject", "void"])):
        w = window_for(db, actor(role))
        page = w.show_page("notices")
        page.select_notice(nid)
        assert buttons(page) == expected, role
        assert page.new_button.isEnabled() == (role != "it")
        w.close()


def test_approve_return_publish_post_remove_archive(qtbot, db, actor, rooms, window_for, yes):
    nid = make(db, actor("steward"), effective_from=fmt(datetime.now() + timedelta(hours=20)))
    step(db, actor("steward"), nid, "submit")
    boss = window_for(db, actor("supervisor"))
    page = boss.show_page("notices")
    page.select_notice(nid)
    assert "Only 20 h" in page.alert_label.text() or "Only 19" in page.alert_label.text()
    page.action_buttons["reject"].click()
    dlg = page.dialog
    dlg.save()                                                                    # an opinion is required
    assert dlg.isVisible() and "Opinion is required" in dlg.form.error_text("note")
    dlg.form.set_values({"note": "请写明停水时段"})
    save(qtbot, boss, dlg)
    assert page.detail.notice.status == "returned"
    assert "请写明停水时段" in page.field_labels["people"].text()
    step(db, actor("steward"), nid, "submit")
    page.refresh()
    page.action_buttons["approve"].click()
    save(qtbot, boss, page.dialog)
    assert page.detail.notice.status == "approved"
    clerk = window_for(db, actor("clerk"))
    cpage = clerk.show_page("notices")
    cpage.select_notice(nid)
    assert buttons(cpage) == ["publish"]
    cpage.action_buttons["publish"].click()                                       # short lead: asked first
    wait_ops(qtbot, clerk)
    assert yes and "Publish it anyway?" in yes[0]
    assert cpage.detail.notice.status == "published"
    assert cpage.add_posting_btn.isEnabled() and not cpage.tabs.isTabVisible(0)
    cpage.add_posting()
    dlg = cpage.dialog
    dlg.form.set_value("location", "3号楼大堂公告栏")
    save(qtbot, clerk, dlg)
    assert [p.location for p in cpage.detail.postings] == ["3号楼大堂公告栏"]
    cpage.add_posting()
    dlg = cpage.dialog
    dlg.form.set_value("location", "3号楼大堂公告栏")
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("location")), timeout=10000)
    assert "already recorded" in dlg.form.error_text("location")
    dlg.reject()
    steward = window_for(db, actor("steward"))
    spage = steward.show_page("notices")
    spage.select_notice(nid)
    assert buttons(spage) == ["remove"] and not spage.add_posting_btn.isEnabled()
    spage.action_buttons["remove"].click()
    spage.dialog.form.set_values({"note": "已撤下"})
    save(qtbot, steward, spage.dialog)
    cpage.refresh()
    assert buttons(cpage) == ["archive"]
    cpage.action_buttons["archive"].click()
    wait_ops(qtbot, clerk)
    assert cpage.detail.notice.status == "archived" and buttons(cpage) == []
    assert [e.action for e in cpage.detail.events][-2:] == ["Record removal", "Archive"]


def test_void_a_published_notice_and_draft_its_correction(qtbot, db, actor, rooms, window_for):
    nid = make(db, actor("clerk"))
    for who, action in (("clerk", "submit"), ("supervisor", "approve"), ("clerk", "publish")):
        step(db, actor(who), nid, action)
    w = window_for(db, actor("supervisor"))
    page = w.show_page("notices")
    page.select_notice(nid)
    page.action_buttons["void"].click()
    dlg = page.dialog
    assert dlg.form.value("correct") is True
    dlg.form.set_values({"reason": "停水时间有误"})
    save(qtbot, w, dlg)
    correction = page.dialog
    assert correction is not dlg and correction.context["corrects_id"] == nid
    assert "更正" in correction.form.value("title")
    save(qtbot, w, correction)
    assert page.detail.corrects == (nid, "TZ{}-00001".format(datetime.now().year))


def test_individual_notice_recipients_and_deliveries(qtbot, db, actor, rooms, window_for, yes):
    steward = window_for(db, actor("steward"))
    page = steward.show_page("notices")
    page.new_notice()
    dlg = page.dialog
    dlg.form.set_values({"title": "关于限期整改违规搭建的通知", "kind": "rectification",
                         "effective_from": fmt(SOON), "valid_until": fmt(SOON + timedelta(days=7)),
                         "body": "请于7日内自行拆除。"})
    assert dlg.form.value("individual") is True and not dlg.form.widgets["scope"].isEnabled()
    save(qtbot, steward, dlg)
    nid = page.notice_id
    assert page.tabs.isTabVisible(0) and not page.tabs.isTabVisible(1)
    assert not page.sheet_button.isEnabled()
    page.add_recipients()
    dlg = page.dialog
    dlg.form.set_values({"rooms": "3-2-1502 3-2-9999"})
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("rooms")), timeout=10000)
    assert "no room 3-2-9999" in dlg.form.error_text("rooms")
    dlg.form.set_values({"rooms": "3-2-1502 3-2-1503"})
    save(qtbot, steward, dlg)
    assert [(r.room, r.name) for r in page.detail.recipients] == [("3-2-1502", "王建国"), ("3-2-1503", "李秀英")]
    assert page.sheet_button.isEnabled()
    step(db, actor("steward"), nid, "submit")
    step(db, actor("supervisor"), nid, "approve")
    step(db, actor("clerk"), nid, "publish")
    clerk = window_for(db, actor("clerk"))
    cpage = clerk.show_page("notices")
    cpage.select_notice(nid)
    assert not cpage.delivery_buttons["sign"].isEnabled()                        # nobody chosen yet
    cpage.recipients_view.selectRow(0)
    assert cpage.delivery_buttons["sign"].isEnabled() and cpage.delivery_buttons["refuse"].isEnabled()
    cpage.delivery_buttons["sign"].click()
    dlg = cpage.dialog
    assert dlg.form.value("signed_by") == "王建国"
    save(qtbot, clerk, dlg)
    cpage.recipients_view.selectRow(1)
    cpage.delivery_buttons["refuse"].click()
    dlg = cpage.dialog
    dlg.save()
    assert dlg.isVisible() and "Witness is required" in dlg.form.error_text("witness")
    dlg.form.set_values({"witness": "刘洋", "method": "left"})
    save(qtbot, clerk, dlg)
    assert [r.status for r in cpage.detail.recipients] == ["signed", "refused"]
    cpage.recipients_view.selectRow(0)
    assert not cpage.delivery_buttons["sign"].isEnabled() and not cpage.remove_recipient_btn.isEnabled()
    assert buttons(cpage) == ["archive"]
    preview = cpage.print_sign_sheet()
    wait_ops(qtbot, clerk)
    assert preview.rendered.number == "TZ{}-00001".format(datetime.now().year)
    preview.reject()


def test_print_notice_opens_the_preview(qtbot, db, actor, rooms, window_for):
    nid = make(db, actor("clerk"))
    w = window_for(db, actor("receptionist"))
    page = w.show_page("notices")
    page.select_notice(nid)
    assert page.print_button.isEnabled() and not page.sheet_button.isEnabled()
    shortcut(page, "Ctrl+P").activated.emit()
    wait_ops(qtbot, w)
    preview = w.last_dialog
    assert preview.rendered.form == "notice" and not preview.rendered.voided
    preview.reject()


def test_two_desks_edit_the_same_draft(qtbot, db, actor, rooms, window_for):
    nid = make(db, actor("steward"))
    w = window_for(db, actor("steward"))
    page = w.show_page("notices")
    page.select_notice(nid)
    dlg = page.edit_notice()
    assert dlg.form.value("scope") == "3栋" and dlg.form.value("channel_post") is False
    make_other = notices.get_notice(db, actor("clerk"), nid)
    notices.update_notice(db, actor("clerk"), nid, NoticeInput(
        title="另一处修改", kind="outage", body="x", effective_from=fmt(SOON), valid_until=fmt(SOON)),
        version=make_other.notice.version)
    dlg.form.set_values({"title": "我的修改"})
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.bar.text()), timeout=10000)
    assert "Someone else changed this record" in dlg.bar.text()
    assert dlg.isVisible() and dlg.form.value("title") == "我的修改"


def test_filters_and_chips(qtbot, db, actor, rooms, window_for):
    make(db, actor("clerk"), title="停水通知")
    make(db, actor("clerk"), title="温馨提示", kind="reminder")
    w = window_for(db, actor("clerk"))
    page = w.show_page("notices")
    assert page.model.rowCount() == 2
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("reminder"))
    assert [r.title for r in page.model.rows] == ["温馨提示"]
    page.kind_filter.setCurrentIndex(0)
    page.search.setText("停水")
    assert [r.title for r in page.model.rows] == ["停水通知"]
    assert "Search: 停水" in page.report_filter_text()
    page.search.setText("")
    page.chip_buttons["pending"].click()
    assert page.model.rowCount() == 0 and "waiting for approval" in page.empty_hint.text()
    page.chip_buttons["all"].click()
    assert page.model.rowCount() == 2


def test_open_from_worklog(qtbot, db, actor, rooms, window_for):
    from app.ui import conversions
    from app.ui.pages.notices import open_from_worklog
    w = window_for(db, actor("receptionist"))
    conversion = next(c for c in conversions.available(actor("receptionist")) if c.kind == "notice")
    saved = []
    dlg = conversion.open(w, {"caller": "王建国", "room": "3-2-1502", "content": "楼道堆放杂物，请发通知清理",
                              "phone": "13805716688"}, saved.append)
    assert dlg.form.value("body") == "楼道堆放杂物，请发通知清理" and dlg.form.value("scope") == "3-2-1502"
    dlg.form.set_values({"title": "关于清理楼道杂物的通知", "effective_from": fmt(SOON),
                         "valid_until": fmt(SOON + timedelta(days=3))})
    save(qtbot, w, dlg)
    assert len(saved) == 1 and notices.get_notice(db, actor("clerk"), saved[0]).scope_text == "3-2-1502"
    assert open_from_worklog(window_for(db, actor("it")), {}, saved.append) is None


def test_notice_editor_survives_the_idle_lock(qtbot, db, actor, rooms, window_for):
    from app.ui import drafts
    w = window_for(db, actor("steward"))
    page = w.show_page("notices")
    dlg = page.new_notice()
    dlg.form.set_values({"title": "未完成的通知", "body": "写到一半"})
    assert drafts.save_open(db, actor("steward"), [dlg]) == 1
    dlg.close()
    reopened = drafts.reopen(w, drafts.take(db, actor("steward")))
    assert reopened[0].form.value("title") == "未完成的通知"
    assert reopened[0].form.value("issuing_dept") == "客服部"
    reopened[0].close()


def test_scope_picker(qtbot, db, actor, rooms, window_for):
    from app.ui.dialogs.notices import ScopePickerDialog
    w = window_for(db, actor("clerk"))
    dlg = ScopePickerDialog(w, w, "3栋2单元, 3-2-1502")
    qtbot.addWidget(dlg)
    items = {i.data(0, Qt.ItemDataRole.UserRole): i for i in dlg.items()}
    assert items["3栋2单元"].checkState(0) == Qt.CheckState.Checked
    items["3栋"].setCheckState(0, Qt.CheckState.Checked)
    assert dlg.text() == "3栋, 3栋2单元, 3-2-1502"
    dlg.estate.setCheckState(0, Qt.CheckState.Checked)
    assert dlg.text() == "全小区"


def test_expired_notice_is_flagged(qtbot, db, actor, rooms, window_for, monkeypatch):
    nid = make(db, actor("clerk"))
    for who, action in (("clerk", "submit"), ("supervisor", "approve"), ("clerk", "publish")):
        step(db, actor(who), nid, action)
    later = SOON + timedelta(days=1)
    monkeypatch.setattr("app.services.notices.now", lambda: later)
    w = window_for(db, actor("steward"))
    page = w.show_page("notices")
    page.chip_buttons["expired"].click()
    assert [r.id for r in page.model.rows] == [nid]
    assert page.chip_buttons["expired"].text().endswith("(1)")
    page.select_notice(nid)
    assert "take it down" in page.alert_label.text() and buttons(page) == ["remove"]
    colour = page.model.data(page.model.index(0, 3), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.name() == "#c62828"


def test_action_buttons_get_mnemonics_in_any_language():
    from app.ui.pages.notices import with_mnemonic
    used = {"a"}
    assert with_mnemonic("Approve", used, "approve") == "A&pprove"
    assert with_mnemonic("提交审批", used, "submit") == "提交审批(&S)"
    assert with_mnemonic("撤回", used, "recall") == "撤回(&R)"
    assert with_mnemonic("作废", used, "ss") == "作废(&B)"
    assert used == {"a", "p", "s", "r", "b"}
