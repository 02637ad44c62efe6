"""Shared fixtures: every test gets real SQLite files in its own folder; Qt runs offscreen."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":   # the reception PC's 1366×768 screen
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen-1366x768.json')}"
_HOME = Path(tempfile.mkdtemp(prefix="frontdesk-tests-"))
os.environ["FRONTDESK_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")   # QSettings of the tests stay here

import pytest  # noqa: E402

from app.domain.enums import StaffRole  # noqa: E402
from app.services import auth, store  # noqa: E402
from app.services.base import system_actor, unit_of_work  # noqa: E402
from db.engine import sqlite_url  # noqa: E402

PASSWORD = "secret123"
ROLE_USERS = {StaffRole.SUPERVISOR: "admin", StaffRole.STEWARD: "steward",
              StaffRole.RECEPTIONIST: "reception", StaffRole.CLERK: "clerk", StaffRole.IT: "it"}


def _fast_hasher():
    """Tests hash with argon2's smallest cost: the same code path, a fraction of the time."""
    from argon2 import PasswordHasher
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


auth._hasher = _fast_hasher
_TEMPLATES: dict[str, Path] = {}


def new_store(path: Path):
    """A migrated store with the estate and one account per role: copied from a template made once."""
    if "store" not in _TEMPLATES:
        template = _HOME / "store-template.sqlite3"
        _build_store(template).dispose()
        _TEMPLATES["store"] = template
    shutil.copy(_TEMPLATES["store"], path)
    return store.open_store(sqlite_url(path))


def _build_store(path: Path):
    db = store.open_store(sqlite_url(path))
    store.initialise(db, "测试小区", "admin", "王主管", PASSWORD)
    with unit_of_work(db, system_actor()) as s:
        for role, username in ROLE_USERS.items():
            if username != "admin":
                auth.create_staff(s, username, f"{role.value}员工", role.value, PASSWORD)
    return db


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated store with an estate and one account per role (password ``secret123``)."""
    database = new_store(tmp_path / "store.sqlite3")
    yield database
    database.dispose()


@pytest.fixture
def actor(db):
    """Sign-in as a given role: ``actor("receptionist")``."""
    def sign_in(role: str = "supervisor"):
        return auth.sign_in(db, ROLE_USERS[StaffRole(role)], PASSWORD)
    return sign_in


@pytest.fixture
def admin(actor):
    return actor("supervisor")


@pytest.fixture
def demo_db(tmp_path):
    """A copy of the demo estate (generated once per test session, then copied per test)."""
    if "demo" not in _TEMPLATES:
        from app.services import demo
        template = _HOME / "demo-template.sqlite3"
        database = store.open_store(sqlite_url(template))
        demo.ensure_demo(database)
        database.dispose()
        _TEMPLATES["demo"] = template
    target = tmp_path / "demo.sqlite3"
    shutil.copy(_TEMPLATES["demo"], target)
    database = store.open_store(sqlite_url(target))
    yield database
    database.dispose()
