"""零星入住's dialogs with a layout of their own: the joint inspection (the kit's action dialog of ``inspect``,
its checklist a line a row) and 导入交房清单 (the developer's handover list, every row reported).

The inspection's fields are the declared ones (app.domain.movein.INSPECT_FIELDS) and it saves through the record
service like every action; a refusal (a defect not described, a reading below zero, the owner's signature
missing) comes back beside its field and nothing typed is lost.
"""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton

from app.domain import movein as M
from app.domain.fields import FieldSpec
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import movein as svc
from app.ui.dialogs.action import ActionDialog
from app.ui.dialogs.base import WindowDialog
from app.ui.widgets import tones
from app.ui.widgets.table_model import Column, LazyTableModel, record_view


class InspectionDialog(ActionDialog):
    """联合验房: the date, who inspected and the owner's signature; the three meters; then each checklist line
    (OK or a defect, what is wrong, its photo) on a row of its own, as the paper 房屋验收交接单 has them."""

    columns = 3

    def ordered(self, specs: Sequence[FieldSpec]) -> Sequence[FieldSpec]:
        head = [M.INSPECTED_ON, M.INSPECTORS, M.OWNER_SIGNED, *M.METERS]
        lines = [spec for item in M.InspectItem for spec in M.LINES[item]]
        placed = {spec.key for spec in (*head, *lines)}
        return [*head, *lines, *(spec for spec in specs if spec.key not in placed)]

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, context)
        # the middle column's text boxes keep room for a finding beside the long English labels
        for spec in (M.INSPECTORS, M.METERS[1], *(M.LINES[item][1] for item in M.InspectItem)):
            self.form.widgets[spec.key].setMinimumWidth(170)
        # wide enough for its labels (longer in English), within the reception PC's 1366 px
        self.setMinimumWidth(min(max(1040, self.minimumSizeHint().width()), 1340))


ActionDialog.own[(M.MOVEIN_KIND, "inspect")] = InspectionDialog


def _red(line: svc.ListLine):
    return tones.LATE if line.refused else None


REPORT_COLUMNS = [
    Column("row", T("MoveIn", "Row"), lambda ln: ln.row, 50, foreground=_red),
    Column("room", T("MoveIn", "Room"), lambda ln: ln.room, 90, foreground=_red),
    Column("buyer", T("MoveIn", "Buyer"), lambda ln: ln.buyer, 90, foreground=_red),
    Column("result", T("MoveIn", "Result"), lambda ln: ln.refused or ln.result, 300, foreground=_red),
]


class HandoverListDialog(WindowDialog):
    """导入交房清单: the developer's spreadsheet imported at once (its good rows kept in one transaction), then
    every row shown with what became of it; the refused ones in red with the reason."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("handoverListDialog")
        self.setWindowTitle(self.tr("Import the developer's handover list"))
        self.resize(860, 520)
        top = QHBoxLayout()
        hint = QLabel(self.tr("An Excel workbook (.xlsx) or a CSV file with the columns 房号 (or 楼栋, 单元, 房号) and "
                              "购房人; 证件号码, 电话 and 合同编号 if the developer gives them. A move-in of a listed "
                              "room is checked against its buyer."), self)
        hint.setWordWrap(True)
        self.choose_btn = QPushButton(self.tr("Choose the file…"), self, objectName="chooseList")
        self.choose_btn.clicked.connect(self.choose)
        top.addWidget(hint, 1)
        top.addWidget(self.choose_btn)
        self.layout_.addLayout(top)
        self.model = LazyTableModel(REPORT_COLUMNS, lambda after, n: [], parent=self)
        self.table = record_view(self, self.model, "handoverReport")
        self.layout_.addWidget(self.table, 1)
        self.summary = QLabel(self.tr("Choose the developer's spreadsheet: its good rows are imported at once, and "
                                      "every row is listed here with what became of it."), self,
                              objectName="handoverSummary")
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        self.report: svc.ListReport | None = None

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the developer's handover list"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Import the file (off the GUI thread) and show its report."""
        db, actor = self.db, self.actor
        self.choose_btn.setEnabled(False)
        self.ops.run(lambda: svc.import_handover_list(db, actor, path), kind="move_in_list",
                     on_success=lambda report: self._imported(path, report), on_error=self._refused)

    def _imported(self, path: str, report: svc.ListReport) -> None:
        self.report = report
        self.choose_btn.setEnabled(True)
        self.model.set_rows(list(report.lines))
        self.summary.setText(self.tr("{file} (sheet {sheet}): {n} rows imported, {refused} refused (in red, with "
                                     "the reason).").format(file=Path(path).name, sheet=report.sheet,
                                                            n=report.imported, refused=len(report.refused)))
        if report.refused:
            self.bar.warning(self.tr("{n} rows were not imported: correct them and import the file again.").format(
                n=len(report.refused)))
        else:
            self.bar.info(self.tr("Every row imported."))

    def _refused(self, exc) -> None:
        self.choose_btn.setEnabled(True)
        self.bar.error(str(exc))


__all__ = ["HandoverListDialog", "InspectionDialog"]
