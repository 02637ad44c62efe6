"""房屋租赁 (DOMAIN.md §4.8): the owners' leases.

* ``lease``  one lease (ZL…) of a room: the owner who lets it, the tenant (a person or a company, linked as a
  ``person``), the co-residents (JSON, each also linked to the room as 同住人), the term, the rent, who pays
  the fees, the deposits held, the access cards and the police-registration reminder. ``ix_lease_room``
  (room_id, status) finds a room's open leases (the overlap check, the household card);
  ``ix_lease_state_end`` (status, end_date, id) the expiring and past-due lists. 即将到期 and 已到期 are derived
  from ``end_date``, never stored. ``prior_occupancy`` keeps the room's occupancy before the lease, to give it
  back when the lease ends.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Hundredths, WorkflowRecord


class Lease(WorkflowRecord, Base):
    __tablename__ = "lease"
    __table_args__ = (
        Index("ix_lease_room", "room_id", "status"),
        Index("ix_lease_state_end", "status", "end_date", "id"),
    )

    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    owner_name: Mapped[str] = mapped_column(String(50))
    tenant_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    tenant_type: Mapped[str] = mapped_column(String(12))
    tenant_name: Mapped[str] = mapped_column(String(50))
    id_type: Mapped[str] = mapped_column(String(12))
    id_number: Mapped[str] = mapped_column(String(30))
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(20))
    #: JSON list of {"name", "id_number", "relation", "person_id"}
    co_residents: Mapped[str] = mapped_column(Text, default="[]")
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    rent: Mapped[Decimal | None] = mapped_column(Hundredths, nullable=True)
    fee_payer: Mapped[str] = mapped_column(String(12))
    deposits: Mapped[str] = mapped_column(String(100), default="")
    access_cards: Mapped[str] = mapped_column(String(200), default="")
    police_reminded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    prior_occupancy: Mapped[str] = mapped_column(String(20), default="")
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    remarks: Mapped[str] = mapped_column(Text, default="")
