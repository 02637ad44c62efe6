"""撤租 (DOMAIN.md §4.11): the move-out of a room's lease and its lines (damages found at the inspection,
missing cards and keys), each charged as a one-off bill of the fees ledger.

* ``ix_moveout_room``  a room's move-outs (one open at a time, ``release_allowed``, the household card);
* ``ix_moveout_state`` the page's chips and the home tile (state, newest first);
* ``ix_moveout_line_case`` a move-out's lines.

The deadlines (the move-out date, the refund) are its clocks; the money is in the fees ledger: a line keeps
the bill it charged, the refund its deposits' entries.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Hundredths, WorkflowRecord


class MoveOut(WorkflowRecord, Base):
    """A tenant's move-out (撤租, CZ…), from the application to the archive."""

    __tablename__ = "moveout"
    __table_args__ = (
        Index("ix_moveout_room", "room_id", "status"),
        Index("ix_moveout_state", "status", "id"),
    )

    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    lease_id: Mapped[int] = mapped_column(ForeignKey("lease.id"))
    tenant_name: Mapped[str] = mapped_column(String(50))
    owner_name: Mapped[str] = mapped_column(String(50), default="")
    applicant: Mapped[str] = mapped_column(String(50))
    applicant_role: Mapped[str] = mapped_column(String(12))
    phone: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(String(200))
    applied_on: Mapped[date] = mapped_column(Date)
    planned_date: Mapped[date] = mapped_column(Date)
    actual_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    consent_kind: Mapped[str] = mapped_column(String(16), default="")
    consent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    consent_by: Mapped[str] = mapped_column(String(50), default="")
    inspector: Mapped[str] = mapped_column(String(50), default="")
    inspected_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    cards_issued: Mapped[int] = mapped_column(Integer, default=0)
    cards_returned: Mapped[int | None] = mapped_column(Integer, nullable=True)
    keys_returned: Mapped[int | None] = mapped_column(Integer, nullable=True)
    passes_returned: Mapped[int | None] = mapped_column(Integer, nullable=True)
    missing_note: Mapped[str] = mapped_column(String(200), default="")
    settled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    release_slip_no: Mapped[str] = mapped_column(String(30), default="")
    deposit_held: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    deducted: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    refunded: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    refunded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: the refund application (TK…) of the fees ledger: its 押金退还审批表 is the move-out's
    refund_no: Mapped[str] = mapped_column(String(30), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")


class MoveOutLine(Base):
    """A damage found at the inspection or a card or key not handed back, with what it is charged."""

    __tablename__ = "moveout_line"
    __table_args__ = (Index("ix_moveout_line_case", "moveout_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    moveout_id: Mapped[int] = mapped_column(ForeignKey("moveout.id"))
    kind: Mapped[str] = mapped_column(String(12))          # "damage" / "missing"
    location: Mapped[str] = mapped_column(String(30), default="")
    item: Mapped[str] = mapped_column(String(200))
    amount: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal(0))
    bill_id: Mapped[int | None] = mapped_column(ForeignKey("fee_bill.id"), nullable=True)
