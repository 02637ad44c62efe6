"""Fixtures for the settings dialogs' tests (users, parameters, audit log, calendar, backup).

They build on tests/conftest.py (``db``, ``actor``, ``admin``) and tests/ui/conftest.py (``window_for``);
import them by name into a test module: ``from conftest_settings import window, receptionist, ...``.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


def make_user(db, actor, username: str, role: str, name: str = "李华", password: str = "pass1234"):
    """Add an account and return it signed in."""
    from app.services import auth
    auth.add_user(db, actor, username, name, role, password)
    return auth.sign_in(db, username, password)


@pytest.fixture
def receptionist(actor):
    return actor("receptionist")


@pytest.fixture
def window(window_for, db, admin):
    """The main window of the signed-in supervisor (no session: restore is refused there)."""
    w = window_for(db, admin)
    yield w
    w.ops.wait()


def wait_ops(qtbot, window, timeout: int = 20000) -> None:
    """Until the window's runner has finished every call (and delivered its result)."""
    if window.ops.busy:
        qtbot.waitSignal(window.ops.busy_changed, timeout=timeout, check_params_cb=lambda busy: not busy).wait()
