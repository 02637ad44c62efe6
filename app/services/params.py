"""Parameters (DOMAIN.md §7): declared with defaults in app.domain.parameters, overridden in the DB."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound
from app.domain.parameters import PARAMS, parse_value, to_text
from app.domain.permissions import PARAMS_EDIT
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import Actor, unit_of_work
from db.engine import Database
from db.models import Parameter

#: the last overrides read and the values parsed from them: most calls find the same rows (one small
#: query) and skip the parsing; a change made at any desk differs from them and is parsed afresh
_parsed: tuple[tuple[tuple[str, str], ...], dict[str, Any]] | None = None


def load(session: Session) -> dict[str, Any]:
    """Every parameter's effective value (default unless overridden); a fresh dict the caller may keep."""
    global _parsed
    stored = tuple((key, text) for key, text in session.connection().execute(_OVERRIDES))
    cached = _parsed
    if cached is not None and cached[0] == stored:
        return dict(cached[1])
    values = {key: p.default for key, p in PARAMS.items()}
    for key, text in stored:
        param = PARAMS.get(key)
        if param is not None:
            try:
                values[key] = parse_value(param, text)
            except Exception:  # a stored value that no longer parses falls back to the default
                pass
    _parsed = (stored, values)
    return dict(values)


_OVERRIDES = select(Parameter.key, Parameter.value).order_by(Parameter.key)


def get(db: Database, key: str) -> Any:
    with db.read() as s:
        row = s.get(Parameter, key)
        param = PARAMS[key]
        return parse_value(param, row.value) if row else param.default


def all_values(db: Database) -> dict[str, Any]:
    with db.read() as s:
        return load(s)


def set_value(db: Database, actor: Actor, key: str, text: str) -> Any:
    """Validate and store one parameter; resetting to the default removes the override."""
    actor.require(PARAMS_EDIT)
    param = PARAMS.get(key)
    if param is None:
        raise NotFound(QT_TRANSLATE_NOOP("Service", "Unknown parameter {key}").format(key=key))
    value = parse_value(param, text)
    with unit_of_work(db, actor) as s:
        row = s.get(Parameter, key)
        if value == param.default:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(Parameter(key=key, value=to_text(param, value)))
        else:
            row.value = to_text(param, value)
    return value


def set_values(db: Database, actor: Actor, texts: dict[str, str]) -> dict[str, Any]:
    """Validate every ``key → text`` first, then store them all in one unit of work (all or nothing).

    The first invalid value raises its ValidationError (its ``field`` is the parameter key) and nothing is
    stored. A value equal to the default removes the override. Returns the typed values.
    """
    actor.require(PARAMS_EDIT)
    values: dict[str, Any] = {}
    for key, text in texts.items():
        param = PARAMS.get(key)
        if param is None:
            raise NotFound(QT_TRANSLATE_NOOP("Service", "Unknown parameter {key}").format(key=key))
        values[key] = parse_value(param, text)
    with unit_of_work(db, actor) as s:
        for key, value in values.items():
            param = PARAMS[key]
            row = s.get(Parameter, key)
            if value == param.default:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(Parameter(key=key, value=to_text(param, value)))
            elif row.value != to_text(param, value):
                row.value = to_text(param, value)
    return values
