"""Extension point of the household card: each workflow adds a section about the room.

A workflow module calls :func:`register` with a function ``(session, actor, room) -> CardSection | None``
(keys held, leases, renovations, open complaints, arrears …) and, optionally, the permission one needs to see
it; the card shows them in registration order, leaving out a section without rows.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.i18n import Text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.services.base import Actor
    from db.models import Room


@dataclass(frozen=True)
class CardSection:
    title: Text
    headers: list[Text]
    rows: list[list[str]]


#: a workflow's section of a room's card, or None when it has nothing to say about the room
Provider = Callable[["Session", "Actor", "Room"], "CardSection | None"]

_PROVIDERS: dict[str, tuple[Provider, str]] = {}


def register(key: str, provider: Provider, permission: str = "") -> None:
    """``provider`` gives the section ``key``; it is asked only for a user with ``permission`` (if given)."""
    _PROVIDERS[key] = (provider, permission)


def collect(session: Session, actor: Actor, room: Room) -> dict[str, CardSection]:
    result: dict[str, CardSection] = {}
    for key, (provider, permission) in _PROVIDERS.items():
        if permission and not actor.can(permission):
            continue
        section = provider(session, actor, room)
        if section is not None and section.rows:
            result[key] = section
    return result
