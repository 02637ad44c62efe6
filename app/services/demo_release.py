"""The demo's goods-release slips (物品放行条), made through the service as the demo accounts at their own past
moments: under today's renovation permits one slip waiting for the supervisor's review, one approved for the
gate, one released, one refused at the gate, one void; a slip of yesterday left unused (已过期); and last week's
slips released at the gate, one 保安联 returned at the reconciliation, two still out.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from app.domain import release as RL
from app.domain import renovation as RN
from app.services import base, records
from app.services import release as svc
from app.services.demo_complaints import at, counter_time
from app.services.demo_renovation import _rooms
from app.services.fees.common import payer_of
from db.models.renovation import Renovation

APPLICANTS = (("赵建华", "contractor", "11010519491231002X", "13757122000"),
              ("周志明", "contractor", "440304196203150414", "13757122001"))
CARRIER = "440304196203150414"
ITEMS = ("旧木地板 12 捆 拆除\n废弃瓷砖 30 袋\n电锤 1 台 施工工具", "旧橱柜 1 套 拆除\n旧门 2 扇",
         "沙发 1 套\n冰箱 1 台\n纸箱 15 个 衣物书籍")


def _permits(db: Any) -> list[tuple[str, str]]:
    """(room, owner) of the rooms renovating under a permit."""
    with db.read() as s:
        rows = s.execute(select(Renovation.room_id, Renovation.room_code).where(
            Renovation.status.in_(RN.WORKING), Renovation.permit_no != "").order_by(Renovation.id)).all()
        return [(code, payer_of(s, room_id) or "") for room_id, code in rows]


def _slip(db: Any, desk: Any, room: str, owner: str, k: int, purpose: str) -> int:
    name, kind, id_number, phone = APPLICANTS[k % 2]
    by_owner = purpose != RL.Purpose.RENOVATION.value
    return records.create(db, desk, svc.KIND, {
        "room": room, "purpose": purpose, "applicant": owner if by_owner else name,
        "applicant_type": "owner" if by_owner else kind, "id_number": id_number, "phone": phone,
        "authorisation": "owner" if by_owner else ("consent" if k % 2 else "phone"),
        "consent": [("业主委托书.pdf", b"%PDF-1.4 demo consent")] if not by_owner and k % 2 else [],
        "confirm_owner": owner if not by_owner and not k % 2 else "",
        "confirm_at": "" if by_owner or k % 2 else f"{base.now() - timedelta(minutes=20):%Y-%m-%d %H:%M}",
        "items": ITEMS[k % len(ITEMS)], "vehicle": ("浙A12345", "浙A6B789", "")[k % 3]})


def seed(db: Any, who: dict[str, Any], clock: datetime) -> str:
    desk, boss = who["desk"], who["boss"]
    today = clock.date()
    made = 0
    permits = _permits(db)
    # under today's permits: the states the desk and the gate see
    for k, state in enumerate(("pending", "approved", "released", "refused", "void") if permits else ()):
        room, owner = permits[k % len(permits)]
        with at(counter_time(clock, 20 - 3 * k)):
            slip = _slip(db, desk, room, owner, k, RL.Purpose.RENOVATION.value)
            made += 1
            if state == "pending":
                continue
            number = records.get(db, desk, svc.KIND, slip).number
            if state == "void":
                records.act(db, desk, svc.KIND, slip, "void", {"reason": "业主改期搬运"})
                continue
            svc.review(db, boss, slip, "同意")
            if state == "released":
                svc.gate_release(db, desk, number, CARRIER)
            elif state == "refused":
                svc.gate_refuse(db, desk, number, "车上多一台空调外机，放行条未列")
    # yesterday's slip, approved and never used: 已过期; last week's, released at the gate
    others = _rooms(db, today, 4)
    with db.read() as s:
        week = RL.last_week_start(today, svc.reconcile_weekday(s))
    moments = [datetime.combine(today - timedelta(days=1), time(10))] + [
        datetime.combine(week + timedelta(days=d), time(9 + d)) for d in (1, 3, 4)]
    released = []
    for k, ((room, owner), moment) in enumerate(zip(others, moments, strict=False)):
        with at(moment):
            slip = _slip(db, desk, room, owner, k, (RL.Purpose.OTHER.value, RL.Purpose.MOVE_OUT.value)[k % 2])
            svc.review(db, boss, slip, "同意")
            made += 1
        if k == 0:
            continue
        with at(moment + timedelta(hours=1)):
            number = records.get(db, desk, svc.KIND, slip).number
            svc.gate_release(db, desk, number, CARRIER)
            released.append(number)
    if released:
        with at(min(clock, datetime.combine(today, time(8, 30)))):
            svc.reconcile(db, desk, week, released[:1])
    return f"release: {made} slips"
