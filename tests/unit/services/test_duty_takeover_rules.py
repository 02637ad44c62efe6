"""交接班 (DOMAIN.md §2.6, issue 10 item 2): only the colleague a shift was handed over to takes it over (or,
when that colleague can no longer take a shift, anyone but the outgoing people); the outgoing person never
acknowledges their own handover; signing out while the handover waits is kept on the log."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from app.domain.errors import PermissionDenied
from app.services import audit_log, auth, records
from app.services import duty as svc
from db.models import WorkflowEvent
from tests.unit.services.test_duty import clock, handover, staff_id, take  # noqa: F401 - the fixture

EVENING = datetime(2025, 6, 12, 17, 25)


@pytest.fixture
def handed(db, actor, admin, clock):  # noqa: F811 - the imported fixture
    """The receptionist's day shift, handed over to the clerk at 17:25."""
    reception = actor("receptionist")
    take(db, reception)
    clock.at = EVENING
    return handover(db, reception, admin)


def test_only_the_named_colleague_acknowledges(db, actor, handed, clock):  # noqa: F811
    clock.advance(minutes=5)
    steward, reception, clerk = actor("steward"), actor("receptionist"), actor("clerk")
    brief = svc.handover_brief(db, steward)
    assert brief.mode == "acknowledge" and clerk.name in str(brief.refusal)
    with pytest.raises(PermissionDenied, match=f"only {clerk.name} can acknowledge"):
        svc.take_over(db, steward, brief.key)
    # the outgoing receptionist is refused too (the demo put her in exactly this position)
    own = svc.handover_brief(db, reception)
    assert own.refusal is not None
    with pytest.raises(PermissionDenied):
        svc.take_over(db, reception, own.key)
    assert records.get(db, clerk, svc.DUTY_KIND, handed).status == "handed_over"
    mine = svc.handover_brief(db, clerk)
    assert mine.refusal is None
    svc.take_over(db, clerk, mine.key)
    assert records.get(db, clerk, svc.DUTY_KIND, handed).acknowledged_by == clerk.name


def test_when_the_named_colleague_cannot_take_over_anyone_but_the_outgoing_person_does(
        db, actor, admin, handed, clock):  # noqa: F811
    it = actor("it")
    clerk = next(s for s in auth.list_staff(db, it) if s.id == staff_id(db, admin, "clerk"))
    auth.update_user(db, it, clerk.id, name=clerk.name, role=clerk.role, phone=clerk.phone or "", active=False,
                     version=clerk.version)
    reception, steward = actor("receptionist"), actor("steward")
    own = svc.handover_brief(db, reception)
    with pytest.raises(PermissionDenied, match="You handed over"):
        svc.take_over(db, reception, own.key)
    brief = svc.handover_brief(db, steward)
    assert brief.refusal is None
    svc.take_over(db, steward, brief.key)
    assert records.get(db, steward, svc.DUTY_KIND, handed).acknowledged_by == steward.name


def test_refusals_in_chinese(qapp, db, actor, handed, clock):  # noqa: F811
    from app import i18n_qt
    i18n_qt.install("zh_CN")
    try:
        brief = svc.handover_brief(db, actor("steward"))
        with pytest.raises(PermissionDenied) as err:
            svc.take_over(db, actor("steward"), brief.key)
        assert "只有" in str(err.value) and actor("clerk").name in str(err.value)
        with pytest.raises(PermissionDenied) as err:
            svc.take_over(db, actor("receptionist"), svc.handover_brief(db, actor("receptionist")).key)
        assert "您本人" in str(err.value)
    finally:
        i18n_qt.install("en")


def test_signing_out_before_the_takeover_is_recorded(db, actor, admin, handed, clock):  # noqa: F811
    reception, clerk = actor("receptionist"), actor("clerk")
    pending = svc.pending_handover(db, reception)
    assert pending is not None and pending.id == handed and pending.handed_to == clerk.name
    assert svc.pending_handover(db, clerk) is None
    clock.advance(minutes=2)
    svc.leave_before_takeover(db, reception, handed)
    with db.read() as s:
        actions = list(s.scalars(select(WorkflowEvent.action).where(
            WorkflowEvent.kind == "duty_log", WorkflowEvent.record_id == handed).order_by(WorkflowEvent.id)))
    assert actions == ["create", "hand_over", "leave"]
    [row] = audit_log.query(db, admin, action="leave_before_takeover")
    assert row.username == reception.username and row.after["number"] == pending.number
    # still waiting for the clerk, who takes over as usual; then nothing is pending and nothing recorded
    assert records.get(db, clerk, svc.DUTY_KIND, handed).status == "handed_over"
    svc.take_over(db, clerk, svc.handover_brief(db, clerk).key)
    assert svc.pending_handover(db, reception) is None
    svc.leave_before_takeover(db, reception, handed)
    assert len(audit_log.query(db, admin, action="leave_before_takeover")) == 1
