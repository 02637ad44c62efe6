"""钥匙管理 (DOMAIN.md §4.6): the key cabinet, the loans, and the stock-takes.

* ``key_item``  one slot of the key cabinet (key_no), with its category, room or location, count and source;
  ``ix_key_item_slot`` finds a slot (a slot is reused once its key left), ``ix_key_item_room`` the keys of a
  room (household card, history per room), ``ix_key_item_state`` the cabinet by status.
* ``key_loan``  one loan (YS…): ``ix_key_loan_state`` (status, lent_at) the list by state, newest first;
  ``ix_key_loan_key`` the history of a key (and its loan out); ``ix_key_loan_room`` the history of a room;
  ``ix_key_loan_lent`` the day's 钥匙借用登记表. Its due time is the loan's ``due`` clock in ``record_clock``
  (app.services.clocks), where the overdue and due lists find it by index.
* ``key_stocktake`` / ``key_stocktake_line``  a count of the cabinet (盘点) and what was found per key.

Times are naive local. Overdue is derived from the clock, never stored.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Timestamps, Versioned, WorkflowRecord


class KeyItem(Versioned, Timestamps, Base):
    """A key (or a set of keys) in one slot of the cabinet; its states are the KEY workflow's."""

    __tablename__ = "key_item"
    __audited__ = True
    __table_args__ = (
        Index("ix_key_item_slot", "key_no", "status"),
        Index("ix_key_item_room", "room_id", "id"),
        Index("ix_key_item_state", "status", "key_no"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key_no: Mapped[str] = mapped_column(String(20))                   # cabinet slot, e.g. A-015
    status: Mapped[str] = mapped_column(String(20))
    category: Mapped[str] = mapped_column(String(12))                 # owner | developer | repair | public
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    room_code: Mapped[str] = mapped_column(String(30), default="")
    location: Mapped[str] = mapped_column(String(60), default="")     # common area / plant room
    description: Mapped[str] = mapped_column(String(100), default="")
    count: Mapped[int] = mapped_column(Integer, default=1)
    missing_count: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str] = mapped_column(String(12))                   # owner | developer | company
    entrust_no: Mapped[str] = mapped_column(String(30), default="")  # 委托书 WT…
    entrusted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    entrusted_by: Mapped[str] = mapped_column(String(30), default="")  # the owner (or developer's agent)
    entrusted_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    entrust_reason: Mapped[str] = mapped_column(String(200), default="")
    pickup_rule: Mapped[str] = mapped_column(String(200), default="")
    received_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    label_printed: Mapped[bool] = mapped_column(Boolean, default=False)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    #: the loan out now, if any (read only: loans are written through their own workflow)
    current_loan: Mapped[KeyLoan | None] = relationship(
        primaryjoin="and_(KeyLoan.key_id == KeyItem.id, KeyLoan.status == 'out')", viewonly=True, uselist=False)
    #: the loan waiting for the supervisor's approval, if any (the key is reserved for it)
    pending_loan: Mapped[KeyLoan | None] = relationship(
        primaryjoin="and_(KeyLoan.key_id == KeyItem.id, KeyLoan.status == 'pending')", viewonly=True,
        uselist=False)


class KeyLoan(WorkflowRecord, Base):
    """A loan of a key: who, why, approved by whom, lent and due, and the return with its count."""

    __tablename__ = "key_loan"
    __table_args__ = (
        Index("ix_key_loan_state", "status", "lent_at", "id"),
        Index("ix_key_loan_key", "key_id", "lent_at"),
        Index("ix_key_loan_room", "room_id", "lent_at"),
        Index("ix_key_loan_lent", "lent_at", "id"),
    )

    #: ix_key_loan_state (status, lent_at, id) serves every status query
    status: Mapped[str] = mapped_column(String(20))
    key_id: Mapped[int] = mapped_column(ForeignKey("key_item.id"))
    key_no: Mapped[str] = mapped_column(String(20))
    room_id: Mapped[int | None] = mapped_column(ForeignKey("room.id"), nullable=True)
    room_code: Mapped[str] = mapped_column(String(60), default="")     # room code or location
    borrower_name: Mapped[str] = mapped_column(String(30))
    borrower_type: Mapped[str] = mapped_column(String(12))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), nullable=True)
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    id_type: Mapped[str] = mapped_column(String(12), default="")
    id_number: Mapped[str] = mapped_column(String(30), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    purpose: Mapped[str] = mapped_column(String(12))
    purpose_text: Mapped[str] = mapped_column(String(200), default="")
    authorisation: Mapped[str] = mapped_column(String(12), default="")
    authoriser: Mapped[str] = mapped_column(String(30), default="")
    emergency: Mapped[bool] = mapped_column(Boolean, default=False)
    approved_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    approved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    owner_notified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    owner_notified: Mapped[str] = mapped_column(String(100), default="")
    lent_at: Mapped[datetime] = mapped_column(DateTime)
    count_out: Mapped[int] = mapped_column(Integer)
    count_in: Mapped[int | None] = mapped_column(Integer, nullable=True)
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    returned_by: Mapped[str] = mapped_column(String(30), default="")
    received_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    extensions: Mapped[int] = mapped_column(Integer, default=0)
    extension_reason: Mapped[str] = mapped_column(String(200), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")


class KeyStocktake(Versioned, Timestamps, Base):
    """A count of the cabinet (盘点): when, by whom, and how many keys disagreed."""

    __tablename__ = "key_stocktake"
    __audited__ = True
    __table_args__ = (Index("ix_key_stocktake_at", "taken_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    keys_counted: Mapped[int] = mapped_column(Integer, default=0)
    discrepancies: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(200), default="")


class KeyStocktakeLine(Base):
    __tablename__ = "key_stocktake_line"
    __audited__ = True          # each counted slot / checked item is in the audit trail
    __table_args__ = (Index("ix_key_stocktake_line_take", "stocktake_id", "key_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("key_stocktake.id"))
    key_id: Mapped[int] = mapped_column(ForeignKey("key_item.id"))
    key_no: Mapped[str] = mapped_column(String(20))
    expected_state: Mapped[str] = mapped_column(String(20))
    expected_count: Mapped[int] = mapped_column(Integer)
    found_count: Mapped[int] = mapped_column(Integer)
    result: Mapped[str] = mapped_column(String(12))     # ok | short | extra | unexpected
    note: Mapped[str] = mapped_column(String(200), default="")
