"""Staff, permissions, audit trail, parameters, numbering counters, calendar and search keys."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Timestamps, Versioned


class Staff(Versioned, Timestamps, Base):
    __tablename__ = "staff"
    __audited__ = True
    #: never copied into the audit trail
    __audit_exclude__ = ("password_hash", "failed_logins", "locked_until", "last_login_at")

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(30))
    role: Mapped[str] = mapped_column(String(20))
    department: Mapped[str] = mapped_column(String(30), default="客服部")
    phone: Mapped[str] = mapped_column(String(20), default="")
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class RolePermission(Base):
    """The permission matrix: a row grants one permission to one role."""

    __tablename__ = "role_permission"
    __audited__ = True

    role: Mapped[str] = mapped_column(String(20), primary_key=True)
    permission: Mapped[str] = mapped_column(String(40), primary_key=True)


class AuthStamp(Base):
    """One row whose ``stamp`` goes up with every change of an account's state or of the permission matrix:
    sessions compare it (cheaply, cached) to learn that what they were granted at sign-in has changed."""

    __tablename__ = "auth_stamp"

    id: Mapped[int] = mapped_column(primary_key=True)
    stamp: Mapped[int] = mapped_column(Integer, default=0)


class PermissionSeed(Base):
    """A permission whose role presets have been granted once; later edits of the matrix are kept."""

    __tablename__ = "permission_seed"

    permission: Mapped[str] = mapped_column(String(40), primary_key=True)


class AuditLog(Base):
    """Append-only audit trail, each row chained to the previous one by SHA-256 (``hash``)."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_at", "at"),
        Index("ix_audit_log_entity", "entity", "entity_id"),
        Index("ix_audit_log_staff", "staff_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str] = mapped_column(String(30), default="")
    action: Mapped[str] = mapped_column(String(30))
    entity: Mapped[str] = mapped_column(String(40), default="")
    entity_id: Mapped[str] = mapped_column(String(40), default="")
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), default="")
    hash: Mapped[str] = mapped_column(String(64))


class Parameter(Base):
    """An override of a declared parameter (app.domain.parameters); absent means the default."""

    __tablename__ = "parameter"
    __audited__ = True

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class DocSequence(Base):
    """The last document number issued per (type, period); incremented under the write lock."""

    __tablename__ = "doc_sequence"

    doc_type: Mapped[str] = mapped_column(String(8), primary_key=True)
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class CalendarDay(Base):
    """A public holiday (``off``) or a worked weekend day (``work``, 调休) of the working-day calendar."""

    __tablename__ = "calendar_day"
    __audited__ = True

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(4))    # off, work, or normal (an official day set back)
    name: Mapped[str] = mapped_column(String(30), default="")
    #: official (seeded from the chinesecalendar package) or manual (the supervisor's, kept by updates)
    source: Mapped[str] = mapped_column(String(8), default="manual", server_default="manual")


class SearchKey(Base):
    """One searchable key of a record: room code, name and its suffixes, pinyin, phone, last four digits.

    Global search is a prefix range scan on ``key`` (indexed), which also finds Chinese substrings because
    every suffix of a name is a key.
    """

    __tablename__ = "search_key"
    __table_args__ = (
        Index("ix_search_key_key", "key"),
        Index("ix_search_key_ref", "kind", "ref_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    ref_id: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(60))


class UiDraft(Timestamps, Base):
    """Unsaved form input kept across an idle lock, restored to the same user after sign-in."""

    __tablename__ = "ui_draft"
    __table_args__ = (UniqueConstraint("staff_id", "form_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    form_key: Mapped[str] = mapped_column(String(80))
    payload: Mapped[str] = mapped_column(Text)


class WorkflowEvent(Base):
    """The append-only event log of every workflow record (who, when, from → to, note)."""

    __tablename__ = "workflow_event"
    __table_args__ = (Index("ix_workflow_event_record", "kind", "record_id", "id"),
                      Index("ix_workflow_event_at", "at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(30))
    from_state: Mapped[str] = mapped_column(String(20), default="")
    to_state: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[str] = mapped_column(Text, default="")
    #: when an action entered from paper was recorded (``at`` is when it happened); NULL: at ``at``
    recorded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
