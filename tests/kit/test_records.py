"""The record service on a workflow declared only in the tests: acting, refusals, clocks that pause and
escalate read through their index, effective time, attachments, posted money, composed acts, two desks."""
from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import DatabaseError

from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.services import base, clocks, records
from app.services import workflow as wf
from app.services.base import unit_of_work
from db.immutable import ImmutableError
from db.models import Attachment, AttachmentBlob, RecordClock, RecordLink, WorkflowEvent
from tests.kit.ticket import KIND, Ticket, new_ticket

MONDAY_9 = datetime(2026, 6, 8, 9, 0)
def _png() -> bytes:
    import io

    from PIL import Image
    out = io.BytesIO()
    Image.new("RGB", (8, 6), "blue").save(out, "PNG")
    return out.getvalue()


PNG = _png()


@pytest.fixture
def clock(monkeypatch):
    """The service clock, moved by the test: ``clock.at = …``."""
    class Clock:
        at = MONDAY_9
    monkeypatch.setattr(base, "now", lambda: Clock.at)
    return Clock


def make(db, actor, **values) -> int:
    with unit_of_work(db, actor) as s:
        return new_ticket(s, actor, **values).id


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_a_ticket_through_its_states_with_timeline_clock_and_attachment(kit_db, admin, clock, tmp_path):
    tid = make(kit_db, admin, urgency="urgent", room_code="")
    view = records.get(kit_db, admin, KIND.kind, tid)
    assert view.number.startswith("TS20260608-") and view.status == "open" and view.title == "漏水"
    assert [a.name for a in view.actions] == ["wait", "resolve", "void"]   # "reverse" guarded, nothing to reverse
    assert view.clocks[0].deadline == MONDAY_9 + timedelta(hours=24) and view.clocks[0].state == "running"
    clock.at = MONDAY_9 + timedelta(hours=4)
    records.act(kit_db, admin, KIND.kind, tid, "wait", {"note": "业主出差"}, version=view.version)
    clock.at = MONDAY_9 + timedelta(hours=52)
    view = records.get(kit_db, admin, KIND.kind, tid)
    assert view.clocks[0].state == "paused" and view.clocks[0].level == 0   # two days waiting cost nothing
    records.act(kit_db, admin, KIND.kind, tid, "resume", {}, version=view.version)
    view = records.get(kit_db, admin, KIND.kind, tid)
    assert view.clocks[0].deadline == MONDAY_9 + timedelta(hours=52 + 20)   # 4 h spent, 20 h left
    photo = tmp_path / "现场.png"
    photo.write_bytes(PNG)
    clock.at = MONDAY_9 + timedelta(hours=60)
    records.act(kit_db, admin, KIND.kind, tid, "resolve",
                {"result": "已修复", "photo": [str(photo)], "effective_at": "2026-06-10 19:30"},
                version=view.version)
    view = records.get(kit_db, admin, KIND.kind, tid)
    last = view.events[-1]
    assert view.status == "resolved" and view.rows[-1] == ("Result", "已修复")
    assert last.at == datetime(2026, 6, 10, 19, 30) and last.recorded_at == clock.at
    assert last.action == "Resolve" and "Photo: 现场.png" in last.details
    assert [(a.name, a.is_image) for a in view.attachments] == [("现场.png", True)]
    assert view.clocks[0].state == "stopped" and not view.clocks[0].late
    assert [e.action for e in view.events] == ["Registered", "Wait for the owner", "Resume", "Resolve"]


@pytest.mark.parametrize(("action", "values", "error", "text"), [
    ("resolve", {}, ValidationError, "Result"),
    ("close", {}, ConflictError, "cannot be done"),
    ("launch", {}, NotFound, "no action"),
    ("void", {}, ValidationError, "Reason"),
    ("resolve", {"result": "x" * 600}, ValidationError, "too long"),
    ("resolve", {"result": "好", "effective_at": "2026-06-09 09:00"}, ValidationError, "future"),
    ("resolve", {"result": "好", "effective_at": "2026-06-08 08:00"}, ValidationError, "previous step"),
])
def test_refused_actions_write_nothing(kit_db, admin, clock, action, values, error, text):
    tid = make(kit_db, admin)
    before = count(kit_db, WorkflowEvent)
    with pytest.raises(error, match=text):
        records.act(kit_db, admin, KIND.kind, tid, action, values)
    assert count(kit_db, WorkflowEvent) == before
    assert records.get(kit_db, admin, KIND.kind, tid).status == "open"


def test_roles_guards_stale_versions_and_missing_records(kit_db, admin, actor, clock):
    tid = make(kit_db, admin, subject="blocked")
    with pytest.raises(PermissionDenied):
        records.act(kit_db, actor("receptionist"), KIND.kind, tid, "void", {"reason": "重复"})
    with pytest.raises(ConflictError, match="blocked"):
        records.act(kit_db, admin, KIND.kind, tid, "resolve", {"result": "好"})
    with pytest.raises(ConflictError, match="cannot be done while the record is Open"):
        records.act(kit_db, admin, KIND.kind, tid, "reverse", {})
    # two desks saw version 1; the first to save wins, the second is told
    records.act(kit_db, admin, KIND.kind, tid, "wait", {"note": "等业主"}, version=1)
    with pytest.raises(ConflictError, match="Someone else"):
        records.act(kit_db, admin, KIND.kind, tid, "void", {"reason": "重复"}, version=1)
    for bad in (2 ** 63, -1, "x", None):
        with pytest.raises(NotFound):
            records.get(kit_db, admin, KIND.kind, bad)
    with pytest.raises(NotFound):
        records.get(kit_db, admin, "no_such_kind", tid)


def test_void_keeps_its_reason_on_the_record(kit_db, admin, clock):
    tid = make(kit_db, admin)
    records.act(kit_db, admin, KIND.kind, tid, "void", {"reason": "重复登记"})
    with kit_db.read() as s:
        assert s.get(Ticket, tid).void_reason == "重复登记"
    view = records.get(kit_db, admin, KIND.kind, tid)
    assert view.tone == "void" and view.actions == [] and view.clocks[0].state == "stopped"


def test_escalation_points_fire_at_one_and_two_times_the_limit(kit_db, admin, clock):
    urgent = make(kit_db, admin, urgency="urgent")        # 24 h
    general = make(kit_db, admin, urgency="general")      # 7 working days
    def ids(level, at):
        with kit_db.read() as s:
            return set(s.scalars(clocks.escalated(KIND.kind, "resolve", at, level)))
    assert ids(1, MONDAY_9 + timedelta(hours=23)) == set()
    assert ids(1, MONDAY_9 + timedelta(hours=25)) == {urgent}
    assert ids(2, MONDAY_9 + timedelta(hours=25)) == set()
    assert ids(2, MONDAY_9 + timedelta(hours=49)) == {urgent}
    assert ids(1, MONDAY_9 + timedelta(days=10)) == {urgent, general}
    clock.at = MONDAY_9 + timedelta(hours=49)
    view = records.get(kit_db, admin, KIND.kind, urgent)
    assert view.clocks[0].level == 2 and view.clocks[0].escalation == "Manager"


def test_overdue_and_escalation_lists_read_the_clock_index(kit_db, admin, clock):
    make(kit_db, admin)
    for query in (clocks.overdue(KIND.kind, "resolve", MONDAY_9), clocks.escalated(KIND.kind, "resolve", MONDAY_9, 2),
                  clocks.due_between(KIND.kind, "resolve", MONDAY_9, MONDAY_9 + timedelta(days=1))):
        compiled = query.compile(kit_db.engine, compile_kwargs={"literal_binds": True})
        with kit_db.engine.connect() as conn:
            plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
        assert "ix_record_clock_due" in plan and "SCAN" not in plan, plan


def test_a_posted_amount_cannot_be_updated_or_deleted(kit_db, admin, clock):
    tid = make(kit_db, admin, amount=Decimal("120.00"))
    with pytest.raises(ImmutableError):
        with unit_of_work(kit_db, admin) as s:
            s.get(Ticket, tid).amount = Decimal("1.00")
    with pytest.raises(ImmutableError):
        with unit_of_work(kit_db, admin) as s:
            s.delete(s.get(Ticket, tid))
    with pytest.raises(ImmutableError):
        with unit_of_work(kit_db, admin) as s:
            s.execute(update(Ticket).where(Ticket.id == tid).values(amount=Decimal("1")))
    with pytest.raises(ImmutableError):
        with unit_of_work(kit_db, admin) as s:
            s.execute(delete(Ticket).where(Ticket.id == tid))
    with pytest.raises(DatabaseError, match="posted amounts"):   # raw SQL meets the database's trigger
        with kit_db.write() as s:
            s.execute(text("UPDATE test_ticket SET amount = 1 WHERE id = :i"), {"i": tid})
    with kit_db.read() as s:
        assert s.get(Ticket, tid).amount == Decimal("120.00")
    # what is not posted may change
    with unit_of_work(kit_db, admin) as s:
        s.get(Ticket, tid).subject = "漏水（厨房）"


def test_a_reversal_is_a_linked_record(kit_db, admin, clock):
    tid = make(kit_db, admin, amount=Decimal("120.00"))
    records.act(kit_db, admin, KIND.kind, tid, "resolve", {"result": "已退"})
    records.act(kit_db, admin, KIND.kind, tid, "reverse", {})
    view = records.get(kit_db, admin, KIND.kind, tid)
    assert [(link.relation, link.number.startswith("TS")) for link in view.links] == [("reversal", True)]
    assert "reverse" not in [a.name for a in view.actions]     # reversed once
    with pytest.raises(ConflictError, match="Nothing to reverse"):
        records.act(kit_db, admin, KIND.kind, tid, "reverse", {})
    other = records.get(kit_db, admin, KIND.kind, view.links[0].id)
    assert other.amount == Decimal("-120.00") and other.links[0].id == tid   # the columns, read-only
    with kit_db.read() as s:
        assert s.get(Ticket, view.links[0].id).amount == Decimal("-120.00")


def test_an_act_composed_with_another_that_fails_half_way_leaves_nothing(kit_db, admin, clock):
    tid = make(kit_db, admin, amount=Decimal("5"))
    tables = (Ticket, WorkflowEvent, RecordLink, RecordClock)
    before = [count(kit_db, m) for m in tables]
    with pytest.raises(ValidationError):
        with unit_of_work(kit_db, admin) as s:
            done = records.act_in(s, admin, KIND.kind, tid, "resolve", {"result": "已处理"})
            done.create(KIND, Ticket(subject="跟进"), relation="follow_up")   # written …
            done.act(KIND, tid, "void", {})                                   # … then refused: no reason
    assert [count(kit_db, m) for m in tables] == before
    assert records.get(kit_db, admin, KIND.kind, tid).status == "open"


def test_attachments_are_deduplicated_limited_and_readable_by_who_may_view(kit_db, admin, actor, clock, tmp_path):
    from app.services import attachments, params
    tid = make(kit_db, admin)
    with unit_of_work(kit_db, admin) as s:
        ids = attachments.add(s, admin, KIND.kind, tid, [("a.png", PNG), ("b.png", PNG), ("c.txt", b"hello")])
    assert count(kit_db, AttachmentBlob) == 2 and count(kit_db, Attachment) == 3
    assert attachments.content(kit_db, actor("receptionist"), ids[2]) == ("c.txt", b"hello")
    assert attachments.thumbnail(kit_db, admin, ids[0])[:2] == b"\xff\xd8"   # a JPEG thumbnail
    with pytest.raises(PermissionDenied):
        attachments.content(kit_db, actor("it"), ids[2])
    params.set_value(kit_db, admin, "attach.max_mb", "1")
    with pytest.raises(ValidationError, match="up to 1 MB"):
        records.act(kit_db, admin, KIND.kind, tid, "resolve", {"result": "好", "photo": [("big.bin", b"0" * 2 ** 21)]})
    with pytest.raises(ValidationError, match="cannot be read"):
        records.act(kit_db, admin, KIND.kind, tid, "resolve", {"result": "好", "photo": [str(tmp_path / "no.png")]})
    assert count(kit_db, Attachment) == 3


def test_a_big_photo_is_scaled_down(kit_db, admin, clock):
    import io

    from PIL import Image

    from app.services import attachments
    out = io.BytesIO()
    Image.new("RGB", (4000, 3000), "red").save(out, "PNG")
    tid = make(kit_db, admin)
    with unit_of_work(kit_db, admin) as s:
        aid = attachments.add(s, admin, KIND.kind, tid, [("big.png", out.getvalue())])[0]
    name, data = attachments.content(kit_db, admin, aid)
    assert Image.open(io.BytesIO(data)).size == (2400, 1800)


def test_bulk_create_numbers_in_one_go(kit_db, admin, clock):
    with unit_of_work(kit_db, admin) as s:
        tickets = [Ticket(subject=f"账单{k}", urgency="general") for k in range(300)]
        wf.create_many(s, admin, KIND.workflow, tickets)
    numbers = sorted(t.number for t in tickets)
    assert numbers[0].endswith("-0001") and numbers[-1].endswith("-0300") and len(set(numbers)) == 300
    assert count(kit_db, WorkflowEvent) == 300 and count(kit_db, RecordClock) == 600   # two points each
