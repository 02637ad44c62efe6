"""Automatic backups: daily (first start of the day) and on exit, rotated by ``backup.keep``."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from app import config
from app.domain.permissions import BACKUP_RUN
from app.services import audit, params
from app.services.base import Actor, unit_of_work
from db import backup as backups
from db.engine import Database


def _dir(db: Database) -> Path:
    return config.backup_dir(db.path)


def daily_backup_if_due(db: Database) -> Path | None:
    if db.path is None or not params.get(db, "backup.daily"):
        return None
    last = backups.last_backup_time(db.path, _dir(db), "daily")
    if last is not None and last.date() == date.today():
        return None
    return backups.backup(db.path, _dir(db), "daily", keep=params.get(db, "backup.keep"))


def exit_backup(db: Database) -> Path | None:
    if db.path is None:
        return None
    return backups.backup(db.path, _dir(db), "exit", keep=params.get(db, "backup.keep"))


def manual_backup(db: Database, actor: Actor, target: Path | None = None) -> Path:
    actor.require(BACKUP_RUN)
    if db.path is None:
        from app.domain.errors import UserError
        from app.i18n import QT_TRANSLATE_NOOP
        raise UserError(QT_TRANSLATE_NOOP(
            "Backup", "A PostgreSQL database is backed up on the server (pg_dump); see the admin guide."))
    path = backups.backup(db.path, target or _dir(db), "manual")
    with unit_of_work(db, actor) as s:
        audit.record(s, "backup", "database", "", after={"file": str(path)})
    return path


def list_backups(db: Database) -> list[Path]:
    return backups.list_backups(db.path, _dir(db)) if db.path else []
