"""The demo's site supervision (装修现场管理), made through the service by the steward at moments between the
permit of each case 装修中 and now: a clean patrol, a patrol whose violation has a notice open (deadline in
two days), and a patrol whose notice ran past its deadline, so that the case's work is stopped.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select

from app.services import records
from app.services import site as svc
from app.services.demo_complaints import at
from db.models.renovation import Renovation


def seed(db: Any, who: dict[str, Any], clock: datetime) -> str:
    steward = who["steward"]
    with db.read() as s:
        cases = s.execute(select(Renovation.id, Renovation.permit_issued_at).where(
            Renovation.status == "active").order_by(Renovation.id)).all()
    patrols = notices = 0
    for k, (case_id, permitted) in enumerate(cases):
        start = permitted or clock - timedelta(hours=1)
        # between the permit and now; a demo made before the counter opens has its permits later today
        span = clock - start if clock - start >= timedelta(minutes=20) else timedelta(hours=2)

        def moment(part: float, start: datetime = start, span: timedelta = span) -> datetime:
            return (start + span * part).replace(microsecond=0)

        with at(moment(0.1)):
            svc.record_patrol(db, steward, case_id, svc.blank_patrol(
                patrolled_at=moment(0.1), stage="剔凿", workers=3, notes="许可证已张贴，现场整洁"))
        patrols += 1
        if k:
            continue
        with at(moment(0.3)):
            found = svc.record_patrol(db, steward, case_id, svc.blank_patrol(
                patrolled_at=moment(0.3), stage="水电改造", workers=4, ok_rubbish="violation",
                find_rubbish="装修垃圾堆放在楼道内"))
            svc.issue_notice(db, steward, found, {
                "items": "装修垃圾堆放在公共楼道", "clause": "装修管理服务协议第六条",
                "requirement": "当日清运至指定堆放点，楼道清扫干净", "deadline": moment(0.3) + timedelta(days=2),
                "receiver": "赵建华"})
        with at(moment(0.5)):
            major = svc.record_patrol(db, steward, case_id, svc.blank_patrol(
                patrolled_at=moment(0.5), stage="水电改造", workers=4, ok_prohibited="violation",
                find_prohibited="卫生间给水管暗埋于地面"))
            late = svc.issue_notice(db, steward, major, {
                "items": "给水管暗埋", "clause": "装修管理服务协议第五条", "requirement": "改为明装或走顶，恢复地面",
                "deadline": moment(0.6), "deduction": "300.00", "refused": True})
        with at(moment(0.8)):
            records.act(db, steward, svc.NOTICES.kind, late, "lapse", {})
            records.act(db, steward, svc.NOTICES.kind, late, "stop_work", {"note": "逾期未整改，责令停工"})
        notices += 2
    return f"site supervision: {patrols + 2 * bool(cases)} patrols, {notices} notices"
