"""通知 (DOMAIN.md §4.4): notices, their scope, postings on the boards and individual recipients.

Every list filter and sort has its index: the notice list pages by ``id`` within a status (the status
index carries the row id) or a kind (``ix_notice_kind``); "expired, still posted" is a range on
``(status, valid_until)``; the household card finds recent notices through ``published_at`` and checks
their scope through ``notice_id``; a room's individual notices through ``ix_notice_recipient_room_id``.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Timestamps, Versioned, WorkflowRecord


class Notice(WorkflowRecord, Base):
    """A notice (number ``TZ2026-00012``; the official number is derived from it when printed)."""

    __tablename__ = "notice"
    __table_args__ = (
        Index("ix_notice_status_valid", "status", "valid_until"),
        Index("ix_notice_kind", "kind", "id"),
        Index("ix_notice_published_at", "published_at"),
    )

    title: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(20))
    issuing_dept: Mapped[str] = mapped_column(String(30), default="客服部")
    issuer: Mapped[str] = mapped_column(String(60), default="")
    contact_phone: Mapped[str] = mapped_column(String(30), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    effective_from: Mapped[datetime] = mapped_column(DateTime)
    valid_until: Mapped[datetime] = mapped_column(DateTime)
    needs_preparation: Mapped[bool] = mapped_column(Boolean, default=False)
    individual: Mapped[bool] = mapped_column(Boolean, default=False)
    channels: Mapped[str] = mapped_column(String(60), default="")
    approved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    approval_note: Mapped[str] = mapped_column(String(200), default="")
    published_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    removed_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("notice.id"), nullable=True, index=True)


class NoticeScope(Base):
    """One part of a notice's scope: the whole estate, or one building, unit or room."""

    __tablename__ = "notice_scope"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id"), index=True)
    level: Mapped[str] = mapped_column(String(10))
    building_id: Mapped[int | None] = mapped_column(ForeignKey("building.id"), nullable=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), nullable=True)
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)


class NoticePosting(Timestamps, Base):
    """Where and when a notice was put up (张贴记录), by whom, with an optional photo (an attachment of the
    notice)."""

    __tablename__ = "notice_posting"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id"), index=True)
    location: Mapped[str] = mapped_column(String(60))
    posted_at: Mapped[datetime] = mapped_column(DateTime)
    posted_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    photo_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    note: Mapped[str] = mapped_column(String(200), default="")


class NoticeRecipient(Versioned, Timestamps, Base):
    """A recipient of an individual notice and the delivery (workflow ``notice_delivery``; the photo of the
    delivery is an attachment of this record)."""

    __tablename__ = "notice_recipient"
    __audited__ = True
    __table_args__ = (UniqueConstraint("notice_id", "room_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_id: Mapped[int] = mapped_column(ForeignKey("notice.id"))   # indexed by the unique constraint
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(20), default="pending")
    method: Mapped[str] = mapped_column(String(20), default="")
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    delivered_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    signed_by: Mapped[str] = mapped_column(String(50), default="")
    witness: Mapped[str] = mapped_column(String(50), default="")
    note: Mapped[str] = mapped_column(String(200), default="")
