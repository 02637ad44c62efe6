"""The visitor register on the large estate: a million visits must open and filter at the floor.

    uv run python bench/bench_visits.py [--quick]

On the estate of bench/estate.py (5,000 rooms, about 1M visits over ten years, cached by its parameters),
prints ``ours / floor = ratio`` for the register's filters (a month, all dates, a room, the last four digits
of a phone, a name's substring), where the floor is the raw indexed sqlite3 query for the same rows and
columns, run alternately in the same run; exits non-zero when a ratio misses its target. The store is not
ANALYZEd, as a desk's store is not.

:func:`visit_rows` is also used by the tests to fill a register quickly.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import estate  # noqa: E402
from bench.common import Targets  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = ("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀英 华 平 刚 桂英 建华 志强 晓明 梓涵 子轩 "
         "浩然 欣怡 宇航 一诺 雨桐 国强 建国 秀兰 玉兰 海燕 春梅").split()
UNITS = ("", "", "", "顺丰速运", "京东物流", "美团外卖", "饿了么", "绿城家政", "江城市供电局", "中国电信",
         "宏达装饰", "杭州市西湖区", "上海市浦东新区")
VISITOR_PURPOSES = ("family",) * 6 + ("delivery",) * 4 + ("home_service",) * 2 + ("business_call", "other")
SERVICE_PURPOSES = ("payment", "payment", "enquiry", "business", "other")


def _resident_id(rng: random.Random) -> str:
    from stdnum.cn import ric
    first = f"110105{rng.randint(1950, 2004)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 999):03d}"
    return first + ric.calc_check_digit(first + "0")


def visit_rows(rooms: Sequence[tuple[int, str, str]], first_day: date, days: int, per_day: int, *,
               seed: int = 1, staff_id: int | None = None, now: datetime | None = None) -> Iterator[dict]:
    """Rows for ``insert(Visit)``: ``per_day`` visits (±30 %) a day from ``first_day`` for ``days`` days,
    numbered FK{day}-{seq}. ``rooms`` are (id, code, host name). Visits end as a desk's do: most visitors
    left, some refused; service visits handled or turned into a record; a few void. Visits later than
    ``now`` are not made; visits of ``now``'s day may still be open (on site, waiting, being served)."""
    rng = random.Random(seed)
    now = now or datetime.now().replace(microsecond=0)
    people = [(rng.choice(SURNAMES) + rng.choice(GIVEN),
               "1" + rng.choice("3456789") + f"{rng.randrange(10**9):09d}", _resident_id(rng))
              for _ in range(max(50, per_day * 20))]
    for k in range(days):
        day = first_day + timedelta(days=k)
        n = max(1, int(per_day * rng.uniform(0.7, 1.3)))
        start = datetime.combine(day, datetime.min.time()) + timedelta(hours=7)
        step = (15 * 3600) // n
        for seq in range(1, n + 1):
            arrival = start + timedelta(seconds=seq * step + rng.randrange(max(step, 1)))
            if arrival > now:
                break
            room_id, code, host = rooms[rng.randrange(len(rooms))]
            name, phone, doc = people[rng.randrange(len(people))]
            open_day = arrival.date() == now.date()
            service = rng.random() < 0.22
            row = dict(number=f"FK{day:%Y%m%d}-{seq:04d}", created_by=staff_id, owner_staff_id=staff_id,
                       handler_id=None, void_reason="", version=1, arrival_at=arrival, visitor_name=name,
                       phone=phone, phone_tail=phone[-4:], unit_or_address=rng.choice(UNITS),
                       companions=rng.choice((0, 0, 0, 0, 1, 1, 2)), plate="", room_id=room_id,
                       room_code=code, items_carried="", host_contact_method="",
                       host_result="", host_contact_at=None, pass_no="", admitted_at=None, departure_at=None,
                       pass_returned=False, handled_at=None, linked_record="", outcome="", watch_note="",
                       remarks="", created_at=arrival, updated_at=arrival)
            r = rng.random()
            if service:
                row.update(category="service", purpose=rng.choice(SERVICE_PURPOSES), id_type="", id_number="",
                           host_name="", visitor_name=host or name)
                handled = arrival + timedelta(minutes=rng.randint(3, 25))
                if open_day and handled > now:
                    row["status"] = "serving"
                elif r < 0.15:
                    row.update(status="converted", handled_at=handled,
                               linked_record=f"TS{day:%Y%m%d}-{rng.randint(1, 30):04d}")
                elif r < 0.17:
                    row.update(status="void", void_reason="误登记")
                else:
                    row.update(status="done", handled_at=handled, outcome="已办理")
            else:
                row.update(category="visitor", purpose=rng.choice(VISITOR_PURPOSES), id_type="resident",
                           id_number=doc, host_name=host,
                           host_contact_method=rng.choice(("phone", "phone", "intercom")))
                answered = arrival + timedelta(minutes=rng.randint(1, 4))
                left = answered + timedelta(minutes=rng.randint(10, 240))
                if open_day and answered > now:
                    row["status"] = "contacting"
                elif r < 0.06:
                    row.update(status="refused", host_result="refused", host_contact_at=answered,
                               outcome="被访人拒绝来访")
                elif r < 0.07:
                    row.update(status="void", void_reason="重复登记")
                else:
                    row.update(host_result="agreed", host_contact_at=answered, admitted_at=answered,
                               pass_no=f"L-{rng.randint(1, 80):03d}")
                    if (open_day and left > now) or r > 0.9995:
                        row["status"] = "admitted"      # on site (a few never signed out)
                    else:
                        row.update(status="left", departure_at=left, pass_returned=True)
            yield row


def estate_rooms(db) -> list[tuple[int, str, str]]:
    """(room id, code, an owner's name) of every room, for :func:`visit_rows`."""
    from sqlalchemy import select

    from db.models import Person, Room, RoomPerson
    with db.read() as s:
        owners = dict(s.execute(select(RoomPerson.room_id, Person.name)
                                .join(Person, Person.id == RoomPerson.person_id)
                                .where(RoomPerson.role == "owner")).all())
        return [(rid, code, owners.get(rid, "")) for rid, code in s.execute(select(Room.id, Room.code))]


def insert_visits(db, rows: Iterator[dict], chunk: int = 20_000, progress: bool = False) -> int:
    """Insert the rows in chunks; the FK number counters move past the numbers used, so a visit registered
    afterwards through the service gets the next number of its day."""
    from sqlalchemy import insert, select

    from db.models import DocSequence
    from db.models.visit import Visit
    total, batch = 0, []
    last: dict[str, int] = {}

    def flush() -> None:
        with db.write() as s:
            s.execute(insert(Visit), batch)
    for row in rows:
        period, seq = row["number"][2:10], int(row["number"][11:])
        last[period] = max(last.get(period, 0), seq)
        batch.append(row)
        if len(batch) >= chunk:
            flush()
            total += len(batch)
            batch = []
            if progress:
                print(f"  {total:,} visits", end="\r", flush=True)
    if batch:
        flush()
        total += len(batch)
    with db.write() as s:
        from app.services import visit_search
        visit_search.rebuild(s)   # the bulk insert bypassed the services that keep the search keys
        known = {c.period: c for c in s.scalars(select(DocSequence).where(DocSequence.doc_type == "FK"))}
        for period, seq in last.items():
            if period in known:
                known[period].last_seq = max(known[period].last_seq, seq)
            else:
                s.add(DocSequence(doc_type="FK", period=period, last_seq=seq))
    return total


VISIT_COLS = ("v.id, v.number, v.arrival_at, v.category, v.purpose, v.visitor_name, v.phone, v.id_type, "
              "v.id_number, v.companions, v.room_code, v.host_name, v.status, v.admitted_at, v.departure_at, "
              "st.name, v.remarks, c.due_at")
#: the register's rows, the floor: the page's ids from an index, then those rows with the staff name and the
#: host's deadline (the same columns as the service)
FLOOR = (f"SELECT {VISIT_COLS} FROM visit v LEFT JOIN staff st ON st.id = v.created_by "
         "LEFT JOIN record_clock c ON c.kind = 'visit' AND c.record_id = v.id AND c.clock = 'host_reply' "
         "AND c.point = 100 WHERE v.id IN (SELECT id FROM visit {index} WHERE {where} "
         "ORDER BY arrival_at DESC, id DESC LIMIT 200) ORDER BY v.arrival_at DESC, v.id DESC")
TARGET = 2.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    estate.add_arguments(parser)
    p = estate.params_of(parser.parse_args())
    db, actor = estate.open_estate(p)
    import sqlite3

    from app.services import visits as svc
    raw = sqlite3.connect(str(p.path))
    (total,) = raw.execute("SELECT count(*) FROM visit").fetchone()
    mid = total // 2
    code, phone = raw.execute("SELECT room_code, phone FROM visit WHERE id = ?", (mid,)).fetchone()
    t = Targets(f"register: {total:,} visits on {p.rooms} rooms ({p.path.name})", large=p.large)
    today = date.today()
    first = (today - timedelta(days=400)).replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1)

    def floor(where: str, *args, index: str = ""):
        return lambda: raw.execute(FLOOR.format(where=where, index=index), args).fetchall()

    def ours(**kw):
        return lambda: svc.list_visits(db, actor, **kw)

    month = f"{first:%Y-%m}"
    t.paired(f"register, one month ({month}), first page",
             ours(date_from=first, date_to=last - timedelta(days=1)),
             floor("arrival_at >= ? AND arrival_at < ?", f"{first} 00:00:00.000000", f"{last} 00:00:00.000000"),
             TARGET, same_rows=True)
    t.paired("register, all dates, first page", ours(), floor("1"), TARGET, same_rows=True)
    t.paired(f"register, room {code}", ours(room=code), floor("room_code = ?", code), TARGET, same_rows=True)
    t.paired(f"register, phone last four {phone[-4:]}", ours(text=phone[-4:]),
             floor("phone_tail = ?", phone[-4:]), TARGET, same_rows=True)
    for text in ("梓涵", "张"):
        t.paired(f"register, search {text}", ours(text=text), _text_floor(raw, text), TARGET, same_rows=True)
    return t.exit_code()


def _text_floor(raw, text: str):
    """The raw query for the same rows as a name search: the register walked newest first, each name
    tested for the text."""
    sql = FLOOR.format(index="", where="visitor_name LIKE ?")
    return lambda: raw.execute(sql, (f"%{text}%",)).fetchall()


if __name__ == "__main__":
    sys.exit(main())
