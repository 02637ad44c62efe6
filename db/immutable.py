"""Money that cannot be edited (DESIGN.md §8, DOMAIN.md §8.4): posted amounts are never updated or deleted.

A mapped class declares its posted columns with the :class:`Immutable` mixin::

    class Receipt(Immutable, WorkflowRecord, Base):
        __immutable__ = ("amount", "payer", "issued_at")

Three guards refuse a change, whichever way it comes:

* the ORM: a flush that would change one of those columns of a stored row, or delete such a row;
* the session's statements: ``session.execute(update(Receipt)…)`` or ``delete(Receipt)`` that touch them;
* the database itself: triggers (:func:`trigger_sql`) that the table's migration creates (and that a table
  made by ``create_all`` gets from :func:`install_triggers`), so raw SQL is refused too.

Corrections are new records: a void sets a status, a red reversal is a negative record linked to the
original (app.services.records ``create_linked``).
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Table, event, inspect, text
from sqlalchemy.orm import ORMExecuteState, Session

from app.domain.errors import ConflictError
from app.i18n import QT_TRANSLATE_NOOP

MSG = QT_TRANSLATE_NOOP("Money", "A posted amount cannot be changed or deleted: void it or reverse it with a "
                                 "new record")
TRIGGER_MESSAGE = "frontdesk: posted amounts cannot be changed or deleted"


class ImmutableError(ConflictError):
    """An attempt to change or delete posted money."""


class Immutable:
    """Rows whose ``__immutable__`` columns never change after insert, and that are never deleted."""

    __immutable__: tuple[str, ...] = ()


@event.listens_for(Session, "before_flush")
def _refuse_changes(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in session.deleted:
        if isinstance(obj, Immutable):
            raise ImmutableError(MSG)
    for obj in session.dirty:
        if isinstance(obj, Immutable):
            state = inspect(obj)
            if any(state.attrs[name].history.has_changes() for name in obj.__immutable__):
                raise ImmutableError(MSG)


@event.listens_for(Session, "do_orm_execute")
def _refuse_statements(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is None or not issubclass(mapper.class_, Immutable):
        return
    columns = mapper.class_.__immutable__
    if state.is_delete:
        raise ImmutableError(MSG)
    values = getattr(state.statement, "_values", None) or {}
    if {getattr(key, "key", key) for key in values} & set(columns):
        raise ImmutableError(MSG)


def trigger_sql(dialect: str, table: str, columns: tuple[str, ...]) -> list[str]:
    """The statements that make the database refuse changes of ``columns`` and deletes of ``table``."""
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" if dialect == "sqlite"
                          else f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns) or "0"
    if dialect == "sqlite":
        return [
            f"CREATE TRIGGER tr_{table}_immutable_update BEFORE UPDATE ON {table} WHEN {changed} "
            f"BEGIN SELECT RAISE(ABORT, '{TRIGGER_MESSAGE}'); END",
            f"CREATE TRIGGER tr_{table}_immutable_delete BEFORE DELETE ON {table} "
            f"BEGIN SELECT RAISE(ABORT, '{TRIGGER_MESSAGE}'); END",
        ]
    return [
        f"CREATE OR REPLACE FUNCTION fn_{table}_immutable() RETURNS trigger AS $$ BEGIN "
        f"IF TG_OP = 'DELETE' OR ({changed}) THEN RAISE EXCEPTION '{TRIGGER_MESSAGE}'; END IF; "
        f"RETURN NEW; END $$ LANGUAGE plpgsql",
        f"CREATE TRIGGER tr_{table}_immutable BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION fn_{table}_immutable()",
    ]


def install_triggers(table: Table, columns: tuple[str, ...]) -> None:
    """Create the triggers whenever ``table`` is created from metadata (``create_all``)."""
    def create(target: Table, connection: Any, **_kw: Any) -> None:
        for statement in trigger_sql(connection.dialect.name, target.name, columns):
            connection.execute(text(statement))
    event.listen(table, "after_create", create)
