"""Extension point of the household card: each workflow adds a section about the room.

A workflow module calls :func:`register` with a function ``(session, actor, room) -> CardSection | None``
(keys held, leases, renovations, open complaints, arrears …); the card shows them in registration order.
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


_PROVIDERS: dict[str, Callable] = {}


def register(key: str, provider: Callable) -> None:
    _PROVIDERS[key] = provider


def collect(session, actor, room) -> dict[str, CardSection]:
    result = {}
    for key, provider in _PROVIDERS.items():
        section = provider(session, actor, room)
        if section is not None:
            result[key] = section
    return result
