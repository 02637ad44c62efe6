import pytest

from app.services import records
from tests.kit.ticket import KIND, TicketBase


@pytest.fixture
def kit_db(db):
    """The test store with the test ticket's table, and the ticket registered as a record kind."""
    TicketBase.metadata.create_all(db.engine)
    records.register(KIND)
    yield db
    records.KINDS.pop(KIND.kind, None)


from tests.ui.conftest import window_for  # noqa: E402,F401  (the main window fixture of the UI tests)
