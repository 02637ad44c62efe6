"""值班日志 / 交接班 and 工作日志 on a real store: takeover, handover, events, the work log, the day's check."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from app.domain import duty as D
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.services import dashboard, open_items, records, registry, worklog
from app.services import duty as svc
from app.services.worklog import EntryInput
from db.engine import Database
from db.models import AuditLog, WorkflowEvent
from db.models.duty import DutyEvent, DutyLog, WorkLogEntry

MORNING = datetime(2025, 6, 12, 8, 20)     # a Thursday, 10 minutes before the day shift


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kw) -> None:
        self.at += timedelta(**kw)


@pytest.fixture
def clock(monkeypatch):
    c = Clock(MORNING)
    monkeypatch.setattr("app.services.base.now", c)
    return c


@pytest.fixture
def room(db, admin):
    b = registry.save_building(db, admin, registry.BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    registry.save_room(db, admin, registry.RoomInput(u, "1502", "15", "89.5"))
    return "3-2-1502"


def staff_id(db, admin, username):
    from app.services import auth
    return next(s.id for s in auth.list_staff(db, admin) if s.username == username)


def take(db, actor, note=""):
    brief = svc.handover_brief(db, actor)
    return svc.take_over(db, actor, brief.key, note), brief


def call(**kw) -> EntryInput:
    values = dict(caller="王建国", content="楼道灯不亮", phone="13805716688")
    values.update(kw)
    return EntryInput(**values)


# ------------------------------------------------------------------------------------------ shifts (domain)

@pytest.mark.parametrize(("moment", "kind", "day"), [
    (datetime(2025, 6, 12, 8, 30), "day", date(2025, 6, 12)),
    (datetime(2025, 6, 12, 17, 29), "day", date(2025, 6, 12)),
    (datetime(2025, 6, 12, 17, 30), "night", date(2025, 6, 12)),
    (datetime(2025, 6, 13, 2, 0), "night", date(2025, 6, 12)),
    (datetime(2025, 6, 13, 8, 29), "night", date(2025, 6, 12)),
])
def test_shift_at(moment, kind, day):
    shift = D.shift_at(moment)
    assert (shift.kind.value, shift.day) == (kind, day)
    assert shift.start <= moment < shift.end


def test_takeover_shift_is_the_coming_one_shortly_before_it_starts():
    assert D.takeover_shift(datetime(2025, 6, 12, 8, 0)).key == (date(2025, 6, 12), "day")
    assert D.takeover_shift(datetime(2025, 6, 12, 7, 59)).key == (date(2025, 6, 11), "night")
    assert D.takeover_shift(datetime(2025, 6, 12, 8, 0), early_minutes=0).key == (date(2025, 6, 11), "night")
    night = D.shift_at(datetime(2025, 6, 12, 23, 0), time(8, 0), time(20, 0))
    assert (night.start, night.end) == (datetime(2025, 6, 12, 20, 0), datetime(2025, 6, 13, 8, 0))


def test_request_time_parsing():
    now = datetime(2025, 6, 12, 14, 30, 15)
    assert D.parse_request_time("", now) == now.replace(microsecond=0)
    assert D.parse_request_time("9:05", now) == datetime(2025, 6, 12, 9, 5)
    assert D.parse_request_time("06-11 23:50", now) == datetime(2025, 6, 11, 23, 50)
    assert D.parse_request_time("2025-06-01 08:00", now) == datetime(2025, 6, 1, 8, 0)
    for bad, message in [("25:00", "no such"), ("yesterday", "14:05"), ("02-30 10:00", "no such"),
                         ("15:00", "later than now")]:
        with pytest.raises(ValidationError, match=message) as err:
            D.parse_request_time(bad, now)
        assert err.value.field == "at"


# ------------------------------------------------------------------------------------------ takeover

def test_first_takeover_opens_a_log(db, actor, clock):
    reception = actor("receptionist")
    assert svc.needs_takeover(db, reception)
    brief = svc.handover_brief(db, reception)
    assert brief.mode == "first" and brief.previous is None
    assert brief.shift.key == (date(2025, 6, 12), "day")      # 08:20: the day shift, not the night
    log_id = svc.take_over(db, reception, brief.key)
    log = records.get(db, reception, svc.DUTY_KIND, log_id)
    assert (log.status, log.shift, log.duty_date, log.opened_at) == ("on_duty", "day", date(2025, 6, 12), MORNING)
    assert log.number == "ZB20250612-0001"
    assert [m.name for m in log.members] == [reception.name]
    assert not svc.needs_takeover(db, reception)
    assert svc.handover_brief(db, reception).mode == "on_duty"
    with pytest.raises(ConflictError, match="on duty already"):
        svc.take_over(db, reception, brief.key)


def test_colleague_joins_the_same_shift(db, actor, clock):
    take(db, actor("receptionist"))
    clock.advance(hours=3)
    clerk = actor("clerk")
    brief = svc.handover_brief(db, clerk)
    assert brief.mode == "join" and brief.current is not None
    log_id = svc.take_over(db, clerk, brief.key)
    assert log_id == brief.current.id
    assert [m.name for m in records.get(db, clerk, svc.DUTY_KIND, log_id).members] == \
        [actor("receptionist").name, clerk.name]


def test_it_may_neither_take_over_nor_log(db, actor, clock):
    it = actor("it")
    assert not svc.needs_takeover(db, it)
    for call_ in (lambda: svc.handover_brief(db, it), lambda: svc.take_over(db, it, ("first", None, None, None)),
                  lambda: worklog.create_entry(db, it, call()), lambda: worklog.list_entries(db, it),
                  lambda: svc.add_event(db, it, "x"), lambda: svc.colleagues(db, it)):
        with pytest.raises(PermissionDenied):
            call_()


def hand_over(db, actor, log_id, version=None, **values):
    return records.act(db, actor, svc.DUTY_KIND, log_id, "hand_over", values, version=version)


def handover(db, reception, admin, **kw):
    log = svc.open_log(db, reception)
    data = dict(handed_to=staff_id(db, admin, "clerk"), carried_over="3-2-1502渗水待回访",
                desk_keys="前台钥匙3把", petty_items="雨伞2把", mail_count="6")
    data.update(kw)
    return hand_over(db, reception, log.id, log.version, **data)


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"handed_to": None}, "handed_to", "Hand over to"),
    ({"carried_over": "  "}, "carried_over", "Items carried over"),
    ({"carried_over": "长" * 2001}, "carried_over", "too long"),
    ({"desk_keys": "钥" * 201}, "desk_keys", "too long"),
    ({"mail_count": "三"}, "mail_count", "number"),
    ({"mail_count": "-1"}, "mail_count", "below"),
])
def test_handover_refuses_bad_input(db, actor, admin, clock, change, field, message):
    reception = actor("receptionist")
    take(db, reception)
    with pytest.raises(ValidationError, match=message) as err:
        handover(db, reception, admin, **change)
    assert err.value.field == field
    assert svc.open_log(db, reception).status == "on_duty"


def test_handover_to_oneself_or_to_it_refused(db, actor, admin, clock):
    reception = actor("receptionist")
    take(db, reception)
    with pytest.raises(ValidationError, match="not to yourself"):
        handover(db, reception, admin, handed_to=reception.staff_id)
    with pytest.raises(ValidationError, match="may not take over"):
        handover(db, reception, admin, handed_to=staff_id(db, admin, "it"))
    names = [c.name for c in svc.colleagues(db, reception)]
    assert reception.name not in names and actor("it").name not in names and actor("clerk").name in names


def test_only_someone_on_duty_hands_over(db, actor, admin, clock):
    take(db, actor("receptionist"))
    with pytest.raises(PermissionDenied, match="on duty"):
        handover(db, actor("steward"), admin)


def test_handover_and_acknowledgement(db, actor, admin, clock):
    reception, clerk = actor("receptionist"), actor("clerk")
    take(db, reception)
    worklog.create_entry(db, reception, call())                 # an open row: carried over as an open item
    clock.at = datetime(2025, 6, 12, 17, 25)
    log_id = handover(db, reception, admin)
    log = records.get(db, reception, svc.DUTY_KIND, log_id)
    assert (log.status, log.handed_to, log.handed_at, log.mail_count) == (
        "handed_over", clerk.name, clock.at, 6)
    assert [i.title.endswith("楼道灯不亮") for i in log.open_items] == [True]
    # handing over twice, or from a stale copy, is refused
    with pytest.raises(ConflictError, match="cannot be done while"):
        hand_over(db, reception, log_id, handed_to=clerk.staff_id, carried_over="x")
    with pytest.raises(ConflictError, match="changed"):
        hand_over(db, reception, log_id, 1, handed_to=clerk.staff_id, carried_over="x")
    # nobody on duty now: events cannot be added
    with pytest.raises(ConflictError, match="Nobody"):
        svc.add_event(db, reception, "电梯停运")
    clock.advance(minutes=5)
    brief = svc.handover_brief(db, clerk)
    assert brief.mode == "acknowledge" and brief.previous.id == log_id
    assert brief.shift.key == (date(2025, 6, 12), "night")
    assert any(i.number.startswith("GZ") for i in brief.open_items)
    assert [e.kind for e in brief.previous_events] == ["worklog"]
    new_id = svc.take_over(db, clerk, brief.key)
    old = records.get(db, clerk, svc.DUTY_KIND, log_id)
    assert (old.status, old.acknowledged_by, old.acknowledged_at) == ("closed", clerk.name, clock.at)
    new = records.get(db, clerk, svc.DUTY_KIND, new_id)
    assert (new.status, new.shift, new.number) == ("on_duty", "night", "ZB20250612-0002")
    # acknowledging twice (a second desk with the same brief) is refused
    with pytest.raises(ConflictError):
        svc.take_over(db, actor("steward"), brief.key)
    with db.read() as s:
        actions = [e.action for e in s.scalars(select(WorkflowEvent).where(
            WorkflowEvent.kind == "duty_log", WorkflowEvent.record_id == log_id).order_by(WorkflowEvent.id))]
        audited = set(s.scalars(select(AuditLog.entity).where(AuditLog.entity.like("duty%"))))
    assert actions == ["create", "hand_over", "acknowledge"]
    assert {"duty_log", "duty_member", "duty_event"} <= audited


def test_takeover_without_handover_closes_the_stale_log(db, actor, clock):
    reception = actor("receptionist")
    first, _ = take(db, reception)
    clock.at = datetime(2025, 6, 12, 17, 40)                   # the night shift; nobody handed over
    steward = actor("steward")
    brief = svc.handover_brief(db, steward)
    assert brief.mode == "take_over" and brief.previous.id == first
    svc.take_over(db, steward, brief.key, note="白班人员临时离岗")
    old = records.get(db, steward, svc.DUTY_KIND, first)
    assert (old.status, old.handed_at, old.acknowledged_by, old.ack_note) == (
        "closed", None, steward.name, "白班人员临时离岗")


def test_two_desks_take_over_at_once(db, actor, clock):
    """Both read "first"; the second desk's takeover finds a log on duty and is refused."""
    reception, clerk = actor("receptionist"), actor("clerk")
    other = Database(db.url)
    try:
        b1, b2 = svc.handover_brief(db, reception), svc.handover_brief(other, clerk)
        svc.take_over(db, reception, b1.key)
        with pytest.raises(ConflictError, match="changed"):
            svc.take_over(other, clerk, b2.key)
        assert svc.handover_brief(other, clerk).mode == "join"
    finally:
        other.dispose()
    with db.read() as s:
        assert s.scalar(select(DutyLog.id).where(DutyLog.status == "on_duty").offset(1)) is None


def test_manual_events(db, actor, clock):
    reception = actor("receptionist")
    with pytest.raises(ConflictError, match="Nobody"):
        svc.add_event(db, reception, "电梯停运")
    log_id, _ = take(db, reception)
    with pytest.raises(ValidationError):
        svc.add_event(db, reception, "   ")
    with pytest.raises(ValidationError, match="too long"):
        svc.add_event(db, reception, "长" * 501)
    clock.advance(minutes=30)
    svc.add_event(db, reception, "5号楼电梯年检停运一小时")
    events = svc.list_events(db, reception, log_id)
    assert [(e.kind, e.summary, e.by, e.at) for e in events] == [
        ("manual", "5号楼电梯年检停运一小时", reception.name, clock.at)]


# ------------------------------------------------------------------------------------------ work log

def test_create_entry_happy_path_and_duty_event(db, actor, clock, room):
    reception = actor("receptionist")
    log_id, _ = take(db, reception)
    clock.advance(minutes=10)
    eid = worklog.create_entry(db, reception, call(room=" 3-2-1502 ", at="08:25", category="repair"))
    row = records.get(db, reception, worklog.WORK_KIND, eid)
    assert (row.number, row.status, row.room_code, row.at, row.category, row.phone) == (
        "GZ20250612-0001", "open", "3-2-1502", datetime(2025, 6, 12, 8, 25), "repair", "13805716688")
    assert row.duty_number == records.get(db, reception, svc.DUTY_KIND, log_id).number
    [event] = svc.list_events(db, reception, log_id)
    assert (event.kind, event.ref_number, event.summary) == ("worklog", "GZ20250612-0001",
                                                            "王建国 3-2-1502：楼道灯不亮")
    answered = worklog.create_entry(db, reception, call(answer="已告知物业费标准", result="answered",
                                                    category="enquiry"))
    assert records.get(db, reception, worklog.WORK_KIND, answered).status == "answered"
    closed = worklog.create_entry(db, reception, call(answer="当场解决", result="closed"))
    assert records.get(db, reception, worklog.WORK_KIND, closed).closed_at == clock.at


def test_entry_without_a_shift_still_saved(db, actor, clock):
    eid = worklog.create_entry(db, actor("receptionist"), call())
    with db.read() as s:
        assert s.get(WorkLogEntry, eid).duty_log_id is None
        assert s.scalar(select(DutyEvent.id)) is None


@pytest.mark.parametrize(("change", "field", "message"), [
    ({"caller": ""}, "caller", "required"),
    ({"caller": "名" * 31}, "caller", "too long"),
    ({"content": " "}, "content", "required"),
    ({"content": "长" * 501}, "content", "too long"),
    ({"phone": ""}, "phone", "required"),
    ({"phone": "1380571668"}, "phone", "mobile"),
    ({"phone": "12345678901"}, "phone", "mobile"),
    ({"room": "9-9-9999"}, "room", "no room"),
    ({"channel": "telegram"}, "channel", "Channel"),
    ({"category": "gossip"}, "category", "Category"),
    ({"at": "23:59"}, "at", "later than now"),
    ({"result": "answered"}, "answer", "Answer"),
    ({"result": "transferred"}, "transfer_to", "Transferred"),
    ({"result": "done"}, "result", "Result"),
])
def test_create_entry_refuses_bad_input(db, actor, clock, room, change, field, message):
    reception = actor("receptionist")
    with pytest.raises(ValidationError, match=message) as err:
        worklog.create_entry(db, reception, call(**change))
    assert err.value.field == field
    with db.read() as s:
        assert s.scalar(select(WorkLogEntry.id)) is None      # nothing half-saved


def test_patrol_findings_need_no_phone_and_landlines_are_phones(db, actor, clock):
    steward = actor("steward")
    eid = worklog.create_entry(db, steward, call(channel="patrol", phone="", caller="管理员巡查"))
    assert records.get(db, steward, worklog.WORK_KIND, eid).phone == ""
    eid = worklog.create_entry(db, steward, call(phone="0571-88886666", channel="巡查发现"))
    assert records.get(db, steward, worklog.WORK_KIND, eid).channel == "patrol"


def test_results_through_the_engine(db, actor, admin, clock):
    reception = actor("receptionist")
    eid = worklog.create_entry(db, reception, call())
    with pytest.raises(ValidationError, match="Answer"):
        records.act(db, reception, worklog.WORK_KIND, eid, "answer", {"answer": ""})
    with pytest.raises(ValidationError, match="Transferred"):
        records.act(db, reception, worklog.WORK_KIND, eid, "transfer", {})
    with pytest.raises(ConflictError, match="changed"):
        records.act(db, reception, worklog.WORK_KIND, eid, "answer", {"answer": "x"}, version=99)
    records.act(db, reception, worklog.WORK_KIND, eid, "answer", {"answer": "已报工程部，今天下午处理"})
    with pytest.raises(ConflictError, match="cannot be done"):
        records.act(db, reception, worklog.WORK_KIND, eid, "answer", {"answer": "again"})
    records.act(db, reception, worklog.WORK_KIND, eid, "transfer", {"transfer_to": "工程部 张师傅"})
    clock.advance(hours=2)
    records.act(db, reception, worklog.WORK_KIND, eid, "close", {})                   # it has an answer already
    row = records.get(db, reception, worklog.WORK_KIND, eid)
    assert (row.status, row.transfer_to, row.closed_at) == ("closed", "工程部 张师傅", clock.at)
    assert [e.action for e in row.events] == ["Logged", "Answer", "Transfer", "Close"]
    with pytest.raises(ConflictError, match="can no longer be changed"):
        records.act(db, reception, worklog.WORK_KIND, eid, "close", {})
    with pytest.raises(ConflictError, match="can no longer be changed"):
        worklog.update_entry(db, reception, eid, call(content="改"), row.version)
    other = worklog.create_entry(db, reception, call())
    with pytest.raises(ValidationError, match="Reason"):
        records.act(db, reception, worklog.WORK_KIND, other, "void", {"reason": ""})
    records.act(db, reception, worklog.WORK_KIND, other, "void", {"reason": "重复登记"})
    assert records.get(db, reception, worklog.WORK_KIND, other).status == "void"
    with pytest.raises(NotFound):
        records.act(db, reception, worklog.WORK_KIND, other, "fly", {})


def test_update_entry_and_stale_version(db, actor, clock, room):
    reception = actor("receptionist")
    eid = worklog.create_entry(db, reception, call())
    row = records.get(db, reception, worklog.WORK_KIND, eid)
    worklog.update_entry(db, reception, eid, call(room="3-2-1502", content="楼道灯不亮（12楼）"), row.version)
    row2 = records.get(db, reception, worklog.WORK_KIND, eid)
    assert (row2.room_code, row2.content) == ("3-2-1502", "楼道灯不亮（12楼）")
    with pytest.raises(ConflictError, match="changed"):
        worklog.update_entry(db, reception, eid, call(content="另一台电脑的修改"), row.version)
    with pytest.raises(ValidationError, match="no room"):
        worklog.update_entry(db, reception, eid, call(room="1-1-0101"), row2.version)
    # a masked editor keeps the stored phone
    worklog.update_entry(db, reception, eid, call(phone="", content="保留电话"), row2.version, keep_phone=True)
    assert records.get(db, reception, worklog.WORK_KIND, eid).phone == "13805716688"
    with pytest.raises(NotFound):
        records.get(db, reception, worklog.WORK_KIND, 999)


def test_two_desks_edit_the_same_row(db, actor, clock):
    reception, clerk = actor("receptionist"), actor("clerk")
    eid = worklog.create_entry(db, reception, call())
    version = records.get(db, reception, worklog.WORK_KIND, eid).version
    other = Database(db.url)
    try:
        records.act(other, clerk, worklog.WORK_KIND, eid, "answer", {"answer": "已答复"}, version=version)
        with pytest.raises(ConflictError, match="changed"):
            records.act(db, reception, worklog.WORK_KIND, eid, "void", {"reason": "重复"}, version=version)
    finally:
        other.dispose()


def test_link_conversion_marks_transferred_and_logs_it(db, actor, clock):
    reception = actor("receptionist")
    log_id, _ = take(db, reception)
    eid = worklog.create_entry(db, reception, call())
    # the target found by its table (kind = table name): here a duty log stands in for a work slip
    worklog.link_record(db, reception, eid, "duty_log", log_id)
    row = records.get(db, reception, worklog.WORK_KIND, eid)
    number = records.get(db, reception, svc.DUTY_KIND, log_id).number
    assert (row.status, row.transfer_to) == ("transferred", number)
    assert [(lk.kind, lk.record_id, lk.number) for lk in row.conversions] == [("duty_log", log_id, number)]
    worklog.link_record(db, reception, eid, "work_slip", 42, number="LX20250612-0003")
    assert worklog.list_entries(db, reception)[0].links == (number, "LX20250612-0003")
    kinds = [(e.kind, e.ref_number) for e in svc.list_events(db, reception, log_id)]
    assert kinds == [("worklog", row.number), ("conversion", number), ("conversion", "LX20250612-0003")]
    records.act(db, reception, worklog.WORK_KIND, eid, "void", {"reason": "x"})
    with pytest.raises(ConflictError, match="void"):
        worklog.link_record(db, reception, eid, "work_slip", 43)


def test_list_filters_paging_and_masking(db, actor, admin, clock, room):
    reception = actor("receptionist")
    clock.at = datetime(2025, 6, 11, 10, 0)
    worklog.create_entry(db, reception, call(caller="昨天", channel="visit"))
    clock.at = datetime(2025, 6, 12, 10, 0)
    for i in range(5):
        worklog.create_entry(db, reception, call(caller=f"来电{i}", at=f"09:0{i}", room="3-2-1502" if i == 2 else "",
                                             category="repair" if i % 2 else "enquiry",
                                             answer="已答复" if i == 4 else "",
                                             result="answered" if i == 4 else ""))
    today = date(2025, 6, 12)
    rows = worklog.list_entries(db, reception, date_from=today, date_to=today)
    assert [r.caller for r in rows] == ["来电4", "来电3", "来电2", "来电1", "来电0"]      # newest first
    assert rows[0].phone == "138****6688"                      # masked for the receptionist
    assert worklog.list_entries(db, admin, date_from=today, date_to=today)[0].phone == "13805716688"
    assert records.get(db, reception, worklog.WORK_KIND, rows[0].id).phone == "13805716688"   # they typed it themselves
    assert records.get(db, actor("clerk"), worklog.WORK_KIND, rows[0].id).phone_masked
    page1 = worklog.list_entries(db, reception, limit=2)
    page2 = worklog.list_entries(db, reception, limit=2, after=page1[-1].sort_key)
    page3 = worklog.list_entries(db, reception, limit=2, after=page2[-1].sort_key)
    assert [r.caller for r in page1 + page2 + page3] == ["来电4", "来电3", "来电2", "来电1", "来电0", "昨天"]
    assert [r.caller for r in worklog.list_entries(db, reception, category="repair")] == ["来电3", "来电1"]
    assert [r.caller for r in worklog.list_entries(db, reception, channel="visit")] == ["昨天"]
    assert len(worklog.list_entries(db, reception, status="open")) == 5
    assert [r.caller for r in worklog.list_entries(db, reception, text="3-2")] == ["来电2"]
    assert [r.caller for r in worklog.list_entries(db, reception, text="来电1")] == ["来电1"]
    assert worklog.count_entries(db, reception, date_from=today, date_to=today) == (5, 4)
    assert worklog.room_codes(db, reception, "3-2") == ["3-2-1502"]
    assert worklog.room_codes(db, reception, "") == []


def test_open_rows_are_open_items_and_flagged_after_the_day(db, actor, clock):
    reception = actor("receptionist")
    clock.at = datetime(2025, 6, 12, 10, 0)
    worklog.create_entry(db, reception, call())
    worklog.create_entry(db, reception, call(caller="答复了", answer="好", result="answered"))
    items = [i for i in open_items.collect(db, reception, clock.at) if i.page == "worklog"]
    assert [(i.level, i.number) for i in items] == [("attention", "GZ20250612-0001")]
    assert "王建国" in items[0].title and "楼道灯不亮" in items[0].title
    clock.at = datetime(2025, 6, 12, 17, 45)                   # after the day's end: flagged
    items = [i for i in open_items.collect(db, reception, clock.at) if i.page == "worklog"]
    assert items[0].level == "alert"
    assert worklog.list_entries(db, reception)[1].flagged
    summary = worklog.day_summary(db, reception, date(2025, 6, 12))
    assert (summary.total, summary.open, summary.flagged, summary.review) == (2, 1, True, None)


def test_home_tiles(db, actor, admin, clock):
    reception = actor("receptionist")

    def tile(title):
        return next(t for t in dashboard.tiles(db, reception, clock.at.date()) if t.title.source == title)
    assert tile("Shift").level == "alert"
    take(db, reception)
    shift = tile("Shift")
    assert shift.level == "normal" and shift.items == [reception.name]
    clock.advance(hours=2)
    worklog.create_entry(db, reception, call())
    work = tile("Work log: open requests today")
    assert (work.value, work.level, work.page) == ("1", "attention", "worklog")
    assert "楼道灯不亮" in work.items[0]
    clock.at = datetime(2025, 6, 12, 17, 20)
    handover(db, reception, admin)
    assert tile("Shift").level == "attention"
    clock.at = datetime(2025, 6, 12, 18, 0)
    assert tile("Work log: open requests today").level == "alert"


def test_daily_review(db, actor, admin, clock):
    reception = actor("receptionist")
    day = date(2025, 6, 12)
    worklog.create_entry(db, reception, call())
    with pytest.raises(PermissionDenied):
        worklog.review_day(db, reception, day)
    with pytest.raises(ValidationError, match="1 rows have no result"):
        worklog.review_day(db, admin, day)
    with pytest.raises(ValidationError, match="begun"):
        worklog.review_day(db, admin, day + timedelta(days=1), "x")
    worklog.review_day(db, admin, day, "已转工程部，明早回访")
    review = worklog.day_summary(db, admin, day).review
    assert (review.reviewed_by, review.open_rows, review.total_rows) == (admin.name, 1, 1)
    with pytest.raises(ConflictError, match="checked already"):
        worklog.review_day(db, admin, day, "again")


def test_history_of_shifts_is_paged(db, actor, admin, clock):
    reception, clerk = actor("receptionist"), actor("clerk")
    for k in range(3):
        take(db, reception if k % 2 == 0 else clerk)
        clock.advance(hours=9)
        on = reception if k % 2 == 0 else clerk
        nxt = clerk if k % 2 == 0 else reception
        log = svc.open_log(db, on)
        hand_over(db, on, log.id, log.version, handed_to=nxt.staff_id, carried_over="无")
    rows = svc.list_logs(db, reception, limit=2)
    more = svc.list_logs(db, reception, limit=2, after=rows[-1].sort_key)
    assert [r.number for r in rows + more] == ["ZB20250613-0001", "ZB20250612-0002", "ZB20250612-0001"]
    assert (rows[0].handed_to, rows[0].on_duty) == (clerk.name, reception.name)


# ------------------------------------------------------------------------------------------ the result clock

def test_a_row_is_due_a_result_by_the_end_of_its_desk_day(db, actor, clock):
    from app.services import clocks
    reception = actor("receptionist")
    clock.at = datetime(2025, 6, 12, 10, 0)
    eid = worklog.create_entry(db, reception, call())
    late = worklog.create_entry(db, reception, call(caller="晚来电"))
    [result] = records.get(db, reception, worklog.WORK_KIND, eid).clocks
    assert (result.deadline, result.state, result.late) == (datetime(2025, 6, 12, 17, 30), "running", False)
    assert worklog.list_entries(db, reception, status="overdue") == []
    clock.at = datetime(2025, 6, 12, 16, 0)
    records.act(db, reception, worklog.WORK_KIND, eid, "answer", {"answer": "已派工程部"})
    clock.at = datetime(2025, 6, 12, 17, 31)
    assert [r.caller for r in worklog.list_entries(db, reception, status="overdue")] == ["晚来电"]
    assert worklog.count_listed(db, reception, status="overdue") == 1
    answered = records.get(db, reception, worklog.WORK_KIND, eid).clocks[0]
    assert answered.state == "stopped" and not answered.late
    with db.read() as s:                                # the list asks the clock index
        assert set(s.scalars(clocks.overdue(worklog.WORK_KIND, "result", clock.at))) == {late}
    # a request logged after the desk day's end is due at once; one from an earlier day too
    night = worklog.create_entry(db, reception, call(caller="夜间来电"))
    assert records.get(db, reception, worklog.WORK_KIND, night).clocks[0].deadline == clock.at
    clock.advance(minutes=1)
    assert records.get(db, reception, worklog.WORK_KIND, night).clocks[0].late


def test_correcting_the_time_of_an_open_row_moves_its_deadline(db, actor, clock):
    reception = actor("receptionist")
    clock.at = datetime(2025, 6, 12, 10, 0)
    eid = worklog.create_entry(db, reception, call(at="06-11 09:00"))     # typed the day before by mistake
    view = records.get(db, reception, worklog.WORK_KIND, eid)
    assert view.clocks[0].deadline == datetime(2025, 6, 11, 17, 30) and view.clocks[0].late   # yesterday's
    worklog.update_entry(db, reception, eid, call(at="09:40"), view.version)
    view = records.get(db, reception, worklog.WORK_KIND, eid)
    assert view.clocks[0].deadline == datetime(2025, 6, 12, 17, 30) and not view.clocks[0].late
    assert [e.action for e in view.events] == ["Logged", "Time corrected"]
    records.act(db, reception, worklog.WORK_KIND, eid, "answer", {"answer": "好"})
    worklog.update_entry(db, reception, eid, call(at="09:45"),
                         records.get(db, reception, worklog.WORK_KIND, eid).version)
    assert len(records.get(db, reception, worklog.WORK_KIND, eid).events) == 3   # answered: no clock to move


def test_a_row_with_its_result_is_one_unit_of_work(db, actor, clock):
    """Logging a row, its duty event, its clock and the result given at once: all or nothing."""
    from db.models import RecordClock
    reception = actor("receptionist")
    take(db, reception)

    def counts():
        with db.read() as s:
            return [s.scalar(select(func.count()).select_from(m)) for m in
                    (WorkLogEntry, WorkflowEvent, RecordClock, DutyEvent)]
    before = counts()
    with pytest.raises(ValidationError, match="Transferred to") as err:   # created, then the result refused
        worklog.create_entry(db, reception, call(result="transferred"))
    assert err.value.field == "transfer_to" and counts() == before
    worklog.create_entry(db, reception, call(result="transferred", transfer_to="工程部 张师傅"))
    assert [a - b for a, b in zip(counts(), before, strict=True)] == [1, 2, 1, 1]
