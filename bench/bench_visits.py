"""The visitor register on a large estate: a million visits must open and filter without a pause.

    uv run python bench/bench_visits.py [--visits 1000000] [--rooms 1000]

Builds once (cached in bench/out/) the demo estate and ``--visits`` visits spread over ten years, inserted
with Core bulk inserts (no ORM objects, no audit rows), then times the queries behind the 来访接待 page —
the first page of today's register, a date range, each status filter, a room, a name or phone prefix, the
last four digits, a page deep in the list, the KPIs of a day, a month and a year, the home tile and the
handover items — each as a ratio to the floor measured in the same run: a primary-key lookup of one visit
through the same engine. The store is not ANALYZEd, as a desk's store is not.

:func:`visit_rows` is also used by the tests to fill a register quickly.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import best_ms, report  # noqa: E402

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
        known = {c.period: c for c in s.scalars(select(DocSequence).where(DocSequence.doc_type == "FK"))}
        for period, seq in last.items():
            if period in known:
                known[period].last_seq = max(known[period].last_seq, seq)
            else:
                s.add(DocSequence(doc_type="FK", period=period, last_seq=seq))
    return total


def build(path: Path, visits: int, rooms: int):
    from app.demo.generate import generate_estate
    from app.services import auth, demo, store
    from db.engine import sqlite_url
    fresh = not path.exists()
    db = store.open_store(sqlite_url(path))
    if fresh:
        t = time.perf_counter()
        demo.load_estate(db, generate_estate(7, buildings=max(6, rooms // 125), target_rooms=rooms),
                         with_staff=True)
        actor = auth.sign_in(db, "jiedai", "demo1234")
        days = 3650
        today = date.today()
        n = insert_visits(db, visit_rows(estate_rooms(db), today - timedelta(days=days - 1), days,
                                         max(1, visits // days), staff_id=actor.staff_id), progress=True)
        print(f"built {n:,} visits in {time.perf_counter() - t:.0f} s" + " " * 20)
    return db, auth.sign_in(db, "zhuguan", "demo1234")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--rooms", type=int, default=1000)
    args = parser.parse_args()
    out = Path(__file__).resolve().parent / "out"
    out.mkdir(exist_ok=True)
    db, actor = build(out / f"visits-{args.rooms}-{args.visits}.sqlite3", args.visits, args.rooms)  # cached by both

    from sqlalchemy import func, select

    from app.services import dashboard, open_items, records, registry
    from app.services import visits as svc
    from db.models.visit import Visit
    with db.read() as s:
        max_id = s.scalar(select(func.max(Visit.id)))
        total = s.scalar(select(func.count()).select_from(Visit))
        busy_room = s.execute(select(Visit.room_code, Visit.room_id).where(Visit.id == max_id // 2)).one()
        tail = s.scalar(select(Visit.phone_tail).where(Visit.id == max_id // 3))
        phone = s.scalar(select(Visit.phone).where(Visit.id == max_id // 3))
        doc = s.scalar(select(Visit.id_number).where(Visit.id_number != "").limit(1))

    def floor():
        with db.read() as s:
            s.get(Visit, max_id // 2)
    floor_ms = best_ms(floor, repeat=9, number=20)
    name = "visit by primary key"
    print(f"register: {total:,} visits")
    today = date.today()
    month = today - timedelta(days=400)

    def page(label: str, **kw) -> None:
        report(f"list: {label}", best_ms(lambda: svc.list_visits(db, actor, **kw)), name, floor_ms)

    page("today's register, first page", date_from=today, date_to=today)
    page("all dates, first page")
    page("a month, first page", date_from=month.replace(day=1), date_to=month.replace(day=28))
    for status in ("on_site", "not_signed_out", "waiting", "left", "refused", "service", "void"):
        page(f"status {status}", status=status)
    page("status left, last month", status="left", date_from=today - timedelta(days=30))
    page(f"room {busy_room[0]}", room=busy_room[0])
    page(f"room prefix {busy_room[0][:4]}", room=busy_room[0][:4])
    page(f"room prefix {busy_room[0][:2]}", room=busy_room[0][:2])
    for text in ("张", "张伟", "欧", phone[:5], phone, tail, doc, "FK2020"):
        page(f"search {text}", text=text)
    page("search 张, today", text="张", date_from=today, date_to=today)
    page("search 欧, last 7 days", text="欧", date_from=today - timedelta(days=6))
    deep = svc.list_visits(db, actor, limit=1, after=(datetime.combine(today - timedelta(days=1825),
                                                                       datetime.min.time()), 0))
    page("a page 5 years deep", after=deep[0].sort_key if deep else None)
    scroll_start, pages, after = time.perf_counter(), 0, None
    for _ in range(50):
        rows = svc.list_visits(db, actor, after=after)
        after, pages = rows[-1].sort_key, pages + 1
    report("list: scrolling, per page (50 pages)", (time.perf_counter() - scroll_start) * 1000 / pages,
           name, floor_ms)
    report("detail: one visit with its events", best_ms(lambda: records.get(db, actor, svc.KIND, max_id // 2)),
           name, floor_ms)
    for label, first in (("a day", today), ("a month", today - timedelta(days=30)),
                         ("a year", today - timedelta(days=365))):
        report(f"KPIs: {label} (on the worker)", best_ms(lambda f=first: svc.kpis(db, actor, f, today),
                                                          repeat=3), name, floor_ms)
    report("KPIs: ten years (on the worker)", best_ms(lambda: svc.kpis(db, actor), repeat=1), name, floor_ms)
    report("home tiles (all workflows)", best_ms(lambda: dashboard.tiles(db, actor)), name, floor_ms)
    report("handover open items (all workflows)", best_ms(lambda: open_items.collect(db, actor, datetime.now())),
           name, floor_ms)
    report("household card with recent visits",
           best_ms(lambda: registry.household_card(db, actor, busy_room[1])), name, floor_ms)
    report("returning visitor by phone", best_ms(lambda: svc.lookup_returning(db, actor, phone=phone)),
           name, floor_ms)


if __name__ == "__main__":
    main()
