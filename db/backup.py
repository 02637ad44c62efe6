"""Backups of a SQLite store with the online backup API, verified, rotated; and restore.

A PostgreSQL store is backed up with the server's own tools (pg_dump), see docs/admin-guide.md.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP

PATTERN = "{stem}-{stamp}-{reason}.sqlite3"


class BackupError(UserError):
    pass


def check_file(path: Path) -> None:
    """Refuse a file that is not an intact Front Desk database."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        conn.execute("SELECT count(*) FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "{path} is not a Front Desk database ({err})")
                          .format(path=path, err=exc)) from None
    finally:
        conn.close()
    if result != "ok":
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "{path} failed the integrity check: {err}")
                          .format(path=path, err=result))


def backup(db_path: Path, target_dir: Path, reason: str = "manual", keep: int | None = None) -> Path:
    """Copy the live database consistently, verify the copy, rotate old automatic ones; return its path."""
    target_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / PATTERN.format(stem=db_path.stem, stamp=stamp, reason=reason)
    n = 1
    while target.exists():
        n += 1
        target = target_dir / PATTERN.format(stem=db_path.stem, stamp=f"{stamp}.{n}", reason=reason)
    src = sqlite3.connect(db_path)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "The backup could not be written: {err}")
                          .format(err=exc)) from None
    finally:
        src.close()
        dst.close()
    check_file(target)
    if keep:
        rotate(db_path, target_dir, keep)
    return target


def list_backups(db_path: Path, target_dir: Path) -> list[Path]:
    """Newest first."""
    return sorted(target_dir.glob(f"{db_path.stem}-*.sqlite3"), reverse=True)


def rotate(db_path: Path, target_dir: Path, keep: int) -> None:
    """Keep the newest ``keep`` automatic backups; manual and pre-restore/pre-upgrade ones are kept."""
    auto = [p for p in list_backups(db_path, target_dir) if p.stem.endswith(("-daily", "-exit"))]
    for old in auto[keep:]:
        old.unlink(missing_ok=True)


def last_backup_time(db_path: Path, target_dir: Path, reason: str) -> datetime | None:
    for p in list_backups(db_path, target_dir):
        if p.stem.endswith("-" + reason):
            return datetime.fromtimestamp(p.stat().st_mtime)
    return None


def restore(source: Path, db_path: Path, target_dir: Path) -> Path:
    """Replace the database with ``source`` after verifying it; the current one is backed up first.

    Returns the safety backup of the replaced database. The app must not hold the database open.
    """
    if not source.exists():
        raise BackupError(QT_TRANSLATE_NOOP("Backup", "{path} does not exist").format(path=source))
    check_file(source)
    safety = backup(db_path, target_dir, "before-restore") if db_path.exists() else None
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(db_path)
    try:
        with dst:
            src.backup(dst)
    finally:
        src.close()
        dst.close()
    check_file(db_path)
    return safety
