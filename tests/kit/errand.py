"""A second workflow declared only in the tests, for what a workflow with two tracks needs from the kit: an
action that belongs to one track only (its ``scope``), a clock that runs for one track only (``when``), a
deadline the user gives later as a day (a due field of kind date), its own registration (``create``), a
choice refused in its own words (``invalid``)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import LabelledEnum
from app.domain.errors import ConflictError
from app.domain.fields import VOID_REASON, FieldSpec
from app.domain.relay import RELAY_CREATE, RELAY_VERIFY, RELAY_VIEW
from app.domain.workflow import Clock, State, Transition, Workflow
from app.services import records
from db.models.base import WorkflowRecord
from tests.kit.ticket import T, TicketBase


class Errand(WorkflowRecord, TicketBase):
    __tablename__ = "test_errand"

    subject: Mapped[str] = mapped_column(String(60), default="")
    track: Mapped[str] = mapped_column(String(10), default="desk")
    fix_by: Mapped[date | None] = mapped_column(Date, nullable=True)


class Track(LabelledEnum):
    DESK = ("desk", T("At the desk"))
    FIELD = ("field", T("In the field"))


SUBJECT = FieldSpec("subject", T("Subject"), required=True, max_len=60)
TRACK = FieldSpec("track", T("Track"), "choice", choices=Track, required=True, default=Track.DESK.value,
                  invalid=T("Say whether it is done at the desk or in the field"))
FIX_BY = FieldSpec("fix_by", T("Fix by"), "date", column="fix_by")
WHY = FieldSpec("reason", T("Why it waits"), required=True)
MSG_OTHER = T("Not for this track")


def only(track: Track):
    return lambda errand: None if errand.track == track.value else MSG_OTHER


ERRAND = Workflow(
    "test_errand", label=T("Test errand"), doc_type="HF", initial="open", fields=(SUBJECT, TRACK),
    states=[State("open", T("Open")), State("fixing", T("Being fixed"), tone="attention"),
            State("done", T("Done"), terminal=True), State("void", T("Void"), terminal=True)],
    transitions=[
        Transition("answer", "open", "done", label=T("Answer"), permission=RELAY_CREATE, scope=only(Track.DESK)),
        Transition("dispatch", "open", "fixing", label=T("Dispatch"), permission=RELAY_CREATE,
                   scope=only(Track.FIELD)),
        Transition("plan", "fixing", "fixing", label=T("Plan the fix"), permission=RELAY_CREATE,
                   fields=(FIX_BY,)),
        Transition("fixed", "fixing", "done", label=T("Fixed"), permission=RELAY_CREATE),
        Transition("hold", "fixing", "fixing", label=T("Hold"), permission=RELAY_CREATE, fields=(WHY,)),
        Transition("void", "*", "void", label=T("Void"), permission=RELAY_VERIFY, fields=(VOID_REASON,)),
    ],
    clocks=[Clock("answer", label=T("Answer"), start_on="open", stop_on=("done", "fixing", "void"),
                  param="visit.host_reply_minutes", when=lambda fields: fields.get("track") == Track.DESK.value),
            Clock("fix", label=T("Fix"), start_on="fixing", stop_on=("done", "void"), param=None,
                  due_field="fix_by")],
)


def _create(session, actor, values) -> Errand:
    if values["subject"] == "twice":
        raise ConflictError(T("This errand is already open"))
    errand = Errand(subject=values["subject"].upper(), track=values["track"])
    return records.create_in(session, actor, KIND, errand)


KIND = records.RecordKind(ERRAND, Errand, RELAY_VIEW, page="test_errand", title=lambda e: e.subject,
                          create=_create, create_permission=RELAY_CREATE)
