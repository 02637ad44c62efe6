"""The one estate every benchmark measures: ten years of a 5,000-room estate with about 1M visits.

    uv run python bench/estate.py [--quick] [--rooms 5000] [--visits 1000000] [--years 10]

Built once and cached in bench/out/ under a name made of every parameter that changes its content (rooms,
visits, years, seed and the generator's version), written under a temporary name and renamed only when
complete, so an interrupted build or a store of other parameters is never reused. ``--quick`` (1,000 rooms,
100,000 visits) is for development; the targets in bench/README.md are judged on the large estate.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

OUT = Path(__file__).resolve().parent / "out"
VERSION = 1          # raise when the generator makes different data: old caches are no longer used
LARGE = dict(rooms=5000, visits=1_000_000, years=10)
QUICK = dict(rooms=1000, visits=100_000, years=10)


@dataclass(frozen=True)
class Params:
    rooms: int = LARGE["rooms"]
    visits: int = LARGE["visits"]
    years: int = LARGE["years"]
    seed: int = 7

    @property
    def large(self) -> bool:
        return self.rooms >= LARGE["rooms"] and self.visits >= LARGE["visits"]

    @property
    def path(self) -> Path:
        return OUT / f"estate-r{self.rooms}-v{self.visits}-y{self.years}-s{self.seed}-g{VERSION}.sqlite3"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--quick", action="store_true",
                        help="a small estate (1,000 rooms, 100,000 visits) for development")
    parser.add_argument("--rooms", type=int)
    parser.add_argument("--visits", type=int)
    parser.add_argument("--years", type=int)


def params_of(args: argparse.Namespace) -> Params:
    base = QUICK if args.quick else LARGE
    return Params(rooms=args.rooms or base["rooms"], visits=args.visits or base["visits"],
                  years=args.years or base["years"])


def _build(tmp: Path, p: Params) -> None:
    from app.demo.generate import generate_estate
    from app.services import auth, demo, store
    from bench.bench_visits import estate_rooms, insert_visits, visit_rows
    from db.engine import sqlite_url
    t = time.perf_counter()
    db = store.open_store(sqlite_url(tmp))
    try:
        demo.load_estate(db, generate_estate(p.seed, buildings=max(6, p.rooms // 125), target_rooms=p.rooms),
                         with_staff=True)
        actor = auth.sign_in(db, "jiedai", "demo1234")
        days = 365 * p.years
        n = insert_visits(db, visit_rows(estate_rooms(db), date.today() - timedelta(days=days - 1), days,
                                         max(1, p.visits // days), staff_id=actor.staff_id), progress=True)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    print(f"built {p.rooms} rooms, {n:,} visits in {time.perf_counter() - t:.0f} s" + " " * 20, file=sys.stderr)


def ensure(p: Params) -> Path:
    """The cached store of these parameters, built if missing (its ten years end on the day it was built)."""
    OUT.mkdir(exist_ok=True)
    if not p.path.exists():
        tmp = p.path.with_name(p.path.name + f".building-{os.getpid()}")
        _build(tmp, p)
        for suffix in ("-wal", "-shm"):
            Path(str(tmp) + suffix).unlink(missing_ok=True)
        os.replace(tmp, p.path)
    return p.path


def open_estate(p: Params, user: str = "zhuguan"):
    """(Database, actor) on the cached estate."""
    from app.services import auth, store
    from db.engine import sqlite_url
    db = store.open_store(sqlite_url(ensure(p)))
    return db, auth.sign_in(db, user, "demo1234")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_arguments(parser)
    print(ensure(params_of(parser.parse_args())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
