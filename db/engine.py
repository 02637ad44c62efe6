"""Database access: one :class:`Database` per store (SQLite file or PostgreSQL URL).

SQLite runs in WAL mode with foreign keys, ``synchronous=FULL`` and a busy timeout. The pysqlite driver's
own transaction handling is switched off (``isolation_level=None``) so that we issue ``BEGIN`` ourselves:
``BEGIN IMMEDIATE`` for a write unit of work (it takes the write lock up front, so two desks never
deadlock half-way through), a plain deferred ``BEGIN`` for reads, which never block in WAL mode.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from app.i18n import QT_TRANSLATE_NOOP
from db.errors import StoreError, translated

#: the PostgreSQL advisory lock every writer takes first (db.engine.Database.write, app.services.audit)
WRITE_LOCK = 7411

NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs",
              "fuse.rclone", "glusterfs", "ceph"}


def is_network_path(path: Path) -> bool:
    """True when ``path`` lies on a network share, where SQLite's locking is unreliable."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes
        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE
        return False
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    target = os.path.realpath(text if os.path.exists(text) else os.path.dirname(text) or ".")
    best, best_fs = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            mount_point = parts[1].replace("\\040", " ")
            if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) \
                    and len(mount_point) > len(best):
                best, best_fs = mount_point, parts[2]
    return best_fs in NETWORK_FS


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path)}"


def make_engine(url: str, busy_timeout: float = 15.0) -> Engine:
    """The engine of a store; a SQLite writer waits up to ``busy_timeout`` seconds for another desk's
    write lock, then the unit of work is refused as busy (db.errors.StoreBusy), never a raw error."""
    if url.startswith("sqlite"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:" and is_network_path(Path(path)):
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "The database file {path} is on a network share, where SQLite can lose data. "
                         "To share one estate between several desks, use a PostgreSQL server "
                         "(--db-url postgresql+psycopg://…).").format(path=path))
        engine = create_engine(url, connect_args={"isolation_level": None, "timeout": busy_timeout,
                                                  "check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL",
                           f"busy_timeout={int(busy_timeout * 1000)}"):
                cur.execute(f"PRAGMA {pragma}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:
            options = conn.get_execution_options()
            if options.get("one_statement"):
                return  # a single SELECT reads one consistent snapshot without a BEGIN (Database.rows)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("write", False) else "BEGIN")

        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """A store and its session factories. Services take one and open units of work on it."""

    def __init__(self, url: str, *, busy_timeout: float = 15.0) -> None:
        self.url = url
        self.engine = make_engine(url, busy_timeout)
        self.is_sqlite = url.startswith("sqlite")
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False)
        self._described: str | None = None

    @property
    def path(self) -> Path | None:
        """The SQLite file, or ``None`` for a server database."""
        if not self.is_sqlite or "///" not in self.url:
            return None
        return Path(self.url.split("///", 1)[1])

    def describe(self) -> str:
        """A short, password-free description for the status bar."""
        if self.path:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    def translated(self) -> AbstractContextManager[None]:
        """A block whose store errors (busy, damaged, unreachable …) become one-line UserErrors."""
        if self._described is None:
            self._described = self.describe()  # once: every read passes it, and a Path costs µs per call
        return translated(self._described)

    @contextmanager
    def read(self) -> Iterator[Session]:
        # closing ends the read transaction; loaded objects stay usable
        with self.translated(), self._read() as session:
            yield session

    def rows(self, statement: Any, params: Mapping[str, Any] | None = None) -> list[Any]:
        """The rows of one SELECT, as tuples: the lean read path of lists and search.

        No session, no ORM objects and (SQLite) no explicit transaction, since one statement reads one
        consistent snapshot anyway; with a statement built once (bind parameters, see
        app.services.listing.statement) a list call costs little more than the raw query.
        """
        with self.translated(), self.engine.connect() as conn:
            conn.execution_options(one_statement=True)
            return list(conn.execute(statement, params or {}).all())

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any exception.

        On PostgreSQL every unit of work first takes the store's write lock (an advisory transaction lock,
        the one the audit chain needs anyway), before any row lock: all writers take their locks in one
        order, so two desks can wait for each other but never deadlock (SQLite: BEGIN IMMEDIATE).
        """
        with self.translated(), self._write() as session, session.begin():
            if not self.is_sqlite:
                session.execute(text(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})"))
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
