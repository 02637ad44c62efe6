"""The home tab (今日): each workflow contributes tiles of what needs the desk today.

A provider ``(session, actor, today) -> list[Tile]`` is registered per workflow; the home page shows the
tiles of every provider whose permission the user has, in registration order.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.enums import OccupancyState
from app.domain.permissions import REGISTRY_VIEW
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services.base import Actor
from db.engine import Database
from db.models import Room


@dataclass(frozen=True)
class Tile:
    title: Text
    value: str
    detail: str = ""
    page: str = ""            # the page the tile opens
    level: str = "normal"     # normal | attention | alert
    items: list[str] = field(default_factory=list)


#: a workflow's tiles of the home page for the day
Provider = Callable[[Session, Actor, date], list["Tile"]]

_PROVIDERS: list[tuple[str, str | None, Provider]] = []


def register(key: str, permission: str | None, provider: Provider) -> None:
    _PROVIDERS.append((key, permission, provider))


def tiles(db: Database, actor: Actor, today: date | None = None) -> list[Tile]:
    today = today or date.today()
    result: list[Tile] = []
    with db.read() as s:
        for _key, permission, provider in _PROVIDERS:
            if permission is None or actor.can(permission):
                result.extend(provider(s, actor, today))
    return result


def _estate_tiles(s: Session, actor: Actor, today: date) -> list[Tile]:
    counts = dict(s.execute(select(Room.occupancy_state, func.count()).group_by(Room.occupancy_state)).all())
    total = sum(counts.values())
    detail = " · ".join(f"{OccupancyState(k).label} {v}" for k, v in sorted(counts.items())
                        if k in OccupancyState._value2member_map_)
    return [Tile(T("Home", "Rooms"), str(total), detail, "registry")]


register("estate", REGISTRY_VIEW, _estate_tiles)


def _calendar_tiles(s: Session, actor: Actor, today: date) -> list[Tile]:
    """A warning when working-day limits would count without the year's holidays."""
    from app.services.calendar import missing_years
    years = missing_years(s, today)
    if not years:
        return []
    return [Tile(T("Home", "Working-day calendar"), "、".join(str(y) for y in years),
                 str(T("Home", "No public holidays for {years} yet, so working-day limits count every "
                               "weekday. Update the chinesecalendar package, then 设置 → 工作日历 → "
                               "从 chinesecalendar 更新 (or enter the days by hand).").format(
                     years="、".join(str(y) for y in years))), level="alert")]


register("calendar", None, _calendar_tiles)
