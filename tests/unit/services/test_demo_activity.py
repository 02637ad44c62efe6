"""The demo's morning at the desk (app.services.demo.seed_desk_activity): what a user who signs in to a new
demo store sees on the home tab and in the handover, made through the services (audit chain unbroken)."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.services import (
    audit,
    auth,
    base,
    dashboard,
    demo,
    duty,
    keys,
    open_items,
    patrol,
    registry,
    store,
    vacancy,
    worklog,
)
from db.engine import sqlite_url
from db.models import AuditLog, Room, WorkflowEvent
from db.models.duty import WorkLogEntry
from db.models.visit import Visit


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """A new demo store (estate, accounts and the desk's activity), made once for the module; the
    supervisor signed in before any test moves the clock."""
    db = store.open_store(sqlite_url(tmp_path_factory.mktemp("demo") / "demo.sqlite3"))
    summary = demo.ensure_demo(db)
    made = base.now()
    boss = auth.sign_in(db, "zhuguan", "demo1234")
    yield db, boss, made, summary
    db.dispose()


def tile_values(db, actor, today: date) -> dict[str, str]:
    return {str(t.title): t.value for t in dashboard.tiles(db, actor, today)}


def test_home_tab_shows_a_morning_at_the_desk(seeded):
    db, boss, made, summary = seeded
    assert "desk activity" in summary
    tiles = tile_values(db, boss, made.date())
    assert int(tiles["Visitors on site"]) == 2
    assert int(tiles["Parcels waiting"]) == 3
    assert int(tiles["Work log: open requests today"]) == 2
    assert tiles["Shift"] == "Handed over"          # nobody on duty: the user takes over at sign-in


def test_the_visits_come_at_their_own_times_before_now(seeded):
    db, _, made, _ = seeded
    arrivals = [r[0] for r in db.rows(select(Visit.arrival_at))]
    assert len(arrivals) == 6
    assert all(a <= made and a.date() == made.date() for a in arrivals)
    assert len(set(arrivals)) == len(arrivals) or made.hour < 2   # a demo made just after midnight


def test_overdue_slip_and_notice_to_take_down_once_their_time_has_passed(seeded, monkeypatch):
    """The services stamp slips and notices with the clock, so these become due after the seeding: the
    urgent slip half an hour unsigned, the fire-alarm notice at its end time (within 35 minutes)."""
    db, boss, made, _ = seeded
    later = made + timedelta(hours=1)
    monkeypatch.setattr("app.services.base.now", lambda: later)
    tiles = tile_values(db, boss, made.date())
    assert int(tiles["Work slips overdue"]) >= 1
    assert int(tiles["Notices to take down"]) >= 1
    assert int(tiles["Visitors on site"]) >= 1
    assert int(tiles["Parcels waiting"]) >= 1
    assert int(tiles["Work log: open requests today"]) >= 1
    groups = {str(i.group) for i in open_items.collect(db, boss, later)}
    assert {"Work slips not answered", "Notices to take down", "Visitors on site"} <= groups


def test_handover_shows_the_previous_shift_and_open_items(seeded):
    db, boss, made, _ = seeded
    items = open_items.collect(db, boss, base.now())
    assert items
    assert {"Work-log requests without a result", "Visitors on site", "Parcels waiting"} <= {
        str(i.group) for i in items}
    assert duty.open_log(db, boss) is None and duty.needs_takeover(db, boss)
    brief = duty.handover_brief(db, boss)
    assert brief.mode == "acknowledge"
    previous = brief.previous
    assert previous.status == "handed_over" and previous.handed_to == "王丽华"
    assert previous.on_duty == "李建军、陈晓雪" and previous.mail_count == 3
    assert previous.carried_over.count("\n") >= 3 and previous.open_items
    kinds = {e.kind for e in brief.previous_events}
    assert {"worklog", "conversion", "manual"} <= kinds


def test_work_log_over_the_previous_days(seeded):
    db, boss, made, _ = seeded
    today = made.date()
    before, open_before = worklog.count_entries(db, boss, date_from=today - timedelta(days=4),
                                                date_to=today - timedelta(days=1))
    now_rows, open_now = worklog.count_entries(db, boss, date_from=today, date_to=today)
    assert (before, open_before, now_rows, open_now) == (16, 1, 8, 2)
    rows = worklog.list_entries(db, boss)
    assert {r.channel for r in rows} == {"phone", "visit", "wechat"}
    assert {"repair", "enquiry", "complaint", "suggestion"} <= {r.category for r in rows}
    converted = [r for r in rows if r.links]
    assert len(converted) == 1 and converted[0].status == "transferred"
    assert converted[0].links[0].startswith("LX")
    assert worklog.day_summary(db, boss, today - timedelta(days=4)).review is not None
    # every caller is a person registered in the room, with that person's phone
    for r in rows[:6]:
        card = registry.household_card(db, boss, registry.room_by_code(db, boss, r.room_code).id,
                                        reveal=True)
        assert (r.caller, r.phone) in {(p.name, p.mobile) for p in card.people}


def test_made_through_the_services(seeded):
    db, boss, made, _ = seeded
    assert audit.verify(db).ok
    with db.read() as s:
        rows = s.scalar(select(func.count()).select_from(WorkLogEntry))
        created = s.scalar(select(func.count()).select_from(WorkflowEvent).where(
            WorkflowEvent.kind == "work_log", WorkflowEvent.action == "create"))
        users = set(s.scalars(select(AuditLog.username).where(AuditLog.action == "sign_in")))
    assert rows == created == 24
    assert {"zhuguan", "guanliyuan", "jiedai", "neiqin"} <= users


def test_an_existing_demo_store_gets_no_second_morning(seeded):
    db, boss, made, _ = seeded
    assert demo.ensure_demo(db).startswith("demo estate ready")
    assert worklog.count_entries(db, boss)[0] == 24


def test_key_cabinet_vacant_units_and_patrol(seeded, monkeypatch):
    """The three workflows seeded through their services: a key still out, the vacant-unit register in step
    with the rooms' vacancy flag, an open patrol finding with engineering; the audit chain unbroken."""
    db, boss, made, summary = seeded
    assert "keys" in summary and "vacant units" in summary and "patrol" in summary
    # keys: 10 in the cabinet's books (and the developer's keys of the 6 units whose move-in has not reached
    # the keys), one lent to engineering and still out, one lent and returned
    cabinet = keys.list_keys(db, boss, status="open")
    assert len([k for k in cabinet if not k.key_no.startswith("R-")]) == 10
    assert len([k for k in cabinet if k.key_no.startswith("R-")]) == 6
    assert {k.category for k in cabinet} == {"owner", "developer", "public"}
    out = keys.list_loans(db, boss, status="out")
    assert len(out) >= 1 and out[0].borrower_type == "staff"
    assert len(keys.list_loans(db, boss, status="returned")) == 1
    later = made + timedelta(days=14)   # past the due time (the close of a working day, holidays included)
    for target in ("app.services.base.now",):
        monkeypatch.setattr(target, lambda: later)
    assert len(keys.overdue_loans(db, boss)) >= 1
    monkeypatch.undo()
    # vacancy: the register and the rooms' flag agree
    units = vacancy.list_units(db, boss, status="active", limit=1000)
    with db.read() as s:
        flagged = set(s.scalars(select(Room.code).where(Room.vacancy_flag.is_(True))))
    assert len(units) == len(flagged) >= 12
    assert {u.room_code for u in units} == flagged
    assert {u.vacancy_type for u in units} == {"1", "2", "3"}
    inspections = vacancy.list_inspections(db, boss, limit=100)
    assert len(inspections) == 5
    assert [i.status for i in inspections].count("issues") == 1
    # patrol: today's round completed, its finding open with engineering
    rounds = patrol.list_patrols(db, boss)
    assert [(r.route_name, r.status, r.points_total, r.points_abnormal) for r in rounds] == [
        ("1号巡查路线", "completed", 6, 1)]
    findings = patrol.list_issues(db, boss, status="open")
    assert len(findings) >= 1 and findings[0].dept == "engineering"
    assert audit.verify(db).ok


def test_a_year_of_fees_whose_books_balance(seeded):
    """The demo's fees (app.services.demo_fees): bills of 14 billing runs, receipts whose lines, methods and
    change add up, bills paid exactly by their receipt lines, most households paid up, some behind, a few over
    twelve months; past days closed and checked by the supervisor, today open with a void, a deposit and a
    refund waiting for the review."""
    from app.domain.fees.codes import Aging
    from app.services.fees import arrears, closing
    from db.models.fees import FeeBill, FeeClosing, FeeDeposit, FeePaymentMethod, FeeReceipt, FeeReceiptLine, FeeRefund

    db, boss, made, summary = seeded
    today = made.date()
    assert "fees:" in summary
    with db.read() as s:
        bills = s.scalars(select(FeeBill)).all()
        receipts = s.scalars(select(FeeReceipt)).all()
        lines: dict[int, list] = {}
        for ln in s.scalars(select(FeeReceiptLine)):
            lines.setdefault(ln.receipt_id, []).append(ln)
        methods: dict[int, list] = {}
        for m in s.scalars(select(FeePaymentMethod)):
            methods.setdefault(m.receipt_id, []).append(m)
        closings = s.scalars(select(FeeClosing)).all()
        deposits = s.scalars(select(FeeDeposit)).all()
        refunds = s.scalars(select(FeeRefund)).all()
    periodic = {b.period for b in bills if b.period_start != b.period_end}       # a move-out's one-off bills aside
    assert len(periodic) == 14 and {b.item_id for b in bills} and any(b.developer for b in bills)
    assert len({m.method for ms in methods.values() for m in ms}) >= 5          # WeChat, Alipay, POS, cash, transfer
    assert any(len(ms) == 2 for ms in methods.values())                          # split over two methods
    paid_by_lines: dict[int, Decimal] = {}
    for r in receipts:
        assert r.total == sum(ln.amount for ln in lines[r.id]), r.number
        assert sum(m.amount for m in methods[r.id]) - r.change == r.total, r.number
        if r.status != "void":
            for ln in lines[r.id]:
                if ln.bill_id:
                    paid_by_lines[ln.bill_id] = paid_by_lines.get(ln.bill_id, Decimal(0)) + ln.amount
    for b in bills:
        assert b.paid == paid_by_lines.get(b.id, Decimal(0)), b.id
        assert b.outstanding == b.amount - b.paid - b.waived
        assert b.status == ("paid" if b.outstanding == 0 else "open" if b.paid == 0 else "partial")

    # past days closed (the figures are the receipts'), checked by the supervisor; none left unclosed
    assert closings and all(c.checked_by == boss.staff_id and c.day < today for c in closings)
    for c in closings:
        day = closing.summary(db, boss, c.day, c.cashier_id)
        assert (c.count, c.cash, c.difference) == (day.count, day.cash, Decimal(0))
        assert all(r.closing_id == c.id for r in receipts if r.day == c.day and r.status != "void")
    with db.read() as s:
        assert [d for _c, d, _n, _t in closing.unclosed(s)] == [today] * len({
            r.cashier_id for r in receipts if r.day == today and r.status == "issued"})
    # today: open, a few receipts and one void, a renovation deposit taken, a refund waiting for the review
    todays = [r for r in receipts if r.day == today]
    assert len(todays) >= 3 and all(r.closing_id is None for r in todays)
    assert sum(r.status == "void" for r in todays) == 1
    assert any(d.taken_on == today and d.kind == "renovation" and d.held == d.amount for d in deposits)
    assert [f.status for f in refunds if "撤租" not in f.reason] == ["applied"]    # a move-out's refund paid

    # arrears: most households paid up, some behind, a few over twelve months
    households = {b.room_id for b in bills if not b.developer}
    owing = arrears.owing_rooms(db, boss, today=today, limit=10_000)
    assert 0 < len(owing) < len(households) / 4
    by_bucket = {row.bucket: row.households for row in arrears.aging(db, boss, today=today)}
    assert by_bucket[Aging.OVER12] >= 1 and by_bucket[Aging.M1] + by_bucket[Aging.M3] >= 10


def test_leases_in_every_state(seeded):
    """The demo's leases (app.services.demo_leases): every state of §4.8, the derived ones included, a company
    tenant, a renewal linked to the lease it renews, and the let rooms rented."""
    from app.services import lease, records
    db, boss, made, summary = seeded
    assert "9 leases" in summary
    rows = lease.list_leases(db, boss, status="all")
    assert {r.status for r in rows} == {"active", "incomplete", "renewed", "terminated", "void"}
    assert {r.derived for r in rows} == {"", "expiring", "expired"}
    assert any(r.tenant_type == "company" for r in rows)
    renewed = next(r for r in rows if r.status == "renewed")
    [link] = records.get(db, boss, "lease", renewed.id).links
    assert link.relation == "renewal" and records.get(db, boss, "lease", link.id).status == "active"
    with db.read() as s:
        states = dict(s.execute(select(Room.code, Room.occupancy_state)).all())
    assert all(states[r.room] == "rented" for r in rows if r.status in ("active", "incomplete"))
    assert all(states[r.room] != "rented" for r in rows if r.status in ("terminated", "void"))


def test_move_ins_in_every_state(seeded):
    """The demo's move-ins (app.services.demo_movein): the developer's list imported first, a case in every
    state of §4.13 (暂缓 and 作废 included) on units sold and not handed over, a defect sent to engineering, the
    keys out of the cabinet, the fees of the current period paid today, the rooms handed over at the keys."""
    from app.domain.movein import MOVEIN
    from app.services import movein
    from db.models.keys import KeyItem
    from db.models.movein import HandoverListLine, MoveIn
    db, boss, made, summary = seeded
    assert "8 move-ins" in summary
    with db.read() as s:
        cases = s.scalars(select(MoveIn).order_by(MoveIn.id)).all()
        listed = set(s.scalars(select(HandoverListLine.room_code)))
        rooms = dict(s.execute(select(Room.code, Room.delivery_state)).all())
        keys = dict(s.execute(select(KeyItem.room_code, KeyItem.status).where(KeyItem.key_no.startswith("R-"))).all())
    assert {m.status for m in cases} == {s.name for s in MOVEIN.states}
    assert all(m.room_code in listed and m.developer_match for m in cases)
    handed = {"completed", "archived"}
    for m in cases:
        assert rooms[m.room_code] == ("delivered" if m.status in handed else "sold"), m.number
        assert (keys[m.room_code] == "delivered") == (m.status in handed), m.number
    paid = [m for m in cases if m.status in ("paid", *handed)]
    assert paid and all(m.receipt_no and m.fees_total > 0 and m.paid_at.date() == made.date() for m in paid)
    assert any(m.status == "on_hold" and m.defects and m.slip_numbers for m in cases)
    k = movein.kpis(db, boss, made.date().replace(day=1), made.date())
    assert (k.on_hold, k.keys_handed, k.completed) == (1, 2, 2)


@pytest.mark.parametrize("clock", ["2026-12-08 00:05", "2026-12-08 08:00", "2026-12-08 16:30", "2026-12-31 23:59"])
def test_the_demo_takes_money_today_only(clock):
    """The past days are closed: a demo made just after midnight must not add receipts to yesterday (it did,
    with the renovation fees taken "30 minutes ago")."""
    from datetime import datetime

    from app.services.demo_complaints import counter_time
    moment = datetime.fromisoformat(clock)
    for minutes in (0, 5, 30, 50, 600):
        taken = counter_time(moment, minutes)
        assert taken.date() == moment.date() and taken >= datetime.fromisoformat(f"{clock[:10]} 08:01")


def test_move_outs_in_the_states_the_desk_sees(seeded):
    """The demo's move-outs (app.services.demo_moveout): a case in each state of §4.11, those moved out
    with their leases ended and the rooms no longer rented, the refunded one's deposit given back."""
    from app.services import moveout
    from db.models.lease import Lease
    from db.models.moveout import MoveOut
    db, boss, made, summary = seeded
    assert "8 move-outs" in summary
    with db.read() as s:
        cases = s.scalars(select(MoveOut)).all()
        assert {c.status for c in cases} == {"cancelled", "applied", "consented", "inspected", "settled",
                                             "moved_out", "refunded", "closed"}
        for c in cases:
            lease = s.get(Lease, c.lease_id)
            assert (lease.status == "terminated") == (c.status in ("moved_out", "refunded", "closed"))
            if c.status in ("settled", "moved_out", "refunded", "closed"):
                assert not moveout.owed_of(s, c) and moveout.release_allowed(s, c.room_id, c.settled_at.date()) is None
        for refunded in (c for c in cases if c.status in ("refunded", "closed")):
            assert refunded.refunded == Decimal("450.00") and refunded.refund_no



def test_release_slips_in_every_state(seeded):
    """The demo's goods-release slips (app.services.demo_release): every state, 已过期 derived, last week's gate
    copies reconciled with two still out (today's released slip is returned next week)."""
    from app.services import release
    db, boss, made, summary = seeded
    assert "release: 9 slips" in summary
    rows = release.list_slips(db, boss, status="all")
    assert {r.status for r in rows} == {"pending", "approved", "released", "refused", "void"}
    assert sum(r.derived == "expired" for r in rows) == 1
    assert len(release.list_slips(db, boss, status="unreturned")) == 3       # today's one is not due yet
    assert tile_values(db, boss, made.date())["Gate copies to reconcile"] == "2"
