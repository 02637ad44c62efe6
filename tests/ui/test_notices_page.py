"""通知 driven as the desk drives it: the list and its chips, the editor with its live checks, the action
buttons each role gets from the workflow, postings, recipients and deliveries, printing, the work-log
conversion and two desks on one notice."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services import base, notices, records, registry
from app.services.notices import NoticeInput
from app.services.registry import BuildingInput, PersonInput, RoomInput
from tests.ui.conftest import search, wait_ops


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


def step(db, actor_, nid, action, **values):
    version = records.get(db, actor_, notices.KIND, nid).version
    records.act(db, actor_, notices.KIND, nid, action, values, version=version)


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
    return [b.objectName().removeprefix("action_") for b in page.current().action_buttons]


def click(page, action: str):
    """Press an action's button of the shown notice: its dialog."""
    [button] = [b for b in page.current().action_buttons if b.objectName() == f"action_{action}"]
    button.click()
    return page.dialog


def chip(page, status: str):
    pane = page.current()
    return pane.status.group.button(pane.status.findData(status))


def shown(page):
    return page.current().view_data


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
    pane = w.show_page("notices").current()
    assert pane.model.rowCount() == 200 and pane.model.canFetchMore()
    pane.model.fetchMore()
    assert pane.model.rowCount() == 205
    qtmodeltester.check(pane.model)
    assert "205" in pane.count_label.text()


def test_draft_with_live_checks_then_submit(qtbot, db, actor, rooms, window_for):
    steward = actor("steward")
    w = window_for(db, steward)
    page = w.show_page("notices")
    pane = page.current()
    assert "Ctrl+N" in pane.empty.text() and pane.empty.isVisible()
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
    assert pane.model.rowCount() == 1 and shown(page).title == "关于3号楼停水的通知"
    assert ("Scope", "3栋2单元") in shown(page).rows
    assert buttons(page) == ["submit"] and pane.record_buttons["editNotice"].isEnabled()
    save(qtbot, w, click(page, "submit"))
    assert page.bar.text().startswith("Submit for approval: ")
    assert shown(page).status == "pending" and buttons(page) == ["recall"]
    assert not pane.record_buttons["editNotice"].isEnabled()
    assert chip(page, "pending").text().endswith("(1)")


def test_each_role_gets_its_buttons(qtbot, db, actor, rooms, window_for):
    nid = make(db, actor("steward"))
    step(db, actor("steward"), nid, "submit")
    for role, expected in (("receptionist", ["recall"]), ("it", []), ("clerk", ["recall"]),
                           ("supervisor", ["recall", "approve", "reject", "void"])):
        w = window_for(db, actor(role))
        page = w.show_page("notices")
        page.open_record(notices.KIND, nid)
        assert buttons(page) == expected, role
        assert page.current().new_btn.isEnabled() == (role != "it")
        w.close()


def test_approve_return_publish_post_remove_archive(qtbot, db, actor, rooms, window_for):
    nid = make(db, actor("steward"), effective_from=fmt(datetime.now() + timedelta(hours=20)))
    step(db, actor("steward"), nid, "submit")
    boss = window_for(db, actor("supervisor"))
    page = boss.show_page("notices")
    page.open_record(notices.KIND, nid)
    title = page.current().title.text()
    assert "Only 20 h" in title or "Only 19" in title                             # the short lead, flagged
    dlg = click(page, "reject")
    dlg.save()                                                                    # an opinion is required
    assert dlg.isVisible() and "Opinion is required" in dlg.form.error_text("note")
    dlg.form.set_values({"note": "请写明停水时段"})
    save(qtbot, boss, dlg)
    assert shown(page).status == "returned"
    assert "请写明停水时段" in dict(shown(page).rows)["Handled by"]
    step(db, actor("steward"), nid, "submit")
    page.refresh()
    save(qtbot, boss, click(page, "approve"))
    assert shown(page).status == "approved"
    clerk = window_for(db, actor("clerk"))
    cpage = clerk.show_page("notices")
    cpage.open_record(notices.KIND, nid)
    assert buttons(cpage) == ["publish"]
    dlg = click(cpage, "publish")                                                 # short lead: warned first
    assert "Only 20 h" in dlg.bar.text() or "Only 19" in dlg.bar.text()
    save(qtbot, clerk, dlg)
    assert shown(cpage).status == "published"
    assert "post" in buttons(cpage) and not cpage.current().extra.isTabVisible(0)
    dlg = click(cpage, "post")
    dlg.form.set_value("location", "3号楼大堂公告栏")
    save(qtbot, clerk, dlg)
    assert [p.location for p in shown(cpage).postings] == ["3号楼大堂公告栏"]
    dlg = click(cpage, "post")
    dlg.form.set_value("location", "3号楼大堂公告栏")
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("location")), timeout=10000)
    assert "already recorded" in dlg.form.error_text("location")
    dlg.reject()
    steward = window_for(db, actor("steward"))
    spage = steward.show_page("notices")
    spage.open_record(notices.KIND, nid)
    assert buttons(spage) == ["post", "remove"]          # 管理员 post and take down
    dlg = click(spage, "remove")
    dlg.form.set_values({"note": "已撤下"})
    save(qtbot, steward, dlg)
    cpage.refresh()
    assert buttons(cpage) == ["archive"]
    dlg = click(cpage, "archive")
    assert "can no longer be changed" in dlg.bar.text()
    save(qtbot, clerk, dlg)
    assert shown(cpage).status == "archived" and buttons(cpage) == []
    assert [e.action for e in shown(cpage).events][-2:] == ["Record removal", "Archive"]


def test_void_a_published_notice_and_draft_its_correction(qtbot, db, actor, rooms, window_for, yes):
    nid = make(db, actor("clerk"))
    for who, action in (("clerk", "submit"), ("supervisor", "approve"), ("clerk", "publish")):
        step(db, actor(who), nid, action)
    w = window_for(db, actor("supervisor"))
    page = w.show_page("notices")
    page.open_record(notices.KIND, nid)
    dlg = click(page, "void")
    dlg.form.set_values({"reason": "停水时间有误"})
    save(qtbot, w, dlg)
    assert yes and "correction notice" in yes[0]                                 # offered once it is revoked
    correction = page.dialog
    assert correction is not dlg and correction.context["corrects_id"] == nid
    assert "更正" in correction.form.value("title")
    save(qtbot, w, correction)
    assert shown(page).corrects == (nid, f"TZ{datetime.now().year}-00001")


def test_individual_notice_recipients_and_deliveries(qtbot, db, actor, rooms, window_for, yes):
    steward = window_for(db, actor("steward"))
    page = steward.show_page("notices")
    pane = page.current()
    page.new_notice()
    dlg = page.dialog
    dlg.form.set_values({"title": "关于限期整改违规搭建的通知", "kind": "rectification",
                         "effective_from": fmt(SOON), "valid_until": fmt(SOON + timedelta(days=7)),
                         "body": "请于7日内自行拆除。"})
    assert dlg.form.value("individual") is True and not dlg.form.widgets["scope"].isEnabled()
    save(qtbot, steward, dlg)
    nid = pane.record_id
    assert pane.extra.isTabVisible(0) and not pane.extra.isTabVisible(1)
    assert not pane.print_buttons["printSignSheet"].isEnabled()
    pane.record_buttons["addRecipients"].click()
    dlg = page.dialog
    dlg.form.set_values({"rooms": "3-2-1502 3-2-9999"})
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("rooms")), timeout=10000)
    assert "no room 3-2-9999" in dlg.form.error_text("rooms")
    dlg.form.set_values({"rooms": "3-2-1502 3-2-1503"})
    save(qtbot, steward, dlg)
    assert [(r.room, r.name) for r in shown(page).recipients] == [("3-2-1502", "王建国"), ("3-2-1503", "李秀英")]
    assert pane.print_buttons["printSignSheet"].isEnabled()
    step(db, actor("steward"), nid, "submit")
    step(db, actor("supervisor"), nid, "approve")
    step(db, actor("clerk"), nid, "publish")
    clerk = window_for(db, actor("clerk"))
    cpage = clerk.show_page("notices")
    cpage.open_record(notices.KIND, nid)
    deliveries = cpage.current().extra
    assert not deliveries.buttons["sign"].isEnabled()                            # nobody chosen yet
    deliveries.recipients_view.selectRow(0)
    assert deliveries.buttons["sign"].isEnabled() and deliveries.buttons["refuse"].isEnabled()
    deliveries.buttons["sign"].click()
    dlg = cpage.dialog
    assert dlg.form.value("signed_by") == "王建国"
    save(qtbot, clerk, dlg)
    deliveries.recipients_view.selectRow(1)
    deliveries.buttons["refuse"].click()
    dlg = cpage.dialog
    dlg.save()
    assert dlg.isVisible() and "Witness is required" in dlg.form.error_text("witness")
    dlg.form.set_values({"witness": "刘洋", "method": "left"})
    save(qtbot, clerk, dlg)
    assert [r.status for r in shown(cpage).recipients] == ["signed", "refused"]
    deliveries.recipients_view.selectRow(0)
    assert not deliveries.buttons["sign"].isEnabled() and not deliveries.remove_btn.isEnabled()
    assert buttons(cpage) == ["archive"]
    cpage.current().print_buttons["printSignSheet"].click()
    wait_ops(qtbot, clerk)
    preview = cpage.preview
    assert preview.rendered.number == f"TZ{datetime.now().year}-00001"
    preview.reject()


def test_print_notice_opens_the_preview(qtbot, db, actor, rooms, window_for):
    nid = make(db, actor("clerk"))
    w = window_for(db, actor("receptionist"))
    page = w.show_page("notices")
    page.open_record(notices.KIND, nid)
    prints = page.current().print_buttons
    assert prints["printNotice"].isEnabled() and not prints["printSignSheet"].isEnabled()
    shortcut(page, "Ctrl+P").activated.emit()
    wait_ops(qtbot, w)
    preview = w.last_dialog
    assert preview.rendered.form == "notice" and not preview.rendered.voided
    preview.reject()


def test_two_desks_edit_the_same_draft(qtbot, db, actor, rooms, window_for):
    nid = make(db, actor("steward"))
    w = window_for(db, actor("steward"))
    page = w.show_page("notices")
    page.open_record(notices.KIND, nid)
    shortcut(page, "Ctrl+E").activated.emit()
    dlg = page.dialog
    assert dlg.form.value("scope") == "3栋" and dlg.form.value("channel_post") is False
    other = records.get(db, actor("clerk"), notices.KIND, nid)
    notices.update_notice(db, actor("clerk"), nid, NoticeInput(
        title="另一处修改", kind="outage", body="x", effective_from=fmt(SOON), valid_until=fmt(SOON)),
        version=other.version)
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
    pane = page.current()
    assert pane.model.rowCount() == 2
    kind = pane.choice_filters[0]
    kind.setCurrentIndex(kind.findData("reminder"))
    assert [r.title for r in pane.model.rows] == ["温馨提示"]
    kind.setCurrentIndex(0)
    search(qtbot, pane, "停水")
    assert [r.title for r in pane.model.rows] == ["停水通知"]
    assert "Search: 停水" in page.report_filter_text()
    search(qtbot, pane, "")
    chip(page, "pending").click()
    assert pane.model.rowCount() == 0 and "waiting for approval" in pane.empty.text()
    chip(page, "all").click()
    assert pane.model.rowCount() == 2


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
    assert len(saved) == 1 and records.get(db, actor("clerk"), notices.KIND, saved[0]).scope_text == "3-2-1502"
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
    monkeypatch.setattr(base, "now", lambda: later)
    w = window_for(db, actor("steward"))
    page = w.show_page("notices")
    pane = page.current()
    chip(page, "expired").click()
    assert [r.id for r in pane.model.rows] == [nid]
    assert chip(page, "expired").text().endswith("(1)")
    page.open_record(notices.KIND, nid)
    assert "take it down" in pane.title.text() and buttons(page) == ["remove"]
    colour = pane.model.data(pane.model.index(0, 3), Qt.ItemDataRole.ForegroundRole)
    assert colour is not None and colour.color().name() == "#c62828"


def test_the_months_notice_figures_are_shown_above_the_list(qtbot, db, actor, rooms, window_for):
    """§4.4 KPIs on the page: issued this month, posted in time, delivered and signed, expired not taken down."""
    nid = make(db, actor("steward"))
    step(db, actor("steward"), nid, "submit")
    step(db, actor("supervisor"), nid, "approve")
    step(db, actor("clerk"), nid, "publish")
    window = window_for(db, actor("clerk"))
    page = window.show_page("notices")
    wait_ops(qtbot, window)
    qtbot.waitUntil(lambda: page.kpi is not None, timeout=10000)
    assert (page.kpi.issued, page.kpi.on_time, page.kpi.expired_not_removed) == (1, 1, 0)
    text = page.kpi_label.text()
    assert "This month: issued" in text and "100%" in text and "expired, not taken down" in text
    assert page.kpi_label.isVisibleTo(page)
    make(db, actor("steward"), title="关于5号楼停电的通知")
    page.refresh()
    wait_ops(qtbot, window)
    assert page.kpi.issued == 1                                   # a draft is not issued


def test_a_draft_shows_draft_for_its_number_until_it_is_published(qtbot, db, actor, admin, rooms, window_for):
    """Issue 10: the official number is taken at publication; until then the list, the detail's title and
    the action dialog say Draft (草稿 on the Chinese desk)."""
    steward, clerk = actor("steward"), actor("clerk")
    nid = make(db, steward)
    w = window_for(db, clerk)
    page = w.show_page("notices")
    wait_ops(qtbot, w)
    pane = page.current()
    page.open_record(notices.KIND, nid)
    assert pane.model.data(pane.model.index(0, 0), Qt.ItemDataRole.DisplayRole) == "Draft"
    assert pane.title.text().count("Draft") == 2          # the number, then the state
    step(db, steward, nid, "submit")
    step(db, admin, nid, "approve")
    page.open_record(notices.KIND, nid)
    dlg = click(page, "publish")
    assert "Draft" in dlg.windowTitle()
    save(qtbot, w, dlg)
    number = records.get(db, clerk, notices.KIND, nid).number
    assert number.startswith("TZ") and number in pane.title.text()
    assert pane.model.data(pane.model.index(0, 0), Qt.ItemDataRole.DisplayRole) == number
