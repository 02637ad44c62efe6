"""Extension point of the household card: each workflow adds a section about the room.

A workflow module calls :func:`register` with a function ``(session, actor, room) -> CardSection | None``
(keys held, leases, renovations, open complaints, arrears …) and, optionally, the permission one needs to see
it; the card shows them in registration order, leaving out a section without rows.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.i18n import Text


@dataclass(frozen=True)
class CardSection:
    title: Text
    headers: list[Text]
    rows: list[list[str]]


_PROVIDERS: dict[str, tuple[Callable, str]] = {}


def register(key: str, provider: Callable, permission: str = "") -> None:
    """``provider`` gives the section ``key``; it is asked only for a user with ``permission`` (if given)."""
    _PROVIDERS[key] = (provider, permission)


def collect(session, actor, room) -> dict[str, CardSection]:
    result = {}
    for key, (provider, permission) in _PROVIDERS.items():
        if permission and not actor.can(permission):
            continue
        section = provider(session, actor, room)
        if section is not None and section.rows:
            result[key] = section
    return result
