"""信息传递 on a real database: work slips (sign, reply, verify, return, resend, void) and kept items
(receive, notify, remind, approve, hand over, return), every refusal, due times and what the desk sees."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain import relay as R
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.services import card_sections, dashboard, open_items, params, records, registry, relay
from app.services.registry import BuildingInput, RoomInput
from db.models import AuditLog, WorkflowEvent
from db.models.relay import Parcel, WorkSlip

MONDAY = datetime(2026, 6, 8, 9, 0)
VALID_ID = "11010519491231002X"
VALID_ID_2 = "110105194912310038"
BAD_CHECK = "110105194912310022"
OWNER_COLLECTS = {"collector_name": "王建国", "collector_id_type": "resident", "collector_id_number": VALID_ID,
                  "signature": True}


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kw) -> None:
        self.at += timedelta(**kw)


@pytest.fixture
def clock(monkeypatch):
    c = Clock(MONDAY)
    monkeypatch.setattr("app.services.base.now", c)
    return c


@pytest.fixture
def rooms(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    first = registry.save_room(db, admin, RoomInput(u, "1502", "15", "128.56"))
    second = registry.save_room(db, admin, RoomInput(u, "1601", "16", "98.00"))
    return {"3-2-1502": first, "3-2-1601": second}


def slip_input(**changes) -> relay.SlipInput:
    data = dict(to_dept="engineering", subject="卫生间顶棚漏水", content="业主来电：卫生间顶棚滴水，请上门查看。",
                required_date=date(2026, 6, 8), required_time="17:30", room="3-2-1502",
                customer_name="王建国", customer_phone="13805716688")
    data.update(changes)
    return relay.SlipInput(**data)


def parcel_input(**changes) -> relay.ParcelInput:
    data = dict(addressee="王建国", item_type="parcel", description="小纸箱", courier="顺丰",
                tracking_no="SF1402345678901", room="3-2-1502", addressee_phone="13805716688", storage="A-3")
    data.update(changes)
    return relay.ParcelInput(**data)


def slip(db, actor, **changes) -> int:
    return relay.create_slip(db, actor, slip_input(**changes))


def status_of(db, model, ident) -> str:
    with db.read() as s:
        return s.get(model, ident).status


def version_of(db, model, ident) -> int:
    with db.read() as s:
        return s.get(model, ident).version


# ================================================================================= work slips: happy path

def test_a_slip_goes_round_sent_signed_replied_verified(db, admin, actor, rooms, clock):
    desk = actor("receptionist")
    sid = slip(db, desk, source="GZ20260608-0003")
    view = records.get(db, desk, relay.SLIP_KIND, sid)
    assert view.number == "LX20260608-0001" and view.status == "sent"
    assert view.room == "3-2-1502" and view.from_person == "receptionist员工" and view.from_dept == "service"
    assert view.sign_due_at == MONDAY + timedelta(minutes=120)          # normal: relay.sign_minutes_normal
    assert view.required_by == datetime(2026, 6, 8, 17, 30)
    assert [a.name for a in view.actions] == ["sign", "return"]          # no verify or void for the desk
    clock.advance(minutes=20)
    records.act(db, desk, relay.SLIP_KIND, sid, "sign", {"signed_by": "刘建平", "signed_at": "09:15"},
                version=view.version)
    clock.advance(minutes=60)
    records.act(db, desk, relay.SLIP_KIND, sid, "progress", {"note": "已上门，需联系1602业主入户"})
    clock.advance(minutes=90)
    records.act(db, desk, relay.SLIP_KIND, sid, "reply", {"reply": "1602地漏渗漏，已修复", "replied_by": "刘建平",
                                               "accepted": "yes"})
    view = records.get(db, admin, relay.SLIP_KIND, sid)
    assert [a.name for a in view.actions] == ["verify", "redo", "void"]
    records.act(db, admin, relay.SLIP_KIND, sid, "verify", {"verify_result": "已回访业主，不再滴水",
                                                 "customer_informed": True})
    view = records.get(db, admin, relay.SLIP_KIND, sid)
    assert view.status == "closed" and view.actions == []
    assert (view.signed_by, view.signed_at) == ("刘建平", datetime(2026, 6, 8, 9, 15))
    assert view.replied_at == datetime(2026, 6, 8, 11, 50) and view.accepted is True
    assert view.verified_by == "王主管" and view.verified_at == datetime(2026, 6, 8, 11, 50)
    assert view.customer_informed and not view.late_sign and not view.late_reply
    assert [e.action for e in view.events] == ["Registered", "Record signing", "Record progress",
                                               "Record reply", "Verify and close"]
    assert view.events[2].note == "已上门，需联系1602业主入户"
    assert "Signed by: 刘建平" in view.events[1].details
    with db.read() as s:
        audit = s.scalars(select(AuditLog.action).where(AuditLog.entity == "work_slip")).all()
    assert audit[0] == "create" and audit.count("update") == 4


def test_urgent_slips_are_signed_within_the_urgent_parameter(db, admin, rooms, clock):
    sid = slip(db, admin, priority="urgent")
    assert records.get(db, admin, relay.SLIP_KIND, sid).sign_due_at == MONDAY + timedelta(minutes=30)
    params.set_value(db, admin, "relay.sign_minutes_urgent", "15")
    sid = slip(db, admin, priority="urgent", subject="电梯困人")
    assert records.get(db, admin, relay.SLIP_KIND, sid).sign_due_at == MONDAY + timedelta(minutes=15)
    assert records.get(db, admin, relay.SLIP_KIND, sid).number == "LX20260608-0002"


def test_returned_slip_is_sent_on_with_a_new_signing_deadline(db, admin, actor, rooms, clock):
    desk = actor("receptionist")
    sid = slip(db, desk, to_dept="finance")
    clock.advance(minutes=10)
    records.act(db, desk, relay.SLIP_KIND, sid, "return", {"reason": "应由工程部处理"})
    assert status_of(db, WorkSlip, sid) == "returned"
    with pytest.raises(ValidationError) as err:
        records.act(db, desk, relay.SLIP_KIND, sid, "resend", {"to_dept": "finance"})
    assert err.value.field == "to_dept"
    clock.advance(minutes=5)
    records.act(db, desk, relay.SLIP_KIND, sid, "resend", {"to_dept": "engineering", "to_person": "刘师傅"})
    view = records.get(db, desk, relay.SLIP_KIND, sid)
    assert (view.status, view.to_dept, view.to_person) == ("sent", "engineering", "刘师傅")
    assert view.sign_due_at == MONDAY + timedelta(minutes=15 + 120)
    assert "Department: Engineering" in view.events[-1].details   # in the user's language


def test_verifier_sends_an_unsatisfying_reply_back(db, admin, rooms, clock):
    sid = slip(db, admin)
    records.act(db, admin, relay.SLIP_KIND, sid, "sign", {"signed_by": "刘建平"})
    records.act(db, admin, relay.SLIP_KIND, sid, "reply", {"reply": "已处理", "replied_by": "刘建平", "accepted": "no"})
    assert records.get(db, admin, relay.SLIP_KIND, sid).accepted is False
    with pytest.raises(ValidationError, match="Note"):
        records.act(db, admin, relay.SLIP_KIND, sid, "redo", {})
    records.act(db, admin, relay.SLIP_KIND, sid, "redo", {"note": "业主反映仍在滴水"})
    assert status_of(db, WorkSlip, sid) == "processing"


def test_void_keeps_the_number_and_reason(db, admin, rooms, clock):
    sid = slip(db, admin)
    with pytest.raises(ValidationError) as err:
        records.act(db, admin, relay.SLIP_KIND, sid, "void", {"reason": "  "})
    assert err.value.field == "reason"
    records.act(db, admin, relay.SLIP_KIND, sid, "void", {"reason": "重复登记"})
    with db.read() as s:
        row = s.get(WorkSlip, sid)
        assert (row.status, row.number, row.void_reason) == ("void", "LX20260608-0001", "重复登记")


# ================================================================================= work slips: refusals

def _slip_in(db, admin, state: str) -> int:
    sid = slip(db, admin, subject=f"状态{state}")
    steps = {
        "sent": [],
        "signed": [("sign", {"signed_by": "甲"})],
        "processing": [("sign", {"signed_by": "甲"}), ("progress", {"note": "进行中"})],
        "replied": [("sign", {"signed_by": "甲"}), ("reply", {"reply": "好", "replied_by": "乙",
                                                              "accepted": True})],
        "returned": [("return", {"reason": "错部门"})],
        "closed": [("sign", {"signed_by": "甲"}),
                   ("reply", {"reply": "好", "replied_by": "乙", "accepted": True}),
                   ("verify", {"verify_result": "好"})],
        "void": [("void", {"reason": "作废"})],
    }[state]
    for action, values in steps:
        records.act(db, admin, relay.SLIP_KIND, sid, action, values)
    return sid


FULL_VALUES = {"signed_by": "甲", "note": "n", "reply": "r", "replied_by": "乙", "accepted": True,
               "verify_result": "v", "reason": "x", "to_dept": "security"}


@pytest.mark.parametrize("state", [s.name for s in R.SLIP_STATES])
def test_every_undeclared_slip_action_is_refused_as_a_conflict(db, admin, rooms, clock, state):
    sid = _slip_in(db, admin, state)
    assert status_of(db, WorkSlip, sid) == state
    allowed = {t.name for t in R.SLIPS.allowed_actions(state, admin.permissions)}
    for t in R.SLIPS.transitions:
        if t.name in allowed:
            continue
        before = version_of(db, WorkSlip, sid)
        with pytest.raises(ConflictError):
            records.act(db, admin, relay.SLIP_KIND, sid, t.name, FULL_VALUES)
        assert version_of(db, WorkSlip, sid) == before and status_of(db, WorkSlip, sid) == state


def test_slip_permissions_are_enforced_by_the_service(db, actor, admin, rooms, clock):
    desk, it = actor("receptionist"), actor("it")
    with pytest.raises(PermissionDenied):
        slip(db, it)
    with pytest.raises(PermissionDenied):
        relay.list_slips(db, it)
    sid = slip(db, desk)
    with pytest.raises(PermissionDenied):
        records.get(db, it, relay.SLIP_KIND, sid)
    with pytest.raises(PermissionDenied):
        records.act(db, desk, relay.SLIP_KIND, sid, "void", {"reason": "x"})
    records.act(db, desk, relay.SLIP_KIND, sid, "sign", {"signed_by": "甲"})
    records.act(db, desk, relay.SLIP_KIND, sid, "reply", {"reply": "好", "replied_by": "乙", "accepted": True})
    with pytest.raises(PermissionDenied):
        records.act(db, desk, relay.SLIP_KIND, sid, "verify", {"verify_result": "好"})
    assert records.get(db, desk, relay.SLIP_KIND, sid).actions == []      # the desk waits for the supervisor
    records.act(db, actor("supervisor"), relay.SLIP_KIND, sid, "verify", {"verify_result": "好"})
    steward = actor("steward")
    patrol_sid = slip(db, steward, subject="巡查发现")
    assert [a.name for a in records.get(db, steward, relay.SLIP_KIND, patrol_sid).actions] == ["sign", "return"]


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"subject": ""}, "subject", "required"),
    ({"subject": "漏" * 61}, "subject", "too long"),
    ({"content": "  "}, "content", "required"),
    ({"content": "字" * (R.CONTENT_MAX + 1)}, "content", "too long"),
    ({"to_dept": ""}, "to_dept", "department"),
    ({"to_dept": "service"}, "to_dept", "department"),
    ({"to_dept": "保洁部"}, "to_dept", "department"),
    ({"customer_phone": "1380013800"}, "customer_phone", "mobile"),
    ({"customer_phone": "23805716688"}, "customer_phone", "mobile"),
    ({"required_date": date(2026, 6, 8), "required_time": "08:00"}, "required_date", "later than now"),
    ({"required_date": date(2027, 8, 1)}, "required_date", "more than a year"),
    ({"required_date": None}, "required_date", "required"),
    ({"required_time": "5点半"}, "required_time", "17:30"),
    ({"required_time": "24:00"}, "required_time", "17:30"),
    ({"room": "9-9-9999"}, "room", "no room"),
    ({"to_person": "人" * 31}, "to_person", "too long"),
    ({"priority": "whenever"}, "priority", "priority"),
])
def test_bad_slip_input_is_refused_beside_its_field(db, admin, rooms, clock, changes, field, message):
    with pytest.raises(ValidationError) as err:
        slip(db, admin, **changes)
    assert err.value.field == field
    assert message in str(err.value)
    assert relay.count_slips(db, admin, status="all") == 0


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"signed_by": ""}, "signed_by", "Signed by"),
    ({"signed_by": "甲" * 31}, "signed_by", "too long"),
    ({"signed_by": "甲", "signed_at": "08:59"}, "signed_at", "cannot be before"),
    ({"signed_by": "甲", "signed_at": "2026-06-08 09:31"}, "signed_at", "future"),
    ({"signed_by": "甲", "signed_at": "九点"}, "signed_at", "14:05"),
    ({"signed_by": "甲", "signed_at": "2026-02-30 09:10"}, "signed_at", "14:05"),
])
def test_bad_signing_is_refused(db, admin, rooms, clock, values, field, message):
    sid = slip(db, admin)
    clock.advance(minutes=30)
    with pytest.raises(ValidationError) as err:
        records.act(db, admin, relay.SLIP_KIND, sid, "sign", values)
    assert err.value.field == field and message in str(err.value)
    assert status_of(db, WorkSlip, sid) == "sent"


def test_a_reply_needs_its_text_the_replier_and_whether_it_was_accepted(db, admin, rooms, clock):
    sid = slip(db, admin)
    records.act(db, admin, relay.SLIP_KIND, sid, "sign", {"signed_by": "甲"})
    with pytest.raises(ValidationError) as err:
        records.act(db, admin, relay.SLIP_KIND, sid, "reply", {"reply": "已修复", "replied_by": "乙"})
    assert err.value.field == "accepted"
    with pytest.raises(ValidationError) as err:
        records.act(db, admin, relay.SLIP_KIND, sid, "reply",
                          {"reply": "长" * (R.REPLY_MAX + 1), "replied_by": "乙", "accepted": "yes"})
    assert err.value.field == "reply"
    with pytest.raises(ValidationError, match="Verification result"):
        records.act(db, admin, relay.SLIP_KIND, _slip_in(db, admin, "replied"), "verify", {"verify_result": ""})


def test_a_work_log_row_gets_one_open_slip(db, admin, rooms, clock):
    first = slip(db, admin, source="GZ20260608-0003")
    with pytest.raises(ConflictError, match="LX20260608-0001"):
        slip(db, admin, source="GZ20260608-0003")
    records.act(db, admin, relay.SLIP_KIND, first, "void", {"reason": "发错"})
    assert slip(db, admin, source="GZ20260608-0003") != first


def test_two_desks_acting_on_the_same_slip(db, admin, actor, rooms, clock):
    sid = slip(db, admin)
    seen = records.get(db, admin, relay.SLIP_KIND, sid).version
    records.act(db, actor("receptionist"), relay.SLIP_KIND, sid, "sign", {"signed_by": "甲"}, version=seen)
    with pytest.raises(ConflictError, match="changed"):
        records.act(db, admin, relay.SLIP_KIND, sid, "return", {"reason": "错部门"}, version=seen)
    with pytest.raises(ConflictError):   # the other desk, without a version, is refused by the state
        records.act(db, admin, relay.SLIP_KIND, sid, "sign", {"signed_by": "乙"})
    assert records.get(db, admin, relay.SLIP_KIND, sid).signed_by == "甲"


def test_unknown_slip_is_not_found(db, admin, clock):
    with pytest.raises(NotFound):
        records.get(db, admin, relay.SLIP_KIND, 999)
    with pytest.raises(NotFound):
        records.act(db, admin, relay.SLIP_KIND, 999, "sign", {"signed_by": "甲"})
    with pytest.raises(NotFound):
        relay.slip_by_number(db, admin, "LX20260608-0009")


# ================================================================================= work slips: lists, overdue

def test_overdue_is_derived_from_the_due_times(db, admin, rooms, clock):
    late_sign = slip(db, admin, subject="签收超时")
    late_reply = slip(db, admin, subject="回复超时", required_time="10:00")
    on_time = slip(db, admin, subject="按时")
    records.act(db, admin, relay.SLIP_KIND, late_reply, "sign", {"signed_by": "甲"})
    records.act(db, admin, relay.SLIP_KIND, on_time, "sign", {"signed_by": "甲"})
    assert relay.count_slips(db, admin, status="overdue") == 0
    clock.advance(hours=2, minutes=1)              # 11:01: sign deadline 11:00 passed, reply due 10:00 passed
    rows = {r.subject: r for r in relay.list_slips(db, admin, status="overdue")}
    assert set(rows) == {"签收超时", "回复超时"}
    assert rows["签收超时"].late_sign and not rows["签收超时"].late_reply
    assert rows["回复超时"].late_reply and not rows["回复超时"].late_sign
    records.act(db, admin, relay.SLIP_KIND, late_reply, "reply", {"reply": "好", "replied_by": "乙", "accepted": True})
    assert {r.subject for r in relay.list_slips(db, admin, status="overdue")} == {"签收超时"}
    view = records.get(db, admin, relay.SLIP_KIND, late_sign)
    assert view.late_sign and not view.late_reply
    with db.read() as s:                         # nothing of it is stored
        assert s.get(WorkSlip, late_sign).status == "sent"


def test_the_signing_limit_counts_office_hours(db, admin, rooms, clock):
    """§4.9: sign within 2 h (normal) / 30 min (urgent) of office hours: a slip sent at 17:20 on Monday has
    10 minutes of Monday's office time and is due at 10:20 on Tuesday, so at 19:20 it is not late."""
    clock.at = datetime(2026, 6, 8, 17, 20)
    sid = slip(db, admin, subject="傍晚发出", required_date=date(2026, 6, 10))
    urgent = slip(db, admin, subject="紧急", priority="urgent", required_date=date(2026, 6, 10))
    assert records.get(db, admin, relay.SLIP_KIND, sid).sign_due_at == datetime(2026, 6, 9, 10, 20)
    assert records.get(db, admin, relay.SLIP_KIND, urgent).sign_due_at == datetime(2026, 6, 9, 8, 50)
    clock.at = datetime(2026, 6, 8, 19, 20)
    assert not records.get(db, admin, relay.SLIP_KIND, sid).late_sign
    assert relay.count_slips(db, admin, status="overdue") == 0
    clock.at = datetime(2026, 6, 9, 10, 21)
    assert records.get(db, admin, relay.SLIP_KIND, sid).late_sign
    # Friday evening: the weekend is not office time, so it is due on Monday morning
    clock.at = datetime(2026, 6, 12, 17, 0)
    friday = slip(db, admin, subject="周五傍晚", required_date=date(2026, 6, 16))
    assert records.get(db, admin, relay.SLIP_KIND, friday).sign_due_at == datetime(2026, 6, 15, 10, 0)


def test_slip_list_filters_and_keyset_paging(db, admin, rooms, clock):
    ids = []
    for i, dept in enumerate(["engineering", "security", "engineering", "finance", "engineering"]):
        ids.append(slip(db, admin, subject=f"事项{i}", to_dept=dept,
                        room="3-2-1601" if i == 4 else "3-2-1502"))
        clock.advance(minutes=1)
    records.act(db, admin, relay.SLIP_KIND, ids[1], "void", {"reason": "x"})
    assert [r.subject for r in relay.list_slips(db, admin)] == ["事项4", "事项3", "事项2", "事项0"]
    assert relay.count_slips(db, admin) == 4 and relay.count_slips(db, admin, status="all") == 5
    page = relay.list_slips(db, admin, status="all", limit=2)
    rest = relay.list_slips(db, admin, status="all", after=page[-1].sort_key, limit=2)
    last = relay.list_slips(db, admin, status="all", after=rest[-1].sort_key, limit=2)
    assert [r.subject for r in page + rest + last] == ["事项4", "事项3", "事项2", "事项1", "事项0"]
    assert [r.subject for r in relay.list_slips(db, admin, to_dept="engineering")] == ["事项4", "事项2", "事项0"]
    assert [r.subject for r in relay.list_slips(db, admin, status="void")] == ["事项1"]
    assert [r.subject for r in relay.list_slips(db, admin, text="事项3")] == ["事项3"]
    assert [r.number for r in relay.list_slips(db, admin, text="lx20260608-0005")] == ["LX20260608-0005"]
    assert [r.subject for r in relay.list_slips(db, admin, room_id=rooms["3-2-1601"])] == ["事项4"]
    assert relay.list_slips(db, admin, date_from=date(2026, 6, 9)) == []
    assert relay.count_slips(db, admin, date_from=date(2026, 6, 8), date_to=date(2026, 6, 8)) == 4
    assert relay.list_slips(db, admin, text="100%_") == []
    with pytest.raises(ValidationError):
        relay.list_slips(db, admin, date_from=date(2026, 6, 9), date_to=date(2026, 6, 8))


# ================================================================================= parcels

def test_a_parcel_is_received_notified_reminded_and_handed_over(db, actor, rooms, clock):
    desk = actor("receptionist")
    pid = relay.receive_parcel(db, desk, parcel_input(note="外包装完好"))
    view = records.get(db, desk, relay.PARCEL_KIND, pid)
    assert view.number == "DS20260608-0001" and view.status == "received"
    assert view.remind_due_at == MONDAY + timedelta(hours=24)
    assert view.return_due_at == MONDAY + timedelta(days=7)
    assert view.received_by == "receptionist员工" and view.room == "3-2-1502"
    assert [a.name for a in view.actions] == ["notify", "hand_over", "return"]
    clock.advance(minutes=5)
    records.act(db, desk, relay.PARCEL_KIND, pid, "notify", {"method": "phone"})
    clock.advance(hours=25)
    assert records.get(db, desk, relay.PARCEL_KIND, pid).remind_due
    assert relay.count_parcels(db, desk, status="remind") == 1
    records.act(db, desk, relay.PARCEL_KIND, pid, "remind", {"method": "sms"})
    view = records.get(db, desk, relay.PARCEL_KIND, pid)
    assert view.reminders == 1 and not view.remind_due and view.notify_method == "sms"
    assert view.remind_due_at == MONDAY + timedelta(hours=25, minutes=5) + timedelta(hours=24)
    clock.advance(hours=1)
    records.act(db, desk, relay.PARCEL_KIND, pid, "hand_over", {
        "collector_name": "李秀英", "collector_id_type": "resident", "collector_id_number": VALID_ID.lower(),
        "relation": "family", "signature": True}, version=view.version)
    view = records.get(db, desk, relay.PARCEL_KIND, pid)
    assert view.status == "collected" and view.actions == []
    assert view.collector_name == "李秀英" and view.collector_id == "1101**********002X"    # masked for the desk
    assert records.get(db, actor("supervisor"), relay.PARCEL_KIND, pid).collector_id == VALID_ID
    with db.read() as s:
        row = s.get(Parcel, pid)
        assert row.signature_confirmed and row.collected_at == MONDAY + timedelta(hours=26, minutes=5)
        stored = s.scalars(select(WorkflowEvent.data).where(WorkflowEvent.kind == "parcel",
                                                            WorkflowEvent.action == "hand_over")).one()
    assert VALID_ID not in stored and "1101**********002X" in stored       # the event log keeps it masked


def test_reminder_and_return_times_follow_the_parameters(db, admin, rooms, clock):
    params.set_value(db, admin, "parcel.reminder_hours", "4")
    params.set_value(db, admin, "parcel.return_days", "3")
    pid = relay.receive_parcel(db, admin, parcel_input())
    view = records.get(db, admin, relay.PARCEL_KIND, pid)
    assert (view.remind_due_at, view.return_due_at) == (MONDAY + timedelta(hours=4), MONDAY + timedelta(days=3))
    records.act(db, admin, relay.PARCEL_KIND, pid, "notify", {"method": "phone"})
    clock.advance(hours=4)
    assert [r.id for r in relay.list_parcels(db, admin, status="remind")] == [pid]
    records.act(db, admin, relay.PARCEL_KIND, pid, "remind", {"method": "phone"})
    assert records.get(db, admin, relay.PARCEL_KIND, pid).remind_due_at == MONDAY + timedelta(hours=8)


def test_returned_after_the_return_time(db, admin, rooms, clock):
    pid = relay.receive_parcel(db, admin, parcel_input())
    clock.advance(days=7)
    assert [r.id for r in relay.list_parcels(db, admin, status="to_return")] == [pid]
    records.act(db, admin, relay.PARCEL_KIND, pid, "return", {"reason": "超期未领，退回顺丰"})
    view = records.get(db, admin, relay.PARCEL_KIND, pid)
    assert view.status == "returned" and view.returned_at == MONDAY + timedelta(days=7)
    assert not view.return_due and relay.count_parcels(db, admin, status="to_return") == 0


@pytest.mark.parametrize(("values", "field", "message"), [
    ({"collector_name": ""}, "collector_name", "Collector"),
    ({"collector_id_number": ""}, "collector_id_number", "ID number"),
    ({"collector_id_number": BAD_CHECK}, "collector_id_number", "check digit"),
    ({"collector_id_number": "1101051949123100"}, "collector_id_number", "18 characters"),
    ({"collector_id_type": "passport", "collector_id_number": "E12"}, "collector_id_number", "5 to 20"),
    ({"collector_id_type": "drivers_licence"}, "collector_id_type", "Document type"),
    ({"signature": False}, "signature", "sign"),
    ({"collector_name": "名" * 31}, "collector_name", "too long"),
])
def test_hand_over_needs_a_valid_id_and_a_signature(db, admin, rooms, clock, values, field, message):
    pid = relay.receive_parcel(db, admin, parcel_input())
    good = {"collector_name": "王建国", "collector_id_type": "resident", "collector_id_number": VALID_ID_2,
            "signature": True}
    with pytest.raises(ValidationError) as err:
        records.act(db, admin, relay.PARCEL_KIND, pid, "hand_over", {**good, **values})
    assert err.value.field == field and message in str(err.value)
    assert status_of(db, Parcel, pid) == "received"


def test_an_item_handed_over_cannot_be_handed_over_again(db, admin, actor, rooms, clock):
    pid = relay.receive_parcel(db, admin, parcel_input())
    who = {"collector_name": "王建国", "collector_id_type": "resident", "collector_id_number": VALID_ID_2,
           "signature": "yes"}
    seen = version_of(db, Parcel, pid)
    records.act(db, actor("receptionist"), relay.PARCEL_KIND, pid, "hand_over", who, version=seen)
    with pytest.raises(ConflictError, match="changed"):       # the other desk saw the old version
        records.act(db, admin, relay.PARCEL_KIND, pid, "hand_over", who, version=seen)
    with pytest.raises(ConflictError, match="no longer be changed"):
        records.act(db, admin, relay.PARCEL_KIND, pid, "hand_over", who)
    for action in ("notify", "remind", "return", "void"):
        with pytest.raises(ConflictError):
            records.act(db, admin, relay.PARCEL_KIND, pid, action, {"method": "phone", "reason": "x"})


@pytest.mark.parametrize("state", [s.name for s in R.PARCEL_STATES])
def test_every_undeclared_parcel_action_is_refused_as_a_conflict(db, admin, rooms, clock, state):
    pid = relay.receive_parcel(db, admin, parcel_input(tracking_no=""))
    steps = {"received": [], "notified": [("notify", {"method": "phone"})],
             "collected": [("hand_over", {"collector_name": "王", "collector_id_type": "resident",
                                          "collector_id_number": VALID_ID, "signature": True})],
             "returned": [("return", {"reason": "拒收"})], "void": [("void", {"reason": "错登"})]}[state]
    for action, values in steps:
        records.act(db, admin, relay.PARCEL_KIND, pid, action, values)
    allowed = {t.name for t in R.PARCELS.allowed_actions(state, admin.permissions)}
    full = {"method": "phone", "reason": "x", "collector_name": "王", "collector_id_type": "resident",
            "collector_id_number": VALID_ID, "signature": True}
    for t in R.PARCELS.transitions:
        if t.name not in allowed:
            with pytest.raises(ConflictError):
                records.act(db, admin, relay.PARCEL_KIND, pid, t.name, full)
    assert status_of(db, Parcel, pid) == state


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"addressee": ""}, "addressee", "required"),
    ({"addressee": "名" * 51}, "addressee", "too long"),
    ({"description": ""}, "description", "required"),
    ({"quantity": "0"}, "quantity", "1 to 999"),
    ({"quantity": "两件"}, "quantity", "1 to 999"),
    ({"tracking_no": "SF#12"}, "tracking_no", "tracking number"),
    ({"addressee_phone": "1234"}, "addressee_phone", "mobile"),
    ({"item_type": "furniture"}, "item_type", "item type"),
    ({"condition": "damaged"}, "condition_note", "required"),
    ({"direction": "left", "sender": ""}, "sender", "required"),
    ({"room": "3-2-9999"}, "room", "no room"),
])
def test_bad_parcel_input_is_refused_beside_its_field(db, admin, rooms, clock, changes, field, message):
    with pytest.raises(ValidationError) as err:
        relay.receive_parcel(db, admin, parcel_input(**changes))
    assert err.value.field == field and message in str(err.value)
    assert relay.count_parcels(db, admin, status="all") == 0


def test_the_same_tracking_number_cannot_wait_twice(db, admin, rooms, clock):
    pid = relay.receive_parcel(db, admin, parcel_input())
    with pytest.raises(ValidationError) as err:
        relay.receive_parcel(db, admin, parcel_input(tracking_no="sf1402345678901", addressee="李秀英"))
    assert err.value.field == "tracking_no" and "DS20260608-0001" in str(err.value)
    records.act(db, admin, relay.PARCEL_KIND, pid, "hand_over", OWNER_COLLECTS)
    assert relay.receive_parcel(db, admin, parcel_input()) != pid     # a returned parcel may come back


def test_an_item_left_for_someone_else_needs_the_supervisors_approval(db, admin, actor, rooms, clock):
    desk = actor("receptionist")
    pid = relay.receive_parcel(db, desk, parcel_input(direction="left", sender="赵敏（5-2-1101）",
                                                      item_type="key", description="入户门钥匙1把",
                                                      tracking_no=""))
    view = records.get(db, desk, relay.PARCEL_KIND, pid)
    assert view.approval_pending and [a.name for a in view.actions] == ["return"]
    assert [a.name for a in records.get(db, admin, relay.PARCEL_KIND, pid).actions] == ["approve", "return", "void"]
    assert relay.count_parcels(db, admin, status="approval") == 1
    with pytest.raises(ConflictError, match="approval"):
        records.act(db, desk, relay.PARCEL_KIND, pid, "notify", {"method": "phone"})
    with pytest.raises(ConflictError, match="approval"):
        records.act(db, desk, relay.PARCEL_KIND, pid, "hand_over", OWNER_COLLECTS)
    with pytest.raises(PermissionDenied):
        records.act(db, desk, relay.PARCEL_KIND, pid, "approve", {})
    records.act(db, admin, relay.PARCEL_KIND, pid, "approve", {"note": "业主来电确认"})
    view = records.get(db, desk, relay.PARCEL_KIND, pid)
    assert not view.approval_pending and view.approved_by == "王主管"
    assert [a.name for a in view.actions] == ["notify", "hand_over", "return"]
    with pytest.raises(ConflictError, match="approved already"):
        records.act(db, admin, relay.PARCEL_KIND, pid, "approve", {})
    records.act(db, desk, relay.PARCEL_KIND, pid, "notify", {"method": "wechat"})
    # a supervisor registering such an item approves it at once; incoming items need no approval
    own = relay.receive_parcel(db, admin, parcel_input(direction="left", sender="赵敏", tracking_no=""))
    assert not records.get(db, admin, relay.PARCEL_KIND, own).approval_pending
    incoming = relay.receive_parcel(db, admin, parcel_input(tracking_no=""))
    with pytest.raises(ConflictError, match="needs no approval"):
        records.act(db, admin, relay.PARCEL_KIND, incoming, "approve", {})


def test_parcel_permissions(db, actor, admin, rooms, clock):
    desk, it = actor("receptionist"), actor("it")
    with pytest.raises(PermissionDenied):
        relay.receive_parcel(db, it, parcel_input())
    pid = relay.receive_parcel(db, desk, parcel_input())
    with pytest.raises(PermissionDenied):
        relay.list_parcels(db, it)
    with pytest.raises(PermissionDenied):
        records.act(db, it, relay.PARCEL_KIND, pid, "notify", {"method": "phone"})
    with pytest.raises(PermissionDenied):
        records.act(db, desk, relay.PARCEL_KIND, pid, "void", {"reason": "x"})
    with pytest.raises(ValidationError, match="Notified by"):
        records.act(db, desk, relay.PARCEL_KIND, pid, "notify", {"method": "carrier pigeon"})
    records.act(db, admin, relay.PARCEL_KIND, pid, "void", {"reason": "错登"})
    assert status_of(db, Parcel, pid) == "void"


def test_parcel_list_masks_phones_and_ids_and_finds_by_what_people_say(db, actor, admin, rooms, clock):
    desk = actor("receptionist")
    a = relay.receive_parcel(db, desk, parcel_input())
    clock.advance(minutes=3)
    b = relay.receive_parcel(db, desk, parcel_input(
        addressee="李秀英", room="3-2-1601", tracking_no="JD0098765432", addressee_phone="13905712233",
        item_type="letter"))
    clock.advance(minutes=3)
    records.act(db, desk, relay.PARCEL_KIND, a, "hand_over",
                {"collector_name": "王建国", "collector_id_type": "resident",
                 "collector_id_number": VALID_ID, "signature": True})
    rows = relay.list_parcels(db, desk, status="all")
    assert [r.id for r in rows] == [b, a]
    assert rows[0].phone == "139****2233" and rows[1].collector_id == "1101**********002X"
    assert relay.list_parcels(db, admin, status="all")[0].phone == "13905712233"
    assert [r.id for r in relay.list_parcels(db, desk)] == [b]
    assert [r.id for r in relay.list_parcels(db, desk, status="collected")] == [a]
    for text in ("李秀", "jd00987", "2233", "3-2-16", "DS20260608-0002"):
        assert [r.id for r in relay.list_parcels(db, desk, status="all", text=text)] == [b], text
    assert [r.id for r in relay.list_parcels(db, desk, status="all", item_type="letter")] == [b]
    assert [r.id for r in relay.list_parcels(db, desk, status="all", room_id=rooms["3-2-1502"])] == [a]
    page = relay.list_parcels(db, desk, status="all", limit=1)
    assert [r.id for r in relay.list_parcels(db, desk, status="all", after=page[0].sort_key)] == [a]
    assert relay.count_parcels(db, desk, status="to_notify") == 1


# ================================================================================= the desk's overview

def test_home_tiles_open_items_and_household_card(db, admin, actor, rooms, clock):
    desk = actor("receptionist")
    late = slip(db, desk, subject="楼道灯不亮", required_time="10:00")
    slip(db, desk, subject="垃圾清运", to_dept="environment", room="3-2-1601")
    pid = relay.receive_parcel(db, desk, parcel_input())
    clock.advance(hours=25)
    tiles = {str(t.title): t for t in dashboard.tiles(db, desk, clock.at.date())}
    assert tiles["Work slips overdue"].value == "2" and tiles["Work slips overdue"].level == "alert"
    assert "2 awaiting a reply" in tiles["Work slips overdue"].detail
    assert any("楼道灯不亮" in line for line in tiles["Work slips overdue"].items)
    assert tiles["Parcels waiting"].value == "1" and tiles["Parcels waiting"].level == "attention"
    assert "1 to remind" in tiles["Parcels waiting"].detail
    it_tiles = dashboard.tiles(db, actor("it"))
    assert not [t for t in it_tiles if str(t.title).startswith(("Work slips", "Parcels"))]
    items = [i for i in open_items.collect(db, desk, clock.at) if i.page == "relay"]
    slips_group = [i for i in items if str(i.group) == "Work slips not answered"]
    assert {i.record_id for i in slips_group} >= {late} and all(i.level == "alert" for i in slips_group)
    parcels_group = [i for i in items if str(i.group) == "Parcels waiting"]
    assert [(i.record_id, i.level, i.number) for i in parcels_group] == \
        [(pid, "attention", "DS20260608-0001")]
    assert "王建国" in parcels_group[0].title and "3-2-1502" in parcels_group[0].title
    with db.read() as s:
        from db.models import Room
        room = s.get(Room, rooms["3-2-1502"])
        sections = card_sections.collect(s, desk, room)
        assert sections["relay_parcels"].rows[0][0] == "DS20260608-0001"
        assert [r[2] for r in sections["relay_slips"].rows] == ["楼道灯不亮"]
        assert card_sections.collect(s, actor("it"), room).get("relay_parcels") is None
        empty = card_sections.collect(s, desk, s.get(Room, rooms["3-2-1601"]))
        assert "relay_parcels" not in empty and [r[2] for r in empty["relay_slips"].rows] == ["垃圾清运"]


def test_handover_lists_at_most_its_limit_and_counts_the_rest(db, admin, rooms, clock, monkeypatch):
    monkeypatch.setattr(relay, "HANDOVER_LIMIT", 2)
    for i in range(3):
        relay.receive_parcel(db, admin, parcel_input(tracking_no=f"SF000{i}", addressee=f"住户{i}"))
    items = [i for i in open_items.collect(db, admin, clock.at) if str(i.group) == "Parcels waiting"]
    assert len(items) == 3 and items[-1].title == "… and 1 more" and items[-1].record_id is None


def test_register_range_parsing():
    assert relay.parse_register_range("2026-06-08") == (date(2026, 6, 8), date(2026, 6, 8))
    assert relay.parse_register_range(" 2026-06-01 ~ 2026-06-08 ") == (date(2026, 6, 1), date(2026, 6, 8))
    assert relay.register_key(date(2026, 6, 1), date(2026, 6, 8)) == "2026-06-01~2026-06-08"
    for bad in ("", "昨天", "2026-06-08~", "2026-06-08~2026-06-01", "2026-05-01~2026-06-08", "2026-02-30"):
        with pytest.raises(ValidationError):
            relay.parse_register_range(bad)


# ================================================================================= urgent items, KPIs

def test_urgent_items_are_raised_on_the_home_tiles_and_the_open_items(db, admin, actor, rooms, clock):
    """§4.9: urgent or express mail is notified immediately; an urgent slip is signed within 30 minutes."""
    desk = actor("receptionist")
    pid = relay.receive_parcel(db, desk, parcel_input(urgent=True))
    sid = slip(db, desk, subject="电梯困人", priority="urgent")
    tiles = {str(t.title): t for t in dashboard.tiles(db, desk, clock.at.date())}
    assert tiles["Parcels waiting"].level == "alert" and "1 urgent: notify now" in tiles["Parcels waiting"].detail
    slips_tile = tiles["Work slips overdue"]
    assert slips_tile.level == "alert" and "1 urgent not signed for yet" in slips_tile.detail
    assert records.get(db, desk, relay.PARCEL_KIND, pid).flags[0] == "urgent"
    assert records.get(db, desk, relay.SLIP_KIND, sid).flags == ("urgent",)
    items = {i.record_id: i for i in open_items.collect(db, desk, clock.at) if i.page == "relay"}
    assert items[pid].level == "alert" and items[pid].title.startswith("Urgent: ")
    assert items[sid].level == "alert" and items[sid].title.startswith("Urgent: ")
    records.act(db, desk, relay.PARCEL_KIND, pid, "notify", {"method": "phone"})
    records.act(db, desk, relay.SLIP_KIND, sid, "sign", {"signed_by": "刘建平"})
    assert "urgent" not in records.get(db, desk, relay.PARCEL_KIND, pid).flags
    tiles = {str(t.title): t for t in dashboard.tiles(db, desk, clock.at.date())}
    assert "urgent" not in tiles["Parcels waiting"].detail and tiles["Parcels waiting"].level != "alert"
    assert tiles["Work slips overdue"].level == "normal"


def test_relay_kpis(db, admin, rooms, clock):
    """§4.9 KPIs: slips per department, on-time signing and reply, items pending over 24 h, time to collect."""
    on_time = slip(db, admin, subject="按时")
    late = slip(db, admin, subject="迟签", to_dept="security", required_time="10:00")
    slip(db, admin, subject="未到期", to_dept="security", required_date=date(2026, 6, 9))
    records.act(db, admin, relay.SLIP_KIND, on_time, "sign", {"signed_by": "甲"})
    kept = relay.receive_parcel(db, admin, parcel_input())
    relay.receive_parcel(db, admin, parcel_input(tracking_no="SF0000000002", addressee="李四"))   # still waiting
    clock.advance(hours=3)                                  # 12:00: 'late' unsigned past 11:00, reply past 10:00
    records.act(db, admin, relay.SLIP_KIND, on_time, "reply", {"reply": "好", "replied_by": "甲", "accepted": True})
    records.act(db, admin, relay.PARCEL_KIND, kept, "hand_over", OWNER_COLLECTS)
    k = relay.kpis(db, admin, date(2026, 6, 1), date(2026, 6, 30))
    assert k.sent_by_dept == {"engineering": 1, "security": 2} and k.sent == 3
    assert (k.signed_on_time, k.sign_due) == (1, 3) and k.sign_rate == pytest.approx(1 / 3)   # 2 unsigned at 12:00
    assert (k.replied_on_time, k.reply_due) == (1, 2) and k.reply_rate == 0.5   # the third is due tomorrow
    assert (k.collected, k.avg_collection_hours) == (1, 3.0) and k.pending_over_limit == 0
    clock.advance(hours=25)
    assert relay.kpis(db, admin, date(2026, 6, 1), date(2026, 6, 30)).pending_over_limit == 1
    records.act(db, admin, relay.SLIP_KIND, late, "void", {"reason": "重复"})
    assert relay.kpis(db, admin, date(2026, 6, 1), date(2026, 6, 30)).sent_by_dept["security"] == 1
