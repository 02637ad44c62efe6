"""People and their relation to rooms (DOMAIN.md §2.2)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Timestamps, Versioned


class Person(Versioned, Timestamps, Base):
    __tablename__ = "person"
    __audited__ = True
    __table_args__ = (
        Index("ix_person_id_number", "id_number"),
        Index("ix_person_mobile", "mobile"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(50))
    gender: Mapped[str] = mapped_column(String(1), default="")
    person_type: Mapped[str] = mapped_column(String(12), default="individual")
    id_type: Mapped[str] = mapped_column(String(12), default="resident")
    id_number: Mapped[str] = mapped_column(String(30), default="")
    mobile: Mapped[str] = mapped_column(String(20), default="")
    other_phone: Mapped[str] = mapped_column(String(30), default="")
    work_unit: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    links: Mapped[list[RoomPerson]] = relationship(back_populates="person")


class RoomPerson(Versioned, Timestamps, Base):
    """A person's role in a room over a period; ``end_date`` set means the relation has ended."""

    __tablename__ = "room_person"
    __audited__ = True
    __table_args__ = (Index("ix_room_person_room", "room_id", "role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("room.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    is_primary: Mapped[bool] = mapped_column(Boolean, default=False)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    relation: Mapped[str] = mapped_column(String(20), default="")
    source: Mapped[str] = mapped_column(String(40), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    person: Mapped[Person] = relationship(back_populates="links")
