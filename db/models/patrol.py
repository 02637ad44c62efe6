"""公共区域巡查 (DOMAIN.md §4.10): routes and their checkpoints, patrols recorded checkpoint by checkpoint,
and the findings (巡查问题) that must be fixed by a due date.

Indexes, one per list and count the page and the home tile make:

* ``ix_patrol_day``        patrols of a day range, newest first (``patrol_date DESC, id DESC``); the KPIs;
* ``ix_patrol_state``      patrols of a status (in progress) by date;
* ``ix_patrol_check_point`` one result per checkpoint and patrol (unique), read in patrol order;
* ``ix_patrol_issue_found`` findings of a date range, newest first;
* ``ix_patrol_issue_location`` repeat findings by location;
* ``ix_patrol_issue_patrol`` the findings of one patrol.

A finding's deadline is its ``fix`` clock in ``record_clock`` (from the parameter when found, moved by an
approved extension): the overdue and due-soon lists read ``ix_record_clock_due``. Photos are attachments
(a checkpoint's by ``photo_id``; a finding's and its fix's are the finding's own).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Timestamps, Versioned, WorkflowRecord


class PatrolRoute(Versioned, Timestamps, Base):
    __tablename__ = "patrol_route"
    __audited__ = True
    __table_args__ = (Index("ix_patrol_route_list", "active", "sort_order", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    area: Mapped[str] = mapped_column(String(100), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PatrolCheckpoint(Versioned, Timestamps, Base):
    __tablename__ = "patrol_checkpoint"
    __audited__ = True
    __table_args__ = (Index("ix_patrol_checkpoint_route", "route_id", "active", "seq", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("patrol_route.id"))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(40))
    location: Mapped[str] = mapped_column(String(100), default="")
    items: Mapped[str] = mapped_column(String(200), default="")       # what to check there
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Patrol(WorkflowRecord, Base):
    __tablename__ = "patrol"
    __table_args__ = (
        Index("ix_patrol_day", "patrol_date", "id"),
        Index("ix_patrol_state", "status", "patrol_date", "id"),
    )

    status: Mapped[str] = mapped_column(String(20))
    patrol_date: Mapped[date] = mapped_column(Date)
    shift: Mapped[str] = mapped_column(String(12), default="")
    route_id: Mapped[int | None] = mapped_column(ForeignKey("patrol_route.id"), nullable=True)
    route_name: Mapped[str] = mapped_column(String(40), default="")
    inspector_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    inspector_name: Mapped[str] = mapped_column(String(30), default="")
    started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    points_total: Mapped[int] = mapped_column(Integer, default=0)
    points_checked: Mapped[int] = mapped_column(Integer, default=0)
    points_abnormal: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")


class PatrolCheck(Versioned, Timestamps, Base):
    """The result at one checkpoint of one patrol (正常/异常, note, the photo: an attachment of the patrol)."""

    __tablename__ = "patrol_check"
    __audited__ = True
    __table_args__ = (Index("ix_patrol_check_point", "patrol_id", "checkpoint_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patrol_id: Mapped[int] = mapped_column(ForeignKey("patrol.id"))
    checkpoint_id: Mapped[int] = mapped_column(ForeignKey("patrol_checkpoint.id"))
    seq: Mapped[int] = mapped_column(Integer, default=0)
    point_name: Mapped[str] = mapped_column(String(40))
    result: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(String(200), default="")
    photo_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    checked_at: Mapped[datetime] = mapped_column(DateTime)
    issue_id: Mapped[int | None] = mapped_column(Integer, nullable=True)


class PatrolIssue(WorkflowRecord, Base):
    __tablename__ = "patrol_issue"
    __table_args__ = (
        Index("ix_patrol_issue_found", "found_at", "id"),
        Index("ix_patrol_issue_location", "location", "found_at"),
        Index("ix_patrol_issue_patrol", "patrol_id"),
    )

    status: Mapped[str] = mapped_column(String(20))
    patrol_id: Mapped[int | None] = mapped_column(ForeignKey("patrol.id"), nullable=True)
    found_at: Mapped[datetime] = mapped_column(DateTime)
    location: Mapped[str] = mapped_column(String(100))
    category: Mapped[str] = mapped_column(String(12))
    severity: Mapped[str] = mapped_column(String(10), default="minor")
    description: Mapped[str] = mapped_column(String(500))
    handled_on_site: Mapped[bool] = mapped_column(Boolean, default=False)
    dept: Mapped[str] = mapped_column(String(20), default="")
    relay_slip_no: Mapped[str] = mapped_column(String(30), default="")
    extension_reason: Mapped[str] = mapped_column(String(200), default="")
    extension_approved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    fixed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    fix_note: Mapped[str] = mapped_column(String(200), default="")
    verified_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    verified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
