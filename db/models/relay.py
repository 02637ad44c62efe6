"""信息传递 (DOMAIN.md §4.9): work slips to departments and items kept at the desk for residents.

Deadlines (signing, reply, reminder, return) are the records' clocks in ``record_clock``
(app.services.clocks); being overdue is derived from them, never stored.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, WorkflowRecord


class WorkSlip(WorkflowRecord, Base):
    """工作联系单: a request the desk sends to a department, signed for, replied to and verified."""

    __tablename__ = "work_slip"
    __table_args__ = (
        Index("ix_work_slip_sent", "sent_at", "id"),
        Index("ix_work_slip_status_sent", "status", "sent_at", "id"),
        Index("ix_work_slip_dept_sent", "to_dept", "sent_at", "id"),
        Index("ix_work_slip_room", "room_id", "status"),
        Index("ix_work_slip_required_by", "required_by"),
        Index("ix_work_slip_source", "source"),
    )

    kind: Mapped[str] = mapped_column(String(20), default="slip")
    priority: Mapped[str] = mapped_column(String(10), default="normal")
    from_dept: Mapped[str] = mapped_column(String(20), default="service")
    from_person: Mapped[str] = mapped_column(String(30), default="")
    to_dept: Mapped[str] = mapped_column(String(20))
    to_person: Mapped[str] = mapped_column(String(30), default="")
    subject: Mapped[str] = mapped_column(String(60))
    content: Mapped[str] = mapped_column(Text, default="")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    customer_name: Mapped[str] = mapped_column(String(50), default="")
    customer_phone: Mapped[str] = mapped_column(String(20), default="")
    #: the record it came from (a work-log row, a complaint, a patrol finding), as its number
    source: Mapped[str] = mapped_column(String(40), default="")
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    required_by: Mapped[datetime] = mapped_column(DateTime)
    signed_by: Mapped[str] = mapped_column(String(30), default="")
    signed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_by: Mapped[str] = mapped_column(String(30), default="")
    replied_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    accepted: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    verified_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    verified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    verify_result: Mapped[str] = mapped_column(Text, default="")
    customer_informed: Mapped[bool] = mapped_column(Boolean, default=False)


class Parcel(WorkflowRecord, Base):
    """代收代转: a letter, parcel, document or other item kept at the desk until its addressee collects it."""

    __tablename__ = "parcel"
    __table_args__ = (
        Index("ix_parcel_received", "received_at", "id"),
        Index("ix_parcel_status_received", "status", "received_at", "id"),
        Index("ix_parcel_room", "room_id", "status"),
        Index("ix_parcel_tracking", "tracking_no"),
        Index("ix_parcel_addressee", "addressee"),
        Index("ix_parcel_phone_tail", "phone_tail"),
    )

    direction: Mapped[str] = mapped_column(String(10), default="incoming")
    item_type: Mapped[str] = mapped_column(String(12), default="parcel")
    description: Mapped[str] = mapped_column(String(100), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    courier: Mapped[str] = mapped_column(String(30), default="")
    tracking_no: Mapped[str] = mapped_column(String(40), default="")
    sender: Mapped[str] = mapped_column(String(50), default="")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    addressee: Mapped[str] = mapped_column(String(50))
    addressee_phone: Mapped[str] = mapped_column(String(20), default="")
    phone_tail: Mapped[str] = mapped_column(String(4), default="")
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    valuable: Mapped[bool] = mapped_column(Boolean, default=False)
    condition: Mapped[str] = mapped_column(String(10), default="intact")
    condition_note: Mapped[str] = mapped_column(String(200), default="")
    storage: Mapped[str] = mapped_column(String(30), default="")
    received_at: Mapped[datetime] = mapped_column(DateTime)
    notified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    notify_method: Mapped[str] = mapped_column(String(12), default="")
    reminders: Mapped[int] = mapped_column(Integer, default=0)
    needs_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    approved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    collector_name: Mapped[str] = mapped_column(String(50), default="")
    collector_id_type: Mapped[str] = mapped_column(String(12), default="")
    collector_id_number: Mapped[str] = mapped_column(String(30), default="")
    collector_relation: Mapped[str] = mapped_column(String(12), default="")
    signature_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    collected_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
