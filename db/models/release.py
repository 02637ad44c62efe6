"""装修期间物品放行 (DOMAIN.md §4.12): the release slip (物品放行条, FX…) and its item lines.

Lists and what they run on:

* ``ix_release_state``  the page's chips and the home tiles (state, then newest first);
* ``ix_release_room``   a room's slips (the household card);
* ``ix_release_exit``   the weekly reconciliation: the slips released in a week (``exit_at``) and whether their
  保安联 came back (``returned_at``);
* ``ix_release_item_slip`` a slip's lines.

已过期 is derived from ``valid_until`` (never stored); the owner's written consent is an attachment (role
``consent``).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, WorkflowRecord


class ReleaseSlip(WorkflowRecord, Base):
    """A goods-release slip, from the desk's issue through the supervisor's review to the gate."""

    __tablename__ = "release_slip"
    __table_args__ = (
        Index("ix_release_state", "status", "id"),
        Index("ix_release_room", "room_id", "id"),
        Index("ix_release_exit", "status", "exit_at"),
    )

    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    purpose: Mapped[str] = mapped_column(String(12))
    applicant: Mapped[str] = mapped_column(String(30))
    applicant_type: Mapped[str] = mapped_column(String(12))
    id_number: Mapped[str] = mapped_column(String(20))
    phone: Mapped[str] = mapped_column(String(20))
    #: how the owner authorised the applicant (app.domain.release.Authorisation), and the phone confirmation
    authorisation: Mapped[str] = mapped_column(String(12))
    confirm_owner: Mapped[str] = mapped_column(String(30), default="")
    confirm_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    vehicle: Mapped[str] = mapped_column(String(12), default="")
    exit_date: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    #: the renovation permit the goods leave under (XK…), for renovation goods
    permit_no: Mapped[str] = mapped_column(String(30), default="")
    remarks: Mapped[str] = mapped_column(String(200), default="")
    reviewed_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: the gate: who checked, when, the carrier's ID, what did not match (a refusal)
    checked_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    exit_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    carrier_id: Mapped[str] = mapped_column(String(20), default="")
    mismatch: Mapped[str] = mapped_column(String(200), default="")
    #: the 保安联 back at the desk (the weekly reconciliation), and the week it was reconciled in
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    reconciled_week: Mapped[date | None] = mapped_column(Date, nullable=True)


class ReleaseItem(Base):
    """One line of a slip: the goods and their quantity."""

    __tablename__ = "release_item"
    __audited__ = True
    __table_args__ = (Index("ix_release_item_slip", "slip_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    slip_id: Mapped[int] = mapped_column(ForeignKey("release_slip.id"))
    seq: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(40))
    quantity: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(6), default="")
    remark: Mapped[str] = mapped_column(String(60), default="")
