"""Staff accounts: sign-in with lockout, passwords (argon2), roles and the permission matrix."""
from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.domain.enums import StaffRole
from app.domain.errors import ConflictError, NotFound, PermissionDenied, UserError, ValidationError
from app.domain.permissions import PERMISSIONS, USERS_GRANT, USERS_MANAGE
from app.domain.validation import check_mobile, check_text
from app.i18n import QT_TRANSLATE_NOOP
from app.services import audit, params
from app.services.base import STALE, Actor, now, unit_of_work
from db.engine import Database
from db.models import AuthStamp, PermissionSeed, RolePermission, Staff

if TYPE_CHECKING:
    from argon2 import PasswordHasher

MIN_PASSWORD = 8


class SignInError(UserError):
    pass


def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher  # imported on first use: keeps start-up light
    return PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def _verify(stored: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError
    try:
        return _hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def check_password(password: str, field: str = "password") -> str:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Auth", "A password needs at least {n} characters").format(n=MIN_PASSWORD), field)
    if len(password) > 128:
        raise ValidationError(QT_TRANSLATE_NOOP("Auth", "A password has at most 128 characters"), field)
    if password.isdigit() or password.isalpha():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Auth", "A password needs both letters and digits"), field)
    return password


def permissions_of(session: Session, role: str) -> frozenset[str]:
    rows = session.scalars(select(RolePermission.permission).where(RolePermission.role == role))
    return frozenset(rows)


# ------------------------------------------------------------------------------------------ open sessions

class Authority:
    """What the accounts and the permission matrix are *now*, cached per store.

    The cache is dropped when this process changes an account or the matrix, and when the store's
    ``auth_stamp`` (raised in the same transaction by every such change, from any desk) has moved, which is
    looked at no more than every ``ttl`` seconds: a revocation reaches this desk's open sessions at once,
    and other desks' within ``ttl``.
    """

    ttl = 2.0

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._stamp: int | None = None
        self._checked = float("-inf")
        self._staff: dict[int, tuple[bool, str]] = {}
        self._roles: dict[str, frozenset[str]] = {}

    def invalidate(self) -> None:
        with self._lock:
            self._checked = float("-inf")
            self._staff.clear()
            self._roles.clear()

    def release(self) -> None:
        """Close the connections the checks keep (before a restore replaces the file)."""
        self.db.dispose()

    def _fresh(self, s: Session) -> None:
        if time.monotonic() - self._checked < self.ttl:
            return
        stamp = s.scalar(select(AuthStamp.stamp).where(AuthStamp.id == 1))
        if stamp != self._stamp:
            self._staff.clear()
            self._roles.clear()
            self._stamp = stamp
        self._checked = time.monotonic()

    def state(self, staff_id: int) -> tuple[bool, str, frozenset[str]]:
        """``(active, role, permissions of that role)`` of an account now."""
        with self._lock:
            cached = self._staff.get(staff_id)
            role_perms = self._roles.get(cached[1]) if cached else None
            if cached is None or role_perms is None or time.monotonic() - self._checked >= self.ttl:
                with self.db.read() as s:
                    self._fresh(s)
                    if staff_id not in self._staff:
                        row = s.execute(select(Staff.active, Staff.role).where(Staff.id == staff_id)).first()
                        self._staff[staff_id] = (bool(row.active), row.role) if row else (False, "")
                    role = self._staff[staff_id][1]
                    if role not in self._roles:
                        self._roles[role] = permissions_of(s, role)
                cached, role_perms = self._staff[staff_id], self._roles[self._staff[staff_id][1]]
            return cached[0], cached[1], role_perms


def authority(db: Database) -> Authority:
    found = db.__dict__.get("_authority")
    if found is None:
        found = db.__dict__["_authority"] = Authority(db)
    return found


@dataclass(frozen=True)
class Liveness:
    """An open session's link to :class:`Authority`: what its role granted at sign-in, to see the change."""

    authority: Authority
    role_permissions: frozenset[str]

    def permissions(self, actor: Actor, granted: frozenset[str]) -> frozenset[str]:
        """``granted`` without what the role lost since sign-in, with what it gained; nothing if the account
        was disabled, removed or given another role."""
        if actor.staff_id is None:      # no account (as one that no longer exists)
            return frozenset()
        active, role, now_perms = self.authority.state(actor.staff_id)
        if not active or role != actor.role:
            return frozenset()
        return (granted - (self.role_permissions - now_perms)) | (now_perms - self.role_permissions)

    def ended(self, actor: Actor) -> bool:
        if actor.staff_id is None:
            return True
        active, role, _ = self.authority.state(actor.staff_id)
        return not active or role != actor.role

    def release(self) -> None:
        self.authority.release()


def actor_for(session: Session, staff: Staff, db: Database | None = None) -> Actor:
    """The actor of an account; with ``db``, a live one whose permissions follow later changes."""
    granted = permissions_of(session, staff.role)
    live = Liveness(authority(db), granted) if db is not None else None
    return Actor(staff.id, staff.username, staff.name, staff.role, granted, staff.must_change_password, live)


def _changed_security(s: Session) -> None:
    """An account's state or the matrix changes in this unit of work: every desk's sessions re-read it
    (this process's at once: the caller invalidates :func:`authority` after the commit)."""
    s.execute(update(AuthStamp).where(AuthStamp.id == 1).values(stamp=AuthStamp.stamp + 1))


# ------------------------------------------------------------------------------------------ who may grant

def _protected(role: str, matrix_of_role: frozenset[str]) -> bool:
    """Supervisor accounts (and any role that may grant permissions) are managed only by a granter."""
    return role == StaffRole.SUPERVISOR.value or USERS_GRANT in matrix_of_role


def _may_manage(s: Session, actor: Actor, *roles: str) -> None:
    """Refuse managing an account of (or moving it to) a protected role without users.grant."""
    if actor.can(USERS_GRANT):
        return
    for role in roles:
        if _protected(role, permissions_of(s, role)):
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Auth", "Only the customer-service supervisor manages supervisor accounts (your role: "
                        "{role})").format(role=actor.role_label))


def _may_give(s: Session, actor: Actor, role: str) -> None:
    """Nobody gives an account a role with a permission they do not hold themselves."""
    missing = permissions_of(s, role) - actor.permissions
    if missing:
        raise PermissionDenied(QT_TRANSLATE_NOOP(
            "Auth", "You cannot give an account the role {role}: it has permissions you do not hold "
                    "({what})").format(role=_role_name(role), what=_labels(missing)), "role")


def _role_name(role: str) -> str:
    try:
        return str(StaffRole(role).label)
    except ValueError:
        return role


def _labels(codes: Iterable[str]) -> str:
    ordered = sorted(codes)
    shown = [str(PERMISSIONS[c].label) if c in PERMISSIONS else c for c in ordered[:3]]
    return "、".join(shown) + ("…" if len(ordered) > 3 else "")


def seed_permissions(session: Session) -> None:
    """Grant each declared permission to its preset roles once (first run, or a workflow added later);
    a permission the administrator removed from a role afterwards stays removed."""
    seeded = set(session.scalars(select(PermissionSeed.permission)))
    granted = {tuple(r) for r in session.execute(select(RolePermission.role, RolePermission.permission))}
    for code, perm in sorted(PERMISSIONS.items()):
        if code in seeded:
            continue
        for role in sorted(perm.presets):
            if (role.value, code) not in granted:
                session.add(RolePermission(role=role.value, permission=code))
        session.add(PermissionSeed(permission=code))


_DUMMY: dict[str, str] = {}


def _verify_or_waste(stored: str | None, password: str) -> bool:
    """Verify against the account's hash, or against a dummy one of the same cost when there is no usable
    account: a wrong user name takes as long as a wrong password (no enumeration by timing)."""
    if stored is None:
        h = _hasher()
        key = repr((h.time_cost, h.memory_cost, h.parallelism, h.hash_len, h.salt_len))
        if key not in _DUMMY:
            _DUMMY[key] = hash_password("no such account, no such password 0")
        _verify(_DUMMY[key], password)
        return False
    return _verify(stored, password)


def sign_in(db: Database, username: str, password: str) -> Actor:
    """Check the password; count failures and lock the account after too many (parameters).

    A wrong password and an unknown or disabled user name get the same message after the same work.
    The bookkeeping (failures, lock, last sign-in) is written without touching the staff row's version, so
    desks signing in at once never see "someone else changed this record", and an administrator's edit of
    the account is not refused because its user signed in meanwhile.
    """
    username = (username or "").strip()
    with unit_of_work(db, Actor(None, username, "", "")) as s:
        values = params.load(s)
        staff = s.scalar(select(Staff).where(func.lower(Staff.username) == username.lower()))
        t = now()
        limit, minutes = values["auth.max_failed_logins"], values["auth.lockout_minutes"]
        refused = QT_TRANSLATE_NOOP("Auth", "Wrong user name or password. After {n} failed attempts in a row an "
                                            "account is locked for {m} minutes.").format(n=limit, m=minutes)
        usable = staff if staff is not None and staff.active else None  # the account, if it may sign in
        good = _verify_or_waste(usable.password_hash if usable is not None else None, password)
        if usable is None:
            audit.record(s, "sign_in_failed", "staff", "", after={"username": username})
            raise_later = SignInError(refused)
        elif usable.locked_until is not None and usable.locked_until > t:
            audit.record(s, "sign_in_failed", "staff", usable.id, after={"reason": "locked"})
            left = max(1, int((usable.locked_until - t).total_seconds() // 60) + 1)
            raise_later = SignInError(QT_TRANSLATE_NOOP(
                "Auth", "This account is locked after too many failed attempts. Try again in {n} "
                        "minutes or ask the supervisor or the network engineer.").format(n=left))
        elif not good:
            failed = s.execute(update(Staff).where(Staff.id == usable.id)
                               .values(failed_logins=Staff.failed_logins + 1)
                               .returning(Staff.failed_logins)).scalar_one()
            if failed >= limit:
                s.execute(update(Staff).where(Staff.id == usable.id)
                          .values(failed_logins=0, locked_until=t + timedelta(minutes=minutes)))
                raise_later = SignInError(QT_TRANSLATE_NOOP(
                    "Auth", "Too many failed attempts: the account is locked for {n} minutes.").format(
                        n=minutes))
            else:
                raise_later = SignInError(refused)
            audit.record(s, "sign_in_failed", "staff", usable.id, after={"failed": failed})
        else:
            s.execute(update(Staff).where(Staff.id == usable.id)
                      .values(failed_logins=0, locked_until=None, last_login_at=t))
            actor = actor_for(s, usable, db)
            s.info["actor"] = actor
            audit.record(s, "sign_in", "staff", usable.id)
            return actor
    raise raise_later  # after the commit, so the failure count and audit row are kept


def confirm_password(db: Database, actor: Actor, staff_id: int, password: str, field: str = "password") -> None:
    """Another staff member confirms an act at this desk by typing their own password (a supervisor's
    approval): the hash checked as at sign-in, and the failures counted towards the same lockout. A wrong
    password, a locked or disabled account is refused with a :class:`ValidationError` on ``field``; the
    failure count is kept (committed before the refusal)."""
    with unit_of_work(db, actor) as s:
        values = params.load(s)
        staff = s.get(Staff, staff_id)
        t = now()
        limit, minutes = values["auth.max_failed_logins"], values["auth.lockout_minutes"]
        usable = staff if staff is not None and staff.active else None
        good = _verify_or_waste(usable.password_hash if usable is not None else None, password or "")
        name = staff.name if staff is not None else "—"
        wrong = QT_TRANSLATE_NOOP("Auth", "Wrong password of {name}. After {n} failed attempts in a row the "
                                          "account is locked for {m} minutes.").format(name=name, n=limit, m=minutes)
        if usable is None:
            raise ValidationError(wrong, field)
        if usable.locked_until is not None and usable.locked_until > t:
            audit.record(s, "sign_in_failed", "staff", usable.id, after={"reason": "locked", "for": field})
            left = max(1, int((usable.locked_until - t).total_seconds() // 60) + 1)
            raise_later = ValidationError(QT_TRANSLATE_NOOP(
                "Auth", "This account is locked after too many failed attempts. Try again in {n} "
                        "minutes or ask the supervisor or the network engineer.").format(n=left), field)
        elif not good:
            failed = s.execute(update(Staff).where(Staff.id == usable.id)
                               .values(failed_logins=Staff.failed_logins + 1)
                               .returning(Staff.failed_logins)).scalar_one()
            raise_later = ValidationError(wrong, field)
            if failed >= limit:
                s.execute(update(Staff).where(Staff.id == usable.id)
                          .values(failed_logins=0, locked_until=t + timedelta(minutes=minutes)))
                raise_later = ValidationError(QT_TRANSLATE_NOOP(
                    "Auth", "Too many failed attempts: the account is locked for {n} minutes.").format(
                        n=minutes), field)
            audit.record(s, "sign_in_failed", "staff", usable.id, after={"failed": failed, "for": field})
        else:
            s.execute(update(Staff).where(Staff.id == usable.id).values(failed_logins=0, locked_until=None))
            return
    raise raise_later  # after the commit, so the failure count and audit row are kept


def sign_out(db: Database, actor: Actor, reason: str = "") -> None:
    with unit_of_work(db, actor) as s:
        audit.record(s, "sign_out", "staff", actor.staff_id or "", after={"reason": reason} if reason else None)


def reauthenticate(db: Database, actor: Actor) -> Actor:
    """The actor with the permissions its role has now (the matrix may have changed)."""
    with db.read() as s:
        staff = s.get(Staff, actor.staff_id)
        if staff is None or not staff.active:
            raise NotFound(QT_TRANSLATE_NOOP("Auth", "This account no longer exists or is disabled"))
        return actor_for(s, staff, db)


def change_password(db: Database, actor: Actor, old: str, new: str) -> None:
    check_password(new, "new_password")
    with unit_of_work(db, actor) as s:
        staff = s.get(Staff, actor.staff_id)
        if staff is None or not _verify(staff.password_hash, old):
            raise ValidationError(QT_TRANSLATE_NOOP("Auth", "The current password is wrong"),
                                  "old_password")
        if old == new:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Auth", "The new password must differ from the current one"), "new_password")
        staff.password_hash = hash_password(new)
        staff.must_change_password = False
        audit.record(s, "change_password", "staff", staff.id)


def check_username(username: str) -> str:
    username = check_text(username, "username", str(QT_TRANSLATE_NOOP("Auth", "User name")), max_len=30)
    if not username.replace("_", "").replace(".", "").isalnum() or not username.isascii():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Auth", "A user name has only Latin letters, digits, dots and underscores"), "username")
    return username


def _check_staff_fields(username: str, name: str, role: str, phone: str) -> tuple[str, str, str, str]:
    username = check_username(username)
    name = check_text(name, "name", str(QT_TRANSLATE_NOOP("Auth", "Name")), max_len=30)
    member = StaffRole.from_label(role)
    if member is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Auth", "Choose a role"), "role")
    phone = check_mobile(phone, "phone", required=False)
    return username.lower(), name, member.value, phone


def create_staff(session: Session, username: str, name: str, role: str, password: str, *,
                 phone: str = "", must_change: bool = False) -> Staff:
    """Create an account inside an open unit of work (used by the first-run wizard and the demo too)."""
    username, name, role, phone = _check_staff_fields(username, name, role, phone)
    check_password(password)
    if session.scalar(select(Staff.id).where(func.lower(Staff.username) == username)):
        raise ConflictError(QT_TRANSLATE_NOOP("Auth", "The user name {u} is taken").format(u=username),
                            "username")
    staff = Staff(username=username, name=name, role=role, phone=phone,
                  password_hash=hash_password(password), must_change_password=must_change)
    session.add(staff)
    session.flush()
    return staff


def add_user(db: Database, actor: Actor, username: str, name: str, role: str, password: str,
             phone: str = "") -> int:
    """A new account (audited); its role may hold only permissions the actor holds too."""
    actor.require(USERS_MANAGE)
    member = StaffRole.from_label(role)
    code = member.value if member else role
    with unit_of_work(db, actor) as s:
        _may_manage(s, actor, code)
        _may_give(s, actor, code)
        return create_staff(s, username, name, role, password, phone=phone, must_change=True).id


def update_user(db: Database, actor: Actor, staff_id: int, *, name: str, role: str, phone: str,
                active: bool, version: int) -> None:
    actor.require(USERS_MANAGE)
    with unit_of_work(db, actor) as s:
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise NotFound(QT_TRANSLATE_NOOP("Auth", "This account no longer exists"))
        _, name, role, phone = _check_staff_fields(staff.username, name, role, phone)
        if staff.id == actor.staff_id and (not active or role != staff.role):
            raise ConflictError(QT_TRANSLATE_NOOP(
                "Auth", "You cannot disable your own account or change your own role"))
        if staff.version != version:
            raise ConflictError(STALE)
        _may_manage(s, actor, staff.role, role)
        if role != staff.role:
            _may_give(s, actor, role)
        if (role, active) != (staff.role, staff.active):
            _changed_security(s)
        staff.name, staff.role, staff.phone, staff.active = name, role, phone, active
    authority(db).invalidate()


def reset_password(db: Database, actor: Actor, staff_id: int, password: str) -> None:
    actor.require(USERS_MANAGE)
    check_password(password)
    with unit_of_work(db, actor) as s:
        staff = s.get(Staff, staff_id)
        if staff is None:
            raise NotFound(QT_TRANSLATE_NOOP("Auth", "This account no longer exists"))
        _may_manage(s, actor, staff.role)
        staff.password_hash = hash_password(password)
        staff.must_change_password = True
        staff.failed_logins, staff.locked_until = 0, None
        audit.record(s, "reset_password", "staff", staff.id)


def list_staff(db: Database, actor: Actor) -> list[Staff]:
    actor.require(USERS_MANAGE)
    with db.read() as s:
        return list(s.scalars(select(Staff).order_by(Staff.role, Staff.username)))


def matrix(db: Database) -> dict[str, set[str]]:
    with db.read() as s:
        result: dict[str, set[str]] = {r.value: set() for r in StaffRole}
        for role, perm in s.execute(select(RolePermission.role, RolePermission.permission)):
            result.setdefault(role, set()).add(perm)
        return result


def set_role_permissions(db: Database, actor: Actor, role: str, permissions: set[str]) -> None:
    """Replace one role's permissions (audited).

    Needs users.grant (the supervisor's): the network engineer manages accounts, not what roles may do.
    Nobody grants or removes a permission they do not hold; unknown codes are refused; some role must keep
    users.manage and users.grant, so the matrix can always be managed.
    """
    actor.require(USERS_MANAGE)
    actor.require(USERS_GRANT)
    member = StaffRole.from_label(role)
    if member is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Auth", "Choose a role"), "role")
    role = member.value
    unknown = permissions - set(PERMISSIONS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("Auth", "Unknown permission {p}").format(
            p=", ".join(sorted(unknown))))
    with unit_of_work(db, actor) as s:
        changed = set(permissions) ^ permissions_of(s, role)
        beyond = changed - actor.permissions
        if beyond:
            raise PermissionDenied(QT_TRANSLATE_NOOP(
                "Auth", "You can grant or remove only permissions you hold yourself ({what})").format(
                    what=_labels(beyond)))
        for needed, message in ((USERS_MANAGE, QT_TRANSLATE_NOOP(
                "Auth", "At least one role must keep the permission to manage users")),
                                (USERS_GRANT, QT_TRANSLATE_NOOP(
                "Auth", "At least one role must keep the permission to grant permissions"))):
            if needed not in permissions:
                others = s.scalar(select(func.count()).select_from(RolePermission).where(
                    RolePermission.permission == needed, RolePermission.role != role))
                if not others:
                    raise ConflictError(message)
        s.execute(delete(RolePermission).where(RolePermission.role == role))
        for perm in sorted(permissions):
            s.add(RolePermission(role=role, permission=perm))
        _changed_security(s)
        audit.record(s, "set_permissions", "role", role, after={"permissions": sorted(permissions),
                                                                "added": sorted(changed & set(permissions)),
                                                                "removed": sorted(changed - set(permissions))})
    authority(db).invalidate()
