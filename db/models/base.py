"""Declarative base, naming convention and the exact-decimal column type.

Times are stored as naive *local* datetimes of the estate (the desk, its printouts and its staff all live
in one time zone; PostgreSQL columns are ``timestamp without time zone`` too). Money and areas are stored
as integer hundredths (fen, 0.01 m²) and read back as ``Decimal`` with two places.
"""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, String, TypeDecorator, func
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    #: entities whose changes the audit trail records automatically (see app.services.audit)
    __audited__ = False


class Hundredths(TypeDecorator):
    """A Decimal with two places stored exactly as an integer count of hundredths."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | str | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return int((Decimal(value) * 100).to_integral_exact())

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value).scaleb(-2)  # exact, two places (12.00), twice as fast as divide-and-quantize


class Versioned:
    """Optimistic locking: a save based on an old version raises StaleDataError (two desks, one record)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        return {"version_id_col": cls.version}


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=datetime.now,
                                                 server_default=func.current_timestamp())
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=datetime.now,
                                                 onupdate=datetime.now,
                                                 server_default=func.current_timestamp())


class WorkflowRecord(Versioned, Timestamps):
    """The skeleton every workflow record shares (DESIGN.md §3): number, status, who owns and handles it.

    Overdue and expiring are derived from the event log and parameters, never stored.
    """

    __audited__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    status: Mapped[str] = mapped_column(String(20), index=True)
    created_by: Mapped[int | None] = mapped_column(Integer, nullable=True)
    owner_staff_id: Mapped[int | None] = mapped_column(Integer, nullable=True)   # 首问负责
    handler_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    void_reason: Mapped[str] = mapped_column(String(200), default="")
