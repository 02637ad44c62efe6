"""Fixtures of the print tests."""
from __future__ import annotations

import pytest

pytest.importorskip("pypdf")


@pytest.fixture
def slip_form():
    """The demo A5 two-up, three-copy slip form, registered for the test only."""
    from app.printing.registry import unregister_form
    from tests.printing.print_helpers import register_slip_form

    code = register_slip_form()
    yield code
    unregister_form(code)


@pytest.fixture(scope="session")
def font():
    """The print font of this machine (a CJK TrueType font must be installed: fonts-wqy-microhei)."""
    from app.printing.fonts import resolve_font

    return resolve_font()
