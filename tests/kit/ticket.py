"""A workflow declared only in the tests (states, fields, a clock that pauses and escalates, an attachment,
posted money and a linked reversal), to prove that the record kit alone gives it a service, a page, a dialog,
a timeline, an overdue list and a print button."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.domain.enums import LabelledEnum
from app.domain.errors import ConflictError
from app.domain.fields import VOID_REASON, FieldSpec
from app.domain.relay import RELAY_CREATE, RELAY_VERIFY, RELAY_VIEW
from app.domain.workflow import Clock, State, Transition, Workflow
from app.i18n import QT_TRANSLATE_NOOP
from app.services import records
from db.immutable import Immutable, install_triggers
from db.models.base import Hundredths, WorkflowRecord


def T(source: str):  # noqa: N802 - test labels are never extracted for translation
    return QT_TRANSLATE_NOOP("Test", source)


class TicketBase(DeclarativeBase):
    pass


class Ticket(Immutable, WorkflowRecord, TicketBase):
    __tablename__ = "test_ticket"
    __immutable__ = ("amount",)

    subject: Mapped[str] = mapped_column(String(60), default="")
    urgency: Mapped[str] = mapped_column(String(10), default="general")
    room_code: Mapped[str] = mapped_column(String(30), default="")
    amount: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal("0"))
    result: Mapped[str] = mapped_column(String(200), default="")
    reverses: Mapped[int | None] = mapped_column(nullable=True)
    reversed: Mapped[bool] = mapped_column(default=False)


install_triggers(Ticket.__table__, Ticket.__immutable__)


class Urgency(LabelledEnum):
    URGENT = ("urgent", T("Urgent"))
    GENERAL = ("general", T("General"))


SUBJECT = FieldSpec("subject", T("Subject"), required=True, max_len=60)
URGENCY = FieldSpec("urgency", T("Urgency"), "choice", choices=Urgency, required=True)
ROOM = FieldSpec("room_code", T("Room"), "room")
AMOUNT = FieldSpec("amount", T("Amount"), "money")
RESULT = FieldSpec("result", T("Result"), "multiline", required=True, column="result")
PHOTO = FieldSpec("photo", T("Photo"), "attachment")

STATES = [
    State("open", T("Open")),
    State("waiting", T("Waiting for the owner"), tone="attention"),
    State("resolved", T("Resolved")),
    State("closed", T("Closed"), terminal=True),
    State("void", T("Void"), terminal=True),
]

TICKET = Workflow(
    "test_ticket", label=T("Test ticket"), doc_type="TS", states=STATES, initial="open",
    fields=(SUBJECT, URGENCY, ROOM, AMOUNT, RESULT),
    transitions=[
        Transition("wait", "open", "waiting", label=T("Wait for the owner"), permission=RELAY_CREATE,
                   needs_note=True),
        Transition("resume", "waiting", "open", label=T("Resume"), permission=RELAY_CREATE),
        Transition("resolve", ("open", "waiting"), "resolved", label=T("Resolve"), permission=RELAY_CREATE,
                   fields=(RESULT, PHOTO), effective=True),
        Transition("close", "resolved", "closed", label=T("Close"), permission=RELAY_VERIFY),
        Transition("reverse", "resolved", "resolved", label=T("Reverse the amount"), permission=RELAY_VERIFY,
                   guard=lambda t: None if t.amount and not t.reversed else T("Nothing to reverse")),
        Transition("void", "*", "void", label=T("Void"), permission=RELAY_VERIFY, fields=(VOID_REASON,)),
    ],
    clocks=[Clock("resolve", label=T("Resolve"), start_on="open", stop_on=("resolved", "closed", "void"),
                  pause_on=("waiting",), by="urgency",
                  param={"urgent": "complaint.resolve_hours_urgent",
                         "general": "complaint.resolve_working_days_general"},
                  escalate_at=(1.0, 2.0), escalation_labels=(T("Supervisor"), T("Manager")))],
)


def _guard_resolve(ctx: records.Act) -> None:
    if ctx.record.subject == "blocked":
        raise ConflictError(T("This ticket is blocked"))


def _reverse(ctx: records.Act) -> None:
    reversal = Ticket(subject=f"冲销 {ctx.record.number}", urgency=ctx.record.urgency,
                      amount=-ctx.record.amount, reverses=ctx.record.id)
    ctx.create(KIND, reversal, relation="reversal")
    ctx.record.reversed = True
    ctx.data["reversal"] = reversal.number


KIND = records.RecordKind(TICKET, Ticket, RELAY_VIEW, page="test_ticket",
                          title=lambda t: t.subject, guards={"resolve": _guard_resolve},
                          effects={"reverse": _reverse})


def new_ticket(session, actor, **values) -> Ticket:
    ticket = Ticket(**{"subject": "漏水", **values})
    return records.create_in(session, actor, KIND, ticket)
