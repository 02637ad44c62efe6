"""Opening a store: migrations (after an automatic backup when an upgrade is pending), seeds, checks."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, text

from app import config
from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, auth
from app.services.base import system_actor, unit_of_work
from db import backup as backups
from db import migrate
from db.engine import Database, StoreError
from db.models import Estate, Staff


resolve_url = config.store_url


def _reindex(s) -> None:
    from app.services import search
    search.rebuild(s)


def _seed_calendar(s) -> None:
    from app.services import calendar
    calendar.apply_official(s)


#: revision -> what the services redo once a store has been upgraded past it (or created): derived data
#: whose rules changed and seeds. Each runs in the unit of work that follows the migrations.
AFTER_UPGRADE = {
    "0011_people_data": (_reindex, _seed_calendar),   # surname pinyin, phone parts; official holidays
}


def open_store(url: str, *, create: bool = True) -> Database:
    """Open (creating if needed) and migrate the store; a pending upgrade is backed up first.

    With ``create=False`` a SQLite file that does not exist is refused (the admin commands: a mistyped
    ``--db`` must not check or back up a new, empty database)."""
    db = Database(url)
    path = db.path
    if path is not None and not create and not path.exists():
        db.dispose()
        raise UserError(QT_TRANSLATE_NOOP(
            "Store", "There is no database at {path}: check the path (a new database is made by starting "
                     "the program, or with “frontdesk demo”)").format(path=path))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    current = migrate.current_revisions(db)
    has_schema = bool(current)
    if not current <= migrate.known_revisions():
        db.dispose()
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "This database was written by a newer version of Front Desk. Update the program."))
    steps = []
    if current != migrate.heads():
        if has_schema and path is not None:
            backups.backup(path, config.backup_dir(path), "before-upgrade")
        applied = migrate.applied_revisions(current)
        steps = [step for rev, todo in AFTER_UPGRADE.items() if rev not in applied for step in todo]
        migrate.upgrade(db)
    from app.services import catalog
    catalog.load_all()  # every workflow declares its permissions before the matrix is seeded
    with unit_of_work(db, system_actor()) as s:
        auth.seed_permissions(s)
        for step in steps:
            step(s)
    return db


def is_initialised(db: Database) -> bool:
    """An estate and at least one account exist (otherwise the first-run wizard runs)."""
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(Estate))) and bool(
            s.scalar(select(func.count()).select_from(Staff)))


def initialise(db: Database, estate_name: str, admin_username: str, admin_name: str,
               admin_password: str, *, estate_code: str = "E1") -> int:
    """First run: create the estate and the first administrator (客服主管). Returns the staff id."""
    from app.domain.validation import check_text
    estate_name = check_text(estate_name, "estate_name",
                             str(QT_TRANSLATE_NOOP("Setup", "Estate name")), max_len=60)
    if is_initialised(db):
        raise UserError(QT_TRANSLATE_NOOP("Setup", "This database is already set up"))
    with unit_of_work(db, system_actor()) as s:
        s.add(Estate(code=estate_code, name=estate_name))
        staff = auth.create_staff(s, admin_username, admin_name, "supervisor", admin_password)
        audit.record(s, "setup", "estate", estate_code, after={"name": estate_name})
        return staff.id


@dataclass(frozen=True)
class CheckReport:
    ok: bool
    lines: list[str]


def check(db: Database) -> CheckReport:
    """Integrity (SQLite), schema at the newest migration, unbroken audit chain."""
    lines, ok = [], True
    if db.is_sqlite:
        with db.engine.connect() as conn:
            result = conn.execute(text("PRAGMA integrity_check")).scalar()
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        lines.append(f"integrity: {result}")
        ok &= result == "ok"
        lines.append(f"foreign keys: {'ok' if not fk else f'{len(fk)} broken'}")
        ok &= not fk
    rev, head = migrate.current_revision(db), migrate.head_revision()
    lines.append(f"migrations: {rev} (head {head})")
    ok &= rev == head
    chain = audit.verify(db)
    lines.append(f"audit chain: {'ok' if chain.ok else f'broken at row {chain.broken_id}'} "
                 f"({chain.rows} rows)")
    ok &= chain.ok
    return CheckReport(ok, lines)


def estate(db: Database) -> Estate:
    with db.read() as s:
        est = s.scalar(select(Estate).order_by(Estate.id).limit(1))
        if est is None:
            raise UserError(QT_TRANSLATE_NOOP("Setup", "No estate has been set up yet"))
        return est
