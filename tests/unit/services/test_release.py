"""装修期间物品放行 (§4.12) through its service on a real store: the slip and its refusals (no items, a quantity
of 0, the applicant neither an owner nor authorised, renovation goods without an active permit, a move-out with
arrears, the validity), the supervisor's review by the supervisor acting, the gate (used once, two gates at
once, refused after valid_until, refused with the mismatch, void), the weekly reconciliation and the desk's
hooks."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import update

from app.domain import release as RL
from app.domain.errors import ConflictError, NotFound, PermissionDenied, UserError, ValidationError
from app.services import base, card_sections, dashboard, open_items, records
from app.services import release as svc
from app.services.base import unit_of_work
from db.models import Room
from db.models.release import ReleaseSlip
from tests.conftest import PASSWORD
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.services.test_renovation import desk, permitted  # noqa: F401  (fixtures)

OWNER_ID = "11010519491231002X"
CARRIER_ID = "440304196203150414"
ITEMS = "旧木地板 12 捆 拆除\n废弃瓷砖 30 袋\n电锤 1 台"


def slip(**kw) -> dict:
    raw = {"room": "3-2-1502", "purpose": "renovation", "applicant": "王建国", "applicant_type": "owner",
           "id_number": OWNER_ID, "phone": "13805716688", "authorisation": "owner", "items": ITEMS,
           "vehicle": "浙A12345"}
    raw.update(kw)
    return raw


def issue(db, actor, **kw) -> int:
    return records.create(db, actor, svc.KIND, slip(**kw))


def load(db, slip_id) -> ReleaseSlip:
    with db.read() as s:
        row = s.get(ReleaseSlip, slip_id)
        s.expunge(row)
        return row


@pytest.fixture
def permit(db, desk):  # noqa: F811
    """3-2-1502 renovating under a permit from today (2026-06-08, a Monday)."""
    return permitted(db, desk)


def approved(db, desk, **kw) -> ReleaseSlip:  # noqa: F811
    slip_id = issue(db, desk, **kw)
    svc.review(db, desk, slip_id, "同意")
    return load(db, slip_id)


# ------------------------------------------------------------------------------------------ the slip

def test_a_renovation_slip_is_numbered_with_its_items_and_waits_for_review(db, desk, permit):  # noqa: F811
    slip_id = issue(db, desk)
    row = load(db, slip_id)
    assert row.number.startswith("FX20260608-") and row.status == "pending"
    assert row.permit_no.startswith("XK20260608-")
    assert row.exit_date == row.valid_until == date(2026, 6, 8)       # same day by default
    with db.read() as s:
        lines = [(i.seq, i.name, i.quantity, i.unit, i.remark) for i in svc.items_of(s, slip_id)]
    assert lines == [(1, "旧木地板", 12, "捆", "拆除"), (2, "废弃瓷砖", 30, "袋", ""), (3, "电锤", 1, "台", "")]
    view = records.get(db, desk, svc.KIND, slip_id)
    rows = {str(k): v for k, v in view.rows}
    assert rows["Items"] == "旧木地板 12捆；废弃瓷砖 30袋；电锤 1台"
    assert [a.name for a in view.actions] == ["approve", "void"]


@pytest.mark.parametrize(("items", "message"), [
    ("", "Items is required"),
    ("  \n ", "Items is required"),
    ("旧木地板 0 捆", "Item line 1: write the name, then a quantity above 0"),
    ("旧木地板 12 捆\n瓷砖", "Item line 2"),
    ("\n".join(f"物品{n} 1 件" for n in range(31)), "at most 30 items"),
])
def test_a_slip_needs_item_lines_with_quantities(db, desk, permit, items, message):  # noqa: F811
    with pytest.raises(ValidationError, match=message) as caught:
        issue(db, desk, items=items)
    assert caught.value.field == "items"


def test_item_parser_takes_the_ways_the_desk_types_them():
    assert RL.parse_items("旧地板 12捆\nA4纸，5 箱 办公\n空调 x2") == [
        RL.Item("旧地板", 12, "捆"), RL.Item("A4纸", 5, "箱", "办公"), RL.Item("空调", 2)]


def test_renovation_goods_need_an_active_permit(db, desk):  # noqa: F811
    with pytest.raises(ConflictError, match="3-2-1502 has no renovation permit valid on 2026-06-08"):
        issue(db, desk)
    assert issue(db, desk, purpose="other")                # other large items need none


def test_a_move_out_with_arrears_is_refused(db, desk):  # noqa: F811
    from app.services.fees import billing
    with unit_of_work(db, desk) as s:
        s.execute(update(Room).where(Room.code == "3-2-1502").values(fee_start_date=date(2026, 3, 10)))
    billing.post(db, desk, date(2026, 5, 1))
    with pytest.raises(ConflictError, match="3-2-1502 owes ¥551.18 overdue \\(3 bills\\).*arrears are paid"):
        issue(db, desk, purpose="move_out")
    with db.read() as s:
        assert svc._move_out_check(s, load_room(db, "3-2-1601"), date(2026, 6, 8)) is None
    assert issue(db, desk, room="3-2-1601", applicant="曾经纬", purpose="move_out")


def load_room(db, code) -> int:
    with db.read() as s:
        return s.scalar(__import__("sqlalchemy").select(Room.id).where(Room.code == code))


def test_the_applicant_is_an_owner_or_authorised_by_one(db, desk, permit, clock):  # noqa: F811
    with pytest.raises(ValidationError, match="赵工头 is not a registered owner of 3-2-1502") as caught:
        issue(db, desk, applicant="赵工头", applicant_type="contractor")
    assert caught.value.field == "authorisation"
    with pytest.raises(ValidationError, match="Owner's written consent is required"):
        issue(db, desk, applicant="赵工头", applicant_type="contractor", authorisation="consent")
    with_consent = issue(db, desk, applicant="赵工头", applicant_type="contractor", authorisation="consent",
                         consent=[("委托书.pdf", b"%PDF-1.4 consent")])
    assert [a.role for a in records.get(db, desk, svc.KIND, with_consent).attachments] == ["consent"]
    # a phone confirmation: by a registered owner, not in the future
    phone = {"applicant": "赵工头", "applicant_type": "contractor", "authorisation": "phone"}
    with pytest.raises(ValidationError, match="Owner who confirmed by phone is required"):
        issue(db, desk, **phone)
    with pytest.raises(ValidationError, match="李四 is not a registered owner.*phone confirmation comes from an"):
        issue(db, desk, **phone, confirm_owner="李四", confirm_at="2026-06-08 08:50")
    with pytest.raises(ValidationError, match="cannot be in the future"):
        issue(db, desk, **phone, confirm_owner="王建国", confirm_at="2026-06-08 09:30")
    row = load(db, issue(db, desk, **phone, confirm_owner="王建国", confirm_at="2026-06-08 08:50"))
    assert (row.confirm_owner, f"{row.confirm_at:%H:%M}") == ("王建国", "08:50")


def test_the_validity_is_the_exit_day_plus_the_parameters_days(db, desk, permit):  # noqa: F811
    from app.services import params
    with pytest.raises(ValidationError, match="exit day cannot be before today"):
        issue(db, desk, exit_date="2026-06-07")
    with pytest.raises(ValidationError, match="valid at most 0 days after the exit day \\(until 2026-06-09\\)"):
        issue(db, desk, exit_date="2026-06-09", valid_until="2026-06-10")
    params.set_value(db, desk, "release.valid_days", "2")
    row = load(db, issue(db, desk, exit_date="2026-06-09"))
    assert row.valid_until == date(2026, 6, 11)
    with pytest.raises(ValidationError, match="valid at least until the exit day \\(2026-06-09\\)"):
        issue(db, desk, exit_date="2026-06-09", valid_until="2026-06-08")


# ------------------------------------------------------------------------------------------ the review

def test_the_supervisor_reviews_herself(db, desk, permit, actor):  # noqa: F811
    reception = actor("receptionist")
    slip_id = issue(db, reception)
    with pytest.raises(PermissionDenied, match="receptionist员工 may not review release slips"):
        records.act(db, reception, svc.KIND, slip_id, "approve", {})
    with pytest.raises(ValidationError, match="approver acts herself"):
        svc.review(db, reception, slip_id, approver=desk.staff_id)
    with pytest.raises(ValidationError, match="Wrong password"):
        svc.review(db, reception, slip_id, approver=desk.staff_id, approver_password="wrong")
    steward = actor("steward")
    with pytest.raises(PermissionDenied, match="may not review release slips"):
        svc.review(db, reception, slip_id, approver=steward.staff_id, approver_password=PASSWORD)
    svc.review(db, reception, slip_id, "同意放行", approver=desk.staff_id, approver_password=PASSWORD)
    row = load(db, slip_id)
    assert row.status == "approved" and row.reviewed_by == desk.staff_id


# ------------------------------------------------------------------------------------------ the gate

def test_the_gate_releases_a_slip_once(db, desk, permit, actor, clock):  # noqa: F811
    row = approved(db, desk)
    guard = actor("receptionist")
    seen = svc.gate_lookup(db, guard, f"  {row.number.lower()} ")         # as a scanner types it
    assert (seen.room, seen.applicant, seen.status, seen.problem) == ("3-2-1502", "王建国", "approved", None)
    assert seen.id_number == "1101**********002X"                        # masked for the receptionist
    assert [(i.name, i.quantity) for i in seen.items] == [("旧木地板", 12), ("废弃瓷砖", 30), ("电锤", 1)]
    with pytest.raises(ValidationError, match="Fill in Carrier.s ID before"):
        svc.gate_release(db, guard, row.number, "")
    with pytest.raises(ValidationError, match="check digit|not a valid"):
        svc.gate_release(db, guard, row.number, "440304196203150415")
    clock.advance(hours=2)
    svc.gate_release(db, guard, row.number, CARRIER_ID)
    done = load(db, row.id)
    assert (done.status, done.carrier_id, done.checked_by) == ("released", CARRIER_ID, guard.staff_id)
    assert f"{done.exit_at:%H:%M}" == "11:00"
    with pytest.raises(ConflictError, match=f"Slip {row.number} was already used: released at 2026-06-08 11:00 "
                                            f"by receptionist员工. A slip is used once"):
        svc.gate_release(db, guard, row.number, CARRIER_ID)
    assert "already used" in (svc.gate_lookup(db, guard, row.number).problem or "")


def test_two_gates_at_once_exactly_one_releases(db, desk, permit, actor):  # noqa: F811
    row = approved(db, desk)
    guards = [actor("receptionist"), actor("steward")]
    barrier = threading.Barrier(2)
    outcome: list[str] = []

    def scan(guard):
        barrier.wait()
        try:
            svc.gate_release(db, guard, row.number, CARRIER_ID)
            outcome.append("released")
        except UserError as e:
            outcome.append(str(e))

    threads = [threading.Thread(target=scan, args=(g,)) for g in guards]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcome)[1] == "released" and "already used" in sorted(outcome)[0]
    assert load(db, row.id).status == "released"


def test_a_slip_after_valid_until_is_refused(db, desk, permit, actor, clock):  # noqa: F811
    row = approved(db, desk)
    guard = actor("receptionist")
    clock.advance(days=1)
    with pytest.raises(ConflictError, match=f"Slip {row.number} was valid until 2026-06-08: it has expired"):
        svc.gate_release(db, guard, row.number, CARRIER_ID)
    seen = svc.gate_lookup(db, guard, row.number)
    assert (seen.status, seen.state_label) == ("expired", "Expired") and "expired" in (seen.problem or "")
    assert [r.number for r in svc.list_slips(db, guard, status="expired")] == [row.number]
    assert svc.list_slips(db, guard, status="open") == []
    assert load(db, row.id).status == "approved"                          # derived, never stored


def test_not_before_the_review_nor_the_exit_day(db, desk, permit, actor):  # noqa: F811
    guard = actor("receptionist")
    pending = load(db, issue(db, desk))
    with pytest.raises(ConflictError, match="has not been approved by the supervisor yet"):
        svc.gate_release(db, guard, pending.number, CARRIER_ID)
    tomorrow = approved(db, desk, exit_date="2026-06-09")
    with pytest.raises(ConflictError, match="is valid from 2026-06-09"):
        svc.gate_release(db, guard, tomorrow.number, CARRIER_ID)
    with pytest.raises(NotFound, match="There is no release slip FX20990101-0001"):
        svc.gate_lookup(db, guard, "FX20990101-0001")


def test_a_mismatch_is_refused_and_needs_a_new_slip(db, desk, permit, actor):  # noqa: F811
    row = approved(db, desk)
    guard = actor("receptionist")
    with pytest.raises(ValidationError, match="Fill in What does not match before"):
        svc.gate_refuse(db, guard, row.number, "  ")
    svc.gate_refuse(db, guard, row.number, "多出一台冰箱，放行条未列")
    done = load(db, row.id)
    assert (done.status, done.mismatch) == ("refused", "多出一台冰箱，放行条未列")
    with pytest.raises(ConflictError, match="was refused at the gate at 2026-06-08 09:00: the applicant needs a new"):
        svc.gate_release(db, guard, row.number, CARRIER_ID)


def test_a_void_slip_does_not_pass(db, desk, permit, actor):  # noqa: F811
    row = approved(db, desk)
    records.act(db, desk, svc.KIND, row.id, "void", {"reason": "业主取消"})
    with pytest.raises(ConflictError, match=f"Slip {row.number} is void"):
        svc.gate_release(db, actor("receptionist"), row.number, CARRIER_ID)


def test_two_desks_acting_on_the_same_slip(db, desk, permit, actor):  # noqa: F811
    slip_id = issue(db, desk)
    seen = records.get(db, desk, svc.KIND, slip_id)
    svc.review(db, desk, slip_id, version=seen.version)
    with pytest.raises(ConflictError, match="Someone else changed this record"):
        records.act(db, actor("receptionist"), svc.KIND, slip_id, "void", {"reason": "重复开具"},
                    version=seen.version)
    assert load(db, slip_id).status == "approved"


# ------------------------------------------------------------------------------------------ reconciliation

def released(db, desk, guard, n: int) -> list[str]:  # noqa: F811
    numbers = []
    for _ in range(n):
        row = approved(db, desk, purpose="other")
        svc.gate_release(db, guard, row.number, CARRIER_ID)
        numbers.append(row.number)
    return numbers


def test_the_weekly_reconciliation_lists_the_unreturned_gate_copies(db, desk, actor, clock):  # noqa: F811
    guard = actor("receptionist")
    first, second, third = released(db, desk, guard, 3)
    with pytest.raises(ValidationError, match="week from 2026-06-08 is not over yet: reconcile it from 2026-06-15"):
        svc.reconcile(db, desk, date(2026, 6, 8), [first])
    clock.advance(days=7)                                                   # Monday 2026-06-15
    assert dashboard_tiles(db, desk)["Gate copies to reconcile"] == "3"
    with pytest.raises(ValidationError, match="starts on a Monday \\(the reconciliation day\\): 2026-06-09 is not"):
        svc.reconcile(db, desk, date(2026, 6, 9), [first])
    with pytest.raises(ValidationError, match="Not released in this week: FX20990101-0001"):
        svc.reconcile(db, desk, date(2026, 6, 8), [first, "FX20990101-0001"])
    done = svc.reconcile(db, actor("clerk"), date(2026, 6, 8), [first, f" {second.lower()} "])
    assert (done.released, done.returned, [u[0] for u in done.unreturned]) == (3, 2, [third])
    assert dashboard_tiles(db, desk)["Gate copies to reconcile"] == "1"
    again = svc.reconcile(db, desk, date(2026, 6, 8), [third])             # a late return
    assert (again.returned, again.unreturned) == (3, ())
    assert load_by(db, first).reconciled_week == date(2026, 6, 8)
    with pytest.raises(PermissionDenied):
        svc.reconcile(db, actor("steward"), date(2026, 6, 8), [])


def test_the_reconciliation_day_is_a_parameter(db, desk, actor, clock):  # noqa: F811
    from app.services import params
    params.set_value(db, desk, "release.reconcile_weekday", "fri")
    clock.advance(days=11)                                                  # Friday 2026-06-19
    assert svc.week_to_reconcile(db, desk).week_start == date(2026, 6, 12)
    assert svc.reconcile(db, desk, date(2026, 6, 12), []).released == 0
    with pytest.raises(ValidationError, match="starts on a Friday"):
        svc.reconcile(db, desk, date(2026, 6, 8), [])


def load_by(db, number) -> ReleaseSlip:
    with db.read() as s:
        row = s.scalar(__import__("sqlalchemy").select(ReleaseSlip).where(ReleaseSlip.number == number))
        s.expunge(row)
        return row


# ------------------------------------------------------------------------------------------ the desk's hooks

def dashboard_tiles(db, actor) -> dict[str, str]:
    return {str(t.title): t.value for t in dashboard.tiles(db, actor, base.now().date())}


def test_home_tiles_open_items_and_household_card(db, desk, permit, estate):  # noqa: F811
    slip_id = issue(db, desk)
    assert dashboard_tiles(db, desk)["Release slips to review"] == "1"
    items = [i for i in open_items.collect(db, desk, base.now()) if i.page == svc.PAGE]
    assert [i.number for i in items] == [load(db, slip_id).number]
    svc.review(db, desk, slip_id)
    assert dashboard_tiles(db, desk)["Release slips to review"] == "0"
    with db.read() as s:
        room = s.get(Room, estate["3-2-1502"])
        section = card_sections.collect(s, desk, room)["release"]
    assert section.rows[0][:2] == [load(db, slip_id).number, "Approved, awaiting the gate"]


# ------------------------------------------------------------------------------------------ indexes

def test_the_lists_and_the_reconciliation_run_on_indexes(db):
    """The chips (state, newest first), the week's released slips and a room's slips: index searches."""
    from sqlalchemy import select, text

    def plan(stmt) -> str:
        with db.engine.connect() as conn:
            compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
            return " | ".join(row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))

    today = date(2026, 6, 8)
    chips = [svc._query(select(ReleaseSlip), status, "", today).order_by(ReleaseSlip.id.desc()).limit(200)
             for status in ("open", "pending", "expired", "unreturned", "released")]
    week = svc._released_in(date(2026, 6, 1), date(2026, 6, 8))
    room = select(ReleaseSlip).where(ReleaseSlip.room_id == 1).order_by(ReleaseSlip.id.desc()).limit(5)
    for stmt in (*chips, week, room):
        found = plan(stmt)
        assert "SEARCH release_slip USING" in found and "SCAN release_slip" not in found, found
