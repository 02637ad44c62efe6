"""收费 at the floor: the billing run, the counter and the estate's arrears aging.

    uv run python bench/bench_fees.py [--rooms 5000] [--bills 2000000] [--quick]

Builds (once, cached in bench/out/ by its parameters) an estate with three fee items and ``--bills`` bills
(about ten years of monthly bills of the estate by default, 5% of them still owed), then prints
``ours / floor = ratio`` and exits non-zero when a target is missed:

* billing run of a month for every room × 3 items ≤ 2× a raw ``executemany`` of the same rows;
* the counter of a room with ten years of monthly bills ≤ 2× the raw indexed query of its owing bills;
* the arrears aging of the estate ≤ 200 ms.
"""
from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGETS = {"billing": 2.0, "counter": 2.0, "aging_ms": 200.0}


def paired_best_ms(ours, floor, rounds: int = 7) -> tuple[float, float]:
    a, b = [], []
    ours(), floor()
    for _ in range(rounds):
        for fn, runs in ((ours, a), (floor, b)):
            start = time.perf_counter()
            fn()
            runs.append((time.perf_counter() - start) * 1000)
    return min(a), min(b)


def build(path: Path, rooms: int, n_bills: int):
    from sqlalchemy import select, update

    from app.demo.generate import generate_estate
    from app.services import auth, catalog, demo, store
    from app.services.base import system_actor, unit_of_work
    from app.services.fees import items
    from db.engine import sqlite_url
    from db.models import Room
    catalog.load_all()
    fresh = not path.exists()
    db = store.open_store(sqlite_url(path))
    if fresh:
        t = time.perf_counter()
        demo.load_estate(db, generate_estate(7, buildings=max(6, rooms // 125), target_rooms=rooms),
                         with_staff=True, index=False)
        with unit_of_work(db, system_actor()) as s:
            ids = items.ensure_default_items(s)
            s.execute(update(Room).values(fee_start_date=date(2016, 1, 1), delivery_state="delivered"))
            room_ids = list(s.scalars(select(Room.id)))
        raw = sqlite3.connect(str(path))
        rng = random.Random(5)
        item_ids = [ids["WY"], ids["DT"], ids["TC"]]
        rows, k = [], 0
        months = [(2016 + m // 12, m % 12 + 1) for m in range(120)]
        per_month = max(1, n_bills // len(months))
        for y, mo in months:
            for j in range(per_month):
                rid, item = room_ids[j % len(room_ids)], item_ids[(j // len(room_ids)) % 3]
                owed = rng.random() < 0.05
                rows.append((rid, item, f"{y:04d}-{mo:02d}", f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-28",
                             9850, 220, 21670, f"{y:04d}-{mo:02d}-15", 0 if owed else 21670, 0, 21670 if owed else 0,
                             "open" if owed else "paid", 0, "2026-01-01 00:00:00", 0, ""))
                k += 1
            if len(rows) > 50000:
                raw.executemany(_INSERT, rows)
                rows = []
        raw.executemany(_INSERT, rows)
        raw.commit()
        raw.close()
        print(f"built {rooms} rooms and {k} bills in {time.perf_counter() - t:.1f} s")
    return db, auth.sign_in(db, "zhuguan", "demo1234")


_INSERT = ("INSERT OR IGNORE INTO fee_bill (room_id, item_id, period, period_start, period_end, quantity, unit_price, "
           "amount, due_date, paid, waived, outstanding, status, developer, created_at, void_key, void_reason) "
           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rooms", type=int, default=5000)
    parser.add_argument("--bills", type=int, default=2_000_000)
    parser.add_argument("--quick", action="store_true", help="1,000 rooms and ten years of their bills (360,000)")
    args = parser.parse_args()
    if args.quick:
        args.rooms, args.bills = 1000, 360_000
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    path = out / f"fees-{args.rooms}-{args.bills}.sqlite3"
    db, actor = build(path, args.rooms, args.bills)

    from sqlalchemy import select

    from app.services.fees import arrears, billing, counter
    from db.models import Room
    failed = False
    raw = sqlite3.connect(str(path), isolation_level=None)

    # the billing run of a month nobody billed yet, rolled back after each timing on both sides
    month = date(2031, 1, 1)
    plan = billing.preview(db, actor, month)
    plain = [(r["room_id"], r["item_id"], "2031-01", str(r["period_start"]), str(r["period_end"]),
              int(r["quantity"] * 100), int(r["unit_price"] * 100), int(r["amount"] * 100), str(r["due_date"]), 0, 0,
              int(r["amount"] * 100), "open", 0, "2031-01-01 00:00:00", 0, "") for r in plan.rows]

    def ours_billing():
        billing.post(db, actor, month, cancel=_cancel_at_end(plan.count))

    def floor_billing():
        raw.execute("BEGIN IMMEDIATE")
        raw.executemany(_INSERT, plain)
        raw.execute("ROLLBACK")

    for name, ours, floor, target in (("billing run, a month × 3 items", ours_billing, floor_billing, "billing"),):
        a, b = paired_best_ms(ours, floor, rounds=3)
        ok = a / b <= TARGETS[target]
        failed |= not ok
        print(f"{name:<40} {a:8.2f} ms / {b:6.2f} ms = {a / b:5.2f}×  (target ≤ {TARGETS[target]}×) "
              f"{'ok' if ok else 'MISSED'}")

    with db.read() as s:
        room_id = s.scalar(select(Room.id).order_by(Room.id))
    today = datetime(2026, 12, 7).date()

    def floor_counter():
        return raw.execute("SELECT b.id, b.item_id, i.name, b.period, b.period_start, b.period_end, b.quantity, "
                           "b.unit_price, b.amount, b.paid, b.waived, b.outstanding, b.due_date, b.status, "
                           "b.developer, i.late_fee FROM fee_bill b JOIN fee_item i ON i.id = b.item_id "
                           "WHERE b.room_id = ? AND b.status IN ('open','partial') "
                           "ORDER BY b.period_start, i.seq, b.id", (room_id,)).fetchall()

    a, b = paired_best_ms(lambda: counter.counter(db, actor, room_id, today), floor_counter)
    ok = a / b <= TARGETS["counter"]
    failed |= not ok
    print(f"{'counter of a room, 10 years of bills':<40} {a:8.2f} ms / {b:6.2f} ms = {a / b:5.2f}×  "
          f"(target ≤ {TARGETS['counter']}×) {'ok' if ok else 'MISSED'}")
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        arrears.aging(db, actor, today=today)
        runs.append(time.perf_counter() - t0)
    aging_ms = min(runs) * 1000
    ok = aging_ms <= TARGETS["aging_ms"]
    failed |= not ok
    print(f"{'arrears aging of the estate':<40} {aging_ms:8.2f} ms (target ≤ {TARGETS['aging_ms']:.0f} ms) "
          f"{'ok' if ok else 'MISSED'}")
    return 1 if failed else 0


def _cancel_at_end(total: int):
    """A cancel that lets every chunk insert, then stops before the commit (so the month stays unbilled)."""
    from app.services.fees import billing
    asked = {"n": 0}
    chunks = -(-total // billing.CHUNK)

    def cancel() -> bool:
        asked["n"] += 1
        return asked["n"] > chunks
    return cancel


if __name__ == "__main__":
    sys.exit(main())
