"""The space hierarchy of DOMAIN.md §2.1: estate → building → unit → room."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Hundredths, Timestamps, Versioned


class Estate(Versioned, Timestamps, Base):
    __tablename__ = "estate"
    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    company: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    developer: Mapped[str] = mapped_column(String(100), default="")
    hotline: Mapped[str] = mapped_column(String(30), default="")
    logo_path: Mapped[str] = mapped_column(String(500), default="")


class Building(Versioned, Timestamps, Base):
    __tablename__ = "building"
    __audited__ = True
    __table_args__ = (UniqueConstraint("estate_id", "building_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"), index=True)
    building_no: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(40), default="")
    floors: Mapped[int] = mapped_column(Integer, default=0)
    has_lift: Mapped[bool] = mapped_column(Boolean, default=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)

    units: Mapped[list[Unit]] = relationship(back_populates="building", order_by="Unit.seq")


class Unit(Versioned, Timestamps, Base):
    __tablename__ = "unit"
    __audited__ = True
    __table_args__ = (UniqueConstraint("building_id", "unit_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    building_id: Mapped[int] = mapped_column(ForeignKey("building.id"), index=True)
    unit_no: Mapped[str] = mapped_column(String(8))
    floors: Mapped[int] = mapped_column(Integer, default=0)
    has_lift: Mapped[bool] = mapped_column(Boolean, default=True)
    seq: Mapped[int] = mapped_column(Integer, default=0)

    building: Mapped[Building] = relationship(back_populates="units")
    rooms: Mapped[list[Room]] = relationship(back_populates="unit")


class Room(Versioned, Timestamps, Base):
    """A room. ``code`` (楼栋-单元-房号, e.g. ``3-2-1502``) is unique in the estate and never empty.

    The three status fields are derived from workflows (move-in, lease, renovation, move-out), not edited
    by hand once those workflows exist.
    """

    __tablename__ = "room"
    __audited__ = True
    __table_args__ = (
        UniqueConstraint("estate_id", "code"),
        UniqueConstraint("unit_id", "room_no"),
        Index("ix_room_unit_floor", "unit_id", "floor", "room_no"),
        #: the desk looks rooms up by code alone (one estate per store): equality and prefix ranges
        Index("ix_room_code", "code"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    estate_id: Mapped[int] = mapped_column(ForeignKey("estate.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    room_no: Mapped[str] = mapped_column(String(8))
    floor: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(30))
    area: Mapped[Decimal] = mapped_column(Hundredths)
    inner_area: Mapped[Decimal | None] = mapped_column(Hundredths, nullable=True)
    layout: Mapped[str] = mapped_column(String(30), default="")
    room_type: Mapped[str] = mapped_column(String(20), default="residential")
    fee_coefficient: Mapped[Decimal] = mapped_column(Hundredths, default=Decimal("1.00"))
    handover_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    fee_start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    delivery_state: Mapped[str] = mapped_column(String(20), default="delivered", index=True)
    occupancy_state: Mapped[str] = mapped_column(String(20), default="vacant", index=True)
    vacancy_flag: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[Unit] = relationship(back_populates="rooms")
