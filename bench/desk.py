"""One desk process for the stress runs (bench/stress.py) and the multi-desk tests: signs in, then writes,
logging every commit it got back.

    python bench/desk.py write  URL LOG COUNT [--user U --password P --pause S --tag T]
    python bench/desk.py number URL LOG COUNT [...]

``write`` adds one building per commit (a plain audited registry write); ``number`` registers one service
visit per commit (an FK document number). A line of LOG is written and fsynced only after its unit of work
returned, so every line names a commit the store must still hold, whatever happens to the process later.
A refused commit (busy store, another desk's restore) is logged as ``error <message>`` and the loop goes on.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _one_write(db, actor, tag: str, i: int) -> str:
    from app.services import registry
    registry.save_building(db, actor, registry.BuildingInput(f"{tag}{i}"))
    return f"{tag}{i}"


def _one_number(db, actor, _tag: str, _i: int) -> str:
    from app.services import visits
    from db.models.visit import Visit
    vid = visits.register_visit(db, actor, dict(
        category="service", visitor_name="压力测试", phone="13800138000", id_type="resident", id_number="",
        purpose="enquiry", room=""))
    with db.read() as s:
        return s.get(Visit, vid).number


KINDS = {"write": _one_write, "number": _one_number}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("kind", choices=sorted(KINDS))
    p.add_argument("url")
    p.add_argument("log")
    p.add_argument("count", type=int)
    p.add_argument("--user", default="admin")
    p.add_argument("--password", default="secret123")
    p.add_argument("--pause", type=float, default=0.0)
    p.add_argument("--tag", default="W")
    args = p.parse_args(argv)
    from app.domain.errors import UserError
    from app.services import auth, store
    db = store.open_store(args.url, verify=False)
    actor = auth.sign_in(db, args.user, args.password)
    write = KINDS[args.kind]
    with open(args.log, "a", encoding="utf-8") as log:
        log.write("ready\n")
        log.flush()
        for i in range(args.count):
            try:
                line = write(db, actor, args.tag, i)
            except UserError as exc:
                line = f"error {exc}"
            log.write(line + "\n")
            log.flush()
            os.fsync(log.fileno())
            if args.pause:
                time.sleep(args.pause)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
