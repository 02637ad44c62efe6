"""Schema migrations (Alembic), run at start-up; a fresh database is created by them, never create_all.

Alembic (with Mako and Pygments) costs about half a second to import, so start-up reads the current and
head revisions without it (a query and a look at the version files) and imports Alembic only when an
upgrade is pending.
"""
from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import inspect, text

from db.engine import Database

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


def head_revision() -> str:
    graph = revisions()
    followed = {d for downs in graph.values() for d in downs}
    heads = [r for r in graph if r not in followed]
    if len(heads) != 1:
        raise RuntimeError(f"the migrations must have one head, not {heads}")
    return heads[0]


def known_revisions() -> set[str | None]:
    return {None, *revisions()}


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if "alembic_version" not in inspect(conn).get_table_names():
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def pending(db: Database) -> bool:
    return current_revision(db) != head_revision()


def _config(db: Database):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def upgrade(db: Database) -> None:
    from alembic import command
    cfg = _config(db)
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.commit()
