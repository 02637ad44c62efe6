"""Lists and search on the large estate: the registry's room list and global search at the floor.

    uv run python bench/bench_lists.py [--quick]

On the estate of bench/estate.py (5,000 rooms, cached), prints ``ours / floor = ratio`` for each list, where
the floor is the raw indexed sqlite3 query for the same rows (the same columns) in the same run, the two run
alternately, and exits non-zero when a ratio misses its target (bench/README.md).
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import estate  # noqa: E402
from bench.common import Targets  # noqa: E402

TARGET = 2.0

ROOMS = ("SELECT r.id, r.code, r.floor, r.area, r.layout, r.room_type, r.delivery_state, r.occupancy_state, "
         "(SELECT p.name FROM person p JOIN room_person rp ON rp.person_id = p.id WHERE rp.room_id = r.id AND "
         "rp.role = 'owner' AND rp.end_date IS NULL ORDER BY rp.is_primary DESC, rp.id LIMIT 1), "
         "r.unit_id, r.floor, r.room_no, r.id FROM room r {where} ORDER BY r.unit_id, r.floor, r.room_no, r.id "
         "LIMIT 200")
#: the hits of a search key prefix: rooms, and people with the rooms they belong to (current links first)
SEARCH = ("SELECT k.kind, k.ref_id, k.key FROM search_key k WHERE k.key >= ? AND k.key < ? ORDER BY k.key "
          "LIMIT 240")
PEOPLE = ("SELECT p.id, p.name, p.mobile, p.id_number, rp.role, rp.end_date IS NOT NULL, r.id, r.code "
          "FROM person p LEFT JOIN room_person rp ON rp.person_id = p.id LEFT JOIN room r ON r.id = rp.room_id "
          "WHERE p.id IN ({ids}) ORDER BY rp.end_date IS NOT NULL, rp.id")
ROOM_HITS = "SELECT id, code, layout, area FROM room WHERE id IN ({ids})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    estate.add_arguments(parser)
    p = estate.params_of(parser.parse_args())
    db, actor = estate.open_estate(p)
    from app.services import registry, search
    raw = sqlite3.connect(str(p.path))
    code = raw.execute("SELECT code FROM room ORDER BY id LIMIT 1 OFFSET ?", (p.rooms // 2,)).fetchone()[0]
    prefix = code.rsplit("-", 1)[0] + "-1"
    tail = raw.execute("SELECT substr(mobile, -4) FROM person ORDER BY id LIMIT 1 OFFSET 77").fetchone()[0]
    t = Targets(f"estate: {p.rooms} rooms, {p.visits:,} visits ({p.path.name})", large=p.large)

    def floor_rooms(where: str = "", args: tuple = ()):
        return lambda: raw.execute(ROOMS.format(where=where), args).fetchall()

    t.paired("room list, first page", lambda: registry.list_rooms(db, actor), floor_rooms(), TARGET,
             same_rows=True)
    t.paired(f"room list, code prefix {prefix}", lambda: registry.list_rooms(db, actor, text=prefix),
             floor_rooms("WHERE r.estate_id = 1 AND r.code >= ? AND r.code < ?", (prefix, prefix + "\U0010ffff")),
             TARGET, same_rows=True)

    def floor_search(q: str):
        def run():
            keys = raw.execute(SEARCH, (q, q + "\U0010ffff")).fetchall()
            people = sorted({ref for kind, ref, _ in keys if kind == "person"})[:30]
            rooms = sorted({ref for kind, ref, _ in keys if kind == "room"})[:30]
            out = []
            if people:
                out += raw.execute(PEOPLE.format(ids=",".join(map(str, people)))).fetchall()
            if rooms:
                out += raw.execute(ROOM_HITS.format(ids=",".join(map(str, rooms)))).fetchall()
            return out
        return run

    for q in ("梓涵", "zzh", tail):
        t.paired(f"global search {q}", lambda q=q: search.search(db, actor, q), floor_search(q), TARGET)
    return t.exit_code()


if __name__ == "__main__":
    sys.exit(main())
