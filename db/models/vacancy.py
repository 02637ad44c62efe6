"""空置房管理 (DOMAIN.md §4.5): the vacant-unit register, its inspections with their checklist, storm batches.

Lists and what they run on:

* ``ix_vacant_unit_due``        the due list: active units by last inspection (NULL first: never inspected);
* ``ix_vacant_unit_code``       the register by room code (prefix: a building or unit), and one room's entry;
* ``ix_vacant_unit_room``       is this room on the register (registration check, household card, removal);
* ``ix_vacant_unit_since``      the monthly statistics (registered by the end of a month);
* ``ix_vacant_inspection_date`` the inspections of a month, newest first;
* ``ix_vacant_inspection_unit`` a unit's inspections (detail, household card);
* ``ix_vacant_inspection_state`` open inspections (issues to handle, rechecks due).

``room_code`` keeps the code the room had when registered (the register is a historical record);
``last_inspected_on`` is kept by the service when an inspection is recorded, so "due" is one index range.
An inspection's rectification deadline (整改期限) is its ``rectify`` clock in ``record_clock``, its photos are
attachments (app.services.attachments).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Timestamps, Versioned, WorkflowRecord


class VacantUnit(WorkflowRecord, Base):
    """A room on the vacant-unit register (KD…): ``active`` until it leaves the register."""

    __tablename__ = "vacant_unit"
    __table_args__ = (
        Index("ix_vacant_unit_due", "status", "last_inspected_on", "id"),
        Index("ix_vacant_unit_code", "room_code", "id"),
        Index("ix_vacant_unit_room", "room_id", "status"),
        Index("ix_vacant_unit_since", "since", "removed_on"),
        Index("ix_vacant_unit_key", "key_id"),
    )

    status: Mapped[str] = mapped_column(String(20))
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    vacancy_type: Mapped[str] = mapped_column(String(2))                 # 1 / 2 / 3 (§4.5)
    since: Mapped[date] = mapped_column(Date)
    holder: Mapped[str] = mapped_column(String(12), default="")           # developer | owner
    key_ref: Mapped[str] = mapped_column(String(40), default="")      # as typed (older entries: free text)
    #: the cabinet's key of the unit (钥匙管理), when it is there
    key_id: Mapped[int | None] = mapped_column(ForeignKey("key_item.id"), nullable=True)
    meter_water: Mapped[str] = mapped_column(String(20), default="")
    meter_power: Mapped[str] = mapped_column(String(20), default="")
    meter_gas: Mapped[str] = mapped_column(String(20), default="")
    fee_arrangement: Mapped[str] = mapped_column(String(100), default="")
    last_inspected_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    removed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    removal_reason: Mapped[str] = mapped_column(String(12), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")


class VacantInspection(WorkflowRecord, Base):
    """One inspection of one vacant unit (空置房巡检表, KZ…)."""

    __tablename__ = "vacant_inspection"
    __table_args__ = (
        Index("ix_vacant_inspection_date", "inspected_on", "id"),
        Index("ix_vacant_inspection_unit", "unit_id", "inspected_on"),
        Index("ix_vacant_inspection_state", "status", "inspected_on", "id"),
        Index("ix_vacant_inspection_storm", "storm_id", "unit_id"),
    )

    status: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[int] = mapped_column(ForeignKey("vacant_unit.id"))
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    room_code: Mapped[str] = mapped_column(String(30))
    inspected_on: Mapped[date] = mapped_column(Date)
    inspector_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    storm_id: Mapped[int | None] = mapped_column(ForeignKey("vacant_storm.id"), nullable=True)
    aired: Mapped[bool] = mapped_column(Boolean, default=False)
    cleaned: Mapped[bool] = mapped_column(Boolean, default=False)
    locked_up: Mapped[bool] = mapped_column(Boolean, default=True)
    anomalies: Mapped[int] = mapped_column(Integer, default=0)
    action_taken: Mapped[str] = mapped_column(String(300), default="")    # 处理措施
    opinion: Mapped[str] = mapped_column(String(500), default="")         # 负责人意见 / 处理意见
    rectify_requirement: Mapped[str] = mapped_column(String(300), default="")   # 整改要求
    recheck_on: Mapped[date | None] = mapped_column(Date, nullable=True)        # 复检时间
    reviewed_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    slip_numbers: Mapped[str] = mapped_column(String(200), default="")    # follow-up work slips (LX…)
    rectified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    remarks: Mapped[str] = mapped_column(Text, default="")


class VacantCheck(Base):
    """One checklist line of an inspection: the item, OK or 异常, what was found (its photos are the
    inspection's attachments of role ``photo_<item>``)."""

    __tablename__ = "vacant_check"
    __audited__ = True          # each counted slot / checked item is in the audit trail
    __table_args__ = (Index("ix_vacant_check_inspection", "inspection_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("vacant_inspection.id"))
    seq: Mapped[int] = mapped_column(Integer)
    item: Mapped[str] = mapped_column(String(20))
    ok: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    route: Mapped[str] = mapped_column(String(12), default="")            # where an anomaly goes


class VacantStorm(Versioned, Timestamps, Base):
    """A storm re-inspection batch (台风/暴雨后复查): every active unit is due within the parameter's hours."""

    __tablename__ = "vacant_storm"
    __audited__ = True
    __table_args__ = (Index("ix_vacant_storm_declared", "declared_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    declared_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(String(200), default="")
    declared_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)
