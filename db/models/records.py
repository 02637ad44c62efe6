"""What the record kit stores for every workflow: running clocks, attachments and links between records.

* ``record_clock``  one row per clock and escalation point of a record (point 100 = the deadline, 200 = twice
  it). ``due_at`` is set while the point is ahead or already passed and the clock has not stopped (NULL
  while paused short of it, and once stopped), so ``ix_record_clock_due`` (kind, clock, point, due_at)
  answers "overdue", "due within N" and "escalated" with one index range, however many records there are.
  ``deadline_at`` keeps the last deadline for display and ``late`` whether the clock stopped after it.
* ``attachment_blob``  a file's bytes, once per content (SHA-256), with a thumbnail for images.
* ``attachment``  a file attached to a record (and optionally one of its events); ``missing_path`` records a
  photo path of an older version whose file was gone when it was moved into the database.
* ``record_link``  a record made from, or for, another (a reversal, a renewal, a work slip from a finding).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint, func
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class RecordClock(Base):
    __tablename__ = "record_clock"
    __table_args__ = (
        UniqueConstraint("kind", "record_id", "clock", "point"),
        Index("ix_record_clock_due", "kind", "clock", "point", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    clock: Mapped[str] = mapped_column(String(20))
    #: the escalation point in percent of the limit (100: the deadline)
    point: Mapped[int] = mapped_column(Integer, default=100)
    unit: Mapped[str] = mapped_column(String(10), default="calendar")
    started_at: Mapped[datetime] = mapped_column(DateTime)
    running_since: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    paused_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    stopped_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    #: counted seconds of the clock's unit: spent before ``running_since``, and the limit (1×)
    spent_s: Mapped[int] = mapped_column(Integer, default=0)
    budget_s: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    deadline_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    late: Mapped[bool] = mapped_column(Boolean, default=False)


class AttachmentBlob(Base):
    __tablename__ = "attachment_blob"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(Integer)
    mime: Mapped[str] = mapped_column(String(80), default="application/octet-stream")
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    thumb: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now,
                                                 server_default=func.current_timestamp())


class Attachment(Base):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_record", "kind", "record_id", "id"),)
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    #: what the file is for on its record (a field key: "photo", "consent", "fix_photo" …)
    role: Mapped[str] = mapped_column(String(30), default="")
    blob_id: Mapped[int | None] = mapped_column(ForeignKey("attachment_blob.id"), nullable=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    missing_path: Mapped[str] = mapped_column(String(500), default="")
    created_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now,
                                                 server_default=func.current_timestamp())


class RecordLink(Base):
    __tablename__ = "record_link"
    __table_args__ = (Index("ix_record_link_from", "from_kind", "from_id"),
                      Index("ix_record_link_to", "to_kind", "to_id"))
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    from_kind: Mapped[str] = mapped_column(String(20))
    from_id: Mapped[int] = mapped_column(Integer)
    to_kind: Mapped[str] = mapped_column(String(20))
    to_id: Mapped[int] = mapped_column(Integer)
    #: what the new record is to the old one: "reversal", "renewal", "slip" …
    relation: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.now,
                                                 server_default=func.current_timestamp())
