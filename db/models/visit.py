"""来访接待 (DOMAIN.md §4.1): the visitor register and the supervisor's watchlist.

The register grows by a few hundred rows a day, to about a million in ten years, and every list the page
shows is a keyset-paged query on one of these indexes, newest first (``arrival_at DESC, id DESC``):

* ``ix_visit_arrival``     the day's register, any date range;
* ``ix_visit_state``       a status (on site, left …) in time order; the KPIs count each status's range
  (covering category and purpose, for the breakdown of voided visits);
* ``ix_visit_category``    service visits or visitors in time order; the average handling time (covering);
* ``ix_visit_purpose``     the KPIs' visits by purpose;
* ``ix_visit_room``        the visits to a room (by the room code as it was registered, prefix too);
* ``ix_visit_room_id``     the household card's recent visits;
* ``ix_visit_name``/``ix_visit_phone``/``ix_visit_tail``/``ix_visit_doc``  a visitor by name prefix, phone
  prefix, the last four digits of the phone, or document number — also the returning-visitor look-up, the
  "already on site" check and the watchlist match at registration.

``room_code`` keeps the code the visitor gave at the time (the register is a historical record);
``room_id`` links the room for the household card. The host's deadline is the visit's ``host_reply`` clock
in ``record_clock`` (app.services.clocks), never a column.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, Timestamps, Versioned, WorkflowRecord


class Visit(WorkflowRecord, Base):
    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_arrival", "arrival_at", "id"),
        Index("ix_visit_state", "status", "arrival_at", "id", "category", "purpose"),
        Index("ix_visit_category", "category", "arrival_at", "id", "handled_at"),
        Index("ix_visit_purpose", "purpose", "arrival_at"),
        Index("ix_visit_room", "room_code", "arrival_at", "id"),
        Index("ix_visit_room_id", "room_id", "arrival_at"),
        Index("ix_visit_name", "visitor_name", "arrival_at", "id"),
        Index("ix_visit_phone", "phone", "arrival_at", "id"),
        Index("ix_visit_tail", "phone_tail", "arrival_at", "id"),
        Index("ix_visit_doc", "id_number", "arrival_at", "id"),
    )

    #: no single-column index on status: ix_visit_state (status, arrival_at, id) serves every status query
    status: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(10))                    # visitor | service
    arrival_at: Mapped[datetime] = mapped_column(DateTime)               # 来访时间, never edited
    visitor_name: Mapped[str] = mapped_column(String(30))
    id_type: Mapped[str] = mapped_column(String(12), default="")
    id_number: Mapped[str] = mapped_column(String(30), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    phone_tail: Mapped[str] = mapped_column(String(4), default="")
    unit_or_address: Mapped[str] = mapped_column(String(100), default="")
    companions: Mapped[int] = mapped_column(Integer, default=0)
    plate: Mapped[str] = mapped_column(String(12), default="")
    purpose: Mapped[str] = mapped_column(String(20))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    room_code: Mapped[str] = mapped_column(String(30), default="")
    host_name: Mapped[str] = mapped_column(String(30), default="")
    items_carried: Mapped[str] = mapped_column(String(200), default="")
    host_contact_method: Mapped[str] = mapped_column(String(12), default="")
    host_result: Mapped[str] = mapped_column(String(12), default="")
    host_contact_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    pass_no: Mapped[str] = mapped_column(String(20), default="")
    admitted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    departure_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    pass_returned: Mapped[bool] = mapped_column(Boolean, default=False)
    handled_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # service: done/converted
    linked_record: Mapped[str] = mapped_column(String(40), default="")
    outcome: Mapped[str] = mapped_column(String(200), default="")      # refusal reason, result at the desk
    watch_note: Mapped[str] = mapped_column(String(200), default="")   # warnings acknowledged at registration
    remarks: Mapped[str] = mapped_column(Text, default="")


class VisitWatch(Versioned, Timestamps, Base):
    """An entry of the watchlist (关注名单) kept by 客服主管: registering a matching visitor warns the desk.

    A visitor matches by document number, by phone, or by the same name; removing an entry keeps it
    (``active`` false), so the audit trail and old warnings still make sense.
    """

    __tablename__ = "visit_watch"
    __audited__ = True
    __table_args__ = (
        Index("ix_visit_watch_doc", "id_number"),
        Index("ix_visit_watch_phone", "phone"),
        Index("ix_visit_watch_name", "name"),
        Index("ix_visit_watch_list", "active", "name", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(30))
    id_type: Mapped[str] = mapped_column(String(12), default="")
    id_number: Mapped[str] = mapped_column(String(30), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    reason: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    added_by: Mapped[int | None] = mapped_column(Integer, nullable=True)


class VisitSearchKey(Base):
    """A part of a visitor's name (every suffix, the pinyin readings) or of a phone (every suffix of its
    digits) → the name or phone as the register stores it: the register's substring, pinyin and phone-part
    search on an index (app.services.visit_search). Derived data, rebuilt from ``visit`` when its rules
    change."""

    __tablename__ = "visit_search_key"

    field: Mapped[str] = mapped_column(String(5), primary_key=True)     # name | phone
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(50), primary_key=True)
