"""投诉处理 and 客户回访 on a real database: registering (the apology first), every transition and refusal,
the three clocks across a weekend, a 调休 Saturday and a public holiday, pausing while waiting, escalation at
1× and 2×, the follow-up that closes or reopens its complaint in one transaction, sampling of repairs, the
bulk plan of routine visits, two desks, and the KPIs counted by hand."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.domain import complaints as C
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.services import clocks, complaints, followups, records, relay
from db.models import RecordClock, WorkflowEvent
from db.models.complaint import Complaint, FollowUp
from tests.helpers import clock, estate  # noqa: F401

BASE = {"channel": "phone", "complainant": "王建国", "phone": "13805716688", "room": "3-2-1502",
        "role": "owner", "ctype": "complaint", "category": "facilities", "urgency": "general",
        "content": "楼上装修漏水，渗到我家顶棚", "apologised": True}
CK = C.COMPLAINT_KIND
FK = C.FOLLOWUP_KIND


def new(db, actor, **changes) -> int:
    return complaints.register_complaint(db, actor, {**BASE, **changes})


def act(db, actor, cid, action, values=None, kind=CK):
    return records.act(db, actor, kind, cid, action, values or {})


def state(db, cid, model=Complaint) -> str:
    with db.read() as s:
        return s.get(model, cid).status


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def to_dispatched(db, actor, **changes) -> int:
    cid = new(db, actor, initial_reply="今日安排工程部上门", reply_by="刘建平", **changes)
    act(db, actor, cid, "classify", {"validity": "valid", "category": "facilities"})
    act(db, actor, cid, "dispatch", {"dept": "engineering", "assignee": "刘建平"})
    return cid


def the_followup(db, cid) -> FollowUp:
    with db.read() as s:
        return s.scalar(select(FollowUp).where(FollowUp.source_kind == CK, FollowUp.source_id == cid)
                        .order_by(FollowUp.id.desc()))


# ------------------------------------------------------------------------------------------ registering

@pytest.mark.parametrize(("changes", "field", "text"), [
    ({"apologised": False}, "apologised", "Apologise"),
    ({"phone": ""}, "phone", "required"),
    ({"phone": "12345"}, "phone", "11 digits"),
    ({"complainant": ""}, "complainant", "required"),
    ({"content": " "}, "content", "required"),
    ({"category": "weather"}, "category", "Choose"),
    ({"room": "9-9-9999"}, "room", "9-9-9999"),
])
def test_a_complaint_is_refused_until_it_is_complete(db, admin, estate, clock, changes, field, text):
    with pytest.raises(ValidationError, match=text) as err:
        new(db, admin, **changes)
    assert err.value.field == field and count(db, Complaint) == 0


def test_registering_with_a_landline_and_the_initial_reply_at_once(db, actor, estate, clock):
    desk = actor("receptionist")
    cid = new(db, desk, phone="(0755)2888 1234", room="", role="visitor", initial_reply="明日上午派人查看",
              reply_by="刘建平", promised_at="2026-06-09 12:00")
    view = records.get(db, desk, CK, cid)
    assert view.status == "replied" and view.number.startswith("TS20260608-")
    assert view.phone == "0755-****1234" and view.initial_reply == "明日上午派人查看"   # masked for the desk
    with db.read() as s:
        assert s.get(Complaint, cid).phone == "075528881234"                           # stored as dialled
    assert [e.action for e in view.events] == ["Registered", "Initial reply"]
    assert [c.name for c in view.clocks] == ["reply", "resolve"] and view.clocks[0].state == "stopped"
    assert not view.clocks[0].late


# ------------------------------------------------------------------------------------------ the way through

def test_a_complaint_goes_from_registration_to_closing_through_its_follow_up(db, actor, admin, estate, clock):
    desk = actor("receptionist")
    cid = new(db, desk)
    assert [a.name for a in records.get(db, desk, CK, cid).actions] == [
        "reply", "classify", "explain", "withdraw"]
    act(db, desk, cid, "reply", {"initial_reply": "今日安排工程部上门查看", "reply_by": "刘建平"})
    with pytest.raises(ConflictError, match="valid before it is dispatched"):
        act(db, desk, cid, "dispatch", {"dept": "engineering"})
    act(db, desk, cid, "classify", {"validity": "valid", "category": "facilities"})
    with pytest.raises(ValidationError, match="Responsible department"):
        act(db, desk, cid, "dispatch", {})
    act(db, desk, cid, "dispatch", {"dept": "engineering", "assignee": "刘建平", "send_slip": True})
    view = records.get(db, desk, CK, cid)
    assert view.status == "dispatched" and view.slip_number.startswith("LX")
    slip = relay.slip_by_number(db, desk, view.slip_number)
    assert slip.source == view.number and slip.detail.kind == "dispatch" and slip.to_dept == "engineering"
    assert [link.relation for link in view.links] == ["slip"]
    clock.advance(hours=5)
    act(db, desk, cid, "report", {"note": "已告知业主：工程部已上门，需楼上配合"})
    with pytest.raises(ValidationError, match="Result"):
        act(db, desk, cid, "resolve", {})
    clock.advance(days=1)
    act(db, desk, cid, "resolve", {"result": "楼上卫生间防水层已重做，顶棚已修复"})
    view = records.get(db, desk, CK, cid)
    assert view.status == "resolved" and view.followup_state == "planned" and view.actions == []
    with pytest.raises(ConflictError):
        act(db, desk, cid, "close")                 # a resolved complaint is closed by its follow-up
    f = the_followup(db, cid)
    assert f.ftype == "complaint" and f.due_on == date(2026, 6, 12) and f.source_number == view.number
    clock.advance(days=1)
    act(db, desk, f.id, "record", {"method": "phone", "interviewee": "王建国", "feedback": "已修好，满意",
                                   "satisfaction": "satisfied"}, kind=FK)
    assert state(db, cid) == "visited" and state(db, f.id, FollowUp) == "done"
    act(db, desk, cid, "close")
    assert state(db, cid) == "closed"
    act(db, admin, f.id, "review", {"opinion": "处理及时"}, kind=FK)
    assert state(db, f.id, FollowUp) == "reviewed"


def test_an_unsatisfied_follow_up_reopens_the_complaint_and_the_second_time_it_is_a_repeat(db, actor, estate, clock):
    desk = actor("receptionist")
    cid = to_dispatched(db, desk)
    for round_ in (1, 2):
        act(db, desk, cid, "resolve", {"result": f"第{round_}次处理"})
        f = the_followup(db, cid)
        act(db, desk, f.id, "record", {"method": "phone", "interviewee": "王建国", "feedback": "还在漏",
                                       "satisfaction": "unsatisfied"}, kind=FK)
        view = records.get(db, desk, CK, cid)
        assert view.status == "dispatched" and view.reopens == round_
        assert view.repeat is (round_ == 2)
    assert "repeat complaint" in records.get(db, desk, CK, cid).flags


def test_the_follow_up_and_the_reopening_are_one_transaction(db, actor, estate, clock, monkeypatch):
    desk = actor("receptionist")
    cid = to_dispatched(db, desk)
    act(db, desk, cid, "resolve", {"result": "已处理"})
    f = the_followup(db, cid)
    events = count(db, WorkflowEvent)

    def fails(ctx):
        raise ValidationError(C.MSG_NOT_VALID, "note")
    monkeypatch.setitem(complaints.RECORDS.effects, "reopen", fails)
    with pytest.raises(ValidationError):
        act(db, desk, f.id, "record", {"method": "phone", "interviewee": "王建国", "feedback": "不满意",
                                       "satisfaction": "unsatisfied"}, kind=FK)
    assert state(db, f.id, FollowUp) == "planned" and state(db, cid) == "resolved"
    assert count(db, WorkflowEvent) == events


def test_an_on_site_follow_up_needs_a_signature_or_a_photo(db, actor, estate, clock):
    desk = actor("receptionist")
    cid = to_dispatched(db, desk)
    act(db, desk, cid, "resolve", {"result": "已处理"})
    f = the_followup(db, cid)
    visit = {"method": "visit", "interviewee": "王建国", "feedback": "满意", "satisfaction": "satisfied"}
    with pytest.raises(ValidationError, match="signature or a photo") as err:
        act(db, desk, f.id, "record", visit, kind=FK)
    assert err.value.field == "signed"
    with pytest.raises(ValidationError, match="before the complaint was resolved"):
        act(db, desk, f.id, "record", {**visit, "method": "phone", "effective_at": "2026-06-08 08:00"}, kind=FK)
    act(db, desk, f.id, "record", {**visit, "signed": [("签名.png", b"\x89PNG fake signature")]}, kind=FK)
    assert records.get(db, desk, FK, f.id).attachments[0].name == "签名.png"


def test_a_follow_up_given_up_after_the_attempts_closes_the_complaint(db, actor, admin, estate, clock):
    desk = actor("receptionist")
    cid = to_dispatched(db, desk)
    act(db, desk, cid, "resolve", {"result": "已处理"})
    f = the_followup(db, cid)
    assert "give_up" not in [a.name for a in records.get(db, desk, FK, f.id).actions]   # the supervisor's
    act(db, desk, f.id, "attempt", {"note": "无人接听"}, kind=FK)
    with pytest.raises(ConflictError, match="at least 3 times"):
        act(db, admin, f.id, "give_up", {"note": "多次联系不上"}, kind=FK)
    act(db, desk, f.id, "attempt", {}, kind=FK)
    act(db, desk, f.id, "attempt", {}, kind=FK)
    act(db, admin, f.id, "give_up", {"note": "三次联系不上"}, kind=FK)
    assert state(db, f.id, FollowUp) == "unreachable" and state(db, cid) == "closed"
    assert records.get(db, admin, CK, cid).followup_state == "unreachable"


def test_invalid_complaints_are_explained_and_any_open_one_can_be_withdrawn(db, actor, estate, clock):
    desk = actor("receptionist")
    cid = new(db, desk)
    act(db, desk, cid, "explain", {"result": "属市政管网问题，已告知业主致电12345"})
    view = records.get(db, desk, CK, cid)
    assert view.status == "explained" and view.validity == "invalid"
    act(db, desk, cid, "close")
    other = to_dispatched(db, desk)
    with pytest.raises(ValidationError, match="Note"):
        act(db, desk, other, "withdraw")
    act(db, desk, other, "withdraw", {"note": "业主自行解决"})
    assert state(db, other) == "withdrawn" and state(db, cid) == "closed"


def test_roles_unknown_actions_and_two_desks(db, actor, admin, estate, clock):
    desk, it = actor("receptionist"), actor("it")
    with pytest.raises(PermissionDenied):
        new(db, it)
    cid = new(db, desk)
    with pytest.raises(PermissionDenied):
        act(db, desk, cid, "void", {"reason": "重复"})
    with pytest.raises(NotFound):
        act(db, desk, cid, "launch")
    with pytest.raises(PermissionDenied):
        records.get(db, it, CK, cid)
    records.act(db, desk, CK, cid, "reply", {"initial_reply": "马上处理"}, version=1)
    with pytest.raises(ConflictError, match="Someone else"):
        records.act(db, admin, CK, cid, "explain", {"result": "x"}, version=1)
    act(db, admin, cid, "void", {"reason": "重复登记"})
    assert records.get(db, admin, CK, cid).void_reason == "重复登记"


# ------------------------------------------------------------------------------------------ clocks

def test_the_resolution_clock_runs_on_the_official_calendar_and_stands_still_while_waiting(db, actor, estate,
                                                                                            clock):
    desk = actor("receptionist")
    clock.at = datetime(2026, 9, 24, 10, 0)     # a Thursday before 中秋 (Fri 25 Sep) and 国庆 (1–7 Oct)
    cid = new(db, desk)
    view = records.get(db, desk, CK, cid)
    reply, resolve = view.clocks
    assert reply.deadline == datetime(2026, 9, 25, 10, 0)    # 24 calendar hours
    # 7 working days: Thu 14 h, Mon–Wed 28–30 Sep, Thu–Fri 8–9 Oct, the 调休 Saturday 10 Oct, Mon 12 Oct 10 h
    assert resolve.deadline == datetime(2026, 10, 12, 10, 0)
    act(db, desk, cid, "reply", {"initial_reply": "已安排"})
    act(db, desk, cid, "classify", {"validity": "valid", "category": "facilities"})
    act(db, desk, cid, "dispatch", {"dept": "engineering"})
    clock.at = datetime(2026, 9, 28, 10, 0)     # Monday: 14 h + 10 h of working days spent
    act(db, desk, cid, "wait", {"note": "等业主出差回来开门"})
    clock.at = datetime(2026, 10, 9, 10, 0)     # waiting over 国庆 and more: costs nothing
    view = records.get(db, desk, CK, cid)
    assert [c.state for c in view.clocks if c.name == "resolve"] == ["paused"]
    act(db, desk, cid, "resume")
    resolve = next(c for c in records.get(db, desk, CK, cid).clocks if c.name == "resolve")
    # 168 h − 24 h = 144 h left from Fri 9 Oct 10:00: Fri 14, Sat (调休) 24, Mon–Thu 96, Fri 16 Oct 10 h
    assert resolve.deadline == datetime(2026, 10, 16, 10, 0)


def test_urgent_complaints_escalate_to_the_supervisor_then_the_manager(db, actor, estate, clock):
    desk = actor("receptionist")
    cid = to_dispatched(db, desk, urgency="urgent", major=True)
    registered = clock.at

    def escalated(level, hours):
        with db.read() as s:
            return cid in set(s.scalars(clocks.escalated(CK, "resolve", registered + timedelta(hours=hours), level)))
    assert not escalated(1, 23) and escalated(1, 25) and not escalated(2, 47) and escalated(2, 49)
    clock.advance(hours=49)
    view = records.get(db, desk, CK, cid)
    resolve = next(c for c in view.clocks if c.name == "resolve")
    assert resolve.level == 2 and resolve.escalation == "Management office manager"
    assert [r.id for r in complaints.list_complaints(db, desk, status="escalated")] == [cid]
    assert {"major", "urgent"} <= set(view.flags)


def test_a_progress_report_restarts_the_report_clock(db, actor, estate, clock):
    desk = actor("receptionist")
    cid = to_dispatched(db, desk, urgency="urgent")
    first = next(c for c in records.get(db, desk, CK, cid).clocks if c.name == "report").deadline
    assert first == clock.at + timedelta(hours=24)
    clock.advance(hours=20)
    act(db, desk, cid, "report", {"note": "已电话告知进度"})
    again = next(c for c in records.get(db, desk, CK, cid).clocks if c.name == "report").deadline
    assert again == clock.at + timedelta(hours=24)


def test_overdue_lists_read_the_clock_index(db, actor, estate, clock):
    desk = actor("receptionist")
    late = new(db, desk, urgency="urgent")
    new(db, desk)
    clock.advance(hours=3)          # the urgent one's initial reply (2 h) is late
    assert [r.id for r in complaints.list_complaints(db, desk, status="overdue")] == [late]
    assert complaints.count_complaints(db, desk, status="overdue") == 1
    assert complaints.open_for(db, desk, room="3-2-1502") and complaints.open_for(db, desk, phone="138 0571 6688")



def test_the_list_rows_carry_the_deadline_the_escalation_level_and_page_by_key(db, actor, admin, estate, clock):
    desk = actor("receptionist")
    urgent = to_dispatched(db, desk, urgency="urgent")
    general = [new(db, desk, phone="(0755)2888 1234", room="") for _ in range(3)]
    with db.read() as s:
        due = clocks.deadline(s, CK, urgent, "resolve")
    rows = {r.id: r for r in complaints.list_complaints(db, desk)}
    assert rows[urgent].deadline == due and (rows[urgent].level, rows[urgent].overdue) == (0, False)
    assert rows[urgent].phone == "138****6688" and rows[general[0]].phone == "0755-****1234"
    assert complaints.list_complaints(db, admin)[-1].phone == "138 0571 6688"
    clock.advance(hours=25)
    row = next(r for r in complaints.list_complaints(db, desk) if r.id == urgent)
    assert (row.level, row.overdue) == (1, True)
    clock.advance(hours=24)
    row = next(r for r in complaints.list_complaints(db, desk, status="overdue") if r.id == urgent)
    assert (row.level, row.overdue) == (2, True)
    first = complaints.list_complaints(db, desk, status="all", limit=2)
    rest = complaints.list_complaints(db, desk, status="all", after=first[-1].sort_key)
    assert [r.id for r in first + rest] == sorted([urgent, *general], reverse=True)
    assert [r.id for r in complaints.list_complaints(db, desk, status="all", text="0755 2888 1234")] \
        == sorted(general, reverse=True)
    assert complaints.count_complaints(db, desk, status="all", text="王") == 4
    with pytest.raises(ValidationError):
        complaints.list_complaints(db, desk, status="nonsense")


@pytest.mark.parametrize("phone", ["13805716688", "075528881234", "075528881234-808", "02112345678", "4008208820",
                                   "+85291234567", "12345", "", "138****6688"])
def test_the_lists_show_phones_as_format_and_mask_do(actor, admin, phone):
    from app.domain.validation import format_phone, mask_phone
    assert complaints.phone_shown(admin)(phone) == format_phone(phone)
    assert complaints.phone_shown(actor("receptionist"))(phone) == mask_phone(phone)


# ------------------------------------------------------------------------------------------ the queue

def test_repairs_are_sampled_at_the_rate():
    numbers = [f"LX2026{m:02d}{d:02d}-{k:04d}" for m in range(1, 13) for d in range(1, 29) for k in range(1, 10)]
    share = sum(C.sampled(n, 30) for n in numbers) / len(numbers)
    assert 0.27 < share < 0.33
    assert all(C.sampled(n, 100) for n in numbers[:50]) and not any(C.sampled(n, 0) for n in numbers[:50])


def test_a_month_of_verified_repairs_joins_the_queue_at_the_rate(db, actor, admin, estate, clock):
    desk = actor("receptionist")
    numbers = []
    for k in range(40):
        sid = relay.create_slip(db, desk, relay.SlipInput(
            to_dept="engineering", subject=f"报修{k}", content="水龙头漏水", required_date=date(2026, 6, 9),
            room="3-2-1502", customer_name="王建国", customer_phone="13805716688"))
        records.act(db, desk, relay.SLIP_KIND, sid, "sign", {"signed_by": "张师傅"})
        records.act(db, desk, relay.SLIP_KIND, sid, "reply",
                    {"reply": "已修", "replied_by": "张师傅", "accepted": True})
        records.act(db, admin, relay.SLIP_KIND, sid, "verify", {"verify_result": "业主确认"})
        numbers.append(records.get(db, desk, relay.SLIP_KIND, sid).number)
    with db.read() as s:
        queued = set(s.scalars(select(FollowUp.source_number).where(FollowUp.ftype == "repair")))
    assert queued == {n for n in numbers if C.sampled(n, 30)} and 4 <= len(queued) <= 24


def test_routine_visits_are_planned_in_bulk_for_every_household(db, actor, admin, estate, clock):
    with pytest.raises(PermissionDenied):
        followups.plan_visits(db, actor("receptionist"), "routine", date(2026, 6, 30))
    with pytest.raises(ValidationError):
        followups.plan_visits(db, admin, "complaint", date(2026, 6, 30))
    assert followups.plan_visits(db, admin, "routine", date(2026, 6, 30), topic="上半年走访") == 2
    rows = followups.list_followups(db, admin, status="planned")
    assert sorted(r.interviewee for r in rows) == ["曾经纬", "王建国"] and rows[0].number.startswith("HF")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(RecordClock).where(RecordClock.kind == FK)) == 2
    clock.at = datetime(2026, 7, 1, 9, 0)
    assert followups.count_followups(db, admin, status="overdue") == 2


def test_a_follow_up_planned_by_hand_from_its_record_fields(db, actor, estate, clock):
    desk = actor("receptionist")
    with pytest.raises(ValidationError, match="past"):
        records.create(db, desk, FK, {"ftype": "paid", "interviewee": "王建国", "room": "3-2-1502",
                                      "due_on": "2026-06-01"})
    fid = records.create(db, desk, FK, {"ftype": "paid", "interviewee": "王建国", "room": "3-2-1502",
                                        "due_on": "2026-06-10", "topic": "有偿维修回访"})
    act(db, desk, fid, "record", {"method": "phone", "interviewee": "王建国", "feedback": "维修人员态度差",
                                  "satisfaction": "unsatisfied"}, kind=FK)
    view = records.get(db, desk, FK, fid)
    opened = [link for link in view.links if link.relation == "complaint"]
    assert opened and records.get(db, desk, CK, opened[0].id).source == view.number


# ------------------------------------------------------------------------------------------ KPIs

def test_the_kpis_of_a_month_match_the_hand_count(db, actor, admin, estate, clock):
    desk = actor("receptionist")
    on_time = to_dispatched(db, desk)                         # resolved the same day: in time, satisfied
    act(db, desk, on_time, "resolve", {"result": "ok"})
    act(db, desk, the_followup(db, on_time).id, "record", {"method": "phone", "interviewee": "王", "feedback": "好",
                                                           "satisfaction": "satisfied"}, kind=FK)
    late = to_dispatched(db, desk, urgency="urgent")           # resolved after 30 h: late, fairly satisfied
    clock.advance(hours=30)
    act(db, desk, late, "resolve", {"result": "ok"})
    act(db, desk, the_followup(db, late).id, "record", {"method": "phone", "interviewee": "王", "feedback": "慢",
                                                        "satisfaction": "fair"}, kind=FK)
    new(db, desk, category="environment")                     # received, not resolved, not classified
    k = complaints.kpis(db, admin, date(2026, 6, 1), date(2026, 6, 30))
    assert k.received == 3 and k.by_category == {"facilities": 2, "environment": 1}
    assert k.by_building == {"3": 3} and k.by_dept == {"engineering": 2}
    assert (k.valid.numerator, k.valid.denominator) == (2, 2)
    assert (k.on_time.numerator, k.on_time.denominator) == (1, 2)
    assert (k.followed_up.numerator, k.followed_up.denominator) == (2, 2)
    assert (k.satisfied.numerator, k.satisfied.denominator) == (2, 2)
    assert (k.closed_rate.numerator, k.closed_rate.denominator) == (2, 3)
    assert k.escalated == 1 and 0 < k.average_hours < 31
    f = followups.kpis(db, admin, date(2026, 6, 1), date(2026, 6, 30))
    assert f.by_type["complaint"] == (2, 2, 2, 2) and f.rate("complaint") == 1.0 and f.satisfaction() == 1.0


# ------------------------------------------------------------------------------------------ 转为投诉

def _links(db, kind, record_id):
    with db.read() as s:
        return {(link.kind, link.number, link.relation) for link in records.links(s, kind, record_id)}


def test_a_work_log_row_a_visit_and_a_slip_become_complaints_linked_both_ways(db, actor, estate, clock):
    from app.services import visits, worklog
    desk = actor("receptionist")
    row = worklog.create_entry(db, desk, worklog.EntryInput(caller="王建国", content="电梯噪音很大",
                                                            phone="13805716688", room="3-2-1502"))
    visit = visits.register_visit(db, desk, dict(category="service", visitor_name="曾经纬", phone="0755-28881234",
                                                 id_type="resident", id_number="", purpose="payment",
                                                 room="3-2-1601"))
    slip = relay.create_slip(db, desk, relay.SlipInput(
        to_dept="engineering", subject="报修", content="水龙头漏水", required_date=date(2026, 6, 9),
        room="3-2-1502", customer_name="王建国", customer_phone="13805716688"))
    made = {}
    for kind, ident in (("work_log", row), ("visit", visit), (relay.SLIP_KIND, slip)):
        prefill = complaints.prefill_from(db, desk, kind, ident)
        assert prefill["source"] == (kind, ident) and prefill["values"]["complainant"]
        values = {**BASE, **prefill["values"], "category": "service", "apologised": True,
                  "content": prefill["values"].get("content") or "柜台办理时投诉服务态度"}
        made[kind] = complaints.convert_to_complaint(db, desk, kind, ident, values)
        view = records.get(db, desk, CK, made[kind])
        assert view.source == prefill["number"] and view.status == "registered"
        assert (kind, prefill["number"], "complaint") in _links(db, CK, made[kind])
        assert (CK, view.number, "complaint") in _links(db, kind, ident)
    assert complaints.prefill_from(db, desk, "work_log", row)["values"]["room"] == "3-2-1502"
    assert complaints.prefill_from(db, desk, relay.SLIP_KIND, slip)["values"]["content"] == "报修：水龙头漏水"
    with db.read() as s:
        from db.models.visit import Visit
        v = s.get(Visit, visit)
        assert (v.status, v.linked_record) == ("converted", s.get(Complaint, made["visit"]).number)


def test_a_conversion_is_refused_for_other_kinds_missing_or_void_records_and_leaves_nothing(db, actor, admin,
                                                                                           estate, clock):
    desk = actor("receptionist")
    with pytest.raises(ValidationError):
        complaints.convert_to_complaint(db, desk, "followup", 1, BASE)
    with pytest.raises(NotFound):
        complaints.convert_to_complaint(db, desk, "work_log", 999, BASE)
    slip = relay.create_slip(db, desk, relay.SlipInput(
        to_dept="engineering", subject="报修", content="水龙头漏水", required_date=date(2026, 6, 9),
        room="3-2-1502", customer_name="王建国", customer_phone="13805716688"))
    records.act(db, admin, relay.SLIP_KIND, slip, "void", {"reason": "重复登记"})
    with pytest.raises(ConflictError, match="void"):
        complaints.convert_to_complaint(db, desk, relay.SLIP_KIND, slip, BASE)
    with pytest.raises(ValidationError, match="Apologise"):
        complaints.convert_to_complaint(db, desk, "work_log", 1, {**BASE, "apologised": False})
    with pytest.raises(PermissionDenied):
        complaints.convert_to_complaint(db, actor("clerk"), relay.SLIP_KIND, slip, BASE)
    assert count(db, Complaint) == 0


def test_the_departments_reply_to_the_slip_comes_back_as_progress_and_the_results_draft(db, actor, estate, clock):
    desk = actor("receptionist")
    cid = new(db, desk, initial_reply="今日安排工程部上门", reply_by="刘建平")
    act(db, desk, cid, "classify", {"validity": "valid", "category": "facilities"})
    act(db, desk, cid, "dispatch", {"dept": "engineering", "assignee": "刘建平", "send_slip": True})
    from db.models.relay import WorkSlip
    with db.read() as s:
        c = s.get(Complaint, cid)
        sid = s.scalar(select(WorkSlip.id).where(WorkSlip.number == c.slip_number, WorkSlip.source == c.number))
    assert complaints.department_reply(db, desk, cid) == ""
    records.act(db, desk, relay.SLIP_KIND, sid, "sign", {"signed_by": "张师傅"})
    records.act(db, desk, relay.SLIP_KIND, sid, "reply", {"reply": "已更换防水层", "replied_by": "张师傅",
                                                          "accepted": True})
    with db.read() as s:
        notes = s.scalars(select(WorkflowEvent.note).where(WorkflowEvent.kind == CK, WorkflowEvent.record_id == cid,
                                                           WorkflowEvent.action == "progress")).all()
    assert notes == [f"{c.slip_number} 张师傅：已更换防水层"] and state(db, cid) == "dispatched"
    assert complaints.department_reply(db, desk, cid) == "已更换防水层"


def test_escalating_by_hand_flags_the_complaint_and_keeps_it_open(db, actor, admin, estate, clock):
    desk = actor("receptionist")
    registered = new(db, desk)
    with pytest.raises(ConflictError):                                  # not before the initial reply
        act(db, desk, registered, "escalate", {"level": "supervisor", "note": "业主要求见主管"})
    cid = to_dispatched(db, desk)
    with pytest.raises(ValidationError, match="Note"):
        act(db, desk, cid, "escalate", {"level": "supervisor"})
    act(db, desk, cid, "escalate", {"level": "manager", "note": "涉及多户，报管理处经理"})
    with db.read() as s:
        c = s.get(Complaint, cid)
        assert (c.status, c.escalated_to, c.escalations) == ("dispatched", "manager", 1)
    assert [r.id for r in complaints.list_complaints(db, desk, status="escalated")] == [cid]
    assert complaints.count_complaints(db, desk, status="escalated") == 1
    act(db, desk, cid, "resolve", {"result": "已处理"})
    with pytest.raises((ConflictError, PermissionDenied)):              # only its follow-up closes it
        act(db, desk, cid, "close_unreachable", {"note": "联系不上"})
    assert complaints.list_complaints(db, desk, status="escalated") == []


def test_the_late_list_holds_late_resolutions_and_late_replies_once_each_newest_first(db, actor, estate, clock):
    desk = actor("receptionist")
    resolve_late = to_dispatched(db, desk, urgency="urgent")               # resolve within 24 h
    clock.advance(hours=1)
    both = new(db, desk, urgency="urgent", category="environment")          # reply 2 h, resolve 24 h
    clock.advance(hours=1)
    reply_late = new(db, desk, urgency="urgent")
    on_time = new(db, desk)
    clock.advance(hours=21)                                                # reply_late's reply 21 h late
    late = complaints.list_complaints(db, desk, status="overdue")
    assert [r.id for r in late] == [reply_late, both] and [r.level for r in late] == [0, 0]
    clock.advance(hours=4)          # the urgent resolutions are late too, and the general one's reply (24 h)
    late = complaints.list_complaints(db, desk, status="overdue")
    assert [r.id for r in late] == [on_time, reply_late, both, resolve_late]
    assert [r.level for r in late] == [0, 1, 1, 1] and complaints.count_complaints(db, desk, status="overdue") == 4
    assert [r.id for r in complaints.list_complaints(db, desk, status="overdue", category="environment")] == [both]
    first = complaints.list_complaints(db, desk, status="overdue", limit=2)
    rest = complaints.list_complaints(db, desk, status="overdue", after=first[-1].sort_key)
    assert [r.id for r in first + rest] == [on_time, reply_late, both, resolve_late]
    assert all(r.deadline is not None for r in late)
