"""Runs service calls off the GUI thread (DESIGN.md §6), the way Anki's CollectionOp does.

Writes and long work (imports, exports) run on one worker thread, so they are serialised; the result or
the error comes back on the GUI thread. Backups run on a thread of their own (:meth:`Ops.background`, their
own SQLite connection), so a save, a print or a KPI never waits behind one; their progress is shown in the
status bar. A successful write broadcasts ``records_changed(kind,
ids)`` so every page showing those records refreshes. One page of a lazy list is a keyset query of a few
milliseconds (bench/bench_lists.py) and is read on the GUI thread directly.
"""
from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.domain.errors import UserError

log = logging.getLogger(__name__)


class Progress(QObject):
    """Handed to long work as ``progress(done, total)``; ``cancelled`` is polled by the work."""

    changed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self.cancelled = False

    def __call__(self, done: int, total: int) -> None:
        self.changed.emit(done, total)


class Op(QObject):
    """One call in flight; connect to ``succeeded``/``failed`` (both delivered on the GUI thread)."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, fn: Callable[[], Any], kind: str | None) -> None:
        super().__init__()
        self.fn, self.kind = fn, kind
        self.result: Any = None
        self.error: BaseException | None = None
        self.trace = ""
        self.has_error_handler = False


class _Job(QRunnable):
    def __init__(self, op: Op, relay: _Relay) -> None:
        super().__init__()
        self.op, self.relay = op, relay

    def run(self) -> None:
        try:
            self.op.result = self.op.fn()
        except BaseException as exc:  # delivered to the GUI thread and routed there
            self.op.error = exc
            self.op.trace = traceback.format_exc()
        self.relay.done.emit(self.op)


class _Relay(QObject):
    done = Signal(object)
    progress = Signal(str, int, int)


class Ops(QObject):
    """The one runner of the application."""

    records_changed = Signal(str, object)   # kind, ids (tuple) or None for "anything of this kind"
    busy_changed = Signal(bool)
    user_error = Signal(object)             # a UserError nobody handled: shown in the status bar
    unexpected_error = Signal(str, str)     # message, traceback: a bug, shown in the crash dialog
    #: background work (a backup): what, done, total; ``background_finished(what)`` when it has ended
    background_progress = Signal(str, int, int)
    background_finished = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay()
        self._relay.done.connect(self._finish)
        self._running: set[Op] = set()
        self.background_pool = QThreadPool(self)
        self.background_pool.setMaxThreadCount(1)
        self._background_relay = _Relay()
        self._background_relay.done.connect(self._finish_background)
        self._background_relay.progress.connect(self.background_progress)
        self._background: dict[Op, str] = {}

    def run(self, fn: Callable[[], Any], *, kind: str | None = None,
            on_success: Callable[[Any], None] | None = None,
            on_error: Callable[[UserError], None] | None = None) -> Op:
        """Run ``fn`` on the worker. A ``kind`` marks it as a write of that kind of record."""
        op = Op(fn, kind)
        if on_success:
            op.succeeded.connect(on_success)
        if on_error:
            op.failed.connect(on_error)
        op.has_error_handler = on_error is not None
        self._running.add(op)
        self.busy_changed.emit(True)
        self.pool.start(_Job(op, self._relay))
        return op

    @Slot(object)
    def _finish(self, op: Op) -> None:
        self._running.discard(op)
        if not self._running:
            self.busy_changed.emit(False)
        self._deliver(op)

    def _deliver(self, op: Op) -> None:
        if op.error is None:
            op.succeeded.emit(op.result)
            if op.kind:
                ids = op.result if isinstance(op.result, tuple) else (
                    (op.result,) if isinstance(op.result, int) else None)
                self.records_changed.emit(op.kind, ids)
        elif isinstance(op.error, UserError):
            if op.has_error_handler:
                op.failed.emit(op.error)
            else:
                self.user_error.emit(op.error)
        else:
            log.error("operation failed\n%s", op.trace)
            self.unexpected_error.emit(str(op.error), op.trace)
        op.finished.emit()

    def background(self, what: str, fn: Callable[[Callable[[int, int], None]], Any], *,
                   on_success: Callable[[Any], None] | None = None,
                   on_error: Callable[[UserError], None] | None = None) -> Op:
        """Run ``fn(progress)`` on the background thread (one at a time, never on the desk's worker):
        ``progress(done, total)`` is shown in the status bar as ``what``. It must use a connection of its
        own (a backup does). Errors are routed as :meth:`run`'s are."""
        relay = self._background_relay

        def report(done: int, total: int) -> None:
            relay.progress.emit(what, done, total)
        op = Op(lambda: fn(report), None)
        if on_success:
            op.succeeded.connect(on_success)
        if on_error:
            op.failed.connect(on_error)
        op.has_error_handler = on_error is not None
        self._background[op] = what
        relay.progress.emit(what, 0, 0)
        self.background_pool.start(_Job(op, relay))
        return op

    @Slot(object)
    def _finish_background(self, op: Op) -> None:
        what = self._background.pop(op, "")
        self.background_finished.emit(what)
        self._deliver(op)

    @property
    def background_busy(self) -> bool:
        return bool(self._background)

    def wait_background(self, msecs: int = 60000) -> bool:
        return self.background_pool.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        """An operation is still running (its result not yet delivered); ``busy_changed(False)`` follows."""
        return bool(self._running)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
