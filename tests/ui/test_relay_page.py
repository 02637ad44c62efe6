"""信息传递 driven as the desk drives it: send a slip, record signing and the reply, verify; receive an
item, notify, hand it over against an ID and a signature; refusals beside their fields; two desks; prints."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QPushButton

from app.services import records, registry, relay
from app.services.registry import BuildingInput, PersonInput, RoomInput
from tests.ui.conftest import search, wait_ops

VALID_ID = "11010519491231002X"


@pytest.fixture
def rooms(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    ids = {}
    for no, floor in (("1501", "15"), ("1502", "15")):
        ids[f"3-2-{no}"] = registry.save_room(db, admin, RoomInput(u, no, floor, "98.5"))
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number=VALID_ID),
                         room_id=ids["3-2-1502"], role="owner")
    return ids


def buttons(tab) -> list[str]:
    return [b.objectName().removeprefix("action_") for b in tab.action_buttons]


def click_action(tab, name: str):
    [button] = [b for b in tab.action_buttons if b.objectName() == f"action_{name}"]
    button.click()
    return tab.page.dialog


def save_and_wait(qtbot, window, dialog) -> None:
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    wait_ops(qtbot, window)


def new_slip(db, actor, **changes) -> int:
    data = dict(to_dept="engineering", subject="卫生间顶棚漏水", content="请上门查看", room="3-2-1502",
                required_date=date.today() + timedelta(days=1))
    data.update(changes)
    return relay.create_slip(db, actor, relay.SlipInput(**data))


def test_the_desk_sends_a_slip_and_records_its_way_back(qtbot, db, actor, admin, rooms, window_for):
    desk = actor("receptionist")
    w = window_for(db, desk)
    page = w.show_page("relay")
    tab = page.slips
    assert tab.model.rowCount() == 0 and tab.empty.isVisible() and "Ctrl+N" in tab.empty.text()
    assert tab.title.text() and not tab.print_btn.isEnabled()
    dlg = tab.new_record()
    qtbot.addWidget(dlg)
    dlg.form.set_values({"subject": "卫生间顶棚漏水", "content": "业主来电：顶棚滴水", "room": "3-2-1502"})
    dlg.form.widgets["customer_phone"].setText("1380013800")
    dlg.form.widgets["customer_phone"].textEdited.emit("1380013800")
    assert "11 digits" in dlg.form.error_text("customer_phone")          # shown as the user types
    dlg.form.set_value("customer_phone", "13805716688")
    dlg.form.check_field("customer_phone")
    dlg.save()                                                              # no department chosen
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("to_dept")), timeout=20000)
    assert dlg.isVisible() and dlg.form.value("subject") == "卫生间顶棚漏水"   # nothing typed is lost
    dlg.form.set_value("to_dept", "engineering")
    save_and_wait(qtbot, w, dlg)
    assert tab.model.rowCount() == 1 and not tab.empty.isVisible()
    tab.table.selectRow(0)
    assert tab.view_data.subject == "卫生间顶棚漏水" and tab.view_data.customer_phone == "13805716688"
    assert buttons(tab) == ["sign", "return"] and tab.print_btn.isEnabled()
    assert "Sent" in tab.title.text() and "3-2-1502" in tab.details.text()

    sign = click_action(tab, "sign")
    qtbot.addWidget(sign)
    sign.form.set_value("signed_by", "")
    sign.save()
    qtbot.waitUntil(lambda: bool(sign.form.error_text("signed_by")), timeout=20000)
    sign.form.set_value("signed_by", "刘建平")
    save_and_wait(qtbot, w, sign)
    assert tab.view_data.status == "signed" and tab.view_data.signed_by == "刘建平"
    assert buttons(tab) == ["progress", "reply", "return"]
    assert "saved" in page.bar.text()

    reply = click_action(tab, "reply")
    qtbot.addWidget(reply)
    reply.form.set_values({"reply": "已修复", "replied_by": "刘建平"})
    reply.save()                                                            # accepted or not: missing
    qtbot.waitUntil(lambda: bool(reply.form.error_text("accepted")), timeout=20000)
    reply.form.set_value("accepted", "yes")
    save_and_wait(qtbot, w, reply)
    assert tab.view_data.status == "replied" and buttons(tab) == []
    assert tab.no_actions.isVisible()                       # the desk waits for the supervisor
    assert tab.events.rowCount() == 3

    boss = window_for(db, admin)
    boss_tab = boss.show_page("relay").slips
    boss_tab.status.setCurrentIndex(boss_tab.status.findData("to_verify"))
    assert boss_tab.model.rowCount() == 1
    boss_tab.table.selectRow(0)
    assert buttons(boss_tab) == ["verify", "redo", "void"]
    verify = click_action(boss_tab, "verify")
    qtbot.addWidget(verify)
    verify.form.set_values({"verify_result": "已回访，不再滴水", "customer_informed": True})
    save_and_wait(qtbot, boss, verify)
    assert boss_tab.model.rowCount() == 0                                   # nothing left to verify
    assert records.get(db, admin, relay.SLIP_KIND, tab.record_id).status == "closed"


def test_two_desks_on_one_slip_keep_the_later_input(qtbot, db, actor, admin, rooms, window_for):
    sid = new_slip(db, admin)
    first, second = window_for(db, actor("receptionist")), window_for(db, admin)
    a, b = first.show_page("relay").slips, second.show_page("relay").slips
    a.select(sid)
    assert second.show_page("relay").open_number(records.get(db, admin, relay.SLIP_KIND, sid).number.lower())
    assert b.record_id == sid
    sign_a, sign_b = click_action(a, "sign"), click_action(b, "sign")
    qtbot.addWidget(sign_a)
    qtbot.addWidget(sign_b)
    sign_a.form.set_value("signed_by", "刘建平")
    save_and_wait(qtbot, first, sign_a)
    sign_b.form.set_value("signed_by", "张三")
    sign_b.save()
    qtbot.waitUntil(lambda: bool(sign_b.bar.text()), timeout=20000)
    assert "changed" in sign_b.bar.text() and sign_b.isVisible()
    assert sign_b.form.value("signed_by") == "张三"
    assert records.get(db, admin, relay.SLIP_KIND, sid).signed_by == "刘建平"
    wait_ops(qtbot, second)


def test_an_item_is_received_and_handed_over_against_an_id_and_a_signature(qtbot, db, actor, rooms,
                                                                          window_for):
    desk = actor("receptionist")
    w = window_for(db, desk)
    page = w.show_page("relay")
    page.tabs.setCurrentWidget(page.parcels)
    tab = page.parcels
    assert tab.empty.isVisible() and tab.print_btn is None   # an item has no paper of its own
    dlg = tab.new_record()
    qtbot.addWidget(dlg)
    dlg.form.set_values({"room": "3-2-1502", "description": "小纸箱", "courier": "顺丰",
                         "tracking_no": "SF1402345678901"})
    dlg._room_chosen()
    assert dlg.form.value("addressee") == "王建国"                          # the room's owner, offered
    dlg.form.widgets["tracking_no"].setText("SF#1")
    dlg.form.widgets["tracking_no"].textEdited.emit("SF#1")
    assert "tracking number" in dlg.form.error_text("tracking_no")
    dlg.form.set_value("tracking_no", "SF1402345678901")
    dlg.form.check_field("tracking_no")
    save_and_wait(qtbot, w, dlg)
    assert tab.model.rowCount() == 1
    tab.table.selectRow(0)
    assert tab.view_data.addressee == "王建国" and buttons(tab) == ["notify", "hand_over", "return"]
    notify = click_action(tab, "notify")
    qtbot.addWidget(notify)
    notify.form.set_value("method", "phone")
    save_and_wait(qtbot, w, notify)
    assert buttons(tab) == ["remind", "hand_over", "return"]

    hand = click_action(tab, "hand_over")
    qtbot.addWidget(hand)
    assert hand.form.value("collector_name") == "王建国"
    hand.form.widgets["collector_id_number"].setText("110105194912310022")
    hand.form.widgets["collector_id_number"].textEdited.emit("110105194912310022")
    assert "check digit" in hand.form.error_text("collector_id_number")
    hand.save()
    assert hand.isVisible()                                                 # refused before the service
    hand.form.set_value("collector_id_number", VALID_ID)
    hand.form.check_field("collector_id_number")
    hand.save()                                                             # not signed yet
    qtbot.waitUntil(lambda: bool(hand.form.error_text("signature")), timeout=20000)
    assert hand.form.value("collector_id_number") == VALID_ID
    hand.form.set_value("signature", True)
    save_and_wait(qtbot, w, hand)
    assert tab.model.rowCount() == 0                                       # no longer waiting
    tab.status.setCurrentIndex(tab.status.findData("all"))
    tab.table.selectRow(0)
    assert tab.view_data.status == "collected" and buttons(tab) == [] and tab.no_actions.isVisible()
    assert tab.model.rows[0].collector_id == "1101**********002X"        # masked for the desk
    assert "1101**********002X" in tab.details.text()


def test_item_left_for_someone_waits_for_approval(qtbot, db, actor, admin, rooms, window_for):
    pid = relay.receive_parcel(db, actor("receptionist"), relay.ParcelInput(
        addressee="王建国", description="钥匙", item_type="key", direction="left", sender="赵敏",
        room="3-2-1502"))
    w = window_for(db, actor("receptionist"))
    page = w.show_page("relay")
    number = records.get(db, admin, relay.PARCEL_KIND, pid).number
    assert page.open_number(number)                      # as the shift handover's open item names it
    assert page.tabs.currentWidget() is page.parcels and page.parcels.record_id == pid
    assert not page.open_number("DS20200101-0001") and "no item" in page.bar.text()
    assert buttons(page.parcels) == ["return"] and "approval" in page.parcels.title.text()
    assert "needs approval" in page.parcels.model.data(page.parcels.model.index(0, 5))
    boss = window_for(db, admin).show_page("relay")
    boss.tabs.setCurrentWidget(boss.parcels)
    boss.parcels.status.setCurrentIndex(boss.parcels.status.findData("approval"))
    boss.parcels.table.selectRow(0)
    approve = click_action(boss.parcels, "approve")
    qtbot.addWidget(approve)
    save_and_wait(qtbot, boss.window_, approve)
    page.refresh()
    assert buttons(page.parcels) == ["notify", "hand_over", "return"]


def test_slip_from_a_work_log_row(qtbot, db, actor, rooms, window_for):
    from app.ui.conversions import CONVERSIONS
    w = window_for(db, actor("receptionist"))
    saved = []
    [conversion] = [c for c in CONVERSIONS if c.kind == "work_slip"]
    dlg = conversion.open(w, {"caller": "王建国", "phone": "13805716688", "room": "3-2-1502",
                              "content": "厨房水龙头漏水\n请尽快处理", "category": "repair",
                              "channel": "phone", "number": "GZ20260608-0003"}, saved.append)
    qtbot.addWidget(dlg)
    assert dlg.form.value("subject") == "厨房水龙头漏水" and dlg.form.value("to_dept") == "engineering"
    assert dlg.form.value("source") == "GZ20260608-0003" and dlg.form.value("customer_name") == "王建国"
    save_and_wait(qtbot, w, dlg)
    assert len(saved) == 1
    view = records.get(db, actor("receptionist"), relay.SLIP_KIND, saved[0])
    assert (view.source, view.room, view.content) == ("GZ20260608-0003", "3-2-1502", "厨房水龙头漏水\n请尽快处理")


def test_prints_the_slip_and_the_register(qtbot, db, admin, rooms, window_for):
    sid = new_slip(db, admin)
    relay.receive_parcel(db, admin, relay.ParcelInput(addressee="王建国", description="小纸箱"))
    w = window_for(db, admin)
    page = w.show_page("relay")
    page.slips.select(sid)
    page.slips.print_btn.click()
    dlg = w.last_dialog
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.rendered is not None, timeout=20000)
    assert dlg.rendered.form == "work_slip" and dlg.rendered.number.startswith("LX")
    assert dlg.rendered.copies == ("第一联 存根联", "第二联 回执联")
    wait_ops(qtbot, w)
    page.tabs.setCurrentWidget(page.parcels)
    page.parcels.register_btn.click()
    reg = w.last_dialog
    qtbot.addWidget(reg)
    qtbot.waitUntil(lambda: reg.rendered is not None, timeout=20000)
    assert reg.rendered.form == "parcel_register" and reg.rendered.number == date.today().isoformat()
    wait_ops(qtbot, w)


def test_list_export_of_the_current_tab(qtbot, db, admin, rooms, window_for, tmp_path):
    for i in range(3):
        new_slip(db, admin, subject=f"事项{i}")
    w = window_for(db, admin)
    page = w.show_page("relay")
    assert str(page.report_title) == "Work slips" and page.report_columns() == page.slips.columns
    page.export_list(tmp_path / "slips.xlsx")
    qtbot.waitUntil(lambda: hasattr(page, "last_export"), timeout=20000)
    assert page.last_export[0] == 3 and (tmp_path / "slips.xlsx").exists()
    assert "Status: Open" in page.report_filter_text()
    page.tabs.setCurrentWidget(page.parcels)
    assert str(page.report_title) == "Parcels and letters"
    wait_ops(qtbot, w)


def test_filters_shortcuts_and_the_lazy_model(qtbot, qtmodeltester, db, admin, rooms, window_for):
    for i in range(5):
        new_slip(db, admin, subject=f"事项{i}", to_dept="security" if i % 2 else "engineering")
    w = window_for(db, admin)
    page = w.show_page("relay")
    tab = page.slips
    tab.model.page_size = 2
    tab.reload()
    assert tab.model.rowCount() == 2 and tab.model.canFetchMore()
    qtmodeltester.check(tab.model)
    tab.second.setCurrentIndex(tab.second.findData("security"))
    assert tab.model.rowCount() == 2 and "2 shown" in tab.count_label.text()
    search(qtbot, tab, "事项3")
    assert [r.subject for r in tab.model.rows] == ["事项3"]
    search(qtbot, tab, "没有这个")
    assert tab.empty.isVisible() and "Nothing matches" in tab.empty.text()
    tab.search.clear()
    tab.use_dates.setChecked(True)
    assert tab.model.rowCount() == 2
    today = tab.date_to.date()
    tab.date_to.setDate(today.addDays(10))
    tab.date_from.setDate(today.addDays(5))
    assert tab.model.rowCount() == 0 and tab.empty.isVisible()
    tab.date_from.setDate(today.addDays(20))
    assert "before the start" in page.bar.text()
    [new] = [s for s in page.findChildren(QShortcut) if s.key().toString() == "Ctrl+N"]
    new.activated.emit()
    dlg = page.dialog
    qtbot.addWidget(dlg)
    assert dlg.isVisible() and dlg.windowTitle() == "Send a work slip"
    dlg.reject()
    alt = [b for b in tab.findChildren(QPushButton) if b.toolTip() == "Alt+1"]
    assert not alt or alt[0].shortcut().toString() == "Alt+1"


def test_it_has_no_relay_page_and_the_steward_may_send(qtbot, db, actor, rooms, window_for):
    w = window_for(db, actor("it"))
    assert w.show_page("relay") is None
    steward = window_for(db, actor("steward")).show_page("relay")
    assert steward.slips.new_btn.isEnabled() and steward.parcels.new_btn.isEnabled()


def test_an_action_dialog_survives_the_idle_lock(qtbot, db, actor, rooms, window_for):
    from app.ui import drafts
    desk = actor("receptionist")
    sid = new_slip(db, desk)
    w = window_for(db, desk)
    tab = w.show_page("relay").slips
    tab.select(sid)
    sign = click_action(tab, "sign")
    qtbot.addWidget(sign)
    sign.form.set_value("signed_by", "刘建平")
    assert drafts.save_open(db, desk, [sign]) == 1
    sign.reject()
    [reopened] = drafts.reopen(w, drafts.take(db, desk))
    qtbot.addWidget(reopened)
    assert reopened.form.value("signed_by") == "刘建平" and reopened.context["id"] == sid
    save_and_wait(qtbot, w, reopened)
    assert records.get(db, desk, relay.SLIP_KIND, sid).signed_by == "刘建平"


def test_the_months_relay_figures_are_shown_above_the_tabs(qtbot, db, admin, rooms, window_for):
    """§4.9 KPIs on the relay page: slips per department, signed and replied in time, items waiting."""
    new_slip(db, admin)
    new_slip(db, admin, to_dept="security", subject="楼道堆物")
    window = window_for(db, admin)
    page = window.show_page("relay")
    wait_ops(qtbot, window)
    qtbot.waitUntil(lambda: page.kpi is not None, timeout=10000)
    assert page.kpi.sent_by_dept == {"engineering": 1, "security": 1}
    text = page.kpi_label.text()
    assert "This month: slips sent" in text and "Engineering 1" in text and "replied in time" in text
    new_slip(db, admin, subject="电梯异响")
    page.refresh()
    wait_ops(qtbot, window)
    qtbot.waitUntil(lambda: page.kpi.sent == 3, timeout=10000)
