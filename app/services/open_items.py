"""Open items of the shift handover (交接班): what the next shift must know, built from live data.

Each workflow registers a provider ``(session, actor, now) -> list[OpenItem]`` (visitors still on site,
parcels waiting, relay slips unanswered, notices to remove; later keys out, complaints near deadline …);
the handover lists them all, grouped by provider, for the incoming user to read and acknowledge.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.i18n import Text
from app.services.base import Actor
from db.engine import Database


@dataclass(frozen=True)
class OpenItem:
    group: Text            # e.g. 在场访客, 待领取物品
    title: str             # one line: "张三 访 3-2-1502, 09:12 进入"
    number: str = ""       # the record's document number, if any
    page: str = ""         # the page that opens the record
    record_id: int | None = None
    level: str = "normal"  # normal | attention | alert (overdue)


_PROVIDERS: list[tuple[str, str | None, Callable]] = []


def register(key: str, permission: str | None, provider: Callable) -> None:
    if any(k == key for k, _, _ in _PROVIDERS):
        return
    _PROVIDERS.append((key, permission, provider))


def collect(db: Database, actor: Actor, now: datetime) -> list[OpenItem]:
    with db.read() as s:
        return collect_in(s, actor, now)


def collect_in(session: Session, actor: Actor, now: datetime) -> list[OpenItem]:
    """:func:`collect` in an open unit of work (the handover keeps what it read with the log it writes)."""
    items: list[OpenItem] = []
    for _key, permission, provider in _PROVIDERS:
        if permission is None or actor.can(permission):
            items.extend(provider(session, actor, now))
    return items
