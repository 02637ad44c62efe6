"""公共区域巡查: routes, rounds checkpoint by checkpoint, findings through the workflow engine, extension,
verification, work slips, KPIs, desk hooks."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.domain import patrol as P
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.services import dashboard, open_items, relay
from app.services import patrol as svc
from app.services.patrol import CheckpointInput, IssueFilter, IssueInput, PatrolFilter, RouteInput

MONDAY = datetime(2026, 6, 8, 9, 0)


@pytest.fixture
def clock(monkeypatch):
    state = {"at": MONDAY}
    monkeypatch.setattr("app.services.base.now", lambda: state["at"])
    return state


@pytest.fixture
def route(db, admin):
    rid = svc.save_route(db, admin, RouteInput("日常巡视", "全小区"))
    points = [svc.save_checkpoint(db, admin, CheckpointInput(rid, name, loc))
              for name, loc in (("1号楼大堂", "1号楼一层"), ("消防通道", "1号楼楼梯间"), ("地下车库", "B1"))]
    return rid, points


def finding(**changes) -> IssueInput:
    data = dict(location="1号楼3层消防通道", category="fire", description="消防通道堆放纸箱")
    data.update(changes)
    return IssueInput(**data)


def test_permissions_follow_the_roles(db, actor):
    clerk, steward, desk = actor("clerk"), actor("steward"), actor("receptionist")
    assert clerk.can(P.PATROL_VIEW) and desk.can(P.PATROL_VIEW)
    assert steward.can(P.PATROL_RECORD) and not desk.can(P.PATROL_RECORD)
    assert not steward.can(P.PATROL_VERIFY) and not steward.can(P.PATROL_EXTEND)
    assert not steward.can(P.PATROL_ROUTES)
    it = actor("it")
    assert not it.can(P.PATROL_VIEW)


def test_routes_and_checkpoints(db, admin, actor, route):
    rid, points = route
    rows = svc.list_routes(db, admin)
    assert [(r.name, r.points) for r in rows] == [("日常巡视", 3)]
    cps = svc.list_checkpoints(db, admin, rid)
    assert [c.name for c in cps] == ["1号楼大堂", "消防通道", "地下车库"]
    assert [c.seq for c in cps] == [10, 20, 30]
    with pytest.raises(ValidationError) as err:
        svc.save_route(db, admin, RouteInput("日常巡视"))
    assert err.value.field == "name"
    with pytest.raises(PermissionDenied):
        svc.save_route(db, actor("steward"), RouteInput("夜间巡视"))


def test_a_round_checkpoint_by_checkpoint(db, actor, route, clock):
    rid, points = route
    steward = actor("steward")
    pid = svc.start_patrol(db, steward, rid, "morning")
    view = svc.get_patrol(db, steward, pid)
    assert view.status == "in_progress" and view.number.startswith("XJ20260608-")
    assert [c.result for c in view.checks] == ["", "", ""]
    svc.record_check(db, steward, pid, points[0], "normal")
    with pytest.raises(ValidationError) as err:
        svc.record_check(db, steward, pid, points[1], "abnormal")
    assert err.value.field == "note"
    svc.record_check(db, steward, pid, points[1], "abnormal", photo="/photos/a.jpg",
                     issue=finding(location="", dept="security"))
    with pytest.raises(ValidationError, match="地下车库"):
        svc.complete_patrol(db, steward, pid)
    svc.record_check(db, steward, pid, points[2], "normal")
    clock["at"] = MONDAY + timedelta(minutes=50)
    svc.complete_patrol(db, steward, pid, "两处需跟进")
    view = svc.get_patrol(db, steward, pid)
    assert view.status == "completed" and view.ended_at == clock["at"]
    assert [c.result for c in view.checks] == ["normal", "abnormal", "normal"]
    assert view.checks[1].issue_number.startswith("ZG") and view.checks[1].photo == "/photos/a.jpg"
    issue = svc.list_issues(db, steward, IssueFilter("open"))[0]
    assert issue.location == "1号楼楼梯间" and issue.status == "assigned" and issue.dept == "security"
    # a completed round is closed for results
    with pytest.raises(ConflictError):
        svc.record_check(db, steward, pid, points[0], "abnormal", note="x")
    row = svc.list_patrols(db, steward, PatrolFilter(date(2026, 6, 8), date(2026, 6, 8)))[0]
    assert (row.points_total, row.points_checked, row.points_abnormal) == (3, 3, 1)


def test_recording_refusals(db, actor, admin, route, clock):
    rid, points = route
    steward = actor("steward")
    with pytest.raises(PermissionDenied):
        svc.start_patrol(db, actor("receptionist"), rid)
    empty = svc.save_route(db, admin, RouteInput("空路线"))
    with pytest.raises(ValidationError, match="no checkpoints"):
        svc.start_patrol(db, steward, empty)
    other = svc.save_checkpoint(db, admin, CheckpointInput(empty, "别处"))
    pid = svc.start_patrol(db, steward, rid)
    with pytest.raises(ValidationError, match="not on the route"):
        svc.record_check(db, steward, pid, other, "normal")
    with pytest.raises(ValidationError) as err:
        svc.record_check(db, steward, pid, points[0], "abnormal", note="x", photo="a.txt")
    assert err.value.field == "photo"
    with pytest.raises(PermissionDenied):
        svc.act_on_patrol(db, steward, pid, "void", {"reason": "录错"})
    with pytest.raises(ValidationError, match="Reason"):
        svc.act_on_patrol(db, admin, pid, "void", {})
    svc.act_on_patrol(db, admin, pid, "void", {"reason": "录错"})
    assert svc.get_patrol(db, admin, pid).status == "void"


def test_planned_patrol_starts_later(db, actor, route, clock):
    rid, _ = route
    steward = actor("steward")
    with pytest.raises(ValidationError):
        svc.start_patrol(db, steward, rid, planned_for=date(2026, 6, 1))
    pid = svc.start_patrol(db, steward, rid, "afternoon", planned_for=date(2026, 6, 9))
    assert svc.get_patrol(db, steward, pid).status == "planned"
    assert [a.name for a in svc.get_patrol(db, steward, pid).actions] == ["start"]
    svc.act_on_patrol(db, steward, pid, "start")
    assert svc.get_patrol(db, steward, pid).status == "in_progress"


def test_finding_lifecycle_with_extension_and_verification(db, actor, admin, clock):
    steward = actor("steward")
    iid = svc.report_issue(db, steward, finding(photo="C:/photos/fire.png"))
    view = svc.get_issue(db, steward, iid)
    assert view.status == "open" and view.number.startswith("ZG20260608-")
    assert view.due_at == MONDAY + timedelta(days=7)          # patrol.issue_fix_days
    assert [a.name for a in view.actions] == ["assign", "fix"]
    with pytest.raises(ValidationError, match="Responsible department"):
        svc.act_on_issue(db, steward, iid, "assign", {})
    svc.act_on_issue(db, steward, iid, "assign", {"dept": "engineering"})
    # the steward asks for more time; only the supervisor approves
    with pytest.raises(ValidationError, match="Note"):
        svc.act_on_issue(db, steward, iid, "request_extension", {"new_due": "2026-06-20"})
    with pytest.raises(ValidationError) as err:
        svc.act_on_issue(db, steward, iid, "request_extension", {"new_due": "2026-06-10", "note": "等配件"})
    assert err.value.field == "new_due"
    svc.act_on_issue(db, steward, iid, "request_extension", {"new_due": "2026-06-20", "note": "等配件"})
    assert svc.get_issue(db, steward, iid).status == "extension"
    with pytest.raises(PermissionDenied):
        svc.act_on_issue(db, steward, iid, "approve_extension")
    svc.act_on_issue(db, admin, iid, "approve_extension")
    view = svc.get_issue(db, admin, iid)
    assert view.status == "assigned" and view.due_at == datetime(2026, 6, 20, 23, 59, 59)
    assert view.original_due_at == MONDAY + timedelta(days=7) and view.extension_approved_by == "王主管"
    # fixed, refused on verification, fixed again, verified
    clock["at"] = MONDAY + timedelta(days=3)
    with pytest.raises(ValidationError, match="What was done"):
        svc.act_on_issue(db, steward, iid, "fix", {})
    svc.act_on_issue(db, steward, iid, "fix", {"fix_note": "已清理", "fix_photo": "/p/after.jpg"})
    with pytest.raises(PermissionDenied):
        svc.act_on_issue(db, steward, iid, "verify")
    svc.act_on_issue(db, admin, iid, "reject_fix", {"note": "仍有杂物"})
    assert svc.get_issue(db, admin, iid).fixed_at is None
    svc.act_on_issue(db, steward, iid, "fix", {"fix_note": "全部清走"})
    svc.act_on_issue(db, admin, iid, "verify")
    view = svc.get_issue(db, admin, iid)
    assert view.status == "closed" and view.verified_by == "王主管" and view.actions == []
    assert [e.action for e in view.events][:2] == ["Recorded", "Assign to the department"]
    with pytest.raises(ConflictError, match="can no longer be changed"):
        svc.act_on_issue(db, admin, iid, "void", {"reason": "x"})


def test_refused_extension_and_stale_version(db, actor, admin, clock):
    steward = actor("steward")
    iid = svc.report_issue(db, steward, finding(dept="environment"))
    svc.act_on_issue(db, steward, iid, "request_extension", {"new_due": date(2026, 6, 30), "note": "雨季"})
    with pytest.raises(ValidationError, match="Note"):
        svc.act_on_issue(db, admin, iid, "refuse_extension")
    svc.act_on_issue(db, admin, iid, "refuse_extension", {"note": "按期完成"})
    view = svc.get_issue(db, admin, iid)
    assert view.status == "assigned" and view.due_at == MONDAY + timedelta(days=7)
    with pytest.raises(ConflictError):
        svc.act_on_issue(db, steward, iid, "fix", {"fix_note": "x"}, version=view.version - 1)
    with pytest.raises(ConflictError, match="cannot be done"):
        svc.act_on_issue(db, admin, iid, "verify")
    with pytest.raises(NotFound):
        svc.act_on_issue(db, admin, iid, "fly")


def test_handled_on_site_waits_for_verification(db, actor, admin, clock):
    steward = actor("steward")
    with pytest.raises(ValidationError) as err:
        svc.report_issue(db, steward, finding(handled_on_site=True))
    assert err.value.field == "fix_note"
    iid = svc.report_issue(db, steward, finding(handled_on_site=True, fix_note="当场清理"))
    assert svc.get_issue(db, steward, iid).status == "fixed"
    with pytest.raises(ValidationError):
        svc.report_issue(db, steward, finding(category="nonsense"))
    with pytest.raises(PermissionDenied):
        svc.report_issue(db, actor("clerk"), finding())


def test_violation_branch(db, actor, admin, clock):
    iid = svc.report_issue(db, actor("steward"), finding(category="violation", description="私搭乱建"))
    with pytest.raises(ValidationError):
        svc.act_on_issue(db, admin, iid, "to_violation")
    svc.act_on_issue(db, admin, iid, "to_violation", {"note": "转装修违章处理"})
    assert svc.get_issue(db, admin, iid).status == "to_violation"


def test_issue_to_work_slip(db, actor, clock):
    steward = actor("steward")
    iid = svc.report_issue(db, steward, finding())
    slip_no = svc.issue_to_slip(db, steward, iid, to_dept="security", required_date=date(2026, 6, 10))
    view = svc.get_issue(db, steward, iid)
    assert view.status == "assigned" and view.relay_slip_no == slip_no and view.dept == "security"
    slip = relay.slip_by_number(db, steward, slip_no)
    assert slip.source == view.number and "消防通道" in slip.subject and slip.to_dept == "security"
    with pytest.raises(ConflictError):
        svc.issue_to_slip(db, steward, iid, to_dept="security", required_date=date(2026, 6, 10))


def test_overdue_list_kpis_and_desk_hooks(db, actor, admin, route, clock):
    rid, points = route
    steward = actor("steward")
    late = svc.report_issue(db, steward, finding(location="A区", dept="engineering"))
    early = svc.report_issue(db, steward, finding(location="A区"))
    other = svc.report_issue(db, steward, finding(location="B区"))
    for _ in range(2):
        pid = svc.start_patrol(db, admin, rid)
        for cp in points:
            svc.record_check(db, admin, pid, cp, "normal")
        svc.complete_patrol(db, admin, pid)
    clock["at"] = MONDAY + timedelta(days=1)
    svc.act_on_issue(db, steward, early, "fix", {"fix_note": "修好"})
    clock["at"] = MONDAY + timedelta(days=8)
    overdue = svc.list_issues(db, steward, IssueFilter("overdue"))
    assert {r.location for r in overdue} == {"A区", "B区"} and all(r.overdue for r in overdue)
    assert overdue[0].sort_key == (overdue[0].due_at, overdue[0].id)
    assert svc.list_issues(db, steward, IssueFilter("overdue"), after=overdue[0].sort_key, limit=5) == overdue[1:]
    assert svc.count_overdue(db, steward) == 2
    assert [r.id for r in svc.list_issues(db, steward, IssueFilter("fixed"))] == [early]
    assert svc.list_issues(db, steward, IssueFilter("", text="A区"))[0].location == "A区"
    k = svc.kpis(db, admin, date(2026, 6, 8), date(2026, 6, 9))
    assert (k.planned, k.done) == (4, 2) and k.completion_rate == 0.5 and k.checkpoint_coverage == 1.0
    assert (k.issues_found, k.issues_fixed, k.fixed_on_time) == (3, 1, 1)
    assert k.on_time_rate == pytest.approx(1 / 3) and k.overdue_now == 2 and k.open_issues == 3
    assert k.repeat_locations == [("A区", 2)]
    tile = [t for t in dashboard.tiles(db, steward, date(2026, 6, 16)) if t.page == "patrol"][0]
    assert tile.value == "2" and tile.level == "alert"
    items = [i for i in open_items.collect(db, steward, clock["at"]) if i.page == "patrol"]
    assert {i.record_id for i in items} == {late, early, other}
    assert sum(i.level == "alert" for i in items) == 2
    svc.act_on_issue(db, admin, late, "void", {"reason": "重复登记"})
    assert svc.count_overdue(db, steward) == 1


def test_completion_rate_does_not_count_extra_rounds():
    d = date(2026, 6, 8)
    assert P.completion_rate({d: 3}, 2, d, d + timedelta(days=1)) == 0.5
    assert P.completion_rate({}, 0, d, d) is None
