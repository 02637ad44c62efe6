"""文件 → 导入花名册: choose an Excel roster, preview every bad row with its reason, then import all rows,
or only the good ones when the user says so. Reading and writing run off the GUI thread with progress."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
)

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import roster
from app.ui.dialogs.base import WindowDialog
from app.ui.widgets.progress import run_with_progress
from app.ui.widgets.table_model import Column, LazyTableModel


class _Row:
    """A sheet row with its problems, for the preview table."""

    def __init__(self, row, problems: list[str]) -> None:
        self.row, self.problems = row, problems
        self.sort_key = row.row


def _columns() -> list[Column]:
    red = lambda r: QColor("#b3261e") if r.problems else None  # noqa: E731
    return [
        Column("row", T("Roster", "Row"), lambda r: r.row.row, foreground=red),
        Column("room", T("Roster", "Room"), lambda r: r.row.code if r.row.room_no else ""),
        Column("floor", T("Roster", "Floor"), lambda r: r.row.floor),
        Column("area", T("Roster", "Area"), lambda r: r.row.area),
        Column("owner", T("Roster", "Owner"), lambda r: r.row.owner_name),
        Column("id", T("Roster", "Document no."), lambda r: r.row.id_number),
        Column("mobile", T("Roster", "Mobile"), lambda r: r.row.mobile),
        Column("problem", T("Roster", "Problem"), lambda r: "；".join(r.problems), foreground=red),
    ]


class RosterImportDialog(WindowDialog):
    def __init__(self, window, path: str | None = None) -> None:
        super().__init__(window)
        self.preview = None
        self.setWindowTitle(self.tr("Import roster from Excel"))
        self.resize(980, 600)
        layout = self.layout_
        top = QHBoxLayout()
        self.file_label = QLabel(self.tr("Columns: 楼栋, 单元, 房号, 楼层, 建筑面积, 户型/房屋类型, 业主姓名, "
                                         "证件类型, 证件号码, 联系电话. An Excel workbook (.xlsx) or a CSV file; "
                                         "format the ID column as text."), self)
        self.file_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self.choose)
        top.addWidget(self.file_label, 1)
        top.addWidget(choose)
        layout.addLayout(top)
        self.only_bad = QCheckBox(self.tr("Show only rows with problems"), self)
        self.only_bad.toggled.connect(lambda *_: self._fill())
        layout.addWidget(self.only_bad)
        self.model = LazyTableModel(_columns(), lambda after, n: [], parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        self.summary = QLabel(self)
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.report_btn = QPushButton(self.tr("Save problem list…"), self)
        self.report_btn.clicked.connect(self.save_report)
        self.import_all = QPushButton(self.tr("Import all"), self)
        self.import_all.clicked.connect(lambda: self.run_import(False))
        self.import_good = QPushButton(self.tr("Import only the good rows"), self)
        self.import_good.clicked.connect(lambda: self.run_import(True))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons.addWidget(self.report_btn)
        buttons.addStretch(1)
        for b in (self.import_all, self.import_good, close):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self._update_buttons()
        if path:
            self.load(path)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the roster"), "",
                                              self.tr("Rosters (*.xlsx *.csv);;All files (*)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        self.preview = None
        self._update_buttons()
        self.file_label.setText(str(path))
        run_with_progress(self.window_, self.tr("Reading the roster…"),
                          lambda progress: roster.preview(self.window_.db, self.window_.actor, Path(path),
                                                          progress),
                          on_success=self._previewed, on_error=lambda e: self.bar.error(str(e)),
                          cancellable=False)

    def _previewed(self, preview) -> None:
        self.preview = preview
        bad = len(preview.error_rows)
        total = len(preview.rows)
        self.summary.setText(self.tr("{total} rows read: {good} good, {bad} with problems.").format(
            total=total, good=total - bad, bad=bad)
            + "".join(f" {note.message}" for note in preview.notes))
        if bad:
            self.bar.warning(self.tr("Some rows have problems (in red). Correct the file and choose it again, "
                                     "or import only the good rows."))
        else:
            self.bar.info(self.tr("Every row is correct."))
        self._fill()
        self._update_buttons()

    def _fill(self) -> None:
        if self.preview is None:
            return
        problems: dict[int, list[str]] = {}
        for e in self.preview.sorted_errors():
            problems.setdefault(e.row, []).append(f"{e.column}: {e.message}" if e.column else str(e.message))
        rows = [_Row(r, problems.get(r.row, [])) for r in self.preview.rows]
        if self.only_bad.isChecked():
            rows = [r for r in rows if r.problems]
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()

    def _update_buttons(self) -> None:
        p = self.preview
        self.import_all.setEnabled(bool(p and p.rows and not p.errors))
        self.import_good.setEnabled(bool(p and p.errors and p.valid_rows))
        self.report_btn.setEnabled(bool(p and p.errors))

    def run_import(self, good_only: bool) -> None:
        if self.preview is None:
            return
        preview = self.preview
        self.import_all.setEnabled(False)
        self.import_good.setEnabled(False)
        run_with_progress(self.window_, self.tr("Importing…"),
                          lambda progress: roster.apply(self.window_.db, self.window_.actor, preview,
                                                        good_rows_only=good_only, progress=progress),
                          kind="room", on_success=self._imported, on_error=self._refused,
                          cancellable=False)

    def _imported(self, result) -> None:
        self.result = result
        self.bar.info(str(result))
        self.preview = None
        self._update_buttons()

    def _refused(self, exc: UserError) -> None:
        self.bar.error(str(exc))
        self._update_buttons()

    def save_report(self) -> None:
        if self.preview is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save problem list"), "problems.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.write_report(path)

    def write_report(self, path: str) -> None:
        from app.excel.export import write_xlsx
        headers, rows = self.preview.error_report()
        write_xlsx(path, str(T("Roster", "Problems")), headers, rows)
        self.bar.info(self.tr("Problem list saved to {path}").format(path=path))
