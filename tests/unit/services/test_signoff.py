"""主管日审: the day's complaints, follow-ups and unusual events listed, signed once by the supervisor acting,
the work log checked with the same signature, and the unsigned days on the home tab."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.services import dashboard, followups, registry, signoff, worklog
from db.engine import Database
from db.models.duty import WorkLogReview
from tests.helpers import clock, estate  # noqa: F401
from tests.unit.services.test_complaints import act, new

MONDAY = date(2026, 6, 8)


def _sheet(db, admin, day=MONDAY):
    return signoff.day_sheet(db, admin, day)


def test_the_days_complaints_card_views_and_voids_are_listed(db, actor, estate, clock, monkeypatch):  # noqa: F811
    monkeypatch.setattr("app.services.audit.now", clock)      # the audit trail's own clock
    admin, desk = actor("supervisor"), actor("receptionist")
    cid = new(db, desk)
    act(db, desk, cid, "reply", {"initial_reply": "今日安排工程部上门查看", "reply_by": "刘建平"})
    clock.advance(hours=1)
    registry.household_card(db, desk, estate["3-2-1502"])
    clock.advance(minutes=20)
    registry.household_card(db, desk, estate["3-2-1601"])
    entry = worklog.create_entry(db, desk, worklog.EntryInput("曾先生", "问物业费", phone="13805716688"))
    act(db, admin, entry, "void", {"reason": "重复登记"}, kind="work_log")
    sheet = _sheet(db, admin)
    sections = [str(i.section) for i in sheet.items]
    assert sections.count("Complaint") == 2                      # registered, initial reply
    cards = [i for i in sheet.items if i.what == "Viewed a household card"]
    assert len(cards) == 1 and "2 times" in cards[0].detail and "3-2-1502" in cards[0].detail
    void = next(i for i in sheet.items if i.kind == "work_log")
    assert void.unusual and "重复登记" in void.detail and void.number
    assert sheet.unusual == 1
    assert all(not i.unusual for i in sheet.items if i.kind == "complaint")
    assert sheet.signed is None


def test_signed_once_by_the_supervisor_with_the_work_log(db, actor, estate, clock):  # noqa: F811
    admin, desk = actor("supervisor"), actor("receptionist")
    new(db, desk)
    worklog.create_entry(db, desk, worklog.EntryInput("王建国", "报修水管", phone="13805716688"))
    n = len(_sheet(db, admin).items)
    with pytest.raises(PermissionDenied):
        signoff.sign_day(db, desk, MONDAY, n)
    with pytest.raises(ValidationError, match="1 work-log rows have no result"):
        signoff.sign_day(db, admin, MONDAY, n)
    with pytest.raises(ValidationError, match="once it has begun"):
        signoff.sign_day(db, admin, MONDAY + timedelta(days=1), 0, "明天")
    new(db, desk, complainant="单田芳")                         # arrives while the supervisor reads
    with pytest.raises(ConflictError, match="1 records were added"):
        signoff.sign_day(db, admin, MONDAY, n, "报修已转工程部")
    clock.advance(hours=10)
    signoff.sign_day(db, admin, MONDAY, n + 1, "报修已转工程部")
    sheet = _sheet(db, admin)
    assert sheet.signed is not None and sheet.signed.items == n + 1 and sheet.signed.note == "报修已转工程部"
    with db.read() as s:
        review = s.get(WorkLogReview, MONDAY)
        assert review is not None and review.open_rows == 1 and review.note == "报修已转工程部"
    with pytest.raises(ConflictError, match="signed already by"):
        signoff.sign_day(db, admin, MONDAY, n + 1, "再签")


def test_a_work_log_checked_before_is_kept(db, actor, estate, clock):  # noqa: F811
    admin, desk = actor("supervisor"), actor("receptionist")
    worklog.create_entry(db, desk, worklog.EntryInput("王建国", "咨询", phone="13805716688", answer="当场解决",
                                                      result="closed"))
    worklog.review_day(db, admin, MONDAY, "")
    signoff.sign_day(db, admin, MONDAY, len(_sheet(db, admin).items))
    assert _sheet(db, admin).worklog.review is not None


def test_unsigned_days_are_a_home_tile_for_the_supervisor_only(db, actor, estate, clock):  # noqa: F811
    admin, desk = actor("supervisor"), actor("receptionist")
    new(db, desk)
    clock.advance(days=1)
    new(db, desk, complainant="曾经纬")
    clock.advance(days=2)                                    # Thursday: Monday and Tuesday are unsigned
    with db.read() as s:
        assert signoff.unsigned_days(s, clock.at.date()) == [MONDAY, MONDAY + timedelta(days=1)]
    tile = next(t for t in dashboard.tiles(db, admin, clock.at.date()) if t.page == "signoff")
    assert tile.value == "2" and "06-08" in tile.detail
    assert not [t for t in dashboard.tiles(db, desk, clock.at.date()) if t.page == "signoff"]
    signoff.sign_day(db, admin, MONDAY, len(_sheet(db, admin).items))
    with db.read() as s:
        assert signoff.unsigned_days(s, clock.at.date()) == [MONDAY + timedelta(days=1)]


def test_two_supervisors_sign_the_same_day_once(db, actor, estate, clock):  # noqa: F811
    admin = actor("supervisor")
    new(db, actor("receptionist"))
    n = len(_sheet(db, admin).items)
    other = Database(db.url)
    try:
        signoff.sign_day(other, admin, MONDAY, n)
        with pytest.raises(ConflictError, match="signed already"):
            signoff.sign_day(db, admin, MONDAY, n)
    finally:
        other.dispose()


def _resident_id(serial: int) -> str:
    body = f"11010519800101{serial:03d}"
    total = sum(int(d) * w for d, w in zip(body, (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), strict=True))
    return body + "10X98765432"[total % 11]


def test_a_batch_of_planned_visits_is_one_line(db, actor, estate, clock):  # noqa: F811
    admin = actor("supervisor")
    unit = registry.save_unit(db, admin, registry.save_building(db, admin, registry.BuildingInput("5")), "1")
    for k, no in enumerate(("101", "102", "201")):      # three more households: five visits in one batch
        room = registry.save_room(db, admin, registry.RoomInput(unit, no, no[0], "88.00"))
        registry.save_person(db, admin, registry.PersonInput(f"曾{k}", "010-62345678", id_number=_resident_id(k + 11)),
                             room_id=room, role="owner", is_primary=True)
    assert followups.plan_visits(db, admin, "routine", date(2026, 6, 30)) == 5
    items = [i for i in _sheet(db, admin).items if i.kind == "followup"]
    assert len(items) == 1 and items[0].what.endswith("×5")
    assert items[0].number.endswith("-0001–0005")
    assert signoff.sign_day(db, admin, MONDAY, len(_sheet(db, admin).items)) is None
