"""The demo's renovation cases (房屋装修申报), made through the service as the demo accounts at their own past
moments: one case in each state the desk sees — an application waiting for the pre-review (its file missing
the worker list), one returned for completion, one at the engineering review, one with the manager, one
approved awaiting its fees, one 装修中 with its permit and passes (the deposits taken today), one awaiting
acceptance, one that passed the initial inspection (re-inspection due in a month), one withdrawn.

Only rooms handed over, without arrears and not renovating are used; money is taken today only (the past
days are closed).
"""
from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.domain.enums import DeliveryState
from app.services import records
from app.services import renovation as svc
from app.services.demo_complaints import at, counter_time
from app.services.fees import arrears
from app.services.fees.common import payer_of
from db.models import Room

DOC = ("扫描件.pdf", b"%PDF-1.4 demo scan")
WORKERS = (("钱国强", "11010519491231002X"), ("孙立军", "440304196203150414"))
DOCS = ("doc_id", "doc_ownership", "doc_drawings", "doc_licence", "doc_guarantee")
STATES = ("pending", "incomplete", "eng_review", "mgr_review", "approved", "active", "inspect", "passed",
          "withdrawn")


def _photo(shade: int) -> tuple[str, bytes]:
    from PIL import Image
    out = io.BytesIO()
    Image.new("RGB", (60, 80), (150 + shade, 170, 190)).save(out, "PNG")
    return ("照片.png", out.getvalue())


def _rooms(db: Any, today: date, count: int) -> list[tuple[str, str]]:
    """(code, owner) of handed-over rooms with an owner and nothing overdue."""
    found: list[tuple[str, str]] = []
    with db.read() as s:
        rooms = s.scalars(select(Room).where(Room.delivery_state == DeliveryState.DELIVERED.value,
                                             Room.occupancy_state.in_(("vacant", "owner_occupied")))
                          .order_by(Room.id).limit(count * 6)).all()
        for room in rooms:
            owner = payer_of(s, room.id)
            if owner and not arrears.arrears_of(s, room.id, today):
                found.append((room.code, owner))
            if len(found) == count:
                break
    return found


def seed(db: Any, who: dict[str, Any], clock: datetime) -> str:
    desk, steward, boss = who["desk"], who["steward"], who["boss"]
    today = clock.date()
    rooms = _rooms(db, today, len(STATES))
    made = 0
    for k, (state, (code, owner)) in enumerate(zip(STATES, rooms, strict=False)):
        applied = clock - timedelta(days=12 - k, hours=2)
        start = applied.date() + timedelta(days=8 + k)

        def act(actor: Any, action: str, raw: dict | None = None, *, when: datetime, case: int) -> None:
            with at(min(when, clock - timedelta(minutes=1))):
                records.act(db, actor, svc.KIND, case, action, raw or {})

        with at(applied):
            case = records.create(db, desk, svc.KIND, {
                "room": code, "applicant": owner, "applicant_role": "owner", "phone": f"1390571{1000 + k:04d}",
                "reno_type": ("partial", "full", "simple")[k % 3], "items": ("墙面、地面", "水电改造、厨房、卫生间",
                                                                           "门窗、阳台")[k % 3],
                "planned_start": start, "planned_end": start + timedelta(days=60), "fire_person": "李安全",
                "company": ("杭州美家装饰有限公司", "浙江居然装饰工程有限公司")[k % 2], "licence_no": "91330100MA2A",
                "head_name": ("赵建华", "周志明")[k % 2], "head_phone": f"1375712{2000 + k:04d}",
                **{role: [DOC] for role in DOCS if not (state == "incomplete" and role == "doc_drawings")}})
            if state != "pending":
                for n, (name, number) in enumerate(WORKERS):
                    svc.add_worker(db, desk, case, name, number, photo=_photo(n * 40))
        made += 1
        step = applied + timedelta(hours=1)
        if state == "incomplete":
            act(desk, "return_docs", {"note": "缺施工图纸（水电走向），请补交"}, when=step, case=case)
            continue
        if state in ("pending",):
            continue
        act(desk, "accept", when=step, case=case)
        if state == "withdrawn":
            act(desk, "withdraw", {"note": "业主改期装修，撤回申请"}, when=step + timedelta(days=1), case=case)
            continue
        if state == "eng_review":
            continue
        act(steward, "eng_pass", {"opinion": "同意，卫生间须做闭水试验"}, when=step + timedelta(days=1), case=case)
        if state == "mgr_review":
            continue
        act(boss, "approve", {"opinion": "同意"}, when=step + timedelta(days=2), case=case)
        act(desk, "sign_agreement", {"signed_on": (step + timedelta(days=2)).date()}, when=step + timedelta(days=2),
            case=case)
        if state == "approved":
            continue
        with at(counter_time(clock, 30 - k)):
            svc.collect_fees(db, desk, case, svc.Fees(owner_deposit=Decimal("2000.00"),
                                                      contractor_deposit=Decimal("3000.00"),
                                                      pass_deposit_each=Decimal("30.00"),
                                                      tenders=[("wechat", Decimal(0))]))
            records.act(db, desk, svc.KIND, case, "issue_permit", {})
        if state == "active":
            continue
        with at(counter_time(clock, 10 - k)):
            records.act(db, desk, svc.KIND, case, "apply_completion", {})
            if state == "passed":
                records.act(db, steward, svc.KIND, case, "inspect_pass",
                            {"inspectors": "工程部刘建平、客服陈晓雪", "passes_collected": True})
    return f"renovation: {made} cases"
