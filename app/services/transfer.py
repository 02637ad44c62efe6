"""Moving the estate's store to another database (``frontdesk migrate-to URL``): SQLite → PostgreSQL when a
second desk arrives (DESIGN §8, admin guide).

The target must be an empty database (newly created, or left by a copy that failed): it is migrated to the
newest schema, the rows the migrations seed there are replaced by the source's, and every table is copied
in foreign-key order, ids included, in one transaction (a failure leaves no copied row behind);
PostgreSQL's id sequences are moved past the copied ids. Then every table's count is compared with the
source's and the audit chain is verified on the target; only then is a ``store.migrated`` row appended to
the target's chain.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Connection, FromClause, Table, func, insert, make_url, select, text
from sqlalchemy.exc import DBAPIError

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit
from app.services.base import Actor, unit_of_work
from db import migrate
from db.engine import Database
from db.models import AuditLog, Base, Estate, Staff

BATCH = 5000


@dataclass(frozen=True)
class Transfer:
    tables: int
    rows: int
    chain_rows: int

    def message(self, url: str) -> str:
        return str(QT_TRANSLATE_NOOP(
            "Store", "Copied {tables} tables, {rows} rows; every count matches and the audit chain "
                     "({chain} rows) is unbroken. Point every desk at {url}")).format(
            tables=self.tables, rows=self.rows, chain=self.chain_rows,
            url=make_url(url).render_as_string(hide_password=True))


def _tables() -> list[Table]:
    from app.services import catalog
    catalog.load_all()
    return list(Base.metadata.sorted_tables)


def _count(conn: Connection, table: FromClause) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _refuse_same(source: Database, target: Database) -> None:
    if source.engine.url.render_as_string(hide_password=True) == \
            target.engine.url.render_as_string(hide_password=True):
        raise UserError(QT_TRANSLATE_NOOP("Store", "The target is the database in use: name another one"))


def _refuse_filled(target: Database) -> None:
    """A database with another program's tables, or with an estate, accounts or audit rows, is not empty."""
    with target.translated():
        foreign = migrate.has_tables(target) and not migrate.current_revisions(target)
        if not foreign:
            migrate.upgrade(target)
            with target.engine.connect() as conn:
                foreign = any(_count(conn, t) for t in (Estate.__table__, Staff.__table__, AuditLog.__table__))
    if foreign:
        raise UserError(QT_TRANSLATE_NOOP(
            "Store", "The target database is not empty: create a new, empty database for the estate "
                     "and try again"))


def _reset_sequences(conn: Connection, tables: list[Table]) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) != 1 or not pk[0].autoincrement or pk[0].type.python_type is not int:
            continue
        seq = conn.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                           {"t": table.name, "c": pk[0].name}).scalar()
        if seq:
            conn.execute(text(f"SELECT setval('{seq}', COALESCE((SELECT MAX({pk[0].name}) "
                              f"FROM {table.name}), 0) + 1, false)"))


def migrate_to(source: Database, url: str, actor: Actor,
               progress: Callable[[str, int], None] | None = None) -> Transfer:
    """Copy ``source`` into the empty database at ``url``; see the module docstring."""
    target = Database(url)
    try:
        _refuse_same(source, target)
        tables = _tables()
        _refuse_filled(target)
        counts: dict[str, int] = {}
        with source.translated(), target.translated(), source.engine.connect() as src, \
                target.engine.begin() as dst:
            src.begin()   # one snapshot of the source for every table
            for table in reversed(tables):   # seeded by the migrations: the source has its own
                dst.execute(table.delete())
            for table in tables:
                copied = 0
                result = src.execution_options(stream_results=True, yield_per=BATCH).execute(
                    select(table).order_by(*table.primary_key.columns))
                for rows in result.mappings().partitions(BATCH):
                    try:
                        dst.execute(insert(table), [dict(r) for r in rows])
                    except DBAPIError as exc:
                        raise UserError(QT_TRANSLATE_NOOP(
                            "Store", "Table {table}: the target refused a row ({detail}); nothing was "
                                     "copied").format(table=table.name,
                                                      detail=str(exc.orig).splitlines()[0])) from None
                    copied += len(rows)
                counts[table.name] = copied
                if progress:
                    progress(table.name, copied)
            _reset_sequences(dst, tables)
        with target.translated(), target.engine.connect() as conn:
            for table in tables:
                if _count(conn, table) != counts[table.name]:
                    raise UserError(QT_TRANSLATE_NOOP(
                        "Store", "Table {table}: {copied} rows copied but {found} found in the target").format(
                        table=table.name, copied=counts[table.name], found=_count(conn, table)))
        report = audit.verify(target)
        if not report.ok:
            raise UserError(QT_TRANSLATE_NOOP(
                "Store", "The audit chain does not verify on the target: {why}").format(why=report.describe()))
        with unit_of_work(target, actor) as s:
            audit.record(s, "store.migrated", "store", "", after={"rows": sum(counts.values())})
        return Transfer(len(tables), sum(counts.values()), report.rows)
    finally:
        target.dispose()
