"""投诉处理 and 客户回访 as the desk drives them: register a complaint in one screen (the apology first), the
actions from the declared fields, the follow-up that closes it, the queue's bulk plan, the forms."""
from __future__ import annotations

import pytest

from app.services import complaints, records
from db.models.complaint import FollowUp
from tests.helpers import estate  # noqa: F401
from tests.ui.conftest import search


def saved(qtbot, window, dlg) -> None:
    with qtbot.waitSignal(window.ops.records_changed, timeout=10000):
        dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)


def click(pane, name: str):
    [button] = [b for b in pane.action_buttons if b.objectName() == f"action_{name}"]
    button.click()
    return pane.page.dialog


@pytest.fixture
def desk(actor):
    return actor("receptionist")


def test_a_complaint_is_registered_handled_and_closed_through_its_follow_up(qtbot, db, desk, estate, window_for):
    w = window_for(db, desk)
    w.resize(1366, 768)
    page = w.show_page("complaints")
    pane = page.current()
    assert pane.model.rowCount() == 0 and pane.empty.isVisible() and "Ctrl+N" in pane.empty.text()
    qtbot.waitUntil(lambda: "received" in page.kpi_label.text(), timeout=10000)   # read off the GUI thread
    dlg = pane.new_record()
    qtbot.addWidget(dlg)
    dlg.form.set_values({"complainant": "王建国", "phone": "13805716688", "room": "3-2-1502",
                         "category": "facilities", "content": "楼上装修漏水"})
    dlg.save()                                                     # not apologised yet
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("apologised")), timeout=10000)
    assert dlg.isVisible() and dlg.form.value("content") == "楼上装修漏水"
    dlg.form.set_value("apologised", True)
    dlg.form.set_value("initial_reply", "今日安排工程部上门查看")
    saved(qtbot, w, dlg)
    pane.reload()
    assert pane.model.rowCount() == 1
    page.refresh()
    qtbot.waitUntil(lambda: "by building #3 1" in page.kpi_label.text(), timeout=10000)
    assert "by category Facilities and equipment 1" in page.kpi_label.text()
    pane.table.selectRow(0)
    assert pane.view_data.status == "replied" and "Resolution" in pane.clock_label.text()
    names = [b.objectName() for b in pane.action_buttons]
    assert "action_classify" in names and "action_dispatch" not in names   # valid or not: decided first
    act = click(pane, "classify")
    act.form.set_value("validity", "valid")
    saved(qtbot, w, act)
    qtbot.waitUntil(lambda: "action_dispatch" in [b.objectName() for b in pane.action_buttons], timeout=5000)
    act = click(pane, "dispatch")
    assert act.form.value("send_slip") is True                      # a facilities complaint goes as a 派工单
    act.form.set_value("dept", "engineering")
    saved(qtbot, w, act)
    qtbot.waitUntil(lambda: pane.view_data.status == "dispatched", timeout=5000)
    assert pane.view_data.slip_number.startswith("LX")
    act = click(pane, "resolve")
    act.save()
    qtbot.waitUntil(lambda: bool(act.form.error_text("result")), timeout=5000)
    act.form.set_value("result", "楼上防水层已重做")
    saved(qtbot, w, act)
    qtbot.waitUntil(lambda: pane.view_data.status == "resolved", timeout=5000)
    assert pane.no_actions.isVisible()                              # its follow-up closes it
    queue = w.show_page("followups").current()
    assert queue.model.rowCount() == 1
    queue.table.selectRow(0)
    rec = click(queue, "record")
    rec.form.set_values({"interviewee": "王建国", "feedback": "已修好", "satisfaction": "satisfied"})
    saved(qtbot, w, rec)
    page = w.show_page("complaints")
    pane = page.current()
    pane.status.setCurrentIndex(pane.status.findData("to_close"))
    assert pane.model.rowCount() == 1
    pane.table.selectRow(0)
    saved(qtbot, w, click(pane, "close"))
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0, timeout=5000)
    search(qtbot, pane, "王建国")
    assert pane.empty.isVisible()                                   # closed: not in the to-close list


def test_a_work_log_row_becomes_a_complaint_linked_back(qtbot, db, desk, estate, window_for):
    from app.ui.pages.complaints import open_from_worklog
    w = window_for(db, desk)
    linked = []
    dlg = open_from_worklog(w, {"caller": "曾经纬", "phone": "0755-28881234", "room": "3-2-1601",
                                "content": "电梯噪音很大", "number": "GZ20261207-0003", "channel_label": "来电"},
                            linked.append)
    qtbot.addWidget(dlg)
    assert dlg.form.value("complainant") == "曾经纬" and dlg.form.value("channel") == "phone"
    dlg.form.set_values({"category": "facilities", "apologised": True})
    saved(qtbot, w, dlg)
    view = records.get(db, desk, "complaint", linked[0])
    assert view.source == "GZ20261207-0003" and complaints.open_for(db, desk, phone="0755 2888 1234")


def test_the_supervisor_plans_routine_visits_for_the_estate(qtbot, db, admin, estate, window_for):
    w = window_for(db, admin)
    page = w.show_page("followups")
    pane = page.current()
    assert pane.empty.isVisible() and "Plan visits" in pane.empty.text()
    dlg = page.plan_visits()
    qtbot.addWidget(dlg)
    dlg.form.set_value("topic", "上半年走访")
    saved(qtbot, w, dlg)
    assert "2 follow-ups planned" in page.bar.text()
    pane.reload()
    assert pane.model.rowCount() == 2
    with db.read() as s:
        assert {f.topic for f in s.query(FollowUp)} == {"上半年走访"}


def test_a_work_log_row_turned_into_a_complaint_is_linked_both_ways(qtbot, db, desk, estate, window_for):
    from app.services import worklog
    from app.ui.pages.complaints import open_from_worklog
    w = window_for(db, desk)
    row = worklog.create_entry(db, desk, worklog.EntryInput(caller="王建国", content="楼道灯不亮",
                                                            phone="13805716688", room="3-2-1502"))
    number = records.get(db, desk, "work_log", row).number
    linked = []
    dlg = open_from_worklog(w, {"caller": "王建国", "phone": "13805716688", "room": "3-2-1502",
                                "content": "楼道灯不亮", "number": number, "worklog_id": row}, linked.append)
    qtbot.addWidget(dlg)
    dlg.form.set_values({"category": "facilities", "apologised": True})
    saved(qtbot, w, dlg)
    view = records.get(db, desk, "complaint", linked[0])
    assert view.source == number
    with db.read() as s:
        assert [(x.kind, x.number) for x in records.links(s, "complaint", linked[0])] == [("work_log", number)]
        assert [(x.kind, x.number) for x in records.links(s, "work_log", row)] == [("complaint", view.number)]


def test_a_visit_at_the_desk_is_turned_into_a_complaint_from_its_detail(qtbot, db, desk, estate, window_for):
    from app.services import visits
    from db.models.visit import Visit
    vid = visits.register_visit(db, desk, dict(category="service", visitor_name="王建国", phone="13805716688",
                                               id_type="resident", id_number="", purpose="payment",
                                               room="3-2-1502"))
    w = window_for(db, desk)
    page = w.show_page("visits")
    pane = page.current()
    pane.load_detail(vid)
    button = pane.record_buttons["toComplaint"]
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    button.click()
    dlg = w.last_dialog
    qtbot.addWidget(dlg)
    assert dlg.form.value("complainant") == "王建国" and dlg.form.value("channel") == "visit"
    assert dlg.form.value("room") == "3-2-1502"
    dlg.form.set_values({"category": "service", "content": "办理缴费时等候太久", "apologised": True})
    saved(qtbot, w, dlg)
    with db.read() as s:
        visit = s.get(Visit, vid)
        complaint = records.links(s, "visit", vid)[0]
    assert visit.status == "converted" and visit.linked_record == complaint.number
    assert complaint.kind == "complaint"


def test_a_work_slip_is_turned_into_a_complaint_from_its_detail(qtbot, db, desk, estate, window_for):
    from datetime import date

    from app.services import relay
    sid = relay.create_slip(db, desk, relay.SlipInput(
        to_dept="engineering", subject="报修", content="水龙头漏水", required_date=date(2026, 12, 31),
        room="3-2-1502", customer_name="王建国", customer_phone="13805716688"))
    w = window_for(db, desk)
    page = w.show_page("relay")
    pane = page.slips
    pane.load_detail(sid)
    button = pane.record_buttons["toComplaint"]
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    button.click()
    dlg = w.last_dialog
    qtbot.addWidget(dlg)
    assert dlg.form.value("content") == "报修：水龙头漏水" and dlg.form.value("room") == "3-2-1502"
    dlg.form.set_values({"category": "facilities", "apologised": True})
    saved(qtbot, w, dlg)
    with db.read() as s:
        [link] = records.links(s, "work_slip", sid)
    assert link.kind == "complaint" and records.get(db, desk, "complaint", link.id).source.startswith("LX")


def test_the_work_log_points_out_a_caller_with_an_open_complaint(qtbot, db, desk, estate, window_for):
    cid = complaints.register_complaint(db, desk, {
        "channel": "phone", "complainant": "王建国", "phone": "13805716688", "room": "3-2-1502", "role": "owner",
        "ctype": "complaint", "category": "facilities", "urgency": "general", "content": "楼上漏水",
        "apologised": True})
    number = records.get(db, desk, "complaint", cid).number
    w = window_for(db, desk)
    page = w.show_page("worklog")
    form = page.quick.form
    form.set_value("phone", "138 0571 6688")
    form.widgets["phone"].editingFinished.emit()
    assert number in page.bar.text()
    page.bar.info("—")
    form.set_value("phone", "")
    form.set_value("room", "3-2-1501")                              # another room: nothing to point out
    form.widgets["room"].editingFinished.emit()
    assert page.bar.text() == "—"
    form.set_value("room", "3-2-1502")
    form.widgets["room"].editingFinished.emit()
    assert number in page.bar.text()


def test_the_follow_up_page_shows_the_months_figures_read_off_the_gui_thread(qtbot, db, desk, estate, window_for):
    w = window_for(db, desk)
    page = w.show_page("followups")
    qtbot.waitUntil(lambda: page.kpi is not None, timeout=10000)
    assert "followed up/planned (in time)" in page.kpi_label.text() and "satisfied —" in page.kpi_label.text()
