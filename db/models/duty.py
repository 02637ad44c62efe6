"""值班日志 / 交接班 and 工作日志 (DOMAIN.md §2.6): duty logs with their members and events, work-log
rows with their links to the records they were turned into, and the supervisor's daily check."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, WorkflowRecord


class DutyLog(WorkflowRecord, Base):
    """One period at the desk, from a takeover (已阅/接班) to the handover to a named colleague.

    ``open_items`` is the JSON snapshot of the open-items list at the handover (what was carried over from
    the live data), next to what the outgoing user wrote in ``carried_over``.
    """

    __tablename__ = "duty_log"
    __table_args__ = (Index("ix_duty_log_opened", "opened_at", "id"),)

    duty_date: Mapped[date] = mapped_column(Date)
    shift: Mapped[str] = mapped_column(String(10))
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    carried_over: Mapped[str] = mapped_column(Text, default="")
    open_items: Mapped[str] = mapped_column(Text, default="")
    desk_keys: Mapped[str] = mapped_column(String(200), default="")
    petty_items: Mapped[str] = mapped_column(String(500), default="")
    mail_count: Mapped[int] = mapped_column(Integer, default=0)
    handed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    handed_to_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    handed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    ack_note: Mapped[str] = mapped_column(String(200), default="")


class DutyMember(Base):
    """Someone on duty in a log: who took over, and each colleague who joined the shift later."""

    __tablename__ = "duty_member"
    __audited__ = True
    __table_args__ = (UniqueConstraint("duty_log_id", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    duty_log_id: Mapped[int] = mapped_column(ForeignKey("duty_log.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    joined_at: Mapped[datetime] = mapped_column(DateTime)


class DutyEvent(Base):
    """An entry of the duty log: written by hand, or logged automatically for a work-log row or a
    conversion made during the shift (``ref_*`` name the linked record)."""

    __tablename__ = "duty_event"
    __audited__ = True
    __table_args__ = (Index("ix_duty_event_log", "duty_log_id", "at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    duty_log_id: Mapped[int] = mapped_column(ForeignKey("duty_log.id"))
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(12))
    summary: Mapped[str] = mapped_column(String(500))
    ref_kind: Mapped[str] = mapped_column(String(20), default="")
    ref_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ref_number: Mapped[str] = mapped_column(String(30), default="")


class WorkLogEntry(WorkflowRecord, Base):
    """One phone or counter request (工作日志): who, about which room, what, and its result."""

    __tablename__ = "work_log"
    __table_args__ = (
        Index("ix_work_log_at", "at", "id"),
        Index("ix_work_log_status_at", "status", "at", "id"),
    )

    at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(12))
    caller: Mapped[str] = mapped_column(String(30))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    room_code: Mapped[str] = mapped_column(String(30), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    category: Mapped[str] = mapped_column(String(12))
    content: Mapped[str] = mapped_column(String(500))
    answer: Mapped[str] = mapped_column(String(500), default="")
    transfer_to: Mapped[str] = mapped_column(String(60), default="")
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    duty_log_id: Mapped[int | None] = mapped_column(ForeignKey("duty_log.id"), nullable=True)


class WorkLogLink(Base):
    """A record a work-log row was turned into (转为… visitor registration, work slip, notice …)."""

    __tablename__ = "work_log_link"
    __audited__ = True
    __table_args__ = (Index("ix_work_log_link_entry", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("work_log.id"))
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    number: Mapped[str] = mapped_column(String(30), default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)


class WorkLogReview(Base):
    """The supervisor's daily check of the work log (every row has a result, or the open ones noted)."""

    __tablename__ = "work_log_review"
    __audited__ = True

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reviewed_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    reviewed_at: Mapped[datetime] = mapped_column(DateTime)
    total_rows: Mapped[int] = mapped_column(Integer, default=0)
    open_rows: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(500), default="")
