"""文件 → 立即备份 / 从备份恢复: manual backups, the list of existing ones, and restore.

A backup runs on the backup thread (``Ops.background``: it copies the whole file and checks it, progress in the
status bar) and never holds up the desk's saves. A restore replaces the open
database, so it is the session's job (``DeskSession.restore(path)``: it waits for running work, closes the
window, restores, and returns to the sign-in screen); this dialog chooses the file and asks for a clear
confirmation first.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
)

from app import config
from app.domain.errors import UserError
from app.domain.permissions import BACKUP_RUN
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import maintenance
from app.ui.dialogs.base import WindowDialog, action_buttons
from app.ui.widgets.table_model import Column, LazyTableModel, RowRole, record_view

REASONS = {
    "manual": T("BackupDialog", "Manual"),
    "daily": T("BackupDialog", "Daily"),
    "exit": T("BackupDialog", "On exit"),
    "before-upgrade": T("BackupDialog", "Before an upgrade"),
    "before-restore": T("BackupDialog", "Before a restore"),
}
WARNING_STYLE = "color:#8a1f11;background:#fdecea;border:1px solid #e5a19a;border-radius:4px;padding:8px;"


def human_size(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


@dataclass(frozen=True)
class BackupRow:
    sort_key: int
    path: Path
    at: datetime
    size: int

    @property
    def reason(self) -> str:
        stem = self.path.stem
        for code, label in REASONS.items():
            if stem.endswith("-" + code):
                return str(label)
        return ""

    @classmethod
    def of(cls, i: int, path: Path) -> BackupRow:
        st = path.stat()
        return cls(i, path, datetime.fromtimestamp(st.st_mtime).replace(microsecond=0), st.st_size)


COLUMNS = [
    Column("at", T("BackupDialog", "Made at"), lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S"), 165),
    Column("reason", T("BackupDialog", "Kind"), lambda r: r.reason, 120),
    Column("size", T("BackupDialog", "Size"), lambda r: human_size(r.size), 80,
           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column("file", T("BackupDialog", "File"), lambda r: r.path.name),
]


class _BackupList(WindowDialog):
    """What both dialogs share: the message bar and the list of existing backups, newest first."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.model = LazyTableModel(COLUMNS, self._fetch, parent=self)
        self.table = record_view(self, self.model, "backupTable")
        self._rows: list[BackupRow] = []

    @property
    def folder(self) -> Path | None:
        return config.backup_dir(self.db.path) if self.db.path else None

    def _fetch(self, after, limit: int) -> list[BackupRow]:
        if after is None:
            rows = []
            for i, path in enumerate(maintenance.list_backups(self.db)):
                try:
                    rows.append(BackupRow.of(i, path))
                except OSError:  # removed by rotation meanwhile
                    continue
            self._rows = rows
        start = 0 if after is None else after + 1
        return self._rows[start:start + limit]

    def reload(self) -> None:
        self.model.reload()
        while self.model.canFetchMore():
            self.model.fetchMore()

    def selected(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RowRole) if rows else None


class BackupDialog(_BackupList):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Back up"))
        self.where = QLabel(self, objectName="backupFolder")
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.where)
        self.layout_.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"), self, objectName="backupNow")
        self.backup_button.setDefault(True)
        self.open_button = QPushButton(self.tr("&Open folder"), self, objectName="openFolder")
        self.backup_button.clicked.connect(self.backup_now)
        self.open_button.clicked.connect(self.open_folder)
        row.addWidget(self.backup_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        self.layout_.addLayout(row)
        if self.folder is None:
            self.where.setText(self.tr(
                "This desk uses a PostgreSQL server: back it up on the server with pg_dump (see the "
                "administrator's guide)."))
            self.backup_button.setEnabled(False)
            self.open_button.setEnabled(False)
        else:
            self.where.setText(self.tr(
                "Backups are kept in {folder}. Automatic ones (daily, on exit) are rotated; manual ones "
                "are kept until you delete them. Copy important backups to another disk too.")
                .format(folder=self.folder))
        if not self.actor.can(BACKUP_RUN):
            self.backup_button.setEnabled(False)
            self.bar.warning(self.tr("Your role may not make backups."))
        self.resize(760, 440)
        self.reload()

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.bar.show_message(self.tr("Backing up…"), "info")
        db, actor = self.db, self.actor     # on the backup thread: the desk's saves do not wait for it
        self.ops.background(self.tr("Backing up…"),
                            lambda progress: maintenance.manual_backup(db, actor, progress=progress),
                            on_success=self._done, on_error=self._refused)

    def _done(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.reload()
        row = self.model.find(lambda r: r.path == path)
        if row >= 0:
            self.table.selectRow(row)
        self.bar.show_message(self.tr("Backed up and checked: {file}").format(file=path.name), "info")

    def _refused(self, exc: UserError) -> None:
        self.backup_button.setEnabled(self.folder is not None)
        self.bar.error(str(exc))

    def open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))


class RestoreDialog(_BackupList):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.source: Path | None = None
        warning = QLabel(self.tr(
            "<b>Restoring replaces all current data with the backup.</b> Everything entered at any desk "
            "after the backup was made is lost. The current database is backed up first (kind "
            "\u201cBefore a restore\u201d), so you can go back. Front Desk then returns to the sign-in "
            "screen; ask the other desks to stop working first."), self, objectName="restoreWarning")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        self.layout_.addWidget(warning)
        self.layout_.addWidget(QLabel(self.tr("Choose a backup:"), self))
        self.layout_.addWidget(self.table, 1)
        pick = QHBoxLayout()
        self.file_button = QPushButton(self.tr("Choose another &file…"), self, objectName="chooseFile")
        self.file_button.clicked.connect(self._pick_file)
        pick.addWidget(self.file_button)
        pick.addStretch(1)
        self.layout_.addLayout(pick)
        self.chosen = QLabel(self.tr("No backup chosen."), self, objectName="chosenBackup")
        self.chosen.setWordWrap(True)
        self.chosen.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.chosen)
        self.confirm = QCheckBox(self.tr("I understand that data entered after this backup will be lost"),
                                 self, objectName="confirmRestore")
        self.confirm.setEnabled(False)
        self.confirm.toggled.connect(lambda *_a: self._update())
        self.layout_.addWidget(self.confirm)
        buttons, self.restore_button = action_buttons(self, self.tr("&Restore"), self.restore,
                                                      dismiss=QDialogButtonBox.StandardButton.Cancel)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setStyleSheet("QPushButton:enabled{color:#b3261e;font-weight:600;}")
        self.layout_.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._row_chosen())
        if self.db.path is None:
            self.bar.warning(self.tr(
                "A PostgreSQL database is restored on the server (pg_restore); see the administrator's "
                "guide."))
            self.file_button.setEnabled(False)
        self.resize(760, 540)
        self.reload()
        self._update()

    def _row_chosen(self) -> None:
        row = self.selected()
        if row is not None:
            self.choose(row.path)

    def _pick_file(self) -> None:
        start = str(self.folder) if self.folder else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), start,
            self.tr("Front Desk databases (*.sqlite3 *.db);;All files (*)"))
        if path:
            self.table.clearSelection()
            self.choose(Path(path))

    def choose(self, path: Path) -> None:
        """Make ``path`` the backup to restore; the confirmation must be ticked again."""
        self.source = Path(path)
        try:
            st = self.source.stat()
            when = datetime.fromtimestamp(st.st_mtime).strftime("%Y-%m-%d %H:%M")
            self.chosen.setText(self.tr("Restore from {file} (made {when}, {size}). Data entered after "
                                        "{when} will be lost.").format(file=self.source, when=when,
                                                                       size=human_size(st.st_size)))
        except OSError:
            self.chosen.setText(self.tr("{file} cannot be read.").format(file=self.source))
        self.confirm.setChecked(False)
        self.confirm.setEnabled(True)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(self.source is not None and self.confirm.isChecked())

    def restore(self) -> None:
        if self.source is None or not self.confirm.isChecked():
            self.bar.warning(self.tr("Choose a backup and tick the confirmation first."))
            return
        session = getattr(self.window_, "session", None)
        if session is None:
            self.bar.error(self.tr(
                "Restore needs the desk's session to close the database, and there is none here. "
                "Use the command line: frontdesk restore <file>."))
            return
        try:
            self.actor.require(BACKUP_RUN)
            session.restore(self.source)
        except UserError as exc:
            self.bar.error(str(exc))
            return
        self.accept()
