"""A large roster import commits in short batches (issue 16, item 7): the write lock is never held for the
whole import, so the other desks' saves go through meanwhile."""
import time

from sqlalchemy import event, func, select

from app.services import roster
from db.models import AuditLog, Room
from tests.excel.test_roster_import import HEADERS, good_row, make_book, valid_id


def test_a_large_import_is_written_in_short_transactions(db, admin, tmp_path):
    rows = [good_row(楼栋=str(1 + i // 300), 单元="1", 房号=f"{1 + (i % 300) // 10:02d}{i % 10 + 1:02d}",
                     楼层=1 + (i % 300) // 10,
                     证件号码=valid_id(f"1101051980{1 + i % 12:02d}{1 + i % 28:02d}{i:03d}"[:17]),
                     业主姓名=f"业主{i}")
            for i in range(900)]
    path = make_book(tmp_path, HEADERS, rows)
    preview = roster.preview(db, admin, path)
    assert not preview.errors, preview.sorted_errors()[:3]
    holds, opened = [], {}
    event.listen(db.engine, "begin", lambda conn: opened.__setitem__(id(conn), time.perf_counter()))
    event.listen(db.engine, "commit", lambda conn: holds.append(time.perf_counter() - opened.pop(id(conn))))
    result = roster.apply(db, admin, preview)
    assert result.rooms == 900
    writes = [h for h in holds if h > 0]
    assert len(writes) >= 900 // roster.BATCH, len(writes)
    assert max(writes) < sum(writes) / 2            # no transaction holds the lock for most of the import
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Room)) == 900
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "import_roster")) \
            == -(-900 // roster.BATCH)
