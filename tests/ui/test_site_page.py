"""装修现场管理 driven as the desk drives it: the patrol list with the case due, the patrol dialog (a violation
refused without its finding, nothing typed lost), the notice issued from the kit's action dialog with the
findings and the deadline filled in, the stop-work by its button (the case stopped), the re-check resuming it,
the complaint link, and a receptionist who sees but cannot patrol."""
from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from app.services import complaints, records
from db.models.site import SiteNotice, SitePatrol
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.services.test_renovation import desk, load, permitted  # noqa: F401  (fixtures)
from tests.ui.conftest import wait_ops


def save(qtbot, window, dlg) -> None:
    dlg.save()
    wait_ops(qtbot, window)
    errors = {k: dlg.form.error_text(k) for k in dlg.form.widgets if dlg.form.error_text(k)}
    assert not errors, errors
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_ops(qtbot, window)


def button(pane, action: str):
    return pane.actions_box.findChild(QPushButton, f"action_{action}")


def one(db, model):
    with db.read() as s:
        return s.scalars(select(model)).one()


def test_patrol_notice_stop_and_resume_on_the_page(qtbot, db, desk, window_for, tmp_path):  # noqa: F811
    case_id = permitted(db, desk)
    w = window_for(db, desk)
    page = w.show_page("site")
    wait_ops(qtbot, w)
    due = page.due
    assert due.model.rowCount() == 1
    due.table.selectRow(0)
    wait_ops(qtbot, w)
    assert due.view_data.id == case_id
    assert due.model.index(0, 1).data() == "Due today"

    dlg = due.new_record()                          # Ctrl+N: patrol the chosen site
    assert dlg.windowTitle() == "Patrol 3-2-1502"
    dlg.form.set_values({"stage": "剔凿", "workers": "3", "ok_prohibited": "violation"})
    dlg.save()                                      # refused: the violation is not described
    wait_ops(qtbot, w)
    assert dlg.isVisible() and "Finding" in dlg.form.error_text("find_prohibited")
    assert dlg.form.value("stage") == "剔凿"         # nothing typed is lost
    photo = tmp_path / "wall.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    dlg.form.set_values({"find_prohibited": "拆除卫生间承重墙", "photos": [str(photo)]})
    save(qtbot, w, dlg)
    patrol = one(db, SitePatrol)
    assert patrol.status == "violation" and patrol.stage == "剔凿" and patrol.workers == 3
    assert page.tabs.currentWidget() is page.patrols and page.patrols.view_data.id == patrol.id
    assert due.model.index(0, 1).data() == "Done"

    button(page.patrols, "issue_notice").click()
    issue = page.dialog
    assert "拆除卫生间承重墙" in issue.form.value("items")          # the findings, the deadline of the parameter
    assert issue.form.value("deadline") is not None
    issue.form.set_values({"requirement": "立即恢复原状", "receiver": "赵工头", "deduction": "500"})
    save(qtbot, w, issue)
    notice = one(db, SiteNotice)
    assert notice.status == "issued" and notice.receiver == "赵工头"

    page.tabs.setCurrentWidget(page.notices)
    page.open_record("site_notice", notice.id)
    wait_ops(qtbot, w)
    notices = page.notices
    assert notices.view_data.id == notice.id and notices.print_buttons["printNotice"].isEnabled()
    assert "lapse" not in notices.view_data.can          # not past its deadline yet
    button(notices, "stop_work").click()
    stop = page.dialog
    stop.form.set_value("note", "重大违章，责令停工")
    save(qtbot, w, stop)
    assert load(db, case_id).status == "stopped" and one(db, SiteNotice).status == "stopped"
    button(notices, "recheck_pass").click()
    passed = page.dialog
    passed.form.set_value("note", "已恢复原状")
    save(qtbot, w, passed)
    assert load(db, case_id).status == "active" and one(db, SiteNotice).status == "rectified"
    w.resize(1366, 768)
    assert page.grab().save(str(tmp_path / "site_page.png"))


def test_a_complaint_is_linked_from_the_patrol_list(qtbot, db, desk, window_for):  # noqa: F811
    case_id = permitted(db, desk)
    cid = complaints.register_complaint(db, desk, {
        "channel": "phone", "complainant": "曾经纬", "phone": "13805716689", "room": "3-2-1601", "role": "owner",
        "ctype": "complaint", "category": "facilities", "urgency": "general", "content": "楼下装修噪音",
        "apologised": True})
    number = records.get(db, desk, "complaint", cid).number
    w = window_for(db, desk)
    page = w.show_page("site")
    wait_ops(qtbot, w)
    page.due.table.selectRow(0)
    wait_ops(qtbot, w)
    dlg = page.link_complaint(page.due.view_data)
    dlg.form.set_value("complaint_no", "TS-nothing")
    dlg.save()
    wait_ops(qtbot, w)
    assert dlg.isVisible()                                  # refused, the number kept
    assert dlg.form.value("complaint_no") == "TS-nothing"
    dlg.form.set_value("complaint_no", number)
    save(qtbot, w, dlg)
    assert [link.number for link in records.get(db, desk, "renovation", case_id).links] == [number]


def test_a_receptionist_sees_the_list_but_does_not_patrol(qtbot, db, desk, actor, window_for):  # noqa: F811
    permitted(db, desk)
    w = window_for(db, actor("receptionist"))
    page = w.show_page("site")
    wait_ops(qtbot, w)
    assert page.due.model.rowCount() == 1
    page.due.table.selectRow(0)
    wait_ops(qtbot, w)
    assert page.due.new_record() is None


def test_the_renovation_page_prints_the_acceptance_form_and_refund_approval(qtbot, db, desk, window_for):  # noqa: F811
    case_id = permitted(db, desk)
    w = window_for(db, desk)
    page = w.show_page("renovation")
    wait_ops(qtbot, w)
    pane = page.record_panes[0]
    page.open_record("renovation", case_id)
    wait_ops(qtbot, w)
    assert pane.view_data.id == case_id
    assert pane.print_buttons["printAcceptance"].isEnabled() and not pane.print_buttons["printRefund"].isEnabled()


def test_a_patrol_being_typed_survives_the_idle_lock(qtbot, db, desk, window_for):  # noqa: F811
    from app.ui import drafts
    permitted(db, desk)
    w = window_for(db, desk)
    page = w.show_page("site")
    wait_ops(qtbot, w)
    page.due.table.selectRow(0)
    wait_ops(qtbot, w)
    dlg = page.patrol()
    dlg.form.set_values({"stage": "铺砖", "ok_rubbish": "violation", "find_rubbish": "垃圾堆放楼道"})
    assert drafts.save_open(db, desk, [dlg]) == 1
    dlg.reject()
    [again] = drafts.reopen(w, drafts.take(db, desk))
    assert (again.form.value("stage"), again.form.value("find_rubbish")) == ("铺砖", "垃圾堆放楼道")
    assert again.windowTitle() == "Patrol 3-2-1502"
    again.reject()
