"""投诉 (complaints) and 回访 (follow-ups), DOMAIN.md §4.2 and §4.3.

Indexes: the lists read ``ix_complaint_received`` (received_at, id) and ``ix_complaint_state`` (status,
received_at, id); a room's complaints ``ix_complaint_room``; a caller's open complaints ``ix_complaint_phone``;
follow-ups by due date through their clock, by source ``ix_followup_source``. Deadlines are clocks
(``record_clock``), never columns.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, WorkflowRecord


class Complaint(WorkflowRecord, Base):
    __tablename__ = "complaint"
    __table_args__ = (
        Index("ix_complaint_received", "received_at", "id"),
        Index("ix_complaint_state", "status", "received_at", "id"),
        Index("ix_complaint_room", "room_id", "received_at"),
        Index("ix_complaint_phone", "phone", "status"),
        Index("ix_complaint_dept", "dept", "received_at"),
    )

    received_at: Mapped[datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(10), default="phone")
    complainant: Mapped[str] = mapped_column(String(30))
    phone: Mapped[str] = mapped_column(String(30))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    room_code: Mapped[str] = mapped_column(String(30), default="")
    role: Mapped[str] = mapped_column(String(10), default="owner")
    ctype: Mapped[str] = mapped_column(String(12), default="complaint")
    category: Mapped[str] = mapped_column(String(12))
    urgency: Mapped[str] = mapped_column(String(10), default="general")
    major: Mapped[bool] = mapped_column(Boolean, default=False)
    content: Mapped[str] = mapped_column(Text)
    demand: Mapped[str] = mapped_column(Text, default="")
    apologised: Mapped[bool] = mapped_column(Boolean, default=False)
    validity: Mapped[str] = mapped_column(String(10), default="pending")
    initial_reply: Mapped[str] = mapped_column(Text, default="")
    reply_by: Mapped[str] = mapped_column(String(30), default="")
    promised_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    replied_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    dept: Mapped[str] = mapped_column(String(20), default="")
    assignee: Mapped[str] = mapped_column(String(30), default="")
    slip_number: Mapped[str] = mapped_column(String(30), default="")
    escalated_to: Mapped[str] = mapped_column(String(12), default="")
    escalations: Mapped[int] = mapped_column(Integer, default=0)
    reports: Mapped[int] = mapped_column(Integer, default=0)
    result: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reopens: Mapped[int] = mapped_column(Integer, default=0)
    repeat: Mapped[bool] = mapped_column(Boolean, default=False)
    #: the state of its current follow-up ("" none yet, planned, done, unreachable)
    followup_state: Mapped[str] = mapped_column(String(12), default="")
    satisfaction: Mapped[str] = mapped_column(String(12), default="")
    #: the record it came from (a work-log row, a visit, a slip), as its number
    source: Mapped[str] = mapped_column(String(40), default="")


class FollowUp(WorkflowRecord, Base):
    __tablename__ = "followup"
    __table_args__ = (
        Index("ix_followup_planned", "due_on", "id"),
        Index("ix_followup_state", "status", "due_on", "id"),
        Index("ix_followup_source", "source_kind", "source_id"),
        Index("ix_followup_type", "ftype", "due_on"),
        Index("ix_followup_room", "room_id", "due_on"),
    )

    ftype: Mapped[str] = mapped_column(String(12))
    source_kind: Mapped[str] = mapped_column(String(20), default="")
    source_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source_number: Mapped[str] = mapped_column(String(30), default="")
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    room_code: Mapped[str] = mapped_column(String(30), default="")
    interviewee: Mapped[str] = mapped_column(String(30))
    phone: Mapped[str] = mapped_column(String(30), default="")
    topic: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date] = mapped_column(Date)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(10), default="")
    visited_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    visitor_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    feedback: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[str] = mapped_column(String(12), default="")
    problems: Mapped[str] = mapped_column(Text, default="")
    action_taken: Mapped[str] = mapped_column(Text, default="")
    opinion: Mapped[str] = mapped_column(Text, default="")
    reviewed_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
