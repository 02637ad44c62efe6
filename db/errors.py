"""Turning what the database driver raises into the messages a user can act on (one line, no traceback).

Every unit of work and every read goes through :func:`translated`, so no service lets a raw
``OperationalError`` out: a busy store is a retryable :class:`StoreBusy`, a damaged or foreign file a
:class:`StoreDamaged` that says to restore a backup, an unreachable server a :class:`StoreUnreachable`,
and input the driver cannot bind (an integer of 2^63 or more, a lone surrogate) a ``ValidationError``.
Errors the caller handles itself (IntegrityError, StaleDataError) and anything unknown pass unchanged.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc

from app.domain.errors import UserError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text


class StoreError(UserError):
    """The store cannot be used (network share, unreadable file, newer schema …)."""


class StoreBusy(StoreError):
    """Another desk holds the write lock (or a lock conflict aborted the change): try again."""


class StoreDamaged(StoreError):
    """The SQLite file is damaged or is not a Front Desk database; ``path`` is the file."""

    def __init__(self, message: Text | str, path: str | Path | None = None) -> None:
        super().__init__(message)
        self.path = path


class StoreUnreachable(StoreError):
    """The database server cannot be reached or refused the credentials."""


BUSY = T("Store", "The database is busy: another desk or program is saving a large change. Try again in a "
                  "moment; nothing was saved.")
CLASH = T("Store", "Another desk changed the same records at the same moment. Try again; nothing was saved.")
DAMAGED = T("Store", "{where} is damaged or is not a Front Desk database ({detail}). Restore the newest "
                     "backup (File → Restore, or: frontdesk restore FILE --db {where}).")
NO_FILE = T("Store", "{where} cannot be opened ({detail}): check the path and that it is a file you may "
                     "write.")
FULL = T("Store", "The disk of {where} is full: free some space, then try again; nothing was saved.")
READONLY = T("Store", "{where} is read-only: Front Desk needs to write to it.")
REFUSED = T("Store", "The database server {where} refused the user name or password: check --db-url.")
UNREACHABLE = T("Store", "Cannot reach the database server {where} ({detail}): check that it runs and "
                         "that this PC can reach it.")
TOO_BIG = T("Store", "A number is too large")
BAD_CHAR = T("Store", "The text contains a character that cannot be stored (a broken character from a "
                      "copy and paste): retype it")
OUT_OF_RANGE = T("Store", "A value is out of range or has the wrong form ({detail})")

_SQLITE = {
    "database is locked": (StoreBusy, BUSY), "database table is locked": (StoreBusy, BUSY),
    "file is not a database": (StoreDamaged, DAMAGED), "malformed": (StoreDamaged, DAMAGED),
    "file is encrypted": (StoreDamaged, DAMAGED), "disk i/o error": (StoreDamaged, DAMAGED),
    "unable to open database file": (StoreError, NO_FILE), "disk is full": (StoreError, FULL),
    "readonly database": (StoreError, READONLY),
}
_PG = {
    "deadlock detected": (StoreBusy, CLASH), "could not serialize access": (StoreBusy, CLASH),
    "lock timeout": (StoreBusy, BUSY), "canceling statement due to lock": (StoreBusy, BUSY),
    "password authentication failed": (StoreUnreachable, REFUSED),
    "no password supplied": (StoreUnreachable, REFUSED),
    "connection refused": (StoreUnreachable, UNREACHABLE), "could not translate host": (StoreUnreachable,
                                                                                       UNREACHABLE),
    "timeout expired": (StoreUnreachable, UNREACHABLE), "connection failed": (StoreUnreachable, UNREACHABLE),
    "server closed the connection": (StoreUnreachable, UNREACHABLE),
}


def _detail(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    lines = [ln.strip() for ln in str(orig).splitlines() if ln.strip()]
    text = lines[0] if lines else type(orig).__name__
    return text.split("failed: ", 1)[-1] if "connection" in text else text


def translate(exc: BaseException, where: str = "") -> UserError | None:
    """The user-facing error for ``exc``, or None when it is not a store condition we know."""
    if isinstance(exc, UserError):
        return None
    if isinstance(exc, OverflowError):
        return ValidationError(TOO_BIG)
    if isinstance(exc, UnicodeEncodeError):
        return ValidationError(BAD_CHAR)
    if isinstance(exc, (sa_exc.IntegrityError, sa_exc.InterfaceError)):
        return None
    if isinstance(exc, sa_exc.DataError):
        return ValidationError(OUT_OF_RANGE.format(detail=_detail(exc)))
    if not isinstance(exc, (sa_exc.OperationalError, sa_exc.DatabaseError)):
        return None
    text = str(getattr(exc, "orig", exc)).lower()
    table = _PG if "psycopg" in type(getattr(exc, "orig", exc)).__module__ else _SQLITE
    for needle, (cls, message) in table.items():
        if needle in text:
            msg = message.format(where=where, detail=_detail(exc))
            return cls(msg, where) if cls is StoreDamaged else cls(msg)
    return None


@contextmanager
def translated(where: str = "") -> Iterator[None]:
    """Re-raise a known store condition inside the block as its one-line UserError."""
    try:
        yield
    except Exception as exc:
        mapped = translate(exc, where)
        if mapped is None:
            raise
        raise mapped from exc
