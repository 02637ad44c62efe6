"""公共区域巡查 driven as the desk drives it: routes and checkpoints, a round recorded checkpoint by checkpoint,
a finding with the actions the declaration allows, overdue marks, a work slip, KPIs, roles, the day's print."""
from __future__ import annotations

import os
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QPushButton

from app.domain import patrol as P
from app.services import patrol as svc
from app.services.patrol import CheckpointInput, IssueInput, RouteInput
from tests.ui.conftest import wait_ops

SHOTS = os.environ.get("PATROL_SHOTS", "")


@pytest.fixture
def route(db, admin):
    rid = svc.save_route(db, admin, RouteInput("日常巡视", "全小区"))
    for name, loc in (("1号楼大堂", "1号楼一层"), ("消防通道", "1号楼楼梯间"), ("地下车库", "B1")):
        svc.save_checkpoint(db, admin, CheckpointInput(rid, name, loc, "照明、消防门、疏散指示"))
    return rid


def save(qtbot, window, dlg) -> None:
    dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_ops(qtbot, window)


def shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name))


def action(pane, name: str):
    """Press an action's button of the shown record: its dialog."""
    pane.findChild(QPushButton, f"action_{name}").click()
    return pane.page.dialog


def test_a_round_recorded_checkpoint_by_checkpoint(qtbot, qtmodeltester, db, actor, route, window_for, tmp_path):
    steward = actor("steward")
    w = window_for(db, steward)
    w.resize(1360, 800)
    page = w.show_page("patrol")
    wait_ops(qtbot, w)
    rounds = page.rounds
    assert not page.findChild(QPushButton, "manageRoutes").isHidden()       # anyone may look at the routes
    dlg = rounds.new_record()
    assert dlg.form.widgets["route"].count() == 1
    save(qtbot, w, dlg)
    assert rounds.view_data is not None and rounds.view_data.status == "in_progress"
    assert rounds.model.rowCount() == 1
    qtmodeltester.check(rounds.model)
    checks = rounds.extra
    # checkpoint 1 normal, checkpoint 2 abnormal with a finding
    checks.view.selectRow(0)
    save(qtbot, w, page.record_check(rounds.view_data))
    checks.view.selectRow(1)
    dlg = page.record_check(rounds.view_data)
    dlg.form.set_value("result", "abnormal")
    assert dlg.form.widgets["record_issue"].isEnabled()
    dlg.form.set_value("record_issue", True)
    photo = tmp_path / "0612-01.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    dlg.form.set_values({"note": "3层消防通道堆放纸箱", "description": "消防通道堆放纸箱", "category": "fire",
                         "dept": "security", "photo": [str(photo)]})
    save(qtbot, w, dlg)
    assert [c.result for c in rounds.view_data.checks] == ["normal", "abnormal", ""]
    assert rounds.view_data.checks[1].issue_number.startswith("ZG")
    # completing too early is refused with the checkpoint left
    dlg = action(rounds, "complete")
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.bar.text()), timeout=10000)
    assert "地下车库" in dlg.bar.text() and dlg.isVisible()
    dlg.reject()
    checks.view.selectRow(2)
    save(qtbot, w, page.record_check(rounds.view_data))
    save(qtbot, w, action(rounds, "complete"))
    assert rounds.view_data.status == "completed"
    assert not rounds.record_buttons["recordCheck"].isEnabled()
    shot(w, "patrol_rounds.png")


def test_findings_actions_overdue_and_work_slip(qtbot, db, actor, admin, route, window_for, monkeypatch):
    steward = actor("steward")
    late = svc.report_issue(db, steward, IssueInput("5号楼北侧绿化带", "greenery", "草坪斑秃，需补种",
                                                    dept="environment"))
    svc.report_issue(db, steward, IssueInput("中心花园", "facility", "秋千链条锈蚀"))
    real_now = svc.base.now
    monkeypatch.setattr("app.services.base.now", lambda: real_now() + timedelta(days=8))
    w = window_for(db, admin)
    w.resize(1360, 800)
    page = w.show_page("patrol")
    wait_ops(qtbot, w)
    findings = page.findings
    page.tabs.setCurrentWidget(findings)
    assert findings.model.rowCount() == 2
    findings.status.setCurrentIndex(findings.status.findData("overdue"))
    assert findings.model.rowCount() == 2
    assert all(r.overdue for r in findings.model.rows)
    assert page.kpi.overdue_now == 2
    page.open_record(P.ISSUE_KIND, late)
    assert findings.view_data.overdue and "overdue" in findings.clock_label.text()
    names = [b.objectName() for b in findings.action_buttons]
    assert names == ["action_fix", "action_request_extension", "action_to_violation", "action_void"]
    shot(w, "patrol_findings.png")
    # the other finding goes to a department as a work slip
    other = next(r for r in findings.model.rows if r.id != late)
    page.open_record(P.ISSUE_KIND, other.id)
    dlg = action(findings, "send_slip")
    dlg.form.set_value("to_dept", "engineering")
    dlg.form.set_value("required_date", date.today() + timedelta(days=10))
    save(qtbot, w, dlg)
    assert findings.view_data.status == "assigned" and findings.view_data.relay_slip_no.startswith("LX")
    # fix reported through the action dialog; the supervisor verifies
    findings.status.setCurrentIndex(findings.status.findData("all"))
    page.open_record(P.ISSUE_KIND, late)
    dlg = action(findings, "fix")
    dlg.form.set_value("fix_note", "已补种")
    save(qtbot, w, dlg)
    assert findings.view_data.status == "fixed"
    save(qtbot, w, action(findings, "verify"))
    assert findings.view_data.status == "closed"
    assert svc.count_overdue(db, admin) == 1


def test_action_dialog_keeps_what_was_typed_on_refusal(qtbot, db, actor, admin, route, window_for):
    iid = svc.report_issue(db, actor("steward"), IssueInput("大堂", "cleaning", "地面污渍", dept="environment"))
    w = window_for(db, admin)
    page = w.show_page("patrol")
    wait_ops(qtbot, w)
    page.open_record(P.ISSUE_KIND, iid)
    dlg = action(page.findings, "request_extension")
    assert dlg.form.value("new_due") > date.today() + timedelta(days=7)      # a week after the due date
    dlg.form.set_value("new_due", date.today())            # not after the current due date
    dlg.form.set_value("note", "等材料")
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("new_due")), timeout=10000)
    assert dlg.isVisible() and dlg.form.error_text("new_due")
    assert dlg.form.value("note") == "等材料"
    dlg.reject()


def test_routes_for_the_supervisor(qtbot, db, admin, route, window_for):
    w = window_for(db, admin)
    w.resize(1360, 800)
    page = w.show_page("patrol")
    wait_ops(qtbot, w)
    routes = page.manage_routes()
    qtbot.addWidget(routes)
    assert routes.route_model.rowCount() == 1
    routes.route_view.selectRow(0)
    assert routes.point_model.rowCount() == 3
    dlg = routes.edit_point(new=True)
    dlg.form.set_values({"name": "屋面", "location": "1号楼顶层", "items": "门锁、栏杆、避雷针"})
    save(qtbot, w, dlg)
    qtbot.waitUntil(lambda: [r.name for r in routes.point_model.rows][-1] == "屋面", timeout=5000)
    shot(routes, "patrol_routes.png")


def test_clerk_sees_but_cannot_record(qtbot, db, actor, route, window_for):
    clerk = actor("clerk")
    w = window_for(db, clerk)
    page = w.show_page("patrol")
    wait_ops(qtbot, w)
    assert not page.rounds.new_btn.isEnabled() and not page.findings.new_btn.isEnabled()
    assert page.rounds.new_record() is None
    routes = page.manage_routes()
    qtbot.addWidget(routes)
    assert routes.buttons["newRoute"].isHidden() and routes.edit_route(new=True) is None


def test_print_day_opens_the_preview(qtbot, db, admin, route, window_for):
    w = window_for(db, admin)
    page = w.show_page("patrol")
    wait_ops(qtbot, w)
    svc.report_issue(db, admin, IssueInput("大堂", "cleaning", "地面污渍"))
    page.print_daily()
    preview = page.preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.rendered is not None, timeout=20000)
    assert preview.rendered.form == "patrol_daily" and preview.rendered.number == date.today().isoformat()
    assert len(svc.list_issues(db, admin, status="all")) == 1
    wait_ops(qtbot, w)


def test_a_missed_round_is_marked_listed_and_counted(qtbot, db, admin, actor, route, window_for, monkeypatch):
    """§4.10 漏检 on the page: the round's row says missed, the chip finds it, the header counts it."""
    steward = actor("steward")
    pid = svc.start_patrol(db, steward, route, "afternoon", planned_for=date.today() + timedelta(days=1))
    real_now = svc.base.now
    monkeypatch.setattr("app.services.base.now", lambda: real_now() + timedelta(days=3))
    w = window_for(db, admin)
    page = w.show_page("patrol")
    wait_ops(qtbot, w)
    rounds = page.rounds
    rounds.status.setCurrentIndex(rounds.status.findData("missed"))
    wait_ops(qtbot, w)
    assert [r.id for r in rounds.model.rows] == [pid] and rounds.model.rows[0].missed
    page.open_record(P.PATROL_KIND, pid)
    assert "Missed (漏检)" in " ".join(rounds.view_data.flags)
    assert "supervisor's rounds" in page.kpi_label.text() and "missed" in page.kpi_label.text()


def test_a_major_finding_is_reported_to_the_manager_from_its_detail(qtbot, db, actor, route, window_for,
                                                                    monkeypatch):
    """上报经理 (§4.10 step 4): the button on a major finding only, its dialog from the declared fields, the
    report on the record; late, it is counted on the band and the home tile."""
    steward = actor("steward")
    minor = svc.report_issue(db, steward, IssueInput("中心花园", "facility", "秋千链条锈蚀"))
    major = svc.report_issue(db, steward, IssueInput("地下车库", "facility", "顶板渗水", severity="major"))
    real_now = svc.base.now
    monkeypatch.setattr("app.services.base.now", lambda: real_now() + timedelta(hours=3))
    w = window_for(db, steward)
    w.resize(1360, 760)
    page = w.show_page("patrol")
    wait_ops(qtbot, w)
    findings = page.findings
    page.tabs.setCurrentWidget(findings)
    page.open_record(P.ISSUE_KIND, minor)
    assert "action_report_manager" not in [b.objectName() for b in findings.action_buttons]
    page.open_record(P.ISSUE_KIND, major)
    assert "action_report_manager" in [b.objectName() for b in findings.action_buttons]
    qtbot.waitUntil(lambda: page.kpi is not None and page.kpi.major_unreported_late == 1, timeout=10000)
    assert "major not reported in time <b style='color:#c62828" in page.kpi_label.text()
    dlg = action(findings, "report_manager")
    assert list(dlg.form.widgets)[:3] == ["manager", "reported_at", "report_method"]
    dlg.form.set_value("manager", "赵经理")
    dlg.form.set_value("note", "经理已到现场")
    save(qtbot, w, dlg)
    rows = dict(findings.view_data.rows)
    assert rows["Reported to the manager"].startswith("赵经理 · ") and "By phone · 经理已到现场" in rows[
        "Reported to the manager"]
    assert "action_report_manager" not in [b.objectName() for b in findings.action_buttons]
    assert findings.view_data.flags == ()
