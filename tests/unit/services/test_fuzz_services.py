"""Every public service function, driven with generated input of its declared types (issue 16, item 9).

The functions are found, not listed: each ``app.services`` module's public functions whose first two
parameters are the store and the acting user, so a service added later is fuzzed too. Arguments are drawn
from the type hints (text with control, direction and broken characters, wildcards, huge and negative
integers, dates far off, the input dataclasses field by field). Only domain errors (UserError) may come out,
and a refused call leaves every table's row count as it was.
"""
from __future__ import annotations

import dataclasses
import importlib
import inspect
import os
import pkgutil
import types
import typing
from datetime import date, datetime, time
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

import app.services
from app.domain.errors import UserError
from app.services import auth, catalog, registry
from app.services.base import Actor
from db.engine import Database
from db.models import Base
from tests.conftest import PASSWORD, ROLE_USERS, new_store

#: not fuzzed: they replace or regenerate the whole store, which a per-call row count cannot judge
SKIP = {"demo.ensure_demo", "store.initialise"}

NASTY_TEXT = ["", " ", "\udcff", "张\ud800", "\u202egnp.exe", "李\x00四", "\x1b[31m", "%", "_", "C_0", "A%1",
              "3-2-1502", "13800138000", "11010519491231002X", "1900-01-01 00:00", "2026-06-12 08:00", "9" * 30,
              "=cmd|' /C calc'!A0", "x" * 600, "TZ2026-00001", "FK20260610-0001", "FK99991231", "FK999912",
              "LX99991231-1", "ZG00000000", "TZ9999-", "owner", "resident", "void"]
#: examples per function: 6 (the same ones every run) in the suite; FRONTDESK_FUZZ_EXAMPLES=200 explores
EXAMPLES = int(os.environ.get("FRONTDESK_FUZZ_EXAMPLES", "6"))
NASTY_INT = [0, 1, 2, 3, -1, 2 ** 31, 2 ** 63, 2 ** 64, -2 ** 63 - 1]


def _services() -> list[tuple[str, typing.Callable]]:
    catalog.load_all()
    found = []
    for info in pkgutil.iter_modules(app.services.__path__):
        module = importlib.import_module(f"app.services.{info.name}")
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:2] == ["db", "actor"] and f"{info.name}.{name}" not in SKIP:
                found.append((f"{info.name}.{name}", fn))
    return sorted(found, key=lambda item: item[0])


def _strategy(hint):  # noqa: C901 - one case per kind of type
    """A strategy for a value of ``hint``, or None when the type cannot be generated (the call is skipped
    if the parameter is required)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        parts = [_strategy(a) for a in typing.get_args(hint)]
        return None if any(p is None for p in parts) else st.one_of(*parts)
    if hint is type(None):
        return st.none()
    if hint is bool:
        return st.booleans()
    if hint is int:
        return st.one_of(st.sampled_from(NASTY_INT), st.integers(-3, 60))
    if hint is str:
        return st.one_of(st.sampled_from(NASTY_TEXT), st.text(max_size=40))
    if hint is Decimal:
        return st.decimals(allow_nan=False, allow_infinity=False, places=3, min_value=-10 ** 9, max_value=10 ** 9)
    if hint is datetime:
        return st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1))
    if hint is date:
        return st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1))
    if hint is time:
        return st.times()
    if origin is tuple and Ellipsis not in typing.get_args(hint):   # a fixed shape: each item its own type
        parts = [_strategy(a) for a in typing.get_args(hint)]
        return None if not parts or any(p is None for p in parts) else st.tuples(*parts)
    if origin in (list, tuple, set, frozenset, collections_abc_sequence()):
        args = [a for a in typing.get_args(hint) if a is not Ellipsis]
        inner = _strategy(args[0]) if args else None
        if inner is None:
            return None
        return st.lists(inner, max_size=4).map(origin if origin in (list, tuple, set, frozenset) else list)
    if origin is dict:
        key, value = (_strategy(a) for a in typing.get_args(hint))
        return None if key is None or value is None else st.dictionaries(key, value, max_size=4)
    if dataclasses.is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        fields = {}
        for f in dataclasses.fields(hint):
            inner = _strategy(hints[f.name])
            if inner is None:
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                    return None
                continue
            fields[f.name] = inner
        return st.builds(hint, **fields)
    return None


def collections_abc_sequence():
    import collections.abc
    return collections.abc.Sequence


def _plan(fn):
    """Per parameter after (db, actor): (name, strategy, required), or None if the call cannot be made."""
    hints = typing.get_type_hints(fn)
    plan = []
    for name, p in list(inspect.signature(fn).parameters.items())[2:]:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        strategy = _strategy(hints.get(name, typing.Any))
        required = p.default is p.empty
        if strategy is None:
            if required:
                return None
            continue
        plan.append((name, strategy, required, p.kind is p.KEYWORD_ONLY))
    return plan


SERVICES = [(name, fn, plan) for name, fn in _services() if (plan := _plan(fn)) is not None]


def test_the_fuzz_covers_the_services():
    modules = {name.split(".")[0] for name, _fn, _plan in SERVICES}
    assert {"registry", "visits", "keys", "notices", "relay", "duty", "vacancy", "patrol", "auth",
            "audit_log", "search", "params"} <= modules
    assert len(SERVICES) > 100


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = new_store(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3")
    admin = auth.sign_in(db, "admin", PASSWORD)
    b = registry.save_building(db, admin, registry.BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    room = registry.save_room(db, admin, registry.RoomInput(u, "1502", "15", "89.5"))
    registry.save_person(db, admin, registry.PersonInput("王建国", "13805716688", id_number="11010519491231002X"),
                         room_id=room, role="owner", is_primary=True)
    actors = [auth.sign_in(db, username, PASSWORD) for username in ROLE_USERS.values()]
    yield db, actors
    db.dispose()


def row_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


@pytest.mark.parametrize("name, fn, plan", SERVICES, ids=[s[0] for s in SERVICES])
@settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=EXAMPLES == 6,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
@given(data=st.data())
def test_only_domain_errors_and_nothing_written_when_refused(store, name, fn, plan, data):
    db, actors = store
    actor: Actor = data.draw(st.sampled_from(actors), label="actor")
    args, kwargs = [], {}
    for pname, strategy, required, keyword_only in plan:
        if not required and not data.draw(st.booleans(), label=f"give {pname}"):
            continue
        value = data.draw(strategy, label=pname)
        if keyword_only or not required:
            kwargs[pname] = value
        else:
            args.append(value)
    before = row_counts(db)
    try:
        fn(db, actor, *args, **kwargs)
    except UserError:
        assert row_counts(db) == before, f"{name} was refused but changed row counts"
