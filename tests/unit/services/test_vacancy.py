"""空置房管理 through its service on a real store: the register and the room's flag, refusals (occupied,
leased, wrong type, twice, permissions), leaving the register from another workflow, inspections with the
checklist, anomalies, supervisor opinion, follow-up slips, re-checks, void, storm batches, due lists,
monthly statistics and the desk's hooks."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select
from tests.unit.services.test_visits import Clock

from app.domain import vacancy as VC
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.services import card_sections, dashboard, open_items, params, registry
from app.services import vacancy as svc
from app.services.registry import BuildingInput, PersonInput, RoomInput
from app.services.vacancy import CheckInput, InspectionInput, UnitFilter, UnitInput
from db.models import AuditLog, Room, WorkflowEvent
from db.models.vacancy import VacantCheck, VacantInspection, VacantUnit

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
    registry.save_person(db, admin, PersonInput("租客甲", "13805716688", id_number="11010519491231002X"), room_id=out["3-2-1504"], role="tenant")
    return out


def register(db, actor, room="3-2-1501", vtype="1", since=date(2026, 6, 1), **kw) -> int:
    return svc.register_unit(db, actor, UnitInput(room=room, vacancy_type=vtype, since=since, **kw))


def checks(**bad) -> list[CheckInput]:
    return [CheckInput(c.value, c.value not in bad, bad.get(c.value, "")) for c in VC.CheckItem]


def inspect(db, actor, unit_id, day=date(2026, 6, 10), **bad) -> int:
    return svc.record_inspection(db, actor, InspectionInput(unit_id, day, checks(**bad), aired=True))


def load(db, model, ident):
    with db.read() as s:
        return s.get(model, ident)


def flag(db, room_id) -> bool:
    return load(db, Room, room_id).vacancy_flag


# ------------------------------------------------------------------------------------------ the register

def test_register_sets_the_flag_numbers_and_logs(db, admin, rooms):
    uid = register(db, admin, key_ref="K-3-2-1501", meter_water="123.5")
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
    svc.remove_unit(db, clerk, uid, "delivered", "交房")
    unit = load(db, VacantUnit, uid)
    assert unit.status == "removed" and unit.removal_reason == "delivered" and unit.removed_on == MORNING.date()
    assert not flag(db, rooms["5-1-0101"])
    # off the register: it may be registered again, and the old entry is kept
    uid2 = register(db, clerk, room="5-1-0101", vtype="2")
    assert uid2 != uid and flag(db, rooms["5-1-0101"])


def test_remove_refusals(db, actor, admin, rooms):
    uid = register(db, admin)
    with pytest.raises(ValidationError, match="Reason for leaving"):
        svc.remove_unit(db, admin, uid, "")
    with pytest.raises(PermissionDenied):
        svc.remove_unit(db, actor("receptionist"), uid, "moved_in")
    stale = load(db, VacantUnit, uid).version
    svc.remove_unit(db, admin, uid, "moved_in", version=stale)
    with pytest.raises(ConflictError):
        svc.remove_unit(db, admin, uid, "moved_in")
    with pytest.raises(ConflictError):
        svc.remove_unit(db, admin, uid, "moved_in", version=stale)


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
    assert [r.id for r in svc.list_units(db, admin, UnitFilter("due"))] == [uid]
    steward = actor("steward")
    iid = inspect(db, steward, uid)
    i = load(db, VacantInspection, iid)
    assert i.number.startswith("KZ20260610-") and i.status == "closed" and i.anomalies == 0
    with db.read() as s:                      # every checklist item is in the audit trail
        checks = s.scalar(select(func.count()).select_from(VacantCheck).where(VacantCheck.inspection_id == iid))
        audited = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.entity == "vacant_check"))
    assert checks and audited == checks
    assert load(db, VacantUnit, uid).last_inspected_on == date(2026, 6, 10)
    assert svc.list_units(db, admin, UnitFilter("due")) == []
    row = svc.list_units(db, admin)[0]
    assert row.next_due == date(2026, 7, 10) and not row.due
    clock.set(datetime(2026, 7, 10, 9))
    assert [r.id for r in svc.list_units(db, admin, UnitFilter("due"))] == [uid]
    params.set_value(db, admin, "vacant.inspection_days", "45")
    assert svc.list_units(db, admin, UnitFilter("due")) == []


def test_anomalies_need_a_description_and_open_the_inspection(db, actor, admin, rooms):
    uid = register(db, admin)
    steward = actor("steward")
    with pytest.raises(ValidationError, match="Describe what is wrong") as exc:
        inspect(db, steward, uid, water="")
    assert exc.value.field == "check_water"
    iid = inspect(db, steward, uid, water="卫生间渗水", ceilings="墙皮脱落")
    d = svc.get_inspection(db, steward, iid)
    assert d.status == "issues" and d.anomalies == 2
    assert [c.ok for c in d.checks] == [True, True, True, False, False, True, True]
    assert [e.to_state for e in d.events] == [str(VC.INSPECTION.state("registered").label),
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
        svc.record_inspection(db, steward, InspectionInput(uid, date(2026, 6, 10), checks()[:3]))
    with pytest.raises(ValidationError, match="lock up"):
        svc.record_inspection(db, steward, InspectionInput(uid, date(2026, 6, 10), checks(), locked_up=False))
    with pytest.raises(PermissionDenied):
        inspect(db, actor("receptionist"), uid)
    with pytest.raises(PermissionDenied):
        inspect(db, actor("clerk"), uid)
    svc.remove_unit(db, admin, uid, "leased")
    with pytest.raises(ConflictError, match="no longer on the register"):
        inspect(db, steward, uid)


def test_opinion_slip_recheck_and_close(db, actor, admin, rooms, clock):
    uid = register(db, admin)
    steward = actor("steward")
    iid = inspect(db, steward, uid, water="卫生间渗水")
    with pytest.raises(PermissionDenied):
        svc.act(db, steward, iid, "review", {"opinion": "报开发商"})
    with pytest.raises(ValidationError, match="Supervisor's opinion"):
        svc.act(db, admin, iid, "review", {"opinion": ""})
    with pytest.raises(ValidationError, match="past"):
        svc.act(db, admin, iid, "review", {"opinion": "x", "rectify_deadline": "2026-06-01"})
    with pytest.raises(ValidationError, match="re-check cannot be before"):
        svc.act(db, admin, iid, "review", {"opinion": "x", "rectify_deadline": "2026-06-20",
                                           "recheck_on": "2026-06-18"})
    svc.act(db, admin, iid, "review", {"opinion": "工程部核查防水", "rectify_requirement": "修复渗水",
                                       "rectify_deadline": "2026-06-17", "recheck_on": "2026-06-18"})
    slip_no = svc.send_follow_up_slip(db, steward, iid, to_dept="engineering", content="卫生间顶棚渗水，请核查",
                                      required_date=date(2026, 6, 12))
    d = svc.get_inspection(db, steward, iid)
    assert d.opinion == "工程部核查防水" and d.rectify_deadline == date(2026, 6, 17) and d.reviewer
    assert d.slip_numbers == [slip_no] and slip_no.startswith("LX")
    with pytest.raises(ValidationError, match="Note"):
        svc.act(db, steward, iid, "recheck_failed", {})
    svc.act(db, steward, iid, "recheck_failed", {"note": "仍有渗水"})
    with pytest.raises(ConflictError, match="cannot be done"):
        svc.act(db, steward, iid, "close")
    with pytest.raises(ConflictError, match="recorded with the inspection"):
        svc.act(db, steward, iid, "report_issues")
    svc.act(db, steward, iid, "rectify", {"note": "复检合格"})
    svc.act(db, steward, iid, "close", version=svc.get_inspection(db, steward, iid).version)
    d = svc.get_inspection(db, steward, iid)
    assert d.status == "closed" and d.rectified_at and d.closed_at and d.actions == []
    with pytest.raises(ConflictError, match="can no longer be changed"):
        svc.act(db, admin, iid, "void", {"reason": "x"})


def test_void_needs_a_reason_and_the_supervisor(db, actor, admin, rooms):
    uid = register(db, admin)
    iid = inspect(db, actor("steward"), uid, intrusion="门锁有撬痕")
    with pytest.raises(PermissionDenied):
        svc.act(db, actor("steward"), iid, "void", {"reason": "录错"})
    with pytest.raises(ValidationError, match="Reason"):
        svc.act(db, admin, iid, "void", {})
    svc.act(db, admin, iid, "void", {"reason": "录错房号"})
    assert load(db, VacantInspection, iid).void_reason == "录错房号"


def test_storm_batch(db, actor, admin, rooms, clock):
    u1, u2 = register(db, admin), register(db, admin, room="3-2-1502", vtype="3")
    steward = actor("steward")
    with pytest.raises(ConflictError, match="no storm"):
        svc.record_inspection(db, steward, InspectionInput(u1, date(2026, 6, 10), checks(), storm=True))
    svc.declare_storm(db, steward, "台风“烟花”过境")
    st = svc.current_storm(db, steward)
    assert (st.units, st.done, st.left) == (2, 0, 2) and st.due_at == datetime(2026, 6, 11, 9)
    svc.record_inspection(db, steward, InspectionInput(u1, date(2026, 6, 10), checks(), storm=True))
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
    assert [r.id for r in svc.list_units(db, desk, UnitFilter("active", room="5-"))] == [u2]
    assert [r.id for r in svc.list_units(db, desk, UnitFilter("active", vacancy_type="1"))] == [u1]
    page = svc.list_units(db, desk, limit=1)
    assert [r.id for r in svc.list_units(db, desk, after=page[-1].sort_key)] == [u2]
    assert svc.count_due(db, desk) == (2, 2)
    inspect(db, actor("steward"), u1, water="渗水")
    assert svc.count_due(db, desk) == (1, 2)
    assert [r.id for r in svc.list_units(db, desk, UnitFilter("never"))] == [u2]
    assert len(svc.list_inspections(db, desk, svc.InspectionFilter(status="issues"))) == 1
    assert svc.list_inspections(db, desk, svc.InspectionFilter(status="closed")) == []
    with pytest.raises(ValidationError):
        svc.list_units(db, desk, UnitFilter("nonsense"))
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
    svc.act(db, steward, iid, "rectify", {"note": "已修复"})
    inspect(db, steward, old)
    svc.remove_unit(db, admin, u2, "mistake")
    svc.remove_unit(db, admin, old, "delivered")
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
    svc.act(db, admin, iid, "review", {"opinion": "限期整改", "rectify_deadline": "2026-06-12"})
    clock.set(datetime(2026, 6, 13, 9))
    items = [i for i in open_items.collect(db, admin, clock.now) if i.page == "vacancy"]
    assert items[0].level == "alert" and "3-2-1501" in items[0].title
    with db.read() as s:
        room = s.get(Room, rooms["3-2-1501"])
        section = card_sections.collect(s, admin, room)["vacancy"]
    assert section.rows[0][0].startswith("KD") and section.rows[1][0].startswith("KZ")
