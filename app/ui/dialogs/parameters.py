"""设置 → 参数: every declared parameter (DOMAIN.md §7), grouped, with its default and unit.

Each row's editor suits the parameter's kind (a line edit for numbers, so a wrong entry is shown with its
reason instead of being silently clamped; a checkbox, a time editor, a list of choices). Input is checked
as it is typed with the same :func:`app.domain.parameters.parse_value` the service applies; 保存 stores the
changed rows in one transaction (app.services.params.set_values), which checks ``params.edit``.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QToolButton,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.parameters import INT_KINDS, Param, params_by_group, parse_value, to_text
from app.domain.permissions import PARAMS_EDIT
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import params
from app.ui.dialogs.base import WindowDialog
from app.ui.widgets.form import ERROR_STYLE

_YES, _NO = T("ParametersDialog", "Yes"), T("ParametersDialog", "No")
EDITOR_WIDTH = 140
GROUP_STYLE = ("font-weight:600;font-size:14px;color:#2f3b52;border-bottom:1px solid #d8dde6;"
               "padding:10px 0 3px 0;")


def display(param: Param, value: Any) -> str:
    """A value as the user reads it (the default column)."""
    if param.kind == "bool":
        return str(_YES if value else _NO)
    if param.kind == "choice":
        return next((str(label) for code, label in param.choices if code == value), str(value))
    text = edit_text(param, value)
    return f"{text} {param.unit}" if param.unit else text


def edit_text(param: Param, value: Any) -> str:
    """The text an editor shows: the stored form, a decimal without trailing zeros (0.0003, not 0.000300)."""
    if param.kind == "decimal":
        return f"{value.normalize():f}"
    return to_text(param, value)


class ParamRow:
    """The widgets of one parameter: label, editor, unit, default, restore button, error line."""

    def __init__(self, dialog: ParametersDialog, param: Param, host: QWidget, grid: QGridLayout,
                 row: int) -> None:
        self.dialog, self.param = dialog, param
        self.label = QLabel(str(param.label), host)
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(300)
        self.label.setToolTip(param.key)
        self.editor = self._make_editor(host)
        self.editor.setObjectName(f"param_{param.key}")
        self.label.setBuddy(self.editor)
        unit = str(param.unit) if param.unit and param.kind not in ("bool", "choice") else ""
        self.unit = QLabel(unit, host)
        self.default = QLabel(QCoreApplication.translate("ParametersDialog", "Default: {value}")
                              .format(value=display(param, param.default)), host)
        self.default.setStyleSheet("color:#666;")
        self.default.setWordWrap(True)
        self.reset = QToolButton(host, objectName=f"reset_{param.key}")
        self.reset.setText(QCoreApplication.translate("ParametersDialog", "Default"))
        self.reset.setToolTip(QCoreApplication.translate("ParametersDialog", "Put back the default value"))
        self.reset.clicked.connect(self.restore_default)
        self.error = QLabel("", host, objectName=f"error_{param.key}")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        grid.addWidget(self.label, row, 0)
        if param.kind == "choice":   # long choice labels may use the unit column too
            grid.addWidget(self.editor, row, 1, 1, 2, left)
        else:
            grid.addWidget(self.editor, row, 1, left)
            grid.addWidget(self.unit, row, 2)
        grid.addWidget(self.default, row, 3)
        grid.addWidget(self.reset, row, 4)
        grid.addWidget(self.error, row + 1, 1, 1, 4)
        self.current: Any = param.default

    def _make_editor(self, host: QWidget) -> QWidget:
        p = self.param
        if p.kind == "bool":
            w = QCheckBox(host)
            w.toggled.connect(lambda *_a: self.edited())
        elif p.kind == "time":
            w = QTimeEdit(host)
            w.setDisplayFormat("HH:mm")
            w.setMinimumWidth(EDITOR_WIDTH)
            w.timeChanged.connect(lambda *_a: self.edited())
        elif p.kind == "choice":
            w = QComboBox(host)
            for code, label in p.choices:
                w.addItem(str(label), code)
                w.setItemData(w.count() - 1, str(label), Qt.ItemDataRole.ToolTipRole)
            # long choices must not widen the unit column for every row: show ~24 characters
            w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            w.setMinimumContentsLength(24)
            w.currentIndexChanged.connect(lambda *_a: self.edited())
        else:
            w = QLineEdit(host)
            w.setMinimumWidth(EDITOR_WIDTH)
            if p.kind in INT_KINDS or p.kind == "decimal":
                w.setAlignment(Qt.AlignmentFlag.AlignRight)
                w.setMaximumWidth(EDITOR_WIDTH)
                if p.minimum is not None and p.maximum is not None:
                    hint = f"{p.minimum} – {p.maximum}"
                    w.setPlaceholderText(hint)
                    w.setToolTip(QCoreApplication.translate("ParametersDialog", "From {min} to {max}")
                                 .format(min=p.minimum, max=p.maximum))
            w.textChanged.connect(lambda *_a: self.edited())
        return w

    # values
    def text(self) -> str:
        w = self.editor
        if isinstance(w, QCheckBox):
            return "true" if w.isChecked() else "false"
        if isinstance(w, QTimeEdit):
            return w.time().toString("HH:mm")
        if isinstance(w, QComboBox):
            return w.currentData()
        return w.text()

    def set_value(self, value: Any) -> None:
        w = self.editor
        if isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QTimeEdit):
            w.setTime(QTime(value.hour, value.minute))
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        else:
            w.setText(edit_text(self.param, value))

    def load(self, value: Any) -> None:
        """Show the stored value (after opening or saving)."""
        self.current = value
        self.set_value(value)
        self.edited()

    def restore_default(self) -> None:
        self.set_value(self.param.default)
        self.edited()
        self.editor.setFocus()

    # state
    def parsed(self) -> Any:
        return parse_value(self.param, self.text())

    def check(self) -> bool:
        try:
            self.parsed()
        except UserError as exc:
            self.set_error(str(exc))
            return False
        self.set_error("")
        return True

    def set_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text) and not self.label.isHidden())
        self.editor.setStyleSheet("border:1px solid #d93025;" if text and isinstance(self.editor, QLineEdit)
                                  else "")

    def is_changed(self) -> bool:
        try:
            return self.parsed() != self.current
        except UserError:
            return True

    def edited(self) -> None:
        self.check()
        changed = self.is_changed()
        font = QFont(self.label.font())
        font.setBold(changed)
        self.label.setFont(font)
        try:
            at_default = self.parsed() == self.param.default
        except UserError:
            at_default = False
        self.reset.setEnabled(not at_default and self.dialog.can_edit)
        self.dialog.rows_changed()

    def set_visible(self, visible: bool) -> None:
        for w in (self.label, self.editor, self.unit, self.default, self.reset):
            w.setVisible(visible)
        self.error.setVisible(visible and bool(self.error.text()))

    def matches(self, text: str) -> bool:
        text = text.strip().lower()
        return not text or text in str(self.param.label).lower() or text in self.param.key.lower() \
            or text in self.param.label.source.lower()


class ParametersDialog(WindowDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.can_edit = self.actor.can(PARAMS_EDIT)
        self.setWindowTitle(self.tr("Parameters"))
        self.rows: dict[str, ParamRow] = {}
        self.groups: list[tuple[QLabel, list[ParamRow]]] = []
        self._loading = True
        layout = self.layout_
        top = QHBoxLayout()
        self.find = QLineEdit(self, objectName="findParam")
        self.find.setPlaceholderText(self.tr("Find a parameter"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self.filter)
        top.addWidget(self.find, 1)
        layout.addLayout(top)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        host = QWidget(scroll, objectName="paramHost")
        # one grid for every group, so editors, units and defaults line up down the whole page
        grid = QGridLayout(host)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(1, EDITOR_WIDTH)
        grid.setColumnMinimumWidth(2, 90)
        grid.setColumnMinimumWidth(3, 170)
        line = 0
        for group, plist in params_by_group():
            header = QLabel(str(group), host)
            header.setStyleSheet(GROUP_STYLE)
            grid.addWidget(header, line, 0, 1, 5)
            line += 1
            rows = []
            for param in plist:
                row = ParamRow(self, param, host, grid, line)
                self.rows[param.key] = row
                rows.append(row)
                line += 2
            self.groups.append((header, rows))
        grid.setRowStretch(line, 1)
        scroll.setWidget(host)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save"), self, objectName="saveParams")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("&Undo changes"), self, objectName="revertParams")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.revert_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.revert_button.clicked.connect(self.reload)
        layout.addWidget(buttons)
        if not self.can_edit:
            self.bar.warning(self.tr("You may look at the parameters; your role may not change them."))
            for row in self.rows.values():
                row.editor.setEnabled(False)
            self.save_button.hide()
            self.revert_button.hide()
        self.resize(960, 680)
        self.reload()

    def reload(self) -> None:
        self._loading = True
        values = params.all_values(self.db)
        for key, row in self.rows.items():
            row.load(values[key])
        self._loading = False
        self.rows_changed()

    # state
    def changed(self) -> dict[str, str]:
        return {k: r.text() for k, r in self.rows.items() if r.is_changed()}

    def rows_changed(self) -> None:
        if self._loading:
            return
        dirty = bool(self.changed())
        self.save_button.setEnabled(dirty and self.can_edit)
        self.revert_button.setEnabled(dirty)

    def row(self, key: str) -> ParamRow:
        return self.rows[key]

    def set_text(self, key: str, text: str) -> None:
        """Put ``text`` into a parameter's editor as if typed (tests, drafts)."""
        row = self.rows[key]
        if isinstance(row.editor, QLineEdit):
            row.editor.setText(text)
        else:
            row.set_value(parse_value(row.param, text))

    def error_text(self, key: str) -> str:
        return self.rows[key].error.text()

    def filter(self, text: str) -> None:
        for box, rows in self.groups:
            any_visible = False
            for row in rows:
                visible = row.matches(text) or text.strip().lower() in box.text().lower()
                row.set_visible(visible)
                any_visible |= visible
            box.setVisible(any_visible)

    # saving
    def save(self) -> None:
        invalid = [r for r in self.rows.values() if not r.check()]
        if invalid:
            self.find.clear()
            invalid[0].editor.setFocus()
            self.bar.error(self.tr("Correct the marked values first ({n})").format(n=len(invalid)))
            return
        changes = self.changed()
        if not changes:
            self.bar.info(self.tr("Nothing has changed."))
            return
        self.save_button.setEnabled(False)
        self.ops.run(lambda: params.set_values(self.db, self.actor, changes), kind="parameter",
                     on_success=lambda _v: self._saved(len(changes)), on_error=self._refused)

    def _saved(self, n: int) -> None:
        self.reload()
        self.bar.info(self.tr("Saved {n} changed parameters.").format(n=n))

    def _refused(self, exc: UserError) -> None:
        self.rows_changed()
        if exc.field in self.rows:
            self.rows[exc.field].set_error(str(exc))
            self.rows[exc.field].editor.setFocus()
        self.bar.error(str(exc))
