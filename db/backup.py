"""Backups of a SQLite store with the online backup API, verified, rotated, with a manifest; and restore.

Each backup ``x.sqlite3`` has a manifest ``x.sqlite3.json``: the schema revision, the audit chain's head
(row count and hash) and the document counters at the time. The heads anchor the audit chain outside its
table (``audit.verify`` checks them: a truncated or rewritten chain no longer matches); the counters let a
restore continue numbering from the highest number ever issued instead of giving paper numbers twice.

A backup is written under a temporary name and renamed only once it has passed the checks, so a failed
backup leaves nothing behind. It is copied in steps (with progress) inside one read transaction of its own
connection, so the desk keeps writing meanwhile (WAL) and the copy is the database as it was when the backup
began; the copy is closed in DELETE journal mode (no -wal/-shm beside it, ever) and verified with
``quick_check``, which takes a second on a 1 GB file where ``integrity_check`` takes fifteen (``frontdesk
check`` still runs the full one). Its manifest records the live file's state (sizes and times of the file
and its WAL), so an exit backup is skipped when nothing changed since the last one.

A restore refuses, before anything is replaced, a file that is not an intact
Front Desk database of a known schema revision, and a live database that another connection (another desk
process, the other program on this PC) still has open. It holds an exclusive lock on the live file while
it copies the safety backup and then the backup's pages into it through SQLite itself, in one transaction,
so every process sees either the old or the restored database, never a mix.

A PostgreSQL store is backed up and restored with the server's own tools (pg_dump, pg_restore), see
docs/admin-guide.md.
"""
from __future__ import annotations

import json
import os
import shutil
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

PATTERN = "{stem}-{stamp}-{reason}.sqlite3"
CORE_TABLES = {"alembic_version", "audit_log", "staff", "doc_sequence", "estate"}
SIDE_FILES = ("-wal", "-shm", "-journal")
Head = tuple[int, str]                      # audit rows, hash of the last one
Counters = dict[tuple[str, str], int]       # (doc type, period) → last number issued
Progress = Callable[[int, int], None]       # pages copied, pages in all
#: pages copied per step of a backup (4 KiB each: 16 MiB), and a pause after each step (0: none) that
#: leaves the disk to the desk on a slow PC
STEP_PAGES = 4096
STEP_PAUSE_S = 0.0


class BackupError(UserError):
    pass


@dataclass(frozen=True)
class FileInfo:
    """What an intact Front Desk database file holds that backups and restores care about."""

    revisions: frozenset[str]
    head: Head
    counters: Counters = field(default_factory=dict)


def _refuse(message: Text, **args: object) -> NoReturn:
    raise BackupError(message.format(**args))


def _sqlite_header(path: Path) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(16)
    except OSError as exc:
        _refuse(T("Backup", "{path} cannot be read ({err})"), path=path, err=exc.strerror or exc)


def read_info(conn: sqlite3.Connection) -> FileInfo:
    """Revisions, audit head and counters, read through an open connection."""
    revisions = frozenset(r for (r,) in conn.execute("SELECT version_num FROM alembic_version"))
    rows = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    last = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    counters = {(t, p): n for t, p, n in conn.execute("SELECT doc_type, period, last_seq FROM doc_sequence")}
    return FileInfo(revisions, (rows, last[0] if last else ""), counters)


def inspect_file(path: Path, *, full: bool = True) -> FileInfo:
    """Refuse anything that is not an intact Front Desk database of a known revision; read-only.

    Refused: a missing file, a folder, an empty file, a file that is not SQLite, a damaged one
    (``integrity_check``, or ``quick_check`` when not ``full``), another program's SQLite file, and one
    written by a newer Front Desk.
    """
    from db import migrate
    if not path.exists():
        _refuse(T("Backup", "{path} does not exist"), path=path)
    if path.is_dir():
        _refuse(T("Backup", "{path} is a folder, not a backup file"), path=path)
    if path.stat().st_size == 0:
        _refuse(T("Backup", "{path} is empty: it is not a Front Desk database"), path=path)
    if _sqlite_header(path) != b"SQLite format 3\x00":
        _refuse(T("Backup", "{path} is not a Front Desk database (not an SQLite file)"), path=path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        _refuse(T("Backup", "{path} cannot be read ({err})"), path=path, err=exc)
    try:
        result = conn.execute(f"PRAGMA {'integrity_check' if full else 'quick_check'}").fetchone()[0]
        if result != "ok":
            _refuse(T("Backup", "{path} failed the integrity check: {err}"), path=path, err=result)
        tables = {r for (r,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not CORE_TABLES <= tables:
            _refuse(T("Backup", "{path} is an SQLite file of another program, not a Front Desk database"),
                    path=path)
        info = read_info(conn)
    except sqlite3.DatabaseError as exc:
        _refuse(T("Backup", "{path} is not a Front Desk database ({err})"), path=path, err=exc)
    finally:
        conn.close()
    unknown = info.revisions - migrate.known_revisions()
    if not info.revisions or unknown:
        _refuse(T("Backup", "{path} was written by a newer version of Front Desk (schema {rev}): update the "
                            "program first"), path=path, rev=", ".join(sorted(unknown)) or "?")
    return info


def check_file(path: Path) -> None:
    """Refuse a file that is not an intact Front Desk database (see :func:`inspect_file`)."""
    inspect_file(path)


# ------------------------------------------------------------------------------------------ manifests

def manifest_path(backup_file: Path) -> Path:
    return backup_file.with_name(backup_file.name + ".json")


def source_state(db_path: Path) -> list[int]:
    """Size and modification time of the live file and of its WAL: any committed write changes them."""
    out = []
    for p in (db_path, Path(str(db_path) + "-wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [-1, -1]
    return out


def _write_manifest(backup_file: Path, info: FileInfo, reason: str, source: Path,
                    state: list[int] | None = None) -> None:
    data = {"file": backup_file.name, "reason": reason, "source": str(source), "source_state": state,
            "made_at": datetime.now().isoformat(timespec="seconds"), "revisions": sorted(info.revisions),
            "audit_rows": info.head[0], "audit_head": info.head[1],
            "counters": [[t, p, n] for (t, p), n in sorted(info.counters.items())]}
    tmp = backup_file.with_name(backup_file.name + ".json.partial")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, manifest_path(backup_file))


def manifests(db_path: Path, target_dir: Path) -> list[dict]:
    """The readable manifests of the database's backups, newest first."""
    out = []
    for p in list_backups(db_path, target_dir):
        try:
            out.append(json.loads(manifest_path(p).read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
    return out


def highest_counters(db_path: Path, target_dir: Path, *more: Counters) -> Counters:
    """The highest number ever recorded per counter, over every manifest and the given counters."""
    high: Counters = {}
    for counters in [*more, *({(t, p): n for t, p, n in m.get("counters", [])}
                              for m in manifests(db_path, target_dir))]:
        for key, n in counters.items():
            high[key] = max(high.get(key, 0), int(n))
    return high


# ------------------------------------------------------------------------------------------ backup

def _unlink_all(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _new_target(db_path: Path, target_dir: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = target_dir / PATTERN.format(stem=db_path.stem, stamp=stamp, reason=reason)
    n = 1
    while target.exists():
        n += 1
        target = target_dir / PATTERN.format(stem=db_path.stem, stamp=f"{stamp}.{n}", reason=reason)
    return target


def _copy_checked(src: sqlite3.Connection, target: Path, reason: str, source: Path,
                  progress: Progress | None = None, state: list[int] | None = None) -> Path:
    """Copy ``src`` to ``target`` under a temporary name, check it, rename it, write its manifest."""
    partial = target.with_name("." + target.name + ".partial")

    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)
        if STEP_PAUSE_S:
            time.sleep(STEP_PAUSE_S)
    try:
        dst = sqlite3.connect(partial)
        try:
            with dst:
                src.backup(dst, pages=STEP_PAGES, progress=step)
            dst.execute("PRAGMA journal_mode=DELETE")   # a plain file: reading it never leaves -wal/-shm
        finally:
            dst.close()
        info = inspect_file(partial, full=False)
        os.replace(partial, target)
        _write_manifest(target, info, reason, source, state)
    except (OSError, sqlite3.Error, BackupError) as exc:
        _unlink_all(partial)
        _unlink_all(target)
        manifest_path(target).unlink(missing_ok=True)
        err = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise BackupError(T("Backup", "The backup could not be made ({err}); no file was left behind")
                          .format(err=err)) from None
    return target


def backup(db_path: Path, target_dir: Path, reason: str = "manual", keep: int | None = None,
           progress: Progress | None = None) -> Path:
    """Copy the live database consistently (its own connection and read transaction, in steps reported to
    ``progress``), verify the copy, rotate old automatic ones; return its path."""
    if not db_path.is_file():
        _refuse(T("Backup", "{path} does not exist"), path=db_path)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        state = source_state(db_path)
        src = sqlite3.connect(db_path, timeout=15, isolation_level=None)
        src.execute("BEGIN")                    # one snapshot for every step: writers go on meanwhile (WAL)
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(T("Backup", "The backup could not be made ({err}); no file was left behind")
                          .format(err=exc)) from None
    try:
        target = _copy_checked(src, _new_target(db_path, target_dir, reason), reason, db_path, progress, state)
    finally:
        src.close()
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
        _unlink_all(old)                                # with any -wal/-shm an older version left
        manifest_path(old).unlink(missing_ok=True)


def unchanged_since_last(db_path: Path, target_dir: Path) -> bool:
    """The live file is as it was when the newest backup began (no write since): nothing to back up."""
    for p in list_backups(db_path, target_dir):
        try:
            state = json.loads(manifest_path(p).read_text(encoding="utf-8")).get("source_state")
        except (OSError, ValueError):
            return False
        return state is not None and state == source_state(db_path)
    return False


def last_backup_time(db_path: Path, target_dir: Path, reason: str) -> datetime | None:
    for p in list_backups(db_path, target_dir):
        if p.stem.endswith("-" + reason):
            return datetime.fromtimestamp(p.stat().st_mtime)
    return None


# ------------------------------------------------------------------------------------------ restore

@dataclass(frozen=True)
class RestoreResult:
    safety: Path | None                   # the safety backup of the replaced database
    restored: FileInfo                    # what the restored file held
    replaced_head: Head | None            # the replaced database's audit head (None if unreadable)
    #: counters moved forward so that no number issued before the restore is issued again:
    #: (doc type, period, last number in the backup, last number now)
    counters_moved: list[tuple[str, str, int, int]] = field(default_factory=list)


IN_USE = T("Backup", "{path} is open in another Front Desk window or program (another desk process, or a "
                     "second copy on this PC). Close it everywhere, then restore again; nothing was replaced.")


def _exclusive(db_path: Path) -> sqlite3.Connection:
    """A connection holding the only lock on the live file, or BackupError if anyone else has it open.

    In WAL mode every open connection holds a shared lock on the file, so an exclusive lock taken in
    EXCLUSIVE locking mode (kept until close) fails while any other connection exists.
    """
    conn = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("COMMIT")                      # the lock stays: locking_mode=EXCLUSIVE
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc) or "busy" in str(exc):
            raise BackupError(IN_USE.format(path=db_path)) from None
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _raise_counters(conn: sqlite3.Connection, high: Counters) -> list[tuple[str, str, int, int]]:
    now = {(t, p): n for t, p, n in conn.execute("SELECT doc_type, period, last_seq FROM doc_sequence")}
    moved = []
    conn.execute("BEGIN IMMEDIATE")
    for (doc_type, period), n in sorted(high.items()):
        if n > now.get((doc_type, period), 0):
            conn.execute("INSERT INTO doc_sequence (doc_type, period, last_seq) VALUES (?, ?, ?) "
                         "ON CONFLICT (doc_type, period) DO UPDATE SET last_seq = excluded.last_seq",
                         (doc_type, period, n))
            moved.append((doc_type, period, now.get((doc_type, period), 0), n))
    conn.execute("COMMIT")
    return moved


def _replace_damaged(source: Path, db_path: Path, target_dir: Path) -> Path:
    """The live file is not a readable database: keep a raw copy of it, then put the backup in its place.

    Its safety copy ends in ``.damaged`` so that it is never offered as a backup to restore."""
    safety = _new_target(db_path, target_dir, "before-restore").with_suffix(".damaged")
    shutil.copy2(db_path, safety)
    tmp = db_path.with_name("." + db_path.name + ".restoring")
    shutil.copy2(source, tmp)
    for suffix in SIDE_FILES:
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    return safety


def _swap(live: sqlite3.Connection, source: Path, db_path: Path,
          target_dir: Path) -> tuple[Path, FileInfo] | None:
    """Safety copy, then the backup's pages into the live file, under the exclusive lock ``live`` holds.

    Returns ``(safety, replaced info)``, or None when the live file is too damaged to copy that way."""
    try:
        replaced = read_info(live)
        safety = _copy_checked(live, _new_target(db_path, target_dir, "before-restore"), "before-restore",
                               db_path)
    except (sqlite3.DatabaseError, BackupError):
        return None
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        src.backup(live)                     # one transaction through the live file's own journal
    except sqlite3.Error as exc:
        raise BackupError(T("Backup", "The backup could not be copied into {path} ({err}); the database is "
                                      "unchanged; a copy of it is {safety}").format(
                                          path=db_path, err=exc, safety=safety)) from None
    finally:
        src.close()
    return safety, replaced


def restore(source: Path, db_path: Path, target_dir: Path) -> RestoreResult:
    """Replace the database with ``source`` after verifying it; the current one is backed up first.

    Refused before anything is replaced: a bad ``source`` (:func:`inspect_file`), or a live database that
    another connection has open. Document counters end at the highest number ever issued (the replaced
    database and every backup manifest), so no number on paper is issued again.
    """
    source = Path(source)
    info = inspect_file(source)
    target_dir.mkdir(parents=True, exist_ok=True)
    if not db_path.exists() or db_path.stat().st_size == 0:
        shutil.copy2(source, db_path)
        return RestoreResult(None, info, None)
    swapped = None
    live: sqlite3.Connection | None
    try:
        live = _exclusive(db_path)
    except sqlite3.DatabaseError:            # not even its first page is readable
        live = None
    if live is not None:
        try:
            swapped = _swap(live, source, db_path, target_dir)
        finally:
            if swapped is None:
                live.close()
    if live is None or swapped is None:     # (swapped is None whenever live is)
        safety, replaced_head, counters = _replace_damaged(source, db_path, target_dir), None, {}
        live = sqlite3.connect(db_path, isolation_level=None)
    else:
        (safety, replaced), replaced_head = swapped, swapped[1].head
        counters = replaced.counters
    try:
        moved = _raise_counters(live, highest_counters(db_path, target_dir, counters))
        live.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        live.close()
    inspect_file(db_path, full=False)
    return RestoreResult(safety, info, replaced_head, moved)
