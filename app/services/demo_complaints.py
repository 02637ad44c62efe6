"""The demo's fortnight of complaints and follow-ups, made through the public services as the demo accounts.

Each step happens at its own past moment (:func:`at` moves the service clock while the demo is made, so the
events, clocks and audit rows carry the times they would have had): a complaint closed through its
follow-up; one reopened after an unsatisfied follow-up and now followed up again; one explained as invalid;
one waiting for the owner (its resolution clock paused); an urgent one escalated to the manager; one whose
initial reply is late; two of this morning; a follow-up that failed twice; and the routine visits of one
building planned for the end of the month.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from app.services import base, complaints, followups, records

CK, FK = "complaint", "followup"


@contextmanager
def at(moment: datetime) -> Iterator[None]:
    """The services' clock at ``moment`` while the demo is made (never while the desk works)."""
    real = base.now
    base.now = lambda: moment.replace(microsecond=0)  # type: ignore[assignment]
    try:
        yield
    finally:
        base.now = real  # type: ignore[assignment]


def counter_time(clock: datetime, minutes: int) -> datetime:
    """``minutes`` before ``clock`` but today, after the counter opens: the demo's money is taken today only,
    because the past days are closed (a demo made at 00:10 must not add receipts to yesterday)."""
    return max(datetime.combine(clock.date(), time(8, 1)), clock - timedelta(minutes=minutes))


def _followup_of(db: Any, complaint_id: int) -> int:
    from db.models.complaint import FollowUp
    with db.read() as s:
        return int(s.scalar(select(FollowUp.id).where(FollowUp.source_kind == CK, FollowUp.source_id == complaint_id)
                            .order_by(FollowUp.id.desc())))


def seed(db: Any, who: dict[str, Any], homes: Any, clock: datetime, building: str) -> str:
    desk, boss, steward = who["desk"], who["boss"], who["steward"]
    day = clock.replace(hour=9, minute=0, second=0, microsecond=0)

    def past(days: int, hours: float = 0) -> datetime:
        return min(day - timedelta(days=days) + timedelta(hours=hours), clock - timedelta(minutes=5))

    def register(when: datetime, home: Any, **values: Any) -> int:
        with at(when):
            return complaints.register_complaint(db, desk, {
                "channel": "phone", "complainant": home.name, "phone": home.mobile, "room": home.room,
                "role": "owner", "ctype": "complaint", "urgency": "general", "apologised": True, **values})

    def act(when: datetime, actor: Any, kind: str, ident: int, action: str, values: dict | None = None) -> None:
        with at(when):
            records.act(db, actor, kind, ident, action, values or {})

    def dispatched(when: datetime, home: Any, dept: str = "engineering", **values: Any) -> int:
        cid = register(when, home, initial_reply="已致歉，今日安排相关部门处理并回复", reply_by="客服中心", **values)
        act(when + timedelta(minutes=5), desk, CK, cid, "classify", {"validity": "valid",
                                                                     "category": values["category"]})
        act(when + timedelta(minutes=10), desk, CK, cid, "dispatch",
            {"dept": dept, "send_slip": values["category"] == "facilities"})
        return cid

    # closed through its follow-up
    a = dispatched(past(13, 1), homes.pick(), category="facilities", content="卫生间顶棚渗水，怀疑楼上防水层破损")
    act(past(12, 6), desk, CK, a, "report", {"note": "已电话告知业主：明日楼上配合开门检查"})
    act(past(11, 5), desk, CK, a, "resolve", {"result": "楼上卫生间防水层重做，业主家顶棚已修补"})
    act(past(10, 2), steward, FK, _followup_of(db, a), "record", {
        "method": "phone", "interviewee": "业主本人", "feedback": "已不再渗水，维修及时", "satisfaction": "satisfied"})
    act(past(10, 3), desk, CK, a, "close")
    # reopened once, resolved again, followed up (to close)
    b = dispatched(past(11, 2), homes.pick(), dept="environment", category="environment",
                   content="单元门口垃圾桶连续三天未清运，气味很大")
    act(past(10, 4), desk, CK, b, "resolve", {"result": "已清运并加派一次清运"})
    act(past(9, 3), steward, FK, _followup_of(db, b), "record", {
        "method": "phone", "interviewee": "业主本人", "feedback": "第二天又没人清运", "satisfaction": "unsatisfied"})
    act(past(7, 4), desk, CK, b, "resolve", {"result": "调整清运时间为每日早晚两次，环境部主管每日巡查"})
    act(past(6, 2), steward, FK, _followup_of(db, b), "record", {
        "method": "visit", "interviewee": "业主本人", "feedback": "现在每天都清运了", "satisfaction": "fair",
        "signed": [("回访签字.png", _signature())]})
    # explained as invalid, closed
    c = register(past(9, 3), homes.pick(), category="fees", content="认为物业费比隔壁小区贵，要求降价")
    act(past(9, 4), desk, CK, c, "explain", {"result": "已向业主解释收费标准依据前期物业服务合同及物价备案"})
    act(past(9, 5), desk, CK, c, "close")
    # waiting for the owner: the resolution clock stands still
    d = dispatched(past(6, 1), homes.pick(), dept="security", category="neighbours",
                   content="楼上夜间经常有拖动家具的噪音")
    act(past(5, 3), desk, CK, d, "wait", {"note": "楼上业主出差，下周回来后上门沟通"})
    # urgent, unresolved: escalated to the manager
    e = dispatched(past(4, 8), homes.pick(), dept="security", category="security", urgency="urgent", major=True,
                   content="地下车库B区夜间照明损坏，业主担心安全")
    act(past(3, 2), desk, CK, e, "escalate", {"level": "supervisor", "note": "工程部备件未到，报客服主管协调"})
    # the initial reply is late
    register(past(2, 2), homes.pick(), category="service", content="前台电话中午无人接听")
    # this morning
    today = clock - timedelta(minutes=40)
    register(today, homes.pick(), category="facilities", content="电梯按钮失灵", urgency="urgent",
             initial_reply="已通知工程部电梯维保，30分钟内到场", reply_by="工程部")
    register(today + timedelta(minutes=10), homes.pick(), ctype="suggestion", category="environment",
             content="建议中心花园增加垃圾分类指引牌")
    # a follow-up that failed twice (its complaint resolved five days ago)
    f = dispatched(past(7, 1), homes.pick(), category="facilities", content="楼道声控灯不亮")
    act(past(5, 2), desk, CK, f, "resolve", {"result": "已更换声控灯"})
    fid = _followup_of(db, f)
    act(past(4, 3), steward, FK, fid, "attempt", {"note": "电话无人接听"})
    act(past(2, 3), steward, FK, fid, "attempt", {"note": "关机"})
    # the routine visits of one building
    planned = followups.plan_visits(db, boss, "routine", _month_end(clock.date()),
                                    building_id=_building_id(db, building),
                                    topic="上半年例行走访：征询对物业服务的意见")
    return f"9 complaints, {planned} routine visits planned"


def _month_end(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _building_id(db: Any, building_no: str) -> int | None:
    from db.models import Building
    with db.read() as s:
        found = s.scalar(select(Building.id).where(Building.building_no == building_no))
        return int(found) if found is not None else None


def _signature() -> bytes:
    """A small picture standing for the resident's signature on the demo's on-site follow-up."""
    import io

    from PIL import Image, ImageDraw
    image = Image.new("RGB", (240, 80), "white")
    ImageDraw.Draw(image).line([(20, 50), (60, 20), (90, 55), (130, 25), (170, 50), (220, 30)], fill="navy", width=3)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
