"""Small pieces the workflow services share, written once.

* :data:`Query` — the type of a list's select (any columns), built up by its filters;
* :class:`StatusRow` — a list row whose status label and tone come from its workflow's declaration;
* :func:`counted` — what a list's count query gives, read on its own;
* :func:`numbered` — a record by its document number as typed, or the workflow's NotFound;
* :func:`versioned` — a plain row (not a workflow record: those load through ``records.load``) by id,
  checked against the version the desk saw;
* :func:`assign` — a form's values onto a row, only those that changed (an unchanged one writes nothing);
* :func:`label_of` — the label of a stored enum code, the code itself when it is not a member;
* :func:`stamp` — the side effect that only stamps the action's time on the record (``collected_at``…);
* :func:`register_day` — the day of a printed day register from its "number" (2025-06-12 or 20250612).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, NotFound
from app.domain.workflow import Workflow
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services.base import STALE
from db.engine import Database

if TYPE_CHECKING:
    from app.services.records import Act

# a select of any columns (a list's query, built up by its filters)
Query = Select[*tuple[Any, ...]]

_M = TypeVar("_M")


class StatusRow:
    """A list row whose ``status`` is a state of the class's ``WORKFLOW``: the label and the tone the list
    shows come from the declaration (a dataclass row sets ``WORKFLOW = …`` and declares ``status``)."""

    WORKFLOW: ClassVar[Workflow]
    status: str

    @property
    def status_label(self) -> str:
        return str(self.WORKFLOW.state_label(self.status))

    @property
    def tone(self) -> str:
        return self.WORKFLOW.state(self.status).shown_tone


def counted(db: Database, query: Select[Any]) -> int:
    """The number a count query (``select(func.count())…``) gives, read in a session of its own."""
    with db.read() as s:
        return s.scalar(query) or 0


def numbered(s: Session, model: type[_M], number: str, missing: Text) -> _M:
    """The record of ``model`` with the document number ``number`` (as typed: blanks around, any case);
    NotFound (``missing``, given the number) when there is none."""
    entity: Any = model
    found: _M | None = s.scalar(select(entity).where(entity.number == (number or "").strip().upper()))
    if found is None:
        raise NotFound(missing.format(number=number))
    return found


def versioned(s: Session, model: type[_M], ident: int, version: int | None, not_found: Text) -> _M:
    """The row ``ident`` of ``model``; NotFound (``not_found``) when it is gone, a ConflictError when another
    desk changed it since ``version`` (None: not checked)."""
    row = s.get(model, ident)
    if row is None:
        raise NotFound(not_found)
    if version is not None and cast(Any, row).version != version:
        raise ConflictError(STALE)
    return row


def assign(row: object, values: Mapping[str, Any]) -> None:
    """Set the attributes of ``row`` whose values differ from ``values`` (an unchanged one is left alone)."""
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)


def label_of(enum_cls: Any, code: str) -> str:
    """The label of the member of ``enum_cls`` stored as ``code``; the code itself when there is none."""
    try:
        return str(enum_cls(code).label)
    except ValueError:
        return code or ""


def stamp(column: str) -> Callable[[Act], None]:
    """An action's effect that sets ``column`` of the record to the action's time."""
    def effect(ctx: Act) -> None:
        setattr(ctx.record, column, ctx.now)
    return effect


def register_day(text: str) -> date:
    """The day of a printed day register from its "number" (2025-06-12 or 20250612)."""
    raw = (text or "").strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise NotFound(T("Printing", "“{text}” is not a day such as 2025-06-12").format(text=raw))
