"""装修现场管理 (DOMAIN.md §4.7): the patrols of renovation cases and the violation notices they issue.

Lists and what they run on:

* ``ix_site_patrol_case``  a case's patrols by day (its last patrol: the day's patrol list, the case's detail);
* ``ix_site_patrol_day``   one day's patrols (装修巡查记录表);
* ``ix_site_notice_case``  a case's notices (open ones before resuming work);
* ``ix_site_notice_state`` the notices' chips and the home tiles.

The notice's deadline is its ``rectify`` clock in ``record_clock``; photos are the patrol's attachments.
"""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Hundredths, WorkflowRecord


class SitePatrol(WorkflowRecord, Base):
    """One visit of a renovation site (装修巡查, XC…) with its checklist."""

    __tablename__ = "site_patrol"
    __table_args__ = (
        Index("ix_site_patrol_case", "renovation_id", "patrolled_on"),
        Index("ix_site_patrol_day", "patrolled_on", "id"),
    )

    renovation_id: Mapped[int] = mapped_column(ForeignKey("renovation.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    inspector_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    patrolled_at: Mapped[datetime] = mapped_column(DateTime)
    patrolled_on: Mapped[date] = mapped_column(Date)
    presence: Mapped[str] = mapped_column(String(12), default="present")
    workers: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stage: Mapped[str] = mapped_column(String(30), default="")
    #: the checklist lines found wrong (codes of app.domain.site.CheckItem, comma-separated) and what was found
    #: on each (JSON: code → finding)
    violations: Mapped[str] = mapped_column(String(120), default="")
    findings: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class SiteNotice(WorkflowRecord, Base):
    """A violation notice (违章整改通知书, WG…) issued from a patrol."""

    __tablename__ = "site_notice"
    __table_args__ = (
        Index("ix_site_notice_case", "renovation_id", "status"),
        Index("ix_site_notice_state", "status", "id"),
    )

    patrol_id: Mapped[int] = mapped_column(ForeignKey("site_patrol.id"))
    renovation_id: Mapped[int] = mapped_column(ForeignKey("renovation.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    items: Mapped[str] = mapped_column(Text, default="")
    clause: Mapped[str] = mapped_column(String(100), default="")
    requirement: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stop_work: Mapped[bool] = mapped_column(Boolean, default=False)
    deduction: Mapped[Decimal | None] = mapped_column(Hundredths, nullable=True)
    receiver: Mapped[str] = mapped_column(String(30), default="")
    refused: Mapped[bool] = mapped_column(Boolean, default=False)
    complaint_no: Mapped[str] = mapped_column(String(30), default="")
    #: whether this notice stopped the case's work (the case resumes when it is rectified)
    stopped_case: Mapped[bool] = mapped_column(Boolean, default=False)
    recheck_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    recheck_result: Mapped[str] = mapped_column(Text, default="")
    authority: Mapped[str] = mapped_column(String(60), default="")
    #: the deduction listed on the case at acceptance for this notice (renovation.add_deduction)
    deduction_id: Mapped[int | None] = mapped_column(ForeignKey("renovation_deduction.id"), nullable=True)
