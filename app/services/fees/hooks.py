"""The desk's hooks of 收费: home tiles (today's takings, arrears), the shift handover's takings not yet closed,
and the household card's arrears section."""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Integer, func, select
from sqlalchemy.orm import Session

from app.domain import money
from app.domain.fees.codes import FEES_COLLECT, FEES_VIEW, OWING
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import card_sections, dashboard, open_items
from app.services.base import Actor
from app.services.fees import closing
from app.services.fees.arrears import arrears_of
from db.models import Room, Staff
from db.models.fees import FeeBill, FeeReceipt

PAGE = "fees"


def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    taken = s.scalar(select(func.coalesce(func.sum(FeeReceipt.__table__.c.total, type_=Integer), 0))
                     .where(FeeReceipt.day == today, FeeReceipt.status != "void")) or 0
    count = s.scalar(select(func.count()).where(FeeReceipt.day == today, FeeReceipt.status != "void")) or 0
    raw = FeeBill.__table__.c
    owed: Any
    owed, rooms = s.execute(select(func.coalesce(func.sum(raw.outstanding, type_=Integer), 0),
                                   func.count(func.distinct(raw.room_id)))
                            .where(raw.status.in_(OWING), raw.due_date < today)).one()
    return [dashboard.Tile(T("Home", "Takings today"), money.format_yuan(money.from_fen(int(taken))),
                           str(T("Home", "{n} receipts").format(n=count)), PAGE),
            dashboard.Tile(T("Home", "Arrears"), money.format_yuan(money.from_fen(int(owed or 0))),
                           str(T("Home", "{n} households").format(n=rooms)), PAGE,
                           level="attention" if rooms else "normal")]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    names = dict(s.execute(select(Staff.id, Staff.name)).all())
    return [open_items.OpenItem(T("Fees", "Takings not yet closed"),
                                f"{names.get(cashier, '—')} {day:%m-%d}: {n} · {money.format_yuan(total)}",
                                page=PAGE, level="alert" if day < now.date() else "attention")
            for cashier, day, n, total in closing.unclosed(s, now.date())]


def _card(s: Session, actor: Actor, room: Room) -> card_sections.CardSection | None:
    owed = arrears_of(s, room)
    if not owed:
        return None
    return card_sections.CardSection(
        T("Fees", "Arrears"), [T("Fees", "Overdue"), T("Fees", "Bills"), T("Fees", "Oldest due")],
        [[money.format_yuan(owed.amount), str(owed.bills), owed.oldest_due.isoformat() if owed.oldest_due else ""]])


dashboard.register("fees", FEES_VIEW, _tiles)
open_items.register("fees", FEES_COLLECT, _open_items)
card_sections.register("fees", _card, FEES_VIEW)
