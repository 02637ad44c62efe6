"""通知 on a real database: drafting, approval, publication, postings, removal, archiving, individual
deliveries; every refused transition, bad input, duplicates, conflicting states, two desks, permissions;
the home tile, the handover's open items, the household-card section, KPIs."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain import notices as rules
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.services import dashboard, notices, open_items, params, records, registry
from app.services import workflow as wf
from app.services.notices import NoticeInput
from app.services.registry import BuildingInput, PersonInput, RoomInput
from db.models import AuditLog, WorkflowEvent
from db.models.notice import Notice, NoticeScope

T0 = datetime(2026, 6, 10, 9, 0)   # a Wednesday morning
OWNER_ID = "11010519491231002X"


class Clock:
    def __init__(self, monkeypatch, start: datetime) -> None:
        self.now = start
        monkeypatch.setattr("app.services.base.now", lambda: self.now)

    def advance(self, **delta) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, T0)


@pytest.fixture
def estate(db, admin):
    """Building 3 (units 1 and 2) and building 5 (unit 1); rooms 3-2-1502 (王建国), 3-2-1503 (李秀英),
    5-1-0101 (nobody registered)."""
    b3 = registry.save_building(db, admin, BuildingInput("3"))
    b5 = registry.save_building(db, admin, BuildingInput("5"))
    u31 = registry.save_unit(db, admin, b3, "1")
    u32 = registry.save_unit(db, admin, b3, "2")
    u51 = registry.save_unit(db, admin, b5, "1")
    rooms = {
        "3-2-1502": registry.save_room(db, admin, RoomInput(u32, "1502", "15", "128.56")),
        "3-2-1503": registry.save_room(db, admin, RoomInput(u32, "1503", "15", "98.00")),
        "3-1-0101": registry.save_room(db, admin, RoomInput(u31, "0101", "1", "88.00")),
        "5-1-0101": registry.save_room(db, admin, RoomInput(u51, "0101", "1", "88.00")),
    }
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number=OWNER_ID),
                         room_id=rooms["3-2-1502"], role="owner", is_primary=True)
    registry.save_person(db, admin, PersonInput("王小明", "13805716689"), room_id=rooms["3-2-1502"],
                         role="family")
    registry.save_person(db, admin, PersonInput("李秀英", "13905712233"), room_id=rooms["3-2-1503"],
                         role="family")
    return rooms


def notice_input(**changes) -> NoticeInput:
    values = dict(title="关于3号楼停水的通知", kind="outage", body="因水箱清洗，3号楼停水一天。",
                  effective_from="2026-06-15 08:00", valid_until="2026-06-15 18:00", scope="3栋",
                  channels=("post", "wechat"), issuer="星河物业阳光花园服务中心", contact_phone="0571-88886666")
    values.update(changes)
    return NoticeInput(**values)


def version(db, notice_id):
    with db.read() as s:
        return s.get(Notice, notice_id).version


def status(db, notice_id):
    with db.read() as s:
        return s.get(Notice, notice_id).status


def through(db, actor, notice_id, *steps):
    """Run actions by role: ``("submit", "steward"), ("approve", "supervisor", "同意") …``."""
    for step in steps:
        action, role, *note = step
        values = {"reason": note[0]} if action == "void" and note else {"note": note[0] if note else ""}
        records.act(db, actor(role), notices.KIND, notice_id, action, values, version=version(db, notice_id))


def get(db, actor_, notice_id) -> records.RecordView:
    return records.get(db, actor_, notices.KIND, notice_id)


def post(db, actor_, notice_id, location, posted_at, photo: str = "", note: str = ""):
    """张贴记录: where and when the notice went up, with a photo's path."""
    return records.act(db, actor_, notices.KIND, notice_id, "post", {
        "location": location, "posted_at": posted_at, "photo": [photo] if photo else [], "note": note})


def deliver(db, actor_, recipient_id, action, version=None, **values):
    """A delivery signed for or refused, as the sign sheet came back."""
    return records.act(db, actor_, notices.DELIVERY_KIND, recipient_id, action, values, version=version)


@pytest.fixture
def published(db, actor, estate, clock):
    """A public notice (scope 3栋) published on T0 by the clerk."""
    nid = notices.create_notice(db, actor("steward"), notice_input())
    through(db, actor, nid, ("submit", "steward"), ("approve", "supervisor", "同意张贴"), ("publish", "clerk"))
    return nid


# ---------------------------------------------------------------------------------------------- happy paths

def test_public_notice_from_draft_to_archive(db, actor, estate, clock):
    steward, clerk, boss = actor("steward"), actor("clerk"), actor("supervisor")
    nid = notices.create_notice(db, steward, notice_input())
    detail = get(db, steward, nid)
    assert detail.number == "NG20260610-0001"              # provisional: the official number comes at publication
    assert detail.official == "Draft"
    assert detail.scope_text == "3栋" and detail.editable
    assert [a.name for a in detail.actions] == ["submit"]
    through(db, actor, nid, ("submit", "steward"))
    assert [a.name for a in get(db, boss, nid).actions] == ["recall", "approve", "reject", "void"]
    clock.advance(hours=1)
    through(db, actor, nid, ("approve", "supervisor", "同意"))
    clock.advance(hours=1)
    lead = notices.lead_time_of(db, clerk, nid)
    assert not lead.short and lead.required == 48 and lead.hours == 117
    assert get(db, clerk, nid).number == "NG20260610-0001"     # approved is not yet published
    through(db, actor, nid, ("publish", "clerk"))
    assert get(db, clerk, nid).number == "TZ2026-00001"
    assert get(db, clerk, nid).official == "测试小区物业[2026]第001号"
    post(db, clerk, nid, "3号楼大堂公告栏", "2026-06-10 11:02")
    post(db, clerk, nid, "小区正门告示牌", clock.now)
    detail = get(db, steward, nid)
    assert detail.status == "published" and detail.publisher == "clerk员工"
    assert detail.approver == "王主管" and detail.approval_note == "同意"
    assert [p.location for p in detail.postings] == ["小区正门告示牌", "3号楼大堂公告栏"]   # by time
    assert [a.name for a in detail.actions] == ["post", "remove"]   # the steward's buttons: 管理员 post
    assert not detail.expired
    clock.now = datetime(2026, 6, 15, 18, 30)                        # past valid_until: expired, derived
    detail = get(db, steward, nid)
    assert detail.expired and detail.flags[0].startswith("expired on 2026-06-15 18:00: take it down")
    assert detail.status == "published"                       # never stored
    through(db, actor, nid, ("remove", "steward", "已撤下并销毁"))
    assert not get(db, steward, nid).expired
    through(db, actor, nid, ("archive", "clerk"))
    detail = get(db, boss, nid)
    assert detail.status == "archived" and detail.actions == []
    assert [e.action for e in detail.events] == ["Created", "Submit for approval", "Approve", "Publish",
                                                 "Record a posting", "Record a posting", "Record removal",
                                                 "Archive"]   # postings are in the history too
    with db.read() as s:
        audited = s.scalars(select(AuditLog.entity).where(AuditLog.entity.like("notice%"))).all()
    assert audited.count("notice_posting") == 2 and "notice_scope" in audited


def test_a_steward_records_a_posting_a_receptionist_cannot(db, actor, published, clock):
    """§4.4 steps 4–5: 管理员 post the notices on the boards (and check and take them down)."""
    steward = actor("steward")
    assert "notice.post" in steward.permissions and "notice.publish" not in steward.permissions
    post(db, steward, published, "5号楼大堂公告栏", clock.now)
    detail = get(db, steward, published)
    assert [(p.location, p.by) for p in detail.postings] == [("5号楼大堂公告栏", "steward员工")]
    assert "post" not in [a.name for a in get(db, actor("receptionist"), published).actions]
    with pytest.raises(PermissionDenied):
        post(db, actor("receptionist"), published, "3号楼大堂公告栏", clock.now)


def test_returned_notice_is_edited_and_resubmitted(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("receptionist"), notice_input())
    through(db, actor, nid, ("submit", "receptionist"), ("reject", "supervisor", "写明停水时间段"))
    detail = get(db, actor("receptionist"), nid)
    assert detail.status == "returned" and detail.editable
    assert detail.approval_note == "写明停水时间段"
    notices.update_notice(db, actor("receptionist"), nid, notice_input(body="6月15日08:00至18:00停水。"),
                          version=version(db, nid))
    through(db, actor, nid, ("submit", "receptionist"), ("approve", "supervisor"))
    assert status(db, nid) == "approved"


def test_recall_returns_a_pending_notice_to_draft(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("clerk"), notice_input())
    through(db, actor, nid, ("submit", "clerk"), ("recall", "clerk"))
    assert status(db, nid) == "draft"


def test_numbers_run_through_the_year(db, actor, estate, clock):
    later = dict(effective_from="2026-07-20 08:00", valid_until="2026-07-25")
    first = notices.create_notice(db, actor("clerk"), notice_input(**later))
    clock.advance(days=30)
    second = notices.create_notice(db, actor("clerk"), notice_input(**later))
    with db.read() as s:
        assert [s.get(Notice, i).number for i in (first, second)] == ["NG20260610-0001", "NG20260710-0001"]
    through(db, actor, second, ("submit", "clerk"), ("approve", "supervisor"), ("publish", "clerk"))
    clock.advance(days=1)
    through(db, actor, first, ("submit", "clerk"), ("approve", "supervisor"))
    with db.read() as s:
        assert [s.get(Notice, i).number for i in (first, second)] == ["NG20260610-0001", "TZ2026-00001"]


def test_number_prefix_parameter(db, actor, admin, estate, clock):
    params.set_value(db, admin, "notice.number_prefix", "星河物业")
    nid = notices.create_notice(db, actor("clerk"), notice_input())
    through(db, actor, nid, ("submit", "clerk"), ("approve", "supervisor"), ("publish", "clerk"))
    assert get(db, admin, nid).official == "星河物业[2026]第001号"


# ---------------------------------------------------------------------------------------------- refusals

REFUSALS = [
    # (steps to reach the state, action, role, error, message part)
    ((), "approve", "supervisor", ConflictError, "cannot be done while the record is Draft"),
    ((), "publish", "supervisor", ConflictError, "“Publish” cannot be done while the record is Draft"),
    ((), "remove", "supervisor", ConflictError, "Draft"),
    ((), "archive", "supervisor", ConflictError, "Draft"),
    ((), "recall", "steward", ConflictError, "Draft"),
    ((), "submit", "it", PermissionDenied, "Submit for approval"),
    ((("submit", "steward"),), "approve", "clerk", PermissionDenied, "Approve"),
    ((("submit", "steward"),), "reject", "supervisor", ValidationError, "Opinion"),
    ((("submit", "steward"),), "publish", "clerk", ConflictError, "Pending approval"),
    ((("submit", "steward"),), "submit", "steward", ConflictError, "Pending approval"),
    ((("submit", "steward"), ("approve", "supervisor")), "publish", "steward", PermissionDenied, "Publish"),
    ((("submit", "steward"), ("approve", "supervisor")), "publish", "receptionist", PermissionDenied, ""),
    ((("submit", "steward"), ("approve", "supervisor")), "recall", "steward", ConflictError, "Approved"),
    ((("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk")), "remove", "receptionist",
     PermissionDenied, "Record removal"),
    ((("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk")), "archive", "clerk",
     ConflictError, "removal from the boards"),
    ((("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk")), "void", "clerk",
     PermissionDenied, "Void"),
    ((("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk")), "void", "supervisor",
     ValidationError, "Reason"),
    ((("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk")), "publish", "clerk",
     ConflictError, "Published"),
    ((("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"), ("remove", "steward")),
     "remove", "steward", ConflictError, "Removed"),
    ((("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"), ("remove", "steward"),
      ("archive", "clerk")), "void", "supervisor", ConflictError, "can no longer be changed"),
    ((("void", "supervisor", "重复"),), "submit", "steward", ConflictError, "can no longer be changed"),
]


@pytest.mark.parametrize(("steps", "action", "role", "error", "message"), REFUSALS)
def test_every_refused_transition(db, actor, estate, clock, steps, action, role, error, message):
    nid = notices.create_notice(db, actor("steward"), notice_input())
    through(db, actor, nid, *steps)
    before = status(db, nid)
    with db.read() as s:
        events_before = len(wf.events(s, rules.NOTICE, nid))
    with pytest.raises(error) as err:
        records.act(db, actor(role), notices.KIND, nid, action, version=version(db, nid))
    assert message in str(err.value)
    assert status(db, nid) == before
    with db.read() as s:
        assert len(wf.events(s, rules.NOTICE, nid)) == events_before   # nothing written


def test_submit_needs_a_scope(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("steward"), notice_input(scope=""))
    with pytest.raises(ValidationError, match="Fill in Scope or recipients"):
        records.act(db, actor("steward"), notices.KIND, nid, "submit")
    individual = notices.create_notice(db, actor("steward"), notice_input(individual=True, kind="rectification"))
    with pytest.raises(ValidationError, match="Scope or recipients"):
        records.act(db, actor("steward"), notices.KIND, individual, "submit")


def test_an_ended_notice_cannot_be_submitted_approved_or_published(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("steward"), notice_input())
    through(db, actor, nid, ("submit", "steward"), ("approve", "supervisor"))
    clock.now = datetime(2026, 6, 16, 9, 0)
    with pytest.raises(ConflictError, match="valid until 2026-06-15 18:00"):
        records.act(db, actor("clerk"), notices.KIND, nid, "publish")
    assert "publish" not in [a.name for a in get(db, actor("clerk"), nid).actions]
    other = notices.create_notice(db, actor("steward"), notice_input(effective_from="2026-06-01 08:00",
                                                                     valid_until="2026-06-02"))
    with pytest.raises(ConflictError, match="change its dates"):
        records.act(db, actor("steward"), notices.KIND, other, "submit")


def test_void_keeps_the_number_and_reason(db, actor, estate, clock, published):
    through(db, actor, published, ("void", "supervisor", "停水时间有误"))
    detail = get(db, actor("supervisor"), published)
    assert (detail.status, detail.number, detail.void_reason) == (
        "void", "TZ2026-00001", "停水时间有误")
    assert detail.events[-1].details == "Reason: 停水时间有误"
    nid = notices.create_notice(db, actor("steward"), notice_input())
    through(db, actor, nid, ("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"))
    assert notices.list_notices(db, actor("clerk"), status="all")[0].number == "TZ2026-00002"   # never reused


def test_a_voided_draft_uses_no_number_and_published_numbers_stay_contiguous(db, actor, estate, clock):
    """§4.4 Validation (number unique per year) and issue 10: the number is taken at publication, so a draft
    voided (or deleted) before it leaves no gap in the 通告发布目录."""
    draft = notices.create_notice(db, actor("steward"), notice_input())
    through(db, actor, draft, ("void", "supervisor", "重复起草"))
    assert get(db, actor("supervisor"), draft).official == "Draft"
    second = notices.create_notice(db, actor("steward"), notice_input())
    assert [r.official for r in notices.list_notices(db, actor("clerk"), status="all")] == ["Draft", "Draft"]
    through(db, actor, second, ("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"))
    third = notices.create_notice(db, actor("steward"), notice_input())
    through(db, actor, third, ("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"))
    with db.read() as s:
        assert [s.get(Notice, i).number for i in (draft, second, third)] == [
            "NG20260610-0001", "TZ2026-00001", "TZ2026-00002"]
    assert get(db, actor("clerk"), second).official == "测试小区物业[2026]第001号"
    # a draft is found by its provisional number, a published notice by either of its numbers
    assert records.by_number(db, actor("clerk"), "NG20260610-0001") == (notices.KIND, draft)
    assert records.by_number(db, actor("clerk"), "TZ2026-00002") == (notices.KIND, third)


# ---------------------------------------------------------------------------------------------- bad input

@pytest.mark.parametrize(("changes", "field", "message"), [
    (dict(title=""), "title", "Title is required"),
    (dict(title="   "), "title", "Title is required"),
    (dict(title="通" * 61), "title", "at most 60"),
    (dict(body=""), "body", "Text is required"),
    (dict(body="字" * 4001), "body", "at most 4000"),
    (dict(kind="poster"), "kind", "Choose Kind"),
    (dict(effective_from=""), "effective_from", "Applies from is required"),
    (dict(effective_from="15/06/2026"), "effective_from", "such as 2026-06-12 08:00"),
    (dict(effective_from="2026-02-30 08:00"), "effective_from", "no such date"),
    (dict(effective_from="2026-06-15 25:00"), "effective_from", "no such date"),
    (dict(valid_until="2026-06-14 23:00"), "valid_until", "cannot be before"),
    (dict(scope="9栋"), "scope", "There is no building 9"),
    (dict(scope="3栋7单元"), "scope", "no unit 7 in building 3"),
    (dict(scope="3-2-9999"), "scope", "There is no room 3-2-9999"),
    (dict(scope="全小区, 3栋"), "scope", "whole estate already includes"),
    (dict(scope="3栋/2"), "scope", "is not a building"),
    (dict(contact_phone="call me"), "contact_phone", "digits"),
    (dict(issuing_dept=""), "issuing_dept", "Issuing department is required"),
    (dict(channels=("fax",)), "channels", "Unknown channel"),
])
def test_bad_input_is_refused_beside_its_field(db, actor, estate, clock, changes, field, message):
    with pytest.raises(ValidationError) as err:
        notices.create_notice(db, actor("clerk"), notice_input(**changes))
    assert err.value.field == field and message in str(err.value)
    with db.read() as s:
        assert s.scalar(select(Notice.id)) is None


def test_scope_forms_are_read_and_shown_alike(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("clerk"), notice_input(
        scope="3号楼；3栋2单元 3-2-1502、3栋2单元"))
    assert get(db, actor("clerk"), nid).scope_text == "3栋, 3栋2单元, 3-2-1502"
    whole = notices.create_notice(db, actor("clerk"), notice_input(scope="全体"))
    assert get(db, actor("clerk"), whole).scope_text == "全小区"


def test_dates_typed_as_a_day_cover_the_day(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("clerk"), notice_input(effective_from="2026年6月15日",
                                                                 valid_until="2026/6/16"))
    with db.read() as s:
        n = s.get(Notice, nid)
        assert (n.effective_from, n.valid_until) == (datetime(2026, 6, 15), datetime(2026, 6, 16, 23, 59))


# ---------------------------------------------------------------------------------------------- conflicts

def test_a_submitted_notice_can_no_longer_be_edited(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("steward"), notice_input())
    through(db, actor, nid, ("submit", "steward"))
    with pytest.raises(ConflictError, match="Pending approval"):
        notices.update_notice(db, actor("steward"), nid, notice_input(title="改"), version=version(db, nid))


def test_two_desks_editing_the_same_notice(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("steward"), notice_input())
    seen = version(db, nid)
    notices.update_notice(db, actor("clerk"), nid, notice_input(scope="3栋2单元"), version=seen)
    with pytest.raises(ConflictError, match="Someone else changed this record"):
        notices.update_notice(db, actor("steward"), nid, notice_input(title="另一个标题"), version=seen)
    with pytest.raises(ConflictError, match="Someone else changed this record"):
        records.act(db, actor("steward"), notices.KIND, nid, "submit", version=seen)
    detail = get(db, actor("clerk"), nid)
    assert detail.title == "关于3号楼停水的通知" and detail.scope_text == "3栋2单元"


def test_a_scope_only_change_still_bumps_the_version(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("steward"), notice_input())
    seen = version(db, nid)
    notices.update_notice(db, actor("steward"), nid, notice_input(scope="5栋"), version=seen)
    assert version(db, nid) == seen + 1


def test_unknown_notice(db, actor, estate, clock):
    with pytest.raises(NotFound):
        get(db, actor("clerk"), 999)
    with pytest.raises(NotFound):
        records.act(db, actor("clerk"), notices.KIND, 999, "submit")


# ---------------------------------------------------------------------------------------------- permissions

@pytest.mark.parametrize(("role", "call"), [
    ("it", lambda db, a, nid: notices.create_notice(db, a, notice_input())),
    ("it", lambda db, a, nid: notices.update_notice(db, a, nid, notice_input())),
    # a 管理员 posts (test_a_steward_records_a_posting_a_receptionist_cannot) but does not archive
    ("steward", lambda db, a, nid: records.act(db, a, notices.KIND, nid, "archive")),
    ("receptionist", lambda db, a, nid: post(db, a, nid, "大堂", "2026-06-10 09:00")),
])
def test_permissions_are_refused_in_the_service(db, actor, estate, clock, published, role, call):
    with pytest.raises(PermissionDenied):
        call(db, actor(role), published)


def test_everyone_may_read_notices(db, actor, published):
    for role in ("supervisor", "steward", "receptionist", "clerk", "it"):
        assert get(db, actor(role), published).id == published
        assert notices.count_notices(db, actor(role), status="all") == 1


# ---------------------------------------------------------------------------------------------- lead time

def test_short_lead_time_warns_and_is_recorded_but_not_refused(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("clerk"), notice_input(effective_from="2026-06-11 08:00",
                                                                 valid_until="2026-06-11 18:00"))
    through(db, actor, nid, ("submit", "clerk"), ("approve", "supervisor"))
    lead = notices.lead_time_of(db, actor("clerk"), nid)
    assert lead.short and lead.hours == 23 and "Only 23 h" in str(lead.warning)
    through(db, actor, nid, ("publish", "clerk"))
    with db.read() as s:
        event = wf.events(s, rules.NOTICE, nid)[-1]
    assert event.data == {"lead_hours": 23.0, "short_lead": True}
    assert get(db, actor("clerk"), nid).events[-1].details == "Lead time (h): 23.0; Lead time too short: yes"
    kpi = notices.kpis(db, actor("supervisor"), date(2026, 6, 1), date(2026, 6, 30))
    assert (kpi.issued, kpi.on_time) == (1, 0)


def test_preparation_needs_the_longer_lead_time(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("clerk"), notice_input(effective_from="2026-06-12 18:00",
                                                                 needs_preparation=True))
    lead = notices.lead_time_of(db, actor("clerk"), nid)
    assert (lead.required, lead.hours, lead.short) == (72, 57, True)
    assert not notices.lead_time_preview(db, datetime(2026, 6, 12, 18), False).short
    params.set_value(db, actor("supervisor"), "notice.prepare_lead_hours", "48")
    assert not notices.lead_time_of(db, actor("clerk"), nid).short


def test_an_emergency_published_at_once_is_flagged(db, actor, estate, clock):
    lead = rules.lead_time(T0, T0 + timedelta(hours=1), False, {})
    assert lead.short and "applies immediately" in str(lead.warning)


# ---------------------------------------------------------------------------------------------- postings

def test_posting_rules(db, actor, estate, clock, published):
    clerk = actor("clerk")
    post(db, clerk, published, "3号楼大堂", "2026-06-10 09:05")
    with pytest.raises(ValidationError, match="already recorded as posted at 3号楼大堂") as err:
        post(db, clerk, published, " 3号楼 大堂 ", "2026-06-10 09:01")
    assert err.value.field == "location"
    with pytest.raises(ValidationError, match="cannot be in the future"):
        post(db, clerk, published, "正门", "2026-06-10 12:00")
    with pytest.raises(ValidationError, match="before the notice was approved"):
        post(db, clerk, published, "正门", "2026-06-09 12:00")
    with pytest.raises(ValidationError, match="Fill in Location"):
        post(db, clerk, published, "", "2026-06-10 09:05")
    with pytest.raises(ValidationError, match="must be a picture"):
        post(db, clerk, published, "正门", "2026-06-10 09:05", photo="/tmp/x.txt")
    with pytest.raises(ValidationError, match="x.jpg cannot be read"):
        post(db, clerk, published, "正门", "2026-06-10 09:05", photo="/nope/x.jpg")


def test_posting_with_a_photo(db, actor, published, tmp_path):
    photo = tmp_path / "board.jpg"
    photo.write_bytes(b"\xff\xd8\xff")
    post(db, actor("clerk"), published, "正门告示牌", "2026-06-10 09:05", photo=str(photo),
                        note="已拍照")
    view = get(db, actor("steward"), published)
    posting = view.postings[0]
    assert (posting.photo, posting.note, posting.by) == ("board.jpg", "已拍照", "clerk员工")
    assert [(a.id, a.name, a.role) for a in view.attachments] == [(posting.photo_id, "board.jpg", "photo")]


def test_postings_only_on_published_public_notices(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("clerk"), notice_input())
    with pytest.raises(ConflictError, match="“Record a posting” cannot be done while the record is Draft"):
        post(db, actor("clerk"), nid, "大堂", "2026-06-10 09:00")


def test_an_expired_notice_is_taken_down_not_posted(db, actor, clock, published):
    assert "post" in get(db, actor("clerk"), published).can
    clock.now = datetime(2026, 6, 15, 19, 0)
    assert "post" not in get(db, actor("clerk"), published).can
    with pytest.raises(ConflictError, match="take it down instead"):
        post(db, actor("clerk"), published, "大堂", "2026-06-15 18:59")


# ---------------------------------------------------------------------------------------------- individual notices

@pytest.fixture
def individual(db, actor, estate, clock):
    nid = notices.create_notice(db, actor("steward"), notice_input(
        title="关于限期整改违规搭建的通知", kind="rectification", individual=True, scope="3栋",
        effective_from="2026-06-13 09:00", valid_until="2026-06-30"))
    return nid


def test_individual_notice_delivered_signed_refused_and_archived(db, actor, estate, clock, individual):
    steward, clerk = actor("steward"), actor("clerk")
    ids = notices.add_recipients(db, steward, individual, "3-2-1502 3-2-1503")
    detail = get(db, steward, individual)
    assert [(r.room, r.name, r.status) for r in detail.recipients] == [
        ("3-2-1502", "王建国", "pending"), ("3-2-1503", "李秀英", "pending")]   # the owner, not the family
    assert detail.scope_text == ""
    with db.read() as s:
        assert s.scalar(select(NoticeScope.level).where(NoticeScope.notice_id == individual)) == "room"
    with pytest.raises(ConflictError, match="Publish the notice before"):
        deliver(db, clerk, ids[0], "sign", delivered_at="2026-06-10 09:00", signed_by="王建国")
    through(db, actor, individual, ("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"))
    assert [r.actions for r in get(db, clerk, individual).recipients] == [("sign", "refuse")] * 2
    assert [a.name for a in get(db, clerk, individual).actions] == []   # not archivable yet
    with pytest.raises(ConflictError, match="delivered, not posted"):
        records.act(db, actor("steward"), notices.KIND, individual, "remove")
    with pytest.raises(ConflictError, match="2 recipient"):
        records.act(db, clerk, notices.KIND, individual, "archive")
    clock.advance(hours=2)
    rec = get(db, clerk, individual).recipients
    deliver(db, clerk, rec[0].id, "sign", version=rec[0].version,
                            delivered_at="2026-06-10 10:30", signed_by="王小明", note="家属代签")
    with pytest.raises(ValidationError, match="Witness"):
        deliver(db, clerk, rec[1].id, "refuse", delivered_at="2026-06-10 10:40")
    deliver(db, clerk, rec[1].id, "refuse", version=rec[1].version,
                            delivered_at="2026-06-10 10:40", witness="刘洋", method="left")
    with pytest.raises(ConflictError, match="Signed and can no longer be changed"):
        deliver(db, clerk, rec[0].id, "refuse", delivered_at="2026-06-10 10:50", witness="x")
    detail = get(db, clerk, individual)
    assert [(r.status, r.signed_by, r.witness, r.method) for r in detail.recipients] == [
        ("signed", "王小明", "", "hand"), ("refused", "", "刘洋", "left")]
    assert [a.name for a in detail.actions] == ["archive"]
    with db.read() as s:
        assert [e.action for e in wf.events(s, rules.DELIVERY, rec[0].id)] == ["sign"]
    through(db, actor, individual, ("archive", "clerk"))
    kpi = notices.kpis(db, actor("supervisor"), date(2026, 6, 1), date(2026, 6, 30))
    assert (kpi.recipients, kpi.signed, kpi.refused, kpi.sign_rate) == (2, 1, 1, 0.5)


def test_recipient_rules(db, actor, estate, clock, individual, published):
    steward = actor("steward")
    with pytest.raises(ValidationError, match="There is no room 3-2-9999"):
        notices.add_recipients(db, steward, individual, "3-2-1502, 3-2-9999")
    with pytest.raises(ValidationError, match="is not a room"):
        notices.add_recipients(db, steward, individual, "3栋")
    with pytest.raises(ValidationError, match="at least one room"):
        notices.add_recipients(db, steward, individual, "  ")
    with pytest.raises(ValidationError, match="Nobody is registered in 5-1-0101"):
        notices.add_recipients(db, steward, individual, "5-1-0101")
    with pytest.raises(ValidationError, match="goes with one room"):
        notices.add_recipients(db, steward, individual, "3-2-1502 3-2-1503", name="张三")
    notices.add_recipients(db, steward, individual, "5-1-0101", name="张三")
    notices.add_recipients(db, steward, individual, "3-2-1502")
    with pytest.raises(ValidationError, match="3-2-1502 王建国 is already a recipient"):
        notices.add_recipients(db, steward, individual, "3-2-1502")
    notices.add_recipients(db, steward, individual, "3-2-1502", name="王小明")   # another person, same room
    with pytest.raises(ConflictError, match="public notice has a scope"):
        notices.add_recipients(db, actor("clerk"), published, "3-2-1502")
    with pytest.raises(PermissionDenied):
        notices.add_recipients(db, actor("it"), individual, "3-2-1503")
    first = get(db, steward, individual).recipients[0]
    notices.remove_recipient(db, steward, first.id, version=first.version)
    assert len(get(db, steward, individual).recipients) == 2
    with pytest.raises(ValidationError, match="has recipients"):
        notices.update_notice(db, steward, individual, notice_input(individual=False),
                              version=version(db, individual))


def test_a_delivered_recipient_stays_on_the_list(db, actor, estate, clock, individual):
    notices.add_recipients(db, actor("steward"), individual, "3-2-1502")
    through(db, actor, individual, ("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"))
    rec = get(db, actor("clerk"), individual).recipients[0]
    deliver(db, actor("clerk"), rec.id, "sign", delivered_at=T0, signed_by="王建国")
    with pytest.raises(ConflictError, match="stays on the list"):
        notices.remove_recipient(db, actor("clerk"), rec.id)
    with pytest.raises(ConflictError, match="changed"):   # a second desk
        deliver(db, actor("supervisor"), rec.id, "sign", version=rec.version,
                                delivered_at=T0, signed_by="王建国")


def test_delivery_permissions_and_bad_input(db, actor, estate, clock, individual):
    notices.add_recipients(db, actor("steward"), individual, "3-2-1502")
    through(db, actor, individual, ("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"))
    rec = get(db, actor("clerk"), individual).recipients[0]
    with pytest.raises(PermissionDenied, match="Signed for"):
        deliver(db, actor("steward"), rec.id, "sign", delivered_at=T0, signed_by="王建国")
    with pytest.raises(ValidationError, match="Signed by"):
        deliver(db, actor("clerk"), rec.id, "sign", delivered_at=T0)
    with pytest.raises(ValidationError, match="such as 2026-06-12 08:00"):
        deliver(db, actor("clerk"), rec.id, "sign", delivered_at="yesterday", signed_by="王")
    with pytest.raises(ValidationError, match="Choose How it was delivered"):
        deliver(db, actor("clerk"), rec.id, "sign", delivered_at=T0, signed_by="王",
                                method="pigeon")
    assert get(db, actor("steward"), individual).recipients[0].actions == ()


# ---------------------------------------------------------------------------------------------- correction

def test_revoking_a_published_notice_with_a_correction(db, actor, estate, clock, published):
    boss = actor("supervisor")
    through(db, actor, published, ("void", "supervisor", "停水时间有误"))
    values = notices.correction_values(db, boss, published)
    assert values["corrects_id"] == published and "更正" in values["title"]
    assert "测试小区物业[2026]第001号" in values["body"]
    new = notices.create_notice(db, boss, notice_input(title=values["title"], body=values["body"],
                                                       corrects_id=values["corrects_id"]))
    assert get(db, boss, new).corrects == (published, "TZ2026-00001")
    assert get(db, boss, published).corrected_by == [(new, "NG20260610-0002")]   # the correction's draft
    draft = notices.create_notice(db, boss, notice_input())
    with pytest.raises(ValidationError, match="Only an issued notice"):
        notices.create_notice(db, boss, notice_input(corrects_id=draft))


# ---------------------------------------------------------------------------------------------- lists

def test_list_views_and_keyset_paging(db, actor, estate, clock, published):
    clerk = actor("clerk")
    ids = [notices.create_notice(db, clerk, notice_input(title=f"温馨提示{k}", kind="reminder"))
           for k in range(5)]
    through(db, actor, ids[0], ("submit", "clerk"))
    page1 = notices.list_notices(db, clerk, status="all", limit=4)
    page2 = notices.list_notices(db, clerk, status="all", after=page1[-1].sort_key, limit=4)
    assert [r.id for r in page1 + page2] == sorted(ids + [published], reverse=True)
    assert [r.id for r in notices.list_notices(db, clerk, status="pending")] == [ids[0]]
    assert [r.id for r in notices.list_notices(db, clerk, status="published")] == [published]
    assert notices.count_notices(db, clerk, status="open") == 6
    assert notices.count_notices(db, clerk, kind="reminder", status="all") == 5
    assert [r.title for r in notices.list_notices(db, clerk, status="all", text="提示3")] == ["温馨提示3"]
    assert [r.id for r in notices.list_notices(db, clerk, status="all", text="tz2026-00001")] == [published]
    assert [r.id for r in notices.list_notices(db, clerk, status="all", text="测试小区物业[2026]第001号")] == [
        published]
    assert notices.list_notices(db, clerk, status="all", text="100%_")  == []
    row = notices.list_notices(db, clerk, status="published")[0]
    assert (row.scope, row.official, row.status_label) == ("3栋", "测试小区物业[2026]第001号", "Published")
    assert notices.list_notices(db, clerk, status="expired") == []
    clock.now = datetime(2026, 6, 15, 12, 0)
    assert notices.list_notices(db, clerk, status="published")[0].expiring
    clock.now = datetime(2026, 6, 16, 8, 0)
    expired = notices.list_notices(db, clerk, status="expired")
    assert [r.id for r in expired] == [published] and expired[0].status_label == "Expired, still posted"


def test_list_of_individual_notices_counts_deliveries(db, actor, estate, clock, individual):
    notices.add_recipients(db, actor("steward"), individual, "3-2-1502 3-2-1503")
    row = notices.list_notices(db, actor("clerk"), status="all")[0]
    assert (row.scope, row.recipients) == ("2 recipient(s)", "0 signed, 0 refused, 2 to deliver")


# ---------------------------------------------------------------------------------------------- the desk's day

def test_tile_and_open_items(db, actor, estate, clock, published):
    steward, boss, reception = actor("steward"), actor("supervisor"), actor("receptionist")
    pending = notices.create_notice(db, steward, notice_input(title="消防演练通知"))
    through(db, actor, pending, ("submit", "steward"))
    tile = [t for t in dashboard.tiles(db, boss) if t.page == "notices"][0]
    assert (tile.value, tile.level) == ("0", "attention") and "1 pending approval" in tile.detail
    clock.now = datetime(2026, 6, 15, 9, 0)
    tile = [t for t in dashboard.tiles(db, boss) if t.page == "notices"][0]
    assert "1 expiring soon" in tile.detail
    clock.now = datetime(2026, 6, 16, 9, 0)
    tile = [t for t in dashboard.tiles(db, boss) if t.page == "notices"][0]
    assert (tile.value, tile.level) == ("1", "alert") and tile.items[0].startswith("关于3号楼停水的通知")
    items = [i for i in open_items.collect(db, steward, clock.now) if i.page == "notices"]
    assert [(str(i.group), i.number, i.level) for i in items] == [
        ("Notices to take down", "TZ2026-00001", "alert")]
    items = [i for i in open_items.collect(db, boss, clock.now) if i.page == "notices"]
    assert [str(i.group) for i in items] == ["Notices to take down", "Notices pending approval"]
    assert [i for i in open_items.collect(db, reception, clock.now) if i.page == "notices"] == []
    through(db, actor, published, ("remove", "steward"))
    assert [i for i in open_items.collect(db, steward, clock.now) if i.page == "notices"] == []


def test_household_card_shows_notices_that_reached_the_room(db, actor, estate, clock, published, individual):
    boss = actor("supervisor")
    notices.add_recipients(db, actor("steward"), individual, "3-2-1502")
    through(db, actor, individual, ("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"))
    rec = get(db, boss, individual).recipients[0]
    deliver(db, boss, rec.id, "sign", delivered_at=T0, signed_by="王建国")
    whole = notices.create_notice(db, boss, notice_input(title="全小区消防演练", scope="全小区"))
    through(db, actor, whole, ("submit", "supervisor"), ("approve", "supervisor"), ("publish", "clerk"))
    elsewhere = notices.create_notice(db, boss, notice_input(title="5栋电梯维保", scope="5栋"))
    through(db, actor, elsewhere, ("submit", "supervisor"), ("approve", "supervisor"), ("publish", "clerk"))
    unpublished = notices.create_notice(db, boss, notice_input(title="未发布", scope="3-2-1502"))
    card = registry.household_card(db, boss, estate["3-2-1502"])
    section = card.sections["notices"]
    titles = [r[1] for r in section.rows]
    assert set(titles) == {"关于3号楼停水的通知", "关于限期整改违规搭建的通知", "全小区消防演练"}
    row = next(r for r in section.rows if r[1] == "关于限期整改违规搭建的通知")
    assert row[-1] == "王建国 Signed 06-10"
    other = registry.household_card(db, boss, estate["5-1-0101"]).sections["notices"]
    assert {r[1] for r in other.rows} == {"全小区消防演练", "5栋电梯维保"}
    assert unpublished
    clock.advance(days=31)
    assert "notices" not in registry.household_card(db, boss, estate["3-2-1502"]).sections


def test_card_section_needs_the_view_permission(db, actor, estate, published, monkeypatch):
    from dataclasses import replace
    boss = actor("supervisor")
    blind = replace(boss, permissions=boss.permissions - {"notice.view"})
    assert "notices" not in registry.household_card(db, blind, estate["3-2-1502"]).sections


def test_events_are_attributed(db, actor, published):
    with db.read() as s:
        rows = s.execute(select(WorkflowEvent.action, WorkflowEvent.staff_id)
                         .where(WorkflowEvent.kind == "notice").order_by(WorkflowEvent.id)).all()
    ids = {role: actor(role).staff_id for role in ("steward", "supervisor", "clerk")}
    assert rows == [("create", ids["steward"]), ("submit", ids["steward"]), ("approve", ids["supervisor"]),
                    ("publish", ids["clerk"])]


def test_two_desks_publishing_at_once_take_distinct_contiguous_numbers(db, actor, estate, clock):
    """Two clerks at two desks (two connections to one store) press 发布 at the same moment: each notice takes
    its own number, one after the other, none skipped."""
    import threading

    from db.engine import Database
    ids = []
    for _ in range(2):
        nid = notices.create_notice(db, actor("steward"), notice_input())
        through(db, actor, nid, ("submit", "steward"), ("approve", "supervisor"))
        ids.append(nid)
    clerk = actor("clerk")
    desks = [db, Database(db.url)]
    start, errors = threading.Barrier(2), []

    def publish(desk, nid):
        try:
            start.wait()
            records.act(desk, clerk, notices.KIND, nid, "publish")
        except Exception as exc:   # reported below with the numbers
            errors.append(exc)

    threads = [threading.Thread(target=publish, args=(desk, nid)) for desk, nid in zip(desks, ids, strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    desks[1].dispose()
    assert errors == []
    with db.read() as s:
        assert sorted(s.get(Notice, i).number for i in ids) == ["TZ2026-00001", "TZ2026-00002"]
