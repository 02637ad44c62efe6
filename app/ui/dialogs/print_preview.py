"""The print preview (DESIGN.md §7): the reportlab PDF rendered by pdfium, then printed or saved.

:func:`preview_form` shows a registered form for one document number (the household card by room code,
a release slip by its number …); :func:`preview_pdf` shows any PDF already made (a page's list report).

The dialog renders on the ops worker (reportlab is not thread-safe; the runner has one worker), shows
the pages (each page is rendered by :class:`PdfPages` when it first becomes visible), the reprint
or void mark the paper will carry, and the font warning when the Chinese font is not embedded. The user
picks the printer (``QPrinterInfo.availablePrinters()``; with none, only 保存PDF is offered), the paper
and the number of copies — and, for multi-part forms, all parts or one part (联).

Nothing is recorded while only previewing. 打印 and 保存PDF call the print hook first on the worker
(for forms :func:`app.services.printing.print_document`, which writes the audit row and returns the PDF
with its final 补打 count) and print or save exactly what it returned. Printing draws each page as an
image at the printer's resolution (capped at :data:`MAX_DPI`) onto the ``QPrinter`` with ``QPainter``.

The paper per form and the font are settings of this PC (QSettings; see :mod:`print_settings`).
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.ui import settings
from app.ui.widgets.message_bar import MessageBar
from app.ui.widgets.pdf_pages import PdfPages

MAX_DPI = 600

#: Paper sizes offered for printing (the PDFs are A4; another paper scales the page to fit).
PAPERS: list[tuple[str, QPageSize.PageSizeId]] = [
    ("A4", QPageSize.PageSizeId.A4), ("A5", QPageSize.PageSizeId.A5), ("B5", QPageSize.PageSizeId.B5),
    ("Letter", QPageSize.PageSizeId.Letter)]
ZOOMS = [(T("PrintPreview", "Fit width"), 0.0), ("50%", 0.5), ("75%", 0.75), ("100%", 1.0),
         ("125%", 1.25), ("150%", 1.5)]

NOTICE_STYLE = {
    "reprint": "color:#8a1f11;background:#fdecea;border:1px solid #e5a19a;border-radius:4px;padding:6px;",
    "void": "color:#8a1f11;background:#fdecea;border:1px solid #e5a19a;border-radius:4px;padding:6px;",
    "font": "color:#6b4d00;background:#fff6e0;border:1px solid #e6c36a;border-radius:4px;padding:6px;",
    "printer": "color:#444;background:#f1f3f6;border:1px solid #d0d5dd;border-radius:4px;padding:6px;",
}


# ------------------------------------------------------------------------------------------ settings

def machine_font_path() -> str | None:
    """This PC's print font (``None``: found automatically)."""
    return str(settings.PRINT_FONT.get() or "") or None


def set_machine_font_path(path: str | None) -> None:
    settings.PRINT_FONT.set(path or "")
    from app.services import printing
    printing.configure(font_path=path or None)


def default_paper(form: str) -> str:
    """The paper this PC prints form ``form`` on by default (``"A4"`` unless set in the settings)."""
    value = str(settings.paper(form).get() or "A4")
    return value if value in dict(PAPERS) else "A4"


def set_default_paper(form: str, paper: str) -> None:
    settings.paper(form).set(paper)


# ------------------------------------------------------------------------------------------ pages

def load_pdf(pdf: bytes) -> PdfPages:
    return PdfPages(pdf)


def render_page(doc: PdfPages, page: int, size: QSize) -> QImage:
    """Page ``page`` as an opaque image of ``size`` pixels."""
    return doc.render(page, size)


class _PageView(QWidget):
    """One page, drawn from a cached image rendered the first time the page is painted."""

    def __init__(self, doc: PdfPages, page: int, parent=None) -> None:
        super().__init__(parent)
        self.doc, self.page = doc, page
        self.points = doc.pagePointSize(page)
        self._image: QImage | None = None
        self.set_scale(1.0)

    def set_scale(self, pixels_per_point: float) -> None:
        self.scale = pixels_per_point
        self.setFixedSize(max(1, round(self.points.width() * pixels_per_point)),
                          max(1, round(self.points.height() * pixels_per_point)))
        self._image = None
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if self.doc is None:
            return
        ratio = self.devicePixelRatioF()
        want = QSize(round(self.width() * ratio), round(self.height() * ratio))
        if self._image is None or self._image.size() != want:
            self._image = render_page(self.doc, self.page, want)
            self._image.setDevicePixelRatio(ratio)
        painter = QPainter(self)
        painter.drawImage(0, 0, self._image)
        painter.setPen(QColor("#9aa3ad"))
        painter.drawRect(0, 0, self.width() - 1, self.height() - 1)
        painter.end()


# ------------------------------------------------------------------------------------------ dialog

#: ``render(copy) -> Rendered`` (a form) — run on the worker
RenderFn = Callable[[int | None], Any]
#: ``hook(copy, details) -> bytes | None`` — run on the worker when the user prints or saves
PrintHook = Callable[[int | None, dict], bytes | None]


class PrintPreviewDialog(QDialog):
    """The preview of one PDF with printer, paper, copies, 打印 and 保存PDF."""

    #: emitted after a successful print or save, with "printer" or the saved file's path
    printed = Signal(str)
    #: emitted whenever a (re)rendered document is shown
    loaded = Signal()

    def __init__(self, window, title: str, *, form_code: str = "list_report",
                 render: RenderFn | None = None, hook: PrintHook | None = None,
                 pdf: bytes | None = None, font_warning: str | None = None,
                 file_stem: str = "") -> None:
        super().__init__(window)
        self.window_ = window
        self.ops = window.ops
        self.form_code = form_code
        self._render_fn, self._hook = render, hook
        self.pdf: bytes = b""
        self.rendered = None
        self.file_stem = file_stem or title
        self._doc: PdfPages | None = None
        self._pages: list[_PageView] = []
        self._copies: tuple[str, ...] | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=title))
        self.setObjectName("printPreview")
        self._build()
        self.resize(1040, 760)
        if font_warning:
            self._notice(self.font_notice, font_warning)
        if pdf is not None:
            self.set_pdf(pdf)

    # -- layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.bar = MessageBar(self)
        outer.addWidget(self.bar)
        self.reprint_notice = QLabel(self, objectName="reprintNotice")
        self.void_notice = QLabel(self, objectName="voidNotice")
        self.font_notice = QLabel(self, objectName="fontNotice")
        self.printer_notice = QLabel(self, objectName="printerNotice")
        for label, kind in ((self.reprint_notice, "reprint"), (self.void_notice, "void"),
                            (self.font_notice, "font"), (self.printer_notice, "printer")):
            label.setWordWrap(True)
            label.setStyleSheet(NOTICE_STYLE[kind])
            label.hide()
            outer.addWidget(label)
        body = QHBoxLayout()
        outer.addLayout(body, 1)

        self.scroll = QScrollArea(self, objectName="pages")
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("QScrollArea#pages{background:#e6e9ee;}")
        self.pages_widget = QWidget(self.scroll)
        self.pages_widget.setObjectName("pagesWidget")
        self.pages_widget.setStyleSheet("QWidget#pagesWidget{background:#e6e9ee;}")
        self.pages_layout = QVBoxLayout(self.pages_widget)
        self.pages_layout.setSpacing(14)
        self.pages_layout.setContentsMargins(16, 16, 16, 16)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.loading = QLabel(self.tr("Preparing the document…"), self.pages_widget)
        self.pages_layout.addWidget(self.loading)
        self.scroll.setWidget(self.pages_widget)
        body.addWidget(self.scroll, 1)

        side = QFrame(self)
        side.setFixedWidth(290)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.printer = QComboBox(side, objectName="printer")
        self.printer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.printer.setMinimumContentsLength(12)
        self.printer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._fill_printers()
        form.addRow(self.tr("Pri&nter"), self.printer)
        self.paper = QComboBox(side, objectName="paper")
        for name, _id in PAPERS:
            self.paper.addItem(name, name)
        self.paper.setCurrentIndex(max(0, self.paper.findData(default_paper(self.form_code))))
        form.addRow(self.tr("Pa&per"), self.paper)
        self.copies_spin = QSpinBox(side, objectName="copies")
        self.copies_spin.setRange(1, 99)
        form.addRow(self.tr("&Copies"), self.copies_spin)
        self.part = QComboBox(side, objectName="part")
        self.part.addItem(self.tr("All parts"), None)
        self.part.currentIndexChanged.connect(lambda *_: self.reload())
        self.part_label = QLabel(self.tr("P&art"), side)
        self.part_label.setBuddy(self.part)
        form.addRow(self.part_label, self.part)
        self.part.hide()
        self.part_label.hide()
        self.zoom = QComboBox(side, objectName="zoom")
        for text, value in ZOOMS:
            self.zoom.addItem(str(text), value)
        self.zoom.currentIndexChanged.connect(lambda *_: self._apply_zoom())
        form.addRow(self.tr("&Zoom"), self.zoom)
        side_layout.addLayout(form)
        self.page_count = QLabel(side, objectName="pageCount")
        side_layout.addWidget(self.page_count)
        side_layout.addStretch(1)
        self.print_button = QPushButton(self.tr("&Print"), side, objectName="printButton")
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(lambda: self.print_())
        self.save_button = QPushButton(self.tr("&Save PDF…"), side, objectName="savePdfButton")
        self.save_button.clicked.connect(lambda: self.save_pdf())
        close = QPushButton(self.tr("Close"), side)
        close.clicked.connect(self.reject)
        for b in (self.print_button, self.save_button, close):
            b.setMinimumHeight(30)
            side_layout.addWidget(b)
        body.addWidget(side)
        self._update_buttons()

    def _fill_printers(self) -> None:
        printers = QPrinterInfo.availablePrinters()
        if not printers:
            self.printer.addItem(self.tr("(no printer installed)"), "")
            self.printer.setEnabled(False)
            self._notice(self.printer_notice, self.tr(
                "No printer is installed on this computer. You can save the PDF and print it elsewhere."))
            return
        last = str(settings.PRINTER.get() or "")
        default = QPrinterInfo.defaultPrinterName()
        for info in printers:
            self.printer.addItem(info.printerName(), info.printerName())
        index = self.printer.findData(last) if last else -1
        if index < 0:
            index = self.printer.findData(default)
        self.printer.setCurrentIndex(max(0, index))

    def _notice(self, label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        ready = bool(self.pdf) and not self.busy
        self.print_button.setEnabled(ready and bool(self.printer.currentData()))
        self.save_button.setEnabled(ready)

    # -- document
    def reload(self) -> None:
        """Render again (a form: after a print, or when another part is chosen)."""
        if self._render_fn is None:
            return
        copy = self.part.currentData()
        self.busy = True
        self._update_buttons()
        self.ops.run(lambda: self._render_fn(copy), on_success=self._rendered, on_error=self._failed)

    def _rendered(self, result) -> None:
        self.busy = False
        self.rendered = result
        self._show_marks(result)
        self.set_pdf(result.pdf)

    def _show_marks(self, r) -> None:
        self.setWindowTitle(self.tr("Print preview — {title}").format(title=f"{r.title} {r.number}"))
        if r.copies and self._copies != r.copies:
            self._copies = r.copies
            self.part.blockSignals(True)
            for k, label in enumerate(r.copies, 1):
                self.part.addItem(label, k)
            self.part.blockSignals(False)
            self.part.show()
            self.part_label.show()
        if r.reprint_count:
            self._notice(self.reprint_notice, self.tr(
                "This document has been printed {n} time(s) before: this print is marked "
                "“补打 第{n}次” (reprint).").format(n=r.reprint_count))
        else:
            self._notice(self.reprint_notice, None)
        self._notice(self.void_notice, self.tr(
            "This document is void: every page prints “作废”.") if r.voided else None)
        self._notice(self.font_notice, r.font.warning)

    def _failed(self, exc: UserError) -> None:
        self.busy = False
        self._update_buttons()
        self.loading.setText(self.tr("The document could not be prepared."))
        self.bar.error(str(exc))

    def set_pdf(self, pdf: bytes) -> None:
        """Show ``pdf`` (replaces the pages shown)."""
        doc = load_pdf(pdf)
        for page in self._pages:
            page.doc = None
            page.hide()
            page.deleteLater()
        self._pages = []
        if self._doc is not None:
            self._doc.close()
        self._doc, self.pdf = doc, pdf
        self.loading.hide()
        for k in range(doc.pageCount()):
            view = _PageView(doc, k, self.pages_widget)
            view.setObjectName(f"page{k + 1}")
            self.pages_layout.addWidget(view, 0, Qt.AlignmentFlag.AlignHCenter)
            self._pages.append(view)
        self.page_count.setText(self.tr("%n page(s)", "", doc.pageCount()))
        self._apply_zoom()
        self._update_buttons()
        self.loaded.emit()

    def done(self, result: int) -> None:  # noqa: D102 - closing the dialog frees pdfium's document
        if self._doc is not None:
            for page in self._pages:
                page.doc = None
            self._doc.close()
            self._doc = None
        super().done(result)

    def page_count_value(self) -> int:
        return self._doc.pageCount() if self._doc is not None else 0

    def _apply_zoom(self) -> None:
        if not self._pages:
            return
        zoom = self.zoom.currentData() or 0.0
        screen = self.logicalDpiX() / 72.0
        if zoom:
            scale = zoom * screen
        else:
            widest = max(p.points.width() for p in self._pages)
            avail = self.scroll.viewport().width() - 2 * 16 - 4
            scale = max(0.2, min(avail / widest, 2.0 * screen))
        for page in self._pages:
            page.set_scale(scale)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if not self.zoom.currentData():
            self._apply_zoom()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._apply_zoom()

    # -- print and save
    def _run_hook(self, details: dict, then: Callable[[bytes], None]) -> None:
        """Record the print (hook, on the worker) and hand the final PDF to ``then`` (GUI thread)."""
        copy = self.part.currentData()
        hook, current = self._hook, self.pdf
        self.busy = True
        self._update_buttons()

        def work() -> bytes:
            out = hook(copy, details) if hook is not None else None
            return out if out else current

        def done(pdf: bytes) -> None:
            self.busy = False
            try:
                then(pdf)
            except UserError as exc:
                self.bar.error(str(exc))
            self._update_buttons()
            self.reload()   # the next print's 补打 mark

        self.ops.run(work, on_success=done, on_error=self._failed)

    def make_printer(self) -> QPrinter | None:
        """A QPrinter for the chosen printer, paper and copies (``None`` without a printer)."""
        name = self.printer.currentData()
        if not name:
            return None
        info = QPrinterInfo.printerInfo(name)
        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        self._setup(printer)
        return printer

    def _setup(self, printer: QPrinter) -> None:
        printer.setPageSize(QPageSize(dict(PAPERS)[self.paper.currentData()]))
        printer.setCopyCount(self.copies_spin.value())
        printer.setFullPage(True)
        printer.setDocName(self.windowTitle())

    def print_(self) -> None:
        """打印: to the chosen printer."""
        printer = self.make_printer()
        if printer is None:
            self.bar.warning(self.tr("No printer is installed: save the PDF instead."))
            return
        settings.PRINTER.set(self.printer.currentData())
        self.print_to(printer)

    def print_to(self, printer: QPrinter, *, setup: bool = False) -> None:
        """Record the print, then draw the final PDF onto ``printer`` (tests pass a PDF-file printer)."""
        if setup:
            self._setup(printer)
        name = printer.printerName() or (printer.outputFileName() and "PDF") or ""
        details = {"to": "printer", "printer": name, "copies": printer.copyCount(),
                   "paper": self.paper.currentData()}

        def paint(pdf: bytes) -> None:
            paint_pdf(printer, pdf)
            self.bar.info(self.tr("Sent to the printer {name}.").format(name=name))
            self.printed.emit("printer")

        self._run_hook(details, paint)

    def save_pdf(self, path: str | Path | None = None) -> None:
        """保存PDF: ask for a file (unless ``path`` is given), record, and write the final PDF."""
        if path is None:
            default = f"{self.file_stem}-{QDate.currentDate().toString('yyyyMMdd')}.pdf"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), default,
                                                    self.tr("PDF document (*.pdf)"))
            if not chosen:
                return
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")

        def write(pdf: bytes) -> None:
            try:
                target.write_bytes(pdf)
            except OSError as exc:
                raise UserError(T("PrintPreview", "The PDF could not be saved to {path}: {error}")
                                .format(path=target, error=exc.strerror or exc)) from None
            self.bar.info(self.tr("Saved to {path}.").format(path=target))
            self.printed.emit(str(target))

        self._run_hook({"to": "pdf", "file": target.name}, write)


def paint_pdf(printer: QPrinter, pdf: bytes) -> int:
    """Draw every page of ``pdf`` onto ``printer``, each scaled to fit the paper; returns the pages."""
    doc = load_pdf(pdf)
    try:
        first = doc.pagePointSize(0)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if first.width() > first.height()
                                   else QPageLayout.Orientation.Portrait)
        painter = QPainter()
        if not painter.begin(printer):
            raise UserError(T("PrintPreview", "The printer {name} cannot be used. Check that it is on and "
                                              "connected, or save the PDF.").format(
                name=printer.printerName() or printer.outputFileName()))
        try:
            res = printer.resolution()
            dpi = min(res, MAX_DPI)
            paper = printer.pageLayout().fullRectPixels(res)
            for k in range(doc.pageCount()):
                if k:
                    printer.newPage()
                points = doc.pagePointSize(k)
                fit = min(paper.width() / points.width(), paper.height() / points.height())
                w, h = points.width() * fit, points.height() * fit
                image = render_page(doc, k, QSize(round(points.width() * dpi / 72),
                                                  round(points.height() * dpi / 72)))
                painter.drawImage(QRectF((paper.width() - w) / 2, (paper.height() - h) / 2, w, h), image)
        finally:
            painter.end()
        return doc.pageCount()
    finally:
        doc.close()


# ------------------------------------------------------------------------------------------ entry points

def preview_form(window, form_code: str, number: str, *, font_path: str | None = None,
                 copy: int | None = None) -> PrintPreviewDialog:
    """Open the preview of form ``form_code`` for document ``number`` (the room code for the household
    card). 打印/保存PDF record the print through :func:`app.services.printing.print_document`."""
    from app.services import printing

    db, actor = window.db, window.actor
    font = font_path or machine_font_path()

    def render(part):
        return printing.preview_document(db, actor, form_code, number, copy=part or copy,
                                         font_path=font)

    def hook(part, details):
        return printing.print_document(db, actor, form_code, number, copy=part or copy,
                                       font_path=font, details=details)

    dlg = PrintPreviewDialog(window, f"{number}", form_code=form_code, render=render, hook=hook,
                             file_stem=f"{form_code}-{number}")
    dlg.show()
    dlg.reload()
    window.last_dialog = dlg
    return dlg


def preview_pdf(window, title: str, pdf_bytes: bytes, *,
                on_print: Callable[[dict], bytes | None] | None = None,
                form_code: str = "list_report", font_warning: str | None = None) -> PrintPreviewDialog:
    """Open the preview of a PDF already made (a list report). ``on_print(details)`` runs on the worker
    when the user prints or saves (record the print there); it may return the PDF to use instead."""
    hook = (lambda _copy, details: on_print(details)) if on_print is not None else None
    dlg = PrintPreviewDialog(window, title, form_code=form_code, hook=hook, pdf=pdf_bytes,
                             font_warning=font_warning, file_stem=title)
    dlg.show()
    window.last_dialog = dlg
    return dlg
