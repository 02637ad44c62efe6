"""设置 → 审计日志: the audit trail, filtered and paged by key, with a readable before/after view and the
hash-chain check (校验链) that shows whether any row was altered after it was written."""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
)

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import audit_log
from app.services.audit_log import AuditRow
from app.ui.dialogs.base import WindowDialog
from app.ui.widgets.dates import date_range
from app.ui.widgets.table_model import Column, LazyTableModel, RowRole, record_view

COLUMNS = [
    Column("at", T("AuditLogDialog", "Time"), lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S"), 160),
    Column("user", T("AuditLogDialog", "User"), lambda r: r.username, 90),
    Column("action", T("AuditLogDialog", "Action"), lambda r: r.action_label, 130),
    Column("entity", T("AuditLogDialog", "Record"), lambda r: r.entity_label, 110),
    Column("entity_id", T("AuditLogDialog", "ID"), lambda r: r.entity_id, 130),
    Column("changes", T("AuditLogDialog", "Changes"), lambda r: r.summary()),
]


def detail_html(row: AuditRow) -> str:
    """The row as a heading and a Field / Before / After table."""
    esc = html.escape
    head = (f"<p><b>#{row.id}</b> · {esc(row.at.strftime('%Y-%m-%d %H:%M:%S'))} · {esc(row.username)} · "
            f"<b>{esc(row.action_label)}</b> · {esc(row.entity_label)} {esc(row.entity_id)}</p>")
    changes = row.labelled_changes()
    nothing, field, before, after = (str(t) for t in (
        T("AuditLogDialog", "No recorded values."), T("AuditLogDialog", "Field"),
        T("AuditLogDialog", "Before"), T("AuditLogDialog", "After")))
    if not changes:
        return head + f"<p style='color:#666'>{esc(nothing)}</p>"
    cells = "".join(
        f"<tr><td><b>{esc(k)}</b></td><td>{esc(old)}</td><td>{esc(new)}</td></tr>" for k, old, new in changes)
    return (head + "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
            "style='border-collapse:collapse;border-color:#ccd'>"
            f"<tr style='background:#eef1f6'><th align='left'>{esc(field)}</th>"
            f"<th align='left'>{esc(before)}</th><th align='left'>{esc(after)}</th></tr>"
            f"{cells}</table>")


class AuditLogDialog(WindowDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Audit log"))
        self.filters: dict = {}
        self.start_before: int | None = None
        layout = self.layout_
        layout.addLayout(self._filter_bar())
        self.model = LazyTableModel(COLUMNS, self._fetch, page_size=200, parent=self)
        self.table = record_view(self, self.model, "auditTable")
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show(cur))
        self.detail = QTextBrowser(self, objectName="auditDetail")
        self.detail.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout.addWidget(split, 1)
        bottom = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("&Verify chain"), self, objectName="verifyChain")
        self.verify_button.setToolTip(self.tr(
            "Check every row's hash: an entry changed or deleted after it was written shows here"))
        self.verify_button.clicked.connect(self.verify)
        self.chain_label = QLabel("", self, objectName="chainResult")
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.chain_label, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.broken_id: int | None = None
        self.resize(1100, 700)
        self.apply_filters()

    # -- filters
    def _filter_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.use_dates = QCheckBox(self.tr("&From"), self, objectName="useDates")
        self.since, self.until = date_range(self, self.use_dates, 7, lambda: self.apply_filters(), ("since", "until"))
        self.user = QComboBox(self, objectName="userFilter")
        self.user.addItem(self.tr("All users"), "")
        try:
            for username, name in audit_log.usernames(self.db, self.actor):
                self.user.addItem(f"{username} ({name})", username)
        except UserError:
            pass
        self.user.addItem("system", "system")
        self.action = QComboBox(self, objectName="actionFilter")
        self.action.addItem(self.tr("All actions"), "")
        for code in audit_log.actions():
            self.action.addItem(audit_log.action_label(code), code)
        self.entity = QComboBox(self, objectName="entityFilter")
        self.entity.addItem(self.tr("All records"), "")
        for code in audit_log.entities():
            self.entity.addItem(audit_log.entity_label(code), code)
        for combo in (self.user, self.action, self.entity):
            combo.currentIndexChanged.connect(lambda *_a: self.apply_filters())
        self.text = QLineEdit(self, objectName="textFilter")
        self.text.setPlaceholderText(self.tr("Record ID or text"))
        self.text.setClearButtonEnabled(True)
        self.text.returnPressed.connect(self.apply_filters)
        search = QPushButton(self.tr("&Search"), self, objectName="search")
        search.clicked.connect(self.apply_filters)
        row.addWidget(self.use_dates)
        row.addWidget(self.since)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.until)
        row.addSpacing(8)
        for w in (self.user, self.action, self.entity):
            row.addWidget(w)
        row.addWidget(self.text, 1)
        row.addWidget(search)
        return row

    def current_filters(self) -> dict:
        f: dict = {}
        if self.use_dates.isChecked():
            f["since"] = self.since.date().toPython()
            f["until"] = self.until.date().toPython()
        for key, combo in (("username", self.user), ("action", self.action), ("entity", self.entity)):
            if combo.currentData():
                f[key] = combo.currentData()
        if self.text.text().strip():
            f["text"] = self.text.text().strip()
        return f

    def apply_filters(self) -> None:
        self.filters = self.current_filters()
        self.start_before = None
        self.bar.hide()
        self.model.reload()
        self.detail.clear()
        if self.model.rowCount():
            self.table.selectRow(0)

    def set_dates(self, since: date, until: date) -> None:
        self.since.blockSignals(True)
        self.until.blockSignals(True)
        self.since.setDate(QDate(since.year, since.month, since.day))
        self.until.setDate(QDate(until.year, until.month, until.day))
        self.since.blockSignals(False)
        self.until.blockSignals(False)
        if self.use_dates.isChecked():
            self.apply_filters()
        else:
            self.use_dates.setChecked(True)

    def _fetch(self, after, limit: int) -> list[AuditRow]:
        if after is None:
            after = self.start_before
        try:
            return audit_log.query(self.db, self.actor, before_id=after, limit=limit, **self.filters)
        except UserError as exc:
            self.bar.error(str(exc))
            return []

    # -- detail
    def _show(self, index) -> None:
        row = index.data(RowRole) if index.isValid() else None
        if row is None:
            self.detail.clear()
        else:
            self.detail.setHtml(detail_html(row))

    def selected(self) -> AuditRow | None:
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    # -- chain
    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.chain_label.setText(self.tr("Checking…"))
        self.ops.run(lambda: audit_log.verify_chain(self.db, self.actor),
                     on_success=self._verified, on_error=self._verify_refused)

    def _verified(self, report) -> None:
        self.verify_button.setEnabled(True)
        self.broken_id = report.broken_id
        if report.ok:
            self.chain_label.setStyleSheet("color:#1e5b2a;")
            self.chain_label.setText(self.tr("OK: the chain of {n} rows is intact.").format(n=report.rows))
            return
        self.chain_label.setStyleSheet("color:#b3261e;font-weight:600;")
        self.chain_label.setText(self.tr(
            "Broken at row #{id}: this row was changed, or a row before it deleted, after it was written.")
            .format(id=report.broken_id))
        self.bar.error(self.tr(
            "The audit log was tampered with: row #{id} does not match its hash. {n} rows before it "
            "are intact.").format(id=report.broken_id, n=report.rows))
        self.show_row(report.broken_id)

    def _verify_refused(self, exc: UserError) -> None:
        self.verify_button.setEnabled(True)
        self.chain_label.setText("")
        self.bar.error(str(exc))

    def show_row(self, row_id: int) -> None:
        """Select ``row_id`` in the list (clearing filters that hide it) and show its detail."""
        found = self.model.find(lambda r: r.id == row_id)
        if found < 0:
            for combo in (self.user, self.action, self.entity):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.use_dates.blockSignals(True)
            self.use_dates.setChecked(False)
            self.since.setEnabled(False)
            self.until.setEnabled(False)
            self.use_dates.blockSignals(False)
            self.text.clear()
            self.filters = {}
            self.start_before = row_id + 1   # the list starts at the row; scrolling shows older ones
            self.model.reload()
            found = self.model.find(lambda r: r.id == row_id)
        if found >= 0:
            self.table.selectRow(found)
            self.table.scrollTo(self.model.index(found, 0))
