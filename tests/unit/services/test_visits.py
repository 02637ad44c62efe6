"""来访接待 through its service on a real store: registration, host contact, admit/refuse, sign-out, service
visits, every refused transition, bad input, warnings (already on site, watchlist), returning visitors,
masking, two desks on one visit, lists and their filters, day-end flags, KPIs, and the desk's hooks."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import delete, select
from stdnum.cn import ric

from app.domain import visits as V
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.domain.validation import mask_id
from app.domain.visits import VisitWarnings
from app.services import audit, dashboard, open_items, params, records, registry
from app.services import visits as svc
from app.services import workflow as wf
from app.services.registry import BuildingInput, PersonInput, RoomInput
from db.models import AuditLog, RecordClock, WorkflowEvent
from db.models.visit import Visit

OWNER_ID = "11010519491231002X"


def rid(first17: str) -> str:
    """A resident ID number with its correct check digit."""
    return first17 + ric.calc_check_digit(first17 + "0")


VISITOR_ID = rid("33010619850713451")
OTHER_ID = rid("44030519880202456")
MORNING = datetime(2026, 6, 10, 9, 0, 0)   # a Wednesday


class Clock:
    def __init__(self, monkeypatch, start: datetime) -> None:
        self.now = start
        monkeypatch.setattr("app.services.base.now", lambda: self.now)

    def set(self, when: datetime) -> None:
        self.now = when

    def advance(self, **kw) -> datetime:
        self.now += timedelta(**kw)
        return self.now


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, MORNING)


@pytest.fixture
def estate(db, admin):
    """Building 3, unit 2, rooms 1501/1502 (王建国 owns 1502) and 3-1-0101."""
    b = registry.save_building(db, admin, BuildingInput("3"))
    u2 = registry.save_unit(db, admin, b, "2")
    u1 = registry.save_unit(db, admin, b, "1")
    rooms = {"3-2-1501": registry.save_room(db, admin, RoomInput(u2, "1501", "15", "98.5")),
             "3-2-1502": registry.save_room(db, admin, RoomInput(u2, "1502", "15", "128.56")),
             "3-1-0101": registry.save_room(db, admin, RoomInput(u1, "0101", "1", "60"))}
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number=OWNER_ID),
                         room_id=rooms["3-2-1502"], role="owner", is_primary=True)
    return rooms


@pytest.fixture
def desk(actor):
    return actor("receptionist")


def visitor(**changes) -> dict:
    data = dict(category="visitor", visitor_name="刘志强", phone="13957112345", id_type="resident",
                id_number=VISITOR_ID, unit_or_address="文三路100号", companions="1", plate="浙A12345",
                purpose="family", room="3-2-1502", host_name="王建国", items_carried="水果一箱")
    data.update(changes)
    return data


def service(**changes) -> dict:
    data = dict(category="service", visitor_name="王建国", phone="13805716688", id_type="resident",
                id_number="", purpose="payment", room="3-2-1502")
    data.update(changes)
    return data


def load(db, visit_id) -> Visit:
    with db.read() as s:
        return s.get(Visit, visit_id)


def actions(db, visit_id) -> list[str]:
    with db.read() as s:
        return [e.action for e in wf.events(s, V.VISIT, visit_id)]


def host_clock(db, visit_id) -> RecordClock | None:
    """The deadline row of a visit's host clock (visitors only)."""
    with db.read() as s:
        return s.scalar(select(RecordClock).where(RecordClock.kind == "visit", RecordClock.record_id == visit_id,
                                                  RecordClock.clock == "host_reply", RecordClock.point == 100))


def to_state(db, who, state: str, **changes) -> int:
    """A visitor's visit brought to ``state`` the ordinary way."""
    vid = svc.register_visit(db, who, visitor(**changes), acknowledge=True)
    steps = {
        "registered": [], "contacting": [("contact", {"host_contact_method": "phone"})],
        "unreachable": [("host_unreachable", {"host_contact_method": "phone"})],
        "approved": [("host_agreed", {"host_contact_method": "intercom"})],
        "admitted": [("host_agreed", {"host_contact_method": "phone"}), ("admit", {"pass_no": "L-1"})],
        "left": [("host_agreed", {"host_contact_method": "phone"}), ("admit", {}),
                 ("depart", {"departure_at": None})],
        "refused": [("host_refused", {"host_contact_method": "phone", "note": "不认识"})],
    }[state]
    for action, values in steps:
        if action == "depart":
            values = {"departure_at": svc.base.now()}
        records.act(db, who, svc.KIND, vid, action, values)
    assert load(db, vid).status == state
    return vid


# ------------------------------------------------------------------------------------------ happy paths

def test_visitor_registered_contacted_admitted_and_signed_out(db, estate, desk, clock):
    vid = svc.register_visit(db, desk, visitor())
    v = load(db, vid)
    assert v.number == "FK20260610-0001" and v.status == "registered"
    assert (v.arrival_at, v.id_number, v.phone_tail, v.plate, v.companions) == (
        MORNING, VISITOR_ID, "2345", "浙A12345", 1)
    assert v.room_id == estate["3-2-1502"] and v.room_code == "3-2-1502" and v.created_by == desk.staff_id
    assert [a.name for a in records.get(db, desk, svc.KIND, vid).actions] == [
        "contact", "host_agreed", "host_refused", "host_unreachable", "refuse"]
    clock.advance(minutes=1)
    records.act(db, desk, svc.KIND, vid, "contact", {"host_contact_method": "phone"})
    clock.advance(minutes=2)
    records.act(db, desk, svc.KIND, vid, "host_agreed", {"host_contact_method": "phone", "note": "业主电话确认"})
    assert [a.name for a in records.get(db, desk, svc.KIND, vid).actions] == ["admit", "refuse"]
    clock.advance(minutes=1)
    records.act(db, desk, svc.KIND, vid, "admit", {"pass_no": "l-018"})
    v = load(db, vid)
    assert (v.status, v.host_result, v.host_contact_method, v.pass_no) == ("admitted", "agreed", "phone", "L-018")
    assert v.host_contact_at == MORNING + timedelta(minutes=3) and v.admitted_at == MORNING + timedelta(minutes=4)
    clock.advance(hours=2)
    records.act(db, desk, svc.KIND, vid, "depart", {"departure_at": "2026-06-10 10:30", "pass_returned": True})
    v = load(db, vid)
    assert (v.status, v.departure_at, v.pass_returned) == ("left", datetime(2026, 6, 10, 10, 30), True)
    assert actions(db, vid) == ["create", "contact", "host_agreed", "admit", "depart"]
    detail = records.get(db, desk, svc.KIND, vid)
    assert detail.actions == [] and detail.status_label == "Left"
    assert [e.note for e in detail.events][2] == "业主电话确认"
    assert detail.events[0].who == desk.name
    with db.read() as s:
        rows = s.scalars(select(AuditLog.action).where(AuditLog.entity == "visit")).all()
    assert rows[0] == "create" and rows.count("update") == 4
    assert audit.verify(db).ok


def test_host_agreed_and_admitted_in_one_step(db, estate, desk, clock):
    vid = svc.register_visit(db, desk, visitor())
    records.act(db, desk, svc.KIND, vid, "host_agreed",
                {"host_contact_method": "intercom", "admit_now": True, "pass_no": "7"})
    v = load(db, vid)
    assert (v.status, v.pass_no, v.host_result) == ("admitted", "7", "agreed")
    assert actions(db, vid) == ["create", "host_agreed", "admit"]


def test_unreachable_host_then_a_new_attempt_restarts_the_clock(db, estate, desk, clock):
    vid = to_state(db, desk, "unreachable")
    assert [a.name for a in records.get(db, desk, svc.KIND, vid).actions] == ["contact", "host_agreed",
                                                                      "host_refused", "refuse"]
    clock.advance(minutes=30)
    records.act(db, desk, svc.KIND, vid, "contact", {"host_contact_method": "wechat"})
    assert host_clock(db, vid).started_at == clock.now              # a new run of the host's clock
    detail = records.get(db, desk, svc.KIND, vid)
    assert detail.host_due_at == clock.now + timedelta(minutes=10)
    with db.read() as s:  # the engine's clock, from the event log, agrees
        assert wf.due_at(s, V.VISIT, "host_reply", s.get(Visit, vid)) == clock.now + timedelta(minutes=10)
    records.act(db, desk, svc.KIND, vid, "host_refused", {"host_contact_method": "wechat", "note": "不在家"})
    v = load(db, vid)
    assert (v.status, v.host_result, v.outcome) == ("refused", "refused", "不在家")


def test_refused_by_the_desk_keeps_the_reason(db, estate, desk, clock):
    vid = to_state(db, desk, "approved")
    records.act(db, desk, svc.KIND, vid, "refuse", {"note": "携带管制刀具，劝离"})
    v = load(db, vid)
    assert (v.status, v.outcome) == ("refused", "携带管制刀具，劝离")


def test_service_visit_is_served_then_handled_or_converted(db, estate, desk, clock):
    vid = svc.register_visit(db, desk, service())
    v = load(db, vid)
    assert (v.status, v.category, v.id_number, host_clock(db, vid)) == ("serving", "service", "", None)
    assert actions(db, vid) == ["create", "serve"]
    assert [a.name for a in records.get(db, desk, svc.KIND, vid).actions] == ["handle", "convert"]
    clock.advance(minutes=6)
    records.act(db, desk, svc.KIND, vid, "handle", {"note": "已缴2026年物业费"})
    v = load(db, vid)
    assert (v.status, v.handled_at, v.outcome) == ("done", MORNING + timedelta(minutes=6), "已缴2026年物业费")
    other = svc.register_visit(db, desk, service(purpose="enquiry", room=""))
    with pytest.raises(ValidationError) as err:
        records.act(db, desk, svc.KIND, other, "convert", {})
    assert err.value.field == "linked_record"
    with pytest.raises(ValidationError, match="No record has the number TS20260610-0003") as err:
        records.act(db, desk, svc.KIND, other, "convert", {"linked_record": "ts20260610-0003"})
    assert err.value.field == "linked_record" and load(db, other).status == "serving"
    from app.services import relay
    slip = relay.create_slip(db, desk, relay.SlipInput("engineering", "楼道灯不亮", "3单元楼道灯不亮",
                                                       date(2026, 6, 10)))
    number = records.get(db, desk, relay.SLIP_KIND, slip).number
    records.act(db, desk, svc.KIND, other, "convert", {"linked_record": number.lower()})
    assert (load(db, other).status, load(db, other).linked_record) == ("converted", number)


def test_numbers_run_per_day_and_are_never_reused(db, estate, desk, admin, clock):
    first = svc.register_visit(db, desk, visitor())
    records.act(db, admin, svc.KIND, first, "void", {"reason": "重复登记"})
    second = svc.register_visit(db, desk, visitor(phone="13900001111", id_number=OTHER_ID))
    assert load(db, second).number == "FK20260610-0002"
    v = load(db, first)
    assert (v.status, v.number, v.void_reason) == ("void", "FK20260610-0001", "重复登记")
    clock.set(MORNING + timedelta(days=1))
    assert load(db, svc.register_visit(db, desk, service())).number == "FK20260611-0001"


# ------------------------------------------------------------------------------------------ refusals

@pytest.mark.parametrize(("state", "action", "values", "error", "field"), [
    # admitting before the host's answer is recorded (the manual's rule)
    ("registered", "admit", {}, ConflictError, None),
    ("contacting", "admit", {}, ConflictError, None),
    ("unreachable", "admit", {}, ConflictError, None),
    # departure before arrival on site
    ("registered", "depart", {"departure_at": "09:30"}, ConflictError, None),
    ("approved", "depart", {"departure_at": "09:30"}, ConflictError, None),
    # actions out of order
    ("approved", "contact", {"host_contact_method": "phone"}, ConflictError, None),
    ("unreachable", "host_unreachable", {"host_contact_method": "phone"}, ConflictError, None),
    ("admitted", "refuse", {"note": "x"}, ConflictError, None),
    ("admitted", "host_agreed", {"host_contact_method": "phone"}, ConflictError, None),
    # closed visits
    ("left", "depart", {"departure_at": "09:30"}, ConflictError, None),
    ("refused", "admit", {}, ConflictError, None),
    ("refused", "void", {"reason": "x"}, ConflictError, None),
    # the other track
    ("registered", "handle", {}, ConflictError, None),
    ("registered", "serve", {}, ConflictError, None),
    # missing fields
    ("registered", "contact", {}, ValidationError, "host_contact_method"),
    ("contacting", "host_agreed", {"host_contact_method": ""}, ValidationError, "host_contact_method"),
    ("contacting", "host_refused", {"host_contact_method": "carrier pigeon"}, ValidationError,
     "host_contact_method"),
    ("contacting", "refuse", {"note": "  "}, ValidationError, "note"),
    ("admitted", "depart", {}, ValidationError, "departure_at"),
    ("admitted", "depart", {"departure_at": "noon"}, ValidationError, "departure_at"),
    ("approved", "admit", {"pass_no": "通行证#1"}, ValidationError, "pass_no"),
    ("registered", "void", {"reason": ""}, ValidationError, "reason"),
])
def test_refused_transitions_change_nothing(db, estate, admin, state, action, values, error, field, clock):
    vid = to_state(db, admin, state)
    before = load(db, vid)
    events = actions(db, vid)
    with pytest.raises(error) as err:
        records.act(db, admin, svc.KIND, vid, action, values)
    if field:
        assert err.value.field == field
    after = load(db, vid)
    assert (after.status, after.version) == (before.status, before.version)
    assert actions(db, vid) == events


def test_admit_before_the_host_answer_says_why(db, estate, desk, clock):
    vid = to_state(db, desk, "contacting")
    with pytest.raises(ConflictError, match="“Admit” cannot be done while the record is Contacting the host"):
        records.act(db, desk, svc.KIND, vid, "admit", {})


def test_service_actions_refused_on_a_visitor_and_back(db, estate, desk, clock):
    vid = svc.register_visit(db, desk, service())
    with pytest.raises(ConflictError, match="does not apply to Business at the desk"):
        records.act(db, desk, svc.KIND, vid, "host_agreed", {"host_contact_method": "phone"})
    with pytest.raises(ConflictError):
        records.act(db, desk, svc.KIND, vid, "depart", {"departure_at": "09:30"})
    with pytest.raises(NotFound):
        records.act(db, desk, svc.KIND, vid, "teleport", {})
    with pytest.raises(NotFound):
        records.act(db, desk, svc.KIND, 999_999, "handle", {})


@pytest.mark.parametrize(("departure", "message"), [
    (datetime(2026, 6, 10, 8, 59), "cannot be before the arrival"),
    (datetime(2026, 6, 10, 9, 1), "before the visitor was admitted"),
    (datetime(2026, 6, 10, 13, 0), "cannot be in the future"),
])
def test_departure_times_that_cannot_be(db, estate, desk, clock, departure, message):
    vid = svc.register_visit(db, desk, visitor())
    clock.advance(minutes=5)
    records.act(db, desk, svc.KIND, vid, "host_agreed", {"host_contact_method": "phone", "admit_now": True})
    clock.set(datetime(2026, 6, 10, 12, 0))
    with pytest.raises(ValidationError, match=message) as err:
        records.act(db, desk, svc.KIND, vid, "depart", {"departure_at": departure})
    assert err.value.field == "departure_at"
    assert load(db, vid).status == "admitted"
    records.act(db, desk, svc.KIND, vid, "depart", {"departure_at": datetime(2026, 6, 10, 11, 45)})
    assert load(db, vid).departure_at == datetime(2026, 6, 10, 11, 45)


# ------------------------------------------------------------------------------------------ bad input

@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"visitor_name": "  "}, "visitor_name", "required"),
    ({"visitor_name": "张" * 31}, "visitor_name", "too long"),
    ({"id_number": ""}, "id_number", "required"),
    ({"id_number": VISITOR_ID[:-1] + ("0" if VISITOR_ID[-1] != "0" else "1")}, "id_number", "check digit"),
    ({"id_number": VISITOR_ID[:-2]}, "id_number", "18 characters"),
    ({"id_type": "driving", "id_number": "12345"}, "id_number", "18 characters"),
    ({"id_type": "passport", "id_number": "E12#45"}, "id_number", "5 to 20"),
    ({"id_type": "spaceship"}, "id_type", "document type"),
    ({"phone": ""}, "phone", "required"),
    ({"phone": "1395711234"}, "phone", "mobile"),
    ({"phone": "23957112345"}, "phone", "mobile"),
    ({"plate": "ABC123"}, "plate", "province"),
    ({"companions": "-1"}, "companions", "whole number"),
    ({"companions": "two"}, "companions", "whole number"),
    ({"companions": "51"}, "companions", "At most 50"),
    ({"room": ""}, "room", "Give the room"),
    ({"room": "3-2-9999"}, "room", "no room 3-2-9999"),
    ({"room": "3楼2单元"}, "room", "looks like"),
    ({"host_name": ""}, "host_name", "required"),
    ({"purpose": "payment"}, "purpose", "purpose"),
    ({"category": "tourist"}, "category", "visits a resident"),
    ({"items_carried": "包" * 201}, "items_carried", "too long"),
    ({"remarks": "备" * 501}, "remarks", "too long"),
])
def test_bad_registrations_refused_beside_their_field(db, estate, desk, clock, changes, field, message):
    with pytest.raises(ValidationError, match=message) as err:
        svc.register_visit(db, desk, visitor(**changes))
    assert err.value.field == field
    with db.read() as s:
        assert s.scalar(select(Visit.id)) is None


def test_accepted_forms_of_input(db, estate, desk, clock):
    vid = svc.register_visit(db, desk, visitor(
        id_number=VISITOR_ID.lower()[:-1] + VISITOR_ID[-1].lower(), phone="0571-88001234",
        plate="粤b·d12345", room=" 3-2-1502 ", companions=""))
    v = load(db, vid)
    assert (v.id_number, v.phone, v.phone_tail, v.plate, v.companions) == (
        VISITOR_ID, "057188001234", "1234", "粤BD12345", 0)
    passport = svc.register_visit(db, desk, visitor(id_type="hk_macao", id_number="h12345678",
                                                     phone="13700001111", plate=""))
    assert load(db, passport).id_number == "H12345678"
    # a service visit needs neither a document nor a room, but checks them when given
    assert load(db, svc.register_visit(db, desk, service(room=""))).room_id is None
    with pytest.raises(ValidationError):
        svc.register_visit(db, desk, service(id_number="123"))


# ------------------------------------------------------------------------------------------ warnings

def test_the_same_visitor_already_on_site_warns(db, estate, desk, clock):
    first = to_state(db, desk, "admitted")
    clock.advance(minutes=20)
    with pytest.raises(VisitWarnings, match="still on site") as err:
        svc.register_visit(db, desk, visitor(room="3-2-1501", host_name="李四"))
    assert "FK20260610-0001" in str(err.value)
    with db.read() as s:
        assert s.scalar(select(Visit.id).where(Visit.id != first)) is None   # nothing saved
    second = svc.register_visit(db, desk, visitor(room="3-2-1501", host_name="李四"), acknowledge=True)
    assert "still on site" in load(db, second).watch_note
    with db.read() as s:
        event = s.scalar(select(WorkflowEvent).where(WorkflowEvent.record_id == second,
                                                     WorkflowEvent.kind == "visit"))
    assert "still on site" in event.data
    # once signed out, coming back is no warning; a service visit never warns about being on site
    records.act(db, desk, svc.KIND, first, "depart", {"departure_at": clock.now})
    records.act(db, desk, svc.KIND, second, "refuse", {"note": "已在小区内"})
    svc.register_visit(db, desk, visitor())
    svc.register_visit(db, desk, service(visitor_name="刘志强", phone="13957112345"))


def test_the_same_phone_with_another_name_is_someone_else(db, estate, desk, clock):
    to_state(db, desk, "admitted", id_number=OTHER_ID)
    svc.register_visit(db, desk, visitor(visitor_name="刘小强", id_number=VISITOR_ID))


def test_watchlist_warns_at_registration(db, estate, desk, admin, clock):
    with pytest.raises(PermissionDenied):
        svc.save_watch(db, desk, {"name": "赵某", "reason": "多次冒充快递员", "id_number": VISITOR_ID})
    wid = svc.save_watch(db, admin, {"name": "赵某", "reason": "多次冒充快递员进入小区", "id_number": VISITOR_ID})
    with pytest.raises(VisitWarnings, match="赵某 is on the watchlist: 多次冒充快递员进入小区"):
        svc.register_visit(db, desk, visitor())
    # a name alone is a weaker match: compare the document
    svc.save_watch(db, admin, {"name": "孙悟空", "reason": "曾与保安发生冲突"})
    with pytest.raises(VisitWarnings, match="Someone named 孙悟空"):
        svc.register_visit(db, desk, visitor(visitor_name="孙悟空", id_number=OTHER_ID, phone="13600000000"))
    with pytest.raises(VisitWarnings):  # the watchlist warns for service visits too
        svc.register_visit(db, desk, service(id_number=VISITOR_ID))
    svc.remove_watch(db, admin, wid)
    svc.register_visit(db, desk, visitor())
    with pytest.raises(ConflictError, match="already off"):
        svc.remove_watch(db, admin, wid)


def test_watchlist_entries_validated_unique_and_versioned(db, admin, desk):
    with pytest.raises(ValidationError) as err:
        svc.save_watch(db, admin, {"name": "", "reason": "x"})
    assert err.value.field == "name"
    with pytest.raises(ValidationError) as err:
        svc.save_watch(db, admin, {"name": "赵某", "reason": ""})
    assert err.value.field == "reason"
    with pytest.raises(ValidationError, match="check digit"):
        svc.save_watch(db, admin, {"name": "赵某", "reason": "x", "id_number": VISITOR_ID[:-1] + "0"})
    with pytest.raises(ValidationError) as err:
        svc.save_watch(db, admin, {"name": "赵某", "reason": "x", "phone": "12345"})
    assert err.value.field == "phone"
    wid = svc.save_watch(db, admin, {"name": "赵某", "reason": "冒充快递员", "id_number": VISITOR_ID})
    with pytest.raises(ValidationError, match="already on the watchlist"):
        svc.save_watch(db, admin, {"name": "赵二", "reason": "x", "id_number": VISITOR_ID})
    entry = svc.get_watch(db, admin, wid)
    svc.save_watch(db, admin, {"name": "赵某某", "reason": "冒充快递员", "id_number": VISITOR_ID}, wid, entry.version)
    with pytest.raises(ConflictError, match="changed"):
        svc.save_watch(db, admin, {"name": "赵", "reason": "x"}, wid, entry.version)
    with pytest.raises(ConflictError, match="changed"):
        svc.remove_watch(db, admin, wid, entry.version)
    for k in range(5):
        svc.save_watch(db, admin, {"name": f"测试{k}", "reason": "x"})
    first = svc.list_watch(db, admin, limit=3)
    rest = svc.list_watch(db, admin, after=first[-1].sort_key, limit=10)
    assert len(first) == 3 and len(rest) == 3
    assert {r.id for r in first}.isdisjoint({r.id for r in rest})
    with pytest.raises(PermissionDenied):
        svc.list_watch(db, desk)
    with db.read() as s:
        assert s.scalar(select(AuditLog.id).where(AuditLog.entity == "visit_watch")) is not None


# ------------------------------------------------------------------------------------------ returning visitors

def test_a_returning_visitor_is_filled_in_without_showing_the_masked_number(db, estate, desk, clock):
    first = to_state(db, desk, "left")
    found = svc.lookup_returning(db, desk, phone="139 5711 2345")
    assert found.reuse == f"visit:{first}" and found.visitor_name == "刘志强"
    assert found.phone == "13957112345"                        # what the desk typed
    assert found.id_number == mask_id(VISITOR_ID)             # the other value masked
    assert (found.plate, found.last_room, found.visits) == ("浙A12345", "3-2-1502", 1)
    by_id = svc.lookup_returning(db, desk, id_number=VISITOR_ID)
    assert (by_id.id_number, by_id.phone) == (VISITOR_ID, "139****2345")
    clock.advance(hours=3)
    again = svc.register_visit(db, desk, visitor(id_number=found.id_number, reuse=found.reuse, plate=""))
    assert load(db, again).id_number == VISITOR_ID
    with pytest.raises(ValidationError, match="full document number") as err:
        svc.register_visit(db, desk, visitor(id_number=VISITOR_ID[:4] + "*" * 10 + "9999", reuse=found.reuse))
    assert err.value.field == "id_number"
    with pytest.raises(ValidationError, match="full phone") as err:
        svc.register_visit(db, desk, visitor(phone="139****0000", reuse=found.reuse))
    with pytest.raises(ValidationError):   # a masked number without its source is just wrong
        svc.register_visit(db, desk, visitor(id_number=found.id_number))
    assert svc.lookup_returning(db, desk, phone="13000000000") is None
    assert svc.lookup_returning(db, desk, phone="139") is None


def test_a_resident_is_filled_in_from_the_registry(db, estate, desk, admin, clock):
    found = svc.lookup_returning(db, desk, phone="13805716688")
    assert found.reuse.startswith("person:") and found.visitor_name == "王建国"
    assert found.id_number == "1101**********002X"
    assert svc.lookup_returning(db, admin, phone="13805716688").id_number == OWNER_ID
    vid = svc.register_visit(db, desk, visitor(visitor_name="王建国", phone="13805716688",
                                               id_number=found.id_number, reuse=found.reuse,
                                               room="3-2-1501", host_name="李四"))
    assert load(db, vid).id_number == OWNER_ID
    hosts = svc.room_hosts(db, desk, "3-2-1502")
    assert [(h.name, h.role, h.is_primary) for h in hosts] == [("王建国", "owner", True)]
    assert svc.room_hosts(db, desk, "9-9-9999") is None


# ------------------------------------------------------------------------------------------ privacy, permissions

def test_lists_and_details_mask_documents_and_phones(db, estate, desk, admin, clock):
    vid = svc.register_visit(db, desk, visitor())
    row = svc.list_visits(db, desk)[0]
    assert (row.id_number, row.phone) == (mask_id(VISITOR_ID), "139****2345")
    assert records.get(db, desk, svc.KIND, vid).id_number == mask_id(VISITOR_ID)
    row = svc.list_visits(db, admin)[0]
    assert (row.id_number, row.phone) == (VISITOR_ID, "13957112345")


@pytest.mark.parametrize(("role", "call"), [
    ("clerk", lambda db, a, vid: svc.register_visit(db, a, visitor())),
    ("clerk", lambda db, a, vid: records.act(db, a, svc.KIND, vid, "contact", {"host_contact_method": "phone"})),
    ("receptionist", lambda db, a, vid: records.act(db, a, svc.KIND, vid, "void", {"reason": "x"})),
    ("steward", lambda db, a, vid: records.act(db, a, svc.KIND, vid, "void", {"reason": "x"})),
    ("it", lambda db, a, vid: svc.list_visits(db, a)),
    ("it", lambda db, a, vid: records.get(db, a, svc.KIND, vid)),
    ("it", lambda db, a, vid: svc.kpis(db, a)),
    ("clerk", lambda db, a, vid: svc.lookup_returning(db, a, phone="13957112345")),
    ("receptionist", lambda db, a, vid: svc.save_watch(db, a, {"name": "x", "reason": "y"})),
])
def test_permissions_are_enforced_by_the_service(db, estate, actor, admin, role, call, clock):
    vid = svc.register_visit(db, admin, visitor())
    with pytest.raises(PermissionDenied):
        call(db, actor(role), vid)
    assert load(db, vid).status == "registered"


def test_clerk_reads_the_register_and_steward_backs_up_the_desk(db, estate, actor, clock):
    steward = actor("steward")
    vid = svc.register_visit(db, steward, visitor())
    records.act(db, steward, svc.KIND, vid, "host_agreed", {"host_contact_method": "phone", "admit_now": True})
    clerk = actor("clerk")
    assert [r.id for r in svc.list_visits(db, clerk)] == [vid]
    assert records.get(db, clerk, svc.KIND, vid).actions == []


# ------------------------------------------------------------------------------------------ two desks

def test_two_desks_acting_on_the_same_visit(db, estate, desk, actor, clock):
    vid = svc.register_visit(db, desk, visitor())
    seen_by_a = records.get(db, desk, svc.KIND, vid)
    seen_by_b = records.get(db, actor("steward"), svc.KIND, vid)
    records.act(db, actor("steward"), svc.KIND, vid, "host_agreed", {"host_contact_method": "phone"},
            version=seen_by_b.version)
    with pytest.raises(ConflictError, match="Someone else changed this record"):
        records.act(db, desk, svc.KIND, vid, "host_refused", {"host_contact_method": "phone"},
                    version=seen_by_a.version)
    assert load(db, vid).status == "approved"
    assert actions(db, vid) == ["create", "host_agreed"]


# ------------------------------------------------------------------------------------------ lists

@pytest.fixture
def register_book(db, estate, admin, clock):
    """Visits over three days: yesterday one admitted and never signed out; today a mix."""
    ids = {}
    clock.set(datetime(2026, 6, 9, 15, 0))
    ids["yesterday"] = to_state(db, admin, "admitted", visitor_name="张三", phone="13811112222",
                                id_number=rid("11010119900101123"))
    clock.set(datetime(2026, 6, 10, 8, 30))
    ids["left"] = to_state(db, admin, "left", visitor_name="张三丰", phone="13811113333",
                           id_number=rid("11010119900101124"), room="3-2-1501", host_name="李四")
    clock.set(datetime(2026, 6, 10, 9, 0))
    ids["on_site"] = to_state(db, admin, "admitted")
    clock.set(datetime(2026, 6, 10, 9, 10))
    ids["refused"] = to_state(db, admin, "refused", visitor_name="李雷", phone="13700007777",
                              id_number=OTHER_ID, room="3-1-0101")
    clock.set(datetime(2026, 6, 10, 9, 20))
    ids["waiting"] = to_state(db, admin, "contacting", visitor_name="韩梅梅", phone="13600006666",
                              id_number=rid("11010119900101125"))
    clock.set(datetime(2026, 6, 10, 9, 30))
    ids["service"] = svc.register_visit(db, admin, service())
    clock.set(datetime(2026, 6, 10, 9, 40))
    ids["void"] = svc.register_visit(db, admin, service(visitor_name="误登记", phone="13500005555"))
    records.act(db, admin, svc.KIND, ids["void"], "void", {"reason": "误登记"})
    clock.set(datetime(2026, 6, 10, 10, 0))
    return ids


@pytest.mark.parametrize(("filters", "expected"), [
    ({}, ["void", "service", "waiting", "refused", "on_site", "left", "yesterday"]),
    ({"date_from": date(2026, 6, 10), "date_to": date(2026, 6, 10)},
     ["void", "service", "waiting", "refused", "on_site", "left"]),
    ({"date_to": date(2026, 6, 9)}, ["yesterday"]),
    ({"status": "on_site"}, ["on_site", "yesterday"]),
    ({"status": "not_signed_out"}, ["yesterday"]),
    ({"status": "waiting"}, ["waiting"]),
    ({"status": "left"}, ["left"]),
    ({"status": "refused"}, ["refused"]),
    ({"status": "service"}, ["void", "service"]),
    ({"status": "visitor"}, ["waiting", "refused", "on_site", "left", "yesterday"]),
    ({"status": "void"}, ["void"]),
    ({"status": "open"}, ["service", "waiting", "on_site", "yesterday"]),
    ({"status": "serving"}, ["service"]),
    ({"room": "3-2-1502"}, ["void", "service", "waiting", "on_site", "yesterday"]),
    ({"room": "3-2-15"}, ["void", "service", "waiting", "on_site", "left", "yesterday"]),
    ({"room": "3-1"}, ["refused"]),
    ({"text": "张三"}, ["left", "yesterday"]),
    ({"text": "张三丰"}, ["left"]),
    ({"text": "138111"}, ["left", "yesterday"]),
    ({"text": "3333"}, ["left"]),
    ({"text": OTHER_ID}, ["refused"]),
    ({"text": "FK20260609"}, ["yesterday"]),
    ({"text": "fk20260610-0004"}, ["waiting"]),
    ({"text": "韩", "status": "waiting", "date_from": date(2026, 6, 10)}, ["waiting"]),
    ({"text": "nobody"}, []),
])
def test_list_filters(db, admin, register_book, filters, expected):
    rows = svc.list_visits(db, admin, **filters)
    names = {v: k for k, v in register_book.items()}
    assert [names[r.id] for r in rows] == expected


def test_unknown_status_filter_refused(db, admin, register_book):
    with pytest.raises(ValidationError):
        svc.list_visits(db, admin, status="teleported")


def test_keyset_pages_cover_the_list_once(db, admin, register_book):
    seen, after = [], None
    while True:
        page = svc.list_visits(db, admin, after=after, limit=2)
        seen += [r.id for r in page]
        if len(page) < 2:
            break
        after = page[-1].sort_key
    assert seen == [r.id for r in svc.list_visits(db, admin)] and len(seen) == len(set(seen)) == 7
    oldest = svc.list_visits(db, admin, oldest_first=True, limit=3)
    more = svc.list_visits(db, admin, oldest_first=True, after=oldest[-1].sort_key)
    assert [r.id for r in oldest + more] == list(reversed(seen))


def test_day_end_and_host_flags_are_derived_from_the_time(db, admin, register_book, clock):
    flags = {r.id: r.flag for r in svc.list_visits(db, admin)}
    assert flags[register_book["yesterday"]] == "not_signed_out"
    assert flags[register_book["on_site"]] == ""
    assert flags[register_book["waiting"]] == "host_overdue"      # contacting since 09:20, now 10:00
    clock.set(datetime(2026, 6, 10, 22, 0))
    flags = {r.id: r.flag for r in svc.list_visits(db, admin)}
    assert flags[register_book["on_site"]] == "not_signed_out"
    params.set_value(db, admin, "visit.day_end", "23:30")
    assert svc.list_visits(db, admin, status="not_signed_out")[0].id == register_book["yesterday"]
    # the host's limit is the parameter's when the visit was registered (its clock keeps it)
    params.set_value(db, admin, "visit.host_reply_minutes", "120")
    clock.set(datetime(2026, 6, 10, 10, 0))
    patient = to_state(db, admin, "contacting", visitor_name="李四", phone="13600009999",
                       id_number=rid("11010119900101126"))
    clock.set(datetime(2026, 6, 10, 10, 30))
    flags = {r.id: r.flag for r in svc.list_visits(db, admin)}
    assert flags[patient] == "" and flags[register_book["waiting"]] == "host_overdue"


def test_kpis_of_a_day(db, admin, register_book, clock):
    records.act(db, admin, svc.KIND, register_book["service"], "handle", {})  # 30 minutes at the counter
    k = svc.kpis(db, admin, date(2026, 6, 10), date(2026, 6, 10))
    assert (k.total, k.visitors, k.service) == (5, 4, 1)
    assert k.by_purpose == {"family": 4, "payment": 1}
    assert (k.admitted, k.refused, k.waiting, k.handled, k.converted) == (2, 1, 1, 1, 0)
    assert k.refusal_rate == pytest.approx(1 / 3)
    assert k.avg_handling_minutes == pytest.approx(30.0)
    assert k.converted_share == 0
    assert (k.on_site_now, k.not_signed_out, k.unclosed) == (2, 1, 2)
    everything = svc.kpis(db, admin)
    assert everything.total == 6 and everything.unclosed == 3
    assert svc.kpis(db, admin, date(2020, 1, 1), date(2020, 1, 1)).refusal_rate is None


# ------------------------------------------------------------------------------------------ desk hooks

def test_home_tile_handover_items_and_household_card(db, estate, admin, desk, register_book, clock):
    tiles = [t for t in dashboard.tiles(db, desk, date(2026, 6, 10)) if t.page == "visits"]
    assert len(tiles) == 1
    tile = tiles[0]
    assert tile.value == "2" and tile.level == "alert"
    assert "Today: 5 visits" in tile.detail and "1 not signed out" in tile.detail
    assert tile.items[0].startswith("刘志强 → 3-2-1502, since 09:00")
    items = [i for i in open_items.collect(db, desk, clock.now) if i.page == "visits"]
    assert [(i.record_id, i.level) for i in items] == [(register_book["on_site"], "normal"),
                                                       (register_book["yesterday"], "alert")]
    assert "刘志强 visiting 3-2-1502, in since 09:00" in items[0].title and "pass L-1" in items[0].title
    card = registry.household_card(db, desk, estate["3-2-1502"])
    section = card.sections["visits"]
    assert [r[1] for r in section.rows] == ["误登记", "王建国", "韩梅梅", "刘志强", "张三"]
    assert section.rows[-1][3] == "On site"


def test_hooks_hidden_without_the_permission(db, estate, actor, register_book):
    it = actor("it")
    assert not [t for t in dashboard.tiles(db, it) if t.page == "visits"]
    assert not [i for i in open_items.collect(db, it, datetime.now()) if i.page == "visits"]


@pytest.mark.parametrize("filters", [{"text": "张"}, {"text": "138111"}, {"room": "3-2-"},
                                     {"text": "张", "room": "3-", "date_from": date(2026, 6, 9)}])
def test_a_broad_prefix_walks_the_register_in_time_order_with_the_same_result(
        db, admin, register_book, monkeypatch, filters):
    narrow = [r.id for r in svc.list_visits(db, admin, **filters)]
    monkeypatch.setattr(svc, "PREFIX_CAP", 1)       # every prefix counts as broad now
    assert [r.id for r in svc.list_visits(db, admin, **filters)] == narrow
    page = svc.list_visits(db, admin, **filters, limit=1)
    rest = svc.list_visits(db, admin, **filters, after=page[0].sort_key)
    assert [r.id for r in page + rest] == narrow


def test_an_impossible_number_day_finds_nothing(db, admin, register_book):
    assert svc.list_visits(db, admin, text="FK20261341") == []
    assert [r.id for r in svc.list_visits(db, admin, text="FK202606")] == \
        [r.id for r in svc.list_visits(db, admin)]


# ------------------------------------------------------------------------------------------ PostgreSQL

@pytest.fixture
def pg_store():
    """A PostgreSQL database of its own, when FRONTDESK_TEST_PG_URL points at a server (.ci/run starts one)."""
    import os
    import uuid

    from sqlalchemy import create_engine, text

    from app.services import auth, store
    from app.services.base import system_actor, unit_of_work
    url = os.environ.get("FRONTDESK_TEST_PG_URL")
    if not url:
        pytest.skip("FRONTDESK_TEST_PG_URL is not set")
    name = f"fd_visits_{uuid.uuid4().hex[:10]}"
    server = create_engine(url, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    pg = store.open_store(url.rsplit("/", 1)[0] + "/" + name)
    store.initialise(pg, "共享小区", "admin", "王主管", "secret123")
    with unit_of_work(pg, system_actor()) as s:
        auth.create_staff(s, "desk2", "二号前台", "receptionist", "secret123")
    yield pg
    pg.dispose()
    with server.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    server.dispose()


def test_the_register_on_postgres(pg_store, monkeypatch):
    from app.services import auth
    pg = pg_store
    Clock(monkeypatch, MORNING)
    admin = auth.sign_in(pg, "admin", "secret123")
    desk = auth.sign_in(pg, "desk2", "secret123")
    b = registry.save_building(pg, admin, BuildingInput("3"))
    u = registry.save_unit(pg, admin, b, "2")
    registry.save_room(pg, admin, RoomInput(u, "1502", "15", "98.5"))
    vid = svc.register_visit(pg, desk, visitor())
    seen = records.get(pg, desk, svc.KIND, vid)
    records.act(pg, desk, svc.KIND, vid, "host_agreed", {"host_contact_method": "phone", "admit_now": True})
    with pytest.raises(ConflictError):
        records.act(pg, admin, svc.KIND, vid, "refuse", {"note": "x"}, version=seen.version)
    with pytest.raises(VisitWarnings):
        svc.register_visit(pg, desk, visitor())
    other = svc.register_visit(pg, desk, service(room="", visitor_name="张三", phone="13811112222"))
    monkeypatch.setattr("app.services.base.now", lambda: MORNING + timedelta(minutes=12))
    records.act(pg, desk, svc.KIND, other, "handle", {})
    k = svc.kpis(pg, desk, MORNING.date(), MORNING.date())
    assert (k.total, k.admitted, k.handled) == (2, 1, 1)
    assert k.avg_handling_minutes == pytest.approx(12.0)
    for cap in (20_000, 1):
        monkeypatch.setattr(svc, "PREFIX_CAP", cap)
        assert [r.id for r in svc.list_visits(pg, desk, text="张")] == [other]
        assert [r.id for r in svc.list_visits(pg, desk, room="3-2-")] == [vid]
    page = svc.list_visits(pg, desk, limit=1)
    assert [r.id for r in svc.list_visits(pg, desk, after=page[0].sort_key)] == [vid]
    assert svc.lookup_returning(pg, desk, phone="13957112345").id_number == mask_id(VISITOR_ID)
    assert audit.verify(pg).ok


# ------------------------------------------------------------------------------------------ pure rules

@pytest.mark.parametrize(("text", "expected"), [
    ("浙A12345", "浙A12345"), ("粤b·d12345", "粤BD12345"), ("沪A 1234D", "沪A1234D"), ("京A1234学", "京A1234学"),
    ("", ""),
])
def test_plates_accepted(text, expected):
    assert V.check_plate(text) == expected


@pytest.mark.parametrize("text", ["ABC123", "浙12345", "浙AI2345", "浙A123", "浙A1234567"])
def test_plates_refused(text):
    with pytest.raises(ValidationError):
        V.check_plate(text)


@pytest.mark.parametrize(("now", "arrival", "flagged"), [
    (datetime(2026, 6, 10, 21, 59), datetime(2026, 6, 10, 8, 0), False),
    (datetime(2026, 6, 10, 22, 0), datetime(2026, 6, 10, 8, 0), True),
    (datetime(2026, 6, 10, 22, 30), datetime(2026, 6, 10, 22, 10), False),   # came after the day's end
    (datetime(2026, 6, 11, 0, 5), datetime(2026, 6, 10, 22, 10), True),      # the next day
    (datetime(2026, 6, 11, 9, 0), datetime(2026, 6, 9, 9, 0), True),
])
def test_day_end_flag(now, arrival, flagged):
    from datetime import time
    assert V.not_signed_out("admitted", arrival, now, time(22, 0)) is flagged
    assert V.not_signed_out("left", arrival, now, time(22, 0)) is False


def test_bulk_rows_keep_the_number_counter_in_step(db, estate, desk):
    from bench.bench_visits import estate_rooms, insert_visits, visit_rows
    today = datetime.now().date()
    end_of_day = datetime.combine(today, datetime.max.time())
    n = insert_visits(db, visit_rows(estate_rooms(db), today, 1, 30, now=end_of_day))
    vid = svc.register_visit(db, desk, visitor(), acknowledge=True)
    assert load(db, vid).number == f"FK{today:%Y%m%d}-{n + 1:04d}"


def test_the_hosts_deadline_is_a_clock_of_visitors_read_through_its_index(db, estate, desk, clock):
    from app.services import clocks
    waiting = svc.register_visit(db, desk, visitor())
    served = svc.register_visit(db, desk, service())
    view = records.get(db, desk, svc.KIND, waiting)
    assert [(c.name, c.deadline) for c in view.clocks] == [("host_reply", MORNING + timedelta(minutes=10))]
    assert records.get(db, desk, svc.KIND, served).clocks == []
    later = MORNING + timedelta(minutes=11)
    with db.read() as s:
        assert set(s.scalars(clocks.overdue(svc.KIND, "host_reply", later))) == {waiting}
    clock.set(later)
    assert "Host's answer overdue" in records.get(db, desk, svc.KIND, waiting).flags
    records.act(db, desk, svc.KIND, waiting, "host_agreed", {"host_contact_method": "phone"})
    with db.read() as s:
        assert set(s.scalars(clocks.overdue(svc.KIND, "host_reply", later))) == set()
    assert host_clock(db, waiting).late                              # answered, but late


def test_the_register_finds_any_part_of_a_name_its_pinyin_and_any_part_of_a_phone(db, estate, desk, clock):
    ids = {name: svc.register_visit(db, desk, visitor(visitor_name=name, phone=phone),
                                    acknowledge=True)
           for name, phone in (("张梓涵", "13957112345"), ("曾梓涵", "075528881234"), ("单立新", "13800001111"))}

    def found(text: str) -> set[str]:
        return {r.visitor_name for r in svc.list_visits(db, desk, text=text)}

    assert found("梓涵") == {"张梓涵", "曾梓涵"}            # the middle of a name, not only its start
    assert found("涵") == {"张梓涵", "曾梓涵"}
    assert found("zzh") == {"张梓涵", "曾梓涵"}             # initials: 曾 read zeng as a surname
    assert found("zengzihan") == {"曾梓涵"}
    assert found("shanlixin") == {"单立新"} and found("slx") == {"单立新"}   # 单 as a surname: Shan
    assert found("2888") == set()                           # four digits: the last four only
    assert found("28881234") == {"曾梓涵"}                  # any part of the landline's digits
    assert found("0755-2888") == {"曾梓涵"}
    assert found("71123") == {"张梓涵"}
    assert found("王") == set()
    assert len(ids) == 3


def test_a_name_part_as_common_as_a_surname_walks_the_register_newest_first(db, estate, desk, clock):
    from app.services import visit_search
    names = [f"张{chr(0x4E00 + i)}{chr(0x4E10 + i)}" for i in range(visit_search.VALUE_CAP + 6)]
    for name in names:
        svc.register_visit(db, desk, visitor(visitor_name=name), acknowledge=True)
    rows = svc.list_visits(db, desk, text="张", limit=10)
    assert [r.visitor_name for r in rows] == names[::-1][:10]
    assert len(svc.list_visits(db, desk, text="张")) == len(names)


def test_the_search_keys_are_rebuilt_from_the_register(db, estate, desk, clock):
    from app.services import visit_search
    from db.models.visit import VisitSearchKey
    svc.register_visit(db, desk, visitor(visitor_name="曾梓涵"), acknowledge=True)
    with db.read() as s:
        before = set(s.execute(select(VisitSearchKey.field, VisitSearchKey.key, VisitSearchKey.value)).all())
    with db.write() as s:
        s.execute(delete(VisitSearchKey))
        assert visit_search.rebuild(s) > 0
    with db.read() as s:
        assert set(s.execute(select(VisitSearchKey.field, VisitSearchKey.key, VisitSearchKey.value)).all()) \
            == before
    assert ("name", "梓涵", "曾梓涵") in before and ("name", "zengzihan", "曾梓涵") in before
