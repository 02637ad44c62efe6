"""What every service shares: the acting user, the clock, and turning database conflicts into messages."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.domain.enums import StaffRole
from app.domain.errors import ConflictError, PermissionDenied
from app.domain.permissions import PEOPLE_SEE_ID, PERMISSIONS
from app.i18n import QT_TRANSLATE_NOOP
from db.engine import Database

STALE = QT_TRANSLATE_NOOP("Service", "Someone else changed this record in the meantime. Reload it and "
                                    "apply your change again.")


def now() -> datetime:
    """Local time without microseconds (tests replace this to move the clock)."""
    return datetime.now().replace(microsecond=0)


class Live(Protocol):
    """What makes an actor *live* (app.services.auth.Liveness)."""

    def permissions(self, actor: Actor, granted: frozenset[str]) -> frozenset[str]: ...

    def ended(self, actor: Actor) -> bool: ...

    def release(self) -> None: ...


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service runs, with the permissions of their role.

    An actor from a sign-in is *live* (``live``, see app.services.auth.Liveness): ``permissions`` is then
    what it was granted at sign-in, adjusted by what has changed since (a permission removed from the role,
    the account disabled or given another role), read from a cache the account and matrix changes
    invalidate. So revocation reaches open sessions, and every ``require`` of every service sees it.
    """

    staff_id: int | None
    username: str
    name: str
    role: str
    permissions: frozenset[str] = field(default_factory=frozenset)
    must_change_password: bool = False
    live: Live | None = field(default=None, compare=False, repr=False)

    def can(self, permission: str) -> bool:
        return permission in self.permissions

    def require(self, permission: str) -> None:
        if permission not in self.permissions:
            if self.live is not None and self.live.ended(self):
                raise PermissionDenied(QT_TRANSLATE_NOOP(
                    "Service", "Your account was disabled or given another role since you signed in: sign "
                               "out and sign in again."))
            perm = PERMISSIONS.get(permission)
            what = str(perm.label) if perm else permission
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Service", "Your role ({role}) may not do this: {what}").format(
                    role=_role_label(self.role), what=what))

    @property
    def role_label(self) -> str:
        return _role_label(self.role)


def _permissions(actor: Actor) -> frozenset[str]:
    granted: frozenset[str] = actor.__dict__["permissions"]
    live: Live | None = actor.__dict__.get("live")
    return granted if live is None else live.permissions(actor, granted)


def _grant(actor: Actor, value: frozenset[str]) -> None:
    actor.__dict__["permissions"] = value


# ``permissions`` reads through the liveness check: a data descriptor on the class wins over the instance's
# stored field, which the dataclass machinery (__init__, replace) still sets through ``_grant``.
setattr(Actor, "permissions", property(_permissions, _grant))  # noqa: B010 - a field mypy cannot see replaced


def _role_label(role: str) -> str:
    try:
        return str(StaffRole(role).label)
    except ValueError:
        return role


#: The administrator at the command line (whoever can read the database file can do everything).
SYSTEM = Actor(None, "system", "system", "it", frozenset(PERMISSIONS))


def system_actor(*, see_private: bool = True) -> Actor:
    """SYSTEM with every permission declared so far (workflow modules declare theirs on import);
    without ``people.see_id`` when ``see_private`` is false (what it prints is masked, as for every role
    but the supervisor's)."""
    permissions = frozenset(PERMISSIONS)
    if not see_private:
        permissions -= {PEOPLE_SEE_ID}
    return Actor(None, "system", "system", "it", permissions)


@contextmanager
def unit_of_work(db: Database, actor: Actor) -> Iterator[Session]:
    """A write transaction whose changes the audit trail attributes to ``actor``.

    A save based on a stale version (another desk saved first) becomes a ConflictError.
    """
    try:
        with db.write() as session:
            session.info["actor"] = actor
            yield session
    except StaleDataError:
        raise ConflictError(STALE) from None
    except IntegrityError as exc:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "Service", "This would create a duplicate or break a link between records ({detail}).")
            .format(detail=str(exc.orig).split("\n")[0])) from None
