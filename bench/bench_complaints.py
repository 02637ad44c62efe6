"""Complaints and follow-ups on ten years of a large estate: the lists and the month's KPIs stay at the floor.

    uv run python bench/bench_complaints.py [--rooms 5000] [--complaints 50000] [--followups 150000]

Builds (once, cached in bench/out/ by its parameters) the estate with ten years of complaints (with their
resolution clocks) and follow-ups, then prints ``ours / floor = ratio`` for each list the desk opens, where
the floor is the raw indexed sqlite3 query for the same rows (the columns the list shows, its deadline and
escalation level aside) in the same run, the two run alternately, and exits non-zero when a ratio misses its
target.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Targets, best_ms  # noqa: E402

TARGETS = {"list": 2.0, "overdue": 2.0, "queue": 2.0, "kpis_ms": 500.0}


def build(path: Path, rooms: int, n_complaints: int, n_followups: int):
    from sqlalchemy import insert, select

    from app.demo.generate import generate_estate
    from app.services import auth, demo, store
    from db.engine import sqlite_url
    from db.models import RecordClock, Room
    from db.models.complaint import Complaint, FollowUp
    fresh = not path.exists()
    db = store.open_store(sqlite_url(path))
    if fresh:
        t = time.perf_counter()
        estate = generate_estate(7, buildings=max(6, rooms // 125), target_rooms=rooms)
        demo.load_estate(db, estate, with_staff=True, index=False)
        rng = random.Random(3)
        start = datetime(2016, 12, 1, 8, 0)
        span = (datetime(2026, 12, 1) - start).total_seconds()
        with db.write() as s:
            codes = s.execute(select(Room.id, Room.code)).all()
            complaints, clocks, followups = [], [], []
            for k in range(1, n_complaints + 1):
                at = start + timedelta(seconds=span * k / n_complaints)
                rid, code = rng.choice(codes)
                status = "closed" if at < datetime(2026, 11, 1) else rng.choice(
                    ["registered", "replied", "dispatched", "waiting", "resolved"])
                resolved = at + timedelta(days=rng.randint(0, 9)) if status in ("closed", "resolved") else None
                complaints.append(dict(id=k, number=f"TS{at:%Y%m%d}-{k % 10000:04d}{k // 10000}", status=status,
                                       received_at=at, channel="phone", complainant="王建国", phone="13805716688",
                                       room_id=rid, room_code=code, role="owner", ctype="complaint",
                                       category=rng.choice(["facilities", "environment", "service", "security"]),
                                       urgency=rng.choice(["general", "general", "urgent"]), major=False,
                                       content="漏水", demand="", apologised=True, validity="valid", initial_reply="",
                                       reply_by="", dept="engineering", assignee="", slip_number="", escalated_to="",
                                       escalations=0, reports=0, result="已修" if resolved else "",
                                       resolved_at=resolved, reopens=0, repeat=False,
                                       followup_state="done" if status == "closed" else "",
                                       satisfaction="satisfied" if status == "closed" else "", source="",
                                       void_reason="", version=1, created_at=at, updated_at=at))
                deadline = at + timedelta(days=9)
                clocks.append(dict(kind="complaint", record_id=k, clock="resolve", point=100, unit="working",
                                   started_at=at, running_since=None if resolved else at, stopped_at=resolved,
                                   spent_s=0, budget_s=7 * 86400, due_at=None if resolved else deadline,
                                   deadline_at=deadline, late=bool(resolved and resolved > deadline)))
            for k in range(1, n_followups + 1):
                due = (start + timedelta(seconds=span * k / n_followups)).date()
                rid, code = rng.choice(codes)
                done = due < date(2026, 11, 20)
                followups.append(dict(id=k, number=f"HF{due:%Y%m%d}-{k % 10000:04d}{k // 10000}",
                                      status="reviewed" if done else "planned", ftype=rng.choice(
                                          ["complaint", "repair", "routine"]), source_kind="", source_number="",
                                      room_id=rid, room_code=code, interviewee="王建国", phone="13805716688",
                                      topic="", due_on=due, attempts=0, method="phone" if done else "",
                                      visited_at=datetime.combine(due, datetime.min.time()) if done else None,
                                      feedback="", satisfaction="satisfied" if done else "", problems="",
                                      action_taken="", opinion="", void_reason="", version=1))
            for table, rows in ((Complaint, complaints), (RecordClock, clocks), (FollowUp, followups)):
                for i in range(0, len(rows), 5000):
                    s.execute(insert(table), rows[i:i + 5000])
        print(f"built {rooms} rooms, {n_complaints} complaints, {n_followups} follow-ups in "
              f"{time.perf_counter() - t:.1f} s")
    return db, auth.sign_in(db, "zhuguan", "demo1234")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rooms", type=int, default=5000)
    parser.add_argument("--complaints", type=int, default=50_000)
    parser.add_argument("--followups", type=int, default=150_000)
    args = parser.parse_args()
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    path = out / f"complaints-{args.rooms}-{args.complaints}-{args.followups}.sqlite3"
    db, actor = build(path, args.rooms, args.complaints, args.followups)

    from app.services import base, complaints, followups
    now = base.now()
    raw = sqlite3.connect(str(path))

    # the columns the list shows (its deadline and escalation level aside): both complaint floors read them
    shown = ("id, number, status, received_at, complainant, phone, room_code, category, urgency, dept, repeat, "
             "major")

    def floor_list():
        return raw.execute(f"SELECT {shown} FROM complaint WHERE status IN ('registered','replied','dispatched',"
                           "'waiting','resolved','visited','explained') ORDER BY received_at DESC, id DESC "
                           "LIMIT 200").fetchall()

    def floor_overdue():
        return raw.execute(f"SELECT {shown} FROM complaint c WHERE c.id IN "
                           "(SELECT record_id FROM record_clock WHERE kind='complaint' AND clock='resolve' AND "
                           "point=100 AND due_at < ?) ORDER BY c.received_at DESC, c.id DESC LIMIT 200",
                           (now.isoformat(" "),)).fetchall()

    def floor_queue():
        return raw.execute("SELECT * FROM followup WHERE status = 'planned' ORDER BY due_on, id LIMIT 200").fetchall()

    t = Targets(f"complaints on {args.rooms} rooms ({path.name})", large=args.rooms >= 5000)
    for name, ours, floor, target in (
            ("complaint list, open, first page", lambda: complaints.list_complaints(db, actor), floor_list, "list"),
            ("complaints overdue, first page",
             lambda: complaints.list_complaints(db, actor, status="overdue"), floor_overdue, "overdue"),
            ("follow-up queue, first page", lambda: followups.list_followups(db, actor), floor_queue, "queue")):
        t.paired(name, ours, floor, TARGETS[target])
    month = now.date().replace(day=1)
    kpi_ms = best_ms(lambda: (complaints.kpis(db, actor, month, now.date()),
                              followups.kpis(db, actor, month, now.date())), repeat=3)
    t.limit("the month's KPIs (complaints + follow-ups)", kpi_ms, TARGETS["kpis_ms"])
    return t.exit_code()


if __name__ == "__main__":
    sys.exit(main())
