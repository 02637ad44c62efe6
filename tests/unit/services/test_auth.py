from datetime import timedelta

import pytest
from sqlalchemy import select

from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.services import auth, params, registry
from app.services.auth import SignInError
from db.models import AuditLog, Staff
from tests.conftest import PASSWORD


def audit_actions(db):
    with db.read() as s:
        return [a for a in s.scalars(select(AuditLog.action).order_by(AuditLog.id))]


def test_sign_in_returns_actor_with_role_permissions(db):
    actor = auth.sign_in(db, "reception", PASSWORD)
    assert actor.role == "receptionist"
    assert actor.can("registry.view") and not actor.can("users.manage")
    assert audit_actions(db)[-1] == "sign_in"


def test_user_name_is_case_insensitive(db):
    assert auth.sign_in(db, "  ADMIN ", PASSWORD).username == "admin"


def failed_logins(db, username: str) -> int:
    with db.read() as s:
        return s.scalar(select(Staff.failed_logins).where(Staff.username == username))


def test_wrong_password_counts_and_locks(db, monkeypatch):
    limit = params.get(db, "auth.max_failed_logins")
    for i in range(limit - 1):
        with pytest.raises(SignInError, match="Wrong user name or password"):
            auth.sign_in(db, "clerk", "wrong-password1")
        assert failed_logins(db, "clerk") == i + 1
    with pytest.raises(SignInError, match="locked"):
        auth.sign_in(db, "clerk", "wrong-password1")
    # the right password is refused while locked
    with pytest.raises(SignInError, match="locked"):
        auth.sign_in(db, "clerk", PASSWORD)
    assert audit_actions(db).count("sign_in_failed") == limit + 1
    # after the lockout time it works again
    later = auth.now() + timedelta(minutes=params.get(db, "auth.lockout_minutes") + 1)
    monkeypatch.setattr("app.services.auth.now", lambda: later)
    assert auth.sign_in(db, "clerk", PASSWORD).username == "clerk"


def test_unknown_user_is_refused_and_audited(db):
    with pytest.raises(SignInError):
        auth.sign_in(db, "nobody", PASSWORD)
    assert audit_actions(db)[-1] == "sign_in_failed"


def test_unknown_and_known_user_names_answer_alike(db, monkeypatch):
    """D18: the same message, and the same password hashing work, whether the user name exists or not."""
    from argon2 import PasswordHasher
    messages = {}
    for name in ("clerk", "nobody", "clerk"):
        with pytest.raises(SignInError) as refused:
            auth.sign_in(db, name, "wrong-password1")
        messages.setdefault(name, set()).add(str(refused.value))
    assert messages["clerk"] == messages["nobody"] and len(messages["nobody"]) == 1
    # timing with the production hasher's cost: the unknown name must not answer at once
    import time
    monkeypatch.setattr(auth, "_hasher", PasswordHasher)
    steward = auth.sign_in(db, "steward", PASSWORD).staff_id
    with db.write() as s:                      # the account's hash at production cost too
        s.get(Staff, steward).password_hash = auth.hash_password(PASSWORD)

    def timed(name: str) -> float:
        start = time.perf_counter()
        with pytest.raises(SignInError):
            auth.sign_in(db, name, "wrong-password1")
        return time.perf_counter() - start
    timed("nobody")                            # the dummy hash is made once
    known = sorted(timed("steward") for _ in range(3))[1]
    unknown = sorted(timed("nobody") for _ in range(3))[1]
    assert 0.5 < unknown / known < 2, (known, unknown)


def test_signing_in_does_not_make_an_open_account_editor_stale(db, admin):
    """Signing in (last sign-in, failure count) leaves the staff row's version alone."""
    row = next(r for r in auth.list_staff(db, admin) if r.username == "clerk")
    auth.sign_in(db, "clerk", PASSWORD)
    with pytest.raises(SignInError):
        auth.sign_in(db, "clerk", "wrong-password1")
    auth.update_user(db, admin, row.id, name="新名字", role="clerk", phone="", active=True, version=row.version)


def test_lockout_parameter_is_used(db, admin):
    params.set_value(db, admin, "auth.max_failed_logins", "2")
    with pytest.raises(SignInError):
        auth.sign_in(db, "it", "nope-nope1")
    with pytest.raises(SignInError, match="locked"):
        auth.sign_in(db, "it", "nope-nope1")


def test_password_is_hashed_with_argon2(db):
    with db.read() as s:
        stored = s.scalar(select(Staff.password_hash).where(Staff.username == "admin"))
    assert stored.startswith("$argon2") and PASSWORD not in stored


@pytest.mark.parametrize("bad", ["short1", "onlyletters", "1234567890", "x" * 129 + "1"])
def test_weak_passwords_refused(bad):
    with pytest.raises(ValidationError):
        auth.check_password(bad)


def test_change_password(db, admin):
    with pytest.raises(ValidationError) as err:
        auth.change_password(db, admin, "wrong-old1", "newpass123")
    assert err.value.field == "old_password"
    auth.change_password(db, admin, PASSWORD, "newpass123")
    with pytest.raises(SignInError):
        auth.sign_in(db, "admin", PASSWORD)
    assert auth.sign_in(db, "admin", "newpass123").username == "admin"


def test_add_user_requires_permission_in_service(db, actor):
    reception = actor("receptionist")
    with pytest.raises(PermissionDenied):
        auth.add_user(db, reception, "new1", "新人", "receptionist", "abc12345")


def test_add_user_and_duplicate(db, admin):
    auth.add_user(db, admin, "xiaoli", "小李", "receptionist", "abc12345")
    new = auth.sign_in(db, "xiaoli", "abc12345")
    assert new.must_change_password
    with pytest.raises(ConflictError):
        auth.add_user(db, admin, "XiaoLi", "小李二", "receptionist", "abc12345")


def test_matrix_change_is_enforced_by_services(db, admin, actor):
    perms = auth.matrix(db)["receptionist"] - {"registry.view"}
    auth.set_role_permissions(db, admin, "receptionist", perms)
    reception = actor("receptionist")
    with pytest.raises(PermissionDenied):
        registry.tree(db, reception)


def test_last_user_manager_cannot_be_removed(db, admin):
    auth.set_role_permissions(db, admin, "it", auth.matrix(db)["it"] - {"users.manage"})
    with pytest.raises(ConflictError):
        auth.set_role_permissions(db, admin, "supervisor",
                                  auth.matrix(db)["supervisor"] - {"users.manage"})


def test_cannot_disable_self(db, admin):
    staff = next(s for s in auth.list_staff(db, admin) if s.username == "admin")
    with pytest.raises(ConflictError):
        auth.update_user(db, admin, staff.id, name=staff.name, role=staff.role, phone="",
                         active=False, version=staff.version)


def test_disabled_user_cannot_sign_in(db, admin):
    staff = next(s for s in auth.list_staff(db, admin) if s.username == "clerk")
    auth.update_user(db, admin, staff.id, name=staff.name, role=staff.role, phone="", active=False,
                     version=staff.version)
    with pytest.raises(SignInError):
        auth.sign_in(db, "clerk", PASSWORD)


# ---------------------------------------------------------------- who may grant what (issue 16, D10)

def test_the_network_engineer_cannot_grant_itself_business_permissions(db, actor):
    it = actor("it")
    from app.domain.permissions import PERMISSIONS
    with pytest.raises(PermissionDenied):
        auth.set_role_permissions(db, it, "it", set(PERMISSIONS))
    with pytest.raises(PermissionDenied):
        auth.set_role_permissions(db, it, "receptionist", auth.matrix(db)["receptionist"] - {"registry.view"})
    assert "keys.approve" not in auth.matrix(db)["it"]


def test_supervisor_accounts_are_managed_by_the_supervisor_only(db, actor, admin):
    it = actor("it")
    with pytest.raises(PermissionDenied, match="supervisor"):
        auth.add_user(db, it, "boss2", "假主管", "supervisor", "pass1234")
    with pytest.raises(PermissionDenied, match="supervisor"):
        auth.reset_password(db, it, admin.staff_id, "taken0ver")
    row = next(r for r in auth.list_staff(db, it) if r.username == "admin")
    with pytest.raises(PermissionDenied):
        auth.update_user(db, it, row.id, name=row.name, role=row.role, phone="", active=False,
                         version=row.version)
    clerk = next(r for r in auth.list_staff(db, it) if r.username == "clerk")
    with pytest.raises(PermissionDenied, match="role"):     # no promotion to what IT may not do itself
        auth.update_user(db, it, clerk.id, name=clerk.name, role="supervisor", phone="", active=True,
                         version=clerk.version)
    assert auth.sign_in(db, "admin", PASSWORD)               # the supervisor's password still works


def test_the_network_engineer_keeps_technical_administration(db, actor):
    it = actor("it")
    clerk = next(r for r in auth.list_staff(db, it) if r.username == "clerk")
    auth.reset_password(db, it, clerk.id, "fresh2026a")
    clerk = next(r for r in auth.list_staff(db, it) if r.username == "clerk")
    auth.update_user(db, it, clerk.id, name=clerk.name, role="clerk", phone="", active=False,
                     version=clerk.version)
    with db.read() as s:
        rows = s.execute(select(AuditLog.action, AuditLog.username, AuditLog.after).where(
            AuditLog.entity == "staff", AuditLog.entity_id == str(clerk.id)).order_by(AuditLog.id)).all()
    assert ("reset_password", "it") in [(a, u) for a, u, _ in rows]
    assert rows[-1][:2] == ("update", "it") and '"active": false' in rows[-1].after
    with pytest.raises(PermissionDenied):          # creating a business account grants business permissions
        auth.add_user(db, it, "newdesk", "新前台", "receptionist", "pass1234")
    auth.add_user(db, it, "it2", "二号网管", "it", "pass1234")


def test_nobody_grants_a_permission_they_do_not_hold(db, admin):
    from app.services.base import system_actor
    auth.set_role_permissions(db, system_actor(), "supervisor", auth.matrix(db)["supervisor"] - {"keys.approve"})
    boss = auth.sign_in(db, "admin", PASSWORD)
    with pytest.raises(PermissionDenied, match="hold yourself"):
        auth.set_role_permissions(db, boss, "clerk", auth.matrix(db)["clerk"] | {"keys.approve"})
    auth.set_role_permissions(db, boss, "clerk", auth.matrix(db)["clerk"] | {"people.see_id"})
    with db.read() as s:
        after = s.scalars(select(AuditLog.after).where(AuditLog.action == "set_permissions")
                          .order_by(AuditLog.id.desc()).limit(1)).one()
    assert '"added": ["people.see_id"]' in after


# ---------------------------------------------------------------- revocation reaches open sessions (D11)

def test_a_disabled_account_stops_working_in_its_open_session(db, admin, actor):
    clerk = actor("clerk")
    assert registry.tree(db, clerk) == []
    row = next(r for r in auth.list_staff(db, admin) if r.username == "clerk")
    auth.update_user(db, admin, row.id, name=row.name, role=row.role, phone="", active=False, version=row.version)
    with pytest.raises(PermissionDenied, match="sign in again"):
        registry.tree(db, clerk)
    assert not clerk.can("registry.view")


def test_a_revoked_permission_is_gone_from_open_sessions_at_once(db, admin, actor):
    desk = actor("receptionist")
    assert registry.tree(db, desk) == []
    auth.set_role_permissions(db, admin, "receptionist", auth.matrix(db)["receptionist"] - {"registry.view"})
    with pytest.raises(PermissionDenied, match="View rooms"):
        registry.tree(db, desk)
    auth.set_role_permissions(db, admin, "receptionist", auth.matrix(db)["receptionist"] | {"registry.view"})
    assert registry.tree(db, desk) == []            # and a grant reaches it too


def test_another_desks_revocation_arrives_within_the_check_interval(db, admin, monkeypatch):
    """A session on another desk (its own engine and cache) learns of it from the store's stamp."""
    from db.engine import Database
    other = Database(db.url)
    try:
        desk = auth.sign_in(other, "reception", PASSWORD)
        assert registry.tree(other, desk) == []
        auth.set_role_permissions(db, admin, "receptionist", auth.matrix(db)["receptionist"] - {"registry.view"})
        assert registry.tree(other, desk) == []      # still cached on that desk …
        monkeypatch.setattr(auth.Authority, "ttl", 0.0)
        with pytest.raises(PermissionDenied):        # … until its next look at the stamp
            registry.tree(other, desk)
    finally:
        other.dispose()


def test_checking_the_current_state_is_cheap(db, actor):
    from sqlalchemy import event
    desk = actor("receptionist")
    desk.require("registry.view")
    statements = []
    listener = lambda *a, **k: statements.append(a[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        for _ in range(200):
            desk.require("registry.view")
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert len(statements) <= 2, statements
