import pytest

from app.ui.main_window import MainWindow
from app.ui.ops import Ops


@pytest.fixture
def window_for(qtbot):
    """A main window for a signed-in actor (no session: closing it does not quit)."""
    def make(db, actor):
        ops = Ops()
        w = MainWindow(db, actor, ops)
        qtbot.addWidget(w)
        w._locking = True
        w.show()
        return w
    return make


def wait_ops(qtbot, window):
    """Wait until the window's operations are done: the runner says so with ``busy_changed(False)``."""
    if window.ops.busy:
        qtbot.waitSignal(window.ops.busy_changed, timeout=20000, check_params_cb=lambda busy: not busy).wait()


def search(qtbot, pane, text: str) -> None:
    """Type into a record pane's search box and wait for the list it reloads after the typing pause."""
    with qtbot.waitSignal(pane.model.modelReset, timeout=5000):
        pane.search.setText(text)
