"""The engine on a real database: numbering under concurrency, transitions, event log, refusals, due times."""
import threading
from datetime import datetime

import pytest
from sqlalchemy import MetaData, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.workflow import Clock, State, Transition, Workflow
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import workflow as wf
from app.services.base import unit_of_work
from db.engine import Database
from db.models import AuditLog, WorkflowEvent
from db.models.base import NAMING, WorkflowRecord


class SlipBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Slip(WorkflowRecord, SlipBase):
    """A test-only workflow record (its table is created by the test, not by a migration)."""

    __tablename__ = "test_slip"
    subject: Mapped[str] = mapped_column(String(50), default="")


HANDLE = "audit.view"  # a permission the supervisor has and the receptionist lacks
SLIPS = Workflow(
    "test_slip", label=T("Workflow", "Test slip"), doc_type="LX",
    states=[State("open", T("State", "Open")), State("answered", T("State", "Answered")),
            State("closed", T("State", "Closed"), terminal=True),
            State("void", T("State", "Void"), terminal=True)],
    initial="open",
    transitions=[
        Transition("answer", "open", "answered", label=T("Action", "Answer"), permission="registry.view",
                   requires=("reply",)),
        Transition("close", "answered", "closed", label=T("Action", "Close"), permission=HANDLE),
        Transition("void", "*", "void", label=T("Action", "Void"), permission="registry.edit",
                   requires=("reason",)),
    ],
    fields={"reply": T("Field", "Reply"), "reason": T("Field", "Reason")},
    clocks=[Clock("reply", label=T("Clock", "Reply"), start_on="open", stop_on=("answered",),
                  param="renovation.review_working_days")],
)


@pytest.fixture
def slips(db):
    SlipBase.metadata.create_all(db.engine)
    return db


def new_slip(db, actor, subject="水管漏水"):
    with unit_of_work(db, actor) as s:
        slip = Slip(subject=subject)
        wf.create(s, actor, SLIPS, slip, note="来电")
        return slip.id, slip.number


def test_create_numbers_and_logs(slips, admin):
    sid, number = new_slip(slips, admin)
    today = datetime.now().strftime("%Y%m%d")
    assert number == f"LX{today}-0001"
    assert new_slip(slips, admin)[1] == f"LX{today}-0002"
    with slips.read() as s:
        events = wf.events(s, SLIPS, sid)
        audit = s.scalars(select(AuditLog.action).where(AuditLog.entity == "test_slip")).all()
    assert [(e.action, e.to_state, e.note) for e in events] == [("create", "open", "来电")]
    assert audit == ["create", "create"]


def test_transition_happy_path_and_refusals(slips, admin, actor):
    sid, _ = new_slip(slips, admin)
    reception = actor("receptionist")
    with pytest.raises(ValidationError, match="Reply"):
        with unit_of_work(slips, reception) as s:
            wf.transition(s, reception, SLIPS, s.get(Slip, sid), "answer", {})
    with pytest.raises(ConflictError):  # not from this state
        with unit_of_work(slips, admin) as s:
            wf.transition(s, admin, SLIPS, s.get(Slip, sid), "close")
    with unit_of_work(slips, reception) as s:
        wf.transition(s, reception, SLIPS, s.get(Slip, sid), "answer", {"reply": "已派工程部"})
    with pytest.raises(PermissionDenied):  # the receptionist's role lacks audit.view
        with unit_of_work(slips, reception) as s:
            wf.transition(s, reception, SLIPS, s.get(Slip, sid), "close")
    with slips.read() as s:
        slip = s.get(Slip, sid)
        assert slip.status == "answered"
        assert [a.name for a in wf.allowed_actions(SLIPS, slip, reception)] == []
        assert [a.name for a in wf.allowed_actions(SLIPS, slip, admin)] == ["close", "void"]
        assert [e.action for e in wf.events(s, SLIPS, sid)] == ["create", "answer"]


def test_refused_transition_leaves_nothing_behind(slips, admin):
    sid, _ = new_slip(slips, admin)
    with pytest.raises(ValidationError):
        with unit_of_work(slips, admin) as s:
            wf.transition(s, admin, SLIPS, s.get(Slip, sid), "void", {"reason": ""})
    with slips.read() as s:
        assert s.get(Slip, sid).status == "open"
        assert s.scalar(select(WorkflowEvent.id).where(WorkflowEvent.action == "void")) is None


def test_void_keeps_number_and_reason(slips, admin):
    """The engine keeps the number and the reason in the event (records.act also stores it in the record's
    declared column: tests/kit)."""
    sid, number = new_slip(slips, admin)
    with unit_of_work(slips, admin) as s:
        wf.transition(s, admin, SLIPS, s.get(Slip, sid), "void", {"reason": "重复登记"})
    with slips.read() as s:
        slip = s.get(Slip, sid)
        assert (slip.status, slip.number) == ("void", number)
        data = s.scalars(select(WorkflowEvent.data).where(WorkflowEvent.record_id == sid)
                         .order_by(WorkflowEvent.id.desc())).first()
        assert "重复登记" in data
    with pytest.raises(ConflictError, match="closed|Void|void"):
        with unit_of_work(slips, admin) as s:
            wf.transition(s, admin, SLIPS, s.get(Slip, sid), "void", {"reason": "again"})


def test_stale_version_refused(slips, admin):
    sid, _ = new_slip(slips, admin)
    with pytest.raises(ConflictError, match="changed"):
        with unit_of_work(slips, admin) as s:
            wf.transition(s, admin, SLIPS, s.get(Slip, sid), "answer", {"reply": "x"}, version=99)


def test_two_desks_never_get_the_same_number(slips, admin):
    """Four desks (each its own engine on the same file) save 15 slips each at the same time."""
    numbers: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def desk():
        own = Database(slips.url)
        try:
            for _ in range(15):
                _sid, number = new_slip(own, admin)
                with lock:
                    numbers.append(number)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=desk) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(numbers) == 60 == len(set(numbers))
    assert sorted(int(n[-4:]) for n in numbers) == list(range(1, 61))


def test_due_time_uses_parameter_and_holiday_calendar(slips, admin, monkeypatch):
    from datetime import date

    from app.services import calendar, params
    monkeypatch.setattr("app.services.base.now", lambda: datetime(2037, 9, 30, 10, 0))
    with unit_of_work(slips, admin) as s:
        slip = Slip(subject="国庆前")
        wf.create(s, admin, SLIPS, slip, when=datetime(2037, 9, 30, 10, 0))
        sid = slip.id
    params.set_value(slips, admin, "renovation.review_working_days", "2")
    with slips.read() as s:  # Wed 30 Sep + 2 working days = Fri 2 Oct with no holidays
        assert wf.due_at(s, SLIPS, "reply", s.get(Slip, sid)) == datetime(2037, 10, 2, 10, 0)
    calendar.set_range(slips, admin, date(2037, 10, 1), date(2037, 10, 7), "off", "国庆节")
    calendar.set_day(slips, admin, date(2037, 10, 10), "work", "国庆调休")
    with slips.read() as s:  # 1–7 Oct off, Sat 10 Oct worked: Thu 8 Oct, Fri 9 Oct
        assert wf.due_at(s, SLIPS, "reply", s.get(Slip, sid)) == datetime(2037, 10, 9, 10, 0)
