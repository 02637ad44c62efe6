"""空置房管理 through its service on a real store: the register and the room's flag, refusals (occupied,
leased, wrong type, twice, permissions), leaving the register from another workflow, inspections with the
checklist, anomalies, supervisor opinion, follow-up slips, re-checks, void, storm batches, due lists,
monthly statistics and the desk's hooks."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from app.domain import vacancy as VC
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.services import card_sections, dashboard, open_items, params, records, registry
from app.services import vacancy as svc
from app.services.registry import BuildingInput, PersonInput, RoomInput
from db.models import AuditLog, Room, WorkflowEvent
from db.models.vacancy import VacantCheck, VacantInspection, VacantUnit
from tests.unit.services.test_visits import Clock

MORNING = datetime(2026, 6, 10, 9, 0, 0)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, MORNING)


@pytest.fixture
def rooms(db, admin, clock):
    b3 = registry.save_building(db, admin, BuildingInput("3"))
    b5 = registry.save_building(db, admin, BuildingInput("5"))
    u = registry.save_unit(db, admin, b3, "2")
    u5 = registry.save_unit(db, admin, b5, "1")
    out = {
        "3-2-1501": registry.save_room(db, admin, RoomInput(u, "1501", "15", "98.5", delivery_state="unsold")),
        "3-2-1502": registry.save_room(db, admin, RoomInput(u, "1502", "15", "128.56")),
        "3-2-1503": registry.save_room(db, admin, RoomInput(u, "1503", "15", "88", occupancy_state="owner_occupied")),
        "3-2-1504": registry.save_room(db, admin, RoomInput(u, "1504", "15", "88")),
        "5-1-0101": registry.save_room(db, admin, RoomInput(u5, "0101", "1", "60", delivery_state="sold")),
    }
    registry.save_person(db, admin, PersonInput("租客甲", "13805716688", id_number="11010519491231002X"),
                         room_id=out["3-2-1504"], role="tenant")
    return out


def register(db, actor, room="3-2-1501", vtype="1", since=date(2026, 6, 1), **kw) -> int:
    return records.create(db, actor, svc.UNIT_KIND, {"room": room, "vacancy_type": vtype, "since": since, **kw})


def checks(**bad) -> dict:
    """The checklist answers: every line OK but those given, found wrong with what was found."""
    out = {}
    for item, note in bad.items():
        out[f"ok_{item}"], out[f"check_{item}"] = "anomaly", note
    return out


def inspect(db, actor, unit_id, day=date(2026, 6, 10), **bad) -> int:
    return svc.record_inspection(db, actor, unit_id, svc.blank_inspection(inspected_on=day, **checks(**bad)))


def act(db, actor, record_id, action, values=None, kind=svc.INSPECTION_KIND, **kw) -> int:
    return records.act(db, actor, kind, record_id, action, values or {}, **kw)


def inspection(db, actor, record_id):
    return records.get(db, actor, svc.INSPECTION_KIND, record_id)


def load(db, model, ident):
    with db.read() as s:
        return s.get(model, ident)


def flag(db, room_id) -> bool:
    return load(db, Room, room_id).vacancy_flag


# ------------------------------------------------------------------------------------------ the register

def test_register_sets_the_flag_numbers_and_logs(db, admin, rooms):
    uid = register(db, admin, key_ref="K-3-2-1501", register_key=True, meter_water="123.5")
    unit = load(db, VacantUnit, uid)
    assert unit.number.startswith("KD20260610-") and unit.status == "active"
    assert unit.meter_water == "123.5" and unit.room_code == "3-2-1501"
    assert flag(db, rooms["3-2-1501"])
    with db.read() as s:
        events = s.query(WorkflowEvent).filter_by(kind="vacant_unit", record_id=uid).all()
    assert [e.action for e in events] == ["create"]


@pytest.mark.parametrize("room,vtype,field,text", [
    ("3-2-1503", "3", "room", "Someone lives"),
    ("3-2-1504", "3", "room", "active lease"),
    ("3-2-1502", "1", "vacancy_type", "Type 1"),
    ("3-2-1501", "3", "vacancy_type", "Type 3"),
    ("9-9-9999", "1", "room", "no room 9-9-9999"),
])
def test_register_refusals(db, admin, rooms, room, vtype, field, text):
    with pytest.raises(ValidationError, match=text) as exc:
        register(db, admin, room=room, vtype=vtype)
    assert exc.value.field == field


def test_register_refuses_bad_input(db, admin, rooms):
    with pytest.raises(ValidationError) as exc:
        register(db, admin, since=date(2026, 6, 11))
    assert exc.value.field == "since"
    with pytest.raises(ValidationError) as exc:
        register(db, admin, meter_gas="abc")
    assert exc.value.field == "meter_gas"
    with pytest.raises(ValidationError) as exc:
        register(db, admin, vtype="9")
    assert exc.value.field == "vacancy_type"


def test_a_room_is_registered_once(db, admin, rooms):
    register(db, admin)
    with pytest.raises(ConflictError, match="already on the register"):
        register(db, admin)


@pytest.mark.parametrize("role", ["receptionist", "it"])
def test_register_needs_the_manage_permission(db, actor, rooms, role):
    with pytest.raises(PermissionDenied):
        register(db, actor(role))


def test_clerk_registers_and_removes(db, actor, rooms):
    clerk = actor("clerk")
    uid = register(db, clerk, room="5-1-0101", vtype="2")
    act(db, clerk, uid, "remove", {"reason": "delivered", "note": "交房"}, kind=svc.UNIT_KIND)
    unit = load(db, VacantUnit, uid)
    assert unit.status == "removed" and unit.removal_reason == "delivered" and unit.removed_on == MORNING.date()
    assert not flag(db, rooms["5-1-0101"])
    # off the register: it may be registered again, and the old entry is kept
    uid2 = register(db, clerk, room="5-1-0101", vtype="2")
    assert uid2 != uid and flag(db, rooms["5-1-0101"])


def test_remove_refusals(db, actor, admin, rooms):
    uid = register(db, admin)
    with pytest.raises(ValidationError, match="Reason for leaving"):
        act(db, admin, uid, "remove", {"reason": ""}, kind=svc.UNIT_KIND)
    with pytest.raises(PermissionDenied):
        act(db, actor("receptionist"), uid, "remove", {"reason": "moved_in"}, kind=svc.UNIT_KIND)
    stale = load(db, VacantUnit, uid).version
    act(db, admin, uid, "remove", {"reason": "moved_in"}, kind=svc.UNIT_KIND, version=stale)
    with pytest.raises(ConflictError):
        act(db, admin, uid, "remove", {"reason": "moved_in"}, kind=svc.UNIT_KIND)
    with pytest.raises(ConflictError):
        act(db, admin, uid, "remove", {"reason": "moved_in"}, kind=svc.UNIT_KIND, version=stale)


def test_another_workflow_takes_the_room_off_in_its_transaction(db, actor, admin, rooms):
    from app.services.base import unit_of_work
    uid = register(db, admin)
    desk = actor("receptionist")              # no vacancy.manage: the move-in itself allowed the change
    with unit_of_work(db, desk) as s:
        number = svc.leave_register(s, desk, rooms["3-2-1501"], VC.RemovalReason.MOVED_IN, "RZ20260610-0001")
        assert svc.leave_register(s, desk, rooms["3-2-1502"], "leased") is None
    unit = load(db, VacantUnit, uid)
    assert number == unit.number and unit.status == "removed" and unit.removal_reason == "moved_in"
    assert not flag(db, rooms["3-2-1501"])


# ------------------------------------------------------------------------------------------ inspections

def test_a_clean_inspection_closes_and_moves_the_due_date(db, actor, admin, rooms, clock):
    uid = register(db, admin)
    assert [r.id for r in svc.list_units(db, admin, status="due")] == [uid]
    steward = actor("steward")
    iid = inspect(db, steward, uid)
    i = load(db, VacantInspection, iid)
    assert i.number.startswith("KZ20260610-") and i.status == "closed" and i.anomalies == 0
    with db.read() as s:                      # every checklist item is in the audit trail
        checks = s.scalar(select(func.count()).select_from(VacantCheck).where(VacantCheck.inspection_id == iid))
        audited = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.entity == "vacant_check"))
    assert checks and audited == checks
    assert load(db, VacantUnit, uid).last_inspected_on == date(2026, 6, 10)
    assert svc.list_units(db, admin, status="due") == []
    row = svc.list_units(db, admin)[0]
    assert row.next_due == date(2026, 7, 10) and not row.due
    clock.set(datetime(2026, 7, 10, 9))
    assert [r.id for r in svc.list_units(db, admin, status="due")] == [uid]
    params.set_value(db, admin, "vacant.inspection_days", "45")
    assert svc.list_units(db, admin, status="due") == []


def test_anomalies_need_a_description_and_open_the_inspection(db, actor, admin, rooms):
    uid = register(db, admin)
    steward = actor("steward")
    with pytest.raises(ValidationError, match="Describe what is wrong") as exc:
        inspect(db, steward, uid, water="")
    assert exc.value.field == "check_water"
    iid = inspect(db, steward, uid, water="卫生间渗水", ceilings="墙皮脱落")
    d = inspection(db, steward, iid)
    assert d.status == "issues" and d.anomalies == 2
    assert [c.ok for c in d.checks] == [True, True, True, False, False, True, True]
    assert [e.state for e in d.events] == [str(VC.INSPECTION.state("registered").label),
                                             str(VC.INSPECTION.state("issues").label)]
    assert "卫生间渗水" in d.events[1].note
    assert {t.name for t in d.actions} == {"send_slip", "recheck_failed", "rectify"}
    with db.read() as s:
        assert s.query(VacantCheck).filter_by(inspection_id=iid).count() == 7


def test_inspection_refusals(db, actor, admin, rooms):
    uid = register(db, admin)
    steward = actor("steward")
    with pytest.raises(ValidationError, match="future"):
        inspect(db, steward, uid, day=date(2026, 6, 11))
    with pytest.raises(ValidationError, match="before the unit was registered"):
        inspect(db, steward, uid, day=date(2026, 5, 31))
    with pytest.raises(ValidationError, match="Answer every checklist item"):
        svc.record_inspection(db, steward, uid, {k: v for k, v in svc.blank_inspection(inspected_on=date(2026, 6, 10))
                                                 .items() if not k.startswith("ok_") or k in ("ok_doors_windows",)})
    with pytest.raises(ValidationError, match="lock up"):
        svc.record_inspection(db, steward, uid, svc.blank_inspection(inspected_on=date(2026, 6, 10), locked_up=False))
    with pytest.raises(PermissionDenied):
        inspect(db, actor("receptionist"), uid)
    with pytest.raises(PermissionDenied):
        inspect(db, actor("clerk"), uid)
    act(db, admin, uid, "remove", {"reason": "leased"}, kind=svc.UNIT_KIND)
    with pytest.raises(ConflictError, match="no longer on the register"):
        inspect(db, steward, uid)


def test_opinion_slip_recheck_and_close(db, actor, admin, rooms, clock):
    uid = register(db, admin)
    steward = actor("steward")
    iid = inspect(db, steward, uid, water="卫生间渗水")
    with pytest.raises(PermissionDenied):
        act(db, steward, iid, "review", {"opinion": "报开发商"})
    with pytest.raises(ValidationError, match="Supervisor's opinion"):
        act(db, admin, iid, "review", {"opinion": ""})
    with pytest.raises(ValidationError, match="past"):
        act(db, admin, iid, "review", {"opinion": "x", "rectify_deadline": "2026-06-01"})
    with pytest.raises(ValidationError, match="re-check cannot be before"):
        act(db, admin, iid, "review", {"opinion": "x", "rectify_deadline": "2026-06-20",
                                           "recheck_on": "2026-06-18"})
    act(db, admin, iid, "review", {"opinion": "工程部核查防水", "rectify_requirement": "修复渗水",
                                       "rectify_deadline": "2026-06-17", "recheck_on": "2026-06-18"})
    act(db, steward, iid, "send_slip", {"to_dept": "engineering", "content": "卫生间顶棚渗水，请核查",
                                        "required_date": date(2026, 6, 12)})
    d = inspection(db, steward, iid)
    [slip_no] = [link.number for link in d.links if link.relation == "slip"]
    assert d.opinion == "工程部核查防水" and d.rectify_deadline == date(2026, 6, 17) and d.reviewer
    assert d.slip_numbers == [slip_no] and slip_no.startswith("LX")
    with pytest.raises(ValidationError, match="Note"):
        act(db, steward, iid, "recheck_failed", {})
    act(db, steward, iid, "recheck_failed", {"note": "仍有渗水"})
    with pytest.raises(ConflictError, match="cannot be done"):
        act(db, steward, iid, "close")
    with pytest.raises(ConflictError, match="recorded with the inspection"):
        act(db, steward, iid, "report_issues")
    act(db, steward, iid, "rectify", {"note": "复检合格"})
    act(db, steward, iid, "close", version=inspection(db, steward, iid).version)
    d = inspection(db, steward, iid)
    assert d.status == "closed" and d.rectified_at and d.closed_at and d.actions == []
    with pytest.raises(ConflictError, match="can no longer be changed"):
        act(db, admin, iid, "void", {"reason": "x"})


def test_void_needs_a_reason_and_the_supervisor(db, actor, admin, rooms):
    uid = register(db, admin)
    iid = inspect(db, actor("steward"), uid, intrusion="门锁有撬痕")
    with pytest.raises(PermissionDenied):
        act(db, actor("steward"), iid, "void", {"reason": "录错"})
    with pytest.raises(ValidationError, match="Reason"):
        act(db, admin, iid, "void", {})
    act(db, admin, iid, "void", {"reason": "录错房号"})
    assert load(db, VacantInspection, iid).void_reason == "录错房号"


def test_storm_batch(db, actor, admin, rooms, clock):
    u1, u2 = register(db, admin), register(db, admin, room="3-2-1502", vtype="3")
    steward = actor("steward")
    with pytest.raises(ConflictError, match="no storm"):
        svc.record_inspection(db, steward, u1, svc.blank_inspection(inspected_on=date(2026, 6, 10), storm=True))
    svc.declare_storm(db, steward, "台风“烟花”过境")
    st = svc.current_storm(db, steward)
    assert (st.units, st.done, st.left) == (2, 0, 2) and st.due_at == datetime(2026, 6, 11, 9)
    svc.record_inspection(db, steward, u1, svc.blank_inspection(inspected_on=date(2026, 6, 10), storm=True))
    assert svc.current_storm(db, steward).done == 1
    clock.set(datetime(2026, 6, 11, 10))
    tile = next(t for t in dashboard.tiles(db, admin, date(2026, 6, 11)) if t.page == "vacancy")
    assert tile.level == "alert" and "storm" in tile.detail
    svc.close_storm(db, steward, st.id)
    assert svc.current_storm(db, steward) is None
    assert u2


# ------------------------------------------------------------------------------------------ lists, stats, hooks

def test_lists_and_filters(db, actor, admin, rooms):
    u1 = register(db, admin)
    u2 = register(db, admin, room="5-1-0101", vtype="2")
    desk = actor("receptionist")
    assert [r.room_code for r in svc.list_units(db, desk)] == ["3-2-1501", "5-1-0101"]
    assert [r.id for r in svc.list_units(db, desk, status="active", text="5-")] == [u2]
    assert [r.id for r in svc.list_units(db, desk, status="active", vacancy_type="1")] == [u1]
    page = svc.list_units(db, desk, limit=1)
    assert [r.id for r in svc.list_units(db, desk, after=page[-1].sort_key)] == [u2]
    assert svc.count_due(db, desk) == (2, 2)
    inspect(db, actor("steward"), u1, water="渗水")
    assert svc.count_due(db, desk) == (1, 2)
    assert [r.id for r in svc.list_units(db, desk, status="never")] == [u2]
    assert len(svc.list_inspections(db, desk, status="issues")) == 1
    assert svc.list_inspections(db, desk, status="closed") == []
    with pytest.raises(ValidationError):
        svc.list_units(db, desk, status="nonsense")
    with pytest.raises(PermissionDenied):
        svc.list_units(db, actor("it"))


def test_monthly_statistics(db, actor, admin, rooms, clock):
    clock.set(datetime(2026, 5, 20, 9))
    old = register(db, admin, room="5-1-0101", vtype="2", since=date(2026, 5, 2))
    clock.set(MORNING)
    u1 = register(db, admin)
    u2 = register(db, admin, room="3-2-1502", vtype="3")
    steward = actor("steward")
    iid = inspect(db, steward, u1, water="渗水")
    act(db, steward, iid, "rectify", {"note": "已修复"})
    inspect(db, steward, old)
    act(db, admin, u2, "remove", {"reason": "mistake"}, kind=svc.UNIT_KIND)
    act(db, admin, old, "remove", {"reason": "delivered"}, kind=svc.UNIT_KIND)
    stats = svc.monthly_stats(db, admin, 2026, 6)
    by_b = {b.building_no: b for b in stats.buildings}
    assert by_b["3"].vacant == 1 and by_b["3"].by_type == {"1": 1} and by_b["3"].rooms == 4
    assert by_b["3"].added == 1 and by_b["3"].inspected == 1 and by_b["3"].anomalies == 1 and by_b["3"].fixed == 1
    assert by_b["5"].vacant == 0 and by_b["5"].removed == 1 and by_b["5"].inspected == 1
    assert stats.total.vacant == 1 and stats.avg_fix_days == 0
    assert [(c.room_code, c.change) for c in stats.changes] == [("3-2-1501", "added"), ("5-1-0101", "removed")]
    assert [u.room_code for u in stats.units] == ["3-2-1501"]
    may = svc.monthly_stats(db, admin, 2026, 5)
    assert may.total.vacant == 1 and may.total.added == 1 and may.total.inspected == 0


def test_vacancy_rate_is_over_delivered_rooms_and_coverage_never_exceeds_all(db, actor, admin, rooms, clock):
    """§6: 空置率 = vacant delivered rooms ÷ delivered rooms; 巡检覆盖率 counts the units vacant at the month's
    end, so a unit inspected and then removed in the month does not push it over 100%."""
    steward = actor("steward")
    register(db, admin)                                            # 3-2-1501, not delivered
    unused = register(db, admin, room="3-2-1502", vtype="3")       # delivered, nobody lives there
    gone = register(db, admin, room="5-1-0101", vtype="2")
    inspect(db, steward, unused)
    inspect(db, steward, gone)
    act(db, admin, gone, "remove", {"reason": "delivered"}, kind=svc.UNIT_KIND)
    stats = svc.monthly_stats(db, admin, 2026, 6)
    by_b = {b.building_no: b for b in stats.buildings}
    b3, b5 = by_b["3"], by_b["5"]
    assert (b3.rooms, b3.delivered, b3.vacant, b3.vacant_delivered) == (4, 3, 2, 1)
    assert b3.rate == pytest.approx(1 / 3)                          # not 2 of all 4 rooms
    assert b3.coverage == pytest.approx(0.5)                        # 1502 inspected, 1501 not
    assert b5.inspected == 1 and b5.vacant == 0 and b5.coverage is None and b5.rate is None
    total = stats.total
    assert total.delivered == 3 and total.rate == pytest.approx(1 / 3)
    assert total.inspected == 2 and total.coverage == pytest.approx(0.5) and total.coverage <= 1


def test_airing_and_cleaning_fall_due_by_their_parameters(db, actor, admin, rooms, clock):
    """§4.5 step 3: weekly airing (vacant.airing_days) and cleaning every 10 days (vacant.cleaning_days),
    counted from the last inspection that did them, or from registration."""
    uid = register(db, admin, since=date(2026, 6, 1))
    c = svc.chores(db, admin, uid)
    assert (c.next_airing, c.airing_due) == (date(2026, 6, 8), True)
    assert (c.next_cleaning, c.cleaning_due) == (date(2026, 6, 11), False)
    flags = [str(f) for f in records.get(db, admin, svc.UNIT_KIND, uid).flags]
    assert "Airing due" in flags and "Cleaning due" not in flags
    inspect(db, actor("steward"), uid)                                # aired (the form's default), not cleaned
    c = svc.chores(db, admin, uid)
    assert (c.last_aired, c.next_airing, c.airing_due) == (date(2026, 6, 10), date(2026, 6, 17), False)
    clock.set(datetime(2026, 6, 11, 9))
    c = svc.chores(db, admin, uid)
    assert c.cleaning_due and not c.airing_due
    tile = next(t for t in dashboard.tiles(db, admin, clock.now.date()) if t.page == "vacancy")
    assert "0 to air, 1 to clean" in tile.detail
    svc.record_inspection(db, actor("steward"), uid, svc.blank_inspection(inspected_on=date(2026, 6, 11),
                                                                           cleaned=True))
    assert not svc.chores(db, admin, uid).cleaning_due
    params.set_value(db, admin, "vacant.airing_days", "1")
    clock.set(datetime(2026, 6, 12, 9))
    assert svc.chores(db, admin, uid).airing_due
    flags = [str(f) for f in records.get(db, admin, svc.UNIT_KIND, uid).flags]
    assert "Airing due" in flags


def test_monthly_excel(db, admin, rooms, tmp_path):
    register(db, admin)
    path = tmp_path / "m.xlsx"
    assert svc.monthly_to_excel(db, admin, 2026, 6, path) > 0
    from openpyxl import load_workbook
    values = [c.value for row in load_workbook(path).active.iter_rows() for c in row]
    assert "3-2-1501" in values and "3号楼" in values


def test_hooks(db, actor, admin, rooms, clock):
    uid = register(db, admin)
    tile = next(t for t in dashboard.tiles(db, actor("receptionist"), MORNING.date()) if t.page == "vacancy")
    assert tile.value == "1" and tile.items and "never" in tile.items[0]
    assert not [t for t in dashboard.tiles(db, actor("it"), MORNING.date()) if t.page == "vacancy"]
    iid = inspect(db, actor("steward"), uid, water="渗水")
    act(db, admin, iid, "review", {"opinion": "限期整改", "rectify_deadline": "2026-06-12"})
    clock.set(datetime(2026, 6, 13, 9))
    items = [i for i in open_items.collect(db, admin, clock.now) if i.page == "vacancy"]
    assert items[0].level == "alert" and "3-2-1501" in items[0].title
    with db.read() as s:
        room = s.get(Room, rooms["3-2-1501"])
        section = card_sections.collect(s, admin, room)["vacancy"]
    assert section.rows[0][0].startswith("KD") and section.rows[1][0].startswith("KZ")


# ------------------------------------------------------------------------------------------ on the record kit

def test_the_work_slip_is_made_in_the_action_that_sends_it(db, actor, admin, rooms, clock):
    from db.models.relay import WorkSlip
    iid = inspect(db, actor("steward"), register(db, admin), water="卫生间渗水")
    act(db, actor("steward"), iid, "send_slip", {"to_dept": "engineering", "content": "卫生间顶棚渗水，请核查",
                                                 "required_date": "2026-06-12"})
    d = inspection(db, admin, iid)
    [link] = d.links
    with db.read() as s:
        slip = s.get(WorkSlip, link.id)
        assert (slip.source, slip.room_id, slip.to_dept, slip.status) == (d.number, rooms["3-2-1501"], "engineering",
                                                                          "sent")
    assert d.slip_numbers == [slip.number] and link.relation == "slip"
    assert f"Work slip no.: {slip.number}" in d.events[-1].details
    with pytest.raises(ConflictError, match="already has the open work slip"):   # one open slip at a time
        act(db, actor("steward"), iid, "send_slip", {"to_dept": "security", "content": "复查", "required_date":
                                                     "2026-06-12"})
    with pytest.raises(PermissionDenied):
        act(db, actor("receptionist"), iid, "send_slip", {"to_dept": "security", "content": "x",
                                                         "required_date": "2026-06-12"})


def test_a_slip_step_that_fails_half_way_writes_nothing(db, actor, admin, rooms, clock):
    from sqlalchemy import func, select

    from app.services.base import unit_of_work
    from db.models import DocSequence, RecordLink
    from db.models.relay import WorkSlip
    iid = inspect(db, actor("steward"), register(db, admin), water="卫生间渗水")
    seen = inspection(db, admin, iid).version

    def counts():
        with db.read() as s:
            return [s.scalar(select(func.count()).select_from(m)) for m in (WorkSlip, RecordLink, WorkflowEvent)] + [
                s.scalar(select(DocSequence.last_seq).where(DocSequence.doc_type == "LX"))]
    before = counts()
    with pytest.raises(ValidationError, match="Reason"):
        with unit_of_work(db, admin) as s:
            done = records.act_in(s, admin, svc.INSPECTION_KIND, iid, "send_slip",
                                  {"to_dept": "engineering", "content": "渗水", "required_date": "2026-06-12"})
            assert done.data["slip_no"].startswith("LX")          # the slip is written …
            done.act(svc.INSPECTION_KIND, iid, "void", {})         # … and the next step refused: no reason
    assert counts() == before
    d = inspection(db, admin, iid)
    assert d.version == seen and d.slip_numbers == [] and d.status == "issues"
    with pytest.raises(ValidationError) as err:                  # a slip refused by relay leaves the inspection
        act(db, actor("steward"), iid, "send_slip", {"to_dept": "engineering", "content": "渗水",
                                                     "required_date": "2026-06-09"})
    assert err.value.field == "required_date" and counts() == before


def test_the_rectification_deadline_is_a_clock_read_through_its_index(db, actor, admin, rooms, clock):
    from app.services import clocks
    iid = inspect(db, actor("steward"), register(db, admin), water="渗水")
    assert inspection(db, admin, iid).clocks == []                 # no deadline yet: nothing overdue
    act(db, admin, iid, "review", {"opinion": "限期整改", "rectify_deadline": "2026-06-12"})
    view = inspection(db, admin, iid)
    assert view.clocks[0].deadline == datetime(2026, 6, 12, 23, 59, 59) and view.rectify_deadline == date(2026, 6, 12)
    assert svc.list_inspections(db, admin, status="overdue") == []
    clock.set(datetime(2026, 6, 13, 0, 0))
    [row] = svc.list_inspections(db, admin, status="overdue")
    assert row.id == iid and row.overdue and row.rectify_deadline == date(2026, 6, 12)
    with db.read() as s:
        assert iid in set(s.scalars(clocks.overdue(svc.INSPECTION_KIND, "rectify", clock.now)))
    act(db, admin, iid, "review", {"opinion": "延期", "rectify_deadline": "2026-06-20"})   # a new deadline moves it
    assert svc.list_inspections(db, admin, status="overdue") == []
    act(db, actor("steward"), iid, "rectify", {"note": "已修复"})
    assert inspection(db, admin, iid).clocks[0].state == "stopped"


def test_checklist_photos_are_attachments_of_their_line(db, actor, admin, rooms, tmp_path):
    from app.services import attachments, printing
    from tests.printing.print_helpers import page_texts, squash
    photo = tmp_path / "漏水.png"
    from tests.kit.test_records import PNG
    photo.write_bytes(PNG)
    uid = register(db, admin)
    iid = svc.record_inspection(db, actor("steward"), uid, svc.blank_inspection(
        inspected_on=date(2026, 6, 10), ok_water="anomaly", check_water="渗水", photo_water=[str(photo)]))
    d = inspection(db, admin, iid)
    [a] = d.attachments
    assert (a.name, a.role, a.is_image) == ("漏水.png", "photo_water", True) and d.checks[3].photo == "漏水.png"
    assert attachments.content(db, actor("receptionist"), a.id) == ("漏水.png", PNG)
    text = squash("".join(page_texts(printing.render_document(db, admin, "vacant_inspection", d.number))))
    assert "漏水.png" in text and "异常" in text
    with pytest.raises(ValidationError) as err:
        svc.record_inspection(db, actor("steward"), uid, svc.blank_inspection(
            inspected_on=date(2026, 6, 10), photo_doors_windows=[str(tmp_path / "gone.png")]))
    assert err.value.field == "photo_doors_windows"
