"""公共区域巡查: routes, rounds checkpoint by checkpoint, findings through the workflow engine, extension,
verification, work slips, KPIs, desk hooks."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.domain import patrol as P
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.services import dashboard, open_items, records, relay
from app.services import patrol as svc
from app.services.patrol import CheckpointInput, IssueInput, RouteInput

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


@pytest.fixture
def photo(tmp_path):
    """A photo file on the desk's disk, by name: ``photo("a.jpg")``."""
    def make(name: str) -> str:
        path = tmp_path / name
        path.write_bytes(b"\xff\xd8\xff" + name.encode())
        return str(path)
    return make


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


def test_a_round_checkpoint_by_checkpoint(db, actor, route, clock, photo):
    rid, points = route
    steward = actor("steward")
    pid = svc.start_patrol(db, steward, rid, "morning")
    view = records.get(db, steward, P.PATROL_KIND, pid)
    assert view.status == "in_progress" and view.number.startswith("XJ20260608-")
    assert [c.result for c in view.checks] == ["", "", ""]
    svc.record_check(db, steward, pid, points[0], "normal")
    with pytest.raises(ValidationError) as err:
        svc.record_check(db, steward, pid, points[1], "abnormal")
    assert err.value.field == "note"
    svc.record_check(db, steward, pid, points[1], "abnormal", photo=photo("a.jpg"),
                     issue=finding(location="", dept="security"))
    with pytest.raises(ValidationError, match="地下车库"):
        svc.complete_patrol(db, steward, pid)
    svc.record_check(db, steward, pid, points[2], "normal")
    clock["at"] = MONDAY + timedelta(minutes=50)
    svc.complete_patrol(db, steward, pid, "两处需跟进")
    view = records.get(db, steward, P.PATROL_KIND, pid)
    assert view.status == "completed" and view.ended_at == clock["at"]
    assert [c.result for c in view.checks] == ["normal", "abnormal", "normal"]
    assert view.checks[1].issue_number.startswith("ZG") and view.checks[1].photo == "a.jpg"
    issue = svc.list_issues(db, steward, status="open")[0]
    assert issue.location == "1号楼楼梯间" and issue.status == "assigned" and issue.dept == "security"
    # a completed round is closed for results
    with pytest.raises(ConflictError):
        svc.record_check(db, steward, pid, points[0], "abnormal", note="x")
    row = svc.list_patrols(db, steward, date_from=date(2026, 6, 8), date_to=date(2026, 6, 8))[0]
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
        records.act(db, steward, P.PATROL_KIND, pid, "void", {"reason": "录错"})
    with pytest.raises(ValidationError, match="Reason"):
        records.act(db, admin, P.PATROL_KIND, pid, "void", {})
    records.act(db, admin, P.PATROL_KIND, pid, "void", {"reason": "录错"})
    assert records.get(db, admin, P.PATROL_KIND, pid).status == "void"


def test_planned_patrol_starts_later(db, actor, route, clock):
    rid, _ = route
    steward = actor("steward")
    with pytest.raises(ValidationError):
        svc.start_patrol(db, steward, rid, planned_for=date(2026, 6, 1))
    pid = svc.start_patrol(db, steward, rid, "afternoon", planned_for=date(2026, 6, 9))
    assert records.get(db, steward, P.PATROL_KIND, pid).status == "planned"
    assert [a.name for a in records.get(db, steward, P.PATROL_KIND, pid).actions] == ["start"]
    records.act(db, steward, P.PATROL_KIND, pid, "start")
    assert records.get(db, steward, P.PATROL_KIND, pid).status == "in_progress"


def test_a_planned_round_never_walked_is_missed_and_cannot_be_started(db, actor, admin, route, clock):
    """§4.10: 计划 → 漏检 (derived) once its day has passed; it cannot be started days later."""
    rid, _ = route
    steward = actor("steward")
    pid = svc.start_patrol(db, steward, rid, "afternoon", planned_for=date(2026, 6, 9))
    clock["at"] = datetime(2026, 6, 9, 20, 0)                       # its own day: still startable
    assert [a.name for a in records.get(db, steward, P.PATROL_KIND, pid).actions] == ["start"]
    assert svc.list_patrols(db, steward, status="missed") == []
    clock["at"] = datetime(2026, 6, 11, 9, 0)
    view = records.get(db, steward, P.PATROL_KIND, pid)
    assert view.status == "planned" and view.flags[0].startswith("Missed (漏检): planned for 2026-06-09")
    with pytest.raises((ConflictError, ValidationError), match="never walked: it is missed"):
        records.act(db, steward, P.PATROL_KIND, pid, "start")
    assert records.get(db, steward, P.PATROL_KIND, pid).status == "planned"
    [row] = svc.list_patrols(db, steward, status="missed")
    assert row.id == pid and row.missed
    k = svc.kpis(db, admin, date(2026, 6, 8), date(2026, 6, 11))
    assert (k.planned, k.done, k.missed) == (1, 0, 1) and k.completion_rate == 0.0
    records.act(db, admin, P.PATROL_KIND, pid, "void", {"reason": "计划取消"})  # a missed round can be voided
    assert svc.kpis(db, admin, date(2026, 6, 8), date(2026, 6, 11)).planned == 0


def test_supervisor_patrols_per_day_count_only_the_supervisors_rounds(db, actor, admin, route, clock):
    rid, points = route
    for who in (actor("steward"), actor("steward"), admin):
        pid = svc.start_patrol(db, who, rid)
        for cp in points:
            svc.record_check(db, who, pid, cp, "normal")
        svc.complete_patrol(db, who, pid)
    k = svc.kpis(db, admin, date(2026, 6, 8), date(2026, 6, 8))
    assert (k.planned, k.done) == (3, 3)
    assert (k.supervisor_required, k.supervisor_done, k.supervisor_rate) == (2, 1, 0.5)   # not 3 of 2
    tile = [t for t in dashboard.tiles(db, admin, date(2026, 6, 8)) if t.page == "patrol"][0]
    assert "Supervisor's patrols today: 1 of 2" in tile.detail and tile.level == "attention"


def test_a_major_finding_is_escalated_until_it_is_closed(db, actor, admin, clock):
    """§4.10 step 4: major issues go to the manager: flagged, first and red on the handover, on the tile."""
    steward = actor("steward")
    minor = svc.report_issue(db, steward, finding(location="B区"))
    major = svc.report_issue(db, steward, finding(location="地下车库", severity="major", description="顶板渗水"))
    assert records.get(db, steward, P.ISSUE_KIND, major).flags == ("Major finding: report it to the manager",)
    assert records.get(db, steward, P.ISSUE_KIND, minor).flags == ()
    items = [i for i in open_items.collect(db, steward, clock["at"]) if i.page == "patrol"]
    assert [i.record_id for i in items][:2] == [major, minor]
    assert items[0].level == "alert" and "report it to the manager" in items[0].title and items[1].level == "normal"
    tile = [t for t in dashboard.tiles(db, steward, clock["at"].date()) if t.page == "patrol"][0]
    assert tile.level == "alert" and "1 major findings open: report to the manager" in tile.detail
    records.act(db, steward, P.ISSUE_KIND, major, "fix", {"fix_note": "已封堵"})
    records.act(db, admin, P.ISSUE_KIND, major, "verify")
    assert records.get(db, steward, P.ISSUE_KIND, major).flags == ()
    tile = [t for t in dashboard.tiles(db, steward, clock["at"].date()) if t.page == "patrol"][0]
    assert "major" not in tile.detail


def test_finding_lifecycle_with_extension_and_verification(db, actor, admin, clock, photo):
    steward = actor("steward")
    iid = svc.report_issue(db, steward, finding(photo=photo("fire.png")))
    view = records.get(db, steward, P.ISSUE_KIND, iid)
    assert view.status == "open" and view.number.startswith("ZG20260608-")
    assert view.due_at == MONDAY + timedelta(days=7)          # patrol.issue_fix_days
    assert [a.name for a in view.actions] == ["assign", "send_slip", "fix"]
    with pytest.raises(ValidationError, match="Responsible department"):
        records.act(db, steward, P.ISSUE_KIND, iid, "assign", {})
    records.act(db, steward, P.ISSUE_KIND, iid, "assign", {"dept": "engineering"})
    # the steward asks for more time; only the supervisor approves
    with pytest.raises(ValidationError, match="Note"):
        records.act(db, steward, P.ISSUE_KIND, iid, "request_extension", {"new_due": "2026-06-20"})
    with pytest.raises(ValidationError) as err:
        records.act(db, steward, P.ISSUE_KIND, iid, "request_extension", {"new_due": "2026-06-10", "note": "等配件"})
    assert err.value.field == "new_due"
    records.act(db, steward, P.ISSUE_KIND, iid, "request_extension", {"new_due": "2026-06-20", "note": "等配件"})
    assert records.get(db, steward, P.ISSUE_KIND, iid).status == "extension"
    with pytest.raises(PermissionDenied):
        records.act(db, steward, P.ISSUE_KIND, iid, "approve_extension")
    records.act(db, admin, P.ISSUE_KIND, iid, "approve_extension")
    view = records.get(db, admin, P.ISSUE_KIND, iid)
    assert view.status == "assigned" and view.due_at == datetime(2026, 6, 20, 23, 59, 59)
    assert view.original_due_at == MONDAY + timedelta(days=7) and view.extension_approved_by == "王主管"
    # fixed, refused on verification, fixed again, verified
    clock["at"] = MONDAY + timedelta(days=3)
    with pytest.raises(ValidationError, match="What was done"):
        records.act(db, steward, P.ISSUE_KIND, iid, "fix", {})
    records.act(db, steward, P.ISSUE_KIND, iid, "fix", {"fix_note": "已清理", "fix_photo": [photo("after.jpg")]})
    with pytest.raises(PermissionDenied):
        records.act(db, steward, P.ISSUE_KIND, iid, "verify")
    records.act(db, admin, P.ISSUE_KIND, iid, "reject_fix", {"note": "仍有杂物"})
    assert records.get(db, admin, P.ISSUE_KIND, iid).fixed_at is None
    records.act(db, steward, P.ISSUE_KIND, iid, "fix", {"fix_note": "全部清走"})
    records.act(db, admin, P.ISSUE_KIND, iid, "verify")
    view = records.get(db, admin, P.ISSUE_KIND, iid)
    assert view.status == "closed" and view.verified_by == "王主管" and view.actions == []
    assert [e.action for e in view.events][:2] == ["Recorded", "Assign to the department"]
    with pytest.raises(ConflictError, match="can no longer be changed"):
        records.act(db, admin, P.ISSUE_KIND, iid, "void", {"reason": "x"})


def test_refused_extension_and_stale_version(db, actor, admin, clock):
    steward = actor("steward")
    iid = svc.report_issue(db, steward, finding(dept="environment"))
    records.act(db, steward, P.ISSUE_KIND, iid, "request_extension", {"new_due": date(2026, 6, 30), "note": "雨季"})
    with pytest.raises(ValidationError, match="Note"):
        records.act(db, admin, P.ISSUE_KIND, iid, "refuse_extension")
    records.act(db, admin, P.ISSUE_KIND, iid, "refuse_extension", {"note": "按期完成"})
    view = records.get(db, admin, P.ISSUE_KIND, iid)
    assert view.status == "assigned" and view.due_at == MONDAY + timedelta(days=7)
    with pytest.raises(ConflictError):
        records.act(db, steward, P.ISSUE_KIND, iid, "fix", {"fix_note": "x"}, version=view.version - 1)
    with pytest.raises(ConflictError, match="cannot be done"):
        records.act(db, admin, P.ISSUE_KIND, iid, "verify")
    with pytest.raises(NotFound):
        records.act(db, admin, P.ISSUE_KIND, iid, "fly")


def test_handled_on_site_waits_for_verification(db, actor, admin, clock):
    steward = actor("steward")
    with pytest.raises(ValidationError) as err:
        svc.report_issue(db, steward, finding(handled_on_site=True))
    assert err.value.field == "fix_note"
    iid = svc.report_issue(db, steward, finding(handled_on_site=True, fix_note="当场清理"))
    assert records.get(db, steward, P.ISSUE_KIND, iid).status == "fixed"
    with pytest.raises(ValidationError):
        svc.report_issue(db, steward, finding(category="nonsense"))
    with pytest.raises(PermissionDenied):
        svc.report_issue(db, actor("clerk"), finding())


def test_violation_branch(db, actor, admin, clock):
    iid = svc.report_issue(db, actor("steward"), finding(category="violation", description="私搭乱建"))
    with pytest.raises(ValidationError):
        records.act(db, admin, P.ISSUE_KIND, iid, "to_violation")
    records.act(db, admin, P.ISSUE_KIND, iid, "to_violation", {"note": "转装修违章处理"})
    assert records.get(db, admin, P.ISSUE_KIND, iid).status == "to_violation"


def test_issue_to_work_slip(db, actor, clock):
    steward = actor("steward")
    iid = svc.report_issue(db, steward, finding())
    records.act(db, steward, P.ISSUE_KIND, iid, "send_slip", {"to_dept": "security",
                                                               "required_date": date(2026, 6, 10)})
    view = records.get(db, steward, P.ISSUE_KIND, iid)
    slip_no = view.relay_slip_no
    assert view.status == "assigned" and view.relay_slip_no == slip_no and view.dept == "security"
    slip = relay.slip_by_number(db, steward, slip_no)
    assert slip.source == view.number and "消防通道" in slip.subject and slip.to_dept == "security"
    with pytest.raises(ConflictError):
        records.act(db, steward, P.ISSUE_KIND, iid, "send_slip", {"to_dept": "security",
                                                                   "required_date": date(2026, 6, 10)})


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
    records.act(db, steward, P.ISSUE_KIND, early, "fix", {"fix_note": "修好"})
    clock["at"] = MONDAY + timedelta(days=8)
    overdue = svc.list_issues(db, steward, status="overdue")
    assert {r.location for r in overdue} == {"A区", "B区"} and all(r.overdue for r in overdue)
    assert overdue[0].sort_key == (overdue[0].due_at, overdue[0].id)
    assert svc.list_issues(db, steward, status="overdue", after=overdue[0].sort_key, limit=5) == overdue[1:]
    assert svc.count_overdue(db, steward) == 2
    assert [r.id for r in svc.list_issues(db, steward, status="fixed")] == [early]
    assert svc.list_issues(db, steward, status="all", text="A区")[0].location == "A区"
    k = svc.kpis(db, admin, date(2026, 6, 8), date(2026, 6, 9))
    # the supervisor's rounds against patrol.supervisor_per_day (2 a day × 2 days); 巡查完成率 over the rounds
    assert (k.supervisor_required, k.supervisor_done) == (4, 2) and k.supervisor_rate == 0.5
    assert (k.planned, k.done, k.missed) == (2, 2, 0) and k.completion_rate == 1.0 and k.checkpoint_coverage == 1.0
    assert (k.issues_found, k.issues_fixed, k.fixed_on_time) == (3, 1, 1)
    assert k.on_time_rate == pytest.approx(1 / 3) and k.overdue_now == 2 and k.open_issues == 3
    assert k.repeat_locations == [("A区", 2)]
    tile = [t for t in dashboard.tiles(db, steward, date(2026, 6, 16)) if t.page == "patrol"][0]
    assert tile.value == "2" and tile.level == "alert"
    items = [i for i in open_items.collect(db, steward, clock["at"]) if i.page == "patrol"]
    assert {i.record_id for i in items} == {late, early, other}
    assert sum(i.level == "alert" for i in items) == 2
    records.act(db, admin, P.ISSUE_KIND, late, "void", {"reason": "重复登记"})
    assert svc.count_overdue(db, steward) == 1


def test_completion_rate_does_not_count_extra_rounds():
    d = date(2026, 6, 8)
    assert P.completion_rate({d: 3}, 2, d, d + timedelta(days=1)) == 0.5
    assert P.completion_rate({}, 0, d, d) is None


def _count(db, model) -> int:
    from sqlalchemy import func, select
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_finding_sent_as_a_work_slip_is_one_transaction(db, actor, clock, monkeypatch):
    """Issue 16 item 5: a 300-character note used to commit the slip, then fail on the finding, and every retry
    was refused. Now the slip and the finding's assignment are written together, or neither is."""
    from db.models import RecordLink, WorkflowEvent
    from db.models.relay import WorkSlip
    steward = actor("steward")
    iid = svc.report_issue(db, steward, finding())
    tables = (WorkSlip, WorkflowEvent, RecordLink)
    before = [_count(db, m) for m in tables]
    with pytest.raises(ValidationError, match="at most 500"):          # too long for either: nothing written
        records.act(db, steward, P.ISSUE_KIND, iid, "send_slip", {"to_dept": "security", "note": "说" * 501,
                                                                   "required_date": date(2026, 6, 10)})
    real = relay.create_slip_in

    def sent_then_failed(*args, **kw):
        real(*args, **kw)
        raise ValidationError("the department's printer jammed", "to_dept")
    monkeypatch.setattr(relay, "create_slip_in", sent_then_failed)
    with pytest.raises(ValidationError, match="jammed"):               # the slip was written, then the act failed
        records.act(db, steward, P.ISSUE_KIND, iid, "send_slip", {"to_dept": "security",
                                                                   "required_date": date(2026, 6, 10)})
    assert [_count(db, m) for m in tables] == before
    assert records.get(db, steward, P.ISSUE_KIND, iid).status == "open"
    monkeypatch.setattr(relay, "create_slip_in", real)
    note = "请尽快清理，" + "说" * 294                                     # 300 characters: fits both
    records.act(db, steward, P.ISSUE_KIND, iid, "send_slip", {"to_dept": "security", "note": note,
                                                               "required_date": date(2026, 6, 10)})
    view = records.get(db, steward, P.ISSUE_KIND, iid)
    slip = relay.slip_by_number(db, steward, view.relay_slip_no)
    assert view.status == "assigned" and view.events[-1].note == note and slip.events[0].note == note
    assert [(link.kind, link.number) for link in view.links] == [("work_slip", slip.number)]
    assert "Work slip no.: " + slip.number in view.events[-1].details


def test_the_fix_clock_moves_with_an_extension_and_keeps_its_deadline_when_a_fix_is_sent_back(db, actor, admin,
                                                                                             clock):
    from app.services import clocks
    steward = actor("steward")
    iid = svc.report_issue(db, steward, finding(dept="engineering"))
    due = MONDAY + timedelta(days=7)
    view = records.get(db, steward, P.ISSUE_KIND, iid)
    assert view.clocks[0].deadline == due and view.clocks[0].state == "running"
    records.act(db, steward, P.ISSUE_KIND, iid, "request_extension", {"new_due": "2026-06-20", "note": "等配件"})
    assert records.get(db, admin, P.ISSUE_KIND, iid).clocks[0].deadline == due      # a request moves nothing
    records.act(db, admin, P.ISSUE_KIND, iid, "approve_extension")
    extended = datetime(2026, 6, 20, 23, 59, 59)
    view = records.get(db, admin, P.ISSUE_KIND, iid)
    assert view.clocks[0].deadline == extended and view.due_at == extended and view.original_due_at == due
    assert "Due after the extension: 2026-06-20 23:59" in view.events[-1].details
    clock["at"] = MONDAY + timedelta(days=2)
    records.act(db, steward, P.ISSUE_KIND, iid, "fix", {"fix_note": "已更换"})
    assert records.get(db, admin, P.ISSUE_KIND, iid).clocks[0].state == "stopped"
    clock["at"] = datetime(2026, 6, 22, 9, 0)                                      # after the extended date
    records.act(db, admin, P.ISSUE_KIND, iid, "reject_fix", {"note": "仍漏水"})
    clock["at"] += timedelta(minutes=1)
    view = records.get(db, admin, P.ISSUE_KIND, iid)
    assert view.clocks[0].deadline == extended and view.clocks[0].late          # due when it was: overdue at once
    assert [r.id for r in svc.list_issues(db, admin, status="overdue")] == [iid]
    query = clocks.overdue(P.ISSUE_KIND, "fix", clock["at"])
    compiled = query.compile(db.engine, compile_kwargs={"literal_binds": True})
    from sqlalchemy import text
    with db.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "ix_record_clock_due" in plan


def test_photos_are_attachments_of_the_round_and_the_finding(db, actor, route, clock, photo):
    rid, points = route
    steward = actor("steward")
    pid = svc.start_patrol(db, steward, rid)
    svc.record_check(db, steward, pid, points[0], "abnormal", note="灯不亮", photo=[photo("lamp.jpg")],
                     issue=finding(location="", photo=[photo("lamp2.jpg")]))
    round_view = records.get(db, steward, P.PATROL_KIND, pid)
    assert [a.name for a in round_view.attachments] == ["lamp.jpg"]
    assert round_view.checks[0].photo_id == round_view.attachments[0].id
    assert round_view.events[-1].details.startswith("Checkpoint: 1号楼大堂; Result: Abnormal")
    [found] = svc.list_issues(db, steward)
    assert found.number == round_view.checks[0].issue_number
    issue = records.get(db, steward, P.ISSUE_KIND, found.id)
    assert [(a.name, a.role) for a in issue.attachments] == [("lamp2.jpg", "photo")]
    assert [(link.kind, link.number) for link in issue.links] == [("patrol", round_view.number)]
    with pytest.raises(ValidationError, match="cannot be read"):
        svc.record_check(db, steward, pid, points[1], "normal", photo=["/nowhere/gone.jpg"])


# ------------------------------------------------------------------------------------------ 上报经理

def report(db, actor, issue_id, **values):
    data = {"manager": "赵经理", "report_method": "phone"}
    data.update(values)
    return records.act(db, actor, P.ISSUE_KIND, issue_id, "report_manager", data)


def patrol_tile(db, actor, day):
    return [t for t in dashboard.tiles(db, actor, day) if t.page == "patrol"][0]


def test_a_major_finding_is_reported_to_the_manager_within_the_limit(db, actor, admin, clock):
    """§4.10 step 4 (major issues → the manager): 上报经理 on a major finding only, who, when, how and a note as
    an event on the record; not reported within patrol.escalate_hours (2 h) it is overdue on the home tile."""
    steward = actor("steward")
    minor = svc.report_issue(db, steward, finding(location="B区"))
    assert "report_manager" not in records.get(db, steward, P.ISSUE_KIND, minor).can
    with pytest.raises((ConflictError, ValidationError), match="Only a major"):
        report(db, steward, minor)
    major = svc.report_issue(db, steward, finding(location="地下车库", severity="major", description="顶板渗水"))
    view = records.get(db, steward, P.ISSUE_KIND, major)
    assert "report_manager" in [a.name for a in view.actions]
    assert [c.deadline for c in view.clocks if c.name == "report"] == [MONDAY + timedelta(hours=2)]
    assert patrol_tile(db, steward, MONDAY.date()).value == "0"
    # 3 hours later, still not reported: overdue on the home page, flagged, counted
    clock["at"] = MONDAY + timedelta(hours=3)
    tile = patrol_tile(db, steward, MONDAY.date())
    assert tile.value == "1" and tile.level == "alert"
    assert tile.items[0] == "地下车库: not reported to the manager (found 06-08 09:00)"
    assert records.get(db, steward, P.ISSUE_KIND, major).flags == (
        "Major finding not reported to the manager within 2 hours",)
    items = [i for i in open_items.collect(db, steward, clock["at"]) if i.page == "patrol"]
    assert items[0].record_id == major and "not reported to the manager within 2 hours" in items[0].title
    assert svc.kpis(db, admin, MONDAY.date(), MONDAY.date()).major_unreported_late == 1
    # the report: the manager's name is required, a time in the future is refused
    with pytest.raises(ValidationError) as err:
        report(db, steward, major, manager="")
    assert err.value.field == "manager"
    with pytest.raises(ValidationError):
        report(db, steward, major, reported_at="2026-06-08 18:00")
    report(db, steward, major, reported_at="2026-06-08 10:30", report_method="in_person", note="经理要求今日封闭车位")
    view = records.get(db, steward, P.ISSUE_KIND, major)
    event = view.events[-1]
    assert event.at == datetime(2026, 6, 8, 10, 30) and event.data["manager"] == "赵经理"
    assert event.note == "经理要求今日封闭车位" and view.status == "open"          # the state stays
    assert dict(view.rows)["Reported to the manager"] == (
        "赵经理 · 06-08 10:30 · In person · 经理要求今日封闭车位 · steward员工")
    assert view.flags == () and "report_manager" not in view.can
    with pytest.raises((ConflictError, ValidationError), match="already reported"):
        report(db, steward, major)
    tile = patrol_tile(db, steward, MONDAY.date())
    assert tile.value == "0" and "major" not in tile.detail
    k = svc.kpis(db, admin, MONDAY.date(), MONDAY.date())
    assert (k.major_found, k.major_reported, k.major_reported_on_time, k.major_unreported_late) == (1, 1, 1, 0)
    # reported in time: counted on time
    on_time = svc.report_issue(db, steward, finding(location="屋顶", severity="major", description="避雷针断裂"))
    clock["at"] = MONDAY + timedelta(hours=4)
    report(db, steward, on_time)
    k = svc.kpis(db, admin, MONDAY.date(), MONDAY.date())
    assert (k.major_found, k.major_reported, k.major_reported_on_time) == (2, 2, 2)


def test_the_major_report_refusals_read_in_chinese(qapp):
    from app import i18n_qt
    i18n_qt.install("zh_CN")
    try:
        assert str(P.MSG_NOT_MAJOR) == "只有重大问题才需上报经理"
        assert str(P.MSG_REPORTED) == "该问题已上报经理"
        assert str(svc.MSG_REPORT_LATE.format(n=2)) == "重大问题未在 2 小时内上报经理"
    finally:
        i18n_qt.install("en")
