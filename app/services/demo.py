"""The demo estate: generated once (app.demo.generate) and bulk-loaded into an empty store.

Also used by bench/ to build large estates. Rows are inserted with Core bulk inserts (thousands per
statement); the audit trail gets one summary row instead of one per generated record.

A new demo store also gets a morning at the desk (:func:`seed_desk_activity`): work-log rows, visits,
work slips, parcels, notices, the key cabinet, the vacant-unit register, a patrol round and a handed-over
duty log, made through the public services by the demo accounts, so numbers, workflow events and the audit trail are the real ones.
"""  # noqa: E501 - docstring text left as it is
from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from app.demo.generate import DEMO_PASSWORD, DemoEstate, generate_estate, generate_staff
from app.domain.enums import IdType, OccupancyState, RoomRole, RoomType
from app.services import audit, auth, base, records, registry, search
from app.services.base import Actor, system_actor, unit_of_work
from db.engine import Database
from db.models import Building, Estate, Person, Room, RoomPerson, Staff, Unit


def demo_accounts() -> list[tuple[str, str, str, str]]:
    """(username, name, role label, password) of the demo staff, for the sign-in dialog."""
    return [(s.username, s.name, str(s.role.label), s.password) for s in generate_staff()]


def ensure_demo(db: Database, *, seed: int = 1, buildings: int = 6, target_rooms: int = 1000) -> str:
    """Fill an empty store with the demo estate and staff; a store that has an estate is left alone."""
    with db.read() as s:
        if s.scalar(select(func.count()).select_from(Estate)):
            rooms = s.scalar(select(func.count()).select_from(Room))
            return f"demo estate ready ({rooms} rooms)"
    estate = generate_estate(seed, buildings, target_rooms)
    load_estate(db, estate, with_staff=True)
    activity = seed_desk_activity(db, seed=seed)
    return (f"demo estate {estate.name}: {len(estate.rooms)} rooms, {len(estate.people)} people; "
            f"accounts {', '.join(s.username for s in generate_staff())} (password {DEMO_PASSWORD}); "
            f"{activity}")


def load_estate(db: Database, estate: DemoEstate, *, with_staff: bool = False,
                index: bool = True) -> None:
    actor = system_actor()
    with unit_of_work(db, actor) as s:
        est = Estate(code=estate.code, name=estate.name, company=estate.company, address=estate.address,
                     developer=estate.developer, hotline=estate.hotline)
        s.add(est)
        s.flush()
        room_ids: dict[str, int] = {}
        for b in estate.buildings:
            building = Building(estate_id=est.id, building_no=b.building_no, name=b.name, floors=b.floors,
                                has_lift=b.has_lift, seq=b.seq)
            s.add(building)
            s.flush()
            for u in b.units:
                unit = Unit(building_id=building.id, unit_no=u.unit_no, floors=u.floors,
                            has_lift=u.has_lift, seq=u.seq)
                s.add(unit)
                s.flush()
                rows = [dict(estate_id=est.id, unit_id=unit.id, room_no=r.room_no, floor=r.floor,
                             code=r.code, area=r.area, inner_area=r.inner_area, layout=r.layout,
                             room_type=r.room_type.value, fee_coefficient=r.fee_coefficient,
                             handover_date=r.handover_date, fee_start_date=r.fee_start_date,
                             delivery_state=r.delivery_state.value,
                             # the flag belongs to the vacant-unit register (app.services.vacancy): a
                             # bulk-loaded room is on no register, the desk's seeding puts units on it
                             occupancy_state=r.occupancy_state.value, vacancy_flag=False,
                             notes=r.notes, version=1) for r in u.rooms]
                if rows:
                    s.execute(insert(Room), rows)
        room_ids = dict(s.execute(select(Room.code, Room.id)).all())
        people = [dict(name=p.name, gender=p.gender.value if p.gender else "",
                       person_type=p.person_type.value, id_type=p.id_type.value, id_number=p.id_number,
                       mobile=p.mobile, other_phone=p.other_phone, work_unit=p.work_unit,
                       address=p.address, notes=p.notes, version=1) for p in estate.people]
        for chunk in range(0, len(people), 5000):
            s.execute(insert(Person), people[chunk:chunk + 5000])
        person_ids = [pid for (pid,) in s.execute(select(Person.id).order_by(Person.id))]
        by_key = {p.key: pid for p, pid in zip(estate.people, person_ids[-len(estate.people):], strict=False)}
        links = [dict(room_id=room_ids[rp.room_code], person_id=by_key[rp.person_key], role=rp.role.value,
                      is_primary=rp.is_primary, start_date=rp.start_date, end_date=rp.end_date,
                      relation=rp.relation, source=rp.source, version=1) for rp in estate.room_people]
        for chunk in range(0, len(links), 5000):
            s.execute(insert(RoomPerson), links[chunk:chunk + 5000])
        if index:
            search.rebuild(s)
        if with_staff:
            for st in generate_staff():
                if not s.scalar(select(Staff.id).where(Staff.username == st.username)):
                    auth.create_staff(s, st.username, st.name, st.role.value, st.password, phone=st.phone)
        audit.record(s, "demo_load", "estate", est.id,
                     after={"rooms": len(room_ids), "people": len(people), "links": len(links)})


# ============================================================================================ desk activity
#
# A morning at the desk, made the way the desk makes it: signed in as the demo accounts and through the
# public services only. Work-log rows take the time they were received (EntryInput.at), so the rows of the
# previous days are back-dated; every other service stamps its records with the clock, so the visits,
# slips, parcels, notices and the handed-over duty log are "now". Their due times follow from the
# parameters: the urgent work slip is overdue once ``relay.sign_minutes_urgent`` has passed unsigned, and
# the fire-alarm notice is "expired, still posted" from its end time, minutes after the demo is made.

_STAFF = {"boss": "zhuguan", "steward": "guanliyuan", "desk": "jiedai", "clerk": "neiqin"}


@contextmanager
def _clock_at(moment: datetime) -> Iterator[None]:
    """The services' clock held at ``moment`` (never later than now): a demo visit registered at its own time."""
    real = base.now
    held = min(moment, real())
    base.now = lambda: held  # type: ignore[assignment]
    try:
        yield
    finally:
        base.now = real  # type: ignore[assignment]


def _rid(first17: str) -> str:
    """A resident ID number with its GB 11643 check digit (the demo's visitors are made up)."""
    from stdnum.cn import ric
    return first17 + ric.calc_check_digit(first17 + "0")


@dataclass(frozen=True)
class _Resident:
    room: str                    # room code, 3-2-1502
    name: str
    mobile: str
    id_number: str


class _Residents:
    """Occupied homes of the estate, picked with the seeded random; people read from the household card."""

    def __init__(self, db: Database, actor: Actor, rng: random.Random) -> None:
        self.db, self.actor, self.rng = db, actor, rng
        self.rooms: dict[str, list[tuple[int, str]]] = {}
        self.all = registry.list_rooms(db, actor, limit=1_000_000)
        for r in self.all:
            if r.room_type == RoomType.RESIDENTIAL.value and r.occupancy_state in (
                    OccupancyState.OWNER_OCCUPIED.value, OccupancyState.RENTED.value):
                self.rooms.setdefault(r.code.split("-")[0], []).append((r.id, r.occupancy_state))
        self.used: set[int] = set()

    @property
    def buildings(self) -> list[str]:
        return sorted(self.rooms, key=lambda b: (len(b), b))

    def building(self, wanted: str) -> str:
        """``wanted`` if the estate has occupied homes there, else the first building that has."""
        return wanted if wanted in self.rooms else self.buildings[0]

    def card(self, room_id: int) -> registry.HouseholdCard:
        """A room's card with the whole numbers the demo's visits and loans are registered with (not a view
        by anyone at the desk: not audited)."""
        with self.db.read() as s:
            return registry.card_in(s, self.actor, room_id, history_limit=0, full=True)

    def pick(self, building: str | None = None) -> _Resident:
        pool = self.rooms[building] if building else [r for b in self.buildings for r in self.rooms[b]]
        candidates = [r for r in pool if r[0] not in self.used]
        while candidates:
            room_id, occupancy = self.rng.choice(candidates)
            candidates.remove((room_id, occupancy))
            self.used.add(room_id)
            card = self.card(room_id)
            people = [p for p in card.people if p.role != RoomRole.EMERGENCY.value]
            if occupancy == OccupancyState.RENTED.value:   # the tenant lives there, not the owner
                people.sort(key=lambda p: p.role not in (RoomRole.TENANT.value, RoomRole.CO_RESIDENT.value))
            for p in people:
                if p.id_type == IdType.RESIDENT.value and p.mobile:
                    return _Resident(card.room.code, p.name, p.mobile, p.id_number)
        raise LookupError("the demo estate has no occupied home left to pick")

    def pick_owner(self) -> _Resident:
        """The registered owner (not the tenant) of an occupied home not picked before."""
        pool = [r for b in self.buildings for r in self.rooms[b] if r[0] not in self.used]
        while pool:
            room_id, occupancy = self.rng.choice(pool)
            pool.remove((room_id, occupancy))
            self.used.add(room_id)
            card = self.card(room_id)
            for p in card.people:
                if p.role == RoomRole.OWNER.value and p.id_type == IdType.RESIDENT.value and p.mobile:
                    return _Resident(card.room.code, p.name, p.mobile, p.id_number)
        raise LookupError("the demo estate has no occupied home with a registered owner left to pick")


def _desk_times(day: date, clock: datetime, planned: list[str]) -> list[datetime]:
    """The planned times of ``day`` (``"08:36"``); on the real today, moved earlier so that none is later
    than the clock (the work log refuses a future time), never before midnight."""
    times = [datetime.combine(day, time.fromisoformat(t)) for t in planned]
    if day < clock.date():
        return times
    midnight = datetime.combine(day, time())
    latest = clock - timedelta(minutes=2)
    shift = max(timedelta(0), times[-1] - latest)
    return [max(min(max(t - shift, midnight + timedelta(minutes=i)), latest), midnight)
            for i, t in enumerate(times)]


# (days ago, time, channel, category, request, result, answer or result, transferred to, who wrote it)
_PAST_ROWS = [
    (4, "08:52", "phone", "repair", "厨房水槽下水很慢，疑似堵塞", "closed",
     "工程部师傅上门疏通，业主确认排水正常", "", "desk"),
    (4, "10:15", "visit", "enquiry", "咨询装修申请需要准备哪些资料", "closed",
     "已告知：装修申请表、施工单位营业执照及资质、施工图纸，装修押金按规定缴纳", "", "desk"),
    (4, "14:30", "wechat", "suggestion", "建议在地下车库增加电动车充电桩", "answered",
     "感谢建议，已记录并转管理处汇总评估", "", "steward"),
    (4, "19:40", "phone", "complaint", "楼上晚上八点后仍在用电钻装修，噪音很大", "closed",
     "秩序维护员上门劝停，施工方已停工，承诺按规定时间施工", "", "steward"),
    (3, "09:05", "phone", "enquiry", "询问物业费缴费方式，能否线上缴费", "closed",
     "可在前台刷卡、扫码，或通过小区公众号线上缴费", "", "clerk"),
    (3, "11:20", "visit", "repair", "单元门禁卡失效，刷卡没有反应", "closed",
     "已在门禁系统重新授权，现场试刷正常", "", "desk"),
    (3, "15:45", "wechat", "help", "家中老人把钥匙锁在屋内，请求协助", "closed",
     "已联系小区备案的开锁师傅上门，老人已进屋", "", "desk"),
    (3, "20:10", "phone", "complaint", "地下车库自己的车位被外来车辆占用", "closed",
     "秩序维护员联系车主挪车，已登记该车牌", "", "steward"),
    (2, "08:40", "phone", "repair", "卫生间天花板渗水，怀疑楼上防水有问题", "transferred",
     "", "工程部 张志刚", "desk"),
    (2, "10:30", "visit", "praise", "表扬保洁员每天把楼道打扫得很干净", "closed",
     "已转达环境部，并在班前会通报表扬", "", "clerk"),
    (2, "13:50", "phone", "enquiry", "咨询办理地下车库停车月卡的手续", "answered",
     "带行驶证、身份证到前台办理，月卡费用按公示标准收取", "", "clerk"),
    (2, "16:20", "wechat", "complaint", "楼下垃圾桶满了一整天没人清运，有异味", "", "", "", "desk"),
    (1, "09:15", "phone", "repair", "家门口楼道的声控灯不亮", "closed", "工程部已更换灯泡，现已正常", "", "desk"),
    (1, "11:00", "visit", "enquiry", "房屋出租需要在物业办理什么登记", "answered",
     "需提交租赁合同复印件和租户身份证，办理租户登记及门禁卡", "", "steward"),
    (1, "14:40", "wechat", "suggestion", "建议儿童游乐区加装遮阳棚", "answered",
     "已记录，转管理处纳入公共区域改造计划", "", "clerk"),
    (1, "18:30", "phone", "repair", "单元门闭门器坏了，门关不上", "closed",
     "工程部已更换闭门器，单元门恢复正常", "", "desk"),
]

# visitors who are not residents: (name, phone, first 17 digits of the ID number, company or address,
# companions, plate, purpose, items carried)
_VISITORS = [
    ("刘志强", "13925561873", "44030519860315123", "深圳市南山区科苑路66号", 1, "粤B7K2Q5", "family",
     "水果一箱"),
    ("何永福", "13603027415", "45010319850227157", "格力空调深圳售后服务中心", 0, "", "home_service",
     "工具箱"),
    ("黄丽娟", "15813769024", "36010219880930246", "深圳市福田区莲花路12号", 2, "", "family", ""),
    ("林嘉欣", "18926473310", "43010419920406248", "深圳居然装饰设计有限公司", 0, "粤BD35821",
     "business_call", "量房工具"),
    ("孙国平", "13714682259", "44030519880812135", "", 0, "", "other", "宣传单页一叠"),
]


def seed_desk_activity(db: Database, today: date | None = None, *, seed: int = 1) -> str:
    """A morning at the desk in the demo estate, through the public services as the demo accounts.

    * work log: 16 rows over the four previous days (back-dated; one still open) and 8 today (2 open,
      one turned into a work slip);
    * visits (now): 2 admitted and left, 2 on site, 1 refused (host unreachable), 1 business at the desk;
      one watchlist entry;
    * work slips: one replied, one signed for, one urgent and unsigned (overdue half an hour later);
      parcels: 3 waiting (one notified, one reminded), 1 handed over;
    * notices: 停水通知 published (effective tomorrow), one pending approval, one draft, one published whose
      validity ends within the next half hour (then "expired, still posted");
    * duty log: taken over by 李建军, joined by 陈晓雪, events, handed over to 王丽华 with the items
      carried over. Nobody is on duty afterwards: the user takes over at sign-in.
    * keys, vacant units and patrol: see :func:`_seed_estate_workflows` (10 keys, one still lent; ~15 units
      on the vacant-unit register, 5 inspections, one anomaly open; a completed round with one finding).

    ``today`` is the day the work log's rows are dated to (default: the clock's day; not later). Returns
    a one-line summary.
    """
    from app.services import duty, notices, relay, store, visits, worklog
    from app.services.notices import NoticeInput
    from app.services.relay import ParcelInput, SlipInput
    from app.services.worklog import EntryInput

    clock = base.now()
    today = today or clock.date()
    if today > clock.date():
        raise ValueError("the desk's activity cannot be dated after today")
    rng = random.Random(seed)
    who = {key: auth.sign_in(db, username, DEMO_PASSWORD) for key, username in _STAFF.items()}
    boss, steward, desk, clerk = who["boss"], who["steward"], who["desk"], who["clerk"]
    homes = _Residents(db, boss, rng)
    estate = store.estate(db)
    water = homes.building("3")          # the building whose water is cut tomorrow
    fire = homes.building("5")           # the building whose fire-alarm test ends within the half hour
    tomorrow = clock.date() + timedelta(days=1)
    counts = {"rows": 0, "open": 0}

    def entry(actor: Actor, home: _Resident | None, at: datetime, channel: str, category: str, content: str,
              result: str = "", answer: str = "", transfer_to: str = "") -> int:
        counts["rows"] += 1
        counts["open"] += not result
        return worklog.create_entry(db, actor, EntryInput(
            caller=home.name if home else "", content=content, channel=channel, category=category,
            room=home.room if home else "", phone=home.mobile if home else "", answer=answer,
            result=result, transfer_to=transfer_to, at=at))

    # -- the previous days' work log (nobody on duty yet: these rows belong to no duty log) ----------------
    for days_ago, hhmm, channel, category, content, result, answer, transfer_to, writer in _PAST_ROWS:
        at = datetime.combine(today - timedelta(days=days_ago), time.fromisoformat(hhmm))
        entry(who[writer], homes.pick(), at, channel, category, content, result, answer, transfer_to)

    # -- this morning's shift: 李建军 takes over, 陈晓雪 joins ------------------------------------------
    for actor in (steward, desk):
        duty.take_over(db, actor, duty.handover_brief(db, actor).key)
    duty.add_event(db, steward, "接班检查：访客临时通行证30张、对讲机3台、前台钥匙柜钥匙12把，齐全")

    # -- today's work log --------------------------------------------------------------------------------
    leak, asks_water, parcel_home, noise, gate, weekend, helper, drain = (
        homes.pick(), homes.pick(water), homes.pick(), homes.pick(), homes.pick(), homes.pick(),
        homes.pick(), homes.pick())
    t = _desk_times(today, clock, ["08:36", "08:51", "09:07", "09:26", "09:48", "10:12", "10:35", "10:58"])
    leak_row = entry(desk, leak, t[0], "phone", "repair", "厨房水槽下水管接头漏水，橱柜里都是水")
    entry(desk, asks_water, t[1], "visit", "enquiry", f"听说{water}栋要停水，问具体停水时间", "answered",
          f"{tomorrow:%m月%d日}09:00至18:00二次供水水箱清洗停水，通知已张贴在各单元大堂")
    entry(desk, parcel_home, t[2], "phone", "enquiry", "询问顺丰快递是否已送到前台", "closed",
          "已查询：包裹已到前台，凭身份证下班后来取即可")
    noise_row = entry(desk, noise, t[3], "wechat", "complaint", "楼上每天早上七点前就开始装修，噪音影响休息")
    entry(steward, gate, t[4], "visit", "repair", "车库道闸识别不了车牌，车进不去", "closed",
          "已在车辆管理系统核对车牌并重新登记，现场抬杆正常")
    entry(desk, weekend, t[5], "phone", "suggestion", "希望周末前台也能办理缴费和装修申请", "answered",
          "已记录，转客服主管研究")
    entry(desk, helper, t[6], "wechat", "help", "家中老人行动不便，想请人把快递送上楼", "answered",
          "已安排秩序维护员11点前送上门")
    drain_row = entry(desk, drain, t[7], "phone", "repair", "阳台地漏返臭味")
    counts["open"] -= 1   # the leak is turned into a work slip below

    # -- work slips --------------------------------------------------------------------------------------
    leak_number = records.get(db, desk, worklog.WORK_KIND, leak_row).number
    repair = relay.create_slip(db, desk, SlipInput(
        to_dept="engineering", subject="厨房下水管漏水", room=leak.room, customer_name=leak.name,
        customer_phone=leak.mobile, required_date=tomorrow, required_time="12:00", source=leak_number,
        content=f"业主{leak.name}来电：厨房水槽下水管接头漏水，橱柜内积水，请安排维修师傅上门处理。"))
    worklog.link_record(db, desk, leak_row, relay.SLIP_KIND, repair)
    records.act(db, desk, relay.SLIP_KIND, repair, "sign", {"signed_by": "张志刚"})
    records.act(db, desk, relay.SLIP_KIND, repair, "reply", {
        "reply": "已上门更换下水管接头及密封圈，试水无渗漏，业主确认", "replied_by": "张志刚", "accepted": "是"})
    due = (clock + timedelta(hours=3)).replace(minute=0, second=0, microsecond=0)
    blocked = relay.create_slip(db, steward, SlipInput(
        to_dept="security", priority="urgent", subject="地下车库B区消防通道被车辆占用",
        content="巡查发现车牌粤B6F3K8的车辆停在地下车库B区消防通道，广播两次未挪车，请立即处理并联系车主。",
        required_date=due.date(), required_time=f"{due:%H:%M}"))
    duty.add_event(db, steward, "巡查发现地下车库B区消防通道被占用，已发紧急联系单给秩序维护部")
    rubbish_home = homes.pick(fire)
    b, u = rubbish_home.room.split("-")[:2]
    rubbish = relay.create_slip(db, desk, SlipInput(
        to_dept="environment", subject=f"{b}栋{u}单元楼道堆放装修垃圾", room=rubbish_home.room,
        customer_name=rubbish_home.name, customer_phone=rubbish_home.mobile, required_date=tomorrow,
        required_time="17:30",
        content=f"业主{rubbish_home.name}反映：{b}栋{u}单元楼道堆放装修垃圾多日，影响通行和消防安全，请安排清运。"))
    records.act(db, desk, relay.SLIP_KIND, rubbish, "sign", {"signed_by": "刘秀兰"})

    # -- parcels -----------------------------------------------------------------------------------------
    def parcel(home: _Resident, item_type: str, description: str, courier: str, tracking: str,
               storage: str, **extra: Any) -> int:
        return relay.receive_parcel(db, desk, ParcelInput(
            addressee=home.name, item_type=item_type, description=description, courier=courier,
            tracking_no=tracking, room=home.room, addressee_phone=home.mobile, storage=storage, **extra))

    parcel(parcel_home, "parcel", "小纸箱", "顺丰速运", "SF1423578640215", "A-2")
    fresh_home, letter_home, away_home = homes.pick(), homes.pick(), homes.pick()
    fresh = parcel(fresh_home, "parcel", "生鲜泡沫箱（需冷藏）", "京东物流", "JDVA28461937502", "前台冰柜",
                   urgent=True)
    records.act(db, desk, relay.PARCEL_KIND, fresh, "notify", {"method": "sms"})
    letter = parcel(letter_home, "registered", "银行挂号信", "EMS", "1187346529013", "B-1")
    records.act(db, desk, relay.PARCEL_KIND, letter, "notify", {"method": "phone"})
    records.act(db, desk, relay.PARCEL_KIND, letter, "hand_over", {
        "collector_name": letter_home.name, "collector_id_type": "resident",
        "collector_id_number": letter_home.id_number, "relation": "self", "signature": True})
    away = parcel(away_home, "parcel", "大件纸箱（约15公斤）", "中通快递", "78315642098317", "前台储物间")
    records.act(db, desk, relay.PARCEL_KIND, away, "notify", {"method": "sms"})
    records.act(db, desk, relay.PARCEL_KIND, away, "remind", {"method": "phone", "note": "业主出差，约定周末回来领取"})

    # -- visits and the watchlist ------------------------------------------------------------------------
    visits.save_watch(db, boss, {
        "name": "吴德胜", "reason": "多次冒充业主亲友进入小区散发装修广告，业主投诉", "phone": "13688827461",
        "id_number": _rid("44030519870506133")})

    def visit(index: int, host: _Resident) -> int:
        name, phone, doc, unit, companions, plate, purpose, items = _VISITORS[index]
        return visits.register_visit(db, desk, {
            "category": "visitor", "visitor_name": name, "phone": phone, "id_type": "resident",
            "id_number": _rid(doc), "unit_or_address": unit, "companions": str(companions), "plate": plate,
            "purpose": purpose, "room": host.room, "host_name": host.name, "items_carried": items})

    def on_visit(vid: int, action: str, values: dict) -> None:
        records.act(db, desk, visits.KIND, vid, action, values)

    # the visits of the last two hours, each at its own time (the services stamp the clock, moved here)
    midnight = datetime.combine(clock.date(), time())
    moments = [max(midnight, clock - timedelta(minutes=m)) for m in (115, 95, 70, 45, 30, 12, 75, 58)]
    for index, method, pass_no, leaves in ((0, "phone", "L-011", 6), (1, "intercom", "L-012", 7),
                                           (2, "phone", "L-013", None), (3, "wechat", "L-014", None)):
        with _clock_at(moments[index]):
            vid = visit(index, homes.pick())
            on_visit(vid, "host_agreed", {"host_contact_method": method, "admit_now": True, "pass_no": pass_no})
        if leaves is not None:
            with _clock_at(moments[leaves]):
                on_visit(vid, "depart", {"departure_at": base.now(), "pass_returned": True})
    with _clock_at(moments[4]):
        refused = visit(4, homes.pick())
        on_visit(refused, "contact", {"host_contact_method": "intercom"})
        on_visit(refused, "host_unreachable", {"host_contact_method": "phone", "note": "可视对讲和业主手机均无人接听"})
        on_visit(refused, "refuse", {"note": "联系不上业主，不予进入；访客表示改日再来"})
    payer = homes.pick()
    with _clock_at(moments[5]):
        paid = visits.register_visit(db, desk, {"category": "service", "visitor_name": payer.name,
                                                "phone": payer.mobile, "purpose": "payment", "room": payer.room})
        on_visit(paid, "handle", {"note": "缴纳本季度物业费，已开具收据"})

    # -- notices -----------------------------------------------------------------------------------------
    issuer = f"{estate.name}客户服务中心"
    hotline = estate.hotline or ""
    cut = notices.create_notice(db, steward, NoticeInput(
        title=f"关于{water}栋二次供水水箱清洗停水的通知", kind="outage", scope=f"{water}栋",
        effective_from=datetime.combine(tomorrow, time(9)), valid_until=datetime.combine(tomorrow, time(18)),
        needs_preparation=True, channels=("post", "wechat", "sms"), issuer=issuer, contact_phone=hotline,
        body=(f"尊敬的{water}栋业主、住户：\n为保障生活用水卫生，我司定于{tomorrow:%Y年%m月%d日}09:00至18:00"
              f"对{water}栋二次供水水箱进行清洗消毒，届时{water}栋全楼停水。请提前做好储水准备，停水期间请关闭家中"
              "水龙头，避免来水时跑水。给您带来的不便，敬请谅解。")))
    end = (clock + timedelta(minutes=35)).replace(second=0, microsecond=0)
    end -= timedelta(minutes=end.minute % 30)          # the next half hour at least 5 minutes away
    drill = notices.create_notice(db, steward, NoticeInput(
        title=f"关于{fire}栋消防报警系统联动测试的温馨提示", kind="reminder", scope=f"{fire}栋",
        effective_from=end - timedelta(hours=2), valid_until=end, channels=("post",), issuer=issuer,
        contact_phone=hotline,
        body=(f"{end - timedelta(hours=2):%m月%d日%H:%M}至{end:%H:%M}，消防维保单位对{fire}栋消防报警系统进行"
              "联动测试，期间警铃可能间歇鸣响，属正常测试，请勿惊慌。")))
    for nid, note in ((cut, "同意，请提前一天张贴并在业主群发布"), (drill, "同意")):
        records.act(db, steward, notices.KIND, nid, "submit")
        records.act(db, boss, notices.KIND, nid, "approve", {"note": note})
        records.act(db, clerk, notices.KIND, nid, "publish")
    for nid, place in ((cut, f"{water}栋1单元大堂公告栏"), (cut, f"{water}栋电梯厅"), (cut, "小区正门公告栏"),
                       (drill, f"{fire}栋1单元大堂公告栏")):
        records.act(db, clerk, notices.KIND, nid, "post", {"location": place, "posted_at": base.now()})
    duty.add_event(db, desk, f"工程部来电：明日{water}栋水箱清洗停水，通知已张贴于{water}栋大堂及小区正门")
    ebike = notices.create_notice(db, steward, NoticeInput(
        title="关于开展电动自行车违规充电专项整治的通告", kind="circular", scope="全小区",
        effective_from=datetime.combine(clock.date() + timedelta(days=3), time(8)),
        valid_until=datetime.combine(clock.date() + timedelta(days=33), time(23, 59)),
        channels=("post", "wechat"), issuer=issuer, contact_phone=hotline,
        body=("为消除火灾隐患，根据消防管理规定，即日起在全小区开展电动自行车违规充电专项整治：严禁将电动自行车"
              "及其电池推入电梯、楼道和室内充电，严禁私拉电线“飞线”充电。请业主到地下车库集中充电区充电。")))
    records.act(db, steward, notices.KIND, ebike, "submit")
    notices.create_notice(db, desk, NoticeInput(
        title="关于开展公共区域消杀作业的温馨提示", kind="reminder", scope="全小区",
        effective_from=datetime.combine(clock.date() + timedelta(days=7), time(8)),
        valid_until=datetime.combine(clock.date() + timedelta(days=8), time(18)), channels=("post",),
        issuer=issuer, contact_phone=hotline,
        body="环境部将对小区绿化带、地下车库及垃圾收集点进行消杀作业，作业期间请看管好儿童和宠物。"))

    # -- the key cabinet, the vacant-unit register and the common-area patrol ---------------------------
    workflows = _seed_estate_workflows(db, who, homes, random.Random(seed), clock, estate.developer)

    # -- a fortnight of complaints and follow-ups ------------------------------------------------------------
    from app.services import demo_complaints
    workflows += "; " + demo_complaints.seed(db, who, homes, clock, homes.building("2"))

    # -- leases in every state of §4.8 (before the fees: the rooms are let with nothing owing) ----------------
    from app.services import demo_leases
    workflows += "; " + demo_leases.seed(db, who, clock)

    # -- move-ins of sold units in every state of §4.13 (before the fees: they pay the current period only) ----
    from app.services import demo_movein
    workflows += "; " + demo_movein.seed(db, who, clock)

    # -- a year of fees: billing runs, payments, closed days, today's counter ---------------------------------
    from app.services import demo_fees
    workflows += "; " + demo_fees.seed(db, who, clock, estate.developer, seed=seed)
    from app.services import demo_moveout  # 撤租 in each state (after the leases and the fees)
    workflows += "; " + demo_moveout.seed(db, who, clock)

    # -- renovation cases in the states the desk sees ------------------------------------------------------
    from app.services import demo_renovation
    workflows += "; " + demo_renovation.seed(db, who, clock)
    from app.services import demo_release
    workflows += "; " + demo_release.seed(db, who, clock)
    from app.services import demo_site
    workflows += "; " + demo_site.seed(db, who, clock)

    # -- handing over to the supervisor --------------------------------------------------------------------
    open_numbers = "、".join(records.get(db, desk, worklog.WORK_KIND, r).number for r in (noise_row, drain_row))
    blocked_number = records.get(db, desk, relay.SLIP_KIND, blocked).number
    away_number = records.get(db, desk, relay.PARCEL_KIND, away).number
    log = duty.open_log(db, desk)
    assert log is not None, "the desk took over this morning's shift above"
    records.act(db, desk, duty.DUTY_KIND, log.id, "hand_over", dict(
        handed_to=boss.staff_id, desk_keys="前台钥匙柜钥匙12把、对讲机3台",
        petty_items="访客临时通行证30张（在用2张）、雨伞4把", mail_count=3,
        carried_over="\n".join([
            f"1. {blocked_number} 地下车库B区消防通道被占用（紧急），秩序维护部尚未签收，请电话跟进；",
            f"2. {water}栋明日09:00–18:00停水，通知已张贴并在业主群发布，明早请再广播提醒；",
            f"3. {away_number} {away_home.name}的大件快递，业主出差，约定周末领取；",
            f"4. 工作日志 {open_numbers} 尚无结果，请跟进并回复业主；",
            "5. 电动自行车专项整治通告待客服主管审批。"])))

    # -- the supervisor checks the older days' work log -----------------------------------------------------
    for days_ago in (4, 3):
        worklog.review_day(db, boss, today - timedelta(days=days_ago), "已逐条核对，均已办结或答复")
    for actor in (desk, clerk, steward, boss):
        auth.sign_out(db, actor)
    return (f"desk activity: {counts['rows']} work-log rows ({counts['open']} open), 6 visits (2 on site), "
            f"3 work slips, 4 parcels, 4 notices, {workflows}; duty log {log.number} handed over to {boss.name}")


# (cabinet slot, location, description) of the common-area keys
_PUBLIC_KEYS = [("C-001", "地下一层水泵房", "水泵房门钥匙"), ("C-002", "1栋天台", "天台防火门钥匙")]

# (checkpoint, location, what to check) of the demo's patrol route, in walking order
_CHECKPOINTS = [
    ("大堂", "各栋一层大堂", "地面卫生、门禁、公告栏、照明"),
    ("电梯厅", "各栋一层电梯厅", "电梯运行、轿厢卫生、应急电话"),
    ("地下车库", "地下一层车库", "消防通道、照明、车辆乱停放"),
    ("水泵房", "地下一层水泵房", "水泵运行、压力表、漏水、门锁"),
    ("天台", "各栋天台", "防火门、排水口、违章搭建"),
    ("儿童游乐区", "中心花园", "游乐设施完好、地面防护垫、卫生"),
]


def _seed_estate_workflows(db: Database, who: dict[str, Actor], homes: _Residents, rng: random.Random,
                           clock: datetime, developer: str) -> str:
    """The key cabinet, the vacant-unit register and a patrol round, through the public services:

    * vacancy (内勤 registers, 管理员 inspects, 客服主管 reviews): about 15 vacant units of the three types
      on the register (so every room whose vacancy flag is set is on it), 5 inspections in the last days,
      one with a leak that stays open (有异常待处理, with the supervisor's opinion);
    * keys (接待员): owners' keys of 3 occupied homes entrusted by the registered owner, the developer's keys
      of the unsold vacant units, 2 common-area keys; one lent to its owner and returned, one lent to
      engineering for a repair (approved by the 客服主管, owner told) and still out;
    * patrol (客服主管 sets the route, 管理员 walks it): 1号巡查路线 with 6 checkpoints, today's morning round
      completed with one 异常 at the pump room, its finding assigned to 工程部.
    """
    from app.domain.keys import KEY_KIND, LOAN_KIND
    from app.domain.vacancy import INSPECTION_KIND, CheckItem, Holder, VacancyType
    from app.services import keys, patrol, records, vacancy
    from app.services.patrol import CheckpointInput, IssueInput, RouteInput

    boss, steward, desk, clerk = who["boss"], who["steward"], who["desk"], who["clerk"]
    today = clock.date()

    # -- the vacant units: unsold (type 1), sold not handed over (type 2), handed over not used (type 3) ----
    def vacant(delivery: str) -> list:
        return [r for r in homes.all if r.room_type == RoomType.RESIDENTIAL.value
                and r.delivery_state == delivery and r.occupancy_state == OccupancyState.VACANT.value]
    unsold = rng.sample(vacant("unsold"), min(5, len(vacant("unsold"))))
    sold = rng.sample(vacant("sold"), min(4, len(vacant("sold"))))
    unused = rng.sample(vacant("delivered"), min(6, len(vacant("delivered"))))

    # -- the key cabinet ---------------------------------------------------------------------------------
    owner_keys = []
    for n in range(3):
        owner = homes.pick_owner()
        kid = records.create(db, desk, KEY_KIND, dict(
            key_no=f"A-{n + 1:03d}", category="owner", room=owner.room, description="入户门钥匙", count=2,
            entrusted_by=owner.name, entrust_reason=("业主长期在外，托管备用钥匙", "出租房屋，托管钥匙便于维修入户",
                                                     "业主出差，托管钥匙")[n],
            pickup_rule="业主本人凭身份证领取；他人领取须业主书面授权"))
        owner_keys.append((kid, owner))
    developer_slots: dict[str, str] = {}
    for n, room in enumerate(unsold):
        slot = f"B-{n + 1:03d}"
        records.create(db, desk, KEY_KIND, dict(key_no=slot, category="developer", room=room.code,
                                                description="入户门钥匙（未售房）", count=2,
                                                entrusted_by=developer[:30], remarks="开发商移交未售房钥匙"))
        developer_slots[room.code] = slot
    for slot, location, description in _PUBLIC_KEYS:
        records.create(db, desk, KEY_KIND, dict(key_no=slot, category="public", location=location,
                                                description=description, count=1))
    (own_kid, owner), (repair_kid, repair_owner) = owner_keys[0], owner_keys[1]
    own = keys.lend(db, desk, own_kid, dict(
        borrower_type="owner", borrower_name=owner.name, id_number=owner.id_number, phone=owner.mobile,
        purpose="owner_use", purpose_text="业主忘带钥匙，取托管钥匙开门"))
    records.act(db, desk, LOAN_KIND, own, "return", {"count_in": 2, "returned_by": owner.name,
                                                   "note": "业主开门后当即归还"})
    keys.lend(db, desk, repair_kid, dict(
        borrower_type="staff", borrower_name="张志刚", purpose="repair", purpose_text="楼下报漏水，入户检查卫生间防水",
        approver=boss.staff_id,   # 主管 at the desk, typing her own password
        owner_notified=f"电话告知业主{repair_owner.name}（{repair_owner.mobile[-4:]}），同意工程部入户检修"),
        approver_password=DEMO_PASSWORD)
    waiting_kid, waiting_owner = owner_keys[2]    # sent to the supervisor: 待审批 until she approves it
    keys.lend(db, desk, waiting_kid, dict(
        borrower_type="staff", borrower_name="李卫东", purpose="repair", purpose_text="楼上报渗水，入户查看给水管",
        ask_approval=True, owner_notified=f"电话告知业主{waiting_owner.name}（{waiting_owner.mobile[-4:]}），同意入户"))

    # -- the vacant-unit register and its inspections ------------------------------------------------------
    units = []
    for vtype, holder, rooms in ((VacancyType.UNSOLD, Holder.DEVELOPER, unsold),
                                 (VacancyType.NOT_DELIVERED, Holder.OWNER, sold),
                                 (VacancyType.UNUSED, Holder.OWNER, unused)):
        for room in rooms:
            since = today - timedelta(days=rng.randint(30, 400))
            uid = records.create(db, clerk, vacancy.UNIT_KIND, {
                "room": room.code, "vacancy_type": vtype.value, "since": since, "holder": holder.value,
                "key_ref": developer_slots.get(room.code, ""),
                "meter_water": f"{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                "meter_power": f"{rng.randint(0, 300)}.{rng.randint(0, 9)}",
                "fee_arrangement": "开发商承担物业费" if holder is Holder.DEVELOPER else "空置期物业费按七折收取"})
            units.append((uid, room.code))
    inspected = [units[i] for i in (0, 1, len(unsold), len(unsold) + len(sold), len(units) - 1)
                 if i < len(units)]
    inspected = list(dict.fromkeys(inspected))
    for days_ago, (uid, _code) in enumerate(inspected, 1):
        leak = days_ago == 1
        found = {f"ok_{CheckItem.CEILINGS.value}": "anomaly",
                 f"check_{CheckItem.CEILINGS.value}": "卫生间天花板渗水，地面有积水"} if leak else {}
        iid = vacancy.record_inspection(db, steward, uid, vacancy.blank_inspection(
            inspected_on=today - timedelta(days=days_ago), cleaned=days_ago % 2 == 0, route="engineering",
            action_taken="已关闭进户水阀，拍照留存，通知工程部" if leak else "开窗通风半小时后关好门窗", **found))
        if leak:
            records.act(db, boss, INSPECTION_KIND, iid, "review", {
                "opinion": "疑似楼上卫生间防水问题，请工程部查明原因并整改", "rectify_requirement": "查明渗漏点并修复",
                "rectify_deadline": today + timedelta(days=3), "recheck_on": today + timedelta(days=4)})

    # -- the common-area patrol --------------------------------------------------------------------------
    route = patrol.save_route(db, boss, RouteInput("1号巡查路线", "全小区公共区域", 1))
    points = [patrol.save_checkpoint(db, boss, CheckpointInput(route, name, location, items))
              for name, location, items in _CHECKPOINTS]
    round_id = patrol.start_patrol(db, steward, route, "morning")
    for (name, _, _), point in zip(_CHECKPOINTS, points, strict=True):
        if name == "水泵房":
            patrol.record_check(db, steward, round_id, point, "abnormal", note="2号生活水泵运行有异响",
                                issue=IssueInput(location="地下一层水泵房", category="facility", severity="serious",
                                                 description="2号生活水泵运行时有明显异响，疑似轴承磨损，请工程部检修",
                                                 dept="engineering"))
        else:
            patrol.record_check(db, steward, round_id, point, "normal")
    patrol.complete_patrol(db, steward, round_id, "水泵房2号生活水泵异响，已转工程部；其余巡查点正常")

    return (f"{3 + len(unsold) + len(_PUBLIC_KEYS)} keys (1 on loan, 1 awaiting approval), {len(units)} vacant units "
            f"({len(inspected)} inspected, 1 anomaly open), patrol round with 1 finding")

__all__ = ["demo_accounts", "ensure_demo", "load_estate", "seed_desk_activity"]
