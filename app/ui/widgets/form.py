"""The form builder every dialog uses: labelled fields, validation as the user types, the reason shown
beside the field, and nothing typed lost when a save is refused.

Declare fields with :class:`Field`; a field's ``check`` is the same domain/service rule the save applies
(e.g. ``validation.check_mobile``), called on every edit so the message appears before the user saves.
:meth:`Field.from_spec` makes the field of a declared :class:`~app.domain.fields.FieldSpec`: its widget,
its label, its required mark and the spec's own parser as the check.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.fields import FieldSpec
from app.domain.validation import MSG_REQUIRED
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

CHOOSE = T("Form", "(choose)")
_WIDGETS = {"text": "text", "multiline": "multiline", "choice": "combo", "bool": "check", "int": "text",
            "money": "text", "date": "date", "datetime": "text", "time": "text", "room": "text",
            "person": "text", "staff": "combo", "attachment": "files"}
_PLACEHOLDERS: dict[str, Text] = {
    "datetime": T("Form", "14:05 or 2025-06-12 14:05"), "time": T("Form", "17:30"),
    "room": T("Form", "e.g. 3-2-1502"), "money": T("Form", "0.00"),
}

ERROR_STYLE = "color:#b3261e; font-size:12px;"


@dataclass
class Field:
    key: str
    label: Text
    kind: str = "text"            # text | password | multiline | combo | check | date
    check: Callable[[str], Any] | None = None
    required: bool = False
    max_len: int = 0
    choices: Sequence[tuple[str, str]] = ()   # (value, shown text) for combo
    placeholder: Text | str = ""
    editable_combo: bool = False
    span: int = 1
    extras: dict = field(default_factory=dict)
    #: the declaration this field was made from (its parser checks the input)
    spec: FieldSpec | None = None

    @classmethod
    def from_spec(cls, spec: FieldSpec, *, choices: Sequence[tuple[str, str]] | None = None,
                  span: int | None = None) -> Field:
        """The form field of a declared input; ``choices`` for a staff field (the dialog looks them up)."""
        kind = _WIDGETS[spec.kind]
        items: Sequence[tuple[str, str]] = ()
        if spec.kind == "choice":
            items = [(m.value, str(m.label)) for m in spec.members]
            if not spec.required or spec.default is None:
                items = [("", str(CHOOSE))] + list(items)
        elif choices is not None:
            items = [("", str(CHOOSE))] + list(choices)
        elif spec.suggestions:   # any text, with the usual ones to pick from
            kind, items = "combo", [("", "")] + [(value, value) for value in spec.suggestions]
        placeholder = spec.placeholder or _PLACEHOLDERS.get(spec.kind, "")
        max_len = spec.limit if spec.kind in ("text", "room") else 0
        return cls(spec.key, spec.label, kind, required=spec.required, max_len=max_len, choices=items,
                   placeholder=placeholder, span=span if span is not None else (2 if spec.wide else 1),
                   spec=spec, editable_combo=bool(spec.suggestions))


class FormView(QWidget):
    """A grid of fields in ``columns`` columns; ``values()`` returns what the user entered, as typed."""

    changed = Signal()

    def __init__(self, fields: Sequence[Field], columns: int = 1, parent=None) -> None:
        super().__init__(parent)
        self.fields = {f.key: f for f in fields}
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        row = col = 0
        for f in fields:
            if col + f.span > columns:
                row, col = row + 2, 0
            label = QLabel(str(f.label) + (" *" if f.required else ""), self)
            widget = self._make(f)
            label.setBuddy(widget)
            error = QLabel("", self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.setObjectName(f"error_{f.key}")
            grid.addWidget(label, row, col * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(widget, row, col * 2 + 1, 1, f.span * 2 - 1)
            grid.addWidget(error, row + 1, col * 2 + 1, 1, f.span * 2 - 1)
            self.widgets[f.key], self.errors[f.key], self.labels[f.key] = widget, error, label
            col += f.span
        for c in range(columns):
            grid.setColumnStretch(c * 2 + 1, 1)
        self.mark_required()

    def mark_required(self) -> None:
        """The ``*`` of the fields required only in some cases (``required_when``), as the form stands now."""
        conditional = [f for f in self.fields.values() if f.spec is not None and f.spec.required_when is not None]
        if not conditional:
            return
        values = self.values()
        for f in conditional:
            assert f.spec is not None
            f.required = f.spec.required_in(values)
            self.labels[f.key].setText(str(f.label) + (" *" if f.required else ""))

    def is_marked_required(self, key: str) -> bool:
        return self.labels[key].text().endswith(" *")

    def _make(self, f: Field) -> QWidget:
        if f.kind == "combo":
            w = QComboBox(self)
            w.setEditable(f.editable_combo)
            for value, text in f.choices:
                w.addItem(text, value)
            w.currentIndexChanged.connect(lambda *_a, k=f.key: self._edited(k))
            if f.editable_combo:
                w.editTextChanged.connect(lambda *_a, k=f.key: self._edited(k))
        elif f.kind == "check":
            w = QCheckBox(self)
            w.toggled.connect(lambda *_a, k=f.key: self._edited(k))
        elif f.kind == "date":
            w = QDateEdit(self)
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd")
            w.setDate(QDate.currentDate())
            w.dateChanged.connect(lambda *_a, k=f.key: self._edited(k))
        elif f.kind == "files":
            w = FilesField(self)
            w.changed.connect(lambda k=f.key: self._edited(k))
        elif f.kind == "multiline":
            w = QPlainTextEdit(self)
            w.setTabChangesFocus(True)
            if f.placeholder:
                w.setPlaceholderText(str(f.placeholder))
            w.setFixedHeight(64)
            w.textChanged.connect(lambda k=f.key: self._edited(k))
        else:
            w = QLineEdit(self)
            if f.kind == "password":
                w.setEchoMode(QLineEdit.EchoMode.Password)
            if f.max_len:
                w.setMaxLength(f.max_len)
            if f.placeholder:
                w.setPlaceholderText(str(f.placeholder))
            w.textEdited.connect(lambda *_a, k=f.key: self._edited(k))
        w.setObjectName(f"field_{f.key}")
        return w

    # -- values
    def value(self, key: str) -> Any:
        w = self.widgets[key]
        if isinstance(w, QComboBox):
            if w.isEditable() and w.currentText() != w.itemText(w.currentIndex()):
                return w.currentText()
            data = w.currentData()
            return data if data is not None else w.currentText()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QDateEdit):
            return w.date().toPython()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, FilesField):
            return list(w.files)
        return w.text()

    def values(self) -> dict[str, Any]:
        return {k: self.value(k) for k in self.widgets}

    def set_value(self, key: str, value: Any) -> None:
        w = self.widgets[key]
        if isinstance(w, QComboBox):
            i = w.findData(value)
            if i < 0:
                i = w.findText(str(value))
            if i >= 0:
                w.setCurrentIndex(i)
            elif w.isEditable():
                w.setEditText(str(value or ""))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QDateEdit):
            if isinstance(value, date):
                w.setDate(QDate(value.year, value.month, value.day))
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("" if value is None else str(value))
        elif isinstance(w, FilesField):
            w.set_files(list(value or []))
        else:
            w.setText("" if value is None else str(value))

    def set_values(self, values: dict[str, Any]) -> None:
        for k, v in values.items():
            if k in self.widgets:
                self.set_value(k, v)
        self.mark_required()

    # -- validation
    def _edited(self, key: str) -> None:
        self.check_field(key)
        self.mark_required()
        self.changed.emit()

    def check_field(self, key: str) -> bool:
        f = self.fields[key]
        if f.spec is not None and f.check is None:   # the declaration's own parser
            try:
                values = self.values()
                value = f.spec.parse(self.value(key), values=values) if f.spec.kind != "attachment" \
                    else self.value(key)
                if f.spec.required_when is not None and f.spec.required_in(values) and f.spec.is_missing(value):
                    raise f.spec.missing_error()
            except UserError as exc:
                self.set_error(key, str(exc))
                return False
            self.set_error(key, "")
            return True
        value = self.value(key)
        if f.check is None:   # a required field without a rule of its own must not be left empty
            empty = f.required and (value is None or (isinstance(value, str) and not value.strip()))
            self.set_error(key, str(MSG_REQUIRED).format(field=str(f.label)) if empty else "")
            return not empty
        if isinstance(value, str) and not value.strip() and not f.required:
            self.set_error(key, "")
            return True
        try:
            f.check(value)
        except UserError as exc:
            self.set_error(key, str(exc))
            return False
        self.set_error(key, "")
        return True

    def check_all(self) -> bool:
        results = [self.check_field(k) for k in self.fields]
        return all(results)

    def set_error(self, key: str, text: str) -> None:
        if key in self.errors:
            self.errors[key].setText(text)
            self.widgets[key].setProperty("invalid", bool(text))
            self.widgets[key].setStyleSheet("border:1px solid #d93025;" if text else "")

    def error_text(self, key: str) -> str:
        return self.errors[key].text() if key in self.errors else ""

    def clear_errors(self) -> None:
        for k in self.errors:
            self.set_error(k, "")

    def show_user_error(self, exc: UserError) -> bool:
        """Put a refusal beside its field and focus it; False when it belongs to no field here."""
        if exc.field and exc.field in self.widgets:
            self.set_error(exc.field, str(exc))
            self.widgets[exc.field].setFocus()
            return True
        return False

    def first_invalid(self) -> str | None:
        return next((k for k, lbl in self.errors.items() if lbl.text()), None)


class FilesField(QWidget):
    """Files to attach: the names chosen so far and a button that adds more (paths; the service reads them)."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.files: list[str] = []
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.names = QLabel(self, objectName="fileNames")
        self.names.setWordWrap(True)
        self.add = QPushButton(QCoreApplication.translate("Form", "Add a file…"), self, objectName="addFile")
        self.add.clicked.connect(self.choose)
        self.clear = QPushButton(QCoreApplication.translate("Form", "Remove"), self, objectName="clearFiles")
        self.clear.clicked.connect(lambda: self.set_files([]))
        row.addWidget(self.names, 1)
        row.addWidget(self.add)
        row.addWidget(self.clear)
        self.set_files([])

    def choose(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, QCoreApplication.translate("Form", "Attach files"), "",
            QCoreApplication.translate("Form", "Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)"))
        if paths:
            self.set_files(self.files + paths)

    def set_files(self, files: list) -> None:
        self.files = [str(f) for f in files]
        self.names.setText("、".join(f.replace("\\", "/").rsplit("/", 1)[-1] for f in self.files)
                           or QCoreApplication.translate("Form", "No file"))
        self.clear.setEnabled(bool(self.files))
        self.changed.emit()
