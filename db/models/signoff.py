"""主管日审: the supervisor's signature under a day's records (DOMAIN.md §4.2 step 9, §4.3)."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class DaySignoff(Base):
    """One signed day: who signed, when, and how many items (unusual ones among them) the list held."""

    __tablename__ = "day_signoff"
    __audited__ = True

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    signed_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    signed_at: Mapped[datetime] = mapped_column(DateTime)
    items: Mapped[int] = mapped_column(Integer, default=0)
    unusual: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(500), default="")
