"""Schema migrations (Alembic), run at start-up; a fresh database is created by them, never create_all.

Alembic (with Mako and Pygments) costs about half a second to import, so start-up reads the current and
head revisions without it (a query and a look at the version files) and imports Alembic only when an
upgrade is pending.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text

from db.engine import Database

if TYPE_CHECKING:                      # Alembic is imported only when an upgrade runs
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
_REV = re.compile(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision\s*=\s*(.+)$", re.M)


@cache
def revisions() -> dict[str, tuple[str, ...]]:
    """Each revision of db/migrations/versions with the revisions it follows."""
    graph: dict[str, tuple[str, ...]] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        rev, down = _REV.search(source), _DOWN.search(source)
        if rev:
            graph[rev.group(1)] = tuple(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1) if down else ""))
    return graph


def heads() -> frozenset[str]:
    """The newest revisions (one, unless workflow branches are still to be merged)."""
    graph = revisions()
    followed = {d for downs in graph.values() for d in downs}
    return frozenset(r for r in graph if r not in followed)


def head_revision() -> str:
    """The single head; the store is current when its revisions equal :func:`heads`."""
    return ",".join(sorted(heads()))


def applied_revisions(current: frozenset[str]) -> set[str]:
    """The revisions a store at ``current`` has been through: those and everything they follow."""
    graph, seen, todo = revisions(), set(), list(current)
    while todo:
        rev = todo.pop()
        if rev not in seen:
            seen.add(rev)
            todo.extend(graph.get(rev, ()))
    return seen


def known_revisions() -> set[str]:
    return set(revisions())


def current_revisions(db: Database) -> frozenset[str]:
    with db.engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return frozenset()
        return frozenset(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def has_tables(db: Database) -> bool:
    """Whether the store holds any table at all (a foreign file does, a new one does not)."""
    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def current_revision(db: Database) -> str | None:
    return ",".join(sorted(current_revisions(db))) or None


def pending(db: Database) -> bool:
    return current_revisions(db) != heads()


def _config(db: Database) -> Config:
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def upgrade(db: Database, target: str = "heads") -> None:
    from alembic import command
    cfg = _config(db)
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
        conn.commit()
