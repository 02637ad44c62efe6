"""Opening a store: migrations (after an automatic backup when an upgrade is pending), seeds, checks."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app import config
from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, auth
from app.services.base import system_actor, unit_of_work
from db import backup as backups
from db import migrate
from db.engine import Database
from db.errors import DAMAGED, StoreDamaged, StoreError
from db.models import Estate, Staff

resolve_url = config.store_url

def _newest_backup_hint(path: Path) -> str:
    found = backups.list_backups(path, path.parent / "backups") if (path.parent / "backups").is_dir() else []
    return " " + str(QT_TRANSLATE_NOOP("Store", "Newest backup: {file}").format(file=found[0])) if found \
        else ""


def _reindex(s: Session) -> None:
    from app.services import search
    search.rebuild(s)


def _reindex_visitors(s: Session) -> None:
    from app.services import visit_search
    visit_search.rebuild(s)


def _seed_calendar(s: Session) -> None:
    from app.services import calendar
    calendar.apply_official(s)


#: revision -> what the services redo once a store has been upgraded past it (or created): derived data
#: whose rules changed and seeds. Each runs in the unit of work that follows the migrations.
AFTER_UPGRADE: dict[str, tuple[Callable[[Session], None], ...]] = {
    "0011_people_data": (_reindex, _seed_calendar),   # surname pinyin, phone parts; official holidays
    "0026_visit_search_key": (_reindex_visitors,),     # the register's name and phone parts
}


def _refuse_foreign_file(db: Database, path: Path) -> None:
    """Before anything is written: the file is ours (or new), readable, and not damaged."""
    why = None
    if path.is_dir():
        why = QT_TRANSLATE_NOOP("Store", "it is a folder")
    elif path.exists() and path.stat().st_size == 0:
        why = QT_TRANSLATE_NOOP("Store", "the file is empty")
    elif path.exists() and path.stat().st_size and backups._sqlite_header(path) != b"SQLite format 3\x00":
        why = QT_TRANSLATE_NOOP("Store", "not an SQLite file")
    elif path.exists() and not migrate.current_revisions(db) and migrate.has_tables(db):
        why = QT_TRANSLATE_NOOP("Store", "it holds another program's tables")
    if why is not None:
        raise StoreDamaged(DAMAGED.format(where=path, detail=why), path)


def quick_check(db: Database) -> str:
    """SQLite's quick_check ("ok" when the file is intact); "ok" on PostgreSQL."""
    if not db.is_sqlite:
        return "ok"
    with db.translated(), db.engine.connect() as conn:
        rows = [" ".join(str(r).split()) for (r,) in conn.execute(text("PRAGMA quick_check(20)"))]
    return "; ".join(rows)


def open_store(url: str, *, create: bool = True, verify: bool = True) -> Database:
    """Open (creating if needed) and migrate the store; a pending upgrade is backed up first.

    With ``create=False`` a SQLite file that does not exist is refused (the admin commands: a mistyped
    ``--db`` must not check or back up a new, empty database). A damaged or foreign file, a newer schema or
    an unreachable server is refused with a one-line StoreError (StoreDamaged names the file, so the desk can
    offer to restore a backup); with ``verify``, a SQLite file gets a quick integrity check first (DESIGN §8:
    checked at start-up).
    """
    db = Database(url)
    try:
        with db.translated():
            _open(db, verify, create)
    except StoreDamaged as exc:
        db.dispose()
        path = exc.path if isinstance(exc.path, Path) else db.path
        raise StoreDamaged(str(exc) + (_newest_backup_hint(path) if path else ""), path) from None
    except BaseException:
        db.dispose()
        raise
    return db


def _open(db: Database, verify: bool, create: bool) -> None:
    path = db.path
    if path is not None and not create and not path.exists():
        raise UserError(QT_TRANSLATE_NOOP(
            "Store", "There is no database at {path}: check the path (a new database is made by starting "
                     "the program, or with “frontdesk demo”)").format(path=path))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        _refuse_foreign_file(db, path)
    current = migrate.current_revisions(db)
    has_schema = bool(current)
    if not current <= migrate.known_revisions():
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "This database was written by a newer version of Front Desk. Update the program."))
    if verify and has_schema and path is not None:
        result = quick_check(db)
        if result != "ok":
            raise StoreDamaged(DAMAGED.format(where=path, detail=result[:200]), path)
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


def check(db: Database, anchors: Sequence[audit.Anchor] | None = None) -> CheckReport:
    """Integrity (SQLite), foreign keys, schema at the newest migration, unbroken and complete audit chain.

    Every step runs even when an earlier one fails (a damaged page makes SQLite raise instead of
    answering); each problem is one line. ``anchors``: audit heads recorded outside the table
    (:func:`audit.anchors_for`, by default those of the database's backups).
    """
    lines: list[str] = []
    ok = True

    def step(label: str, run: Callable[[], tuple[str, bool]]) -> None:
        nonlocal ok
        try:
            text_, good = run()
        except UserError as exc:
            text_, good = str(exc), False
        except Exception as exc:  # noqa: BLE001 - a damaged file raises anything; report it, go on
            text_, good = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}", False
        lines.append(f"{label}: {text_}")
        ok &= good

    def integrity() -> tuple[str, bool]:
        with db.translated(), db.engine.connect() as conn:
            rows = [" ".join(str(r).split()) for (r,) in conn.execute(text("PRAGMA integrity_check(20)"))]
        return "; ".join(rows), rows == ["ok"]

    def foreign_keys() -> tuple[str, bool]:
        with db.translated(), db.engine.connect() as conn:
            fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
        return ("ok" if not fk else f"{len(fk)} broken"), not fk

    def migrations() -> tuple[str, bool]:
        with db.translated():
            rev, head = migrate.current_revision(db), migrate.head_revision()
        return f"{rev} (head {head})", rev == head

    def chain() -> tuple[str, bool]:
        report = audit.verify(db, audit.anchors_for(db) if anchors is None else anchors)
        return report.describe(), report.ok

    if db.is_sqlite:
        step("integrity", integrity)
        step("foreign keys", foreign_keys)
    step("migrations", migrations)
    step("audit chain", chain)
    return CheckReport(ok, lines)


def estate(db: Database) -> Estate:
    with db.read() as s:
        est = s.scalar(select(Estate).order_by(Estate.id).limit(1))
        if est is None:
            raise UserError(QT_TRANSLATE_NOOP("Setup", "No estate has been set up yet"))
        return est
