"""The demo's move-ins (零星入住, DOMAIN.md §4.13), made through the public services as the demo accounts.

The developer's handover list of the sold units (已售未交付) is imported first (内勤); then one owner of a listed
unit per state comes to the desk (接待员, 管理员 at the joint inspection): documents still to check; inspected
with a defect sent to engineering; 暂缓 (the owner refuses the unit until the crack is fixed); agreements
signed; fees paid, keys still to hand over; keys handed over (已交钥匙); archived with the household file; one
voided by the supervisor. Each step at its own past moment; money is taken today only (the past days are
closed), so the fees are paid on the counter's time of today and cover the current period only.
"""
from __future__ import annotations

import csv
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.domain.enums import DeliveryState, IdType, RoomRole, RoomType
from app.domain.keys import KEY_KIND
from app.domain.movein import MOVEIN_KIND
from app.services import movein, records
from app.services.demo_complaints import at, counter_time
from db.models import Person, Room, RoomPerson

#: how far each case gets (in the order of the rooms), and the days ago it was registered
_FATES = (("docs_check", 0), ("inspected", 3), ("on_hold", 9), ("signed", 2), ("paid", 1), ("completed", 6),
          ("archived", 20), ("void", 5))
_STEPS = ("inspect", "sign", "pay", "hand_keys", "archive")
#: how many of the steps each case has been through
_DONE = {"inspected": 1, "on_hold": 1, "signed": 2, "paid": 3, "completed": 4, "archived": 5}
_CRACK = "客厅东墙有一条约40厘米的斜向裂缝"


def _buyers(db: Any, count: int) -> list[tuple[str, str, str, str]]:
    """(room, name, ID number, phone) of sold homes not yet handed over, their primary owner a person."""
    with db.read() as s:
        rows = s.execute(
            select(Room.code, Person.name, Person.id_number, Person.mobile)
            .join(RoomPerson, RoomPerson.room_id == Room.id).join(Person, Person.id == RoomPerson.person_id)
            .where(Room.delivery_state == DeliveryState.SOLD.value, Room.room_type == RoomType.RESIDENTIAL.value,
                   RoomPerson.role == RoomRole.OWNER.value, RoomPerson.is_primary.is_(True),
                   RoomPerson.end_date.is_(None), Person.id_type == IdType.RESIDENT.value)
            .order_by(Room.code).limit(count)).all()
    return [tuple(r) for r in rows]


def _import_list(db: Any, clerk: Any, buyers: list[tuple[str, str, str, str]]) -> int:
    """The developer's handover list of these units, as a spreadsheet the clerk imports."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "开发商交房清单.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(["房号", "购房人", "证件号码", "电话", "合同编号"])
            for n, (code, name, id_number, phone) in enumerate(buyers, 1):
                out.writerow([code, name, id_number, phone, f"HT-2025-{n:04d}"])
        return movein.import_handover_list(db, clerk, path).imported


def _values(step: str, name: str, k: int, day: date) -> dict[str, Any]:
    if step == "inspect":
        crack = {"ok_walls": "anomaly", "check_walls": _CRACK} if k in (1, 2) else {}
        return {**movein.blank_inspection(), "inspected_on": day, "inspectors": "工程部张志刚、开发商刘经理",
                "meter_water": f"{k}.5", "meter_power": str(20 + k * 7), "meter_gas": "0", "owner_signed": True,
                **crack}
    if step == "sign":
        return {"agr_service": True, "agr_rules": True, "agr_renovation": k % 2 == 1, "signed_on": day}
    if step == "pay":
        return {"handover_date": day, "method": ("wechat", "cash", "alipay", "card")[k % 4], "payer": name}
    if step == "hand_keys":
        return {"keys_count": 3, "cards_count": 2, "card_nos": f"MJ-{k:02d}11, MJ-{k:02d}12", "doc_handbook": True,
                "doc_warranty": True, "doc_manual": True, "occupancy": "owner_occupied", "received_by": name}
    return {"family": "", "emergency_name": "王秀英", "emergency_phone": f"1390000{k:04d}",
            "vehicles": f"粤B{k}D{k}88"}


def seed(db: Any, who: dict[str, Any], clock: datetime) -> str:
    desk, steward, clerk, boss = who["desk"], who["steward"], who["clerk"], who["boss"]
    buyers = _buyers(db, len(_FATES))
    if not buyers:
        return "0 move-ins"
    from app.services.demo_fees import estate_items
    estate_items(db, boss, clock)          # the property fee the move-ins pay from their fee start date
    with at(clock - timedelta(days=30)):
        listed = _import_list(db, clerk, buyers)
    made = []
    for k, ((code, name, id_number, phone), (fate, days_ago)) in enumerate(zip(buyers, _FATES, strict=False)):
        registered = clock - timedelta(days=days_ago, hours=3, minutes=k * 11)
        with at(min(registered, clock - timedelta(minutes=90))):
            records.create(db, desk, KEY_KIND, dict(
                key_no=f"R-{k + 1:03d}", category="developer", room=code, description="入户门钥匙（已售未交付）",
                count=3, entrusted_by="开发商", remarks="开发商移交，业主办理入住时交付"))
            mid = records.create(db, desk, MOVEIN_KIND, dict(
                room=code, owner_name=name, id_number=id_number, phone=phone, notice_no=f"RZTZ-{k + 1:03d}",
                doc_notice=True, doc_id=True, doc_contract=fate != "docs_check"))
        for n, step in enumerate(_STEPS[:_DONE.get(fate, 0)]):
            money = step in ("pay", "hand_keys", "archive")      # today, on the counter's time (n: 2, 3, 4)
            moment = counter_time(clock, 52 - n - 3 * k) if money else registered + timedelta(minutes=20 * (n + 1))
            with at(moment):
                records.act(db, steward if step == "inspect" else desk, MOVEIN_KIND, mid, step,
                            _values(step, name, k, moment.date()))
        if fate == "on_hold":
            with at(registered + timedelta(hours=1)):
                records.act(db, desk, MOVEIN_KIND, mid, "hold", {"note": f"业主认为{_CRACK}，待开发商修复后再收房"})
        if fate == "void":
            with at(registered + timedelta(hours=2)):
                records.act(db, boss, MOVEIN_KIND, mid, "void", {"reason": "业主委托代理人办理，重新登记"})
        made.append(fate)
    return f"{len(made)} move-ins ({', '.join(made)}; handover list of {listed} units)"


__all__ = ["seed"]
