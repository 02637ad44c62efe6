"""The desk's session: first run, sign-in, the main window, idle lock and sign-out, exit backup.

Everything is non-modal (``show`` and signals, never ``exec``), so the same flow runs in tests. Given a URL
instead of an open store, the sign-in dialog is painted first, with its text; only after its first paint
event does the store (with SQLAlchemy, about a second to import) open, on a thread of its own, and the
sign-in button is enabled when it is ready.
"""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from app.ui.ops import Ops

log = logging.getLogger(__name__)


class FirstPaint(QObject):
    """Calls ``then`` once, right after ``widget``'s first paint event has been delivered (or after
    ``fallback_ms`` if it is never painted, e.g. on a screen that does not expose it)."""

    def __init__(self, widget, then, fallback_ms: int = 2000) -> None:
        super().__init__(widget)
        self.then, self.fired = then, False
        widget.installEventFilter(self)
        self.fallback = QTimer(self, singleShot=True, timeout=self._fire)
        self.fallback.start(fallback_ms)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if not self.fired and event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._fire)        # once this paint has reached the screen
        return False

    def _fire(self) -> None:
        if not self.fired:
            self.fired = True
            self.fallback.stop()
            self.then()


class _Opened(QObject):
    """Carries the store (or the exception) from the opening thread to the GUI thread."""

    done = Signal(object, object)   # Database | None, exception | None


class DeskSession(QObject):
    signed_in = Signal(object)     # Actor
    locked = Signal()

    def __init__(self, db=None, *, url: str | None = None, demo: bool = False) -> None:
        super().__init__()
        self.db, self.url, self.demo = db, url, demo
        self.ops = Ops(self)
        self.window = None
        self.actor = None
        self.sign_in_dialog = None
        self.idle = None
        self.restored: list = []
        self.restore_offer = None       # the start-up offer to restore a backup of a damaged file
        self.failure = None             # the message why the store cannot be used
        self.sign_out_question = None   # signing out with a handover nobody has acknowledged yet
        QApplication.instance().setQuitOnLastWindowClosed(False)

    # -- start
    def start(self) -> bool:
        if self.db is None:
            self._new_sign_in_dialog(None, self.tr("Opening the database…"))
            self._first_paint = FirstPaint(self.sign_in_dialog, self._open_store)
            return True
        self._store_ready()
        return True

    def _open_store(self) -> None:
        """Open the store on a thread of its own (importing SQLAlchemy and the models, migrations, checks);
        the GUI keeps painting and taking input meanwhile; :meth:`_store_opened` continues on the GUI thread."""
        self._opened = _Opened()
        self._opened.done.connect(self._store_opened)
        url, opened = self.url, self._opened

        def work() -> None:
            try:
                from app.services.store import open_store
                db, error = open_store(url), None
            except Exception as exc:  # noqa: BLE001 - reported on the GUI thread
                db, error = None, exc
            opened.done.emit(db, error)
        self._opener = threading.Thread(target=work, name="open-store", daemon=True)
        self._opener.start()

    def _store_opened(self, db, error) -> None:
        from app.domain.errors import UserError
        from db.errors import StoreDamaged
        if isinstance(error, StoreDamaged):
            self._offer_restore(error)
            return
        if isinstance(error, UserError):
            self._fail(str(error))
            return
        if error is not None:   # never stuck at "Opening the database…"
            log.error("the store could not be opened", exc_info=error)
            self._fail(str(error))
            return
        self.db = db
        self._store_ready()

    def _fail(self, message: str) -> None:
        """The store cannot be used: say why (non-modal), then end the program."""
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Front Desk"), message,
                          QMessageBox.StandardButton.Close, self.sign_in_dialog)
        box.finished.connect(lambda _result: self._quit())
        self.failure = box
        box.open()

    def _quit(self) -> None:
        QApplication.instance().quit()

    def _offer_restore(self, exc) -> None:
        """The start-up check found the file damaged: offer the newest intact backup (non-modal)."""
        from pathlib import Path

        from app import config
        from app.domain.errors import UserError
        from db import backup as backups
        path = Path(exc.path) if exc.path else None
        good = None
        if path is not None and (path.parent / "backups").is_dir():
            for candidate in backups.list_backups(path, config.backup_dir(path)):
                try:
                    backups.inspect_file(candidate, full=False)
                except UserError:
                    continue
                good = candidate
                break
        if good is None:
            self._fail(str(exc))
            return
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Front Desk"), str(exc),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.sign_in_dialog)
        box.setInformativeText(self.tr("Restore the newest intact backup, {file}? The damaged file is kept "
                                       "beside the backups.").format(file=good.name))
        box.finished.connect(lambda result: self._restore_offer_answered(result, good))
        self.restore_offer = box
        box.open()

    def _restore_offer_answered(self, result: int, backup) -> None:
        from app.domain.errors import UserError
        from app.services import maintenance
        from app.services.base import system_actor
        self.restore_offer = None
        if int(result) != QMessageBox.StandardButton.Yes.value:
            self._quit()
            return
        try:
            restored = maintenance.restore(self.url, system_actor(), backup)
        except UserError as exc:
            self._fail(str(exc))
            return
        self.db = restored.db
        self._store_ready()
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.bar.warning(restored.message())

    def _store_ready(self) -> None:
        from app.services import store
        if self.demo:
            from app.services import demo
            demo.ensure_demo(self.db)
        if not store.is_initialised(self.db):
            if self.sign_in_dialog is not None:
                self.sign_in_dialog.hide()
            from app.ui.dialogs.account import FirstRunDialog
            self.first_run = FirstRunDialog(self.db)
            self.first_run.accepted.connect(lambda: self.show_sign_in())
            self.first_run.rejected.connect(QApplication.instance().quit)
            self.first_run.show()
            return
        if self.sign_in_dialog is not None and self.sign_in_dialog.db is None:
            self.sign_in_dialog.attach(self.db, store.estate(self.db).name, self._demo_accounts())
        else:
            self.show_sign_in()

    def _demo_accounts(self):
        if not self.demo:
            return None
        from app.services import demo
        return demo.demo_accounts()

    def show_sign_in(self, note: str = "") -> None:
        from app.services import store
        self._new_sign_in_dialog(self.db, store.estate(self.db).name, note, self._demo_accounts())

    def _new_sign_in_dialog(self, db, estate_name: str, note: str = "", accounts=None) -> None:
        from app.ui.dialogs.sign_in import SignInDialog
        self.sign_in_dialog = SignInDialog(db, estate_name, demo_accounts=accounts, locked_note=note)
        self.sign_in_dialog.accepted.connect(self._signed_in)
        self.sign_in_dialog.rejected.connect(self._sign_in_closed)
        self.sign_in_dialog.show()
        self.sign_in_dialog.raise_()

    def _sign_in_closed(self) -> None:
        if self.window is None:
            QApplication.instance().quit()

    def _signed_in(self) -> None:
        from app.ui import drafts
        from app.ui.main_window import MainWindow
        self.actor = self.sign_in_dialog.actor
        self.window = MainWindow(self.db, self.actor, self.ops, session=self)
        self.window.show()
        from app.services import params
        minutes = params.get(self.db, "auth.idle_lock_minutes")
        from app.ui.application import IdleWatcher
        self.idle = IdleWatcher(minutes, self.lock)
        self.ops.records_changed.connect(self._parameters_changed)
        self.restored = drafts.reopen(self.window, drafts.take(self.db, self.actor))
        from app.services import maintenance
        db = self.db      # the day's first backup: its own thread and connection, never before a save
        self.ops.background(self.tr("Backing up the database…"),
                            lambda progress: maintenance.daily_backup_if_due(db, progress))
        from app.services import keys
        self.ops.run(lambda: keys.apply_retention(db))   # key records kept keys.record_retention_years
        if self.actor.must_change_password:
            from app.ui.dialogs.account import ChangePasswordDialog
            dlg = ChangePasswordDialog(self.db, self.actor, self.window, forced=True)
            dlg.show()
        from app.ui.dialogs.handover import maybe_show_handover
        maybe_show_handover(self.window)   # 交接班: read the last shift's log and the open items, take over
        self.signed_in.emit(self.actor)

    def _parameters_changed(self, kind: str, _ids) -> None:
        from app.services import params
        if kind == "parameter" and self.idle is not None:
            self.idle.set_minutes(params.get(self.db, "auth.idle_lock_minutes"))

    # -- lock and sign out
    def lock(self) -> None:
        """Idle lock: keep the user's unsaved input as drafts, return to the sign-in screen."""
        from app.services import params
        self._leave("idle_lock", self.tr(
            "The screen was locked after {n} minutes without use. Unsaved input is kept for its "
            "user.").format(n=params.get(self.db, "auth.idle_lock_minutes")))
        self.locked.emit()

    def sign_out(self) -> None:
        """Sign out. The outgoing person whose handover nobody has acknowledged yet is asked first (§2.6: they
        stay until the incoming one has signed); signing out anyway is kept on the duty log."""
        if self.window is None:
            return
        from app.domain.errors import UserError
        from app.services import duty
        try:
            pending = duty.pending_handover(self.db, self.actor)
        except UserError:
            pending = None
        if pending is None:
            self._leave("sign_out", "")
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Sign out"), self.tr(
            "{to} has not taken over {number} yet. The outgoing person stays until the incoming one has "
            "signed.").format(to=pending.handed_to, number=pending.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.window)
        box.setInformativeText(self.tr("Sign out anyway? It is recorded on the duty log."))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("pendingHandoverQuestion")
        box.finished.connect(lambda result: self._sign_out_answered(result, pending.id))
        self.sign_out_question = box
        box.open()

    def _sign_out_answered(self, result: int, log_id: int) -> None:
        from app.domain.errors import UserError
        from app.services import duty
        self.sign_out_question = None
        if int(result) != QMessageBox.StandardButton.Yes.value or self.window is None:
            return
        try:
            duty.leave_before_takeover(self.db, self.actor, log_id)
        except UserError:
            log.exception("leaving before the takeover was not recorded")
        self._leave("sign_out", "")

    def _leave(self, reason: str, note: str) -> None:
        from app.services import auth
        from app.ui import drafts
        from app.ui.dialogs.editor import EditorDialog
        if self.window is None:
            return
        if self.idle:
            self.idle.stop()
            self.idle = None
        self.ops.wait()
        open_editors = [d for d in self.window.findChildren(EditorDialog) if d.isVisible()]
        drafts.save_open(self.db, self.actor, open_editors)
        for dlg in QApplication.topLevelWidgets():
            if isinstance(dlg, QDialog) and dlg.isVisible():
                dlg.done(QDialog.DialogCode.Rejected)
        auth.sign_out(self.db, self.actor, reason)
        self.show_sign_in(note)
        self.window.close_for_lock()
        self.window.deleteLater()
        self.window, self.actor = None, None

    def restore(self, path) -> str:
        """Replace the database with a backup: close the window, restore, reopen, back to sign-in.

        Returns the restore's message (safety copy, counters moved on). A bad file, PostgreSQL or a
        missing permission is refused before anything closes; a refusal after that (another desk still
        has the database open) reopens the unchanged database and shows why on the sign-in screen.
        """
        from pathlib import Path

        from app.domain.errors import UserError
        from app.domain.permissions import BACKUP_RUN
        from app.services import maintenance, store
        from db import backup as backups
        if self.db.path is None:
            raise UserError(maintenance.PG_RESTORE)
        actor = self.actor
        actor.require(BACKUP_RUN)
        backups.inspect_file(Path(path))  # refuse a bad file before anything is closed
        self.ops.wait_background()        # a backup still copying the file finishes first
        self._leave("restore", "")
        self.sign_in_dialog.close()
        url = self.db.url
        self.db.dispose()
        try:
            restored = maintenance.restore(url, actor, Path(path))
        except UserError as exc:
            self.db = store.open_store(url)
            self.show_sign_in(str(exc))
            return str(exc)
        self.db = restored.db
        message = restored.message()
        self.show_sign_in(self.tr("The database was restored from {file}. Please sign in again.").format(
            file=Path(path).name) + "\n" + message)
        return message

    def shutdown(self) -> None:
        """On exit: wait for writes and a backup still running, then the exit backup (rotated; skipped when
        nothing was written since the newest backup began; about 3 s on a 1 GB store)."""
        self.ops.wait()
        self.ops.wait_background()
        if self.db is None:
            return
        if self.idle:
            self.idle.stop()
        from app.services import maintenance
        try:
            maintenance.exit_backup(self.db)
        except Exception:  # a failed exit backup must not lose the exit; it is logged
            log.exception("exit backup failed")
        self.db.dispose()
