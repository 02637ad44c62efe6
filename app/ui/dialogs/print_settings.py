"""设置 → 打印: the estate header every form prints, this PC's print font and default paper per form,
and the printer test page.

The header is the Estate row (shared by every desk; :func:`app.services.printing.update_estate_header`,
permission ``print.settings``, audited). The font and the paper are settings of this PC (QSettings),
because fonts and printers differ between PCs. 打印测试页 previews the test page with the font in the
box (saved or not), so a font can be tried before it is kept.
"""
from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import printing
from app.ui.dialogs.base import WindowDialog
from app.ui.dialogs.print_preview import (
    PAPERS,
    default_paper,
    machine_font_path,
    preview_form,
    set_default_paper,
    set_machine_font_path,
)

WARN_STYLE = "color:#6b4d00;background:#fff6e0;border:1px solid #e6c36a;border-radius:4px;padding:6px;"
OK_STYLE = "color:#1e5b2a;"
ERROR_FIELD = "QLineEdit{border:1px solid #b3261e;}"
#: forms per row of the paper grid (the list grows with every workflow; three a row keep the dialog within 768 px)
PAPER_COLUMNS = 3


class PrintSettingsDialog(WindowDialog):
    saved = Signal()
    #: the resolved font was shown (tests wait for it)
    font_checked = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Print settings"))
        self.setObjectName("printSettings")
        self.paper_combos: dict[str, QComboBox] = {}
        self.saving = False
        self._build()
        self._load()
        self.setMinimumWidth(640)

    # -- layout
    def _build(self) -> None:
        outer = self.layout_

        header = QGroupBox(self.tr("Estate header (printed at the top of every form, on every desk)"), self)
        form = QFormLayout(header)
        self.name = QLineEdit(header, objectName="estateName")
        self.company = QLineEdit(header, objectName="company")
        self.address = QLineEdit(header, objectName="address")
        self.hotline = QLineEdit(header, objectName="hotline")
        self.logo = QLineEdit(header, objectName="logo")
        self.logo.setPlaceholderText(self.tr("PNG or JPEG picture (optional)"))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        browse_logo = QPushButton(self.tr("Browse…"), header)
        browse_logo.clicked.connect(self._browse_logo)
        logo_row.addWidget(browse_logo)
        self.fields = {"name": self.name, "company": self.company, "address": self.address,
                       "hotline": self.hotline, "logo_path": self.logo}
        for label, widget in ((self.tr("Estate &name *"), self.name), (self.tr("&Company"), self.company),
                              (self.tr("&Address"), self.address),
                              (self.tr("Service &hotline"), self.hotline)):
            form.addRow(label, widget)
            widget.textEdited.connect(lambda *_a, w=widget: w.setStyleSheet(""))
        logo_label = QLabel(self.tr("&Logo"), header)
        logo_label.setBuddy(self.logo)
        form.addRow(logo_label, logo_row)
        outer.addWidget(header)

        font_box = QGroupBox(self.tr("Print font (this computer)"), self)
        font_layout = QVBoxLayout(font_box)
        row = QHBoxLayout()
        self.font_edit = QLineEdit(font_box, objectName="fontPath")
        self.font_edit.setPlaceholderText(self.tr("Automatic (a Chinese TrueType font of this computer)"))
        self.font_edit.editingFinished.connect(self.check_font)
        browse_font = QPushButton(self.tr("Browse…"), font_box)
        browse_font.clicked.connect(self._browse_font)
        automatic = QPushButton(self.tr("Automatic"), font_box)
        automatic.clicked.connect(lambda: (self.font_edit.clear(), self.check_font()))
        row.addWidget(self.font_edit, 1)
        row.addWidget(browse_font)
        row.addWidget(automatic)
        font_layout.addLayout(row)
        self.font_label = QLabel(self.tr("Looking for the font…"), font_box, objectName="resolvedFont")
        self.font_label.setWordWrap(True)
        self.font_warning = QLabel(font_box, objectName="fontWarning")
        self.font_warning.setWordWrap(True)
        self.font_warning.setStyleSheet(WARN_STYLE)
        self.font_warning.hide()
        font_layout.addWidget(self.font_label)
        font_layout.addWidget(self.font_warning)
        outer.addWidget(font_box)

        paper_box = QGroupBox(self.tr("Default paper per form (this computer)"), self)
        # the forms in a scrolled grid: every workflow adds its forms, the dialog stays within the screen
        scroll = QScrollArea(paper_box, objectName="paperScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumHeight(160)
        grid_host = QWidget(scroll)
        self.paper_grid = QGridLayout(grid_host)
        for column in range(1, 2 * PAPER_COLUMNS, 2):
            self.paper_grid.setColumnStretch(column, 1)
        self.paper_loading = QLabel(self.tr("Loading the forms…"), grid_host)
        self.paper_grid.addWidget(self.paper_loading, 0, 0)
        scroll.setWidget(grid_host)
        QVBoxLayout(paper_box).addWidget(scroll)
        outer.addWidget(paper_box, 1)

        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Print &test page…"), self, objectName="testPage")
        self.test_button.clicked.connect(self.print_test_page)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                    | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        buttons.addWidget(self.box)
        outer.addLayout(buttons)

    def _load(self) -> None:
        header = printing.estate_header(self.db)
        self.version = header.version
        for key, widget in self.fields.items():
            widget.setText(getattr(header, key) or "")
        self.font_edit.setText(machine_font_path() or "")
        self.check_font()
        self.ops.run(printing.all_forms, on_success=self._forms, on_error=lambda e: self.bar.error(str(e)))

    def _forms(self, forms) -> None:
        self.paper_loading.hide()
        for i, f in enumerate(forms):
            r, c = divmod(i, PAPER_COLUMNS)
            label = QLabel(f"{f.title}", self)
            label.setToolTip(f.code)
            combo = QComboBox(self, objectName=f"paper_{f.code}")
            for name, _id in PAPERS:
                combo.addItem(name, name)
            combo.setCurrentIndex(max(0, combo.findData(default_paper(f.code))))
            label.setBuddy(combo)
            self.paper_grid.addWidget(label, r, c * 2)
            self.paper_grid.addWidget(combo, r, c * 2 + 1)
            self.paper_combos[f.code] = combo

    # -- font
    def _font_text(self) -> str | None:
        return self.font_edit.text().strip() or None

    def check_font(self) -> None:
        """Resolve the font in the box (on the worker: it loads reportlab) and show which one prints."""
        path = self._font_text() or printing.AUTO_FONT
        self.ops.run(lambda: printing.font_status(path), on_success=self._font_shown,
                     on_error=lambda e: self.bar.error(str(e)))

    def _font_shown(self, status) -> None:
        where = status.path or self.tr("not embedded (a font the PDF viewer or printer must have)")
        state = self.tr("embedded") if status.embedded else self.tr("NOT embedded")
        self.font_label.setText(self.tr("Prints with {family} — {where} — {state}").format(
            family=status.family or status.name, where=where, state=state))
        self.font_label.setStyleSheet(OK_STYLE if status.embedded and not status.warning else "")
        self.font_warning.setText(status.warning or "")
        self.font_warning.setVisible(bool(status.warning))
        self.font_checked.emit()

    def _browse_font(self) -> None:
        start = os.path.dirname(self._font_text() or "") or _fonts_folder()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the print font"), start,
                                              self.tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            self.font_edit.setText(path)
            self.check_font()

    def _browse_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the logo"), self.logo.text(),
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if path:
            self.logo.setText(path)

    # -- actions
    def print_test_page(self):
        """Preview the test page with the font in the box."""
        return preview_form(self.window_, "test_page", "test",
                            font_path=self._font_text() or printing.AUTO_FONT)

    def values(self) -> dict[str, str]:
        return {key: w.text() for key, w in self.fields.items()}

    def save(self) -> None:
        if self.saving:
            return
        font = self._font_text()
        if font and not _font_file_exists(font):
            self.font_edit.setStyleSheet(ERROR_FIELD)
            self.bar.error(str(T("PrintSettings", "The font file {path} does not exist").format(path=font)))
            return
        values = self.values()
        papers = {code: combo.currentData() for code, combo in self.paper_combos.items()}
        self.saving = True
        self.box.setEnabled(False)
        self.ops.run(lambda: printing.update_estate_header(self.db, self.actor, **values,
                                                           version=self.version),
                     kind="estate", on_success=lambda header: self._saved(header, font, papers),
                     on_error=self._refused)

    def _saved(self, header, font: str | None, papers: dict[str, str]) -> None:
        self.saving = False
        self.box.setEnabled(True)
        self.version = header.version
        set_machine_font_path(font)
        for code, paper in papers.items():
            set_default_paper(code, paper)
        self.saved.emit()
        self.accept()

    def _refused(self, exc: UserError) -> None:
        self.saving = False
        self.box.setEnabled(True)
        self.bar.error(str(exc))
        widget = self.fields.get(getattr(exc, "field", None) or "")
        if isinstance(exc, ValidationError) and widget is not None:
            widget.setStyleSheet(ERROR_FIELD)
            widget.setFocus()


def _font_file_exists(spec: str) -> bool:
    """``path`` or ``path.ttc#1`` names an existing file."""
    base, sep, index = spec.rpartition("#")
    if sep and index.isdigit() and base.lower().endswith((".ttc", ".otc")):
        spec = base
    return os.path.isfile(spec)


def _fonts_folder() -> str:
    if os.name == "nt":
        return os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts")
    return "/usr/share/fonts"

