"""Backups (daily on first start, on exit, by hand) and restore, each audited; PostgreSQL is told apart.

The command line and the desk's menu call the same two functions, :func:`manual_backup` and
:func:`restore`, so both write their audit row and both refuse the same things.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app import config
from app.domain.errors import UserError
from app.domain.permissions import BACKUP_RUN
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import audit, params
from app.services.base import Actor, unit_of_work
from db import backup as backups
from db.engine import Database

PG_BACKUP = T("Backup", "A PostgreSQL database is backed up on the server: pg_dump -Fc DBNAME > estate.dump "
                        "(see the administrator's guide).")
PG_RESTORE = T("Backup", "A PostgreSQL database is restored on the server: stop Front Desk on every desk, then "
                         "run pg_restore --clean --if-exists -d DBNAME estate.dump (see the administrator's "
                         "guide).")


def _dir(db: Database) -> Path:
    return config.backup_dir(db.path)


def daily_backup_if_due(db: Database, progress: backups.Progress | None = None) -> Path | None:
    """The first backup of the day (on its own connection; the desk goes on writing meanwhile)."""
    if db.path is None or not params.get(db, "backup.daily"):
        return None
    last = backups.last_backup_time(db.path, _dir(db), "daily")
    if last is not None and last.date() == date.today():
        return None
    return backups.backup(db.path, _dir(db), "daily", keep=params.get(db, "backup.keep"), progress=progress)


def exit_backup(db: Database) -> Path | None:
    """The backup at exit; skipped (None) when nothing was written since the newest backup began."""
    if db.path is None or backups.unchanged_since_last(db.path, _dir(db)):
        return None
    return backups.backup(db.path, _dir(db), "exit", keep=params.get(db, "backup.keep"))


def manual_backup(db: Database, actor: Actor, target: Path | None = None,
                  progress: backups.Progress | None = None) -> Path:
    actor.require(BACKUP_RUN)
    if db.path is None:
        raise UserError(PG_BACKUP)
    path = backups.backup(db.path, target or _dir(db), "manual", progress=progress)
    with unit_of_work(db, actor) as s:
        audit.record(s, "backup", "database", "", after={"file": str(path)})
    return path


def list_backups(db: Database) -> list[Path]:
    return backups.list_backups(db.path, _dir(db)) if db.path else []


@dataclass(frozen=True)
class Restored:
    db: Database                       # the store, open again (an older backup is migrated)
    file: Path
    result: backups.RestoreResult

    def message(self) -> str:
        done = (T("CLI", "Restored {file}; the previous database was saved as {safety}").format(
            file=self.file, safety=self.result.safety) if self.result.safety
            else T("CLI", "Restored {file}").format(file=self.file))
        lines = [str(done)]
        for doc_type, period, old, new in self.result.counters_moved:
            lines.append(str(T("Backup", "{type} {period}: numbering continues after {new} (the backup "
                                         "stopped at {old}), so no number is issued twice").format(
                type=doc_type, period=period, old=old, new=new)))
        return "\n".join(lines)


def restore(url: str, actor: Actor, source: Path, *, new: bool = False) -> Restored:
    """Replace the store at ``url`` with the backup ``source`` (nobody may have it open), reopen it, audit;
    with ``new``, a store that does not exist yet is made from the backup (otherwise a mistyped path is refused).

    Everything that would make the restore fail is checked before anything is replaced; if the restored
    database cannot be opened afterwards, the message says where the safety copy of the old one is.
    """
    actor.require(BACKUP_RUN)
    if actor.live is not None:      # the session's permission checks keep a connection: close it
        actor.live.release()
    probe = Database(url)
    path = probe.path
    probe.dispose()
    if path is None:
        raise UserError(PG_RESTORE)
    if not path.exists() and not new:
        raise UserError(T("Backup", "There is no database at {path}: check the path, or add --new to restore "
                                    "the backup as a new database there").format(path=path))
    result = backups.restore(Path(source), path, config.backup_dir(path))
    from app.services import store
    try:
        db = store.open_store(url)
    except UserError as exc:
        raise backups.BackupError(T("Backup", "{file} was restored but cannot be opened: {err} The previous "
                                              "database is saved as {safety}.").format(
            file=source, err=exc, safety=result.safety or "—")) from None
    with unit_of_work(db, actor) as s:
        audit.record(s, "restore", "database", "", after={
            "file": str(source), "safety": str(result.safety or ""),
            "restored_rows": result.restored.head[0],
            "replaced_rows": result.replaced_head[0] if result.replaced_head else None,
            "counters_moved": [f"{t} {p}: {o} → {n}" for t, p, o, n in result.counters_moved]})
    return Restored(db, Path(source), result)
