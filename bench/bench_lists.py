"""Lists and search on a large estate: every page the desk opens must stay instant.

    uv run python bench/bench_lists.py [--rooms 5000] [--visits-factor 0]

Builds (once, cached in bench/out/) an estate of ``--rooms`` rooms with its people, then times the queries
behind the registry page and global search, each as a ratio to the floor measured in the same run: a
primary-key lookup of one room through the same engine.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import best_ms, report  # noqa: E402


def build(path: Path, rooms: int):
    from app.demo.generate import generate_estate
    from app.services import auth, demo, store
    from db.engine import sqlite_url
    fresh = not path.exists()
    db = store.open_store(sqlite_url(path))
    if fresh:
        t = time.perf_counter()
        estate = generate_estate(7, buildings=max(6, rooms // 125), target_rooms=rooms)
        demo.load_estate(db, estate, with_staff=True)
        print(f"built {len(estate.rooms)} rooms, {len(estate.people)} people in "
              f"{time.perf_counter() - t:.1f} s")
    return db, auth.sign_in(db, "zhuguan", "demo1234")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rooms", type=int, default=5000)
    args = parser.parse_args()
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    db, actor = build(out / f"estate-{args.rooms}.sqlite3", args.rooms)

    from sqlalchemy import func, select

    from app.services import registry, search
    from db.models import Room
    with db.read() as s:
        max_id = s.scalar(select(func.max(Room.id)))
        total = s.scalar(select(func.count()).select_from(Room))

    def floor():
        with db.read() as s:
            s.get(Room, max_id // 2)
    floor_ms = best_ms(floor, repeat=9, number=20)
    name = "room by primary key"
    print(f"estate: {total} rooms")
    report("registry: first page (200 rooms)", best_ms(lambda: registry.list_rooms(db, actor)), name, floor_ms)
    last = None
    pages = 0
    start = time.perf_counter()
    while True:
        page = registry.list_rooms(db, actor, after=last)
        if not page:
            break
        last, pages = page[-1].sort_key, pages + 1
    whole = (time.perf_counter() - start) * 1000
    report(f"registry: scroll to the end ({pages} pages), per page", whole / max(pages, 1), name, floor_ms)
    deep = registry.list_rooms(db, actor, limit=total - 200)[-1].sort_key
    report("registry: a page deep in the list", best_ms(lambda: registry.list_rooms(db, actor, after=deep)),
           name, floor_ms)
    report("registry: filter by code prefix", best_ms(lambda: registry.list_rooms(db, actor, text="3-2-1")),
           name, floor_ms)
    report("registry: filter by occupancy", best_ms(lambda: registry.list_rooms(db, actor, occupancy="rented")),
           name, floor_ms)
    report("registry: building tree", best_ms(lambda: registry.tree(db, actor)), name, floor_ms)
    report("registry: household card", best_ms(lambda: registry.household_card(db, actor, max_id // 2)),
           name, floor_ms)
    for q in ("zs", "张", "梓涵", "3-2-1502", "8000", "1101"):
        report(f"search: {q}", best_ms(lambda q=q: search.search(db, actor, q)), name, floor_ms)


if __name__ == "__main__":
    main()
