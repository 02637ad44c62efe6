"""零星入住 (DOMAIN.md §4.13): the move-in record, its joint-inspection checklist, the developer's handover list.

Lists and what they run on:

* ``ix_move_in_room``    is a move-in of this room in progress (creation check, household card);
* ``ix_move_in_state``   the list by state, newest first (the page's chips, the home tile);
* ``ix_move_in_done``    the move-ins completed in a month (KPIs);
* ``ix_move_in_list_room`` the developer's list line of a room (identity check at registration).

The copies of the documents, the inspection photos and the signed agreements are attachments
(app.services.attachments); each defect's work slip is linked to the record (record_link, "slip").
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Hundredths, Timestamps, Versioned, WorkflowRecord


class MoveIn(WorkflowRecord, Base):
    """One handover of a room to its buyer (入住, RZ…)."""

    __tablename__ = "move_in"
    __table_args__ = (
        Index("ix_move_in_room", "room_id", "status"),
        Index("ix_move_in_state", "status", "id"),
        Index("ix_move_in_done", "completed_at"),
    )

    status: Mapped[str] = mapped_column(String(20))
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    owner_name: Mapped[str] = mapped_column(String(30))
    id_type: Mapped[str] = mapped_column(String(12), default="resident")
    id_number: Mapped[str] = mapped_column(String(30), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    agent_name: Mapped[str] = mapped_column(String(30), default="")
    agent_id_number: Mapped[str] = mapped_column(String(30), default="")
    notice_no: Mapped[str] = mapped_column(String(30), default="")
    doc_notice: Mapped[bool] = mapped_column(Boolean, default=False)
    doc_id: Mapped[bool] = mapped_column(Boolean, default=False)
    doc_contract: Mapped[bool] = mapped_column(Boolean, default=False)
    doc_authorisation: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the buyer matched the developer's handover list (False: the room was not on the list)
    developer_match: Mapped[bool] = mapped_column(Boolean, default=False)
    inspected_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    inspectors: Mapped[str] = mapped_column(String(60), default="")
    meter_water: Mapped[Decimal | None] = mapped_column(Hundredths, nullable=True)
    meter_power: Mapped[Decimal | None] = mapped_column(Hundredths, nullable=True)
    meter_gas: Mapped[Decimal | None] = mapped_column(Hundredths, nullable=True)
    defects: Mapped[int] = mapped_column(Integer, default=0)
    owner_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    slip_numbers: Mapped[str] = mapped_column(String(300), default="")
    hold_reason: Mapped[str] = mapped_column(String(200), default="")
    agr_service: Mapped[bool] = mapped_column(Boolean, default=False)
    agr_rules: Mapped[bool] = mapped_column(Boolean, default=False)
    agr_renovation: Mapped[bool] = mapped_column(Boolean, default=False)
    agr_parking: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    handover_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    fee_start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    prepay_months: Mapped[int] = mapped_column(Integer, default=0)
    receipt_no: Mapped[str] = mapped_column(String(30), default="")
    fees_total: Mapped[Decimal | None] = mapped_column(Hundredths, nullable=True)
    paid_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    keys_count: Mapped[int] = mapped_column(Integer, default=0)
    key_slots: Mapped[str] = mapped_column(String(200), default="")
    keys_handed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    cards_count: Mapped[int] = mapped_column(Integer, default=0)
    card_nos: Mapped[str] = mapped_column(String(200), default="")
    docs_handed: Mapped[str] = mapped_column(String(100), default="")
    occupancy: Mapped[str] = mapped_column(String(20), default="")
    received_by: Mapped[str] = mapped_column(String(30), default="")
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    vehicles: Mapped[str] = mapped_column(String(100), default="")
    archived_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    remarks: Mapped[str] = mapped_column(Text, default="")


class MoveInCheck(Base):
    """One line of the joint inspection: the item, OK or a defect, what was found, the defect's work slip (its
    photos are the record's attachments of role ``photo_<item>``)."""

    __tablename__ = "move_in_check"
    __audited__ = True
    __table_args__ = (Index("ix_move_in_check_case", "move_in_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    move_in_id: Mapped[int] = mapped_column(ForeignKey("move_in.id"))
    seq: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(20))
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    slip_no: Mapped[str] = mapped_column(String(30), default="")


class HandoverListLine(Versioned, Timestamps, Base):
    """A line of the developer's handover list (开发商交房清单): who bought the room, as imported."""

    __tablename__ = "move_in_list"
    __audited__ = True
    __table_args__ = (Index("ix_move_in_list_room", "room_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    buyer_name: Mapped[str] = mapped_column(String(50))
    id_number: Mapped[str] = mapped_column(String(30), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    contract_no: Mapped[str] = mapped_column(String(40), default="")
    source: Mapped[str] = mapped_column(String(200), default="")
