"""Stress runs of the store (issue 16): kill -9 during writes, several desks numbering at once, and a restore
under a live writer, on SQLite and (with --pg) PostgreSQL, each a bounded number of times.

    uv run python bench/stress.py [--kills 10] [--desks 3] [--numbers 100] [--restores 3] [--pg URL] [--json]

Every desk is a real process (bench/desk.py) that logs a commit only after it returned. Afterwards the
store is checked against the logs. Printed per store: kills, commits logged, committed rows lost, integrity
and audit chain after each kill, numbers issued, duplicates, gaps, restores refused under a writer, and rows
lost or restores undone by them. Every figure but the counts themselves must be 0 (or "ok").
"""
from __future__ import annotations

import argparse
import json
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSWORD = "secret123"


def new_store(url: str):
    """A migrated store with the estate and the supervisor ``admin`` (desk.py's default account)."""
    from app.services import store
    db = store.open_store(url)
    store.initialise(db, "压力测试小区", "admin", "王主管", PASSWORD)
    return db


def desk(kind: str, url: str, log: Path, count: int, *, tag: str = "W", pause: float = 0.0):
    return subprocess.Popen([sys.executable, str(ROOT / "bench" / "desk.py"), kind, url, str(log), str(count),
                             "--tag", tag, "--pause", str(pause)], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def logged(log: Path) -> list[str]:
    if not log.exists():
        return []
    return [ln for ln in log.read_text(encoding="utf-8").splitlines() if ln != "ready" and not ln.startswith("error")]


def wait_ready(proc, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_text(encoding="utf-8").startswith("ready"):
            return
        if proc.poll() is not None:
            raise RuntimeError(f"desk died: {proc.stderr.read().decode(errors='replace')[-500:]}")
        time.sleep(0.05)
    raise RuntimeError("desk never got ready")


def present(db, kind: str) -> set[str]:
    from sqlalchemy import select

    from db.models import Building
    from db.models.visit import Visit
    column = Building.building_no if kind == "write" else Visit.number
    with db.read() as s:
        return set(s.scalars(select(column)))


def sound(db) -> tuple[bool, bool]:
    """(integrity ok, audit chain ok)."""
    from app.services import audit, store
    return store.quick_check(db) == "ok", audit.verify(db).ok


def kill_runs(url: str, work: Path, kills: int, rng: random.Random) -> dict:
    from app.services import store
    out = {"kills": 0, "commits logged": 0, "committed rows lost": 0, "integrity failures": 0,
           "audit chain failures": 0}
    for i in range(kills):
        kind = ("write", "number")[i % 2]
        log = work / f"kill-{i}.log"
        proc = desk(kind, url, log, 100000, tag=f"K{i}")
        wait_ready(proc, log)
        time.sleep(rng.uniform(0.2, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        out["kills"] += 1
        db = store.open_store(url)
        try:
            done = logged(log)
            out["commits logged"] += len(done)
            out["committed rows lost"] += len(set(done) - present(db, kind))
            integrity, chain = sound(db)
            out["integrity failures"] += not integrity
            out["audit chain failures"] += not chain
        finally:
            db.dispose()
    return out


def number_runs(url: str, work: Path, desks: int, numbers: int) -> dict:
    from app.services import store
    logs = [work / f"number-{i}.log" for i in range(desks)]
    procs = [desk("number", url, log, numbers, tag=f"N{i}") for i, log in enumerate(logs)]
    errors = 0
    for proc, log in zip(procs, logs, strict=True):
        proc.wait(600)
        errors += proc.returncode != 0
        errors += sum(ln.startswith("error") for ln in log.read_text(encoding="utf-8").splitlines())
    issued = [n for log in logs for n in logged(log)]
    counts = Counter(issued)
    db = store.open_store(url)
    try:
        stored = present(db, "number")
    finally:
        db.dispose()
    by_day: dict[str, set[int]] = {}
    for n in stored:
        prefix, seq = n.rsplit("-", 1)
        by_day.setdefault(prefix, set()).add(int(seq))
    gaps = sum(max(seqs) - len(seqs) for seqs in by_day.values())
    return {"numbers issued": len(issued), "duplicates": sum(c - 1 for c in counts.values() if c > 1),
            "gaps": gaps, "issued but missing": len(set(issued) - stored), "desk errors": errors}


def restore_runs(url: str, work: Path, restores: int) -> dict:
    """A restore while a desk writes must be refused (SQLite) or explained (PostgreSQL); nothing is lost."""
    from app.domain.errors import UserError
    from app.services import maintenance, store
    from app.services.base import system_actor
    out = {"restores tried under a writer": 0, "refused": 0, "rows lost": 0, "restores undone": 0}
    db = store.open_store(url)
    backup = None
    if db.path is not None:
        backup = maintenance.manual_backup(db, system_actor())
    db.dispose()
    for i in range(restores):
        log = work / f"restore-{i}.log"
        proc = desk("write", url, log, 100000, tag=f"R{i}", pause=0.01)
        wait_ready(proc, log)
        time.sleep(0.5)
        out["restores tried under a writer"] += 1
        try:
            if backup is None:
                raise UserError(maintenance.PG_RESTORE)
            maintenance.restore(url, system_actor(), backup).db.dispose()
        except UserError:
            out["refused"] += 1
        time.sleep(0.3)
        proc.terminate()
        proc.wait(60)
        db = store.open_store(url)
        try:
            out["rows lost"] += len(set(logged(log)) - present(db, "write"))
        finally:
            db.dispose()
    if backup is not None:                         # with nobody writing, the restore goes through and stays
        restored = maintenance.restore(url, system_actor(), backup)
        restored.db.dispose()
        db = store.open_store(url)
        try:
            out["restores undone"] += any(b.startswith("R") for b in present(db, "write"))
        finally:
            db.dispose()
    return out


def run_store(label: str, url: str, work: Path, args, rng: random.Random) -> dict:
    new_store(url).dispose()
    started = time.perf_counter()
    result = {"store": label}
    result.update(kill_runs(url, work, args.kills, rng))
    result.update(number_runs(url, work, args.desks, args.numbers))
    result.update(restore_runs(url, work, args.restores))
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def pg_database(admin_url: str):
    """A fresh database on the server for one run, and the function that drops it."""
    from sqlalchemy import create_engine, text
    name = f"fd_stress_{uuid.uuid4().hex[:8]}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        engine.dispose()
    return admin_url.rsplit("/", 1)[0] + "/" + name, drop


BAD = ("committed rows lost", "integrity failures", "audit chain failures", "duplicates", "gaps",
       "issued but missing", "desk errors", "rows lost", "restores undone")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--kills", type=int, default=10)
    p.add_argument("--desks", type=int, default=3)
    p.add_argument("--numbers", type=int, default=100, help="numbers per desk")
    p.add_argument("--restores", type=int, default=3)
    p.add_argument("--pg", metavar="URL", help="also run on a PostgreSQL server (a database is created)")
    p.add_argument("--seed", type=int, default=16)
    p.add_argument("--json", action="store_true", help="print one JSON line per store")
    args = p.parse_args(argv)
    rng = random.Random(args.seed)
    results = []
    with tempfile.TemporaryDirectory(prefix="frontdesk-stress-") as tmp:
        work = Path(tmp)
        import os
        os.environ["FRONTDESK_HOME"] = str(work / "home")
        (work / "sqlite").mkdir()
        results.append(run_store("SQLite", f"sqlite:///{work / 'sqlite' / 'stress.sqlite3'}", work / "sqlite",
                                 args, rng))
        if args.pg:
            url, drop = pg_database(args.pg)
            (work / "pg").mkdir()
            try:
                results.append(run_store("PostgreSQL", url, work / "pg", args, rng))
            finally:
                drop()
    for r in results:
        if args.json:
            print(json.dumps(r, ensure_ascii=False))
        else:
            print(f"\n{r['store']} ({r['seconds']} s)")
            for key, value in r.items():
                if key not in ("store", "seconds"):
                    print(f"  {key:32} {value}")
    return 1 if any(r[k] for r in results for k in BAD) else 0


if __name__ == "__main__":
    sys.exit(main())
