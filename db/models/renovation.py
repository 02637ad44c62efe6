"""房屋装修申报 (DOMAIN.md §4.14): the renovation case, its workers, the fees it links, its deductions.

Lists and what they run on:

* ``ix_renovation_room``   a room's cases (one active case per room, the household card, ``active_permit_of``);
* ``ix_renovation_state``  the page's chips and the home tiles (state, then newest first);
* ``ix_renovation_permit`` a case by its permit number (XK…);
* ``ix_renovation_worker_case`` / ``ix_renovation_fee_case`` / ``ix_renovation_deduction_case``: a case's lines.

Deadlines (review, permit end, re-inspection, refund) are the case's clocks in ``record_clock``; the
documents and the workers' photos are its attachments (role ``doc_…`` and ``worker_photo_<id>``). The money
itself is in the fees ledger: a fee line keeps the receipt's number and the deposit it took.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Hundredths, WorkflowRecord


class Renovation(WorkflowRecord, Base):
    """A renovation case (装修申报, ZX…), from the application to the archived refund."""

    __tablename__ = "renovation"
    __table_args__ = (
        Index("ix_renovation_room", "room_id", "status"),
        Index("ix_renovation_state", "status", "id"),
        Index("ix_renovation_permit", "permit_no"),
    )

    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    applicant: Mapped[str] = mapped_column(String(30))
    applicant_role: Mapped[str] = mapped_column(String(12), default="owner")
    phone: Mapped[str] = mapped_column(String(20), default="")
    reno_type: Mapped[str] = mapped_column(String(12), default="partial")
    items: Mapped[str] = mapped_column(String(200), default="")
    #: the special flags (codes of app.domain.renovation.Special, comma-separated)
    special: Mapped[str] = mapped_column(String(100), default="")
    planned_start: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date] = mapped_column(Date)
    fire_person: Mapped[str] = mapped_column(String(30), default="")
    company: Mapped[str] = mapped_column(String(60), default="")
    licence_no: Mapped[str] = mapped_column(String(30), default="")
    head_name: Mapped[str] = mapped_column(String(30), default="")
    head_phone: Mapped[str] = mapped_column(String(20), default="")
    head_id: Mapped[str] = mapped_column(String(20), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    #: the reviews (工程部意见, 管理处经理审批): who and when; their opinions are in the events
    eng_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    eng_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    mgr_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    mgr_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    agreement_signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    permit_no: Mapped[str] = mapped_column(String(30), default="")
    permit_issued_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    extensions: Mapped[int] = mapped_column(Integer, default=0)
    #: the room's occupancy before the permit made it 装修中 (given back at the initial acceptance)
    prior_occupancy: Mapped[str] = mapped_column(String(20), default="")
    completion_applied_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    initial_passed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    passes_collected: Mapped[bool] = mapped_column(Boolean, default=False)
    rechecked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    refunded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class RenovationWorker(Base):
    """A worker on a case (装修施工人员登记表) and the pass issued to them (施工人员出入证)."""

    __tablename__ = "renovation_worker"
    __audited__ = True
    __table_args__ = (Index("ix_renovation_worker_case", "renovation_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    renovation_id: Mapped[int] = mapped_column(ForeignKey("renovation.id"))
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(30))
    id_number: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(20), default="")
    pass_no: Mapped[str] = mapped_column(String(40), default="")
    pass_valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: the pass's issue (1, then 2 … when lost and re-issued)
    pass_issue: Mapped[int] = mapped_column(Integer, default=0)
    pass_deposit: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal("0.00"))
    returned: Mapped[bool] = mapped_column(Boolean, default=False)


class RenovationFee(Base):
    """A fee or deposit of a case, paid at the counter: the receipt's number (and the deposit it took)."""

    __tablename__ = "renovation_fee"
    __audited__ = True
    __table_args__ = (Index("ix_renovation_fee_case", "renovation_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    renovation_id: Mapped[int] = mapped_column(ForeignKey("renovation.id"))
    kind: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    receipt_no: Mapped[str] = mapped_column(String(30), default="")
    deposit_id: Mapped[int | None] = mapped_column(ForeignKey("fee_deposit.id"), nullable=True)
    #: what the line was for beyond its kind (an extension, a re-issued pass)
    note: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    by: Mapped[int | None] = mapped_column(Integer, nullable=True)


class RenovationDeduction(Base):
    """A deduction listed and approved (reason, amount, approver) and how it was taken (§4.14 step 10)."""

    __tablename__ = "renovation_deduction"
    __audited__ = True
    __table_args__ = (Index("ix_renovation_deduction_case", "renovation_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    renovation_id: Mapped[int] = mapped_column(ForeignKey("renovation.id"))
    reason: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Hundredths)
    approved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)
