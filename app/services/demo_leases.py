"""The demo's leases (房屋租赁, DOMAIN.md §4.8), filed through the public services as the demo accounts.

Handed-over rooms that stand empty (and are not on the vacant-unit register) are let by their registered
owner, one lease in every state: let with a co-resident; a company tenant paying the fees itself; one ending
within the reminder days (即将到期); one past its end with the tenant still registered (已到期); one waiting
for its contract (资料待补); one renewed (the renewal linked to it, let); one whose tenant moved out; one voided
by the supervisor. Each is filed at its own past moment (the service clock moved as in
:mod:`app.services.demo_complaints`), so the timelines carry the times they would have had.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.domain.enums import DeliveryState, OccupancyState, RoomType
from app.services import records, registry
from app.services.demo_complaints import at
from db.models import Room

KIND = "lease"
_CONTRACT = [("房屋租赁合同.pdf", b"%PDF-1.4 demo lease contract")]
_AUTH = [("业主授权委托书.pdf", b"%PDF-1.4 demo owner authorisation")]
_IDS = [("身份证复印件.png", b"demo id copies")]

#: (tenant, born or credit code, co-residents, months ago it started, term in months, what happens to it)
_CASES: Sequence[tuple[str, str, str, int, int, str]] = (
    ("刘佳怡", "19910305", "陈子航 19890712 配偶", 4, 12, "let"),
    ("深圳市星河云科技有限公司", "91440300MA5D00001", "", 8, 24, "company"),
    ("周文斌", "19870921", "", 11, 12, "expiring"),
    ("何晓燕", "19950117", "", 13, 12, "expired"),
    ("吴昊天", "19981102", "吴昊宇 20010406 兄弟", 0, 12, "incomplete"),
    ("郑美玲", "19840628", "", 12, 12, "renewed"),
    ("孙立强", "19790815", "", 9, 12, "moved_out"),
    ("马俊杰", "19930209", "", 1, 12, "void"),
    ("林志远", "19850512", "", 14, 24, "moves_out"),  # let; moves out, closed (app.services.demo_moveout)
)


def _rid(born: str, seq: int) -> str:
    from app.services.demo import _rid as with_check
    return with_check(f"440304{born}{seq:03d}")


def _credit(body: str) -> str:
    from stdnum.cn import uscc
    return body + uscc.calc_check_digit(body)


def _months_ago(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, 28))


def _rooms(db: Any, actor: Any, count: int) -> list[tuple[str, str]]:
    """(code, owner) of empty handed-over homes with a registered owner, not on the vacant-unit register."""
    with db.read() as s:
        codes = list(s.scalars(select(Room.code).where(
            Room.delivery_state == DeliveryState.DELIVERED.value, Room.occupancy_state == OccupancyState.VACANT.value,
            Room.room_type == RoomType.RESIDENTIAL.value, Room.vacancy_flag.is_(False)).order_by(Room.code)))
    out = []
    for code in codes:
        room = registry.room_by_code(db, actor, code)
        with db.read() as s:
            owners = registry.owner_names(s, room.id) if room is not None else []
        if owners:
            out.append((code, owners[0]))
        if len(out) == count:
            break
    return out


def seed(db: Any, who: dict[str, Any], clock: datetime) -> str:
    desk, boss = who["desk"], who["boss"]
    today = clock.date()
    rooms = _rooms(db, desk, len(_CASES))
    made: dict[str, int] = {}
    for k, ((code, owner), (tenant, born, co, ago, months, fate)) in enumerate(zip(rooms, _CASES, strict=False)):
        start = _months_ago(today, ago)
        if fate == "expiring":
            end = today + timedelta(days=18)
            start = _months_ago(end, months) + timedelta(days=1)
        else:
            end = _months_ago(start, -months) - timedelta(days=1)
        if fate == "expired":
            end = today - timedelta(days=6)
        company = fate == "company"
        co_lines = "\n".join(f"{p[0]} {_rid(p[1], 200 + k)} {p[2]}" for p in [c.split() for c in co.split("\n") if c])
        with at(datetime.combine(start - timedelta(days=3), datetime.min.time()) + timedelta(hours=10, minutes=k * 7)):
            lid = records.create(db, desk, KIND, dict(
                room=code, owner_name=owner, tenant_type="company" if company else "individual", tenant_name=tenant,
                id_type="business" if company else "resident",
                id_number=_credit(born) if company else _rid(born, 100 + k), phone=f"139{k:04d}{2468 + k:04d}",
                co_residents=co_lines, start_date=start, end_date=end,
                rent=str(9800 if company else 3200 + 150 * k), fee_payer="tenant" if company else "owner",
                deposits="水电保证金 500" if not company else "", access_cards=f"MJ-{k + 1:02d}01",
                police_reminded=fate not in ("incomplete",), remarks="",
                contract=[] if fate == "incomplete" else _CONTRACT, authorisation=_AUTH, ids=_IDS))
            made[fate] = lid
            if fate == "company":
                records.act(db, desk, KIND, lid, "cards", {"cards": "MJ-0202, MJ-0203"})
        if fate == "renewed":
            with at(clock - timedelta(days=40)):
                records.act(db, desk, KIND, lid, "renew", {"new_end": _months_ago(end, -12),
                                                           "new_contract": _CONTRACT})
        if fate == "moved_out":
            with at(clock - timedelta(days=20)):
                records.act(db, desk, KIND, lid, "terminate", {"ended_on": today - timedelta(days=21)})
        if fate == "void":
            with at(clock - timedelta(days=2)):
                records.act(db, boss, KIND, lid, "void", {"reason": "业主与租户未签约，登记作废"})
    return f"{len(made)} leases ({', '.join(made)})"


__all__ = ["seed"]
